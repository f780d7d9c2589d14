"""The store interface every backend implements, the event query it answers, and `open_store`.

Callers (CLI, HTTP API, batch runners) depend on `Store` only; the backend is chosen by `open_store`.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import Any, Literal, Protocol, runtime_checkable

from depeche.records import Article, DocumentResult, Published
from depeche.store.rows import fold

AddOutcome = Literal["added", "unchanged", "updated"]
TimelineBucket = Literal["day", "week", "month"]


class StoreError(Exception):
    """A store that cannot be opened, or a document it refuses to store; the message says why."""


_COUNTRY = re.compile(r"^[A-Za-z]{2}$")


def _blank_to_none(value: str | None) -> str | None:
    # Query values often come from a CLI flag or a URL parameter: an empty one means "no filter".
    if value is None or not value.strip():
        return None
    return value.strip()


@dataclass(frozen=True, slots=True)
class EventQuery:
    """Which events to return. Every filter left at None matches all events.

    - `country`: ISO 3166-1 alpha-2 code of the event's place (`LY`).
    - `since`, `until`: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, widened to their first and last day;
      an event matches when its date interval overlaps `[since, until]`. Undated events never
      match a date filter.
    - `type`: PLOVER type, any case. `status`: `occurred`, `planned`..., any case.
    - `actor`: case- and accent-insensitive substring of the event's actor or target name.
    - `limit`, `offset`: a page of the results (`count_events` ignores them).
    - `q`: words that must all occur (as word prefixes, any case or accent) in the event's
      evidence or in its article's text; operators and punctuation are plain text.
    - `bbox`: `(west, south, east, north)` in degrees; events without coordinates never match.
      A west greater than east crosses the antimeridian.

    Raises ValueError, naming the field, for a value that cannot be a filter.
    """

    country: str | None = None
    since: str | None = None
    until: str | None = None
    type: str | None = None
    actor: str | None = None
    status: str | None = None
    limit: int | None = None
    offset: int = 0
    q: str | None = None
    bbox: tuple[float, float, float, float] | None = None

    def __post_init__(self) -> None:
        country = _blank_to_none(self.country)
        if country is not None and not _COUNTRY.match(country):
            raise ValueError(f"country must be an ISO 3166-1 alpha-2 code such as LY, not {self.country!r}")
        for name in ("since", "until"):
            value = _blank_to_none(getattr(self, name))
            if value is not None:
                try:
                    Published.parse(value)
                except ValueError as err:
                    raise ValueError(f"{name}: {err}") from None
        if self.limit is not None and self.limit < 0:
            raise ValueError(f"limit must be 0 or more, not {self.limit}")
        if self.offset < 0:
            raise ValueError(f"offset must be 0 or more, not {self.offset}")
        if self.bbox is not None:
            _check_bbox(self.bbox)

    # The normalised forms below are what backends compare with their stored columns.

    @property
    def country_code(self) -> str | None:
        country = _blank_to_none(self.country)
        return country.upper() if country else None

    @property
    def first_day(self) -> str | None:
        """`since` widened to its first day, as ISO `YYYY-MM-DD`."""
        since = _blank_to_none(self.since)
        return Published.parse(since).start.isoformat() if since else None

    @property
    def last_day(self) -> str | None:
        """`until` widened to its last day, as ISO `YYYY-MM-DD`."""
        until = _blank_to_none(self.until)
        return Published.parse(until).end.isoformat() if until else None

    @property
    def type_code(self) -> str | None:
        kind = _blank_to_none(self.type)
        return kind.upper() if kind else None

    @property
    def actor_key(self) -> str | None:
        actor = _blank_to_none(self.actor)
        return fold(actor) if actor else None

    @property
    def status_code(self) -> str | None:
        status = _blank_to_none(self.status)
        return status.lower() if status else None

    @property
    def search_words(self) -> list[str]:
        """The words of `q`, without punctuation or operators; empty when there is no text filter."""
        return _WORD.findall(self.q or "")


_WORD = re.compile(r"\w+")


def _check_bbox(bbox: tuple[float, float, float, float]) -> None:
    if len(bbox) != 4:
        raise ValueError(f"bbox must be west,south,east,north, not {bbox!r}")
    west, south, east, north = bbox
    for name, value, limit in (("west", west, 180), ("south", south, 90), ("east", east, 180), ("north", north, 90)):
        if not -limit <= value <= limit:  # also refuses NaN
            raise ValueError(f"bbox {name} must be between -{limit} and {limit} degrees, not {value}")
    if south > north:
        raise ValueError(f"bbox south ({south}) is north of its north ({north})")


@runtime_checkable
class Store(Protocol):
    """Where extraction results are kept and queried. Backends: `SQLiteStore`, `PostgresStore`."""

    def add(self, article: Article, result: DocumentResult) -> AddOutcome:
        """Store one document in one transaction.

        "unchanged" when the same doc_id is already stored with the same content hash (nothing
        is written), "updated" when its content changed (its rows are replaced), else "added".
        Raises StoreError for a result that cannot be stored; nothing is written then.
        """
        ...

    def events(self, query: EventQuery) -> list[dict[str, Any]]:
        """Matching events in date order: each event's `as_dict()` form plus `doc_id` and `event_key`."""
        ...

    def count_events(self, query: EventQuery) -> int:
        """How many events match, ignoring `limit` and `offset`."""
        ...

    def document(self, doc_id: str) -> dict[str, Any] | None:
        """The stored article and its result (`DocumentResult.as_dict()` form), or None."""
        ...

    def event(self, event_key: str) -> dict[str, Any] | None:
        """One event by its `event_key` (`doc_id#event_id`), in the form `events` returns, or None."""
        ...

    def timeline(self, query: EventQuery, bucket: TimelineBucket = "day") -> list[dict[str, Any]]:
        """How many matching dated events start in each day, ISO week or month, by type.

        Rows `{"period": "2018-05-28", "type": "ASSAULT", "count": 3}` in period order; a week
        is named by its Monday, a month as `YYYY-MM`. `limit` and `offset` are ignored.
        """
        ...

    def documents(self) -> list[str]:
        """Every stored doc_id, sorted."""
        ...

    def close(self) -> None: ...


_POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def open_store(target: str | os.PathLike[str]) -> Store:
    """The store at `target`: a file path or `:memory:` (SQLite), or a `postgresql://` URL.

    >>> store = open_store(":memory:")
    >>> store.documents()
    []
    """
    location = os.fspath(target)
    if location.lower().startswith(_POSTGRES_SCHEMES):
        from depeche.store.postgres import PostgresStore  # psycopg is imported only when asked for

        return PostgresStore(location)
    if "://" in location:
        # Only the scheme is echoed: a URL may carry a password.
        scheme = location.split("://", 1)[0]
        raise StoreError(f"unsupported store {scheme}://...: give a file path, ':memory:' or a postgresql:// URL")
    from depeche.store.sqlite import SQLiteStore  # the backend imports this module

    return SQLiteStore(location)
