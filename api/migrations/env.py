"""Alembic environment: migrations run against the connection or URL govcat hands over.

It belongs to the composition layer because it sees every package's tables: target_metadata
is the one metadata of all their models (api.store.MODELS).
"""

from alembic import context
from sqlalchemy import engine_from_config, pool

from api.store import METADATA
from catalog.rowstore.sync import is_row_table

config = context.config
target_metadata = METADATA


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = engine_from_config(
        config.get_section(config.config_ini_section, {}),
        prefix="sqlalchemy.",
        poolclass=pool.NullPool,
    )
    with engine.connect() as conn:
        _run(conn)


def _include(obj, name, kind, reflected, compare_to) -> bool:
    """What migrations manage: not the row store's tables, made at run time per resource."""
    return not (kind == "table" and reflected and name and is_row_table(name))


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        include_object=_include,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    context.configure(url=config.get_main_option("sqlalchemy.url"), target_metadata=target_metadata)
    with context.begin_transaction():
        context.run_migrations()
else:
    run_migrations_online()
