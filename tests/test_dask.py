"""The Dask runner: addresses, input order, per-document failures, and the same output as a local run."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from depeche.batch.dask import Address, run_dask
from depeche.cli import app
from depeche.records import Article, DocumentResult, Failure, Published

distributed = pytest.importorskip("distributed", reason="the dask extra (distributed) is not installed")

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("local:2", Address(workers=2)),
        (" local:1 ", Address(workers=1)),
        ("tcp://scheduler:8786", Address(scheduler="tcp://scheduler:8786")),
        ("tls://10.0.0.5:8786", Address(scheduler="tls://10.0.0.5:8786")),
    ],
)
def test_addresses(text: str, expected: Address) -> None:
    assert Address.parse(text) == expected


@pytest.mark.parametrize("text", ["local:0", "local", "local:two", "scheduler:8786", "tcp://scheduler", "http://x:1"])
def test_bad_addresses_say_what_is_expected(text: str) -> None:
    with pytest.raises(ValueError, match=r"local:N|at least one worker"):
        Address.parse(text)


def test_a_bad_dask_option_is_a_usage_error() -> None:
    result = CliRunner().invoke(app, ["extract", str(ROOT / "examples"), "--dask", "scheduler:8786"])
    assert result.exit_code == 2
    assert "--dask" in result.output and "tcp://HOST:PORT" in result.output


# --- a fake partition function on an in-process cluster: fast ------------------------------------


def echo(articles: Sequence[Article], stage_names: tuple[str, ...], batch_size: int) -> list[DocumentResult | Failure]:
    """Stands in for the extractor: a result per article, and a crash on any article named `boom`."""
    if any(a.doc_id == "boom" for a in articles):
        raise RuntimeError("worker crashed")
    return [DocumentResult(a.doc_id, a.published, "fr", pipeline="+".join(stage_names)) for a in articles]


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with distributed.Client(
        processes=False, n_workers=1, threads_per_worker=2, dashboard_address=":0"
    ) as in_process:
        yield in_process


def article(doc_id: str) -> Article:
    return Article(doc_id, "Texte.", Published(2018, 6), language="fr")


def test_outcomes_come_in_input_order_with_failures_in_place(client: Any) -> None:
    unreadable = Failure("bad.txt", "not UTF-8")
    items: list[Article | Failure] = [article(f"d{i}") for i in range(7)]
    items[3:3] = [unreadable]
    items.append(article("boom"))
    outcomes = list(run_dask(items, client, partition_size=3, in_flight=1, partition=echo, stage_names=("x",)))
    assert [o.article.doc_id if o.article else None for o in outcomes] == [
        "d0", "d1", "d2", None, "d3", "d4", "d5", "d6", "boom"
    ]
    assert outcomes[3].result is unreadable
    done = [o.result for o in outcomes if isinstance(o.result, DocumentResult)]
    assert [r.doc_id for r in done] == [f"d{i}" for i in range(5)]  # d5 and d6 share the crashed partition
    assert {r.pipeline for r in done} == {"x"}
    crashed = [o.result for o in outcomes[-3:]]
    assert all(isinstance(r, Failure) and "Dask task failed: RuntimeError: worker crashed" in r.message
               for r in crashed)
    assert [r.doc_id for r in crashed if isinstance(r, Failure)] == ["d5", "d6", "boom"]


def test_no_input_is_no_outcome(client: Any) -> None:
    assert list(run_dask([], client, partition=echo)) == []


# --- the real extractor on a local cluster of 2 worker processes ----------------------------------


@pytest.mark.slow
def test_dask_output_is_the_local_output(tmp_path: Path) -> None:
    inputs = [str(ROOT / "examples"), str(tmp_path / "empty.txt")]
    (tmp_path / "empty.txt").write_text("date 2018-06\n", encoding="utf-8")
    runner = CliRunner()
    local = runner.invoke(app, ["extract", *inputs, "-o", str(tmp_path / "local.jsonl")])
    dask = runner.invoke(app, ["extract", *inputs, "--dask", "local:2", "-o", str(tmp_path / "dask.jsonl")])
    assert local.exit_code == 0, local.output
    assert dask.exit_code == 0, dask.output
    expected = (tmp_path / "local.jsonl").read_text(encoding="utf-8")
    assert expected.count("\n") >= 3
    assert (tmp_path / "dask.jsonl").read_text(encoding="utf-8") == expected
    # The same summary, failure included, in the same words.
    assert dask.stderr == local.stderr
    assert "1 failed" in dask.stderr
