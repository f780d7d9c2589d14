"""What a gazetteer answers: typed entries, and the protocol every gazetteer (real or fake) follows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from depeche.records import PlaceKind


@dataclass(frozen=True, slots=True)
class Entry:
    """One place of the gazetteer. Areas (countries, regions, admin units) carry no point."""

    id: int  # row id inside this gazetteer build
    name: str
    kind: PlaceKind
    country: str | None  # ISO2; None for areas over several countries (Sahel, Méditerranée)
    geonameid: int | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    population: int = 0
    countries: tuple[str, ...] = ()  # every country an area lies in (regions), first = usual one
    primary: bool = True  # matched by its own or French name, not by one of many alternate names

    @property
    def all_countries(self) -> tuple[str, ...]:
        if self.countries:
            return self.countries
        return (self.country,) if self.country else ()


class Gazetteer(Protocol):
    """Name lookups, by `depeche.gazetteer.names.key` form."""

    def lookup(self, key: str) -> Sequence[Entry]:
        """Every entry one of whose names has this key (empty when none)."""
        ...

    def by_skeleton(self, skel: str, countries: frozenset[str]) -> Sequence[Entry]:
        """Entries of these countries whose name has this transliteration skeleton."""
        ...

    def country(self, iso2: str) -> Entry | None:
        """The country entry for an ISO2 code."""
        ...

    def neighbours(self, iso2: str) -> frozenset[str]:
        """ISO2 codes of the countries bordering this one."""
        ...
