"""Flattening one document into the rows every store backend writes, and the filters every backend
applies: pure functions, no database.

Kept apart from the backends so SQLite and PostgreSQL store exactly the same values.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections import Counter
from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple

from depeche.records import Actor, Article, DocumentResult, Published

if TYPE_CHECKING:  # base imports this module: the query type is needed for annotations only
    from depeche.store.base import EventQuery


class DocumentRow(NamedTuple):
    doc_id: str
    content_hash: str
    published: str | None
    title: str | None
    url: str | None
    source: str | None
    language: str | None
    text: str
    result_json: str


class EventRow(NamedTuple):
    event_key: str
    doc_id: str
    position: int
    type: str
    status: str
    date_start: str | None
    date_end: str | None
    country: str | None
    lat: float | None
    lon: float | None
    actor_name: str | None
    target_name: str | None
    actor_key: str | None
    target_key: str | None
    killed: int | None
    json: str


class ActorRow(NamedTuple):
    doc_id: str
    actor_id: str
    name: str
    type: str
    country: str | None


class PlaceRow(NamedTuple):
    doc_id: str
    position: int
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None


class SearchRow(NamedTuple):
    """One text for the full-text index: the document itself (event_key None) or one event's evidence."""

    doc_id: str
    event_key: str | None
    body: str


class FlatDocument(NamedTuple):
    document: DocumentRow
    events: list[EventRow]
    actors: list[ActorRow]
    places: list[PlaceRow]
    search: list[SearchRow]


def fold(text: str) -> str:
    """Case- and accent-insensitive form of a name, for substring search (`Égypte` → `egypte`)."""
    # casefold first: some capitals (İ) fold to a letter plus a combining mark that must go too.
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def event_key(doc_id: str, event_id: str) -> str:
    """The globally unique key of an event: event ids are only unique within their document."""
    return f"{doc_id}#{event_id}"


_WEEK = re.compile(r"^\s*(\d{4})-W(\d{1,2})\s*$")


def _period(value: str | None) -> tuple[date, date] | None:
    """First and last day denoted by `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-Www`; None if unreadable."""
    if not value:
        return None
    week = _WEEK.match(value)
    try:
        if week:
            year, number = int(week.group(1)), int(week.group(2))
            return date.fromisocalendar(year, number, 1), date.fromisocalendar(year, number, 7)
        published = Published.parse(value)
    except ValueError:
        return None
    return published.start, published.end


def day_bounds(start: str | None, end: str | None) -> tuple[str | None, str | None]:
    """An event date as ISO first and last days, so that range filters are plain string comparisons.

    A date with only one bound is the period of that bound (`start="2018-05"` alone is May 2018):
    the extractor leaves `end` empty when the text names a single period. An unreadable date
    is stored as unknown rather than refused: the event is still worth keeping.
    """
    first, last = _period(start), _period(end)
    first = first or last
    last = last or first
    if first is None or last is None:
        return None, None
    return first[0].isoformat(), last[1].isoformat()


def _dumps(value: Any, *, canonical: bool = False) -> str:
    # allow_nan=False: NaN is not JSON, and PostgreSQL's jsonb would refuse it later anyway.
    if canonical:
        return json.dumps(value, ensure_ascii=False, allow_nan=False, sort_keys=True, separators=(",", ":"))
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


def content_hash(text: str, published: str | None, result: dict[str, Any]) -> str:
    """sha256 over the article text, its publication date and the extraction result."""
    # One JSON array rather than concatenated strings, so that no two inputs share a serialisation.
    payload = _dumps([text, published, result], canonical=True)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _name(actor: Actor | None) -> str | None:
    return actor.name if actor is not None else None


def _key(actor: Actor | None) -> str | None:
    return fold(actor.name) if actor is not None else None


def _upper(value: str | None) -> str | None:
    return value.upper() if value else None


def _duplicates(ids: list[str]) -> list[str]:
    return sorted(i for i, n in Counter(ids).items() if n > 1)


def flatten(article: Article, result: DocumentResult) -> FlatDocument:
    """All the rows to store for one article and its extraction result.

    Raises ValueError, saying what is wrong, for a result that cannot be stored faithfully:
    a doc_id that differs from the article's, event or actor ids used twice, NaN numbers.
    """
    doc_id = article.doc_id
    if result.doc_id != doc_id:
        raise ValueError(f"result is for document {result.doc_id!r}, not for article {doc_id!r}")
    for what, ids in (("event", [e.id for e in result.events]), ("actor", [a.id for a in result.actors])):
        twice = _duplicates(ids)
        if twice:
            raise ValueError(f"document {doc_id!r}: {what} ids used more than once: {', '.join(twice)}")

    data = result.as_dict()
    published = article.published or result.published
    published_iso = published.iso() if published else None
    document = DocumentRow(
        doc_id=doc_id,
        content_hash=content_hash(article.text, published_iso, data),
        published=published_iso,
        title=article.title if article.title is not None else result.title,
        url=article.url if article.url is not None else result.url,
        source=article.source if article.source is not None else result.source,
        language=article.language if article.language is not None else result.language,
        text=article.text,
        result_json=_dumps(data),
    )

    events: list[EventRow] = []
    search = [SearchRow(doc_id, None, "\n".join(t for t in (document.title, article.text) if t))]
    for position, (event, as_dict) in enumerate(zip(result.events, data["events"], strict=True)):
        key = event_key(doc_id, event.id)
        first, last = day_bounds(event.date_start, event.date_end)
        place = event.place
        events.append(
            EventRow(
                event_key=key,
                doc_id=doc_id,
                position=position,
                type=event.type.upper(),
                status=event.status.lower(),
                date_start=first,
                date_end=last,
                country=_upper(place.country) if place else None,
                lat=place.lat if place else None,
                lon=place.lon if place else None,
                actor_name=_name(event.actor),
                target_name=_name(event.target),
                actor_key=_key(event.actor),
                target_key=_key(event.target),
                killed=event.killed,
                json=_dumps(as_dict),
            )
        )
        evidence = "\n".join(span.text for span in event.evidence if span.text)
        if evidence:
            search.append(SearchRow(doc_id, key, evidence))

    actors = [ActorRow(doc_id, a.id, a.name, a.type, _upper(a.country)) for a in result.actors]
    places = [
        PlaceRow(doc_id, i, p.name, _upper(p.country), p.lat, p.lon, p.geonameid) for i, p in enumerate(result.places)
    ]
    return FlatDocument(document, events, actors, places, search)


def filter_clauses(query: EventQuery, mark: str, contains: str) -> tuple[list[str], list[Any]]:
    """The event filters every backend shares, as SQL fragments and their parameters.

    `mark` is the dialect's parameter marker (`?`, `%s`) and `contains` its substring test taking
    (haystack, needle) (`instr`, `strpos`: unlike LIKE, `%` and `_` in a name stay plain
    characters). Full-text search differs by backend and is left to each.
    """
    clauses: list[str] = []
    params: list[Any] = []
    if query.country_code is not None:
        clauses.append(f"country = {mark}")
        params.append(query.country_code)
    # Interval overlap: the event ends on or after `since` and starts on or before `until`.
    if query.first_day is not None:
        clauses.append(f"date_end >= {mark}")
        params.append(query.first_day)
    if query.last_day is not None:
        clauses.append(f"date_start <= {mark}")
        params.append(query.last_day)
    if query.type_code is not None:
        clauses.append(f"type = {mark}")
        params.append(query.type_code)
    if query.status_code is not None:
        clauses.append(f"status = {mark}")
        params.append(query.status_code)
    if query.actor_key is not None:
        clauses.append(f"({contains}(actor_key, {mark}) > 0 OR {contains}(target_key, {mark}) > 0)")
        params.extend([query.actor_key, query.actor_key])
    if query.bbox is not None:
        west, south, east, north = query.bbox
        clauses.append(f"lat BETWEEN {mark} AND {mark}")
        params.extend([south, north])
        # A west greater than east crosses the antimeridian.
        clauses.append(f"lon BETWEEN {mark} AND {mark}" if west <= east else f"(lon >= {mark} OR lon <= {mark})")
        params.extend([west, east])
    return clauses, params
