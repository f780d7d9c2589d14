"""Runners that apply the extractor to many articles: in-process, a local process pool, or Dask."""

from depeche.batch.local import Outcome, process_partition, run

__all__ = ["Outcome", "process_partition", "run"]
