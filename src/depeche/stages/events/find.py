"""Find event triggers in a parsed article: lexicon words and multiword expressions, checked against
their part of speech, objects, prepositions, subjects and modifiers (the word's sense), and against
the names they may sit in."""

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
_REFLEXIVE = frozenset({"se", "s'", "s’", "me", "m'", "m’", "te", "t'", "t’", "nous", "vous"})
# How far up a chain of coordinated or dependent verbs the subject of a clause is looked for
# (`la crise s'aggrave et frappe`, `la crise continue de frapper`).
_SUBJECT_HOPS = 3


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
    infinitive = _participle_infinitive(token)
    if infinitive is not None:
        keys.append(infinitive)
    return list(dict.fromkeys(keys))


_PARTICIPLE_ENDINGS = ("ées", "ée", "és", "é")


def _participle_infinitive(token: Token) -> str | None:
    """`a gelé` tagged as an adjective with the lemma `gelé`: a past participle after `avoir` or
    `être` whose lemma the model left as written is read as the `-er` verb it comes from (the
    first conjugation group is open and regular; the others are in the model's lemma table)."""
    low = token.lower_
    if token.pos_ not in {"ADJ", "VERB", "NOUN"} or token.lemma_.lower() not in {low, low.rstrip("s")}:
        return None
    ending = next((e for e in _PARTICIPLE_ENDINGS if low.endswith(e)), None)
    if ending is None or len(low) - len(ending) < 2:
        return None
    if not _after_auxiliary(token):
        return None
    return low[: -len(ending)] + "er"


def _after_auxiliary(token: Token) -> bool:
    """An `avoir`/`être` auxiliary or copula among the two words before (`a gelé`, `a été gelé`)."""
    for k in range(token.i - 1, max(token.sent.start, token.i - 3) - 1, -1):
        t = token.doc[k]
        if t.lemma_ in {"avoir", "être"} and t.pos_ == "AUX":
            return True
        if t.pos_ not in {"ADV", "AUX", "PART"}:
            return False
    return False


def _matches(token: Token, word: str) -> bool:
    return word in _keys(token)


# Punctuation no multiword expression runs across.
_STOPS = frozenset({".", "!", "?", ";", ":", "…"})


def _multi(doc: Doc, i: int, entry: TriggerEntry) -> tuple[Token, ...] | None:
    tokens = [doc[i]]
    j = i + 1
    for word in entry.words[1:]:
        gap = 0
        while j < len(doc) and not _matches(doc[j], word):
            t = doc[j]
            if gap >= _MAX_GAP or not (t.pos_ in _GAP_POS or t.lower_ in FUNCTION_WORDS) or "\n" in t.text \
                    or t.text in _STOPS or t.is_sent_start:
                return None  # `... vise et lance. La pierre ...`: the words of an expression share a sentence
            gap += 1
            j += 1
        if j >= len(doc) or doc[j].is_sent_start:
            return None
        tokens.append(doc[j])
        j += 1
    return tuple(tokens)


def _is(token: Token, words: frozenset[str]) -> bool:
    return token.lemma_.lower() in words or token.lower_ in words


def _antecedent(token: Token) -> Token:
    """The noun a relative pronoun stands for (`les violences qui frappent`, `l'accord qu'ils ont signé`)."""
    if "Rel" in token.morph.get("PronType", []) and token.head.dep_ == "acl:relcl":
        return token.head.head
    return token


def _has_object(head: Token, objects: frozenset[str]) -> bool:
    for c in head.children:
        if c.dep_ not in _OBJECT_DEPS:
            continue
        if _is(_antecedent(c), objects):
            return True
        # `libérer des dizaines de prisonniers`: the object is a quantity noun's complement
        if any(g.dep_ == "nmod" and g.lemma_.lower() in objects for g in c.children):
            return True
    # a passive participle's subject or the noun it modifies: `les prisonniers libérés`, or that noun's
    # complement: `le début du discours, capturé par ...`
    if head.dep_ not in {"acl", "amod"}:
        return False
    noun = head.head
    return noun.lemma_.lower() in objects or any(
        g.dep_ == "nmod" and g.i < head.i and g.lemma_.lower() in objects for g in noun.children)


def _subject(verb: Token) -> Token | None:
    """What a verb's clause says does the action: its subject or the agent of its passive, a relative
    pronoun replaced by its antecedent, or, for a verb without one, the subject of the verb it is
    coordinated with or depends on. None when the text does not say."""
    for _ in range(_SUBJECT_HOPS):
        for c in verb.children:
            if c.dep_ in {"nsubj", "obl:agent"}:
                return _antecedent(c)
        if verb.dep_ not in {"conj", "xcomp"} or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _reflexive(verb: Token) -> bool:
    return any(c.dep_.startswith(("expl", "obj", "iobj")) and c.i < verb.i
               and ("Yes" in c.morph.get("Reflex", []) or c.lower_ in _REFLEXIVE) for c in verb.children)


def _clausal(verb: Token) -> bool:
    """`reconnaît avoir livré des armes`, `soutient que ...`, `«...», reconnaît-il`: a verb that takes a
    clause or an infinitive, or that introduces a quotation, says something rather than does it."""
    if verb.dep_ == "parataxis":
        return True
    children = list(verb.children)
    # an incise after a quotation, with its subject after it and no object: `«...», reconnaît X`
    if verb.i > 0 and verb.doc[verb.i - 1].is_punct and any(c.dep_ == "nsubj" and c.i > verb.i for c in children) \
            and not any(c.dep_ == "obj" for c in children):
        return True
    return any(c.dep_ in {"ccomp", "xcomp"} and c.pos_ in {"VERB", "AUX"} for c in children)


def _governed(noun: Token, verbs: frozenset[str]) -> bool:
    """`représenter une menace`, `c'est une menace`: the noun is the object or the attribute of a verb of
    being, which names a state and not the act."""
    if noun.dep_ in {"obj", "xcomp"} and noun.head.lemma_.lower() in verbs:
        return True
    return any(c.dep_ == "cop" and c.lemma_.lower() in verbs for c in noun.children)


def _modified(token: Token, words: frozenset[str]) -> bool:
    """`visite guidée`, `siège social`: an adjective or participle that selects another sense."""
    return any(c.dep_ in {"amod", "acl"} and _is(c, words) for c in token.children)


def _deontic(verb: Token) -> bool:
    """`les cibles à abattre`: an infinitive with `à` qualifying a noun says what is to be done."""
    return verb.dep_ == "acl" and "Inf" in verb.morph.get("VerbForm", []) and any(
        c.dep_ == "mark" and c.lower_ == "à" for c in verb.children)


def other_sense(token: Token, pos: str, entry: TriggerEntry) -> str | None:
    """Why this occurrence of a lexicon word is not the event sense of `entry`, or None when it is."""
    if pos == "VERB":
        if entry.reflexive and not _reflexive(token):
            return "not pronominal"
        if entry.not_clausal and _clausal(token):
            return "takes a clause: says rather than does"
        if entry.not_subjects:
            subject = _subject(token)
            if subject is not None and _is(subject, entry.not_subjects):
                return f"subject '{subject.text}' is not an actor"
        if _deontic(token):
            return "infinitive qualifying a noun: something to be done"
    else:
        if entry.not_governors and _governed(token, entry.not_governors):
            return f"state, not act ('{token.head.text}')"
    if entry.not_modifiers and _modified(token, entry.not_modifiers):
        return "modifier of another sense"
    return None


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


# Nouns whose bare `de` complement is a happening, not a kind (`la cible de raids`, `une série d'attaques`).
_EVENT_FRAMES = frozenset({"cible", "objet", "victime", "théâtre", "série", "vague", "suite", "lieu", "scène",
                           "multitude", "dizaine", "centaine"})


def _modifier_noun(token: Token) -> bool:
    """`crimes de guerre`, `avions de combat`: a bare noun complement names a kind, not an event."""
    if token.dep_ != "nmod" or token.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    if token.head.lemma_.lower() in _EVENT_FRAMES:
        return False  # `la cible de raids`, `une vague d'arrestations`: the events themselves
    children = list(token.children)
    if any(c.dep_ == "nmod" and c.pos_ == "PROPN" and any(g.lower_ in _DE for g in c.children) for c in children):
        return False  # `des raids de l'Otan`: someone's acts, not a kind of thing
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
    if token.pos_ in {"ADJ", "NOUN"} and _participle_infinitive(token) is not None:
        return "VERB"  # `a gelé`: the tagger's adjective is the verb's participle
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
                if other_sense(token, pos, entry) is not None:
                    continue
                return Hit(token, (token,), entry, f"{pos.lower()} '{entry.text}'")
        return None
