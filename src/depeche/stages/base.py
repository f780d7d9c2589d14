"""The stage interface: a registered, typed unit that reads a parsed article and fills one part of its result."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import ClassVar, Protocol

from spacy.tokens import Doc

from depeche.records import Article, DocumentResult, Span


def doc_text(doc: Doc) -> str:
    """`doc.text`, computed once per Doc: spaCy rebuilds it from every token on each access,
    which made a stage that sliced it per candidate a hundred times slower than its real work."""
    text = doc.user_data.get("depeche.text")
    if not isinstance(text, str):
        text = doc.user_data["depeche.text"] = doc.text
    return text


@dataclass(slots=True)
class Work:
    """One article on its way through the stages: the input, its spaCy parse, the result so far."""

    article: Article
    doc: Doc
    result: DocumentResult
    sentence_starts: list[int] = field(default_factory=list)

    @classmethod
    def start(cls, article: Article, doc: Doc, result: DocumentResult) -> Work:
        sents = [(s.start_char, s.end_char) for s in doc.sents]
        result.sentences = sents
        return cls(article, doc, result, [s for s, _ in sents])

    def sentence_of(self, char: int) -> int:
        """Index of the sentence holding character offset `char`."""
        return max(0, bisect_right(self.sentence_starts, char) - 1)

    def span(self, start: int, end: int) -> Span:
        """A `Span` over the article text, with its sentence index."""
        # article.text, not doc.text: spaCy rebuilds doc.text from the tokens on every access
        return Span(start, end, self.article.text[start:end], self.sentence_of(start))


class Stage(Protocol):
    """What every stage provides. `needs` names the spaCy components it reads.

    A stage may also define `setup(self, nlp: Language) -> None`, called once the model is
    loaded, to build what it needs from the model's vocabulary or tokenizer.
    """

    name: ClassVar[str]
    needs: ClassVar[frozenset[str]]

    def __call__(self, work: Work) -> None: ...


StageFactory = Callable[[], Stage]
_REGISTRY: dict[str, StageFactory] = {}


def register_stage(name: str) -> Callable[[StageFactory], StageFactory]:
    """Register a stage factory under a versioned name such as `depeche.actors.v1`."""

    def add(factory: StageFactory) -> StageFactory:
        if name in _REGISTRY and _REGISTRY[name] is not factory:
            raise ValueError(f"stage {name!r} is registered twice")
        _REGISTRY[name] = factory
        return factory

    return add


def make_stage(name: str) -> Stage:
    try:
        factory = _REGISTRY[name]
    except KeyError:
        known = ", ".join(sorted(_REGISTRY)) or "none"
        raise KeyError(f"unknown stage {name!r} (registered: {known})") from None
    return factory()


def registered_stages() -> list[str]:
    return sorted(_REGISTRY)
