"""Reading and writing tables: encodings, formats, errors."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import openpyxl
import pytest

import privacy.jsonstream as jsonstream
from privacy import (
    TableReadError,
    UnsupportedFormat,
    detect_encoding,
    read_table,
    write_table,
)

FIXTURES = Path("/work/shared/fixtures")
HEADER = ["姓名", "地址", "备注"]
ROWS = [["张三", "北京市海淀区", "第一行"], ["李四", "上海市浦东新区", "含,逗号"],
        ["王五", "廣州", '含"引号"']]


def write_csv(path: Path, text: str, encoding: str) -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def csv_text(header=HEADER, rows=ROWS) -> str:
    import csv
    import io

    buffer = io.StringIO()
    csv.writer(buffer).writerows([header, *rows])
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("gb18030", "gb18030"), ("gbk", "gb18030")],
)
def test_csv_encodings_round_trip(tmp_path, encoding, expected):
    rows = ROWS if encoding != "gbk" else [r[:2] + ["备注"] for r in ROWS]
    path = write_csv(tmp_path / "t.csv", csv_text(rows=rows), encoding)
    assert detect_encoding(path) == expected
    table = read_table(path)
    assert (table.format, table.encoding, table.header) == ("csv", expected, HEADER)
    assert list(table.rows()) == rows
    assert list(table.rows()) == rows  # re-iterable
    out = tmp_path / "out.csv"
    write_table(out, table.header, table.rows(), "csv")
    assert not out.read_bytes().startswith(b"\xef\xbb\xbf")
    assert list(read_table(out).rows()) == rows


def test_gb18030_only_characters(tmp_path):
    rows = [["𠀀𠀁", "€", "㐀"]]  # outside GBK
    path = write_csv(tmp_path / "t.csv", csv_text(rows=rows), "gb18030")
    assert read_table(path).encoding == "gb18030"
    assert list(read_table(path).rows()) == rows


def test_long_ascii_prefix_then_chinese(tmp_path):
    rows = [[str(i), "x" * 50, "ascii"] for i in range(3000)] + [["张三", "北京", "中文"]]
    path = write_csv(tmp_path / "t.csv", csv_text(rows=rows), "gb18030")
    assert detect_encoding(path) == "gb18030"
    assert list(read_table(path).rows())[-1] == ["张三", "北京", "中文"]


@pytest.mark.skipif(not FIXTURES.is_dir(), reason="shared fixtures not available")
def test_real_chinese_pages_are_detected():
    gb = sorted((FIXTURES / "encodings" / "GB2312").iterdir())
    big5 = sorted((FIXTURES / "encodings" / "Big5").iterdir())
    assert gb and big5
    assert {detect_encoding(p) for p in gb} == {"gb18030"}
    assert {detect_encoding(p) for p in big5} == {"big5"}
    data = FIXTURES / "datapackage" / "frictionless-py" / "data"
    assert detect_encoding(data / "bom.csv") == "utf-8-sig"
    assert read_table(data / "bom.csv").header[0] == "id"
    assert detect_encoding(data / "table.csv") == "utf-8"


def test_undecodable_bytes_name_offset_and_line(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_bytes("a,b\n张三,1\n李四,2\n王五,3\n".encode() + b"x,\xff\xfe\n")
    with pytest.raises(TableReadError) as error:
        read_table(path)
    message = str(error.value)
    assert str(path) in message and "byte 33" in message and "line 5" in message
    assert "\n" not in message
    with pytest.raises(TableReadError, match="line 5"):
        read_table(path, encoding="utf-8")


def test_csv_structure_errors_and_padding(tmp_path):
    path = write_csv(tmp_path / "t.csv", "a,b,c\n1,2\n4,5,6,,\n", "utf-8")
    assert list(read_table(path).rows()) == [["1", "2", ""], ["4", "5", "6"]]
    extra = write_csv(tmp_path / "x.csv", "a,b\n1,2\n3,4,5\n", "utf-8")
    assert list(read_table(extra).rows()) == [["1", "2"], ["3", "4", "5"]]  # nothing is lost
    quote = write_csv(tmp_path / "q.csv", 'a,b\n"1"x,2\n', "utf-8")
    with pytest.raises(TableReadError, match=r"q\.csv: line 2"):
        list(read_table(quote).rows())
    empty = write_csv(tmp_path / "e.csv", "", "utf-8")
    with pytest.raises(TableReadError, match="e.csv"):
        read_table(empty)


def test_tsv_and_semicolons(tmp_path):
    tsv = write_csv(tmp_path / "t.tsv", "a\tb\n1,5\t2\n", "utf-8")
    assert list(read_table(tsv).rows()) == [["1,5", "2"]]
    semi = write_csv(tmp_path / "s.csv", "a;b\n1;2\n", "utf-8")
    assert read_table(semi).header == ["a", "b"]
    out = tmp_path / "o.tsv"
    write_table(out, ["a", "b"], [["1", "2"]], "csv")
    assert out.read_bytes() == b"a\tb\r\n1\t2\r\n"


def test_xlsx_cells_become_text(tmp_path):
    path = tmp_path / "t.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["姓名", "手机", "金额", "整数", "日期", "空", "布尔"])
    sheet.append(["张三", 13812345678, 123.45, 12.0, dt.datetime(2023, 5, 1), None, True])
    sheet.append([None, None, None, None, None, None, None])
    sheet.append(["李四", "13912345678", 0.1, -3, dt.date(2020, 1, 2), "", False])
    workbook.save(path)
    table = read_table(path)
    assert (table.format, table.encoding) == ("xlsx", None)
    assert table.header == ["姓名", "手机", "金额", "整数", "日期", "空", "布尔"]
    assert list(table.rows()) == [
        ["张三", "13812345678", "123.45", "12", "2023-05-01", "", "TRUE"],
        ["李四", "13912345678", "0.1", "-3", "2020-01-02", "", "FALSE"],
    ]
    out = tmp_path / "o.xlsx"
    write_table(out, table.header, table.rows(), "xlsx")
    assert list(read_table(out).rows()) == list(table.rows())


def test_bad_xlsx(tmp_path):
    path = tmp_path / "t.xlsx"
    path.write_bytes(b"not a zip")
    with pytest.raises(TableReadError, match="t.xlsx"):
        read_table(path)


def test_json_layouts(tmp_path):
    objects = tmp_path / "o.json"
    objects.write_text(json.dumps([{"姓名": "张三", "年龄": 30}, {"姓名": "李四", "备注": None,
                                                                 "x": [1, "二"]}],
                                  ensure_ascii=False), encoding="utf-8")
    table = read_table(objects)
    assert table.header == ["姓名", "年龄", "备注", "x"]
    assert list(table.rows()) == [["张三", "30", "", ""], ["李四", "", "", '[1, "二"]']]
    arrays = tmp_path / "a.json"
    arrays.write_text('[["a", "b"], [1, 2.5], [3, 4.0]]', encoding="utf-8")
    assert read_table(arrays).header == ["a", "b"]
    assert list(read_table(arrays).rows()) == [["1", "2.5"], ["3", "4"]]
    wrapped = tmp_path / "w.json"
    wrapped.write_text(json.dumps({"fields": [{"name": "a"}, {"name": "b"}],
                                   "data": [[1, 2], [3, 4]]}), encoding="utf-8")
    assert list(read_table(wrapped).rows()) == [["1", "2"], ["3", "4"]]
    data_objects = tmp_path / "d.json"
    data_objects.write_text(json.dumps({"data": [{"a": 1}, {"b": 2}]}), encoding="utf-8")
    assert list(read_table(data_objects).rows()) == [["1", ""], ["", "2"]]


def test_json_round_trip_and_streaming(tmp_path, monkeypatch):
    monkeypatch.setattr(jsonstream, "CHUNK_CHARS", 7)
    rows = [[f"张三{i}", str(i * 12345)] for i in range(50)]
    out = tmp_path / "o.json"
    write_table(out, ["姓名", "编号"], rows, "json")
    assert "\\u" not in out.read_text(encoding="utf-8")
    table = read_table(out)
    assert table.header == ["姓名", "编号"] and list(table.rows()) == rows


@pytest.mark.parametrize(
    ("content", "where"),
    [('[\n{"a": 1},\n{"a": 2,}\n]', "line 3"), ('[{"a": 1}] x', "line 1"),
     ('{"a": 1}', "no array"), ('[1, 2]', "item 1"), ('[{"a": 1}, [1]]', "item 2")],
)
def test_malformed_json_names_the_place(tmp_path, content, where):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(TableReadError) as error:
        list(read_table(path).rows())
    assert str(path) in str(error.value) and where in str(error.value)


def test_unsupported_formats(tmp_path):
    with pytest.raises(UnsupportedFormat, match=r"\.pdf"):
        read_table(tmp_path / "x.pdf")
    with pytest.raises(UnsupportedFormat):
        write_table(tmp_path / "x.parquet", ["a"], [], None)
    with pytest.raises(UnsupportedFormat):
        read_table(tmp_path / "x.csv", format="xml")
    with pytest.raises(TableReadError, match="no such file"):
        read_table(tmp_path / "missing.csv")
    assert issubclass(UnsupportedFormat, ValueError) and issubclass(TableReadError, ValueError)
