"""Which countries a document is about, from the project's one French country vocabulary.

Demonyms (`libyen`, `syriennes`), country names and capitals come from the actors stage's table
(`stages/actors/data/countries_fr.toml` through `KnownActors`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from spacy.tokens import Doc

from depeche.gazetteer import BuildOptions, key
from depeche.stages.actors.known import KnownActors

DemonymLookup = Callable[[str], str | None]


def known_demonyms(known: KnownActors | None = None) -> DemonymLookup:
    """ISO2 of a French demonym in any gender and number (`libyennes` -> `LY`), None when unknown."""
    table = known or KnownActors.load()

    def lookup(word: str) -> str | None:
        found = table.demonym_country(word)
        return str(found) if found else None

    return lookup


def country_names(known: KnownActors | None = None) -> dict[str, str]:
    """Every French and English name and acronym of a state that names only that state, to its ISO2."""
    table = known or KnownActors.load()
    owners: dict[str, set[str]] = {}
    for actor in table.entries():
        if actor.type == "state" and actor.country:
            for form in (*actor.aliases, *actor.acronyms):
                owners.setdefault(form, set()).add(actor.country)
    return {form: next(iter(codes)) for form, codes in owners.items() if len(codes) == 1}


def acronym_keys(known: KnownActors | None = None) -> frozenset[str]:
    """Keys of state acronyms (`USA`, `RDC`): names only when written in capitals (`Car` is not `CAR`)."""
    table = known or KnownActors.load()
    return frozenset(key(form) for actor in table.entries() if actor.type == "state"
                     for form in actor.acronyms if form.isupper())


def gazetteer_options(known: KnownActors | None = None) -> BuildOptions:
    """The gazetteer build the places stage reads: GeoNames plus the actors table's country names."""
    return BuildOptions(extra_countries=country_names(known))


def demonym_counts(doc: Doc, demonym: DemonymLookup) -> Counter[str]:
    """How often each country's demonym occurs (adjectives and nouns alike)."""
    counts: Counter[str] = Counter()
    for token in doc:
        if token.is_alpha and len(token.text) > 3:
            country = demonym(token.text)
            if country:
                counts[country] += 1
    return counts
