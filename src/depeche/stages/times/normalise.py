"""Resolve French temporal expressions to TIMEX3 values and date intervals against a publication date.

Pure functions over `Published` and `datetime.date`: no text, no spaCy, so they can be property-tested.
When the publication date is coarser than the expression (`hier` in an article dated `2018-06`), the
interval covers every day it could mean and the value keeps only the precision that is known.
"""

from __future__ import annotations

import calendar
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Literal

from depeche.records import Precision, Published

Direction = Literal["last", "before", "next", "after"]
Part = Literal["start", "mid", "end"]
Toward = Literal["nearest", "past", "future"]

NO_PUBLISHED = "no publication date: relative value unknown"
COARSE = "publication date known only to the {}"


@dataclass(frozen=True, slots=True)
class Resolved:
    """A TIMEX3 value with the interval of days it denotes (None where unknown)."""

    value: str
    start: date | None = None
    end: date | None = None
    precision: Precision | None = None
    note: str = ""

    def with_note(self, note: str) -> Resolved:
        if not note or note in self.note:
            return self
        return replace(self, note=f"{self.note}; {note}" if self.note else note)


# --- absolute values ---------------------------------------------------------------------------


def last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def day(d: date) -> Resolved:
    return Resolved(d.isoformat(), d, d, "day")


def month(year: int, month_: int) -> Resolved:
    return Resolved(f"{year:04d}-{month_:02d}", date(year, month_, 1), date(year, month_, last_day(year, month_)),
                    "month")


def year(year_: int) -> Resolved:
    return Resolved(f"{year_:04d}", date(year_, 1, 1), date(year_, 12, 31), "year")


def week_of(d: date) -> Resolved:
    iso = d.isocalendar()
    monday = d - timedelta(days=d.isoweekday() - 1)
    return Resolved(f"{iso.year:04d}-W{iso.week:02d}", monday, monday + timedelta(days=6), "week")


def quarter(year_: int, q: int) -> Resolved:
    first = 3 * (q - 1) + 1
    return Resolved(f"{year_:04d}-Q{q}", date(year_, first, 1), date(year_, first + 2, last_day(year_, first + 2)),
                    "quarter")


# Meteorological seasons; winter Y runs from December Y-1, so most of it lies in Y.
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def season(year_: int, code: str) -> Resolved:
    first, last = _SEASON_MONTHS[code]
    start = date(year_ - 1, 12, 1) if code == "WI" else date(year_, first, 1)
    return Resolved(f"{year_:04d}-{code}", start, date(year_, last, last_day(year_, last)), "season")


def season_of(d: date) -> tuple[int, str]:
    if d.month == 12:
        return d.year + 1, "WI"
    for code, (first, last) in _SEASON_MONTHS.items():
        if code != "WI" and first <= d.month <= last:
            return d.year, code
    return d.year, "WI"


def decade(first_year: int) -> Resolved:
    return Resolved(f"{first_year // 10:03d}X", date(first_year, 1, 1), date(first_year + 9, 12, 31), "decade")


def century(number: int) -> Resolved:
    """`XIXe siècle` (19) -> 18XX, 1801..1900 counted as 1800..1899 like everyday usage."""
    first = (number - 1) * 100
    if first < 1:
        return Resolved(f"{number - 1:02d}XX", None, None, "century")
    return Resolved(f"{number - 1:02d}XX", date(first, 1, 1), date(first + 99, 12, 31), "century")


def part_of(res: Resolved, part: Part) -> Resolved:
    """Narrow an interval to its first, middle or last third (`début mai`, `mi-mars`, `fin 2017`)."""
    if res.start is None or res.end is None:
        return res
    span = (res.end - res.start).days + 1
    third = max(1, span // 3)
    if part == "start":
        return replace(res, end=res.start + timedelta(days=third - 1))
    if part == "end":
        return replace(res, start=res.end - timedelta(days=third - 1))
    return replace(res, start=res.start + timedelta(days=third), end=res.end - timedelta(days=third))


def clamp_two_digit_year(yy: int, reference_year: int) -> int:
    """`octobre 98` -> 1998: the latest year ending in `yy` that is at most 10 years ahead."""
    base = reference_year - reference_year % 100
    candidate = base + yy
    return candidate - 100 if candidate > reference_year + 10 else candidate


# --- values for intervals ------------------------------------------------------------------------


def from_interval(start: date, end: date, finest: Precision) -> Resolved:
    """The most precise value an interval of possible dates supports, at most `finest`.

    A short interval straddling two months (an unknown day of June shifted back by one) keeps the
    month holding most of its days: that is the best guess, and the interval says the rest.
    """
    if start > end:
        start, end = end, start
    if start == end and finest == "day":
        return day(start)
    if finest == "week" and start.isocalendar()[:2] == end.isocalendar()[:2]:
        return replace(week_of(start), start=start, end=end)
    if finest in ("day", "week", "month") and (start.year, start.month) == (end.year, end.month):
        return Resolved(f"{start.year:04d}-{start.month:02d}", start, end, "month")
    if finest in ("day", "week", "month") and (end - start).days <= 62:
        counts: Counter[tuple[int, int]] = Counter()
        d = start
        while d <= end:
            counts[(d.year, d.month)] += 1
            d += timedelta(days=1)
        (y, m), _ = counts.most_common(1)[0]
        return Resolved(f"{y:04d}-{m:02d}", start, end, "month")
    if start.year == end.year:
        return Resolved(f"{start.year:04d}", start, end, "year")
    years: Counter[int] = Counter()
    for y in range(start.year, end.year + 1):
        years[y] = (min(end, date(y, 12, 31)) - max(start, date(y, 1, 1))).days + 1
    return Resolved(f"{years.most_common(1)[0][0]:04d}", start, end, "year")


def _span(pub: Published, shift: timedelta) -> tuple[date, date]:
    return pub.start + shift, pub.end + shift


def _unknown(value: str, precision: Precision) -> Resolved:
    return Resolved(value, None, None, precision, NO_PUBLISHED)


# --- relative to the publication date ------------------------------------------------------------


def today(pub: Published | None) -> Resolved:
    if pub is None:
        return _unknown("PRESENT_REF", "day")
    return from_interval(pub.start, pub.end, "day")


def shift_days(pub: Published | None, days: int) -> Resolved:
    """`hier` is -1, `demain` +1, `il y a trois jours` -3."""
    if pub is None:
        return _unknown("XXXX-XX-XX", "day")
    res = from_interval(*_span(pub, timedelta(days=days)), "day")
    return res if pub.day is not None else res.with_note(COARSE.format(pub.precision))


def shift_from(anchor: date, days: int) -> Resolved:
    return day(anchor + timedelta(days=days))


def _weekday_on(d: date, weekday: int, direction: Direction) -> date:
    """The `weekday` (ISO, Monday 1) nearest to `d` in `direction`: last (on or before d), before
    (strictly before), next (strictly after), after (on or after)."""
    back = (d.isoweekday() - weekday) % 7
    ahead = (weekday - d.isoweekday()) % 7
    if direction == "last":
        return d - timedelta(days=back)
    if direction == "before":
        return d - timedelta(days=back or 7)
    if direction == "next":
        return d + timedelta(days=ahead or 7)
    return d + timedelta(days=ahead)


def weekday(pub: Published | None, weekday_: int, direction: Direction = "last") -> Resolved:
    """`samedi` (last), `samedi dernier` (before), `lundi prochain` (next)."""
    if pub is None:
        return _unknown(f"XXXX-WXX-{weekday_}", "day")
    first = _weekday_on(pub.start, weekday_, direction)
    last = _weekday_on(pub.end, weekday_, direction)
    res = from_interval(first, last, "day")
    return res if pub.day is not None else res.with_note(COARSE.format(pub.precision))


def weekday_from(anchor: date, weekday_: int, direction: Direction) -> Resolved:
    return day(_weekday_on(anchor, weekday_, direction))


def shift_weeks(pub: Published | None, weeks: int) -> Resolved:
    """`la semaine dernière` is the ISO week before the publication's."""
    if pub is None:
        return _unknown("XXXX-WXX", "week")
    first = week_of(pub.start + timedelta(weeks=weeks))
    last = week_of(pub.end + timedelta(weeks=weeks))
    assert first.start is not None and last.end is not None
    if first.value == last.value:
        return first
    return from_interval(first.start, last.end, "week").with_note(COARSE.format(pub.precision))


def add_months(year_: int, month_: int, months: int) -> tuple[int, int]:
    index = year_ * 12 + (month_ - 1) + months
    return index // 12, index % 12 + 1


def shift_months(pub: Published | None, months: int) -> Resolved:
    """`le mois dernier` is the month before the publication's."""
    if pub is None:
        return _unknown("XXXX-XX", "month")
    if pub.month is None:
        start_y, start_m = add_months(pub.year, 1, months)
        end_y, end_m = add_months(pub.year, 12, months)
        res = from_interval(date(start_y, start_m, 1), date(end_y, end_m, last_day(end_y, end_m)), "month")
        return res.with_note(COARSE.format(pub.precision))
    return month(*add_months(pub.year, pub.month, months))


def shift_years(pub: Published | None, years: int) -> Resolved:
    if pub is None:
        return _unknown("XXXX", "year")
    return year(pub.year + years)


def shift_unit(pub: Published | None, unit: str, amount: int) -> Resolved:
    """`il y a deux semaines`, `dans trois mois`: the date `amount` units away, at that unit's precision."""
    if unit == "D":
        return shift_days(pub, amount)
    if unit == "W":
        return shift_weeks(pub, amount)
    if unit == "M":
        return shift_months(pub, amount)
    if unit == "Y":
        return shift_years(pub, amount)
    if unit == "DE":
        return shift_years(pub, 10 * amount)
    if unit in ("H", "S") or unit == "MIN":
        return today(pub)
    raise ValueError(f"unknown unit {unit!r}")


def shift_anchor_unit(anchor: Resolved, unit: str, amount: int) -> Resolved:
    """`la semaine suivante`, `l'année précédente`: relative to the date the text last spoke of."""
    assert anchor.start is not None
    if unit == "W":
        return week_of(anchor.start + timedelta(weeks=amount))
    if unit == "M":
        return month(*add_months(anchor.start.year, anchor.start.month, amount))
    if unit == "Y":
        return year(anchor.start.year + amount)
    return shift_from(anchor.start, amount)


def this_season(pub: Published | None, code: str, offset: int) -> Resolved:
    """`cet été` (0), `l'hiver dernier` (-1): the season of that name nearest the publication."""
    if pub is None:
        return _unknown(f"XXXX-{code}", "season")
    ref = pub.start if pub.month is not None else date(pub.year, 6, 30)
    season_year = ref.year + 1 if code == "WI" and ref.month == 12 else ref.year
    candidate = season(season_year, code)
    if offset < 0 and candidate.end is not None and candidate.end >= ref:
        candidate = season(season_year - 1, code)
    elif offset > 0 and candidate.start is not None and candidate.start <= ref:
        candidate = season(season_year + 1, code)
    return candidate


def nearest_year(pub: Published | None, month_: int, day_: int | None = None,
                 direction: Toward = "nearest") -> int | None:
    """The year that puts `day_ month_` nearest the publication (`le 3 juin`, `en décembre`).

    Ties go to the past: news mostly reports what already happened.
    """
    if pub is None:
        return None
    ref = pub.start if pub.month is not None else date(pub.year, 7, 1)
    ref_end = pub.end if pub.month is not None else ref
    best: tuple[int, int] | None = None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        if day_ is not None and not valid_day(y, month_, day_):
            continue
        first = date(y, month_, day_ or 1)
        last = date(y, month_, day_ or last_day(y, month_))
        if direction == "past" and first > ref_end:
            continue
        if direction == "future" and last < ref:
            continue
        if last < ref:
            gap = (ref - last).days
        elif first > ref_end:
            gap = (first - ref_end).days
        else:
            gap = 0
        # future dates are a little less likely in news: penalise them by a day to break ties
        key = gap + (1 if first > ref_end else 0)
        if best is None or key < best[0]:
            best = (key, y)
    return best[1] if best else ref.year


def valid_day(year_: int, month_: int, day_: int) -> bool:
    return 1 <= month_ <= 12 and 1 <= day_ <= last_day(year_, month_)
