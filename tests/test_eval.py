"""`depeche eval`: the matching rules on small cases (fast), the same figures as the evaluation
material's own scorer on its gold files (read from ../shared, skipped when absent), and the command."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from typer.testing import CliRunner

from depeche.cli import app
from depeche.evaluate import day, located, normalise, overlaps, same_mention, score, value_starts

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
runner = CliRunner()

# --- the rules (fast) -----------------------------------------------------------------------------


def test_mentions_ignore_case_accents_punctuation_and_a_leading_article() -> None:
    assert normalise("L'Égypte,") == "egypte"
    assert normalise("les") == "les"  # an article alone is kept: there is nothing else
    assert same_mention("la ville de Derna", "Derna")
    assert not same_mention("Dernaville", "Derna")  # word boundaries
    assert not same_mention("", "Derna")


def test_places_agree_within_50_km_or_by_country() -> None:
    derna = {"lat": 32.767, "lon": 22.637}
    assert located({"lat": 32.77, "lon": 22.64}, derna)
    assert not located({"lat": 32.12, "lon": 20.07}, derna)  # Benghazi, 250 km away
    assert not located({"country": "LY"}, derna)  # no coordinates where the gold has some
    assert located({"country": "ly"}, {"country": "LY"})
    assert located({"country": "LY"}, None, "LY")
    assert located(None, None)  # a gold event with no place takes any


def test_dates_overlap_the_window_at_the_precision_written() -> None:
    assert day("2016-02", last=True) == (2016, 2, 29)
    assert day("2018") == (2018, 1, 1)
    assert day("juin") is None
    assert overlaps({"start": "2018-06-01", "end": "2018-06-30"}, ["2018-05", "2018-06"])
    assert not overlaps({"start": "2017-08-01", "end": "2017-08-31"}, ["2018-05", "2018-06"])
    assert overlaps({"value": "2018-05-17"}, ["2018-05"])
    assert overlaps(None, None) and not overlaps(None, ["2018"])


def test_a_time_value_may_be_more_precise_than_the_gold() -> None:
    assert value_starts("2018-05-17", {"value": "2018-05"})
    assert not value_starts("2018", {"value": "2018-05"})
    assert value_starts("2018-W20", {"value": "2018-05", "alts": ["2018-W20"]})


def test_events_pair_with_the_first_free_match_and_role_reads_the_actor() -> None:
    gold = [{"doc_id": "d", "actors": [{"name": "Libyan National Army", "aliases": ["ANL"]}],
             "events": [{"types": ["ASSAULT"], "core": True, "actor": "Libyan National Army", "killed": 17,
                         "place": {"country": "LY"}, "window": ["2018-05", "2018-06"]},
                        {"types": ["MOBILIZE"], "core": False, "optional": True, "window": ["2018"]}]}]
    found = [{"doc_id": "d", "actors": [{"name": "ANL", "mentions": []}],
              "events": [{"type": "ASSAULT", "actor": {"name": "ANL"}, "place": {"country": "LY"},
                          "date": {"start": "2018-06-01", "end": "2018-06-30"}, "killed": 17},
                         {"type": "MOBILIZE", "date": {"start": "2018-03-01"}},
                         {"type": "PROTEST"}]}]
    got = score(gold, found)
    # the optional MOBILIZE is neutral; the PROTEST matches nothing
    assert got["events"] == {"precision": 0.5, "recall": 1.0, "f1": 0.6667, "tp": 1, "fp": 1, "fn": 0}
    assert got["role"] == {"value": 1.0, "n": 1} and got["killed"] == {"value": 1.0, "n": 1}
    assert got["actors"] == {"recall": 1.0, "tp": 1, "fn": 0} and got["merge"] == {"value": 1.0, "n": 1}
    assert got["documents"] == {"gold": 1, "missing_in_pred": 0}


def test_a_document_missing_from_the_predictions_counts_as_nothing_found() -> None:
    got = score([{"doc_id": "d", "counts": [{"kind": "killed", "value": 3}]}], [])
    assert got["counts"]["fn"] == 1 and got["documents"]["missing_in_pred"] == 1


# --- the same figures as ../shared/eval/score.py ---------------------------------------------------


def _reference() -> ModuleType:
    path = EVAL / "score.py"
    if not path.exists():
        pytest.skip(f"evaluation material missing: {path} (../shared beside the project)")
    spec = importlib.util.spec_from_file_location("reference_score", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _as_output(gold: dict[str, Any], n: int) -> dict[str, Any]:
    """A system output made from a gold document, damaged in a way that depends on `n`: items dropped,
    places moved, values changed, events retyped, actors renamed."""
    def keep(i: int) -> bool:
        return (i + n) % 3 != 0

    places = [{"text": p.get("mention"), "country": p.get("country"),
               "lat": (p["lat"] + (1.0 if i % 4 == 1 else 0.0)) if isinstance(p.get("lat"), (int, float)) else None,
               "lon": p.get("lon")} for i, p in enumerate(gold.get("places", [])) if keep(i)]
    times = [{"text": t.get("mention"), "value": (t.get("value") or "")[:4 if i % 2 else 10]}
             for i, t in enumerate(gold.get("times", [])) if keep(i)]
    counts = [{"text": c.get("mention", ""), "kind": c.get("kind"), "value": (c.get("value") or 0) + (i % 2)}
              for i, c in enumerate(gold.get("counts", [])) if keep(i)]
    actors = [{"name": a["name"] if i % 3 else "someone else", "mentions": a.get("aliases", [])[:1]}
              for i, a in enumerate(gold.get("actors", [])) if keep(i + 1)]
    events = []
    for i, e in enumerate(gold.get("events", [])):
        window = e.get("window") or [None]
        events.append({"type": e["types"][0] if i % 5 else "AID",
                       "actor": {"name": e.get("actor") if i % 2 else "nobody"},
                       "place": e.get("place") or ({"country": e["country"]} if e.get("country") else None),
                       "date": {"start": window[0], "end": window[-1]},
                       "killed": e.get("killed")})
    return {"doc_id": gold["doc_id"], "places": places, "times": times, "counts": counts, "actors": actors,
            "events": events}


@pytest.mark.parametrize("name", ["seed.jsonl", "crisis_dev.jsonl", "timebank_dev.jsonl"])
def test_figures_are_the_evaluation_scorers(name: str) -> None:
    reference = _reference()
    path = EVAL / "gold" / name
    gold = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for n in range(3):
        found = [_as_output(g, n) for g in gold[n % 2:]]  # some documents missing, too
        assert score(gold, found) == reference.score(gold, found)


# --- the command ------------------------------------------------------------------------------------


def _write(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_eval_prints_the_table_and_checks_floors(tmp_path: Path) -> None:
    gold = _write(tmp_path / "gold.jsonl", [{"doc_id": "d", "counts": [{"kind": "killed", "value": 17}]}])
    pred = _write(tmp_path / "pred.jsonl", [{"doc_id": "d", "counts": [{"kind": "killed", "value": 17},
                                                                       {"kind": "injured", "value": 3}]}])
    result = runner.invoke(app, ["eval", "--gold", str(gold), "--pred", str(pred)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == "counts   P 0.500  R 1.000  F1 0.667   (tp 1, fp 1, fn 0)"
    ok = runner.invoke(app, ["eval", "--gold", str(gold), "--pred", str(pred), "--require", "counts.recall=1"])
    assert ok.exit_code == 0
    low = runner.invoke(app, ["eval", "--gold", str(gold), "--pred", str(pred), "--require", "counts.precision=0.9"])
    assert low.exit_code == 1 and "below floor: counts.precision=0.5 < 0.9" in low.output
    as_json = runner.invoke(app, ["eval", "--gold", str(gold), "--pred", str(pred), "--json"])
    assert json.loads(as_json.output)["counts"]["fp"] == 1


def test_eval_names_the_file_and_line_of_a_broken_row(tmp_path: Path) -> None:
    gold = _write(tmp_path / "gold.jsonl", [{"doc_id": "d"}])
    pred = tmp_path / "pred.jsonl"
    pred.write_text('{"doc_id": "d"}\n{"doc_id": \n', encoding="utf-8")
    result = runner.invoke(app, ["eval", "--gold", str(gold), "--pred", str(pred)])
    assert result.exit_code == 2
    assert f"{pred}:2: not JSON" in result.output
    missing = runner.invoke(app, ["eval", "--gold", str(tmp_path / "nope.jsonl"), "--pred", str(pred)])
    assert missing.exit_code == 2 and "no such file" in missing.output
