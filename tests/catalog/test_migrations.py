"""Alembic migrations create exactly the schema the models declare."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from catalog import db
from catalog.context import CatalogNotInitialised, init_catalog, open_catalog
from catalog.models import Base
from catalog.settings import Settings


def test_migrated_schema_matches_the_models(tmp_path: Path) -> None:
    engine = db.make_engine(f"sqlite:///{tmp_path / 'x.sqlite'}")
    db.upgrade(engine)
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == []
    assert db.schema_is_current(engine)


def test_init_is_idempotent_and_open_needs_init(tmp_path: Path) -> None:
    settings = Settings.from_env({}, home=str(tmp_path / "home"), secret_key="k")
    with pytest.raises(CatalogNotInitialised, match="govcat init"):
        open_catalog(settings)
    init_catalog(settings).close()
    init_catalog(settings).close()
    open_catalog(settings).close()
