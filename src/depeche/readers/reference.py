"""The reference format of ../seed/: a first line `date YYYY-MM[-DD]`, then the text of the
dispatch, on the same line and the lines after."""

from __future__ import annotations

import re

from depeche.readers.common import Options, make_article, publication_date
from depeche.records import Article, Failure

# Loose on purpose (`2018-2`, `2018-02-30`) so that a header with an impossible date is
# still recognised as a header, and reported, rather than read as part of the text.
_HEADER = re.compile(r"\A[ \t]*date[ \t]*:?[ \t]+(\d{4}-\d{1,2}(?:-\d{1,2})?)(?=\s|\Z)[ \t]*", re.IGNORECASE)


def has_header(text: str) -> bool:
    """True when `text` starts with the `date YYYY-MM` line of the reference format."""
    return _HEADER.match(text) is not None


def split_header(text: str) -> tuple[str, str] | None:
    """(date as written, body) of a reference text, or None if it has no header."""
    m = _HEADER.match(text)
    if m is None:
        return None
    body = text[m.end() :]
    # A header alone on its line: the body starts on the next non-blank line.
    if body.startswith("\n"):
        body = body.lstrip("\n")
    return m.group(1), body


def read_reference(
    text: str, *, doc_id: str, source: str, options: Options, warnings: tuple[str, ...] = ()
) -> Article | Failure:
    """Read one reference-format document from its decoded text."""
    parts = split_header(text)
    if parts is None:
        return Failure(source, "no `date YYYY-MM` header on the first line", doc_id=doc_id)
    value, body = parts
    published, date_warnings = publication_date(value, "the `date` header", options)
    return make_article(
        doc_id=doc_id,
        text=body,
        source=source,
        options=options,
        published=published,
        warnings=(*warnings, *date_warnings),
    )
