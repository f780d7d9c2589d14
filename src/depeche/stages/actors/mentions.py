"""Find actor mentions in a parsed article: named entities, well-known actors and group nouns.

A mention is a span plus what it says about who it is (a person's name, an acronym, a known
actor, a group such as `les rebelles libyens`); grouping them into actors is `grouping.py`'s job.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from depeche.gazetteer import Gazetteer, key, load_gazetteer
from depeche.stages.actors.known import KnownActors
from depeche.stages.base import doc_text

MentionKind = Literal["person", "org", "known", "group", "state"]

# Words that precede a person's name without being part of it (`le maréchal Haftar`).
TITLES = {
    "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "mgr", "sir", "cheikh", "cheik", "sheikh",
    "président", "présidente", "maréchal", "général", "colonel", "commandant", "capitaine",
    "lieutenant", "amiral", "sergent", "ministre", "premier", "roi", "reine", "prince", "princesse",
    "émir", "imam", "ayatollah", "pape", "juge", "procureur", "porte-parole", "secrétaire",
    "député", "sénateur", "maire", "gouverneur", "chef", "leader", "dirigeant", "guide", "docteur",
    "professeur", "frère", "sœur", "père", "l'imam", "l'émir", "l'ayatollah", "l'amiral",
}
# Name particles that do not count as a surname on their own.
PARTICLES = {"al", "el", "ben", "bin", "ibn", "abou", "abu", "de", "du", "van", "von", "der", "la", "le", "ould"}

# Group nouns that name collective actors, with the English role word used in canonical names.
GROUP_NOUNS: dict[str, tuple[str, str]] = {
    # lemma-ish form: (English role, actor type)
    "rebelle": ("rebels", "rebel"),
    "rebelles": ("rebels", "rebel"),
    "insurgé": ("rebels", "rebel"),
    "insurgés": ("rebels", "rebel"),
    "rébellion": ("rebels", "rebel"),
    "insurrection": ("rebels", "rebel"),
    "manifestants": ("protesters", "civilians"),
    "manifestant": ("protesters", "civilians"),
    "protestataires": ("protesters", "civilians"),
    "contestataires": ("protesters", "civilians"),
    "opposants": ("opposition", "party"),
    "opposition": ("opposition", "party"),
    "régime": ("government", "government"),
    "gouvernement": ("government", "government"),
    "pouvoir": ("government", "government"),
    "autorités": ("authorities", "government"),
    "armée": ("armed forces", "military"),
    "militaires": ("armed forces", "military"),
    "soldats": ("armed forces", "military"),
    "troupes": ("armed forces", "military"),
    "police": ("police", "police"),
    "policiers": ("police", "police"),
    "gendarmes": ("police", "police"),
    "milices": ("militias", "militia"),
    "miliciens": ("militias", "militia"),
    "jihadistes": ("jihadists", "rebel"),
    "djihadistes": ("jihadists", "rebel"),
    "islamistes": ("Islamists", "rebel"),
    "civils": ("civilians", "civilians"),
    "assaillants": ("attackers", "group"),
    "agresseurs": ("attackers", "group"),
    "combattants": ("fighters", "rebel"),
    "kamikazes": ("suicide attackers", "rebel"),
    "réfugiés": ("refugees", "civilians"),
}
# Multiword heads that behave like one group noun.
GROUP_PHRASES: dict[str, tuple[str, str]] = {
    "forces de sécurité": ("security forces", "police"),
    "forces de l'ordre": ("security forces", "police"),
    "forces armées": ("armed forces", "military"),
    "forces gouvernementales": ("government forces", "military"),
    "forces loyalistes": ("loyalist forces", "military"),
    "forces régulières": ("armed forces", "military"),
    "armée régulière": ("armed forces", "military"),
    "services de sécurité": ("security services", "police"),
    "services de renseignement": ("intelligence services", "government"),
    "garde républicaine": ("Republican Guard", "military"),
    "coalition internationale": ("international coalition", "military"),
    "hommes armés": ("gunmen", "group"),
    "individus armés": ("gunmen", "group"),
}
# `forces loyales à X`, `partisans de X`: groups defined by their leader.
FOLLOWER_HEADS = {
    "forces": "forces", "troupes": "forces", "hommes": "forces", "soldats": "forces",
    "milices": "forces", "combattants": "forces", "fidèles": "loyalists", "loyalistes": "loyalists",
    "partisans": "supporters", "sympathisants": "supporters", "opposants": "opponents",
}
# longest first, split once: tried at every follower head noun
FOLLOWER_LINKS = tuple(link.split() for link in ("loyales à", "loyaux à", "fidèles à", "de", "du", "pro"))
# Words an entity span cannot end with: NER sometimes stops before the noun they introduce
# (`ministres des Affaires étrangères des pays de l'` + `Otan`).
DANGLING = {
    "de", "du", "des", "d'", "d’", "l'", "l’", "le", "la", "les", "un", "une", "et", "ou", "à", "au", "aux",
    "en", "pour", "par", "sur", "sous", "avec", "dans", "contre", "entre", "vers", "chez", "sans",
    "il", "ils", "elle", "elles", "on", "qui", "que", "qu'", "qu’", "dont", "où", "ce", "cette", "ces",
    "son", "sa", "ses", "leur", "leurs",
}
# Plural nouns for people in some role: a span they begin (`ministres des Affaires étrangères`)
# describes people, it does not name an organisation.
HUMAN_PLURALS = {
    "ministres", "responsables", "dirigeants", "dirigeantes", "chefs", "membres", "représentants",
    "délégués", "diplomates", "députés", "sénateurs", "élus", "experts", "observateurs", "habitants",
    "citoyens", "ressortissants", "militants", "militantes", "activistes", "officiers", "généraux",
    "commandants", "ambassadeurs", "émissaires", "envoyés", "négociateurs", "porte-parole", "dignitaires",
    "juges", "avocats", "procureurs", "enquêteurs", "inspecteurs", "journalistes", "médecins",
    "fonctionnaires", "employés", "salariés", "travailleurs", "étudiants", "opposants", "partisans",
    "leaders", "conseillers", "secrétaires", "gouverneurs", "maires", "présidents",
}
# A parenthesis that glosses the word before it (`Tamarrod (rébellion en arabe)`, `(littéralement
# les jeunes)`) translates a name: it names no new actor.
LANGUAGES = (
    "arabe", "persan", "farsi", "turc", "kurde", "hébreu", "berbère", "amazigh", "tamazight", "ourdou",
    "pachto", "pachtou", "dari", "anglais", "français", "russe", "espagnol", "portugais", "italien",
    "allemand", "grec", "somali", "amharique", "tigrinya", "swahili", "haoussa", "peul", "wolof",
    "bambara", "tamasheq", "touareg", "chinois", "birman", "hindi", "latin", "araméen", "syriaque",
)
_GLOSS = re.compile(
    r"\(\s*(?:(?:littéralement|litt\.|traduction|trad\.|signifiant|qui signifie|soit)\b"
    r"|(?:(?:en|de l'|de l’)\s*(?:" + "|".join(LANGUAGES) + r")\b)"
    r"|(?:[^()]*\b(?:en|mot|acronyme|sigle|nom)\s+(?:" + "|".join(LANGUAGES) + r")\b))"
    r"[^()]{0,120}\)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Mention:
    start: int  # character offsets into the article text
    end: int
    text: str
    kind: MentionKind
    name: str  # the name with titles stripped (`Haftar` for `le maréchal Haftar`)
    known_id: str | None = None
    role: str | None = None  # for groups: English role word (rebels, government...)
    group_type: str | None = None
    country: str | None = None  # for groups and states
    leader: str | None = None  # for follower groups: the leader's name as written
    acronym: str | None = None  # an acronym given in parentheses right after the mention
    rule: str = ""


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower-case and strip accents, for comparing names."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def strip_title(span: SpacySpan) -> SpacySpan:
    """`le maréchal Haftar` -> `Haftar`; keeps at least one token."""
    i = span.start
    doc = span.doc
    while i < span.end - 1:
        low = doc[i].lower_.rstrip(".")
        if low in TITLES or low in {"le", "la", "l'", "les"} or doc[i].text in {".", "-"}:
            i += 1
            continue
        break
    return doc[i : span.end]


def is_acronym(text: str) -> bool:
    letters = text.replace(".", "").replace("-", "")
    return 2 <= len(letters) <= 8 and letters.isalpha() and sum(c.isupper() for c in letters) >= 2 and (
        letters.isupper() or letters[0].isupper() and sum(c.isupper() for c in letters) >= len(letters) - 2
    )


class PlaceNames:
    """Is this name a town of some size, a region or a country? NER often tags a city PER or ORG
    (`Benghazi`); the offline gazetteer the places stage uses answers, with a per-run cache."""

    def __init__(self, gazetteer: Gazetteer, min_population: int = 15000) -> None:
        self.gazetteer = gazetteer
        self.min_population = min_population

    @lru_cache(maxsize=1 << 14)  # noqa: B019 - one instance per process, kept for the run
    def __contains__(self, name: object) -> bool:
        if not isinstance(name, str):
            return False
        return any(
            e.kind in {"country", "region", "admin"} or e.population >= self.min_population
            for e in self.gazetteer.lookup(key(name))
        )


class MentionFinder:
    """Builds the matchers once; `find(doc)` returns the actor mentions of one document."""

    def __init__(self, nlp: Language, known: KnownActors | None = None, gazetteer: Gazetteer | None = None) -> None:
        self.known = known or KnownActors.load()
        self.places = PlaceNames(gazetteer or load_gazetteer())
        # the loaded model's tokenizer: patterns must be cut exactly like the texts they match
        self.vocab_nlp = nlp
        vocab = self.vocab_nlp.vocab
        self.exact = PhraseMatcher(vocab, attr="ORTH")
        self.folded = PhraseMatcher(vocab, attr="ORTH")
        self._ids: dict[str, str] = {}
        exact_patterns: dict[str, list[Doc]] = {}
        folded_patterns: dict[str, list[Doc]] = {}
        for form, actor_id, case_sensitive in self.known.surface_forms():
            target = exact_patterns if case_sensitive else folded_patterns
            key = f"known:{actor_id}"
            self._ids[key] = actor_id
            doc = self.vocab_nlp.make_doc(form if case_sensitive else fold(form))
            target.setdefault(key, []).append(doc)
        for key, docs in exact_patterns.items():
            self.exact.add(key, docs)
        for key, docs in folded_patterns.items():
            self.folded.add(key, docs)
        self.capitals = PhraseMatcher(vocab, attr="ORTH")
        for form, code in self.known.capitals():
            self.capitals.add(f"capital:{code}", [self.vocab_nlp.make_doc(form)])
        self.phrases = PhraseMatcher(vocab, attr="LOWER")
        for phrase in GROUP_PHRASES:
            self.phrases.add(phrase, [self.vocab_nlp.make_doc(phrase)])

    def find(self, doc: Doc) -> list[Mention]:
        text = doc_text(doc)
        mentions: list[Mention] = []
        taken: list[tuple[int, int]] = []

        def free(start: int, end: int) -> bool:
            return all(end <= s or start >= e for s, e in taken)

        def add(m: Mention) -> None:
            mentions.append(m)
            taken.append((m.start, m.end))

        for m in self._followers(doc, text):
            if free(m.start, m.end):
                add(m)
        for m in self._known(doc, text):
            if free(m.start, m.end):
                add(m)
        for m in self._capitals(doc, text):
            if free(m.start, m.end):
                add(m)
        for m in self._entities(doc, text):
            if free(m.start, m.end):
                add(m)
        for m in self._groups(doc):
            if free(m.start, m.end):
                add(m)
        glosses = gloss_spans(text)
        if glosses:
            # a known actor inside a gloss (`Daech (acronyme arabe de l'EI)`) is the glossed name again
            mentions = [m for m in mentions if m.known_id or not _within(m, glosses)]
        mentions.sort(key=lambda m: m.start)
        return mentions

    # -- well-known actors -------------------------------------------------------------
    def _known(self, doc: Doc, text: str) -> list[Mention]:
        words = [fold(t.text) or t.text for t in doc]  # a lone combining mark folds to nothing
        folded_doc = Doc(self.vocab_nlp.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])
        found: list[tuple[int, int, str]] = []
        for match_id, s, e in self.exact(doc):
            found.append((s, e, self.vocab_nlp.vocab.strings[match_id]))
        for match_id, s, e in self.folded(folded_doc):
            found.append((s, e, self.vocab_nlp.vocab.strings[match_id]))
        # longest first, then leftmost, so `mission des Nations unies en Libye` beats `Nations unies`
        found.sort(key=lambda f: (-(f[1] - f[0]), f[0]))
        out: list[Mention] = []
        used: set[int] = set()
        for s, e, label in found:
            if used.intersection(range(s, e)):
                continue
            span = doc[s:e]
            if not _whole_word(span, text):
                continue
            actor_id = self._ids[label]
            known = self.known.get(actor_id)
            # a country name inside a prepositional phrase (`en Libye`) is a place, not an actor
            if known.type == "state" and not _acts(span):
                continue
            if known.type in {"person", "state"} and e - s == 1 and doc[s].is_lower:
                continue  # `une réunion` is not La Réunion, `un certain Salah` not a known Salah
            used.update(range(s, e))
            acronym = _parenthesised_acronym(span, text)
            if known.type == "person":
                span = _with_title(span)
            elif known.type != "state":
                span = _with_kind_word(span)
            kind: MentionKind = "state" if known.type == "state" else "known"
            out.append(Mention(span.start_char, span.end_char, span.text, kind, span.text, actor_id,
                               country=known.country, acronym=acronym, rule="known-actor table"))
        return out

    # -- `Washington a annoncé`: a capital as the subject stands for its government -------------
    def _capitals(self, doc: Doc, text: str) -> list[Mention]:
        out: list[Mention] = []
        for match_id, s, e in self.capitals(doc):
            span = doc[s:e]
            dep = span.root.dep_
            subject = dep.startswith("nsubj") or dep == "obl:agent" or (
                dep == "conj" and span.root.head.dep_.startswith("nsubj")
            )
            if not subject or not _whole_word(span, text):
                continue
            code = self.vocab_nlp.vocab.strings[match_id].split(":", 1)[1]
            out.append(Mention(span.start_char, span.end_char, span.text, "state", span.text, f"state:{code}",
                               country=code, rule="capital as subject (metonymy)"))
        return out

    # -- named entities ------------------------------------------------------------------
    def _entities(self, doc: Doc, text: str) -> list[Mention]:
        out: list[Mention] = []
        places = self.places
        for found in doc.ents:
            if found.label_ not in {"PER", "ORG"}:
                continue
            trimmed = _trim_dangling(found)
            if trimmed is None or trimmed[0].lower_ in HUMAN_PLURALS:
                continue
            ent = trimmed
            surface = ent.text.strip()
            if len(surface) < 2 or not any(c.isupper() for c in surface):
                continue
            core = strip_title(ent)
            name = core.text.strip(" -'’\"«»")
            if not name:
                continue
            if name in places and not is_acronym(name):
                continue  # NER calls many cities PER or ORG (`Benghazi`)
            if self.known.country_of_name(name) or self.known.capital_country(name):
                continue
            if ent.label_ == "PER" and is_acronym(name):
                kind: MentionKind = "org"
            else:
                kind = "person" if ent.label_ == "PER" else "org"
            if kind == "org":
                ent = _with_kind_word(ent)
            out.append(Mention(ent.start_char, ent.end_char, ent.text, kind, name,
                               acronym=_parenthesised_acronym(ent, text), rule=f"NER {ent.label_}"))
        return out

    # -- `forces loyales à M. Haftar`, `partisans de Kadhafi`, `pro-Kadhafi` ----------------------
    def _followers(self, doc: Doc, text: str) -> list[Mention]:
        out: list[Mention] = []
        for token in doc:
            low = token.lower_
            if low.startswith("pro-") and len(low) > 5 and token.text[4:5].isupper():
                out.append(Mention(token.idx, token.idx + len(token.text), token.text, "group",
                                   token.text, role="supporters", group_type="group",
                                   leader=token.text[4:], rule="pro-X"))
                continue
            head = FOLLOWER_HEADS.get(low)
            if head is None:
                continue
            j = token.i + 1
            # skip an adjective such as `loyales`, `fidèles`
            link_end = None
            for words in FOLLOWER_LINKS:
                if [t.lower_ for t in doc[j : j + len(words)]] == words:
                    link_end = j + len(words)
                    break
            if link_end is None:
                continue
            k = link_end
            while k < len(doc) and (doc[k].lower_.rstrip(".") in TITLES or doc[k].lower_ in {"le", "la", "l'"}):
                k += 1
            n = k
            while n < len(doc) and doc[n].text[:1].isupper() and not doc[n].is_sent_start:
                n += 1
            if n == k:
                continue
            leader = doc[k:n].text
            if self.known.country_of_name(leader) or leader in self.places:
                continue
            start, end = token.idx, doc[n - 1].idx + len(doc[n - 1].text)
            out.append(Mention(start, end, text[start:end], "group", text[start:end], role=head,
                               group_type="military" if head == "forces" else "group", leader=leader,
                               rule=f"{low} {doc[j:link_end].text} X"))
        return out

    # -- `les rebelles libyens`, `le régime syrien`, `les forces de sécurité` ---------------------
    def _groups(self, doc: Doc) -> list[Mention]:
        out: list[Mention] = []
        phrase_hits = {s: e for _, s, e in self.phrases(doc)}
        i = 0
        while i < len(doc):
            token = doc[i]
            end = phrase_hits.get(i)
            if end is not None:
                role, gtype = GROUP_PHRASES[doc[i:end].text.lower()]
            elif token.lower_ in GROUP_NOUNS and not token.text[:1].isupper() or token.lower_ in {"armée", "police"}:
                role, gtype = GROUP_NOUNS[token.lower_]
                end = i + 1
            else:
                i += 1
                continue
            if i > 0 and doc[i - 1].lower_ in {"un", "une", "des", "aucun", "ces"} and gtype == "civilians":
                i = end
                continue
            country = None
            if end < len(doc):
                country = self.known.demonym_country(doc[end].text)
                if country:
                    end += 1
            span = doc[i:end]
            out.append(Mention(span.start_char, span.end_char, span.text, "group", span.text, role=role,
                               group_type=gtype, country=country, rule="group noun"))
            i = end
        return out


def _whole_word(span: SpacySpan, text: str) -> bool:
    before = text[span.start_char - 1 : span.start_char] if span.start_char else " "
    after = text[span.end_char : span.end_char + 1] or " "
    return not (before.isalnum() or after.isalnum())


# Prepositions that make a country name a location (`en Libye`, `vers la Syrie`).
_LOCATIVE = {"en", "à", "au", "aux", "dans", "vers", "depuis", "sur", "sous", "jusqu'", "jusque", "près", "hors",
             "via", "outre", "travers", "partout", "entre", "chez"}
# Nouns that make `de la Syrie` a location (`l'est de la Syrie`, `la frontière de la Libye`).
_GEO_HEADS = {"est", "ouest", "nord", "sud", "centre", "frontière", "frontières", "région", "régions", "ville",
              "villes", "capitale", "côte", "côtes", "territoire", "sol", "reste", "partie", "intérieur", "province",
              "provinces", "littoral", "désert", "montagnes", "ciel", "espace", "eaux", "large", "carte",
              "nord-est", "nord-ouest", "sud-est", "sud-ouest", "histoire", "population", "habitants", "peuple"}


def _acts(span: SpacySpan) -> bool:
    """True when a state's name is used as an actor, not as a location.

    Locations are the names governed by a locative preposition (`en Libye`) or completing a
    geographic noun (`l'est de la Syrie`); subjects, objects and other complements are actors
    (`les appels de la France`, `a accusé la Syrie`).
    """
    root = span.root
    case = {c.lower_ for c in root.children if c.dep_ in {"case", "fixed"}}
    if root.i > 0 and root.doc[root.i - 1].lower_ in _LOCATIVE:
        case.add(root.doc[root.i - 1].lower_)
    if case & _LOCATIVE:
        return False
    if root.dep_ in {"nmod", "obl", "obl:mod", "obl:arg"} and root.head.lower_ in _GEO_HEADS:
        return False
    if root.dep_ == "conj":
        return _acts(root.doc[root.head.i : root.head.i + 1])
    # a ROOT with no subject is a headline or a list item naming the country
    return not (root.dep_ == "ROOT" and not any(c.dep_.startswith("nsubj") for c in root.children))


def _with_title(span: SpacySpan) -> SpacySpan:
    """Extend a person's name leftwards over titles: `Haftar` -> `maréchal Haftar`, `M. Haftar`."""
    doc = span.doc
    i = span.start
    while i > 0 and (doc[i - 1].lower_.rstrip(".") in TITLES or doc[i - 1].text == "M."):
        i -= 1
    return doc[i : span.end]


# Words that say what kind of body the name after them is (`le mouvement Tamarrod`).
KIND_WORDS = {"mouvement", "parti", "groupe", "coalition", "confrérie", "milice", "organisation"}


def _with_kind_word(span: SpacySpan) -> SpacySpan:
    """Extend an organisation's name leftwards over its kind: `Tamarrod` -> `mouvement Tamarrod`,
    so that the noun a verb takes as its subject is part of the mention."""
    i = span.start
    if i > 0 and span.doc[i - 1].lower_ in KIND_WORDS and span.doc[i - 1].text[:1].islower():
        return SpacySpan(span.doc, i - 1, span.end, label=span.label_)
    return span


_ACRONYM_AFTER = re.compile(r"\s*\(\s*([A-Z][A-Za-z]{1,9}|[A-Z](?:\.[A-Z])+\.?)\s*\)")


def _parenthesised_acronym(span: SpacySpan, text: str) -> str | None:
    """`Armée nationale libyenne (ANL)` -> `ANL`."""
    m = _ACRONYM_AFTER.match(text, span.end_char)
    return m.group(1) if m and is_acronym(m.group(1)) else None


def _trim_dangling(span: SpacySpan) -> SpacySpan | None:
    """`ministres ... des pays de l'` -> `ministres ... des pays`; None when nothing is left."""
    end = span.end
    while end > span.start and (span.doc[end - 1].lower_ in DANGLING or span.doc[end - 1].is_punct):
        end -= 1
    if end == span.end:
        return span
    return SpacySpan(span.doc, span.start, end, label=span.label_) if end > span.start else None


def gloss_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of the parentheses that translate or spell out the word before them."""
    out: list[tuple[int, int]] = []
    for at in (i for i, c in enumerate(text) if c == "("):
        m = _GLOSS.match(text, at)
        if m:
            out.append((m.start(), m.end()))
    return out


def _within(m: Mention, ranges: list[tuple[int, int]]) -> bool:
    return any(s <= m.start and m.end <= e for s, e in ranges)
