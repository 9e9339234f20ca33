"""The store on PostgreSQL (GOVCAT_DATABASE_URL): the same migrations (publishes race in
test_concurrency, reviews run on both stores in test_review)."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from api.store import METADATA, MIGRATIONS_DIR
from catalog import db


def test_migrations_create_the_models_schema_on_postgresql(postgres_url: str) -> None:
    engine = db.make_engine(postgres_url)
    try:
        db.upgrade(engine, MIGRATIONS_DIR)
        with engine.connect() as connection:
            assert connection.dialect.name == "postgresql"
            diff = compare_metadata(MigrationContext.configure(connection), METADATA)
        assert diff == []
        assert db.schema_is_current(engine, MIGRATIONS_DIR)
        db.upgrade(engine, MIGRATIONS_DIR)  # again: nothing to do
    finally:
        engine.dispose()

