"""Language identification of article texts with lingua, offline, as ISO 639-1 codes ("fr").

The detector is built once per process, on first use, from the few languages a French
news collection is likely to hold; fewer candidate languages make it faster and lighter.
"""

from __future__ import annotations

import threading

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

LANGUAGES: tuple[Language, ...] = (
    Language.FRENCH,
    Language.ENGLISH,
    Language.ARABIC,
    Language.SPANISH,
    Language.GERMAN,
    Language.ITALIAN,
    Language.PORTUGUESE,
    Language.DUTCH,
    Language.RUSSIAN,
    Language.TURKISH,
)
# The opening of an article tells its language; reading more only costs time.
SAMPLE_CHARS = 3000

_detector: LanguageDetector | None = None
_lock = threading.Lock()


def detector() -> LanguageDetector:
    """The shared detector, built on first use (thread-safe)."""
    global _detector
    if _detector is None:
        with _lock:
            if _detector is None:
                # Low-accuracy mode only uses trigrams: several times faster and lighter,
                # and on paragraphs of news text (not single words) just as right.
                _detector = LanguageDetectorBuilder.from_languages(*LANGUAGES).with_low_accuracy_mode().build()
    return _detector


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the language of `text`, or None when it cannot be told (no letters)."""
    sample = text[:SAMPLE_CHARS]
    if not any(ch.isalpha() for ch in sample):
        return None
    found = detector().detect_language_of(sample)
    return found.iso_code_639_1.name.lower() if found is not None else None
