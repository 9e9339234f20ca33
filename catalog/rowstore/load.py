"""Building a resource's row table from its screened file, in the caller's transaction: the
table, its rows in bulk (read and cast by catalog.rowstore.rows, in worker processes for a
large CSV; on SQLite copied from the workers' own small databases, or executemany; COPY on
PostgreSQL), then its indexes."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import (
    Connection,
    Index,
    Integer,
    Table,
    Text,
    case,
    cast,
    func,
    literal,
    or_,
    select,
)

from catalog.rowstore.fields import ROW_ID, FieldColumn, Layout
from catalog.rowstore.rows import (
    CHUNK_BYTES,
    PARALLEL_MIN_BYTES,
    STAGED_TABLE,
    Batch,
    Restart,
    RowLoadError,
    batches,
    collector_paused,
    read_again,
)
from privacy.parallel import default_workers

# Which columns are indexed: those a filter is likely on. A filter picks rows by a key, a
# code, a category, a date or a flag: short values of an integer, text, date or boolean
# column. Measures (numbers) are summed or ranged rather than matched, and long text is
# searched with q, so neither is indexed; nor is a column holding one value throughout. Nor
# is a column the screen masked (its Table Schema gives the masks' pattern): values such as
# 张* or 110101********123X pick out no one, so nobody filters on them, and their indexes were
# the largest part of the build of a table with personal data.
INDEXED_TYPES = ("integer", "year", "string", "date", "datetime", "boolean")
MAX_INDEXED_LENGTH = 64  # characters: a longer value is text, not a key or a category
# … and so is one with a sentence's punctuation (备注: 社区已入户核查，情况属实。): remarks
PROSE_MARKS = ("，", "。")
MAX_INDEXES = 8  # per table, in column order (keys and categories tend to come first)
_SORT_RUN_KIB = 2048  # SQLite's page cache while indexes are built: its sorter's run size
# SQLite: the schema a worker's batch database is opened in (attached to the connection,
# empty between loads)
_STAGING = "govcat_staging"

__all__ = ["Loaded", "RowLoadError", "build"]


@dataclass
class Loaded:
    """A row table just built."""

    row_count: int
    indexed: list[str] = field(default_factory=list)


def build(connection: Connection, table: Table, layout: Layout, path: Path, fmt: str, *,
          workers: int | None = None, parallel_min_bytes: int = PARALLEL_MIN_BYTES,
          chunk_bytes: int = CHUNK_BYTES, meanwhile: Callable[[], None] | None = None
          ) -> Loaded:
    """Create table and load the rows of the screened file at path (format fmt) into it.

    workers: processes reading a large CSV (None: one per CPU; 1: this one alone), each
    parallel_min_bytes or more of it in ranges of about chunk_bytes. meanwhile: called once
    the rows are written, before the indexes are built.
    """
    table.create(connection)
    postgresql = connection.dialect.name == "postgresql"
    write = _copy if postgresql else _insert
    form = {"dates_as_text": not postgresql, "strip_nul": postgresql}
    try:
        # a savepoint: when a cut of the file falls inside a quoted field, the rows written
        # so far go (PostgreSQL: with the COPY they came in), and the file is read again
        with connection.begin_nested(), collector_paused(), closing(batches(
                path, fmt, layout, serialized=not postgresql, workers=workers,
                parallel_min_bytes=parallel_min_bytes, chunk_bytes=chunk_bytes,
                **form)) as rows:
            count = write(connection, table, rows)
    except Restart:
        with collector_paused(), closing(read_again(path, fmt, layout, **form)) as rows:
            count = write(connection, table, rows)
    if meanwhile is not None:
        meanwhile()
    indexed = _to_index(connection, table, layout) if count else []
    with _sorting(connection, workers):
        for position, chosen in enumerate(indexed):
            # with the row number: an equality filter then reads its rows in file order from
            # the index alone (the default order), without sorting the matches. SQLite's
            # index entries end with the rowid, which _id is there: the column alone says it.
            key = [table.c[chosen.column]] + ([table.c[ROW_ID]] if postgresql else [])
            Index(f"{table.name}_{position}", *key).create(connection)
    if postgresql:
        connection.exec_driver_sql(f"ANALYZE {_quoted(connection, table.name)}")
    return Loaded(count, [f.name for f in indexed])


@contextmanager
def _sorting(connection: Connection, workers: int | None) -> Iterator[None]:
    """SQLite's sorter set for building indexes, its connection's own settings back after.

    SQLite sorts an index's entries in runs of its page cache's size: the catalog's large
    cache (catalog.db) makes a run of a million entries, sorted slower than small runs merged
    (measured: 4.0 s CPU for the four indexes of a 1M-row table with 32 MiB, 2.1 s with
    SQLite's default 2 MiB). Runs are sorted in as many more threads as the workers had
    (PRAGMA threads): the writing process alone works while indexes are built."""
    if connection.dialect.name != "sqlite":
        yield
        return
    raw = connection.connection.driver_connection
    before = {name: raw.execute(f"PRAGMA {name}").fetchone()[0]  # type: ignore[union-attr]
              for name in ("threads", "cache_size")}
    extra = (default_workers() if workers is None else workers) - 1
    wanted = {"threads": max(0, extra), "cache_size": -_SORT_RUN_KIB}
    try:
        for name, value in wanted.items():
            raw.execute(f"PRAGMA {name} = {int(value)}")  # type: ignore[union-attr]
        yield
    finally:
        for name, value in before.items():
            raw.execute(f"PRAGMA {name} = {int(value)}")  # type: ignore[union-attr]


def _to_index(connection: Connection, table: Table, layout: Layout) -> list[FieldColumn]:
    """The columns worth an index (INDEXED_TYPES, not masked, short values, more than one
    value, no prose), read from the loaded table in one pass of the database's own."""
    candidates = [f for f in layout.fields if f.type in INDEXED_TYPES and not f.masked]
    if not candidates:
        return []
    measures = []
    for candidate in candidates:
        column = table.c[candidate.column]
        ordered = cast(column, Integer) if candidate.type == "boolean" else column
        text = cast(column, Text)
        prose = func.max(case((or_(*[column.contains(m) for m in PROSE_MARKS]), 1), else_=0)) \
            if candidate.type == "string" else literal(0)
        measures += [func.max(func.length(text)), func.min(ordered), func.max(ordered), prose]
    found = connection.execute(select(*measures)).one()
    chosen = []
    for position, candidate in enumerate(candidates):
        longest, least, most, prose = found[4 * position:4 * position + 4]
        if least is not None and least != most and (longest or 0) <= MAX_INDEXED_LENGTH \
                and not prose:
            chosen.append(candidate)
    return chosen[:MAX_INDEXES]


def _insert(connection: Connection, table: Table, batches: Iterable[Batch]) -> int:
    """The rows inserted (SQLite): a worker's batch by one INSERT … SELECT from its database,
    opened in the _STAGING schema (measured: 0.8 s CPU in this process per million rows,
    where unpickling and binding them here took 4.9 s); rows by the driver's executemany."""
    names = ", ".join(_quoted(connection, c.name) for c in table.columns)
    target = f"main.{_quoted(connection, table.name)}"
    staged = ", ".join(f"c{position}" for position in range(1, len(table.columns)))
    marks = ", ".join("?" for _ in list(table.columns)[1:])
    count = 0
    raw = connection.connection.driver_connection
    cursor = raw.cursor()  # type: ignore[union-attr]
    staging = False
    try:
        for batch in batches:
            # the batch's offset (a number of ours, never a value of the file) is added by
            # SQLite to each row's number
            offset = int(batch.offset)
            if batch.database is not None:
                if not staging:
                    _attach_staging(raw)
                    staging = True
                raw.deserialize(batch.database, name=_STAGING)  # type: ignore[union-attr]
                cursor.execute(f"INSERT INTO {target} ({names}) SELECT c0 + {offset}, "
                               f"{staged} FROM {_STAGING}.{STAGED_TABLE}")
            if batch.rows:
                number = f"? + {offset}" if offset else "?"
                cursor.executemany(f"INSERT INTO {target} ({names}) VALUES ({number}, {marks})",
                                   batch.rows)
            count += batch.count
    finally:
        cursor.close()
        if staging:  # the last batch's memory back
            raw.deserialize(_empty_database(), name=_STAGING)  # type: ignore[union-attr]
    return count


def _attach_staging(raw: sqlite3.Connection) -> None:
    """The _STAGING schema on this connection: an in-memory database, attached once.

    It stays attached (SQLite cannot detach a database that the open transaction has read),
    empty, for the next load on the connection; the row tables are all in main."""
    if all(row[1] != _STAGING for row in raw.execute("PRAGMA database_list")):
        raw.execute(f"ATTACH DATABASE ':memory:' AS {_STAGING}")


def _empty_database() -> bytes:
    """A serialized SQLite database holding nothing (one page)."""
    database = sqlite3.connect(":memory:")
    try:
        database.execute("PRAGMA user_version = 0")  # SQLite serializes no database of 0 pages
        return database.serialize()
    finally:
        database.close()


def _copy(connection: Connection, table: Table, batches: Iterable[Batch]) -> int:
    """The rows written by COPY … FROM STDIN (PostgreSQL), a batch at a time."""
    names = ", ".join(_quoted(connection, c.name) for c in table.columns)
    count = 0
    raw = connection.connection.driver_connection
    with raw.cursor() as cursor, cursor.copy(  # type: ignore[union-attr]
            f"COPY {_quoted(connection, table.name)} ({names}) FROM STDIN") as copy:
        for batch in batches:  # in rows, never grouped (together: 1)
            offset = batch.offset
            for row in batch.rows:
                copy.write_row((row[0] + offset, *row[1:]) if offset else row)
            count += batch.count
    return count


def _quoted(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote(name)
