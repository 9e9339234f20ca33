"""Reading department spreadsheets: XLSX, XLS and ODS sheets, CSVs with a preamble."""

from __future__ import annotations

from pathlib import Path

import pytest

from privacy import tabular
from privacy.errors import TableReadError
from privacy.tabular import list_sheets, read_table, sheet_cells
from privacy.typedcells import original
from privacy.workbooks import Workbook
from tests.support.workbooks import (
    DISTRICTS,
    LABELS,
    TITLE,
    YEARS,
)
from tests.support.workbooks import POPULATION_MAKERS as MAKERS


@pytest.fixture(params=sorted(MAKERS))
def workbook(request, tmp_path: Path) -> Path:
    return MAKERS[request.param](tmp_path / f"population.{request.param}")


def test_each_format_reads_the_same_table(workbook: Path) -> None:
    assert list_sheets(workbook) == ["分区县", "历年"]  # an empty sheet is not a table
    table = read_table(workbook)
    assert table.sheet == "分区县"
    assert table.header == LABELS
    expected = [[str(v) for v in row] for row in DISTRICTS]
    assert list(table.rows()) == expected
    assert table.notes[0] == TITLE and table.notes[-1] == "数据来源：杭州市统计局"
    assert table.notes[2].startswith("合计: 常住人口/男: 190.1; ")
    years = read_table(workbook, sheet="历年")
    assert years.header == ["年份", "常住人口（万人）"] and years.layout.plain
    assert list(years.rows()) == [[str(y), str(p)] for y, p in YEARS]
    assert read_table(workbook, sheet=2).sheet == "历年"


def test_merged_ranges_of_each_excel_format(tmp_path: Path) -> None:
    for fmt in ("xlsx", "xls"):
        path = MAKERS[fmt](tmp_path / f"p.{fmt}")
        with Workbook(path, fmt) as book:
            refs = sorted(m.ref for m in book.merges(book.sheet("分区县")))
        assert refs == sorted(["A1:F1", "A3:A4", "B3:C3", "D3:E3", "F3:F4", "A10:F10"])


def test_a_merge_in_the_data_is_filled(tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for row in (["城区", "街道", "人口", "面积"], ["上城区", "湖滨", 1, 26.1],
                [None, "清波", 2, None], ["拱墅区", "米市巷", 3, 69]):
        sheet.append(row)
    sheet.merge_cells("A2:A3")
    sheet.merge_cells("D2:D3")
    book.save(tmp_path / "streets.xlsx")
    table = read_table(tmp_path / "streets.xlsx")
    rows = list(table.rows())
    assert rows == [["上城区", "湖滨", "1", "26.1"], ["上城区", "清波", "2", "26.1"],
                    ["拱墅区", "米市巷", "3", "69"]]
    # the screen reads text; the values keep their types, a filled cell its range's value's
    assert [[original(cell) for cell in row] for row in rows] == \
        [["上城区", "湖滨", 1, 26.1], ["上城区", "清波", 2, 26.1], ["拱墅区", "米市巷", 3, 69]]
    assert [type(original(row[3])) for row in rows] == [float, float, int]


def test_a_missing_sheet_names_the_sheets(workbook: Path) -> None:
    with pytest.raises(TableReadError, match="no sheet '人口'; the workbook has 分区县, 历年"):
        read_table(workbook, sheet="人口")


def test_overrides_are_checked(workbook: Path) -> None:
    with pytest.raises(TableReadError, match="header_rows must be a whole number"):
        read_table(workbook, header_rows=0)
    table = read_table(workbook, skip_rows=2, header_rows=1)
    merged = workbook.suffix != ".ods"  # an ODS sheet's merged ranges are not read
    assert table.header == ["区县", "常住人口", "常住人口" if merged else "", "户籍人口",
                            "户籍人口" if merged else "", "面积（平方公里）"]


def test_a_csv_with_a_preamble_and_totals(tmp_path: Path) -> None:
    path = tmp_path / "pre.csv"
    path.write_text("表1 人口\n\n区县,常住人口,,户籍人口,\n,男,女,男,女\n上城区,1,2,3,4\n"
                    "拱墅区,5,6,7,8\n合计,6,8,10,12\n注：快报数\n", encoding="utf-8")
    table = read_table(path)
    assert table.header == LABELS[:5]
    assert list(table.rows()) == [["上城区", "1", "2", "3", "4"], ["拱墅区", "5", "6", "7", "8"]]
    assert table.notes == ["表1 人口", "合计: 常住人口/男: 6; 常住人口/女: 8; 户籍人口/男: 10; "
                           "户籍人口/女: 12", "注：快报数"]
    # what Frictionless reads: every record from row 1, the header's rows as its labels
    cells = list(sheet_cells(table))
    assert cells[2] == cells[3] == LABELS[:5] and len(cells) == 8


def test_a_large_csv_finds_its_totals_at_the_end(tmp_path: Path, monkeypatch) -> None:
    # a CSV larger than this is read whole only when its last lines may be notes
    monkeypatch.setattr(tabular, "_WHOLE_TAIL", 1000)
    monkeypatch.setattr(tabular, "_TAIL_BYTES", 500)
    path = tmp_path / "big.csv"
    lines = ["编号,数值"] + [f"{i},{i % 97}" for i in range(1, 2001)] + ["合计,96000"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    table = read_table(path)
    assert table.layout.footer == (2002,)
    assert sum(1 for _ in table.rows()) == 2000
    plain = tmp_path / "plain.csv"
    plain.write_text("\n".join(lines[:-1]) + "\n", encoding="utf-8")
    assert read_table(plain).layout.plain


def test_an_unreadable_workbook_is_a_read_error(tmp_path: Path) -> None:
    for suffix in (".xlsx", ".xls", ".ods"):
        path = tmp_path / f"broken{suffix}"
        path.write_bytes(b"not a workbook at all")
        with pytest.raises(TableReadError, match="not a readable"):
            read_table(path)


def test_a_stored_workbook_without_a_suffix_is_read(tmp_path) -> None:
    """The file store keeps files under their digest: the format is given, not a suffix."""
    import openpyxl

    from privacy.tabular import read_table

    book = openpyxl.Workbook()
    book.active.append(["区县", "人数"])
    book.active.append(["东城区", 12])
    book.save(tmp_path / "t.xlsx")
    stored = tmp_path / "3f2a9c"
    (tmp_path / "t.xlsx").rename(stored)
    table = read_table(stored, format="xlsx", detect=False)
    assert table.header == ["区县", "人数"]
    assert [list(row) for row in table.rows()] == [["东城区", "12"]]
