"""Building a resource's row table from its screened file, in the caller's transaction: the
table, its rows in bulk (executemany on SQLite, COPY on PostgreSQL; read and cast by
catalog.rowstore.rows, in worker processes for a large CSV), then its indexes."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Index, Integer, Table, Text, cast, func, select

from catalog.rowstore.fields import ROW_ID, FieldColumn, Layout
from catalog.rowstore.rows import (
    CHUNK_BYTES,
    PARALLEL_MIN_BYTES,
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
MAX_INDEXES = 8  # per table, in column order (keys and categories tend to come first)
_SORT_RUN_KIB = 2048  # SQLite's page cache while indexes are built: its sorter's run size
_ROWS_AN_INSERT = 50  # SQLite: rows of an INSERT (measured: 0.67 s CPU -> 0.49 s per 200k)
_PARAMETERS = 999  # SQLite's least bound on the parameters of a statement

__all__ = ["Loaded", "RowLoadError", "build"]


@dataclass
class Loaded:
    """A row table just built."""

    row_count: int
    indexed: list[str] = field(default_factory=list)


def build(connection: Connection, table: Table, layout: Layout, path: Path, fmt: str, *,
          workers: int | None = None, parallel_min_bytes: int = PARALLEL_MIN_BYTES,
          chunk_bytes: int = CHUNK_BYTES) -> Loaded:
    """Create table and load the rows of the screened file at path (format fmt) into it.

    workers: processes reading a large CSV (None: one per CPU; 1: this one alone), each
    parallel_min_bytes or more of it in ranges of about chunk_bytes.
    """
    table.create(connection)
    postgresql = connection.dialect.name == "postgresql"
    write = _copy if postgresql else _insert
    form = {"dates_as_text": not postgresql, "strip_nul": postgresql}
    # SQLite: rows inserted by one INSERT of several, within its bound on parameters
    together = 1 if postgresql else max(1, min(_ROWS_AN_INSERT,
                                               _PARAMETERS // len(table.columns)))
    try:
        # a savepoint: when a cut of the file falls inside a quoted field, the rows written
        # so far go (PostgreSQL: with the COPY they came in), and the file is read again
        with connection.begin_nested(), collector_paused(), closing(batches(
                path, fmt, layout, together=together, workers=workers,
                parallel_min_bytes=parallel_min_bytes, chunk_bytes=chunk_bytes,
                **form)) as rows:
            count = write(connection, table, rows)
    except Restart:
        with collector_paused(), closing(read_again(path, fmt, layout, **form)) as rows:
            count = write(connection, table, rows)
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
    value), read from the loaded table in one pass of the database's own."""
    candidates = [f for f in layout.fields if f.type in INDEXED_TYPES and not f.masked]
    if not candidates:
        return []
    measures = []
    for candidate in candidates:
        column = table.c[candidate.column]
        ordered = cast(column, Integer) if candidate.type == "boolean" else column
        measures += [func.max(func.length(cast(column, Text))), func.min(ordered),
                     func.max(ordered)]
    found = connection.execute(select(*measures)).one()
    chosen = []
    for position, candidate in enumerate(candidates):
        longest, least, most = found[3 * position:3 * position + 3]
        if least is not None and least != most and (longest or 0) <= MAX_INDEXED_LENGTH:
            chosen.append(candidate)
    return chosen[:MAX_INDEXES]


def _insert(connection: Connection, table: Table, batches: Iterable[Batch]) -> int:
    """The rows inserted by the driver's executemany (SQLite), a batch at a time."""
    names = ", ".join(_quoted(connection, c.name) for c in table.columns)
    marks = ", ".join("?" for _ in list(table.columns)[1:])
    count = 0
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        for batch in batches:
            # the batch's offset (a number of ours, never a value of the file) is added by
            # SQLite to each row's number
            number = f"? + {int(batch.offset)}" if batch.offset else "?"
            row = f"({number}, {marks})"
            insert = f"INSERT INTO {_quoted(connection, table.name)} ({names}) VALUES "
            if batch.groups:
                cursor.executemany(insert + ", ".join([row] * batch.together), batch.groups)
            if batch.rows:
                cursor.executemany(insert + row, batch.rows)
            count += batch.count
    finally:
        cursor.close()
    return count


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
