"""Name keys for the gazetteer: one accent-, case- and punctuation-free form per surface name.

The same function builds the index and reads the text, so `Port-Saïd`, `Port Said` and `port saïd`
meet on one key; `skeleton` is a looser key for French vs English transliterations of Arabic names.
"""

from __future__ import annotations

import re
import unicodedata

_SEPARATORS = re.compile(r"[\s\-‐‑–—'’`ʼ‘.,()/]+")
_LATIN = re.compile(r"^[a-z0-9 ]+$")


def key(name: str) -> str:
    """`Port-Saïd` -> `port said`; `L'Aquila` -> `l aquila`. Empty for a name with no letters."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("œ", "oe").replace("æ", "ae").replace("ß", "ss")
    return _SEPARATORS.sub(" ", text).strip()


def is_latin(k: str) -> bool:
    """True for keys written in the Latin alphabet only (other scripts are never in French text)."""
    return bool(k) and _LATIN.match(k) is not None


# French writes Arabic names the French way (ou, dj, ch, gh->g, final -ah/-a) and GeoNames mostly
# the English way (w/u, j, sh, gh, -a): these rewrites bring both to one consonant skeleton.
_TRANSLIT = (
    ("dj", "j"), ("tch", "ch"), ("sh", "ch"), ("kh", "k"), ("gh", "g"), ("q", "k"),
    ("ph", "f"), ("th", "t"), ("dh", "d"), ("c", "k"), ("x", "ks"), ("z", "z"), ("ss", "s"),
)
_OU_GLIDE = re.compile(r"ou(?=[aeiy])")
_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|at|az|an|ash|ech|ez|es|er|en|et)\s+")


def skeleton(k: str) -> str:
    """A loose key: `zaouiah` and `zawiya` -> `zw`, `taouarga` and `tawergha` -> `twrg`, `tajoura` -> `tjr`.

    Only meant for names of at least two consonants, matched within a country the document
    names: on its own it joins far too many names.
    """
    s = _ARTICLE.sub("", k).replace(" ", "")
    # French `ou` is English `w` before a vowel (Zaouïa, Zawiya) and English `u` elsewhere (Tajoura, Tajura)
    s = _OU_GLIDE.sub("w", s).replace("ou", "u")
    for a, b in _TRANSLIT:
        s = s.replace(a, b)
    s = re.sub(r"[aeiouyh]", "", s)
    return re.sub(r"(.)\1+", r"\1", s)
