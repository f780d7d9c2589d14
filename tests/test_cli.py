"""The command line, called through Typer's runner, with exact output on small cases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from depeche.cli import app
from depeche.records import Actor, Article, DocumentResult, Event, Place, Published, Span

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


def test_every_command_has_help_and_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in app.registered_commands:
        name = command.name or (command.callback.__name__ if command.callback else "")
        assert command.callback is not None and (command.callback.__doc__ or "").strip(), name
        assert f"depeche {name}" in readme, f"`depeche {name}` is not documented in README.md"
        result = runner.invoke(app, [name, "--help"])
        assert result.exit_code == 0, result.output


def test_an_empty_file_fails_with_its_name_and_exit_1(tmp_path: Path) -> None:
    empty = tmp_path / "vide.txt"
    empty.write_bytes(b"")
    result = runner.invoke(app, ["extract", str(empty), "-o", str(tmp_path / "out.jsonl")])
    assert result.exit_code == 1
    assert "depeche: 1 documents: 0 extracted, 1 failed" in result.stderr
    assert "vide.txt" in result.stderr and "empty" in result.stderr


def test_a_bad_published_option_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(tmp_path), "--published", "juin"])
    assert result.exit_code == 2
    assert "not a date" in result.output


def stored(tmp_path: Path) -> str:
    from depeche.store import open_store

    db = str(tmp_path / "t.db")
    store = open_store(db)
    span = Span(0, 6, "Misrata", 0)
    actor = Actor("a1", "Libyan rebels", "rebel", [span], country="LY")
    place = Place(span, "Misrata", "LY", "city", 2214846, None, 32.37, 15.09, 0.9)
    event = Event("e1", "ASSAULT", [span], actor=actor, place=place, date_start="2011-04-23",
                  date_end="2011-04-23", date_precision="day", killed=10)
    result = DocumentResult("d1", Published.parse("2011-04-23"), "fr", actors=[actor], places=[place],
                            events=[event])
    store.add(Article("d1", "Misrata est bombardée.", Published.parse("2011-04-23"), language="fr"), result)
    store.close()
    return db


def test_events_jsonl_filters(tmp_path: Path) -> None:
    db = stored(tmp_path)
    hit = runner.invoke(app, ["events", "--db", db, "--country", "LY", "--since", "2011-04", "--type", "assault"])
    assert hit.exit_code == 0, hit.output
    rows = [json.loads(line) for line in hit.stdout.splitlines()]
    assert [(r["doc_id"], r["id"], r["type"], r["killed"]) for r in rows] == [("d1", "e1", "ASSAULT", 10)]
    miss = runner.invoke(app, ["events", "--db", db, "--until", "2011-03"])
    assert miss.exit_code == 0 and miss.stdout == ""


def test_events_table(tmp_path: Path) -> None:
    result = runner.invoke(app, ["events", "--db", stored(tmp_path), "--format", "table"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "ASSAULT" in result.stdout and "Libyan rebels" in result.stdout and "2011-04-23" in result.stdout


def test_show_missing_document_and_missing_store(tmp_path: Path) -> None:
    db = stored(tmp_path)
    missing = runner.invoke(app, ["show", "nope", "--db", db])
    assert missing.exit_code == 1
    assert f"depeche: no document 'nope' in {db}" in missing.stderr
    nostore = runner.invoke(app, ["events", "--db", str(tmp_path / "absent.db")])
    assert nostore.exit_code == 2 and "no store at" in nostore.stderr


@pytest.mark.slow
def test_extract_ingest_show_round_trip(tmp_path: Path) -> None:
    examples = ROOT / "examples"
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(examples), "-o", str(out)])
    assert result.exit_code == 0, result.output
    docs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(docs) == len(list(examples.glob("*.txt")))
    for doc in docs:
        assert set(doc) >= {"doc_id", "places", "times", "counts", "actors", "events"}
    db = str(tmp_path / "e.db")
    first = runner.invoke(app, ["ingest", str(examples), "--db", db])
    assert first.exit_code == 0, first.output
    again = runner.invoke(app, ["ingest", str(examples), "--db", db])
    assert again.exit_code == 0
    assert f"{len(docs)} unchanged (already stored)" in again.stderr
    shown = runner.invoke(app, ["show", docs[0]["doc_id"], "--db", db])
    assert shown.exit_code == 0
    assert json.loads(shown.stdout)["doc_id"] == docs[0]["doc_id"]
