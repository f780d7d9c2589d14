"""The HTTP API and the page, in-process through the ASGI test client: every endpoint and filter, hostile input."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed (pip install -e '.[web]')")

from fastapi.testclient import TestClient  # noqa: E402

from depeche.web import create_app  # noqa: E402
from depeche.web.app import parse_bbox  # noqa: E402
from tests.eventdata import ALEP, sample_store  # noqa: E402


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    # The test client runs the app in another thread: the store must allow that.
    store = sample_store(check_same_thread=False)
    with TestClient(create_app(store)) as c:
        yield c
    store.close()


def ids(client: TestClient, **params: Any) -> list[str]:
    response = client.get("/api/events", params=params)
    assert response.status_code == 200, response.text
    return sorted(e["id"] for e in response.json()["events"])


def test_events_lists_contract_events_with_id_and_doc_id(client: TestClient) -> None:
    body = client.get("/api/events").json()
    assert body["total"] == 5
    first = body["events"][0]
    assert set(first) >= {"id", "doc_id", "event_id", "type", "actor", "target", "place", "date", "killed", "evidence"}
    assert first["id"] == f"{first['doc_id']}#{first['event_id']}"


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"country": "ly"}, ["libya/derna#e1", "libya/derna#e2"]),
        ({"since": "2018-06-05"}, ["libya/derna#e2"]),
        ({"until": "2016"}, ["syria/alep#e1", "syria/alep#e2"]),
        ({"since": "2018-06", "until": "2018-06-01"}, ["libya/derna#e1"]),
        ({"type": "assault"}, ["libya/derna#e1", "syria/alep#e1"]),
        ({"actor": "haftar"}, ["libya/derna#e1"]),
        ({"actor": "egyptiens"}, ["syria/alep#e2"]),
        ({"status": "claimed"}, ["syria/alep#e3"]),
        ({"q": "manifesté"}, ["syria/alep#e1", "syria/alep#e2", "syria/alep#e3"]),
        ({"bbox": "20,30,25,35"}, ["libya/derna#e1"]),
        ({"country": "LY", "type": "PROTEST", "q": "tripoli"}, ["libya/derna#e2"]),
        ({"country": "", "q": ""}, ["libya/derna#e1", "libya/derna#e2", "syria/alep#e1", "syria/alep#e2",
                                    "syria/alep#e3"]),
    ],
)
def test_every_filter(client: TestClient, params: dict[str, str], expected: list[str]) -> None:
    assert ids(client, **params) == expected


def test_paging_keeps_the_total(client: TestClient) -> None:
    body = client.get("/api/events", params={"limit": 2, "offset": 1}).json()
    assert [e["id"] for e in body["events"]] == ["syria/alep#e1", "libya/derna#e1"]
    assert (body["total"], body["limit"], body["offset"]) == (5, 2, 1)


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"since": "2018-13"}, "since"),
        ({"until": "yesterday"}, "until"),
        ({"since": "2018-02-30"}, "since"),
        ({"limit": 10**9}, "limit"),
        ({"limit": -1}, "limit"),
        ({"limit": "many"}, "limit"),
        ({"offset": -5}, "offset"),
        ({"offset": 10**30}, "offset"),
        ({"country": "Libya"}, "query"),
        ({"bbox": "1,2,3"}, "bbox"),
        ({"bbox": "a,b,c,d"}, "bbox"),
        ({"bbox": "0,0,1,inf"}, "bbox"),
        ({"bbox": "0,50,1,10"}, "query"),
        ({"q": "x" * 500}, "q"),
    ],
)
def test_bad_input_is_422_naming_the_field(client: TestClient, params: dict[str, Any], field: str) -> None:
    response = client.get("/api/events", params=params)
    assert response.status_code == 422, response.text
    assert response.json()["detail"][0]["loc"][-1] == field


@pytest.mark.parametrize("q", ["' OR 1=1 --", "\"); DROP TABLE events; --", "NEAR(a b", "*", "a:b", "\x00", "é" * 199])
def test_sql_and_fts_syntax_in_q_is_plain_text(client: TestClient, q: str) -> None:
    assert client.get("/api/events", params={"q": q}).status_code == 200
    assert client.get("/api/events").json()["total"] == 5


def test_one_event_with_evidence_and_provenance(client: TestClient) -> None:
    body = client.get("/api/events/libya%2Fderna%23e1").json()
    assert body["id"] == "libya/derna#e1"
    assert body["evidence"][0]["text"] == "Vendredi, les forces de Haftar ont bombardé Derna."
    assert body["document"]["doc_id"] == "libya/derna"
    assert body["document"]["title"] == "title of libya/derna"
    assert "pipeline" in body["document"]


def test_unknown_event_and_document_are_404(client: TestClient) -> None:
    assert client.get("/api/events/nope%23e1").status_code == 404
    assert client.get("/api/documents/nope").status_code == 404


def test_document_has_its_text_and_every_span(client: TestClient) -> None:
    body = client.get("/api/documents/libya/derna").json()
    text = body["text"]
    kinds = {s["kind"] for s in body["spans"]}
    assert kinds == {"place", "time", "actor", "trigger", "evidence"}
    for s in body["spans"]:
        assert 0 <= s["start"] < s["end"] <= len(text)
    places = [text[s["start"]:s["end"]] for s in body["spans"] if s["kind"] == "place"]
    assert places == ["Derna", "Tripoli"]
    assert [e["id"] for e in body["events"]] == ["libya/derna#e1", "libya/derna#e2"]


def test_document_text_is_returned_as_text(client: TestClient) -> None:
    body = client.get("/api/documents/syria/alep").json()
    assert body["text"] == ALEP  # JSON keeps <script> as characters; the page writes it with textContent


def test_timeline(client: TestClient) -> None:
    body = client.get("/api/stats/timeline", params={"bucket": "month", "country": "SY"}).json()
    assert body == {"bucket": "month", "rows": [{"period": "2016-08", "type": "ASSAULT", "count": 1}]}
    assert client.get("/api/stats/timeline").json()["bucket"] == "day"
    assert client.get("/api/stats/timeline", params={"bucket": "year"}).status_code == 422
    assert client.get("/api/stats/timeline", params={"since": "nope"}).status_code == 422


def test_export_formats(client: TestClient) -> None:
    lines = client.get("/api/export", params={"format": "jsonl", "country": "LY"}).text.splitlines()
    assert [json.loads(line)["event_key"] for line in lines] == ["libya/derna#e1", "libya/derna#e2"]

    response = client.get("/api/export", params={"format": "acled-csv"})
    assert response.headers["content-type"].startswith("text/csv")
    assert 'filename="events.csv"' in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 5

    geo = client.get("/api/export", params={"format": "geojson"}).json()
    assert len(geo["features"]) == 4  # the undated event has no place

    pq = pytest.importorskip("pyarrow.parquet")
    table = pq.read_table(io.BytesIO(client.get("/api/export", params={"format": "parquet"}).content))
    assert table.num_rows == 5

    assert client.get("/api/export", params={"format": "xls"}).status_code == 422


def test_openapi_schema_lists_every_endpoint(client: TestClient) -> None:
    paths = set(client.get("/openapi.json").json()["paths"])
    assert paths >= {"/api/events", "/api/events/{event_id}", "/api/documents/{doc_id}", "/api/stats/timeline",
                     "/api/export", "/api/basemap"}
    assert client.get("/docs").status_code == 200


def test_page_and_its_scripts_come_from_the_app(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert "text/html" in page.headers["content-type"]
    for asset in ("/vendor/leaflet/leaflet.js", "/vendor/leaflet/leaflet.css", "/vendor/markercluster/"
                  "leaflet.markercluster.js", "/static/app.js", "/static/app.css"):
        assert asset in page.text
        assert client.get(asset).status_code == 200, asset
    assert "http://" not in page.text and "https://" not in page.text  # no CDN


def test_page_script_never_writes_html_from_data(client: TestClient) -> None:
    script = client.get("/static/app.js").text
    assert "innerHTML" not in script and "insertAdjacentHTML" not in script and "document.write" not in script


def test_basemap_is_geojson_when_installed(client: TestClient) -> None:
    response = client.get("/api/basemap")
    if response.status_code == 404:
        pytest.skip("no Natural Earth package installed")
    body = response.json()
    assert body["type"] == "FeatureCollection"
    libya = [f for f in body["features"] if f["properties"]["iso2"] == "LY"]
    assert libya and libya[0]["geometry"]["type"] == "MultiPolygon"


def test_parse_bbox() -> None:
    assert parse_bbox(" ") is None
    assert parse_bbox("-10,20.5,30,40") == (-10.0, 20.5, 30.0, 40.0)
    with pytest.raises(ValueError, match="four numbers"):
        parse_bbox("1,2")
