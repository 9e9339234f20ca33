"""Department spreadsheets published as they are made: each sheet a resource, a title and a
two-row merged header found, notes kept; overrides where detection is wrong."""

from __future__ import annotations

import io
import json
from pathlib import Path

import openpyxl
import pytest

from catalog import pipeline
from catalog.intake import IntakeRecord, IntakeResource
from catalog.queries import get_dataset, resource_download
from harvesters.files import intake_from_path
from publishers.services import add_publisher
from tests.support.workbooks import (
    DISTRICTS,
    LABELS,
    TITLE,
    YEARS,
    population_ods,
    population_xls,
    population_xlsx,
)


@pytest.fixture
def stats(catalog):
    add_publisher(catalog, "stats", "示例市统计局")
    return catalog


def _published(catalog, name: str) -> list[dict]:
    return get_dataset(catalog, name, lambda *_: "url")["resources"]


def _sheet_values(path: Path) -> list[list]:
    book = openpyxl.load_workbook(io.BytesIO(path.read_bytes()), read_only=True)
    try:
        return [list(row) for row in book.worksheets[0].iter_rows(values_only=True)]
    finally:
        book.close()


@pytest.mark.parametrize("maker", [population_xlsx, population_xls, population_ods])
def test_a_workbook_publishes_a_resource_per_sheet_without_override(stats, tmp_path: Path,
                                                                    maker) -> None:
    path = maker(tmp_path / f"population.{maker.__name__.rsplit('_', 1)[1]}")
    outcome = pipeline.publish(stats, intake_from_path(path), publisher_code="stats")
    assert outcome.status == "published", outcome.to_dict()
    districts, years = _published(stats, outcome.dataset_name)
    suffix = ".xlsx"  # the published name: XLS and ODS sheets are published as XLSX
    assert (districts["name"], districts["title"]) == (f"population-分区县{suffix}", "分区县")
    assert (years["name"], years["title"]) == (f"population-历年{suffix}", "历年")
    assert districts["format"] == years["format"] == "XLSX"  # XLS and ODS are served as XLSX
    assert districts["row_count"] == 3 and years["row_count"] == 5
    fields = districts["schema"]["fields"]
    assert [f["name"] for f in fields] == LABELS
    assert [f["type"] for f in fields][1:] == ["number", "number", "integer", "integer",
                                               "number"]
    notes = districts["description"].splitlines()
    assert notes[0] == TITLE and notes[-2:] == ["注：常住人口为年末数。", "数据来源：杭州市统计局"]
    assert any(line.startswith("合计: 常住人口/男: 190.1") for line in notes)
    served = _sheet_values(resource_download(stats, outcome.dataset_name, districts["id"]).path)
    assert served[0] == LABELS
    assert [[str(v) for v in row] for row in served[1:]] == \
        [[str(v) for v in row] for row in DISTRICTS]  # no title, totals or footnote rows
    served_years = _sheet_values(resource_download(stats, outcome.dataset_name,
                                                   years["id"]).path)
    assert [[str(v) for v in row] for row in served_years[1:]] == \
        [[str(y), str(p)] for y, p in YEARS]


def test_one_sheet_is_chosen_with_sheet(stats, tmp_path: Path) -> None:
    path = population_xlsx(tmp_path / "population.xlsx")
    record = intake_from_path(path).with_layout(sheet="历年")
    outcome = pipeline.publish(stats, record, publisher_code="stats")
    (only,) = _published(stats, outcome.dataset_name)
    assert only["name"] == "population.xlsx" and only["row_count"] == 5


def test_a_wrong_override_is_refused_with_the_row_and_the_cause(stats, tmp_path: Path) -> None:
    path = population_xlsx(tmp_path / "population.xlsx")
    record = intake_from_path(path).with_layout(sheet="分区县", skip_rows=0, header_rows=1)
    outcome = pipeline.publish(stats, record, publisher_code="stats")
    assert outcome.status == "invalid"
    (validation,) = outcome.validations
    assert {e.type for e in validation.errors} == {"duplicate-label"}  # Frictionless' own
    assert validation.hints == [
        "row 1 looks like a title (one filled cell, merged across 6 columns): the header "
        "seems to start on row 3; pass --skip-rows 2 or add skip_rows: 2 to the metadata"]
    assert "the header seems to start on row 3" in validation.summary()


def test_overrides_in_the_metadata_are_read_and_published(stats, tmp_path: Path) -> None:
    folder = tmp_path / "人口"
    folder.mkdir()
    population_xlsx(folder / "population.xlsx")
    (folder / "dataset.json").write_text(json.dumps({
        "title": "常住人口", "update_frequency": "每年", "open_condition": "无条件开放",
        "resources": [{"path": "population.xlsx", "sheet": "分区县", "skip_rows": 2,
                       "header_rows": 2}],
    }, ensure_ascii=False), encoding="utf-8")
    outcome = pipeline.publish(stats, intake_from_path(folder), publisher_code="stats")
    assert outcome.status == "published"
    (only,) = _published(stats, outcome.dataset_name)
    assert [f["name"] for f in only["schema"]["fields"]] == LABELS
    dataset = get_dataset(stats, outcome.dataset_name, lambda *_: "url")
    assert dataset["update_frequency"] == "annual"
    (folder / "dataset.json").write_text(json.dumps({
        "title": "常住人口", "resources": [{"path": "population.xlsx", "header_row": 2}],
    }, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(Exception, match="header_row: Unknown field; did you mean 'header_rows'"):
        intake_from_path(folder)


def test_a_re_publish_of_a_still_invalid_file_says_so(stats, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("a,a\n1,2\n", encoding="utf-8")
    record = IntakeRecord({"title": "bad"}, (IntakeResource(path, path.name),), str(path))
    first = pipeline.publish(stats, record, publisher_code="stats")
    again = pipeline.publish(stats, record, publisher_code="stats")
    assert first.status == "invalid" and again.status == "unchanged"
    assert again.invalid and again.summary() == "bad: invalid (unchanged) (revision 1)"
    assert [e.type for v in again.validations for e in v.errors] == ["duplicate-label"]
