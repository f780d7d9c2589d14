"""Find place mentions in a parsed article: gazetteer matches on capitalised spans, weighed by French context.

NER labels are one clue among several (the model tags `Derna` MISC and `Benghazi` PER), next to the
preposition before the name, its part of speech, what the gazetteer knows of it, and whether a
person's or an organisation's name holds it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from depeche.gazetteer import Entry, Gazetteer, key

MAX_TOKENS = 6

# Lower-case words that begin a geographic name (`mer Rouge`, `golfe d'Aden`, `place Tahrir`).
GEO_HEADS = {
    "mer", "golfe", "océan", "canal", "détroit", "bande", "plateau", "péninsule", "presqu'île",
    "désert", "lac", "fleuve", "mont", "monts", "massif", "vallée", "île", "îles", "monde", "pays",
    "djebel", "jebel", "oasis", "région", "province", "place",
}
# Words after which a capitalised name is most often a place.
LOCATIVE = {
    "à", "au", "aux", "en", "dans", "vers", "depuis", "sur", "via", "près", "entre", "de", "d'", "du",
    "des", "jusqu'à", "jusqu'au", "outre", "hors", "par", "contre", "pour", "et",
}
STRONG_CUES = {
    "ville", "villes", "localité", "village", "région", "province", "gouvernorat", "capitale",
    "quartier", "banlieue", "faubourg", "port", "oasis", "district", "préfecture", "État", "état",
    "wilaya", "cité", "aéroport", "frontière", "nord", "sud", "est", "ouest", "centre", "environs",
    "portes", "périphérie", "rues", "place", "habitants", "population",
}
# Parts of speech that a place name never contains.
NOT_IN_NAMES = {"VERB", "AUX", "PRON", "SCONJ", "CCONJ", "NUM", "PUNCT", "SYM", "INTJ"}
PLACE_LABELS = {"LOC", "GPE"}
# Capitalised heads of institution names that take a place as complement (`Université du Caire`).
ORG_HEADS = {
    "université", "universités", "banque", "institut", "musée", "hôpital", "conseil", "cour", "tribunal",
    "ministère", "bibliothèque", "académie", "club", "stade", "parlement", "assemblée", "église",
    "mosquée", "école", "lycée", "collège", "faculté", "chambre", "bourse", "opéra", "théâtre",
    "festival", "journal", "radio", "télévision", "centre", "comité", "conférence", "accords", "accord",
    "traité", "protocole", "déclaration", "convention", "sommet", "groupe", "société", "compagnie",
}
# Capitalised words that GeoNames knows as some small place but French texts use otherwise:
# cardinal points (handled as relations), name particles and elided articles.
NEVER_ALONE = {
    "nord", "sud", "est", "ouest", "centre", "orient", "occident", "midi", "al", "el", "le", "la",
    "les", "du", "de", "des", "au", "aux", "un", "une", "ben", "bin", "abou", "abu", "ibn",
}


@dataclass(slots=True)
class Candidate:
    """A span the gazetteer knows, with the entries it may denote and how sure we are it is a place."""

    start: int  # character offsets
    end: int
    key: str
    entries: Sequence[Entry]
    score: float
    reasons: list[str] = field(default_factory=list)
    token_start: int = 0
    token_end: int = 0


def best_alt_pop(cand: Candidate) -> int:
    return max((e.population for e in cand.entries), default=0)


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper()


def _shouting(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 4 and all(c.isupper() for c in letters)


def _blocked_ranges(doc: Doc, blocked: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Person and organisation names: from the actors stage plus the NER's PER/ORG spans."""
    ranges = list(blocked)
    for ent in doc.ents:
        if ent.label_ in ("PER", "ORG"):
            ranges.append((ent.start_char, ent.end_char, "person" if ent.label_ == "PER" else "org"))
    return ranges


def find_candidates(doc: Doc, gazetteer: Gazetteer, blocked: Sequence[tuple[int, int, str]] = ()) -> list[Candidate]:
    """Every span of `doc` that names a place, longest match first, with its evidence score."""
    names = _blocked_ranges(doc, blocked)
    ner_label: dict[tuple[int, int], str] = {(e.start, e.end): e.label_ for e in doc.ents}
    inside_place_ent: set[int] = set()
    for ent in doc.ents:
        if ent.label_ in PLACE_LABELS:
            inside_place_ent.update(range(ent.start, ent.end))
    # words the text itself writes in lower case (`point`, `guide`) are common words when capitalised
    lower_words = {t.text for t in doc if t.is_lower and t.is_alpha}
    out: list[Candidate] = []
    i = 0
    n = len(doc)
    while i < n:
        tok = doc[i]
        head = tok.lower_ in GEO_HEADS
        if not (_capitalised(tok) or head) or tok.is_punct:
            i += 1
            continue
        sent_end = tok.sent.end if doc.has_annotation("SENT_START") else n
        found = None
        for j in range(min(i + MAX_TOKENS, sent_end), i, -1):
            last = doc[j - 1]
            # a lower-case last word only inside a name the gazetteer holds whole (`Arabie saoudite`)
            lower_tail = j - i >= 2 and last.is_alpha
            if not (_capitalised(last) or lower_tail):
                continue
            if j - i == 1 and (head and not _capitalised(tok) or tok.lower_ in NEVER_ALONE):
                continue
            text = doc.text[tok.idx : last.idx + len(last.text)]
            k = key(text)
            entries = gazetteer.lookup(k) if k else ()
            if entries and not _capitalised(last) and not (head and j - i >= 2):
                entries = [e for e in entries if e.primary and e.kind in ("country", "region", "admin")]
            if entries:
                found = (j, text, k, entries)
                break
        if found is None:
            i += 1
            continue
        j, text, k, entries = found
        cand = Candidate(tok.idx, tok.idx + len(text), k, entries, 0.0, token_start=i, token_end=j)
        _weigh(doc, cand, ner_label, inside_place_ent, names, lower_words)
        out.append(cand)
        i = j
    return out


def _weigh(doc: Doc, cand: Candidate, ner_label: dict[tuple[int, int], str], inside_place_ent: set[int],
           names: list[tuple[int, int, str]], lower_words: set[str]) -> None:
    span = doc[cand.token_start : cand.token_end]
    score = 0.0
    why = cand.reasons
    kinds = {e.kind for e in cand.entries}
    best_pop = max((e.population for e in cand.entries if e.primary), default=0)
    if "country" in kinds and any(e.primary for e in cand.entries if e.kind == "country"):
        score += 2.5
        why.append("country name")
    elif "region" in kinds:
        score += 2.0
        why.append("known region")
    elif best_pop >= 1_000_000:
        score += 1.5
        why.append("city over 1M")
    elif best_pop >= 100_000:
        score += 1.0
        why.append("city over 100k")
    if kinds <= {"city", "admin"} and not any(e.primary for e in cand.entries):
        # GeoNames alternates hold French exonyms (Damas) but also first names and words (Guide)
        small = best_alt_pop(cand) < 100_000
        score -= 2.0 if small else 1.0
        why.append("only an alternate name" + (" of a small place" if small else ""))
    if len(span) == 1 and (span[0].is_stop or span[0].lower_ in lower_words):
        score -= 1.5
        why.append("also a common word here")
    if kinds == {"admin"}:
        score -= 0.5
        why.append("only an administrative unit")
    label = ner_label.get((span.start, span.end))
    if label in PLACE_LABELS or all(t.i in inside_place_ent for t in span):
        score += 2.0
        why.append("NER place")
    elif label is not None:
        score += 0.5
        why.append(f"NER {label}")
    prev = doc[span.start - 1] if span.start > 0 else None
    prev2 = doc[span.start - 2] if span.start > 1 else None
    if prev is not None and prev.lower_ in LOCATIVE:
        score += 1.0
        why.append(f"after '{prev.text}'")
        if prev2 is not None and (prev2.text in STRONG_CUES or prev2.lower_ in STRONG_CUES):
            score += 1.0
            why.append(f"after '{prev2.text} {prev.text}'")
    elif prev is not None and prev.text.lower() in ("l'", "la", "le", "les") and "country" in kinds:
        score += 0.5
    if prev is not None and prev.text in STRONG_CUES and "'" not in prev.text:
        score += 1.0
        why.append(f"after '{prev.text}'")
    pos = {t.pos_ for t in span} if doc.has_annotation("POS") else set()
    if pos & NOT_IN_NAMES:
        score -= 2.0
        why.append("word class never in a name")
    elif pos and pos <= {"PROPN"}:
        score += 0.5
        why.append("proper noun")
    sent_start = span[0].is_sent_start or (prev is not None and prev.is_punct and prev.text in "«\"-–—:(")
    if sent_start and len(span) == 1 and label not in PLACE_LABELS and "country" not in kinds:
        score -= 1.0
        why.append("sentence-initial")
    if _shouting(span.text) and "country" not in kinds:
        score -= 1.5
        why.append("all capitals")
    k = span.start - 1
    while k >= 0 and doc[k].lower_ in ("de", "du", "des", "d'", "la", "l'") and span.start - k <= 2:
        k -= 1
    head_word = doc[k].text.split("'")[-1] if k >= 0 else ""
    if k < span.start - 1 and head_word[:1].isupper() and head_word.lower() in ORG_HEADS:
        score -= 10.0
        why.append(f"complement of '{doc[k].text}'")
    for start, end, kind in names:
        if start <= cand.start and cand.end <= end and (start, end) != (cand.start, cand.end):
            inner = doc.text[start : cand.start].split()
            if kind == "org" and inner and inner[-1].lower() in ("en", "à", "au", "aux", "dans"):
                continue  # `la mission de l'ONU en Libye`: the organisation sits in a place
            score -= 10.0
            why.append(f"inside a {kind} name")
            break
        if (start, end) == (cand.start, cand.end) and kind == "person":
            score -= 1.0
            why.append("named as a person")
    cand.score = score
