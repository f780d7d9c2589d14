"""One event per distinct happening: the same clash told in three sentences becomes one event with three
pieces of evidence; strikes on two cities stay two events."""

from __future__ import annotations

from datetime import date, timedelta

from depeche.records import Event, Place

# When two mentions disagree, the more factual status describes the happening.
_STATUS_RANK = {"occurred": 0, "ongoing": 0, "claimed": 2, "background": 3, "planned": 4, "negated": 5}
_PLACE_RANK = {"city": 0, "admin": 1, "region": 2, "country": 3}
_COUNT_FIELDS = ("killed", "injured", "displaced", "arrested")
# Statements: one speaker saying the same kind of thing twice in an article is one statement, wherever
# the sentences place it (the speaker's seat, the place spoken about).
STATEMENT_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT", "AGREE", "SANCTION"})

# The explanation key set on an event whose words say it is another happening than one told before.
DISTINCT = "distinct"
# The explanation key set on an event noun that points back to one told before (`ce mandat`).
ANAPHORIC = "anaphoric"
# Acts that are their own happening whatever violence the sentences around them tell.
_SEPARATE_MODES = frozenset({"abduct", "arrest", "release", "dismiss"})
# Happenings with several parties on an equal footing: each mention may name a different participant.
_MEETING_TYPES = frozenset({"CONSULT"})


def _places_agree(a: Place | None, b: Place | None) -> bool:
    if a is None or b is None:
        return True
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return True
    if a.country != b.country:
        return False
    # a country or a region contains the city the other mention names
    return a.kind in {"country", "region"} or b.kind in {"country", "region"}


def _dates_agree(a: Event, b: Event) -> bool:
    """Overlapping intervals, or intervals a day apart: a battle told on Thursday and on Friday."""
    if not (a.date_start and a.date_end and b.date_start and b.date_end):
        return True
    a_end = (date.fromisoformat(a.date_end[:10]) + timedelta(days=1)).isoformat()
    b_end = (date.fromisoformat(b.date_end[:10]) + timedelta(days=1)).isoformat()
    return a.date_start <= b_end and b.date_start <= a_end


def _actors_agree(a: Event, b: Event) -> bool:
    if a.actor is None or b.actor is None or a.actor.id == b.actor.id:
        return True
    # two sides of one battle are one clash when they fought in the same town
    return a.type == "ASSAULT" and a.place is not None and b.place is not None and (
        a.place.geonameid is not None and a.place.geonameid == b.place.geonameid
    )


def same_happening(a: Event, b: Event) -> bool:
    """True when `a` and `b` tell the same thing: same type, compatible place, date and actor, and
    neither is history while the other is news."""
    if a.type != b.type or (a.status == "background") != (b.status == "background"):
        return False
    if a.trigger is not None and b.trigger is not None and a.trigger.sentence == b.trigger.sentence and (
        a.actor is None or b.actor is None or a.actor.id == b.actor.id or a.type in _MEETING_TYPES
    ):
        # `des raids aériens et des bombardements`: one sentence, one happening; a meeting told twice in
        # a sentence is one meeting whoever each mention names as taking part
        return True
    if (a.status == "planned") != (b.status == "planned"):
        return False
    if a.mode != b.mode and (a.mode in _SEPARATE_MODES or b.mode in _SEPARATE_MODES):
        return False  # a kidnapping told next to a killing is another happening, even on the same day
    if DISTINCT in b.explanation:
        return False  # `des affrontements similaires`, `un autre Copte a été enlevé`: another happening
    if a.type in STATEMENT_TYPES and a.actor is not None and b.actor is not None and a.actor.id == b.actor.id:
        return _dates_agree(a, b)
    if a.target is not None and b.target is not None and a.target.id != b.target.id and a.type != "ASSAULT":
        return False
    # a place guessed from the sentences around (or the article's main place) says nothing against another
    a_place = a.place if _own_place(a) else None
    b_place = b.place if _own_place(b) else None
    return _places_agree(a_place, b_place) and _dates_agree(a, b) and _actors_agree(a, b)


def _absorb(keep: Event, other: Event) -> None:
    keep.evidence.extend(e for e in other.evidence if e not in keep.evidence)
    keep.co_actors.extend(a for a in other.co_actors if a not in keep.co_actors and a is not keep.actor)
    if keep.actor is None and other.actor is not None:
        keep.actor = other.actor
        keep.explanation["actor"] = other.explanation.get("actor", "") + " (from a later mention)"
    if keep.target is None and other.target is not None:
        keep.target = other.target
        keep.explanation["target"] = other.explanation.get("target", "") + " (from a later mention)"
    if other.place is not None and (
        keep.place is None or _PLACE_RANK.get(other.place.kind, 4) < _PLACE_RANK.get(keep.place.kind, 4)
        or (_own_place(other) and not _own_place(keep))
    ):
        keep.place = other.place
        keep.explanation["place"] = other.explanation.get("place", "") + " (from a later mention)"
    if keep.source is None and other.source is not None:
        keep.source = other.source
        keep.explanation["source"] = other.explanation.get("source", "")
    _merge_dates(keep, other)
    for name in _COUNT_FIELDS:
        mine, theirs = getattr(keep, name), getattr(other, name)
        if theirs is not None and (mine is None or theirs > mine):
            setattr(keep, name, theirs)
            keep.explanation[name] = other.explanation.get(name, "")
    if _STATUS_RANK.get(other.status, 9) < _STATUS_RANK.get(keep.status, 9):
        keep.status = other.status
        keep.explanation["status"] = other.explanation.get("status", "") + " (from a later mention)"
    keep.confidence = min(0.99, max(keep.confidence, other.confidence) + 0.05)
    merged = keep.explanation.get("merged", "")
    keep.explanation["merged"] = (merged + "; " if merged else "") + (
        f"'{other.trigger.text}' (sentence {other.trigger.sentence})" if other.trigger else "another mention"
    )


def _own_place(e: Event) -> bool:
    """True when the event's place was named in its own clause or sentence, not guessed from around it."""
    return e.explanation.get("place", "").startswith("in the trigger's")


def _text_dated(e: Event) -> bool:
    return not e.explanation.get("date", "").startswith("no date")


def _merge_dates(keep: Event, other: Event) -> None:
    if not other.date_start:
        return
    if not _text_dated(other) and keep.date_start:
        return
    if keep.date_start and _text_dated(keep):
        # the happening spans both mentions' intervals
        if other.date_start < keep.date_start:
            keep.date_start = other.date_start
        if other.date_end and keep.date_end and other.date_end > keep.date_end:
            keep.date_end = other.date_end
        return
    keep.date_start, keep.date_end, keep.date_precision = other.date_start, other.date_end, other.date_precision
    keep.explanation["date"] = other.explanation.get("date", "") + " (from a later mention)"


def merge_events(events: list[Event]) -> list[Event]:
    """Fold each event into the first earlier one telling the same happening, in document order."""
    out: list[Event] = []
    for event in events:
        if ANAPHORIC in event.explanation:
            # `ce mandat d'arrêt`, `ces bombardements`: the last happening of the kind told before
            home = next((e for e in reversed(out) if e.type == event.type), None)
            if home is not None:
                _absorb(home, event)
                continue
        home = next((e for e in out if same_happening(e, event)), None)
        if home is None:
            out.append(event)
        else:
            _absorb(home, event)
    return out
