"""One person as a figure of one: `un soldat a été tué`, `un mort et trois blessés`, `dont un Américain`,
and `il` when it takes up a person the text brought in as `un prêtre`.

Only indefinite singulars are figures. A definite or named person (`le président a été blessé`,
`Kadhafi a été tué`) is someone the reader already knows: the event's target, not a toll the text
states; counting it would also count the same person again at each later mention.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from depeche.records import CountKind
from depeche.stages.base import doc_text
from depeche.stages.counts import lexicon as lx

_ARTICLES = frozenset({"un", "une"})
# Words before `un` that make it a pronoun or a comparison, not one person (`l'un des morts`,
# `comme un mort`).
_NOT_A_FIGURE_BEFORE = frozenset({"l'", "l’", "le", "la", "comme", "tel", "telle", "chacun"})
# Adjectives that may stand between `un` and the noun (`un autre Copte`, `un seul blessé`).
_PRE_ADJECTIVES = frozenset({"autre", "seul", "seule", "jeune", "deuxième", "second", "seconde", "troisième",
                             "nouveau", "nouvel", "nouvelle", "haut", "haute", "ancien", "ancienne", "simple",
                             "petit", "petite", "vieil", "vieux", "vieille", "certain", "certaine"})
_CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")", "«", "»", '"', "—", "–"})
_PRONOUNS = frozenset({"il", "elle"})
# How far back a pronoun looks for the person it takes up.
_PRONOUN_SENTENCES = 2


@dataclass(frozen=True, slots=True)
class Single:
    """One person: `first` is `un`/`une` (or the pronoun), `noun` the word naming the person,
    `end` the last token of the group; `kind_noun` when the noun is itself a toll (`un mort`)."""

    first: int
    noun: int
    end: int
    who: str | None
    kind_noun: CountKind | None
    pronoun: bool = False


def _lexicon_entry(word: str) -> tuple[bool, str | None]:
    if word in lx.SINGLE_PEOPLE:
        return True, lx.SINGLE_PEOPLE[word]
    for feminine, masculine in lx.FEMININE_ENDINGS:
        if word.endswith(feminine) and len(word) > len(feminine) + 2:
            base = word[: -len(feminine)] + masculine
            if base in lx.SINGLE_PEOPLE:
                return True, lx.SINGLE_PEOPLE[base]
    return False, None


def person_word(t: Token) -> tuple[bool, str | None]:
    """Whether `t` names one person (`soldat`, `étudiante`, `Américain`, `mort`), and who."""
    low = t.lower_
    if low in lx.SINGLE_KIND_NOUNS:
        return True, None
    if t.pos_ not in {"NOUN", "PROPN", "ADJ", "PRON"}:
        return False, None
    found, who = _lexicon_entry(low)
    if found:
        return True, who
    if (len(t.text) > 3 and t.text[0].isupper() and t.pos_ in {"NOUN", "PROPN", "ADJ"}
            and low.endswith(lx.SINGLE_DEMONYM_ENDINGS) and t.morph.get("Number", ["Sing"]) == ["Sing"]):
        return True, t.text
    return False, None


def _clause(doc: Doc, first: int, last: int) -> range:
    sent = doc[first].sent
    start = first
    while start > sent.start and doc[start - 1].text not in _CLAUSE_BREAKS:
        start -= 1
    end = last
    while end + 1 < sent.end and doc[end + 1].text not in _CLAUSE_BREAKS:
        end += 1
    return range(start, end + 1)


def _denied(doc: Doc, first: int, last: int) -> bool:
    """`pas un seul blessé`, `sans faire un mort`, `si un soldat est tué`: no toll is stated.

    A zero is not reported as a figure either: the codebook counts people the text says were
    harmed, and `aucun mort` names nobody (an event's toll stays unknown rather than 0).
    """
    return any(doc[i].lower_ in lx.NEGATORS for i in _clause(doc, first, last))


def _indefinite(doc: Doc, t: Token) -> Single | None:
    prev = doc[t.i - 1] if t.i > 0 else None
    if prev is not None and prev.lower_ in _NOT_A_FIGURE_BEFORE:
        return None
    if prev is not None and prev.lemma_ == "être" and prev.pos_ == "AUX":
        return None  # `la victime était un enfant`: an attribute says who, not how many
    noun: Token | None = None
    who: str | None = None
    k = t.i + 1
    while k < min(len(doc), t.i + 4):
        u = doc[k]
        is_person, label = person_word(u)
        if is_person:
            noun, who = u, label if label is not None or who is None else who
            if u.lower_ in lx.SINGLE_KIND_NOUNS:
                break
            k += 1
            continue
        if noun is None and u.lower_ in _PRE_ADJECTIVES:
            k += 1
            continue
        break
    if noun is None:
        return None
    text = doc_text(doc)
    after = noun.idx + len(noun.text)
    if after < len(text) and text[after] == "-":
        return None  # `un mort-vivant`, `un homme-orchestre`: a compound, not the person
    end = noun.i
    # `un soldat syrien`, `un manifestant blessé` stop at the participle: what follows is what happened
    while end + 1 < len(doc) and doc[end + 1].pos_ == "ADJ" and not doc[end + 1].morph.get("VerbForm", []) and \
            doc[end + 1].lower_ not in lx.SINGLE_KIND_NOUNS:
        end += 1
    if _denied(doc, t.i, end):
        return None
    return Single(t.i, noun.i, end, who, lx.SINGLE_KIND_NOUNS.get(noun.lower_))


def _antecedent(doc: Doc, pronoun: Token, singles: dict[int, Single], sent_starts: list[int]) -> Single | None:
    """The one person brought in as `un ...` that `il`/`elle` takes up: the nearest person word
    before the pronoun must be such a mention; a name or a definite noun stops the search.
    `sent_starts` are the first tokens of the document's sentences."""
    here = bisect_right(sent_starts, pronoun.i) - 1
    floor = sent_starts[max(0, here - _PRONOUN_SENTENCES)]
    for i in range(pronoun.i - 1, floor - 1, -1):
        t = doc[i]
        if t.ent_type_ == "PER" and t.pos_ == "PROPN":
            return None
        if i in singles:
            return singles[i]
        if person_word(t)[0] and t.pos_ in {"NOUN", "PROPN"}:
            return None
    return None


def find_singles(doc: Doc) -> list[Single]:
    """Every indefinite singular person and every pronoun that takes one up, in text order."""
    by_noun: dict[int, Single] = {}
    out: list[Single] = []
    sent_starts: list[int] = []  # filled at the first pronoun: most documents need it once or never
    for t in doc:
        if t.lower_ in _ARTICLES:
            s = _indefinite(doc, t)
            if s is not None:
                by_noun[s.noun] = s
                out.append(s)
        elif t.lower_ in _PRONOUNS and t.dep_ in {"nsubj", "nsubj:pass"}:
            if not by_noun:
                continue  # no `un ...` person before: nothing to take up
            sent_starts = sent_starts or [s.start for s in doc.sents]
            ante = _antecedent(doc, t, by_noun, sent_starts)
            if ante is not None and not _denied(doc, t.i, t.i):
                out.append(Single(t.i, t.i, t.i, ante.who, None, pronoun=True))
    return out
