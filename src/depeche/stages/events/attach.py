"""Where, when and in what mood an event happened: the place and time expression governing its clause
(else the sentence, the context, the publication date) and its status (occurred, ongoing, claimed,
planned, background, negated)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Token

from depeche.records import Place, Precision, Published, TimeExpr
from depeche.stages.base import Work

# How many days before publication an undated past event is assumed to lie: news reports what
# happened in the last days, and the interval says so instead of pretending to know the day.
RECENT_DAYS = 7
# An event that ended this long before publication is history, not news.
BACKGROUND_DAYS = 60
_KIND_RANK = {"city": 0, "admin": 1, "region": 2, "country": 3}
_CLAIM_VERBS = frozenset({"affirmer", "prétendre", "assurer", "revendiquer", "soutenir", "vanter"})
# Verbs whose infinitive complement is what someone asks, threatens or offers: that event is the
# content of the speaker's, not one of its own (`menace de frapper`, `appelle à manifester`).
_CONTENT_VERBS = frozenset({
    "menacer", "appeler", "demander", "exiger", "réclamer", "exhorter", "inviter", "refuser", "proposer",
    "promettre", "s'engager", "engager", "jurer", "permettre", "autoriser", "interdire", "empêcher",
})
# Verbs whose infinitive complement has not happened (yet): `pourraient lancer`, `prévoit de déployer`.
_INTENT_VERBS = frozenset({
    "vouloir", "prévoir", "envisager", "projeter", "compter", "souhaiter", "espérer", "chercher", "décider",
    "apprêter", "aller", "devoir", "pouvoir", "annoncer", "préparer", "planifier", "viser",
    # `il faut défendre`: what is needed; `le cri sert à saluer`: what something is for;
    # `s'est engagée à protéger`: promised
    "falloir", "servir", "engager", "promettre", "jurer", "menacer", "proposer", "offrir",
})
# Adjectives whose infinitive complement is only a disposition: `prêt à défendre`, `résolu à frapper`.
_INTENT_ADJECTIVES = frozenset({"prêt", "disposé", "décidé", "résolu", "déterminé", "susceptible", "capable"})
# Nouns whose infinitive complement is aimed at, not done: `leur intention de presser les alliés`,
# `la tentative de prendre la ville`, `la menace de frapper`.
_INTENT_NOUNS = frozenset({"intention", "volonté", "projet", "plan", "désir", "souhait", "promesse", "objectif",
                           "but", "tentative", "menace", "idée", "espoir", "possibilité", "option", "droit",
                           "capacité", "moyen", "ordre", "appel"})
# Verbs whose object is what someone wishes to avoid or fears: it has not happened.
_AVOID_VERBS = frozenset({"éviter", "redouter", "craindre", "empêcher", "prévenir", "risquer"})
_PURPOSE = frozenset({"pour", "afin"})
_NEGATION = frozenset({"pas", "jamais", "aucun", "aucune", "guère", "nullement", "plus"})
# Subjects that negate their clause with `ne` alone.
_NOBODY = frozenset({"personne", "rien", "nul", "nulle", "aucun", "aucune"})
# A noun event under these verbs is a state's origin: `fait l'objet d'un mandat`, `a le soutien`.
STATIVE_VERBS = frozenset({"faire", "être", "avoir"})
# Conditional forms of the auxiliaries (the tagger often reads `seraient` as indicative).
_CONDITIONAL_AUX = frozenset({"aurait", "auraient", "serait", "seraient", "aurais", "aurions", "auriez", "serais",
                              "serions", "seriez"})
# Adjectives that place a happening before the news (`lors de précédents combats`, `l'ancienne offensive`).
_EARLIER_WORDS = frozenset({"précédent", "précédente", "ancien", "ancienne", "antérieur", "antérieure", "passé",
                            "passée"})
_ONGOING_WORDS = frozenset({"continuer", "poursuivre", "cours", "toujours", "encore"})


@dataclass(frozen=True, slots=True)
class When:
    start: str | None
    end: str | None
    precision: Precision | None
    how: str
    since: bool = False  # `depuis ...`: the event is still going on
    from_text: bool = False


def clause_verb(token: Token) -> Token:
    """The nearest verb above `token` (itself when it is one): the clause it belongs to."""
    t = token
    for _ in range(12):
        if t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"aux", "aux:tense", "aux:pass", "cop"}:
            return t
        if t.head.i == t.i:
            return t
        t = t.head
    return t


def _reaches(token: Token, verb: Token) -> bool:
    """True when `token` hangs under `verb` through participles and nouns only (`des hommes armés
    mercredi`), not through another finite clause (`qui fait l'objet depuis 2017`) nor a clause with
    its own subordinator or relative pronoun (`après avoir quitté Tripoli lundi`, `qui ont attaqué`)."""
    t = token
    for _ in range(12):
        if t == verb:
            return True
        if "Fin" in t.morph.get("VerbForm", []) or _own_clause(t) or t.head.i == t.i:
            return False
        t = t.head
    return False


def _own_clause(token: Token) -> bool:
    """True for a verb heading a clause of its own: introduced by a subordinator (`après avoir
    quitté`, `en quittant`, `lorsqu'ils sont entrés`) or a relative clause (`qui ont attaqué`)."""
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    return token.dep_ == "acl:relcl" or any(c.dep_ == "mark" for c in token.children)


def _token_at(work: Work, char: int) -> Token | None:
    span = work.doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _in_subtree(root: Token, start: int, end: int) -> bool:
    return root.left_edge.idx <= start and end <= root.right_edge.idx + len(root.right_edge)


def usable_places(work: Work) -> list[Place]:
    """Places an event can happen at: not a distance descriptor, not part of an actor's name."""
    names = [(m.start, m.end) for a in work.result.actors for m in a.mentions]
    # `à 300 km à l'est de Benghazi` locates something else: Benghazi is a reference point there
    references = {p.span.start for p in work.result.places if p.kind == "other"}
    out = []
    for p in work.result.places:
        if p.kind == "other" or p.span.start in references:
            continue
        # inside a name (`Université du Caire`), or the name of a state acting (`Londres a demandé`)
        if any(s <= p.span.start and p.span.end <= e for s, e in names):
            continue
        out.append(p)
    return out


def _repeated_places(work: Work, places: list[Place], sent: int) -> list[Place]:
    """Places of the sentence the places stage left out but resolved elsewhere in the document
    under the same name: a place keeps its reading within one article."""
    known = {p.span.text: p for p in places if p.kind != "country"}
    seen = {p.span.start for p in places}
    start, end = work.result.sentences[sent] if sent < len(work.result.sentences) else (0, 0)
    out: list[Place] = []
    for token in work.doc.char_span(start, end, alignment_mode="expand") or []:
        p = known.get(token.text)
        if p is not None and token.pos_ == "PROPN" and token.idx not in seen:
            span = work.span(token.idx, token.idx + len(token))
            out.append(Place(span, p.name, p.country, p.kind, p.geonameid, p.admin1, p.lat, p.lon,
                             p.confidence * 0.9, p.relation))
    return out


def choose_place(work: Work, places: list[Place], head: Token, clause: Token,
                 context: Place | None) -> tuple[Place | None, str]:
    """The place of the event: in its clause, else in its sentence, else the context's."""
    sent = work.sentence_of(head.idx)
    in_sentence = [p for p in places if p.span.sentence == sent] + _repeated_places(work, places, sent)
    inside = [p for p in in_sentence if _in_subtree(clause, p.span.start, p.span.end)
              and clause_verb(_token_at(work, p.span.start) or head) == clause_verb(head)]
    for pool, how in ((inside, "in the trigger's clause"), (in_sentence, "in the trigger's sentence")):
        if pool:
            best = min(pool, key=lambda p: (_KIND_RANK.get(p.kind, 4), abs(p.span.start - head.idx)))
            return best, f"{how}: '{best.span.text}' ({best.name}, {best.country})"
    if context is not None:
        return context, f"from the context: '{context.span.text}' ({context.name}, {context.country})"
    return None, "no place in the clause, the sentence or the context"


# Subordinators whose clause's date only bounds the main event: `après avoir quitté Tripoli lundi,
# il a rencontré ...` happened on or after Monday, `avant de partir lundi, ...` before it.
_AFTER_MARKS = frozenset({"après"})
_BOUND_MARKS = _AFTER_MARKS | {"avant"}
# Subordinators of an adverbial clause telling when the main event happened: at that clause's date.
_WHEN_MARKS = frozenset({"quand", "lorsque", "lorsqu'", "lorsqu’", "en", "dès", "pendant", "sitôt"})
# Between a fronted expression and the trigger, these end its reach: another independent clause
# (`; il avait ...`, `: ...`) or quoted words, whose time is the speaker's own.
_FRAME_BREAKS = frozenset({";", ":", "«", "“", '"'})
# Interval lengths (days) up to which an interval has this precision, narrowest first; a week is
# the seven days before a date and that date, as for an undated event before publication.
_PRECISION_DAYS: tuple[tuple[int, Precision], ...] = (
    (1, "day"), (8, "week"), (31, "month"), (92, "quarter"), (366, "year"), (3660, "decade"))


def _minus_days(published: Published, days: int) -> str:
    return (published.end - timedelta(days=days)).isoformat()


def choose_date(work: Work, head: Token, clause: Token, published: Published | None,
                punctual: bool = False) -> When:
    """The event's date interval: a time expression of its clause, else of an adverbial clause telling
    when it happened, of a clause above it, or opening its sentence, else the publication date with
    the precision it has. A `punctual` event (`fait l'objet depuis 2017 d'un mandat`) happened at the
    `depuis` date rather than all along since then."""
    sent = work.sentence_of(head.idx)
    times = [t for t in work.result.times if t.span.sentence == sent]
    verb = clause_verb(head)
    governing: list[TimeExpr] = []
    adverbial: list[TimeExpr] = []
    above: list[TimeExpr] = []
    fronted: list[TimeExpr] = []
    after: list[TimeExpr] = []
    before: list[TimeExpr] = []
    for t in times:
        tok = _token_at(work, t.span.start)
        if tok is None:
            continue
        its = _clause_of(t, tok)
        bound = (_bounding_mark(its, t) if its != verb else None) or _bounding_word(work, t)
        if bound is not None:
            # `après avoir quitté Tripoli lundi, il a rencontré`, `après le 30 juin`: Monday dates the
            # leaving; the meeting only comes after it. `avant de partir lundi` only ends the interval.
            (after if bound in _AFTER_MARKS else before).append(t)
        elif its == verb or _reaches(its, verb):
            governing.append(t)
        elif t.type == "DATE" and not _since(work, t) and _adverbial_of(its, verb):
            # a `depuis` in such a clause tells how long something else lasted (`au pouvoir depuis 32 ans`)
            adverbial.append(t)
        elif _in_subtree(its, head.idx, head.idx + 1) and not _apart(work, t, head) and \
                not _inside_relative(head, its):
            # a date on a clause above the trigger's dates it too (`a annoncé lundi que ... avaient
            # attaqué`); a date inside another clause (`qui fait l'objet depuis 2017`) does not, nor
            # does a main clause's date reach into a relative clause below it (`L'ANL, dont les forces
            # sont appuyées par des raids, assiégeait la ville depuis deux ans`: the raids are now)
            above.append(t)
        elif _fronted(work, t, head):
            fronted.append(t)
    pools = ((governing, "time expression of the clause"),
             (adverbial, "time expression of an adverbial clause"),
             (above, "time expression of a governing clause"),
             (fronted, "time expression opening the sentence"))
    for pool, how in pools:
        dated = [t for t in pool if _usable(t, work)]
        if dated:
            best = min(dated, key=lambda t: abs(t.span.start - head.idx))
            return _from_time(work, best, how, published, punctual)
    for pool, bounded in ((after, True), (before, False)):
        bounds = [t for t in pool if t.type == "DATE" and t.start is not None and t.end is not None]
        if bounds:
            best = min(bounds, key=lambda t: abs(t.span.start - head.idx))
            return _bounded(best, published, bounded)
    if published is None:
        return When(None, None, None, "no date in the text and no publication date")
    if published.precision == "day":
        return When(_minus_days(published, RECENT_DAYS), published.iso(), "week",
                    f"no date in the text: the {RECENT_DAYS} days before publication ({published.iso()})")
    return When(published.start.isoformat(), published.end.isoformat(), published.precision,
                f"no date in the text: the publication {published.precision} ({published.iso()})")


def _inside_relative(head: Token, top: Token) -> bool:
    """True when the way up from `head` to `top` passes a relative clause: its time is its own."""
    t = head
    for _ in range(20):
        if t == top or t.head.i == t.i:
            return False
        if t.dep_ == "acl:relcl" or (t.dep_ == "acl" and _finite_clause(t)):
            return True
        t = t.head
    return False


_RELATIVE_PRONOUNS = frozenset({"qui", "que", "qu'", "qu’", "dont", "où", "lequel", "laquelle", "lesquels",
                                "lesquelles"})


def _finite_clause(verb: Token) -> bool:
    """A clause the parser hung as a bare `acl` that is really relative (`dont les forces sont appuyées`):
    it has a finite verb or auxiliary, or a relative pronoun."""
    if "Fin" in verb.morph.get("VerbForm", []):
        return True
    return any(("Fin" in c.morph.get("VerbForm", []) and c.dep_.startswith("aux"))
               or (c.lower_ in _RELATIVE_PRONOUNS and c.pos_ == "PRON") for c in verb.children)


def _clause_of(t: TimeExpr, token: Token) -> Token:
    """The clause a time expression belongs to. An expression holding its own verb (`il y a un mois`,
    which the parser reads as a clause of `avoir`) belongs to the clause that verb hangs from."""
    its = clause_verb(token)
    for _ in range(3):
        if not t.span.start <= its.idx < t.span.end or its.head.i == its.i:
            break
        its = clause_verb(its.head)
    return its


def _marks(verb: Token, before: int) -> list[str]:
    """The subordinators of `verb`'s clause written before character offset `before`."""
    return [c.lower_ for c in verb.children if c.dep_ == "mark" and c.idx < before]


def _bounding_mark(its: Token, t: TimeExpr) -> str | None:
    """`après` or `avant` when `t` lies inside a clause they introduce; a date written before the
    subordinator (`Lundi, après avoir quitté Tripoli, ...`) is the main clause's, however parsed."""
    return next((m for m in _marks(its, t.span.start) if m in _BOUND_MARKS), None)


def _bounding_word(work: Work, t: TimeExpr) -> str | None:
    """`après` or `avant` right before the expression (`après le 30 juin`): a bound, not the date."""
    words = work.article.text[max(0, t.span.start - 12):t.span.start].lower().split()
    return words[-1] if words and words[-1] in _BOUND_MARKS else None


def _adverbial_of(its: Token, verb: Token) -> bool:
    """True when `its` is an adverbial clause of `verb` telling when it happened (`lorsque les rebelles
    sont entrés lundi, ...`, `en quittant Tripoli lundi, ...`)."""
    if its.dep_ != "advcl" or not any(m in _WHEN_MARKS for m in _marks(its, its.idx)):
        return False
    return its.head == verb or _reaches(its.head, verb)


def _fronted(work: Work, t: TimeExpr, head: Token) -> bool:
    """True for a time expression opening the trigger's sentence and set off by a comma (`Il y a un
    mois, ...`, `Dimanche matin, aux environs de 2h20, ...`), or its very first words: it frames the
    whole sentence. Words before it may place it (`En Syrie, le 6 juillet, ...`) but not open a clause
    of their own (`Après avoir quitté Tripoli lundi, ...` dates the leaving only)."""
    if t.span.end > head.idx:
        return False
    between = work.article.text[t.span.end:head.idx]
    if any(c in between for c in _FRAME_BREAKS):
        return False
    before = [tok for tok in head.sent if tok.idx < t.span.start]
    if any(tok.pos_ in {"VERB", "AUX", "SCONJ"} or tok.dep_ == "mark" for tok in before):
        return False
    if between.lstrip().startswith(","):
        return True
    return not any(tok.is_alpha and tok.pos_ != "CCONJ" for tok in before)


def _precision_of(start: str, end: str) -> Precision:
    days = (date.fromisoformat(end[:10]) - date.fromisoformat(start[:10])).days + 1
    return next((p for limit, p in _PRECISION_DAYS if days <= limit), "century")


def _bounded(t: TimeExpr, published: Published | None, after: bool) -> When:
    """The interval an `après`/`avant` date leaves: from it up to publication, or the few days before
    it (as for an undated event before publication)."""
    assert t.start is not None and t.end is not None
    if after:
        start = t.start
        end = max(t.end, published.end.isoformat()) if published is not None else t.end
        how = f"after '{t.span.text}' ({t.value}), up to publication"
    else:
        start = (date.fromisoformat(t.start[:10]) - timedelta(days=RECENT_DAYS)).isoformat()
        end = t.end
        how = f"before '{t.span.text}' ({t.value}): the {RECENT_DAYS} days up to it"
    return When(start, end, _precision_of(start, end), how, from_text=True)


def _apart(work: Work, t: TimeExpr, head: Token) -> bool:
    """True when a semicolon separates the expression from the trigger: an independent clause."""
    lo, hi = sorted((t.span.end, head.idx))
    return ";" in work.article.text[lo:hi]


def _since(work: Work, t: TimeExpr) -> bool:
    before = work.article.text[max(0, t.span.start - 12):t.span.start].lower()
    return t.modifier == "since" or before.rstrip().endswith(("depuis", "depuis le", "depuis la"))


def _usable(t: TimeExpr, work: Work) -> bool:
    if t.start is None or t.end is None:
        return False
    return t.type == "DATE" or (t.type == "DURATION" and _since(work, t))


def _from_time(work: Work, t: TimeExpr, how: str, published: Published | None, punctual: bool) -> When:
    assert t.start is not None and t.end is not None
    if _since(work, t) and not (punctual and t.type == "DATE"):
        end = published.end.isoformat() if published else t.end
        precision = t.precision or _DURATION_PRECISION.get(t.value[-1:] if t.value else "")
        return When(t.start, max(end, t.end), precision, f"{how}: since '{t.span.text}' ({t.value})",
                    since=True, from_text=True)
    return When(t.start, t.end, t.precision, f"{how}: '{t.span.text}' ({t.value})", from_text=True)


# `depuis deux ans` starts two years back, known to the unit of the duration and no closer.
_DURATION_PRECISION: dict[str, Precision] = {"Y": "year", "M": "month", "W": "week", "D": "day"}


def _morph(token: Token, key: str) -> list[str]:
    values = list(token.morph.get(key, []))
    for c in token.children:
        if c.dep_ in {"aux", "aux:tense", "aux:pass"}:
            values.extend(c.morph.get(key, []))
    return values


def _negated_governor(verb: Token) -> Token | None:
    """The negated word an infinitive depends on: `n'est plus en mesure d'initier une offensive`,
    `ne peut pas lancer`, `n'a jamais tenté de prendre`."""
    t = verb
    for _ in range(2):
        if "Inf" not in t.morph.get("VerbForm", []) or t.head.i == t.i:
            return None
        t = t.head
        if _negated(t):
            return t
    return None


def _negated(verb: Token) -> bool:
    """`ne ... pas/plus/jamais` on the verb (or its copula or auxiliary), or `ne` with a subject that is
    nobody (`aucune ville n'est venue`, `personne n'a répondu`)."""
    words = [*verb.children, *(g for c in verb.children if c.dep_ in {"cop", "aux", "aux:tense"} for g in c.children)]
    if not any(w.lower_ in {"ne", "n'", "n’"} for w in words):
        return False
    if any(w.lower_ in _NEGATION for w in words):
        return True
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubj:pass"}]
    return any(s.lower_ in _NOBODY or any(d.lower_ in _NEGATION for d in s.children if d.dep_ == "det")
               for s in subjects)


def _conditional_aux(verb: Token) -> bool:
    """`auraient pris`: a conditional auxiliary."""
    return any(c.dep_.startswith("aux") and c.lower_ in _CONDITIONAL_AUX for c in verb.children)


def _future_or_conditional(verb: Token) -> bool:
    return "Fut" in _morph(verb, "Tense") or "Cnd" in _morph(verb, "Mood")


def _si_clause(verb: Token) -> bool:
    """The clause of `verb` opens with `si`."""
    return any(c.lower_ in {"si", "s'", "s’"} and c.dep_ == "mark" for c in verb.children)


def status(work: Work, head: Token, clause: Token, when: When, published: Published | None,
           claimed_by_source: bool) -> tuple[str, str]:
    """(status, why) of the event told by the trigger `head` in `clause`."""
    verb = clause if clause.pos_ in {"VERB", "AUX"} else clause_verb(head)
    if _negated(verb):
        return "negated", f"negation on '{verb.text}'"
    above = _negated_governor(verb)
    if above is not None:
        return "negated", f"negation on '{above.text}', which governs '{verb.text}'"
    if "Part" in verb.morph.get("VerbForm", []) and _conditional_aux(verb):
        # `les rebelles auraient pris la ville`: the journalistic conditional reports an unconfirmed past
        return "claimed", f"past conditional '{verb.text}': reported, not confirmed"
    if _future_or_conditional(verb):
        return "planned", f"future or conditional '{verb.text}'"
    governor = verb.head if verb.dep_ == "xcomp" and "Inf" in verb.morph.get("VerbForm", []) else None
    if governor is not None and governor.pos_ in {"VERB", "AUX"} and _future_or_conditional(governor) \
            and not _conditional_aux(governor):
        # `continuerait à défendre`, `tentera de prendre`: the infinitive shares its governor's future
        return "planned", f"future or conditional '{governor.text}', which governs '{verb.text}'"
    if governor is not None and _si_clause(governor):
        return "planned", f"hypothetical `si` clause governing '{verb.text}'"
    # `pour protéger les civils et (pour) mobiliser ses moyens`: a conjoined infinitive is read
    # through the first one
    lead = verb
    while lead.dep_ == "conj" and "Inf" in lead.morph.get("VerbForm", []) and \
            "Inf" in lead.head.morph.get("VerbForm", []):
        lead = lead.head
    if lead.dep_ in {"xcomp", "advcl", "acl", "ccomp"} and "Inf" in lead.morph.get("VerbForm", []):
        mark = next((c.lower_ for c in lead.children if c.dep_ == "mark"), "")
        if mark in _PURPOSE:
            return "planned", f"purpose clause '{mark} {lead.text}'"
        if lead.head.lemma_.lower() in _CONTENT_VERBS:
            return "planned", f"content of '{lead.head.text}'"
        if lead.head.lemma_.lower() in _INTENT_VERBS | _INTENT_ADJECTIVES or (
                lead.head.pos_ == "NOUN" and lead.head.lemma_.lower() in _INTENT_NOUNS):
            return "planned", f"infinitive under '{lead.head.text}'"
    if _si_clause(verb) and verb.dep_ != "ccomp":
        # `s'il part`, a condition; `ne précise pas si des sites ont été visés` asks whether, it supposes nothing
        return "planned", "hypothetical `si` clause"
    infinitive = "Inf" in verb.morph.get("VerbForm", [])
    if "Sub" in _morph(verb, "Mood") or (infinitive and "Sub" in _morph(verb.head, "Mood")):
        # `redoutent qu'elles ne reviennent frapper`, `pour que ... se retire`: wished, feared or required
        return "planned", f"subjunctive '{verb.text}'"
    if head.i != verb.i and head.dep_ in {"obj", "nmod", "obl"} and verb.lemma_.lower() in _AVOID_VERBS:
        return "planned", f"what '{verb.text}' avoids or fears"
    text_before = work.article.text[max(0, head.idx - 30):head.idx].lower()
    if "une fois" in text_before:
        return "planned", "`une fois ...` clause"
    if (when.from_text and published is not None and when.end is not None
            and date.fromisoformat(when.end[:10]) < published.start - timedelta(days=BACKGROUND_DAYS)):
        return "background", f"ended {when.end}, long before publication ({published.iso()})"
    earlier = next((c for c in head.children if c.dep_ == "amod" and c.lemma_.lower() in _EARLIER_WORDS), None)
    if earlier is not None and not when.from_text:
        return "background", f"'{earlier.text} {head.text}': an earlier happening, not the news"
    if when.since:
        return "ongoing", "`depuis` date"
    if claimed_by_source:
        return "claimed", "a party's own statement"
    tenses = _morph(verb, "Tense")
    has_aux = any(c.dep_ in {"aux", "aux:tense", "aux:pass"} for c in verb.children)
    if verb.pos_ == "VERB" and not has_aux and ("Pres" in tenses or "Imp" in tenses) and verb.i == head.i:
        return "ongoing", f"present or imperfect '{verb.text}'"
    if any(c.lemma_.lower() in _ONGOING_WORDS for c in verb.children):
        return "ongoing", "`se poursuivre`/`toujours`"
    return "occurred", "past or reported as news"


# Types whose report by a party is a claim to check; a statement reported by its speaker is a fact.
CLAIMABLE_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "RETREAT", "AID", "COOPERATE", "CONCEDE"})


def is_content_verb(lemma: str) -> bool:
    """True for verbs whose object is what is asked, offered or refused (`appelle à un cessez-le-feu`)."""
    return lemma in _CONTENT_VERBS or lemma in {"proposer", "offrir", "rejeter", "refuser", "plaider"}


def is_claim_verb(lemma: str) -> bool:
    return lemma in _CLAIM_VERBS
