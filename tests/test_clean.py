"""Cleaning: readers' comments that trail an article with no heading, told from the article by
how they are typed, removed only on strong evidence and reported as a warning."""

from __future__ import annotations

from depeche.readers.clean import clean, clean_text, reader_signs, strip_reader_tail
from depeche.readers.common import Options, make_article
from depeche.records import Article

# A made-up dispatch, long enough that the comments below it sit in the second half.
_ARTICLE = [
    "Incendie dans le port : trois entrepôts détruits",
    "Un incendie a ravagé dans la nuit de samedi à dimanche trois entrepôts du port de commerce, a indiqué "
    "la préfecture, qui a fait évacuer une centaine de riverains par précaution.",
    "Selon les pompiers, le feu est parti d'un stock de palettes vers deux heures du matin avant de gagner "
    "les bâtiments voisins, attisé par un vent violent venu de la mer. Quarante sapeurs-pompiers ont été "
    "mobilisés jusqu'au petit matin.",
    "Le maire de la ville, Claire Fontanel, a annoncé l'ouverture d'une enquête et promis une aide aux "
    "entreprises touchées, dont deux employaient près de soixante salariés. La Bretagne a connu trois "
    "sinistres semblables depuis le début de l'année, selon la chambre de commerce.",
    "Les causes de l'incendie restent inconnues. Le parquet n'exclut aucune piste, y compris celle d'un "
    "acte criminel, a précisé son porte-parole dimanche en fin de matinée.",
]
# Comments typed by readers, but without `je`, `vous` or `!!`: careless typing only.
_COMMENTS = [
    "encore un incendie dans ce port, c est toujours la meme histoire et l etat regarde ailleurs.",
    "la bretagne merite mieux que ca, les entrepots etaient deja vetustes depuis des annees.",
    "Marc29 le 12/03/2011 à 14h02",
    "tout le monde savait que ces hangars etaient dangereux, il suffisait de passer devant.",
]
# Comments that read like readers' by their voice: the page cleaner finds those itself.
_CHATTY = [
    "Encore une fois personne n'a rien vu venir !!! On nous prend pour des idiots.",
    "je suis bien d'accord avec vous,c'est toujours la même chose chaque été...",
    "Vous oubliez que ces entrepôts datent des années soixante, personne ne veut payer pour les entretenir.",
    "Courage aux salariés :) j'ai de la famille là-bas et ils ont tout perdu.",
]


def test_comments_without_a_heading_are_removed_and_reported() -> None:
    text = "\n".join(_ARTICLE + _COMMENTS)
    cleaned = clean(text)
    assert cleaned.text == "\n".join(_ARTICLE)
    [warning] = cleaned.warnings
    assert "removed 4 paragraph(s) at the end that read like readers' comments" in warning
    assert "missing apostrophes" in warning and "comment header" in warning
    assert "encore un incendie" in warning
    assert clean_text(text) == cleaned.text


def test_a_comment_section_found_by_voice_is_reported_too() -> None:
    cleaned = clean("\n".join(_ARTICLE + ["Envoyer par email"] + _CHATTY))
    assert cleaned.text == "\n".join(_ARTICLE)
    assert cleaned.warnings == ("removed 4 paragraph(s) of readers' comments below the article",)


def test_a_closing_quote_in_lowercase_after_a_dash_stays() -> None:
    quote = "— on ne reconstruira pas ici tant que l'enquête n'aura pas rendu ses conclusions, nous a confié un docker."
    text = "\n".join([*_ARTICLE, quote])
    cleaned = clean(text)
    assert cleaned.text == text
    assert cleaned.warnings == ()


def test_a_testimony_announced_by_a_lead_in_stays() -> None:
    lead_in = "Sur les réseaux sociaux, un habitant du quartier écrit :"
    testimony = "j'ai vu les flammes depuis ma fenêtre, c'était impressionnant, on a tous eu très peur !!"
    text = "\n".join([*_ARTICLE, lead_in, testimony])
    assert clean(text).text == text


def test_weak_signs_are_not_enough() -> None:
    # One paragraph with one exclamation is no evidence of a comment thread.
    text = "\n".join([*_ARTICLE, "Les riverains, eux, attendent des réponses !"])
    assert clean(text).text == text


def test_the_first_half_is_never_removed() -> None:
    # Short article, long thread: the comments in the first half of the text stay.
    text = "\n".join(_ARTICLE[:2] + _COMMENTS * 3)
    tail = strip_reader_tail(text)
    assert tail.removed
    assert len(tail.text) >= len(text) // 2
    assert tail.text.startswith("\n".join(_ARTICLE[:2]))


def test_an_author_writing_in_the_first_person_keeps_the_end_of_the_text() -> None:
    # The top of the article says `je` and `vous` itself, so they are no sign of a reader there.
    column = [
        "Lettre à mes voisins du port",
        "Je vous écris ce matin parce que je n'ai pas dormi : depuis ma fenêtre, j'ai vu brûler les "
        "entrepôts où j'ai travaillé vingt ans, et je sais que vous aussi vous avez regardé sans pouvoir rien faire.",
        "Je me souviens des hivers où nous déchargions les cargos à la main, et je vous avoue que voir tout "
        "cela partir en fumée m'a serré le cœur plus que je ne l'aurais cru.",
        "Vous me direz que ce ne sont que des murs. Je vous répondrai que ces murs étaient notre histoire, "
        "et que je ne veux pas qu'on les remplace par des parkings.",
        "Alors je vous le demande : venez dimanche à la réunion publique, et dites-le avec moi !",
        "Je compte sur vous, mes amis, et je vous embrasse !",
    ]
    text = "\n".join(column)
    assert clean(text).text == text


def test_signs_of_a_reader() -> None:
    assert reader_signs("la faute du ministre c est un echec pour le regime .")["missing apostrophes"] == 1
    assert reader_signs("la faute du ministre c est un echec pour le regime .")["missing accents"] == 1
    assert reader_signs("Il reste a savoir qui a menti.")["missing accents"] == 1
    assert reader_signs("Pierre75 le 12/03/2011 à 14h02") == {"comment header": 1}
    assert reader_signs("C'est pas fini ?!! lol") ["!!! or ..."] == 1
    assert "text-message spellings" in reader_signs("pk personne ne dit rien lol")
    assert "reply to a reader" in reader_signs("@ Jean vous n'avez rien compris")
    assert reader_signs("la france et la syrie", {"france", "syrie"})["lowercase names"] == 2


def test_edited_french_shows_no_sign() -> None:
    for text in [
        "Le secrétaire général de l'ONU, Ban Ki-moon, a appelé à un cessez-le-feu, selon son porte-parole.",
        "L'hélicoptère volait à 100 m au-dessus de la ville quand il a été touché, a indiqué l'état-major.",
        "Mis à jour le 12/03/2011 à 14h02",
        "« je ne partirai pas, vous m'entendez ? » a lancé le dirigeant devant ses partisans.",
    ]:
        assert reader_signs(text) == {}, text


def test_articles_carry_the_warning() -> None:
    text = "\n".join(_ARTICLE + _COMMENTS)
    article = make_article(doc_id="port", text=text, source="port.txt", options=Options(), published=None)
    assert isinstance(article, Article)
    assert article.text == "\n".join(_ARTICLE)
    assert any("readers' comments" in w for w in article.warnings)
    untouched = make_article(
        doc_id="port", text=text, source="port.txt", options=Options(clean=False), published=None
    )
    assert isinstance(untouched, Article) and untouched.text == text
    assert not any("readers' comments" in w for w in untouched.warnings)


def test_runs_of_blanks_between_words_become_one_space() -> None:
    from depeche.readers.clean import single_spaces

    text = "Paris et Londres  ont affiché\u00a0\u00a0leur intention.\n\nLe bilan est de 20\u202f000 morts  .  \n"
    expected = "Paris et Londres ont affiché leur intention.\n\nLe bilan est de 20\u202f000 morts .  \n"
    assert single_spaces(text) == expected


def test_cleaning_gives_the_pipeline_single_spaces() -> None:
    text = "\n\n".join(_ARTICLE).replace("trois entrepôts du port", "trois entrepôts   du port")
    assert "entrepôts du port" in clean_text(text)
    assert "  " not in clean_text(text).replace("\n", "")
