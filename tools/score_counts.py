"""Run the counts stage (after the actors stage, when it imports) on the reference dispatch and the
crisis dev articles, and score the output with ../shared/eval/score.py.

    .venv/bin/python tools/score_counts.py                 # seed + dev, writes /tmp/depeche_counts_*.jsonl
    .venv/bin/python tools/score_counts.py --set dev --diff    # also list misses and extras per article
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
SEED = ROOT.parent / "shared" / "seed" / "000_04f88fb076471c09.txt"
sys.path.insert(0, str(ROOT / "src"))

from depeche.records import Article, DocumentResult, Published  # noqa: E402


def seed_articles() -> list[Article]:
    raw = SEED.read_text(encoding="utf-8").strip()
    _, date, text = raw.split(" ", 2)
    return [Article(doc_id=SEED.stem, text=text, published=Published.parse(date))]


def dev_articles() -> list[Article]:
    gold = EVAL / "gold" / "crisis_dev.jsonl"
    wanted = {json.loads(line)["doc_id"] for line in gold.open(encoding="utf-8")}
    out = []
    for line in (EVAL / "crisis_fr" / "articles.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        if row["doc_id"] in wanted:
            out.append(Article(doc_id=row["doc_id"], text=row["text"], published=Published.parse(row["published"])))
    return out


def stage_names() -> tuple[str, ...]:
    try:
        from depeche.stages import make_stage

        make_stage("depeche.actors.v1")
    except Exception as exc:  # noqa: BLE001  # the actors stage is being written in parallel
        print(f"note: actors stage not importable ({exc}); counts run without actors", file=sys.stderr)
        import types

        sys.modules["depeche.stages.actors"] = types.ModuleType("depeche.stages.actors")
        import depeche.stages.counts  # noqa: F401

        return ("depeche.counts.v1",)
    import depeche.stages.counts  # noqa: F401

    return ("depeche.actors.v1", "depeche.counts.v1")


def diff(gold_path: Path, pred_path: Path) -> None:
    pred = {json.loads(line)["doc_id"]: json.loads(line) for line in pred_path.open(encoding="utf-8")}
    for line in gold_path.open(encoding="utf-8"):
        g = json.loads(line)
        got = pred.get(g["doc_id"], {}).get("counts", [])
        keys = {(c["kind"], c["value"]) for c in g.get("counts", [])}
        for c in g.get("counts", []):
            if not c.get("optional") and not any((s["kind"], s["value"]) == (c["kind"], c["value"]) for s in got):
                print(f"  miss  {g['doc_id']}: {c['kind']} {c['value']} ({c['mention']!r})")
        for s in got:
            if (s["kind"], s["value"]) not in keys:
                print(f"  extra {g['doc_id']}: {s['kind']} {s['value']} ({s['text']!r}, {s['rule']})")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", choices=["seed", "dev", "both"], default="both")
    ap.add_argument("--diff", action="store_true", help="list misses and extras")
    args = ap.parse_args()
    if not EVAL.exists():
        print(f"evaluation material missing: {EVAL}", file=sys.stderr)
        return 2
    names = stage_names()
    from depeche.pipeline import Extractor

    ex = Extractor(stage_names=names)
    for which in ["seed", "dev"] if args.set == "both" else [args.set]:
        arts = seed_articles() if which == "seed" else dev_articles()
        out = Path(f"/tmp/depeche_counts_{which}.jsonl")
        t = time.perf_counter()
        with out.open("w", encoding="utf-8") as fh:
            for res in ex.extract(arts):
                if isinstance(res, DocumentResult):
                    fh.write(json.dumps(res.as_dict(), ensure_ascii=False) + "\n")
                else:
                    print(f"FAILED {res}", file=sys.stderr)
        gold = EVAL / "gold" / ("seed.jsonl" if which == "seed" else "crisis_dev.jsonl")
        print(f"== {which}: {len(arts)} articles, {' + '.join(names)}, {time.perf_counter() - t:.1f} s -> {out}")
        proc = subprocess.run([sys.executable, str(EVAL / "score.py"), "--gold", str(gold), "--pred", str(out)],
                              check=False, capture_output=True, text=True)
        print("\n".join(line for line in proc.stdout.splitlines() if line.startswith("counts")) or proc.stdout)
        if args.diff:
            diff(gold, out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
