"""The times stage: French temporal expressions as TIMEX3 values and date intervals against the publication date."""

from __future__ import annotations

from typing import ClassVar

from depeche.records import Span, TimeExpr
from depeche.stages.base import Work, doc_text, register_stage
from depeche.stages.times.tagger import Found, tag


class TimesStage:
    """`depeche.times.v1`: own regex rules over the text; needs only sentence boundaries for spans."""

    name: ClassVar[str] = "depeche.times.v1"
    needs: ClassVar[frozenset[str]] = frozenset({"sentences"})

    def __call__(self, work: Work) -> None:
        # `Doc.text` joins every token on each access: read it once (Work.span would per call)
        text = doc_text(work.doc)
        work.result.times = [to_record(found, work, text) for found in tag(text, work.article.published)]


def to_record(found: Found, work: Work, text: str) -> TimeExpr:
    res = found.resolved
    rule = found.rule if not res.note else f"{found.rule}; {res.note}"
    return TimeExpr(
        span=Span(found.start, found.end, text[found.start:found.end], work.sentence_of(found.start)),
        type=found.type,
        value=res.value,
        start=res.start.isoformat() if res.start else None,
        end=res.end.isoformat() if res.end else None,
        precision=res.precision,
        modifier=found.modifier,
        rule=rule,
    )


register_stage(TimesStage.name)(TimesStage)

__all__ = ["TimesStage", "tag"]
