"""The table of well-known actors (`data/actors.toml`) and of the world's states with their French
vocabulary (`data/countries_fr.toml`): exact lookups by surface form, demonym, country name or capital.

Two kinds of forms: *names* are matched case- and accent-insensitively (`Nations unies`,
`Etats-Unis`), *exact forms* — acronyms and the few names that are also ordinary words
(`ONU`, `Otan`, `Grenade`) — only as written, accents aside. A leading article is dropped from
both (`la Syrie`, `l'ONU`). A form may name two actors only when `shared_forms` in actors.toml says
so (`CNT`, `Congo`, `congolais`); `lookup` then answers None and `lookup_all` every candidate.
"""

from __future__ import annotations

import os
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

ACTOR_TYPES = frozenset({
    "state", "government", "military", "police", "rebel", "militia", "party", "igo", "ngo",
    "person", "media", "religious", "business", "group",
})  # fmt: skip
STATE_PREFIX = "state:"
_ARTICLES = frozenset({"le", "la", "les", "l", "the"})
_ID = re.compile(r"[a-z0-9][a-z0-9_]*")
_ISO2 = re.compile(r"[A-Z]{2}")
# apostrophes and hyphens (all the Unicode ones news text uses) separate words
_SEPARATORS = re.compile(r"['’‘`´ʼ\-‐‑‒–—]+")
_EDGE_PUNCT = " \t\n\"«»“”()[],.;:!?"
_ACTOR_KEYS = frozenset({"id", "name", "type", "country", "aliases", "acronyms", "leaders"})
_COUNTRY_KEYS = frozenset({
    "english", "names", "english_names", "strict", "acronyms", "demonyms", "capital", "seats",
})  # fmt: skip

Source = str | os.PathLike[str] | Traversable


class KnownActorsError(ValueError):
    """A data file is malformed; the message names the file and the entry."""


@dataclass(frozen=True, slots=True)
class KnownActor:
    """One well-known actor. `aliases` match case- and accent-insensitively, `acronyms` as written."""

    id: str
    name: str
    type: str
    country: str | None
    aliases: tuple[str, ...]
    acronyms: tuple[str, ...]
    leaders: tuple[str, ...] = ()  # ids of the persons who lead it (`forces loyales à Haftar` = the LNA)


@lru_cache(maxsize=1 << 16)
def _fold(text: str) -> str:
    """Accents and ligatures off, apostrophes and hyphens to spaces, spaces collapsed; case kept."""
    text = text.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(_SEPARATORS.sub(" ", text).strip(_EDGE_PUNCT).split())


def _drop_article(folded: str) -> str:
    head, _, rest = folded.partition(" ")
    return rest if rest and head.lower() in _ARTICLES else folded


@lru_cache(maxsize=1 << 16)
def normalize_name(text: str) -> str:
    """The key a name is matched on: `la Syrie`, `SYRIE`, `Syrie` → `syrie`; `États-Unis` → `etats unis`."""
    return _drop_article(_fold(text)).lower()


@lru_cache(maxsize=1 << 16)
def normalize_exact(text: str) -> str:
    """The key an acronym is matched on: case kept, accents and a leading article dropped (`l'ONU` → `ONU`)."""
    return _drop_article(_fold(text))


def _source_name(src: Source) -> str:
    return src.name if isinstance(src, Traversable) else Path(src).name


def _read(src: Source) -> dict[str, Any]:
    path = src if isinstance(src, Traversable) else Path(src)
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise KnownActorsError(f"{_source_name(src)}: not valid TOML: {exc}") from None


def _strings(value: object, where: str, key: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise KnownActorsError(f"{where}: {key!r} must be a list of non-empty strings")
    return tuple(dict.fromkeys(value))  # de-duplicated, order kept


def _string(value: object, where: str, key: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise KnownActorsError(f"{where}: {key!r} must be a non-empty string")
    return value


class KnownActors:
    """Well-known actors and states, indexed by surface form. Build it with `load()`."""

    def __init__(self, actors: Iterable[KnownActor], countries: dict[str, dict[str, Any]],
                 shared_forms: Iterable[str] = (), *, sources: dict[str, str] | None = None) -> None:
        """Index the actors; `countries` maps ISO2 to its countries_fr.toml table (demonyms, capital...).

        `sources` maps an actor id to the file it came from, for error messages.
        """
        sources = sources or {}
        self._by_id: dict[str, KnownActor] = {}
        self._exact: dict[str, list[str]] = {}
        self._names: dict[str, list[str]] = {}
        self._demonyms: dict[str, list[str]] = {}
        self._capitals: dict[str, list[str]] = {}
        self._demonym_forms: list[tuple[str, str]] = []
        self._capital_forms: list[tuple[str, str]] = []
        shared_forms = list(shared_forms)
        shared = {normalize_exact(f) for f in shared_forms} | {normalize_name(f) for f in shared_forms}
        used_shared: set[str] = set()

        def where(actor_id: str) -> str:
            return f"{sources.get(actor_id, 'actors')}: actor {actor_id!r}"

        def index(table: dict[str, list[str]], key: str, owner: str, form: str, label: str) -> None:
            if not key:
                raise KnownActorsError(f"{label}: the form {form!r} is empty once normalised")
            owners = table.setdefault(key, [])
            if owner in owners:
                return
            if owners and key not in shared:
                raise KnownActorsError(
                    f"{label}: the form {form!r} is also a form of {owners[0]!r}; "
                    "list it in shared_forms (actors.toml) if both are right"
                )
            if owners:
                used_shared.add(key)
            owners.append(owner)

        for actor in actors:
            if actor.id in self._by_id:
                raise KnownActorsError(f"{where(actor.id)}: the id is used twice")
            self._by_id[actor.id] = actor
            for alias in actor.aliases:
                index(self._names, normalize_name(alias), actor.id, alias, where(actor.id))
            for acronym in actor.acronyms:
                index(self._exact, normalize_exact(acronym), actor.id, acronym, where(actor.id))

        for code, row in countries.items():
            label = f"{sources.get(STATE_PREFIX + code, 'countries')}: country {code!r}"
            for demonym in row.get("demonyms", []):
                index(self._demonyms, normalize_name(demonym), code, demonym, label)
                self._demonym_forms.append((demonym, code))
            for capital in [row["capital"], *row.get("seats", [])] if "capital" in row else row.get("seats", []):
                index(self._capitals, normalize_exact(capital), code, capital, label)
                self._capital_forms.append((capital, code))

        unused = [f for f in shared_forms if not {normalize_exact(f), normalize_name(f)} & used_shared]
        if unused:
            raise KnownActorsError(f"actors.toml: shared_forms lists forms no two entries share: {unused}")

    # -- building -------------------------------------------------------------------------
    @classmethod
    def load(cls, actors_file: Source | None = None, countries_file: Source | None = None) -> KnownActors:
        """The table from the package data (read once per process), or from the given files."""
        if actors_file is None and countries_file is None:
            return _default_table()
        data = files("depeche.stages.actors") / "data"
        return cls.from_files(actors_file or data / "actors.toml", countries_file or data / "countries_fr.toml")

    @classmethod
    def from_files(cls, actors_file: Source, countries_file: Source) -> KnownActors:
        """Read and validate both files; a `KnownActorsError` names the file and the entry at fault."""
        countries_name = _source_name(countries_file)
        countries = _parse_countries(_read(countries_file), countries_name)
        actors_name = _source_name(actors_file)
        actors, shared = _parse_actors(_read(actors_file), actors_name, frozenset(countries))
        ids = {a.id for a in actors}
        for actor in actors:
            missing = [leader for leader in actor.leaders if leader not in ids]
            if missing:
                raise KnownActorsError(f"{actors_name}: actor {actor.id!r}: unknown leaders {missing}")
        states = [_state(code, row) for code, row in countries.items()]
        sources = {a.id: actors_name for a in actors} | {s.id: countries_name for s in states}
        return cls([*actors, *states], countries, shared, sources=sources)

    # -- queries --------------------------------------------------------------------------
    def get(self, id: str) -> KnownActor:
        """The actor with this id (`lna`, `state:LY`); KeyError when there is none."""
        try:
            return self._by_id[id]
        except KeyError:
            raise KeyError(f"no known actor with id {id!r}") from None

    def lookup_all(self, text: str) -> tuple[KnownActor, ...]:
        """Every actor this exact surface form names: exact forms first, then names."""
        ids = self._exact.get(normalize_exact(text), []) + self._names.get(normalize_name(text), [])
        return tuple(self._by_id[i] for i in dict.fromkeys(ids))

    def lookup(self, text: str) -> KnownActor | None:
        """The one actor this surface form names, or None when it names none or several."""
        for ids in (self._exact.get(normalize_exact(text)), self._names.get(normalize_name(text))):
            if ids:
                return self._by_id[ids[0]] if len(ids) == 1 else None
        return None

    def entries(self) -> Iterable[KnownActor]:
        """All actors: the table's in file order, then the states by ISO2 code."""
        return self._by_id.values()

    def demonym_country(self, word: str) -> str | None:
        """ISO2 of a French demonym in any form (`libyens` → `LY`); None when unknown or shared (`congolais`)."""
        codes = self._demonyms.get(normalize_name(word), [])
        return codes[0] if len(codes) == 1 else None

    def demonym_countries(self, word: str) -> tuple[str, ...]:
        """Every country a demonym may refer to (`congolais` → `CD`, `CG`)."""
        return tuple(self._demonyms.get(normalize_name(word), []))

    def country_of_name(self, text: str) -> str | None:
        """ISO2 of a country name in French or English (`la Syrie`, `Etats-Unis`, `RDC`); None if unknown or shared."""
        for ids in (self._exact.get(normalize_exact(text)), self._names.get(normalize_name(text))):
            states = [i for i in ids or [] if i.startswith(STATE_PREFIX)]
            if states:
                return states[0].removeprefix(STATE_PREFIX) if len(states) == 1 else None
        return None

    def capital_country(self, text: str) -> str | None:
        """ISO2 of the state whose capital or seat of government this is (`Damas` → `SY`); case-sensitive."""
        codes = self._capitals.get(normalize_exact(text), [])
        return codes[0] if len(codes) == 1 else None

    def surface_forms(self) -> Iterator[tuple[str, str, bool]]:
        """(form, actor id, case_sensitive) for every alias and acronym, to build a PhraseMatcher.

        Case-insensitive forms are meant to be matched accent-insensitively too (see `normalize_name`).
        Demonyms and capitals are not included: see `demonyms()` and `capitals()`.
        """
        for actor in self._by_id.values():
            for alias in actor.aliases:
                yield alias, actor.id, False
            for acronym in actor.acronyms:
                yield acronym, actor.id, True

    def demonyms(self) -> Iterator[tuple[str, str]]:
        """(demonym form, ISO2) for every form of every demonym."""
        return iter(self._demonym_forms)

    def capitals(self) -> Iterator[tuple[str, str]]:
        """(capital or seat of government, ISO2)."""
        return iter(self._capital_forms)

    def is_shared(self, text: str) -> bool:
        """True when this form names several actors (`CNT`, `Congo`)."""
        return len(self.lookup_all(text)) > 1

    def __len__(self) -> int:
        return len(self._by_id)


@cache
def _default_table() -> KnownActors:
    data = files("depeche.stages.actors") / "data"
    return KnownActors.from_files(data / "actors.toml", data / "countries_fr.toml")


def _parse_actors(doc: dict[str, Any], name: str, countries: frozenset[str]) -> tuple[list[KnownActor], list[str]]:
    unknown = set(doc) - {"actor", "shared_forms"}
    if unknown:
        raise KnownActorsError(f"{name}: unknown top-level keys {sorted(unknown)}")
    shared = list(_strings(doc.get("shared_forms", []), name, "shared_forms"))
    rows = doc.get("actor", [])
    if not isinstance(rows, list) or not rows:
        raise KnownActorsError(f"{name}: no [[actor]] tables")
    actors = []
    for n, row in enumerate(rows, 1):
        actor_id = row.get("id")
        where = f"{name}: actor #{n} ({actor_id!r})" if actor_id else f"{name}: actor #{n}"
        extra = set(row) - _ACTOR_KEYS
        if extra:
            raise KnownActorsError(f"{where}: unknown keys {sorted(extra)}")
        actor_id = _string(actor_id, where, "id")
        if not _ID.fullmatch(actor_id):
            raise KnownActorsError(f"{where}: the id must be a lower-case slug ([a-z0-9_])")
        kind = _string(row.get("type"), where, "type")
        if kind not in ACTOR_TYPES or kind == "state":
            allowed = ", ".join(sorted(ACTOR_TYPES - {"state"}))
            raise KnownActorsError(f"{where}: unknown type {kind!r} (states come from countries_fr.toml; "
                                   f"types: {allowed})")
        country = row.get("country")
        if country is not None and (not isinstance(country, str) or country not in countries):
            raise KnownActorsError(f"{where}: {country!r} is not an ISO2 code of countries_fr.toml")
        aliases = _strings(row.get("aliases", []), where, "aliases")
        acronyms = _strings(row.get("acronyms", []), where, "acronyms")
        if not aliases and not acronyms:
            raise KnownActorsError(f"{where}: no aliases and no acronyms: nothing could ever match it")
        leaders = _strings(row.get("leaders", []), where, "leaders")
        actors.append(KnownActor(actor_id, _string(row.get("name"), where, "name"), kind, country,
                                 aliases, acronyms, leaders))
    return actors, shared


def _parse_countries(doc: dict[str, Any], name: str) -> dict[str, dict[str, Any]]:
    if not doc:
        raise KnownActorsError(f"{name}: no countries")
    out: dict[str, dict[str, Any]] = {}
    for code, row in doc.items():
        where = f"{name}: country {code!r}"
        if not _ISO2.fullmatch(code) or not isinstance(row, dict):
            raise KnownActorsError(f"{where}: tables must be named by an upper-case ISO2 code")
        extra = set(row) - _COUNTRY_KEYS
        if extra:
            raise KnownActorsError(f"{where}: unknown keys {sorted(extra)}")
        clean: dict[str, Any] = {"english": _string(row.get("english"), where, "english")}
        for key in ("names", "english_names", "strict", "acronyms", "demonyms", "seats"):
            clean[key] = _strings(row.get(key, []), where, key)
        if "capital" in row:
            clean["capital"] = _string(row["capital"], where, "capital")
        out[code] = clean
    return out


def _state(code: str, row: dict[str, Any]) -> KnownActor:
    english = row["english"]
    aliases = tuple(dict.fromkeys([*row["names"], english, *row["english_names"]]))
    acronyms = tuple(dict.fromkeys([*row["acronyms"], *row["strict"]]))
    return KnownActor(STATE_PREFIX + code, english, "state", code, aliases, acronyms)
