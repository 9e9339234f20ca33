"""Building a resource's row table from its screened file, in the caller's transaction: the
table, its rows in bulk (executemany on SQLite, COPY on PostgreSQL), then its indexes."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Index, Integer, Table, Text, cast, func, select

from catalog.errors import CatalogError
from catalog.rowstore.fields import ROW_ID, CastError, FieldColumn, Layout
from privacy import TableReadError, read_table
from privacy.tabular import cell_text

# Which columns are indexed: those a filter is likely on. A filter picks rows by a key, a
# code, a category, a date or a flag: short values of an integer, text, date or boolean
# column. Measures (numbers) are summed or ranged rather than matched, and long text is
# searched with q, so neither is indexed; nor is a column holding one value throughout.
INDEXED_TYPES = ("integer", "year", "string", "date", "datetime", "boolean")
MAX_INDEXED_LENGTH = 64  # characters: a longer value is text, not a key or a category
MAX_INDEXES = 8  # per table, in column order (keys and categories tend to come first)
_FULL_TEXT_SEPARATOR = "\n"  # between cells: a q term never spans two of them


class RowLoadError(CatalogError):
    """A screened file whose rows do not fit its Table Schema."""


@dataclass
class Loaded:
    """A row table just built."""

    row_count: int
    indexed: list[str] = field(default_factory=list)


def build(connection: Connection, table: Table, layout: Layout, path: Path,
          fmt: str) -> Loaded:
    """Create table and load the rows of the screened file at path (format fmt) into it."""
    table.create(connection)
    rows = _rows(path, fmt, layout)
    if connection.dialect.name == "postgresql":
        count = _copy(connection, table, rows)
    else:
        count = _insert(connection, table, rows)
    indexed = _to_index(connection, table, layout) if count else []
    for position, chosen in enumerate(indexed):
        # with the row number: an equality filter then reads its rows in file order from the
        # index alone (the default order), without sorting the matches
        Index(f"{table.name}_{position}", table.c[chosen.column],
              table.c[ROW_ID]).create(connection)
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql(f"ANALYZE {_quoted(connection, table.name)}")
    return Loaded(count, [f.name for f in indexed])


def _to_index(connection: Connection, table: Table, layout: Layout) -> list[FieldColumn]:
    """The columns worth an index (INDEXED_TYPES, short values, more than one value), read
    from the loaded table in one pass of the database's own."""
    candidates = [f for f in layout.fields if f.type in INDEXED_TYPES]
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


def _rows(path: Path, fmt: str, layout: Layout) -> Iterator[tuple[Any, ...]]:
    """(row number, the fields' values…, full text) of each row of the file."""
    with tempfile.TemporaryDirectory(prefix="govcat-rows-") as folder:
        # a stored file has no suffix, and openpyxl opens a workbook by its name's suffix
        named = Path(folder) / f"table.{fmt.lower()}"
        named.symlink_to(path)
        yield from _typed_rows(named, fmt, layout)


def _typed_rows(path: Path, fmt: str, layout: Layout) -> Iterator[tuple[Any, ...]]:
    try:
        table = read_table(path, format=fmt.lower())
    except TableReadError as exc:
        raise RowLoadError(f"the screened file cannot be read: {_where(exc)}") from None
    width = len(layout.fields)
    if [str(h) for h in table.header[:width]] != [f.name for f in layout.fields]:
        raise RowLoadError("the screened file's header is not its Table Schema's fields")
    casts = [f.cast for f in layout.fields]
    number = 0
    join = _FULL_TEXT_SEPARATOR.join
    try:
        for number, cells in enumerate(table.rows(), start=1):
            if len(cells) != width:
                cells = (cells + [""] * width)[:width]
            values = [cast(cell) for cast, cell in zip(casts, cells, strict=True)]
            try:
                text = join(cells)
            except TypeError:  # a reader's typed cells
                text = join(["" if c is None else cell_text(c) for c in cells])
            yield (number, *values, text.lower())
    except CastError as exc:
        position = _failing(casts, cells)
        column = layout.fields[position].name
        raise RowLoadError(f"row {number}, field {position + 1} ({column}): {exc}") from None
    except TableReadError as exc:
        raise RowLoadError(f"the screened file cannot be read: {_where(exc)}") from None


def _failing(casts: list[Any], cells: list[Any]) -> int:
    """The position of the first cell its cast refuses."""
    for position, (cast_cell, cell) in enumerate(zip(casts, cells, strict=False)):
        try:
            cast_cell(cell)
        except CastError:
            return position
    return 0


def _where(exc: TableReadError) -> str:
    """A read error without the file's path (the store's, of no use to anyone)."""
    text = str(exc)
    return text.split(": ", 1)[1] if ": " in text else text


def _insert(connection: Connection, table: Table, rows: Iterator[tuple[Any, ...]]) -> int:
    """The rows inserted by the driver's executemany (SQLite), streamed."""
    columns = list(table.columns)
    dates = [position for position, c in enumerate(columns)
             if c.type.python_type in (dt.date, dt.datetime)]
    names = ", ".join(_quoted(connection, c.name) for c in columns)
    marks = ", ".join("?" for _ in columns)
    count = 0

    def stored() -> Iterator[Any]:
        nonlocal count
        for row in rows:
            count += 1
            if dates:  # as SQLAlchemy's Date and DateTime keep them in SQLite (text)
                row = list(row)
                for position in dates:
                    if row[position] is not None:
                        row[position] = _sqlite_time(row[position])
            yield row

    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.executemany(f"INSERT INTO {_quoted(connection, table.name)} ({names}) "
                           f"VALUES ({marks})", stored())
    finally:
        cursor.close()
    return count


def _sqlite_time(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _copy(connection: Connection, table: Table, rows: Iterator[tuple[Any, ...]]) -> int:
    """The rows written by COPY … FROM STDIN (PostgreSQL), streamed."""
    names = ", ".join(_quoted(connection, c.name) for c in table.columns)
    count = 0
    raw = connection.connection.driver_connection
    with raw.cursor() as cursor, cursor.copy(  # type: ignore[union-attr]
            f"COPY {_quoted(connection, table.name)} ({names}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(tuple(v.replace("\x00", "") if isinstance(v, str) else v
                                 for v in row))
            count += 1
    return count


def _quoted(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote(name)
