"""Reading tables (CSV/TSV, XLSX, JSON) as streams of text cells (typed: privacy.typedcells)."""

from __future__ import annotations

import csv
import json
import os
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl

from privacy.encoding import detect_encoding, verify_encoding
from privacy.errors import TableReadError, UnsupportedFormat
from privacy.jsonstream import iter_json_array
from privacy.limits import TableLimits
from privacy.typedcells import MISSING, cell_text, typed_cell

FORMATS = {".csv": "csv", ".tsv": "csv", ".txt": "csv", ".xlsx": "xlsx", ".json": "json"}
_DELIMITERS = ",;\t|"
_JSON_ROWS = ("data", "rows", "records", "items", "result")
_JSON_FIELDS = ("fields", "header", "columns")
_BUFFER = 1 << 20  # bytes of file buffer when streaming large tables


def format_of(path: str | os.PathLike, format: str | None = None) -> str:
    """The table format ("csv", "xlsx", "json") from an explicit name or the file suffix."""
    if format:
        fmt = format.lower().lstrip(".")
        fmt = {"tsv": "csv", "txt": "csv"}.get(fmt, fmt)
        if fmt in ("csv", "xlsx", "json"):
            return fmt
        raise UnsupportedFormat(f"{os.fspath(path)}: unsupported format {format!r}")
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise UnsupportedFormat(
            f"{os.fspath(path)}: unsupported file type {suffix or '(none)'!r}; "
            "expected .csv, .tsv, .txt, .xlsx or .json"
        )
    return FORMATS[suffix]


def _fit(cells: list[str], width: int) -> list[str]:
    """Pad a short row to the header width; trim empty extra cells (non-empty ones are kept)."""
    if len(cells) < width:
        return cells + [""] * (width - len(cells))
    while len(cells) > width and cells[-1] == "":
        cells.pop()
    return cells


@dataclass
class TableData:
    """A table on disk: its header, and rows() that re-opens the file and streams rows."""

    path: Path
    format: str
    encoding: str | None
    header: list[str]
    options: dict[str, Any] = field(default_factory=dict, repr=False)
    limits: TableLimits | None = field(default=None, repr=False)

    def rows(self) -> Iterator[list[str]]:
        """Stream data rows as lists of strings, padded to the header (extra cells are kept)."""
        reader = {"csv": _csv_rows, "xlsx": _xlsx_rows, "json": _json_rows}[self.format]
        rows = reader(self)
        return rows if self.limits is None else _bounded(rows, self.limits, self.path)


def _bounded(rows: Iterator[list[str]], limits: TableLimits, path: Path) -> Iterator[list[str]]:
    """The rows, refused once there are more than limits.rows of them."""
    most = limits.rows
    for number, row in enumerate(rows, start=1):
        if number > most:
            limits.check_row_count(str(path), number)
        yield row


def _check_header(table: TableData) -> None:
    """The header's width and (for XLSX and JSON, whose header is not a line) its size."""
    limits = table.limits
    if limits is None:
        return
    limits.check_columns(f"{table.path}: the header", len(table.header))
    if table.format != "csv":
        size = sum(len(name.encode("utf-8")) for name in table.header)
        if size > limits.header_bytes:
            raise limits.refuse(f"{table.path}: the header", f"the header is {size:,} bytes",
                                "header_bytes")


# ---------------------------------------------------------------- CSV


def _sniff_delimiter(path: Path, encoding: str) -> str:
    """Delimiter: tab for .tsv, else sniffed among , ; TAB | (comma when unsure)."""
    if path.suffix.lower() == ".tsv":
        return "\t"
    with open(path, encoding=encoding, newline="") as handle:
        sample = handle.read(16 * 1024)
    first = sample.split("\n", 1)[0]
    counts = {d: first.count(d) for d in _DELIMITERS}
    best = max(counts, key=counts.get)
    return best if counts[best] and not counts[","] else ","


def _csv_reader(table: TableData, handle) -> Iterator[list[str]]:
    """csv.reader over an open handle with the table's delimiter (strict quoting)."""
    return csv.reader(handle, delimiter=table.options["delimiter"], strict=True)


def _csv_rows(table: TableData) -> Iterator[list[str]]:
    """Stream CSV data rows."""
    with open(table.path, encoding=table.encoding, newline="", buffering=_BUFFER) as handle:
        yield from csv_records(table, handle)


def csv_records(table: TableData, lines: Iterable[str], first_line: int = 1,
                skip_header: bool = True) -> Iterator[list[str]]:
    """Data rows parsed from lines of the table's CSV text (first_line: the first's number)."""
    # Shared by the whole-file stream and by the byte-range chunks of parallel screening, so
    # both skip blank rows, fit widths and name lines in errors alike.
    width = len(table.header)
    reader = _csv_reader(table, lines)
    limits = table.limits
    try:
        if skip_header:
            next(reader, None)
        if limits is not None:
            yield from _bounded_records(table, reader, limits, first_line)
            return
        for cells in reader:
            if len(cells) == width:
                yield cells
            elif cells:
                yield _fit(cells, width)
    except csv.Error as err:
        line = first_line - 1 + reader.line_num
        raise TableReadError(f"{table.path}: line {line}: {err}") from None
    except UnicodeDecodeError as err:
        line = first_line - 1 + reader.line_num
        raise TableReadError(f"{table.path}: near line {line}: {err}") from None


def _bounded_records(table: TableData, reader: Any, limits: TableLimits,
                     first_line: int) -> Iterator[list[str]]:
    """csv_records' loop with the table's limits: its width, and cells of multi-line records."""
    # Lines were measured before parsing (TableLimits.check_csv), so only a record spanning
    # lines can hold a cell longer than a line; the line count tells which records do.
    width, most = len(table.header), limits.columns
    last = reader.line_num
    for cells in reader:
        if reader.line_num - last > 1:
            limits.check_cells(f"{table.path}: line {first_line + last}", cells)
        last = reader.line_num
        if len(cells) == width:
            yield cells
        elif cells:
            if len(cells) > most:
                limits.check_columns(f"{table.path}: line {first_line - 1 + last}", len(cells))
            yield _fit(cells, width)


def _read_csv(path: Path, encoding: str | None, limits: TableLimits | None) -> TableData:
    """Open a CSV: detect/verify the encoding, sniff the delimiter, check limits, read header."""
    if encoding is None:
        encoding = detect_encoding(path)
    else:
        verify_encoding(path, encoding)
    delimiter = _sniff_delimiter(path, encoding)
    if limits is not None:
        limits.check_csv(path, encoding, delimiter)
    table = TableData(path, "csv", encoding, [], {"delimiter": delimiter}, limits)
    with open(path, encoding=encoding, newline="") as handle:
        reader = _csv_reader(table, handle)
        try:
            header = next(reader, None)
        except csv.Error as err:
            raise TableReadError(f"{path}: line {reader.line_num}: {err}") from None
    if not header:
        raise TableReadError(f"{path}: line 1: empty file or empty header")
    table.header = header
    return table


# ---------------------------------------------------------------- XLSX


def _open_workbook(path: Path):
    """Open an xlsx workbook read-only, as TableReadError when it is not one."""
    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as err:
        raise TableReadError(f"{path}: not a readable xlsx workbook ({err})") from None


def _xlsx_rows(table: TableData, include_header: bool = False) -> Iterator[list[str]]:
    """Stream the first worksheet's non-empty rows (header first when asked)."""
    workbook = _open_workbook(table.path)
    limits = table.limits
    try:
        sheet = workbook.worksheets[0]
        first = True
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = [typed_cell(v) for v in values]
            while cells and cells[-1] == "":
                cells.pop()
            if not cells:
                continue
            if limits is not None:
                limits.check_columns(f"{table.path}: row {number}", len(cells))
                limits.check_cells(f"{table.path}: row {number}", cells)
            if first:
                first = False
                if include_header:
                    yield cells
                continue
            yield _fit(cells, len(table.header))
    finally:
        workbook.close()


def _read_xlsx(path: Path, limits: TableLimits | None) -> TableData:
    """Open an xlsx file (its expansion checked first) and read its header row."""
    if limits is not None:
        limits.check_workbook(path)
    table = TableData(path, "xlsx", None, [], limits=limits)
    header = next(_xlsx_rows(table, include_header=True), None)
    if not header:
        raise TableReadError(f"{path}: row 1: the first worksheet is empty")
    table.header = header
    return table


# ---------------------------------------------------------------- JSON


def _json_layout(path: Path, encoding: str,
                 limits: TableLimits | None) -> tuple[list[str], dict[str, Any]]:
    """Work out the header and layout of a JSON table."""
    with open(path, encoding=encoding) as handle:
        head = handle.read(4096).lstrip("\ufeff \t\r\n")
    if head.startswith("["):
        header: list[str] = []
        seen: set[str] = set()
        arrays = None
        for index, item in enumerate(_json_array(path, encoding, limits), start=1):
            if isinstance(item, dict):
                arrays = _same_kind(arrays, False, path, index)
                for key in item:
                    if key not in seen:
                        seen.add(key)
                        header.append(key)
                if limits is not None and len(header) > limits.columns:
                    limits.check_columns(f"{path}: item {index}", len(header))
            elif isinstance(item, list):
                arrays = _same_kind(arrays, True, path, index)
                if index == 1:
                    header = [cell_text(v) for v in item]
            else:
                raise TableReadError(f"{path}: item {index}: expected an object or an array")
        if not header:
            raise TableReadError(f"{path}: item 1: no header (empty array)")
        return header, {"layout": "arrays" if arrays else "objects"}
    if limits is not None:
        limits.check_json_document(path)
    return _json_wrapped(path, encoding)


def _json_array(path: Path, encoding: str | None, limits: TableLimits | None) -> Iterator[Any]:
    """The items of a top-level JSON array, each within limits.line_bytes."""
    # A JSON row is held whole while it is parsed: its size is bounded like a CSV line's.
    return iter_json_array(path, encoding, None if limits is None else limits.line_bytes)


def _same_kind(previous: bool | None, arrays: bool, path: Path, index: int) -> bool:
    """Items must be all objects or all arrays."""
    if previous is not None and previous != arrays:
        raise TableReadError(f"{path}: item {index}: mixes objects and arrays")
    return arrays


def _json_wrapped(path: Path, encoding: str) -> tuple[list[str], dict[str, Any]]:
    """{"data": [...]} with optional "fields"/"schema": loaded whole."""
    try:
        with open(path, encoding=encoding) as handle:
            document = json.load(handle)
    except json.JSONDecodeError as err:
        raise TableReadError(f"{path}: line {err.lineno} column {err.colno}: {err.msg}") from None
    if not isinstance(document, dict):
        raise TableReadError(f"{path}: line 1: expected an array or an object holding rows")
    key = next((k for k in _JSON_ROWS if isinstance(document.get(k), list)), None)
    if key is None:
        raise TableReadError(f"{path}: no array of rows under {', '.join(_JSON_ROWS)}")
    rows = document[key]
    fields = next((document[k] for k in _JSON_FIELDS if isinstance(document.get(k), list)), None)
    if fields is None and isinstance(document.get("schema"), dict):
        fields = document["schema"].get("fields")
    header = [f.get("name", "") if isinstance(f, dict) else cell_text(f) for f in fields or []]
    arrays = bool(rows) and isinstance(rows[0], list)
    if not header:
        if arrays:
            header, rows = [cell_text(v) for v in rows[0]], rows[1:]
        else:
            for row in rows:
                for k in row if isinstance(row, dict) else ():
                    if k not in header:
                        header.append(k)
    return header, {"layout": "arrays" if arrays else "objects", "key": key,
                    "skip_first": arrays and not fields}


def _json_items(table: TableData) -> Iterator[Any]:
    """The row items of a JSON table, streamed when it is a top-level array."""
    if "key" not in table.options:
        return _json_array(table.path, table.encoding, table.limits)
    with open(table.path, encoding=table.encoding) as handle:
        rows = json.load(handle)[table.options["key"]]
    return iter(rows)


def _json_rows(table: TableData) -> Iterator[list[str]]:
    """Stream JSON rows as cells in header order."""
    items = _json_items(table)
    arrays = table.options["layout"] == "arrays"
    skip = arrays and ("key" not in table.options or table.options.get("skip_first"))
    width = len(table.header)
    limits = table.limits
    for index, item in enumerate(items, start=1):
        if skip and index == 1:
            continue
        if arrays:
            if not isinstance(item, list):
                raise TableReadError(f"{table.path}: item {index}: expected an array")
            cells = _fit([typed_cell(v) for v in item], width)
        else:
            if not isinstance(item, dict):
                raise TableReadError(f"{table.path}: item {index}: expected an object")
            cells = [typed_cell(item.get(k, MISSING)) for k in table.header]
        if limits is not None:
            limits.check_columns(f"{table.path}: item {index}", len(cells))
            limits.check_cells(f"{table.path}: item {index}", cells)
        yield cells


def _read_json(path: Path, encoding: str | None, limits: TableLimits | None) -> TableData:
    """Open a JSON table: encoding, layout and header."""
    if encoding is None:
        encoding = detect_encoding(path)
    else:
        verify_encoding(path, encoding)
    header, options = _json_layout(path, encoding, limits)
    return TableData(path, "json", encoding, header, options, limits)


# ---------------------------------------------------------------- public API


def read_table(path: str | os.PathLike, format: str | None = None,
               encoding: str | None = None, limits: TableLimits | None = None) -> TableData:
    """Open a table (format from the suffix unless given); UnsupportedFormat, TableReadError.

    With limits, a table beyond them raises LimitExceeded (a TableReadError): its lines and
    expansion before it is parsed, its header here, its rows and cells as they are read.
    """
    fmt = format_of(path, format)
    path = Path(path)
    if not path.is_file():
        raise TableReadError(f"{path}: no such file")
    if fmt == "csv":
        table = _read_csv(path, encoding, limits)
    elif fmt == "xlsx":
        table = _read_xlsx(path, limits)
    else:
        table = _read_json(path, encoding, limits)
    _check_header(table)
    return table


__all__ = [
    "TableData",
    "TableReadError",
    "UnsupportedFormat",
    "detect_encoding",
    "read_table",
    "cell_text",
]
