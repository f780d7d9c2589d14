"""Scores of extracted documents (the output contract) against gold annotations, by the matching rules
the evaluation material documents: mentions compared loosely, places within 50 km or in the same country,
times by the start of their value, counts by kind and value, actors by recall, and events by type, place
and date window, with the share of found events whose actor is right (`role`)."""

from __future__ import annotations

import calendar
import json
import math
import re
import unicodedata
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CATEGORIES = ("places", "times", "counts", "actors", "events")
SHARES = ("geo_acc", "merge", "role", "killed")
NEAR_KM = 50.0
EARTH_KM = 6371.0
# Words a mention may start with that say nothing about what it names (`la Libye`, `d'Alep`).
_LEADING = frozenset({"le", "la", "les", "l", "d", "de", "des", "du", "au", "aux", "the"})
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")

Doc = dict[str, Any]


class EvalInputError(ValueError):
    """A gold or prediction file that cannot be read: says which file and line."""


# --- comparing one thing with another ---------------------------------------------------------------


def normalise(text: str | None) -> str:
    """Lower case, no accents, punctuation and apostrophes as spaces, one leading article dropped at a time."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    words = re.sub(r"[^\w\s]", " ", plain.replace("'", " ").replace("’", " ")).split()
    while len(words) > 1 and words[0] in _LEADING:
        words.pop(0)
    return " ".join(words)


def same_mention(a: str | None, b: str | None) -> bool:
    """One mention holds the other, word for word (`Derna` and `la ville de Derna`)."""
    x, y = normalise(a), normalise(b)
    return bool(x and y) and (f" {x} " in f" {y} " or f" {y} " in f" {x} ")


def _point(p: Doc | None) -> tuple[float, float] | None:
    if not p:
        return None
    lat, lon = p.get("lat"), p.get("lon")
    if isinstance(lat, (int, float)) and isinstance(lon, (int, float)):
        return float(lat), float(lon)
    return None


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance (haversine)."""
    (la1, lo1), (la2, lo2) = (tuple(map(math.radians, a)), tuple(map(math.radians, b)))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(h)))


def located(found: Doc | None, gold: Doc | None, gold_country: str | None = None) -> bool:
    """The found place agrees with the gold one: within 50 km of its coordinates, else in its country.
    A gold event with neither place nor country takes any place."""
    if gold is None and not gold_country:
        return True
    if not found:
        return False
    target = _point(gold)
    if target is not None:
        here = _point(found)
        return here is not None and distance_km(here, target) <= NEAR_KM
    country = (gold or {}).get("country") or gold_country
    return bool(country) and str(found.get("country") or "").upper() == str(country).upper()


def day(value: Any, last: bool = False) -> tuple[int, int, int] | None:
    """The first (or last) day of `2018`, `2018-05` or `2018-05-17`, as (year, month, day)."""
    if not isinstance(value, str) or not (m := _DATE.match(value)):
        return None
    year = int(m.group(1))
    if m.group(3):
        return year, int(m.group(2)), int(m.group(3))
    if m.group(2):
        month = int(m.group(2))
        return year, month, calendar.monthrange(year, month)[1] if last else 1
    return (year, 12, 31) if last else (year, 1, 1)


def overlaps(date: Doc | None, window: list[str] | None) -> bool:
    """The found date interval meets the gold window (no window: any date)."""
    if not window:
        return True
    if not date:
        return False
    start = day(date.get("start") or date.get("value"))
    end = day(date.get("end") or date.get("start") or date.get("value"), last=True)
    low, high = day(window[0]), day(window[-1], last=True)
    return None not in (start, end, low, high) and start <= high and low <= end  # type: ignore[operator]


def value_starts(found: str | None, gold: Doc) -> bool:
    """A found TIMEX3 value at least as precise as the gold one, or one of its `alts`."""
    got = (found or "").strip().upper()
    return any(got.startswith(v.upper()) for v in [gold.get("value", ""), *gold.get("alts", [])] if v)


def _time_match(found: Doc, gold: Doc) -> bool:
    return same_mention(found.get("text"), gold.get("mention")) and value_starts(found.get("value"), gold)


# --- tallies ----------------------------------------------------------------------------------------


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def figures(self) -> dict[str, Any]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Share:
    hits: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.hits += bool(ok)


@dataclass
class Scorer:
    """Adds documents one by one; `result()` gives the figures."""

    tallies: dict[str, Tally] = field(default_factory=lambda: {c: Tally() for c in CATEGORIES})
    shares: dict[str, Share] = field(default_factory=lambda: {s: Share() for s in SHARES})
    documents: int = 0
    missing: int = 0

    def add(self, gold: Doc, found: Doc | None) -> None:
        self.documents += 1
        if found is None:
            self.missing += 1
            found = {}
        scope = set(gold.get("scope") or CATEGORIES)
        if "places" in scope:
            self._places(gold, found)
        if "times" in scope:
            self._mentions(gold.get("times", []), found.get("times") or [],
                           lambda s: (normalise(s.get("text")), s.get("value")), _time_match, self.tallies["times"])
        if "counts" in scope:
            counts = [dict(c, text=c.get("text", "")) for c in found.get("counts") or []]
            self._mentions(gold.get("counts", []), counts, lambda s: (s.get("kind"), s.get("value")),
                           lambda s, g: s.get("kind") == g.get("kind") and s.get("value") == g.get("value"),
                           self.tallies["counts"])
        aliases = {a["name"]: [a["name"], *a.get("aliases", [])] for a in gold.get("actors", [])}
        if "actors" in scope:
            self._actors(aliases, found.get("actors") or [])
        if "events" in scope:
            self._events(gold.get("events", []), list(found.get("events") or []), aliases)

    def _mentions(self, gold: list[Doc], found: list[Doc], key: Callable[[Doc], Hashable],
                  match: Callable[[Doc, Doc], bool], tally: Tally) -> None:
        """Recall over required gold items; precision over distinct found items, those touching an
        optional gold item being neutral."""
        for g in gold:
            if not g.get("optional"):
                if any(match(s, g) for s in found):
                    tally.tp += 1
                else:
                    tally.fn += 1
        seen: set[Hashable] = set()
        for s in found:
            k = key(s)
            if k in seen:
                continue
            seen.add(k)
            if any(match(s, g) for g in gold):
                continue
            if any(g.get("optional") and same_mention(s.get("text"), g.get("mention")) for g in gold):
                continue
            tally.fp += 1

    def _places(self, gold: Doc, found: Doc) -> None:
        places = found.get("places") or []

        def match(s: Doc, g: Doc) -> bool:
            return same_mention(s.get("text"), g.get("mention")) and located(s, g)

        self._mentions(gold.get("places", []), places, lambda s: normalise(s.get("text")), match,
                       self.tallies["places"])
        for g in gold.get("places", []):
            if _point(g) is not None and not g.get("optional"):
                named = [s for s in places if same_mention(s.get("text"), g.get("mention"))]
                if named:
                    self.shares["geo_acc"].add(any(located(s, g) for s in named))

    def _actors(self, aliases: dict[str, list[str]], found: list[Doc]) -> None:
        def forms(a: Doc) -> list[Any]:
            return [a.get("name"), *(a.get("mentions") or [])]

        for names in aliases.values():
            if any(same_mention(x, y) for a in found for x in forms(a) for y in names):
                self.tallies["actors"].tp += 1
            else:
                self.tallies["actors"].fn += 1
            exact = {normalise(y) for y in names}
            written = [a for a in found if any(normalise(x) in exact for x in forms(a))]
            if written:
                self.shares["merge"].add(len(written) == 1)

    def _events(self, gold: list[Doc], found: list[Doc], aliases: dict[str, list[str]]) -> None:
        def match(s: Doc, g: Doc) -> bool:
            return s.get("type") in g.get("types", []) and located(s.get("place"), g.get("place"), g.get("country")) \
                and overlaps(s.get("date"), g.get("window"))

        used: set[int] = set()

        def first_free(g: Doc) -> int | None:
            return next((i for i, s in enumerate(found) if i not in used and match(s, g)), None)

        core = [g for g in gold if g.get("core") and not g.get("optional")]
        for g in core:
            i = first_free(g)
            if i is None:
                self.tallies["events"].fn += 1
                continue
            used.add(i)
            self.tallies["events"].tp += 1
            s = found[i]
            if g.get("actor"):
                names = aliases.get(g["actor"], [g["actor"]])
                actor = s.get("actor") or {}
                said = [actor.get("name"), *(actor.get("mentions") or [])] if isinstance(actor, dict) else [actor]
                self.shares["role"].add(any(same_mention(x, y) for x in said for y in names))
            if isinstance(g.get("killed"), int):
                self.shares["killed"].add(s.get("killed") == g["killed"])
        for g in gold:
            if g not in core and (i := first_free(g)) is not None:
                used.add(i)
        self.tallies["events"].fp += len(found) - len(used)

    def result(self) -> dict[str, Any]:
        """The figures, in the layout of the evaluation material's scorer (`--json`)."""
        out: dict[str, Any] = {}
        for c in CATEGORIES:
            t = self.tallies[c]
            if t.tp + t.fp + t.fn:
                out[c] = t.figures()
        if "actors" in out:  # recall only: the gold lists the key actors, not every one
            out["actors"] = {k: out["actors"][k] for k in ("recall", "tp", "fn")}
        for name in SHARES:
            s = self.shares[name]
            if s.total:
                out[name] = {"value": round(s.hits / s.total, 4), "n": s.total}
        out["documents"] = {"gold": self.documents, "missing_in_pred": self.missing}
        return out


# --- files ------------------------------------------------------------------------------------------


def read_jsonl(path: str | Path) -> list[Doc]:
    """The JSON objects of a JSONL file; a line that is not one stops with its file and line number."""
    rows: list[Doc] = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                raise EvalInputError(f"{path}:{n}: not JSON ({e.msg})") from None
            if not isinstance(row, dict):
                raise EvalInputError(f"{path}:{n}: a JSON object was expected, not {type(row).__name__}")
            rows.append(row)
    return rows


def score(gold: Iterable[Doc], found: Iterable[Doc]) -> dict[str, Any]:
    """Score documents matched by `doc_id` (or `id` on the found side)."""
    by_id = {str(d.get("doc_id") or d.get("id")): d for d in found}
    scorer = Scorer()
    for g in gold:
        if "doc_id" not in g:
            raise EvalInputError(f"a gold document has no doc_id: {str(g)[:80]}")
        scorer.add(g, by_id.get(str(g["doc_id"])))
    return scorer.result()


def score_files(gold: str | Path, found: str | Path) -> dict[str, Any]:
    return score(read_jsonl(gold), read_jsonl(found))


def table(result: dict[str, Any]) -> str:
    """The figures, one line each, as the evaluation material's scorer prints them."""
    lines = []
    for name, v in result.items():
        if name == "actors":
            lines.append(f"{name:8s}            R {v['recall']:.3f}             (tp {v['tp']}, fn {v['fn']})")
        elif "f1" in v:
            lines.append(f"{name:8s} P {v['precision']:.3f}  R {v['recall']:.3f}  F1 {v['f1']:.3f}"
                         f"   (tp {v['tp']}, fp {v['fp']}, fn {v['fn']})")
        elif "value" in v:
            lines.append(f"{name:8s} {v['value']:.3f}   (n {v['n']})")
        else:
            lines.append(f"{name:8s} {v}")
    return "\n".join(lines)


def figure(result: dict[str, Any], dotted: str) -> float | None:
    """`events.recall`, `role`: one figure of a result, None when it has none."""
    node: Any = result
    for part in dotted.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    value = node.get("value") if isinstance(node, dict) else node
    return float(value) if isinstance(value, (int, float)) else None
