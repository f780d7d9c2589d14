"""Definite descriptions that refer back to an actor already named: `l'ONG`, `l'Alliance`, `le président`.

A description joins the most recent actor before it whose type fits (`l'ONG` -> the last NGO);
a title (`le président`, `le procureur`) joins only a person the article has already given that
title, so `le président` never lands on someone who was never called president; a title with its
own complement (`le chef de la délégation du CNT`) names someone by that complement and joins no one.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from spacy.tokens import Doc

from depeche.records import Actor, Span

_DETERMINERS = {"le", "la", "l'", "l’"}
_COMPLEMENT = {"de", "du", "des", "d'", "d’"}

# description word -> actor types it can refer to
KINDS: dict[str, frozenset[str]] = {
    "ong": frozenset({"ngo"}),
    "organisation": frozenset({"igo", "ngo"}),
    "alliance": frozenset({"igo"}),
    "agence": frozenset({"media", "igo"}),
    "mouvement": frozenset({"party", "rebel", "group", "religious"}),
    "parti": frozenset({"party"}),
    "confrérie": frozenset({"party", "religious"}),
    "milice": frozenset({"militia"}),
    "cour": frozenset({"igo"}),
    "chambre": frozenset({"igo"}),  # a court's chamber (`la chambre préliminaire`) speaks for the court
    "tribunal": frozenset({"igo"}),
    "mission": frozenset({"igo"}),
    "organisme": frozenset({"igo", "ngo"}),
    "groupe": frozenset({"rebel", "militia", "group"}),
    "coalition": frozenset({"party", "rebel", "militia", "group", "military", "igo"}),
}
# words naming the institution itself: the antecedent must carry the word (or its English form)
NAMED = {
    "cour": ("cour", "court"), "tribunal": ("tribunal", "court"), "chambre": ("cour", "court", "tribunal"),
    "mission": ("mission",),
    "organisation": ("organisation", "organization"), "agence": ("agence", "agency"),
    "mouvement": ("mouvement", "movement"), "parti": ("parti", "party"), "confrérie": ("confrérie", "brotherhood"),
    "alliance": ("alliance",), "coalition": ("coalition",),
}
# titles that refer back to a person who was given the same title earlier
TITLES = {
    "président", "présidente", "raïs", "dirigeant", "dirigeante", "colonel", "maréchal", "général", "ministre",
    "roi", "reine", "émir", "procureur", "procureure", "porte-parole", "émissaire", "envoyé", "médiateur",
    "secrétaire", "chef", "guide", "ayatollah", "imam", "juge", "commandant", "prince",
}


def resolve_descriptions(doc: Doc, text: str, actors: list[Actor], to_span: Callable[[int, int], Span]) -> None:
    """Add each resolvable description to the mentions of the actor it refers to, in place."""
    taken = sorted((m.start, m.end) for a in actors for m in a.mentions)
    starts = [s for s, _ in taken]
    timeline = sorted((m.start, a.id) for a in actors for m in a.mentions)
    by_id = {a.id: a for a in actors}
    for token in doc[1:]:
        word = token.lower_
        if word not in KINDS and word not in TITLES:
            continue
        det = doc[token.i - 1]
        if det.lower_ not in _DETERMINERS:
            continue
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if nxt is not None and (nxt.text[:1].isupper() or nxt.like_num):
            continue  # a title in front of a name, or `le groupe Wagner`: not a back-reference
        if nxt is not None and nxt.pos_ in {"ADJ", "PROPN"} and word in KINDS:
            continue  # `l'organisation humanitaire`, `le mouvement islamiste`: a new, described entity
        if word == "alliance" and not token.text[:1].isupper():
            continue
        if word in TITLES and _has_complement(doc, token.i):
            continue  # `le chef de la délégation`: named by its complement, not by an earlier mention
        start, end = det.idx, token.idx + len(token.text)
        i = bisect_left(starts, start)
        if (i < len(taken) and taken[i][0] < end) or (i > 0 and taken[i - 1][1] > start):
            continue  # already part of a mention
        target = _antecedent(word, start, timeline, by_id, text)
        if target is not None:
            target.mentions.append(to_span(start, end))
            target.mentions.sort(key=lambda s: s.start)


def _antecedent(word: str, start: int, timeline: list[tuple[int, str]], by_id: dict[str, Actor],
                text: str) -> Actor | None:
    for at, actor_id in reversed(timeline):
        if at >= start:
            continue
        actor = by_id[actor_id]
        if word in KINDS:
            if actor.type in KINDS[word] and _carries(actor, NAMED.get(word), text):
                return actor
            continue
        if actor.type == "person" and _had_title(actor, word, text):
            return actor
    return None


def _carries(actor: Actor, words: tuple[str, ...] | None, text: str) -> bool:
    """True when the actor's name or a mention holds one of `words`, or a mention directly follows
    one in the text (`le mouvement Tamarrod` makes `Tamarrod` a movement)."""
    if words is None:
        return True
    forms = [actor.name.lower(), *(m.text.lower() for m in actor.mentions)]
    if any(w in form.split() for w in words for form in forms):
        return True
    for m in actor.mentions:
        before = text[max(0, m.start - 30) : m.start].lower().split()
        if before and before[-1] in words:
            return True
    return False


def _has_complement(doc: Doc, i: int) -> bool:
    """True when the noun at `i` takes a `de` complement, past any adjectives (`le ministre libyen
    des Affaires étrangères`, `le chef d'état-major`)."""
    j = i + 1
    while j < len(doc) and doc[j].pos_ == "ADJ" and doc[j].text[:1].islower():
        j += 1
    return j < len(doc) and doc[j].lower_ in _COMPLEMENT


def _had_title(actor: Actor, title: str, text: str) -> bool:
    """True when one of the actor's mentions carries `title` or directly follows it."""
    for m in actor.mentions:
        before = text[max(0, m.start - 40) : m.start].lower().split()
        if title in m.text.lower().split() or (before and title in before[-3:]):
            return True
    return False
