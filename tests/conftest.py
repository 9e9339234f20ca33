"""Fixtures shared by the whole suite: a fresh catalog per test, one privacy screen per run."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from catalog.context import Catalog, init_catalog
from catalog.settings import Settings
from privacy import Screener

FIXTURES = Path(__file__).resolve().parents[2] / "shared" / "fixtures"


@pytest.fixture(scope="session")
def screener() -> Screener:
    """The real privacy screen; building its analyzer takes a few seconds, so once per run."""
    return Screener()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings.from_env({}, home=str(tmp_path / "home"), secret_key="test-secret")


@pytest.fixture
def catalog(settings: Settings, screener: Screener) -> Iterator[Catalog]:
    catalog = init_catalog(settings)
    catalog._screener = screener
    yield catalog
    catalog.close()


@pytest.fixture
def fixtures_dir() -> Path:
    if not FIXTURES.is_dir():
        pytest.skip(f"shared fixtures not found at {FIXTURES}")
    return FIXTURES
