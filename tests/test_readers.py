"""Readers: every format, every bad input a user can hand over, folders, stdin, cleaning,
language identification, and the evaluation articles."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from depeche.readers import NO_DATE, clean_text, read_inputs
from depeche.readers.decode import DecodeError, decode
from depeche.readers.language import detect_language
from depeche.records import Article, Failure, Published

try:  # tests/ as a package (with __init__.py) or as a plain folder of modules
    from .conftest import EVAL, SEED, need_shared
except ImportError:
    from conftest import EVAL, SEED, need_shared  # type: ignore[no-redef]

DATA = Path(__file__).parent / "data" / "readers"


def read(*inputs: str | Path, **options: object) -> list[Article | Failure]:
    return list(read_inputs([str(i) for i in inputs], **options))  # type: ignore[arg-type]


def one_article(*inputs: str | Path, **options: object) -> Article:
    (item,) = read(*inputs, **options)
    assert isinstance(item, Article), item
    return item


def one_failure(*inputs: str | Path, **options: object) -> Failure:
    (item,) = read(*inputs, **options)
    assert isinstance(item, Failure), item
    return item


# --- reference format -------------------------------------------------------------------


def test_reference_seed_reads_byte_identical_body() -> None:
    raw = need_shared(SEED).read_text(encoding="utf-8")
    article = one_article(SEED)
    assert article.doc_id == "000_04f88fb076471c09"
    assert article.published == Published(2018, 6)
    assert raw.startswith(" date 2018-06 ")
    assert article.text == raw[len(" date 2018-06 ") :]
    assert article.language == "fr"
    assert article.warnings == ()
    assert article.source == str(SEED)


def test_reference_fixture_to_the_day() -> None:
    article = one_article(DATA / "depeche_reference.txt")
    assert article.doc_id == "depeche_reference"
    assert article.published == Published(2019, 3, 14)
    assert article.text.startswith("Trois personnes ont trouvé la mort")
    assert article.warnings == ()


def test_reference_header_alone_on_its_line(tmp_path: Path) -> None:
    path = tmp_path / "d.txt"
    path.write_text("date 2018-06\n\nLes forces gouvernementales ont repris la ville mardi.\n", encoding="utf-8")
    article = one_article(path)
    assert article.published == Published(2018, 6)
    assert article.text == "Les forces gouvernementales ont repris la ville mardi.\n"


def test_reference_impossible_date_reads_the_article_without_date(tmp_path: Path) -> None:
    path = tmp_path / "d.txt"
    path.write_text("date 2018-02-30 Les combats ont repris dans la nuit près de la frontière.", encoding="utf-8")
    article = one_article(path)
    assert article.published is None
    assert article.text == "Les combats ont repris dans la nuit près de la frontière."
    (warning,) = article.warnings
    assert "2018-02-30" in warning


# --- plain text -----------------------------------------------------------------------------


def test_plain_text_without_date_warns() -> None:
    article = one_article(DATA / "plain.txt")
    assert article.doc_id == "plain"
    assert article.published is None
    assert article.warnings == (NO_DATE,)
    assert article.text.startswith("Au moins quatre soldats")


def test_plain_text_takes_the_published_argument() -> None:
    article = one_article(DATA / "plain.txt", published=Published(2021, 5, 2))
    assert article.published == Published(2021, 5, 2)
    assert article.warnings == ()


def test_unknown_extension_named_explicitly_is_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "depeche.md"
    path.write_text("date 2020-01 Des heurts ont opposé manifestants et policiers dans le centre.", encoding="utf-8")
    article = one_article(path)
    assert article.doc_id == "depeche"
    assert article.published == Published(2020, 1)


# --- JSON Lines and JSON ----------------------------------------------------------------------


def test_jsonl_reads_good_lines_and_reports_bad_ones_by_line() -> None:
    path = DATA / "articles.jsonl"
    items = read(path)
    by_source = {item.source: item for item in items}
    assert [item.source for item in items] == [f"{path}:{n}" for n in (1, 2, 3, 4, 6, 7, 8)]  # 5 is blank

    first = by_source[f"{path}:1"]
    assert isinstance(first, Article)
    assert (first.doc_id, first.published, first.title, first.url) == (
        "crue-01",
        Published(2019, 3, 14),
        "Crue à Valbonne",
        "https://exemple.invalid/crue-01",
    )
    second = by_source[f"{path}:2"]
    assert isinstance(second, Article)
    assert (second.doc_id, second.published) == ("2", Published(2019, 3))  # `id` and `date` accepted

    broken = by_source[f"{path}:3"]
    assert isinstance(broken, Failure) and broken.message.startswith("invalid JSON")
    not_object = by_source[f"{path}:4"]
    assert isinstance(not_object, Failure) and "found a list" in not_object.message
    no_text = by_source[f"{path}:6"]
    assert isinstance(no_text, Failure)
    assert (no_text.doc_id, no_text.message) == ("sans-texte", "missing 'text'")
    assert str(no_text) == f"{path}:6 (sans-texte): missing 'text'"

    bad_date = by_source[f"{path}:7"]
    assert isinstance(bad_date, Article) and bad_date.published is None
    assert any("2019-02-30" in w for w in bad_date.warnings)
    no_date = by_source[f"{path}:8"]
    assert isinstance(no_date, Article) and no_date.warnings == (NO_DATE,)


def test_jsonl_missing_date_falls_back_on_published() -> None:
    items = read(DATA / "articles.jsonl", published=Published(2019, 3, 16))
    (no_date,) = [i for i in items if isinstance(i, Article) and i.doc_id == "sans-date"]
    assert no_date.published == Published(2019, 3, 16)
    assert no_date.warnings == ()


def test_json_file_with_one_object_or_a_list(tmp_path: Path) -> None:
    row = {"doc_id": "a", "published": "2017-04-02", "text": "Un attentat a visé le marché central dimanche matin."}
    single = tmp_path / "single.json"
    single.write_text(json.dumps(row), encoding="utf-8")
    assert one_article(single).doc_id == "a"

    several = tmp_path / "several.json"
    several.write_text(json.dumps([row, {**row, "doc_id": "b"}, "oups"]), encoding="utf-8")
    items = read(several)
    assert [getattr(i, "doc_id", None) for i in items[:2]] == ["a", "b"]
    assert isinstance(items[2], Failure) and items[2].source == f"{several}[2]"


def test_broken_json_file_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{\n  "text": "Un texte",\n  oups\n}', encoding="utf-8")
    failure = one_failure(path)
    assert failure.source == f"{path}:3"
    assert failure.message.startswith("invalid JSON")


# --- HTML --------------------------------------------------------------------------------------


def test_html_page_title_url_date_and_text() -> None:
    article = one_article(DATA / "page.html")
    assert article.title == "Inondations à Valbonne : trois morts"
    assert article.url == "https://courrier-du-sud.invalid/2019/03/inondations-valbonne"
    assert article.published == Published(2019, 3, 14)
    assert "plus de 200 habitants ont dû être évacués" in article.text
    assert "Accueil" not in article.text and "Tous droits réservés" not in article.text
    assert article.warnings == ()


def test_html_without_date_uses_published() -> None:
    assert one_article(DATA / "page_sans_date.htm").warnings == (NO_DATE,)
    article = one_article(DATA / "page_sans_date.htm", published=Published(2022, 9))
    assert article.published == Published(2022, 9)
    assert article.title == "Grève des dockers au port"


def test_html_without_text_is_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "vide.html"
    path.write_text("<html><head><title>Rien</title></head><body></body></html>", encoding="utf-8")
    assert one_failure(path).message == "no article text found in the HTML page"


# --- bad inputs --------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["vide.txt", "vide.jsonl", "vide.json", "vide.html"])
def test_empty_file(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"")
    failure = one_failure(path)
    assert failure.message == "empty file"
    assert failure.source == str(path)


def test_whitespace_only_file(tmp_path: Path) -> None:
    path = tmp_path / "blanc.txt"
    path.write_text(" \n\n\t\n", encoding="utf-8")
    assert one_failure(path).message.startswith("empty file")


@pytest.mark.parametrize("name", ["image.txt", "image.jsonl", "image.html", "image.bin"])
def test_binary_file(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    failure = one_failure(path)
    assert failure.message == "binary file, not text"
    assert failure.kind == "unsupported"


def test_invalid_utf8_is_read_as_cp1252_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "windows.txt"
    path.write_bytes("L'armée a annoncé un cessez-le-feu « immédiat » à l'été.".encode("cp1252"))
    article = one_article(path)
    assert article.text == "L'armée a annoncé un cessez-le-feu « immédiat » à l'été."
    assert any("not valid UTF-8" in w and "cp1252" in w for w in article.warnings)


def test_invalid_utf8_line_in_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "windows.jsonl"
    path.write_bytes('{"doc_id": "w", "text": "Une grève générale paralyse le pays."}\n'.encode("cp1252"))
    article = one_article(path)
    assert article.text == "Une grève générale paralyse le pays."
    assert any("cp1252" in w for w in article.warnings)


def test_bom_and_crlf_are_normalised(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + "date 2018-06 Première ligne.\r\nDeuxième ligne.\rTroisième.".encode())
    article = one_article(path)
    assert article.published == Published(2018, 6)
    assert article.text == "Première ligne.\nDeuxième ligne.\nTroisième."


def test_decode_directly() -> None:
    assert decode("é".encode("utf-16")).text == "é"
    with pytest.raises(DecodeError, match="binary"):
        decode(b"abc\x00def")
    with pytest.raises(DecodeError, match="empty"):
        decode(b"")


def test_text_over_max_chars_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("Le conflit se poursuit. " * 210_000, encoding="utf-8")  # about 5 MB
    size = len(path.read_text(encoding="utf-8"))
    failure = one_failure(path, max_chars=2_000_000)
    assert failure.message == f"text of {size} characters exceeds the limit of 2000000; split it or raise --max-chars"
    assert failure.doc_id == "long"


def test_file_far_over_max_chars_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("x" * 5_000, encoding="utf-8")
    failure = one_failure(path, max_chars=1_000)
    expected = "text of at least 1250 characters exceeds the limit of 1000; split it or raise --max-chars"
    assert failure.message == expected


def test_text_up_to_max_chars_is_read(tmp_path: Path) -> None:
    path = tmp_path / "juste.txt"
    text = "Les négociations ont repris à Genève."
    path.write_text(text, encoding="utf-8")
    assert one_article(path, max_chars=len(text)).text == text
    assert "exceeds the limit" in one_failure(path, max_chars=len(text) - 1).message


def test_jsonl_row_over_max_chars_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    rows = [{"doc_id": "court", "text": "Un texte court."}, {"doc_id": "long", "text": "a" * 500}]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    short, long = read(path, max_chars=100)
    assert isinstance(short, Article)
    assert isinstance(long, Failure)
    assert (long.source, long.doc_id) == (f"{path}:2", "long")
    assert "text of 500 characters exceeds the limit of 100" in long.message


def test_missing_path_does_not_stop_the_batch(tmp_path: Path) -> None:
    items = read(tmp_path / "absent.txt", DATA / "plain.txt")
    assert isinstance(items[0], Failure) and items[0].message == "no such file or folder"
    assert isinstance(items[1], Article)


# --- folders -------------------------------------------------------------------------------------


def test_folder_is_read_recursively_sorted_skipping_hidden_and_unknown(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("date 2018-06 Texte B sur les combats de la veille.", encoding="utf-8")
    (tmp_path / "a.jsonl").write_text(json.dumps({"doc_id": "ligne", "text": "Texte A."}) + "\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_text("Texte C sur un attentat.", encoding="utf-8")
    (tmp_path / "sub" / "b.txt").write_text("Autre texte B, dans un sous-dossier.", encoding="utf-8")
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "x.txt").write_text("caché", encoding="utf-8")
    (tmp_path / ".brouillon.txt").write_text("caché", encoding="utf-8")
    (tmp_path / "notes.md").write_text("pas lu", encoding="utf-8")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\x00\x00")
    items = read(tmp_path, detect_language=False)
    assert all(isinstance(i, Article) for i in items)
    assert [i.doc_id for i in items if isinstance(i, Article)] == ["ligne", "b", "sub/b", "sub/c"]


def test_empty_folder_is_reported(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("pas lu", encoding="utf-8")
    failure = one_failure(tmp_path)
    assert failure.kind == "unsupported"
    assert "no file to read" in failure.message


# --- stdin -------------------------------------------------------------------------------------------


def test_stdin_reference_text() -> None:
    stream = io.StringIO(" date 2018-06 Les forces loyales ont lancé une offensive sur la ville.")
    article = one_article("-", stdin=stream)
    assert (article.doc_id, article.source) == ("stdin", "stdin")
    assert article.published == Published(2018, 6)


def test_stdin_plain_bytes_with_published() -> None:
    stream = io.BytesIO("Des pluies torrentielles ont provoqué des glissements de terrain.".encode())
    article = one_article("-", stdin=stream, published=Published(2020, 2, 3))
    assert article.published == Published(2020, 2, 3)


def test_stdin_jsonl_reports_bad_lines() -> None:
    lines = [json.dumps({"doc_id": "x", "text": "Un texte."}), "{cassé", json.dumps({"doc_id": "y", "text": "Autre."})]
    items = read("-", stdin=io.StringIO("\n".join(lines) + "\n"), detect_language=False)
    assert [getattr(i, "doc_id", None) for i in items] == ["x", None, "y"]
    assert isinstance(items[1], Failure) and items[1].source == "stdin:2"


def test_stdin_json_list() -> None:
    data = json.dumps([{"id": "1", "text": "Premier."}, {"id": "2", "text": "Second."}])
    items = read("-", stdin=io.BytesIO(data.encode()), detect_language=False)
    assert [getattr(i, "doc_id", None) for i in items] == ["1", "2"]


def test_stdin_empty() -> None:
    assert one_failure("-", stdin=io.StringIO("")).message == "empty file"


# --- cleaning ----------------------------------------------------------------------------------------


def test_clean_keeps_headline_and_body_and_drops_the_page() -> None:
    raw = (DATA / "scraped.txt").read_text(encoding="utf-8")
    cleaned = clean_text(raw)
    lines = cleaned.split("\n")
    assert lines[0] == "Explosion dans un dépôt de carburant : au moins six morts"
    assert lines[1].startswith("Une explosion a ravagé mercredi après-midi")
    assert lines[-1].startswith("Les riverains, évacués par précaution")
    dropped = ("Accueil", "Abonnés", "Football", "Publié le", "Partager", "Lire aussi", "commentaires", "cookies", "©")
    for gone in dropped:
        assert gone not in cleaned
    assert all(line in raw.split("\n") for line in lines)  # kept lines are unchanged


def test_clean_applies_when_reading_and_can_be_turned_off() -> None:
    raw = (DATA / "scraped.txt").read_text(encoding="utf-8")
    assert one_article(DATA / "scraped.txt").text == clean_text(raw)
    assert one_article(DATA / "scraped.txt", clean=False).text == raw


def test_clean_leaves_the_seed_untouched() -> None:
    body = need_shared(SEED).read_text(encoding="utf-8")[len(" date 2018-06 ") :]
    assert clean_text(body) == body


@pytest.mark.parametrize(
    "text",
    [
        "Trois morts dans un accident.\nLe bus transportait des ouvriers.\nL'enquête est ouverte.",
        "BAMAKO (AFP) - Au moins douze soldats ont été tués dimanche dans une attaque contre un poste "
        "militaire.\n\nL'attaque n'a pas été revendiquée.\n\nLe gouvernement a décrété un deuil national.",
        "Les manifestants ont défilé samedi malgré l'interdiction prononcée la veille par le préfet.\n\n"
        "Une mobilisation en baisse\n\nSelon la police, ils étaient environ 3.000.\n\n(AFP)",
        "Le bilan s'est alourdi jeudi, selon la protection civile:\n- 12 morts dans le nord\n"
        "- 4 morts dans l'est\n- 2 disparus sur la côte\nLes recherches se poursuivent.",
        "Le général a répondu à nos questions.\n\nPourquoi maintenant ?\n\nParce que les deux camps sont "
        "épuisés.\n\nEt après ?\n\nNous verrons.\n\nVous y croyez ?\n\nOui.",
    ],
    ids=["short", "dateline", "subheading", "list", "interview"],
)
def test_clean_leaves_clean_dispatches_untouched(text: str) -> None:
    assert clean_text(text) == text


def test_clean_never_empties_a_text_without_prose() -> None:
    text = "Accueil\nMenu\nRechercher\nSe connecter"
    assert clean_text(text) == text


def test_clean_drops_a_list_of_other_dispatches_below_the_article() -> None:
    body = (
        "Le ministre de l'Intérieur a annoncé jeudi l'arrestation de onze personnes soupçonnées d'avoir "
        "préparé un attentat contre un marché de la capitale, après plusieurs mois d'enquête.\n"
        "Selon le ministre, les suspects, âgés de 19 à 34 ans, avaient acheté des produits chimiques et "
        "repéré les lieux à plusieurs reprises au cours des dernières semaines. Ils ont été placés en "
        "garde à vue dans les locaux de la police judiciaire."
    )
    others = [
        "(Lisbonne) Un incendie de forêt a détruit plus de 2000 hectares dans le centre du Portugal, "
        "selon la protection civile, qui a mobilisé des centaines de pompiers.",
        "(Nairobi) Des pluies diluviennes ont fait au moins quinze morts dans l'ouest du Kenya, "
        "ont annoncé mercredi les autorités locales dans un communiqué.",
        "(Lima) Le Parlement péruvien a rejeté mercredi une motion de censure contre le gouvernement, "
        "au terme d'un débat houleux qui a duré toute la nuit.",
    ]
    text = "\n".join(["Onze arrestations avant un attentat", body, "International en continu", *others])
    assert clean_text(text) == "Onze arrestations avant un attentat\n" + body


_LINES = st.sampled_from(
    [
        "",
        "Accueil",
        "Partager sur Facebook",
        "Le conseil municipal vote la rénovation des écoles",
        "Un séisme a frappé la région mardi, faisant au moins trois morts et des dizaines de blessés selon "
        "les autorités, qui redoutent un bilan plus lourd dans les villages isolés de la montagne.",
        "Les secours ont travaillé toute la nuit.",
        "(Lima) Le Parlement a rejeté la motion de censure au terme d'un long débat nocturne.",
        "12 commentaires",
        "© 2021 Tous droits réservés",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_LINES, max_size=25))
def test_clean_only_removes_whole_lines(lines: list[str]) -> None:
    text = "\n".join(lines)
    cleaned = clean_text(text)
    assert set(cleaned.split("\n")) <= set(lines) | {""}
    if any(line.strip() for line in lines):
        assert cleaned.strip()


# --- language ------------------------------------------------------------------------------------------


def test_language_french_and_english() -> None:
    assert detect_language("Les forces gouvernementales ont repris le contrôle de la ville mardi.") == "fr"
    assert detect_language("Government forces regained control of the city on Tuesday.") == "en"
    assert detect_language("1234 5678") is None


def test_language_set_on_articles_and_optional(tmp_path: Path) -> None:
    path = tmp_path / "en.txt"
    path.write_text("Government forces regained control of the city on Tuesday, officials said.", encoding="utf-8")
    assert one_article(path).language == "en"  # readers do not drop other languages
    assert one_article(path, detect_language=False).language is None


# --- the evaluation articles -----------------------------------------------------------------------------


def test_reads_all_evaluation_articles() -> None:
    path = need_shared(EVAL / "crisis_fr" / "articles.jsonl")
    items = read(path)
    articles = [i for i in items if isinstance(i, Article)]
    assert len(items) == len(articles) == 469
    assert all(a.published is not None and a.text.strip() for a in articles)
    assert {a.language for a in articles} == {"fr"}


# --- cleaning: readers' comments ------------------------------------------------------------------

_ARTICLE = [
    "Inondations dans la vallée : deux villages évacués",
    "Les eaux de la rivière ont envahi dans la nuit de lundi à mardi les deux villages situés en aval du "
    "barrage, contraignant les autorités à évacuer près de quatre cents habitants vers le gymnase de la commune.",
    "Selon la préfecture, aucune victime n'est à déplorer, mais plusieurs routes départementales restent "
    "coupées et les services de l'État redoutent une nouvelle montée des eaux d'ici jeudi soir.",
    "Le maire a demandé la reconnaissance de l'état de catastrophe naturelle, la troisième en dix ans pour "
    "la commune, dont une partie des habitations a été construite en zone inondable.",
]


def test_clean_drops_comments_without_a_heading() -> None:
    comments = [
        "Envoyer par email",
        "Encore une fois les pouvoirs publics n'ont rien anticipé !!! On nous prend pour des idiots.",
        "je suis bien d'accord avec vous,c'est toujours la même chose chaque hiver...",
        "Vous oubliez que le barrage date des années soixante, personne ne veut payer pour l'entretenir.",
        "Courage aux habitants :) j'ai de la famille là-bas et ils ont tout perdu.",
    ]
    text = "\n".join(_ARTICLE + comments)
    assert clean_text(text) == "\n".join(_ARTICLE)


def test_clean_drops_comments_below_a_comment_form() -> None:
    thread = [
        "Veuillez remplir tous les champs obligatoires avant de soumettre votre commentaire.",
        "Mon voisin a dû quitter sa maison en pleine nuit, les pompiers ont été formidables.",
        "Le barrage aurait dû être surélevé depuis longtemps, tout le monde le savait dans la vallée.",
    ]
    text = "\n".join(_ARTICLE + thread)
    assert clean_text(text) == "\n".join(_ARTICLE)


def test_clean_keeps_an_interview() -> None:
    text = "\n".join(
        [
            "Une géologue explique la crue",
            "La chercheuse étudie depuis vingt ans les crues de la vallée et les ouvrages qui les contiennent.",
            "Partager sur Facebook",
            "Pourquoi la rivière est-elle sortie de son lit si vite ?",
            "Je pense que les sols étaient déjà saturés par les pluies de la semaine précédente, et que le "
            "barrage a dû relâcher beaucoup d'eau en quelques heures.",
            "Faut-il craindre une nouvelle crue ?",
            "Vous savez, tout dépend de la météo. Je reste prudente, mais les prévisions sont plutôt bonnes "
            "pour la fin de la semaine.",
            "Que faudrait-il changer ?",
            "Mon conseil est simple : entretenir les digues et ne plus construire dans les zones inondables.",
        ]
    )
    cleaned = clean_text(text)
    assert "Partager" not in cleaned
    assert cleaned.endswith("ne plus construire dans les zones inondables.")


def test_clean_keeps_quoted_tweets_and_testimonies() -> None:
    text = "\n".join(
        [
            "Les réseaux sociaux racontent la crue",
            "Sur les réseaux sociaux, les habitants de la vallée ont partagé toute la nuit des images de la "
            "montée des eaux, parfois au péril de leur sécurité, selon les secours.",
            "Partager sur Twitter",
            "Une habitante du village écrit :",
            "@riveraine: je n'ai jamais vu ça, l'eau arrive aux fenêtres du rez-de-chaussée #crue",
            "Un autre témoigne :",
            "J'ai réveillé mes voisins vers deux heures du matin, nous sommes montés sur la colline.",
            "« Je suis inquiète pour mes amis », confie une troisième, évacuée vers le gymnase.",
            "@valleeinfo : les pompiers sont partout, vous pouvez les appeler au 18 #crue",
        ]
    )
    cleaned = clean_text(text)
    assert "Partager" not in cleaned
    for kept in ("@riveraine: je n'ai jamais vu ça", "J'ai réveillé mes voisins", "« Je suis inquiète pour mes amis »"):
        assert kept in cleaned
