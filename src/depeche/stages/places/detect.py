"""Find place mentions in a parsed article: gazetteer matches on capitalised spans, weighed by French context.

NER labels are one clue among several (the model tags `Derna` MISC and `Benghazi` PER), next to the
preposition before the name, its part of speech, what the gazetteer knows of it, and whether a
person's or an organisation's name holds it.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from depeche.gazetteer import Entry, Gazetteer, key, skeleton
from depeche.stages.base import doc_text

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
    "des", "jusqu'à", "jusqu'au", "outre", "hors", "par", "contre", "pour",
}
COORDINATION = {"et", "ou", ","}
STRONG_CUES = {
    "ville", "villes", "localité", "localités", "village", "villages", "bourgade", "région", "province",
    "gouvernorat", "capitale", "quartier", "quartiers", "banlieue", "faubourg", "port", "oasis", "district",
    "préfecture", "État", "état", "wilaya", "cité", "aéroport", "frontière", "nord", "sud", "est", "ouest",
    "centre", "environs", "portes", "périphérie", "rues", "place", "habitants", "population", "provenance",
    "direction", "abords", "route", "entrée", "sortie", "secteur", "bastion", "fief",
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
# Nouns that say the next name is a settlement or a part of one, even when the NER calls it a person.
SETTLEMENT_CUES = {
    "ville", "villes", "localité", "localités", "village", "villages", "bourgade", "quartier", "quartiers",
    "région", "province", "gouvernorat", "oasis", "banlieue", "faubourg", "cité", "district", "provenance",
    "port", "capitale",
}
_DE = {"de", "d'", "d’", "du", "des"}
# Particles inside Arabic and Berber proper names (`Bachar el-Assad`, `Bab al-Aziziya`, `Ben Ali`).
NAME_PARTICLES = {
    "al", "el", "ad", "ar", "as", "at", "az", "an", "ech", "ben", "bin", "ibn", "abou", "abu", "ould", "bou",
    "bent", "bint",
}
# Capitalised French adjectives that make a part of a city a name of its own (`Vieux Caire`, `Grand Tunis`).
CITY_PREFIXES = {"vieux", "vieille", "grand", "grande", "nouveau", "nouvelle", "haute", "basse", "petit", "petite"}
# Articles that never stand before a city's name: `une Toyota`, `un Mirage`.
INDEFINITE = {"un", "une"}


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
    prefix: str | None = None  # `Vieux` in `Vieux Caire`: a part of the city the entry names


def best_alt_pop(cand: Candidate) -> int:
    return max((e.population for e in cand.entries), default=0)


def word_index_before(doc: Doc, i: int) -> int:
    """Index of the nearest token before `i` that is not whitespace (`quartier\xa0de`), -1 if none."""
    k = i - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    return k


def word_index_after(doc: Doc, i: int) -> int:
    """Index of the first token from `i` on that is not whitespace (len(doc) if none)."""
    while i < len(doc) and doc[i].is_space:
        i += 1
    return i


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper()


def _shouting(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 4 and all(c.isupper() for c in letters)


def _sentence_initial(doc: Doc, i: int) -> bool:
    if i == 0 or doc[i].is_sent_start:
        return True
    prev = doc[i - 1]
    return (prev.is_punct and prev.text in ".!?«\"-–—:(|•»") or "\n" in prev.whitespace_ or prev.is_space


def continues_name(doc: Doc, j: int) -> bool:
    """True when token `j` carries on a proper name: a capitalised word, or a particle before one."""
    if j >= len(doc):
        return False
    tok = doc[j]
    if tok.is_space or "\n" in doc[j - 1].whitespace_:
        return False
    if tok.text in ("-", "‐") and j + 1 < len(doc) and _capitalised(doc[j + 1]) and not doc[j - 1].whitespace_:
        return True
    if tok.lower_ in NAME_PARTICLES:
        nxt = j + 1
        if nxt < len(doc) and doc[nxt].text in ("-", "‐"):
            nxt += 1
        return nxt < len(doc) and _capitalised(doc[nxt]) and doc[nxt].is_alpha
    return _capitalised(tok) and tok.is_alpha and not tok.is_punct


def _part_of_longer_name(doc: Doc, span: Span) -> bool:
    """`Ali` in `Sidi Ali Henchir`, `Salem` in `Kemal Salem`, `Bachar` in `Bachar el-Assad`."""
    if continues_name(doc, span.end):
        return True
    i = span.start - 1
    if i < 0 or _sentence_initial(doc, span.start):
        return False
    prev = doc[i]
    if prev.is_alpha and _capitalised(prev) and not _sentence_initial(doc, i) and prev.text != "A":
        return prev.lower_ not in CITY_PREFIXES
    # `el-Assad` read from its second half
    return prev.text in ("-", "‐") and i > 0 and doc[i - 1].lower_ in NAME_PARTICLES


def _is_spelling_variant(k: str, entry: Entry) -> bool:
    """An alternate name that is only another transliteration of the primary one (`Louxor`, `Syrte`)."""
    skel, other = skeleton(k), key(entry.name)
    if skel != skeleton(other):
        return False
    # two consonants say little (`Berri`, `Barrie`): the first letters must agree too
    return len(skel) >= 3 or (len(skel) == 2 and _bare(k)[:2] == _bare(other)[:2])


def _bare(k: str) -> str:
    head, _, rest = k.partition(" ")
    return rest if rest and head in NAME_PARTICLES else k


def _blocked_ranges(doc: Doc, blocked: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Person and organisation names: from the actors stage plus the NER's PER/ORG spans."""
    ranges = list(blocked)
    for ent in doc.ents:
        if ent.label_ in ("PER", "ORG"):
            ranges.append((ent.start_char, ent.end_char, "person" if ent.label_ == "PER" else "org"))
    return ranges


def find_candidates(doc: Doc, gazetteer: Gazetteer, blocked: Sequence[tuple[int, int, str]] = (),
                    acronyms: Collection[str] = ()) -> list[Candidate]:
    """Every span of `doc` that names a place, longest match first, with its evidence score.

    `acronyms` are keys of names that count only when written in capitals (`USA`, not `Car`).
    """
    names = _blocked_ranges(doc, blocked)
    ner_label: dict[tuple[int, int], str] = {(e.start, e.end): e.label_ for e in doc.ents}
    place_ent: dict[int, tuple[int, int]] = {}
    for ent in doc.ents:
        if ent.label_ in PLACE_LABELS:
            place_ent.update((t, (ent.start, ent.end)) for t in range(ent.start, ent.end))
    # words the text itself writes in lower case (`point`, `guide`) are common words when capitalised
    lower_words = {t.text for t in doc if t.is_lower and t.is_alpha}
    out: list[Candidate] = []
    i = 0
    n = len(doc)
    while i < n:
        found = _match_at(doc, i, gazetteer, acronyms)
        if found is None:
            i += 1
            continue
        j, text, k, entries, prefix = found
        cand = Candidate(doc[i].idx, doc[i].idx + len(text), k, entries, 0.0, token_start=i, token_end=j,
                         prefix=prefix)
        _weigh(doc, cand, ner_label, place_ent, names, lower_words, out)
        out.append(cand)
        i = j
    return out


def _match_at(doc: Doc, i: int, gazetteer: Gazetteer, acronyms: Collection[str]
              ) -> tuple[int, str, str, Sequence[Entry], str | None] | None:
    """The longest gazetteer name starting at token `i`: (end token, text, key, entries, city prefix)."""
    tok = doc[i]
    head = tok.lower_ in GEO_HEADS
    if not (_capitalised(tok) or head) or tok.is_punct:
        return None
    n = len(doc)
    sent_end = tok.sent.end if doc.has_annotation("SENT_START") else n
    for j in range(min(i + MAX_TOKENS, sent_end), i, -1):
        last = doc[j - 1]
        # a lower-case last word only inside a name the gazetteer holds whole (`Arabie saoudite`)
        lower_tail = j - i >= 2 and last.is_alpha
        # one word the tokenizer cut at an apostrophe (`Ta'izz`): as capitalised as its first letter
        one_word = j - i >= 2 and last.is_alpha and _capitalised(tok) and \
            not any(doc[t].whitespace_ for t in range(i, j - 1))
        if not (_capitalised(last) or lower_tail or one_word):
            continue
        if last.text.endswith(("'", "’")) and not last.whitespace_ and j < n:
            continue  # `Ta'izz`, `Ma'rib` cut by the French elision rule: `Ta'` is no name of its own
        if j - i == 1 and (head and not _capitalised(tok) or tok.lower_ in NEVER_ALONE):
            continue
        text = doc_text(doc)[tok.idx : last.idx + len(last.text)]
        if not any(c.isupper() for c in text):
            continue  # `pays arabes`, `monde arabe`: descriptions, not proper names
        k = key(text)
        entries: Sequence[Entry] = gazetteer.lookup(k) if k else ()
        if entries and k in acronyms and not text.isupper():
            entries = [e for e in entries if e.kind != "country"]
        if entries and not _capitalised(last) and not one_word and not (head and j - i >= 2):
            entries = [e for e in entries if e.primary and e.kind in ("country", "region", "admin")]
        if entries:
            entries = [replace(e, primary=True) if not e.primary and _is_spelling_variant(k, e) else e
                       for e in entries]
            return j, text, k, entries, None
    # `Vieux Caire`, `Grand Tunis`: the city's entry, flagged as a part of it
    if tok.lower_ in CITY_PREFIXES and _capitalised(tok) and i + 1 < n:
        inner = _match_at(doc, i + 1, gazetteer, acronyms)
        if inner is not None and any(e.kind == "city" for e in inner[3]):
            j, _, _, entries, _ = inner
            text = doc_text(doc)[tok.idx : doc[j - 1].idx + len(doc[j - 1].text)]
            return j, text, key(text), [e for e in entries if e.kind == "city"], tok.text
    return None


def _weigh(doc: Doc, cand: Candidate, ner_label: dict[tuple[int, int], str],
           place_ent: dict[int, tuple[int, int]], names: list[tuple[int, int, str]], lower_words: set[str],
           before: Sequence[Candidate]) -> None:
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
    longer = cand.prefix is None and _part_of_longer_name(doc, span)
    if longer:
        score -= 3.0
        why.append("part of a longer name")
    label = ner_label.get((span.start, span.end))
    inside = {place_ent.get(t.i) for t in span}
    if label in PLACE_LABELS or (not longer and None not in inside):
        score += 2.0
        why.append("NER place")
    elif label is not None:
        score += 0.5
        why.append(f"NER {label}")
    p1 = word_index_before(doc, span.start)
    p2 = word_index_before(doc, p1) if p1 >= 0 else -1
    prev = doc[p1] if p1 >= 0 else None
    prev2 = doc[p2] if p2 >= 0 else None
    cue = None
    if prev is not None and (prev.lower_ in LOCATIVE or prev.text == "A"):
        score += 1.0
        why.append(f"after '{prev.text}'")
        cue = cue_before(doc, span.start)
        if prev2 is not None and (prev2.text in STRONG_CUES or prev2.lower_ in STRONG_CUES):
            score += 1.0
            why.append(f"after '{prev2.text} {prev.text}'")
        elif cue is not None:
            score += 1.0
            why.append(f"after '{cue} ... {prev.text}'")
    elif prev is not None and prev.lower_ in COORDINATION and p2 >= 0:
        score += _coordination(doc, p2, names, before, why)
    elif prev is not None and prev.text.lower() in ("l'", "la", "le", "les") and "country" in kinds:
        score += 0.5
    elif prev is not None and prev.lower_ in INDEFINITE:
        score -= 2.0
        why.append(f"after '{prev.text}'")
    elif (prev is not None and prev.is_lower and prev.is_alpha and prev.pos_ == "NOUN"
          and prev.lower_ not in STRONG_CUES and prev.lower_ not in GEO_HEADS):
        score -= 3.0  # `roquettes Grad`, `missiles Milan`: a type or a brand named after a place
        why.append(f"apposed to '{prev.text}'")
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
        if kind == "person" and cue is not None:
            continue  # `la ville d'Al Djemel`: whatever the NER says, a settlement
        if start <= cand.start and cand.end <= end and (start, end) != (cand.start, cand.end):
            inner = doc_text(doc)[start : cand.start].split()
            if kind == "org" and inner and inner[-1].lower() in ("en", "à", "au", "aux", "dans"):
                continue  # `la mission de l'ONU en Libye`: the organisation sits in a place
            score -= 10.0
            why.append(f"inside a {kind} name")
            break
        if (start, end) == (cand.start, cand.end) and kind == "person":
            score -= 1.0
            why.append("named as a person")
    cand.score = score


def _coordination(doc: Doc, last: int, names: list[tuple[int, int, str]], before: Sequence[Candidate],
                  why: list[str]) -> float:
    """`Tripoli, Aziziyeh et Kikla` lends the first conjunct's nature to the next; `Rommel et Montgomery` too."""
    for c in reversed(before):
        if c.token_end - 1 == last:
            if c.score >= 2.0:
                why.append("listed with a place")
                return 1.0
            break
    end = doc[last].idx + len(doc[last].text)
    if any(kind == "person" and start < end <= stop for start, stop, kind in names):
        why.append("listed with a person")
        return -2.0
    return 0.0


def cue_before(doc: Doc, i: int) -> str | None:
    """The settlement noun before a name (`la ville égyptienne d'El Arich` -> `ville`), if there is one."""
    k = word_index_before(doc, i)
    if k < 0 or doc[k].lower_ not in _DE:
        return None
    k = word_index_before(doc, k)
    skipped = 0
    while k >= 0 and skipped < 3 and doc[k].is_lower and doc[k].pos_ in ("ADJ", "ADV"):
        k = word_index_before(doc, k)
        skipped += 1
    if k >= 0 and doc[k].lower_ in SETTLEMENT_CUES:
        return doc[k].lower_
    return None
