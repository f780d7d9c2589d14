"""An ingest killed mid-run (SIGKILL), then run again, stores every document once and completely.

Each document is one transaction, so a kill leaves whole documents or none; the re-run finds the
stored ones unchanged (same content hash) and adds the rest. Runs `depeche ingest` for real, in
a subprocess, against SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from depeche.store import EventQuery, open_store

pytestmark = pytest.mark.slow

CITIES = ["Alep", "Homs", "Deraa", "Benghazi", "Misrata", "Syrte", "Sanaa", "Taëz", "Aden", "Le Caire", "Suez", "Idleb"]
DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DOCUMENTS = 48  # three partitions of the local runner: the kill lands after the first


def dispatches(path: Path) -> list[str]:
    """Short dispatches made up for this test, one JSON object a line; returns their doc_ids."""
    ids = []
    with path.open("w", encoding="utf-8") as out:
        for i in range(DOCUMENTS):
            city, day = CITIES[i % len(CITIES)], DAYS[i % len(DAYS)]
            text = (
                f"{city} — Au moins {i + 3} personnes ont été tuées {day} dans des affrontements entre "
                f"l'armée et des groupes armés, selon une organisation de défense des droits humains. "
                f"Des centaines d'habitants ont fui la ville, a indiqué un responsable local."
            )
            doc_id = f"dispatch-{i:03d}"
            ids.append(doc_id)
            out.write(json.dumps({"id": doc_id, "date": f"2011-{1 + i % 12:02d}-15", "text": text}) + "\n")
    return ids


def stored_count(target: str) -> int:
    store = open_store(target)
    try:
        return len(store.documents())
    finally:
        store.close()


def ingest(source: Path, target: str) -> list[str]:
    return [sys.executable, "-m", "depeche.cli", "ingest", str(source), "--db", target, "--batch-size", "4"]


@pytest.fixture(params=["sqlite", "postgresql"])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "events.db")
    pytest.importorskip("psycopg", reason="the postgres extra (psycopg) is not installed")
    url: str = request.getfixturevalue("postgres_server").fresh_url()
    return url


def wait_for(condition: Callable[[], bool], process: subprocess.Popen[bytes], timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if process.poll() is not None:
            pytest.fail(f"ingest ended (exit {process.returncode}) before it could be killed mid-run")
        if time.monotonic() > deadline:
            process.kill()
            pytest.fail("ingest stored nothing in time")
        time.sleep(0.02)


def test_a_killed_ingest_run_again_loses_and_duplicates_nothing(tmp_path: Path, target: str) -> None:
    source = tmp_path / "dispatches.jsonl"
    ids = dispatches(source)
    stored_count(target)  # create the store first, so the poll below never races its creation
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    killed = subprocess.Popen(ingest(source, target), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    wait_for(lambda: stored_count(target) > 0, killed)
    killed.send_signal(signal.SIGKILL)
    assert killed.wait(timeout=30) == -signal.SIGKILL
    before = stored_count(target)
    assert 0 < before < DOCUMENTS, "the kill must land mid-run"

    again = subprocess.run(ingest(source, target), capture_output=True, text=True, env=env, timeout=600, check=False)
    assert again.returncode == 0, again.stderr
    # The documents stored before the kill were complete: their content hashes match.
    assert f"{DOCUMENTS} documents: {DOCUMENTS - before} stored in" in again.stderr
    assert f"{before} unchanged (already stored)" in again.stderr

    store = open_store(target)
    try:
        assert store.documents() == ids
        events = store.events(EventQuery())
        keys = [e["event_key"] for e in events]
        assert len(keys) == len(set(keys))
        for doc_id in ids:
            document = store.document(doc_id)
            assert document is not None
            expected = [f"{doc_id}#{e['id']}" for e in document["result"]["events"]]
            assert sorted(k for k in keys if k.startswith(f"{doc_id}#")) == sorted(expected), doc_id
    finally:
        store.close()
