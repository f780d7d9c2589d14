"""Which countries a document is about: the evidence place disambiguation weighs.

Demonyms (`libyen`, `syriennes`) come from the actors stage's country table when it is installed;
the short list here only stands in until it is.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from spacy.tokens import Doc

from depeche.gazetteer import key

DemonymLookup = Callable[[str], str | None]

# Stand-in: masculine singular forms; the plural and feminine endings are stripped below.
_DEMONYMS = {
    "libyen": "LY", "syrien": "SY", "egyptien": "EG", "libanais": "LB", "tunisien": "TN",
    "algerien": "DZ", "marocain": "MA", "yemenite": "YE", "irakien": "IQ", "iranien": "IR",
    "israelien": "IL", "palestinien": "PS", "jordanien": "JO", "saoudien": "SA", "qatari": "QA",
    "koweitien": "KW", "bahreini": "BH", "emirati": "AE", "omanais": "OM", "turc": "TR",
    "soudanais": "SD", "tchadien": "TD", "nigerien": "NE", "malien": "ML", "mauritanien": "MR",
    "somalien": "SO", "ethiopien": "ET", "erythreen": "ER", "afghan": "AF", "pakistanais": "PK",
    "francais": "FR", "americain": "US", "britannique": "GB", "anglais": "GB", "allemand": "DE",
    "italien": "IT", "espagnol": "ES", "russe": "RU", "chinois": "CN", "japonais": "JP",
    "ukrainien": "UA", "belge": "BE", "suisse": "CH", "neerlandais": "NL", "grec": "GR",
    "nigerian": "NG", "congolais": "CD", "centrafricain": "CF", "ivoirien": "CI", "senegalais": "SN",
    "burkinabe": "BF", "camerounais": "CM", "kenyan": "KE", "sud africain": "ZA", "indien": "IN",
    "bresilien": "BR", "mexicain": "MX", "canadien": "CA", "venezuelien": "VE", "colombien": "CO",
}


def builtin_demonym(word: str) -> str | None:
    k = key(word)
    for form in (k, k.removesuffix("s"), k.removesuffix("es"), k.removesuffix("nes") + "n", k.removesuffix("ne") + "n",
                 k.removesuffix("e"), k.removesuffix("ennes") + "en", k.removesuffix("enne") + "en"):
        if form in _DEMONYMS:
            return _DEMONYMS[form]
    return None


def known_demonyms() -> DemonymLookup:
    """The actors stage's demonym table when present, else the stand-in above."""
    try:
        from depeche.stages.actors.known import KnownActors
    except ImportError:
        return builtin_demonym
    try:
        known = KnownActors.load()
    except Exception:  # noqa: BLE001 - a missing or broken table must not stop place finding
        return builtin_demonym

    def lookup(word: str) -> str | None:
        found = known.demonym_country(word)
        return str(found) if found else builtin_demonym(word)

    return lookup


def demonym_counts(doc: Doc, demonym: DemonymLookup) -> Counter[str]:
    """How often each country's demonym occurs (adjectives and nouns alike)."""
    counts: Counter[str] = Counter()
    for token in doc:
        if token.is_alpha and len(token.text) > 3:
            country = demonym(token.text)
            if country:
                counts[country] += 1
    return counts
