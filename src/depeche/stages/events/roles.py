"""Who did it and to whom: the actor and target of a trigger from the dependency parse (active and
passive clauses, nominal events, light verbs, relative and infinitive clauses), as canonical actors."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from depeche.records import Actor, ActorType
from depeche.stages.actors.known import STATE_PREFIX, KnownActors
from depeche.stages.base import Work
from depeche.stages.counts.attribution import REPORT_VERBS, attribute
from depeche.stages.events.find import Hit

_PRONOUNS = frozenset({"il", "elle", "ils", "elles", "celui-ci", "celle-ci", "ceux-ci", "celles-ci"})
# A speaker's own words: inside a quote they point to whoever the quote is attributed to.
SPEAKER_PRONOUNS = frozenset({"je", "j'", "j’", "nous", "tu", "vous", "moi"})
# Adjectives that name the Western military alliance acting (`les frappes occidentales`, `les raids alliés`).
_ALLIANCE_ADJECTIVES = frozenset({"occidental", "occidentale", "occidentaux", "occidentales", "allié", "alliée",
                                  "alliés", "alliées"})
_ALLIANCE_IDS = frozenset({"nato"})
# The means of an attack whose adjective names who attacked (`tirs de missiles occidentaux`).
_MEANS_NOUNS = frozenset({"missile", "avion", "appareil", "chasseur", "bombardier", "hélicoptère", "drone",
                          "navire", "bâtiment", "char", "blindé", "troupe", "force", "soldat", "artillerie",
                          "obus", "roquette", "bombe"})
# Actor types that act for a state when a demonym names it (`les raids américains`, `l'aviation française`).
_STATE_TYPES = ("state", "military", "government")
_RELATIVE = frozenset({"qui", "lequel", "laquelle", "lesquels", "lesquelles"})
_DE = frozenset({"de", "d'", "d’", "du", "des"})
# Heads of phrases that name someone by their relation to an actor, who is not that actor.
_RELATION_NOUNS = frozenset({
    "adversaire", "opposant", "ennemi", "partisan", "sympathisant", "détracteur", "rival", "victime", "famille",
    "proche", "critique", "fidèle", "pro", "anti", "manifestant", "otage", "prisonnier", "détenu",
})
# Children that open another clause or a second item: not part of the phrase that names an actor.
_CLAUSE_DEPS = frozenset({"acl", "acl:relcl", "advcl", "ccomp", "parataxis", "conj", "cc", "punct", "appos"})
# Verbs whose subject undergoes the event named by their object: `subir une attaque`.
_UNDERGO = frozenset({
    "subir", "essuyer", "endurer", "victime", "échapper", "fuir", "dénoncer", "condamner", "avoir", "recevoir",
    "obtenir", "bénéficier", "gagner", "perdre",
})
# For these, `X de Y` names the one who suffers it (`l'assassinat de X`, `l'arrestation de X`).
_PATIENT_MODES = frozenset({"assassinate", "arrest", "abduct", "massacre", "beat", "deport", "release", "dismiss"})
_PATIENT_TYPES = frozenset({"COERCE"})
# `faire l'objet de`, `être la cible de`, `être victime de`: the subject suffers the event.
_VICTIM_NOUNS = frozenset({"objet", "cible", "victime"})
# Types whose passive subject or participle's noun is the one acting: those deployed, gathered, met.
GATHERING_TYPES = frozenset({"MOBILIZE", "CONSULT", "PROTEST"})
# Nouns whose `de` complement is present at a gathering (`en présence de`, `avec la participation de`).
_PRESENCE_NOUNS = frozenset({"présence", "participation"})
# Verbs that engage their subject in the event named by their `à` complement (`partir à l'assaut`).
_ENGAGE_VERBS = frozenset({"partir", "repartir", "passer", "monter", "procéder", "participer", "recourir",
                           "livrer"})
# Heads that act for the actor named in their complement (`les forces loyales au régime`, `de la part
# de`, `les avions de l'Otan`); any other thing named after an actor (`sa couverture`) is not that actor.
_AGENT_HEADS = frozenset({
    "part", "force", "troupe", "unité", "soldat", "combattant", "milicien", "homme", "membre", "élément",
    "brigade", "bataillon", "régiment", "division", "armée", "aviation", "avion", "hélicoptère", "drone",
    "char", "navire", "marine", "police", "policier", "agent", "service", "militaire", "garde", "milice",
    "partisan", "fidèle", "loyaliste", "rebelle", "insurgé", "gouvernement", "régime", "pouvoir", "autorité",
    "délégation", "représentant", "porte-parole", "chef", "dirigeant", "responsable", "ministre", "président",
})
# Titles that a name set beside them (`le ministre, William Hague,`) identifies.
_TITLE_HEADS = frozenset({
    "président", "présidente", "ministre", "chef", "dirigeant", "dirigeante", "porte-parole", "secrétaire",
    "procureur", "procureure", "juge", "général", "colonel", "commandant", "ambassadeur", "ambassadrice",
    "émissaire", "envoyé", "médiateur", "représentant", "responsable", "directeur", "directrice", "roi",
    "reine", "prince", "premier", "première", "leader", "patron", "militant", "activiste", "avocat",
})
# Verbs whose subject judges or describes the event named by their object, without taking part in it.
_COMMENT_VERBS = frozenset({
    "qualifier", "juger", "considérer", "estimer", "décrire", "commenter", "saluer", "critiquer", "évoquer",
    "mentionner", "rappeler", "justifier", "regretter", "déplorer", "minimiser", "attribuer", "imputer",
})
# Verbs that only take as object the event their subject performs (`mener des raids`, `requérir un mandat`).
_PERFORM_VERBS = frozenset({
    "mener", "effectuer", "conduire", "lancer", "perpétrer", "commettre", "requérir", "émettre", "délivrer",
    "décerner", "déclencher", "organiser", "opérer", "orchestrer", "revendiquer",
})
# Words that make a noun the occasion of a clause (`lors de la réunion`, `pendant la manifestation`).
_FRAMING_WORDS = frozenset({"lors", "pendant", "durant", "cours", "issue"})
# The complement that names the target, by event type (`appeler X à`, `s'entretenir avec X`).
_TARGET_CASES: dict[str, frozenset[str]] = {
    "ASSAULT": frozenset({"contre", "sur"}),
    "CONSULT": frozenset({"avec"}),
    "REQUEST": frozenset({"à", "au", "aux"}),
    "THREATEN": frozenset({"contre"}),
    "REJECT": frozenset({"à", "au", "aux"}),
    "PROTEST": frozenset({"contre"}),
    "ACCUSE": frozenset({"contre"}),
    "SANCTION": frozenset({"contre", "à", "au", "aux"}),
    "AID": frozenset({"à", "au", "aux"}),
    "SUPPORT": frozenset({"à", "au", "aux"}),
}


@dataclass(frozen=True, slots=True)
class Role:
    """An actor found for a role and the parse path that led to it (for `explain`)."""

    actor: Actor
    token: Token
    path: str


def phrase_range(head: Token) -> tuple[int, int]:
    """Character range of the phrase headed by `head`, without its clauses and appositions."""
    tokens = [head]
    # `le journaliste Karim Tabbou`: a name right after its title is the same phrase
    stack = [c for c in head.children if c.dep_ not in _CLAUSE_DEPS or (c.dep_ == "appos" and c.i == head.i + 1)]
    while stack:
        t = stack.pop()
        tokens.append(t)
        # a clause deeper down (`d'autres tribus cherchant à se venger d'hommes ... de Kadhafi`) says
        # something about the phrase; the actors it names are not the one the phrase names
        stack.extend(c for c in t.children if c.dep_ not in {"acl:relcl", "parataxis", "ccomp", "advcl"}
                     and not (c.dep_ == "acl" and c.pos_ == "VERB"))
    start = min(t.idx for t in tokens)
    last = max(tokens, key=lambda t: t.idx)
    return start, last.idx + len(last)


def clause_of(token: Token) -> Token:
    """The nearest verb above `token` (itself excluded)."""
    t = token.head
    for _ in range(12):
        if t.pos_ in {"VERB", "AUX"} or t.head.i == t.i:
            return t
        t = t.head
    return t


def actor_at(work: Work, head: Token, own: bool = False) -> Actor | None:
    """The canonical actor named by the phrase headed by `head`, or None; with `own`, only an actor
    the head word itself names (`les frappes de l'Otan`, not `l'attaque des chars de Bachar`)."""
    if head.lower_ in _PRONOUNS:
        return _antecedent(work, head)
    if head.lower_ in SPEAKER_PRONOUNS:
        return speaker(work, head)
    if head.lemma_.lower() in _RELATION_NOUNS:
        # `les adversaires de M. Morsi` are not Morsi; but `les manifestants` may be an actor themselves
        linked = [a for a in work.result.actors for m in a.mentions if m.start <= head.idx < m.end]
        return linked[0] if linked else None
    if head.pos_ == "NOUN" and head.lemma_.lower() in _TITLE_HEADS:
        # `le président sud-africain, Jacob Zuma, a ...`: the name set beside a title says who it is,
        # whoever else the title alone was taken for
        named = _named_beside(work, head, proper=True)
        if named is not None:
            return named
    start, end = phrase_range(head)
    best: tuple[tuple[int, int, int], Actor] | None = None
    for actor in work.result.actors:
        for m in actor.mentions:
            if m.end <= start or m.start >= end:
                continue
            covers = m.start <= head.idx < m.end
            if own and not covers and head.pos_ == "NOUN" and head.lemma_.lower() not in _AGENT_HEADS:
                continue
            key = (int(covers), -abs(m.start - head.idx), m.end - m.start)
            if best is None or key > best[0]:
                best = (key, actor)
    if best is None:
        named = _named_beside(work, head, proper=False)  # `la chambre, organe de la Cour, ...`
        if named is not None:
            return named
    if best is None and head.pos_ == "NOUN":
        return _short_form(work, head)
    return best[1] if best else None


def _named_beside(work: Work, head: Token, proper: bool) -> Actor | None:
    """The actor an apposition after `head` names (only a proper name with `proper`)."""
    return next((actor_at(work, c) for c in head.children
                 if c.dep_ == "appos" and c.i > head.i and (c.pos_ == "PROPN" or not proper)), None)


def _short_form(work: Work, noun: Token) -> Actor | None:
    """The actor a definite noun names when the actors stage linked another occurrence of the same
    word (`les manifestants` told twice), or the head of a longer name given elsewhere in the document
    (`la coalition` after `la coalition internationale`); None when several actors fit."""
    if not any(c.dep_ == "det" and "Def" in c.morph.get("Definite", []) for c in noun.children):
        return None
    word = noun.lower_
    same = {a.id: a for a in work.result.actors if any(m.text.lower() == word for m in a.mentions)}
    if same:
        return next(iter(same.values())) if len(same) == 1 else None
    if any(c.dep_ in {"amod", "nmod", "appos", "flat:name"} for c in noun.children):
        return None  # a qualified noun (`la coalition rebelle`) may name someone else
    found = {a.id: a for a in work.result.actors if a.type != "civilians" and any(
        len(m.text.split()) > 1 and m.text.split()[0].lower() == word for m in a.mentions)}
    return next(iter(found.values())) if len(found) == 1 else None


def speaker(work: Work, pronoun: Token) -> Actor | None:
    """Who `je`/`nous` is: the actor the sentence's words are attributed to (`"Nous avons frappé", a dit
    l'Otan`); None for the reporter's own narration, which names no source."""
    found = attribute(work, pronoun.idx, pronoun.idx + len(pronoun))
    return found.actor if found is not None else None


def demonym_actor(work: Work, noun: Token) -> Role | None:
    """The state or alliance an adjective names as the one acting, on the event noun or on the means it
    names (`les frappes aériennes occidentales`, `les raids américains`, `les tirs de missiles occidentaux`):
    the document's actor for it, else one made on the spot (the state from the table of known actors,
    Western forces for the alliance words), with the noun phrase as its mention."""
    holders = [noun, *(c for c in noun.children if c.dep_ == "nmod" and _case(c) in _DE
                       and c.lemma_.lower() in _MEANS_NOUNS)]
    adjectives = [c for h in holders for c in h.children if c.dep_ == "amod"]
    adjectives += [g for c in adjectives for g in c.children if g.dep_ in {"amod", "conj"}]
    known = KnownActors.load()
    for adj in adjectives:
        if adj.pos_ != "ADJ" or adj.i < adj.head.i:
            continue
        word = adj.lower_
        code: str | None = None
        if word in _ALLIANCE_ADJECTIVES:
            found = next((a for a in work.result.actors if a.known_id in _ALLIANCE_IDS), None)
            if found is None:
                found = next((a for a in work.result.actors
                              if a.country is None and "coalition" in a.name.lower()), None)
        else:
            code = known.demonym_country(word)
            if code is None:
                continue
            same = [a for a in work.result.actors if a.country == code and a.type in _STATE_TYPES]
            found = min(same, key=lambda a: _STATE_TYPES.index(a.type)) if same else None
        how = f"adjective '{adj.text}' on '{adj.head.text}'"
        if found is None:
            found = _adjective_actor(work, adj, code)
            how += " (an actor made on the spot)"
        if found is not None:
            return Role(found, adj, f"{how} -> {found.name}")
    return None


def _adjective_actor(work: Work, adj: Token, code: str | None) -> Actor | None:
    """The actor a demonym names when the document names it nowhere else: its state, or Western forces."""
    holder = adj.head
    first = min([holder, adj], key=lambda t: t.i)
    last = max([holder, adj], key=lambda t: t.i)
    mention = work.span(first.idx, last.idx + len(last))
    kind: ActorType
    if code is None:
        name, kind, known_id = "Western forces", "military", None
    else:
        try:
            state = KnownActors.load().get(STATE_PREFIX + code)
        except KeyError:
            return None
        name, kind, known_id = state.name, "state", state.id
    for actor in work.result.actors:
        if actor.name == name:
            actor.mentions.append(mention)
            return actor
    actor = Actor(id=f"a{len(work.result.actors) + 1}", name=name, type=kind, mentions=[mention], country=code,
                  known_id=known_id, rule="adjective naming who acted")
    work.result.actors.append(actor)
    return actor


def _antecedent(work: Work, pronoun: Token) -> Actor | None:
    """The actor a subject pronoun points back to: the subject of the clause that governs the pronoun's
    own (`le régime a qualifié ..., soulignant qu'il n'acceptait pas`), else the actor mentioned last
    before it, in its sentence or the two before."""
    if pronoun.dep_ == "nsubj" and pronoun.lower_ in {"il", "elle", "ils", "elles"}:
        governor = pronoun.head
        for _ in range(3):
            if governor.dep_ not in {"ccomp", "advcl", "xcomp", "conj"} or governor.head.i == governor.i:
                break
            governor = governor.head
            found = subject(governor)
            if found is not None and found[0].i != pronoun.i and found[0].lower_ not in _PRONOUNS:
                actor = actor_at(work, found[0])
                if actor is not None:
                    return actor
    floor = work.sentence_starts[max(0, work.sentence_of(pronoun.idx) - 2)]
    best: tuple[int, Actor] | None = None
    for actor in work.result.actors:
        if actor.type == "civilians":
            continue
        for m in actor.mentions:
            if floor <= m.start and m.end <= pronoun.idx and (best is None or m.end > best[0]):
                best = (m.end, actor)
    return best[1] if best else None


def subject(verb: Token, depth: int = 0) -> tuple[Token, str] | None:
    """The subject of `verb`, following coordination, control and relative clauses."""
    if depth > 4:
        return None
    for c in verb.children:
        # the parser sometimes labels an active subject nsubj:pass (`M. Haftar a demandé`)
        if c.dep_ == "nsubj" or (c.dep_ == "nsubj:pass" and not passive(verb)):
            if c.lower_ in _RELATIVE:
                head = _cleft_focus(verb) or (verb.head if verb.dep_ == "acl:relcl" else c)
                return head, f"relative '{c.text}' -> {head.text}"
            return c, f"nsubj({verb.text})"
    stray = stray_auxiliary(verb)
    if stray is not None and stray.lemma_.lower() == "avoir":
        found = subject(stray, depth + 1)
        return (found[0], f"auxiliary '{stray.text}' parsed as a verb -> {found[1]}") if found else None
    if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        found = subject(verb.head, depth + 1)
        return (found[0], f"conj({verb.text}) -> {found[1]}") if found else None
    infinitive = "Inf" in verb.morph.get("VerbForm", []) or any(
        c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm", []) for c in verb.children)  # `avoir abattu`
    if verb.dep_ in {"xcomp", "advcl"} and infinitive:
        found = subject(verb.head, depth + 1)
        return (found[0], f"infinitive({verb.text}) -> {found[1]}") if found else None
    if verb.dep_ == "acl" and "Part" in verb.morph.get("VerbForm", []) and "Pres" in verb.morph.get("Tense", []):
        clause = clause_of(verb.head)
        if verb.i > 0 and verb.doc[verb.i - 1].text == "," and clause.pos_ in {"VERB", "AUX"} and clause.i != verb.i:
            # `a condamné les exécutions, rejetant toute responsabilité`: after a comma the participle
            # describes the clause's subject, not the noun the parser hung it on
            found = subject(clause, depth + 1)
            if found is not None:
                return found[0], f"participle({verb.text}) -> {found[1]}"
        return verb.head, f"participle({verb.text}) -> {verb.head.text}"
    if verb.dep_ == "advcl" and "Part" in verb.morph.get("VerbForm", []) and "Pres" in verb.morph.get("Tense", []) \
            and verb.head.pos_ in {"VERB", "AUX"}:
        # `..., rejetant toute responsabilité`, `en appelant à une enquête`: the main clause's subject acts
        found = subject(verb.head, depth + 1)
        return (found[0], f"participle({verb.text}) -> {found[1]}") if found else None
    return None


def _cleft_focus(verb: Token) -> Token | None:
    """`c'est l'autre camp, mobilisé devant la mosquée, qui exige`: in a cleft sentence the relative's
    antecedent is the noun after `c'est`, wherever the parser hung the relative clause."""
    for t in verb.sent:
        if t.i >= verb.i:
            return None
        if t.pos_ in {"NOUN", "PROPN"} and any(c.dep_ == "cop" for c in t.children) and any(
                c.dep_ == "nsubj" and c.lemma_.lower() == "ce" for c in t.children):
            return t
    return None


def co_actors(work: Work, role: Role) -> list[Actor]:
    """The other actors coordinated with the one found (`La Russie et la Chine se sont opposées`,
    `Paris, Londres et Washington ont appelé`): they act together in the same event."""
    found: list[Actor] = []
    for c in role.token.children:
        if c.dep_ != "conj" or c.pos_ not in {"NOUN", "PROPN"}:
            continue
        actor = actor_at(work, c)
        if actor is not None and actor is not role.actor and actor not in found:
            found.append(actor)
    return found


def _victim_noun(noun: Token) -> Token | None:
    """`objet` in `fait l'objet depuis 2017 d'un mandat`: the parser often loses the arc, so look
    back over the few words before the `de` that introduces the event noun."""
    doc = noun.doc
    for k in range(noun.i - 1, max(noun.sent.start, noun.i - 8) - 1, -1):
        t = doc[k]
        if t.lemma_.lower() in _VICTIM_NOUNS and t.pos_ == "NOUN":
            return t
        if t.pos_ in {"VERB"} or t.text in {",", ";", "."}:
            return None
    return None


def passive(verb: Token) -> bool:
    """True for a passive clause or a past participle hanging on the noun it describes."""
    if any(c.dep_.startswith("expl") or c.lower_ in {"se", "s'", "s’"} for c in verb.children):
        return False  # `l'armée s'est retirée`: a pronominal verb, its subject acts
    if any(c.dep_ == "aux:pass" for c in verb.children):
        return True
    if not _bare_participle(verb):
        return False
    stray = stray_auxiliary(verb)
    if stray is not None:
        return stray.lemma_.lower() == "être"
    # `les civils tués par ...`, `Morsi, appelé à partir par l'opposition`: a past participle with no
    # auxiliary of its own describes the one it happened to
    return verb.dep_ in {"acl", "amod", "advcl"} or _by_phrase(verb) is not None


def _bare_participle(verb: Token) -> bool:
    """A past participle with no auxiliary and no subject of its own."""
    return "Part" in verb.morph.get("VerbForm", []) and "Past" in verb.morph.get("Tense", []) and not any(
        c.dep_.startswith(("aux", "nsubj")) for c in verb.children)


# Words that may stand between an auxiliary and its participle: adverbs, and the few nouns and adjectives
# of adverbial phrases (`a une nouvelle fois appelé`, `a dimanche soir annoncé`).
_BETWEEN_AUX = frozenset({"une", "fois", "nouvelle", "nouveau", "même", "autre", "seconde", "deuxième", "encore",
                          "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "soir",
                          "matin", "hier", "ensuite", "enfin", ","})


def stray_auxiliary(verb: Token) -> Token | None:
    """The finite `avoir`/`être` a few words before a bare past participle that the parser read as a main
    verb (`M. Morsi a une nouvelle fois appelé au dialogue` parsed with `a` as the verb and `appelé` on
    `fois`): it is the participle's auxiliary, and its subject is the participle's subject."""
    if not _bare_participle(verb):
        return None
    sent_start = verb.sent.start
    for k in range(verb.i - 1, max(sent_start, verb.i - 6) - 1, -1):
        t = verb.doc[k]
        if t.lemma_.lower() in {"avoir", "être"} and "Fin" in t.morph.get("VerbForm", []):
            return t if t.pos_ in {"VERB", "AUX"} else None
        if t.pos_ not in {"ADV", "PART"} and t.lower_ not in _BETWEEN_AUX:
            return None
    return None


def _by_phrase(verb: Token) -> Token | None:
    """The `par` complement naming who acted, whatever label the parser gave it."""
    for c in verb.children:
        if c.dep_ == "obl:agent" or (c.dep_ in {"obl", "obl:mod", "obl:arg", "nmod"} and _case(c) == "par"):
            return c
    # `appelé à partir sous 24 heures par l'opposition`: the parser may hang `par` on a nearer noun
    return next((t for t in verb.subtree if t.i > verb.i and t.pos_ in {"NOUN", "PROPN"} and _case(t) == "par"
                 and clause_of(t).i == verb.i), None)


def patient(verb: Token) -> tuple[Token | None, str]:
    """Who underwent a passive: its subject, the noun a participle describes (`les civils tués par`), the
    name before the comma of a detached participle (`Mohamed Morsi, appelé à partir`), or the subject of
    an auxiliary the parser read as a verb."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj:pass"), None)
    if subj is not None and subj.pos_ in {"NOUN", "PROPN", "PRON"} and subj.lower_ not in _BETWEEN_AUX:
        return subj, f"passive subject({verb.text})"
    stray = stray_auxiliary(verb)
    if stray is not None:
        found = subject(stray)
        return (found[0], f"subject of auxiliary '{stray.text}' ({verb.text})") if found else (None, "")
    if verb.dep_ in {"acl", "amod"}:
        return verb.head, f"noun described by '{verb.text}'"
    if verb.dep_ == "advcl" and verb.i > 1 and verb.doc[verb.i - 1].text == ",":
        before = verb.doc[verb.i - 2]
        while before.dep_ in {"flat:name", "flat", "amod"} and before.head.i < before.i:
            before = before.head
        if before.pos_ in {"NOUN", "PROPN"}:
            return before, f"name before the detached participle '{verb.text}'"
    return None, ""


def _case(token: Token) -> str:
    return next((c.lower_ for c in token.children if c.dep_ in {"case", "mark"}), "")


def _resolve(work: Work, token: Token | None, path: str, own: bool = False) -> Role | None:
    if token is None:
        return None
    actor = actor_at(work, token, own)
    if actor is None and path.startswith("relative"):
        actor = _before(work, token)
        path += " (nearest actor before the relative clause)"
    return Role(actor, token, path) if actor else None


def _before(work: Work, token: Token) -> Actor | None:
    """The actor named last before `token` in its sentence, a few words back at most: the
    antecedent of a relative pronoun the parser attached to the wrong noun."""
    sent = token.sent
    floor = sent.start_char
    best: tuple[int, Actor] | None = None
    for actor in work.result.actors:
        for m in actor.mentions:
            if floor <= m.start and m.end <= token.idx and token.idx - m.end < 60 and (best is None or m.end > best[0]):
                best = (m.end, actor)
    return best[1] if best else None


def roles(work: Work, hit: Hit, is_trigger: set[int]) -> tuple[Role | None, Role | None, Token]:
    """(actor, target, clause verb) of a trigger; the clause verb is the word its time and place hang on."""
    if hit.is_noun:
        return _noun_roles(work, hit, is_trigger)
    return _verb_roles(work, hit.head, hit)


def _verb_roles(work: Work, verb: Token, hit: Hit) -> tuple[Role | None, Role | None, Token]:
    actor: Role | None = None
    target: Role | None = None
    if passive(verb):
        agent = _by_phrase(verb)
        if agent is None:
            agent = next((t for t in verb.subtree if t.dep_ == "obl:agent" and clause_of(t).i == verb.i), None)
        actor = _resolve(work, agent, f"agent 'par'({verb.text})")
        undergoer, how = patient(verb)
        target = _resolve(work, undergoer, how)
        if hit.entry.type in GATHERING_TYPES and actor is None:
            # `l'armée est déployée`, `les ministres réunis à Berlin`, `rassemblés devant la mosquée`: those
            # deployed or gathered are the ones acting
            actor, target = target, None
        return actor, target, verb
    found = subject(verb)
    if found is not None:
        actor = _resolve(work, found[0], found[1])
    cases = _TARGET_CASES.get(hit.entry.type, frozenset())
    for c in verb.children:
        if c.dep_ in {"obj", "iobj"} or (c.dep_.startswith("obl") and _case(c) in cases):
            target = _resolve(work, c, f"{c.dep_}({verb.text})")
            if target is not None:
                break
    if target is None and actor is not None and actor.token.dep_ == "nsubj":
        # an object pronoun (`les a attaqués`) points nowhere we can follow: leave the target empty
        pass
    if target is not None and actor is not None and target.actor is actor.actor:
        target = None
    return actor, target, verb


def patient_complement(hit: Hit) -> bool:
    """True when a noun trigger's `de` complement names who suffered it (`l'arrestation de X`)."""
    return hit.entry.mode in _PATIENT_MODES or hit.entry.type in _PATIENT_TYPES


def _noun_roles(work: Work, hit: Hit, is_trigger: set[int]) -> tuple[Role | None, Role | None, Token]:
    noun = hit.head
    entry = hit.entry
    actor: Role | None = None
    target: Role | None = None
    governor = noun.head
    # `partir à l'attaque de X`, `procéder à l'arrestation de X`: the subject acts, `de X` undergoes it
    engaged = noun.dep_.startswith("obl") and _case(noun) in {"à", "au", "aux"} \
        and governor.lemma_.lower() in _ENGAGE_VERBS and governor.i not in is_trigger
    patient_de = entry.mode in _PATIENT_MODES or entry.type in _PATIENT_TYPES or engaged
    cases = _TARGET_CASES.get(entry.type, frozenset()) | {"contre"}
    if engaged:
        found = subject(governor)
        if found is not None:
            actor = _resolve(work, found[0], f"{found[1]} of '{governor.text} à {noun.text}'")
    for c in noun.children:
        if c.dep_ not in {"nmod", "obl", "obl:arg"}:
            continue
        case = _case(c)
        if case in _DE:
            by = next((g for g in c.children if g.dep_ == "nmod" and _case(g) == "par"), None)
            if by is not None:
                # `l'attaque de la caserne par les rebelles`: the parser hangs `par` on the complement
                actor = actor or _resolve(work, by, f"nmod par({noun.text})")
            # `l'attaque des chars de Bachar`: a thing named after an actor is not that actor acting
            role = _resolve(work, c, f"nmod de({noun.text})", own=not patient_de)
            if role is None:
                continue
            if role.actor.type == "state" and c.pos_ == "PROPN" and not any(g.dep_ == "det" for g in c.children):
                continue  # `la guerre de Libye`, `la révolution d'Égypte`: where, not who
            if patient_de or role.actor.type == "civilians":
                target = target or role
            else:
                actor = actor or role
        elif case == "par":
            # `un viol par un groupe d'hommes`, `l'attaque par les rebelles`
            actor = actor or _resolve(work, c, f"nmod par({noun.text})")
        elif case in cases:
            target = target or _resolve(work, c, f"nmod {case}({noun.text})")
    if actor is None and entry.type in GATHERING_TYPES:
        # `une réunion en présence du secrétaire général de l'ONU`: those present take part
        for c in noun.children:
            if c.lemma_.lower() in _PRESENCE_NOUNS:
                named = next((g for g in c.children if g.dep_ in {"nmod", "obl"} and _case(g) in _DE), None)
                actor = _resolve(work, named, f"'{c.text} de' ({noun.text})") if named is not None else None
                if actor is not None:
                    break
    clause = noun
    governor = noun.head
    victim = _victim_noun(noun)
    if victim is not None:
        # `X fait l'objet d'un mandat d'arrêt`, `X a été la cible d'une attaque`: X suffers it
        governor = victim
        verb = governor.head
        found = subject(verb) if verb.pos_ in {"VERB", "AUX"} else None
        if found is None and governor.dep_ == "nsubj":
            found = (verb, f"subject of '{governor.text}'")
        if found is not None:
            target = target or _resolve(work, found[0], f"{found[1]} + '{governor.text} de {noun.text}'")
        return actor, target, verb if verb.pos_ in {"VERB", "AUX"} else noun
    if noun.dep_ in {"obj", "nsubj:pass"} and governor.pos_ in {"VERB", "AUX"} and governor.i not in is_trigger:
        clause = governor
        lemma = governor.lemma_.lower()
        found = subject(governor)
        if found is not None and lemma not in REPORT_VERBS and lemma not in _COMMENT_VERBS:
            role = _resolve(work, found[0], f"{found[1]} of light verb '{governor.text}' + {noun.dep_}")
            if lemma in _UNDERGO:
                target = target or role
            elif actor is None:
                actor = role
    elif noun.dep_ in {"nsubj"} and governor.pos_ in {"VERB", "AUX"}:
        clause = governor
    elif (noun.dep_.startswith("obl") or (noun.dep_ == "nmod" and noun.head.lemma_.lower() in _FRAMING_WORDS)) \
            and entry.type in GATHERING_TYPES and actor is None and _framing_verb(noun) is not None:
        # `a déclaré X lors d'une conférence de presse`, `ont défilé pendant la manifestation`: those who
        # speak or act at a gathering take part in it
        frame = _framing_verb(noun)
        found = subject(frame) if frame is not None else None
        if frame is not None and found is not None:
            actor = _resolve(work, found[0], f"{found[1]} of '{frame.text}' at the gathering '{noun.text}'")
    elif any(c.dep_ == "cop" and c.lemma_.lower() in _UNDERGO for c in noun.children):
        # the parser reads `X a le soutien de Y` as a copula: X receives it
        found = subject(noun)
        if found is not None:
            role = _resolve(work, found[0], f"{found[1]} of '{noun.text}' (receiver)")
            if role is not None and (actor is None or role.actor is not actor.actor):
                target = target or role
    if actor is None and victim is None and noun.dep_ in {"nmod", "appos", "obl:mod"}:
        # the parser may hang the object of a performing verb on a nearby noun (`a requis à la mi-mai des
        # mandats d'arrêt`, `délivre, par la présente, un mandat`): these verbs only take the event they
        # perform, so their subject acts
        verb = clause_of(noun)
        if _performs(verb) and verb.i not in is_trigger:
            found = subject(verb)
            if found is not None:
                actor = _resolve(work, found[0], f"{found[1]} of performing verb '{verb.text}' above '{noun.text}'")
    own_subject = noun.dep_ == "obj" and noun.head.pos_ in {"VERB", "AUX"} and subject(noun.head) is not None
    if actor is None and not patient_de and not own_subject:
        # `ses bombardements`, `leur offensive`: the possessive points back to the one acting (in `ont remis
        # leur démission` it is the clause's own subject, described or not)
        poss = next((c for c in noun.children if c.dep_ == "det" and "Yes" in c.morph.get("Poss", [])), None)
        if poss is not None:
            found_actor = _antecedent(work, poss)
            if found_actor is not None:
                actor = Role(found_actor, poss, f"possessive '{poss.text}' -> last actor named before it")
    if actor is None and not patient_de:
        actor = demonym_actor(work, noun)
    if target is not None and actor is not None and target.actor is actor.actor:
        target = None
    return actor, target, clause


def _performs(verb: Token) -> bool:
    """A performing verb, also when the lemmatizer missed it (`délivre` left as a noun's lemma)."""
    lemma = verb.lemma_.lower()
    word = verb.lower_
    return lemma in _PERFORM_VERBS or any(
        v.endswith("er") and len(v) > 5 and word.startswith(v[:-2]) for v in _PERFORM_VERBS)


def _framing_verb(noun: Token) -> Token | None:
    """The verb a circumstance noun frames, directly or through a complex preposition (`lors de`,
    `au cours de`)."""
    governor = noun.head
    words = {c.lower_ for c in noun.children if c.dep_ in {"case", "fixed"}}
    words |= {t.lower_ for c in noun.children if c.dep_ == "case" for t in c.children if t.dep_ == "fixed"}
    if governor.pos_ in {"ADV", "NOUN"} and governor.dep_ in {"advmod", "obl", "obl:mod"} \
            and governor.head.pos_ in {"VERB", "AUX"}:
        words.add(governor.lower_)  # `lors d'une conférence`, `à l'issue d'une réunion`
        governor = governor.head
    if not words & _FRAMING_WORDS:
        return None
    return governor if governor.pos_ in {"VERB", "AUX"} and governor.i != noun.i else None


def agent_token(hit: Hit, is_trigger: set[int]) -> Token | None:
    """The word that should name who acted, whether or not it names a known actor: the subject or
    passive agent of a verb, the `de` complement, possessive or light verb subject of a noun. None when
    the clause gives none (`..., puis ont bombardé`, `des raids ont eu lieu`)."""
    head = hit.head
    if not hit.is_noun:
        if passive(head):
            return _by_phrase(head) or next(
                (t for t in head.subtree if t.dep_ == "obl:agent" and clause_of(t).i == head.i), None)
        found = subject(head)
        return found[0] if found else None
    for c in head.children:
        if c.dep_ in {"nmod", "obl", "obl:arg"} and _case(c) in _DE:
            return c
    governor = head.head
    if head.dep_ == "obj" and governor.pos_ in {"VERB", "AUX"} and governor.i not in is_trigger:
        # `quatre ministres ont remis leur démission`: the light verb's subject, whom `leur` points to
        found = subject(governor)
        if found is not None:
            return found[0]
    return next((c for c in head.children if c.dep_ == "det" and "Yes" in c.morph.get("Poss", [])), None)
