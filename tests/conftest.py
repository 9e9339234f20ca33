"""Fixtures shared by the whole suite: a fresh catalog per test, one privacy screen per run."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from api.store import init_catalog
from catalog.context import Catalog
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


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A new, empty PostgreSQL database for one test, dropped after it (SQLAlchemy URL).

    GOVCAT_TEST_POSTGRES is a libpq URL of a server where the user may create databases
    (`.ci/run` starts one and sets it); without it the test is skipped, except on CI.
    """
    server = os.environ.get("GOVCAT_TEST_POSTGRES")
    if not server:
        if os.environ.get("CI"):
            pytest.fail("CI without GOVCAT_TEST_POSTGRES: .ci/run starts PostgreSQL and sets it")
        pytest.skip("no PostgreSQL server (set GOVCAT_TEST_POSTGRES=postgresql://user@host:port)")
    import psycopg
    from sqlalchemy.engine import make_url

    name = f"govcat_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield make_url(server).set(drivername="postgresql+psycopg", database=name) \
            .render_as_string(hide_password=False)
    finally:
        with psycopg.connect(server, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg_catalog(tmp_path: Path, postgres_url: str, screener: Screener) -> Iterator[Catalog]:
    """A fresh catalog whose store is PostgreSQL (files and search index under tmp_path)."""
    settings = Settings.from_env({"GOVCAT_DATABASE_URL": postgres_url},
                                 home=str(tmp_path / "home"), secret_key="test-secret")
    catalog = init_catalog(settings)
    catalog._screener = screener
    yield catalog
    catalog.close()
