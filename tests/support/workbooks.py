"""Department spreadsheets for tests, built here: a title row, a two-row merged header, a
totals row, footnotes and a second sheet, as XLSX (openpyxl), XLS (xlwt, a development
dependency) and ODS (written as OpenDocument XML: no ODS writer is a dependency)."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

TITLE = "表1 2023年各区县常住人口"
DISTRICTS = [("上城区", 70.1, 69.3, 45, 44, 122.1), ("拱墅区", 60, 58.2, 40, 41, 119.5),
             ("西湖区", 60, 59, 43, 42, 312.4)]
LABELS = ["区县", "常住人口/男", "常住人口/女", "户籍人口/男", "户籍人口/女", "面积（平方公里）"]
YEARS = [(2019, 1036), (2020, 1197), (2021, 1220), (2022, 1237), (2023, 1252)]

# The first sheet as a grid (row by row, None empty) and its merged ranges
GRID: list[list[Any]] = [
    [TITLE, None, None, None, None, None],
    [None, None, None, None, None, "单位：万人"],
    ["区县", "常住人口", None, "户籍人口", None, "面积（平方公里）"],
    [None, "男", "女", "男", "女", None],
    *[list(row) for row in DISTRICTS],
    ["合计", 190.1, 186.5, 128, 127, 554],
    [None] * 6,
    ["注：常住人口为年末数。", None, None, None, None, None],
    ["数据来源：杭州市统计局", None, None, None, None, None],
]
MERGES = ["A1:F1", "A3:A4", "B3:C3", "D3:E3", "F3:F4", "A10:F10"]
SECOND = [["年份", "常住人口（万人）"], *[list(row) for row in YEARS]]


def population_xlsx(path: Path) -> Path:
    """Sheet 分区县 (title, merged two-row header, totals, footnotes) and sheet 历年, plus an
    empty Sheet3 as Excel leaves it."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "分区县"
    for row in GRID:
        sheet.append(row)
    for ref in MERGES:
        sheet.merge_cells(ref)
    second = book.create_sheet("历年")
    for row in SECOND:
        second.append(row)
    book.create_sheet("Sheet3")
    book.save(path)
    return path


def population_xls(path: Path) -> Path:
    """The same workbook as XLS (Excel 97-2003)."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("分区县")
    merged = {ref: _bounds(ref) for ref in MERGES}
    covered = set()
    for top, left, bottom, right in merged.values():
        value = GRID[top - 1][left - 1]
        sheet.write_merge(top - 1, bottom - 1, left - 1, right - 1, value)
        covered |= {(r, c) for r in range(top, bottom + 1) for c in range(left, right + 1)}
    for r, row in enumerate(GRID, start=1):
        for c, value in enumerate(row, start=1):
            if value is not None and (r, c) not in covered:
                sheet.write(r - 1, c - 1, value)
    second = book.add_sheet("历年")
    for r, row in enumerate(SECOND):
        for c, value in enumerate(row):
            second.write(r, c, value)
    book.save(str(path))
    return path


def population_ods(path: Path) -> Path:
    """The same workbook as ODS: merged ranges as spanned and covered cells."""
    sheets = [("分区县", GRID, [_bounds(ref) for ref in MERGES]), ("历年", SECOND, [])]
    write_ods(path, sheets)
    return path


# The population workbook in each spreadsheet format, by suffix.
POPULATION_MAKERS = {"xlsx": population_xlsx, "xls": population_xls, "ods": population_ods}


def _bounds(ref: str) -> tuple[int, int, int, int]:
    from privacy.layout import Merge

    merge = Merge.from_ref(ref)
    return merge.top, merge.left, merge.bottom, merge.right


_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
       'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
       'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')


def write_ods(path: Path, sheets: list[tuple[str, list[list[Any]], list[tuple]]]) -> None:
    """A minimal OpenDocument spreadsheet: each sheet's grid, its merges spanned."""
    body = []
    for name, grid, merges in sheets:
        spans = {(t, left): (b - t + 1, r - left + 1) for t, left, b, r in merges}
        covered = {(row, col) for t, left, b, r in merges for row in range(t, b + 1)
                   for col in range(left, r + 1)} - set(spans)
        rows = []
        for r, values in enumerate(grid, start=1):
            cells = []
            for c, value in enumerate(values, start=1):
                if (r, c) in covered:
                    cells.append("<table:covered-table-cell/>")
                    continue
                span = spans.get((r, c))
                attrs = (f' table:number-rows-spanned="{span[0]}"'
                         f' table:number-columns-spanned="{span[1]}"') if span else ""
                cells.append(_ods_cell(value, attrs))
            rows.append(f"<table:table-row>{''.join(cells)}</table:table-row>")
        body.append(f'<table:table table:name="{escape(name)}">{"".join(rows)}</table:table>')
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NS} '
               f'office:version="1.2"><office:body><office:spreadsheet>{"".join(body)}'
               "</office:spreadsheet></office:body></office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" '
                'manifest:media-type="text/xml"/></manifest:manifest>')
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"),
                         "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)


def _ods_cell(value: Any, attrs: str) -> str:
    if value is None:
        return f"<table:table-cell{attrs}/>"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return (f'<table:table-cell{attrs} office:value-type="float" office:value="{value}">'
                f"<text:p>{value}</text:p></table:table-cell>")
    return (f'<table:table-cell{attrs} office:value-type="string">'
            f"<text:p>{escape(str(value))}</text:p></table:table-cell>")
