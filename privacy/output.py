"""Writing a (remediated) table in its source's format, types and conventions.

A CSV keeps its delimiter, line ending and quoting; an XLSX its sheet's name, and numbers,
booleans and dates as such cells; a JSON table its layout (objects or arrays, wrapped under
the same key) and its numbers, booleans and nulls. Cells arrive as text (the screen's view):
a TypedText (privacy.typedcells) is a cell the screen left alone and is written as its
source's value; a plain string is written as a string, so a remediated value is text. What a
column became is its Kind: "keep" (cells as they come), "text" (remediated as a whole: text
but for its empty cells) or "number" (generalised numbers, such as coordinates rounded,
written as numbers).

No cell becomes a formula: in CSV a would-be formula gets a leading apostrophe
(formula_safe); in XLSX it is a text cell, its value unchanged.
"""

from __future__ import annotations

import csv
import datetime as dt
import decimal
import itertools
import json
import os
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal
from xml.etree import ElementTree

from privacy.tabular import WORKBOOKS, TableData, format_of
from privacy.typedcells import MISSING, TypedText, cell_text

Kind = Literal["keep", "text", "number"]
Quoting = Literal["minimal", "all", "nonnumeric"]

_BUFFER = 1 << 20  # bytes of file buffer when writing large tables
_SAMPLE = 64 * 1024  # characters of a CSV read to learn its conventions
_SAMPLE_RECORDS = 200
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
_JSON_FIELDS = ("fields", "header", "columns")  # as privacy.tabular reads them
_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


@dataclass(frozen=True)
class CsvStyle:
    """How a CSV file is written: delimiter, line ending and which fields are quoted."""

    delimiter: str = ","
    lineterminator: str = "\r\n"
    quoting: Quoting = "minimal"


@dataclass(frozen=True)
class OutputStyle:
    """The conventions of a written table (those of its source when it has the same format)."""

    format: str                              # csv | xlsx | json
    csv: CsvStyle = field(default_factory=CsvStyle)
    sheet: str | None = None                 # xlsx: the worksheet's name
    json_layout: str = "objects"             # objects | arrays (each row a list)
    json_header_row: bool = False            # arrays: the header is the first row
    json_key: str | None = None              # wrapped: {key: rows}
    json_fields: tuple[str, str] | None = None  # wrapped: (key, "names" | "objects"), or
    #                                             ("schema", "objects"): where the header is


# ---------------------------------------------------------------- conventions of a source


def output_style(table: TableData | None, path: str | os.PathLike,
                 format: str | None = None) -> OutputStyle:
    """The style to write path in: its source's conventions when the format is the same."""
    fmt = format_of(path, format)
    source = table.format if table is not None else None
    suffix = Path(path).suffix.lower()
    if fmt == "csv":
        style = csv_style(table) if source == "csv" and table is not None else CsvStyle()
        if suffix == ".tsv":
            style = replace(style, delimiter="\t")
        elif suffix == ".csv" and style.delimiter == "\t":
            style = replace(style, delimiter=",")  # a .csv of a TSV: what the name says
        return OutputStyle("csv", csv=style)
    if fmt == "xlsx":  # a sheet of an XLS or ODS workbook too is published as XLSX
        return OutputStyle("xlsx", sheet=sheet_name(table) if source in WORKBOOKS else None)
    if source == "json" and table is not None:
        return _json_style(table)
    return OutputStyle("json")


def csv_style(table: TableData) -> CsvStyle:
    """The delimiter, line ending and quoting of a CSV table (from its first records)."""
    delimiter = table.options.get("delimiter", ",")
    with open(table.path, encoding=table.encoding, newline="") as handle:
        sample = handle.read(_SAMPLE).lstrip("\ufeff")
    newline = sample.find("\n")
    if newline > 0 and sample[newline - 1] == "\r":
        terminator = "\r\n"
    elif newline >= 0:
        terminator = "\n"
    else:
        terminator = "\r" if "\r" in sample else "\r\n"
    return CsvStyle(delimiter, terminator, _quoting(_raw_fields(sample, delimiter)))


def _raw_fields(sample: str, delimiter: str) -> list[tuple[bool, str]]:
    """(quoted, text) of every field of the sample's complete records (the first ones)."""
    fields: list[tuple[bool, str]] = []
    record: list[tuple[bool, str]] = []
    records, i, n = 0, 0, len(sample)
    while i < n and records < _SAMPLE_RECORDS:
        if sample[i] == '"':
            j, parts = i + 1, []
            while True:
                k = sample.find('"', j)
                if k < 0:
                    return fields  # the sample ends inside this field
                if sample.startswith('"', k + 1):
                    parts.append(sample[j:k + 1])
                    j = k + 2
                    continue
                parts.append(sample[j:k])
                i = k + 1
                break
            record.append((True, "".join(parts)))
        else:
            end = i
            while end < n and sample[end] not in (delimiter, "\r", "\n"):
                end += 1
            record.append((False, sample[i:end]))
            i = end
        if i >= n:
            return fields  # the record may go on after the sample
        char = sample[i]
        if char == delimiter:
            i += 1
        elif char in "\r\n":
            i += 2 if sample.startswith("\r\n", i) else 1
            fields.extend(record)
            record, records = [], records + 1
        else:
            return fields  # text after a closing quote: not a convention to copy
    return fields


def _quoting(fields: Sequence[tuple[bool, str]]) -> Quoting:
    """all: every field quoted; nonnumeric: every field but numbers and empties; else minimal."""
    if not any(quoted for quoted, _ in fields):
        return "minimal"
    if all(quoted for quoted, _ in fields):
        return "all"
    for quoted, text in fields:
        number = _NUMBER.fullmatch(text) is not None
        if (quoted and number) or (not quoted and text and not number):
            return "minimal"  # a quoted number, or unquoted text: quoted only when needed
    return "nonnumeric"


def sheet_name(table: TableData | None) -> str | None:
    """The name of the table's sheet (read_table names the one it read), else the XLSX
    workbook's first worksheet's."""
    if table is None:
        return None
    if table.sheet:
        return table.sheet
    if table.format != "xlsx":
        return None
    try:
        return _first_worksheet(table.path)
    except (KeyError, OSError, zipfile.BadZipFile, ElementTree.ParseError):
        return None


def _first_worksheet(path: Path) -> str | None:
    """The first worksheet's name, from the workbook's index (no sheet is loaded)."""
    main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    rel = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
    with zipfile.ZipFile(path) as archive:
        book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
        links = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    worksheets = {link.get("Id") for link in links
                  if (link.get("Type") or "").endswith("/worksheet")}
    for sheet in book.iter(f"{main}sheet"):
        if sheet.get(rel) in worksheets:
            return sheet.get("name")
    return None


def _json_style(table: TableData) -> OutputStyle:
    """The layout of a JSON table, and for a wrapped one the keys of its rows and header."""
    options = table.options
    arrays = options.get("layout") == "arrays"
    key = options.get("key")
    if key is None:
        return OutputStyle("json", json_layout="arrays" if arrays else "objects",
                           json_header_row=arrays)
    with open(table.path, encoding=table.encoding) as handle:
        document = json.load(handle)  # a wrapped table is read whole anyway (tabular)
    fields = None
    found = next((k for k in _JSON_FIELDS if isinstance(document.get(k), list)), None)
    if found is not None:
        given = document[found]
        fields = (found, "objects" if given and isinstance(given[0], dict) else "names")
    elif isinstance(document.get("schema"), dict):
        fields = ("schema", "objects")
    return OutputStyle("json", json_layout="arrays" if arrays else "objects",
                       json_header_row=bool(options.get("skip_first")), json_key=key,
                       json_fields=fields)


# ---------------------------------------------------------------- writing


def write_table(path: str | os.PathLike, header: Sequence[str], rows: Iterable[list[str]],
                format: str | None = None, *, style: OutputStyle | None = None,
                kinds: Sequence[Kind] | None = None) -> None:
    """Write a table in style (default: the format's defaults; CSV as UTF-8 without BOM)."""
    fmt = format_of(path, format)
    path = Path(path)
    if style is None or style.format != fmt:
        style = output_style(None, path, fmt)
    kinds = list(kinds) if kinds is not None else ["keep"] * len(header)
    if fmt == "csv":
        with open(path, "w", encoding="utf-8", newline="", buffering=_BUFFER) as handle:
            write_csv_rows(handle, itertools.chain([list(header)], rows), style.csv)
    elif fmt == "xlsx":
        _write_xlsx(path, header, rows, style, kinds)
    else:
        _write_json(path, header, rows, style, kinds)


# A spreadsheet runs a CSV cell starting with one of these as a formula (OWASP, "CSV
# Injection"): such a cell is written with a leading apostrophe, unless it is a plain number
# or a dash placeholder, which no spreadsheet runs.
_FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_HARMLESS = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?%?|-+")


def formula_safe(cell: str) -> str:
    """The cell as written to a CSV file: a would-be formula gets a leading apostrophe."""
    if cell.startswith(_FORMULA_TRIGGERS) and not _HARMLESS.fullmatch(cell):
        return "'" + cell
    return cell


def formula_safe_rows(rows: Iterable[list[str]]) -> Iterator[list[str]]:
    """Rows with formula_safe cells (a row without a would-be formula is passed as it is)."""
    for row in rows:
        if any(cell.startswith(_FORMULA_TRIGGERS) for cell in row):
            row = [formula_safe(cell) for cell in row]
        yield row


def write_csv_rows(handle: Any, rows: Iterable[list[str]], style: CsvStyle) -> None:
    """CSV rows, formula-safe, in style (the parts of parallel screening are written alike)."""
    rows = formula_safe_rows(rows)
    if style.quoting == "nonnumeric":
        handle.writelines(_nonnumeric_lines(rows, style))
        return
    quoting = csv.QUOTE_ALL if style.quoting == "all" else csv.QUOTE_MINIMAL
    csv.writer(handle, delimiter=style.delimiter, lineterminator=style.lineterminator,
               quoting=quoting).writerows(rows)


def _nonnumeric_lines(rows: Iterable[list[str]], style: CsvStyle) -> Iterator[str]:
    """Lines quoting every field but empty ones and plain numbers."""
    number, join, end = _NUMBER.fullmatch, style.delimiter.join, style.lineterminator
    for row in rows:
        yield join(cell if not cell or number(cell) else '"' + cell.replace('"', '""') + '"'
                   for cell in row) + end


def _cell_value(cell: str, kind: Kind) -> Any:
    """What a cell is written as (MISSING: a key a JSON object did not have)."""
    if type(cell) is TypedText:
        if kind == "keep" or cell == "":
            return cell.value
        return _number(cell) if kind == "number" else str(cell)
    if kind == "number":
        return _number(cell)
    return cell


def _number(text: str) -> Any:
    """A generalised number as a number (text that is none stays text)."""
    if not _NUMBER.fullmatch(text.strip()):
        return text
    value = float(text)
    return int(value) if value.is_integer() and "." not in text and "e" not in text.lower() \
        else value


def _write_xlsx(path: Path, header: Sequence[str], rows: Iterable[list[str]],
                style: OutputStyle, kinds: Sequence[Kind]) -> None:
    """One worksheet (named as its source's), in write-only mode (memory stays flat)."""
    import openpyxl
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, WriteOnlyCell

    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet(title=_sheet_title(style.sheet))
    clean = ILLEGAL_CHARACTERS_RE.sub

    def text(value: str) -> Any:
        value = clean("", value)
        if not value:
            return None
        if not value.startswith("="):
            return value
        cell = WriteOnlyCell(sheet, value)  # openpyxl would store "=..." as a formula
        cell.data_type = "s"
        return cell

    def excel(value: Any) -> Any:
        if value is None or value is MISSING:
            return None
        if isinstance(value, str):
            return text(value)
        if isinstance(value, bool):
            return value
        if isinstance(value, (int, float, decimal.Decimal)):
            return value
        if isinstance(value, dt.datetime):
            cell = WriteOnlyCell(sheet, value)
            if value.time() == dt.time() and value.tzinfo is None:
                cell.number_format = "yyyy-mm-dd"
            return cell
        if isinstance(value, (dt.date, dt.time, dt.timedelta)):
            return value
        return text(cell_text(value))

    sheet.append([excel(_cell_value(name, "keep")) for name in header])
    for row in rows:
        sheet.append([excel(_cell_value(cell, kind))
                      for cell, kind in zip(row, _kinds(kinds, len(row)), strict=True)])
    workbook.save(path)


def _sheet_title(name: str | None) -> str | None:
    """A valid worksheet name (at most 31 characters, none of []:*?/\\), or None."""
    if not name:
        return None
    title = _SHEET_CHARS.sub("_", name).strip("'")[:31]
    return title or None


def _kinds(kinds: Sequence[Kind], width: int) -> Sequence[Kind]:
    """The kinds of a row of width cells (cells beyond the header are kept as they are)."""
    if len(kinds) >= width:
        return kinds[:width] if len(kinds) > width else kinds
    return list(kinds) + ["keep"] * (width - len(kinds))


def _json_default(value: Any) -> Any:
    """What JSON has no type for: dates and times as ISO text, decimals as numbers."""
    if isinstance(value, decimal.Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return cell_text(value)


def _write_json(path: Path, header: Sequence[str], rows: Iterable[list[str]],
                style: OutputStyle, kinds: Sequence[Kind]) -> None:
    """A JSON table in style's layout, one row a line, streaming."""
    dumps = _dumps()
    names = [str(name) for name in header]
    arrays = style.json_layout == "arrays"
    with open(path, "w", encoding="utf-8", buffering=_BUFFER) as handle:
        if style.json_key is not None:
            handle.write("{")
            if style.json_fields is not None:
                handle.write(f"{dumps(style.json_fields[0])}: "
                             f"{dumps(_json_fields(style, names))},\n")
            handle.write(f"{dumps(style.json_key)}: ")
        handle.write("[")
        lines = (_json_row(row, names, kinds, arrays) for row in rows)
        if arrays and style.json_header_row:
            lines = itertools.chain([names], lines)
        for index, line in enumerate(lines):
            handle.write(",\n" if index else "\n")
            handle.write(dumps(line))
        handle.write("\n]}\n" if style.json_key is not None else "\n]\n")


def _dumps() -> Callable[[Any], str]:
    encoder = json.JSONEncoder(ensure_ascii=False, default=_json_default)
    return encoder.encode


def _json_row(row: list[str], names: list[str], kinds: Sequence[Kind], arrays: bool) -> Any:
    values = [_cell_value(cell, kind) for cell, kind in zip(row, _kinds(kinds, len(row)),
                                                           strict=True)]
    if arrays:
        return [None if value is MISSING else value for value in values]
    return {name: value for name, value in zip(names, values, strict=False)
            if value is not MISSING}


def _json_fields(style: OutputStyle, names: list[str]) -> Any:
    """The header of a wrapped document, in the form its source gave it (the types of its
    fields are the published Table Schema's business)."""
    assert style.json_fields is not None
    key, form = style.json_fields
    if form == "names":
        return names
    fields = [{"name": name} for name in names]
    return {"fields": fields} if key == "schema" else fields
