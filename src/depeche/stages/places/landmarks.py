"""Sites inside a city that no city table holds: `place Tahrir`, `rue Mohamed Mahmoud`, `quartier de Dokki`.

French names them after a common noun that says what they are; the stage places them at the city the
text puts them in, which is within a few kilometres of the site.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from depeche.stages.places.detect import NAME_PARTICLES, continues_name, word_index_after

# Heads whose name follows directly: `place Tahrir`, `la mosquée Rabaa al-Adaweya`, `pont Qasr al-Nil`.
DIRECT = {
    "place", "rue", "avenue", "boulevard", "pont", "mosquée", "stade", "hôtel", "prison",
    "aéroport", "gare", "souk", "square", "esplanade", "quai", "caserne", "cimetière",
}  # not `camp` nor `palais`: `le camp Kadhafi` is a side, `le palais Bourbon` a parliament
# Heads that take `de`: `le quartier de Dokki`, `le secteur de Bab al-Aziziya`, `la prison d'Abou Salim`.
WITH_DE = {
    "quartier", "quartiers", "faubourg", "banlieue", "secteur", "cimetière", "caserne", "camp", "prison",
    "aéroport", "port", "district", "arrondissement", "oasis", "plaine", "colline",
}
_DE = {"de", "d'", "d’", "du", "des"}
# Capitalised words that follow these heads without naming a site (`rue Saint-Jean` keeps `Saint`).
_NOT_NAMES = {"Le", "La", "Les", "Un", "Une", "Il", "Elle", "Ce", "Cette"}
MAX_NAME_TOKENS = 6


@dataclass(frozen=True, slots=True)
class Landmark:
    """A site named after its head noun; `start`/`end` cover what a reader would quote."""

    start: int  # character offsets
    end: int
    name_start: int  # where the proper name itself begins
    head: str
    token_start: int
    token_end: int


def find_landmarks(doc: Doc) -> list[Landmark]:
    out: list[Landmark] = []
    n = len(doc)
    i = 0
    while i < n - 1:
        head = doc[i].lower_
        direct = head in DIRECT
        j = word_index_after(doc, i + 1)
        if head in WITH_DE and j < n and doc[j].lower_ in _DE:
            j = word_index_after(doc, j + 1)
            direct = False
        elif not direct:
            i += 1
            continue
        end = _name_end(doc, j)
        if end == j:
            i += 1
            continue
        first, last = doc[j], doc[end - 1]
        start = doc[i].idx if direct else first.idx
        out.append(Landmark(start, last.idx + len(last.text), first.idx, head, i if direct else j, end))
        i = end
    return out


def _name_end(doc: Doc, j: int) -> int:
    """The end of the proper name starting at token `j` (== j when none starts there)."""
    if j >= len(doc) or not doc[j].text[:1].isupper() or not doc[j].is_alpha or doc[j].text in _NOT_NAMES:
        return j
    end = j + 1
    while end < len(doc) and end - j < MAX_NAME_TOKENS and continues_name(doc, end):
        end += 1
    # a trailing particle or hyphen is not part of the name
    while end > j + 1 and (doc[end - 1].lower_ in NAME_PARTICLES or doc[end - 1].text in ("-", "‐")):
        end -= 1
    return end
