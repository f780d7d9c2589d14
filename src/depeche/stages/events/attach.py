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
})
# Adjectives whose infinitive complement is only a disposition: `prêt à défendre`, `résolu à frapper`.
_INTENT_ADJECTIVES = frozenset({"prêt", "disposé", "décidé", "résolu", "déterminé", "susceptible", "capable"})
# Verbs whose object is what someone wishes to avoid or fears: it has not happened.
_AVOID_VERBS = frozenset({"éviter", "redouter", "craindre", "empêcher", "prévenir", "risquer"})
_PURPOSE = frozenset({"pour", "afin"})
_NEGATION = frozenset({"pas", "jamais", "aucun", "aucune", "guère", "nullement", "plus"})
# A noun event under these verbs is a state's origin: `fait l'objet d'un mandat`, `a le soutien`.
STATIVE_VERBS = frozenset({"faire", "être", "avoir"})
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
        if t.head is t:
            return t
        t = t.head
    return t


def _reaches(token: Token, verb: Token) -> bool:
    """True when `token` hangs under `verb` through participles and nouns only (`des hommes armés
    mercredi`), not through another finite clause (`qui fait l'objet depuis 2017`)."""
    t = token
    for _ in range(12):
        if t == verb:
            return True
        if "Fin" in t.morph.get("VerbForm", []) or t.head is t:
            return False
        t = t.head
    return False


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


def _minus_days(published: Published, days: int) -> str:
    return (published.end - timedelta(days=days)).isoformat()


def choose_date(work: Work, head: Token, clause: Token, published: Published | None,
                punctual: bool = False) -> When:
    """The event's date interval: a time expression of its clause, else of its sentence, else the
    publication date with the precision it has. A `punctual` event (`fait l'objet depuis 2017 d'un
    mandat`) happened at the `depuis` date rather than all along since then."""
    sent = work.sentence_of(head.idx)
    times = [t for t in work.result.times if t.span.sentence == sent]
    verb = clause_verb(head)
    governing: list[TimeExpr] = []
    above: list[TimeExpr] = []
    for t in times:
        tok = _token_at(work, t.span.start)
        if tok is None:
            continue
        its = clause_verb(tok)
        if its == verb or _reaches(its, verb):
            governing.append(t)
        elif _in_subtree(its, head.idx, head.idx + 1):
            # a date on a clause above the trigger's dates it too (`a annoncé lundi que ... avaient
            # attaqué`); a date inside another clause (`qui fait l'objet depuis 2017`) does not
            above.append(t)
    pools = ((governing, "time expression of the clause"), (above, "time expression of a governing clause"))
    for pool, how in pools:
        dated = [t for t in pool if _usable(t, work)]
        if dated:
            best = min(dated, key=lambda t: abs(t.span.start - head.idx))
            return _from_time(work, best, how, published, punctual)
    if published is None:
        return When(None, None, None, "no date in the text and no publication date")
    if published.precision == "day":
        return When(_minus_days(published, RECENT_DAYS), published.iso(), "week",
                    f"no date in the text: the {RECENT_DAYS} days before publication ({published.iso()})")
    return When(published.start.isoformat(), published.end.isoformat(), published.precision,
                f"no date in the text: the publication {published.precision} ({published.iso()})")


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
        return When(t.start, max(end, t.end), t.precision, f"{how}: since '{t.span.text}' ({t.value})",
                    since=True, from_text=True)
    return When(t.start, t.end, t.precision, f"{how}: '{t.span.text}' ({t.value})", from_text=True)


def _morph(token: Token, key: str) -> list[str]:
    values = list(token.morph.get(key, []))
    for c in token.children:
        if c.dep_ in {"aux", "aux:tense", "aux:pass"}:
            values.extend(c.morph.get(key, []))
    return values


def status(work: Work, head: Token, clause: Token, when: When, published: Published | None,
           claimed_by_source: bool) -> tuple[str, str]:
    """(status, why) of the event told by the trigger `head` in `clause`."""
    verb = clause if clause.pos_ in {"VERB", "AUX"} else clause_verb(head)
    if any(c.lower_ in _NEGATION and c.dep_ in {"advmod", "det"} for c in verb.children) and any(
        c.lower_ in {"ne", "n'", "n’"} for c in verb.children
    ):
        return "negated", f"negation on '{verb.text}'"
    if "Fut" in _morph(verb, "Tense") or "Cnd" in _morph(verb, "Mood"):
        return "planned", f"future or conditional '{verb.text}'"
    if verb.dep_ in {"xcomp", "advcl", "acl", "ccomp"} and "Inf" in verb.morph.get("VerbForm", []):
        mark = next((c.lower_ for c in verb.children if c.dep_ == "mark"), "")
        if mark in _PURPOSE:
            return "planned", f"purpose clause '{mark} {verb.text}'"
        if verb.head.lemma_.lower() in _CONTENT_VERBS:
            return "planned", f"content of '{verb.head.text}'"
        if verb.head.lemma_.lower() in _INTENT_VERBS | _INTENT_ADJECTIVES:
            return "planned", f"infinitive under '{verb.head.text}'"
    if any(c.lower_ in {"si", "s'", "s’"} and c.dep_ == "mark" for c in verb.children) and verb.dep_ != "ccomp":
        # `s'il part`, a condition; `ne précise pas si des sites ont été visés` asks whether, it supposes nothing
        return "planned", "hypothetical `si` clause"
    infinitive = "Inf" in verb.morph.get("VerbForm", [])
    if "Sub" in _morph(verb, "Mood") or (infinitive and "Sub" in _morph(verb.head, "Mood")):
        # `redoutent qu'elles ne reviennent frapper`, `pour que ... se retire`: wished, feared or required
        return "planned", f"subjunctive '{verb.text}'"
    if head is not verb and head.dep_ in {"obj", "nmod", "obl"} and verb.lemma_.lower() in _AVOID_VERBS:
        return "planned", f"what '{verb.text}' avoids or fears"
    text_before = work.article.text[max(0, head.idx - 30):head.idx].lower()
    if "une fois" in text_before:
        return "planned", "`une fois ...` clause"
    if (when.from_text and published is not None and when.end is not None
            and date.fromisoformat(when.end[:10]) < published.start - timedelta(days=BACKGROUND_DAYS)):
        return "background", f"ended {when.end}, long before publication ({published.iso()})"
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
