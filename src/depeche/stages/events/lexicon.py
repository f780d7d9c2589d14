"""The French trigger lexicon of the events stage: lemmas and multiword expressions mapped to a PLOVER
type and mode, an ACLED event and sub-event type and a CAMEO root code (data in data/triggers.toml)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

PLOVER_TYPES = frozenset({
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
    "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
})

# Words a multiword pattern may skip: `mandat d'arrêt` is matched as the lemmas `mandat arrêt`.
FUNCTION_WORDS = frozenset({
    "de", "d'", "d’", "du", "des", "le", "la", "les", "l'", "l’", "à", "au", "aux", "en", "dans", "un", "une",
    "par", "se", "s'", "s’", "son", "sa", "ses", "leur",
})


class LexiconError(ValueError):
    """A trigger file that cannot be used; the message names the file and the entry."""


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    """One way of saying that an event happened, and how it is coded."""

    words: tuple[str, ...]  # content lemmas in order; one word for a single-word trigger
    type: str
    mode: str
    cameo: str
    acled: str | None = None
    acled_sub: str | None = None
    pos: frozenset[str] = frozenset({"NOUN", "VERB"})
    objects: frozenset[str] = frozenset()
    not_objects: frozenset[str] = frozenset()  # an object with one of these lemmas means an idiom (`tuer le temps`)
    intransitive: bool = False  # with a direct object the verb means something else (`manifester sa colère`)
    prep: str | None = None
    weight: float = 0.7
    de_sense: bool = False  # a `de` complement naming an actor means another sense (`siège du parti`)

    @property
    def text(self) -> str:
        return " ".join(self.words)


def pattern_words(phrase: str) -> tuple[str, ...]:
    """The content words of a lexicon phrase: `s'emparer` -> (`emparer`,), `mandat d'arrêt` -> (`mandat`, `arrêt`)."""
    words: list[str] = []
    for raw in phrase.lower().replace("’", "'").split():
        if "'" in raw and not raw.endswith("'"):
            head, _, rest = raw.partition("'")
            if head + "'" in FUNCTION_WORDS:
                raw = rest
        if raw not in FUNCTION_WORDS:
            words.append(raw)
    return tuple(words)


class Lexicon:
    """Trigger entries indexed by their first word."""

    def __init__(self, entries: list[TriggerEntry]) -> None:
        self.entries = entries
        self.by_first: dict[str, list[TriggerEntry]] = {}
        for e in entries:
            self.by_first.setdefault(e.words[0], []).append(e)
        for group in self.by_first.values():
            group.sort(key=lambda e: -len(e.words))  # longest expression first

    def __len__(self) -> int:
        return len(self.entries)

    @classmethod
    def load(cls, path: Path | None = None) -> Lexicon:
        if path is None:
            text = resources.files("depeche.stages.events").joinpath("data/triggers.toml").read_text("utf-8")
            where = "depeche/stages/events/data/triggers.toml"
        else:
            text = path.read_text("utf-8")
            where = str(path)
        return cls.from_toml(text, where)

    @classmethod
    def from_toml(cls, text: str, where: str = "<string>") -> Lexicon:
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise LexiconError(f"{where}: not valid TOML: {exc}") from None
        entries: list[TriggerEntry] = []
        for n, row in enumerate(data.get("trigger", []), 1):
            entries.extend(_entries(row, f"{where}, trigger #{n}"))
        return cls(entries)


def _entries(row: dict[str, Any], where: str) -> list[TriggerEntry]:
    type_ = row.get("type")
    if type_ not in PLOVER_TYPES:
        raise LexiconError(f"{where}: type must be one of the 16 PLOVER types, not {type_!r}")
    lemmas = row.get("lemmas")
    if not isinstance(lemmas, list) or not lemmas or not all(isinstance(x, str) for x in lemmas):
        raise LexiconError(f"{where}: lemmas must be a non-empty list of strings")
    pos = frozenset(str(row.get("pos", "NOUN VERB")).split())
    out: list[TriggerEntry] = []
    for phrase in lemmas:
        words = pattern_words(phrase)
        if not words:
            raise LexiconError(f"{where}: {phrase!r} has no content word")
        out.append(TriggerEntry(
            words=words,
            type=type_,
            mode=str(row.get("mode", "")),
            cameo=str(row.get("cameo", "")),
            acled=row.get("acled"),
            acled_sub=row.get("acled_sub"),
            pos=pos,
            objects=frozenset(row.get("objects", [])),
            not_objects=frozenset(row.get("not_objects", [])),
            intransitive=bool(row.get("intransitive", False)),
            prep=row.get("prep"),
            weight=float(row.get("weight", 0.7)),
            de_sense=bool(row.get("de_sense", False)),
        ))
    return out
