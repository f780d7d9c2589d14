"""What every reader shares: the reading options, publication dates with their warnings,
and the last step that turns a text into an `Article` (size limit, cleaning, language)."""

from __future__ import annotations

from dataclasses import dataclass

from depeche.readers.clean import clean
from depeche.readers.language import detect_language
from depeche.records import Article, Failure, Published

NO_DATE = "no publication date: relative dates cannot be resolved"
DEFAULT_MAX_CHARS = 6_000_000


@dataclass(frozen=True, slots=True)
class Options:
    """How to read: the fallback publication date, the size limit, cleaning and language id."""

    published: Published | None = None
    max_chars: int = DEFAULT_MAX_CHARS
    clean: bool = True
    detect_language: bool = True


def too_long(chars: int, limit: int, *, at_least: bool = False) -> str:
    size = f"at least {chars}" if at_least else str(chars)
    return f"text of {size} characters exceeds the limit of {limit}; split it or raise --max-chars"


def publication_date(value: object, where: str, options: Options) -> tuple[Published | None, tuple[str, ...]]:
    """The date of a document from the value it carries (None when it carries none).

    A missing value falls back on `options.published`; a value that is not a possible
    date does too, with a warning naming it, so that one bad date never costs the article.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return options.published, (() if options.published else (NO_DATE,))
    if isinstance(value, bool) or not isinstance(value, int | str):
        problem = f"not a date: {value!r}"
    else:
        try:
            return Published.parse(str(value)), ()
        except ValueError as err:
            problem = str(err)
    fallback = f"; using --published {options.published}" if options.published else "; read without a date"
    return options.published, (f"bad publication date in {where}: {problem}{fallback}",)


def make_article(
    *,
    doc_id: str,
    text: str,
    source: str,
    options: Options,
    published: Published | None,
    title: str | None = None,
    url: str | None = None,
    warnings: tuple[str, ...] = (),
) -> Article | Failure:
    """Check the size of `text`, clean it and detect its language: the Article, or why not."""
    if len(text) > options.max_chars:
        return Failure(source, too_long(len(text), options.max_chars), doc_id=doc_id)
    if not text.strip():
        return Failure(source, "empty text", doc_id=doc_id)
    body = text
    if options.clean:
        cleaned = clean(text)
        # What cleaning removed from the body itself (readers' comments) is told to the user.
        body, warnings = cleaned.text, (*warnings, *cleaned.warnings)
    language = None
    if options.detect_language:
        language = detect_language(body)
        if language is None:
            warnings = (*warnings, "language could not be identified")
    return Article(
        doc_id=doc_id,
        text=body,
        published=published,
        title=title,
        url=url,
        language=language,
        source=source,
        warnings=warnings,
    )
