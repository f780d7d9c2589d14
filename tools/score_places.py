"""Run the places stage (after actors, when that imports) over the seed and crisis_dev, and score it.

    .venv/bin/python tools/score_places.py                    # seed + crisis_dev
    .venv/bin/python tools/score_places.py --set dev --out /tmp/places_{set}.jsonl

Reads ../shared/eval; writes one JSON line per document to --out and prints score.py's figures.
"""

from __future__ import annotations

import argparse
import importlib
import json
import subprocess
import sys
import time
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
SEED = ROOT.parent / "shared" / "seed" / "000_04f88fb076471c09.txt"
sys.path.insert(0, str(ROOT / "src"))

from depeche.records import Article, Published  # noqa: E402


def seed_articles() -> list[Article]:
    _, date, text = SEED.read_text(encoding="utf-8").strip().split(" ", 2)
    gold = json.loads((EVAL / "gold" / "seed.jsonl").read_text(encoding="utf-8").splitlines()[0])
    return [Article(doc_id=gold["doc_id"], text=text, published=Published.parse(date))]


def dev_articles() -> list[Article]:
    wanted = {json.loads(line)["doc_id"] for line in (EVAL / "gold" / "crisis_dev.jsonl").open(encoding="utf-8")}
    out = []
    for line in (EVAL / "crisis_fr" / "articles.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        if row["doc_id"] in wanted:
            out.append(Article(doc_id=row["doc_id"], text=row["text"], published=Published.parse(row["published"])))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", choices=["seed", "dev", "both"], default="both")
    ap.add_argument("--out", default="/tmp/places_{set}.jsonl")
    ap.add_argument("--no-actors", action="store_true", help="run the places stage alone")
    args = ap.parse_args()
    if not EVAL.exists():
        print(f"evaluation material missing: {EVAL}", file=sys.stderr)
        return 2
    names = []
    try:
        importlib.import_module("depeche.stages.actors.known")
        if not args.no_actors:
            names.append("depeche.actors.v1")
    except ImportError as exc:
        # the actors package is being written in parallel; the places stage works without it
        print(f"note: actors stage not importable ({exc}); running without it", file=sys.stderr)
        sys.modules["depeche.stages.actors"] = types.ModuleType("depeche.stages.actors")
    importlib.import_module("depeche.stages.places")
    names.append("depeche.places.v1")
    from depeche.pipeline import Extractor

    ex = Extractor(stage_names=tuple(names))
    for which in {"seed": ["seed"], "dev": ["dev"], "both": ["seed", "dev"]}[args.set]:
        arts = seed_articles() if which == "seed" else dev_articles()
        out = Path(args.out.format(set=which))
        t = time.perf_counter()
        with out.open("w", encoding="utf-8") as fh:
            for res in ex.extract(arts):
                if hasattr(res, "as_dict"):
                    fh.write(json.dumps(res.as_dict(), ensure_ascii=False) + "\n")
                else:
                    print(f"FAILED {res}", file=sys.stderr)
        print(f"== {which}: {len(arts)} articles in {time.perf_counter() - t:.1f} s -> {out} ({' + '.join(names)})")
        gold = EVAL / "gold" / ("seed.jsonl" if which == "seed" else "crisis_dev.jsonl")
        subprocess.run([sys.executable, str(EVAL / "score.py"), "--gold", str(gold), "--pred", str(out)], check=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
