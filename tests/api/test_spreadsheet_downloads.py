"""Issue 11's "Done when", across spreadsheets and faithful outputs, through the real Flask
app: a department's workbook (a title row, a two-row merged header, totals and footnotes,
two sheets) publishes as two resources with no override, and its JSON and XLSX downloads
keep numbers as numbers, each under its own sheet's name."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import openpyxl
import pytest

from api.app import create_app
from catalog import pipeline
from catalog.validation import validate_table
from harvesters.files import intake_from_path
from publishers.services import add_publisher
from tests.support.workbooks import (
    DISTRICTS,
    LABELS,
    TITLE,
    YEARS,
)
from tests.support.workbooks import POPULATION_MAKERS as MAKERS

YEAR_LABELS = ["年份", "常住人口（万人）"]


def typed(rows: list[list[Any]]) -> list[list[tuple[type, Any]]]:
    """Each cell as (type, value): 60 and 60.0, or 60 and "60", are not the same cell."""
    return [[(type(value), value) for value in row] for row in rows]


def _get(client, url: str):
    parts = urlsplit(url)
    response = client.get(parts.path + (f"?{parts.query}" if parts.query else ""))
    assert response.status_code == 200, (url, response.status_code)
    return response


@pytest.mark.parametrize("fmt", sorted(MAKERS))
def test_a_department_workbook_publishes_two_resources_whose_downloads_keep_their_types(
        catalog, tmp_path: Path, fmt: str) -> None:
    add_publisher(catalog, "stats", "示例市统计局")
    source = MAKERS[fmt](tmp_path / f"population.{fmt}")
    outcome = pipeline.publish(catalog, intake_from_path(source), publisher_code="stats")
    assert outcome.status == "published", outcome.to_dict()
    app = create_app(catalog)
    app.testing = True
    client = app.test_client()
    dataset = client.get(f"/api/v1/datasets/{outcome.dataset_name}").get_json()

    districts, years = dataset["resources"]  # no override: one resource per sheet
    assert (districts["title"], years["title"]) == ("分区县", "历年")
    assert districts["format"] == years["format"] == "XLSX"  # XLS and ODS served as XLSX
    assert (districts["row_count"], years["row_count"]) == (3, 5)
    notes = districts["description"].splitlines()  # the title and footnotes: notes, not data
    assert notes[0] == TITLE and notes[-1] == "数据来源：杭州市统计局"
    # the published (served) Table Schema names the header's rows joined with "/"
    assert [f["name"] for f in districts["schema"]["fields"]] == LABELS
    assert [f["type"] for f in districts["schema"]["fields"]] == \
        ["string", "number", "number", "integer", "integer", "number"]
    assert [f["type"] for f in years["schema"]["fields"]] == ["integer", "integer"]

    for found, sheet, labels, rows in ((districts, "分区县", LABELS, DISTRICTS),
                                       (years, "历年", YEAR_LABELS, YEARS)):
        urls = {d["name"]: d["url"] for d in found["downloads"]}
        assert urls["xlsx"] == found["download_url"]  # the stored (screened) file is XLSX
        expected = typed([list(row) for row in rows])

        book = openpyxl.load_workbook(io.BytesIO(_get(client, urls["xlsx"]).data))
        assert book.sheetnames == [sheet]  # its own sheet's name, not "Sheet"
        served = [list(row) for row in book.worksheets[0].iter_rows(values_only=True)]
        assert served[0] == labels
        assert typed(served[1:]) == expected  # no title, totals or footnote row; numbers

        assert urls["json"].endswith("?format=json")
        text = _get(client, urls["json"]).data
        objects = json.loads(text)
        assert [list(item) for item in objects] == [labels] * len(rows)
        assert typed([list(item.values()) for item in objects]) == expected
        # the published schema is true of the JSON download too (Frictionless reads it)
        download = tmp_path / f"{fmt}-{sheet}.json"
        download.write_bytes(text)
        report = validate_table(download, fmt="JSON", encoding=None, name=download.name,
                                schema=found["schema"])
        assert report.valid and report.row_count == len(rows), report.summary()
