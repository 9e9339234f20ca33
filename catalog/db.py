"""Engine, sessions and schema migrations of the catalog store.

The migrations themselves are not the catalog's: their Alembic environment belongs to the
composition layer (api/migrations), which sees every package's tables, and is handed to the
functions here as `migrations`, the folder of that environment.
"""

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

WRITE = "govcat_write"  # execution option of a connection whose transaction will write
CACHE_KIB = 32 * 1024  # SQLite's page cache per pooled connection (its default is 2 MiB)


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
    # a large catalog's pages are read all over by id; the cache lives as long as the
    # pooled connection
    cursor.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    cursor.close()


def _sqlite_begin(connection) -> None:
    # A writing transaction takes SQLite's write lock when it begins (BEGIN IMMEDIATE): what it
    # reads cannot change under it, so writers are serialised (readers are never blocked).
    writes = connection.get_execution_options().get(WRITE, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")


def alembic_config(engine: Engine, migrations: Path) -> Config:
    """Alembic's configuration for the environment in the folder `migrations`, on `engine`."""
    config = Config()
    config.set_main_option("script_location", str(migrations))
    config.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    return config


def upgrade(engine: Engine, migrations: Path, helpers: dict[str, object] | None = None) -> None:
    """Bring the schema to the newest migration of `migrations` (creates it on an empty
    database).

    helpers are what data migrations need from the catalog (Alembic's config.attributes; see
    migration 0003).
    """
    config = alembic_config(engine, migrations)
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


def schema_is_current(engine: Engine, migrations: Path) -> bool:
    """Whether the database has been migrated to the newest revision of `migrations`."""
    head = ScriptDirectory.from_config(alembic_config(engine, migrations)).get_current_head()
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
