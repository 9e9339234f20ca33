import shutil
from pathlib import Path

from catalog.validation import served_schema, validate_table
from privacy import PublishedColumn


def test_frictionless_invalid_csv_is_reported_without_values(
    fixtures_dir: Path, tmp_path: Path
) -> None:
    source = fixtures_dir / "datapackage/frictionless-py/data/invalid.csv"
    path = tmp_path / "invalid.csv"
    shutil.copy(source, path)
    result = validate_table(path, fmt="CSV", encoding="utf-8", name="invalid.csv")
    assert not result.valid
    types = {e.type for e in result.errors}
    assert {"blank-label", "duplicate-label", "missing-cell", "blank-row", "extra-cell"} <= types
    assert result.error_count == len(result.errors) == 8
    cells = [line.split(",") for line in source.read_text().splitlines()]
    values = {c for row in cells for c in row if c and not c.isdigit()}
    for error in result.errors:
        for value in values:
            assert f'"{value}"' not in error.message
    assert "invalid.csv: 8 validation error(s)" in result.summary()


def test_gb18030_csv_validates_with_its_encoding(tmp_path: Path) -> None:
    path = tmp_path / "gbk.csv"
    path.write_bytes("地区,常住人口\n东城区,70.4\n西城区,110.6\n".encode("gb18030"))
    result = validate_table(path, fmt="CSV", encoding="gb18030", name="gbk.csv")
    assert result.valid
    assert result.row_count == 2
    assert [f["name"] for f in result.table_schema["fields"]] == ["地区", "常住人口"]
    assert result.table_schema["fields"][1]["type"] == "number"


def test_xlsx_and_json_tables_validate(tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["区县", "学校数"])
    sheet.append(["朝阳区", 120])
    workbook.save(tmp_path / "t.xlsx")
    (tmp_path / "t.json").write_text('[{"区县": "朝阳区", "学校数": 120}]', encoding="utf-8")
    assert validate_table(tmp_path / "t.xlsx", fmt="XLSX", encoding=None, name="t.xlsx").valid
    assert validate_table(tmp_path / "t.json", fmt="JSON", encoding=None, name="t.json").valid


def test_served_schema_follows_the_remediation() -> None:
    source = {
        "fields": [
            {"name": "id", "type": "integer", "constraints": {"unique": True}},
            {"name": "name", "type": "string", "title": "申请人 张三",
             "constraints": {"required": True}},
            {"name": "phone", "type": "integer"},
            {"name": "born", "type": "date", "format": "%Y/%m/%d"},
        ],
        "missingValues": ["", "NA"],
        "primaryKey": ["id"],
    }
    columns = [PublishedColumn("id", 0, False), PublishedColumn("name", 1, True),
               PublishedColumn("born", 3, False)]  # phone dropped
    assert served_schema(source, columns) == {
        "fields": [
            {"name": "id", "type": "integer"},
            {"name": "name", "type": "string"},
            {"name": "born", "type": "date", "format": "%Y/%m/%d"},
        ],
        "missingValues": ["", "NA"],
    }
    assert served_schema(None, columns) is None
    assert served_schema(source, [PublishedColumn("column5", 4, True)]) is None


def test_served_schema_says_what_masks_and_generalisations_became() -> None:
    source = {"fields": [{"name": "手机", "type": "integer"}, {"name": "经度", "type": "number"},
                         {"name": "备注", "type": "integer"}, {"name": "姓名", "type": "string"}]}
    columns = [PublishedColumn("手机", 0, True, "mask", r"[0-9]{3}\*{4}[0-9]{4}"),
               PublishedColumn("经度", 1, True, "generalize", None, True),
               PublishedColumn("备注", 2, True),  # a cell of it was remediated
               PublishedColumn("姓名", 3, True, "pseudonymize")]
    fields = served_schema(source, columns)["fields"]
    assert fields[0] == {"name": "手机", "type": "string",
                         "constraints": {"pattern": r"[0-9]{3}\*{4}[0-9]{4}"}}
    assert fields[1] == {"name": "经度", "type": "number"}  # rounded coordinates: numbers
    assert fields[2] == {"name": "备注", "type": "string"}  # CSV: every value is text
    assert fields[3] == {"name": "姓名", "type": "string"}
    # JSON and XLSX keep the other values of a scanned column as they were: numbers and text
    assert served_schema(source, columns, typed=True)["fields"][2] == {"name": "备注",
                                                                        "type": "any"}


def test_json_tables_are_validated_as_tables(tmp_path: Path) -> None:
    """Every row of a JSON table is read and checked (not the file taken for a descriptor)."""
    path = tmp_path / "wages.json"
    path.write_text('[{"区县": "上城区", "标准": 2490, "比例": 0.5},'
                    ' {"区县": "西湖区", "标准": 2290}]', encoding="utf-8")
    result = validate_table(path, fmt="JSON", encoding=None, name="wages.json")
    assert result.valid and result.row_count == 2
    assert [(f["name"], f["type"]) for f in result.table_schema["fields"]] == [
        ("区县", "string"), ("标准", "integer"), ("比例", "number")]
    wrapped = tmp_path / "wrapped.json"
    wrapped.write_text('{"fields": ["区县", "标准"], "data": [["上城区", 2490], ["西湖区", "x"]]}',
                       encoding="utf-8")
    schema = {"fields": [{"name": "区县", "type": "string"}, {"name": "标准", "type": "integer"}]}
    invalid = validate_table(wrapped, fmt="JSON", encoding=None, name="w", schema=schema)
    assert not invalid.valid
    assert [(e.type, e.row, e.field_number) for e in invalid.errors] == [("type-error", 3, 2)]
