"""A group named without its country (`la police`, `des hommes armés`) takes the article's main country
from the actors stage; an event placed by its own sentence in another country says better whose group it
is (`deux policiers ont été blessés à Gao` in an article mostly about Niger: Malian police)."""

from __future__ import annotations

from depeche.records import Actor, ActorType, Event, Span
from depeche.stages.actors.known import KnownActor, KnownActors
from depeche.stages.base import Work

# Who acts where they belong. Armies, air forces and armed movements strike abroad (`l'armée a bombardé
# des positions en Syrie`), so their country is not read off the place where they act; they still take
# it as the target, where they are hit.
_LOCAL_ACTORS: frozenset[ActorType] = frozenset({"police", "government", "civilians", "group", "party", "religious",
                                                 "business", "media", "other"})


# Happenings whose place is where those taking part are. A statement, a visit or support is placed where
# it is made, often abroad (`la Turquie, qui soutient les rebelles`, `une délégation à Washington`).
_ON_THE_GROUND = frozenset({"ASSAULT", "PROTEST", "COERCE"})


# A place read with less confidence than this (a name shared by towns of several countries, weakly
# decided) is no evidence against the article's country. A country named as the place is not either:
# it is as often where a statement is made (`en Italie, le ministre a réclamé`) as where a group acts.
_SURE_PLACE = 0.5


def localise(work: Work, events: list[Event], known: KnownActors | None = None) -> None:
    """Give the actor and target of each event placed by its own clause or sentence the country of that
    place, when their country was only the article's guess and their mention is in that sentence."""
    table = known or KnownActors.load()
    for event in events:
        place = event.place
        if event.type not in _ON_THE_GROUND or place is None or not place.country or place.kind == "country" \
                or place.confidence < _SURE_PLACE or not _placed_by_its_words(event):
            continue
        for role in ("actor", "target"):
            actor: Actor | None = getattr(event, role)
            if actor is None or not actor.country_guessed or actor.country == place.country:
                continue
            if role == "actor" and actor.type not in _LOCAL_ACTORS:
                continue
            here = [m for m in actor.mentions if m.sentence == place.span.sentence]
            if not here:
                continue
            moved = _rehome(work, actor, here, place.country, table)
            if moved is None:
                continue
            setattr(event, role, moved)
            event.explanation[role] = event.explanation.get(role, "") + \
                f"; country from where it acts: '{place.span.text}' ({place.country})"


def _placed_by_its_words(event: Event) -> bool:
    return event.explanation.get("place", "").startswith("in the trigger's")


def _state(table: KnownActors, code: str | None) -> KnownActor | None:
    try:
        return table.get(f"state:{code}") if code else None
    except KeyError:
        return None


def _rehome(work: Work, actor: Actor, here: list[Span], country: str, table: KnownActors) -> Actor | None:
    """The same group in `country`: found among the document's actors or made from the mentions `here`
    (taken from `actor`, which keeps the others); `actor` itself when all its mentions are here."""
    old_state = _state(table, actor.country)
    new_state = _state(table, country)
    if new_state is None:
        return None
    suffix = f" ({old_state.name})" if old_state is not None else ""
    base = actor.name[: -len(suffix)] if suffix and actor.name.endswith(suffix) else actor.name
    name = f"{base} ({new_state.name})"
    if len(here) == len(actor.mentions):
        actor.name, actor.country, actor.country_guessed = name, country, False
        actor.rule += f"; country from where it acts ({country})"
        return actor
    actor.mentions = [m for m in actor.mentions if m not in here]
    for other in work.result.actors:
        if other.name == name and other.type == actor.type:
            other.mentions = sorted([*other.mentions, *here], key=lambda m: m.start)
            return other
    moved = Actor(id=f"a{len(work.result.actors) + 1}", name=name, type=actor.type, mentions=list(here),
                  country=country, rule=f"{actor.rule}; country from where it acts ({country})")
    work.result.actors.append(moved)
    return moved
