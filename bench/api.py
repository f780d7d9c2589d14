"""Latency of `GET /api/events` with filters on a store of synthetic events (target: p95 < 100 ms).

    .venv/bin/python bench/api.py                          # 100k events, 30 requests per filter set
    .venv/bin/python bench/api.py --events 20000 --db /tmp/bench.db --repeat 50

Requests go through the ASGI test client, so the figure includes FastAPI's validation and JSON
encoding as well as the SQL. The store is built once into `--db` and reused when it exists.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

COUNTRIES = {  # ISO2: (west, south, east, north), rough boxes around a few countries
    "LY": (10.0, 20.0, 25.0, 33.0), "SY": (35.7, 32.3, 42.0, 37.3), "EG": (25.0, 22.0, 35.0, 31.5),
    "YE": (42.5, 12.5, 53.0, 19.0), "ML": (-12.0, 10.0, 4.0, 25.0), "IQ": (38.8, 29.1, 48.5, 37.4),
    "SO": (41.0, -1.7, 51.4, 12.0), "UA": (22.1, 44.4, 40.2, 52.4), "SD": (21.8, 8.7, 38.6, 22.2),
    "AF": (60.5, 29.4, 74.9, 38.5),
}
TYPES = ["ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "THREATEN", "SANCTION", "ACCUSE", "REJECT", "REQUEST",
         "RETREAT", "AID", "COOPERATE", "CONCEDE", "SUPPORT", "CONSULT", "AGREE"]
STATUSES = ["occurred", "occurred", "occurred", "ongoing", "claimed", "planned", "background"]
WORDS = [
    "attaque", "bombardement", "frappe", "aérienne", "combats", "manifestants", "police", "armée", "rebelles",
    "civils", "tués", "blessés", "village", "ville", "quartier", "marché", "hôpital", "école", "convoi",
    "milice", "forces", "gouvernement", "ministre", "négociations", "accord", "cessez-le-feu", "réfugiés",
    "déplacés", "otages", "enlèvement", "arrestation", "couvre-feu", "siège",
]


def _word(rng: random.Random) -> str:
    # Mostly filler from a large vocabulary, so that a domain word is in about one article in
    # ten, as in a real news archive, rather than in every one.
    return rng.choice(WORDS) if rng.random() < 0.03 else f"mot{rng.randint(0, 20000)}"


def build(path: Path, n_events: int, per_doc: int = 10, seed: int = 7) -> None:
    from depeche.records import Actor, Article, DocumentResult, Event, Place, Published, Span
    from depeche.store import SQLiteStore

    rng = random.Random(seed)
    actors = [f"Groupe {i:03d}" for i in range(300)]
    with SQLiteStore(path) as store:
        for d in range(0, n_events, per_doc):
            sentences = [" ".join(_word(rng) for _ in range(12)) + "." for _ in range(per_doc)]
            text = " ".join(sentences)
            year, month, day = rng.randint(2011, 2020), rng.randint(1, 12), rng.randint(1, 28)
            published = Published(year, month, day)
            doc_id = f"synthetic/{d // per_doc:06d}"
            result = DocumentResult(doc_id, published, "fr")
            offset = 0
            for i, sentence in enumerate(sentences[: min(per_doc, n_events - d)]):
                span = Span(offset, offset + len(sentence), sentence, i)
                offset += len(sentence) + 1
                country = rng.choice(list(COUNTRIES))
                west, south, east, north = COUNTRIES[country]
                place = Place(span, f"lieu {i}", country, "city", lat=rng.uniform(south, north),
                              lon=rng.uniform(west, east))
                by = Actor(f"a{i}", rng.choice(actors), "military", country=country)
                to = Actor(f"t{i}", rng.choice(actors), "civilians")
                start = f"{year:04d}-{month:02d}-{max(1, day - rng.randint(0, 3)):02d}"
                result.events.append(Event(
                    f"e{i}", rng.choice(TYPES), [span], actor=by, target=to, place=place, date_start=start,
                    date_precision="day", killed=rng.choice([None, 0, 1, 3, 10, 40]), status=rng.choice(STATUSES),
                ))
            store.add(Article(doc_id, text, published), result)


FILTER_SETS: list[tuple[str, dict[str, str]]] = [
    ("none", {}),
    ("country", {"country": "LY"}),
    ("dates", {"since": "2015-03", "until": "2015-04"}),
    ("country+dates+type", {"country": "SY", "since": "2014", "until": "2016", "type": "ASSAULT"}),
    ("actor", {"actor": "groupe 042"}),
    ("status", {"status": "planned"}),
    ("bbox", {"bbox": "12,25,20,32"}),
    ("q", {"q": "bombardement hôpital"}),
    ("q+country+dates", {"q": "manifestants", "country": "EG", "since": "2012", "until": "2013"}),
    ("deep page", {"country": "YE", "offset": "5000"}),
]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--db", type=Path, default=Path("/tmp/depeche-bench-api.db"))
    ap.add_argument("--repeat", type=int, default=30, help="requests per filter set")
    args = ap.parse_args(argv)

    from fastapi.testclient import TestClient

    from depeche.store import EventQuery
    from depeche.web import create_app, open_for_web

    if not args.db.exists():
        t0 = time.perf_counter()
        build(args.db, args.events)
        print(f"built {args.db} in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    store = open_for_web(str(args.db))
    total = store.count_events(EventQuery())
    print(f"store: {args.db}, {total} events; {args.repeat} requests per filter set, limit 100")
    everything: list[float] = []
    with TestClient(create_app(store)) as client:
        print(f"{'filters':<22}{'matches':>9}{'p50 ms':>9}{'p95 ms':>9}")
        for name, params in FILTER_SETS:
            client.get("/api/events", params=params)  # warm the page cache
            times: list[float] = []
            matches = 0
            for _ in range(args.repeat):
                t0 = time.perf_counter()
                response = client.get("/api/events", params=params)
                times.append((time.perf_counter() - t0) * 1000)
                assert response.status_code == 200, response.text
                matches = response.json()["total"]
            everything += times
            print(f"{name:<22}{matches:>9}{statistics.median(times):>9.1f}{_p95(times):>9.1f}")
    store.close()
    p95 = _p95(everything)
    print(f"{'all':<22}{'':>9}{statistics.median(everything):>9.1f}{p95:>9.1f}")
    print(f"p95 {'<' if p95 < 100 else '>='} 100 ms: {'ok' if p95 < 100 else 'TOO SLOW'}")
    return 0 if p95 < 100 else 1


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[-1]


if __name__ == "__main__":
    sys.exit(main())
