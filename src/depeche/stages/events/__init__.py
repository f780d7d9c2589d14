"""The events stage: one PLOVER-coded event per distinct happening, with actor, target, place, date,
counts, status, source and evidence, each field explained (`depeche.events.v1`)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from typing import ClassVar

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from depeche.records import Count, Event, Place, Span
from depeche.stages.base import Work, doc_text, register_stage
from depeche.stages.counts.attribution import attribute
from depeche.stages.events.attach import (
    CLAIMABLE_TYPES,
    STATIVE_VERBS,
    When,
    choose_date,
    choose_place,
    clause_verb,
    is_claim_verb,
    is_content_verb,
    status,
    usable_places,
)
from depeche.stages.events.described import described_actor
from depeche.stages.events.find import Hit, TriggerFinder
from depeche.stages.events.lexicon import Lexicon, LexiconError, TriggerEntry
from depeche.stages.events.local import localise
from depeche.stages.events.merge import ANAPHORIC, DISTINCT, STATEMENT_TYPES, merge_events
from depeche.stages.events.roles import (
    GATHERING_TYPES,
    SPEAKER_PRONOUNS,
    Role,
    agent_token,
    co_actors,
    passive,
    patient,
    patient_complement,
    roles,
)

# Events whose object is something asked, threatened or refused: that object has not happened.
_CONTENT_TYPES = frozenset({"REQUEST", "THREATEN", "REJECT"})
# Which event a count of this kind belongs to first when its sentence tells several.
_COUNT_TYPES = {"killed": "ASSAULT", "injured": "ASSAULT", "displaced": "ASSAULT", "arrested": "COERCE"}
# How firmly an event is news, for the order of events of one kind.
_NEWS_RANK = {"occurred": 0, "ongoing": 0, "claimed": 1, "background": 2}
# Kinds whose agentless passives continue the violence told just before.
_VIOLENCE_TYPES = frozenset({"ASSAULT", "COERCE"})
# Meetings: what is said at one is said where it is held.
_MEETING_TYPES = frozenset({"CONSULT"})
# Kinds of violence an article reports as one campaign, often without naming who strikes each time.
_CAMPAIGN_KINDS = ("Explosions/Remote violence",)
# Verbs of acceptance: negated, they tell a refusal (`n'accepte pas`, `ne reconnaît pas`).
_ACCEPT_VERBS = frozenset({"accepter", "reconnaître", "approuver", "admettre"})
# Determiners that make an event noun point back to a happening told before (`ce mandat`).
_DEMONSTRATIVES = frozenset({"ce", "cet", "cette", "ces"})
# Modifiers that mark a happening as another one than those told before.
_ANOTHER_WORDS = frozenset({"autre", "nouveau", "nouvel", "nouvelle", "similaire", "second", "seconde", "deuxième",
                            "troisième", "énième", "pareil", "semblable"})
_PARTICIPANT_DEPS = frozenset({"nsubj", "nsubj:pass", "obj"})
# How far back (in sentences) the place of an earlier sentence still frames a new one.
CONTEXT_SENTENCES = 2
# Events below this confidence are left out: an ambiguous word (`soutien`, `accepter`) with no actor,
# no place of its own and no date is more often not an event at all. Measured on the crisis dev set
# (tools/events_table.py): 0.65 keeps recall while cutting a quarter of the unmatched events.
MIN_CONFIDENCE = 0.65
# How far back (in sentences, within one paragraph) the actor of an earlier event still acts in a clause
# that names nobody: `L'armée a encerclé la ville. Elle a ensuite bombardé ...`, `..., puis a bombardé`.
ACTOR_CARRY_SENTENCES = 1
# The last characters of a sentence that asks or exclaims rather than reports (a reader's comment,
# a rhetorical question, a slogan): what it names is not news.
_NOT_REPORTING_ENDS = ("!", "?")
_CLOSING_QUOTES = " \t\"»”’'…)"


@dataclass(slots=True)
class Draft:
    """An event before merging, with the pieces `explain` reports."""

    event: Event
    hit: Hit
    when: When
    place_how: str


class EventsStage:
    """`depeche.events.v1`: runs last, reading the actors, places, times and counts of the document."""

    name: ClassVar[str] = "depeche.events.v1"
    needs: ClassVar[frozenset[str]] = frozenset({"parser", "lemmatizer", "ner"})

    def __init__(self, lexicon: Lexicon | None = None, keep_negated: bool = False,
                 min_confidence: float = MIN_CONFIDENCE, keep_planned: bool = False) -> None:
        self.finder = TriggerFinder(lexicon)
        self.keep_negated = keep_negated
        # plans and hypotheticals (`pourraient lancer`, `une fois Derna libérée`) are not event data:
        # left out unless asked for, like negated events
        self.keep_planned = keep_planned
        self.min_confidence = min_confidence

    def __call__(self, work: Work) -> None:
        names = [(m.start, m.end) for a in work.result.actors for m in a.mentions]
        names += [(p.span.start, p.span.end) for p in work.result.places]
        hits = self.finder.find(work.doc, names)
        is_trigger = {t.i for h in hits for t in h.tokens}
        types = {h.head.i: h.entry.type for h in hits}
        places = usable_places(work)
        focus = _focus(places)
        drafts: list[Draft] = []
        for hit in hits:
            draft = self._draft(work, hit, is_trigger, places, focus, drafts) if _reported(hit, types) else None
            if draft is None:
                continue
            drafts.append(draft)
        _meeting_places(drafts)
        _attach_counts(work, drafts)
        merged = merge_events([d.event for d in drafts])
        _campaign_actor(merged)
        localise(work, merged)
        events = [e for e in merged if e.confidence >= self.min_confidence]
        events = _best_first(events)
        for n, event in enumerate(events, 1):
            event.id = f"e{n}"
        work.result.events = events

    def _draft(self, work: Work, hit: Hit, is_trigger: set[int], places: list[Place], focus: Place | None,
               earlier: list[Draft]) -> Draft | None:
        actor, target, clause = roles(work, hit, is_trigger)
        evidence = _sentence_span(work, hit.head)
        if evidence.text.rstrip(_CLOSING_QUOTES).endswith(_NOT_REPORTING_ENDS):
            return None
        slot = agent_token(hit, is_trigger)
        speakers = [c for c in clause_verb(hit.head).children if c.dep_ in {"nsubj", "nsubj:pass"}]
        if actor is None and any(t.lower_ in SPEAKER_PRONOUNS for t in [*speakers, *([slot] if slot else [])]):
            return None  # the reporter's own story, or words no one is named as saying
        if actor is None and slot is not None and not (
                hit.is_noun and patient_complement(hit) and slot.head.i == hit.head.i):
            # `une centaine d'hommes venus du désert ont manifesté`: described, not named
            actor = described_actor(work, slot)
        if actor is None and target is None and not hit.is_noun and hit.entry.type in GATHERING_TYPES \
                and passive(hit.head):
            # `l'autre camp, mobilisé devant la mosquée`: those gathered are the ones acting
            gathered = patient(hit.head)[0]
            actor = described_actor(work, gathered) if gathered is not None else None
        if actor is None and slot is None and not hit.is_noun and not passive(hit.head):
            # a clause with no subject of its own (`..., puis a bombardé`); a noun event without an agent
            # (`des explosions`) or a passive without one says nothing about who acted
            actor = _cut_subject(work, hit) or _left_subject(work, hit.head) or _carried_actor(work, hit, earlier)
        if actor is None and slot is None and not hit.is_noun and passive(hit.head) \
                and hit.entry.type in _VIOLENCE_TYPES:
            # `Des hommes armés ont tué un prêtre. Un autre Copte a été enlevé le même jour.`: violence told
            # in the passive without an agent, right after violence with one, is by the same hands
            actor = _carried_actor(work, hit, [d for d in earlier if d.event.type in _VIOLENCE_TYPES])
        if actor is None and slot is None and hit.is_noun and hit.head.dep_ == "obj" \
                and hit.head.head.pos_ in {"VERB", "AUX"} and hit.head.head.i not in is_trigger:
            # `le mouvement Tamarrod (rébellion en arabe) a posé un ultimatum`, parsed without a subject
            actor = _left_subject(work, hit.head.head)
        published = work.article.published
        punctual = hit.is_noun and clause_verb(hit.head).lemma_.lower() in STATIVE_VERBS
        when = choose_date(work, hit.head, clause, published, punctual)
        context = _context_place(work, hit, places, earlier)
        place, place_how = choose_place(work, places, hit.head, clause, context)
        if place is None and focus is not None:
            place, place_how = focus, f"no place near the trigger: the article's main place '{focus.span.text}' " \
                f"({focus.name}, {focus.country})"
        found = attribute(work, hit.start, hit.end)
        source = None
        source_how = "no reporting phrase"
        claimed = False
        if found is not None and not found.rule.endswith(f":{hit.head.lemma_.lower()}"):
            source = found.actor
            source_how = f"{found.rule}: '{found.phrase.text}'" + (f" -> {found.actor.name}" if found.actor else "")
            verb = found.rule.split(":", 1)[-1]
            own = actor is not None and found.actor is not None and found.actor is actor.actor
            claimed = (own or is_claim_verb(verb)) and hit.entry.type in CLAIMABLE_TYPES
        state, why = status(work, hit.head, clause, when, published, claimed)
        entry = hit.entry
        if state == "negated" and not hit.is_noun and hit.head.lemma_.lower() in _ACCEPT_VERBS:
            # `n'acceptait pas la juridiction de la Cour`: not accepting is refusing
            entry = replace(entry, type="REJECT", mode="", cameo="12", acled=None, acled_sub=None, weight=0.7)
            state, why = "occurred", f"{why}: refusing what '{hit.head.text}' would accept"
        if state == "negated" and not self.keep_negated:
            return None
        if state == "planned" and not self.keep_planned:
            return None
        if why.startswith(("purpose clause", "content of")):
            # `mènent une offensive pour libérer Derna`, `appelle l'armée à se positionner`: the aim or
            # the content of another event, not one of its own
            return None
        if hit.entry.de_sense and actor is not None and actor.path.startswith("nmod de"):
            return None  # `le siège des Frères musulmans` is their headquarters, not a siege
        parts = {t.i for t in hit.tokens}
        if any(c.dep_ in {"obl:agent", "nsubj"} and c.i in is_trigger and c.i not in parts for c in hit.head.children):
            return None  # `appuyées par des raids`: an event cannot be the agent of another
        trigger = work.span(hit.start, hit.end)
        confidence = entry.weight + 0.1 * (actor is not None) + 0.1 * place_how.startswith("in the trigger's") \
            + 0.05 * when.from_text
        event = Event(
            id="",
            type=entry.type,
            evidence=[evidence],
            mode=entry.mode or None,
            acled_event_type=entry.acled,
            acled_sub_event_type=entry.acled_sub,
            cameo_root=entry.cameo or None,
            actor=actor.actor if actor else None,
            target=target.actor if target else None,
            place=place,
            date_start=when.start,
            date_end=when.end,
            date_precision=when.precision,
            status=state,
            source=source,
            confidence=min(0.99, confidence),
            trigger=trigger,
            co_actors=co_actors(work, actor) if actor is not None else [],
            explanation={
                "trigger": _explain_trigger(hit, entry, trigger.sentence),
                "actor": _explain_role(actor, "no subject or agent naming a known actor"),
                "target": _explain_role(target, "no object naming a known actor"),
                "place": place_how,
                "date": when.how,
                "status": why,
                "source": source_how,
            },
        )
        if hit.is_noun and any(c.dep_ == "det" and c.lower_ in _DEMONSTRATIVES for c in hit.head.children):
            event.explanation[ANAPHORIC] = f"'{hit.head.text}' with a demonstrative: the one told before"
        marker = _another(hit.head)
        if marker is not None:
            event.explanation[DISTINCT] = f"'{marker.text}' on '{marker.head.text}': another happening than one " \
                "told before, kept apart"
        return Draft(event, hit, when, place_how)


def _another(head: Token) -> Token | None:
    """The word that makes a trigger tell a new happening of a kind already told (`des affrontements
    similaires`, `un autre Copte a été enlevé`, `l'autre camp exige`, `a une nouvelle fois appelé`)."""
    clause = clause_verb(head)
    words = [head, *(c for c in clause.children if c.dep_ in _PARTICIPANT_DEPS)]
    words += [c for c in head.children if c.dep_ in _PARTICIPANT_DEPS | {"obl:mod", "obl"} and c.lower_ == "fois"]
    words += [c for c in clause.children if c.lower_ == "fois"]
    for word in words:
        for c in word.children:
            if c.dep_ in {"amod", "det", "nummod"} and c.lemma_.lower() in _ANOTHER_WORDS:
                return c
    return None


def _meeting_places(drafts: list[Draft]) -> None:
    """A statement made at a meeting its sentence refers back to (`au sortir de la réunion, le Conseil
    n'appelait pas ...`) was made where that meeting was held, as told earlier with its place."""
    held: Draft | None = None
    for draft in drafts:
        event = draft.event
        if event.trigger is None:
            continue
        own = draft.place_how.startswith("in the trigger's")
        if event.type in _MEETING_TYPES and own:
            held = draft
            continue
        if event.type not in STATEMENT_TYPES or own and not (
                event.place is not None and event.place.kind == "country"
                and not draft.place_how.startswith("in the trigger's clause")):
            continue  # a country named elsewhere in the sentence is what is spoken of, not where
        attended = _attended(event, drafts)
        if attended is not None and attended.event.place is not None:
            # `réunis à Berlin jeudi, les ministres de l'Otan ...`; `L'Otan a réclamé jeudi plus d'avions`
            event.place = attended.event.place
            draft.place_how = (f"no place of its own (at most a country spoken of): where its actor met that day, "
                               f"at '{attended.hit.head.text}' ({attended.event.place.name})")
            event.explanation["place"] = draft.place_how
            continue
        if held is None or held.event.place is None:
            continue
        sentence = event.trigger.sentence
        if not any(d.event.type in _MEETING_TYPES and d is not held and d.event.trigger is not None
                   and d.event.trigger.sentence == sentence for d in drafts):
            continue
        event.place = held.event.place
        draft.place_how = (f"no place in the sentence, which speaks of a meeting: where the meeting "
                           f"'{held.hit.head.text}' told before was held ({held.event.place.name})")
        event.explanation["place"] = draft.place_how


def _attended(event: Event, drafts: list[Draft]) -> Draft | None:
    """The one meeting told with its place whose actor is the statement's, on the same day."""
    if event.actor is None or event.date_precision != "day":
        return None
    found = [d for d in drafts if d.event.type in _MEETING_TYPES and d.place_how.startswith("in the trigger's")
             and d.event.actor is not None and d.event.actor.id == event.actor.id
             and d.event.date_start == event.date_start and d.event.date_precision == "day"]
    return found[0] if len({d.event.place.name for d in found if d.event.place}) == 1 else None


def _campaign_actor(events: list[Event]) -> None:
    """Strikes, shelling and explosions told without an agent (`cinq explosions ont secoué Tripoli`)
    are given the one actor the article names as carrying out that kind of violence, when it names
    exactly one: the campaign the article reports. With two or more candidates nothing is guessed."""
    for kind in _CAMPAIGN_KINDS:
        named = [e for e in events if e.acled_event_type == kind and e.actor is not None and e.status != "background"]
        if len({e.actor.id for e in named if e.actor is not None}) != 1:
            continue
        model = named[0]
        where = f"'{model.trigger.text}' (sentence {model.trigger.sentence})" if model.trigger else "another event"
        for event in events:
            if event.acled_event_type == kind and event.actor is None and event.status != "background":
                event.actor = model.actor
                event.explanation["actor"] = (f"no agent in the text: the one actor the article names for this kind "
                                              f"of violence, from {where}")


def _best_first(events: list[Event]) -> list[Event]:
    """Within each type, the news first: what happened before what is claimed, history and the rest,
    then events that say who acted, then the clearer ones (document order on a tie), so a consumer
    taking the first event of a kind takes the best-established one; the slots each type holds in
    document order are kept, so the interleaving of kinds still follows the text."""
    by_type: dict[str, list[Event]] = {}
    for event in events:
        by_type.setdefault(event.type, []).append(event)

    def rank(e: Event) -> tuple[int, bool, float]:
        return _NEWS_RANK.get(e.status, len(_NEWS_RANK)), e.actor is None, -e.confidence

    queues = {t: iter(sorted(group, key=rank)) for t, group in by_type.items()}
    return [next(queues[event.type]) for event in events]


def _explain_trigger(hit: Hit, entry: TriggerEntry, sentence: int) -> str:
    acled = f"{entry.acled} / {entry.acled_sub}" if entry.acled else "none"
    return (f"'{doc_text(hit.head.doc)[hit.start:hit.end]}' in sentence {sentence}, matched as {hit.rule}: "
            f"{entry.type}{'/' + entry.mode if entry.mode else ''}, CAMEO {entry.cameo}, ACLED {acled}")


def _explain_role(role: Role | None, missing: str) -> str:
    if role is None:
        return missing
    return f"{role.path}: '{role.token.text}' -> {role.actor.name} ({role.actor.id})"


def _sentence_span(work: Work, token: Token) -> Span:
    sent = token.sent
    text = work.article.text
    start, end = sent.start_char, sent.end_char
    # the parser may run a sentence over a paragraph break: evidence stays on the trigger's line
    line_start = text.rfind("\n", start, token.idx) + 1
    line_end = text.find("\n", token.idx, end)
    start = max(start, line_start)
    end = end if line_end < 0 else line_end
    return work.span(start, end)


def _focus(places: list[Place]) -> Place | None:
    """The article's main place: the town of its main country it names most (first named on a tie),
    else that country. Where an event told without any place happened, as far as the text says."""
    countries = Counter(p.country for p in places if p.country)
    if not countries:
        return None
    code, _ = countries.most_common(1)[0]
    towns = Counter(p.geonameid for p in places
                    if p.country == code and p.kind in {"city", "admin"} and p.geonameid is not None)
    if towns:
        top = max(towns.values())
        return next(p for p in places if p.geonameid is not None and towns[p.geonameid] == top)
    first = next(p for p in places if p.country == code)
    own = next((p for p in places if p.country == code and p.kind == "country"), None)
    anchor = own or first
    return Place(anchor.span, own.name if own else code, code, "country", confidence=0.3)


def _reported(hit: Hit, types: dict[int, str]) -> bool:
    """False for a trigger that does not report a happening of its own: a noun in a sentence without a
    verb (a headline, a caption, a link to another story), or the thing asked for, threatened or refused
    by another event (`appelle à un cessez-le-feu`, `refuse la trêve`)."""
    head = hit.head
    if hit.is_noun and not any(t.pos_ in {"VERB", "AUX"} for t in head.sent):
        return False
    if hit.is_noun and head.dep_ == "nmod" and types.get(head.head.i) == hit.entry.type:
        return False  # `une conférence de presse au sommet du G8`: a part of the happening it qualifies
    if hit.is_noun:
        # `à une solution politique et à un cessez-le-feu`: the second thing asked for hangs on the first
        item = head
        while item.dep_ == "conj" and item.head.i != item.i:
            item = item.head
        if item.dep_ in {"obj", "obl", "obl:arg", "nmod"}:
            governor = item.head
            if governor.i in types and (types[governor.i] in _CONTENT_TYPES
                                        or is_content_verb(governor.lemma_.lower())):
                return False
    return True


def _cut_subject(work: Work, hit: Hit) -> Role | None:
    """The actor named just before a sentence that opens on its verb (`Human Rights Watch (HRW) | a
    exhorté ...`): the splitter cut the subject off, so the name right before the cut is the subject."""
    sent = hit.head.sent
    first = sent[0]
    if first.pos_ not in {"AUX", "VERB"} or hit.head.i not in {first.i, first.head.i}:
        return None
    cut = sent.start_char
    text = work.article.text
    for actor in work.result.actors:
        for m in actor.mentions:
            if m.end <= cut and cut - m.end < 8 and not text[m.end:cut].strip(" )»\"”"):
                return Role(actor, first, f"sentence opens on its verb: the name before the cut '{m.text}'")
    return None


def _left_subject(work: Work, verb: Token) -> Role | None:
    """The actor named right before a finite verb the parser gave no subject (`A Syrte, ..., l'organisation
    Human Rights Watch (HRW) a exhorté le CNT`, parsed as a fragment): the last name between the previous
    comma or the sentence start and the verb, unless a preposition introduces it."""
    finite = "Fin" in verb.morph.get("VerbForm", []) or any(c.dep_.startswith("aux") for c in verb.children)
    if not finite:
        return None
    sent = verb.sent
    first = verb.i
    while first > sent.start and verb.doc[first - 1].dep_.startswith("aux") or (
            first > sent.start and verb.doc[first - 1].pos_ == "ADV"):
        first -= 1
    segment = _stretch_before(verb.doc[first], {",", ";", ":", "«", "\"", "—", "–"})
    if not len(segment) or segment[0].pos_ == "ADP" or any(t.pos_ in {"VERB", "SCONJ"} for t in segment):
        return None
    start, end = segment.start_char, segment.end_char
    best: tuple[int, Role] | None = None
    for actor in work.result.actors:
        for m in actor.mentions:
            if start <= m.start and m.end <= end and (best is None or m.start > best[0]):
                best = (m.start, Role(actor, verb, f"no subject in the parse: the name before the verb '{m.text}'"))
    return best[1] if best else None


def _stretch_before(token: Token, stops: set[str]) -> SpacySpan:
    """The words between `token` and the nearest stop mark (or the sentence start) before it."""
    k = token.i - 1
    while k >= token.sent.start and token.doc[k].text not in stops:
        k -= 1
    return token.doc[k + 1:token.i]


def _named_before(verb: Token) -> bool:
    """True when a noun, name or pronoun stands between the verb and the comma or sentence start before
    it: the clause names its subject (the parse just failed to link it), so nobody is carried over."""
    return any(t.pos_ in {"NOUN", "PROPN", "PRON"} and t.lower_ not in {"se", "s'", "s’"}
               for t in _stretch_before(verb, {",", ";", ":"}))


def _carried_actor(work: Work, hit: Hit, earlier: list[Draft]) -> Role | None:
    """The actor of the event told just before in the same paragraph, for a clause that names nobody."""
    if not passive(hit.head) and _named_before(hit.head):
        return None  # `Paris et Londres, dont les dirigeants se sont rencontrés`: someone is named, unresolved
    sent = work.sentence_of(hit.head.idx)
    for draft in reversed(earlier):
        event = draft.event
        if event.trigger is None or event.actor is None:
            continue
        if sent - event.trigger.sentence > ACTOR_CARRY_SENTENCES:
            return None
        if "\n" in work.article.text[event.trigger.start:hit.start]:
            return None
        return Role(event.actor, draft.hit.head,
                    f"no subject: the actor of the event just before ('{event.trigger.text}')")
    return None


def _context_place(work: Work, hit: Hit, places: list[Place], earlier: list[Draft]) -> Place | None:
    """The place the text last spoke of, a sentence or two before this trigger."""
    sent = work.sentence_of(hit.head.idx)
    before = [p for p in places if sent - CONTEXT_SENTENCES <= p.span.sentence < sent]
    if before:
        return max(before, key=lambda p: p.span.start)
    return None


def _attach_counts(work: Work, drafts: list[Draft]) -> None:
    """Give each killed/injured/displaced/arrested figure to the event its sentence tells."""
    by_sentence: dict[int, list[Draft]] = {}
    for d in drafts:
        by_sentence.setdefault(d.event.trigger.sentence if d.event.trigger else -1, []).append(d)
    for count in work.result.counts:
        if count.kind not in _COUNT_TYPES or count.period or count.rule.endswith("range-high"):
            continue
        wanted = _COUNT_TYPES[count.kind]
        sent = count.span.sentence
        pool = by_sentence.get(sent, [])
        if not any(d.event.type == wanted for d in pool):
            # a toll told in its own sentence belongs to the violence just before it, or failing that to
            # the last violence told earlier in its paragraph
            pool = [d for s in (sent - 1, sent - 2) for d in by_sentence.get(s, []) if d.event.type == wanted]
            if not pool:
                pool = [d for d in drafts if d.event.type == wanted and d.hit.start < count.span.start
                        and "\n" not in work.article.text[d.hit.start:count.span.start]][-1:]
        if not pool:
            continue
        best = min(pool, key=lambda d: (d.event.type != wanted, abs(d.hit.start - count.span.start)))
        _set_count(best, count)


def _set_count(draft: Draft, count: Count) -> None:
    event = draft.event
    current = getattr(event, count.kind)
    if current is None or count.value > current:
        setattr(event, count.kind, count.value)
        per = f", per {count.source}" if count.source else ""
        event.explanation[count.kind] = (f"'{count.span.text}' in sentence {count.span.sentence} "
                                         f"({count.qualifier} {count.value}{per})")


register_stage(EventsStage.name)(EventsStage)

__all__ = ["EventsStage", "Lexicon", "LexiconError", "TriggerFinder"]
