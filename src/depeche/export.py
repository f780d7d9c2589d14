"""Stored events written out for other tools: JSONL, ACLED-layout CSV, GeoJSON points and Parquet.

Every writer takes the rows `Store.events` returns, so the CLI and the HTTP API export the same bytes.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import IO, Any, Literal, get_args

from depeche.store import EventQuery, Store

ExportFormat = Literal["jsonl", "acled-csv", "geojson", "parquet"]
FORMATS: tuple[str, ...] = get_args(ExportFormat)
MEDIA_TYPES: dict[str, str] = {
    "jsonl": "application/x-ndjson",
    "acled-csv": "text/csv; charset=utf-8",
    "geojson": "application/geo+json",
    "parquet": "application/vnd.apache.parquet",
}
SUFFIXES: dict[str, str] = {"jsonl": ".jsonl", "acled-csv": ".csv", "geojson": ".geojson", "parquet": ".parquet"}

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "actor2", "country",
    "admin1",
    "location", "latitude", "longitude", "geo_precision", "time_precision", "source", "notes", "fatalities",
)

PAGE = 5000


def iter_events(store: Store, query: EventQuery, page: int = PAGE) -> Iterator[dict[str, Any]]:
    """Every event matching `query` (its own limit and offset respected), fetched a page at a time."""
    remaining = query.limit
    offset = query.offset
    while remaining is None or remaining > 0:
        size = page if remaining is None else min(page, remaining)
        rows = store.events(paged(query, size, offset))
        yield from rows
        if len(rows) < size:
            return
        offset += len(rows)
        if remaining is not None:
            remaining -= len(rows)


def paged(query: EventQuery, limit: int | None, offset: int = 0) -> EventQuery:
    """`query` with another page: `limit` None for every matching event from `offset` on."""
    return EventQuery(
        country=query.country, since=query.since, until=query.until, type=query.type, actor=query.actor,
        status=query.status, limit=limit, offset=offset, q=query.q, bbox=query.bbox,
    )


# --- one row per format ------------------------------------------------------------------------


def _name(ref: Any) -> str:
    return str(ref.get("name") or "") if isinstance(ref, dict) else ""


def _evidence(row: dict[str, Any]) -> str:
    return " ".join(str(e.get("text") or "").strip() for e in row.get("evidence") or [] if isinstance(e, dict))


def _country_name(code: str | None) -> str:
    if not code:
        return ""
    import pycountry

    found = pycountry.countries.get(alpha_2=code.upper())
    return str(found.name) if found is not None else code.upper()


# ACLED codes precision 1 for the exact day or town, 2 for a week or "near a town", 3 for a
# month or a larger area.
_TIME_PRECISION = {"day": 1, "week": 2}
_AREA_KINDS = {"admin", "region", "country", "other"}


def _geo_precision(place: dict[str, Any]) -> int | str:
    if not place or place.get("lat") is None:
        return ""
    if place.get("kind") in _AREA_KINDS:
        return 3
    return 2 if place.get("relation") else 1


def acled_row(row: dict[str, Any]) -> dict[str, Any]:
    """One event in ACLED's column layout; fields depeche does not know are left empty.

    `event_id_cnty` is depeche's stable event key (`doc_id#event_id`), not an ACLED number.
    """
    place = row.get("place") or {}
    date = row.get("date") or {}
    precision = date.get("precision")
    return {
        "event_id_cnty": row.get("event_key") or row.get("id") or "",
        "event_date": date.get("start") or "",
        "event_type": row.get("acled_event_type") or "",
        "sub_event_type": row.get("acled_sub_event_type") or "",
        "actor1": _name(row.get("actor")),
        "assoc_actor_1": "; ".join(_name(a) for a in row.get("co_actors") or []),
        "actor2": _name(row.get("target")),
        "country": _country_name(place.get("country")),
        "admin1": place.get("admin1") or "",
        "location": place.get("name") or place.get("text") or "",
        "latitude": "" if place.get("lat") is None else place["lat"],
        "longitude": "" if place.get("lon") is None else place["lon"],
        "geo_precision": _geo_precision(place),
        "time_precision": _TIME_PRECISION.get(str(precision), 3) if date.get("start") else "",
        "source": _name(row.get("source")),
        "notes": _evidence(row),
        "fatalities": row.get("killed") or 0,
    }


def flat_row(row: dict[str, Any]) -> dict[str, Any]:
    """One event as flat typed columns (GeoJSON properties, Parquet), with the full event as `json`."""
    place = row.get("place") or {}
    date = row.get("date") or {}
    actor, target, source = row.get("actor") or {}, row.get("target") or {}, row.get("source") or {}
    return {
        "event_key": row.get("event_key"),
        "doc_id": row.get("doc_id"),
        "event_id": row.get("id"),
        "type": row.get("type"),
        "mode": row.get("mode"),
        "status": row.get("status"),
        "acled_event_type": row.get("acled_event_type"),
        "acled_sub_event_type": row.get("acled_sub_event_type"),
        "date_start": date.get("start"),
        "date_end": date.get("end"),
        "date_precision": date.get("precision"),
        "country": place.get("country"),
        "admin1": place.get("admin1"),
        "place": place.get("name"),
        "geonameid": place.get("geonameid"),
        "lat": place.get("lat"),
        "lon": place.get("lon"),
        "actor": actor.get("name"),
        "actor_type": actor.get("type"),
        "target": target.get("name"),
        "target_type": target.get("type"),
        "source": source.get("name"),
        "killed": row.get("killed"),
        "injured": row.get("injured"),
        "displaced": row.get("displaced"),
        "arrested": row.get("arrested"),
        "confidence": row.get("confidence"),
        "evidence": _evidence(row),
        "json": json.dumps(row, ensure_ascii=False),
    }


# --- writers -----------------------------------------------------------------------------------


def write_jsonl(rows: Iterable[dict[str, Any]], out: IO[str]) -> int:
    n = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_acled_csv(rows: Iterable[dict[str, Any]], out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for row in rows:
        writer.writerow(acled_row(row))
        n += 1
    return n


def geojson_features(rows: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """A Point feature per event that has coordinates; events without them are left out."""
    for row in rows:
        props = flat_row(row)
        if props["lat"] is None or props["lon"] is None:
            continue
        del props["json"]
        yield {
            "type": "Feature",
            "id": props["event_key"],
            "geometry": {"type": "Point", "coordinates": [props["lon"], props["lat"]]},
            "properties": props,
        }


def write_geojson(rows: Iterable[dict[str, Any]], out: IO[str]) -> int:
    # Written feature by feature so that a large export never sits in memory as one object.
    out.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for feature in geojson_features(rows):
        out.write((",\n" if n else "") + json.dumps(feature, ensure_ascii=False))
        n += 1
    out.write("\n]}\n")
    return n


def write_parquet(rows: Iterable[dict[str, Any]], out: IO[bytes]) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as err:  # pragma: no cover - depends on the install
        raise RuntimeError("Parquet export needs pyarrow: pip install 'depeche[web]'") from err
    schema = pa.schema([
        *((name, pa.string()) for name in (
            "event_key", "doc_id", "event_id", "type", "mode", "status", "acled_event_type",
            "acled_sub_event_type", "date_start", "date_end", "date_precision", "country", "admin1", "place",
        )),
        ("geonameid", pa.int64()), ("lat", pa.float64()), ("lon", pa.float64()),
        *((name, pa.string()) for name in ("actor", "actor_type", "target", "target_type", "source")),
        *((name, pa.int64()) for name in ("killed", "injured", "displaced", "arrested")),
        ("confidence", pa.float64()), ("evidence", pa.string()), ("json", pa.string()),
    ])
    n = 0
    with pq.ParquetWriter(out, schema) as writer:
        batch: list[dict[str, Any]] = []
        for row in rows:
            batch.append(flat_row(row))
            n += 1
            if len(batch) >= PAGE:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                batch = []
        if batch or n == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
    return n


def export(rows: Iterable[dict[str, Any]], format: str, out: IO[bytes]) -> int:
    """Write `rows` to the binary stream `out` in `format`; return how many events were written.

    Raises ValueError for an unknown format.

    >>> buf = io.BytesIO()
    >>> export([], "acled-csv", buf)
    0
    >>> buf.getvalue().decode().split(",")[:2]
    ['event_id_cnty', 'event_date']
    """
    if format == "parquet":
        return write_parquet(rows, out)
    writers = {"jsonl": write_jsonl, "acled-csv": write_acled_csv, "geojson": write_geojson}
    if format not in writers:
        raise ValueError(f"unknown export format {format!r} (use {', '.join(FORMATS)})")
    text = io.TextIOWrapper(out, encoding="utf-8", newline="")
    try:
        return writers[format](rows, text)
    finally:
        text.flush()
        text.detach()  # leave `out` open for the caller
