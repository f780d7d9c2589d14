"""The default store: SQLite through the stdlib `sqlite3`, one file (WAL mode) or `:memory:`."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from depeche.records import Article, DocumentResult
from depeche.store.base import AddOutcome, EventQuery, StoreError, TimelineBucket
from depeche.store.migrations import SQLITE, migrate, sqlite_has_fts5, transaction
from depeche.store.rows import ActorRow, DocumentRow, EventRow, PlaceRow, filter_clauses, flatten


def _utcnow() -> datetime:
    return datetime.now(UTC)


def _insert_sql(table: str, columns: tuple[str, ...]) -> str:
    # Identifiers come from the row types in rows.py, never from input; values are all parameters.
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


_INSERT_DOCUMENT = _insert_sql("documents", (*DocumentRow._fields, "ingested_at"))
_INSERT_EVENT = _insert_sql("events", EventRow._fields)
_INSERT_ACTOR = _insert_sql("actors", ActorRow._fields)
_INSERT_PLACE = _insert_sql("places", PlaceRow._fields)

_DOCUMENT_COLUMNS = ("doc_id", "published", "title", "url", "source", "language", "text")
_SELECT_DOCUMENT = f"SELECT {', '.join(_DOCUMENT_COLUMNS)}, result_json, ingested_at FROM documents WHERE doc_id = ?"


class SQLiteStore:
    """A `Store` in one SQLite file, or in memory for `":memory:"`.

    Opening applies pending schema migrations. Use as a context manager, or call `close()`.

    >>> with SQLiteStore(":memory:") as store:
    ...     store.count_events(EventQuery())
    0
    """

    def __init__(
        self,
        path: str | os.PathLike[str] = ":memory:",
        *,
        clock: Callable[[], datetime] = _utcnow,
        check_same_thread: bool = True,
    ) -> None:
        self.path = os.fspath(path)
        self._clock = clock
        in_memory = self.path in ("", ":memory:")
        if not in_memory and not Path(self.path).parent.is_dir():
            raise StoreError(f"cannot open store {self.path}: folder {Path(self.path).parent} does not exist")
        try:
            # isolation_level=None: transactions are opened explicitly, one per `add`.
            # check_same_thread=False is for callers that serialise access themselves (the web app).
            self._conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=check_same_thread)
        except sqlite3.Error as err:
            raise StoreError(f"cannot open store {self.path}: {err}") from err
        try:
            self._conn.execute("PRAGMA foreign_keys = ON")
            if not in_memory:
                # WAL lets `serve` read while `ingest` writes. synchronous=NORMAL keeps every
                # transaction atomic; a power cut may lose the last commits, which re-ingesting
                # (idempotent) restores.
                self._conn.execute("PRAGMA journal_mode = WAL")
                self._conn.execute("PRAGMA synchronous = NORMAL")
            self.migrations_applied = migrate(self._conn, SQLITE, clock)
            self._has_search = self._table_exists("search")
            self._search_writable = self._has_search and sqlite_has_fts5(self._conn)
        except sqlite3.DatabaseError as err:
            self._conn.close()
            raise StoreError(f"cannot open store {self.path}: {err}") from err
        except BaseException:
            self._conn.close()
            raise

    def __repr__(self) -> str:
        return f"SQLiteStore({self.path!r})"

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    @property
    def full_text(self) -> bool:
        """Whether this store keeps a full-text index (FTS5) of document text and event evidence."""
        return self._has_search

    def _table_exists(self, name: str) -> bool:
        row = self._conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone()
        return row is not None

    def add(self, article: Article, result: DocumentResult) -> AddOutcome:
        """Store one document in one transaction: "added", "unchanged" (nothing written) or "updated"."""
        try:
            flat = flatten(article, result)
        except ValueError as err:
            raise StoreError(f"cannot store document {article.doc_id!r}: {err}") from err
        if self._has_search and not self._search_writable:
            raise StoreError(
                f"cannot store document {article.doc_id!r}: {self.path} has a full-text index "
                "but this SQLite build lacks FTS5 to update it"
            )
        doc = flat.document
        try:
            with transaction(self._conn, SQLITE.begin):
                row = self._conn.execute(
                    "SELECT content_hash FROM documents WHERE doc_id = ?", (doc.doc_id,)
                ).fetchone()
                if row is not None and row[0] == doc.content_hash:
                    return "unchanged"
                if row is not None:
                    self._delete(doc.doc_id)
                stamp = self._clock().isoformat(timespec="seconds")
                self._conn.execute(_INSERT_DOCUMENT, (*doc, stamp))
                self._conn.executemany(_INSERT_EVENT, flat.events)
                self._conn.executemany(_INSERT_ACTOR, flat.actors)
                self._conn.executemany(_INSERT_PLACE, flat.places)
                if self._has_search:
                    for search in flat.search:
                        cursor = self._conn.execute(
                            "INSERT INTO search_rows (doc_id, event_key) VALUES (?, ?)",
                            (search.doc_id, search.event_key),
                        )
                        self._conn.execute(
                            "INSERT INTO search (rowid, body) VALUES (?, ?)", (cursor.lastrowid, search.body)
                        )
        except OverflowError as err:
            raise StoreError(f"cannot store document {doc.doc_id!r}: a number is too large ({err})") from err
        except sqlite3.IntegrityError as err:
            # Event keys are doc_id#event_id: `a#b` + `c` and `a` + `b#c` collide.
            raise StoreError(f"cannot store document {doc.doc_id!r}: {err}") from err
        return "updated" if row is not None else "added"

    def _delete(self, doc_id: str) -> None:
        if self._has_search:
            self._conn.execute(
                "DELETE FROM search WHERE rowid IN (SELECT id FROM search_rows WHERE doc_id = ?)", (doc_id,)
            )
            self._conn.execute("DELETE FROM search_rows WHERE doc_id = ?", (doc_id,))
        for statement in (
            "DELETE FROM events WHERE doc_id = ?",
            "DELETE FROM actors WHERE doc_id = ?",
            "DELETE FROM places WHERE doc_id = ?",
            "DELETE FROM documents WHERE doc_id = ?",
        ):
            self._conn.execute(statement, (doc_id,))

    def events(self, query: EventQuery) -> list[dict[str, Any]]:
        """Matching events, ordered by start date (undated last), then document and position."""
        where, params = _where(query, self._has_search)
        # LIMIT -1 is SQLite for "no limit", needed to give an OFFSET alone.
        limit = query.limit if query.limit is not None else -1
        # The page is chosen on rowids and sort keys alone, then its JSON is read: sorting whole
        # rows would read every matching event's JSON (10x slower on 100k events).
        rows = self._conn.execute(
            "SELECT e.event_key, e.doc_id, e.json FROM (SELECT rowid AS rid FROM events"
            + where
            + f" ORDER BY {_ORDER} LIMIT ? OFFSET ?) AS page JOIN events AS e ON e.rowid = page.rid"
            + " ORDER BY e.date_start IS NULL, e.date_start, e.doc_id, e.position",
            (*params, limit, query.offset),
        ).fetchall()
        return [{"event_key": key, "doc_id": doc_id, **json.loads(data)} for key, doc_id, data in rows]

    def count_events(self, query: EventQuery) -> int:
        where, params = _where(query, self._has_search)
        row = self._conn.execute("SELECT count(*) FROM events" + where, params).fetchone()
        return int(row[0])

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

    def event(self, event_key: str) -> dict[str, Any] | None:
        row = self._conn.execute("SELECT doc_id, json FROM events WHERE event_key = ?", (event_key,)).fetchone()
        if row is None:
            return None
        return {"event_key": event_key, "doc_id": row[0], **json.loads(row[1])}

    def timeline(self, query: EventQuery, bucket: TimelineBucket = "day") -> list[dict[str, Any]]:
        """Counts of matching dated events per period of their start date and type."""
        period = _PERIODS.get(bucket)
        if period is None:
            raise ValueError(f"bucket must be day, week or month, not {bucket!r}")
        where, params = _where(query, self._has_search)
        where = (where + " AND" if where else " WHERE") + " date_start IS NOT NULL"
        rows = self._conn.execute(
            f"SELECT {period} AS period, type, count(*) FROM events{where} GROUP BY period, type ORDER BY period, type",
            params,
        ).fetchall()
        return [{"period": p, "type": t, "count": int(n)} for p, t, n in rows]

    def close(self) -> None:
        self._conn.close()


_ORDER = "date_start IS NULL, date_start, doc_id, position"

# Fixed SQL for each timeline bucket; `weekday 0` moves to the next Sunday (or stays), so minus
# six days is the Monday that starts the ISO week.
_PERIODS: dict[str, str] = {
    "day": "date_start",
    "week": "date(date_start, 'weekday 0', '-6 days')",
    "month": "substr(date_start, 1, 7)",
}


def _fts_expression(words: list[str]) -> str:
    """An FTS5 query in which every word is a quoted prefix term, so no input is read as syntax."""
    # \w+ words cannot hold a double quote, so quoting them needs no escaping.
    return " ".join(f'"{word}"*' for word in words)


def _where(query: EventQuery, full_text: bool = True) -> tuple[str, list[Any]]:
    """The WHERE clause for `query`: fixed SQL fragments, every value a parameter."""
    clauses, params = filter_clauses(query, "?", "instr")
    words = query.search_words
    if words:
        if not full_text:
            raise StoreError("this store has no full-text index (its SQLite lacks FTS5): cannot filter by text")
        # A document row (event_key NULL) matches all of its events; an evidence row, its own event.
        # Both subqueries are uncorrelated, so SQLite runs each full-text match once.
        clauses.append(
            "(doc_id IN (SELECT r.doc_id FROM search JOIN search_rows r ON r.id = search.rowid"
            " WHERE search MATCH ? AND r.event_key IS NULL)"
            " OR event_key IN (SELECT r.event_key FROM search JOIN search_rows r ON r.id = search.rowid"
            " WHERE search MATCH ? AND r.event_key IS NOT NULL))"
        )
        expression = _fts_expression(words)
        params.extend([expression, expression])
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params
