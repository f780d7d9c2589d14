"""The article view's data: a stored document's text and every extracted span, flattened for highlighting."""

from __future__ import annotations

from typing import Any

SpanKind = str  # place, time, count, actor, trigger, evidence


def _span(kind: SpanKind, item: dict[str, Any], label: str, **extra: Any) -> dict[str, Any] | None:
    start, end = item.get("start"), item.get("end")
    if not isinstance(start, int) or not isinstance(end, int) or end <= start:
        return None
    return {"kind": kind, "start": start, "end": end, "label": label, **extra}


def _place_label(p: dict[str, Any]) -> str:
    where = ", ".join(str(x) for x in (p.get("name"), p.get("country")) if x)
    if p.get("lat") is not None and p.get("lon") is not None:
        where += f" ({p['lat']:.3f}, {p['lon']:.3f})"
    return where


def spans(result: dict[str, Any], text_length: int) -> list[dict[str, Any]]:
    """Every span of `result` (the stored `DocumentResult.as_dict()`) inside the text, in text order.

    Each span: `kind`, `start`, `end`, `label` (what was extracted, for a tooltip), and for
    triggers and evidence the `event` id. Spans outside the text are dropped.
    """
    out: list[dict[str, Any] | None] = []
    for p in result.get("places") or []:
        out.append(_span("place", p, _place_label(p)))
    for t in result.get("times") or []:
        out.append(_span("time", t, f"{t.get('type')} {t.get('value')}"))
    for c in result.get("counts") or []:
        out.append(_span("count", c, f"{c.get('kind')} {c.get('qualifier') or ''} {c.get('value')}".replace("  ", " ")))
    for a in result.get("actors") or []:
        for m in a.get("spans") or []:
            out.append(_span("actor", m, f"{a.get('name')} ({a.get('type')})", actor=a.get("id")))
    for e in result.get("events") or []:
        if e.get("trigger"):
            out.append(_span("trigger", e["trigger"], f"{e.get('type')} trigger", event=e.get("id")))
        for ev in e.get("evidence") or []:
            out.append(_span("evidence", ev, f"evidence of {e.get('type')}", event=e.get("id")))
    kept = [s for s in out if s is not None and s["end"] <= text_length]
    # Longer spans first at one start, so that nested ones are drawn inside them.
    kept.sort(key=lambda s: (s["start"], -s["end"]))
    return kept
