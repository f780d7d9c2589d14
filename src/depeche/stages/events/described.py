"""Actors the text describes without naming them (`des hommes venus du désert`, `quatre de ses ministres`,
`l'autre camp`): when such a phrase is the one who acted, it becomes an actor of the document on the spot,
so the event says who acted in the text's own words rather than nobody."""

from __future__ import annotations

from spacy.tokens import Token

from depeche.records import Actor
from depeche.stages.base import Work
from depeche.stages.events.roles import Role

# Nouns for people and bodies of people that can act: general French, by lemma.
PEOPLE_NOUNS = frozenset({
    "homme", "femme", "jeune", "adolescent", "enfant", "gamin", "garçon", "fille", "individu", "inconnu",
    "habitant", "résident", "badaud", "passant", "proche", "villageois", "citadin", "civil", "manifestant",
    "protestataire", "émeutier", "casseur", "militant", "activiste", "opposant", "adversaire", "partisan",
    "sympathisant", "fidèle", "supporter", "supporteur", "ultra", "hooligan", "étudiant", "ouvrier", "travailleur",
    "employé", "fonctionnaire", "commerçant", "paysan", "colon", "soldat", "militaire", "policier", "gendarme",
    "agent", "officier", "garde", "combattant", "rebelle", "insurgé", "milicien", "mercenaire", "jihadiste",
    "djihadiste", "islamiste", "terroriste", "kamikaze", "tireur", "sniper", "assaillant", "agresseur", "ravisseur",
    "pirate", "ministre", "député", "sénateur", "élu", "diplomate", "dirigeant", "responsable", "chef", "leader",
    "porte-parole", "représentant", "délégué", "émissaire", "juge", "procureur", "avocat", "expert", "enquêteur",
    "observateur", "médecin", "secouriste", "journaliste", "camp", "tribu", "clan", "famille", "foule", "groupe",
    "groupuscule", "unité", "brigade", "bataillon", "commando", "milice", "force", "troupe", "armée", "police",
    "mouvement", "parti", "coalition", "alliance", "gouvernement", "régime", "pouvoir", "autorité", "opposition",
    "délégation", "comité", "conseil", "commission", "chambre", "cour", "tribunal", "organisation", "association",
    "syndicat", "collectif", "puissance", "pays", "état", "voisin", "allié", "camarade", "ennemi", "bande", "gang",
    "réseau", "cellule",
})
# Words that count people rather than name them: the noun after `de` says who (`une centaine d'hommes`).
_QUANTITY_HEADS = frozenset({
    "centaine", "dizaine", "douzaine", "vingtaine", "trentaine", "quarantaine", "cinquantaine", "soixantaine",
    "millier", "million", "nombre", "plupart", "partie", "poignée", "majorité", "minorité", "certain",
    "plusieurs", "beaucoup", "tas", "foule", "groupe",
})
_DETERMINERS = frozenset({"le", "la", "les", "l'", "l’", "un", "une", "des", "du", "de", "d'", "d’", "ces", "ce",
                          "cet", "cette", "ses", "son", "sa", "leurs", "leur", "quelques"})
# The words that belong to a describing noun phrase (not its clauses, subject or copula).
_PHRASE_DEPS = frozenset({"det", "amod", "nmod", "nummod", "flat:name", "flat", "fixed", "compound"})
# Longest description kept as an actor's mention, in words: past it the phrase is a clause, not a name.
MAX_WORDS = 8
RULE = "described in the text"


def _people_head(token: Token) -> Token | None:
    """The noun that says who a phrase is (`hommes` in `une centaine d'hommes`), if it names people."""
    head = token
    if head.pos_ == "NUM" or head.lemma_.lower() in _QUANTITY_HEADS:
        inner = next((c for c in head.children if c.dep_ in {"nmod", "obl"} and c.pos_ == "NOUN"), None)
        if inner is not None and inner.lemma_.lower() in PEOPLE_NOUNS:
            return inner
    if head.pos_ == "NOUN" and head.lemma_.lower() in PEOPLE_NOUNS:
        return head
    return None


def described_actor(work: Work, token: Token) -> Role | None:
    """The actor a describing phrase headed by `token` names, made on the spot (or found again when the
    same words described an actor earlier in the document); None when the phrase does not name people."""
    head = _people_head(token)
    if head is None:
        return None
    start, end = _extent(work, token)
    name = _name(work.article.text[slice(*_extent(work, head))]) if head.i != token.i else ""
    text = work.article.text[start:end]
    name = name or _name(text)
    if not name:
        return None
    mention = work.span(start, end)
    for actor in work.result.actors:
        if actor.rule == RULE and actor.name.lower() == name.lower():
            if mention not in actor.mentions:
                actor.mentions.append(mention)
            return Role(actor, token, f"described '{text}' (an actor made from the text's words, seen before)")
    actor = Actor(id=f"a{len(work.result.actors) + 1}", name=name, type="group", mentions=[mention], rule=RULE)
    work.result.actors.append(actor)
    return Role(actor, token, f"described '{text}' (an actor made from the text's words)")


def _extent(work: Work, head: Token) -> tuple[int, int]:
    """Character range of the phrase headed by `head` without the preposition that introduces it, cut
    back to the head and its adjectives when it runs on like a clause."""
    tokens = [head]
    stack = [c for c in head.children if c.dep_ in _PHRASE_DEPS]
    while stack:
        t = stack.pop()
        tokens.append(t)
        stack.extend(c for c in t.children if c.dep_ in _PHRASE_DEPS | {"case"})
    first, last = min(tokens, key=lambda t: t.i), max(tokens, key=lambda t: t.i)
    start, end = first.idx, last.idx + len(last)
    text = work.article.text[start:end]
    if len(text.split()) > MAX_WORDS:
        kept = [head, *(c for c in head.children if c.dep_ in {"amod", "det"})]
        start, last = min(t.idx for t in kept), max(kept, key=lambda t: t.idx)
        end = last.idx + len(last)
        text = work.article.text[start:end]
    stripped = text.strip(" ,;:")
    start += len(text) - len(text.lstrip(" ,;:"))
    return start, start + len(stripped)


def _name(text: str) -> str:
    """The phrase without its leading determiners: `l'autre camp` -> `autre camp`."""
    words = text.replace("’", "'").split()
    while words and (words[0].lower() in _DETERMINERS or words[0].lower().startswith(("l'", "d'"))
                     and len(words[0]) > 2):
        first = words[0]
        if first.lower().startswith(("l'", "d'")) and len(first) > 2:
            words[0] = first[2:]
            break
        words = words[1:]
    return " ".join(words)
