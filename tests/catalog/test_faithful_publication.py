"""What is published is what was given, minus what the screen remediated: the stored files of
JSON and XLSX resources compared cell by cell (value and type) with their sources, and the
published Table Schema true of the stored file (Frictionless validates one with the other)."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from catalog import pipeline
from catalog.intake import IntakeRecord, IntakeResource
from catalog.models import Dataset, RevisionStatus
from catalog.validation import validate_table
from publishers.services import add_publisher, set_policy

NAMES = ["张伟", "李秀英", "王芳", "刘洋", "陈静", "杨磊", "赵敏", "黄强", "周杰", "吴霞"]


def typed(value: Any) -> tuple[type, Any]:
    return type(value), value


@pytest.fixture
def civil(catalog):
    add_publisher(catalog, "civil", "示例市民政局")
    set_policy(catalog, "civil", {"actions": {"SENSITIVE_WHEREABOUTS": "generalize"},
                                  "review_sensitive": False})
    return catalog


def publish(catalog, path: Path) -> tuple[Path, dict[str, Any]]:
    """Publish one file; its stored (screened) file and its published Table Schema."""
    record = IntakeRecord({"title": path.stem}, (IntakeResource(path, path.name),), str(path))
    outcome = pipeline.publish(catalog, record, publisher_code="civil")
    assert outcome.status == RevisionStatus.PUBLISHED, outcome.to_dict()
    with catalog.sessions() as session:
        resource = session.get(Dataset, outcome.dataset_id).current_revision.resources[0]
        stored = path.with_name(f"stored{path.suffix}")  # the store's files have no suffix
        shutil.copyfile(catalog.files.path_for(resource.storage_key), stored)
        return stored, resource.table_schema


def check_schema(stored: Path, fmt: str, schema: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The published schema describes the stored file: Frictionless finds no error."""
    report = validate_table(stored, fmt=fmt, encoding=None, name=stored.name, schema=schema)
    assert report.valid, [e.message for e in report.errors]
    return {field["name"]: field for field in schema["fields"]}


def test_a_json_table_keeps_its_types_and_its_schema_says_what_was_masked(
        civil, tmp_path: Path) -> None:
    rows = [{"序号": i + 1, "姓名": NAMES[i % 10], "联系电话": 13812345670 + i,
             "经度": 120.090829 + i / 1000, "纬度": 30.346722, "补贴金额": 1860 if i % 2 else 17.5,
             "已发放": i % 3 == 0, **({"备注": None} if i % 4 else {})} for i in range(20)]
    source = tmp_path / "养老服务补贴.json"
    source.write_text(json.dumps(rows, ensure_ascii=False, indent=2), encoding="utf-8")
    stored, schema = publish(civil, source)
    fields = check_schema(stored, "JSON", schema)
    # masked whole: text of its masks' pattern; generalised coordinates: still numbers
    assert fields["联系电话"] == {"name": "联系电话", "type": "string",
                               "constraints": {"pattern": r"[0-9]{3}\*{4}[0-9]{4}"}}
    assert fields["姓名"]["type"] == "string" and "pattern" in fields["姓名"]["constraints"]
    assert fields["经度"]["type"] == fields["纬度"]["type"] == "number"
    assert fields["序号"]["type"] == "integer" and fields["已发放"]["type"] == "boolean"
    served = json.loads(stored.read_text(encoding="utf-8"))
    for before, after in zip(rows, served, strict=True):
        assert list(after) == list(before)
        for key, value in before.items():
            if key in ("姓名", "联系电话"):
                assert type(after[key]) is str and after[key] != value
            elif key in ("经度", "纬度"):
                assert typed(after[key]) == typed(round(value, 2))
            else:
                assert typed(after[key]) == typed(value), key


def test_an_xlsx_keeps_its_sheet_and_typed_cells(civil, tmp_path: Path) -> None:
    source = tmp_path / "客运量.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "passenger_volume"
    sheet.append(["月份", "日期", "客运量(万人次)", "同比增长(%)", "线路数", "是否节假日",
                  "值班员"])
    for i in range(24):
        sheet.append([f"2023-{i % 12 + 1:02d}", dt.datetime(2023, i % 12 + 1, 1), 4885.7 + i,
                      -2.5 + i / 10, 120 + i, i % 5 == 0, NAMES[i % 10]])
    workbook.save(source)
    stored, schema = publish(civil, source)
    fields = check_schema(stored, "XLSX", schema)
    assert fields["值班员"]["type"] == "string"
    before = openpyxl.load_workbook(source).worksheets[0]
    after_book = openpyxl.load_workbook(stored)
    assert after_book.sheetnames == ["passenger_volume"]
    after = after_book.worksheets[0]
    masked = 6
    for old, new in zip(before.iter_rows(values_only=True), after.iter_rows(values_only=True),
                        strict=True):
        assert [typed(v) for v in new[:masked]] == [typed(v) for v in old[:masked]]
        assert type(new[masked]) is str
    assert fields["客运量(万人次)"]["type"] == "number" and fields["线路数"]["type"] == "integer"
