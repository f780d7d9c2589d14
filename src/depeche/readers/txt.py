"""Plain text files: one article per file; the publication date can only come from
`--published`. Texts opening with a `date` header are handed to the reference reader."""

from __future__ import annotations

from depeche.readers.common import NO_DATE, Options, make_article
from depeche.readers.reference import has_header, read_reference
from depeche.records import Article, Failure


def read_plain(
    text: str, *, doc_id: str, source: str, options: Options, warnings: tuple[str, ...] = ()
) -> Article | Failure:
    """Read one plain text, dated by `options.published` if given."""
    date_warnings = () if options.published else (NO_DATE,)
    return make_article(
        doc_id=doc_id,
        text=text,
        source=source,
        options=options,
        published=options.published,
        warnings=(*warnings, *date_warnings),
    )


def read_text(
    text: str, *, doc_id: str, source: str, options: Options, warnings: tuple[str, ...] = ()
) -> Article | Failure:
    """Read a decoded text document: reference format when it has the header, else plain."""
    reader = read_reference if has_header(text) else read_plain
    return reader(text, doc_id=doc_id, source=source, options=options, warnings=warnings)
