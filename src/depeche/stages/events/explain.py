"""Render an event's explanation (its `as_dict()` form, as stored): which trigger, rule and parse path
produced the event and each of its fields. Used by `depeche explain`."""

from __future__ import annotations

from typing import Any

# The order fields are told in: what fired, what it is, who, where, when, how many, how sure.
_ORDER = ("trigger", "actor", "target", "place", "date", "status", "source", "killed", "injured", "displaced",
          "arrested", "merged", "anaphoric", "distinct")


def _value(event: dict[str, Any], key: str) -> str:
    if key in {"actor", "target", "source"}:
        ref = event.get(key) or {}
        name = str(ref.get("name") or "-")
        together = [str(a.get("name")) for a in event.get("co_actors") or []] if key == "actor" else []
        return f"{name} (with {', '.join(together)})" if together else name
    if key == "place":
        place = event.get("place") or {}
        if not place:
            return "-"
        where = ", ".join(str(x) for x in (place.get("name"), place.get("country")) if x)
        coords = f" ({place['lat']:.3f}, {place['lon']:.3f})" if place.get("lat") is not None else ""
        return where + coords
    if key == "date":
        d = event.get("date") or {}
        if not d.get("start"):
            return "-"
        span = d["start"] if d.get("start") == d.get("end") else f"{d.get('start')} .. {d.get('end')}"
        return f"{span} ({d.get('precision') or '?'})"
    if key == "merged":
        return f"{len(event.get('evidence') or [])} mentions told as one event"
    if key == "anaphoric":
        return "points back to a happening told before"
    if key == "distinct":
        return "another happening than the ones told before"
    if key == "trigger":
        return str((event.get("trigger") or {}).get("text") or "-")
    value = event.get(key)
    return "-" if value is None else str(value)


def explain_lines(event: dict[str, Any]) -> list[str]:
    """Lines saying what the event is and, for each field, its value and how it was found."""
    coding = [event.get("type") or "?"]
    if event.get("mode"):
        coding.append(f"mode {event['mode']}")
    if event.get("cameo_root"):
        coding.append(f"CAMEO {event['cameo_root']}")
    if event.get("acled_event_type"):
        coding.append(f"ACLED {event['acled_event_type']} / {event.get('acled_sub_event_type') or '-'}")
    lines = [f"event {event.get('id')}: " + ", ".join(coding) + f"; confidence {event.get('confidence')}"]
    why: dict[str, str] = event.get("explanation") or {}
    for key in _ORDER:
        if key not in why and key not in {"actor", "target", "place", "date", "status", "source", "trigger"}:
            continue
        lines.append(f"  {key:9s} {_value(event, key)}")
        if why.get(key):
            lines.append(f"            because: {why[key]}")
    for n, span in enumerate(event.get("evidence") or [], 1):
        lines.append(f"  evidence {n} (sentence {span.get('sentence')}): {span.get('text')}")
    return lines
