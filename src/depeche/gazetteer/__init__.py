"""The offline place index: GeoNames cities, countries and subdivisions plus French names, from packages."""

from depeche.gazetteer.build import BuildOptions
from depeche.gazetteer.entries import Entry, Gazetteer
from depeche.gazetteer.names import key, skeleton
from depeche.gazetteer.store import MemoryGazetteer, SqliteGazetteer, cache_dir, gazetteer_path, load_gazetteer

__all__ = [
    "BuildOptions", "Entry", "Gazetteer", "MemoryGazetteer", "SqliteGazetteer",
    "cache_dir", "gazetteer_path", "key", "load_gazetteer", "skeleton",
]
