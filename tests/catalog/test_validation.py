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
