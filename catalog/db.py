"""Engine, sessions and schema migrations of the catalog store."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


WRITE = "govcat_write"  # execution option of a connection whose transaction will write


def make_engine(database_url: str) -> Engine:
    """An engine; SQLite gets WAL, foreign keys, a busy timeout and serialised writers."""
    if database_url.startswith("sqlite"):
        engine = create_engine(database_url, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(database_url, pool_pre_ping=True)


def _sqlite_connect(dbapi_connection, _record) -> None:
    # The driver's own transaction handling runs SELECTs outside any transaction and begins
    # only at the first write, so two writers could both read a state and both act on it.
    # SQLAlchemy emits BEGIN itself instead (_sqlite_begin), as its documentation advises.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_begin(connection) -> None:
    # A writing transaction takes SQLite's write lock when it begins (BEGIN IMMEDIATE): what it
    # reads cannot change under it, so writers are serialised (readers are never blocked).
    writes = connection.get_execution_options().get(WRITE, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    return config


def upgrade(engine: Engine, helpers: dict[str, object] | None = None) -> None:
    """Bring the schema to the newest migration (creates it on an empty database).

    helpers are what data migrations need from the catalog (see migrations/env.py).
    """
    config = alembic_config(engine)
    config.attributes.update(helpers or {})
    with engine.connect().execution_options(**{WRITE: True}) as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:  # batch migrations copy tables that rows of others refer to
            _sqlite_foreign_keys(connection, on=False)
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                if sqlite and connection.exec_driver_sql("PRAGMA foreign_key_check").first():
                    raise RuntimeError("a migration left rows that break a foreign key")
        finally:
            if sqlite:
                _sqlite_foreign_keys(connection, on=True)


def _sqlite_foreign_keys(connection, *, on: bool) -> None:
    """Switch SQLite's foreign key checks; only possible outside a transaction (DBAPI level)."""
    raw = connection.connection.driver_connection
    raw.execute(f"PRAGMA foreign_keys={'ON' if on else 'OFF'}")


def schema_is_current(engine: Engine) -> bool:
    """Whether the database has been migrated to the newest revision."""
    head = ScriptDirectory.from_config(alembic_config(engine)).get_current_head()
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision() == head


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """A session whose work commits together, or not at all; writers are serialised on SQLite
    (PostgreSQL: lock the rows a decision depends on, e.g. with_for_update)."""
    session = factory()
    session.connection(execution_options={WRITE: True})
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
