"""Declared table limits: what would exhaust memory or time is refused with one clear line."""

from __future__ import annotations

import json
import tracemalloc
import zipfile
from pathlib import Path

import openpyxl
import pytest

from privacy import LimitExceeded, Screener, TableLimits, read_table

SMALL = TableLimits(header_bytes=1024, cell_bytes=2048, line_bytes=8192, columns=20, rows=50,
                    unzipped_bytes=4 << 20, zip_ratio=50, json_document_bytes=4096)


def lines(path: Path, *rows: str) -> Path:
    path.write_text("".join(row + "\n" for row in rows), encoding="utf-8")
    return path


def test_a_huge_header_line_is_refused_before_parsing_in_constant_memory(tmp_path) -> None:
    """A 50 MB header line (the probe took 11.5 GB to read it) is refused with little memory."""
    path = tmp_path / "wide.csv"
    with path.open("w", encoding="utf-8") as handle:
        handle.write(",".join(f"c{i}" for i in range(6_000_000)) + "\n1\n")
    tracemalloc.start()
    with pytest.raises(LimitExceeded) as caught:
        read_table(path, limits=TableLimits())
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    message = str(caught.value)
    assert message == (f"{path}: line 1: the header is over 65,536 bytes, over the limit of "
                       "65,536 (GOVCAT_MAX_HEADER_BYTES)")
    assert "\n" not in message and peak < 16 << 20


@pytest.mark.parametrize(
    ("rows", "setting", "where"),
    [
        (["a,b", "1," + "x" * 9000], "GOVCAT_MAX_LINE_BYTES", "line 2"),
        (["a,b", "1," + "x" * 3000], "GOVCAT_MAX_CELL_BYTES", "line 2"),
        (["a,b", '1,"' + "x\n" * 1500 + '"'], "GOVCAT_MAX_CELL_BYTES", "line 2"),
        ([",".join("c" * 21)], "GOVCAT_MAX_COLUMNS", "the header"),
        (["a,b", ",".join("1" * 25)], "GOVCAT_MAX_COLUMNS", "line 2"),
        (["a,b", *["1,2"] * 51], "GOVCAT_MAX_ROWS", "more than 50 rows"),
    ],
    ids=["line", "cell", "multi-line-cell", "header-columns", "row-columns", "rows"],
)
def test_csv_limits(tmp_path, rows, setting, where) -> None:
    path = lines(tmp_path / "t.csv", *rows)
    with pytest.raises(LimitExceeded, match=setting) as caught:
        list(read_table(path, limits=SMALL).rows())
    assert where in str(caught.value) and str(caught.value).startswith(str(path))


def test_tables_within_the_limits_read_as_before(tmp_path) -> None:
    path = lines(tmp_path / "t.csv", "a,b", *["1,2"] * 49, '3,"多\n行"')
    rows = list(read_table(path, limits=SMALL).rows())
    assert len(rows) == 50 and rows == list(read_table(path).rows())


def test_an_xlsx_bomb_is_refused_from_its_zip_directory(tmp_path) -> None:
    """A few MB that expand to gigabytes of sheet XML (the probe spent 243 s of CPU on one)."""
    path = tmp_path / "bomb.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append(["a", "b"])
    workbook.save(path)
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        row = '<row><c t="inlineStr"><is><t>0</t></is></c></row>'
        archive.writestr("xl/worksheets/padding.xml", row * 200_000)  # 10 MB, ~ 1000×
    with pytest.raises(LimitExceeded, match=r"expands .* times.*GOVCAT_MAX_ZIP_RATIO"):
        read_table(path, limits=TableLimits())
    with pytest.raises(LimitExceeded, match="GOVCAT_MAX_UNZIPPED_BYTES"):
        read_table(path, limits=TableLimits(unzipped_bytes=1 << 20))


def test_xlsx_rows_columns_and_cells(tmp_path) -> None:
    def workbook(*rows) -> Path:
        path = tmp_path / f"w{len(list(tmp_path.iterdir()))}.xlsx"
        book = openpyxl.Workbook()
        for row in rows:
            book.active.append(row)
        book.save(path)
        return path

    with pytest.raises(LimitExceeded, match="GOVCAT_MAX_ROWS"):
        list(read_table(workbook(["a"], *[[i] for i in range(51)]), limits=SMALL).rows())
    with pytest.raises(LimitExceeded, match="row 2: cell 2 is 3,000 bytes"):
        list(read_table(workbook(["a", "b"], [1, "x" * 3000]), limits=SMALL).rows())
    with pytest.raises(LimitExceeded, match="GOVCAT_MAX_COLUMNS"):
        read_table(workbook(list(range(21))), limits=SMALL)


def test_json_rows_and_documents(tmp_path) -> None:
    items = tmp_path / "items.json"
    items.write_text(json.dumps([{"a": 1}, {"a": "x" * 9000}]), encoding="utf-8")
    with pytest.raises(LimitExceeded, match="a row of the JSON array is longer than the limit"):
        read_table(items, limits=SMALL)
    document = tmp_path / "doc.json"
    document.write_text(json.dumps({"data": [{"a": "x" * 10}] * 500}), encoding="utf-8")
    with pytest.raises(LimitExceeded, match="GOVCAT_MAX_JSON_DOCUMENT_BYTES"):
        read_table(document, limits=SMALL)
    keys = tmp_path / "keys.json"
    keys.write_text(json.dumps([{f"k{i}": i} for i in range(30)]), encoding="utf-8")
    with pytest.raises(LimitExceeded, match="GOVCAT_MAX_COLUMNS"):
        read_table(keys, limits=SMALL)


def test_the_screen_reads_with_its_limits_in_one_process_and_in_workers(screener,
                                                                       tmp_path) -> None:
    path = lines(tmp_path / "t.csv", "编号,备注", *[f"{i},已办结" for i in range(400)])
    for workers in (1, 2):
        limited = Screener(screener.analyzer, workers=workers, parallel_min_bytes=0,
                           chunk_bytes=512, limits=TableLimits(rows=300))
        with pytest.raises(LimitExceeded, match="more than 300 rows"):
            limited.screen_file(path, tmp_path / "o.csv")
    assert not (tmp_path / "o.csv").exists()
    assert Screener(screener.analyzer).screen_file(path, tmp_path / "o.csv").row_count == 400
