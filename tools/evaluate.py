"""Run depeche over the evaluation documents of ../shared/eval and score the output with its score.py.

    .venv/bin/python tools/evaluate.py seed                 # the reference dispatch
    .venv/bin/python tools/evaluate.py crisis               # the 22 annotated crisis articles
    .venv/bin/python tools/evaluate.py timebank --stages depeche.times.v1
    .venv/bin/python tools/evaluate.py crisis --out /tmp/dev.jsonl --json

Documents go through the same readers as `depeche extract` (cleaning included); only those with
a gold annotation are extracted, so a dev run takes seconds rather than minutes.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EVAL = SHARED / "eval"

CORPORA = {
    "seed": (SHARED / "seed" / "000_04f88fb076471c09.txt", EVAL / "gold" / "seed.jsonl"),
    "crisis": (EVAL / "crisis_fr" / "articles.jsonl", EVAL / "gold" / "crisis_dev.jsonl"),
    "timebank": (EVAL / "timebank_fr" / "docs_dev.jsonl", EVAL / "gold" / "timebank_dev.jsonl"),
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", choices=sorted(CORPORA))
    ap.add_argument("--stages", nargs="+", help="stage names (default: the default pipeline)")
    ap.add_argument("--out", help="keep the predictions in this JSONL file")
    ap.add_argument("--json", action="store_true", help="print score.py's JSON")
    ap.add_argument("--no-clean", action="store_true", help="skip boilerplate cleaning")
    args = ap.parse_args()

    from depeche.pipeline import Extractor
    from depeche.readers import read_inputs
    from depeche.records import Article, DocumentResult
    from depeche.stages import DEFAULT_STAGES

    docs, gold = CORPORA[args.corpus]
    if not docs.exists() or not gold.exists():
        print(f"evaluation material missing: {docs} or {gold}", file=sys.stderr)
        return 2
    wanted = {json.loads(line)["doc_id"] for line in gold.open(encoding="utf-8") if line.strip()}
    articles = [a for a in read_inputs([str(docs)], clean=not args.no_clean)
                if isinstance(a, Article) and a.doc_id in wanted]
    extractor = Extractor(stage_names=tuple(args.stages or DEFAULT_STAGES))
    out = Path(args.out) if args.out else Path(tempfile.mkstemp(suffix=".jsonl")[1])
    with out.open("w", encoding="utf-8") as fh:
        for result in extractor.extract(articles):
            if isinstance(result, DocumentResult):
                fh.write(json.dumps(result.as_dict(), ensure_ascii=False) + "\n")
            else:
                print(f"failed: {result}", file=sys.stderr)
    command = [sys.executable, str(EVAL / "score.py"), "--gold", str(gold), "--pred", str(out)]
    return subprocess.run(command + (["--json"] if args.json else []), check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
