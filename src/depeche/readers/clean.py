"""Strip web-page boilerplate (menus, lists of other headlines, share and subscription
buttons, cookie and comment blocks) from around the body of a scraped news article, and
the readers' comments that trail the body with no heading."""

from __future__ import annotations

import re
from collections.abc import Sequence, Set
from dataclasses import dataclass
from enum import Enum


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


FRENCH_FUNCTION_WORDS = _words(
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
    """
)
ENGLISH_FUNCTION_WORDS = _words(
    """
    the a an of to in and or but is are was were be been being has have had it its this that these
    those for on with by at from as not no he she they we you i his her their our your which who whom
    what when where there than then so if into about after over also can could would will may should
    do does did him them us me my out up more most some any all such only just other while during
    """
)
STOPWORDS = {"fr": FRENCH_FUNCTION_WORDS, "en": ENGLISH_FUNCTION_WORDS}

# Interface text of news sites: a line that is one of these (or starts with one, for the
# short ones) is never part of an article. Anchored so that a sentence of the body that
# merely mentions "commentaire" or "Facebook" is untouched.
_INTERFACE_LINE = re.compile(
    r"""^\W*(?:
        partager(?:\s+(?:cet|l')\s*article|\s+sur\b.*)? | partagez\b.* | tweeter | twitter | facebook
        | linkedin | whatsapp | pinterest | messenger | e-?mail | imprimer(?:\s+cet\s+article)?
        | envoyer(?:\s+(?:par|à)\b.*)? | (?:agrandir|réduire)\s+(?:le\s+)?texte
        | (?:ajouter\s+(?:à|aux)\s+)?(?:mes\s+)?favoris\b.* | copier\s+le\s+lien | lien\s+copié
        | s'abonner\b.* | abonnez-vous\b.* | je\s+m'abonne\b.* | se\s+connecter | connexion | déconnexion
        | (?:se\s+)?déconnecter | mon\s+compte | mot\s+de\s+passe\b.* | inscription
        | (?:créer|créez)\s+(?:un|votre)\s+compte\b.* | newsletters?\b.{0,60}
        | (?:lire|voir|écouter|regarder|découvrez|retrouvez|consultez)\s+
          (?:aussi|également|plus|la\s+suite|notre|nos|l'|le\s|la\s|les\s|tous|toutes)\b.{0,200}
        | à\s+lire\s+(?:aussi|également)\b.* | sur\s+le\s+même\s+sujet | dans\s+la\s+même\s+rubrique
        | (?:articles?|contenus?)\s+(?:similaires|liés|associés|sponsorisés)
        | les\s+plus\s+(?:lus|partagés|commentés|populaires)
        | publicité | (?:\d+\s+)?(?:commentaires?|réactions?) | réagir | réagissez\b.*
        | (?:voir|afficher)\s+(?:les|tous\s+les)\s+(?:commentaires|réponses)\b.* | répondre
        | signaler\s+(?:un\s+)?(?:abus|contenu)\b.* | accueil | menu | rechercher | recherche
        | retour\s+en\s+haut(?:\s+de\s+(?:la\s+)?page)? | fermer | suivez-nous\b.* | suivre
        | annonces?\s+(?:immobilières|classées) | toute\s+l'actualité\b.* | [àa]\s+la\s+une | vidéos? | photos?
        | diaporama | podcasts? | direct | en\s+direct | plan\s+du\s+site | nous\s+contacter | contactez-nous
        | share | tweet | print | subscribe\b.* | sign\s+in | log\s+in | read\s+more\b.* | related\b.* | advertisement
    )\W*$""",
    re.IGNORECASE | re.VERBOSE,
)
# Phrases of legal, cookie, account or paywall text wherever they appear in a line of
# moderate length (a cookie banner is often a full sentence).
_INTERFACE_PHRASE = re.compile(
    r"""cookies?\b | traceurs | politique\s+de\s+(?:confidentialité|protection\s+des\s+données) | données\s+personnelles
    | données\s+à\s+caractère\s+personnel | mentions\s+légales | conditions\s+générales | tous\s+droits\s+réservés
    | ©\s*\d{4} | copyright | en\s+poursuivant\s+votre\s+navigation | réservé\s+aux\s+abonnés | article\s+réservé
    | contenu\s+réservé | déjà\s+abonné | abonnez-vous | votre\s+abonnement | sans\s+engagement
    | (?:votre|l')\s*adresse\s+(?:e-?)?mail | identifiez-vous | connectez-vous | vous\s+connecter
    | (?:créez|créer)\s+(?:votre|un)\s+compte | (?:votre|ce|un)\s+compte\s+(?:sur|avec|afin|pour)\b
    | avec\s+(?:votre|ce)\s+compte | mot\s+de\s+passe | en\s+cliquant | cliquez | inscrivez-vous
    | recevez\s+(?:gratuitement|chaque|notre|nos|l'essentiel)
    | newsletters?\b | accès\s+illimité | version\s+numérique | édition\s+abonnés | abonnement
    | champs?\s+obligatoires? | ne\s+le\s+remplissez\s+pas
    | a\s+bien\s+été\s+(?:prise\s+en\s+compte|envoyée|enregistrée)
    | désinscri | téléchargez\s+l'application | navigateur | javascript | all\s+rights\s+reserved | privacy\s+policy
    | terms\s+of\s+(?:use|service)""",
    re.VERBOSE,  # matched on lowercased text: much faster than IGNORECASE
)
# Arrows in front of a line mark a link to another page.
_LINK_ARROW = re.compile(r"^\s*(?:>>|»»|→|►|▶)")
# A headline in a list of links often carries a paywall tag after it.
_PAYWALL_TAG = re.compile(r"\s(?:abonnés?|premium|exclusif\s+abonnés|réservé\s+aux\s+abonnés)\s*$", re.IGNORECASE)
# Lines said by the site about the article rather than by the article: who wrote it, when,
# a photo credit, the reading time. Dropped between the headline and the body.
_META_LINE = re.compile(
    r"""^\W*(?:par\s+\S.{0,80} | (?:publié|mis\s+à\s+jour|modifié|actualisé)\b.{0,100}
    | (?:le\s+)?\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b.{0,60} | (?:photo|crédits?|©|source)\s*:?.{0,80}
    | (?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?\d{1,2}(?:er)?\s+
      (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\s+\d{4}.{0,60})$""",
    re.IGNORECASE | re.VERBOSE,
)
_META_PHRASE = re.compile(
    r"\b(?:publié|mis\s+à\s+jour|modifié|actualisé)\s+le\s+\d|temps\s+de\s+lecture|lecture\s*:?\s*\d+\s*min",
    re.IGNORECASE,
)
_MONTHS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
# A photo caption names the place and day of the picture: `Des manifestants à Damas, le
# 7 avril 2012` or `..., le 7 avril 2012 à Damas`.
_CAPTION = re.compile(
    rf",\s+(?:le\s+)?\d{{1,2}}(?:er)?\s+(?:{_MONTHS})(?:\s+\d{{4}})?(?:\s+(?:à|au|en|près\s+de)\s+[^.!?]{{1,40}})?\W*$",
    re.IGNORECASE,
)
# A dateline opens a dispatch: `(Athènes) Un incendie...`, `PARIS (AFP) - ...`. A second
# one further down starts another article (a list of latest news under the first).
_DATELINE = re.compile(
    r"""^(?:\([A-ZÀ-Ý][\w'’.-]*(?:[ -][\w'’.-]+){0,3}\)\s+[A-ZÀ-Ý«"“]
    | [A-ZÀ-Ý][A-ZÀ-Ý'’ .-]{1,40}(?:,\s[^()]{0,30})?\s\((?:AFP|Reuters|AP|ATS|Belga|APS|MAP|Xinhua|PC)\)\s*[-–—])""",
    re.VERBOSE,
)
# The start of a comment section: prose below it is readers', not the newsroom's.
_COMMENTS_START = re.compile(
    r"^\W*(?:\d+\s+)?(?:commentaires?|réactions?|vos\s+réactions|réagissez.*|réagir|laisser\s+un\s+commentaire"
    r"|ajouter\s+un\s+commentaire|écrire\s+un\s+commentaire|comments?|leave\s+a\s+(?:comment|reply))\W*$",
    re.IGNORECASE,
)
# Text of a comment form or of its moderation rules, wherever it appears in a line: the
# comment section starts there.
_COMMENT_FORM = re.compile(
    r"""(?:laisser|ajouter|écrire|poster|publier|rédiger)\s+(?:un|votre)\s+commentaire | votre\s+commentaire
    | vos\s+commentaires | commentaires?\s+(?:sont|seront|est|sera)\s+(?:désormais\s+)?(?:modérés?|publiés?|relus?)
    | charte\s+(?:de\s+(?:modération|bonne\s+conduite|participation)|des\s+(?:commentaires|contributions))
    | nétiquette | ce\s+champ\s+vide | commentaires\s+(?:sont\s+)?(?:fermés|clos)
    | soyez\s+le\s+premier\s+à\s+(?:commenter|réagir) | pour\s+(?:commenter|réagir)\b""",
    re.VERBOSE,  # matched on lowercased text
)
# The header or footer line of one reader comment: a pseudonym and a time, `Posté par X`,
# `X a écrit :`, the buttons under it, its number, its age.
_COMMENT_MARK = re.compile(
    rf"""^\W*(?:(?:posté|postée|écrit|écrite|envoyé|envoyée|rédigé|rédigée)\s+par\s+\S.{{0,80}}
    | répondre(?:\s+à\s+\S.{{0,40}})? | signaler(?:\s+(?:un|ce|le))?\s+(?:abus|commentaire|contenu).{{0,20}}
    | recommander | alerter | j'aime | (?:\d+\s+)?(?:réponses?|recommandations?|votes?) | \#\s?\d{{1,5}}
    | il\s+y\s+a\s+\d+\s+(?:secondes?|minutes?|min|heures?|h|jours?|semaines?|mois|ans?)
    | \S+(?:\s\S+)?\s+a\s+écrit\s*:
    | .{{0,60}}?\b\d{{1,2}}(?:er)?(?:[/.-]\d{{1,2}}[/.-]|\s+(?:{_MONTHS})\s+)\d{{2,4}}
      ,?\s*(?:à|-|,|\|)?\s*\d{{1,2}}\s*[h:]\s*\d{{2}}.{{0,20}}
    )\W*$""",
    re.IGNORECASE | re.VERBOSE,
)
# Signs of a reader rather than a reporter, outside quotes (a quote may run on to the end
# of its paragraph, as French continues a quote over several): speaking as `je` or to
# `vous`, `!!`, smileys; and weaker ones, careless typing (no space after a comma, a
# lowercase start, `Mr`, `...` twice, shouting) or a reply (`>`).
_QUOTED = re.compile(r"«[^»]{0,3000}(?:»|$)|“[^”]{0,3000}(?:”|$)|\"[^\"\n]{0,3000}(?:\"|$)|^\s*[-–—]\s.*")
# (matched on lowercased text, with a leading space: much faster than lookbehinds)
_PERSON = re.compile(r"[\s(«\"“](?:j['’]|(?:je|moi|mon|ma|mes|tu|toi|vous|votre|vos)(?=[\s,.;:!?)»\"”…]|$))")
_CHATTY = re.compile(r"[!?][!?]|[:;]-?[()dp](?!\w)|\b(?:lol|mdr|ptdr)\b")
_CARELESS = re.compile(r"[a-zà-ÿ][,;][a-zà-ÿ]|\bM[rR]\.?\s|[A-ZÀ-Ý]{4,}\s+[A-ZÀ-Ý]{4,}\s+[A-ZÀ-Ý]{4,}")
_INTERVIEW = re.compile(r"\b(?:interview|entretien|propos\s+recueillis|questions?\s+à)\b", re.IGNORECASE)
# A tweet quoted in the article (`@compte : ...`, hashtags) is neither.
_TWEET = re.compile(r"^\W*@\w|(?<![\w&])#[^\W\d_]\w{2,}")
_WORD = re.compile(r"[^\W\d_]+")
_BULLET = re.compile(r"^[-•*–—·▪]\s*\w")
_SENTENCE_END = re.compile(r"[.!?…][\"'»”’)\]]*$")
_CLOSED = re.compile(r"[.…][\"'»”’)\]]*$")
_LEAD_IN = re.compile(r"[:;][\"'»”’)\]]*$")
_INNER_SENTENCE = re.compile(r"[.!?…][\"'»”’)\]]*\s+[«\"“]?[A-ZÀ-ÖØ-Þ]")


class Kind(Enum):
    GOOD = "good"  # a paragraph of prose
    NEAR = "near"  # could be prose; its neighbours decide
    SHORT = "short"  # a short sentence
    TITLE = "title"  # a line without final punctuation: headline, link, menu item, label
    FOREIGN = "foreign"  # in another language: a quote in the original, or a piece of another page
    BAD = "bad"  # interface text


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
    closed: bool = False  # ends like a sentence
    lead_in: bool = False  # ends with ':' and announces what follows (a quote, a tweet)
    meta: bool = False  # byline, date, credit, reading time
    comments: bool = False  # below the start of a comment section
    chatty: bool = False  # reads like a reader's comment (see `is_chatty`)
    mark: bool = False  # the header or footer line of a reader's comment
    form: bool = False  # a comment-section heading or the text of a comment form
    dateline: bool = False  # opens with a dateline: the start of a dispatch

    @property
    def text(self) -> str:
        return " ".join(line.text.strip() for line in self.lines)


# Thresholds in characters and function-word shares, after jusText's defaults, adapted to
# news paragraphs, which are often a single sentence of 100 to 300 characters.
LENGTH_LOW = 70
LENGTH_PROSE = 120  # longer than nearly every headline
LENGTH_HIGH = 200
DENSITY_PROSE = 0.25
DENSITY_FOREIGN = 0.12


def _ends(pattern: re.Pattern[str], text: str) -> bool:
    """True when the end of `text` matches `pattern` (final punctuation and closing quotes);
    only the last characters are searched, so long paragraphs cost nothing more."""
    return pattern.search(text.rstrip()[-8:]) is not None


def function_word_share(text: str, stopwords: frozenset[str]) -> float:
    words = _WORD.findall(text.lower())
    if not words:
        return 0.0
    return sum(1 for w in words if w in stopwords) / len(words)


def choose_stopwords(text: str) -> frozenset[str] | None:
    """The function words of the text's language (French or English), or None for another
    language, which is then left as it is."""
    sample = text[:20_000]
    shares = {lang: function_word_share(sample, words) for lang, words in STOPWORDS.items()}
    lang = max(shares, key=lambda k: shares[k])
    return STOPWORDS[lang] if shares[lang] >= 0.2 else None


def is_interface(line: str) -> bool:
    """True for a line of site interface: buttons, login, paywall, cookie and legal text."""
    text = line.strip()
    if _INTERFACE_LINE.match(text) or _PAYWALL_TAG.search(text[-40:]) or _LINK_ARROW.match(text):
        return True
    if len(text) >= 400:
        return False
    lower = text.lower()
    return bool(_INTERFACE_PHRASE.search(lower) or _COMMENT_FORM.search(lower))


def is_chatty(text: str) -> bool:
    """True for prose that reads like a reader's comment rather than a report: `je` or
    `vous` outside quotes, `!!`, smileys, careless typing, an address to another reader."""
    if ("@" in text or "#" in text) and _TWEET.search(text):
        return False
    bare = _QUOTED.sub(" ", text) if any(q in text for q in '«“"-–—') else text
    lower = " " + bare.lower()
    if _PERSON.search(lower) or _CHATTY.search(lower):
        return True
    stripped = bare.lstrip()
    careless = len(_CARELESS.findall(bare)) + (bare.count("...") >= 2)
    careless += bool(stripped) and (stripped[0].islower() or stripped[0] == ">")
    return careless >= 2


def is_meta(line: str) -> bool:
    """True for a byline, a date line, a credit or a reading time."""
    text = line.strip()
    return len(text) < 160 and bool(_META_LINE.match(text) or _META_PHRASE.search(text))


def classify(text: str, stopwords: frozenset[str]) -> Kind:
    """The kind of one paragraph, from its own features only."""
    text = text.strip()
    size = len(text)
    if is_interface(text):
        return Kind.BAD
    share = function_word_share(text, stopwords)
    if share < DENSITY_FOREIGN and len(_WORD.findall(text)) >= 5:
        return Kind.FOREIGN
    closed = bool(_ends(_SENTENCE_END, text) or _ends(_LEAD_IN, text))
    if size < LENGTH_LOW:
        # A short sentence of prose (a headline seldom ends with a full stop) or an item of
        # a bulleted list may belong to the article: its neighbours decide.
        if _BULLET.match(text) or (_ends(_CLOSED, text) and len(_WORD.findall(text)) >= 5 and share >= DENSITY_PROSE):
            return Kind.NEAR
        return Kind.SHORT if closed else Kind.TITLE
    if share < DENSITY_PROSE:
        return Kind.NEAR
    if size >= LENGTH_HIGH:
        return Kind.GOOD
    # A medium paragraph closing like a sentence may be prose or the blurb under a
    # headline in a list of links: its neighbours decide. A headline may end in '?', '!'
    # or a quote, so those count only when the line holds more than one sentence.
    if _ends(_CLOSED, text) or _ends(_LEAD_IN, text) or (closed and _INNER_SENTENCE.search(text)):
        return Kind.NEAR
    return Kind.NEAR if size >= LENGTH_PROSE else Kind.TITLE


def split_lines(text: str) -> list[Line]:
    """The lines of `text` (split on LF only: readers normalise line ends) with their offsets."""
    lines: list[Line] = []
    pos = 0
    for raw in text.split("\n"):
        lines.append(Line(pos, min(pos + len(raw) + 1, len(text)), raw))
        pos += len(raw) + 1
    return lines


def _continues(previous: Line, line: Line) -> bool:
    """True when `line` goes on with the sentence of `previous` (text wrapped at a fixed width)."""
    before, after = previous.text.strip(), line.text.lstrip()
    if not before or not after or _ends(_SENTENCE_END, before) or _ends(_LEAD_IN, before):
        return False
    if is_interface(before) or is_meta(before):
        return False
    # A comment header (`Pierre75 le 12/03/2011 à 14h02`) is a line of its own.
    if len(before) < 160 and _COMMENT_MARK.match(before):
        return False
    return after[0].islower() or before.endswith(",")


def paragraphs(lines: Sequence[Line]) -> list[Paragraph]:
    """Group lines into paragraphs: a blank line or a sentence end closes one."""
    out: list[Paragraph] = []
    previous: Line | None = None
    for line in lines:
        if line.blank:
            previous = None
            continue
        if previous is not None and _continues(previous, line):
            out[-1].lines.append(line)
        else:
            out.append(Paragraph([line]))
        previous = line
    return out


def _neighbours(paras: Sequence[Paragraph]) -> list[tuple[int | None, int | None]]:
    """For each paragraph, the indices of the paragraphs before and after it, looking past
    quotes in another language (a tweet in the original, then its translation)."""
    out: list[tuple[int | None, int | None]] = [(None, None)] * len(paras)
    last: int | None = None
    for i, para in enumerate(paras):
        out[i] = (last, None)
        if para.kind is not Kind.FOREIGN:
            last = i
    last = None
    for i in range(len(paras) - 1, -1, -1):
        out[i] = (out[i][0], last)
        if paras[i].kind is not Kind.FOREIGN:
            last = i
    return out


def _resolve_context(paras: Sequence[Paragraph]) -> None:
    """Decide the doubtful paragraphs from their neighbours (jusText's context rule).

    Two medium paragraphs that close like sentences, side by side, are prose; whatever a
    lead-in announces (`X écrit :` then a quote or a tweet) is prose; prose spreads to the
    doubtful paragraphs next to it. A lone medium paragraph between headlines stays
    doubtful: that is a list of headlines with their blurbs.
    """
    neighbours = _neighbours(paras)
    seeds: set[int] = set()
    for i, para in enumerate(paras):
        j = neighbours[i][0]
        if j is None:
            continue
        before = paras[j]
        if para.kind is Kind.NEAR and before.kind is Kind.NEAR and para.closed and before.closed:
            seeds.update((i, j))
        if before.lead_in and para.kind in (Kind.NEAR, Kind.SHORT, Kind.TITLE):
            seeds.add(i)
    for i in seeds:
        paras[i].kind = Kind.GOOD
    _spread(paras, neighbours)


def _spread(paras: Sequence[Paragraph], neighbours: Sequence[tuple[int | None, int | None]]) -> None:
    """Turn into prose every doubtful paragraph reachable from prose through doubtful ones."""
    todo = [i for i, para in enumerate(paras) if para.kind is Kind.GOOD]
    while todo:
        for j in neighbours[todo.pop()]:
            if j is not None and paras[j].kind is Kind.NEAR:
                paras[j].kind = Kind.GOOD
                todo.append(j)


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
        elif para.kind in (Kind.TITLE, Kind.FOREIGN):
            cost = 30.0
        else:
            cost = 10.0
        scores.append(-cost * (1 + 0.5 * (run - 1)))
    return scores


def _best_run(scores: Sequence[float], walls: Set[int] = frozenset()) -> tuple[int, int] | None:
    """Indices (first, last) of the contiguous run with the highest total, if positive;
    a run never goes on past a wall (it can start at one)."""
    best = 0.0
    best_span: tuple[int, int] | None = None
    total = 0.0
    start = 0
    for i, score in enumerate(scores):
        if total <= 0 or i in walls:
            total, start = score, i
        else:
            total += score
        if total > best:
            best, best_span = total, (start, i)
    return best_span


def _top(paras: Sequence[Paragraph], first: int) -> list[int]:
    """Indices of the headline, and of the standfirst under it, right above the body.

    Going up from the body: bylines, dates, photo credits and captions, and one- to
    three-word labels (a section, an agency) are skipped; a medium paragraph closing like
    a sentence is the standfirst; the next headline-like line is the headline. Without a
    headline nothing is kept: a lone blurb is more likely a teaser for another article.
    """
    standfirst: int | None = None
    skipped = 0
    for i in range(first - 1, -1, -1):
        para = paras[i]
        text = para.text
        label = para.kind is Kind.TITLE and len(_WORD.findall(text)) <= 3
        caption = para.kind is Kind.SHORT and bool(_ends(_CLOSED, text))
        if para.meta or label or caption:
            skipped += 1
            if skipped > 3:
                break
            continue
        if para.kind in (Kind.BAD, Kind.GOOD, Kind.FOREIGN) or para.lead_in:
            break
        # A dispatch opening with a dateline has no standfirst above it.
        if para.kind is Kind.NEAR and para.closed and standfirst is None and not paras[first].dateline:
            standfirst = i
            continue
        if len(text) <= 250 and not _ends(_CLOSED, text):
            return [i] if standfirst is None else [i, standfirst]
        break
    return []


def _drop_inside(paras: Sequence[Paragraph], first: int, last: int) -> set[int]:
    """Paragraphs inside the article run that are still not article: interface text,
    bylines, and boxes of three or more headline-like lines (links to other articles)."""
    drop: set[int] = set()
    i = first
    while i <= last:
        para = paras[i]
        if para.kind is Kind.BAD or (para.meta and para.kind is not Kind.GOOD):
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


def classify_paragraphs(text: str, stopwords: frozenset[str]) -> list[Paragraph]:
    """The paragraphs of `text`, classed in context (exposed to inspect the cleaner)."""
    paras = paragraphs(split_lines(text))
    for para in paras:
        body = para.text
        para.kind = classify(body, stopwords)
        para.closed = bool(_ends(_SENTENCE_END, body) or _BULLET.match(body))
        para.lead_in = para.kind is not Kind.BAD and bool(_ends(_LEAD_IN, body))
        para.meta = para.kind is not Kind.GOOD and (is_meta(body) or bool(_CAPTION.search(body[-120:])))
        para.dateline = bool(_DATELINE.match(body))
        short = len(body) < 160
        para.mark = short and bool(_COMMENT_MARK.match(body))
        para.form = para.kind is Kind.BAD and (
            bool(_COMMENTS_START.match(body)) or bool(_COMMENT_FORM.search(body.lower()))
        )
        para.chatty = para.kind is not Kind.BAD and not para.mark and is_chatty(body)
    for i, (before, _) in enumerate(_neighbours(paras)):
        # What a lead-in announces (`X écrit :`), or the translation of a quote in another
        # language, is a quote in the article.
        if before is not None and (
            (paras[before].lead_in and not paras[before].chatty) or paras[i - 1].kind is Kind.FOREIGN
        ):
            paras[i].chatty = False
    _resolve_context(paras)
    start = comments_start(paras)
    if start is not None:
        for para in paras[start:]:
            para.comments = True
    return paras


# A comment section is told from the article above it by style alone only with enough
# evidence: this many paragraphs of readers below, and this much sober prose above.
COMMENTS_MIN_SIGNS = 3
COMMENTS_MIN_BODY = 400
_PROSE = (Kind.GOOD, Kind.NEAR, Kind.SHORT)


def _body_chars(paras: Sequence[Paragraph]) -> tuple[int, int]:
    """Characters of prose in `paras`, and how many of them read like readers' comments."""
    prose = [len(p.text) for p in paras if p.kind is Kind.GOOD]
    chatty = [len(p.text) for p in paras if p.kind is Kind.GOOD and p.chatty]
    return sum(prose), sum(chatty)


def comments_start(paras: Sequence[Paragraph]) -> int | None:
    """Index of the first paragraph of the readers' comments under the article, if any.

    A comment heading or the text of a comment form below the body starts them, as long as
    readers' prose or little prose follows. Without one, the comments are the tail of the
    page where paragraphs that read like readers (see `is_chatty`), or comment headers and
    buttons, come thick (the suffix with the most of them, each sober paragraph costing
    half a sign); above it there must be a body of sober prose, and below it no
    interview (questions each followed by an answer).
    """
    by_form = by_style = None
    for i, para in enumerate(paras):
        if not para.form:
            continue
        before, before_chatty = _body_chars(paras[:i])
        if before - before_chatty < COMMENTS_MIN_BODY:
            continue
        after, _ = _body_chars(paras[i:])
        if after < before or any(p.chatty or p.mark for p in paras[i + 1 : i + 30]):
            by_form = i
        break
    by_style = _comments_by_style(paras)
    return min((i for i in (by_form, by_style) if i is not None), default=None)


def _is_question(para: Paragraph) -> bool:
    return len(para.text) < 300 and para.text.rstrip().endswith("?")


def _answered(paras: Sequence[Paragraph]) -> int:
    """Questions each followed by an answer: the turns of an interview."""
    prose = [p for p in paras if p.kind in _PROSE or _is_question(p)]
    return sum(1 for p, q in zip(prose, prose[1:], strict=False) if _is_question(p) and not _is_question(q))


def _comments_by_style(paras: Sequence[Paragraph]) -> int | None:
    best, best_start, total = 0.0, None, 0.0
    for i in range(len(paras) - 1, 0, -1):
        para = paras[i]
        if para.chatty or para.mark:
            total += 1
            # Comments start after a break (a pseudonym, a button, a heading, a short
            # line), never in the middle of a run of paragraphs of prose.
            inside = para.kind in (Kind.GOOD, Kind.NEAR) and (
                paras[i - 1].kind in (Kind.GOOD, Kind.NEAR)
                or (i > 1 and paras[i - 1].kind is Kind.TITLE and paras[i - 2].kind in (Kind.GOOD, Kind.NEAR))
            )
            if total >= best and not inside:
                best, best_start = total, i
        elif para.kind in _PROSE:
            total -= 0.5
    if best_start is None or best < COMMENTS_MIN_SIGNS - 1:
        return None
    tail = paras[best_start:]
    if sum(p.chatty or p.mark for p in tail) < COMMENTS_MIN_SIGNS:
        return None
    before, before_chatty = _body_chars(paras[:best_start])
    if before - before_chatty < COMMENTS_MIN_BODY or before_chatty > 0.25 * before:
        return None
    # An interview (questions to `vous`, answers by `je`) is not a comment thread.
    if any(_INTERVIEW.search(p.text) for p in paras[:best_start] if p.kind is not Kind.GOOD or len(p.text) < 400):
        return None
    window = [p for p in paras[max(0, best_start - 3) : best_start + 12] if p.kind in _PROSE or _is_question(p)]
    answered = _answered(window)
    if answered >= 2 and answered >= 0.25 * len(window):
        return None
    return best_start


def looks_scraped(paras: Sequence[Paragraph]) -> bool:
    """True when the text shows signs of a web page: interface text, a list of three or
    more headlines, several datelines or a comment section. A clean dispatch shows none
    and is never touched."""
    run = titles = 0
    for para in paras:
        if para.kind is Kind.BAD or para.comments:
            return True
        # Short questions and answers of an interview are not a list: it takes headlines.
        if para.kind in (Kind.TITLE, Kind.SHORT):
            run += 1
            titles += para.kind is Kind.TITLE
        else:
            run = titles = 0
        if run >= 3 and titles >= 2:
            return True
    return sum(para.dateline for para in paras) >= 2


@dataclass(frozen=True, slots=True)
class Cleaned:
    """The article body, and what cleaning removed that a user should be told about."""

    text: str
    warnings: tuple[str, ...] = ()


def clean_text(text: str, *, stopwords: frozenset[str] | None = None) -> str:
    """Return the article body (with its headline) of `text`, without the page around it
    and without the readers' comments under it (see `clean`)."""
    return clean(text, stopwords=stopwords).text


def clean(text: str, *, stopwords: frozenset[str] | None = None) -> Cleaned:
    """The article body of `text` (see `strip_page`), then, in French, without the
    readers' comments that trail it with no heading (see `strip_reader_tail`); what the
    second step removes is reported in `warnings`."""
    if stopwords is None:
        stopwords = choose_stopwords(text)
        if stopwords is None:
            return Cleaned(single_spaces(text))
    body, comments = _strip_page(text, stopwords)
    warnings = (f"removed {comments} paragraph(s) of readers' comments below the article",) if comments else ()
    if stopwords != FRENCH_FUNCTION_WORDS:
        return Cleaned(single_spaces(body), warnings)
    tail = strip_reader_tail(body)
    return Cleaned(single_spaces(tail.text), warnings + tail.warnings)


# Two or more blanks between words on one line: scraped pages are full of them (justified text,
# `&nbsp;` runs), and spaCy turns each run into a token the parser hangs sentences on.
_BLANK_RUN = re.compile(r"(?<=\S)[ \t\u00a0\u2007\u2009\u202f]{2,}(?=\S)")


def single_spaces(text: str) -> str:
    """`text` with each run of blanks between two words on a line made one space; line breaks and a
    single non-breaking space (`20 000`, `« Non »`) are left as they are."""
    return _BLANK_RUN.sub(" ", text)


def strip_page(text: str, *, stopwords: frozenset[str] | None = None) -> str:
    """Return the article body (with its headline) of `text`, without the page around it.

    A jusText-like heuristic on paragraphs (lines, or hard-wrapped lines joined): each is
    classed by its length, its share of function words of the text's language, its final
    punctuation and the interface phrases of French (and English) news sites, then by its
    neighbours; the article is the contiguous run with the best prose score (never across
    a second dateline), plus the headline and standfirst right above it.

    Removed lines simply disappear, with the blank lines that followed them; kept lines
    are unchanged. `text` comes back as it is when it shows no sign of a web page (see
    `looks_scraped`): a clean dispatch is never touched. So does a text with fewer than
    three paragraphs or no prose at all (nothing to tell the article from the rest), or in
    neither French nor English (unless `stopwords` is given).
    """
    if stopwords is None:
        stopwords = choose_stopwords(text)
        if stopwords is None:
            return text
    return _strip_page(text, stopwords)[0]


def _strip_page(text: str, stopwords: frozenset[str]) -> tuple[str, int]:
    """`strip_page`, and how many paragraphs of a comment section it removed."""
    paras = classify_paragraphs(text, stopwords)
    if len(paras) < 3 or not looks_scraped(paras):
        return text, 0
    walls = {i for i, para in enumerate(paras) if para.dateline}
    # The article ends where the readers' comments start: no run goes on into them.
    end = next((i for i, para in enumerate(paras) if para.comments), len(paras))
    scores = _scores(paras)
    span = _best_run(scores[:end], walls) or _best_run(scores, walls)
    if span is None:
        # No paragraph is surely prose: a short article, its standfirst and links. Take
        # the medium paragraphs that close like sentences as the prose there is.
        for para in paras:
            if para.kind is Kind.NEAR and para.closed:
                para.kind = Kind.GOOD
        _spread(paras, _neighbours(paras))
        scores = _scores(paras)
        span = _best_run(scores[:end], walls) or _best_run(scores, walls)
        if span is None:
            return text, 0
    first, last = span
    # The last line of the text right under the body is a signature, `(AFP)` or a name.
    if last == len(paras) - 2 and len(paras[-1].text) <= 60 and paras[-1].kind is not Kind.BAD:
        last += 1
    drop = _drop_inside(paras, first, last)
    keep = sorted(_top(paras, first)) + [i for i in range(first, last + 1) if i not in drop]
    if not keep or len(keep) == len(paras):
        return text, 0
    kept = set(keep)
    comments = sum(1 for i, para in enumerate(paras) if para.comments and i not in kept and para.kind is not Kind.BAD)
    return _assemble(text, [line for i in keep for line in paras[i].lines]), comments


def _assemble(text: str, kept: Sequence[Line]) -> str:
    """Join the kept lines, each with the blank lines that followed it in the text, but
    none after the last one."""
    kept_starts = {line.start for line in kept}
    parts: list[str] = []
    keeping = False
    for line in split_lines(text[: kept[-1].end]):
        if line.start in kept_starts:
            keeping = True
            parts.append(text[line.start : line.end])
        elif not line.blank:
            keeping = False
        elif keeping:
            parts.append(text[line.start : line.end])
    return "".join(parts).rstrip("\n")


# --- readers' comments with no heading, trailing the body ----------------------------------------
#
# Comments under an article often survive without any marker: the site dropped the heading,
# or the scraper kept only the text. They are told from the article by how they are typed,
# compared with how the top of the same article is typed: a newsroom capitalises names,
# writes its apostrophes and accents and starts paragraphs with a capital; readers often
# do not. Each sign below is general French typography, never a word of a particular story.

# A one-letter elision written without its apostrophe: `c est`, `l armee`, `qu il`.
_BARE_ELISION = re.compile(
    r"(?<![\w'’.-])(?:c|d|j|l|m|n|s|t|qu|jusqu|lorsqu|puisqu)\s+(?=[aeiouyhàâäéèêëîïôöûùü])"
)
# Frequent French words typed without their accent or cedilla. None of these spellings is
# a French word (`ete`, `regime`), so in a French paragraph they are careless typing.
_UNACCENTED = _words(
    """
    regime regimes etat etats deja tres apres pres ete etait etaient etre meme memes ca voila
    la-bas peut-etre president presidents securite liberte libertes verite societe realite
    armee armees probleme problemes systeme premiere premieres derniere dernieres deuxieme
    troisieme pere mere frere freres tete interet interets democratie democraties election
    elections egalement economie economique evenement evenements etranger etrangers etrangere
    etrangeres interieur exterieur general generale generaux ministere republique revolution
    revolutions revolutionnaire revolutionnaires developpement decision decisions desormais
    francais francaise francaises recu recue facon garcon reponse reponses idee idees ideologie
    liberation independance independant different differents differente difference reel
    reelle reels reellement colere misere epoque evidemment bientot plutot legitime legitimite
    humanite communaute communautes majorite minorite autorite autorites dignite egalite
    identite strategie desastre negociation negociations prevu prevue arreter creer medecin
    medecins ecole eglise etude etudes
    """
)
# Text-message spellings, matched in lowercase only (`Ki-moon` is a name, `ki` is `qui`).
_SMS = re.compile(
    r"(?<![\w'’-])(?:pk|pq|koi|kan|qd|bcp|tjrs|tjs|stp|svp|slt|mdr|lol|ptdr|dsl|jsuis|chui|chuis|jpense|jsais"
    r"|chais|vrmt|ds|ns|ke|ki|kel|kelle|keske)(?![\w'’-])"
)
# `a` for `à` where `a` (has) cannot stand: before an infinitive or in a fixed phrase
# (`reste a savoir`, `a cause de`), or after a word that never takes `a` (`est a`).
_BARE_A = re.compile(
    r"""(?<![\w'’-])a\s+(?:avoir|être|etre|faire|dire|voir|savoir|prendre|mettre|aller|venir|trouver|penser
    |croire|comprendre|vivre|tuer|changer|payer|parler|donner|laisser|rester|chercher|aider|sauver|lire
    |écrire|ecrire|attendre|suivre|devenir|partir|travers)\b | (?<![\w'’-])a\s+(?:cause|partir|propos)\s+d
    | (?<![\w'’-])(?:est|sont|etait|était|va|vont|bravo|merci|face|grâce|grace|quant|jusqu)\s+a\s""",
    re.VERBOSE,
)
_LOUD = re.compile(r"[!?]{2,}|\.{4,}|[;,]{2,}")
_EXCLAIM = re.compile(r"(?<![!?])[!?](?![!?])")
# A reply to another reader: `@ Pierre`, `> quoted text`.
_REPLY = re.compile(r"^\s*(?:@\s|>)")
_LINK = re.compile(r"https?://|www\.")
# Second person plural verbs (`laissez`, `voulez`) speak to the reader too.
_YOU_VERB = re.compile(r"\b(?!(?:chez|assez|nez|rez)\b)[a-zéèêàâîôûç]{2,}ez\b(?!-)")
_SHOUT = re.compile(r"\b[A-ZÀ-Ý]{6,}\b")
# The words of reporting, which readers seldom use and dispatches always do.
_REPORTING = re.compile(
    r"""\b(?:a|ont|avait|avaient|aurait|auraient)\s+(?:notamment\s+|également\s+|encore\s+)?
    (?:déclaré|indiqué|affirmé|annoncé|précisé|ajouté|expliqué|souligné|rapporté|assuré|estimé
    |dénoncé|confirmé|démenti|rappelé|averti|prévenu|accusé|appelé|fait\s+savoir|raconté|témoigné)\b
    | \b(?:a|ont)-t-(?:il|elle|ils|elles)\b | \bselon\s+(?:l['’]|le|la|les|un|une|des|lui|elle|eux|[A-ZÀ-Ý])
    | \bd['’]après\s+(?:l['’]|le|la|les|un|une|des|[A-ZÀ-Ý]) | \((?:AFP|Reuters|AP|ATS|Belga)\)""",
    re.VERBOSE,
)
# Adjectives of nationality, religion and party are lowercase while the nouns they come
# from are capitalised (`les Syriens`, `l'armée syrienne`): not careless typing.
_ADJECTIVE_ENDING = re.compile(
    r"(?:ien|ienne|ais|aise|ain|aine|ois|oise|an|ane|in|ine|ite|iste|ique|é|ée|e)s?$"
)
# Words that may open a paragraph in lowercase in an edited text.
_LOWER_OPENING = re.compile(r"^(?:[a-zà-ÿ][A-Z]|e-|https?:|www\.|[a-z]+\.[a-z]{2,3}\b)")
_ELIDED = re.compile(r"[^\W\d_]+")

# How many points each sign is worth, and its cap per paragraph: a comment header is
# structure, a lowercase start or `je` alone is a hint.
_SIGN_WEIGHTS: dict[str, tuple[float, float]] = {
    "comment header": (3.0, 3.0),
    "missing apostrophes": (1.5, 3.0),
    "text-message spellings": (1.5, 3.0),
    "missing accents": (1.0, 3.0),
    "lowercase names": (0.75, 1.5),
    "!!! or ...": (1.0, 2.0),
    "reply to a reader": (2.0, 2.0),
    "! or ?": (0.5, 1.0),
    "pasted link": (0.5, 0.5),
    "shouting": (0.5, 1.0),
    "lowercase start": (1.0, 1.0),
    "je or vous": (1.0, 1.0),
    "careless typing": (0.5, 1.0),
}
# A paragraph reads like a reader's from this many points; a block of them is removed
# from this many in all.
READER_POINTS = 1.5
TAIL_MIN_POINTS = 3.5
# Paragraphs without any sign a block may run over (a short comment title, a reply
# quoting the article): beyond that, the article is back.
TAIL_MAX_NEUTRAL = 3
# A sober paragraph this long, that opens with a capital, is the article's.
EDITORIAL_LENGTH = 200


@dataclass(frozen=True, slots=True)
class TailParagraph:
    """One paragraph at the end of a body, with the signs of a reader found in it."""

    start: int  # offset of its first line in the body
    end: int  # offset just past the text of its last line
    text: str
    signs: dict[str, int]
    protected: bool  # a quote announced by the paragraph above it: the article's


def _bare(text: str) -> str:
    """`text` without what it quotes: a reader quoting the article, or the article quoting
    a witness, say nothing of who typed the paragraph."""
    return _QUOTED.sub(" ", text) if any(q in text for q in '«“"-–—') else text


def _capitalised_names(text: str) -> frozenset[str]:
    """Lowercased words `text` always writes with a capital inside a sentence (names),
    and never in lowercase; adjectives of nationality and function words left out."""
    capital: set[str] = set()
    lower: set[str] = set()
    for match in _ELIDED.finditer(text):
        word = match.group()
        if word[0].islower():
            lower.add(word)
            continue
        before = text[max(0, match.start() - 3) : match.start()].rstrip(" '’")
        # Only a capital inside a sentence makes a name: not the first word of a
        # sentence, a line, a quote, or a word in capitals.
        if before and before[-1] not in ".!?:;«\"“—–-(\n" and not word.isupper():
            capital.add(word.lower())
    names = capital - lower - FRENCH_FUNCTION_WORDS
    return frozenset(w for w in names if len(w) >= 3 and not _ADJECTIVE_ENDING.search(w))


def reader_signs(text: str, names: Set[str] = frozenset()) -> dict[str, int]:
    """The signs of a reader's hand in one paragraph (outside what it quotes), by name:
    how many times each is seen. `names` are the words the article capitalises."""
    signs: dict[str, int] = {}
    bare = _bare(text)
    stripped = bare.strip()
    if not stripped:
        return signs
    lower = " " + bare.lower()

    def add(name: str, count: int) -> None:
        if count:
            signs[name] = signs.get(name, 0) + count

    if len(text) < 160 and _COMMENT_MARK.match(text) and not is_meta(text):
        add("comment header", 1)
    # `100 m au-dessus` is a unit after a number, not an elision.
    elisions = [m for m in _BARE_ELISION.finditer(lower) if not lower[: m.start()].rstrip()[-1:].isdigit()]
    add("missing apostrophes", len(elisions))
    add("text-message spellings", len(_SMS.findall(bare)))
    words = _ELIDED.findall(bare)
    add("missing accents", len({w for w in words if w in _UNACCENTED}) + len(_BARE_A.findall(lower)))
    if names:
        add("lowercase names", len({w for w in words if w[0].islower() and w in names}))
    add("!!! or ...", len(_LOUD.findall(bare)))
    add("! or ?", len(_EXCLAIM.findall(bare)))
    add("reply to a reader", bool(_REPLY.match(text)))
    add("pasted link", bool(_LINK.search(bare)))
    add("shouting", len({w for w in _SHOUT.findall(bare) if w.lower() not in names}))
    # Judged on the paragraph as typed: what follows a quote opening it may well be lowercase.
    opening = text.strip()
    if opening[0].islower() and not _LOWER_OPENING.match(opening):
        add("lowercase start", 1)
    if _PERSON.search(lower) or _YOU_VERB.search(lower):
        add("je or vous", 1)
    add("careless typing", len(_CARELESS.findall(bare)))
    return signs


def _points(signs: dict[str, int], discount: dict[str, float]) -> float:
    total = 0.0
    for name, count in signs.items():
        weight, cap = _SIGN_WEIGHTS[name]
        total += min(cap, weight * count) * discount.get(name, 1.0)
    return total


def _tail_paragraphs(body: str, stopwords: frozenset[str]) -> list[TailParagraph]:
    paras = paragraphs(split_lines(body))
    out: list[TailParagraph] = []
    protect_next = False
    for para in paras:
        text = para.text
        foreign = len(_WORD.findall(text)) >= 5 and function_word_share(text, stopwords) < DENSITY_FOREIGN
        tweet = bool(_TWEET.search(text)) if ("@" in text or "#" in text) else False
        start = para.lines[0].start
        end = para.lines[-1].start + len(para.lines[-1].text)
        out.append(TailParagraph(start, end, text, {}, protect_next or foreign or tweet))
        # What a lead-in announces (`X écrit :`), or the translation under a quote in
        # another language, is a quote in the article.
        protect_next = foreign or (_ends(_LEAD_IN, text) and not is_chatty(text))
    return out


def _discounts(top: Sequence[TailParagraph], names: Set[str]) -> dict[str, float]:
    """How much each sign still counts, from how often the top of the article shows it
    itself: an author who writes `je`, or a site that drops accents, is not a reader."""
    seen: dict[str, int] = {}
    chars = 0
    for para in top:
        chars += len(para.text)
        if para.protected:
            continue
        for name, count in reader_signs(para.text, names).items():
            seen[name] = seen.get(name, 0) + count
    discount: dict[str, float] = {}
    for name, count in seen.items():
        if name == "comment header":
            continue
        discount[name] = 0.5 if count * 1000 < 0.5 * max(chars, 1) else 0.0
    return discount


def _editorial(para: TailParagraph, points: float) -> int:
    """2 for a paragraph that is surely the article's (sober, and reporting or announcing a
    quote), 1 for one that likely is (long, sober, opening with a capital: a well-typed
    comment looks the same), else 0."""
    if para.protected or points > 0:
        return 0
    text = para.text.strip()
    if _REPORTING.search(text) or _DATELINE.match(text) or _ends(_LEAD_IN, text):
        return 2
    # A long paragraph that exclaims, asks or trails off may be a well-typed comment.
    bare = _bare(text)
    sober = not any(c in bare for c in "!?…") and "..." not in bare
    return int(len(text) >= EDITORIAL_LENGTH and not text[0].islower() and sober)


@dataclass(frozen=True, slots=True)
class Tail:
    """A body without the readers' comments found trailing it, and the warning saying so."""

    text: str
    removed: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()


def strip_reader_tail(body: str, *, stopwords: frozenset[str] = FRENCH_FUNCTION_WORDS) -> Tail:
    """Remove the readers' comments that trail a French article body with no heading.

    Going up from the last paragraph, each is scored for the signs of a reader (see
    `reader_signs`), each sign counting less when the top half of the article shows it
    too; the walk stops at the first paragraph that is surely the article's (sober and
    reporting, or a lead-in), at two long sober paragraphs in a row, at the middle of the
    text, or after a few paragraphs without signs. The block from the highest reader-like paragraph down is
    removed when its points reach `TAIL_MIN_POINTS`; nothing in the first half ever is.
    """
    paras = _tail_paragraphs(body, stopwords)
    middle = len(body) // 2
    top = [p for p in paras if p.end <= middle]
    if len(paras) < 3 or not top:
        return Tail(body)
    names = _capitalised_names("\n".join(p.text for p in top if not p.protected))
    discount = _discounts(top, names)
    block: int | None = None
    total = 0.0
    pending = 0.0  # points of the paragraphs below the highest reader-like one so far
    neutral = sober = 0
    for i in range(len(paras) - 1, 0, -1):
        para = paras[i]
        if para.start < middle:
            break
        points = 0.0 if para.protected else _points(reader_signs(para.text, names), discount)
        editorial = _editorial(para, points)
        # One sober paragraph may be a well-typed comment; two in a row are the article.
        sober = sober + 1 if editorial == 1 else 0
        if editorial == 2 or sober >= 2:
            break
        pending += points
        if points >= READER_POINTS:
            block, total, neutral = i, total + pending, 0
            pending = 0.0
            continue
        neutral += points == 0
        if neutral > TAIL_MAX_NEUTRAL:
            break
    if block is None or total < TAIL_MIN_POINTS:
        return Tail(body)
    removed = paras[block:]
    seen = sorted({name for p in removed if not p.protected for name in reader_signs(p.text, names)})
    first = removed[0].text
    snippet = first if len(first) <= 70 else first[:70].rsplit(" ", 1)[0] + " …"
    warning = (
        f"removed {len(removed)} paragraph(s) at the end that read like readers' comments "
        f"({total:.1f} points: {', '.join(seen)}), from: {snippet}"
    )
    cut = paras[block - 1].end
    return Tail(body[:cut], tuple(p.text for p in removed), (warning,))
