"""Data Package sources: a datapackage.json by URL (from a local server) or by path."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from api.app import create_app
from catalog.errors import CatalogError
from harvesters.jobs import add_source, run_harvest
from publishers.services import add_publisher
from tests.support.servers import files, serving

GDP = "datapackage/datasets-gdp"


@pytest.fixture
def served(fixtures_dir: Path, tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """A copy of the recorded GDP package, served over HTTP."""
    root = tmp_path / "site"
    shutil.copytree(fixtures_dir / GDP, root / "gdp")
    with serving(files(root)) as base:
        yield root / "gdp", f"{base}/gdp/datapackage.json"


def test_a_data_package_by_url(catalog, served):
    _, url = served
    add_publisher(catalog, "stats", "示例市统计局")
    add_source(catalog, "gdp", "datapackage", "stats", {"url": url, "allow_private_network": True})
    summary = run_harvest(catalog, "gdp")
    assert summary.status == "finished" and summary.counts["added"] == 1, summary.counts
    dataset = create_app(catalog).test_client().get("/api/v1/datasets/gdp").get_json()
    assert dataset["title"].startswith("Country, Regional and World GDP")
    assert len(dataset["resources"]) == 2
    assert run_harvest(catalog, "gdp").counts["unchanged"] == 1


def test_a_data_package_by_path_and_bad_packages(catalog, served):
    folder, url = served
    add_publisher(catalog, "stats", "示例市统计局")
    add_source(catalog, "local", "datapackage", "stats", {"path": str(folder)})
    assert run_harvest(catalog, "local").counts["added"] == 1
    with pytest.raises(CatalogError, match="give the document's --url or its --path"):
        add_source(catalog, "x", "datapackage", "stats", {})
    # a resource the server does not have: the item fails, naming the resource
    (folder / "data" / "gdp.csv").unlink()
    add_source(catalog, "broken", "datapackage", "stats",
               {"url": url, "allow_private_network": True})
    summary = run_harvest(catalog, "broken")
    assert summary.counts["errored"] == 1
    assert "resource gdp" in summary.errors[0]["message"]
    assert "HTTP 404" in summary.errors[0]["message"]
