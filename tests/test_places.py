"""The places stage on short French texts written for these tests, with a small in-memory gazetteer."""

from __future__ import annotations

import pytest
from spacy.language import Language

from depeche.gazetteer import Entry, MemoryGazetteer
from depeche.records import Article, DocumentResult, Place
from depeche.stages.base import Work
from depeche.stages.places import PlacesStage, _prose_lines
from depeche.stages.places.context import builtin_demonym
from depeche.stages.places.relative import relation_before


def fake_gazetteer() -> MemoryGazetteer:
    rows = [
        (Entry(1, "Libya", "country", "LY", population=6_000_000), ["Libye", "Libya"]),
        (Entry(2, "Lebanon", "country", "LB", population=6_000_000), ["Liban", "Lebanon"]),
        (Entry(3, "Egypt", "country", "EG", population=90_000_000), ["Égypte", "Egypte"]),
        (Entry(10, "Tripoli", "city", "LY", geonameid=2210247, lat=32.88, lon=13.19, population=1_150_000),
         ["Tripoli"]),
        (Entry(11, "Tripoli", "city", "LB", geonameid=266826, lat=34.43, lon=35.84, population=230_000),
         ["Tripoli"]),
        (Entry(12, "Benghazi", "city", "LY", lat=32.12, lon=20.07, population=650_000), ["Benghazi"]),
        (Entry(13, "Beirut", "city", "LB", lat=33.89, lon=35.50, population=1_900_000), ["Beyrouth", "Beirut"]),
        (Entry(14, "Cairo", "city", "EG", lat=30.06, lon=31.25, population=9_000_000, primary=False),
         ["Caire", "Le Caire"]),
        (Entry(15, "Darnah", "city", "LY", lat=32.77, lon=22.64, population=100_000), ["Derna"]),
    ]
    return MemoryGazetteer(rows, {"LY": frozenset({"EG", "TN"}), "LB": frozenset({"SY", "IL"})})


def run(nlp: Language, text: str) -> list[Place]:
    stage = PlacesStage(gazetteer=fake_gazetteer(), demonym=builtin_demonym)
    doc = nlp(text)
    work = Work.start(Article("t", text), doc, DocumentResult("t", None, "fr"))
    stage(work)
    return work.result.places


def plain(places: list[Place], text: str) -> list[Place]:
    return [p for p in places if p.span.text == text and p.relation is None]


@pytest.mark.slow
def test_tripoli_is_libyan_in_a_text_about_libya(nlp: Language) -> None:
    text = ("Les combats ont repris à Tripoli, la capitale libyenne, où les milices s'affrontent depuis "
            "lundi. Le gouvernement libyen a appelé au calme, tandis que Benghazi reste sous tension.")
    tripoli = plain(run(nlp, text), "Tripoli")
    assert tripoli and tripoli[0].country == "LY" and tripoli[0].lat == pytest.approx(32.88)


@pytest.mark.slow
def test_tripoli_is_lebanese_in_a_text_about_lebanon(nlp: Language) -> None:
    text = ("Des affrontements ont éclaté à Tripoli, dans le nord du Liban, entre deux quartiers rivaux. "
            "L'armée libanaise s'est déployée dans la ville, a indiqué une source sécuritaire à Beyrouth.")
    tripoli = plain(run(nlp, text), "Tripoli")
    assert tripoli and tripoli[0].country == "LB" and tripoli[0].lon == pytest.approx(35.84)


@pytest.mark.slow
def test_places_the_ner_mislabels_are_still_found(nlp: Language) -> None:
    text = "Les forces ont encerclé Derna. Des renforts sont arrivés de Benghazi et de Tripoli en Libye."
    names = {p.span.text: p.country for p in run(nlp, text) if p.relation is None}
    assert names == {"Derna": "LY", "Benghazi": "LY", "Tripoli": "LY", "Libye": "LY"}


@pytest.mark.slow
def test_a_place_inside_an_organisation_name_is_not_a_place(nlp: Language) -> None:
    text = "Des étudiants de l'Université du Caire ont manifesté mardi devant le ministère, en Égypte."
    found = {p.span.text for p in run(nlp, text)}
    assert "Caire" not in found and "Égypte" in found


@pytest.mark.slow
def test_relative_locations_carry_a_relation_and_no_point(nlp: Language) -> None:
    text = ("La ville se trouve à environ 300 km à l'est de Benghazi, dans l'est libyen, "
            "loin de Tripoli, la capitale de la Libye.")
    places = run(nlp, text)
    offset = [p for p in places if p.relation == "300 km east of"]
    assert offset and offset[0].lat is None and offset[0].country == "LY" and offset[0].span.text == "Benghazi"
    region = [p for p in places if p.span.text == "est libyen"]
    assert region and region[0].kind == "region" and region[0].country == "LY" and region[0].lat is None
    anchor = plain(places, "Benghazi")
    assert anchor and anchor[0].lat == pytest.approx(32.12)


def test_relation_before_an_anchor() -> None:
    text = "située à plus de 1.000 km à l'est de Tripoli"
    rel = relation_before(text, text.index("Tripoli"))
    assert rel is not None and rel.direction == "east" and rel.distance_km == 1000
    assert relation_before("au sud de la Syrie", len("au sud de la ")) is not None
    assert relation_before("il vit à Tripoli", len("il vit à ")) is None


def test_demonyms_in_all_genders_and_numbers() -> None:
    assert builtin_demonym("libyens") == "LY"
    assert builtin_demonym("libyenne") == "LY"
    assert builtin_demonym("Libanaises") == "LB"
    assert builtin_demonym("maison") is None


def test_prose_lines_tell_menus_from_sentences() -> None:
    text = "Accueil\nInternational\nLes combats ont repris samedi à Tripoli, selon des témoins sur place.\n"
    assert [prose for _, _, prose in _prose_lines(text)] == [False, False, True, False]
