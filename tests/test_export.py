"""Exports of stored events: JSONL, ACLED-layout CSV, GeoJSON, Parquet, from the library and `depeche export`."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from depeche.cli import app
from depeche.export import ACLED_COLUMNS, acled_row, export, iter_events
from depeche.store import EventQuery
from tests.eventdata import sample_store

runner = CliRunner()


def exported(format: str, query: EventQuery | None = None) -> bytes:
    buf = io.BytesIO()
    with sample_store() as store:
        export(iter_events(store, query or EventQuery()), format, buf)
    return buf.getvalue()


def test_iter_events_pages_through_everything_and_respects_limit_and_offset() -> None:
    with sample_store() as store:
        every = [e["event_key"] for e in store.events(EventQuery())]
        assert [e["event_key"] for e in iter_events(store, EventQuery(), page=2)] == every
        assert [e["event_key"] for e in iter_events(store, EventQuery(limit=3, offset=1), page=2)] == every[1:4]


def test_jsonl_is_the_stored_events() -> None:
    lines = exported("jsonl", EventQuery(country="LY")).decode().splitlines()
    assert [json.loads(x)["event_key"] for x in lines] == ["libya/derna#e1", "libya/derna#e2"]


def test_acled_csv_has_acleds_columns_in_order() -> None:
    text = exported("acled-csv").decode()
    reader = csv.DictReader(io.StringIO(text))
    assert tuple(reader.fieldnames or ()) == ACLED_COLUMNS
    derna = next(r for r in reader if r["event_id_cnty"] == "libya/derna#e1")
    assert derna == {
        "event_id_cnty": "libya/derna#e1", "event_date": "2018-06-01", "event_type": "Battles",
        "sub_event_type": "", "actor1": "Haftar", "assoc_actor_1": "", "actor2": "", "country": "Libya", "admin1": "",
        "location": "Derna", "latitude": "32.767", "longitude": "22.636", "geo_precision": "1",
        "time_precision": "1", "source": "", "notes": "Vendredi, les forces de Haftar ont bombardé Derna.",
        "fatalities": "17",
    }


def test_acled_row_names_the_actors_acting_together() -> None:
    row = acled_row({"actor": {"name": "Russia"}, "co_actors": [{"name": "China"}, {"name": "Iran"}], "date": {}})
    assert (row["actor1"], row["assoc_actor_1"]) == ("Russia", "China; Iran")


def test_acled_row_for_an_event_without_date_or_place() -> None:
    row = acled_row({"event_key": "d#e", "type": "ACCUSE", "date": {"start": None}, "place": None})
    assert (row["event_date"], row["time_precision"], row["geo_precision"], row["fatalities"]) == ("", "", "", 0)
    assert acled_row({"date": {"start": "2018-06", "precision": "month"}})["time_precision"] == 3


def test_geojson_has_a_point_per_located_event() -> None:
    data = json.loads(exported("geojson"))
    assert data["type"] == "FeatureCollection"
    derna = next(f for f in data["features"] if f["id"] == "libya/derna#e1")
    assert derna["geometry"] == {"type": "Point", "coordinates": [22.636, 32.767]}
    assert derna["properties"]["killed"] == 17
    assert len(data["features"]) == 4


def test_empty_geojson_is_valid() -> None:
    assert json.loads(exported("geojson", EventQuery(country="FR"))) == {"type": "FeatureCollection", "features": []}


def test_parquet_has_typed_columns() -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    table = pq.read_table(io.BytesIO(exported("parquet")))
    assert table.num_rows == 5
    assert str(table.schema.field("killed").type) == "int64"
    assert str(table.schema.field("lat").type) == "double"
    rows = {r["event_key"]: r for r in table.to_pylist()}
    assert rows["libya/derna#e1"]["killed"] == 17
    assert json.loads(rows["libya/derna#e1"]["json"])["id"] == "e1"
    assert pq.read_table(io.BytesIO(exported("parquet", EventQuery(country="FR")))).num_rows == 0


def test_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown export format"):
        export([], "xlsx", io.BytesIO())


def stored(tmp_path: Path) -> str:
    db = str(tmp_path / "events.db")
    sample_store(db).close()
    return db


def test_cli_export_writes_each_format(tmp_path: Path) -> None:
    db = stored(tmp_path)
    for format, name in (("jsonl", "e.jsonl"), ("acled-csv", "e.csv"), ("geojson", "e.geojson"),
                         ("parquet", "e.parquet")):
        out = tmp_path / name
        result = runner.invoke(app, ["export", "--db", db, "--format", format, "-o", str(out), "--country", "LY"])
        assert result.exit_code == 0, result.output
        assert out.stat().st_size > 0
        assert "2 events written" in result.output


def test_cli_export_to_stdout(tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "--db", stored(tmp_path), "--format", "acled-csv", "--type", "protest"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == ",".join(ACLED_COLUMNS)
    assert len(result.output.splitlines()) == 3


def test_cli_export_refuses_bad_input(tmp_path: Path) -> None:
    db = stored(tmp_path)
    assert runner.invoke(app, ["export", "--db", db, "--format", "xls"]).exit_code == 2
    assert runner.invoke(app, ["export", "--db", db, "--format", "parquet"]).exit_code == 2
    assert runner.invoke(app, ["export", "--db", db, "--since", "2018-13"]).exit_code == 2
    missing = runner.invoke(app, ["export", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 2 and "no store at" in missing.output
