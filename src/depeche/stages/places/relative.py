"""Relative locations: `dans l'est libyen`, `le sud de la Syrie`, `à 300 km à l'est de Benghazi`.

They become areas or offsets with a country and no point: the anchor city's coordinates would put
an event hundreds of kilometres from where it happened.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DIRECTIONS = {
    "nord": "north", "sud": "south", "est": "east", "ouest": "west", "centre": "centre",
    "nord-est": "north-east", "nord-ouest": "north-west", "sud-est": "south-east", "sud-ouest": "south-west",
}
_DIR = r"(nord-est|nord-ouest|sud-est|sud-ouest|nord|sud|est|ouest|centre)"
_DE = r"(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])"
# `l'est libyen`, `le sud syrien`, `du nord du pays libyen` is rare enough to leave out
DIRECTION_DEMONYM = re.compile(rf"\b(?:l['’]|le\s+|du\s+|au\s+)(?P<dir>{_DIR})\s+(?P<adj>\w+)", re.IGNORECASE)
# ... `(à 300 km) à l'est de` + anchor, matched against the text just before the anchor
BEFORE_ANCHOR = re.compile(
    rf"(?:(?P<dist>\d[\d.\s ]*)\s*(?:km|kilomètres?)\s+)?(?:à\s+l['’]|au\s+|l['’]|le\s+|dans\s+le\s+)"
    rf"(?P<dir>{_DIR})\s+{_DE}$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Relation:
    direction: str  # English: north, south-east, centre...
    distance_km: int | None = None
    start: int = 0  # where the whole phrase starts

    def describe(self) -> str:
        if self.distance_km is not None:
            return f"{self.distance_km} km {self.direction} of"
        return f"{self.direction} of"


def relation_before(text: str, anchor_start: int) -> Relation | None:
    """The direction (and distance) that `text` puts right before an anchor place, if any."""
    window = text[max(0, anchor_start - 60) : anchor_start]
    m = BEFORE_ANCHOR.search(window)
    if m is None:
        return None
    dist = None
    if m.group("dist"):
        digits = re.sub(r"\D", "", m.group("dist"))
        dist = int(digits) if digits else None
    return Relation(DIRECTIONS[m.group("dir").lower()], dist, anchor_start - len(window) + m.start())
