"""Gazetteer load time (warm, from the cache), memory, and lookup time.

    .venv/bin/python bench/gazetteer.py

Targets: load < 1 s warm, resident memory < 300 MB, a lookup in microseconds.
"""

from __future__ import annotations

import random
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from depeche.gazetteer import key, load_gazetteer  # noqa: E402
from depeche.stages.places.context import gazetteer_options  # noqa: E402


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    options = gazetteer_options()  # the build the places stage reads
    load_gazetteer(options)  # builds on the very first run; not what is measured
    base = rss_mb()
    t = time.perf_counter()
    gaz = load_gazetteer(options)
    first = gaz.lookup(key("Tripoli"))
    load_s = time.perf_counter() - t
    names = ["Tripoli", "Benghazi", "Damas", "Alep", "Le Caire", "Syrte", "Libye", "Paris", "Nowhere",
             "Misrata", "Genève", "Kaboul", "Bagdad", "Sanaa", "Mais", "Point", "Est", "Centrafrique", "RDC"]
    keys = [key(n) for n in names] + [f"xq{random.randint(0, 10**6)}" for _ in range(200)]
    t = time.perf_counter()
    for k in keys:
        gaz.lookup(k)
    cold_us = (time.perf_counter() - t) / len(keys) * 1e6
    t = time.perf_counter()
    for _ in range(20):
        for k in keys:
            gaz.lookup(k)
    warm_us = (time.perf_counter() - t) / (20 * len(keys)) * 1e6
    print(f"file            {gaz.path} ({gaz.path.stat().st_size / 1e6:.0f} MB on disk)")
    print(f"load (warm)     {load_s * 1000:.1f} ms   (first lookup included; Tripoli -> {len(first)} entries)")
    print(f"memory          {rss_mb():.0f} MB max RSS for the process ({rss_mb() - base:.0f} MB over the import)")
    print(f"lookup          {cold_us:.1f} us uncached, {warm_us:.2f} us cached, per name")


if __name__ == "__main__":
    main()
