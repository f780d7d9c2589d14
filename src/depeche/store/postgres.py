"""The shared store: PostgreSQL through psycopg 3 (the `postgres` extra), behind the same `Store` protocol.

Several ingests (processes, machines, Dask workers) may write to one database at once: each
document is one transaction keyed by its doc_id and content hash, so none is lost or stored twice.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import UTC, datetime
from types import TracebackType
from typing import Any

from depeche.records import Article, DocumentResult
from depeche.store.base import AddOutcome, EventQuery, StoreError, TimelineBucket
from depeche.store.migrations import POSTGRESQL, migrate, transaction
from depeche.store.rows import ActorRow, DocumentRow, EventRow, FlatDocument, PlaceRow, filter_clauses, flatten, fold

try:
    import psycopg
    from psycopg import errors as pg_errors
except ImportError:  # pragma: no cover - exercised only without the extra
    psycopg = None  # type: ignore[assignment]

# Any constant works, as long as every depeche uses the same one: it serialises schema migrations.
_MIGRATION_LOCK = 0x6465_7065_6368_65  # "depeche"

# How often one document is retried when a concurrent writer won a race for it. One retry
# suffices in practice (the second attempt sees the winner's committed row); more are a margin.
_ATTEMPTS = 5


def _utcnow() -> datetime:
    return datetime.now(UTC)


def redact(url: str) -> str:
    """`url` with its password replaced by `***`, fit for messages and logs."""
    return re.sub(r"^([a-z]+://[^:/@]*):[^@]*@", r"\1:***@", url, flags=re.IGNORECASE)


def _insert_sql(table: str, columns: tuple[str, ...]) -> str:
    # Identifiers come from the row types in rows.py, never from input; values are all parameters.
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join(['%s'] * len(columns))})"


_DOCUMENT_FIELDS = (*DocumentRow._fields, "ingested_at")
_INSERT_DOCUMENT = _insert_sql("documents", _DOCUMENT_FIELDS) + " ON CONFLICT (doc_id) DO NOTHING RETURNING doc_id"
_UPDATE_DOCUMENT = (
    "UPDATE documents SET "
    + ", ".join(f"{c} = %s" for c in _DOCUMENT_FIELDS if c != "doc_id")
    + " WHERE doc_id = %s"
)
_INSERT_EVENT = _insert_sql("events", EventRow._fields)
_INSERT_ACTOR = _insert_sql("actors", ActorRow._fields)
_INSERT_PLACE = _insert_sql("places", PlaceRow._fields)
_INSERT_SEARCH = "INSERT INTO search (doc_id, event_key, body) VALUES (%s, %s, %s)"

_DOCUMENT_COLUMNS = ("doc_id", "published", "title", "url", "source", "language", "text")
_SELECT_DOCUMENT = f"SELECT {', '.join(_DOCUMENT_COLUMNS)}, result_json, ingested_at FROM documents WHERE doc_id = %s"


class _LostRace(Exception):
    """Another transaction stored the same doc_id between our read and our insert."""


class PostgresStore:
    """A `Store` in a PostgreSQL database, given as a `postgresql://user:password@host:port/db` URL.

    Opening applies pending schema migrations (one opener at a time, under an advisory lock).
    Use as a context manager, or call `close()`.

        with PostgresStore("postgresql://depeche@localhost/events") as store:
            store.count_events(EventQuery())
    """

    def __init__(self, url: str, *, clock: Callable[[], datetime] = _utcnow) -> None:
        if psycopg is None:
            raise StoreError(
                "PostgreSQL needs psycopg: install depeche with the postgres extra (pip install 'depeche[postgres]')"
            )
        self.url = url
        self._clock = clock
        try:
            # autocommit: transactions are opened explicitly, one per `add`, as in the SQLite store.
            self._conn = psycopg.connect(url, autocommit=True)
        except psycopg.Error as err:
            raise StoreError(f"cannot open store {redact(url)}: {err}") from err
        try:
            # A session lock, since `migrate` creates its bookkeeping table before any transaction.
            self._conn.execute("SELECT pg_advisory_lock(%s)", (_MIGRATION_LOCK,))
            try:
                self.migrations_applied = migrate(self._conn, POSTGRESQL, clock)
            finally:
                self._conn.execute("SELECT pg_advisory_unlock(%s)", (_MIGRATION_LOCK,))
        except psycopg.Error as err:
            self._conn.close()
            raise StoreError(f"cannot open store {redact(url)}: {err}") from err
        except BaseException:
            self._conn.close()
            raise

    def __repr__(self) -> str:
        return f"PostgresStore({redact(self.url)!r})"

    def __enter__(self) -> PostgresStore:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    @property
    def full_text(self) -> bool:
        """Whether this store keeps a full-text index of document text and event evidence (always)."""
        return True

    def add(self, article: Article, result: DocumentResult) -> AddOutcome:
        """Store one document in one transaction: "added", "unchanged" (nothing written) or "updated".

        Safe against concurrent writers of the same document: the document row is locked while
        its rows are replaced, and an insert that loses a race is retried against the winner.
        """
        try:
            flat = flatten(article, result)
        except ValueError as err:
            raise StoreError(f"cannot store document {article.doc_id!r}: {err}") from err
        doc_id = flat.document.doc_id
        for _ in range(_ATTEMPTS):
            try:
                return self._add_once(flat)
            except _LostRace:
                continue
            except (pg_errors.SerializationFailure, pg_errors.DeadlockDetected):
                continue
            except pg_errors.NumericValueOutOfRange as err:
                raise StoreError(f"cannot store document {doc_id!r}: a number is too large ({err})") from err
            except pg_errors.IntegrityError as err:
                # Event keys are doc_id#event_id: `a#b` + `c` and `a` + `b#c` collide.
                raise StoreError(f"cannot store document {doc_id!r}: {err}") from err
            except psycopg.DataError as err:
                # Notably NUL characters, which PostgreSQL text cannot hold (the readers refuse them).
                raise StoreError(f"cannot store document {doc_id!r}: {err}") from err
            except psycopg.OperationalError as err:
                raise StoreError(f"cannot store document {doc_id!r} in {redact(self.url)}: {err}") from err
        raise StoreError(f"cannot store document {doc_id!r}: concurrent writers kept conflicting; try again")

    def _add_once(self, flat: FlatDocument) -> AddOutcome:
        doc = flat.document
        with transaction(self._conn, POSTGRESQL.begin):
            # FOR UPDATE: a concurrent writer of the same doc_id waits here until we commit.
            row = self._conn.execute(
                "SELECT content_hash FROM documents WHERE doc_id = %s FOR UPDATE", (doc.doc_id,)
            ).fetchone()
            if row is not None and row[0] == doc.content_hash:
                return "unchanged"
            stamp = self._clock().isoformat(timespec="seconds")
            if row is not None:
                self._delete_rows(doc.doc_id)
                # Updated in place rather than deleted and re-inserted, so the row lock holds throughout.
                self._conn.execute(_UPDATE_DOCUMENT, (*doc[1:], stamp, doc.doc_id))
            else:
                # A concurrent insert of the same doc_id makes this wait for it, then insert nothing.
                inserted = self._conn.execute(_INSERT_DOCUMENT, (*doc, stamp)).fetchone()
                if inserted is None:
                    raise _LostRace(doc.doc_id)
            with self._conn.cursor() as cursor:
                cursor.executemany(_INSERT_EVENT, flat.events)
                cursor.executemany(_INSERT_ACTOR, flat.actors)
                cursor.executemany(_INSERT_PLACE, flat.places)
                cursor.executemany(_INSERT_SEARCH, [(s.doc_id, s.event_key, fold(s.body)) for s in flat.search])
        return "updated" if row is not None else "added"

    def _delete_rows(self, doc_id: str) -> None:
        for statement in (
            "DELETE FROM search WHERE doc_id = %s",
            "DELETE FROM events WHERE doc_id = %s",
            "DELETE FROM actors WHERE doc_id = %s",
            "DELETE FROM places WHERE doc_id = %s",
        ):
            self._conn.execute(statement, (doc_id,))

    def events(self, query: EventQuery) -> list[dict[str, Any]]:
        """Matching events, ordered by start date (undated last), then document and position."""
        where, params = _where(query)
        rows = self._conn.execute(
            "SELECT event_key, doc_id, json FROM events"
            + where
            + " ORDER BY date_start IS NULL, date_start, doc_id, position LIMIT %s OFFSET %s",
            (*params, query.limit, query.offset),  # LIMIT NULL is "no limit"
        ).fetchall()
        return [{"event_key": key, "doc_id": doc_id, **json.loads(data)} for key, doc_id, data in rows]

    def count_events(self, query: EventQuery) -> int:
        where, params = _where(query)
        row = self._conn.execute("SELECT count(*) FROM events" + where, params).fetchone()
        return int(row[0]) if row else 0

    def event(self, event_key: str) -> dict[str, Any] | None:
        if "\x00" in event_key:
            return None  # PostgreSQL text cannot hold NUL, so no key has one
        row = self._conn.execute("SELECT doc_id, json FROM events WHERE event_key = %s", (event_key,)).fetchone()
        if row is None:
            return None
        return {"event_key": event_key, "doc_id": row[0], **json.loads(row[1])}

    def timeline(self, query: EventQuery, bucket: TimelineBucket = "day") -> list[dict[str, Any]]:
        """Counts of matching dated events per period of their start date and type."""
        period = _PERIODS.get(bucket)
        if period is None:
            raise ValueError(f"bucket must be day, week or month, not {bucket!r}")
        where, params = _where(query)
        where = (where + " AND" if where else " WHERE") + " date_start IS NOT NULL"
        rows = self._conn.execute(
            f"SELECT {period} AS period, type, count(*) FROM events{where} GROUP BY 1, 2 ORDER BY 1, 2",
            params,
        ).fetchall()
        return [{"period": p, "type": t, "count": int(n)} for p, t, n in rows]

    def document(self, doc_id: str) -> dict[str, Any] | None:
        row = self._conn.execute(_SELECT_DOCUMENT, (doc_id,)).fetchone()
        if row is None:
            return None
        *fields, result_json, ingested_at = row
        return {
            **dict(zip(_DOCUMENT_COLUMNS, fields, strict=True)),
            "result": json.loads(result_json),
            "ingested_at": ingested_at,
        }

    def documents(self) -> list[str]:
        return [row[0] for row in self._conn.execute("SELECT doc_id FROM documents ORDER BY doc_id")]

    def close(self) -> None:
        self._conn.close()


# Fixed SQL for each timeline bucket; date_start is always an ISO day (rows.day_bounds), and
# date_trunc('week') gives the Monday that starts the ISO week.
_PERIODS: dict[str, str] = {
    "day": "date_start",
    "week": "to_char(date_trunc('week', date_start::date), 'YYYY-MM-DD')",
    "month": "substr(date_start, 1, 7)",
}

# Letters and digits only: anything else in a word would be tsquery syntax or a token break.
_TERM = re.compile(r"[^\W_]+")


def _tsquery(words: list[str]) -> str:
    """A tsquery in which every word is a prefix term and all must occur; no input is read as syntax."""
    return " & ".join(f"{term}:*" for word in words for term in _TERM.findall(fold(word)))


def _where(query: EventQuery) -> tuple[str, list[Any]]:
    """The WHERE clause for `query`: fixed SQL fragments, every value a parameter."""
    clauses, params = filter_clauses(query, "%s", "strpos")
    terms = _tsquery(query.search_words)
    if terms:
        # A document's own text matches all of its events; an evidence text, its own event.
        clauses.append(
            "EXISTS (SELECT 1 FROM search s WHERE s.doc_id = events.doc_id"
            " AND (s.event_key IS NULL OR s.event_key = events.event_key)"
            " AND to_tsvector('simple', s.body) @@ to_tsquery('simple', %s))"
        )
        params.append(terms)
    if any(isinstance(p, str) and "\x00" in p for p in params):
        # PostgreSQL text cannot hold NUL, so no stored value can equal or contain such a filter.
        return " WHERE FALSE", []
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params
