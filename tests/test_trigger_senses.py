"""Trigger senses: a lexicon word fires only in its event sense (subjects that cannot act, modifiers,
objects, governing verbs, pronominal use, clausal complements), checked on made-up French sentences
through the real model (slow), and the lexicon fields that say so validated (fast)."""

from __future__ import annotations

from typing import Any

import pytest

from depeche.stages.events.find import TriggerFinder
from depeche.stages.events.lexicon import Lexicon, LexiconError

# --- the lexicon fields (fast) ---------------------------------------------------------------

_CLASSES = '[classes]\nthings = ["crise", "pluie"]\n'


def test_a_class_named_in_a_word_list_is_expanded() -> None:
    lexicon = Lexicon.from_toml(_CLASSES + '[[trigger]]\nlemmas = ["frapper"]\ntype = "ASSAULT"\n'
                                'not_subjects = ["@things", "Peur"]\nreflexive = false\n')
    (entry,) = lexicon.entries
    assert entry.not_subjects == {"crise", "pluie", "peur"}


@pytest.mark.parametrize(("text", "message"), [
    (_CLASSES + '[[trigger]]\nlemmas = ["x"]\ntype = "ASSAULT"\nnot_subjects = ["@nothing"]\n',
     "unknown class '@nothing' .*classes: things"),
    ('[classes]\nthings = []\n', "class 'things' must be a non-empty list"),
    ('[classes]\nthings = ["@other"]\n', "may not refer to another class"),
    ('classes = 3\n', r"\[classes\] must be a table"),
    ('[[trigger]]\nlemmas = ["x"]\ntype = "ASSAULT"\nnot_modifiers = "guidé"\n', "not_modifiers must be a list"),
    ('[[trigger]]\nlemmas = ["x"]\ntype = "ASSAULT"\nreflexive = "yes"\n', "reflexive must be true or false"),
    ('[[trigger]]\nlemmas = ["x"]\ntype = "ASSAULT"\npos = "NOUN"\nreflexive = true\n', "reflexive needs pos VERB"),
    ('[[trigger]]\nlemmas = ["x"]\ntype = "ASSAULT"\nweight = 2\n', r"weight must be a number in \(0, 1\]"),
    ('[[trigger]]\nlemmas = ["x"]\ntype = "ASSAULT"\npos = "ADJ"\n', "pos must be NOUN, VERB or both"),
])
def test_bad_sense_fields_say_what_and_where(text: str, message: str) -> None:
    with pytest.raises(LexiconError, match=message) as info:
        Lexicon.from_toml(text, "mine.toml")
    assert "mine.toml" in str(info.value)


def test_generic_uprising_nouns_need_both_an_actor_and_a_place_to_be_kept() -> None:
    # the events stage keeps an event at weight + 0.1 (actor) + 0.1 (place in clause) + 0.05 (date) >= 0.65
    lexicon = Lexicon.load()
    for word in ("soulèvement", "révolte", "insurrection", "contestation"):
        (entry,) = lexicon.by_first[word]
        assert entry.type == "PROTEST"
        assert entry.weight + 0.1 + 0.05 < 0.65 <= entry.weight + 0.2, word
    (demo,) = lexicon.by_first["manifestation"]
    assert demo.weight >= 0.65


# --- senses through the real model (slow) ----------------------------------------------------


@pytest.fixture(scope="module")
def finder() -> TriggerFinder:
    return TriggerFinder()


def _fired(nlp: Any, finder: TriggerFinder, text: str) -> set[tuple[str, str]]:
    """(word, type) of each trigger, the word both as lemma and as written (a participle the model
    left unlemmatised is looked for as written)."""
    hits = finder.find(nlp(text))
    return {(w, h.entry.type) for h in hits for w in (h.head.lemma_.lower(), h.head.lower_)}


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "fires"), [
    # a subject that cannot act: an abstraction, a feeling, matter; a relative's antecedent; a passive's agent
    ("La crise économique frappe durement les familles du pays.", ("frapper", "ASSAULT"), False),
    ("Les inondations qui frappent la région ont détruit des routes.", ("frapper", "ASSAULT"), False),
    ("La ville, frappée par la sécheresse, manque d'eau.", ("frapper", "ASSAULT"), False),
    ("L'aviation a frappé plusieurs positions rebelles mardi.", ("frapper", "ASSAULT"), True),
    ("Les soldats qui ont frappé le prisonnier ont été suspendus.", ("frapper", "ASSAULT"), True),
    ("La panique s'est emparée des habitants du quartier.", ("emparer", "ASSAULT"), False),
    ("Les insurgés se sont emparés de l'aéroport lundi.", ("emparer", "ASSAULT"), True),
    ("La situation exige une réponse rapide.", ("exiger", "REQUEST"), False),
    ("Les manifestants exigent le départ du président.", ("exiger", "REQUEST"), True),
    ("Le pont a cédé sous le poids des camions.", ("céder", "CONCEDE"), False),
    ("Le gouvernement a cédé aux grévistes.", ("céder", "CONCEDE"), True),
])
def test_a_verb_whose_subject_cannot_act_is_another_sense(
        nlp: Any, finder: TriggerFinder, text: str, trigger: tuple[str, str], fires: bool) -> None:
    assert (trigger in _fired(nlp, finder, text)) is fires


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "fires"), [
    ("Les randonneurs ont atteint le sommet de la montagne à l'aube.", ("sommet", "CONSULT"), False),
    ("Le sommet de l'Union africaine s'est ouvert lundi à Addis-Abeba.", ("sommet", "CONSULT"), True),
    ("Les touristes ont fait une visite guidée de la vieille ville.", ("visite", "CONSULT"), False),
    ("Le ministre a effectué une visite officielle à Alger.", ("visite", "CONSULT"), True),
    ("Le photographe a capturé une image saisissante de la foule.", ("capturer", "COERCE"), False),
    ("Les rebelles ont capturé trois soldats près de la frontière.", ("capturer", "COERCE"), True),
    ("Le siège social de l'entreprise a été déplacé.", ("siège", "COERCE"), False),
    ("Le siège de la ville dure depuis trois mois.", ("siège", "COERCE"), True),
    ("Le procureur a saisi la justice mardi.", ("saisir", "COERCE"), False),
    ("La police a saisi des armes dans l'entrepôt.", ("saisir", "COERCE"), True),
])
def test_nouns_and_verbs_with_a_physical_or_everyday_sense(
        nlp: Any, finder: TriggerFinder, text: str, trigger: tuple[str, str], fires: bool) -> None:
    assert (trigger in _fired(nlp, finder, text)) is fires


@pytest.mark.slow
@pytest.mark.parametrize(("text", "fires"), [
    ("L'écrivain a signé son livre pour les lecteurs.", False),
    ("Le détenu a dû signer une confession.", False),
    ("Il m'a montré la lettre qu'il a signée.", False),
    ("Les deux pays ont signé un traité de paix.", True),
    ("Les belligérants ont signé un cessez-le-feu mardi.", True),
])
def test_signing_is_an_agreement_only_when_what_is_signed_is_one(
        nlp: Any, finder: TriggerFinder, text: str, fires: bool) -> None:
    assert (("signer", "AGREE") in _fired(nlp, finder, text)) is fires


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "fires"), [
    ("Le gouvernement s'oppose à la résolution.", ("opposer", "REJECT"), True),
    ("Des combats opposant l'armée aux rebelles ont fait dix morts.", ("opposer", "REJECT"), False),
    ("Le ministre a reconnu avoir menti aux députés.", ("reconnaître", "SUPPORT"), False),
    ("Le ministre a reconnu que l'armée avait tiré.", ("reconnaître", "SUPPORT"), False),
    ("« Nous avons eu tort », reconnaît le ministre.", ("reconnaître", "SUPPORT"), False),
    ("La France a reconnu le Conseil national de transition.", ("reconnaître", "SUPPORT"), True),
    ("Le parti soutient que les élections étaient truquées.", ("soutenir", "SUPPORT"), False),
    ("Le parti soutient le candidat de l'opposition.", ("soutenir", "SUPPORT"), True),
    ("Ces groupes ne représentent pas une menace pour la région.", ("menace", "THREATEN"), False),
    ("C'est une menace pour la région.", ("menace", "THREATEN"), False),
    ("Le président a proféré des menaces contre les rebelles.", ("menace", "THREATEN"), True),
])
def test_pronominal_clausal_and_stative_uses(
        nlp: Any, finder: TriggerFinder, text: str, trigger: tuple[str, str], fires: bool) -> None:
    assert (trigger in _fired(nlp, finder, text)) is fires


@pytest.mark.slow
def test_lifting_a_state_of_emergency_is_a_concession_not_a_restriction(nlp: Any, finder: TriggerFinder) -> None:
    fired = _fired(nlp, finder, "Le président a annoncé la levée de l'état d'urgence.")
    assert ("levée", "CONCEDE") in fired
    assert not any(kind == "COERCE" for _, kind in fired)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "fires"), [
    ("Il reste des positions à bombarder dans la région.", False),
    ("L'armée a commencé à bombarder la ville mardi.", True),
])
def test_an_infinitive_qualifying_a_noun_is_something_to_be_done(
        nlp: Any, finder: TriggerFinder, text: str, fires: bool) -> None:
    assert (("bombarder", "ASSAULT") in _fired(nlp, finder, text)) is fires


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Le quartier avait déjà été la cible de raids de l'Otan lundi à Tripoli.",
    "Une vague d'arrestations a frappé lundi les opposants à Tunis.",
])
def test_a_bare_de_event_noun_under_a_frame_noun_is_an_event(nlp: Any, text: str) -> None:
    assert TriggerFinder().find(nlp(text)), text


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "fires"), [
    # a past participle the model tags as an adjective and leaves unlemmatised is still the verb
    ("L'Union européenne a gelé les avoirs de trois généraux.", ("gelé", "SANCTION"), True),
    ("Le lac est gelé depuis une semaine.", ("gelé", "SANCTION"), False),  # a lake cannot act
    ("Les fruits gelés sont vendus moins cher.", ("gelés", "SANCTION"), False),  # no auxiliary: an adjective
    # a military operation: named so, or aimed against someone; not surgery
    ("L'armée a lancé une opération militaire dans la région.", ("opération", "ASSAULT"), True),
    ("Les deux pays ont mené une opération conjointe contre les jihadistes.", ("opération", "ASSAULT"), True),
    ("Le blessé a subi une opération du genou.", ("opération", "ASSAULT"), False),
])
def test_participles_the_model_missed_and_military_operations(
        nlp: Any, finder: TriggerFinder, text: str, trigger: tuple[str, str], fires: bool) -> None:
    assert (trigger in _fired(nlp, finder, text)) is fires
