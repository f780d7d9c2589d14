"""HTML pages: the main text, title, canonical URL and publication date, found by trafilatura."""

from __future__ import annotations

from typing import Any

from depeche.readers.common import Options, make_article, publication_date
from depeche.readers.decode import BINARY, looks_binary
from depeche.records import Article, Failure

# Only dates written in the page's markup or URL: a date guessed from the text (htmldate's
# extensive search) could be any date the article mentions.
_DATE_PARAMS: dict[str, Any] = {"extensive_search": False, "original_date": True}


def read_html(data: bytes, *, doc_id: str, source: str, options: Options) -> Article | Failure:
    """Read one HTML page given as bytes (trafilatura finds the encoding from the markup)."""
    if not data.strip():
        return Failure(source, "empty file", doc_id=doc_id)
    if looks_binary(data):
        return Failure(source, BINARY, doc_id=doc_id, kind="unsupported")
    import trafilatura  # slow to import; only HTML input needs it

    try:
        found = trafilatura.bare_extraction(
            data,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            date_extraction_params=_DATE_PARAMS,
        )
    except Exception as err:  # a parser failure on a malformed page must not stop the batch
        return Failure(source, f"HTML could not be parsed: {err}", doc_id=doc_id)
    text = getattr(found, "text", None) if found is not None else None
    if not isinstance(text, str) or not any(ch.isalpha() for ch in text):
        return Failure(source, "no article text found in the HTML page", doc_id=doc_id)
    title = getattr(found, "title", None)
    url = getattr(found, "url", None)
    date = getattr(found, "date", None)
    published, warnings = publication_date(date, "the page metadata", options)
    return make_article(
        doc_id=doc_id,
        text=text.replace("\r\n", "\n").replace("\r", "\n"),
        source=source,
        options=options,
        published=published,
        title=title if isinstance(title, str) and title else None,
        url=url if isinstance(url, str) and url else None,
        warnings=warnings,
    )
