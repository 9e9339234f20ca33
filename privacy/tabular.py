"""Reading and writing tables (CSV/TSV, XLSX, JSON) as streams of string cells."""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from privacy.encoding import detect_encoding, verify_encoding
from privacy.errors import TableReadError, UnsupportedFormat
from privacy.jsonstream import iter_json_array

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


def cell_text(value: Any) -> str:
    """A cell as text: "" for empty, integral floats without ".0", dates in ISO form."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e21 else repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


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

    def rows(self) -> Iterator[list[str]]:
        """Stream data rows as lists of strings, padded to the header (extra cells are kept)."""
        reader = {"csv": _csv_rows, "xlsx": _xlsx_rows, "json": _json_rows}[self.format]
        return reader(self)


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
    try:
        if skip_header:
            next(reader, None)
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


def _read_csv(path: Path, encoding: str | None) -> TableData:
    """Open a CSV: detect/verify the encoding, sniff the delimiter, read the header."""
    if encoding is None:
        encoding = detect_encoding(path)
    else:
        verify_encoding(path, encoding)
    table = TableData(path, "csv", encoding, [], {"delimiter": _sniff_delimiter(path, encoding)})
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
    try:
        sheet = workbook.worksheets[0]
        first = True
        for values in sheet.iter_rows(values_only=True):
            cells = [cell_text(v) for v in values]
            while cells and cells[-1] == "":
                cells.pop()
            if not cells:
                continue
            if first:
                first = False
                if include_header:
                    yield cells
                continue
            yield _fit(cells, len(table.header))
    finally:
        workbook.close()


def _read_xlsx(path: Path) -> TableData:
    """Open an xlsx file and read its header row."""
    table = TableData(path, "xlsx", None, [])
    header = next(_xlsx_rows(table, include_header=True), None)
    if not header:
        raise TableReadError(f"{path}: row 1: the first worksheet is empty")
    table.header = header
    return table


# ---------------------------------------------------------------- JSON


def _json_layout(path: Path, encoding: str) -> tuple[list[str], dict[str, Any]]:
    """Work out the header and layout of a JSON table."""
    with open(path, encoding=encoding) as handle:
        head = handle.read(4096).lstrip()
    if head.startswith("["):
        header: list[str] = []
        seen: set[str] = set()
        arrays = None
        for index, item in enumerate(iter_json_array(path, encoding), start=1):
            if isinstance(item, dict):
                arrays = _same_kind(arrays, False, path, index)
                for key in item:
                    if key not in seen:
                        seen.add(key)
                        header.append(key)
            elif isinstance(item, list):
                arrays = _same_kind(arrays, True, path, index)
                if index == 1:
                    header = [cell_text(v) for v in item]
            else:
                raise TableReadError(f"{path}: item {index}: expected an object or an array")
        if not header:
            raise TableReadError(f"{path}: item 1: no header (empty array)")
        return header, {"layout": "arrays" if arrays else "objects"}
    return _json_wrapped(path, encoding)


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
        items = iter_json_array(table.path, table.encoding)
        return items
    with open(table.path, encoding=table.encoding) as handle:
        rows = json.load(handle)[table.options["key"]]
    return iter(rows)


def _json_rows(table: TableData) -> Iterator[list[str]]:
    """Stream JSON rows as cells in header order."""
    items = _json_items(table)
    arrays = table.options["layout"] == "arrays"
    skip = arrays and ("key" not in table.options or table.options.get("skip_first"))
    width = len(table.header)
    for index, item in enumerate(items, start=1):
        if skip and index == 1:
            continue
        if arrays:
            if not isinstance(item, list):
                raise TableReadError(f"{table.path}: item {index}: expected an array")
            yield _fit([cell_text(v) for v in item], width)
        else:
            if not isinstance(item, dict):
                raise TableReadError(f"{table.path}: item {index}: expected an object")
            yield [cell_text(item.get(k)) for k in table.header]


def _read_json(path: Path, encoding: str | None) -> TableData:
    """Open a JSON table: encoding, layout and header."""
    if encoding is None:
        encoding = detect_encoding(path)
    else:
        verify_encoding(path, encoding)
    header, options = _json_layout(path, encoding)
    return TableData(path, "json", encoding, header, options)


# ---------------------------------------------------------------- public API


def read_table(path: str | os.PathLike, format: str | None = None,
               encoding: str | None = None) -> TableData:
    """Open a table (format from the suffix unless given); UnsupportedFormat, TableReadError."""
    fmt = format_of(path, format)
    path = Path(path)
    if not path.is_file():
        raise TableReadError(f"{path}: no such file")
    if fmt == "csv":
        return _read_csv(path, encoding)
    if fmt == "xlsx":
        return _read_xlsx(path)
    return _read_json(path, encoding)


def output_delimiter(path: str | os.PathLike) -> str:
    """The delimiter of CSV written to path: tab for .tsv, else comma."""
    return "\t" if Path(path).suffix.lower() == ".tsv" else ","


def write_table(path: str | os.PathLike, header: list[str], rows: Iterable[list[str]],
                format: str | None = None) -> None:
    """Write a table: CSV as UTF-8 without BOM, XLSX in write-only mode, JSON as objects."""
    fmt = format_of(path, format)
    path = Path(path)
    if fmt == "csv":
        delimiter = output_delimiter(path)
        with open(path, "w", encoding="utf-8", newline="", buffering=_BUFFER) as handle:
            writer = csv.writer(handle, delimiter=delimiter)
            writer.writerow(header)
            writer.writerows(rows)
    elif fmt == "xlsx":
        _write_xlsx(path, header, rows)
    else:
        _write_json(path, header, rows)


def _write_xlsx(path: Path, header: list[str], rows: Iterable[list[str]]) -> None:
    """Write strings to a single-sheet workbook in write-only mode (memory stays flat)."""
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet()
    clean = ILLEGAL_CHARACTERS_RE.sub
    sheet.append([clean("", h) for h in header])
    for row in rows:
        sheet.append([clean("", c) for c in row])
    workbook.save(path)


def _write_json(path: Path, header: list[str], rows: Iterable[list[str]]) -> None:
    """Write a JSON array of objects, one object per line, streaming."""
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("[")
        for index, row in enumerate(rows):
            handle.write(",\n" if index else "\n")
            handle.write(json.dumps(dict(zip(header, row, strict=False)), ensure_ascii=False))
        handle.write("\n]\n")


__all__ = [
    "TableData",
    "TableReadError",
    "UnsupportedFormat",
    "detect_encoding",
    "read_table",
    "write_table",
]
