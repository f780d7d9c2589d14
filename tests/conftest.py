"""Shared fixtures: the real spaCy model (loaded once per test session) and paths to ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "000_04f88fb076471c09.txt"
EVAL = SHARED / "eval"


def need_shared(path: Path) -> Path:
    """Skip the calling test, saying what is missing, when ../shared is not beside the checkout."""
    if not path.exists():
        pytest.skip(f"evaluation material missing: {path} (expected ../shared beside the project)")
    return path


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from depeche.pipeline import load_nlp

    return load_nlp()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite tests/golden/*.json from the current output; review the diff",
    )


def pytest_configure(config: pytest.Config) -> None:
    import os

    if config.getoption("--update-golden"):
        os.environ["DEPECHE_UPDATE_GOLDEN"] = "1"


@pytest.fixture(scope="session")
def postgres_server():  # type: ignore[no-untyped-def]
    """A throwaway PostgreSQL server on 127.0.0.1 for the session (see tests/postgres_server.py)."""
    from tests.postgres_server import NoServer, start_server

    try:
        server = start_server()
    except NoServer as why:
        pytest.skip(f"no throwaway PostgreSQL server: {why}")
    yield server
    server.stop()
