"""The well-known actors table and the French country vocabulary it is built with."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from depeche.stages.actors.known import KnownActors, KnownActorsError

DATA = Path(__file__).resolve().parents[1] / "src" / "depeche" / "stages" / "actors" / "data"


@pytest.fixture(scope="module")
def table() -> KnownActors:
    return KnownActors.load()


def test_loads_quickly_and_holds_states_and_organisations(table: KnownActors) -> None:
    start = time.perf_counter()
    KnownActors.from_files(DATA / "actors.toml", DATA / "countries_fr.toml")
    assert time.perf_counter() - start < 1.0
    kinds = {a.type for a in table.entries()}
    assert {"state", "igo", "ngo", "person", "rebel", "media"} <= kinds
    assert sum(a.type == "state" for a in table.entries()) >= 193


@pytest.mark.parametrize("form, name", [
    ("ONU", "United Nations"), ("Nations unies", "United Nations"), ("l'Otan", "NATO"), ("OTAN", "NATO"),
    ("Cour pénale internationale", "International Criminal Court"), ("CPI", "International Criminal Court"),
    ("OIM", "International Organization for Migration"), ("la Syrie", "Syria"), ("Etats-Unis", "United States"),
    ("États-Unis", "United States"), ("Kadhafi", "Muammar Gaddafi"), ("Mouammar Kadhafi", "Muammar Gaddafi"),
])
def test_lookups_by_french_english_and_acronym_forms(table: KnownActors, form: str, name: str) -> None:
    actor = table.lookup(form)
    assert actor is not None and actor.name == name


def test_acronyms_are_case_sensitive_names_are_not(table: KnownActors) -> None:
    assert table.lookup("onu") is None
    assert table.lookup("NATIONS UNIES") is not None
    assert table.lookup("cour penale internationale") is not None


def test_demonyms_country_names_and_capitals(table: KnownActors) -> None:
    assert {table.demonym_country(w) for w in ("libyen", "libyenne", "libyens", "libyennes")} == {"LY"}
    assert table.demonym_country("congolais") is None  # two Congos: never guessed
    assert table.country_of_name("la Libye") == "LY"
    assert table.capital_country("Damas") == "SY"
    assert table.capital_country("Londres") == "GB"


def test_a_broken_entry_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "actors.toml"
    bad.write_text('[[actor]]\nid = "x"\nname = "X"\ntype = "wizard"\naliases = ["X"]\n', encoding="utf-8")
    with pytest.raises(KnownActorsError, match=r"actor #1 \('x'\).*unknown type 'wizard'"):
        KnownActors.from_files(bad, DATA / "countries_fr.toml")


def test_a_form_given_to_two_actors_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "actors.toml"
    bad.write_text(
        '[[actor]]\nid = "a"\nname = "A"\ntype = "ngo"\nacronyms = ["ZZQ"]\n'
        '[[actor]]\nid = "b"\nname = "B"\ntype = "ngo"\nacronyms = ["ZZQ"]\n',
        encoding="utf-8",
    )
    with pytest.raises(KnownActorsError, match="ZZQ"):
        KnownActors.from_files(bad, DATA / "countries_fr.toml")


def test_leaders_must_be_known_actors(tmp_path: Path) -> None:
    bad = tmp_path / "actors.toml"
    bad.write_text('[[actor]]\nid = "a"\nname = "A"\ntype = "rebel"\naliases = ["Front A"]\nleaders = ["nobody"]\n',
                   encoding="utf-8")
    with pytest.raises(KnownActorsError, match="unknown leaders"):
        KnownActors.from_files(bad, DATA / "countries_fr.toml")
