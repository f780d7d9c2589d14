"""depeche: event data from French news dispatches.

    >>> import depeche
    >>> result = depeche.extract("Samedi, au moins dix civils ont été tués à Alep.", published="2016-08-01")
    >>> [a.name for a in result.actors]  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from typing import TYPE_CHECKING

from depeche.records import (
    Actor,
    Article,
    Count,
    DocumentResult,
    Event,
    Failure,
    Place,
    Published,
    Span,
    TimeExpr,
)

if TYPE_CHECKING:
    from depeche.pipeline import Extractor

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Article",
    "Count",
    "DocumentResult",
    "Event",
    "Failure",
    "Place",
    "Published",
    "Span",
    "TimeExpr",
    "UnsupportedLanguage",
    "__version__",
    "extract",
    "extract_many",
]


class UnsupportedLanguage(ValueError):
    """The text is not in a language depeche supports yet (French only)."""


@cache
def _extractor() -> Extractor:
    from depeche.pipeline import Extractor

    return Extractor()


def extract(
    text: str,
    published: str | Published | None = None,
    *,
    doc_id: str = "doc",
    title: str | None = None,
    url: str | None = None,
) -> DocumentResult:
    """Extract places, times, counts, actors and events from one French text.

    `published` is the publication date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`): relative dates
    such as `hier` are resolved against it. Raises `UnsupportedLanguage` for non-French text and
    ValueError for an impossible date.
    """
    from depeche.readers.language import detect_language

    when = Published.parse(published) if isinstance(published, str) else published
    language = detect_language(text)
    if language not in (None, "fr"):
        raise UnsupportedLanguage(f"{doc_id}: language {language!r} is not supported yet (French only)")
    article = Article(doc_id=doc_id, text=text, published=when, title=title, url=url, language="fr")
    (result,) = _extractor().extract([article])
    if isinstance(result, Failure):
        raise ValueError(str(result))
    return result


def extract_many(
    articles: Iterable[Article], *, processes: int = 1, batch_size: int = 32
) -> Iterator[DocumentResult | Failure]:
    """Extract many articles, in input order; a document that fails becomes a `Failure`."""
    from depeche.batch import run

    for outcome in run(articles, processes=processes, batch_size=batch_size):
        yield outcome.result
