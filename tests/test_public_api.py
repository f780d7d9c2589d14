"""The public surface: what `import depeche` offers, guarded so that it changes only on purpose."""

from __future__ import annotations

import pytest

import depeche


def test_public_names() -> None:
    assert sorted(depeche.__all__) == sorted([
        "Actor", "Article", "Count", "DocumentResult", "Event", "Failure", "Place", "Published", "Span",
        "TimeExpr", "UnsupportedLanguage", "__version__", "extract", "extract_many",
    ])
    for name in depeche.__all__:
        assert hasattr(depeche, name), name


@pytest.mark.parametrize("value, iso, precision", [
    ("2018-06", "2018-06", "month"), ("2018-06-03", "2018-06-03", "day"), ("2018", "2018", "year"),
    ("2018-06-03T10:00:00Z", "2018-06-03", "day"),
])
def test_published_dates(value: str, iso: str, precision: str) -> None:
    when = depeche.Published.parse(value)
    assert when.iso() == iso and when.precision == precision


@pytest.mark.parametrize("value", ["", "juin 2018", "2018-02-30", "2018-13", "0999-01-01"])
def test_impossible_dates_are_refused_with_the_value(value: str) -> None:
    with pytest.raises(ValueError, match="date"):
        depeche.Published.parse(value)


@pytest.mark.slow
def test_extract_one_text() -> None:
    result = depeche.extract(
        "Le président Bachar al-Assad a rencontré samedi à Damas l'émissaire de l'ONU.", published="2016-08-06"
    )
    assert result.published == depeche.Published(2016, 8, 6)
    assert "United Nations" in [a.name for a in result.actors]
    assert result.as_dict()["doc_id"] == "doc"


@pytest.mark.slow
def test_extract_refuses_other_languages() -> None:
    with pytest.raises(depeche.UnsupportedLanguage):
        depeche.extract("The president met the envoy of the United Nations in Damascus on Saturday morning.")
