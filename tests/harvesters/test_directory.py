"""Directory sources and harvest jobs over real folders."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from catalog.errors import CatalogError
from catalog.models import HarvestJob
from harvesters.files import IntakeError, intake_from_path
from harvesters.jobs import add_source, list_sources, run_harvest
from publishers.services import add_publisher

TABLE = "区县,学校数\n东城区,51\n西城区,62\n"


def make_source(root: Path) -> Path:
    root.mkdir()
    (root / "schools.csv").write_text(TABLE, encoding="utf-8")
    (root / "schools.csv.meta.json").write_text(
        json.dumps(
            {"name": "schools", "title": "中小学校数量", "theme": "教育科技"}, ensure_ascii=False
        ),
        encoding="utf-8",
    )
    folder = root / "hospitals"
    folder.mkdir()
    (folder / "dataset.json").write_text(
        json.dumps({"title": "医疗机构名录", "keywords": ["医院"]}, ensure_ascii=False),
        encoding="utf-8",
    )
    (folder / "a.csv").write_text("机构,床位\n第一医院,800\n", encoding="utf-8")
    (folder / "b.csv").write_text("机构,床位\n第二医院,600\n", encoding="utf-8")
    (root / "notes.txt").write_text("not a dataset", encoding="utf-8")
    return root


def test_intake_from_file_folder_and_package(tmp_path: Path, fixtures_dir: Path) -> None:
    root = make_source(tmp_path / "src")
    single = intake_from_path(root / "schools.csv")
    assert single.metadata["title"] == "中小学校数量"
    folder = intake_from_path(root / "hospitals")
    assert [r.name for r in folder.resources] == ["a.csv", "b.csv"]
    package = intake_from_path(fixtures_dir / "datapackage/datasets-gdp/datapackage.json")
    assert package.metadata["name"] == "gdp"
    assert {r.name for r in package.resources} == {"gdp.csv", "top-economies.csv"}


def test_bad_inputs_are_clear(tmp_path: Path) -> None:
    (tmp_path / "x.csv").write_text("a\n1\n")
    (tmp_path / "x.csv.meta.json").write_text('{"title": "x",\n "bad" }')
    with pytest.raises(IntakeError, match=r"x.csv.meta.json:2: invalid JSON"):
        intake_from_path(tmp_path / "x.csv")
    (tmp_path / "doc.pdf").write_text("%PDF")
    with pytest.raises(IntakeError, match="not a table"):
        intake_from_path(tmp_path / "doc.pdf")
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "datapackage.json").write_text('{"resources": [{"path": "../x.csv"}]}')
    with pytest.raises(IntakeError, match="leaves the dataset folder"):
        intake_from_path(pkg)


def test_harvest_publishes_each_item_and_records_the_job(catalog, tmp_path: Path) -> None:
    add_publisher(catalog, "edu", "示例市教育局")
    root = make_source(tmp_path / "src")
    (root / "broken.csv").write_text("a,b\n1\n2,3,4\n", encoding="utf-8")
    add_source(catalog, "edu-folder", "directory", "edu", {"path": str(root)})
    summary = run_harvest(catalog, "edu-folder")
    assert summary.status == "finished"
    assert summary.counts == {"published": 2, "invalid": 1}
    assert summary.errors and summary.errors[0]["item"] == "broken.csv"
    again = run_harvest(catalog, "edu-folder")
    assert again.counts == {"unchanged": 3}
    jobs = list_sources(catalog)[0]
    assert jobs["last_job"]["status"] == "finished"
    with catalog.sessions() as session:
        assert len(session.scalars(select(HarvestJob)).all()) == 2


def test_source_configuration_is_checked(catalog, tmp_path: Path) -> None:
    add_publisher(catalog, "edu", "示例市教育局")
    with pytest.raises(CatalogError, match="not a folder"):
        add_source(catalog, "s", "directory", "edu", {"path": str(tmp_path / "missing")})
    with pytest.raises(CatalogError, match="unknown source type"):
        add_source(catalog, "s", "ftp", "edu", {"path": str(tmp_path)})
    with pytest.raises(CatalogError, match="unknown publisher"):
        add_source(catalog, "s", "directory", "nobody", {"path": str(tmp_path)})
