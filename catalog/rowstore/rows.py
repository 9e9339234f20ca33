"""The rows of a screened file as its row table stores them, in file order and in batches:
read and cast in this process, or, for a large CSV, in forked worker processes over byte
ranges of it (privacy.csvchunks, as the screen cuts its input), while the caller writes.

A row is (its number, the fields' values…, its full text). A batch's rows are numbered from
1 within the batch's range of the file: its offset plus a row's number is the row's _id, so
that a worker needs no other worker's count. For SQLite a worker sends its rows as a small
SQLite database of its own (serialized), which the writing process copies from in one
statement: the rows are bound to SQL values in the workers, never unpickled and bound again
in the one process that writes.
"""

from __future__ import annotations

import datetime as dt
import gc
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Any

from catalog.errors import CatalogError
from catalog.rowstore.fields import CastError, FieldColumn, Layout, fast_cast
from privacy import TableReadError, read_table
from privacy.csvchunks import ChunkBoundaryError, CsvChunk, chunk_rows, plan_chunks, splittable
from privacy.parallel import can_fork, default_workers, map_in_workers
from privacy.tabular import TableData, cell_text

PARALLEL_MIN_BYTES = 8 << 20  # smaller files are read in this process (as the screen's)
CHUNK_BYTES = 2 << 20  # bytes of CSV a worker reads at a time (bounds what waits in pipes)
BATCH = 10_000  # rows a batch of the one-process read holds
_FULL_TEXT_SEPARATOR = "\n"  # between cells: a q term never spans two of them
_MEMO = 4096  # distinct cells of a date or time column whose stored value is kept


class RowLoadError(CatalogError):
    """A screened file whose rows do not fit its Table Schema."""


@dataclass(frozen=True)
class Batch:
    """Rows of the file, each numbered within the batch: its _id is offset + its number.

    A worker's batch for SQLite holds its rows in `database` instead of rows: a serialized
    SQLite database whose table STAGED_TABLE has the columns of the rows (no declared types:
    each value keeps the storage class it was bound with), `stored` of them.
    """

    offset: int
    # tuples: of numbers and text only, the garbage collector stops tracking them, where
    # many lists would make each of its full passes longer (the publishing process is big)
    rows: list[tuple[Any, ...]]
    database: bytes | None = None
    stored: int = 0

    @property
    def count(self) -> int:
        return self.stored + len(self.rows)


STAGED_TABLE = "staged_rows"  # the table of a batch's database


def batches(path: Path, fmt: str, layout: Layout, *, dates_as_text: bool, strip_nul: bool,
            serialized: bool = False, workers: int | None = None,
            parallel_min_bytes: int = PARALLEL_MIN_BYTES,
            chunk_bytes: int = CHUNK_BYTES) -> Iterator[Batch]:
    """The rows of the screened file at path (format fmt), as the row table stores them.

    dates_as_text: dates and times as SQLite keeps them (text); strip_nul: no NUL character
    in any text (PostgreSQL refuses them); serialized: a worker's batch holds its rows in a
    serialized SQLite database (Batch).
    workers: processes reading a large CSV (None: one per CPU; 1: this one). RowLoadError
    names the row and field that does not fit; a Restart is raised, before anything of a
    later range is yielded, when the file must be read again in one stream (its rows so far
    are to be forgotten).
    """
    with tempfile.TemporaryDirectory(prefix="govcat-rows-") as folder:
        # a stored file has no suffix, and openpyxl opens a workbook by its name's suffix
        named = Path(folder) / f"table.{fmt.lower()}"
        named.symlink_to(path)
        try:
            # a file govcat wrote: its header on the first row, every row below it data
            table = read_table(named, format=fmt.lower(), detect=False)
        except TableReadError as exc:
            raise _unreadable(exc) from None
        if [str(h) for h in table.header[:len(layout.fields)]] != \
                [f.name for f in layout.fields]:
            raise RowLoadError("the screened file's header is not its Table Schema's fields")
        maker = RowMaker(layout, text_cells=table.format == "csv",
                         dates_as_text=dates_as_text, strip_nul=strip_nul)
        chunks = _chunks(table, workers, parallel_min_bytes, chunk_bytes)
        if chunks is None:
            yield from _in_one_stream(table, maker)
        else:
            yield from _in_workers(_ChunkJob(table, maker, serialized), chunks, workers)


class Restart(Exception):  # noqa: N818 - not an error: the caller reads again
    """A cut of the file fell inside a quoted field: read it again, in one stream."""


def read_again(path: Path, fmt: str, layout: Layout, *, dates_as_text: bool,
               strip_nul: bool) -> Iterator[Batch]:
    """batches() in one stream (after a Restart)."""
    return batches(path, fmt, layout, dates_as_text=dates_as_text, strip_nul=strip_nul,
                   workers=1)


def _chunks(table: TableData, workers: int | None, parallel_min_bytes: int,
            chunk_bytes: int) -> list[CsvChunk] | None:
    """Byte ranges for worker processes, or None when this process reads the file."""
    count = default_workers() if workers is None else workers
    if count < 2 or not splittable(table) or not can_fork():
        return None
    if table.path.stat().st_size < parallel_min_bytes:
        return None
    chunks = plan_chunks(table, chunk_bytes)
    return chunks if len(chunks) > 1 else None


def _in_one_stream(table: TableData, maker: RowMaker) -> Iterator[Batch]:
    row, numbered = maker.row, enumerate(table.rows(), start=1)
    try:
        while made := [row(number, cells) for number, cells in islice(numbered, BATCH)]:
            yield Batch(0, made)
    except _Refused as refused:
        raise refused.error(0) from None
    except TableReadError as exc:
        raise _unreadable(exc) from None


@dataclass(frozen=True)
class _ChunkJob:
    table: TableData
    maker: RowMaker
    serialized: bool


def _chunk(job: _ChunkJob, chunk: CsvChunk) -> Batch:
    """The rows of one byte range, numbered from 1, in a worker process."""
    row = job.maker.row
    with collector_paused():
        rows = [row(number, cells)
                for number, cells in enumerate(chunk_rows(job.table, chunk), start=1)]
        if not job.serialized or not rows:
            return Batch(0, rows)
        return Batch(0, [], _serialized(rows, job.maker.width + 2), len(rows))


def _serialized(rows: list[tuple[Any, ...]], width: int) -> bytes:
    """rows in table STAGED_TABLE of a new SQLite database, serialized."""
    columns = ", ".join(f"c{position}" for position in range(width))
    database = sqlite3.connect(":memory:", isolation_level=None)
    try:
        database.execute(f"CREATE TABLE {STAGED_TABLE} ({columns})")
        database.execute("BEGIN")
        database.executemany(
            f"INSERT INTO {STAGED_TABLE} VALUES ({', '.join('?' * width)})", rows)
        database.execute("COMMIT")
        return database.serialize()
    finally:
        database.close()


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off meanwhile: a load makes millions of rows (and a worker's
    results are unpickled into them) that hold no cycle, and each collection they set off
    would walk all else the process holds (measured: a quarter of the writing process's CPU)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _in_workers(job: _ChunkJob, chunks: list[CsvChunk], workers: int | None) -> Iterator[Batch]:
    count = default_workers() if workers is None else workers
    results = map_in_workers(_chunk, job, chunks, min(count, len(chunks)))
    offset = 0
    try:
        for batch in results:  # a worker's error is raised here in file order
            yield replace(batch, offset=offset)
            offset += batch.count
    except ChunkBoundaryError:
        raise Restart() from None
    except _Refused as refused:
        raise refused.error(offset) from None
    except TableReadError as exc:
        raise _unreadable(exc) from None
    finally:
        results.close()  # stops the workers still at work


class _Refused(Exception):  # noqa: N818 - carried to where the row's number is known
    """A cell its field refuses: the row's number within its range, the field's position."""

    def __init__(self, row: int, position: int, name: str, reason: str) -> None:
        super().__init__(row, position, name, reason)

    def error(self, offset: int) -> RowLoadError:
        row, position, name, reason = self.args
        return RowLoadError(f"row {offset + row}, field {position + 1} ({name}): {reason}")


def _unreadable(exc: TableReadError) -> RowLoadError:
    """A read error without the file's path (the store's, of no use to anyone)."""
    text = str(exc)
    where = text.split(": ", 1)[1] if ": " in text else text
    return RowLoadError(f"the screened file cannot be read: {where}")


class RowMaker:
    """The cells of a row of the file → the row as stored: (number, values…, full text)."""

    def __init__(self, layout: Layout, *, text_cells: bool, dates_as_text: bool,
                 strip_nul: bool) -> None:
        self.fields = layout.fields
        self.width = len(layout.fields)
        self.strip_nul = strip_nul
        self.casts = [_stored_cast(f, dates_as_text) for f in layout.fields]
        # a CSV's cells are text: what each column's cell needs is decided once
        self.plain = _plain_rows(layout.fields, dates_as_text) if text_cells else None

    def row(self, number: int, cells: list[Any]) -> tuple[Any, ...]:
        """The stored row (_Refused: a cell that does not fit its field)."""
        if len(cells) != self.width:
            cells = (cells + [""] * self.width)[:self.width]
        if self.plain is None:  # typed cells
            values = self._cast(number, cells)
        else:
            try:
                values = self.plain(number, cells)
            except (ValueError, KeyError, TypeError):  # a cell not in its type's plain form:
                values = self._cast(number, cells)  # its field's own cast reads or refuses it
        if self.strip_nul and "\x00" in values[-1]:
            values = tuple(v.replace("\x00", "") if isinstance(v, str) else v for v in values)
        return values

    def _cast(self, number: int, cells: list[Any]) -> tuple[Any, ...]:
        values: list[Any] = [number]
        for position, (cast, cell) in enumerate(zip(self.casts, cells, strict=True)):
            try:
                values.append(cast(cell))
            except CastError as exc:
                raise _Refused(number, position, self.fields[position].name,
                               str(exc)) from None
        join = _FULL_TEXT_SEPARATOR.join
        try:
            text = join(cells)
        except TypeError:  # a reader's typed cells
            text = join(["" if c is None else cell_text(c) for c in cells])
        values.append(text.lower())
        return tuple(values)


def _plain_rows(fields: tuple[FieldColumn, ...],
                dates_as_text: bool) -> Callable[[int, list[str]], tuple[Any, ...]]:
    """A function of (number, a CSV row's text cells) → the stored row, for cells in their
    types' plain forms (ValueError, KeyError or TypeError otherwise).

    It is written for the fields at hand and compiled, as collections.namedtuple writes its
    classes: one expression per field, with no loop or lookup per cell (measured: rows made
    in 0.34 s instead of 0.43 s per 200,000, and a load makes millions). Its text holds
    positions and names of ours only: the casts are passed in by name, never a field's name
    or anything of the file.
    """
    # a layout's fields share the schema's missing values; usually "" alone, tested by truth
    missing = fields[0].missing
    only_empty = missing == frozenset({""})
    namespace: dict[str, Any] = {"missing": missing, "join": _FULL_TEXT_SEPARATOR.join}
    values = []
    for position, one in enumerate(fields):
        cell = f"c{position}"
        cast = fast_cast(one.type, one.descriptor)
        if cast is str:  # kept as text: the cell itself
            value = cell
        else:
            namespace[f"cast{position}"] = _stored_cast(one, dates_as_text) if cast is None \
                else _as_stored(one.type, cast, dates_as_text)
            value = f"cast{position}({cell})"
        if only_empty:
            values.append(f"{cell} or None" if value == cell else f"{value} if {cell} else None")
        else:
            values.append(f"None if {cell} in missing else {value}")
    cells = ", ".join(f"c{position}" for position in range(len(fields)))
    source = (f"def plain_row(number, cells):\n"
              f"    {cells}, = cells\n"
              f"    return (number, {', '.join(values)}, join(cells).lower())\n")
    exec(compile(source, "<row store: a plain row>", "exec"), namespace)  # noqa: S102
    return namespace["plain_row"]


def _as_stored(kind: str, cast: Callable[[str], Any],
               dates_as_text: bool) -> Callable[[str], Any]:
    """A field's plain conversion, then as its column keeps it. A date's or a time's is
    remembered: a column's cells repeat a few days or months."""
    if kind not in ("date", "datetime"):
        return cast
    if dates_as_text:
        return lru_cache(maxsize=_MEMO)(lambda cell: _sqlite_time(cast(cell)))
    return lru_cache(maxsize=_MEMO)(cast)


def _stored_cast(field: FieldColumn, dates_as_text: bool) -> Callable[[Any], Any]:
    """The field's cast of any cell, then as the column keeps it."""
    cast = field.cast
    if not dates_as_text or field.type not in ("date", "datetime"):
        return cast
    return lambda cell: _sqlite_time(cast(cell))


def _sqlite_time(value: Any) -> Any:
    """A date or time as SQLAlchemy's Date and DateTime keep them in SQLite (text)."""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value
