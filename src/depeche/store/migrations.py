"""Numbered schema migrations, registered once per SQL dialect and applied in order when a store opens.

Applied versions are recorded in `schema_migrations(version, name, applied_at)`, so re-opening a
store applies nothing twice. A backend for another dialect registers its own step under the same
version and name (`@migration(1, "initial schema", dialect="postgresql")`) and reuses `migrate`.
"""

from __future__ import annotations

import sqlite3
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

from depeche.store.base import StoreError


class Connection(Protocol):
    """What `migrate` needs from a DB-API connection in autocommit mode (sqlite3, psycopg 3)."""

    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...


# A step receives the backend's own connection, inside the transaction that records it.
Step = Callable[[Any], None]


@dataclass(frozen=True, slots=True)
class Dialect:
    name: str
    placeholder: str  # DB-API paramstyle marker
    begin: str  # opens a write transaction


# BEGIN IMMEDIATE takes the write lock at once, so two processes opening one file cannot both migrate.
SQLITE = Dialect("sqlite", "?", "BEGIN IMMEDIATE")
# PostgreSQL has no such lock: its backend holds an advisory lock around `migrate` instead.
POSTGRESQL = Dialect("postgresql", "%s", "BEGIN")


@dataclass(slots=True)
class Migration:
    version: int
    name: str
    steps: dict[str, Step] = field(default_factory=dict)  # dialect name → step


_REGISTRY: dict[int, Migration] = {}


def migration(version: int, name: str, *, dialect: str) -> Callable[[Step], Step]:
    """Register the decorated function as `dialect`'s step for schema `version`."""
    if version < 1:
        raise ValueError(f"migration versions start at 1, not {version}")

    def register(step: Step) -> Step:
        known = _REGISTRY.setdefault(version, Migration(version, name))
        if known.name != name:
            raise ValueError(f"migration {version} is {known.name!r}; cannot also be {name!r}")
        if dialect in known.steps:
            raise ValueError(f"migration {version} ({name}) already has a {dialect} step")
        known.steps[dialect] = step
        return step

    return register


def registered(dialect: str) -> list[tuple[Migration, Step]]:
    """Every migration in version order with `dialect`'s step; a missing step is a bug, so it raises."""
    out: list[tuple[Migration, Step]] = []
    for version in sorted(_REGISTRY):
        known = _REGISTRY[version]
        step = known.steps.get(dialect)
        if step is None:
            raise StoreError(f"migration {version} ({known.name}) has no {dialect} step")
        out.append((known, step))
    return out


@contextmanager
def transaction(conn: Connection, begin: str) -> Iterator[None]:
    """One explicit transaction on an autocommit connection: committed on success, else rolled back."""
    conn.execute(begin)
    try:
        yield
        conn.execute("COMMIT")
    except BaseException:
        # A failed COMMIT may already have ended the transaction; the original error is what matters.
        with suppress(Exception):
            conn.execute("ROLLBACK")
        raise


def _utcnow() -> datetime:
    return datetime.now(UTC)


def migrate(conn: Connection, dialect: Dialect, clock: Callable[[], datetime] = _utcnow) -> list[int]:
    """Apply the pending migrations in order, each in its own transaction; return their versions.

    Raises StoreError when the store was written by a newer depeche (it has versions this one lacks).
    """
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    steps = registered(dialect.name)
    known = {m.version for m, _ in steps}
    done = _applied(conn)
    unknown = sorted(done - known)
    if unknown:
        raise StoreError(
            f"this store has schema version {unknown[-1]}, newer than this depeche "
            f"(it knows up to {max(known, default=0)}): upgrade depeche to open it"
        )
    p = dialect.placeholder
    record = f"INSERT INTO schema_migrations (version, name, applied_at) VALUES ({p}, {p}, {p})"
    applied: list[int] = []
    for known_migration, step in steps:
        if known_migration.version in done:
            continue
        with transaction(conn, dialect.begin):
            # Another process may have migrated between our read and our lock.
            if known_migration.version in _applied(conn):
                continue
            step(conn)
            stamp = clock().isoformat(timespec="seconds")
            conn.execute(record, (known_migration.version, known_migration.name, stamp))
        applied.append(known_migration.version)
    return applied


def _applied(conn: Connection) -> set[int]:
    return {int(row[0]) for row in conn.execute("SELECT version FROM schema_migrations").fetchall()}


# --- SQLite ----------------------------------------------------------------------------------

_SQLITE_INITIAL = (
    """CREATE TABLE documents (
        doc_id TEXT PRIMARY KEY,
        content_hash TEXT NOT NULL,
        published TEXT,
        title TEXT,
        url TEXT,
        source TEXT,
        language TEXT,
        text TEXT NOT NULL,
        result_json TEXT NOT NULL,
        ingested_at TEXT NOT NULL
    )""",
    # actor_key/target_key hold the folded names (see rows.fold) the actor filter searches.
    """CREATE TABLE events (
        event_key TEXT PRIMARY KEY,
        doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        type TEXT NOT NULL,
        status TEXT NOT NULL,
        date_start TEXT,
        date_end TEXT,
        country TEXT,
        lat REAL,
        lon REAL,
        actor_name TEXT,
        target_name TEXT,
        actor_key TEXT,
        target_key TEXT,
        killed INTEGER,
        json TEXT NOT NULL
    )""",
    """CREATE TABLE actors (
        doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
        actor_id TEXT NOT NULL,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        country TEXT,
        PRIMARY KEY (doc_id, actor_id)
    )""",
    """CREATE TABLE places (
        doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        country TEXT,
        lat REAL,
        lon REAL,
        geonameid INTEGER,
        PRIMARY KEY (doc_id, position)
    )""",
    "CREATE INDEX events_dates ON events (date_start, date_end)",
    "CREATE INDEX events_date_end ON events (date_end)",
    "CREATE INDEX events_country ON events (country, date_start)",
    "CREATE INDEX events_type ON events (type, date_start)",
    "CREATE INDEX events_status ON events (status)",
    "CREATE INDEX events_doc ON events (doc_id, position)",
    "CREATE INDEX places_country ON places (country)",
)


@migration(1, "initial schema", dialect="sqlite")
def _sqlite_initial(conn: sqlite3.Connection) -> None:
    # One statement at a time: executescript() would commit the migration's transaction early.
    for statement in _SQLITE_INITIAL:
        conn.execute(statement)


def sqlite_has_fts5(conn: sqlite3.Connection) -> bool:
    """Whether this SQLite build can create FTS5 tables (some minimal builds cannot)."""
    try:
        conn.execute("CREATE VIRTUAL TABLE temp.depeche_fts5_probe USING fts5(body)")
    except sqlite3.OperationalError:
        return False
    conn.execute("DROP TABLE temp.depeche_fts5_probe")
    return True


@migration(2, "full-text index over document text and event evidence", dialect="sqlite")
def _sqlite_search(conn: sqlite3.Connection) -> None:
    if not sqlite_has_fts5(conn):
        warnings.warn(
            "this SQLite build lacks FTS5: the store works, but without full-text search",
            RuntimeWarning,
            stacklevel=2,
        )
        return
    # search_rows maps each FTS row to its document or event, so that replacing a document's
    # rows is an indexed delete rather than a scan of the whole full-text table.
    conn.execute("CREATE TABLE search_rows (id INTEGER PRIMARY KEY, doc_id TEXT NOT NULL, event_key TEXT)")
    conn.execute("CREATE INDEX search_rows_doc ON search_rows (doc_id)")
    # remove_diacritics 2: a search for `egypte` finds `Égypte`.
    conn.execute("CREATE VIRTUAL TABLE search USING fts5(body, tokenize = 'unicode61 remove_diacritics 2')")


# --- PostgreSQL ------------------------------------------------------------------------------
# The same tables and columns as SQLite. Keys and dates use the "C" collation so that ordering
# and comparisons are by code point, as in SQLite and Python, whatever the server's locale.

_POSTGRES_INITIAL = (
    """CREATE TABLE documents (
        doc_id TEXT COLLATE "C" PRIMARY KEY,
        content_hash TEXT NOT NULL,
        published TEXT,
        title TEXT,
        url TEXT,
        source TEXT,
        language TEXT,
        text TEXT NOT NULL,
        result_json TEXT NOT NULL,
        ingested_at TEXT NOT NULL
    )""",
    """CREATE TABLE events (
        event_key TEXT COLLATE "C" PRIMARY KEY,
        doc_id TEXT COLLATE "C" NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        type TEXT COLLATE "C" NOT NULL,
        status TEXT COLLATE "C" NOT NULL,
        date_start TEXT COLLATE "C",
        date_end TEXT COLLATE "C",
        country TEXT COLLATE "C",
        lat DOUBLE PRECISION,
        lon DOUBLE PRECISION,
        actor_name TEXT,
        target_name TEXT,
        actor_key TEXT,
        target_key TEXT,
        killed BIGINT,
        json TEXT NOT NULL
    )""",
    """CREATE TABLE actors (
        doc_id TEXT COLLATE "C" NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
        actor_id TEXT COLLATE "C" NOT NULL,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        country TEXT,
        PRIMARY KEY (doc_id, actor_id)
    )""",
    """CREATE TABLE places (
        doc_id TEXT COLLATE "C" NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        country TEXT COLLATE "C",
        lat DOUBLE PRECISION,
        lon DOUBLE PRECISION,
        geonameid BIGINT,
        PRIMARY KEY (doc_id, position)
    )""",
    "CREATE INDEX events_dates ON events (date_start, date_end)",
    "CREATE INDEX events_date_end ON events (date_end)",
    "CREATE INDEX events_country ON events (country, date_start)",
    "CREATE INDEX events_type ON events (type, date_start)",
    "CREATE INDEX events_status ON events (status)",
    "CREATE INDEX events_doc ON events (doc_id, position)",
    "CREATE INDEX places_country ON places (country)",
)


@migration(1, "initial schema", dialect="postgresql")
def _postgres_initial(conn: Any) -> None:
    for statement in _POSTGRES_INITIAL:
        conn.execute(statement)


@migration(2, "full-text index over document text and event evidence", dialect="postgresql")
def _postgres_search(conn: Any) -> None:
    # The backend stores each body already folded (rows.fold), the counterpart of FTS5's
    # remove_diacritics: the 'simple' configuration then needs no server extension (unaccent).
    conn.execute(
        """CREATE TABLE search (
            id BIGSERIAL PRIMARY KEY,
            doc_id TEXT COLLATE "C" NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
            event_key TEXT COLLATE "C",
            body TEXT NOT NULL
        )"""
    )
    conn.execute("CREATE INDEX search_doc ON search (doc_id)")
    conn.execute("CREATE INDEX search_body ON search USING gin (to_tsvector('simple', body))")


# --- both dialects ---------------------------------------------------------------------------

# The web API pages through events in date order and filters by actor and by map box: without
# these, each such request reads every event row (about 100 ms on 100k events, see bench/api.py).
_BROWSE_INDEXES = (
    "CREATE INDEX events_order ON events ((date_start IS NULL), date_start, doc_id, position)",
    "CREATE INDEX events_actor_keys ON events (actor_key, target_key)",
    "CREATE INDEX events_lat_lon ON events (lat, lon)",
)


@migration(3, "indexes for browsing events: date order, actors, map box", dialect="sqlite")
def _sqlite_browse(conn: sqlite3.Connection) -> None:
    for statement in _BROWSE_INDEXES:
        conn.execute(statement)


@migration(3, "indexes for browsing events: date order, actors, map box", dialect="postgresql")
def _postgres_browse(conn: Any) -> None:
    for statement in _BROWSE_INDEXES:
        conn.execute(statement)
