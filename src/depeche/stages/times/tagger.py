"""Find French temporal expressions in a text and resolve each against the publication date.

Rules are regular expressions compiled once at import. All candidate matches are collected, then
swept left to right keeping the leftmost-longest one; resolution happens during the sweep so that
`la veille` and `le lendemain` can lean on the last date the text mentioned.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from depeche.records import Published, TimeType
from depeche.stages.times import normalise as nz
from depeche.stages.times.lexicon import (
    APPROX_NOUNS,
    DAY_PARTS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NUMBER_WORDS,
    SEASONS,
    UNITS,
    WEEKDAYS,
    accent_free_alternation,
    fold,
    roman_to_int,
    words_to_int,
)
from depeche.stages.times.normalise import Resolved, Toward


@dataclass(frozen=True, slots=True)
class Found:
    """One temporal expression: character offsets into the text and its resolution."""

    start: int
    end: int
    type: TimeType
    resolved: Resolved
    rule: str
    modifier: str | None = None


@dataclass(slots=True)
class Context:
    """What resolution needs besides the match: the publication date and the last dates seen."""

    published: Published | None
    text: str
    anchor: Resolved | None = None  # last DATE with an interval
    anchor_day: Resolved | None = None  # last DATE known to the day
    anchor_end: int = 0  # where the last anchor was written

    def remember(self, found: Found) -> None:
        res = found.resolved
        if found.type != "DATE" or res.start is None or not res.value[:1].isdigit():
            return
        self.anchor = res
        self.anchor_end = found.end
        self.anchor_day = res if res.precision == "day" else None

    def anchor_near(self, position: int) -> bool:
        """Whether the last date is close enough to `position` to be what `la veille` leans on:
        in the same paragraph and at most a few sentences back."""
        if self.anchor is None or position - self.anchor_end > ANCHOR_REACH:
            return False
        return "\n\n" not in self.text[self.anchor_end:position]

    def future_near(self, start: int, end: int) -> bool:
        """Whether the verb next to an expression is in the future (`se réunira lundi`)."""
        left = self.text[max(0, start - CUE_REACH):start]
        right = self.text[end:end + CUE_REACH]
        left = re.split(r"[.!?;\n]", left)[-1]
        right = re.split(r"[.!?;\n]", right)[0]
        window = left + " " + right
        return bool(_FUTURE.search(window)) and not _PAST.search(window)


ANCHOR_REACH = 400
CUE_REACH = 45
_FUTURE = re.compile(
    r"\b(?:sera|seront|aura|auront|fera|feront|ira|iront|va|vont|doit|doivent|devra|devront|devrait|devraient|"
    r"pourra|pourront|prévue?s?|programmée?s?|attendue?s?|compte|comptent)\b|\b\w{2,}(?:eront|era|iront|ira|"
    r"dront|dra)\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:a|ont|avait|avaient|aurait|auraient|est|sont|était|étaient)\s+(?:\w+\s+)?\w+(?:é|ée|és|ées|i|is|it|u|us)\b"
    r"|\b\w{2,}(?:ait|aient)\b",
    re.IGNORECASE,
)

# A handler turns a match into expressions; [] means "not a time after all" (the sweep tries the
# next candidate); None means "a time we deliberately skip" (clock times), which still consumes it.
Handler = Callable[[re.Match[str], Context], list[Found] | None]


@dataclass(frozen=True, slots=True)
class Rule:
    """A pattern, what to do with its matches, and the cue words it cannot match without."""

    name: str
    pattern: re.Pattern[str]
    handler: Handler = field(compare=False)
    cues: frozenset[str] = frozenset()


# --- building blocks ------------------------------------------------------------------------------

AP = "['’]"
B = r"(?<![\w\-‐‑])"  # a word starts here (and is not the tail of `avant-hier`)
E = r"(?![\w])"
MONTH = accent_free_alternation(list(MONTHS))
MONTH_ABBR = accent_free_alternation(list(MONTH_ABBREVIATIONS)) + r"\.?"
WEEKDAY = accent_free_alternation(list(WEEKDAYS))
DAY = r"(?:1er|1re|premier|[12]\d|3[01]|0?[1-9])"
YEAR4 = r"(?:1[0-9]\d\d|20\d\d)"
# Two-digit years (`octobre 98`) only before punctuation or the end, so `juin 20 manifestants` is no year.
YEAR2 = rf"(?:{AP}\d\d|\d\d(?=\s*(?:[^\w\s]|$)))"
_NUMWORD = accent_free_alternation(NUMBER_WORDS)
NUMWORDS = rf"(?:{_NUMWORD}(?:(?:[\s\-]+|\s+et\s+){_NUMWORD})*)(?!\w)"
NUM = rf"(?:\d{{1,3}}(?:\.\d{{3}})+(?!\d)|\d+(?:[,.]\d+)?|{NUMWORDS})"
APPROXN = rf"(?:une?\s+(?P<approx>{'|'.join(APPROX_NOUNS)})s?\s+d(?:e\s+|{AP}))"
VAGUE = r"(?:quelques|plusieurs|de\s+nombreu(?:x|ses)|de\s+longs|de\s+longues|des|certaine?s)"
FRACTION = rf"(?:une?\s+demi-|une?\s+quart\s+d(?:e\s+|{AP})|trois\s+quarts?\s+d(?:e\s+|{AP}))"
QUANT = rf"(?:{FRACTION}|{APPROXN}|{VAGUE}|{NUM})"
UNIT = (
    r"(?:secondes?|minutes?|heures?|jours?|journ[ée]es?|semaines?|mois|ans|an|ann[ée]es?|"
    r"trimestres?|d[ée]cennies?|si[èe]cles?|week-?ends?)"
)
PREMOD = (
    rf"(?:(?:pr[èe]s|plus|moins|pas\s+moins|un\s+peu\s+plus|un\s+peu\s+moins)\s+d(?:e\s+|{AP})|environ\s+|"
    r"au\s+moins\s+|presque\s+|quelque\s+|jusqu['’][àa]\s+)"
)
TOD = r"(?:matin|matin[ée]e|apr[èe]s-midi|soir|soir[ée]e|nuit|midi)"
# Words that may follow a year after a weak trigger (`de 2011 à`), as opposed to a noun (`de 2000 hommes`).
_AFTER_YEAR = (
    "et|à|a|au|aux|ou|où|en|le|la|les|l|lors|dans|par|pour|quand|puis|avant|après|il|elle|ils|elles|on|qui|"
    "que|qu|contre|sur|avait|ont|est|était|un|une|des|du|de|d|ce|cette|ces|alors|déjà|aussi|avec|selon|se|s|"
    "n|ne|jusqu|vers|sous|comme|mais|donc|ni|dont|y"
)
_NOUN_AFTER = re.compile(rf"\s+(?!(?:{_AFTER_YEAR})\b)[a-zàâçéèêëîïôûùüÿœ]", re.IGNORECASE)
_CLOCK_BEFORE = re.compile(
    rf"(?:\b(?:à|a|vers|dès|jusqu{AP}à|entre|et|de|avant|après|partir\s+de|alentours\s+de|aux|environ)\s+)$",
    re.IGNORECASE,
)
_WEAK_TRIGGERS = {"de", "d'", "a", "pour", "entre", "avant", "apres", "vers", "au"}


def _c(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# --- small helpers ------------------------------------------------------------------------------


def _month_of(word: str) -> int | None:
    key = fold(word).rstrip(".")
    return MONTHS.get(key) or MONTH_ABBREVIATIONS.get(key)


def _day_of(word: str) -> int:
    key = fold(word)
    if key in ("1er", "1re", "premier"):
        return 1
    return int(key)


def _year_of(word: str | None, ctx: Context) -> int | None:
    if not word:
        return None
    digits = word.strip("'’")
    if len(digits) == 2:
        ref = ctx.published.year if ctx.published else date.today().year
        return nz.clamp_two_digit_year(int(digits), ref)
    return int(digits)


def _rel(word: str | None) -> int:
    """-1 for `dernier`, `passé`, `précédent`; +1 for `prochain`, `suivant`; 0 otherwise."""
    if not word:
        return 0
    key = fold(word)
    if key.startswith(("dernier", "derniere", "passe", "precedent", "ecoule", "d'avant")):
        return -1
    if key.startswith(("prochain", "suivant", "d'apres")):
        return 1
    return 0


def _with_tod(res: Resolved, tod: str | None) -> Resolved:
    if not tod or res.precision != "day":
        return res
    code = DAY_PARTS.get(fold(tod).split()[-1])
    return Resolved(f"{res.value}{code}", res.start, res.end, res.precision, res.note) if code else res


def _found(m: re.Match[str], group: str | int, kind: TimeType, res: Resolved, rule: str,
           modifier: str | None = None, end_group: str | int | None = None) -> Found:
    start = m.start(group)
    end = m.end(end_group) if end_group is not None and m.group(end_group) is not None else m.end(group)
    return Found(start, end, kind, res, rule, modifier)


def _since(word: str | None) -> str | None:
    if not word:
        return None
    key = fold(word)
    if key.startswith(("depuis", "des")):
        return "since"
    if key.startswith("jusqu"):
        return "until"
    if key.startswith("avant"):
        return "before"
    if key.startswith("apres"):
        return "after"
    return None


_FRACTIONS = {"demi": 0.5, "trois quart": 0.75, "quart": 0.25}


def _quantity(text: str) -> tuple[float | None, bool]:
    """The amount in `trois`, `30,4`, `2.000`, `une dizaine de` (approximate), `quelques` (unknown)."""
    key = re.sub(r"\s+", " ", fold(text)).strip()
    for word, fraction in _FRACTIONS.items():
        if word in key:
            return fraction, False
    for noun, value in APPROX_NOUNS.items():
        if noun in key:
            return float(value), True
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", key):
        return float(key.replace(".", "")), False
    if re.fullmatch(r"\d+(?:[,.]\d+)?", key):
        return float(key.replace(",", ".")), False
    number = words_to_int(key)
    return (float(number), False) if number is not None else (None, False)


def _unit_of(word: str) -> tuple[str, bool]:
    key = fold(word).replace("weekend", "week-end")
    if key not in UNITS and key.endswith("s"):
        key = key[:-1]
    return UNITS[key]


def _period(amount: float | None, unit: str, in_time: bool) -> str:
    if amount is not None and amount != int(amount):
        smaller = {"H": (60, "M"), "CE": (100, "Y"), "DE": (10, "Y"), "Y": (12, "M")}.get(unit)
        if smaller and amount * smaller[0] == int(amount * smaller[0]):
            amount, unit = amount * smaller[0], smaller[1]
    if amount is None:
        number = "X"
    elif amount == int(amount):
        number = str(int(amount))
    else:
        number = f"{amount:g}"
    return f"PT{number}{unit}" if in_time else f"P{number}{unit}"


def _anchor_for_day(ctx: Context, position: int) -> tuple[date | None, str]:
    if ctx.anchor_day is not None and ctx.anchor_day.start is not None and ctx.anchor_near(position):
        return ctx.anchor_day.start, "anchored on the previous date"
    pub = ctx.published
    if pub is not None and pub.day is not None:
        return pub.start, "anchored on the publication date"
    return None, "no date to anchor on"


# --- handlers -------------------------------------------------------------------------------------


def _date_parts(m: re.Match[str], ctx: Context, d: str, mo: str, y: str | None,
                direction: Toward = "nearest") -> Resolved | None:
    day_, month_ = _day_of(m.group(d)), _month_of(m.group(mo))
    if month_ is None:
        return None
    year_ = _year_of(m.group(y), ctx) if y else None
    if year_ is None:
        year_ = nz.nearest_year(ctx.published, month_, day_, direction)
        if year_ is None:
            if not 1 <= day_ <= 31:
                return None
            return Resolved(f"XXXX-{month_:02d}-{day_:02d}", None, None, "day", nz.NO_PUBLISHED)
    if not nz.valid_day(year_, month_, day_):
        return None
    return nz.day(date(year_, month_, day_))


def h_day_month(m: re.Match[str], ctx: Context) -> list[Found] | None:
    rel = _rel(m.group("rel"))
    direction: Toward = "past" if rel < 0 else "future" if rel > 0 else "nearest"
    res = _date_parts(m, ctx, "d", "m", "y", direction)
    if res is not None and res.start is not None and m.group("wd") and not m.group("y"):
        # `jeudi 12 novembre` without a year: the nearest year in which 12 November is a Thursday
        wd = WEEKDAYS[fold(m.group("wd"))]
        if res.start.isoweekday() != wd:
            for back in range(1, 7):
                for y in (res.start.year - back, res.start.year + back):
                    if nz.valid_day(y, res.start.month, res.start.day) and \
                            date(y, res.start.month, res.start.day).isoweekday() == wd:
                        res = nz.day(date(y, res.start.month, res.start.day))
                        break
                else:
                    continue
                break
    if res is None:
        return []
    res = _with_tod(res, m.group("tod"))
    first = next(g for g in ("det", "wd", "d") if m.group(g))
    return [Found(m.start(first), m.end(), "DATE", res, "day_month", _since(m.group("since")))]


def h_numeric(m: re.Match[str], ctx: Context) -> list[Found] | None:
    year_ = _year_of(m.group("y"), ctx)
    day_, month_ = int(m.group("d")), int(m.group("m"))
    if year_ is None or not nz.valid_day(year_, month_, day_):
        return []
    return [Found(m.start(), m.end(), "DATE", nz.day(date(year_, month_, day_)), "numeric")]


def h_range_days(m: re.Match[str], ctx: Context) -> list[Found] | None:
    second = _date_parts(m, ctx, "d2", "m2", "y2")
    if second is None:
        return []
    if second.start is None:  # no publication date and no year: month and day only
        first = Resolved(f"XXXX-{_month_of(m.group('m1') or m.group('m2')):02d}-{_day_of(m.group('d1')):02d}",
                         precision="day", note=nz.NO_PUBLISHED)
        return [Found(m.start("d1"), m.end("m1") if m.group("m1") else m.end("d1"), "DATE", first,
                      "range_start", "range_start"),
                Found(m.start("d2"), m.end(), "DATE", second, "range_end", "range_end")]
    month1 = _month_of(m.group("m1")) if m.group("m1") else second.start.month
    year1 = _year_of(m.group("y1"), ctx) or second.start.year
    if month1 is None:
        return []
    day1 = _day_of(m.group("d1"))
    if not m.group("y1") and month1 > second.start.month:
        year1 -= 1
    if not nz.valid_day(year1, month1, day1):
        return []
    first = nz.day(date(year1, month1, day1))
    last1 = next(g for g in ("y1", "m1", "d1") if m.group(g))
    return [
        Found(m.start("d1"), m.end(last1), "DATE", first, "range_start", "range_start"),
        Found(m.start("d2"), m.end(), "DATE", second, "range_end", "range_end"),
    ]


def h_range_months(m: re.Match[str], ctx: Context) -> list[Found] | None:
    m1, m2 = _month_of(m.group("m1")), _month_of(m.group("m2"))
    if m1 is None or m2 is None:
        return []
    y2 = _year_of(m.group("y2"), ctx) or nz.nearest_year(ctx.published, m2)
    y1 = _year_of(m.group("y1"), ctx) or (None if y2 is None else y2 - (1 if m1 > m2 else 0))
    if y1 is None or y2 is None:
        return None
    return [
        Found(m.start("m1"), m.end("y1") if m.group("y1") else m.end("m1"), "DATE", nz.month(y1, m1),
              "range_start", "range_start"),
        Found(m.start("m2"), m.end(), "DATE", nz.month(y2, m2), "range_end", "range_end"),
    ]


def h_range_years(m: re.Match[str], ctx: Context) -> list[Found] | None:
    y1, y2 = int(m.group("y1")), int(m.group("y2"))
    if y2 <= y1:
        return []
    return [
        Found(m.start("y1"), m.end("y1"), "DATE", nz.year(y1), "range_start", "range_start"),
        Found(m.start("y2"), m.end("y2"), "DATE", nz.year(y2), "range_end", "range_end"),
    ]


def h_month_year(m: re.Match[str], ctx: Context) -> list[Found] | None:
    month_, year_ = _month_of(m.group("m")), _year_of(m.group("y"), ctx)
    if month_ is None or year_ is None:
        return []
    first = "mois" if m.group("mois") else "m"
    return [Found(m.start(first), m.end(), "DATE", nz.month(year_, month_), "month_year", _since(m.group("pre")))]


def h_month(m: re.Match[str], ctx: Context) -> list[Found] | None:
    pre = fold(m.group("pre") or "").strip()
    if m.group("m")[0].isupper() and pre in _WEAK_TRIGGERS | {"d"}:
        return []  # `le champ de Mars`: French writes month names in lower case
    month_ = _month_of(m.group("m"))
    if month_ is None:
        return []
    rel = _rel(m.group("rel"))
    direction: Toward = "past" if rel < 0 else "future" if rel > 0 else "nearest"
    year_ = nz.nearest_year(ctx.published, month_, None, direction)
    first = "mois" if m.group("mois") else "m"
    if year_ is None:
        res = Resolved(f"XXXX-{month_:02d}", None, None, "month", nz.NO_PUBLISHED)
    else:
        res = nz.month(year_, month_)
    return [Found(m.start(first), m.end(), "DATE", res, "month", _since(pre))]


def h_year(m: re.Match[str], ctx: Context) -> list[Found] | None:
    pre = fold(m.group("pre")).strip()
    if pre in _WEAK_TRIGGERS and _NOUN_AFTER.match(ctx.text, m.end()):
        return []  # `de 2000 hommes` is a number
    return [Found(m.start("y"), m.end(), "DATE", nz.year(int(m.group("y"))), "year", _since(pre))]


_PARTS: dict[str, nz.Part | None] = {"debut": "start", "fin": "end", "mi": "mid", "milieu": "mid", "courant": None}


def h_part(m: re.Match[str], ctx: Context) -> list[Found] | None:
    part = _PARTS[fold(m.group("part"))]
    res: Resolved | None = None
    if m.group("m"):
        month_ = _month_of(m.group("m"))
        assert month_ is not None
        year_ = _year_of(m.group("y"), ctx) or nz.nearest_year(ctx.published, month_)
        res = nz.month(year_, month_) if year_ else Resolved(f"XXXX-{month_:02d}", precision="month",
                                                             note=nz.NO_PUBLISHED)
    elif m.group("y2"):
        res = nz.year(int(m.group("y2")))
    elif m.group("unit"):
        unit = fold(m.group("unit"))
        rel = _rel(m.group("rel"))
        if unit.startswith("an"):
            res = nz.shift_years(ctx.published, rel)
        elif unit == "mois":
            res = nz.shift_months(ctx.published, rel)
        elif unit == "semaine":
            res = nz.shift_weeks(ctx.published, rel)
        elif unit.startswith("siecle") and ctx.published is not None:
            res = nz.century(ctx.published.year // 100 + 1 + rel)
        elif unit.startswith("decennie") and ctx.published is not None:
            res = nz.decade(ctx.published.year // 10 * 10 + 10 * rel)
    elif m.group("rom"):
        number = roman_to_int(m.group("rom"))
        if number is None or number > 21:
            return []
        res = nz.century(number)
    if res is None:
        return []
    if part is not None:
        res = nz.part_of(res, part)
    return [Found(m.start("part"), m.end(), "DATE", res, "part_of", part)]


def h_season(m: re.Match[str], ctx: Context) -> list[Found] | None:
    code = SEASONS[fold(m.group("s"))]
    det = fold(m.group("det") or "").strip()
    if m.group("y"):
        res = nz.season(int(m.group("y")), code)
    else:
        rel = _rel(m.group("rel"))
        if not rel and det in ("l'", "le", "du", "de l'", "depuis l'", "depuis le", "des l'", "des le"):
            return []  # `l'été` alone is generic
        res = nz.this_season(ctx.published, code, rel)
    return [Found(m.start("s") if not det.startswith(("ce", "cet", "l'", "le", "du", "de")) else m.start("det"),
                  m.end(), "DATE", res, "season", _since(det))]


def h_decade(m: re.Match[str], ctx: Context) -> list[Found] | None:
    digits = m.group("d")
    if len(digits) == 2:
        ref = ctx.published.year if ctx.published else date.today().year
        first = nz.clamp_two_digit_year(int(digits), ref)
    else:
        first = int(digits)
    res = nz.decade(first)
    part = _PARTS.get(fold(m.group("part") or ""))
    if part is not None:
        res = nz.part_of(res, part)
    start = "part" if m.group("part") else "a"
    return [Found(m.start(start), m.end(), "DATE", res, "decade", part)]


def h_century(m: re.Match[str], ctx: Context) -> list[Found] | None:
    number = roman_to_int(m.group("rom"))
    if number is None or number > 21:
        return []
    return [Found(m.start("rom"), m.end(), "DATE", nz.century(number), "century")]


_RELATIVE_DAYS = {"avant-hier": -2, "hier": -1, "aujourd'hui": 0, "demain": 1, "apres-demain": 2}


def h_relative_day(m: re.Match[str], ctx: Context) -> list[Found] | None:
    offset = _RELATIVE_DAYS[fold(m.group("w")).replace("‑", "-")]
    res = _with_tod(nz.shift_days(ctx.published, offset), m.group("tod"))
    return [Found(m.start(), m.end(), "DATE", res, "relative_day")]


def h_this_daypart(m: re.Match[str], ctx: Context) -> list[Found] | None:
    if m.group("la"):
        anchor, note = _anchor_for_day(ctx, m.start())
        res = nz.day(anchor).with_note(note) if anchor else Resolved("XXXX-XX-XX", precision="day", note=note)
    else:
        res = nz.shift_days(ctx.published, 0)
    return [Found(m.start(), m.end(), "DATE", _with_tod(res, m.group("tod")), "this_daypart")]


_ANCHOR_DAYS = {
    "l'avant-veille": -2, "la veille": -1, "le lendemain": 1, "le surlendemain": 2,
    "ce jour-la": 0, "le jour meme": 0, "le meme jour": 0,
}


def h_anchor_day(m: re.Match[str], ctx: Context) -> list[Found] | None:
    offset = _ANCHOR_DAYS[re.sub(r"\s+", " ", fold(m.group("w")))]
    anchor, note = _anchor_for_day(ctx, m.start())
    if anchor is None:
        res = Resolved("XXXX-XX-XX", precision="day", note=note)
    else:
        res = nz.shift_from(anchor, offset).with_note(note)
    return [Found(m.start(), m.end(), "DATE", _with_tod(res, m.group("tod")), "anchor_day")]


def h_weekday(m: re.Match[str], ctx: Context) -> list[Found] | None:
    wd = WEEKDAYS[fold(m.group("wd"))]
    rel_word = fold(m.group("rel") or "")
    rel = _rel(rel_word)
    if rel_word.startswith(("suivant", "precedent", "d'avant", "d'apres")):
        anchor, note = _anchor_for_day(ctx, m.start())
        if anchor is None:
            res = Resolved(f"XXXX-WXX-{wd}", precision="day", note=note)
        else:
            res = nz.weekday_from(anchor, wd, "next" if rel > 0 else "before").with_note(note)
    else:
        if rel == 0 and ctx.future_near(m.start(), m.end()):
            rel = 1
            res = nz.weekday(ctx.published, wd, "after")
        else:
            res = nz.weekday(ctx.published, wd, "before" if rel < 0 else "next" if rel > 0 else "last")
    pre = fold(m.group("pre") or "")
    start = m.start("pre") if pre in ("ce", "le") else m.start("wd")
    return [Found(start, m.end(), "DATE", _with_tod(res, m.group("tod")), "weekday", _since(pre))]


_UNIT_CODES = {"semaine": "W", "mois": "M", "an": "Y", "annee": "Y", "week-end": "WE", "weekend": "WE",
               "trimestre": "Q", "siecle": "CE", "decennie": "DE"}


def _this_unit(ctx: Context, code: str, rel: int) -> Resolved | None:
    pub = ctx.published
    if code == "W":
        return nz.shift_weeks(pub, rel)
    if code == "M":
        return nz.shift_months(pub, rel)
    if code == "Y":
        return nz.shift_years(pub, rel)
    if pub is None:
        return None
    if code == "WE":
        week = nz.shift_weeks(pub, rel)
        if week.precision == "week":
            return Resolved(f"{week.value}-WE", week.start + timedelta(days=5) if week.start else None,
                            week.end, "week")
        return week
    if code == "Q" and pub.month is not None:
        y, mo = nz.add_months(pub.year, pub.month, 3 * rel)
        return nz.quarter(y, (mo - 1) // 3 + 1)
    if code == "CE":
        return nz.century(pub.year // 100 + 1 + rel)
    if code == "DE":
        return nz.decade(pub.year // 10 * 10 + 10 * rel)
    return None


def h_relative_unit(m: re.Match[str], ctx: Context) -> list[Found] | None:
    det = fold(m.group("det")).strip()
    rel_word = fold(m.group("rel") or "")
    code = _UNIT_CODES[fold(m.group("unit"))]
    rel = _rel(rel_word)
    if code == "WE" and not rel_word and ctx.published is not None and ctx.published.day is not None:
        # `ce week-end` is the last one unless the verb says it is to come
        weekday_ = ctx.published.start.isoweekday()
        if weekday_ < 6 and not ctx.future_near(m.start(), m.end()):
            rel = -1
    if det in ("l'", "la", "le") and not rel_word:
        return []  # `la semaine` alone is no date
    anchored = rel_word.startswith(("suivant", "precedent")) or fold(m.group("ci") or "") in ("-la",)
    if anchored:
        if ctx.anchor is None or ctx.anchor.start is None or code not in ("W", "M", "Y"):
            return None
        res = nz.shift_anchor_unit(ctx.anchor, code, rel).with_note("anchored on the previous date")
    else:
        found = _this_unit(ctx, code, rel)
        if found is None:
            return None
        res = found
    return [Found(m.start(), m.end(), "DATE", res, "relative_unit")]


_ORDINALS = {"premier": 1, "1er": 1, "deuxieme": 2, "second": 2, "2e": 2, "troisieme": 3, "3e": 3,
             "quatrieme": 4, "4e": 4, "dernier": 4}


def h_quarter(m: re.Match[str], ctx: Context) -> list[Found] | None:
    q = _ORDINALS[fold(m.group("n"))]
    if m.group("y"):
        year_ = int(m.group("y"))
    elif ctx.published is not None:
        year_ = ctx.published.year - (1 if m.group("rel") else 0)
    else:
        return None
    return [Found(m.start("n"), m.end(), "DATE", nz.quarter(year_, q), "quarter")]


def _duration_parts(m: re.Match[str]) -> tuple[float | None, str, bool, bool] | None:
    amount, approx = _quantity(m.group("q"))
    unit, in_time = _unit_of(m.group("u"))
    if amount is not None and m.group("half"):
        amount += 0.5
    if amount is not None and amount <= 0:
        return None
    return amount, unit, in_time, approx


def _modifier(m: re.Match[str], approx: bool) -> str | None:
    mod = fold(m.group("mod") or "") + " " + fold(m.groupdict().get("post") or "")
    if approx or "pres" in mod or "environ" in mod or "quelque " in mod or "presque" in mod:
        return "approx"
    if "plus" in mod or "au moins" in mod or "pas moins" in mod:
        return "more_than"
    if "moins" in mod or "jusqu" in mod:
        return "less_than"
    return None


def h_ago(m: re.Match[str], ctx: Context) -> list[Found] | None:
    parts = _duration_parts(m)
    if parts is None:
        return []
    amount, unit, in_time, approx = parts
    lead = fold(m.group("lead"))
    if lead.startswith(("cela", "ca")):
        return [Found(m.start("mod") if m.group("mod") else m.start("q"), m.end(), "DURATION",
                      Resolved(_period(amount, unit, in_time)), "duration", _modifier(m, approx))]
    sign = 1 if lead.startswith(("dans", "d'ici")) else -1
    if amount is None or amount != int(amount) or in_time:
        res = nz.today(ctx.published) if in_time else Resolved(
            "PAST_REF" if sign < 0 else "FUTURE_REF", precision=None)
    elif unit in ("D", "W", "M", "Y", "DE"):
        res = nz.shift_unit(ctx.published, unit, sign * int(amount))
    else:
        return []
    return [Found(m.start(), m.end(), "DATE", res, "ago" if sign < 0 else "ahead", _modifier(m, approx))]


_DURATION_DAYS = {"D": 1, "W": 7, "M": 30, "Y": 365}
_LATER = re.compile(r"\s+(plus\s+tard|plus\s+t[ôo]t|auparavant)\b", re.IGNORECASE)
# An age: `âgé de 38 ans`, `Jean, 38 ans,`, `un homme de 38 ans`, `à 90 ans`, `les moins de 17 ans`.
_AGE_BEFORE = re.compile(
    r"(?:\b[âa]g[ée]e?s?\s+d(?:e\s+|['’])|\b(?:de|à|les\s+moins\s+de|les\s+plus\s+de)\s+|[,(]\s*)$",
    re.IGNORECASE,
)
_AGE_AFTER = re.compile(r"\s*[,)]|\s+(?:et\s+)?(?:demi\s+)?(?:à\s+peine|environ)?\s*[,)]")


def _is_age(m: re.Match[str], text: str) -> bool:
    before = text[max(0, m.start() - 25):m.start("mod") if m.group("mod") else m.start("q")]
    if re.search(r"\b[âa]g[ée]e?s?\s+d(?:e\s+|['’])(?:\w+\s+){0,2}$", before, re.IGNORECASE):
        return True
    if not _AGE_BEFORE.search(before):
        return False
    # `de 38 ans` after a noun is an age, but `de deux ans` in `un mandat de deux ans` is not
    # distinguishable; `, 38 ans,` and `(38 ans)` are.
    prefix = before.rstrip()
    return prefix.endswith((",", "(")) and bool(_AGE_AFTER.match(text, m.end())) or bool(
        re.search(r"(?:\bà|moins\s+de|plus\s+de|[âa]g[ée]e?s?\s+de)\s*$", before, re.IGNORECASE))


def h_duration(m: re.Match[str], ctx: Context) -> list[Found] | None:
    pre = fold(m.group("pre") or "").strip()
    q = fold(m.group("q"))
    unit_word = fold(m.group("u"))
    if q.strip() in ("des", "certains", "certaines") and not pre.startswith(("depuis", "pendant", "durant")):
        return []
    if q in ("un", "une") and unit_word == "jour" and not pre:
        return []  # `un jour` is "some day"
    if unit_word.startswith("heure") and not pre and not m.group("mod") and _CLOCK_BEFORE.search(
            ctx.text, max(0, m.start() - 30), m.start()):
        return None  # `à 10 heures` is a clock time
    if m.group("u")[0].isupper() and m.group("q")[0].isdigit():
        return []  # `20 Minutes`, `24 Heures`: a title, not a duration
    if not pre and unit_word in ("an", "ans") and _is_age(m, ctx.text):
        return None
    parts = _duration_parts(m)
    if parts is None:
        return []
    amount, unit, in_time, approx = parts
    later = _LATER.match(ctx.text, m.end())
    if later and amount is not None and amount == int(amount) and unit in ("D", "W", "M", "Y") \
            and ctx.anchor is not None and ctx.anchor_near(m.start()):
        # `trois mois plus tard` is a date counted from the last one the text gave
        sign = -1 if fold(later.group(1)).startswith(("plus tot", "auparavant")) else 1
        assert ctx.anchor.start is not None
        res = nz.shift_anchor_unit(ctx.anchor, "D" if unit == "D" else unit, sign * int(amount))
        res = res.with_note("counted from the previous date")
        return [Found(m.start("mod") if m.group("mod") else m.start("q"), later.end(), "DATE", res, "later")]
    res = Resolved(_period(amount, unit, in_time))
    pub = ctx.published
    if pre.startswith("depuis") and pub is not None and amount is not None and unit in _DURATION_DAYS:
        # how long something has lasted points at when it began
        back = timedelta(days=round(amount * _DURATION_DAYS[unit]))
        res = Resolved(res.value, pub.start - back, pub.end, None)
    start = m.start("mod") if m.group("mod") else m.start("q")
    return [Found(start, m.end(), "DURATION", res, "duration", _modifier(m, approx))]


def h_last_n(m: re.Match[str], ctx: Context) -> list[Found] | None:
    amount = _quantity(m.group("q"))[0] if m.group("q") else None
    unit, in_time = _unit_of(m.group("u"))
    return [Found(m.start(), m.end(), "DURATION", Resolved(_period(amount, unit, in_time)), "last_n")]


_SET_UNITS = {"jour": "P1D", "semaine": "P1W", "mois": "P1M", "an": "P1Y", "annee": "P1Y",
              "matin": "TMO", "soir": "TEV", "nuit": "TNI", "week-end": "P1WE", "weekend": "P1WE"}


def h_set(m: re.Match[str], ctx: Context) -> list[Found] | None:
    what = fold(m.group("what"))
    key = what if what in _SET_UNITS or what in WEEKDAYS else what.rstrip("s")
    amount = _quantity(m.group("q"))[0] if m.group("q") else None
    if key in WEEKDAYS:
        value = f"XXXX-WXX-{WEEKDAYS[key]}"
    elif key in ("matin", "soir", "nuit"):
        value = f"XXXX-XX-XXT{_SET_UNITS[key]}"
    elif key in _SET_UNITS:
        value = _SET_UNITS[key]
        if amount is not None and amount == int(amount):
            value = value.replace("P1", f"P{int(amount)}")
    else:
        return []
    return [Found(m.start(), m.end(), "SET", Resolved(value), "set")]


def h_ref(m: re.Match[str], ctx: Context) -> list[Found] | None:
    res = nz.today(ctx.published)
    return [Found(m.start(), m.end(), "DATE", res.with_note("the present, as of publication"), "present")]


def h_clock(m: re.Match[str], ctx: Context) -> list[Found] | None:
    return None  # clock times are not annotated: consume them so `10 heures` is no duration


# --- cue words: rules only run near them, which keeps the tagger a small share of the pipeline ---

WINDOW_BEFORE = 70  # the longest lead-in (`aux alentours de`, `au cours de plus de`) fits
WINDOW_AFTER = 90
_CUES = re.compile(
    rf"(?P<month>\b(?:{MONTH}|{MONTH_ABBR})\b)"
    rf"|(?P<weekday>\b{WEEKDAY})"
    r"|(?P<digit>\d+)"
    r"|(?P<unit>\b(?:secondes?|minutes?|heures?|jours?|journ[ée]es?|semaines?|mois|ans?|ann[ée]es?|trimestres?"
    r"|d[ée]cennies?|si[èe]cles?|week-?ends?|demi-|quarts?\s+d)\b)"
    r"|(?P<season>\b(?:printemps|[ée]t[ée]|automne|hiver)\b)"
    r"|(?P<word>\b(?:hier|demain|aujourd|veille|lendemain|surlendemain|jour|matin|soir|nuit|apr[èe]s-midi"
    r"|actuellement|heure|midi|minuit)\b)",
    re.IGNORECASE,
)

# --- the rules ------------------------------------------------------------------------------------

_SINCE = rf"(?:(?P<since>depuis|dès|jusqu{AP}au|jusqu{AP}à)\s+)?"

RULES: tuple[Rule, ...] = (
    Rule("range_days", _c(
        rf"{B}(?:du|entre\s+le|entre|les|de)\s+(?P<d1>{DAY})(?:\s+(?P<m1>{MONTH}))?(?:\s+(?P<y1>{YEAR4}))?"
        rf"\s+(?:au|et(?:\s+le)?|à|-)\s+(?P<d2>{DAY})\s+(?P<m2>{MONTH}|{MONTH_ABBR})(?:\s+(?P<y2>{YEAR4}))?{E}"),
        h_range_days, frozenset({"month"})),
    Rule("range_months", _c(
        rf"{B}(?:de|d{AP}|entre)\s*(?P<m1>{MONTH})(?:\s+(?P<y1>{YEAR4}))?\s+(?:à|au|et|jusqu{AP}en)\s+"
        rf"(?P<m2>{MONTH})(?:\s+(?P<y2>{YEAR4}))?{E}"), h_range_months, frozenset({"month"})),
    Rule("range_years", _c(
        rf"{B}(?:(?:de|entre|d{AP}ici)\s+)?(?P<y1>{YEAR4})\s*(?:à|et|au|[-–])\s*(?P<y2>{YEAR4}){E}(?![.,]\d)"),
        h_range_years, frozenset({"digit"})),
    Rule("day_month", _c(
        rf"{B}{_SINCE}(?:(?P<det>le|ce|du|au)\s+)?(?:(?P<wd>{WEEKDAY})\s*,?\s+)?(?P<d>{DAY})\s+"
        rf"(?P<m>{MONTH}|{MONTH_ABBR})(?:\s+(?P<y>{YEAR4}|{YEAR2}))?(?!\w)(?:\s+(?P<rel>derni[eè]r|prochain){E})?"
        rf"(?:\s*,?\s+(?:au\s+|dans\s+la\s+|en\s+)?(?P<tod>{TOD}){E})?"),
        h_day_month, frozenset({"month"})),
    Rule("numeric", _c(rf"{B}(?P<d>[0-3]?\d)[/.](?P<m>[01]?\d)[/.](?P<y>\d{{4}}|\d{{2}}){E}(?![/.]\d)"),
        h_numeric, frozenset({"digit"})),
    Rule("iso", _c(rf"{B}(?P<y>\d{{4}})-(?P<m>\d{{2}})-(?P<d>\d{{2}}){E}"),
        h_numeric, frozenset({"digit"})),
    Rule("part_of", _c(
        rf"{B}(?:(?:au|en|à\s+la|vers\s+la|dès\s+la|dès|depuis\s+la|depuis|jusqu{AP}à\s+la|jusqu{AP}à|la|le)\s+)?"
        rf"(?P<part>début|fin|mi|milieu|courant)\s*-?\s*(?:(?:de\s+l{AP}|d{AP}|du|de\s+la|de)\s*)?"
        rf"(?:(?:le\s+)?mois\s+d(?:e\s+|{AP}))?"
        rf"(?:(?P<m>{MONTH})(?:\s+(?P<y>{YEAR4}))?|(?P<y2>{YEAR4})"
        rf"|(?P<unit>ann[ée]e|an|mois|semaine|si[èe]cle|d[ée]cennie)(?:\s+(?P<rel>derni[eè]re?|prochaine?"
        rf"|pass[ée]e?|en\s+cours))?|(?P<rom>(?-i:[IVX]{{1,5}}))(?:e|è|ème|eme)\s+si[èe]cle){E}"),
        h_part, frozenset({"month", "digit", "unit"})),
    Rule("month_year", _c(
        rf"{B}(?:(?P<pre>depuis|dès|jusqu{AP}en|jusqu{AP}à|en|d{AP}ici|de|d{AP}|à|et|avant|après|vers|pour)\s*)?"
        rf"(?P<mois>(?:le\s+|au\s+|du\s+)?mois\s+d(?:e\s+|{AP}))?(?P<m>{MONTH})\s+"
        rf"(?:de\s+l{AP}ann[ée]e\s+)?(?P<y>{YEAR4}|{YEAR2}){E}(?![.,]\d)"),
        h_month_year, frozenset({"month"})),
    Rule("month", _c(
        rf"{B}(?:(?P<pre>depuis|dès|jusqu{AP}en|en|d{AP}ici|avant|après|vers|entre|de|d{AP}|à|pour)\s*"
        rf"|(?P<mois>(?:le\s+|au\s+|du\s+|ce\s+)?mois\s+d(?:e\s+|{AP})))(?P<m>{MONTH})"
        rf"(?:\s+(?P<rel>derni[eè]r|prochain|pass[ée]))?{E}(?!\s+(?:{YEAR4}|{YEAR2}))"),
        h_month, frozenset({"month"})),
    Rule("season", _c(
        rf"{B}(?P<det>au|à\s+l{AP}|l{AP}|le|du|de\s+l{AP}|de\s+cet|de\s+ce|cet|ce|cette|en|depuis\s+l{AP}|depuis\s+le|durant\s+l{AP}"
        rf"|durant\s+le|pendant\s+l{AP}|pendant\s+le|dès\s+l{AP}|dès\s+le)\s*"
        rf"(?P<s>printemps|[ée]t[ée]|automne|hiver)(?:\s+(?:de\s+l{AP}ann[ée]e\s+)?(?P<y>{YEAR4})"
        rf"|\s+(?P<rel>derni[eè]r|prochain|pass[ée]))?{E}"), h_season, frozenset({"season"})),
    Rule("decade", _c(
        rf"{B}(?:(?P<part>début|fin|milieu|mi)\s*-?\s*)?(?:(?:les|des|aux|dans\s+les)\s+)?(?P<a>ann[ée]es)\s+"
        rf"(?P<d>(?:19|20)?\d0){E}"), h_decade, frozenset({"unit"})),
    Rule("century", _c(rf"{B}(?P<rom>(?-i:[IVX]{{1,5}}))(?:e|è|ème|eme)\s+si[èe]cle{E}"),
        h_century, frozenset({"unit"})),
    Rule("year", _c(
        rf"{B}(?P<pre>depuis|dès|jusqu{AP}en|en|d{AP}ici|vers|avant|après|l{AP}an|l{AP}ann[ée]e|ann[ée]e"
        rf"|de\s+l{AP}an|courant|de|d{AP}|à|pour|au)\s*(?P<y>{YEAR4}){E}(?![.,]\d|\s*(?:%|€|\$))"),
        h_year, frozenset({"digit"})),
    Rule("relative_day", _c(
        rf"{B}(?P<w>avant[-‐‑]hier|apr[èe]s[-‐‑]demain|aujourd{AP}hui|hier|demain)"
        rf"(?:\s*,?\s+(?:au\s+|dans\s+la\s+|en\s+(?:fin\s+de\s+|début\s+de\s+)?)?(?P<tod>{TOD}){E})?{E}"),
        h_relative_day, frozenset({"word"})),
    Rule("this_daypart", _c(rf"{B}(?:ce|cet|cette)\s+(?P<tod>matin|apr[èe]s-midi|soir|nuit)(?P<la>-l[àa])?(?:-ci)?{E}"),
        h_this_daypart, frozenset({"word"})),
    Rule("anchor_day", _c(
        rf"{B}(?P<w>l{AP}avant-veille|la\s+veille|le\s+lendemain|le\s+surlendemain|ce\s+jour-l[àa]"
        rf"|le\s+jour\s+même|le\s+même\s+jour)(?:\s+(?:au\s+)?(?P<tod>matin|soir|après-midi){E})?{E}"),
        h_anchor_day, frozenset({"word", "unit"})),
    Rule("weekday", _c(
        rf"{B}(?:(?P<pre>depuis|dès|jusqu{AP}à|jusqu{AP}au|ce|le|avant|après)\s+)?(?P<wd>{WEEKDAY})"
        rf"(?:\s+(?P<rel>derni[eè]r|prochain|pass[ée]|suivant|précédent|d{AP}avant|d{AP}après){E})?"
        rf"(?:\s*,?\s+(?:au\s+|dans\s+la\s+|en\s+(?:fin\s+de\s+|début\s+de\s+)?)?(?P<tod>{TOD}){E})?{E}"),
        h_weekday, frozenset({"weekday"})),
    Rule("relative_unit", _c(
        rf"{B}(?P<det>l{AP}|la\s+|le\s+|ce\s+|cet\s+|cette\s+)(?P<unit>semaine|mois|an|ann[ée]e|week-?end|"
        rf"trimestre|si[èe]cle|d[ée]cennie)(?P<ci>-ci|-l[àa])?(?:\s+(?P<rel>derni[eè]re?|pass[ée]e?|prochaine?"
        rf"|suivante?|précédente?|écoulée?){E})?{E}"), h_relative_unit, frozenset({"unit"})),
    Rule("quarter", _c(
        rf"{B}(?:(?:le|au|du|ce)\s+)?(?P<n>premier|1er|deuxième|second|2e|troisième|3e|quatrième|4e|dernier)"
        rf"\s+trimestre(?:\s+(?:de\s+l{AP}ann[ée]e\s+)?(?P<y>{YEAR4})"
        rf"|\s+(?P<rel>de\s+l{AP}ann[ée]e\s+derni[eè]re|de\s+l{AP}an\s+dernier))?{E}"),
        h_quarter, frozenset({"unit"})),
    Rule("ago", _c(
        rf"{B}(?P<lead>il\s+y\s+(?:a|avait)|voici|voilà|cela\s+fait|ça\s+fait|dans|d{AP}ici)\s+(?P<mod>{PREMOD})?"
        rf"(?P<q>{QUANT})\s*(?P<u>{UNIT})(?P<half>\s+et\s+demie?)?{E}"), h_ago, frozenset({"unit"})),
    Rule("last_n", _c(
        rf"{B}(?:les|ces|ses|des|leurs)\s+(?:(?P<q>{NUM})\s+)?(?:derni[eè]re?s|prochaine?s|pass[ée]e?s)\s+"
        rf"(?P<u>{UNIT}){E}"), h_last_n, frozenset({"unit"})),
    Rule("set", _c(
        rf"{B}(?:chaque|tous\s+les|toutes\s+les)\s+(?:(?P<q>{NUM})\s+)?(?P<what>{WEEKDAY}s?|jours?|semaines?|mois"
        rf"|ans|an|ann[ée]es?|matins?|soirs?|nuits?|week-?ends?){E}"),
        h_set, frozenset({"unit", "weekday"})),
    # `maintenant` is left out: it is mostly a discourse marker (`maintenant que`, `et maintenant`)
    Rule("present", _c(rf"{B}(?:actuellement|à\s+l{AP}heure\s+actuelle|à\s+l{AP}heure\s+qu{AP}il\s+est){E}"),
        h_ref, frozenset({"word", "unit"})),
    Rule("clock", _c(
        rf"{B}(?:(?:à|vers|dès|jusqu{AP}à|avant|après|entre|et|de|aux\s+alentours\s+de|à\s+partir\s+de)\s+"
        rf"(?:[01]?\d|2[0-4])\s*(?:h|heures?)(?:\s*[0-5]\d)?|(?:[01]?\d|2[0-4])\s*[hH]\s*[0-5]\d"
        rf"|(?:[01]?\d|2[0-4])[hH]|(?:à|vers)\s+(?:midi|minuit))(?:\s*(?:GMT|heure\s+locale))?{E}"),
        h_clock, frozenset({"digit", "word"})),
    Rule("duration", _c(
        rf"{B}(?:(?P<pre>depuis|pendant|durant|en|pour|sur|après|avant|au\s+bout\s+d(?:e\s+|{AP})"
        rf"|au\s+cours\s+d(?:e\s+|{AP}))\s+)?(?P<mod>{PREMOD})?(?P<q>{QUANT})\s*(?P<u>{UNIT})"
        rf"(?P<half>\s+et\s+demie?)?(?P<post>\s+(?:environ|au\s+moins|à\s+peine))?{E}"),
        h_duration, frozenset({"unit"})),
)


def windows(text: str) -> dict[str, list[tuple[int, int]]]:
    """Stretches of `text` around each kind of cue word, merged: the only places rules can match."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for m in _CUES.finditer(text):
        kind = m.lastgroup or ""
        start, end = max(0, m.start() - WINDOW_BEFORE), min(len(text), m.end() + WINDOW_AFTER)
        found = spans.setdefault(kind, [])
        if found and start <= found[-1][1]:
            found[-1] = (found[-1][0], end)
        else:
            found.append((start, end))
    return spans


def _merged(parts: list[list[tuple[int, int]]]) -> list[tuple[int, int]]:
    if len(parts) == 1:
        return parts[0]
    out: list[tuple[int, int]] = []
    for start, end in sorted(w for part in parts for w in part):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


def tag(text: str, published: Published | None, rules: tuple[Rule, ...] = RULES) -> list[Found]:
    """Every temporal expression in `text`, in text order, resolved against `published`."""
    candidates: list[tuple[int, int, int, re.Match[str]]] = []
    cue_windows = windows(text)
    seen: set[tuple[int, int, int]] = set()
    for index, rule in enumerate(rules):
        parts = [cue_windows[c] for c in rule.cues if c in cue_windows] if rule.cues else [[(0, len(text))]]
        if not parts:
            continue
        for start, end in _merged(parts):
            for m in rule.pattern.finditer(text, start, end):
                key = (m.start(), m.end(), index)
                if m.end() > m.start() and key not in seen:
                    seen.add(key)
                    candidates.append((m.start(), -m.end(), index, m))
    candidates.sort(key=lambda c: (c[0], c[1], c[2]))
    ctx = Context(published, text)
    out: list[Found] = []
    done = 0
    for start, neg_end, index, m in candidates:
        if start < done:
            continue
        found = rules[index].handler(m, ctx)
        if found is None:
            done = -neg_end
            continue
        if not found:
            continue
        for f in found:
            out.append(f)
            ctx.remember(f)
        done = -neg_end
    return out
