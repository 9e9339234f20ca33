"""Bounds on the tables the screen reads, so that no input can exhaust memory or time."""

from __future__ import annotations

import csv
import os
import zipfile
from dataclasses import dataclass
from pathlib import Path

from privacy.errors import TableReadError

KIB, MIB, GIB = 1 << 10, 1 << 20, 1 << 30
_SCAN = 1 << 20  # bytes read at a time while measuring lines


class LimitExceeded(TableReadError):
    """A table is larger than a declared limit; the message names the file, where, and the limit."""


@dataclass(frozen=True)
class TableLimits:
    """The largest table the screen accepts; each bound has a GOVCAT_MAX_* setting."""

    header_bytes: int = 64 * KIB       # the header line of a CSV file
    cell_bytes: int = 256 * KIB        # one cell (an Excel cell holds at most 32,767 characters)
    line_bytes: int = 4 * MIB          # one line of a CSV file, one row item of a JSON array
    columns: int = 1000
    rows: int = 10_000_000
    unzipped_bytes: int = 1 * GIB      # what an XLSX workbook expands to
    zip_ratio: int = 100               # how many times its largest parts expand
    json_document_bytes: int = 64 * MIB  # a JSON table that is not a top-level array is read whole

    def __post_init__(self) -> None:
        for name, value in vars(self).items():
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise ValueError(f"table limit {name} must be a whole number >= 1, not {value!r}")

    def refuse(self, where: str, what: str, limit: str) -> LimitExceeded:
        """The error for `what` at `where`, naming the limit and its setting."""
        value = getattr(self, limit)
        return LimitExceeded(f"{where}: {what}, over the limit of {value:,} "
                             f"(GOVCAT_MAX_{limit.upper()})")

    def check_row_count(self, where: str, rows: int) -> None:
        """Refuse a table once it has more than `rows` data rows."""
        if rows > self.rows:
            raise self.refuse(where, f"more than {self.rows:,} rows", "rows")

    def check_columns(self, where: str, columns: int) -> None:
        if columns > self.columns:
            raise self.refuse(where, f"{columns:,} columns", "columns")

    def check_cells(self, where: str, cells: list[str]) -> None:
        """Refuse a row holding a cell longer than cell_bytes (UTF-8)."""
        # A character is at most 4 bytes: only cells that may be too long are encoded.
        quarter = self.cell_bytes // 4
        for number, cell in enumerate(cells, start=1):
            if len(cell) > quarter and len(cell.encode("utf-8")) > self.cell_bytes:
                raise self.refuse(where, f"cell {number} is {len(cell.encode('utf-8')):,} bytes",
                                  "cell_bytes")

    def check_csv(self, path: str | os.PathLike, encoding: str, delimiter: str) -> None:
        """Before a CSV file is parsed: every line within line_bytes, the header within
        header_bytes, and the cells of lines longer than cell_bytes within cell_bytes."""
        # Cells on one line are bounded here, by a byte scan; a quoted cell that spans lines
        # is checked by the reader (csv_records), which sees whole records.
        path = Path(path)
        line, carry = 1, b""     # the number of the first line not yet measured; its start
        with open(path, "rb") as handle:
            while block := handle.read(_SCAN):
                lines = (carry + block if carry else block).split(b"\n")
                carry = lines.pop()  # continues in the next block
                if line == 1 and lines:
                    self._check_line(path, 1, lines[0], encoding, delimiter)
                if lines and max(map(len, lines)) > min(self.cell_bytes, self.line_bytes):
                    for offset, text in enumerate(lines):
                        self._check_line(path, line + offset, text, encoding, delimiter)
                line += len(lines)
                self._check_line(path, line, carry, encoding, delimiter, complete=False)
        if carry:
            self._check_line(path, line, carry, encoding, delimiter)

    def _check_line(self, path: Path, line: int, text: bytes, encoding: str, delimiter: str,
                    complete: bool = True) -> None:
        """One line of a CSV file (complete=False: the part of it read so far)."""
        where = f"{path}: line {line}"
        if line == 1 and len(text) > self.header_bytes:
            raise self.refuse(where, f"the header is over {self.header_bytes:,} bytes",
                              "header_bytes")
        if len(text) > self.line_bytes:
            raise self.refuse(where, f"the line is over {self.line_bytes:,} bytes", "line_bytes")
        if complete and len(text) > self.cell_bytes:
            decoded = text.decode(encoding, errors="replace")
            for cells in csv.reader([decoded], delimiter=delimiter):
                self.check_cells(where, cells)

    def check_workbook(self, path: str | os.PathLike) -> None:
        """Before an XLSX workbook is opened: what its parts expand to, from its zip directory."""
        # zipfile stops each part at its declared size (and checks its CRC), so the declared
        # sizes bound what any reader of the workbook decompresses.
        try:
            with zipfile.ZipFile(path) as archive:
                parts = archive.infolist()
        except (zipfile.BadZipFile, OSError) as err:
            raise TableReadError(f"{path}: not a readable xlsx workbook ({err})") from None
        total = sum(part.file_size for part in parts)
        if total > self.unzipped_bytes:
            raise self.refuse(str(path), f"the workbook expands to {total:,} bytes",
                              "unzipped_bytes")
        for part in parts:
            ratio = part.file_size / max(part.compress_size, 1)
            if part.file_size > MIB and ratio > self.zip_ratio:
                raise self.refuse(str(path), f"a part of the workbook expands {ratio:,.0f} times",
                                  "zip_ratio")

    def check_json_document(self, path: str | os.PathLike) -> None:
        """A JSON table that is not one top-level array is read whole: bound its size."""
        size = Path(path).stat().st_size
        if size > self.json_document_bytes:
            raise self.refuse(str(path), f"a JSON document of {size:,} bytes that is not a "
                              "top-level array (only arrays are streamed)", "json_document_bytes")
