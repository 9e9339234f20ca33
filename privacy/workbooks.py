"""Spreadsheets (XLSX, XLS, ODS): their sheets, each sheet's rows as the file numbers them
(blank rows too, values as the file types them) and its merged ranges.

XLSX is read with openpyxl in read-only mode (memory stays flat); its merged ranges, which
read-only mode does not parse, are found in the sheet's XML after its rows. XLS (Excel
97-2003) is read with xlrd, ODS with python-calamine; both load a sheet whole, so their size
is bounded before they are opened (privacy.limits).
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from privacy.errors import TableReadError
from privacy.layout import Merge

WORKBOOK_FORMATS = ("xlsx", "xls", "ods")
_MERGE = re.compile(rb"<(?:\w+:)?mergeCell\s+ref\s*=\s*[\"']"
                    rb"([A-Za-z]{1,3}\d+(?::[A-Za-z]{1,3}\d+)?)[\"']")
_CHUNK = 1 << 20
_TAG = 64  # bytes a mergeCell tag takes at most


@dataclass(frozen=True)
class SheetInfo:
    """A sheet of a workbook: its name, its position (1-based) and whether it is shown."""

    name: str
    position: int
    visible: bool = True


class Workbook:
    """An open workbook of one of WORKBOOK_FORMATS (close() it, or use it as a context)."""

    def __init__(self, path: Path, fmt: str) -> None:
        self.path, self.format = path, fmt
        opener = {"xlsx": _XlsxBook, "xls": _XlsBook, "ods": _OdsBook}[fmt]
        self._book = opener(path)

    def __enter__(self) -> Workbook:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self._book.close()

    def sheets(self) -> list[SheetInfo]:
        return self._book.sheets()

    def sheet(self, wanted: str | int | None) -> SheetInfo:
        """The sheet named (or at the 1-based position given); the first shown one for None."""
        sheets = self.sheets()
        if not sheets:
            raise TableReadError(f"{self.path}: the workbook has no sheet")
        if wanted is None:
            return next((s for s in sheets if s.visible), sheets[0])
        for sheet in sheets:
            if sheet.name == str(wanted):
                return sheet
        if isinstance(wanted, int) or str(wanted).isdigit():
            position = int(wanted)
            if 1 <= position <= len(sheets):
                return sheets[position - 1]
        names = ", ".join(s.name for s in sheets)
        raise TableReadError(f"{self.path}: no sheet {wanted!r}; the workbook has {names}")

    def rows(self, sheet: SheetInfo) -> Iterator[list[Any]]:
        """Every row of the sheet from row 1 (a blank one as []), values typed, None empty."""
        return self._book.rows(sheet)

    def merges(self, sheet: SheetInfo) -> list[Merge]:
        return self._book.merges(sheet)


class _XlsxBook:
    def __init__(self, path: Path) -> None:
        import openpyxl

        # Opened as a stream: openpyxl refuses a path without an Excel suffix, and the file
        # store keeps files under their digest.
        self._handle = path.open("rb")
        try:
            self.book = openpyxl.load_workbook(self._handle, read_only=True, data_only=True)
        except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as err:
            self._handle.close()
            raise TableReadError(f"{path}: not a readable xlsx workbook ({err})") from None
        self.path = path

    def close(self) -> None:
        self.book.close()
        self._handle.close()

    def sheets(self) -> list[SheetInfo]:
        return [SheetInfo(ws.title, i, getattr(ws, "sheet_state", "visible") == "visible")
                for i, ws in enumerate(self.book.worksheets, start=1)]

    def rows(self, sheet: SheetInfo) -> Iterator[list[Any]]:
        worksheet = self.book.worksheets[sheet.position - 1]
        for values in worksheet.iter_rows(values_only=True):
            yield list(values)

    def merges(self, sheet: SheetInfo) -> list[Merge]:
        """The sheet's merged ranges: its XML's mergeCell elements, which follow its rows."""
        # A tag can only be markup: text and attribute values escape "<". The part is
        # streamed through zlib, so memory stays flat whatever the sheet's size.
        worksheet = self.book.worksheets[sheet.position - 1]
        part = worksheet._worksheet_path  # openpyxl keeps the part's name here in read-only mode
        found: dict[bytes, Merge] = {}
        with self.book._archive.open(part) as stream:
            carry = b""
            while block := stream.read(_CHUNK):
                data = carry + block
                for ref in _MERGE.findall(data):
                    if ref not in found:
                        found[ref] = Merge.from_ref(ref.decode())
                carry = data[-_TAG:]  # a tag cut by the block's end is matched whole next
        return list(found.values())


class _XlsBook:
    def __init__(self, path: Path) -> None:
        import xlrd

        self.xlrd = xlrd
        quiet = io.StringIO()  # xlrd writes its warnings to a log file (stdout by default)
        try:
            try:
                self.book = xlrd.open_workbook(path, formatting_info=True, on_demand=True,
                                               logfile=quiet)
            except NotImplementedError:  # formatting is not read in some files
                self.book = xlrd.open_workbook(path, on_demand=True, logfile=quiet)
        except (xlrd.XLRDError, OSError, ValueError, AssertionError, KeyError, IndexError,
                zlib.error, EOFError) as err:
            raise TableReadError(f"{path}: not a readable xls workbook ({err})") from None

    def close(self) -> None:
        self.book.release_resources()

    def sheets(self) -> list[SheetInfo]:
        out = []
        for index, name in enumerate(self.book.sheet_names()):
            sheet = self.book.sheet_by_index(index)
            out.append(SheetInfo(name, index + 1, getattr(sheet, "visibility", 0) == 0))
        return out

    def rows(self, sheet: SheetInfo) -> Iterator[list[Any]]:
        book, xlrd = self.book, self.xlrd
        data = book.sheet_by_index(sheet.position - 1)
        for index in range(data.nrows):
            yield [_xls_value(xlrd, book, cell) for cell in data.row(index)]

    def merges(self, sheet: SheetInfo) -> list[Merge]:
        data = self.book.sheet_by_index(sheet.position - 1)
        return [Merge(top + 1, left + 1, bottom, right)
                for top, bottom, left, right in data.merged_cells]


def _xls_value(xlrd: Any, book: Any, cell: Any) -> Any:
    """A cell as Frictionless' xls reader types it: integral numbers as int, dates as
    datetimes, booleans as bool; empty and error cells as None."""
    kind, value = cell.ctype, cell.value
    if kind in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
        return None
    if kind == xlrd.XL_CELL_BOOLEAN:
        return bool(value)
    if kind == xlrd.XL_CELL_NUMBER:
        return int(value) if float(value).is_integer() else value
    if kind == xlrd.XL_CELL_DATE:
        try:
            return xlrd.xldate.xldate_as_datetime(value, book.datemode)
        except (xlrd.xldate.XLDateError, ValueError, OverflowError):
            return value
    return value


class _OdsBook:
    def __init__(self, path: Path) -> None:
        from python_calamine import CalamineError, CalamineWorkbook

        try:
            self.book = CalamineWorkbook.from_path(str(path))
        except (CalamineError, OSError, ValueError) as err:
            raise TableReadError(f"{path}: not a readable ods workbook ({err})") from None
        self.path = path

    def close(self) -> None:
        close = getattr(self.book, "close", None)
        if close is not None:
            close()

    def sheets(self) -> list[SheetInfo]:
        from python_calamine import SheetVisibleEnum

        return [SheetInfo(meta.name, index, meta.visible == SheetVisibleEnum.Visible)
                for index, meta in enumerate(self.book.sheets_metadata, start=1)]

    def rows(self, sheet: SheetInfo) -> Iterator[list[Any]]:
        from python_calamine import CalamineError

        try:
            data = self.book.get_sheet_by_index(sheet.position - 1)
        except (CalamineError, ValueError) as err:
            raise TableReadError(f"{self.path}: sheet {sheet.position}: {err}") from None
        start = data.start
        if start is None:
            return
        # calamine starts at the first filled cell: the rows and columns before it are empty
        for _ in range(start[0]):
            yield []
        pad = [None] * start[1]
        for values in data.iter_rows():
            yield pad + [_ods_value(v) for v in values]

    def merges(self, sheet: SheetInfo) -> list[Merge]:
        return []  # calamine does not report an ODS sheet's merged ranges


def _ods_value(value: Any) -> Any:
    """A cell as Frictionless' ods reader types it: "" as None, integral numbers as int."""
    if value == "":
        return None
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e21:
        return int(value)
    if isinstance(value, dt.timedelta):
        return str(value)
    return value
