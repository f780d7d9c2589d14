"""Find the figures of people in a parsed article and decide what happened to them.

Each number expression is read with the words around it: the noun it counts (`17 civils`,
`74 morts`), the verb that follows it (`avaient été tués`, `ont fui`), the verb or event noun
before it (`ont tué`, `la mort de`), or the count it is part of (`dont huit`). One person
introduced as `un soldat` is a figure of one (see `single`).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from depeche.records import CountKind
from depeche.stages.base import doc_text
from depeche.stages.counts import lexicon as lx
from depeche.stages.counts.numbers import Number, NumberMatch, find_numbers, qualifier_after, with_qualifier
from depeche.stages.counts.single import Single, find_singles

_MONTHS = frozenset({"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                     "octobre", "novembre", "décembre", "h", "heures", "h00"})
_ETRE = frozenset({"être", "est", "sont", "était", "étaient", "été", "fut", "furent", "soit", "soient",
                   "serait", "seraient", "sera", "seront", "étant"})
_AVOIR = frozenset({"avoir", "a", "ont", "avait", "avaient", "aurait", "auraient", "eu", "aura", "auront",
                    "ayant", "avons"})
_CLAUSE_END = frozenset({".", ";", ":", "!", "?", "»", "«", '"', "(", ")"})
_SKIP_WORDS = frozenset({"se", "s'", "s’", "ne", "n'", "n’", "y", "en", "déjà", "également", "aussi", "ainsi",
                         "notamment", "toutes", "tous", "au", "total", "moins", "environ", "encore", "alors",
                         "été", "probablement", "vraisemblablement", "apparemment", "peut-être", "sans",
                         "doute", "entre-temps", "officiellement", "auparavant", "depuis", "respectivement"})
_DE = frozenset({"de", "d'", "d’", "des", "du"})
_DONT = frozenset({"dont", "parmi"})
# Words just before a figure that make it a part of the figure before it (`dont huit`,
# `parmi lesquels trois enfants`, `parmi eux deux femmes`).
_SUBSET_MARKERS = _DONT | frozenset({"lesquels", "lesquelles", "eux", "elles"})
# Verbs that make the figure after them something that did not happen (`ont évité une dizaine de morts`).
_AVERTED = frozenset({"éviter", "empêcher", "épargner", "prévenir"})


@dataclass(frozen=True, slots=True)
class Found:
    """One figure of people: offsets of its mention, its value and how its kind was decided."""

    start: int
    end: int
    kind: CountKind
    number: Number
    who: str | None
    rule: str
    sentence: int
    part_of: int | None = None  # index in the finder's output of the figure this one is a part of


@dataclass(slots=True)
class _Nominal:
    match: NumberMatch
    first: int  # first token of the number (qualifier excluded)
    last: int  # last token of the number
    end: int  # last token of the counted noun group (== last when the number stands alone)
    noun: Token | None  # the word that names what is counted
    who: str | None
    kind_noun: CountKind | None


def _is_demonym(t: Token) -> bool:
    text = t.text
    return (
        len(text) > 3 and text[0].isupper() and t.pos_ in {"NOUN", "PROPN", "ADJ"}
        and text.lower().endswith(lx.DEMONYM_ENDINGS)
    )


def _people(t: Token) -> tuple[bool, str | None]:
    low = t.lower_
    if low in lx.PEOPLE_NOUNS:
        return True, lx.PEOPLE_NOUNS[low]
    if low in lx.KIND_NOUNS:
        return True, lx.PEOPLE_NOUNS.get(low)
    if _is_demonym(t):
        return True, t.text
    return False, None


def _nominal(doc: Doc, m: NumberMatch) -> _Nominal | None:
    span = doc.char_span(m.num_start, m.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    first, last = span.start, span.end - 1
    j = last + 1
    # `1,5 million de réfugiés`, `une trentaine de gamins`, `des milliers d'habitants`
    if j < len(doc) and doc[j].lower_ in _DE and m.rule.startswith(("approx", "digits", "words")):
        word = doc[last].lower_
        if word.startswith(("million", "milliard", "millier")) or m.rule.startswith("approx") or word == "mille":
            j += 1
    noun: Token | None = None
    who: str | None = None
    kind: CountKind | None = None
    end = last
    k = j
    while k < len(doc) and k <= j + 3:
        t = doc[k]
        low = t.lower_
        if low in lx.NOT_PEOPLE or t.like_num:
            break
        is_people, label = _people(t)
        if is_people:
            noun = t
            end = k
            if who is None:
                who = label
            if low in lx.KIND_NOUNS:
                kind = lx.KIND_NOUNS[low]
                if low not in lx.OVERRULED_NOUNS:
                    break
            k += 1
            continue
        if noun is None and t.pos_ == "ADJ" and k == j:  # `17 jeunes`, `trois autres`: go on
            k += 1
            continue
        if noun is not None and t.pos_ == "ADJ" and not t.morph.get("VerbForm", []):
            end = k  # `58 touristes étrangers`
            k += 1
            continue
        break
    if noun is None and k == j + 1 and j > last and doc[j].pos_ == "ADJ":
        return None  # an adjective alone after the number names nothing we know
    if noun is None and j < len(doc) and doc[j].pos_ in {"NOUN", "PROPN"} and doc[j].lower_ not in lx.KIND_NOUNS \
            and doc[j].lower_ not in lx.INJURY_ADVERBS:  # the tagger reads `grièvement` as a noun at times
        return None  # `1.000 km`, `17 chars`: a thing, not people
    return _Nominal(m, first, last, end, noun, who, kind)


def _single_nominal(doc: Doc, s: Single) -> _Nominal:
    t = doc[s.first]
    match = NumberMatch(t.idx, t.idx + len(t.text), t.idx, Number(value=1), "one-pronoun" if s.pronoun else "one")
    return _Nominal(match, s.first, s.first, s.end, doc[s.noun], s.who, s.kind_noun)


def _before_number(doc: Doc, n: _Nominal) -> int:
    """The index of the token just before the number itself (-1 at the start of the text)."""
    start_tok = doc.char_span(n.match.start, n.match.end, alignment_mode="expand")
    return (start_tok.start if start_tok is not None else n.first) - 1


def _passive_between(doc: Doc, a: int, b: int) -> tuple[bool, bool]:
    """(an `être` auxiliary, an `avoir` auxiliary) between tokens a and b (exclusive)."""
    etre = avoir = False
    for t in doc[a:b]:
        if t.lower_ in _ETRE or (t.pos_ == "AUX" and t.lemma_ == "être"):
            etre = True
        elif t.lower_ in _AVOIR or (t.pos_ == "AUX" and t.lemma_ == "avoir"):
            avoir = True
    return etre, avoir


def _complement_ok(doc: Doc, t: Token, word: str) -> bool:
    needs = lx.NEEDS_COMPLEMENT.get(word)
    if needs is None:
        return True
    return any(u.lower_ in needs or u.lemma_.lower() in needs for u in doc[t.i + 1:t.i + 5])


def _verb_kind(doc: Doc, t: Token, etre: bool, avoir: bool, subject: bool) -> tuple[CountKind, str] | None:
    """The kind a verb gives to the counted people, `subject` telling whether they are its subject."""
    low, lemma = t.lower_, t.lemma_.lower()
    for idiom_verb, idiom_obj in lx.SUBJECT_IDIOMS:
        if subject and lemma == idiom_verb and any(
            u.lemma_.lower() == idiom_obj or u.lower_ == idiom_obj for u in doc[t.i + 1:t.i + 4]
        ):
            return lx.SUBJECT_IDIOMS[(idiom_verb, idiom_obj)], f"idiom:{idiom_verb}-{idiom_obj}"
    participle = t.morph.get("VerbForm", []) == ["Part"] and "Pres" not in t.morph.get("Tense", [])
    passive = etre or "Pass" in t.morph.get("Voice", []) or (not avoir and participle)
    if low in lx.SUBJECT_PARTICIPLES and _complement_ok(doc, t, low) and (subject or not etre):
        return lx.SUBJECT_PARTICIPLES[low], f"verb:{low}"
    if lemma in lx.SUBJECT_VERBS and _complement_ok(doc, t, lemma) and t.pos_ in {"VERB", "ADJ"}:
        if subject:
            return lx.SUBJECT_VERBS[lemma], f"verb:{lemma}"
        if not passive:  # inverted subject: `où ont péri 17 personnes`
            return lx.SUBJECT_VERBS[lemma], f"verb-inverted:{lemma}"
    if low in lx.OBJECT_PARTICIPLES and _complement_ok(doc, t, low) and (
        (subject and (etre or not avoir)) or (not subject and avoir and not etre)
    ):
        return lx.OBJECT_PARTICIPLES[low], f"{'passive' if subject else 'object'}:{low}"
    if lemma in lx.OBJECT_VERBS and t.pos_ in {"VERB", "ADJ"} and _complement_ok(doc, t, lemma):
        if subject and passive:
            return lx.OBJECT_VERBS[lemma], f"passive:{lemma}"
        if not subject and not passive:
            return lx.OBJECT_VERBS[lemma], f"object:{lemma}"
    return None


class CountFinder:
    """Reads a parsed article and returns the figures of people it states."""

    def __init__(self, keep_vague: bool = False) -> None:
        # The codebook skips `des centaines`: such figures are kept only when asked for.
        self.keep_vague = keep_vague

    def find(self, doc: Doc) -> list[Found]:
        nominals = [n for m in find_numbers(doc_text(doc)) if (n := _nominal(doc, m)) is not None]
        owned: dict[int, _Nominal] = {}
        for n in nominals:
            for i in range(n.first, n.end + 1):
                owned[i] = n
        singles = [_single_nominal(doc, s) for s in find_singles(doc) if s.first not in owned]
        for n in singles:
            for i in range(n.first, n.end + 1):
                owned.setdefault(i, n)
        nominals = sorted([*nominals, *singles], key=lambda n: n.first)
        found: list[Found] = []
        for n in nominals:
            f = self._read(doc, n, owned, found)
            if f is not None:
                found.append(f)
        return found

    def _read(self, doc: Doc, n: _Nominal, owned: dict[int, _Nominal], before: list[Found]) -> Found | None:
        m = n.match
        if m.number.vague and not self.keep_vague:
            return None
        first_tok = doc[n.first]
        if n.noun is None and self._not_a_head_count(doc, n):
            return None
        kind: CountKind | None = None
        rule = ""
        if n.kind_noun is not None and (n.noun is None or n.noun.lower_ not in lx.OVERRULED_NOUNS):
            kind, rule = n.kind_noun, f"noun:{n.noun.lower_ if n.noun else ''}"
        if kind is None:
            got = self._right(doc, n, owned) or self._left(doc, n)
            if got:
                kind, rule = got
        if kind is None:
            got = self._governor(doc, n)
            if got:
                kind, rule = got
        if kind is None:
            got = self._part_of(doc, n, before)
            if got:
                kind, rule = got
        if kind is None and n.kind_noun is not None and n.noun is not None and \
                n.noun.lower_ not in lx.NEEDS_VERB_NOUNS:
            kind, rule = n.kind_noun, f"noun:{n.noun.lower_}"
        if kind is None or self._averted(doc, n):
            return None
        if m.rule.startswith("one") and kind not in lx.SINGLE_KINDS:
            return None  # one person fleeing or marching is no displacement or turnout figure
        number = m.number
        end_char = doc[n.end].idx + len(doc[n.end])
        after = qualifier_after(doc_text(doc), end_char)
        if after and number.qualifier == "exact":
            number = with_qualifier(number, after[0])
            rule += f"+{after[0]}-after"
        start = min(m.start, first_tok.idx)
        whole = self._whole(doc, n, kind, before)
        if whole is not None:
            rule += "|subset"
        return Found(start, end_char, kind, number, n.who, f"{m.rule}|{rule}", first_tok.sent.start, whole)

    @staticmethod
    def _whole(doc: Doc, n: _Nominal, kind: CountKind, before: list[Found]) -> int | None:
        """The index in `before` of the figure this one is a part of: `16 tués, dont huit au Caire`,
        `dont un Américain`. The whole is the last larger figure of the same kind in the sentence."""
        k = _before_number(doc, n)
        if k < 0 or doc[k].lower_ not in _SUBSET_MARKERS:
            return None
        if doc[k].lower_ in {"eux", "elles"} and (k < 1 or doc[k - 1].lower_ != "parmi"):
            return None
        sent = doc[n.first].sent.start
        value = n.match.number.value
        for i in range(len(before) - 1, -1, -1):
            f = before[i]
            if f.sentence != sent:
                break
            if f.kind == kind and f.number.value > value:
                return i
        return None

    @staticmethod
    def _averted(doc: Doc, n: _Nominal) -> bool:
        sent_start = doc[n.first].sent.start
        return any(t.lemma_.lower() in _AVERTED for t in doc[max(sent_start, n.first - 5):n.first])

    @staticmethod
    def _not_a_head_count(doc: Doc, n: _Nominal) -> bool:
        """A number with no noun is a head count only in grammar that says so; dates and years are not."""
        m = n.match
        if m.rule.startswith("digits") and 1900 <= m.value <= 2100 and "." not in doc_text(doc)[m.num_start:m.end]:
            return True
        nxt = doc[n.last + 1] if n.last + 1 < len(doc) else None
        if nxt is not None and (nxt.lower_ in _MONTHS or nxt.lower_ in lx.NOT_PEOPLE or nxt.like_num):
            return True
        prev = doc[n.first - 1] if n.first > 0 else None
        return prev is not None and prev.lower_ in {"le", "du", "au", "ce", "à", "vers", "depuis"}

    def _right(self, doc: Doc, n: _Nominal, owned: dict[int, _Nominal]) -> tuple[CountKind, str] | None:
        """The verb or participle after the counted group: `17 civils avaient été tués`."""
        sent_end = doc[n.first].sent.end
        k = n.end + 1
        seen = 0
        while k < sent_end and seen < 10:
            t = doc[k]
            low = t.lower_
            if low in _CLAUSE_END:
                return None
            if low == "," or low in {"et", "ou"}:
                # `17 civils et 3 soldats ont été tués`, `17 civils, dont 3 enfants, ont été tués`
                nxt = k + 1
                if nxt < sent_end and nxt in owned and owned[nxt] is not n:
                    k = owned[nxt].end + 1
                    seen += 1
                    continue
                if low == "," and nxt < sent_end and doc[nxt].lower_ in _DONT | {"selon"}:
                    close = next((i for i in range(nxt, min(sent_end, nxt + 12)) if doc[i].lower_ == ","), None)
                    if close is None:
                        return None
                    k = close + 1
                    seen += 1
                    continue
                if low == ",":
                    return None
                k += 1
                seen += 1
                continue
            if k in owned and owned[k] is not n:
                return None
            if low in {"à", "de", "d'", "d’"} and k + 1 < sent_end and doc[k + 1].morph.get("VerbForm", []) == ["Inf"]:
                # `poussé 750.000 personnes à fuir`: the counted people do what the infinitive says
                return _verb_kind(doc, doc[k + 1], False, False, subject=True)
            if t.pos_ in {"AUX"} or low in _SKIP_WORDS or t.pos_ == "ADV" or low in {"qui", "d'entre", "eux", "elles"}:
                k += 1
                seen += 1
                continue
            if t.lemma_.lower() in lx.DEPICTIVE_VERBS and t.pos_ == "VERB":
                # `retrouvé décapité`, `découverts morts`: what they were found as is what happened
                k += 1
                seen += 1
                continue
            if t.pos_ in {"VERB", "ADJ", "NOUN"} or low in lx.OBJECT_PARTICIPLES or low in lx.SUBJECT_PARTICIPLES:
                etre, avoir = _passive_between(doc, n.end + 1, k)
                got = _verb_kind(doc, t, etre, avoir, subject=True)
                if got:
                    return got
                return None
            return None
        return None

    def _left(self, doc: Doc, n: _Nominal) -> tuple[CountKind, str] | None:
        """The verb or event noun before the number: `ont tué 17 civils`, `la mort de 17 civils`."""
        k = _before_number(doc, n)
        sent_start = doc[n.first].sent.start
        seen = 0
        while k >= sent_start and seen < 4:
            t = doc[k]
            low = t.lower_
            if low in _CLAUSE_END or low == ",":
                return None
            if low in _DE:
                # `la mort de 17 civils`, `la fuite à l'étranger de 650.000 Libyens`
                for u in reversed(doc[max(sent_start, k - 7):k]):
                    if u.lower_ in lx.EVENT_NOUNS and u.pos_ == "NOUN":
                        return lx.EVENT_NOUNS[u.lower_], f"event-noun:{u.lower_}"
                    if u.pos_ not in {"ADP", "DET", "NOUN", "ADJ", "PROPN"} or u.lower_ in _CLAUSE_END:
                        break
                return None
            if low == "à" and k - 3 >= sent_start and doc[k - 1].lower_ == "vie" and \
                    doc[k - 3].lemma_.lower() == "coûter":
                return "killed", "idiom:coûter-la-vie-à"
            if t.pos_ in {"AUX", "DET", "ADV"} or low in _SKIP_WORDS:
                k -= 1
                seen += 1
                continue
            if t.pos_ in {"VERB", "ADJ", "NOUN"}:
                etre, avoir = _passive_between(doc, max(sent_start, k - 3), k)
                active = avoir or t.morph.get("VerbForm", []) != ["Part"] or "Pres" in t.morph.get("Tense", [])
                return _verb_kind(doc, t, etre, active, subject=False)
            return None
        return None

    @staticmethod
    def _governor(doc: Doc, n: _Nominal) -> tuple[CountKind, str] | None:
        """The verb the parser hangs the counted group on, past any reduced relative
        (`une centaine d'hommes venus du désert ont manifesté`)."""
        group = range(n.first, n.end + 1)
        for t in (doc[i] for i in group):
            # `ont enlevé un ingénieur et un chauffeur`: a conjunct takes its role from the first one
            while t.dep_ == "conj" and t.head.i not in group and t.head.i < t.i:
                t = t.head
            if t.dep_ in {"nsubj", "nsubj:pass", "obj"} and t.head.i not in group:
                verb = t.head
                if verb.sent.start != doc[n.first].sent.start:
                    return None
                aux = [c for c in verb.children if c.dep_.startswith("aux")]
                etre = any(a.lemma_ == "être" for a in aux)
                avoir = any(a.lemma_ == "avoir" for a in aux)
                got = _verb_kind(doc, verb, etre, avoir, subject=t.dep_ != "obj")
                if got:
                    return got[0], "parse:" + got[1]
                return None
        return None

    @staticmethod
    def _part_of(doc: Doc, n: _Nominal, before: list[Found]) -> tuple[CountKind, str] | None:
        """`..., dont huit enfants`: part of the count just before, in the same sentence."""
        k = _before_number(doc, n)
        if k < 0 or doc[k].lower_ not in _SUBSET_MARKERS:
            return None
        sent = doc[n.first].sent.start
        prior = [f for f in before if f.sentence == sent]
        nxt = doc[n.end + 1] if n.end + 1 < len(doc) else None
        if nxt is not None and nxt.lower_ in lx.INJURY_ADVERBS:
            return "injured", "part-of+injury-adverb"
        if not prior:
            return None
        return prior[-1].kind, "part-of"
