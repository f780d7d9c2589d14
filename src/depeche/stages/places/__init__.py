"""The places stage: every place an article names, resolved to a gazetteer entry with its country and point."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Collection, Sequence
from typing import ClassVar

from spacy.tokens import Doc

from depeche.gazetteer import Entry, Gazetteer, key, load_gazetteer, skeleton
from depeche.records import Place
from depeche.stages.actors.known import KnownActors
from depeche.stages.base import Work, doc_text, register_stage
from depeche.stages.places.context import (
    DemonymLookup,
    acronym_keys,
    demonym_counts,
    gazetteer_options,
    known_demonyms,
)
from depeche.stages.places.detect import (
    LOCATIVE,
    NAME_PARTICLES,
    PLACE_LABELS,
    Candidate,
    continues_name,
    cue_before,
    find_candidates,
    word_index_before,
)
from depeche.stages.places.landmarks import Landmark, find_landmarks
from depeche.stages.places.relative import DIRECTION_DEMONYM, DIRECTIONS, relation_before
from depeche.stages.places.resolve import Choice, CountryContext, choose, country_evidence, own_evidence

THRESHOLD = 2.0  # evidence a span needs to be taken for a place (see detect._weigh)
# Actor types whose names are proper names that may hold a toponym without being a place.
_NAMED_ACTORS = {"person", "igo", "ngo", "media", "party", "business", "religious", "other", "group"}
_ADMIN_CUES = re.compile(r"(?:province|gouvernorat|région|wilaya|district|préfecture|État)\s+(?:de|d['’]|du)\s*$",
                         re.IGNORECASE)
# A paragraph that ends like this is another article's teaser, not the article.
_TEASER_END = re.compile(r"(?:lire la suite|lire l['’]article|suite de l['’]article)\W*$", re.IGNORECASE)
_ACCENTED = re.compile(r"[éèêëàâùûüôîïç]", re.IGNORECASE)
_SMALL_TOWN = 100_000
# Actors that a site is never named after (`le secteur de l'Otan`); persons and loose groups may be.
_INSTITUTIONS = {"igo", "ngo", "state", "government", "military", "police", "party", "media", "business",
                 "rebel", "militia"}


def _prose_lines(text: str) -> list[tuple[int, int, bool]]:
    """Each line's span and whether it reads as article prose rather than a menu or a headline list.

    Teasers of other articles (a paragraph ending `Lire la suite`, and its headline) and long
    paragraphs written without a single accent (readers' comments, not edited French copy) are not.
    """
    out: list[tuple[int, int, bool]] = []
    pos = 0
    lines = text.split("\n")
    for line in lines:
        words = len(line.split())
        stripped = line.rstrip()
        prose = words >= 20 or (words >= 6 and stripped[-1:] in ".!?»\":;…)")
        if words >= 40 and len(_ACCENTED.findall(line)) < words / 40:
            prose = False
        if _TEASER_END.search(stripped):
            prose = False
            # the teaser's headline: the nearest non-empty line before it, when it is short
            k = len(out) - 1
            while k >= 0 and out[k][1] == out[k][0]:
                k -= 1
            if k >= 0 and len(text[out[k][0] : out[k][1]].split()) < 20:
                out[k] = (out[k][0], out[k][1], False)
        out.append((pos, pos + len(line), prose))
        pos += len(line) + 1
    return out


class PlacesStage:
    """`depeche.places.v1`: gazetteer candidates, French context, document-level disambiguation."""

    name: ClassVar[str] = "depeche.places.v1"
    needs: ClassVar[frozenset[str]] = frozenset({"ner", "morphologizer"})

    def __init__(self, gazetteer: Gazetteer | None = None, demonym: DemonymLookup | None = None,
                 threshold: float = THRESHOLD, drop_boilerplate: bool = True,
                 acronyms: Collection[str] | None = None) -> None:
        self.gazetteer = gazetteer if gazetteer is not None else load_gazetteer(gazetteer_options())
        self.demonym = demonym or known_demonyms()
        self.acronyms = frozenset(acronyms) if acronyms is not None else acronym_keys()
        self.capital = KnownActors.load().capital_country
        self.threshold = threshold
        self.drop_boilerplate = drop_boilerplate

    def __call__(self, work: Work) -> None:
        work.result.places = self.find(work)

    def find(self, work: Work) -> list[Place]:
        doc, text = work.doc, doc_text(work.doc)
        blocked = [
            (m.start, m.end, "person" if a.type == "person" else "org")
            for a in work.result.actors if a.type in _NAMED_ACTORS
            for m in a.mentions if m.text[:1].isupper()
        ]
        every = find_candidates(doc, self.gazetteer, blocked, self.acronyms)
        # `les Russes`, `des Turcs`: a people, whatever small town shares the spelling
        cands = [c for c in every if c.score >= self.threshold and not (
            self.demonym(text[c.start : c.end]) and all(e.kind != "country" for e in c.entries))]
        lines = _prose_lines(text) if self.drop_boilerplate else []
        if self.drop_boilerplate:
            cands = self._drop_boilerplate(lines, cands)
        demonyms = demonym_counts(doc, self.demonym)
        ctx = CountryContext(country_evidence(cands, demonyms), self.gazetteer)
        own = own_evidence(cands)
        cands = [c for c in cands if not self._far_and_small(c, ctx, own.get(c.key, Counter()))]
        # names of persons and organisations (`Front al-Nosra`) are transliterated only after a settlement noun
        persons = [(s, e) for s, e, _ in blocked]
        persons += [(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("PER", "ORG")]
        extra = self._transliterations(doc, every, ctx, persons)
        if self.drop_boilerplate:
            extra = self._drop_boilerplate(lines, extra)
        cands += extra
        choices: dict[str, Choice] = {}
        places: list[Place] = []
        for c in sorted(cands, key=lambda c: c.start):
            admin_cue = _ADMIN_CUES.search(text[max(0, c.start - 30) : c.start]) is not None
            choice = choices.get(c.key) or choose(c.entries, ctx, admin_cue, self.capital(text[c.start : c.end]))
            choices[c.key] = choice
            places.append(self._place(work, c, choice))
            rel = relation_before(text, c.start)
            if rel is not None:
                places.append(self._relative(work, c, choice, rel.describe()))
        taken = {t for c in cands for t in range(c.token_start, c.token_end)}
        places += self._landmarks(work, taken, places, ctx, lines)
        places += self._direction_demonyms(work)
        places.sort(key=lambda p: (p.span.start, p.relation is not None))
        return places

    def _drop_boilerplate(self, lines: list[tuple[int, int, bool]], cands: list[Candidate]) -> list[Candidate]:
        in_prose: set[str] = set()
        starts = [s for s, _, _ in lines]
        for c in cands:
            _, _, prose = lines[max(0, bisect_right(starts, c.start) - 1)]
            if prose:
                in_prose.add(c.key)
        if not in_prose and not any(prose for _, _, prose in lines):
            return cands  # a text without prose lines (one headline): keep what it has
        return [c for c in cands if c.key in in_prose]

    @staticmethod
    def _far_and_small(c: Candidate, ctx: CountryContext, own: Counter[str]) -> bool:
        """A small town of a country the document says nothing else of, on no strong cue: `David`, `Adel`.

        `own` is the evidence the name itself gave its country (a lone town over 50,000 does).
        """
        if not ctx.share or any(e.kind not in ("city", "admin") for e in c.entries):
            return False
        # alternate names join many far-off places (`David` is a village's in Albania): primaries speak first
        entries = [e for e in c.entries if e.primary] or list(c.entries)
        if max((e.population for e in entries), default=0) >= _SMALL_TOWN:
            return False
        if any(ctx.weight(country, own) > 0 for e in entries for country in e.all_countries):
            return False
        return not any(r.startswith("after '") and " " in r.removeprefix("after '") for r in c.reasons)

    def _transliterations(self, doc: Doc, found: list[Candidate], ctx: CountryContext,
                          persons: list[tuple[int, int]]) -> list[Candidate]:
        """Names the gazetteer spells otherwise (`Zaouïah` for Zawiya, `El Arich` for Arish).

        Looked for only within the document's countries, on names the context calls places. `found`
        holds every candidate, rejected ones included: a name refused as a place stays refused.
        """
        countries = frozenset(c for c, share in ctx.share.items() if share >= 0.15)
        if not countries:
            return []
        taken = {t for c in found for t in range(c.token_start, c.token_end)}
        ner_place = {t for e in doc.ents if e.label_ in PLACE_LABELS for t in range(e.start, e.end)}
        places_end = {c.token_end - 1 for c in found if c.score >= self.threshold}
        out: list[Candidate] = []
        i = 0
        while i < len(doc):
            end = _name_span(doc, i)
            if end == i or any(t in taken for t in range(i, end)):
                i = max(end, i + 1)
                continue
            first, last = doc[i], doc[end - 1]
            start_char, end_char = first.idx, last.idx + len(last.text)
            text = doc_text(doc)[start_char:end_char]
            cue = cue_before(doc, i)
            p1 = word_index_before(doc, i)
            prev = doc[p1] if p1 >= 0 else None
            locative = prev is not None and (prev.lower_ in LOCATIVE or prev.text == "A")
            listed = prev is not None and prev.lower_ in ("et", ",") and _listed_after_place(doc, p1, places_end)
            named_person = any(s <= start_char and end_char <= e for s, e in persons)
            ner = all(t in ner_place for t in range(i, end))
            if cue is None and (named_person or not (ner and (locative or listed))):
                i = end
                continue
            k = key(text)
            skel = skeleton(k)
            bare = _strip_article(k)
            if len(skel) < 2 or len(bare) < 4 or self.demonym(text):
                i = end
                continue
            # the entry's own name must share the skeleton (its alternates join too many names), and
            # two consonants say little: then the first two letters must agree as well (`Kikla`, `Kiklah`)
            entries = [
                e for e in self.gazetteer.by_skeleton(skel, countries)
                if e.kind == "city" and skeleton(key(e.name)) == skel
                and _vowel_initial(_strip_article(key(e.name))) == _vowel_initial(bare)
                and (len(skel) > 2 or _strip_article(key(e.name))[:2] == bare[:2])]
            if entries:
                reason = f"after '{cue}'" if cue else "NER place"
                out.append(Candidate(start_char, end_char, k, entries, self.threshold,
                                     ["transliteration", reason], i, end))
            i = end
        return out

    def _place(self, work: Work, c: Candidate, choice: Choice) -> Place:
        e: Entry = choice.entry
        point = e.kind in ("city", "other") and e.lat is not None
        sure = min(1.0, max(0.0, (c.score - 1.0) / 4.0))
        return Place(
            span=work.span(c.start, c.end), name=f"{c.prefix} {e.name}" if c.prefix else e.name,
            country=choice.country, kind="other" if c.prefix else e.kind,
            geonameid=None if c.prefix else e.geonameid, admin1=e.admin1,
            lat=e.lat if point else None, lon=e.lon if point else None,
            confidence=sure * choice.confidence * (0.7 if "transliteration" in c.reasons else 1.0),
            anchor=e.name if c.prefix else None,
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

    def _landmarks(self, work: Work, taken: set[int], places: Sequence[Place], ctx: CountryContext,
                   lines: list[tuple[int, int, bool]]) -> list[Place]:
        """Squares, streets, districts and sites, placed at the city the text puts them in."""
        doc = work.doc
        known = [(m.start, m.end) for a in work.result.actors if a.known_id or a.type in _INSTITUTIONS
                 for m in a.mentions]
        cities = [p for p in places if p.kind == "city" and p.relation is None and p.lat is not None]
        out: list[Place] = []
        names: dict[str, Place] = {}
        for lm in find_landmarks(doc):
            if any(t in taken for t in range(lm.token_start, lm.token_end)):
                continue
            if any(s <= lm.name_start < e for s, e in known):
                continue  # `le camp de Kadhafi`, `le secteur de l'Otan`: an actor, not a site
            if lines and not _in_prose(work.article.text[lm.name_start : lm.end], work.article.text, lines):
                continue
            place = self._landmark_place(work, lm, cities, ctx)
            out.append(place)
            names.setdefault(work.article.text[lm.name_start : lm.end], place)
        # later mentions of the same site without its head noun (`à Tahrir`)
        covered = [(p.span.start, p.span.end) for p in out]
        for name, first in names.items():
            for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", work.article.text):
                if any(s <= m.start() < e for s, e in covered) or any(
                        s <= m.start() < e for s, e in ((p.span.start, p.span.end) for p in places)):
                    continue
                out.append(Place(span=work.span(m.start(), m.end()), name=first.name, country=first.country,
                                 kind="other", lat=first.lat, lon=first.lon, confidence=first.confidence,
                                 anchor=first.anchor))
        return out

    def _landmark_place(self, work: Work, lm: Landmark, cities: list[Place], ctx: CountryContext) -> Place:
        text = work.article.text
        sentence = work.sentence_of(lm.start)
        same = [p for p in cities if p.span.sentence == sentence and p.span.start > lm.end]
        counts = Counter(p.name for p in cities)
        top = ctx.top(ctx.share)
        home = [p for p in cities if p.country == top] or cities
        anchor: Place | None = None
        if same:
            anchor = same[0]
        elif home:
            most = max(counts[p.name] for p in home)
            anchor = next(p for p in home if counts[p.name] == most)
        span = work.span(lm.start, lm.end)
        if anchor is None:
            return Place(span=span, name=text[lm.start : lm.end], country=top, kind="other", confidence=0.3)
        return Place(span=span, name=text[lm.start : lm.end], country=anchor.country, kind="other",
                     admin1=anchor.admin1, lat=anchor.lat, lon=anchor.lon, confidence=0.5 * anchor.confidence,
                     anchor=anchor.name)

    def _direction_demonyms(self, work: Work) -> list[Place]:
        out = []
        for m in DIRECTION_DEMONYM.finditer(doc_text(work.doc)):
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


def _in_prose(name: str, text: str, lines: list[tuple[int, int, bool]]) -> bool:
    """Whether `name` occurs in a prose line (hard-wrapped articles cut sentences over short lines)."""
    return any(prose and name in text[start:end] for start, end, prose in lines)


def _strip_article(k: str) -> str:
    head, _, rest = k.partition(" ")
    return rest if rest and head in NAME_PARTICLES else k


def _listed_after_place(doc: Doc, k: int, places_end: set[int]) -> bool:
    """Whether the list that token `k` (`,` or `et`) continues holds a place: `Tripoli, Aziziyeh et Kikla`."""
    for j in range(k - 1, max(-1, k - 12), -1):
        if j in places_end:
            return True
        tok = doc[j]
        if not (tok.is_space or tok.text in (",", "-") or tok.lower_ in ("et", "ou") or tok.text[:1].isupper()
                or tok.lower_ in NAME_PARTICLES):
            return False
    return False


def _vowel_initial(k: str) -> bool:
    return k[:1] in "aeiouy"


def _name_span(doc: Doc, i: int) -> int:
    """The end of a capitalised name of at most three words starting at token `i` (i when none does)."""
    tok = doc[i]
    if not (tok.is_alpha and tok.text[:1].isupper() and len(tok) > 1) or (i > 0 and continues_name(doc, i) and
                                                          doc[i - 1].is_alpha and doc[i - 1].text[:1].isupper()):
        return i
    end = i + 1
    while end < len(doc) and end - i < 4 and continues_name(doc, end):
        end += 1
    if continues_name(doc, end):
        return i  # longer than a place name: a person's or an organisation's
    while end > i + 1 and (doc[end - 1].lower_ in NAME_PARTICLES or doc[end - 1].text in ("-", "‐")):
        end -= 1
    return end


register_stage(PlacesStage.name)(PlacesStage)
