"""Find event triggers in a parsed article: lexicon words and multiword expressions, checked against
their part of speech, required objects and prepositions, and against the names they may sit in."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from depeche.stages.events.lexicon import FUNCTION_WORDS, Lexicon, TriggerEntry

# What may stand between the words of a multiword expression (`prendre le "contrôle total"`).
_GAP_POS = frozenset({"DET", "ADP", "ADJ", "PUNCT", "PRON", "ADV", "AUX"})
_MAX_GAP = 3
_OBJECT_DEPS = frozenset({"obj", "nsubj:pass", "obl:arg", "obl", "obl:mod", "nmod", "xcomp", "iobj"})
_DE = frozenset({"de", "d'", "d’", "du", "des"})
# Time nouns the parser takes for a direct object (`ont manifesté samedi`).
_TIME_NOUNS = frozenset({
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "matin", "soir", "nuit", "jour",
    "journée", "semaine", "mois", "an", "année", "veille", "lendemain", "week-end", "après-midi", "soirée",
})
# Forms of the preposition a trigger may require: `appeler à`, `appel au calme`, `aux armes`.
_PREP_FORMS = {"à": frozenset({"à", "au", "aux"}), "contre": frozenset({"contre"}), "de": _DE}


@dataclass(frozen=True, slots=True)
class Hit:
    """One trigger occurrence: its head token (roles hang off it), all its tokens, its entry."""

    head: Token
    tokens: tuple[Token, ...]
    entry: TriggerEntry
    rule: str

    @property
    def start(self) -> int:
        return min(t.idx for t in self.tokens)

    @property
    def end(self) -> int:
        last = max(self.tokens, key=lambda t: t.idx)
        return last.idx + len(last)

    @property
    def is_noun(self) -> bool:
        return _pos(self.head) not in {"VERB"}


def _merged(ranges: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, non-overlapping character ranges, so that one bisection answers `is it inside?`."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _keys(token: Token) -> list[str]:
    """Lemma first, then the form as written: a list, so the lexicon entry tried first never
    depends on the hash seed (a set made two runs code `attaque` and `attaquer` differently)."""
    lemma = token.lemma_.lower()
    keys = [lemma, token.lower_]
    if lemma.startswith(("se ", "s'")):
        keys.append(lemma.split(" ", 1)[-1])
    return list(dict.fromkeys(keys))


def _matches(token: Token, word: str) -> bool:
    return word in _keys(token)


def _multi(doc: Doc, i: int, entry: TriggerEntry) -> tuple[Token, ...] | None:
    tokens = [doc[i]]
    j = i + 1
    for word in entry.words[1:]:
        gap = 0
        while j < len(doc) and not _matches(doc[j], word):
            t = doc[j]
            if gap >= _MAX_GAP or not (t.pos_ in _GAP_POS or t.lower_ in FUNCTION_WORDS) or "\n" in t.text:
                return None
            gap += 1
            j += 1
        if j >= len(doc):
            return None
        tokens.append(doc[j])
        j += 1
    return tuple(tokens)


def _has_object(head: Token, objects: frozenset[str]) -> bool:
    for c in head.children:
        if c.dep_ in _OBJECT_DEPS and (c.lemma_.lower() in objects or c.lower_ in objects):
            return True
        # `libérer des dizaines de prisonniers`: the object is a quantity noun's complement
        if c.dep_ in _OBJECT_DEPS:
            for g in c.children:
                if g.dep_ == "nmod" and g.lemma_.lower() in objects:
                    return True
    # a passive participle's subject or the noun it modifies: `les prisonniers libérés`
    return head.dep_ in {"acl", "amod"} and head.head.lemma_.lower() in objects


def _has_prep(head: Token, prep: str) -> bool:
    forms = _PREP_FORMS.get(prep, frozenset({prep}))
    for c in head.children:
        if c.i < head.i:
            continue
        if c.lower_ in forms and c.dep_ in {"case", "mark"}:
            return True
        if any(g.lower_ in forms and g.dep_ in {"case", "mark"} for g in c.children):
            return True
    # `presser l'entourage du colonel à le lâcher`: the parser hangs `à` inside the object
    for c in head.children:
        if c.dep_ == "obj" and any(g.lower_ in forms and g.dep_ in {"case", "mark"} and g.i > c.i
                                   for g in c.subtree):
            return True
    # the parser sometimes hangs the preposition elsewhere: look at the next few words
    doc = head.doc
    return any(doc[k].lower_ in forms for k in range(head.i + 1, min(len(doc), head.i + 4)))


def _modifier_noun(token: Token) -> bool:
    """`crimes de guerre`, `avions de combat`: a bare noun complement names a kind, not an event."""
    if token.dep_ != "nmod" or token.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    children = list(token.children)
    has_de = any(c.dep_ == "case" and c.lower_ in _DE for c in children)
    has_det = any(c.dep_ == "det" for c in children)
    # `de violentes attaques`: `des` becomes `de` before an adjective, an indefinite, not a kind
    adjective_before = any(c.dep_ == "amod" and c.i < token.i for c in children)
    return has_de and not has_det and not adjective_before


def _attributive(verb: Token) -> bool:
    """`jugent le pouvoir incapable`, `rendre la ville inaccessible`: an object with an adjective as its
    attribute makes a verb of judgement or result, not an event."""
    return any(c.dep_ == "xcomp" and c.pos_ == "ADJ" for c in verb.children) and any(
        c.dep_ == "obj" for c in verb.children)


def _pos(token: Token) -> str:
    """The part of speech, repairing a lower-case word the tagger calls a proper noun (`assiège`)."""
    if token.pos_ == "AUX":
        return "VERB"
    if token.pos_ == "PROPN" and token.text[:1].islower():
        return "VERB" if token.lemma_.lower().endswith(("er", "ir", "re")) else "NOUN"
    return str(token.pos_)


class TriggerFinder:
    """Every trigger of a document, at most one per token, the longest expression winning."""

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or Lexicon.load()

    def find(self, doc: Doc, blocked: Iterable[tuple[int, int]] = ()) -> list[Hit]:
        """Triggers outside the `blocked` character ranges (names of actors and places)."""
        ranges = _merged(blocked)
        starts = [s for s, _ in ranges]
        used: set[int] = set()
        hits: list[Hit] = []
        for token in doc:
            if token.i in used or token.is_punct or token.is_space or not token.text[:1].isalpha():
                continue
            k = bisect_right(starts, token.idx) - 1
            if k >= 0 and token.idx < ranges[k][1]:
                continue
            hit = self._at(doc, token)
            if hit is None:
                continue
            used.update(t.i for t in hit.tokens)
            hits.append(hit)
        return hits

    def _at(self, doc: Doc, token: Token) -> Hit | None:
        for key in _keys(token):
            for entry in self.lexicon.by_first.get(key, ()):
                if len(entry.words) > 1:
                    tokens = _multi(doc, token.i, entry)
                    if tokens is None:
                        continue
                    return Hit(token, tokens, entry, f"multiword '{entry.text}'")
                pos = _pos(token)
                if pos not in entry.pos:
                    continue
                if pos == "NOUN" and _modifier_noun(token):
                    continue
                if token.text[:1].isupper() and token.i > token.sent.start and pos == "NOUN":
                    continue  # `Conférence nationale`, `Marche verte`: part of a name
                if entry.objects and not _has_object(token, entry.objects):
                    continue
                if entry.not_objects and _has_object(token, entry.not_objects):
                    continue
                if entry.intransitive and pos == "VERB" and any(
                        c.dep_ == "obj" and c.lemma_.lower() not in _TIME_NOUNS for c in token.children):
                    continue
                if pos == "VERB" and _attributive(token):
                    continue
                if entry.prep and not _has_prep(token, entry.prep):
                    continue
                return Hit(token, (token,), entry, f"{pos.lower()} '{entry.text}'")
        return None
