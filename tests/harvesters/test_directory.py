"""Directory sources and harvest jobs over real folders."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from catalog.errors import CatalogError
from catalog.models import Dataset
from harvesters.files import IntakeError, intake_from_path
from harvesters.jobs import add_source, list_sources, run_harvest
from harvesters.models import HarvestJob
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
    assert summary.counts == {"added": 2, "invalid": 1}
    assert summary.errors and summary.errors[0]["key"] == "broken.csv"
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


def _linked_source(tmp_path: Path) -> Path:
    """A source folder with links: to a file outside, to a folder outside, inside a dataset
    folder, to a file inside the source, and to /etc/passwd under a table's name."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.csv").write_text("区县,人数\n朝阳区,1\n", encoding="utf-8")
    (outside / "folder").mkdir()
    (outside / "folder" / "t.csv").write_text("区县,人数\n朝阳区,1\n", encoding="utf-8")
    root = tmp_path / "src"
    root.mkdir()
    (root / "real.csv").write_text("区县,学校数\n东城区,51\n", encoding="utf-8")
    (root / "file-out.csv").symlink_to(outside / "secret.csv")
    (root / "dir-out").symlink_to(outside / "folder")
    (root / "passwd.csv").symlink_to("/etc/passwd")
    member = root / "with-member"
    member.mkdir()
    (member / "a.csv").write_text("机构,床位\n第一医院,800\n", encoding="utf-8")
    (member / "b.csv").symlink_to(outside / "secret.csv")
    (root / "alias.csv").symlink_to(root / "real.csv")
    return root


def test_symlinks_are_refused_by_default_naming_the_link_not_its_target(catalog,
                                                                         tmp_path) -> None:
    add_publisher(catalog, "edu", "示例市教育局")
    root = _linked_source(tmp_path)
    add_source(catalog, "links", "directory", "edu", {"path": str(root)})
    summary = run_harvest(catalog, "links")
    assert summary.counts == {"added": 1, "errored": 5}
    errors = {e["key"]: e["message"] for e in summary.errors}
    assert set(errors) == {"alias.csv", "dir-out", "file-out.csv", "passwd.csv", "with-member"}
    assert errors["with-member"].startswith("with-member/b.csv: a symbolic link")
    for item, error in errors.items():
        assert "symbolic link" in error and item in error
        assert "outside" not in error and "/etc" not in error and "secret" not in error
    with catalog.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Dataset)) == 1


def test_followed_symlinks_must_stay_inside_the_source(catalog, tmp_path) -> None:
    add_publisher(catalog, "edu", "示例市教育局")
    root = _linked_source(tmp_path)
    add_source(catalog, "links", "directory", "edu", {"path": str(root), "follow_symlinks": True})
    summary = run_harvest(catalog, "links")
    assert summary.counts == {"added": 2, "errored": 4}  # real.csv and alias.csv
    for error in summary.errors:
        assert "leading outside the folder" in error["message"]
        assert "outside/" not in error["message"] and "/etc" not in error["message"]


def test_a_fifo_named_like_a_table_is_refused_not_read(catalog, tmp_path) -> None:
    import os

    add_publisher(catalog, "edu", "示例市教育局")
    root = tmp_path / "src"
    root.mkdir()
    os.mkfifo(root / "pipe.csv")
    add_source(catalog, "fifo", "directory", "edu", {"path": str(root)})
    summary = run_harvest(catalog, "fifo")
    assert summary.errors == [{"key": "pipe.csv", "message": "pipe.csv: not a regular file"}]


def test_published_folders_refuse_links_inside_unless_followed(tmp_path: Path) -> None:
    root = _linked_source(tmp_path)
    with pytest.raises(IntakeError, match=r"^b.csv: a symbolic link"):
        intake_from_path(root / "with-member")
    inside = root / "inside"
    inside.mkdir()
    (inside / "x.csv").write_text("a\n1\n", encoding="utf-8")
    (inside / "y.csv").symlink_to(inside / "x.csv")
    record = intake_from_path(inside, follow_symlinks=True)
    assert [r.name for r in record.resources] == ["x.csv", "y.csv"]  # as they appear
    with pytest.raises(IntakeError, match="leading outside the folder"):
        intake_from_path(root / "with-member", follow_symlinks=True)
