"""French number expressions in running text: digits with French separators, number words,
approximate nouns (`une trentaine`, `un millier`, `des centaines`), qualifiers and ranges.

`find_numbers` scans a text and returns each expression with its offsets and value;
`parse_number` reads one expression; `french_words` spells an integer (for tests and explain).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Literal

from text_to_num import text2num

Qualifier = Literal["exact", "at_least", "more_than", "about", "up_to", "less_than"]

_UNITS = (
    "zéro", "un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
    "onze", "douze", "treize", "quatorze", "quinze", "seize",
)
_TENS = ("vingt", "trente", "quarante", "cinquante", "soixante")
_NUMWORD = r"(?:" + "|".join(
    sorted([*_UNITS, "zero", "vingts?", *_TENS[1:], "cents?", "mille", "millions?", "milliards?"], key=len,
           reverse=True)
) + r")"
# A run of number words; `et` only between two of them (`vingt et un`).
_WORDS = rf"(?<![\w-]){_NUMWORD}(?:(?:[\s-]+et[\s-]+|[\s-]+){_NUMWORD})*(?![\w-])"

_SEP = "[.\u00a0\u202f ]"  # thousands separators French writers use (dot, spaces)
# `2.000` and `2 000` are two thousand; `1,5` is one and a half (a dot before exactly three digits
# is a thousands separator in French, never a decimal point).
_DIGITS = rf"(?<![\w.,])(?:\d{{1,3}}(?:{_SEP}\d{{3}})+|\d+)(?:,\d+)?(?![\w]|[.,]\d)"
_MULT = r"(?:millions?|milliards?|mille)"

# Collective nouns for an approximate number: `une trentaine` is about thirty.
APPROX_NOUNS: dict[str, int] = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
    "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000,
}
_APPROX = r"(?:" + "|".join(APPROX_NOUNS) + r")s?"
# What may stand before an approximate noun: a single one (`une`), several (`des`, `plusieurs`)
# or a number word (`deux centaines`).
_APPROX_DET = rf"(?:une?|la|des|les|plusieurs|quelques|\d+|{_NUMWORD})"
_APPROX_PHRASE = (
    rf"(?<![\w-])(?P<adet>{_APPROX_DET})\s*(?P<anoun>{_APPROX})"
    rf"(?:\s+(?:de|d')\s*(?P<amult>milliers|millions|milliards))?(?![\w-])"
)
# `des millions`, `des milliers` without a collective noun.
_VAGUE_MULT = r"(?<![\w-])(?P<vdet>des|plusieurs|quelques|de)\s+(?P<vmult>milliers|millions|milliards)(?![\w-])"

_NUMBER = re.compile(
    rf"{_APPROX_PHRASE}|{_VAGUE_MULT}|(?P<digits>{_DIGITS})(?:\s+(?P<dmult>{_MULT})(?![\w-]))?|(?P<words>{_WORDS})",
    re.IGNORECASE,
)

# Qualifiers that stand before a number, longest first so `un peu plus de` wins over `plus de`.
_QUALIFIERS: list[tuple[str, Qualifier]] = [
    (r"pas moins d(?:e|')", "at_least"),
    (r"au moins", "at_least"),
    (r"au minimum", "at_least"),
    (r"un minimum d(?:e|')", "at_least"),
    (r"(?:un peu |bien |très largement |largement )?plus d(?:e|')", "more_than"),
    (r"au-del[àa] d(?:e|')", "more_than"),
    (r"(?:un peu )?moins d(?:e|')", "less_than"),
    (r"pr[èe]s d(?:e|')", "about"),
    (r"environ", "about"),
    (r"quelque", "about"),
    (r"autour d(?:e|')", "about"),
    (r"approximativement", "about"),
    (r"presque", "about"),
    (r"quasiment", "about"),
    (r"pratiquement", "about"),
    (r"[àa] peu pr[èe]s", "about"),
    (r"grosso modo", "about"),
    (r"une estimation d(?:e|')", "about"),
    (r"jusqu'[àa]", "up_to"),
    (r"au plus", "up_to"),
    (r"au maximum", "up_to"),
    (r"pas plus d(?:e|')", "up_to"),
]
_QUALIFIER_BEFORE = re.compile(
    r"(?<![\w-])(?P<q>" + "|".join(f"(?:{p})" for p, _ in _QUALIFIERS) + r")\s*$", re.IGNORECASE
)
_QUALIFIER_AFTER = re.compile(r"^\s+(?P<q>au moins|au minimum|environ|au plus|au maximum)(?![\w-])", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Number:
    """The value of a number expression: `value` is the figure to report, `low`/`high` its bounds.

    `vague` marks plural approximations (`des centaines`, `plusieurs milliers`) whose value is only
    the lower end of a wide range.
    """

    value: int
    low: int | None = None
    high: int | None = None
    qualifier: Qualifier = "exact"
    vague: bool = False


@dataclass(frozen=True, slots=True)
class NumberMatch:
    """A number expression found in a text: `start`/`end` cover the qualifier and the number,
    `num_start` is where the numeral itself begins."""

    start: int
    end: int
    num_start: int
    number: Number
    rule: str

    @property
    def value(self) -> int:
        return self.number.value


def _words_value(text: str) -> int | None:
    words = re.sub(r"[\s-]+", " ", text.lower()).strip().replace("zero", "zéro")
    try:
        return int(text2num(words, "fr"))
    except ValueError:
        return None


def _digits_value(text: str) -> Decimal:
    compact = re.sub(_SEP, "", text)
    return Decimal(compact.replace(",", "."))  # Decimal: `2,3 millions` must come out whole


def _multiplier(word: str) -> int:
    word = word.lower().rstrip("s")
    return {"mille": 1000, "millier": 1000, "million": 1_000_000, "milliard": 1_000_000_000}[word]


def _vague(low: int) -> Number:
    # `des centaines` is at least two hundred and fewer than a thousand.
    return Number(value=low, low=low, high=low * 5 - 1 if low >= 1000 else low * 10 - 1, qualifier="about",
                  vague=True)


def _from_match(m: re.Match[str]) -> tuple[Number, str] | None:
    if m.group("anoun"):
        noun = m.group("anoun").lower().rstrip("s")
        base = APPROX_NOUNS[noun]
        det = m.group("adet").lower()
        mult = _multiplier(m.group("amult")) if m.group("amult") else 1
        plural = m.group("anoun").lower().endswith("s")
        if det in {"des", "plusieurs", "quelques", "les"} or (plural and det in {"un", "une"}):
            return _vague(base * 2 * mult), "approx-plural"
        if det in {"un", "une", "la"}:
            return Number(value=base * mult, qualifier="about"), "approx-noun"
        times = int(det) if det.isdigit() else _words_value(det)
        if times is None:
            return None
        return Number(value=times * base * mult, qualifier="about"), "approx-noun"
    if m.group("vmult"):
        return _vague(2 * _multiplier(m.group("vmult"))), "approx-plural"
    if m.group("digits"):
        value = _digits_value(m.group("digits"))
        if m.group("dmult"):
            value *= _multiplier(m.group("dmult"))
        if value != value.to_integral_value():
            return None  # `2,5` people is not a head count
        return Number(value=int(value)), "digits"
    spelled = _words_value(m.group("words"))
    if spelled is None:
        return None
    return Number(value=spelled), "words"


def _split_words(m: re.Match[str]) -> list[tuple[int, int, int]]:
    """The longest runs of number words text2num accepts (`trois et quatre` is two numbers)."""
    text = m.string
    tokens = [(t.start() + m.start(), t.end() + m.start()) for t in re.finditer(r"[^\s-]+", m.group(0))]
    words = [text[s:e].lower() for s, e in tokens]
    out: list[tuple[int, int, int]] = []
    i = 0
    while i < len(tokens):
        for j in range(len(tokens), i, -1):
            if words[i] == "et" or words[j - 1] == "et":
                continue
            value = _words_value(text[tokens[i][0]:tokens[j - 1][1]])
            if value is not None:
                out.append((tokens[i][0], tokens[j - 1][1], value))
                i = j
                break
        else:
            i += 1
    return out


def find_numbers(text: str) -> list[NumberMatch]:
    """Every number expression in `text`, in order, with qualifiers and ranges folded in.

    A lone `un`/`une` is left out: it is an article far more often than a figure.
    """
    raw: list[tuple[int, int, Number, str]] = []
    for m in _NUMBER.finditer(text):
        if m.group("words") and _words_value(m.group(0)) is None:
            raw.extend((s, e, Number(value=v), "words") for s, e, v in _split_words(m))
            continue
        parsed = _from_match(m)
        if parsed:
            raw.append((m.start(), m.end(), *parsed))
    raw = [r for r in raw if text[r[0]:r[1]].lower() not in {"un", "une"}]

    out: list[NumberMatch] = []
    for start, end, number, rule in raw:
        q = _QUALIFIER_BEFORE.search(text, max(0, start - 40), start)
        qstart = start
        if q and not number.vague and (number.qualifier == "exact" or _qualifier_of(q.group("q")) != "about"):
            # `plus d'un millier` is more than a thousand, not about a thousand
            qual = _qualifier_of(q.group("q"))
            number = _qualified(number, qual)
            qstart = q.start()
            rule += f"+{qual}"
        elif q:
            qstart = q.start()
        out.append(NumberMatch(qstart, end, start, number, rule))
    return _fold_ranges(text, out)


def _qualifier_of(phrase: str) -> Qualifier:
    phrase = phrase.lower()
    for pattern, qual in _QUALIFIERS:
        if re.fullmatch(pattern, phrase):
            return qual
    return "exact"  # pragma: no cover - every alternative of the regex is in the table


def _qualified(number: Number, qual: Qualifier) -> Number:
    v = number.value
    if qual in {"at_least", "more_than"}:
        return replace(number, qualifier=qual, low=v, high=None)
    if qual in {"up_to", "less_than"}:
        return replace(number, qualifier=qual, low=None, high=v)
    return replace(number, qualifier=qual)


def with_qualifier(number: Number, qual: Qualifier) -> Number:
    """`number` with a qualifier found elsewhere (`17 civils au moins`)."""
    return _qualified(number, qual)


def qualifier_after(text: str, pos: int) -> tuple[Qualifier, int] | None:
    """A qualifier written right after position `pos` (`17 personnes au moins`), and where it ends."""
    m = _QUALIFIER_AFTER.match(text, pos)
    if not m:
        return None
    return _qualifier_of(m.group("q")), m.end()


_RANGE_OPEN = re.compile(r"(?<![\w-])(?:entre|de|d')\s*$", re.IGNORECASE)
_RANGE_MID = re.compile(r"\s*(?:et|à|a|-|–)\s*", re.IGNORECASE)


def _fold_ranges(text: str, matches: list[NumberMatch]) -> list[NumberMatch]:
    """`entre 70 et 300` and `de 70 à 300` become one match holding both bounds."""
    out: list[NumberMatch] = []
    i = 0
    while i < len(matches):
        a = matches[i]
        b = matches[i + 1] if i + 1 < len(matches) else None
        if b is not None and a.number.qualifier == "exact" and b.number.qualifier == "exact":
            mid = _RANGE_MID.fullmatch(text, a.end, b.start)
            opener = _RANGE_OPEN.search(text, max(0, a.start - 10), a.start)
            word = mid.group(0).strip().lower() if mid else ""
            ok = mid is not None and (
                (opener is not None and (word == "et") == opener.group(0).lower().startswith("entre"))
                or (opener is None and word in {"à", "-", "–"})
            )
            if ok and a.value < b.value:
                start = opener.start() if opener else a.start
                number = Number(value=a.value, low=a.value, high=b.value, qualifier="at_least",
                                vague=a.number.vague or b.number.vague)
                out.append(NumberMatch(start, b.end, a.num_start, number, f"range({a.rule},{b.rule})"))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def parse_number(text: str) -> Number | None:
    """The value of `text` when the whole of it is one number expression, else None.

    >>> parse_number("plus de 2.000").value
    2000
    >>> parse_number("une trentaine").qualifier
    'about'
    """
    text = text.strip()
    found = find_numbers(text)
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(text):
        if text.lower() in {"un", "une"}:
            return Number(value=1)
        return None
    return found[0].number


_ONES = ("zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
         "douze", "treize", "quatorze", "quinze", "seize")


def _below_100(n: int, hyphen_all: bool) -> str:
    if n <= 16:
        return _ONES[n]
    if n < 20:
        return "dix-" + _ONES[n - 10]
    tens, unit = divmod(n, 10)
    if tens in (7, 9):
        base = "soixante" if tens == 7 else "quatre-vingt"
        rest = n - (60 if tens == 7 else 80)
        joiner = "-et-" if rest == 11 and tens == 7 and hyphen_all else " et " if rest == 11 and tens == 7 else "-"
        return base + joiner + _below_100(rest, hyphen_all)
    base = "quatre-vingt" if tens == 8 else ("vingt", "trente", "quarante", "cinquante", "soixante")[tens - 2]
    if unit == 0:
        return base + ("s" if tens == 8 else "")
    if unit == 1 and tens != 8:
        return base + ("-et-un" if hyphen_all else " et un")
    return base + "-" + _ONES[unit]


def _below_1000(n: int, hyphen_all: bool, last: bool) -> str:
    hundreds, rest = divmod(n, 100)
    sep = "-" if hyphen_all else " "
    parts: list[str] = []
    if hundreds:
        word = "cent" if hundreds == 1 else _ONES[hundreds] + sep + "cent"
        if hundreds > 1 and rest == 0 and last:
            word += "s"
        parts.append(word)
    if rest or not hundreds:
        text = _below_100(rest, hyphen_all)
        if rest == 80 and not last:
            text = "quatre-vingt"
        parts.append(text)
    return sep.join(parts)


def french_words(n: int, *, hyphen_all: bool = False) -> str:
    """Spell `n` (0 <= n < 10**12) in French words; `hyphen_all` uses the 1990 spelling (all hyphens)."""
    if not 0 <= n < 10**12:
        raise ValueError(f"out of range: {n}")
    if n == 0:
        return "zéro"
    sep = "-" if hyphen_all else " "
    parts: list[str] = []
    for size, name in ((10**9, "milliard"), (10**6, "million")):
        k, n = divmod(n, size)
        if k:
            parts.append(_below_1000(k, hyphen_all, last=False) + sep + name + ("s" if k > 1 else ""))
    k, n = divmod(n, 1000)
    if k:
        parts.append("mille" if k == 1 else _below_1000(k, hyphen_all, last=False) + sep + "mille")
    if n:
        parts.append(_below_1000(n, hyphen_all, last=True))
    return sep.join(parts)


def french_digits(n: int, sep: str = " ") -> str:
    """Write `n` in digits with `sep` between groups of three, as French texts do (`2 000`, `2.000`)."""
    s = str(n)
    groups = []
    while s:
        groups.append(s[-3:])
        s = s[:-3]
    return sep.join(reversed(groups))
