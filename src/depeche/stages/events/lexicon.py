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
    # the sense checks of find.py: a subject, a modifier or a governing verb that means another sense
    not_subjects: frozenset[str] = frozenset()  # `la crise frappe le pays`, `la peur s'empare de la ville`
    not_modifiers: frozenset[str] = frozenset()  # `visite guidée`, `siège social`
    not_governors: frozenset[str] = frozenset()  # `représenter une menace` is to be one, not to threaten
    reflexive: bool = False  # only as a pronominal verb: `s'opposer à` rejects, `opposer A à B` pits them
    not_clausal: bool = False  # not with a clause or an infinitive: `reconnaître avoir menti` admits

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
        classes = _classes(data.get("classes", {}), where)
        entries: list[TriggerEntry] = []
        for n, row in enumerate(data.get("trigger", []), 1):
            entries.extend(_entries(row, f"{where}, trigger #{n}", classes))
        return cls(entries)


def _classes(table: Any, where: str) -> dict[str, frozenset[str]]:
    """The named noun classes (`[classes]`) that word lists refer to as `@name`."""
    if not isinstance(table, dict):
        raise LexiconError(f"{where}: [classes] must be a table of word lists")
    out: dict[str, frozenset[str]] = {}
    for name, words in table.items():
        if not isinstance(words, list) or not words or not all(isinstance(w, str) and w for w in words):
            raise LexiconError(f"{where}: class {name!r} must be a non-empty list of words")
        if any(w.startswith("@") for w in words):
            raise LexiconError(f"{where}: class {name!r} may not refer to another class")
        out[name] = frozenset(w.lower() for w in words)
    return out


def _words(row: dict[str, Any], key: str, where: str, classes: dict[str, frozenset[str]]) -> frozenset[str]:
    """A list field of lemmas, with each `@class` replaced by the words of that class."""
    value = row.get(key, [])
    if not isinstance(value, list) or not all(isinstance(w, str) and w for w in value):
        raise LexiconError(f"{where}: {key} must be a list of words")
    out: set[str] = set()
    for word in value:
        if word.startswith("@"):
            if word[1:] not in classes:
                known = ", ".join(sorted(classes)) or "none"
                raise LexiconError(f"{where}: {key} names the unknown class {word!r} (classes: {known})")
            out |= classes[word[1:]]
        else:
            out.add(word.lower())
    return frozenset(out)


def _flag(row: dict[str, Any], key: str, where: str) -> bool:
    value = row.get(key, False)
    if not isinstance(value, bool):
        raise LexiconError(f"{where}: {key} must be true or false, not {value!r}")
    return value


def _entries(row: dict[str, Any], where: str, classes: dict[str, frozenset[str]]) -> list[TriggerEntry]:
    type_ = row.get("type")
    if type_ not in PLOVER_TYPES:
        raise LexiconError(f"{where}: type must be one of the 16 PLOVER types, not {type_!r}")
    lemmas = row.get("lemmas")
    if not isinstance(lemmas, list) or not lemmas or not all(isinstance(x, str) for x in lemmas):
        raise LexiconError(f"{where}: lemmas must be a non-empty list of strings")
    pos = frozenset(str(row.get("pos", "NOUN VERB")).split())
    if not pos or not pos <= {"NOUN", "VERB"}:
        raise LexiconError(f"{where}: pos must be NOUN, VERB or both, not {row.get('pos')!r}")
    weight = row.get("weight", 0.7)
    if isinstance(weight, bool) or not isinstance(weight, int | float) or not 0 < weight <= 1:
        raise LexiconError(f"{where}: weight must be a number in (0, 1], not {weight!r}")
    if _flag(row, "reflexive", where) and "VERB" not in pos:
        raise LexiconError(f"{where}: reflexive needs pos VERB: only a verb can be pronominal")
    lists = {key: _words(row, key, where, classes)
             for key in ("objects", "not_objects", "not_subjects", "not_modifiers", "not_governors")}
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
            objects=lists["objects"],
            not_objects=lists["not_objects"],
            intransitive=_flag(row, "intransitive", where),
            prep=row.get("prep"),
            weight=float(weight),
            de_sense=_flag(row, "de_sense", where),
            not_subjects=lists["not_subjects"],
            not_modifiers=lists["not_modifiers"],
            not_governors=lists["not_governors"],
            reflexive=_flag(row, "reflexive", where),
            not_clausal=_flag(row, "not_clausal", where),
        ))
    return out
