"""French calendar words for the times stage: months, weekdays, seasons, units and number words."""

from __future__ import annotations

import re
import unicodedata

MONTHS: dict[str, int] = {
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
}
# Abbreviations are only trusted right after a day number (`3 déc.`), where they cannot be words.
MONTH_ABBREVIATIONS: dict[str, int] = {
    "janv": 1, "fev": 2, "fevr": 2, "avr": 4, "juil": 7, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

WEEKDAYS: dict[str, int] = {  # ISO numbering, Monday = 1
    "lundi": 1, "mardi": 2, "mercredi": 3, "jeudi": 4, "vendredi": 5, "samedi": 6, "dimanche": 7,
}

SEASONS: dict[str, str] = {"printemps": "SP", "ete": "SU", "automne": "FA", "hiver": "WI"}

# Parts of the day as TIMEX3 suffixes.
DAY_PARTS: dict[str, str] = {
    "matin": "TMO", "matinee": "TMO", "midi": "TMI", "apres-midi": "TAF", "soir": "TEV",
    "soiree": "TEV", "nuit": "TNI",
}

# Duration units: TIMEX3 letter and whether it sits after the `T` of the period.
UNITS: dict[str, tuple[str, bool]] = {
    "seconde": ("S", True), "minute": ("M", True), "heure": ("H", True), "h": ("H", True),
    "jour": ("D", False), "journee": ("D", False), "semaine": ("W", False), "mois": ("M", False),
    "an": ("Y", False), "annee": ("Y", False), "trimestre": ("Q", False), "decennie": ("DE", False),
    "siecle": ("CE", False), "week-end": ("WE", False),
}

_UNITS_SMALL: dict[str, int] = {
    "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40,
    "cinquante": 50, "soixante": 60,
}
_MULTIPLIERS: dict[str, int] = {"cent": 100, "cents": 100, "mille": 1000}

# Collective nouns: `une dizaine de jours` is about ten days.
APPROX_NOUNS: dict[str, int] = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
    "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000,
}

ROMAN: dict[str, int] = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def fold(text: str) -> str:
    """Lower-case without accents, with typographic apostrophes and hyphens made plain."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("‑", "-").replace("‐", "-"))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def accent_free_alternation(words: list[str]) -> str:
    """A regex alternation accepting each word with or without its French accents."""
    out = []
    for word in sorted(words, key=len, reverse=True):
        out.append("".join(_ACCENTED.get(c, re.escape(c)) for c in word))
    return "(?:" + "|".join(out) + ")"


_ACCENTED = {
    "e": "[eéèêë]", "a": "[aàâ]", "u": "[uûùü]", "i": "[iîï]", "o": "[oô]", "c": "[cç]",
    "-": "[-‐‑]", " ": r"\s+",
}

NUMBER_WORDS: list[str] = [*_UNITS_SMALL, *_MULTIPLIERS]


def words_to_int(text: str) -> int | None:
    """`vingt et un` -> 21, `quatre-vingt-dix` -> 90, `deux cents` -> 200; None if not a number."""
    parts = [p for p in re.split(r"[\s-]+", fold(text)) if p and p != "et"]
    if not parts:
        return None
    total = 0
    current = 0
    for part in parts:
        if part in _UNITS_SMALL:
            value = _UNITS_SMALL[part]
            # `quatre-vingt` multiplies rather than adds.
            if value == 20 and current == 4:
                current = 80
            else:
                current += value
        elif part in _MULTIPLIERS:
            mult = _MULTIPLIERS[part]
            if mult == 1000:
                total += (current or 1) * 1000
                current = 0
            else:
                current = (current or 1) * 100
        else:
            return None
    return total + current


def roman_to_int(text: str) -> int | None:
    """`XIX` -> 19; None for anything that is not a plain Roman numeral."""
    values = [ROMAN.get(c) for c in text.upper()]
    if not values or any(v is None for v in values):
        return None
    nums = [v for v in values if v is not None]
    total = 0
    for i, v in enumerate(nums):
        total += -v if i + 1 < len(nums) and nums[i + 1] > v else v
    return total if total > 0 else None
