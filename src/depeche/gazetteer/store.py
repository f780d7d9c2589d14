"""The gazetteer on disk (a read-only SQLite file in the user's cache) and a small in-memory one for tests.

`load_gazetteer()` builds the file on first use and again whenever a source package or our own
table changes: the file name carries a fingerprint of them.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import sys
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import cast

from depeche.gazetteer.build import (
    BUILD_VERSION,
    SOURCES,
    BuildOptions,
    build,
    own_table_text,
    package_version,
)
from depeche.gazetteer.entries import Entry
from depeche.gazetteer.names import key, skeleton
from depeche.records import PlaceKind

_CACHE_LIMIT = 100_000
_COLUMNS = "e.id, e.name, e.kind, e.country, e.countries, e.geonameid, e.admin1, e.lat, e.lon, e.population"
Row = tuple[int, str, str, str | None, str | None, int | None, str | None, float | None, float | None, int, int]


def cache_dir() -> Path:
    """`$DEPECHE_CACHE`, else the platform's user cache dir for depeche (~/.cache/depeche on Linux)."""
    env = os.environ.get("DEPECHE_CACHE")
    if env:
        return Path(env).expanduser()
    try:
        from platformdirs import user_cache_dir

        return Path(user_cache_dir("depeche"))
    except ImportError:
        return Path.home() / ".cache" / "depeche"


def fingerprint(options: BuildOptions) -> str:
    """Changes whenever the build would produce something else."""
    parts = [str(BUILD_VERSION), *(f"{p}={package_version(p)}" for p in SOURCES), own_table_text()]
    parts += options.fingerprint_parts()
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


def _stderr(message: str) -> None:
    print(f"depeche: {message}", file=sys.stderr, flush=True)


class SqliteGazetteer:
    """Lookups on a built gazetteer file; answers are cached in memory per key."""

    def __init__(self, path: Path) -> None:
        self.path = path
        # one connection per thread: sqlite3 connections must not be shared between threads
        self._local = threading.local()
        self._cache: dict[tuple[str, str], tuple[Entry, ...]] = {}
        self._neighbours: dict[str, frozenset[str]] | None = None
        self._countries: dict[str, Entry] | None = None

    def _db(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(f"file:{self.path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
            self._local.db = db
        return cast(sqlite3.Connection, db)

    def lookup(self, k: str) -> Sequence[Entry]:
        return self._query("key", k, "SELECT " + _COLUMNS + ", n.primary_name FROM names n "
                           "JOIN entries e ON e.id = n.entry WHERE n.key = ?")

    def by_skeleton(self, skel: str, countries: frozenset[str]) -> Sequence[Entry]:
        found = self._query("skel", skel, "SELECT " + _COLUMNS + ", n.primary_name FROM names n "
                            "JOIN entries e ON e.id = n.entry WHERE n.skel = ?")
        return tuple(e for e in found if e.country in countries)

    def country(self, iso2: str) -> Entry | None:
        if self._countries is None:
            rows = self._db().execute(
                "SELECT " + _COLUMNS + ", 1 FROM entries e WHERE e.kind = 'country'").fetchall()
            self._countries = {e.country: e for e in map(_entry, rows) if e.country}
        return self._countries.get(iso2)

    def neighbours(self, iso2: str) -> frozenset[str]:
        if self._neighbours is None:
            rows = self._db().execute("SELECT country, codes FROM neighbours").fetchall()
            self._neighbours = {c: frozenset(x for x in codes.split(",") if x) for c, codes in rows}
        return self._neighbours.get(iso2, frozenset())

    def _query(self, field: str, value: str, sql: str) -> tuple[Entry, ...]:
        hit = self._cache.get((field, value))
        if hit is not None:
            return hit
        best: dict[int, Entry] = {}
        for row in self._db().execute(sql, (value,)):
            e = _entry(row)
            if e.id not in best or (e.primary and not best[e.id].primary):
                best[e.id] = e
        found = tuple(best.values())
        if len(self._cache) >= _CACHE_LIMIT:
            self._cache.clear()
        self._cache[(field, value)] = found
        return found


def _entry(row: Row) -> Entry:
    eid, name, kind, country, countries, gid, admin1, lat, lon, pop, primary = row
    return Entry(
        id=eid, name=name, kind=cast(PlaceKind, kind), country=country, geonameid=gid, admin1=admin1,
        lat=lat, lon=lon, population=pop or 0,
        countries=tuple(countries.split(",")) if countries else (), primary=bool(primary),
    )


def gazetteer_path(options: BuildOptions | None = None) -> Path:
    options = options or BuildOptions()
    return cache_dir() / f"gazetteer-{fingerprint(options)}.sqlite"


def load_gazetteer(
    options: BuildOptions | None = None, progress: Callable[[str], None] = _stderr
) -> SqliteGazetteer:
    """The gazetteer for these options, built into the cache first if it is not there yet."""
    options = options or BuildOptions()
    path = gazetteer_path(options)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        progress(f"building the place gazetteer (first use, about half a minute) into {path}")
        started = time.perf_counter()
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        try:
            build(tmp, options, lambda step: progress(f"  gazetteer: {step}"))
            os.replace(tmp, path)  # atomic: a concurrent reader never sees half a file
        finally:
            tmp.unlink(missing_ok=True)
        progress(f"gazetteer ready in {time.perf_counter() - started:.0f} s")
        _remove_stale(path)
    return SqliteGazetteer(path)


def _remove_stale(current: Path, max_age_days: float = 7.0) -> None:
    # Other option sets (another table size) may be in use by a running process right now:
    # only builds untouched for a week are taken for leftovers of older versions.
    cutoff = time.time() - max_age_days * 86400
    for old in current.parent.glob("gazetteer-*.sqlite"):
        if old != current and old.stat().st_mtime < cutoff:
            old.unlink(missing_ok=True)


class MemoryGazetteer:
    """A gazetteer held in a few dicts: for tests and for small custom place lists."""

    def __init__(self, entries: Iterable[tuple[Entry, Sequence[str]]],
                 neighbours: dict[str, frozenset[str]] | None = None) -> None:
        self._by_key: dict[str, list[Entry]] = {}
        self._by_skel: dict[str, list[Entry]] = {}
        self._countries: dict[str, Entry] = {}
        self._neighbours = neighbours or {}
        for entry, names in entries:
            if entry.kind == "country" and entry.country:
                self._countries[entry.country] = entry
            for name in names:
                k = key(name)
                self._by_key.setdefault(k, []).append(entry)
                self._by_skel.setdefault(skeleton(k), []).append(entry)

    def lookup(self, k: str) -> Sequence[Entry]:
        return tuple(self._by_key.get(k, ()))

    def by_skeleton(self, skel: str, countries: frozenset[str]) -> Sequence[Entry]:
        return tuple(e for e in self._by_skel.get(skel, ()) if e.country in countries)

    def country(self, iso2: str) -> Entry | None:
        return self._countries.get(iso2)

    def neighbours(self, iso2: str) -> frozenset[str]:
        return self._neighbours.get(iso2, frozenset())
