"""Typed records that flow through depeche: what readers yield and what stages produce.

`DocumentResult.as_dict()` is the output contract of ../shared/eval/README.md (plus extra
fields); every extracted item carries its character offsets and sentence index.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

Precision = Literal["day", "week", "month", "season", "quarter", "year", "decade", "century"]

_PUBLISHED = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ][0-9:.+\-Z]*)?\s*$")


@dataclass(frozen=True, slots=True)
class Published:
    """A publication date known to the day, the month or only the year."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, value: str) -> Published:
        """Parse `YYYY`, `YYYY-MM`, `YYYY-MM-DD` (a time part is ignored).

        Raises ValueError with a readable message for anything else, including
        impossible dates such as 2018-02-30.
        """
        m = _PUBLISHED.match(value or "")
        if not m:
            raise ValueError(f"not a date (want YYYY, YYYY-MM or YYYY-MM-DD): {value!r}")
        year = int(m.group(1))
        month = int(m.group(2)) if m.group(2) else None
        day = int(m.group(3)) if m.group(3) else None
        if not 1000 <= year <= 2999:
            raise ValueError(f"impossible year in date {value!r}")
        if month is not None and not 1 <= month <= 12:
            raise ValueError(f"impossible month in date {value!r}")
        if day is not None:
            assert month is not None
            if not 1 <= day <= calendar.monthrange(year, month)[1]:
                raise ValueError(f"impossible day in date {value!r}")
        return cls(year, month, day)

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    @property
    def start(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)

    @property
    def end(self) -> date:
        if self.day is not None:
            return self.start
        month = self.month or 12
        return date(self.year, month, calendar.monthrange(self.year, month)[1])

    def iso(self) -> str:
        if self.day is not None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def __str__(self) -> str:
        return self.iso()


@dataclass(frozen=True, slots=True)
class Article:
    """One input document, as read and cleaned, before any NLP."""

    doc_id: str
    text: str
    published: Published | None = None
    title: str | None = None
    url: str | None = None
    language: str | None = None
    source: str | None = None  # where it was read from: "path" or "path:line"
    warnings: tuple[str, ...] = ()  # problems met while reading that did not stop it (cp1252, no date...)


@dataclass(frozen=True, slots=True)
class Span:
    """Character offsets into `Article.text` and the index of the sentence holding them."""

    start: int
    end: int
    text: str
    sentence: int

    def as_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "sentence": self.sentence}


ActorType = Literal[
    "state", "government", "military", "police", "rebel", "militia", "party", "igo", "ngo",
    "person", "civilians", "media", "group", "business", "religious", "other",
]


@dataclass(slots=True)
class Actor:
    """A canonical actor of one document and every mention that refers to it."""

    id: str
    name: str
    type: ActorType
    mentions: list[Span] = field(default_factory=list)
    country: str | None = None
    known_id: str | None = None  # key in the well-known actors table, when it is one
    rule: str = ""  # how the group was formed, for `explain`
    # the country is the article's main one, not said by the actor's own words (`la police`)
    country_guessed: bool = False

    def as_dict(self) -> dict[str, Any]:
        forms: list[str] = []
        for m in self.mentions:
            if m.text not in forms:
                forms.append(m.text)
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "country": self.country,
            "known_id": self.known_id,
            "mentions": forms,
            "spans": [m.as_dict() for m in self.mentions],
            "rule": self.rule,
            "country_guessed": self.country_guessed,
        }

    def ref(self) -> dict[str, Any]:
        """The short form used inside events, with the forms the text gives it (as the scorer reads them)."""
        forms = list(dict.fromkeys(m.text for m in self.mentions))
        return {"id": self.id, "name": self.name, "type": self.type, "country": self.country, "mentions": forms}


PlaceKind = Literal["city", "admin", "country", "region", "other"]


@dataclass(frozen=True, slots=True)
class Place:
    span: Span
    name: str
    country: str | None
    kind: PlaceKind
    geonameid: int | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    confidence: float = 0.0
    relation: str | None = None  # e.g. "east of" for `l'est libyen`
    anchor: str | None = None  # the city whose point stands in for a site inside it (place Tahrir -> Cairo)

    def as_dict(self) -> dict[str, Any]:
        return {
            **self.span.as_dict(),
            "name": self.name,
            "geonameid": self.geonameid,
            "country": self.country,
            "admin1": self.admin1,
            "lat": self.lat,
            "lon": self.lon,
            "kind": self.kind,
            "relation": self.relation,
            "anchor": self.anchor,
            "confidence": round(self.confidence, 3),
        }


TimeType = Literal["DATE", "DURATION", "SET"]


@dataclass(frozen=True, slots=True)
class TimeExpr:
    span: Span
    type: TimeType
    value: str  # TIMEX3
    start: str | None = None  # ISO date of the first day the expression can denote
    end: str | None = None
    precision: Precision | None = None
    modifier: str | None = None  # approx, start, end, mid...
    rule: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            **self.span.as_dict(),
            "type": self.type,
            "value": self.value,
            "start_date": self.start,
            "end_date": self.end,
            "precision": self.precision,
            "modifier": self.modifier,
            "rule": self.rule,
        }


CountKind = Literal["killed", "injured", "displaced", "arrested", "kidnapped", "participants"]
Qualifier = Literal["exact", "at_least", "more_than", "about", "up_to", "less_than"]


@dataclass(frozen=True, slots=True)
class Count:
    span: Span
    kind: CountKind
    value: int
    low: int | None = None
    high: int | None = None
    qualifier: Qualifier = "exact"
    who: str | None = None
    source: str | None = None  # canonical actor name of who reported it
    source_actor: str | None = None  # actor id
    period: str | None = None  # for cumulative tolls: TIMEX3 value or phrase (`depuis 2011`)
    rule: str = ""
    # a subset toll (`16 tués, dont huit au Caire`): index in `DocumentResult.counts` of the whole
    part_of: int | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            **self.span.as_dict(),
            "kind": self.kind,
            "value": self.value,
            "low": self.low,
            "high": self.high,
            "qualifier": self.qualifier,
            "who": self.who,
            "source": self.source,
            "source_actor": self.source_actor,
            "period": self.period,
            "rule": self.rule,
            "part_of": self.part_of,
        }


@dataclass(slots=True)
class Event:
    id: str
    type: str  # one of the 16 PLOVER types
    evidence: list[Span]
    mode: str | None = None
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    cameo_root: str | None = None
    actor: Actor | None = None
    target: Actor | None = None
    place: Place | None = None
    date_start: str | None = None
    date_end: str | None = None
    date_precision: Precision | None = None
    killed: int | None = None
    injured: int | None = None
    displaced: int | None = None
    arrested: int | None = None
    status: str = "occurred"
    source: Actor | None = None
    confidence: float = 0.0
    trigger: Span | None = None
    explanation: dict[str, str] = field(default_factory=dict)
    co_actors: list[Actor] = field(default_factory=list)  # acting together with `actor` (`X et Y ont ...`)

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "mode": self.mode,
            "acled_event_type": self.acled_event_type,
            "acled_sub_event_type": self.acled_sub_event_type,
            "cameo_root": self.cameo_root,
            "actor": self.actor.ref() if self.actor else None,
            "co_actors": [a.ref() for a in self.co_actors],
            "target": self.target.ref() if self.target else None,
            "place": self.place.as_dict() if self.place else None,
            "date": {"start": self.date_start, "end": self.date_end, "precision": self.date_precision},
            "killed": self.killed,
            "injured": self.injured,
            "displaced": self.displaced,
            "arrested": self.arrested,
            "status": self.status,
            "source": self.source.ref() if self.source else None,
            "trigger": self.trigger.as_dict() if self.trigger else None,
            "evidence": [e.as_dict() for e in self.evidence],
            "confidence": round(self.confidence, 3),
            "explanation": self.explanation,
        }


@dataclass(slots=True)
class DocumentResult:
    """Everything depeche extracted from one article."""

    doc_id: str
    published: Published | None
    language: str | None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    sentences: list[tuple[int, int]] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    counts: list[Count] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    pipeline: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "published": self.published.iso() if self.published else None,
            "language": self.language,
            "title": self.title,
            "url": self.url,
            "source": self.source,
            "places": [p.as_dict() for p in self.places],
            "times": [t.as_dict() for t in self.times],
            "counts": [c.as_dict() for c in self.counts],
            "actors": [a.as_dict() for a in self.actors],
            "events": [e.as_dict() for e in self.events],
            "sentences": [list(s) for s in self.sentences],
            "warnings": self.warnings,
            "pipeline": self.pipeline,
        }


@dataclass(frozen=True, slots=True)
class Failure:
    """A document that could not be read or processed, and why; the batch goes on."""

    source: str  # "path" or "path:line"
    message: str
    doc_id: str | None = None
    kind: Literal["error", "unsupported"] = "error"

    def __str__(self) -> str:
        who = f"{self.source} ({self.doc_id})" if self.doc_id and self.doc_id not in self.source else self.source
        return f"{who}: {self.message}"
