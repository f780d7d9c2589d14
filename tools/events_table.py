"""Per-type table of events found and missed: gold core events by PLOVER type (found / missed) and system
events by type (matching a core event, an optional one, or none), with the rules of ../shared/eval/score.py.

    .venv/bin/python tools/evaluate.py crisis --out /tmp/crisis.jsonl
    .venv/bin/python tools/events_table.py --gold ../shared/eval/gold/crisis_dev.jsonl --pred /tmp/crisis.jsonl
    .venv/bin/python tools/events_table.py ... --misses      # also list each missed core event
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT.parent / "shared" / "eval" / "score.py"


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("depeche_eval_score", SCORER)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the scorer at {SCORER}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _rows(path: str) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", required=True)
    ap.add_argument("--pred", required=True)
    ap.add_argument("--misses", action="store_true", help="list missed core and unmatched system events")
    args = ap.parse_args()
    if not SCORER.exists():
        print(f"evaluation material missing: {SCORER}", file=sys.stderr)
        return 2
    score = _scorer()
    preds = {str(p.get("doc_id")): p for p in _rows(args.pred)}
    found: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    sys_core: Counter[str] = Counter()
    sys_optional: Counter[str] = Counter()
    sys_none: Counter[str] = Counter()
    notes: list[str] = []

    for gold in _rows(args.gold):
        events = list((preds.get(str(gold["doc_id"])) or {}).get("events") or [])
        used: set[int] = set()

        def match(s: dict[str, Any], g: dict[str, Any]) -> bool:
            if s.get("type") not in g.get("types", []):
                return False
            ok: bool = score.place_ok(s.get("place"), g.get("place"), g.get("country")) and score.dates_overlap(
                s.get("date"), g.get("window"))
            return ok

        gold_events = gold.get("events", [])
        core = [g for g in gold_events if g.get("core") and not g.get("optional")]
        rest = [g for g in gold_events if g not in core]
        for g in core:
            hit = next((i for i, s in enumerate(events) if i not in used and match(s, g)), None)
            kind = g["types"][0]
            if hit is None:
                missed[kind] += 1
                notes.append(f"MISSED {gold['doc_id']} {kind} {g.get('id')}")
            else:
                used.add(hit)
                found[kind] += 1
                sys_core[events[hit]["type"]] += 1
        for g in rest:
            hit = next((i for i, s in enumerate(events) if i not in used and match(s, g)), None)
            if hit is not None:
                used.add(hit)
                sys_optional[events[hit]["type"]] += 1
        for i, s in enumerate(events):
            if i not in used:
                sys_none[s["type"]] += 1
                trig = (s.get("trigger") or {}).get("text")
                notes.append(f"UNMATCHED {gold['doc_id']} {s['type']} {s.get('id')} '{trig}'")

    types = sorted(set(found) | set(missed) | set(sys_core) | set(sys_optional) | set(sys_none),
                   key=lambda t: -(found[t] + missed[t] + sys_none[t]))
    print(f"{'type':10s} {'gold core':>9s} {'found':>6s} {'missed':>6s} | {'system':>6s} {'=core':>6s} "
          f"{'=opt':>5s} {'none':>5s}")
    for t in types:
        total = sys_core[t] + sys_optional[t] + sys_none[t]
        print(f"{t:10s} {found[t] + missed[t]:9d} {found[t]:6d} {missed[t]:6d} | {total:6d} {sys_core[t]:6d} "
              f"{sys_optional[t]:5d} {sys_none[t]:5d}")
    n_found, n_missed = sum(found.values()), sum(missed.values())
    n_core, n_opt, n_none = sum(sys_core.values()), sum(sys_optional.values()), sum(sys_none.values())
    print(f"{'all':10s} {n_found + n_missed:9d} {n_found:6d} {n_missed:6d} | {n_core + n_opt + n_none:6d} "
          f"{n_core:6d} {n_opt:5d} {n_none:5d}")
    if args.misses:
        print("\n".join(notes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
