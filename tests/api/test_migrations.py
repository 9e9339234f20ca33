"""Alembic migrations (api/migrations, the composition layer's) create exactly the schema the
models of every package declare."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from api.store import METADATA, MIGRATIONS_DIR, MODELS, init_catalog, open_catalog
from catalog import db
from catalog.context import CatalogNotInitialised
from catalog.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("privacy", "catalog", "publishers", "harvesters", "api")


def test_the_migrations_see_every_package_s_models() -> None:
    """Every package's models.py (each owns its tables there) is one the migrations import."""
    owners = {f"{package}.models" for package in PACKAGES
              if (ROOT / package / "models.py").is_file()}
    assert {"catalog.models", "harvesters.models"} <= owners
    assert {module.__name__ for module in MODELS} == owners
    for module in MODELS:
        tables = {mapper.local_table for mapper in module.Base.registry.mappers
                  if mapper.class_.__module__ == module.__name__}
        assert tables, f"{module.__name__} declares no table"
        assert all(table.metadata is METADATA for table in tables)


def test_migrated_schema_matches_the_models(tmp_path: Path) -> None:
    engine = db.make_engine(f"sqlite:///{tmp_path / 'x.sqlite'}")
    db.upgrade(engine, MIGRATIONS_DIR)
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), METADATA)
        tables = set(connection.dialect.get_table_names(connection))
    assert diff == []
    assert {"datasets", "harvest_sources", "harvest_jobs"} <= tables
    assert db.schema_is_current(engine, MIGRATIONS_DIR)


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
    config = db.alembic_config(engine, MIGRATIONS_DIR)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.execute(
            text(
                "INSERT INTO publishers (id, code, name, created_at) "
                "VALUES ('p1', 'stats', '统计局', '2026-01-01')"
            )
        )
    assert not db.schema_is_current(engine, MIGRATIONS_DIR)
    db.upgrade(engine, MIGRATIONS_DIR)
    with engine.connect() as connection:
        row = connection.execute(text("SELECT code, privacy_policy FROM publishers")).one()
    assert tuple(row) == ("stats", None)


def test_upgrade_repairs_racing_publishes_and_raw_names(tmp_path: Path, screener) -> None:
    """0003: duplicate numbers and stray `published` revisions repaired, raw names replaced."""
    from alembic import command
    from sqlalchemy import text
    from sqlalchemy.exc import IntegrityError

    raw = "韩志强-310104198602091203-15960329669.csv"
    settings = Settings.from_env({}, home=str(tmp_path / "home"), secret_key="k")
    (tmp_path / "home").mkdir()
    engine = db.make_engine(settings.database_url)
    config = db.alembic_config(engine, MIGRATIONS_DIR)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
        connection.execute(text(
            "INSERT INTO publishers (id, code, name, created_at) VALUES ('p', 'xf', 'x', '2026')"))
        connection.execute(text(
            "INSERT INTO datasets (id, name, publisher_id, source_key, current_revision_id,"
            " created_at, modified_at) VALUES ('d', 't', 'p', :key, NULL, '2026', '2026')"),
            {"key": raw})
        for rid, number, status, at in [("r1", 1, "superseded", "2026-01-01"),
                                         ("r2", 2, "published", "2026-01-02"),
                                         ("r3", 2, "published", "2026-01-03")]:
            connection.execute(text(
                "INSERT INTO revisions (id, dataset_id, number, status, metadata, provenance,"
                " validation_status, privacy_status, created_at) VALUES (:id, 'd', :n, :s, '{}',"
                " :prov, 'valid', 'clean', :at)"),
                {"id": rid, "n": number, "s": status, "at": at,
                 "prov": json.dumps({"source": "drop", "source_id": raw})})
        connection.execute(text("UPDATE datasets SET current_revision_id = 'r3'"))
        connection.execute(text(
            "INSERT INTO validation_reports (id, revision_id, resource_name, valid, error_count,"
            " errors, created_at) VALUES ('v', 'r1', :name, 0, 1, '[]', '2026')"), {"name": raw})
    engine.dispose()

    catalog = init_catalog(settings)
    catalog._screener = screener
    with catalog.engine.connect() as connection:
        rows = connection.execute(text(
            "SELECT id, number, status FROM revisions ORDER BY number")).all()
        assert [tuple(r) for r in rows] == [("r1", 1, "superseded"), ("r2", 2, "superseded"),
                                            ("r3", 3, "published")]
        key = connection.execute(text("SELECT source_key FROM datasets")).scalar()
        assert key == catalog.source_key_digest(raw)
        stored = " ".join(str(v) for row in connection.execute(text(
            "SELECT r.provenance, v.resource_name FROM revisions r, validation_reports v"))
            for v in row)
    for value in ("韩志强", "310104198602091203", "15960329669"):
        assert value not in stored
    with pytest.raises(IntegrityError), catalog.engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO revisions (id, dataset_id, number, status, metadata, provenance,"
            " validation_status, privacy_status, created_at) VALUES ('r4', 'd', 3, 'held', '{}',"
            " '{}', 'valid', 'clean', '2026')"))
    catalog.close()


def test_the_revisions_are_one_line(tmp_path: Path) -> None:
    """One head, each revision after the one before: accounts (0010), requests (0011), the
    row store's registry (0012), then access applications (0013)."""
    from alembic.script import ScriptDirectory

    engine = db.make_engine(f"sqlite:///{tmp_path / 'x.sqlite'}")
    scripts = ScriptDirectory.from_config(db.alembic_config(engine, MIGRATIONS_DIR))
    assert scripts.get_heads() == ["0013"]
    chain = [script.revision for script in scripts.walk_revisions("base", "heads")]
    assert chain == [f"{n:04d}" for n in range(13, 0, -1)]
    assert scripts.get_revision("0013").down_revision == "0012"
    assert scripts.get_revision("0012").down_revision == "0011"
    assert scripts.get_revision("0011").down_revision == "0010"


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'old.sqlite'}"
    return request.getfixturevalue("postgres_url")


def test_requests_come_after_accounts_on_a_store_at_0010(store_url: str) -> None:
    """A store migrated to 0010 (accounts, the audit's role and channel) keeps its rows when
    0011 adds the disclosure requests, and 0011 goes down and up again cleanly."""
    from alembic import command
    from sqlalchemy import inspect, text

    engine = db.make_engine(store_url)
    config = db.alembic_config(engine, MIGRATIONS_DIR)
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "0010")
            connection.execute(text(
                "INSERT INTO publishers (id, code, name, created_at) "
                "VALUES ('p1', 'stats', '统计局', '2026-01-01')"))
            connection.execute(text(
                "INSERT INTO accounts (id, name, site_admin, created_at) "
                "VALUES ('a1', 'li.na', false, '2026-01-01')"))
            connection.execute(text(
                "INSERT INTO memberships (id, account_id, publisher_id, role, created_at) "
                "VALUES ('m1', 'a1', 'p1', 'disclosure_officer', '2026-01-01')"))
            assert "disclosure_requests" not in inspect(connection).get_table_names()
        assert not db.schema_is_current(engine, MIGRATIONS_DIR)
        db.upgrade(engine, MIGRATIONS_DIR)
        assert db.schema_is_current(engine, MIGRATIONS_DIR)
        with engine.begin() as connection:
            assert connection.execute(text("SELECT role FROM memberships")).scalar() == \
                "disclosure_officer"
            connection.execute(text(
                "INSERT INTO disclosure_requests (id, receipt_code, publisher_id, "
                "applicant_type, content, channel, received, created_at) VALUES ('r1', "
                "'AAAA-BBBB-CCCC', 'p1', 'natural_person', 'x', 'online', '2026-09-28', "
                "'2026-09-28')"))
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0010")
            tables = set(inspect(connection).get_table_names())
            assert not {"disclosure_requests", "disclosure_consultations",
                        "annual_report_inputs"} & tables
            assert {"accounts", "memberships", "api_tokens"} <= tables
        db.upgrade(engine, MIGRATIONS_DIR)
        with engine.connect() as connection:
            diff = compare_metadata(MigrationContext.configure(connection), METADATA)
        assert diff == []
    finally:
        engine.dispose()
