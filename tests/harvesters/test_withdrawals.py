"""Datasets that leave their source are withdrawn (410 Gone), come back when they return, and
a gather that finds too little, or fails, withdraws nothing."""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from api.app import create_app
from catalog.errors import CatalogError
from catalog.review import dataset_history
from harvesters.jobs import add_source, run_harvest
from publishers.services import add_publisher
from tests.harvesters.test_ckan import RECORDED, Portal, _handler
from tests.support.servers import serving

TABLE = "区县,学校数\n东城区,51\n西城区,62\n"


def _folder(root: Path, names: list[str]) -> Path:
    root.mkdir(exist_ok=True)
    for name in names:
        (root / f"{name}.csv").write_text(TABLE + f"朝阳区,{len(name)}\n", encoding="utf-8")
    return root


def test_a_dataset_gone_from_its_source_is_withdrawn_and_comes_back(catalog, tmp_path):
    folder = _folder(tmp_path / "drop", ["schools", "clinics", "parks", "libraries"])
    add_publisher(catalog, "city", "示例市人民政府")
    add_source(catalog, "drop", "directory", "city", {"path": str(folder)})
    assert run_harvest(catalog, "drop").counts["added"] == 4
    (folder / "parks.csv").unlink()
    summary = run_harvest(catalog, "drop")
    assert summary.counts["withdrawn"] == 1 and summary.counts["unchanged"] == 3
    client = create_app(catalog).test_client()
    gone = client.get("/api/v1/datasets/parks")
    assert gone.status_code == 410
    body = gone.get_json()
    assert body["error"]["code"] == "gone"
    assert body["withdrawn"]["reason"].startswith("no longer at source drop")
    assert body["withdrawn"]["withdrawn_at"]
    assert client.get("/datasets/parks").status_code == 410  # the portal's page too
    listing = client.get("/api/v1/datasets").get_json()
    assert listing["total"] == 3 and "parks" not in {d["name"] for d in listing["data"]}
    assert client.get("/api/v1/datasets?q=parks").get_json()["total"] == 0
    assert dataset_history(catalog, "parks")  # history keeps it
    # it comes back: restored, public again
    _folder(folder, ["parks"])
    back = run_harvest(catalog, "drop")
    assert back.counts["updated"] == 1 and back.counts["withdrawn"] == 0
    assert client.get("/api/v1/datasets/parks").status_code == 200
    assert client.get("/api/v1/datasets").get_json()["total"] == 4


def test_a_gather_that_finds_too_little_withdraws_nothing(catalog, tmp_path):
    folder = _folder(tmp_path / "drop", ["a1", "b2", "c3"])
    add_publisher(catalog, "city", "示例市人民政府")
    add_source(catalog, "drop", "directory", "city", {"path": str(folder)})
    run_harvest(catalog, "drop")
    (folder / "a1.csv").unlink()
    (folder / "b2.csv").unlink()
    summary = run_harvest(catalog, "drop")
    assert summary.status == "finished" and summary.counts["withdrawn"] == 0
    assert "safety valve: the source listed 1 of its 3 known datasets" in \
        summary.errors[-1]["message"]
    client = create_app(catalog).test_client()
    assert client.get("/api/v1/datasets").get_json()["total"] == 3


def test_a_source_s_own_safety_valve(catalog, tmp_path):
    folder = _folder(tmp_path / "drop", ["a1", "b2", "c3", "d4"])
    add_publisher(catalog, "city", "示例市人民政府")
    add_source(catalog, "drop", "directory", "city", {"path": str(folder)}, safety_valve=0.2)
    run_harvest(catalog, "drop")
    for name in ("a1", "b2", "c3"):
        (folder / f"{name}.csv").unlink()
    # one of four found: below the default half, above this source's fifth
    assert run_harvest(catalog, "drop").counts["withdrawn"] == 3
    with pytest.raises(CatalogError, match="from 0 to 1"):
        add_source(catalog, "other", "directory", "city", {"path": str(folder)},
                   safety_valve=1.5)


@pytest.fixture
def big_portal(fixtures_dir: Path) -> Iterator[tuple[Portal, str]]:
    """30 datasets built from the recorded CSV dataset, with varied ids and names."""
    recorded = json.loads((fixtures_dir / RECORDED).read_text(encoding="utf-8"))
    model = next(p for p in recorded["result"]["results"] if p["organization"] is None)
    packages = []
    for i in range(30):
        package = copy.deepcopy(model)
        package["id"] = f"00000000-0000-0000-0000-{i:012d}"
        package["name"] = f"species-list-{i:02d}"
        package["title"] = f"Species list {i:02d}"
        package["metadata_modified"] = f"2017-08-05T03:{i:02d}:00.000000"
        packages.append(package)
    portal = Portal(packages)
    with serving(_handler(portal)) as base:
        for package in packages:
            for resource in package["resources"]:
                resource["url"] = f"{base}/files/{package['id']}.csv"
        yield portal, base


def test_ten_vanish_and_five_change_at_a_ckan_portal(catalog, big_portal):
    portal, base = big_portal
    add_publisher(catalog, "demo", "示例数据开放平台")
    add_source(catalog, "portal", "ckan", "demo",
               {"url": base, "rows": 7, "allow_private_network": True})
    first = run_harvest(catalog, "portal")
    assert first.counts["added"] == 30
    del portal.packages[20:]  # ten vanish
    changed_at = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=1)  # after the first run
    for package in portal.packages[:5]:  # five change
        package["title"] += " (revised)"
        package["metadata_modified"] = f"{changed_at:%Y-%m-%dT%H:%M:%S.%f}"
    incremental = run_harvest(catalog, "portal")  # only what changed: no deletions seen
    assert "metadata_modified:[" in portal.queries[-1]["fq"]
    assert incremental.counts["updated"] == 5 and incremental.counts["withdrawn"] == 0
    full = run_harvest(catalog, "portal", full=True)
    assert "fq" not in portal.queries[-1]
    assert full.counts["withdrawn"] == 10 and full.counts["unchanged"] == 20
    client = create_app(catalog).test_client()
    assert client.get("/api/v1/datasets/species-list-25").status_code == 410
    assert client.get("/api/v1/datasets/species-list-03").get_json()["title"].endswith(
        "(revised)")
    assert client.get("/api/v1/datasets?per_page=100").get_json()["total"] == 20


def test_a_gather_that_fails_part_way_withdraws_nothing(catalog, big_portal):
    portal, base = big_portal
    add_publisher(catalog, "demo", "示例数据开放平台")
    add_source(catalog, "portal", "ckan", "demo",
               {"url": base, "rows": 7, "allow_private_network": True})
    run_harvest(catalog, "portal")
    portal.mode = "ignores-paging"  # the second page repeats the first: the job fails
    with pytest.raises(CatalogError, match="repeats the page"):
        run_harvest(catalog, "portal", full=True)
    client = create_app(catalog).test_client()
    assert client.get("/api/v1/datasets?per_page=100").get_json()["total"] == 30


def test_removing_a_source_withdraws_its_datasets(catalog, tmp_path, monkeypatch):
    from click.testing import CliRunner

    from api.cli import main

    folder = _folder(tmp_path / "drop", ["schools", "clinics"])
    add_publisher(catalog, "city", "示例市人民政府")
    add_source(catalog, "drop", "directory", "city", {"path": str(folder)})
    run_harvest(catalog, "drop")
    monkeypatch.setenv("GOVCAT_HOME", str(catalog.settings.home))
    runner = CliRunner()
    shown = runner.invoke(main, ["source", "show", "drop"])
    assert shown.exit_code == 0 and "directory source of publisher city" in shown.output
    assert "path:" in shown.output
    removed = runner.invoke(main, ["source", "remove", "drop"])
    assert removed.exit_code == 0 and "2 dataset(s) withdrawn" in removed.output
    client = create_app(catalog).test_client()
    assert client.get("/api/v1/datasets/schools").status_code == 410
    assert client.get("/api/v1/sources").get_json()["total"] == 0
    # the folder added again as a source: its datasets are restored
    add_source(catalog, "drop-again", "directory", "city", {"path": str(folder)})
    assert run_harvest(catalog, "drop-again").counts["updated"] == 2
    assert client.get("/api/v1/datasets/schools").status_code == 200
    # and they belong to the new source: gone from it, withdrawn again
    (folder / "clinics.csv").unlink()
    assert run_harvest(catalog, "drop-again").counts["withdrawn"] == 1


def test_a_name_another_source_uses_gets_a_suffix_and_the_job_says_so(catalog, tmp_path):
    first = _folder(tmp_path / "one", ["schools"])
    second = _folder(tmp_path / "two", ["schools"])
    (second / "schools.csv").write_text(TABLE + "海淀区,70\n", encoding="utf-8")
    add_publisher(catalog, "city", "示例市人民政府")
    add_source(catalog, "one", "directory", "city", {"path": str(first)})
    add_source(catalog, "two", "directory", "city", {"path": str(second)})
    run_harvest(catalog, "one")
    summary = run_harvest(catalog, "two")
    assert summary.counts["added"] == 1
    assert summary.errors == [{"key": "schools.csv", "message": (
        "the name 'schools' is taken by another dataset: published as 'schools-2'")}]
    client = create_app(catalog).test_client()
    assert client.get("/api/v1/datasets/schools-2").status_code == 200
    assert run_harvest(catalog, "two").errors == []  # an update keeps its name, quietly
