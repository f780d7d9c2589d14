"""The counts stage: figures of people killed, injured, displaced, arrested, kidnapped or taking part,
with their qualifier and who reported them (`depeche.counts.v1`)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import ClassVar

from depeche.records import Count, TimeExpr
from depeche.stages.base import Work, register_stage
from depeche.stages.counts.attribution import Attribution, attribute
from depeche.stages.counts.finder import CountFinder, Found
from depeche.stages.counts.numbers import Number, find_numbers, parse_number


class CountsStage:
    """`depeche.counts.v1`: one `Count` per distinct (kind, value), sourced through `attribute`.

    Runs after the actors stage so that a source phrase resolves to a canonical actor.
    """

    name: ClassVar[str] = "depeche.counts.v1"
    needs: ClassVar[frozenset[str]] = frozenset({"parser", "lemmatizer"})

    def __init__(self, finder: CountFinder | None = None) -> None:
        self.finder = finder or CountFinder()

    def __call__(self, work: Work) -> None:
        counts: list[Count] = []
        first_of: dict[tuple[str, int], int] = {}  # (kind, value) -> index of its first Count
        index_of: list[int] = []  # finder output -> index of the Count that tells it
        for f in self.finder.find(work.doc):
            key = (f.kind, f.number.value)
            # The codebook keeps one entry per repeated figure; the first telling is the fullest.
            if key in first_of:
                index_of.append(first_of[key])
                continue
            first_of[key] = len(counts)
            index_of.append(len(counts))
            part_of = index_of[f.part_of] if f.part_of is not None else None
            counts.extend(replace(c, part_of=part_of) for c in _counts(work, f))
        work.result.counts = counts


def _counts(work: Work, f: Found) -> list[Count]:
    source = attribute(work, f.start, f.end)
    n = f.number
    low, high = n.low, n.high
    if n.qualifier == "exact":
        low = high = n.value
    base = Count(
        span=work.span(f.start, f.end),
        kind=f.kind,
        value=n.value,
        low=low,
        high=high,
        qualifier=n.qualifier,
        who=f.who,
        source=source.source if source else None,
        source_actor=source.actor.id if source and source.actor else None,
        rule=f.rule + (f"|source:{source.rule}" if source else ""),
    )
    out = [base]
    if low is not None and high is not None and low != high and not n.vague:
        # A range states two figures: its low end (the conservative toll) and its high end.
        out.append(replace(base, value=high, qualifier="up_to", rule=base.rule + "|range-high"))
    period = _period(work, f.start, f.end)
    if period is not None:
        out = [replace(c, period=period[0], rule=c.rule + f"|period:{period[1]}") for c in out]
    return out


# `depuis le début du conflit`: a cumulative toll's period named by an event rather than a date.
_SINCE_EVENT = re.compile(
    r"\b(?:depuis|dès)\s+(?:le|la|l'|l’|les)\s*(?:début|déclenchement|éclatement|commencement|chute|lancement|"
    r"départ|mort|arrivée|fin)\b[^,.;:!?()]{0,60}",
    re.IGNORECASE,
)


def _period(work: Work, start: int, end: int) -> tuple[str, str] | None:
    """The period a toll covers (`plus de 10.000 morts depuis 2011`): (value or phrase, rule)."""
    sentence = work.sentence_of(start)
    text = work.article.text

    def since(t: TimeExpr) -> bool:
        before = text[max(0, t.span.start - 12) : t.span.start].lower()
        return t.modifier == "since" or "depuis" in before

    times = [t for t in work.result.times if t.span.sentence == sentence and since(t)]
    if times:
        after = [t for t in times if t.span.start >= end]
        best = after[0] if after else times[-1]
        return best.value, "since-time"
    first, last = work.result.sentences[sentence] if sentence < len(work.result.sentences) else (start, end)
    m = _SINCE_EVENT.search(text, end, last) or _SINCE_EVENT.search(text, first, start)
    if m:
        return m.group(0).strip(), "since-event"
    return None


register_stage(CountsStage.name)(CountsStage)

__all__ = ["Attribution", "CountFinder", "CountsStage", "Number", "attribute", "find_numbers", "parse_number"]
