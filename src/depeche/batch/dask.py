"""Run the extractor on a Dask cluster (the `dask` extra): a local one (`local:N`) or a running scheduler.

Inputs are cut into partitions and each worker maps the same `process_partition` as the local
runner, loading the model once per worker process; outcomes come back in input order.
"""

from __future__ import annotations

import logging
import re
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from depeche.batch.local import Outcome, _pair, _partitions, process_partition
from depeche.records import Article, DocumentResult, Failure
from depeche.stages import DEFAULT_STAGES

if TYPE_CHECKING:
    from distributed import Client

PartitionFn = Callable[[Sequence[Article], tuple[str, ...], int], list[DocumentResult | Failure]]

_LOCAL = re.compile(r"^local:(\d+)$")
_REMOTE = re.compile(r"^(tcp|tls)://[^\s/:]+:\d+$")


@dataclass(frozen=True, slots=True)
class Address:
    """Where to run: `workers` processes on this machine, or the scheduler at `scheduler`."""

    workers: int | None = None
    scheduler: str | None = None

    @classmethod
    def parse(cls, text: str) -> Address:
        """`local:N` or `tcp://HOST:PORT` (`tls://` too); raises ValueError saying what is expected.

        >>> Address.parse("local:2")
        Address(workers=2, scheduler=None)
        """
        value = text.strip()
        local = _LOCAL.match(value)
        if local:
            workers = int(local.group(1))
            if workers < 1:
                raise ValueError(f"local:N needs at least one worker, not {value!r}")
            return cls(workers=workers)
        if _REMOTE.match(value):
            return cls(scheduler=value)
        raise ValueError(f"expected local:N (a local cluster of N workers) or tcp://HOST:PORT, not {text!r}")


def _import_distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise RuntimeError("Dask needs the dask extra: pip install 'depeche[dask]'") from None
    return distributed


@contextmanager
def connect(address: Address | str) -> Iterator[Client]:
    """A Dask client for `address`; a local cluster is started for `local:N` and stopped afterwards."""
    where = Address.parse(address) if isinstance(address, str) else address
    distributed = _import_distributed()
    if where.scheduler is not None:
        with distributed.Client(where.scheduler, timeout="30s") as client:
            yield client
        return
    # One thread per worker: the model is not shared between threads, and each worker is a process.
    with (
        distributed.LocalCluster(
            n_workers=where.workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",  # a free port: never clash with another cluster
            silence_logs=logging.ERROR,
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


# A worker with several threads would otherwise run partitions at once on one model, or load it twice.
_WORKER_LOCK = threading.Lock()


def _run_partition(
    function: PartitionFn, articles: Sequence[Article], stage_names: tuple[str, ...], batch_size: int
) -> list[DocumentResult | Failure]:
    with _WORKER_LOCK:
        return function(articles, stage_names, batch_size)


def run_dask(
    items: Iterable[Article | Failure],
    client: Client,
    *,
    partition_size: int = 16,
    stage_names: Sequence[str] = DEFAULT_STAGES,
    batch_size: int = 32,
    in_flight: int | None = None,
    partition: PartitionFn = process_partition,
    on_outcome: Callable[[Outcome], None] | None = None,
) -> Iterator[Outcome]:
    """Outcomes in input order, each partition extracted by a Dask worker.

    Reader failures pass straight through. At most `in_flight` partitions (default: two per
    worker thread) are submitted ahead of the one being returned, so input is read as it is
    consumed. A partition whose task fails (its worker died, say) becomes one `Failure` per
    document, and the run goes on.
    """
    stages = tuple(stage_names)
    threads: dict[str, int] = client.nthreads()  # type: ignore[no-untyped-call]
    limit = in_flight or max(2, 2 * sum(threads.values()))
    pending: deque[tuple[list[Article | Failure], Any]] = deque()
    for part in _partitions(items, partition_size):
        articles = [a for a in part if isinstance(a, Article)]
        # pure=False: two equal partitions are still two pieces of work, each with its own results.
        future = None
        if articles:
            future = client.submit(_run_partition, partition, articles, stages, batch_size, pure=False)
        pending.append((part, future))
        while len(pending) > limit:
            yield from _finish(*pending.popleft(), on_outcome)
    while pending:
        yield from _finish(*pending.popleft(), on_outcome)


def _finish(
    part: list[Article | Failure], future: Any, on_outcome: Callable[[Outcome], None] | None
) -> Iterator[Outcome]:
    articles = [a for a in part if isinstance(a, Article)]
    results: list[DocumentResult | Failure] = []
    if future is not None:
        try:
            results = list(future.result())
        except Exception as exc:  # noqa: BLE001 - one partition must not stop the run
            message = f"Dask task failed: {type(exc).__name__}: {exc}"
            results = [Failure(a.source or a.doc_id, message, a.doc_id) for a in articles]
        finally:
            future.release()
    for outcome in _pair(part, results):
        if on_outcome:
            on_outcome(outcome)
        yield outcome
