"""Choose one gazetteer entry per place name, from what the whole document says about its countries.

A name's entries are ranked by the document's countries (named, or implied by demonyms and by the
other, unambiguous places), their neighbours, population, and the kind of place.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from depeche.gazetteer import Entry, Gazetteer
from depeche.stages.places.detect import Candidate

KIND_BONUS = {"country": 2.0, "region": 1.0, "admin": 0.2, "city": 0.0, "other": 0.0}


@dataclass(frozen=True, slots=True)
class Choice:
    entry: Entry
    country: str | None  # for an area over several countries: the one the document is about
    confidence: float


class CountryContext:
    """Shares of the document's country evidence, each in [0, 1]."""

    def __init__(self, counts: Counter[str], gazetteer: Gazetteer) -> None:
        self.counts = counts
        self.total = sum(counts.values())
        self.share = {c: n / self.total for c, n in counts.items()} if self.total else {}
        self.gazetteer = gazetteer

    def weight(self, country: str | None, leave_out: Counter[str] | None = None) -> float:
        """The country's share of the evidence plus a quarter of its best neighbour's.

        `leave_out` is evidence to discount (what a name lent its own country).
        """
        if not country:
            return 0.0
        if leave_out:
            total = self.total - sum(leave_out.values())
            if total <= 0:
                return 0.0
            share = {c: (n - leave_out.get(c, 0)) / total for c, n in self.counts.items()}
        else:
            share = self.share
        near = max((share.get(n, 0.0) for n in self.gazetteer.neighbours(country)), default=0.0)
        return share.get(country, 0.0) + 0.25 * near

    def top(self, among: Iterable[str]) -> str | None:
        ranked = sorted(among, key=lambda c: -self.share.get(c, 0.0))
        return ranked[0] if ranked and self.share.get(ranked[0], 0.0) > 0 else None


def candidate_evidence(c: Candidate) -> tuple[str, int] | None:
    """The country one mention speaks for, and how loudly: a country's name 2, a lone sizeable town 1."""
    countries = {e.country for e in c.entries if e.kind == "country" and e.primary and e.country}
    if len(countries) == 1:
        return countries.pop(), 2
    big = [e for e in c.entries if e.kind == "city" and e.population >= 50_000]
    if len(big) == 1 and big[0].country:
        return big[0].country, 1
    return None


def country_evidence(cands: Sequence[Candidate], demonyms: Counter[str]) -> Counter[str]:
    """Countries named, demonyms, and the countries of names with a single likely reading."""
    counts: Counter[str] = Counter(demonyms)
    for c in cands:
        found = candidate_evidence(c)
        if found is not None:
            counts[found[0]] += found[1]
    return counts


def own_evidence(cands: Sequence[Candidate]) -> dict[str, Counter[str]]:
    """Per name key, the evidence its own mentions gave (to leave out when judging that name)."""
    out: dict[str, Counter[str]] = {}
    for c in cands:
        found = candidate_evidence(c)
        if found is not None:
            out.setdefault(c.key, Counter())[found[0]] += found[1]
    return out


def _entry_score(e: Entry, ctx: CountryContext, admin_cue: bool, capital_of: str | None) -> float:
    pop = math.log10(e.population + 10) / 7.0
    kind = KIND_BONUS.get(e.kind, 0.0)
    if admin_cue and e.kind == "admin":
        kind += 1.0
    if capital_of is not None and e.kind == "city" and e.country == capital_of:
        kind += 0.3  # `Tripoli` alone is Libya's capital; the document's countries still outweigh it
    ctx_weight = max((ctx.weight(c) for c in e.all_countries), default=0.0)
    return 2.5 * ctx_weight + 1.2 * pop + kind + (0.4 if e.primary else 0.0)


def choose(entries: Sequence[Entry], ctx: CountryContext, admin_cue: bool = False,
           capital_of: str | None = None) -> Choice:
    """The best reading of a name in this document, and how far ahead of the next one it is.

    `capital_of` is the country whose capital the name is (`Damas` -> SY), when it is one.
    """
    scored = sorted(((_entry_score(e, ctx, admin_cue, capital_of), e) for e in entries), key=lambda x: -x[0])
    best_score, best = scored[0]
    margin = best_score - scored[1][0] if len(scored) > 1 else 2.0
    confidence = 1.0 / (1.0 + math.exp(-2.0 * margin))
    country = best.country
    if country is None and best.countries:
        country = ctx.top(best.countries)
    return Choice(best, country, confidence)
