"""Reading tables (CSV/TSV, XLSX, XLS, ODS, JSON) as streams of text cells (typed:
privacy.typedcells).

A spreadsheet's (or a CSV's) title rows, multi-row header and notes below the table are
found by privacy.layout when a table is opened: rows() streams its data rows only."""

from __future__ import annotations

import csv
import json
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from privacy.encoding import detect_encoding, verify_encoding
from privacy.errors import TableReadError, UnsupportedFormat
from privacy.jsonstream import iter_json_array
from privacy.layout import HEAD_ROWS, TAIL_ROWS, Layout, Merge, detect, footer_candidate
from privacy.limits import TableLimits
from privacy.typedcells import MISSING, cell_text, typed_cell

FORMATS = {".csv": "csv", ".tsv": "csv", ".txt": "csv", ".xlsx": "xlsx", ".xls": "xls",
           ".ods": "ods", ".json": "json"}
WORKBOOKS = ("xlsx", "xls", "ods")
_DELIMITERS = ",;\t|"
_JSON_ROWS = ("data", "rows", "records", "items", "result")
_JSON_FIELDS = ("fields", "header", "columns")
_BUFFER = 1 << 20  # bytes of file buffer when streaming large tables
_OBSERVED = 2048  # records an observer is given at a time

# Something that sees a CSV table's records as parsed, before the rows are fitted to the header
# and blank ones skipped (the validation gate checks them in the screen's first pass).
RecordObserver = Callable[[list[list[str]]], None]


def format_of(path: str | os.PathLike, format: str | None = None) -> str:
    """The table format ("csv", "xlsx", "json") from an explicit name or the file suffix."""
    if format:
        fmt = format.lower().lstrip(".")
        fmt = {"tsv": "csv", "txt": "csv"}.get(fmt, fmt)
        if fmt in ("csv", "json", *WORKBOOKS):
            return fmt
        raise UnsupportedFormat(f"{os.fspath(path)}: unsupported format {format!r}")
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise UnsupportedFormat(
            f"{os.fspath(path)}: unsupported file type {suffix or '(none)'!r}; "
            "expected .csv, .tsv, .txt, .xlsx, .xls, .ods or .json"
        )
    return FORMATS[suffix]


def _fit(cells: list[str], width: int) -> list[str]:
    """Pad a short row to the header width; trim empty extra cells (non-empty ones are kept)."""
    if len(cells) < width:
        return cells + [""] * (width - len(cells))
    end = len(cells)
    while end > width and cells[end - 1] == "":
        end -= 1
    return cells if end == len(cells) else cells[:end]


@dataclass
class TableData:
    """A table on disk: its header, and rows() that re-opens the file and streams rows."""

    path: Path
    format: str
    encoding: str | None
    header: list[str]
    options: dict[str, Any] = field(default_factory=dict, repr=False)
    limits: TableLimits | None = field(default=None, repr=False)
    sheet: str | None = None           # a workbook's sheet
    layout: Layout | None = None       # where the table lies (None: a JSON table)
    notes: list[str] = field(default_factory=list, repr=False)  # raw text of the note rows

    @property
    def plain(self) -> bool:
        """Whether the header is the first row, and nothing is skipped (Layout.plain)."""
        return self.layout is None or self.layout.plain

    def rows(self, observe: RecordObserver | None = None) -> Iterator[list[str]]:
        """Stream data rows as lists of strings, padded to the header (extra cells are kept).

        observe: a CSV table's records are shown to it as they are parsed (csv_records; a
        table whose header is its first row, and nothing below its data, only).
        """
        if observe is not None and (self.format != "csv" or not self.plain):
            raise ValueError(f"{self.path}: only the records of a CSV table of one header row "
                             "and no notes can be observed")
        if self.format in WORKBOOKS:
            rows = _sheet_rows(self)
        elif observe is not None:
            rows = _csv_rows(self, observe)
        else:
            rows = {"csv": _csv_rows, "json": _json_rows}[self.format](self)
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


def _csv_rows(table: TableData, observe: RecordObserver | None = None) -> Iterator[list[str]]:
    """Stream CSV data rows."""
    with open(table.path, encoding=table.encoding, newline="", buffering=_BUFFER) as handle:
        if table.layout is None or table.layout.plain:
            yield from csv_records(table, handle, observe=observe)
            return
        # records are numbered as Frictionless numbers them: every record, blank ones too
        layout = table.layout
        first, footer, width = layout.first_data_row, set(layout.footer), len(table.header)
        reader = _csv_reader(table, handle)
        try:
            for number, cells in enumerate(reader, start=1):
                if number < first or number in footer or not cells:
                    continue
                if table.limits is not None and len(cells) > table.limits.columns:
                    table.limits.check_columns(f"{table.path}: line {reader.line_num}",
                                               len(cells))
                yield cells if len(cells) == width else _fit(cells, width)
        except csv.Error as err:
            raise TableReadError(f"{table.path}: line {reader.line_num}: {err}") from None
        except UnicodeDecodeError as err:
            raise TableReadError(f"{table.path}: near line {reader.line_num}: {err}") from None


def csv_records(table: TableData, lines: Iterable[str], first_line: int = 1,
                skip_header: bool = True,
                observe: RecordObserver | None = None) -> Iterator[list[str]]:
    """Data rows parsed from lines of the table's CSV text (first_line: the first's number).

    observe: given every record after the header as parsed (blank ones too, not fitted), a
    batch at a time, before the batch's rows are yielded.
    """
    # Shared by the whole-file stream and by the byte-range chunks of parallel screening, so
    # both skip blank rows, fit widths and name lines in errors alike.
    width = len(table.header)
    reader = _csv_reader(table, lines)
    limits = table.limits
    try:
        if skip_header:
            next(reader, None)
        if observe is not None:
            records = reader if limits is None else \
                _bounded_records(table, reader, limits, first_line, fit=False)
            yield from _fitted(_observed(records, observe), width)
        elif limits is not None:
            yield from _bounded_records(table, reader, limits, first_line)
        else:
            for cells in reader:  # _fitted, inlined: the screen's every row passes here
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


def _fitted(records: Iterable[list[str]], width: int) -> Iterator[list[str]]:
    """Records as rows of the header's width (extra non-empty cells kept); blank ones skipped."""
    for cells in records:
        if len(cells) == width:
            yield cells
        elif cells:
            yield _fit(cells, width)


def _observed(records: Iterable[list[str]], observe: RecordObserver) -> Iterator[list[str]]:
    """The records, each batch shown to observe before it is passed on."""
    records = iter(records)
    while batch := list(islice(records, _OBSERVED)):
        observe(batch)
        yield from batch


def _bounded_records(table: TableData, reader: Any, limits: TableLimits,
                     first_line: int, fit: bool = True) -> Iterator[list[str]]:
    """csv_records' loop with the table's limits: its width, and cells of multi-line records
    (fit=False: every record as parsed)."""
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
        elif cells or not fit:
            if len(cells) > most:
                limits.check_columns(f"{table.path}: line {first_line - 1 + last}", len(cells))
            yield _fit(cells, width) if fit else cells


def _read_csv(path: Path, encoding: str | None, limits: TableLimits | None,
              options: LayoutOptions) -> TableData:
    """Open a CSV: detect/verify the encoding, sniff the delimiter, check limits, find the
    table's layout (a preamble above the header, a header of several rows, notes or totals
    below the data) and read its header."""
    if encoding is None:
        encoding = detect_encoding(path)
    else:
        verify_encoding(path, encoding)
    delimiter = _sniff_delimiter(path, encoding)
    if limits is not None:
        limits.check_csv(path, encoding, delimiter)
    table = TableData(path, "csv", encoding, [], {"delimiter": delimiter}, limits)
    window, last = _csv_window(table, options.head_rows() if options.detect else 1,
                               tail=options.detect)
    if not any(window.values()):
        raise TableReadError(f"{path}: line 1: empty file or empty header")
    layout = options.find(window, (), last)
    header = list(layout.labels) or list(window.get(layout.header_rows[0], []))
    if not header:
        raise TableReadError(f"{path}: line 1: empty file or empty header"
                             if layout.header_rows[0] == 1 else
                             f"{path}: row {layout.header_rows[0]}: the header row is empty")
    table.header, table.layout = header, layout
    table.notes = _notes(window, layout, header)
    return table


def _csv_window(table: TableData, head: int,
                tail: bool = True) -> tuple[dict[int, list[str]], int | None]:
    """The first `head` records and the last TAIL_ROWS (numbered as Frictionless numbers
    them), and the number of the last record (None when the tail holds no note or total,
    and was not numbered)."""
    window: dict[int, list[str]] = {}
    size = table.path.stat().st_size
    with open(table.path, encoding=table.encoding, newline="") as handle:
        reader = _csv_reader(table, handle)
        number = 0
        try:
            for number, cells in enumerate(reader, start=1):
                if number > head:
                    break
                window[number] = cells
            else:
                return window, number  # the whole file is in the window
        except csv.Error as err:
            raise TableReadError(f"{table.path}: line {reader.line_num}: {err}") from None
    if not tail or (size > _WHOLE_TAIL and not _csv_tail_has_notes(table)):
        return window, None
    # number the tail: every record counted (only when it may hold notes, in a large file)
    tail: deque[tuple[int, list[str]]] = deque(maxlen=TAIL_ROWS)
    with open(table.path, encoding=table.encoding, newline="", buffering=_BUFFER) as handle:
        reader = _csv_reader(table, handle)
        try:
            tail.extend(enumerate(reader, start=1))
        except (csv.Error, UnicodeDecodeError):
            return window, None  # Frictionless and rows() report it
    for number, cells in tail:
        window.setdefault(number, cells)
    return window, tail[-1][0] if tail else None


_WHOLE_TAIL = 4 << 20  # a CSV up to this size is read whole to find notes below the table
_TAIL_BYTES = 64 << 10


def _csv_tail_has_notes(table: TableData) -> bool:
    """Whether the last lines of a large CSV begin with a note word or a total (so that its
    records must be counted to find them)."""
    with open(table.path, "rb") as handle:
        handle.seek(max(0, table.path.stat().st_size - _TAIL_BYTES))
        text = handle.read().decode(table.encoding or "utf-8", errors="replace")
    lines = text.splitlines()[1:][-TAIL_ROWS:]
    try:
        records = list(csv.reader(lines, delimiter=table.options["delimiter"]))
    except csv.Error:
        return False
    return any(footer_candidate(cells) for cells in records)


def _notes(window: dict[int, list[Any]], layout: Layout, header: list[str]) -> list[str]:
    """The text of the note rows (titles above, footnotes and totals below), raw."""
    totals = {c.rows[0] for c in layout.choices if c.role == "totals"}
    out = []
    for number in layout.notes:
        cells = [cell_text(v).strip() for v in window.get(number, [])]
        if number in totals:
            label = next((c for c in cells if c), "")
            pairs = [f"{name}: {value}" for name, value in zip(header, cells, strict=False)
                     if value and value != label]
            out.append(f"{label}: " + "; ".join(pairs) if pairs else label)
            continue
        seen: list[str] = []
        for cell in cells:
            if cell and cell not in seen:
                seen.append(cell)
        if seen:
            out.append(" ".join(seen))
    return out


# ---------------------------------------------------------------- workbooks (XLSX, XLS, ODS)


@dataclass(frozen=True)
class LayoutOptions:
    """What a publisher says of a table's place in its file, where detection is wrong."""

    sheet: str | int | None = None
    header_rows: int | None = None   # how many rows the header has
    skip_rows: int | None = None     # how many rows lie above the header
    detect: bool = True              # False: one header row on row 1, every row below data

    def find(self, window: dict[int, list[Any]], merges: Any, last: int | None) -> Layout:
        """The layout of a table from its window (detect False: the plain one)."""
        if not self.detect:
            return Layout()
        return detect(window, merges, last_row=last, header_rows=self.header_rows,
                      skip_rows=self.skip_rows)

    def head_rows(self) -> int:
        """Rows to read from the top to find the header."""
        return max(HEAD_ROWS, (self.skip_rows or 0) + (self.header_rows or 1) + 2)


def list_sheets(path: str | os.PathLike, format: str | None = None,
                limits: TableLimits | None = None) -> list[str]:
    """The names of a workbook's shown sheets that hold a cell, in order ([] for a table
    that is not a workbook)."""
    from privacy.workbooks import Workbook

    fmt = format_of(path, format)
    if fmt not in WORKBOOKS:
        return []
    path = Path(path)
    _check_workbook(path, fmt, limits)
    with Workbook(path, fmt) as book:
        return [sheet.name for sheet in book.sheets()
                if sheet.visible and _has_cells(book.rows(sheet))]


def _has_cells(rows: Iterator[list[Any]]) -> bool:
    return any(any(v not in (None, "") for v in row) for row in rows)


def _check_workbook(path: Path, fmt: str, limits: TableLimits | None) -> None:
    """A workbook's size checked before it is opened: what a zip expands to; an XLS file,
    which its reader loads whole, by its own size."""
    if limits is None:
        return
    if fmt == "xls":
        size = path.stat().st_size
        if size > limits.unzipped_bytes:
            raise limits.refuse(str(path), f"the workbook is {size:,} bytes", "unzipped_bytes")
    else:
        limits.check_workbook(path)


def _read_workbook(path: Path, fmt: str, limits: TableLimits | None,
                   options: LayoutOptions) -> TableData:
    """Open a sheet of a workbook (its size checked first), find its layout (title rows,
    a multi-row merged header, notes below the table) and read its header."""
    from privacy.workbooks import Workbook

    _check_workbook(path, fmt, limits)
    with Workbook(path, fmt) as book:
        sheet = book.sheet(options.sheet)
        where = f"{path}: sheet {sheet.name!r}" if options.sheet is not None else str(path)
        window, last = _sheet_window(book.rows(sheet), options.head_rows(), limits, where,
                                     whole=options.detect)
        merges = book.merges(sheet) if window else []
    if not window:
        what = "sheet" if options.sheet is not None else "first worksheet"
        raise TableReadError(f"{where}: row 1: the {what} is empty")
    layout = options.find(window, merges, last)
    table = TableData(path, fmt, None, [], {"merges": merges}, limits, sheet=sheet.name,
                      layout=layout)
    if layout.labels:
        header = list(layout.labels)
    else:
        number = layout.header_rows[0]
        # typed as its cells are (a year 2023 stays a number in the XLSX written)
        header = [typed_cell(v) for v in _filled(window.get(number, []), number, merges,
                                                 window)]
        while header and header[-1] == "":
            header.pop()
    if not header:
        raise TableReadError(f"{where}: row {layout.header_rows[0]}: the header row is empty")
    table.header = header
    table.notes = _notes(window, layout, header)
    return table


def _sheet_window(rows: Iterator[list[Any]], head: int, limits: TableLimits | None,
                  where: str, whole: bool = True) -> tuple[dict[int, list[Any]], int]:
    """The sheet's first `head` rows and its last TAIL_ROWS filled ones, by number, and the
    number of its last filled row (rows past it hold nothing). Not whole: its first filled
    row alone."""
    window: dict[int, list[Any]] = {}
    tail: deque[tuple[int, list[Any]]] = deque(maxlen=TAIL_ROWS)
    last = 0
    for number, values in enumerate(rows, start=1):
        while values and values[-1] in (None, ""):
            values.pop()
        if limits is not None and values:
            limits.check_columns(f"{where}: row {number}", len(values))
            limits.check_cells(f"{where}: row {number}", [cell_text(v) for v in values])
        if number <= head:
            window[number] = values
        if values:
            last = number
            tail.append((number, values))
            if not whole:
                break
    for number, values in tail:
        window.setdefault(number, values)
    return {n: v for n, v in window.items() if n <= last}, last


def _filled(values: list[Any], number: int, merges: list[Merge],
            window: dict[int, list[Any]]) -> list[Any]:
    """A row of the window with the cells of merged ranges holding their range's value."""
    out = list(values)
    for merge in merges:
        if merge.top <= number <= merge.bottom:
            top = window.get(merge.top, [])
            value = top[merge.left - 1] if len(top) >= merge.left else None
            if len(out) < merge.right:
                out += [None] * (merge.right - len(out))
            for column in range(merge.left, merge.right + 1):
                out[column - 1] = value
    return out


def _sheet_rows(table: TableData) -> Iterator[list[str]]:
    """Stream a sheet's data rows: below its header, above its notes, blank rows left out,
    merged cells filled with their range's value."""
    from privacy.workbooks import Workbook

    layout = table.layout or Layout()
    first, footer = layout.first_data_row, set(layout.footer)
    merges = [m for m in table.options.get("merges", ()) if m.bottom >= first]
    values_of: dict[Merge, Any] = {}
    limits, width = table.limits, len(table.header)
    with Workbook(table.path, table.format) as book:
        sheet = book.sheet(table.sheet)
        for number, values in enumerate(book.rows(sheet), start=1):
            if number < first or number in footer:
                continue
            for merge in merges:
                if merge.top == number:
                    values_of[merge] = values[merge.left - 1] if len(values) >= merge.left \
                        else None
                if merge.top <= number <= merge.bottom and merge in values_of:
                    if len(values) < merge.right:
                        values = list(values) + [None] * (merge.right - len(values))
                    for column in range(merge.left, merge.right + 1):
                        values[column - 1] = values_of[merge]
            cells = [typed_cell(v) for v in values]  # a filled cell: its range's value
            while cells and cells[-1] == "":
                cells.pop()
            if not cells:
                continue
            if limits is not None:
                limits.check_columns(f"{table.path}: row {number}", len(cells))
                limits.check_cells(f"{table.path}: row {number}", cells)
            yield _fit(cells, width)


def sheet_cells(table: TableData) -> Iterator[list[Any]]:
    """Every row of a CSV or a sheet from row 1, blank ones too, as its reader types the
    values, the header's rows each holding the joined labels (for Frictionless to read the
    same header as rows() has)."""
    layout = table.layout or Layout()
    header = set(layout.header_rows)
    if table.format == "csv":
        with open(table.path, encoding=table.encoding, newline="", buffering=_BUFFER) as handle:
            reader = _csv_reader(table, handle)
            try:
                for number, cells in enumerate(reader, start=1):
                    yield list(table.header) if number in header else cells
            except (csv.Error, UnicodeDecodeError) as err:
                raise TableReadError(f"{table.path}: line {reader.line_num}: {err}") from None
        return
    from privacy.workbooks import Workbook

    with Workbook(table.path, table.format) as book:
        for number, values in enumerate(book.rows(book.sheet(table.sheet)), start=1):
            yield list(table.header) if number in header else values


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
               encoding: str | None = None, limits: TableLimits | None = None, *,
               sheet: str | int | None = None, header_rows: int | None = None,
               skip_rows: int | None = None, detect: bool = True) -> TableData:
    """Open a table (format from the suffix unless given); UnsupportedFormat, TableReadError.

    A workbook's sheet is the one named (or at that 1-based position), else its first shown
    one. Where the table lies (title rows, a header of several rows, notes below) is found
    by privacy.layout; header_rows and skip_rows say it instead (not for JSON). detect
    False reads a file govcat wrote: one header row on row 1, every row below it data.
    With limits, a table beyond them raises LimitExceeded (a TableReadError): its lines and
    expansion before it is parsed, its header here, its rows and cells as they are read.
    """
    fmt = format_of(path, format)
    path = Path(path)
    if not path.is_file():
        raise TableReadError(f"{path}: no such file")
    for name, value, least in (("header_rows", header_rows, 1), ("skip_rows", skip_rows, 0)):
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)
                                  or value < least):
            raise TableReadError(f"{path}: {name} must be a whole number of at least {least}")
    options = LayoutOptions(sheet, header_rows, skip_rows, detect)
    if fmt == "csv":
        table = _read_csv(path, encoding, limits, options)
    elif fmt in WORKBOOKS:
        table = _read_workbook(path, fmt, limits, options)
    else:
        table = _read_json(path, encoding, limits)
    _check_header(table)
    return table


__all__ = [
    "LayoutOptions",
    "TableData",
    "TableReadError",
    "UnsupportedFormat",
    "cell_text",
    "detect_encoding",
    "list_sheets",
    "read_table",
    "sheet_cells",
]
