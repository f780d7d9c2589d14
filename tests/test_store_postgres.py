"""PostgreSQL-specific store behaviour, and concurrent ingests on both backends.

The behaviour both backends share is tested once, on each, in test_store.py.
"""

from __future__ import annotations

import random
import threading
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from depeche.store import EventQuery, SQLiteStore, Store, StoreError, open_store
from tests.postgres_server import PostgresServer
from tests.test_store import ALEP, CORPUS, DERNA, Clock, document, event, place

psycopg = pytest.importorskip("psycopg", reason="the postgres extra (psycopg) is not installed")

from depeche.store.postgres import PostgresStore, redact  # noqa: E402 - needs psycopg


@pytest.fixture
def url(postgres_server: PostgresServer) -> str:
    return postgres_server.fresh_url()


def rows(url: str, sql: str) -> list[tuple[Any, ...]]:
    """Read the store through a connection of its own, as another process would."""
    with psycopg.connect(url) as conn:
        return conn.execute(sql).fetchall()


RECORDED = "SELECT version, name, applied_at FROM schema_migrations ORDER BY version"


def test_open_store_gives_postgres_for_urls(url: str) -> None:
    store = open_store(url)
    try:
        assert isinstance(store, PostgresStore) and isinstance(store, Store)
        assert store.full_text
    finally:
        store.close()


def test_passwords_never_reach_messages() -> None:
    assert redact("postgresql://depeche:s3cr:et@db:5432/events") == "postgresql://depeche:***@db:5432/events"
    assert redact("postgres://db/events") == "postgres://db/events"
    with pytest.raises(StoreError) as caught:
        PostgresStore("postgresql://depeche:s3cret@127.0.0.1:1/events")
    assert "s3cret" not in str(caught.value) and "depeche:***@127.0.0.1:1" in str(caught.value)


def test_migrations_are_recorded_once_across_reopenings(url: str) -> None:
    with PostgresStore(url, clock=Clock()) as store:
        assert store.migrations_applied == [1, 2, 3]
    recorded = rows(url, RECORDED)
    assert [(v, n) for v, n, _ in recorded] == [
        (1, "initial schema"),
        (2, "full-text index over document text and event evidence"),
        (3, "indexes for browsing events: date order, actors, map box"),
    ]
    with PostgresStore(url) as store:
        assert store.migrations_applied == []
    assert rows(url, RECORDED) == recorded


def test_a_store_from_a_newer_depeche_is_refused(url: str) -> None:
    PostgresStore(url).close()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("INSERT INTO schema_migrations VALUES (999, 'from the future', '2099-01-01')")
    with pytest.raises(StoreError, match="schema version 999, newer than this depeche"):
        PostgresStore(url)


def test_stores_opened_at_once_migrate_once(url: str) -> None:
    opened: list[PostgresStore] = []
    failures: list[BaseException] = []

    def open_one() -> None:
        try:
            opened.append(PostgresStore(url))
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            failures.append(exc)

    threads = [threading.Thread(target=open_one) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for store in opened:
        store.close()
    assert failures == []
    assert sorted(v for s in opened for v in s.migrations_applied) == [1, 2, 3]
    assert [v for v, _, _ in rows(url, RECORDED)] == [1, 2, 3]


def test_same_content_again_is_unchanged_and_writes_nothing(url: str) -> None:
    with PostgresStore(url, clock=Clock()) as store:
        for article, result in CORPUS:
            store.add(article, result)
        first = store.document("derna")
        assert store.add(*DERNA) == "unchanged"
        assert store.document("derna") == first  # ingested_at kept: nothing was rewritten
    for table, count in (("documents", 3), ("events", 5), ("actors", 6), ("places", 4), ("search", 5)):
        assert rows(url, f"SELECT count(*) FROM {table}") == [(count,)], table


def test_changed_content_updates_and_replaces_the_rows(url: str) -> None:
    with PostgresStore(url, clock=Clock()) as store:
        store.add(*DERNA)
        store.add(*ALEP)
        before = store.document("derna")
        article, result = document("derna", [event("e9", "COERCE", at=place("Tobrouk", "LY"), start="2018-06-02")])
        assert store.add(article, result) == "updated"
        after = store.document("derna")
        assert before is not None and after is not None
        assert after["result"] == result.as_dict()
        assert after["ingested_at"] > before["ingested_at"]
        assert [e["event_key"] for e in store.events(EventQuery())] == ["alep#e1", "derna#e9"]
    assert rows(url, "SELECT name FROM places WHERE doc_id = 'derna'") == [("Tobrouk",)]
    assert rows(url, "SELECT count(*) FROM search WHERE doc_id = 'derna'") == [(1,)]
    assert rows(url, "SELECT count(*) FROM documents") == [(2,)]


def test_two_stores_on_one_database_see_each_others_writes(url: str) -> None:
    with PostgresStore(url) as writer, PostgresStore(url) as reader:
        assert reader.documents() == []
        writer.add(*ALEP)
        assert reader.documents() == ["alep"]
        assert reader.add(*ALEP) == "unchanged"


def test_nul_characters_are_refused_and_nothing_is_written(url: str) -> None:
    with PostgresStore(url) as store:
        article, result = document("nul", [event("e1")], text="avant\x00après")
        with pytest.raises(StoreError, match="cannot store document 'nul': .*NUL"):
            store.add(article, result)
        assert store.documents() == []
        assert store.events(EventQuery(actor="\x00")) == []
        assert store.event("nul\x00#e1") is None


def test_colliding_event_keys_are_refused(url: str) -> None:
    with PostgresStore(url) as store:
        store.add(*document("a#b", [event("c")]))
        with pytest.raises(StoreError, match="cannot store document 'a'"):
            store.add(*document("a", [event("b#c")]))
        assert store.documents() == ["a#b"]


def test_full_text_search_ignores_case_and_accents(url: str) -> None:
    with PostgresStore(url) as store:
        for article, result in CORPUS:
            store.add(article, result)
        assert [e["event_key"] for e in store.events(EventQuery(q="TUÉS"))] == ["alep#e1", "derna#e1"]
        # The title matches every event of its document; prefixes match whole words.
        assert store.count_events(EventQuery(q="offens")) == 3
        assert store.count_events(EventQuery(q="alep derna")) == 0
        assert store.count_events(EventQuery(q="'; DROP TABLE events; -- :* & !")) == 0
        assert store.count_events(EventQuery()) == 5


# --- concurrent ingests, both backends -------------------------------------------------------------

MANY = [document(f"doc-{i:02d}", [event("e1", killed=i), event("e2", "PROTEST")]) for i in range(30)]


@pytest.fixture(params=["sqlite", "postgresql"])
def shared_store(request: pytest.FixtureRequest, tmp_path: Path) -> Callable[[], Store]:
    """Opens a new connection to one store that several writers share."""
    if request.param == "sqlite":
        path = tmp_path / "events.db"
        SQLiteStore(path).close()
        return lambda: SQLiteStore(path)
    url = request.getfixturevalue("postgres_server").fresh_url()
    PostgresStore(url).close()
    return lambda: PostgresStore(url)


def _ingest_concurrently(open_one: Callable[[], Store], writers: int) -> tuple[Counter[tuple[str, str]], list[str]]:
    outcomes: Counter[tuple[str, str]] = Counter()
    errors: list[str] = []
    lock = threading.Lock()
    start = threading.Barrier(writers)

    def write(seed: int) -> None:
        order = list(MANY)
        random.Random(seed).shuffle(order)
        store = open_one()
        try:
            start.wait()
            for article, result in order:
                outcome = store.add(article, result)
                with lock:
                    outcomes[(article.doc_id, outcome)] += 1
        except Exception as exc:  # noqa: BLE001 - reported by the caller's assertion
            errors.append(f"{type(exc).__name__}: {exc}")
        finally:
            store.close()

    threads = [threading.Thread(target=write, args=(seed,)) for seed in range(writers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return outcomes, errors


def test_concurrent_ingests_lose_nothing_and_duplicate_nothing(shared_store: Callable[[], Store]) -> None:
    outcomes, errors = _ingest_concurrently(shared_store, writers=4)
    assert errors == []
    for article, _ in MANY:
        # Exactly one writer stored each document; the others found it already there.
        assert outcomes[(article.doc_id, "added")] == 1, article.doc_id
        assert outcomes[(article.doc_id, "unchanged")] == 3, article.doc_id
    with shared_store() as store:  # type: ignore[attr-defined]
        assert store.documents() == sorted(a.doc_id for a, _ in MANY)
        assert store.count_events(EventQuery()) == 2 * len(MANY)
        assert store.count_events(EventQuery(type="ASSAULT")) == len(MANY)
