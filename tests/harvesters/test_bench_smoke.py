"""Smoke tests of the harvest benchmark (bench/harvest_bench.py; no timing asserted): the
replayed CKAN portal it harvests, and a small run of the whole bench."""

from __future__ import annotations

import argparse
import csv
import io
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.fixture(scope="module")
def replay():
    """bench/ckan_replay.py as a module."""
    sys.path.insert(0, str(BENCH))
    try:
        import ckan_replay

        yield ckan_replay
    finally:
        sys.path.remove(str(BENCH))


@pytest.fixture
def recording(replay, fixtures_dir):
    return replay.load_recording(fixtures_dir / "ckan/demo_ckan_org_via_amsterdam_dcatd"
                                 / "packages.json")


def test_the_replayed_portal_pages_sorts_and_filters(replay, recording) -> None:
    portal = replay.Portal(recording, 250, "http://portal.test")
    pages = [portal.search({"rows": "100", "start": str(start),
                            "sort": "metadata_modified asc, id asc"})["result"]
             for start in (0, 100, 200, 300)]
    assert [page["count"] for page in pages] == [250] * 4
    packages = [p for page in pages for p in page["results"]]
    assert len(packages) == 250 and len({p["id"] for p in packages}) == 250
    assert len({p["name"] for p in packages}) == 250 and len({p["title"] for p in packages}) == 250
    modified = [p["metadata_modified"] for p in packages]
    assert modified == sorted(modified)
    assert portal.package(7) == packages[7]  # the same dataset on every request
    newest = portal.search({"rows": "1", "sort": "metadata_modified desc"})["result"]
    assert newest["results"][0]["id"] == packages[-1]["id"]
    transport = portal.search({"rows": "1000", "fq": 'organization:("transport-bureau")'})
    assert {p["organization"]["name"] for p in transport["result"]["results"]} == \
        {"transport-bureau"}
    since = portal.search({"rows": "1000",
                           "fq": f"metadata_modified:[{modified[200]}Z TO *]"})["result"]
    assert since["count"] == 50
    assert any(p["organization"] is None for p in packages)
    assert all(r["url"].startswith("http://portal.test/files/")
               for p in packages for r in p["resources"])


def test_the_replayed_resources_are_small_tables_some_naming_people(replay) -> None:
    bodies = [replay.resource_body(f"{n}.csv") for n in range(40)]
    assert bodies[3] == replay.resource_body("3.csv")
    tables = [list(csv.reader(io.StringIO(body.decode("utf-8")))) for body, _ in bodies]
    assert all(3 <= len(rows) - 1 <= 6 for rows in tables)
    assert 5 < sum("联系人" in rows[0] for rows in tables) < 35
    assert replay.resource_body("x.pdf")[1] == "application/pdf"


def test_a_small_run_of_the_bench_prints_every_figure(replay, fixtures_dir) -> None:
    import harvest_bench  # beside ckan_replay (on the path while replay is)

    args = argparse.Namespace(datasets=30, fetch_datasets=6, runs=1, memory_factor=2,
                              no_memory=True, seed=3)
    figures = harvest_bench.run(args, log=lambda message: None)
    report = "\n".join(figures["report"])
    assert "metadata-only (link): 30 datasets in" in report
    assert "unchanged re-harvest (full): 30 datasets in" in report
    assert "fetch (CSV downloaded, validated, screened): 6 datasets in" in report
    assert "CSV files screened alone" in report and "CSV files validated alone" in report
    assert "metadata screened alone" in report and "harvest / content checks alone" in report
    assert sum(figures["link"][0]["counts"].values()) == 30  # added, or held for review
    assert figures["unchanged"][0]["counts"] == {"unchanged": 30}


@pytest.mark.slow
def test_the_memory_figure_runs_in_child_processes(replay, fixtures_dir) -> None:
    import harvest_bench

    with harvest_bench.replayed_portal(3) as base:
        small = harvest_bench.measure_memory(base, 20)
    assert small["datasets"] == 20 and small["peak_mb"] >= small["rss_before_mb"] > 0
