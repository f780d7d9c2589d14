"""Run depeche stages over an evaluation corpus in ../shared/eval and score them with its score.py.

    .venv/bin/python tools/score_stage.py timebank            # times stage on French TimeBank dev
    .venv/bin/python tools/score_stage.py seed --stages depeche.actors.v1 depeche.times.v1
    .venv/bin/python tools/score_stage.py crisis --out /tmp/crisis_times.jsonl
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
SEED = ROOT.parent / "shared" / "seed" / "000_04f88fb076471c09.txt"

# corpus -> (documents, gold)
CORPORA = {
    "timebank": (EVAL / "timebank_fr" / "docs_dev.jsonl", EVAL / "gold" / "timebank_dev.jsonl"),
    "seed": (SEED, EVAL / "gold" / "seed.jsonl"),
    "crisis": (EVAL / "crisis_fr" / "articles.jsonl", EVAL / "gold" / "crisis_dev.jsonl"),
}
_REFERENCE = re.compile(r"^\s*date\s+(\S+)\s+")


def read_docs(path: Path, wanted: set[str]) -> Iterator[tuple[str, str, str]]:
    """(doc_id, published, text) for each document of a JSONL corpus or the reference dispatch."""
    if path.suffix == ".txt":
        raw = path.read_text(encoding="utf-8")
        m = _REFERENCE.match(raw)
        if not m:
            raise SystemExit(f"{path}: expected `date YYYY-MM <text>` at the start")
        yield path.stem, m.group(1), raw[m.end():]
        return
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if str(row["doc_id"]) in wanted:
                yield str(row["doc_id"]), str(row.get("published") or ""), str(row["text"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", choices=sorted(CORPORA))
    ap.add_argument("--stages", nargs="+", default=["depeche.times.v1"])
    ap.add_argument("--out", type=Path, help="where to write the predictions (default /tmp/depeche_<corpus>.jsonl)")
    args = ap.parse_args(argv)

    for name in args.stages:  # each stage package registers itself when imported
        importlib.import_module("depeche.stages." + name.split(".")[1])
    from depeche.pipeline import Extractor
    from depeche.records import Article, Failure, Published

    docs_path, gold_path = CORPORA[args.corpus]
    for path in (docs_path, gold_path):
        if not path.exists():
            raise SystemExit(f"evaluation material missing: {path}")
    wanted = {str(json.loads(line)["doc_id"]) for line in gold_path.open(encoding="utf-8") if line.strip()}
    articles = [
        Article(doc_id=doc_id, text=text, published=Published.parse(published) if published else None)
        for doc_id, published, text in read_docs(docs_path, wanted)
    ]
    out = args.out or Path(f"/tmp/depeche_{args.corpus}.jsonl")
    extractor = Extractor(stage_names=tuple(args.stages))
    with out.open("w", encoding="utf-8") as fh:
        for result in extractor.extract(articles):
            if isinstance(result, Failure):
                print(f"failed: {result}", file=sys.stderr)
                continue
            fh.write(json.dumps(result.as_dict(), ensure_ascii=False) + "\n")
    print(f"{len(articles)} documents -> {out}")
    return subprocess.call([sys.executable, str(EVAL / "score.py"), "--gold", str(gold_path), "--pred", str(out)])


if __name__ == "__main__":
    raise SystemExit(main())
