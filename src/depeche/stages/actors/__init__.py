"""The actors stage: who acts in an article, as canonical actors with all their mentions."""

from __future__ import annotations

from collections import Counter
from typing import ClassVar

from spacy.language import Language

from depeche.stages.actors.descriptions import resolve_descriptions
from depeche.stages.actors.grouping import group_mentions
from depeche.stages.actors.known import KnownActors
from depeche.stages.actors.mentions import MentionFinder
from depeche.stages.base import Work, register_stage


class ActorsStage:
    """`depeche.actors.v1`: NER persons and organisations, the known-actors table, group nouns."""

    name: ClassVar[str] = "depeche.actors.v1"
    needs: ClassVar[frozenset[str]] = frozenset({"ner", "parser"})

    def __init__(self, known: KnownActors | None = None) -> None:
        self.known = known or KnownActors.load()
        self.finder: MentionFinder | None = None

    def setup(self, nlp: Language) -> None:
        """Build the matchers with the model's own tokenizer (a second French tokenizer costs seconds)."""
        self.finder = MentionFinder(nlp, self.known)

    def __call__(self, work: Work) -> None:
        if self.finder is None:
            raise RuntimeError(f"{self.name}: setup(nlp) was not called before use")
        mentions = self.finder.find(work.doc)
        hints: Counter[str] = Counter()
        for token in work.doc:
            country = (
                self.known.demonym_country(token.text)
                or self.known.country_of_name(token.text)
                or self.known.capital_country(token.text)
            )
            if country:
                hints[country] += 1
        actors = group_mentions(mentions, self.known, work.span, hints)
        resolve_descriptions(work.doc, work.article.text, actors, work.span)
        work.result.actors = actors


register_stage(ActorsStage.name)(ActorsStage)
