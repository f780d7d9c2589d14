"""The counts stage: figures of people killed, injured, displaced, arrested, kidnapped or taking part,
with their qualifier and who reported them (`depeche.counts.v1`)."""

from __future__ import annotations

from typing import ClassVar

from depeche.records import Count
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
        seen: set[tuple[str, int]] = set()
        for f in self.finder.find(work.doc):
            # The codebook keeps one entry per repeated figure; the first telling is the fullest.
            if (f.kind, f.number.value) in seen:
                continue
            seen.add((f.kind, f.number.value))
            counts.extend(_counts(work, f))
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
        out.append(Count(base.span, f.kind, high, low, high, "up_to", f.who, base.source, base.source_actor,
                         base.rule + "|range-high"))
    return out


register_stage(CountsStage.name)(CountsStage)

__all__ = ["Attribution", "CountFinder", "CountsStage", "Number", "attribute", "find_numbers", "parse_number"]
