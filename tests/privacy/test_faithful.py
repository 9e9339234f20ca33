"""A screened table comes out as it came in (format, types, structure, conventions), minus
only what the screen remediated: compared cell by cell, value and type."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
import re
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from privacy import Policy, Screener, read_table, write_table
from privacy.output import CsvStyle, csv_style, output_style
from privacy.parallel import can_fork
from privacy.shapes import shape, shape_pattern
from privacy.typedcells import MISSING, TypedText, original, typed_cell


def typed(value: Any) -> tuple[type, Any]:
    """A value with its type: 1, 1.0 and True are three different cells."""
    return type(value), value


def deep_typed(value: Any) -> Any:
    """A JSON document with every value typed (typed), so that 1 and 1.0 differ."""
    if isinstance(value, dict):
        return {key: deep_typed(item) for key, item in value.items()}
    if isinstance(value, list):
        return [deep_typed(item) for item in value]
    return typed(value)


def people(gen, n: int = 30) -> list[dict[str, Any]]:
    """Rows about people: names and mobiles (as JSON numbers) beside typed values."""
    rng = random.Random(7)
    rows = []
    for i in range(n):
        row: dict[str, Any] = {
            "序号": i + 1, "姓名": gen.name(), "手机": int(gen.mobile()),
            "经度": round(120 + rng.random(), 6), "纬度": round(30 + rng.random(), 6),
            "补贴": 17.0 if i % 2 else 1860, "在职": i % 3 == 0, "标签": ["低保", "2024"],
            "备注": None if i % 4 == 0 else "材料齐全",
        }
        if i % 5 == 0:
            del row["备注"]  # a key an object does not have
        rows.append(row)
    return rows


def test_typed_cells_read_as_text_and_remember_their_value() -> None:
    assert typed_cell("x") == "x" and type(typed_cell("x")) is str
    cell = typed_cell(17.0)
    assert cell == "17" and type(cell) is TypedText and typed(original(cell)) == typed(17.0)
    assert typed_cell(None) == "" and original(typed_cell(None)) is None
    assert typed_cell(MISSING) == "" and original(typed_cell(MISSING)) is MISSING
    assert typed_cell(dt.datetime(2023, 5, 1)) == "2023-05-01"
    assert original("remediated") == "remediated"


def test_json_objects_keep_numbers_booleans_nulls_and_missing_keys(screener, gen,
                                                                   tmp_path: Path) -> None:
    rows = people(gen)
    source = tmp_path / "people.json"
    source.write_text(json.dumps(rows, ensure_ascii=False, indent=2), encoding="utf-8")
    result = screener.screen_file(source, tmp_path / "out.json")
    served = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    masked = {"姓名", "手机", "经度", "纬度"}  # whereabouts of people: *** by default
    assert {c.name for c in result.published_columns() if c.changed} == masked
    assert len(served) == len(rows)
    kept = 0
    for before, after in zip(rows, served, strict=True):
        assert list(after) == list(before)  # the same keys, in order: a missing one stays so
        for key, value in before.items():
            if key in masked:
                assert isinstance(after[key], str) and after[key] != str(value)
            else:
                assert typed(after[key]) == typed(value), key
                kept += 1
    assert kept == sum(len(r) for r in rows) - 4 * len(rows)
    columns = {c.name: c for c in result.published_columns()}
    # a numeric ID column masked whole: text, with the pattern of its masks
    assert columns["手机"].action == "mask"
    assert columns["手机"].pattern == r"[0-9]{3}\*{4}[0-9]{4}"
    assert all(re.fullmatch(columns["手机"].pattern, row["手机"]) for row in served)
    assert columns["经度"].pattern == r"\*{3}"


def test_generalised_coordinates_stay_numbers(analyzer, gen, tmp_path: Path) -> None:
    rows = people(gen)
    source = tmp_path / "people.json"
    source.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    policy = Policy.from_mapping({"actions": {"SENSITIVE_WHEREABOUTS": "generalize"}},
                                 source="test")
    result = Screener(analyzer, policy=policy).screen_file(source, tmp_path / "out.json")
    served = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    columns = {c.name: c for c in result.published_columns()}
    assert columns["经度"].numeric and columns["经度"].action == "generalize"
    for before, after in zip(rows, served, strict=True):
        for key in ("经度", "纬度"):
            assert type(after[key]) is float and after[key] == round(before[key], 2)


@pytest.mark.parametrize("document, expected", [
    ({"fields": ["编号", "姓名", "金额"], "title": "张伟的名单",
      "data": [[1, "张伟", 12.5], [2, "李秀英", None]]},
     {"fields": ["编号", "姓名", "金额"], "data": [[1, "张*", 12.5], [2, "李**", None]]}),
    ({"rows": [["编号", "姓名", "金额"], [1, "张伟", 12.5], [2, "李秀英", True]]},
     {"rows": [["编号", "姓名", "金额"], [1, "张*", 12.5], [2, "李**", True]]}),
    ({"schema": {"fields": [{"name": "编号", "type": "integer", "title": "王芳填报"},
                            {"name": "姓名"}, {"name": "金额"}]},
      "records": [{"编号": 1, "姓名": "张伟", "金额": 12.5}, {"编号": 2, "姓名": "李秀英"}]},
     {"schema": {"fields": [{"name": "编号"}, {"name": "姓名"}, {"name": "金额"}]},
      "records": [{"编号": 1, "姓名": "张*", "金额": 12.5}, {"编号": 2, "姓名": "李**"}]}),
])
def test_wrapped_json_keeps_its_wrapper(screener, tmp_path: Path, document, expected) -> None:
    """The rows under the same key, the header in the form given; what the screen does not
    read (a title beside the rows, a field's title) is not published."""
    source = tmp_path / "wrapped.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    screener.screen_file(source, tmp_path / "out.json")
    served = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert deep_typed(served) == deep_typed(expected)


def test_json_arrays_of_arrays_keep_their_header_row(screener, tmp_path: Path) -> None:
    source = tmp_path / "arrays.json"
    source.write_text(json.dumps([["区县", "人口", "城镇"], ["上城区", 132.5, True],
                                  ["西湖区", 118, None]], ensure_ascii=False), encoding="utf-8")
    screener.screen_file(source, tmp_path / "out.json")
    served = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert deep_typed(served) == deep_typed(json.loads(source.read_text(encoding="utf-8")))


def _workbook(path: Path, gen) -> list[tuple[Any, ...]]:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "passenger_volume"
    rows: list[tuple[Any, ...]] = [("月份", 2023, "客运量", "日期", "时刻", "办结", "经办人",
                                    "手机", "公式")]
    for i in range(24):
        rows.append((f"2023-{i % 12 + 1:02d}", i, 4885.7 + i, dt.datetime(2023, i % 12 + 1, 1),
                     dt.datetime(2023, 5, 1, 8, 30, i), i % 2 == 0, gen.name(),
                     int(gen.mobile()), "=SUM(A1:A2)" if i == 3 else None))
    for row in rows:
        sheet.append(row)
    sheet["I5"].data_type = "s"  # text that looks like a formula (a formula has no value here)
    workbook.create_sheet("说明").append(["口径说明"])
    workbook.save(path)
    return rows


def _cells(path: Path) -> tuple[list[str], list[list[tuple[type, Any]]]]:
    workbook = openpyxl.load_workbook(path, data_only=True)
    sheet = workbook.worksheets[0]
    values = [[typed(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    return workbook.sheetnames, values


def test_xlsx_keeps_its_sheet_name_numbers_dates_and_booleans(screener, gen,
                                                              tmp_path: Path) -> None:
    source = tmp_path / "volume.xlsx"
    rows = _workbook(source, gen)
    result = screener.screen_file(source, tmp_path / "out.xlsx")
    sheets, served = _cells(tmp_path / "out.xlsx")
    assert sheets == ["passenger_volume"]  # its one sheet, under its own name
    _, before = _cells(source)
    masked = {6, 7}
    assert {c.source for c in result.published_columns() if c.changed} == masked
    assert served[0] == before[0]  # the header too: 2023 is a number
    for old, new in zip(before[1:], served[1:], strict=True):
        for index, (a, b) in enumerate(zip(old, new, strict=True)):
            if index in masked:
                assert b[0] is str and b != a
            else:
                assert b == a, (index, a, b)
    workbook = openpyxl.load_workbook(tmp_path / "out.xlsx")
    formula = workbook.worksheets[0]["I5"]
    assert formula.value == "=SUM(A1:A2)" and formula.data_type == "s"  # text, never run
    assert workbook.worksheets[0]["D2"].number_format == "yyyy-mm-dd"
    assert len(rows) == len(served)


def _csv_text(rows: list[list[str]], style: CsvStyle) -> str:
    buffer = io.StringIO()
    if style.quoting == "nonnumeric":
        for row in rows:
            buffer.write(style.delimiter.join(
                c if not c or re.fullmatch(r"-?\d+(\.\d+)?", c)
                else '"' + c.replace('"', '""') + '"' for c in row) + style.lineterminator)
    else:
        csv.writer(buffer, delimiter=style.delimiter, lineterminator=style.lineterminator,
                   quoting=csv.QUOTE_ALL if style.quoting == "all" else csv.QUOTE_MINIMAL
                   ).writerows(rows)
    return buffer.getvalue()


STYLES = [CsvStyle(d, t, q) for d in (",", ";", "\t") for t in ("\n", "\r\n")
          for q in ("minimal", "all", "nonnumeric")]


@pytest.mark.parametrize("style", STYLES, ids=lambda s: f"{s.delimiter!r}{s.lineterminator!r}"
                                                      f"{s.quoting}")
def test_csv_keeps_its_delimiter_line_ending_and_quoting(screener, gen, tmp_path: Path,
                                                         style: CsvStyle) -> None:
    header = ["序号", "区县", "金额", "说明", "姓名"]
    rows = [[str(i + 1), "上城区", f"{i * 10.5:.1f}", 'A "quoted", long; remark' if i % 3 else "",
             gen.name()] for i in range(30)]
    suffix = ".tsv" if style.delimiter == "\t" else ".csv"
    source = tmp_path / f"in{suffix}"
    source.write_text(_csv_text([header, *rows], style), encoding="utf-8", newline="")
    assert csv_style(read_table(source)) == style
    out = tmp_path / f"out{suffix}"
    screener.screen_file(source, out)
    served = out.read_bytes().decode("utf-8")
    # every line as it was, but for the masked names
    expected = _csv_text([header, *[[*r[:4], "@"] for r in rows]], style)
    masked = re.escape('"@"' if style.quoting != "minimal" else "@")
    assert re.fullmatch(re.escape(expected).replace(masked, '"?[^"\\s;,]+\\*+"?'), served)

    plain = tmp_path / f"plain{suffix}"
    plain.write_text(_csv_text([header[:4], *[r[:4] for r in rows]], style), encoding="utf-8",
                     newline="")
    screener.screen_file(plain, tmp_path / f"again{suffix}")
    assert (tmp_path / f"again{suffix}").read_bytes() == plain.read_bytes()  # byte for byte


@pytest.mark.skipif(not can_fork(), reason="worker processes need fork()")
def test_parallel_csv_keeps_the_conventions_too(analyzer, gen, tmp_path: Path) -> None:
    style = CsvStyle(";", "\n", "all")
    header = ["序号", "姓名", "身份证号", "区县"]
    rows = [[str(i + 1), gen.name(), gen.resident_id(), "西湖区"] for i in range(400)]
    source = tmp_path / "in.csv"
    source.write_text(_csv_text([header, *rows], style), encoding="utf-8", newline="")
    one = Screener(analyzer, workers=1).screen_file(source, tmp_path / "one.csv")
    two = Screener(analyzer, workers=2, parallel_min_bytes=0, chunk_bytes=2048).screen_file(
        source, tmp_path / "two.csv")
    assert (tmp_path / "two.csv").read_bytes() == (tmp_path / "one.csv").read_bytes()
    assert one.published_columns() == two.published_columns()
    pattern = two.published_columns()[2].pattern  # the shapes of every chunk's masks
    assert pattern and pattern.startswith("(") and r"[0-9]{6}\*{8}[0-9]{4}" in pattern
    served = list(read_table(tmp_path / "two.csv").rows())
    assert all(re.fullmatch(pattern, row[2]) for row in served)
    lines = (tmp_path / "two.csv").read_bytes().decode("utf-8").split("\n")
    assert lines[0] == '"序号";"姓名";"身份证号";"区县"' and lines[-1] == ""
    assert all(line.startswith('"') for line in lines[:-1])


def test_mask_patterns_never_hold_a_value_letter() -> None:
    assert shape_pattern({shape("110101********123X")}) == r"[0-9]{6}\*{8}[0-9]{3}[A-Za-z]"
    assert shape_pattern({shape("欧阳**"), shape("张*")}) == r"([一-鿿]\*|[一-鿿]{2}\*{2})"
    assert shape_pattern({shape("É****")}) is None  # É would be published in the schema
    assert shape_pattern({shape(f"{i}" * i + "*") for i in range(1, 11)}) is None  # too many
    assert shape_pattern({shape("a$b (c)")}) == r"[A-Za-z][$][A-Za-z] \([A-Za-z]\)"


def test_write_table_in_another_format_keeps_the_values(tmp_path: Path) -> None:
    """An XLSX's typed cells written as JSON (dates as ISO text) and a JSON's as XLSX."""
    book = tmp_path / "t.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append(["日期", "数", "是"])
    workbook.active.append([dt.datetime(2024, 3, 1), 12.5, False])
    workbook.save(book)
    table = read_table(book)
    write_table(tmp_path / "t.json", table.header, table.rows())
    assert json.loads((tmp_path / "t.json").read_text(encoding="utf-8")) == \
        [{"日期": "2024-03-01", "数": 12.5, "是": False}]
    table = read_table(tmp_path / "t.json")
    write_table(tmp_path / "back.xlsx", table.header, table.rows(),
                style=output_style(None, tmp_path / "back.xlsx"))
    assert _cells(tmp_path / "back.xlsx")[1] == [
        [typed("日期"), typed("数"), typed("是")], [typed("2024-03-01"), typed(12.5),
                                                    typed(False)]]


def test_a_sheet_name_is_published_screened(screener, tmp_path: Path) -> None:
    source = tmp_path / "named.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.title = "张伟13812345678"
    workbook.active.append(["区县", "人数"])
    workbook.active.append(["朝阳区", 12])
    workbook.save(source)
    result = screener.screen_file(source, tmp_path / "out.xlsx")
    sheets, cells = _cells(tmp_path / "out.xlsx")
    # masked (a sheet name cannot hold "*")
    assert sheets == ["张_138____5678"] and cells[1] == [typed("朝阳区"), typed(12)]
    assert {(f.field, f.entity) for f in result.findings} == {("sheet", "PERSON"),
                                                               ("sheet", "CN_MOBILE")}
