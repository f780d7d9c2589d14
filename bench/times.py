"""How much the times stage adds to the pipeline: docs/s without and with it, in one run.

    .venv/bin/python bench/times.py                      # 100 crisis articles, sentences-only model
    .venv/bin/python bench/times.py --n 200 --needs ner parser

Both runs share one loaded model; the order alternates over `--rounds` to even out warm-up and noise.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT.parent / "shared" / "eval" / "crisis_fr" / "articles.jsonl"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=100, help="number of articles (default 100)")
    ap.add_argument("--needs", nargs="*", default=["sentences"],
                    help="spaCy capabilities to load, e.g. `ner parser` for the full pipeline's model")
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args(argv)
    if not ARTICLES.exists():
        print(f"evaluation material missing: {ARTICLES}", file=sys.stderr)
        return 2

    import depeche.stages.times  # noqa: F401  (registers depeche.times.v1)
    from depeche.pipeline import PIECE_CHARS, Extractor, load_nlp
    from depeche.records import Article, Published
    from depeche.stages.times.tagger import tag

    articles: list[Article] = []
    with ARTICLES.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if len(row["text"]) > PIECE_CHARS:  # one scraped page is 2 MB: keep the sample typical
                continue
            articles.append(Article(doc_id=row["doc_id"], text=row["text"],
                                    published=Published.parse(row["published"])))
            if len(articles) >= args.n:
                break
    chars = sum(len(a.text) for a in articles)
    nlp = load_nlp(args.needs)
    without = Extractor(stage_names=(), nlp=nlp)
    with_times = Extractor(stage_names=("depeche.times.v1",), nlp=nlp)
    list(without.extract(articles[:5]))  # warm up

    spent = {"without": 0.0, "with": 0.0}
    for r in range(args.rounds):
        order = [("without", without), ("with", with_times)]
        for label, extractor in order if r % 2 == 0 else reversed(order):
            start = time.perf_counter()
            for _ in extractor.extract(articles):
                pass
            spent[label] += time.perf_counter() - start
    start = time.perf_counter()
    for _ in range(args.rounds):
        for a in articles:
            tag(a.text, a.published)
    tagger_only = time.perf_counter() - start

    docs = len(articles) * args.rounds
    print(f"{len(articles)} articles, {chars} characters, model components for {sorted(args.needs)}, "
          f"{args.rounds} rounds")
    print(f"pipeline without times: {docs / spent['without']:7.1f} docs/s")
    print(f"pipeline with times:    {docs / spent['with']:7.1f} docs/s")
    print(f"times tagger alone:     {docs / tagger_only:7.1f} docs/s")
    print(f"ratio with/without:     {spent['with'] / spent['without']:.3f}  "
          f"(tagger alone: +{100 * tagger_only / spent['without']:.1f}% of the pipeline's time)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
