"""The places stage: every place an article names, resolved to a gazetteer entry with its country and point."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import ClassVar

from depeche.gazetteer import Entry, Gazetteer, key, load_gazetteer, skeleton
from depeche.records import Place
from depeche.stages.base import Work, register_stage
from depeche.stages.places.context import DemonymLookup, demonym_counts, known_demonyms
from depeche.stages.places.detect import LOCATIVE, Candidate, find_candidates
from depeche.stages.places.relative import DIRECTION_DEMONYM, DIRECTIONS, relation_before
from depeche.stages.places.resolve import Choice, CountryContext, choose, country_evidence

THRESHOLD = 2.0  # evidence a span needs to be taken for a place (see detect._weigh)
# Actor types whose names are proper names that may hold a toponym without being a place.
_NAMED_ACTORS = {"person", "igo", "ngo", "media", "party", "business", "religious", "other", "group"}
_ADMIN_CUES = re.compile(r"(?:province|gouvernorat|région|wilaya|district|préfecture|État)\s+(?:de|d['’]|du)\s*$",
                         re.IGNORECASE)


def _prose_lines(text: str) -> list[tuple[int, int, bool]]:
    """Each line's span and whether it reads as article prose rather than a menu or a headline list."""
    out = []
    pos = 0
    for line in text.split("\n"):
        words = len(line.split())
        stripped = line.rstrip()
        prose = words >= 20 or (words >= 6 and stripped[-1:] in ".!?»\":;…)")
        out.append((pos, pos + len(line), prose))
        pos += len(line) + 1
    return out


class PlacesStage:
    """`depeche.places.v1`: gazetteer candidates, French context, document-level disambiguation."""

    name: ClassVar[str] = "depeche.places.v1"
    needs: ClassVar[frozenset[str]] = frozenset({"ner", "morphologizer"})

    def __init__(self, gazetteer: Gazetteer | None = None, demonym: DemonymLookup | None = None,
                 threshold: float = THRESHOLD, drop_boilerplate: bool = True) -> None:
        self.gazetteer = gazetteer if gazetteer is not None else load_gazetteer()
        self.demonym = demonym or known_demonyms()
        self.threshold = threshold
        self.drop_boilerplate = drop_boilerplate

    def __call__(self, work: Work) -> None:
        work.result.places = self.find(work)

    def find(self, work: Work) -> list[Place]:
        doc, text = work.doc, work.doc.text
        blocked = [
            (m.start, m.end, "person" if a.type == "person" else "org")
            for a in work.result.actors if a.type in _NAMED_ACTORS
            for m in a.mentions if m.text[:1].isupper()
        ]
        every = find_candidates(doc, self.gazetteer, blocked)
        cands = [c for c in every if c.score >= self.threshold]
        if self.drop_boilerplate:
            cands = self._drop_boilerplate(text, cands)
        demonyms = demonym_counts(doc, self.demonym)
        ctx = CountryContext(country_evidence(cands, demonyms), self.gazetteer)
        cands += self._transliterations(work, every, ctx)
        choices: dict[str, Choice] = {}
        places: list[Place] = []
        for c in sorted(cands, key=lambda c: c.start):
            admin_cue = _ADMIN_CUES.search(text[max(0, c.start - 30) : c.start]) is not None
            choice = choices.get(c.key) or choose(c.entries, ctx, admin_cue)
            choices[c.key] = choice
            places.append(self._place(work, c, choice))
            rel = relation_before(text, c.start)
            if rel is not None:
                places.append(self._relative(work, c, choice, rel.describe()))
        places += self._direction_demonyms(work)
        places.sort(key=lambda p: (p.span.start, p.relation is not None))
        return places

    def _drop_boilerplate(self, text: str, cands: list[Candidate]) -> list[Candidate]:
        lines = _prose_lines(text)
        in_prose: set[str] = set()
        starts = [s for s, _, _ in lines]
        for c in cands:
            _, _, prose = lines[max(0, bisect_right(starts, c.start) - 1)]
            if prose:
                in_prose.add(c.key)
        if not in_prose:  # a text without prose lines (one headline): keep what it has
            return cands
        return [c for c in cands if c.key in in_prose]

    def _transliterations(self, work: Work, found: list[Candidate], ctx: CountryContext) -> list[Candidate]:
        """Names the gazetteer spells otherwise (`Zaouïah` for Zawiya), within the document's countries.

        `found` holds every candidate, rejected ones included: a name refused as a place stays refused.
        """
        countries = frozenset(c for c, share in ctx.share.items() if share >= 0.15)
        if not countries:
            return []
        taken = {t for c in found for t in range(c.token_start, c.token_end)}
        # only what the NER itself calls a place: the skeleton joins too many names otherwise
        places = {t for e in work.doc.ents if e.label_ in ("LOC", "GPE") for t in range(e.start, e.end)}
        out: list[Candidate] = []
        doc = work.doc
        for tok in doc:
            if tok.i in taken or tok.i not in places or tok.i == 0 or not tok.text[:1].isupper() or len(tok.text) < 5:
                continue
            if doc.has_annotation("POS") and tok.pos_ not in ("PROPN", "NOUN"):
                continue
            prev = doc[tok.i - 1]
            if prev.lower_ not in LOCATIVE or prev.lower_ in ("et", "pour", "par", "contre"):
                continue
            if tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper():
                continue  # the first word of a longer name (a person's?)
            k = key(tok.text)
            skel = skeleton(k)
            if len(skel) < 2:
                continue
            entries = [e for e in self.gazetteer.by_skeleton(skel, countries)
                       if e.kind == "city" and key(e.name)[:1] == k[:1]]
            if entries:
                c = Candidate(tok.idx, tok.idx + len(tok.text), k, entries, self.threshold,
                              ["transliteration"], tok.i, tok.i + 1)
                out.append(c)
        return out

    def _place(self, work: Work, c: Candidate, choice: Choice) -> Place:
        e: Entry = choice.entry
        point = e.kind in ("city", "other") and e.lat is not None
        sure = min(1.0, max(0.0, (c.score - 1.0) / 4.0))
        return Place(
            span=work.span(c.start, c.end), name=e.name, country=choice.country, kind=e.kind,
            geonameid=e.geonameid, admin1=e.admin1, lat=e.lat if point else None, lon=e.lon if point else None,
            confidence=sure * choice.confidence * (0.7 if "transliteration" in c.reasons else 1.0),
        )

    def _relative(self, work: Work, c: Candidate, choice: Choice, relation: str) -> Place:
        # The span stays the anchor's: the phrase before it is in `relation`, the point is left out.
        e = choice.entry
        area = e.kind in ("country", "region", "admin")
        return Place(
            span=work.span(c.start, c.end), name=f"{relation} {e.name}", country=choice.country,
            kind="region" if area else "other", geonameid=None, admin1=e.admin1 if not area else None,
            confidence=0.8 * choice.confidence, relation=relation,
        )

    def _direction_demonyms(self, work: Work) -> list[Place]:
        out = []
        for m in DIRECTION_DEMONYM.finditer(work.doc.text):
            country = self.demonym(m.group("adj"))
            if not country:
                continue
            direction = DIRECTIONS[m.group("dir").lower()]
            entry = self.gazetteer.country(country)
            out.append(Place(
                span=work.span(m.start("dir"), m.end("adj")),
                name=f"{direction} of {entry.name if entry else country}", country=country, kind="region",
                confidence=0.8, relation=f"{direction} of",
            ))
        return out


register_stage(PlacesStage.name)(PlacesStage)
