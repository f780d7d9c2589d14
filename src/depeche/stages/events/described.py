"""Actors the text describes without naming them (`des hommes venus du désert`, `quatre de ses ministres`,
`l'autre camp`): when such a phrase is the one who acted, it becomes an actor of the document on the spot,
so the event says who acted in the text's own words rather than nobody."""

from __future__ import annotations

from spacy.tokens import Token

from depeche.records import Actor
from depeche.stages.base import Work
from depeche.stages.events.roles import Role

# Nouns for people and bodies of people that can act (general French, by lemma), with the English
# words, singular/plural, that name a described actor: the text's own phrase stays in its mentions.
PEOPLE_NOUNS: dict[str, tuple[str, str]] = {
    "homme": ("man", "men"), "femme": ("woman", "women"), "jeune": ("youth", "youths"),
    "adolescent": ("teenager", "teenagers"), "enfant": ("child", "children"), "gamin": ("youth", "youths"),
    "garçon": ("boy", "boys"), "fille": ("girl", "girls"), "individu": ("individual", "individuals"),
    "inconnu": ("unidentified person", "unidentified people"), "habitant": ("resident", "residents"),
    "résident": ("resident", "residents"), "badaud": ("onlooker", "onlookers"),
    "passant": ("passer-by", "passers-by"), "proche": ("relative", "relatives"),
    "villageois": ("villager", "villagers"), "citadin": ("city dweller", "city dwellers"),
    "civil": ("civilian", "civilians"), "manifestant": ("protester", "protesters"),
    "protestataire": ("protester", "protesters"), "émeutier": ("rioter", "rioters"),
    "casseur": ("rioter", "rioters"), "militant": ("activist", "activists"), "activiste": ("activist", "activists"),
    "opposant": ("opponent", "opponents"), "adversaire": ("opponent", "opponents"),
    "partisan": ("supporter", "supporters"), "sympathisant": ("supporter", "supporters"),
    "fidèle": ("loyalist", "loyalists"), "supporter": ("supporter", "supporters"),
    "supporteur": ("supporter", "supporters"), "ultra": ("ultra", "ultras"), "hooligan": ("hooligan", "hooligans"),
    "étudiant": ("student", "students"), "ouvrier": ("worker", "workers"), "travailleur": ("worker", "workers"),
    "employé": ("employee", "employees"), "fonctionnaire": ("civil servant", "civil servants"),
    "commerçant": ("shopkeeper", "shopkeepers"), "paysan": ("farmer", "farmers"), "colon": ("settler", "settlers"),
    "soldat": ("soldier", "soldiers"), "militaire": ("soldier", "soldiers"),
    "policier": ("police officer", "police officers"), "gendarme": ("gendarme", "gendarmes"),
    "agent": ("agent", "agents"), "officier": ("officer", "officers"), "garde": ("guard", "guards"),
    "combattant": ("fighter", "fighters"), "rebelle": ("rebel", "rebels"), "insurgé": ("insurgent", "insurgents"),
    "milicien": ("militiaman", "militiamen"), "mercenaire": ("mercenary", "mercenaries"),
    "jihadiste": ("jihadist", "jihadists"), "djihadiste": ("jihadist", "jihadists"),
    "islamiste": ("Islamist", "Islamists"), "terroriste": ("terrorist", "terrorists"),
    "kamikaze": ("suicide attacker", "suicide attackers"), "tireur": ("gunman", "gunmen"),
    "sniper": ("sniper", "snipers"), "assaillant": ("attacker", "attackers"),
    "agresseur": ("attacker", "attackers"), "ravisseur": ("kidnapper", "kidnappers"),
    "pirate": ("pirate", "pirates"), "ministre": ("minister", "ministers"),
    "député": ("member of parliament", "members of parliament"), "sénateur": ("senator", "senators"),
    "élu": ("elected official", "elected officials"), "diplomate": ("diplomat", "diplomats"),
    "dirigeant": ("leader", "leaders"), "responsable": ("official", "officials"), "chef": ("leader", "leaders"),
    "leader": ("leader", "leaders"), "porte-parole": ("spokesperson", "spokespeople"),
    "représentant": ("representative", "representatives"), "délégué": ("delegate", "delegates"),
    "émissaire": ("envoy", "envoys"), "juge": ("judge", "judges"), "procureur": ("prosecutor", "prosecutors"),
    "avocat": ("lawyer", "lawyers"), "expert": ("expert", "experts"),
    "enquêteur": ("investigator", "investigators"), "observateur": ("observer", "observers"),
    "médecin": ("doctor", "doctors"), "secouriste": ("rescuer", "rescuers"),
    "journaliste": ("journalist", "journalists"), "camp": ("camp", "camps"), "tribu": ("tribe", "tribes"),
    "clan": ("clan", "clans"), "famille": ("family", "families"), "foule": ("crowd", "crowds"),
    "groupe": ("group", "groups"), "groupuscule": ("small group", "small groups"), "unité": ("unit", "units"),
    "brigade": ("brigade", "brigades"), "bataillon": ("battalion", "battalions"),
    "commando": ("commando", "commandos"), "milice": ("militia", "militias"), "force": ("force", "forces"),
    "troupe": ("troops", "troops"), "armée": ("army", "armies"), "police": ("police", "police"),
    "mouvement": ("movement", "movements"), "parti": ("party", "parties"), "coalition": ("coalition", "coalitions"),
    "alliance": ("alliance", "alliances"), "gouvernement": ("government", "governments"),
    "régime": ("regime", "regimes"), "pouvoir": ("authorities", "authorities"),
    "autorité": ("authority", "authorities"), "opposition": ("opposition", "oppositions"),
    "délégation": ("delegation", "delegations"), "comité": ("committee", "committees"),
    "conseil": ("council", "councils"), "commission": ("commission", "commissions"),
    "chambre": ("chamber", "chambers"), "cour": ("court", "courts"), "tribunal": ("court", "courts"),
    "organisation": ("organisation", "organisations"), "association": ("association", "associations"),
    "syndicat": ("union", "unions"), "collectif": ("collective", "collectives"), "puissance": ("power", "powers"),
    "pays": ("country", "countries"), "état": ("state", "states"), "voisin": ("neighbour", "neighbours"),
    "allié": ("ally", "allies"), "camarade": ("comrade", "comrades"), "ennemi": ("enemy", "enemies"),
    "bande": ("gang", "gangs"), "gang": ("gang", "gangs"), "réseau": ("network", "networks"),
    "cellule": ("cell", "cells"),
}
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
    text = work.article.text[start:end]
    words = _name(text)
    if not words:
        return None
    singular, plural = PEOPLE_NOUNS[head.lemma_.lower()]
    name = plural if "Plur" in head.morph.get("Number", []) else singular
    mention = work.span(start, end)
    for actor in work.result.actors:
        if actor.rule == RULE and any(_name(m.text).lower() == words.lower() for m in actor.mentions):
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
