"""The counts stage: French numbers, the kind of each figure of people, and who reported it."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from depeche.stages.counts.numbers import find_numbers, french_digits, french_words, parse_number

GOLDEN = Path(__file__).parent / "golden"


# --- the number parser (fast) ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("2.000", 2000, "exact"),
        ("2 000", 2000, "exact"),
        ("2\u202f000", 2000, "exact"),
        ("10.000", 10000, "exact"),
        ("1,5 million", 1_500_000, "exact"),
        ("2,3 millions", 2_300_000, "exact"),
        ("dix-sept", 17, "exact"),
        ("vingt et un", 21, "exact"),
        ("quatre-vingt-dix-neuf", 99, "exact"),
        ("deux cent quarante-trois mille", 243_000, "exact"),
        ("un millier", 1000, "about"),
        ("une dizaine", 10, "about"),
        ("une trentaine", 30, "about"),
        ("deux centaines", 200, "about"),
        ("une dizaine de milliers", 10_000, "about"),
        ("au moins 17", 17, "at_least"),
        ("pas moins de 40", 40, "at_least"),
        ("plus de 2.000", 2000, "more_than"),
        ("plus d'un millier", 1000, "more_than"),
        ("près de 750.000", 750_000, "about"),
        ("environ 300", 300, "about"),
        ("quelque 8.500", 8500, "about"),
        ("jusqu'à 20 000", 20_000, "up_to"),
        ("moins de 50", 50, "less_than"),
    ],
)
def test_parse_number(text: str, value: int, qualifier: str) -> None:
    n = parse_number(text)
    assert n is not None, text
    assert (n.value, n.qualifier) == (value, qualifier)


def test_bounds_follow_the_qualifier() -> None:
    at_least = parse_number("au moins 17")
    up_to = parse_number("jusqu'à 30")
    assert at_least is not None and (at_least.low, at_least.high) == (17, None)
    assert up_to is not None and (up_to.low, up_to.high) == (None, 30)


@pytest.mark.parametrize("text", ["des dizaines", "des centaines", "plusieurs milliers", "des dizaines de milliers"])
def test_plural_approximations_are_vague_ranges(text: str) -> None:
    n = parse_number(text)
    assert n is not None and n.vague
    assert n.low is not None and n.high is not None and n.low < n.high


@pytest.mark.parametrize(("text", "low", "high"), [("entre 70 et 300", 70, 300), ("de 10 à 15", 10, 15)])
def test_ranges(text: str, low: int, high: int) -> None:
    n = parse_number(text)
    assert n is not None and (n.value, n.low, n.high) == (low, low, high)


def test_find_numbers_offsets_and_what_is_not_a_number() -> None:
    text = "Il y a une semaine, trois et quatre; un homme; la sixième; 2,5 kg; 17 soldats"
    found = {text[m.num_start:m.end]: m.value for m in find_numbers(text)}
    assert found == {"trois": 3, "quatre": 4, "17": 17}


@given(st.integers(min_value=0, max_value=999_999_999_999))
def test_words_round_trip(n: int) -> None:
    for words in (french_words(n), french_words(n, hyphen_all=True)):
        parsed = parse_number(words)
        assert parsed is not None and parsed.value == n, words


@given(st.integers(min_value=0, max_value=10**12), st.sampled_from([" ", ".", "\u00a0", "\u202f", ""]))
def test_digits_round_trip(n: int, sep: str) -> None:
    written = french_digits(n, sep)
    parsed = parse_number(written)
    assert parsed is not None and parsed.value == n, written


# --- the stage on sentences (slow: the real model) -------------------------------------------


def _run(nlp: Any, text: str, actors: tuple[tuple[str, str, str], ...] = ()) -> list[Any]:
    from depeche.records import Actor, Article, DocumentResult, Published
    from depeche.stages.base import Work
    from depeche.stages.counts import CountsStage

    article = Article(doc_id="t", text=text, published=Published.parse("2018-06"))
    work = Work.start(article, nlp(text), DocumentResult("t", article.published, "fr"))
    for i, (name, kind, mention) in enumerate(actors):
        start = text.index(mention)
        work.result.actors.append(
            Actor(id=f"a{i}", name=name, type=kind, mentions=[work.span(start, start + len(mention))])  # type: ignore[arg-type]
        )
    CountsStage()(work)
    return work.result.counts


def _short(counts: list[Any]) -> set[tuple[str, int, str]]:
    return {(c.kind, c.value, c.qualifier) for c in counts}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Au moins 17 civils avaient été tués dans les combats.", {("killed", 17, "at_least")}),
        ("L'explosion a fait 74 morts et 150 blessés.", {("killed", 74, "exact"), ("injured", 150, "exact")}),
        ("Les frappes ont tué onze personnes mardi.", {("killed", 11, "exact")}),
        ("Plus de 2.000 personnes ont fui la ville.", {("displaced", 2000, "more_than")}),
        ("Une trentaine de manifestants ont été interpellés.", {("arrested", 30, "about")}),
        ("Trois ouvriers ont été enlevés par des hommes armés.", {("kidnapped", 3, "exact")}),
        ("Quelque 25 000 personnes ont manifesté samedi.", {("participants", 25000, "about")}),
        ("L'attaque, menée à l'aube, a coûté la vie à 58 touristes.", {("killed", 58, "exact")}),
        ("Huit soldats ont trouvé la mort dans l'embuscade.", {("killed", 8, "exact")}),
        ("Cinq personnes, dont deux enfants, ont été tuées.", {("killed", 5, "exact"), ("killed", 2, "exact")}),
        ("Le bilan est de 30 morts, dont 12 grièvement blessés.", {("killed", 30, "exact"), ("injured", 12, "exact")}),
        ("Le conflit a fait entre 70 et 300 morts.", {("killed", 70, "at_least"), ("killed", 300, "up_to")}),
        ("Les violences ont fait des centaines de morts.", set()),
        ("La ville est à plus de 1.000 km de la capitale et à 300 km de la côte.", set()),
        ("Le gouvernement a débloqué 2 millions de dollars et livré 40 chars.", set()),
        # the date and the age are no figures; the one man arrested is
        ("Le 17 mars 2011, un homme de 45 ans a été arrêté.", {("arrested", 1, "exact")}),
        ("Les secouristes ont évité une dizaine de morts.", set()),
    ],
)
def test_counts_in_sentences(nlp: Any, text: str, expected: set[tuple[str, int, str]]) -> None:
    assert _short(_run(nlp, text)) == expected


@pytest.mark.slow
def test_count_span_who_and_rule(nlp: Any) -> None:
    [c] = _run(nlp, "La mission affirmait qu'au moins 17 civils avaient été tués dans les combats.")
    assert c.span.text == "au moins 17 civils"
    assert (c.who, c.low, c.high) == ("civilians", 17, None)
    assert "passive:tués" in c.rule


@pytest.mark.slow
def test_source_is_the_actor_covering_the_phrase(nlp: Any) -> None:
    text = "La mission des Nations unies en Libye affirmait vendredi qu'au moins 17 civils avaient été tués."
    [c] = _run(nlp, text, (("United Nations Support Mission in Libya", "igo", "mission des Nations unies en Libye"),))
    assert (c.source, c.source_actor) == ("United Nations Support Mission in Libya", "a0")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Selon l'Observatoire syrien des droits de l'Homme, 20 civils ont été tués.",
         "Observatoire syrien des droits de l'Homme"),
        ("D'après un bilan du ministère de la Santé, 20 civils ont été tués.", "ministère de la Santé"),
        ("Vingt civils ont été tués, a indiqué un porte-parole de l'armée.", "armée"),
        ("Vingt civils ont été tués samedi, de source médicale.", "source médicale"),
        ("Vingt civils ont été tués samedi.", None),
    ],
)
def test_source_phrase_without_actor(nlp: Any, text: str, source: str | None) -> None:
    [c] = _run(nlp, text)
    assert c.source == source
    assert c.source_actor is None


@pytest.mark.slow
def test_attribute_for_any_span(nlp: Any) -> None:
    from depeche.records import Article, DocumentResult, Published
    from depeche.stages.base import Work
    from depeche.stages.counts import attribute

    text = "L'armée a bombardé la ville, selon des témoins. Le ministre a nié toute attaque."
    article = Article(doc_id="t", text=text, published=Published.parse("2018-06"))
    work = Work.start(article, nlp(text), DocumentResult("t", article.published, "fr"))
    a = attribute(work, text.index("bombardé"), text.index("bombardé") + 8)
    assert a is not None and a.source == "témoins" and a.rule == "selon"
    b = attribute(work, text.index("toute"), text.index("toute") + 5)
    assert b is not None and b.source == "ministre" and b.actor is None


@pytest.mark.slow
def test_golden_dispatch(nlp: Any) -> None:
    case = GOLDEN / "counts_dispatch"
    text = case.with_suffix(".txt").read_text(encoding="utf-8")
    got = [
        {k: c.as_dict()[k] for k in ("text", "kind", "value", "low", "high", "qualifier", "who", "source")}
        for c in _run(nlp, text)
    ]
    expected_file = case.with_suffix(".json")
    if os.environ.get("DEPECHE_UPDATE_GOLDEN") or not expected_file.exists():
        expected_file.write_text(json.dumps(got, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    assert got == json.loads(expected_file.read_text(encoding="utf-8"))


@pytest.mark.slow
def test_cumulative_tolls_carry_their_period() -> None:
    import depeche

    result = depeche.extract(
        "Le conflit a fait plus de 10.000 morts depuis 2011. Hier, trois soldats ont été tués. "
        "Au moins 300 civils ont été blessés depuis le début de l'offensive.",
        published="2013-05-02",
    )
    periods = {(c.kind, c.value): c.period for c in result.counts}
    assert periods[("killed", 10000)] == "2011"
    assert periods[("killed", 3)] is None
    assert periods[("injured", 300)] == "depuis le début de l'offensive"
