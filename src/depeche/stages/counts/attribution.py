"""Who a statement is attributed to: `selon X`, `d'après un bilan de X`, `X a indiqué que ...`,
`..., a affirmé X`, `de source médicale`. Used by the counts stage and, later, the events stage.

`attribute(work, start, end)` looks in the sentence holding the characters and returns the source
as a canonical actor from the actors stage when a mention of one covers the source phrase, else
as the phrase itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from depeche.records import Actor, Span
from depeche.stages.base import Work, doc_text

# Verbs that report what someone said or counted.
REPORT_VERBS = frozenset({
    "indiquer", "affirmer", "annoncer", "déclarer", "préciser", "rapporter", "dire", "ajouter", "souligner",
    "estimer", "assurer", "confirmer", "signaler", "expliquer", "raconter", "dénombrer", "recenser",
    "comptabiliser", "chiffrer", "évaluer", "témoigner", "révéler", "publier", "communiquer", "avancer",
    "évoquer", "déplorer", "dénoncer", "accuser", "rappeler", "noter", "constater", "relever", "mentionner",
    "prévenir", "avertir", "alerter", "écrire", "insister", "reconnaître", "admettre", "répondre", "conclure",
    "poursuivre", "faire", "compter", "craindre", "redouter", "observer", "certifier", "détailler",
    "marteler", "asséner", "claironner", "démentir", "nier", "contester",
})
# `faire` reports only in `faire état de`, `faire savoir`.
_FAIRE_OBJECTS = frozenset({"état", "savoir", "part"})
# Nouns naming a figure or a document whose `de` complement is the real source
# (`selon un bilan du ministère`).
REPORT_NOUNS = frozenset({
    "bilan", "bilans", "chiffre", "chiffres", "estimation", "estimations", "rapport", "communiqué",
    "décompte", "comptage", "recensement", "statistique", "statistiques", "donnée", "données", "information",
    "informations", "déclaration", "déclarations", "porte-parole", "responsable", "responsables", "dernier",
    "nouveau", "source", "sources", "agence", "témoignage", "témoignages", "liste",
})
_PRONOUNS = frozenset({"il", "elle", "ils", "elles"})
_DETERMINERS = frozenset({"le", "la", "les", "l'", "l’", "un", "une", "des", "de", "du", "d'", "d’", "ce", "cet",
                          "cette", "ces", "son", "sa", "ses", "leur", "leurs"})
_STOP = frozenset({",", ";", ":", "(", ")", "«", "»", '"', ".", "!", "?", "qui", "que", "qu'", "qu’", "dont",
                   "lequel", "laquelle", "lesquels", "lesquelles", "où", "et", "mais", "car"})


@dataclass(frozen=True, slots=True)
class Attribution:
    """The source of a statement: `source` is the canonical actor name or the phrase itself."""

    source: str
    phrase: Span
    actor: Actor | None
    rule: str


def _sentence(work: Work, start: int, end: int) -> SpacySpan | None:
    """The sentence holding the characters, cut at line breaks: the parser sometimes runs a
    sentence on across paragraphs, and a statement never does."""
    doc = work.doc
    span = doc.char_span(start, max(end, start + 1), alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    sent = span[0].sent
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    first = next((t.i for t in sent if t.idx >= line_start), sent.start)
    last = max((t.i for t in sent if t.idx < line_end), default=sent.end - 1)
    return doc[first:last + 1]


def _phrase_tokens(head: Token, limit_left: int | None = None) -> list[Token]:
    """The noun phrase headed by `head`: its subtree, cut at the first clause break after the head
    (commas, relative pronouns) and at `limit_left` on the left."""
    sub = list(head.subtree)
    left = [t for t in sub if t.i <= head.i]
    right = [t for t in sub if t.i > head.i]
    start = head.i
    for t in reversed(left[:-1]):
        if t.i != start - 1 or t.text in _STOP or (limit_left is not None and t.i <= limit_left):
            break
        start = t.i
    end = head.i
    for t in right:
        if t.i != end + 1 or t.lower_ in _STOP or t.dep_ == "acl:relcl" or (
            t.dep_ == "acl" and "Pres" in t.morph.get("Tense", [])  # `un responsable accompagnant ...`
        ):
            break
        end = t.i
    doc = head.doc
    tokens = [doc[i] for i in range(start, end + 1)]
    while tokens and tokens[0].lower_ in _DETERMINERS and len(tokens) > 1:
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].lower_ in _DETERMINERS) and len(tokens) > 1:
        tokens = tokens[:-1]
    return tokens


def _inner_source(head: Token) -> Token:
    """`un bilan du ministère` -> `ministère`: the figure's `de` complement is who counted."""
    seen = 0
    while head.lower_ in REPORT_NOUNS and seen < 3:
        seen += 1
        inner = [c for c in head.children
                 if c.dep_ in {"nmod", "obl", "obl:arg", "obl:mod"} and c.i > head.i
                 and any(g.lower_ in {"de", "du", "des", "d'", "d’"} for g in c.children if g.dep_ == "case")
                 and c.pos_ in {"NOUN", "PROPN"}]
        if not inner:
            break
        head = inner[0]
    return head


def _subject(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ in {"nsubj", "nsubj:pass"}:
            return c
    if verb.dep_ == "conj":  # `affirmait ... et déplorait`: the subject is the first verb's
        return _subject(verb.head)
    return None


def _is_report(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma not in REPORT_VERBS or verb.pos_ not in {"VERB", "AUX"}:
        return False
    if lemma == "faire":
        return any(c.lower_ in _FAIRE_OBJECTS for c in verb.children) or (
            verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].lower_ in _FAIRE_OBJECTS
        )
    return True


def _marker_heads(sent: SpacySpan) -> list[tuple[Token, Token, str]]:
    """(marker, head of the source phrase, rule) for `selon X`, `d'après X`, `de source X`."""
    out: list[tuple[Token, Token, str]] = []
    toks = list(sent)
    for k, t in enumerate(toks):
        low = t.lower_
        rule = ""
        if low == "selon":
            rule = "selon"
        elif low in {"d'après", "d’après"} or (low == "après" and k > 0 and toks[k - 1].lower_ in {"d'", "d’"}):
            rule = "d'après"
        elif low in {"citant"}:
            rule = "citant"
        elif low in {"source", "sources"} and k > 0 and toks[k - 1].lower_ in {"de", "des"} and (
            k + 1 < len(toks) and toks[k + 1].pos_ == "ADJ"
        ):
            out.append((toks[k - 1], t, "de-source"))
            continue
        if not rule:
            continue
        # The phrase head is the first noun after the marker; the parser sometimes hangs the
        # marker elsewhere, so walk the words rather than trust the arc.
        for u in toks[k + 1:k + 6]:
            if u.pos_ in {"NOUN", "PROPN"}:
                out.append((t, u, rule))
                break
            if u.text in _STOP:
                break
    return out


def _find_actor(work: Work, tokens: list[Token], head: Token) -> Actor | None:
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    best: tuple[int, Actor] | None = None
    for actor in work.result.actors:
        for m in actor.mentions:
            if m.end <= start or m.start >= end:
                continue
            covers_head = m.start <= head.idx < m.end
            score = (2 if covers_head else 1) * 10_000 + (m.end - m.start)
            if best is None or score > best[0]:
                best = (score, actor)
    return best[1] if best else None


def _resolve_pronoun(work: Work, pronoun: Token) -> Actor | None:
    """The actor last mentioned before `pronoun`, within the two sentences before it."""
    floor = work.sentence_starts[max(0, work.sentence_of(pronoun.idx) - 2)]
    best: tuple[int, Actor] | None = None
    for actor in work.result.actors:
        if actor.type in {"civilians"}:
            continue
        for m in actor.mentions:
            if floor <= m.start and m.end <= pronoun.idx and (best is None or m.end > best[0]):
                best = (m.end, actor)
    return best[1] if best else None


def _make(work: Work, head: Token, rule: str, limit_left: int | None = None) -> Attribution | None:
    if head.lower_ in _PRONOUNS:
        actor = _resolve_pronoun(work, head)
        if actor is None:
            return None
        return Attribution(actor.name, work.span(head.idx, head.idx + len(head)), actor, rule + "+pronoun")
    if head.pos_ == "PRON":
        return None
    head = _inner_source(head)
    tokens = _phrase_tokens(head, limit_left)
    if not tokens:
        return None
    phrase = work.span(tokens[0].idx, tokens[-1].idx + len(tokens[-1]))
    actor = _find_actor(work, tokens, head)
    return Attribution(actor.name if actor else phrase.text, phrase, actor, rule)


def attribute(work: Work, start: int, end: int) -> Attribution | None:
    """The source that the sentence holding characters `start:end` attributes them to, or None.

    Tried in order: a `selon`/`d'après`/`de source` phrase in the sentence, a reporting verb
    whose clause holds the characters (`X a indiqué que ...`), a reporting verb in an incise with
    its subject after it (`..., a indiqué X`), any other reporting verb of the sentence.
    """
    sent = _sentence(work, start, end)
    if sent is None:
        return None
    target = work.doc.char_span(start, max(end, start + 1), alignment_mode="expand")
    assert target is not None
    inside = {t.i for t in target}
    candidates: list[tuple[int, int, Token, str, int | None]] = []  # (rank, distance, head, rule, left limit)

    for marker, head, rule in _marker_heads(sent):
        if head.i in inside:
            continue
        candidates.append((4, abs(marker.i - target.start), head, rule, marker.i))

    for verb in sent:
        if not _is_report(verb):
            continue
        subj = _subject(verb)
        if subj is None or subj.i in inside:
            continue
        if subj.pos_ == "PRON" and subj.lower_ in {"qui"} and verb.dep_ == "acl:relcl":
            subj = verb.head  # `l'ONU, qui fait état de 17 morts`
        subtree = {t.i for t in verb.subtree}
        if subj.i in inside or any(t.i in inside for t in subj.subtree if t.i == subj.i):
            continue
        if target.start in subtree and not inside & {t.i for t in subj.subtree}:
            rank = 3
        elif subj.i > verb.i:
            rank = 2
        else:
            rank = 1
        candidates.append((rank, abs(verb.i - target.start), subj, f"report:{verb.lemma_.lower()}", None))

    for _rank, _dist, head, rule, limit in sorted(candidates, key=lambda c: (-c[0], c[1])):
        found = _make(work, head, rule, limit)
        if found is not None:
            return found
    return None
