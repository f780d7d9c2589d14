"""Strip web-page boilerplate (menus, other headlines, share and subscription buttons,
cookie and comment blocks) around the body of a scraped news article.

A jusText-like heuristic on lines: each line is classed by its length, its share of
function words of the text's language, its final punctuation and typical interface
phrases of French (and English) news sites; the article is the contiguous run of lines
with the best prose score, plus the headline directly above it. A clean dispatch, all
prose, comes back unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

FRENCH_FUNCTION_WORDS = frozenset(
    """
    le la les l un une des du de d au aux ce cet cette ces mon ma mes ton ta tes son sa ses notre nos
    votre vos leur leurs quel quelle quels quelles tout toute tous toutes chaque plusieurs certains
    certaines aucun aucune autre autres même mêmes je j tu il elle on nous vous ils elles me m te t se s
    lui y en eux moi toi soi celui celle ceux celles ceci cela ça qui que qu quoi dont où lequel laquelle
    lesquels lesquelles auquel duquel à dans par pour sur sous avec sans entre vers chez contre depuis
    pendant avant après selon malgré parmi jusqu jusque lors près devant derrière durant hors envers et
    ou mais donc or ni car si comme quand lorsque lorsqu puisque puisqu afin tandis alors ainsi ne n pas
    plus moins très aussi encore déjà toujours jamais non bien peu trop tant là ici ensuite puis c est
    sont était étaient été être a ai as avons avez ont avait avaient aura auront aurait auraient avoir
    fut sera seront serait seraient soit eu ayant étant fait faire peut peuvent pourrait doit doivent
    """.split()
)
ENGLISH_FUNCTION_WORDS = frozenset(
    """
    the a an of to in and or but is are was were be been being has have had it its this that these
    those for on with by at from as not no he she they we you i his her their our your which who whom
    what when where there than then so if into about after over also can could would will may should
    do does did him them us me my out up more most some any all such only just other while during
    """.split()
)
STOPWORDS = {"fr": FRENCH_FUNCTION_WORDS, "en": ENGLISH_FUNCTION_WORDS}

# Interface text of news sites: a line that is one of these (or starts with one, for the
# short ones) is never part of an article. Anchored so a sentence of the body that merely
# mentions "commentaire" or "Facebook" is untouched.
_INTERFACE_LINE = re.compile(
    r"""^\W*(?:
        partager(?:\s+(?:cet|l')\s*article|\s+sur\b.*)? | partagez\b.* | tweeter | twitter | facebook
        | linkedin | whatsapp | pinterest | messenger | e-?mail | imprimer(?:\s+cet\s+article)?
        | envoyer(?:\s+(?:par|à)\b.*)? | (?:agrandir|réduire)\s+(?:le\s+)?texte | (?:ajouter\s+(?:à|aux)\s+)?(?:mes\s+)?favoris\b.*
        | copier\s+le\s+lien | lien\s+copié | s'abonner\b.* | abonnez-vous\b.* | je\s+m'abonne\b.*
        | se\s+connecter | connexion | déconnexion | (?:se\s+)?déconnecter | mon\s+compte | mot\s+de\s+passe\b.*
        | inscription | (?:créer|créez)\s+(?:un|votre)\s+compte\b.* | newsletters? | (?:lire|voir)\s+(?:aussi|plus|la\s+suite)\b.*
        | à\s+lire\s+(?:aussi|également)\b.* | sur\s+le\s+même\s+sujet | dans\s+la\s+même\s+rubrique | (?:articles?|contenus?)\s+(?:similaires|liés|associés|sponsorisés)
        | les\s+plus\s+(?:lus|partagés|commentés|populaires) | publicité | (?:\d+\s+)?(?:commentaires?|réactions?)
        | réagir | réagissez\b.* | (?:voir|afficher)\s+(?:les|tous\s+les)\s+(?:commentaires|réponses)\b.* | répondre
        | signaler\s+(?:un\s+)?(?:abus|contenu)\b.* | accueil | menu | rechercher | recherche | retour\s+en\s+haut(?:\s+de\s+(?:la\s+)?page)?
        | fermer | suivez-nous\b.* | suivre | annonces?\s+(?:immobilières|classées) | toute\s+l'actualité\b.* | [àa]\s+la\s+une
        | vidéos? | photos? | diaporama | podcasts? | direct | en\s+direct | mis\s+à\s+jour\b.* | publié\s+le\b.* | modifié\s+le\b.*
        | share | tweet | print | subscribe\b.* | sign\s+in | log\s+in | read\s+more\b.* | related\b.* | advertisement
    )\W*$""",
    re.IGNORECASE | re.VERBOSE,
)
# Phrases that mark legal, cookie, account or paywall text wherever they appear in a line
# of moderate length (a cookie banner is often a full sentence).
_INTERFACE_PHRASE = re.compile(
    r"""cookies?\b | traceurs | politique\s+de\s+confidentialité | données\s+personnelles | mentions\s+légales
    | conditions\s+générales | tous\s+droits\s+réservés | ©\s*\d{4} | copyright | en\s+poursuivant\s+votre\s+navigation
    | réservé\s+aux\s+abonnés | article\s+réservé | contenu\s+réservé | déjà\s+abonné | abonnez-vous | votre\s+abonnement
    | sans\s+engagement | (?:votre|l')\s*adresse\s+(?:e-?)?mail | identifiez-vous | connectez-vous | créez\s+(?:votre|un)\s+compte
    | inscrivez-vous | recevez\s+(?:gratuitement|chaque|notre|nos|l'essentiel) | désinscri | téléchargez\s+l'application
    | javascript | all\s+rights\s+reserved | privacy\s+policy | terms\s+of\s+(?:use|service)""",
    re.IGNORECASE | re.VERBOSE,
)
# A headline in a list of links often carries a paywall tag after it.
_PAYWALL_TAG = re.compile(r"\s(?:abonnés?|premium|exclusif\s+abonnés|réservé\s+aux\s+abonnés)\s*$", re.IGNORECASE)
# Lines said by the site about the article rather than by the article: who wrote it, when,
# a photo credit. Dropped between the headline and the body, harmless elsewhere.
_META_LINE = re.compile(
    r"""^\W*(?:par\s+\S.{0,80} | (?:publié|mis\s+à\s+jour|modifié|actualisé)\b.{0,80} | (?:le\s+)?\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b.{0,40}
    | (?:photo|crédit|crédits|©|source)\s*:?.{0,80} | (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+\d{1,2}\s+\w+\s+\d{4}.{0,40}
    | \d{1,2}\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\s+\d{4}.{0,40}
    | (?:temps\s+de\s+)?lecture\s*:?\s*\d+\s*min.{0,20})$""",
    re.IGNORECASE | re.VERBOSE,
)
# The start of a comment section: prose below it is readers', not the newsroom's.
_COMMENTS_START = re.compile(
    r"^\W*(?:\d+\s+)?(?:commentaires?|réactions?|vos\s+réactions|réagissez.*|réagir|laisser\s+un\s+commentaire"
    r"|ajouter\s+un\s+commentaire|écrire\s+un\s+commentaire|comments?|leave\s+a\s+(?:comment|reply))\W*$",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_END = re.compile(r"[.!?…][\"'»”’)\]]*\s*$")
_CLOSED = re.compile(r"[.…][\"'»”’)\]]*\s*$")
_LEAD_IN = re.compile(r"[:;][\"'»”’)\]]*\s*$")
_INNER_SENTENCE = re.compile(r"[.!?…][\"'»”’)\]]*\s+[«\"“]?[A-ZÀ-ÖØ-Þ]")


class Kind(Enum):
    GOOD = "good"  # a paragraph of prose
    NEAR = "near"  # could be prose, decided by its neighbours
    SHORT = "short"  # a short sentence
    TITLE = "title"  # a line without final punctuation: headline, link, menu item
    BAD = "bad"  # interface text, or not in the text's language


@dataclass(frozen=True, slots=True)
class Line:
    start: int  # offset of the line in the text
    end: int  # offset just past its newline, if any
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()


@dataclass(slots=True)
class Paragraph:
    """A line of the text, or the lines of a hard-wrapped paragraph, classed as a whole."""

    lines: list[Line]
    kind: Kind = Kind.TITLE
    lead_in: bool = False  # ends with ':' and announces what follows (a quote, a tweet)
    meta: bool = False  # byline, date, credit
    comments: bool = False  # below the start of a comment section

    @property
    def text(self) -> str:
        return " ".join(line.text.strip() for line in self.lines)


# Thresholds in characters and function-word shares, from jusText's defaults adapted to
# news paragraphs, which are often a single sentence of 100 to 300 characters.
LENGTH_LOW = 70
LENGTH_HIGH = 200
DENSITY_PROSE = 0.25
DENSITY_FOREIGN = 0.12


def function_word_share(line: str, stopwords: frozenset[str]) -> float:
    words = _WORD.findall(line.lower())
    if not words:
        return 0.0
    return sum(1 for w in words if w in stopwords) / len(words)


def choose_stopwords(text: str) -> frozenset[str] | None:
    """The function-word list of the text's language (French or English), or None for
    another language, which is then left uncleaned."""
    sample = text[:20_000]
    shares = {lang: function_word_share(sample, words) for lang, words in STOPWORDS.items()}
    lang = max(shares, key=lambda k: shares[k])
    return STOPWORDS[lang] if shares[lang] >= 0.2 else None


def is_interface(line: str) -> bool:
    """True for a line of site interface: share buttons, login, cookie and legal text."""
    text = line.strip()
    if _INTERFACE_LINE.match(text) or _PAYWALL_TAG.search(text):
        return True
    return len(text) < 400 and bool(_INTERFACE_PHRASE.search(text))


def classify(line: str, stopwords: frozenset[str]) -> Kind:
    text = line.strip()
    size = len(text)
    if is_interface(text):
        return Kind.BAD
    words = _WORD.findall(text)
    share = function_word_share(text, stopwords)
    if len(words) >= 5 and share < DENSITY_FOREIGN:
        return Kind.BAD
    if size < LENGTH_LOW:
        return Kind.SHORT if _SENTENCE_END.search(text) or _LEAD_IN.search(text) else Kind.TITLE
    if share < DENSITY_PROSE:
        return Kind.NEAR
    if size >= LENGTH_HIGH:
        return Kind.GOOD
    # A medium line is prose when it closes like a sentence; a headline may end in '?',
    # '!' or a quote, so those count only when the line holds more than one sentence.
    if _CLOSED.search(text) or _LEAD_IN.search(text):
        return Kind.GOOD
    if _SENTENCE_END.search(text) and _INNER_SENTENCE.search(text):
        return Kind.GOOD
    return Kind.NEAR if _SENTENCE_END.search(text) else Kind.TITLE


def split_lines(text: str) -> list[Line]:
    """The lines of `text` (split on LF only, as readers normalise line ends) with their offsets."""
    lines: list[Line] = []
    pos = 0
    for raw in text.split("\n"):
        lines.append(Line(pos, min(pos + len(raw) + 1, len(text)), raw))
        pos += len(raw) + 1
    return lines


def _continues(previous: Line, line: Line) -> bool:
    """True when `line` goes on with the sentence of `previous` (text wrapped at a fixed width)."""
    before, after = previous.text.rstrip(), line.text.lstrip()
    if not before or not after or _SENTENCE_END.search(before) or _LEAD_IN.search(before):
        return False
    if is_interface(before) or _META_LINE.match(before.strip()):
        return False
    return after[0].islower() or before.endswith(",")


def paragraphs(lines: Sequence[Line]) -> list[Paragraph]:
    out: list[Paragraph] = []
    previous: Line | None = None
    for line in lines:
        if line.blank:
            previous = None
            continue
        if previous is not None and out and _continues(previous, line):
            out[-1].lines.append(line)
        else:
            out.append(Paragraph([line]))
        previous = line
    return out


def _resolve_context(paras: Sequence[Paragraph]) -> None:
    """A doubtful paragraph next to prose is prose (jusText's context rule), and so is
    whatever a lead-in line announces (`X écrit :` then the quote or tweet)."""
    for i, para in enumerate(paras):
        before = paras[i - 1] if i > 0 else None
        after = paras[i + 1] if i + 1 < len(paras) else None
        if para.kind is Kind.NEAR and Kind.GOOD in (before and before.kind, after and after.kind):
            para.kind = Kind.GOOD
        elif para.kind in (Kind.NEAR, Kind.TITLE, Kind.SHORT) and before is not None and before.lead_in:
            para.kind = Kind.GOOD
    for i in range(len(paras) - 2, -1, -1):
        if paras[i].kind is Kind.NEAR and paras[i + 1].kind is Kind.GOOD:
            paras[i].kind = Kind.GOOD


def _scores(paras: Sequence[Paragraph]) -> list[float]:
    """Prose scores its length; the rest costs more the longer the run of non-prose, so one
    subheading or photo caption inside an article costs little and a list of thirty
    headlines is a wall."""
    scores: list[float] = []
    run = 0
    for para in paras:
        size = len(para.text)
        if para.kind is Kind.GOOD:
            run = 0
            # Readers' comments are prose too, but never the article.
            scores.append(size * (0.2 if para.comments else 1.0))
            continue
        if para.lead_in and para.kind is not Kind.BAD:
            scores.append(0.0)
            continue
        run += 1
        if para.kind is Kind.BAD:
            cost = max(100.0, float(size))
        elif para.kind is Kind.TITLE:
            cost = 30.0
        elif para.kind is Kind.NEAR:
            cost = 20.0
        else:
            cost = 10.0
        scores.append(-cost * (1 + 0.5 * (run - 1)))
    return scores


def _best_run(scores: Sequence[float]) -> tuple[int, int] | None:
    """Indices (first, last) of the contiguous run with the highest total, if positive."""
    best = 0.0
    best_span: tuple[int, int] | None = None
    total = 0.0
    start = 0
    for i, score in enumerate(scores):
        if total <= 0:
            total, start = score, i
        else:
            total += score
        if total > best:
            best, best_span = total, (start, i)
    return best_span


def _headline_before(paras: Sequence[Paragraph], first: int) -> int | None:
    """Index of the headline just above the body, skipping a byline or date line."""
    i = first - 1
    skipped = 0
    while i >= 0 and skipped <= 2:
        para = paras[i]
        if para.kind is Kind.BAD:
            return None
        if para.meta:
            skipped += 1
            i -= 1
            continue
        text = para.text
        if para.kind in (Kind.TITLE, Kind.NEAR, Kind.SHORT) and 3 <= len(text) <= 250 and not para.lead_in:
            return i
        return None
    return None


def _drop_inside(paras: Sequence[Paragraph], first: int, last: int) -> set[int]:
    """Paragraphs inside the article run that are still not article: interface text,
    bylines, and boxes of three or more headline-like lines (links to other articles)."""
    drop: set[int] = set()
    i = first
    while i <= last:
        para = paras[i]
        if para.kind is Kind.BAD or para.meta:
            drop.add(i)
        if para.kind is Kind.TITLE:
            j = i
            while j + 1 <= last and paras[j + 1].kind is Kind.TITLE:
                j += 1
            if j - i + 1 >= 3:
                drop.update(range(i, j + 1))
            i = j + 1
            continue
        i += 1
    return drop


def clean_text(text: str, *, stopwords: frozenset[str] | None = None) -> str:
    """Return the article body (and its headline) of `text`, without the page around it.

    Removed lines simply disappear, with the blank lines that followed them; lines kept
    are unchanged. `text` comes back as it is when it has no prose paragraph (nothing to
    tell the article from the rest), is in neither French nor English (unless `stopwords`
    is given), or is all article.
    """
    if stopwords is None:
        stopwords = choose_stopwords(text)
        if stopwords is None:
            return text
    lines = split_lines(text)
    paras = paragraphs(lines)
    if len(paras) < 3:
        return text
    in_comments = seen_prose = False
    for para in paras:
        body = para.text
        para.kind = classify(body, stopwords)
        para.lead_in = bool(_LEAD_IN.search(body)) and para.kind is not Kind.BAD
        para.meta = para.kind is not Kind.GOOD and bool(_META_LINE.match(body))
        if seen_prose and _COMMENTS_START.match(body):
            in_comments = True
        para.comments = in_comments
        seen_prose = seen_prose or para.kind is Kind.GOOD
    _resolve_context(paras)
    span = _best_run(_scores(paras))
    if span is None:
        return text
    first, last = span
    drop = _drop_inside(paras, first, last)
    headline = _headline_before(paras, first)
    if headline is not None:
        first = headline
    keep = [i for i in range(first, last + 1) if i not in drop]
    if not keep:
        return text
    if len(keep) == len(paras):
        return text
    return _assemble(text, lines, [line for i in keep for line in paras[i].lines])


def _assemble(text: str, lines: Sequence[Line], kept: Sequence[Line]) -> str:
    """Join kept lines with the blank lines that followed each of them in the text, but
    none after the last one."""
    kept_starts = {line.start for line in kept}
    parts: list[str] = []
    keeping = False
    for line in lines:
        if line.start > kept[-1].start:
            break
        if line.start in kept_starts:
            keeping = True
            parts.append(text[line.start : line.end])
        elif not line.blank:
            keeping = False
        elif keeping:
            parts.append(text[line.start : line.end])
    return "".join(parts).rstrip("\n")
