"""The counts stage on one person (`un soldat a été tué` is a figure of one) and on subset tolls
(`seize tués, dont huit au Caire`: the part records the whole it belongs to)."""

from __future__ import annotations

from typing import Any

import pytest

from depeche.records import Count, Span
from depeche.stages.counts import lexicon as lx
from depeche.stages.counts.single import _lexicon_entry
from tests.test_counts import _run

# --- the lexicon (fast) ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "who"),
    [("soldat", "soldiers"), ("homme", "people"), ("civil", "civilians"), ("étudiante", "students"),
     ("infirmière", "medics"), ("prêtre", "clergy"), ("manifestante", "protesters"), ("journaliste", "journalists")],
)
def test_singular_people(word: str, who: str) -> None:
    assert _lexicon_entry(word) == (True, who)


@pytest.mark.parametrize("word", ["voiture", "bombe", "ville", "soldats", "fil", "machine"])
def test_things_and_plurals_are_not_one_person(word: str) -> None:
    assert _lexicon_entry(word) == (False, None)


def test_one_person_kinds_leave_out_crowds_and_flight() -> None:
    assert {"killed", "injured", "arrested", "kidnapped"} == lx.SINGLE_KINDS


def test_part_of_is_in_the_output() -> None:
    c = Count(Span(0, 4, "huit", 0), "killed", 8, part_of=0)
    assert c.as_dict()["part_of"] == 0
    assert Count(Span(0, 4, "huit", 0), "killed", 8).as_dict()["part_of"] is None


# --- the stage on sentences (slow: the real model) -------------------------------------------


def _short(counts: list[Count]) -> set[tuple[str, int, str]]:
    return {(c.kind, c.value, c.span.text) for c in counts}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Un imam a été tué lundi près de la mosquée.", {("killed", 1, "Un imam")}),
        ("Une infirmière a été blessée par balle devant l'hôpital.", {("injured", 1, "Une infirmière")}),
        ("Un policier a été abattu à un barrage.", {("killed", 1, "Un policier")}),
        ("Un autre Libanais a été enlevé dans la nuit.", {("kidnapped", 1, "Un autre Libanais")}),
        ("Un étudiant arrêté mardi a été relâché.", {("arrested", 1, "Un étudiant")}),
        ("Des hommes armés ont enlevé un ingénieur et un chauffeur.", {("kidnapped", 1, "un chauffeur")}),
        ("Les miliciens ont tué un berger.", {("killed", 1, "un berger")}),
        ("Un gendarme est mort dans l'embuscade.", {("killed", 1, "Un gendarme")}),
        ("La fusillade a fait un mort et quatre blessés.",
         {("killed", 1, "un mort"), ("injured", 4, "quatre blessés")}),
        ("On compte un blessé parmi les pompiers.", {("injured", 1, "un blessé")}),
        ("La mort d'un photographe a été confirmée.", {("killed", 1, "un photographe")}),
        ("Deux paysans et un soldat ont été tués.", {("killed", 2, "Deux paysans"), ("killed", 1, "un soldat")}),
        ("Le bombardement n'a fait qu'un mort.", {("killed", 1, "un mort")}),
        # one person taken up by a pronoun after coming in as `un ...`
        ("Un moine a été enlevé jeudi. Il a été retrouvé égorgé le lendemain.",
         {("kidnapped", 1, "Un moine"), ("killed", 1, "Il")}),
    ],
)
def test_one_person(nlp: Any, text: str, expected: set[tuple[str, int, str]]) -> None:
    assert _short(_run(nlp, text)) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Un homme politique a dit que le calme revenait.",  # no harm done
        "Ce roman raconte l'histoire d'un mort-vivant.",  # a compound noun
        "L'un des morts était un adolescent.",  # a pronoun, and an attribute
        "La collision n'a fait aucun mort.",  # a zero toll names nobody
        "Il n'y a eu pas un seul blessé.",
        "Un officier n'a pas été blessé, contrairement à ce qui a été dit.",
        "Si un soldat est tué, l'armée ripostera.",  # a hypothesis
        "Un hélicoptère a été abattu au-dessus de la ville.",  # not a person
        "Le ministre a été blessé lors de l'attentat.",  # a definite person is a target, not a toll
        "Le ministre a été enlevé. Il a été retrouvé pendu.",  # and so is a pronoun taking one up
        "Un réfugié a fui vers la frontière.",  # one person fleeing is no displacement figure
        "Comme un mort, il ne bougeait plus.",
    ],
)
def test_not_one_person(nlp: Any, text: str) -> None:
    assert _run(nlp, text) == []


@pytest.mark.slow
def test_subset_toll_records_its_whole(nlp: Any) -> None:
    counts = _run(nlp, "Au moins vingt personnes ont été tuées dans la province, dont neuf dans des combats à Idleb.")
    assert [(c.kind, c.value, c.qualifier, c.part_of) for c in counts] == [
        ("killed", 20, "at_least", None),
        ("killed", 9, "exact", 0),
    ]
    assert "subset" in counts[1].rule


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Quinze touristes ont été tués, dont un Britannique.", ("killed", 1, "un Britannique")),
        ("Trente marins ont été enlevés, dont quatre Indiens.", ("kidnapped", 4, "quatre Indiens")),
        ("Cent personnes ont été arrêtées, parmi lesquelles une avocate.", ("arrested", 1, "une avocate")),
        ("Douze personnes ont été blessées, dont trois grièvement.", ("injured", 3, "trois")),
    ],
)
def test_subset_of_nationality_or_kind(nlp: Any, text: str, part: tuple[str, int, str]) -> None:
    counts = _run(nlp, text)
    whole, sub = counts
    assert (sub.kind, sub.value, sub.span.text) == part
    assert sub.part_of == 0 and whole.part_of is None and whole.kind == sub.kind


@pytest.mark.slow
def test_a_figure_of_another_kind_is_no_part(nlp: Any) -> None:
    counts = _run(nlp, "Le bilan est de 30 morts, dont 12 grièvement blessés.")
    assert {(c.kind, c.value, c.part_of) for c in counts} == {("killed", 30, None), ("injured", 12, None)}


@pytest.mark.slow
def test_part_points_past_a_range(nlp: Any) -> None:
    counts = _run(nlp, "Les combats ont fait entre 40 et 60 morts, dont dix civils.")
    by_value = {c.value: c for c in counts}
    assert by_value[10].part_of == counts.index(by_value[40])
