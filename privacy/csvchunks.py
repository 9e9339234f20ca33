"""Cutting a CSV table into byte ranges that worker processes parse on their own."""
# A cut is placed just after a newline. Whether that newline ends a record (rather than
# sitting inside a quoted field) is only known by parsing what precedes it, so every chunk is
# parsed on its own and reports whether it ended cleanly: chunk 0 starts at the file's start,
# and a chunk whose predecessor ended cleanly starts on a record. A chunk that ends inside a
# quoted field raises ChunkBoundaryError, and the caller reads the table in one stream instead.

from __future__ import annotations

import codecs
import io
from collections.abc import Iterator
from dataclasses import dataclass

from privacy.errors import TableReadError
from privacy.tabular import RecordObserver, TableData, csv_records

# Encodings in which the bytes of "\n" and '"' never occur inside a multi-byte character, so a
# byte-level cut after b"\n" never splits a character (UTF-16/32 and others: no chunks).
SPLITTABLE_ENCODINGS = frozenset({
    "utf-8", "utf-8-sig", "ascii", "latin-1", "iso8859-1", "cp1252",
    "gb18030", "gbk", "gb2312", "cp936", "big5", "big5hkscs", "cp950",
})
_SCAN = 1 << 20  # bytes read at a time while counting lines and looking for cuts
_UNCLEAN_END = "unexpected end of data"  # csv's error when the text ends inside a quoted field


class ChunkBoundaryError(TableReadError):
    """A cut fell inside a quoted field: the table must be read in one stream."""


@dataclass(frozen=True)
class CsvChunk:
    """Bytes [start, end) of a CSV file; first_line is the line number at start."""

    start: int
    end: int
    first_line: int
    last: bool


def splittable(table: TableData) -> bool:
    """Whether the table is a CSV in an encoding that can be cut at newline bytes."""
    if table.format != "csv" or not table.encoding:
        return False
    if table.layout is not None and not table.layout.plain:
        return False  # rows above the header or notes below it: read in one stream
    try:
        name = codecs.lookup(table.encoding).name
    except LookupError:
        return False
    return name in SPLITTABLE_ENCODINGS


def plan_chunks(table: TableData, chunk_bytes: int) -> list[CsvChunk]:
    """Cut the file after the first newline at or past every chunk_bytes (one read)."""
    if chunk_bytes < 1:
        raise ValueError(f"chunk_bytes must be >= 1, got {chunk_bytes}")
    cuts: list[tuple[int, int]] = [(0, 1)]       # (offset, line number there)
    target = chunk_bytes
    offset, lines = 0, 1
    with open(table.path, "rb") as handle:
        while block := handle.read(_SCAN):
            end = offset + len(block)
            while target < end:
                newline = block.find(b"\n", max(0, target - offset))
                if newline < 0:
                    break  # the cut lies in a later block
                cut = offset + newline + 1
                cuts.append((cut, lines + block.count(b"\n", 0, newline + 1)))
                target = cut + chunk_bytes
            lines += block.count(b"\n")
            offset = end
    if cuts[-1][0] >= offset and len(cuts) > 1:
        cuts.pop()  # the file ends with the newline of the last cut
    bounds = [c[0] for c in cuts] + [offset]
    return [CsvChunk(bounds[i], bounds[i + 1], cuts[i][1], i == len(cuts) - 1)
            for i in range(len(cuts))]


def chunk_text(table: TableData, chunk: CsvChunk) -> str:
    """The decoded text of one chunk."""
    encoding = table.encoding or "utf-8"
    if chunk.start and codecs.lookup(encoding).name == "utf-8-sig":
        encoding = "utf-8"  # a byte-order mark only ever starts the file
    with open(table.path, "rb") as handle:
        handle.seek(chunk.start)
        data = handle.read(chunk.end - chunk.start)
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as err:
        line = chunk.first_line + data.count(b"\n", 0, err.start)
        raise TableReadError(f"{table.path}: not valid {encoding} at byte "
                             f"{chunk.start + err.start} (line {line})") from None


def chunk_rows(table: TableData, chunk: CsvChunk,
               observe: RecordObserver | None = None) -> Iterator[list[str]]:
    """The data rows of one chunk (chunk 0 holds the header row, which is skipped);
    observe: see csv_records."""
    lines = io.StringIO(chunk_text(table, chunk), newline="")
    try:
        yield from csv_records(table, lines, chunk.first_line, skip_header=chunk.start == 0,
                               observe=observe)
    except TableReadError as err:
        if not chunk.last and _UNCLEAN_END in str(err):
            raise ChunkBoundaryError(f"{table.path}: the cut at byte {chunk.end} falls inside "
                                     "a quoted field") from None
        raise
