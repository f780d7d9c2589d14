"""Event dates: the time expression governing the trigger's clause, a fronted one framing the whole
sentence, subordinate `après`/`avant` clauses as bounds, and relative expressions kept at their precision."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from depeche.records import Article, DocumentResult, Precision, Published, TimeExpr
from depeche.stages.base import Work
from depeche.stages.events.attach import When, choose_date

# --- choose_date over a hand-made parse (fast) --------------------------------------------------


def _work(words: list[str], heads: list[int], deps: list[str], pos: list[str],
          times: list[tuple[int, int, str, str]], published: str = "2011-04-20") -> Work:
    """A Work over a parse given word by word; `times` are (first word, last word, start, end) DATEs."""
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)
    article = Article("t", doc.text, Published.parse(published))
    work = Work.start(article, doc, DocumentResult("t", article.published, "fr"))
    for first, last, start, end in times:
        a, b = doc[first].idx, doc[last].idx + len(doc[last])
        precision: Precision = "day" if start == end else "month"
        work.result.times.append(TimeExpr(work.span(a, b), "DATE", start[:7] if precision == "month" else start,
                                          start, end, precision))
    return work


def _date(work: Work, trigger: int) -> When:
    head = work.doc[trigger]
    return choose_date(work, head, head, work.article.published)


# `Le 6 avril , la police , qui encerclait la mosquée , a tiré .` read with the date inside the
# relative clause: the date's clause neither is nor contains the trigger's, yet it opens the sentence
_WORDS = ["Le", "6", "avril", ",", "la", "police", ",", "qui", "encerclait", "la", "mosquée", ",", "a", "tiré", "."]
_HEADS = [1, 8, 1, 13, 5, 13, 8, 8, 5, 10, 8, 8, 13, 13, 13]
_DEPS = ["det", "obl:mod", "nmod", "punct", "det", "nsubj", "punct", "nsubj", "acl:relcl", "det", "obj", "punct",
         "aux:tense", "ROOT", "punct"]
_POS = ["DET", "NUM", "NOUN", "PUNCT", "DET", "NOUN", "PUNCT", "PRON", "VERB", "DET", "NOUN", "PUNCT", "AUX",
        "VERB", "PUNCT"]


def test_a_fronted_date_attached_elsewhere_still_dates_the_sentence() -> None:
    work = _work(_WORDS, _HEADS, _DEPS, _POS, times=[(0, 2, "2011-04-06", "2011-04-06")])
    when = _date(work, 13)
    assert (when.start, when.end, when.precision) == ("2011-04-06", "2011-04-06", "day")
    assert when.how.startswith("time expression opening the sentence")


def test_a_date_of_the_trigger_own_clause_beats_the_fronted_one() -> None:
    words, heads = [*_WORDS[:-1], "mardi", "."], [*_HEADS[:-1], 13, 13]
    deps, pos = [*_DEPS[:-1], "obl:mod", "punct"], [*_POS[:-1], "NOUN", "PUNCT"]
    times = [(0, 2, "2011-04-06", "2011-04-06"), (14, 14, "2011-04-19", "2011-04-19")]
    work = _work(words, heads, deps, pos, times=times)
    when = _date(work, 13)
    assert (when.start, when.how.split(":")[0]) == ("2011-04-19", "time expression of the clause")


def test_a_date_inside_an_opening_subordinate_clause_is_not_fronted() -> None:
    # `Pour fêter la victoire lundi , les rebelles ont tiré en l'air .`: the date is the celebration's
    words = ["Pour", "fêter", "la", "victoire", "lundi", ",", "les", "rebelles", "ont", "tiré", "."]
    heads = [1, 9, 3, 1, 1, 9, 7, 9, 9, 9, 9]
    deps = ["mark", "advcl", "det", "obj", "obl:mod", "punct", "det", "nsubj", "aux:tense", "ROOT", "punct"]
    pos = ["ADP", "VERB", "DET", "NOUN", "NOUN", "PUNCT", "DET", "NOUN", "AUX", "VERB", "PUNCT"]
    work = _work(words, heads, deps, pos, times=[(4, 4, "2011-04-18", "2011-04-18")])
    when = _date(work, 9)
    assert when.how.startswith("no date in the text"), when


def test_no_time_expression_gives_the_days_before_publication() -> None:
    work = _work(_WORDS, _HEADS, _DEPS, _POS, times=[])
    when = _date(work, 13)
    assert (when.start, when.end, when.precision) == ("2011-04-13", "2011-04-20", "week")


# --- through the real model (slow) --------------------------------------------------------------


def _events(nlp: Any, text: str, published: str = "2011-04-20") -> list[Any]:
    from depeche.pipeline import Extractor

    result = next(iter(Extractor(nlp=nlp).extract([Article("t", text, Published.parse(published))])))
    assert isinstance(result, DocumentResult), result
    return result.events


def _dated(nlp: Any, text: str, trigger: str, published: str = "2011-04-20") -> tuple[str | None, str | None,
                                                                                    str | None, str]:
    events = [e for e in _events(nlp, text, published) if e.trigger is not None and e.trigger.text == trigger]
    assert events, f"no event on {trigger!r} in {text!r}"
    e = events[0]
    return e.date_start, e.date_end, e.date_precision, e.explanation["date"]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "published", "start", "end", "precision"), [
    # `il y a un mois` is parsed as a clause of `avoir` of its own: it still frames the sentence
    ("Il y a un mois, les manifestants réclamaient son départ à Benghazi.", "réclamaient", "2011-04-20",
     "2011-03-01", "2011-03-31", "month"),
    ("Il y a une semaine, des milliers de personnes ont manifesté au Caire et la police a tiré sur la foule.",
     "tiré", "2011-04-20", "2011-04-11", "2011-04-17", "week"),
    ("Le 6 juillet, un prêtre a été tué par des hommes armés à Alep.", "tué", "2012-08-10",
     "2012-07-06", "2012-07-06", "day"),
    ("En 2011, l'armée avait bombardé la ville de Homs.", "bombardé", "2013-05-10",
     "2011-01-01", "2011-12-31", "year"),
    ("Dimanche matin, aux environs de 2h20, elle a été réveillée par des tirs à Tripoli.", "tirs", "2011-04-20",
     "2011-04-17", "2011-04-17", "day"),
])
def test_a_fronted_time_expression_dates_the_sentence(nlp: Any, text: str, trigger: str, published: str,
                                                      start: str, end: str, precision: str) -> None:
    got = _dated(nlp, text, trigger, published)
    assert got[:3] == (start, end, precision), got


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "start", "end", "precision"), [
    ("La semaine dernière, la police a arrêté vingt opposants au Caire.", "arrêté",
     "2011-04-11", "2011-04-17", "week"),
    ("En milieu de semaine dernière, des soldats ont tiré sur des manifestants à Deraa.", "tiré",
     "2011-04-13", "2011-04-15", "week"),
    ("Les rebelles se sont emparés de la ville de Brega il y a un mois.", "emparés",
     "2011-03-01", "2011-03-31", "month"),
    ("L'armée a arrêté des dizaines d'opposants à Damas il y a un an.", "arrêté",
     "2010-01-01", "2010-12-31", "year"),
])
def test_relative_expressions_keep_their_precision(nlp: Any, text: str, trigger: str, start: str, end: str,
                                                   precision: str) -> None:
    got = _dated(nlp, text, trigger)
    assert got[:3] == (start, end, precision), got
    assert "publication" not in got[3]


@pytest.mark.slow
def test_month_published_dispatch_gets_last_month_not_the_publication_month(nlp: Any) -> None:
    got = _dated(nlp, "Il y a un mois, les forces loyalistes ont bombardé la ville de Syrte.", "bombardé", "2018-06")
    assert got[:3] == ("2018-05-01", "2018-05-31", "month"), got


@pytest.mark.slow
def test_a_closer_date_in_the_trigger_clause_wins_over_the_fronted_one(nlp: Any) -> None:
    text = ("Il y a un an, l'armée avait arrêté des dizaines d'opposants à Damas, et elle a de nouveau "
            "arrêté des militants le 3 avril.")
    events = [e for e in _events(nlp, text) if e.type == "COERCE"]
    assert sorted((e.date_start, e.date_end) for e in events) == [
        ("2010-01-01", "2010-12-31"), ("2011-04-03", "2011-04-03")]


@pytest.mark.slow
def test_a_date_inside_an_apres_clause_only_bounds_the_main_event(nlp: Any) -> None:
    text = "Après avoir quitté Tripoli lundi, le ministre a rencontré des rebelles à Benghazi."
    start, end, _, how = _dated(nlp, text, "rencontré")
    assert (start, end) == ("2011-04-18", "2011-04-20"), how
    # with a date of its own, the main clause takes it
    text = "Après avoir quitté Tripoli lundi, le ministre a rencontré des rebelles à Benghazi mardi."
    assert _dated(nlp, text, "rencontré")[:2] == ("2011-04-19", "2011-04-19")
    # a date before the subordinator is the main clause's
    text = "Lundi, après avoir quitté Tripoli, le ministre a rencontré des rebelles à Benghazi."
    assert _dated(nlp, text, "rencontré")[:2] == ("2011-04-18", "2011-04-18")


@pytest.mark.slow
def test_an_avant_date_ends_the_interval(nlp: Any) -> None:
    start, end, _, how = _dated(nlp, "Les rebelles ont attaqué Brega avant le 10 avril.", "attaqué")
    assert end == "2011-04-10" and start is not None and start < "2011-04-10", how


@pytest.mark.slow
def test_a_when_clause_dates_the_main_event(nlp: Any) -> None:
    text = "En quittant Tripoli lundi, le ministre a rencontré des rebelles à Benghazi."
    assert _dated(nlp, text, "rencontré")[:2] == ("2011-04-18", "2011-04-18")


@pytest.mark.slow
def test_a_date_in_a_relative_clause_does_not_date_the_main_event(nlp: Any) -> None:
    text = "Des hommes qui ont attaqué la ville de Homs mercredi ont été arrêtés par la police."
    start, end, _, how = _dated(nlp, text, "arrêtés")
    assert how.startswith("no date in the text"), (start, end, how)
    assert _dated(nlp, text, "attaqué")[:2] == ("2011-04-20", "2011-04-20")


@pytest.mark.slow
def test_a_fronted_date_does_not_reach_past_a_semicolon(nlp: Any) -> None:
    text = "Lors du sommet de Paris, en mars, la France a demandé des frappes ; les rebelles ont ensuite attaqué Brega."
    assert _dated(nlp, text, "demandé")[:2] == ("2011-03-01", "2011-03-31")
    assert _dated(nlp, text, "attaqué")[3].startswith("no date in the text")


@pytest.mark.slow
def test_a_main_clause_date_does_not_reach_into_a_relative_clause(nlp: Any) -> None:
    # the strikes are told inside `dont ...`, with their own tense; the two years are the siege's
    text = ("L'armée, dont les troupes sont appuyées par des frappes aériennes, assiégeait la ville depuis deux ans. "
            "Elle a lancé lundi une offensive contre les rebelles à Syrte.")
    events = _events(nlp, text, "2011-04-20")
    siege = next(e for e in events if e.type == "COERCE")
    assert (siege.date_start, siege.date_precision) == ("2009-04-20", "year")
    assault = next(e for e in events if e.type == "ASSAULT")
    assert assault.date_start is not None and assault.date_start >= "2011-04-01"
