"""The web page in a real browser (Debian's chromium through Playwright) on a store holding the reference dispatch.

The screenshot goes to $DEPECHE_SCREENSHOT_DIR when set, else to the test's temporary folder.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import SEED, need_shared

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
DERNA = (32.767, 22.637)
NEAR_DERNA = "22.1,32.3,23.2,33.2"  # west,south,east,north: about 50 km around the town

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _seed_store(path: Path, nlp: Any) -> None:
    """The reference dispatch through the real pipeline; while the events stage is not built, a
    hand-made event at Derna stands in so that the page has a marker to show."""
    from depeche.pipeline import Extractor
    from depeche.readers import read_inputs
    from depeche.records import Event, Failure, Place, Span
    from depeche.store import SQLiteStore
    from tests.eventdata import document

    (article,) = [a for a in read_inputs([str(SEED)]) if not isinstance(a, Failure)]
    (result,) = Extractor(nlp=nlp).extract([article])
    assert not isinstance(result, Failure), result
    located = [e for e in result.events if e.place and e.place.lat is not None and e.place.lon is not None
               and abs(e.place.lat - DERNA[0]) < 0.5 and abs(e.place.lon - DERNA[1]) < 0.5]
    if not located:
        text = article.text
        at = text.index("Derna")
        index, (start, end) = next((i, (s, e)) for i, (s, e) in enumerate(result.sentences) if s <= at < e)
        place = next((p for p in result.places if p.name == "Derna" and p.lat is not None), None)
        if place is None:
            place = Place(Span(at, at + 5, "Derna", index), "Derna", "LY", "city", lat=DERNA[0], lon=DERNA[1])
        end = start + len(text[start:end].rstrip())
        sentence = Span(start, end, text[start:end], index)
        result.events.append(Event("stand-in-derna", "ASSAULT", [sentence], place=place, date_start="2018-05",
                                   date_end="2018-06", date_precision="month", status="ongoing"))
    with SQLiteStore(path) as store:
        store.add(article, result)
        # A dispatch that tries to run a script: the page must show it as text.
        store.add(*document("hostile", "<script>window.pwned = 1</script> Des tirs ont visé Alep hier.", [
            ("e1", "ASSAULT", "Des tirs ont visé Alep hier.", "2018-06-02", "Alep", 36.2, 37.16, "SY", 2),
        ]))


@pytest.fixture(scope="module")
def served(nlp: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not CHROMIUM.exists():
        pytest.skip(f"no {CHROMIUM}: install Debian's chromium (apt-get install chromium) to run the browser test")
    pytest.importorskip("playwright.sync_api", reason="playwright is not installed (the web extra)")
    uvicorn = pytest.importorskip("uvicorn", reason="uvicorn is not installed (the web extra)")
    need_shared(SEED)
    from depeche.web import create_app, open_for_web

    db = tmp_path_factory.mktemp("web") / "seed.db"
    _seed_store(db, nlp)
    store = open_for_web(str(db))
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the test server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
        store.close()


def test_the_page_shows_a_marker_at_derna_and_its_evidence(served: str, tmp_path: Path) -> None:
    import httpx
    from playwright.sync_api import sync_playwright

    near = httpx.get(f"{served}/api/events", params={"bbox": NEAR_DERNA}).json()["events"]
    assert near, "no event at Derna in the store"
    wanted = near[0]
    evidence = " ".join(e["text"] for e in wanted["evidence"])
    shots = Path(os.environ.get("DEPECHE_SCREENSHOT_DIR") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            dialogs: list[str] = []
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.goto(served + "/")
            page.wait_for_selector("body[data-loaded=events][data-basemap=done]", timeout=20_000)
            marker = page.locator(f'.ev-marker[data-event-id="{wanted["id"]}"]')
            # Events at one spot are clustered: the page's own "show on map" opens the cluster.
            assert page.evaluate("id => window.depeche.showOnMap(id)", wanted["id"]) is True
            marker.first.wait_for(state="visible", timeout=10_000)
            marker.first.click()
            page.wait_for_function(
                "t => (document.querySelector('#evidence-sentence') || {}).textContent === t", arg=evidence,
                timeout=10_000,
            )
            # the article is fetched after the evidence is shown: wait for its highlight
            page.locator("#article-text .hl-selected").first.wait_for(state="attached", timeout=10_000)
            page.locator(f'#events-table tr[data-event-id="{wanted["id"]}"]').wait_for()
            page.screenshot(path=str(shots / "web-derna.png"), full_page=True)

            # Brushing the start of the timeline (May 2018 at the latest) hides the event of 2 June.
            hostile_row = page.locator('#events-table tr[data-event-id="hostile#e1"]')
            assert hostile_row.count() == 1
            box = page.locator("#timeline").bounding_box()
            assert box is not None
            page.mouse.move(box["x"] + 1, box["y"] + box["height"] / 2)
            page.mouse.down()
            page.mouse.move(box["x"] + box["width"] * 0.1, box["y"] + box["height"] / 2, steps=5)
            page.mouse.up()
            hostile_row.wait_for(state="detached", timeout=10_000)
            assert "selected" in (page.locator("#brush-label").text_content() or "")
            page.locator("#timeline").dblclick()
            hostile_row.wait_for(timeout=10_000)

            # The hostile dispatch: its <script> is shown as text and never runs.
            page.locator('#events-table tr[data-event-id="hostile#e1"]').click()
            page.wait_for_function("() => document.querySelector('#article-text') !== null"
                                   " && document.querySelector('#article-text').textContent.includes('<script>')")
            assert page.evaluate("() => window.pwned") is None
            assert dialogs == []
        finally:
            browser.close()
