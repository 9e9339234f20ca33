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


def test_upgrade_keeps_existing_rows(tmp_path: Path) -> None:
    from alembic import command
    from sqlalchemy import text

    engine = db.make_engine(f"sqlite:///{tmp_path / 'old.sqlite'}")
    config = db.alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.execute(
            text(
                "INSERT INTO publishers (id, code, name, created_at) "
                "VALUES ('p1', 'stats', '统计局', '2026-01-01')"
            )
        )
    assert not db.schema_is_current(engine)
    db.upgrade(engine)
    with engine.connect() as connection:
        row = connection.execute(text("SELECT code, privacy_policy FROM publishers")).one()
    assert tuple(row) == ("stats", None)
