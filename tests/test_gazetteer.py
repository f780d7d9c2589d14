"""The gazetteer: name keys, the in-memory fake, the on-disk cache and (slow) the real build."""

from __future__ import annotations

from pathlib import Path

import pytest

from depeche.gazetteer import BuildOptions, Entry, MemoryGazetteer, cache_dir, gazetteer_path, key, skeleton


def test_key_ignores_case_accents_and_hyphens() -> None:
    assert key("Port-Saïd") == key("port said") == "port said"
    assert key("L'Égypte") == "l egypte"
    assert key("Œuf") == "oeuf"


def test_skeleton_joins_french_and_english_transliterations() -> None:
    assert skeleton(key("Zaouïah")) == skeleton(key("Zawiya"))
    assert skeleton(key("Taouarga")) == skeleton(key("Tawergha"))
    assert skeleton(key("Djerba")) == skeleton(key("Jerba"))
    assert skeleton(key("Tajoura")) == skeleton(key("Tājūrā’"))
    assert skeleton(key("Louxor")) == skeleton(key("Luxor"))
    assert skeleton(key("Al Djemel")) == skeleton(key("Al Jamil"))


def test_memory_gazetteer_lookup_and_skeleton() -> None:
    ly = Entry(1, "Tripoli", "city", "LY", lat=32.9, lon=13.2, population=1_000_000)
    lb = Entry(2, "Tripoli", "city", "LB", lat=34.4, lon=35.8, population=200_000)
    gaz = MemoryGazetteer([(ly, ["Tripoli", "Tarabulus"]), (lb, ["Tripoli"])], {"LY": frozenset({"TN"})})
    assert {e.country for e in gaz.lookup("tripoli")} == {"LY", "LB"}
    assert gaz.lookup("nowhere") == ()
    assert [e.country for e in gaz.by_skeleton(skeleton("tarabulus"), frozenset({"LY"}))] == ["LY"]
    assert gaz.neighbours("LY") == frozenset({"TN"})


def test_cache_dir_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("DEPECHE_CACHE", str(tmp_path))
    assert cache_dir() == tmp_path
    assert gazetteer_path().parent == tmp_path


def test_cache_file_changes_with_what_goes_into_it(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("DEPECHE_CACHE", str(tmp_path))
    assert gazetteer_path(BuildOptions()) != gazetteer_path(BuildOptions(cities="cities15000"))
    assert gazetteer_path(BuildOptions()) != gazetteer_path(BuildOptions(extra_countries={"Syrie": "SY"}))


@pytest.mark.slow
def test_real_gazetteer_knows_french_names_and_both_tripolis() -> None:
    from depeche.gazetteer import load_gazetteer
    from depeche.stages.places.context import gazetteer_options

    gaz = load_gazetteer(gazetteer_options())  # the build the places stage reads
    assert {e.country for e in gaz.lookup(key("Tripoli")) if e.population > 100_000} >= {"LY", "LB"}
    for name, country in [("Damas", "SY"), ("Alep", "SY"), ("Le Caire", "EG"), ("Syrte", "LY"),
                          ("Tobrouk", "LY"), ("Libye", "LY"), ("Syrie", "SY"), ("Cyrénaïque", "LY"),
                          ("Centrafrique", "CF"), ("RDC", "CD"), ("Kossovo", "XK")]:
        assert country in {e.country for e in gaz.lookup(key(name))}, name
    assert gaz.country("LY") is not None and "TN" in gaz.neighbours("LY")
