"""The times stage: French temporal expressions, their TIMEX3 values and intervals against the publication date."""

from __future__ import annotations

import importlib.util
import json
import os
from datetime import date, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from depeche.records import Published
from depeche.stages.times import normalise as nz
from depeche.stages.times.lexicon import roman_to_int, words_to_int
from depeche.stages.times.tagger import Found, tag

from .conftest import EVAL, SEED, need_shared

GOLDEN = Path(__file__).parent / "golden"
PUB_DAY = Published(2018, 6, 15)  # a Friday
PUB_MONTH = Published(2018, 6)


def values(text: str, published: Published | None = PUB_DAY) -> dict[str, str]:
    return {text[f.start:f.end]: f.resolved.value for f in tag(text, published)}


def only(text: str, published: Published | None = PUB_DAY) -> Found:
    found = tag(text, published)
    assert len(found) == 1, [text[f.start:f.end] for f in found]
    return found[0]


# --- absolute dates ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("Il est arrivé le 3 juin 2018 à Tunis.", "le 3 juin 2018", "2018-06-03"),
        ("Le texte du 3/6/2018 est clair.", "3/6/2018", "2018-06-03"),
        ("Cela date de juin 2017.", "juin 2017", "2017-06"),
        ("Le régime est tombé en 2011.", "2011", "2011"),
        ("La fête du 1er mai a été annulée.", "du 1er mai", "2018-05-01"),
        ("Les pluies de mi-mars ont cessé.", "mi-mars", "2018-03"),
        ("Tout doit être prêt fin mai.", "fin mai", "2018-05"),
        ("Il a été élu début 2017.", "début 2017", "2017"),
        ("La révolte a éclaté au printemps 2011.", "printemps 2011", "2011-SP"),
        ("Un modèle des années 60.", "années 60", "196X"),
        ("Un palais du XIXe siècle.", "XIXe siècle", "18XX"),
        ("Il est né en octobre 98.", "octobre 98", "1998-10"),
        ("Les résultats du premier trimestre 2011.", "premier trimestre 2011", "2011-Q1"),
    ],
)
def test_absolute_dates(text: str, mention: str, value: str) -> None:
    assert values(text).get(mention) == value


def test_day_month_without_year_takes_the_nearest_year() -> None:
    assert values("Il a parlé le 20 décembre.", Published(2011, 1, 5)) == {"le 20 décembre": "2010-12-20"}
    assert values("Il parlera le 10 janvier.", Published(2010, 12, 28)) == {"le 10 janvier": "2011-01-10"}


def test_weekday_with_day_month_picks_a_year_where_they_agree() -> None:
    assert values("Le scrutin du jeudi 12 novembre.", Published(2011, 6, 27)) == {
        "du jeudi 12 novembre": "2009-11-12"}


def test_range_gives_two_dates() -> None:
    found = tag("Une conférence du 3 au 5 juin.", PUB_DAY)
    assert [(f.resolved.value, f.modifier) for f in found] == [
        ("2018-06-03", "range_start"), ("2018-06-05", "range_end")]


def test_since_is_a_modifier_and_not_part_of_the_mention() -> None:
    text = "Ils manifestent depuis le 15 février."
    f = only(text)
    assert (text[f.start:f.end], f.resolved.value, f.modifier) == ("le 15 février", "2018-02-15", "since")


# --- relative dates ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("hier", "2018-06-14"),
        ("avant-hier", "2018-06-13"),
        ("aujourd'hui", "2018-06-15"),
        ("demain", "2018-06-16"),
        ("ce matin", "2018-06-15TMO"),
        ("hier soir", "2018-06-14TEV"),
        ("samedi", "2018-06-09"),
        ("vendredi", "2018-06-15"),
        ("samedi dernier", "2018-06-09"),
        ("vendredi dernier", "2018-06-08"),
        ("lundi prochain", "2018-06-18"),
        ("la semaine dernière", "2018-W23"),
        ("la semaine prochaine", "2018-W25"),
        ("le mois dernier", "2018-05"),
        ("l'an dernier", "2017"),
        ("l'année prochaine", "2019"),
        ("cette année", "2018"),
        ("il y a trois jours", "2018-06-12"),
        ("il y a deux ans", "2016"),
        ("dans deux semaines", "2018-W26"),
    ],
)
def test_relative_dates_against_a_day(text: str, value: str) -> None:
    f = only(f"Il l'a dit {text}.")
    assert f.type == "DATE" and f.resolved.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [("le mois dernier", "2018-05"), ("vendredi", "2018-06"), ("hier", "2018-06"),
     ("la semaine dernière", "2018-06"), ("l'an dernier", "2017")],
)
def test_publication_known_to_the_month_gives_no_day(text: str, value: str) -> None:
    f = only(f"Il l'a dit {text}.", PUB_MONTH)
    assert f.resolved.value == value
    assert f.resolved.start is not None and f.resolved.end is not None and f.resolved.start <= f.resolved.end


def test_no_publication_date_says_so() -> None:
    f = only("Il est parti hier.", None)
    assert f.resolved.value == "XXXX-XX-XX" and f.resolved.start is None
    assert nz.NO_PUBLISHED in f.resolved.note


def test_future_tense_moves_a_weekday_forward() -> None:
    assert values("Le conseil se réunira lundi à Paris.") == {"lundi": "2018-06-18"}
    assert values("Le conseil s'est réuni lundi à Paris.") == {"lundi": "2018-06-11"}


def test_veille_and_lendemain_lean_on_the_last_date() -> None:
    assert values("Le 3 juin, l'armée est entrée ; le lendemain, elle tirait.") == {
        "Le 3 juin": "2018-06-03", "le lendemain": "2018-06-04"}
    assert values("Il l'avait dit la veille.") == {"la veille": "2018-06-14"}


def test_later_counts_from_the_last_date() -> None:
    assert values("En mars 2012, il part. Trois mois plus tard, il revient.")["Trois mois plus tard"] == "2012-06"


# --- durations and sets --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "value", "modifier"),
    [
        ("Ils assiègent la ville depuis deux ans.", "deux ans", "P2Y", None),
        ("Il a régné pendant 42 ans.", "42 ans", "P42Y", None),
        ("Dix-sept civils tués en deux semaines.", "deux semaines", "P2W", None),
        ("Le siège dure depuis près de deux ans.", "près de deux ans", "P2Y", "approx"),
        ("Il a couru 30,4 secondes.", "30,4 secondes", "PT30.4S", None),
        ("Il a attendu une demi-heure.", "une demi-heure", "PT30M", None),
        ("Un exil d'un an et demi.", "un an et demi", "P18M", None),
        ("Cela a duré une dizaine de jours.", "une dizaine de jours", "P10D", "approx"),
        ("Il est resté quelques jours.", "quelques jours", "PXD", None),
        ("Le bilan des trois derniers jours.", "des trois derniers jours", "P3D", None),
    ],
)
def test_durations(text: str, mention: str, value: str, modifier: str | None) -> None:
    f = only(text)
    assert (text[f.start:f.end], f.type, f.resolved.value, f.modifier) == (mention, "DURATION", value, modifier)


def test_since_duration_points_at_its_start() -> None:
    f = only("Ils assiègent la ville depuis deux ans.")
    assert f.resolved.start == date(2016, 6, 15) and f.resolved.end == date(2018, 6, 15)


@pytest.mark.parametrize(
    "text",
    ["La réunion est à 10H00.", "Il est arrivé à 10 heures.", "Vers 21 h 45, il est sorti.",
     "Jean, 38 ans, est blessé.", "Un homme âgé de 53 ans.", "Il écrit pour 20 Minutes."],
)
def test_clock_times_ages_and_titles_are_not_times(text: str) -> None:
    assert tag(text, PUB_DAY) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [("Ils manifestent chaque vendredi.", "XXXX-WXX-5"), ("Il pleut tous les jours.", "P1D"),
     ("Ils votent tous les quatre ans.", "P4Y")],
)
def test_sets(text: str, value: str) -> None:
    f = only(text)
    assert f.type == "SET" and f.resolved.value == value


@pytest.mark.parametrize(
    "text",
    ["Il a été reçu.", "Une force de 2000 hommes.", "Le champ de Mars.", "la semaine", "Il a mis fin à la grève.",
     "Ses mais et ses si.", "Un jour, peut-être."],
)
def test_no_false_alarms(text: str) -> None:
    assert tag(text, PUB_DAY) == []


def test_number_words() -> None:
    assert words_to_int("vingt et un") == 21
    assert words_to_int("quatre-vingt-dix") == 90
    assert words_to_int("deux cents") == 200
    assert words_to_int("soixante-dix-sept") == 77
    assert words_to_int("mille neuf cent") == 1900
    assert words_to_int("bonjour") is None
    assert roman_to_int("XIX") == 19 and roman_to_int("XXI") == 21


# --- properties of the normaliser ----------------------------------------------------------------

days = st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31))


def pub_of(d: date, precision: str) -> Published:
    if precision == "day":
        return Published(d.year, d.month, d.day)
    return Published(d.year, d.month) if precision == "month" else Published(d.year)


@given(days)
def test_hier_is_the_day_before(d: date) -> None:
    pub = Published(d.year, d.month, d.day)
    assert nz.shift_days(pub, -1).value == (d - timedelta(days=1)).isoformat()
    f = only("Il est parti hier.", pub)
    assert f.resolved.value == (d - timedelta(days=1)).isoformat()


@given(days, st.integers(min_value=1, max_value=7))
def test_weekdays_land_within_the_previous_seven_days(d: date, weekday: int) -> None:
    pub = Published(d.year, d.month, d.day)
    res = nz.weekday(pub, weekday)
    assert res.start is not None and res.start == res.end
    assert d - timedelta(days=6) <= res.start <= d
    assert res.start.isoweekday() == weekday
    before = nz.weekday(pub, weekday, "before")
    assert before.start is not None and d - timedelta(days=7) <= before.start < d
    after = nz.weekday(pub, weekday, "next")
    assert after.start is not None and d < after.start <= d + timedelta(days=7)


SAMPLE = (
    "Hier, samedi dernier et lundi prochain ; le 3 juin, du 3 au 5 juin, mi-mars, fin mai, début 2017, "
    "au printemps 2011, cet hiver, la semaine dernière, le mois dernier, l'an dernier, il y a trois jours, "
    "dans deux semaines, la veille, le lendemain, depuis deux ans, ce week-end, le premier trimestre, "
    "les années 80, au début du XXe siècle, le 29 février, fin de l'année prochaine."
)


@settings(max_examples=60, deadline=None)
@given(days, st.sampled_from(["day", "month", "year"]))
def test_intervals_are_ordered_and_never_finer_than_known(d: date, precision: str) -> None:
    pub = pub_of(d, precision)
    for f in tag(SAMPLE, pub):
        res = f.resolved
        if res.start is not None and res.end is not None:
            assert res.start <= res.end, (SAMPLE[f.start:f.end], res)
        if f.rule in ("relative_day", "weekday", "ago") and precision != "day":
            assert len(res.value) <= 7, (SAMPLE[f.start:f.end], res)  # no invented day


@given(days)
def test_month_publication_shifts_by_whole_months(d: date) -> None:
    pub = Published(d.year, d.month)
    y, m = nz.add_months(d.year, d.month, -1)
    assert nz.shift_months(pub, -1).value == f"{y:04d}-{m:02d}"


@given(days, st.integers(min_value=-30, max_value=30))
def test_from_interval_contains_its_value(d: date, width: int) -> None:
    start, end = sorted((d, d + timedelta(days=width)))
    res = nz.from_interval(start, end, "day")
    assert res.start == start and res.end == end
    assert res.value[:4].isdigit() and start.year <= int(res.value[:4]) <= end.year


# --- golden file and evaluation -------------------------------------------------------------------


def as_rows(text: str, published: Published) -> list[dict[str, Any]]:
    return [
        {"text": text[f.start:f.end], "type": f.type, "value": f.resolved.value,
         "start": f.resolved.start.isoformat() if f.resolved.start else None,
         "end": f.resolved.end.isoformat() if f.resolved.end else None, "modifier": f.modifier}
        for f in tag(text, published)
    ]


def test_golden_dispatch() -> None:
    """Set DEPECHE_UPDATE_GOLDEN=1 to rewrite tests/golden/times_dispatch.json, then review the diff."""
    text = (GOLDEN / "times_dispatch.txt").read_text(encoding="utf-8")
    got = as_rows(text, Published(2012, 5, 16))
    expected_path = GOLDEN / "times_dispatch.json"
    if os.environ.get("DEPECHE_UPDATE_GOLDEN"):
        expected_path.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert got == json.loads(expected_path.read_text(encoding="utf-8"))


def _scorer() -> ModuleType:
    path = need_shared(EVAL / "score.py")
    spec = importlib.util.spec_from_file_location("depeche_eval_score", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _predict(docs: list[tuple[str, str, str]]) -> list[dict[str, Any]]:
    return [{"doc_id": doc_id, "times": as_rows(text, Published.parse(published))}
            for doc_id, published, text in docs]


def test_timebank_dev_f1() -> None:
    score = _scorer()
    docs_path = need_shared(EVAL / "timebank_fr" / "docs_dev.jsonl")
    gold = score.load(need_shared(EVAL / "gold" / "timebank_dev.jsonl"))
    docs = [(d["doc_id"], d["published"], d["text"]) for d in score.load(docs_path)]
    figures = score.score(gold, _predict(docs))["times"]
    assert figures["f1"] >= 0.85, figures


def test_reference_dispatch() -> None:
    score = _scorer()
    raw = need_shared(SEED).read_text(encoding="utf-8")
    head, _, rest = raw.lstrip().partition(" ")
    published, _, text = rest.partition(" ")
    assert head == "date"
    gold = score.load(need_shared(EVAL / "gold" / "seed.jsonl"))
    figures = score.score(gold, _predict([(gold[0]["doc_id"], published, text)]))["times"]
    assert figures["recall"] >= 0.9 and figures["precision"] >= 0.8, figures
    assert all(len(row["value"]) <= 7 for row in _predict([("d", published, text)])[0]["times"]
               if row["value"][:1].isdigit()), "a month-dated dispatch must get no day"


# --- the stage in the pipeline --------------------------------------------------------------------


@pytest.mark.slow
def test_stage_fills_result_times(nlp: Any) -> None:
    import depeche.stages.times  # noqa: F401  (registers depeche.times.v1)
    from depeche.pipeline import Extractor
    from depeche.records import Article, DocumentResult

    text = "Les combats ont repris samedi. Le 3 juin, l'armée est entrée et le lendemain elle tirait."
    extractor = Extractor(stage_names=("depeche.times.v1",), nlp=nlp)
    (result,) = extractor.extract([Article(doc_id="t", text=text, published=Published(2018, 6))])
    assert isinstance(result, DocumentResult)
    rows = [(t.span.text, t.value, t.span.sentence) for t in result.times]
    assert rows == [("samedi", "2018-06", 0), ("Le 3 juin", "2018-06-03", 1), ("le lendemain", "2018-06-04", 1)]
    assert result.as_dict()["times"][0]["rule"].startswith("weekday")
