"""Where extraction results are kept and queried: the `Store` protocol, its backends and `open_store`."""

from depeche.store.base import AddOutcome, EventQuery, Store, StoreError, TimelineBucket, open_store
from depeche.store.sqlite import SQLiteStore

__all__ = ["AddOutcome", "EventQuery", "SQLiteStore", "Store", "StoreError", "TimelineBucket", "open_store"]
