"""data.json (DCAT-US 1.1) sources: a catalog served locally, and by path."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from api.app import create_app
from catalog.crosswalk.datajson import DataJsonError, from_datajson, to_datajson
from catalog.metadata import load_metadata
from harvesters.jobs import add_source, run_harvest
from publishers.services import add_publisher
from tests.support.servers import files, serving

PERMITS = "permit_no,holder,phone,district\nP-001,Hamish Macleod,(415) 555-0132,North\n" \
          "P-002,Jane Doe,(415) 555-0199,South\n"


def _record(identifier: str, title: str, **extra: object) -> dict:
    record = {
        "@type": "dcat:Dataset", "title": title,
        "description": f"{title} issued by the city.", "keyword": ["permits", "city"],
        "modified": "2026-11-30", "issued": "2025-01-15",
        "publisher": {"@type": "org:Organization", "name": "City Licensing Office"},
        "contactPoint": {"@type": "vcard:Contact", "fn": "Licensing Desk",
                         "hasEmail": "mailto:licensing@city.example.gov"},
        "identifier": identifier, "accessLevel": "public",
        "license": "https://creativecommons.org/licenses/by/4.0/",
        "accrualPeriodicity": "R/P1M", "temporal": "2025-01-01/2025-12-31",
        "isPartOf": "city-permits",
        "distribution": [
            {"@type": "dcat:Distribution", "downloadURL": "permits.csv", "mediaType": "text/csv",
             "title": "Permits"},
            {"@type": "dcat:Distribution", "downloadURL": "guide.pdf",
             "mediaType": "application/pdf", "title": "Guide"},
        ],
    }
    record.update(extra)
    return record


@pytest.fixture
def site(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    root = tmp_path / "site"
    root.mkdir()
    (root / "permits.csv").write_text(PERMITS, encoding="utf-8")
    (root / "guide.pdf").write_bytes(b"%PDF-1.4")
    with serving(files(root)) as base:
        records = [
            _record("permits-2025", "Street Vendor Permits 2025"),
            _record("broken", "Broken Record", keyword="not a list"),
            _record("internal", "Internal Permits", accessLevel="non-public"),
        ]
        for record in records:
            for item in record["distribution"]:
                item["downloadURL"] = f"{base}/{item['downloadURL']}"
        (root / "data.json").write_text(json.dumps({
            "conformsTo": "https://project-open-data.cio.gov/v1.1/schema", "dataset": records}),
            encoding="utf-8")
        yield root, f"{base}/data.json"


def test_a_data_json_catalog_harvests_with_errors_per_record(catalog, site):
    _, url = site
    add_publisher(catalog, "city", "City")
    add_source(catalog, "city-json", "datajson", "city",
               {"url": url, "allow_private_network": True})
    summary = run_harvest(catalog, "city-json")
    assert summary.counts["added"] == 1 and summary.counts["errored"] == 2
    messages = {e["key"]: e["message"] for e in summary.errors}
    assert messages["broken"] == "dataset 2 (broken): field 'keyword' must be a list of strings"
    assert "accessLevel 'non-public' is not harvested" in messages["internal"]
    client = create_app(catalog).test_client()
    dataset = client.get("/api/v1/datasets/street-vendor-permits-2025").get_json()
    # the PDF is not fetched: a link to the source, marked unscreened
    assert [(r["name"], r["format"], r["screened"]) for r in dataset["resources"]] == [
        ("permits.csv", "CSV", True), ("Guide", "PDF", False)]
    assert dataset["resources"][1]["url"].endswith("/guide.pdf")
    assert dataset["resources"][1]["download_url"] is None
    download = client.get(dataset["resources"][0]["download_url"].replace(
        "http://127.0.0.1:5000", "")).data.decode("utf-8")
    assert "Hamish Macleod" not in download and "555-0132" not in download
    assert "P-001" in download and "North" in download
    assert dataset["update_frequency"] == "monthly"


def test_a_data_json_by_path(catalog, site):
    root, _ = site
    add_publisher(catalog, "city", "City")
    add_source(catalog, "local", "datajson", "city",
               {"path": str(root / "data.json"), "allow_private_network": True})
    assert run_harvest(catalog, "local").counts["errored"] == 2


def test_the_crosswalk_round_trips_and_names_the_broken_field():
    record = _record("permits-2025", "Street Vendor Permits 2025")
    dataset = from_datajson(record)
    load_metadata(dict(dataset.metadata))
    assert dataset.provenance["collection"] == "city-permits"
    assert dataset.metadata["temporal_start"] == "2025-01-01"
    again = from_datajson(to_datajson(dataset))
    assert (again.metadata, again.provenance, again.distributions) == \
        (dataset.metadata, dataset.provenance, dataset.distributions)
    with pytest.raises(DataJsonError, match="dataset 4 \\(x\\): field 'publisher' is required"):
        from_datajson(_record("x", "X", publisher=None), 3)
