"""The actors stage: mentions grouped into canonical actors within one document."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from depeche.pipeline import Extractor
from depeche.records import Actor, Article, DocumentResult, Published
from depeche.stages.actors.grouping import initials, surname

from .conftest import EVAL, SEED, need_shared


def test_initials_skip_french_function_words() -> None:
    assert initials("Organisation internationale pour les migrations") == "OIM"
    assert initials("Armée nationale libyenne") == "ANL"
    assert initials("Conseil national de transition") == "CNT"


def test_surname_drops_particles() -> None:
    assert surname("Mahmoud Al-Werfalli") == "werfalli"
    assert surname("Bachar al-Assad") == "assad"
    assert surname("Khalifa Haftar") == "haftar"


@pytest.fixture(scope="module")
def extractor(nlp) -> Extractor:  # type: ignore[no-untyped-def]
    return Extractor(stage_names=("depeche.actors.v1",), nlp=nlp)


def actors_of(extractor: Extractor, text: str) -> list[Actor]:
    (result,) = extractor.extract([Article("t", text, published=Published.parse("2020-01-01"))])
    assert isinstance(result, DocumentResult)
    return result.actors


def actor_with(actors: list[Actor], form: str) -> Actor:
    hits = [a for a in actors if any(m.text == form for m in a.mentions)]
    assert len(hits) == 1, f"{form!r} in {[(a.name, [m.text for m in a.mentions]) for a in actors]}"
    return hits[0]


@pytest.mark.slow
def test_acronym_joins_its_expansion(extractor: Extractor) -> None:
    actors = actors_of(
        extractor,
        "Le Front populaire de libération du Sahel (FPLS) a revendiqué l'attaque. "
        "Le FPLS a aussi menacé les autorités locales.",
    )
    front = actor_with(actors, "FPLS")
    assert any("Front populaire de libération du Sahel" in m.text for m in front.mentions)


@pytest.mark.slow
def test_titles_and_surnames_join_the_full_name(extractor: Extractor) -> None:
    actors = actors_of(
        extractor,
        "Le général Ousmane Kaboré a rencontré les chefs de tribu. "
        "M. Kaboré a ensuite déclaré que le général Kaboré ne céderait pas. Kaboré est arrivé hier.",
    )
    person = actor_with(actors, "Ousmane Kaboré")
    assert person.name == "Ousmane Kaboré"
    assert person.type == "person"
    forms = {m.text for m in person.mentions}
    assert "Kaboré" in forms and any(f.startswith("M.") for f in forms)


@pytest.mark.slow
def test_known_actor_forms_are_one_actor(extractor: Extractor) -> None:
    actors = actors_of(
        extractor,
        "L'Organisation des Nations unies a demandé un cessez-le-feu. "
        "Selon l'ONU, les combats ont fait des dizaines de morts. L'Otan et l'OTAN ne font qu'un.",
    )
    un = actor_with(actors, "ONU")
    assert un.name == "United Nations" and un.type == "igo"
    nato = actor_with(actors, "Otan")
    assert {m.text for m in nato.mentions} >= {"Otan", "OTAN"}


@pytest.mark.slow
def test_cities_tagged_as_persons_are_not_actors(extractor: Extractor) -> None:
    actors = actors_of(extractor, "Les rebelles ont repris Benghazi et marchent sur Syrte.")
    assert not [a for a in actors if a.name in {"Benghazi", "Syrte"}]


def score_seed(path: str) -> dict:  # type: ignore[type-arg]
    out = subprocess.run(
        [sys.executable, str(EVAL / "score.py"), "--gold", str(EVAL / "gold" / "seed.jsonl"), "--pred", path, "--json"],
        capture_output=True, text=True, check=True,
    )
    return json.loads(out.stdout)  # type: ignore[no-any-return]


@pytest.mark.slow
def test_reference_dispatch_actor_figures(extractor: Extractor, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from depeche.readers import read_inputs

    need_shared(SEED)
    (article,) = list(read_inputs([str(SEED)]))
    assert isinstance(article, Article)
    (result,) = extractor.extract([article])
    assert isinstance(result, DocumentResult)
    pred = tmp_path / "seed.jsonl"
    pred.write_text(json.dumps(result.as_dict()) + "\n", encoding="utf-8")
    figures = score_seed(str(pred))
    assert figures["actors"]["recall"] >= 0.875
    assert figures["merge"]["value"] >= 0.85


@pytest.mark.slow
def test_forces_of_a_known_leader_join_the_organisation_he_leads(extractor: Extractor) -> None:
    actors = actors_of(
        extractor,
        "Les forces loyales à M. Haftar ont avancé vers la ville. "
        "L'Armée nationale libyenne (ANL), qu'il dirige, contrôle l'est du pays.",
    )
    lna = actor_with(actors, "ANL")
    assert lna.name == "Libyan National Army"
    assert "forces loyales à M. Haftar" in {m.text for m in lna.mentions}


@pytest.mark.slow
def test_forces_of_a_leader_stay_apart_when_his_organisation_is_not_named(extractor: Extractor) -> None:
    actors = actors_of(extractor, "Les forces loyales à M. Haftar ont avancé vers la ville.")
    forces = actor_with(actors, "forces loyales à M. Haftar")
    assert forces.name != "Libyan National Army" and forces.country == "LY"


@pytest.mark.slow
def test_definite_descriptions_refer_back(extractor: Extractor) -> None:
    actors = actors_of(
        extractor,
        "Human Rights Watch a publié un rapport accablant. L'ONG accuse les milices de torture. "
        "Le président Ousmane Kaboré a rencontré les chefs de tribu. Le président a promis une enquête.",
    )
    hrw = actor_with(actors, "Human Rights Watch")
    assert "L'ONG" in {m.text for m in hrw.mentions}
    kabore = actor_with(actors, "Ousmane Kaboré")
    assert "Le président" in {m.text for m in kabore.mentions}


@pytest.mark.slow
def test_a_title_never_lands_on_someone_never_given_it(extractor: Extractor) -> None:
    actors = actors_of(extractor, "Ousmane Kaboré a rencontré les chefs de tribu. Le président a promis une enquête.")
    assert all("Le président" not in {m.text for m in a.mentions} for a in actors)


@pytest.mark.slow
def test_a_title_with_its_own_complement_is_not_a_back_reference(extractor: Extractor) -> None:
    actors = actors_of(
        extractor,
        "Le chef rebelle Ousmane Kaboré a parlé hier. Le chef de la délégation du CNT a rencontré "
        "le président de la Commission européenne. Le chef a ensuite démenti.",
    )
    kabore = actor_with(actors, "Ousmane Kaboré")
    forms = [m.text for m in kabore.mentions]
    assert forms.count("Le chef") == 1  # the bare title at the end still resolves
    assert all("le président" not in {m.text for m in a.mentions} for a in actors)


@pytest.mark.slow
def test_a_title_past_its_adjective_still_takes_a_complement(extractor: Extractor) -> None:
    actors = actors_of(
        extractor,
        "Le ministre Ousmane Kaboré est arrivé. Le ministre libyen des Affaires étrangères a démenti.",
    )
    kabore = actor_with(actors, "Ousmane Kaboré")
    assert all(not m.text.startswith("Le ministre libyen") for m in kabore.mentions)


@pytest.mark.slow
def test_an_entity_cut_before_its_noun_is_not_an_organisation(extractor: Extractor) -> None:
    actors = actors_of(
        extractor,
        "Les ministres des Affaires étrangères des pays de l'Otan, réunis à Berlin jeudi, "
        "ont exclu une intervention au sol.",
    )
    assert [a.name for a in actors] == ["NATO"]
    assert [m.text for m in actors[0].mentions] == ["Otan"]


def test_entity_spans_lose_their_dangling_function_words() -> None:
    import spacy
    from spacy.tokens import Span as SpacySpan

    from depeche.stages.actors.mentions import _trim_dangling

    doc = spacy.blank("fr").make_doc("les ministres des pays de l'Otan et")
    assert _trim_dangling(SpacySpan(doc, 1, 6, label="ORG")).text == "ministres des pays"  # type: ignore[union-attr]
    assert _trim_dangling(SpacySpan(doc, 1, 6, label="ORG")).label_ == "ORG"  # type: ignore[union-attr]
    assert _trim_dangling(SpacySpan(doc, 4, 6, label="ORG")) is None
    assert _trim_dangling(SpacySpan(doc, 6, 8, label="ORG")).text == "Otan"  # type: ignore[union-attr]


def test_glosses_are_found_by_their_language_or_their_marker() -> None:
    from depeche.stages.actors.mentions import gloss_spans

    def glossed(text: str) -> list[str]:
        return [text[s:e] for s, e in gloss_spans(text)]

    assert glossed("le mouvement Tamarrod (rébellion en arabe) a posé") == ["(rébellion en arabe)"]
    assert glossed("Daech (acronyme arabe de l'EI) a frappé") == ["(acronyme arabe de l'EI)"]
    assert glossed("les Chabab (littéralement « les jeunes ») ont attaqué") == ["(littéralement « les jeunes »)"]
    assert glossed("la choura (en arabe, conseil) a siégé") == ["(en arabe, conseil)"]
    assert glossed("le Hezbollah (traduction : parti de Dieu)") == ["(traduction : parti de Dieu)"]
    assert glossed("l'Armée nationale libyenne (ANL) et les rebelles (soutenus par Paris)") == []
    assert glossed("les manifestants (des Arabes en colère) ont défilé") == []


@pytest.mark.slow
def test_a_gloss_names_no_new_actor_and_the_kind_word_refers_back(extractor: Extractor) -> None:
    actors = actors_of(
        extractor,
        "Au Caire, le mouvement Tamarrod (rébellion en arabe) a posé un ultimatum au président. "
        "Le mouvement exige son départ avant mardi.",
    )
    assert not [a for a in actors if a.type == "rebel"]
    tamarrod = actor_with(actors, "mouvement Tamarrod")
    assert "Le mouvement" in {m.text for m in tamarrod.mentions}


@pytest.mark.slow
def test_the_party_refers_back_to_a_name_written_after_its_kind(extractor: Extractor) -> None:
    actors = actors_of(extractor, "Le parti Ennahda a remporté le scrutin. Le parti a salué une victoire historique.")
    ennahda = actor_with(actors, "parti Ennahda")
    assert "Le parti" in {m.text for m in ennahda.mentions}
