"""Run the extractor over many articles, in this process or in a pool of worker processes.

Every runner maps the same per-partition function, `process_partition`, which loads the model
once per process; results come back in input order, each paired with its article.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from functools import cache
from itertools import islice
from multiprocessing.context import BaseContext

from depeche.pipeline import Extractor
from depeche.records import Article, DocumentResult, Failure
from depeche.stages import DEFAULT_STAGES


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one input: its article (None when it could not be read) and its result."""

    article: Article | None
    result: DocumentResult | Failure


@cache
def worker_extractor(stage_names: tuple[str, ...], batch_size: int) -> Extractor:
    """One extractor per process, built on first use."""
    return Extractor(stage_names=stage_names, batch_size=batch_size)


def process_partition(
    articles: Sequence[Article], stage_names: tuple[str, ...] = DEFAULT_STAGES, batch_size: int = 32
) -> list[DocumentResult | Failure]:
    """Extract one partition of articles: the unit of work of every runner (local pool, Dask)."""
    return list(worker_extractor(tuple(stage_names), batch_size).extract(articles))


def run(
    items: Iterable[Article | Failure],
    *,
    processes: int = 1,
    partition_size: int = 6,
    stage_names: Sequence[str] = DEFAULT_STAGES,
    batch_size: int = 32,
    extractor: Extractor | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
) -> Iterator[Outcome]:
    """Outcomes in input order. Reader failures pass straight through; articles are extracted
    `partition_size` at a time, in this process or in `processes` worker processes."""
    stages = tuple(stage_names)
    if processes <= 1:
        for part in _partitions(items, partition_size):
            articles = [a for a in part if isinstance(a, Article)]
            # the model is loaded only once there is something to parse
            results = list((extractor or worker_extractor(stages, batch_size)).extract(articles)) if articles else []
            outcomes = _pair(part, results)
            for outcome in outcomes:
                if on_outcome:
                    on_outcome(outcome)
                yield outcome
        return
    # The model is loaded here, once, and the workers are forked from this process: they start
    # with it in memory (copy-on-write) instead of each spending seconds loading their own.
    # Where fork is missing (macOS, Windows) each spawned worker loads it on first use.
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    if method == "fork":
        worker_extractor(stages, batch_size)
    context: BaseContext = multiprocessing.get_context(method)
    with ProcessPoolExecutor(max_workers=processes, mp_context=context) as pool:
        pending: deque[tuple[list[Article | Failure], Future[list[DocumentResult | Failure]]]] = deque()
        for part in _partitions(items, partition_size):
            articles = [a for a in part if isinstance(a, Article)]
            pending.append((part, pool.submit(process_partition, articles, stages, batch_size)))
            while len(pending) > processes * 2:
                yield from _finish(pending.popleft(), on_outcome)
        while pending:
            yield from _finish(pending.popleft(), on_outcome)


def _finish(
    entry: tuple[list[Article | Failure], Future[list[DocumentResult | Failure]]],
    on_outcome: Callable[[Outcome], None] | None,
) -> Iterator[Outcome]:
    part, future = entry
    articles = [a for a in part if isinstance(a, Article)]
    try:
        results = future.result()
    except BrokenProcessPool as exc:
        results = [Failure(a.source or a.doc_id, f"worker process died: {exc}", a.doc_id) for a in articles]
    except Exception as exc:  # noqa: BLE001 - one partition must not stop the run
        results = [Failure(a.source or a.doc_id, f"{type(exc).__name__}: {exc}", a.doc_id) for a in articles]
    for outcome in _pair(part, results):
        if on_outcome:
            on_outcome(outcome)
        yield outcome


def _pair(part: list[Article | Failure], results: list[DocumentResult | Failure]) -> list[Outcome]:
    found = iter(results)
    out: list[Outcome] = []
    for item in part:
        if isinstance(item, Failure):
            out.append(Outcome(None, item))
        else:
            out.append(Outcome(item, next(found)))
    return out


def _partitions(items: Iterable[Article | Failure], size: int) -> Iterator[list[Article | Failure]]:
    it = iter(items)
    while part := list(islice(it, max(1, size))):
        yield part
