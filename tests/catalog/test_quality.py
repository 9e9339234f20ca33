"""The quality score (catalog/quality.py): each criterion on datasets crafted for it and
published through the pipeline, read back as the API reads them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from catalog import pipeline
from catalog.db import transaction
from catalog.intake import IntakeLink, IntakeRecord, IntakeResource
from catalog.models import Dataset, Revision, RevisionStatus
from catalog.quality import CRITERIA, MAX_SCORE, Quality, revision_quality, text_weight
from catalog.queries import read_one_published
from publishers.services import add_publisher

D = dt.date
TABLE = "区县,学校数\n东城区,51\n西城区,62\n"
DESCRIPTION = ("本数据集收录全市各区县中小学校数量，按学年统计，来源于教育事业统计年报，"
               "每年九月开学后更新，供研究与公众查询使用；按办学类型分列小学、初中和九年一贯制"
               "学校。")  # 50 Chinese characters or more beside the title
COMPLETE: dict[str, Any] = {
    "title": "中小学校数量", "title_en": "Number of schools", "description": DESCRIPTION,
    "theme": "教育科技", "keywords": ["学校", "教育"], "issued": "2026-01-05",
    "modified": "2026-10-01", "temporal_start": "2025-09-01", "temporal_end": "2026-08-31",
    "spatial": "330100", "update_frequency": "monthly", "license": "CC-BY-4.0",
    "contact_point": {"name": "教育局办公室", "email": "office@edu.example.gov.cn"},
}
ON_TIME = D(2026, 10, 20)  # within a month (and a day) of 2026-10-01


@pytest.fixture
def stats(catalog):
    add_publisher(catalog, "stats", "示例市统计局")
    return catalog


def publish(catalog, folder: Path, name: str, text: str | None = TABLE,
            links: tuple[IntakeLink, ...] = (), **metadata: Any) -> str:
    """Publish a dataset (a CSV table unless text is None) and return its name."""
    resources = ()
    if text is not None:
        path = folder / f"{name}.csv"
        path.write_text(text, encoding="utf-8")
        resources = (IntakeResource(path, path.name),)
    record = IntakeRecord({"name": name, **metadata}, resources, name, links=links)
    outcome = pipeline.publish(catalog, record, publisher_code="stats")
    assert outcome.status == RevisionStatus.PUBLISHED, outcome
    return name


def quality(catalog, name: str, today: dt.date = ON_TIME) -> Quality:
    return read_one_published(catalog, name,
                              lambda d: revision_quality(d.current_revision, today))


def points(found: Quality) -> dict[str, tuple[int, int]]:
    return {c.key: (c.points, c.max_points) for c in found.criteria}


def published_on(catalog, name: str, day: dt.date) -> None:
    """Make the dataset's published revision as if published on `day` (China's noon)."""
    with transaction(catalog.sessions) as session:
        revision = session.scalar(select(Revision).join(
            Dataset, Dataset.current_revision_id == Revision.id).where(Dataset.name == name))
        revision.decided_at = dt.datetime(day.year, day.month, day.day, 4, tzinfo=dt.UTC)


def test_a_complete_dataset_scores_every_point(stats, tmp_path) -> None:
    found = quality(stats, publish(stats, tmp_path, "schools", **COMPLETE))
    assert [c.key for c in found.criteria] == [key for key, _, _ in CRITERIA]
    assert found.score == MAX_SCORE == sum(c.max_points for c in found.criteria)
    assert all(c.fix is None and c.reason for c in found.criteria)
    assert found.to_dict()["criteria"][0] == {
        "key": "description", "label": "摘要 description", "points": 15, "max": 15,
        "reason": f"a description of {len(DESCRIPTION)} characters", "fix": None}


@pytest.mark.parametrize(("description", "earned"), [
    ("", 0),
    ("中小学校数量", 0),  # the title again
    ("中小学校数量。", 0),
    ("中小学校数量（Number of schools）", 0),  # both titles
    ("全市各区县中小学校数量统计。", 2),  # 7 characters beside the title: 14 of 100
    (DESCRIPTION, 15),
    ("Schools of every district by school year, from the yearly education statistics "
     "census, updated each September and kept by the city's education bureau.", 15),
])
def test_a_description_worth_reading(stats, tmp_path, description: str, earned: int) -> None:
    meta = {**COMPLETE, "description": description}
    found = points(quality(stats, publish(stats, tmp_path, "schools", **meta)))
    assert found["description"] == (earned, 15)


def test_text_weight_counts_what_a_text_says() -> None:
    assert text_weight("人口") == 4 and text_weight("GDP 2024") == 7
    assert text_weight("，。、（）  ...") == 0


def test_metadata_completeness_names_what_is_missing(stats, tmp_path) -> None:
    meta = {k: v for k, v in COMPLETE.items() if k not in ("theme", "keywords", "title_en")}
    found = quality(stats, publish(stats, tmp_path, "schools", **meta))
    criterion = next(c for c in found.criteria if c.key == "metadata")
    assert (criterion.points, criterion.max_points) == (4, 10)
    assert "数据领域 (theme)" in criterion.reason and "关键词 (keywords)" in criterion.reason
    assert "英文名称 (title_en)" in criterion.fix and "issued" not in criterion.fix
    assert found.score == MAX_SCORE - 6


def test_coverage_and_contact_point(stats, tmp_path) -> None:
    meta = {k: v for k, v in COMPLETE.items() if k not in ("spatial",)}
    meta["contact_point"] = {"name": "教育局办公室"}
    found = points(quality(stats, publish(stats, tmp_path, "schools", **meta)))
    assert found["coverage"] == (5, 10) and found["contact_point"] == (2, 5)
    bare = {k: v for k, v in meta.items()
            if k not in ("temporal_start", "temporal_end", "contact_point")}
    found = points(quality(stats, publish(stats, tmp_path, "schools", **bare)))
    assert found["coverage"] == (0, 10) and found["contact_point"] == (0, 5)


@pytest.mark.parametrize(("license", "earned"), [
    ("CC-BY-4.0", 10), ("CC0-1.0", 10), ("ODbL-1.0", 10), ("CC-BY-NC-4.0", 0),
    ("政府数据使用协议", 0)])
def test_an_open_licence(stats, tmp_path, license: str, earned: int) -> None:
    found = quality(stats, publish(stats, tmp_path, "schools", **{**COMPLETE,
                                                                  "license": license}))
    criterion = next(c for c in found.criteria if c.key == "license")
    assert criterion.points == earned
    assert (criterion.fix is None) == (earned == 10)


def test_timeliness_against_the_declared_frequency(stats, tmp_path) -> None:
    name = publish(stats, tmp_path, "schools", **{**COMPLETE, "update_frequency": "每月"})
    # monthly: 31 days after 2026-10-01, and a day's grace
    on_time = quality(stats, name, D(2026, 11, 2))
    assert points(on_time)["timeliness"] == (15, 15) and not on_time.timeliness.overdue
    assert on_time.timeliness.due == D(2026, 11, 2)
    late = quality(stats, name, D(2026, 11, 5))
    criterion = next(c for c in late.criteria if c.key == "timeliness")
    assert criterion.points == 0 and late.timeliness.overdue
    assert "was due by 2026-11-02, 3 days ago" in criterion.reason
    assert late.score == MAX_SCORE - 15
    assert late.to_dict()["overdue"] is True and late.to_dict()["next_update_due"] == \
        "2026-11-02"


def test_timeliness_of_irregular_undeclared_and_undated_datasets(stats, tmp_path) -> None:
    irregular = publish(stats, tmp_path, "irregular", **{**COMPLETE,
                                                        "update_frequency": "不定期"})
    assert points(quality(stats, irregular, D(2030, 1, 1)))["timeliness"] == (15, 15)
    undeclared = {k: v for k, v in COMPLETE.items() if k != "update_frequency"}
    found = points(quality(stats, publish(stats, tmp_path, "undeclared", **undeclared)))
    assert found["update_frequency"] == (0, 5) and found["timeliness"] == (0, 15)
    # no modified date: the day its revision was published
    undated = {k: v for k, v in COMPLETE.items() if k != "modified"}
    undated["update_frequency"] = "weekly"
    name = publish(stats, tmp_path, "undated", **undated)
    published_on(stats, name, D(2026, 10, 10))
    assert quality(stats, name, D(2026, 10, 18)).timeliness.due == D(2026, 10, 18)
    assert not quality(stats, name, D(2026, 10, 18)).timeliness.overdue
    assert quality(stats, name, D(2026, 10, 19)).timeliness.overdue


def test_formats_schema_validation_and_downloads(stats, tmp_path) -> None:
    pdf = IntakeLink("https://www.example.gov.cn/schools.pdf", "统计公报", format="PDF")
    found = points(quality(stats, publish(stats, tmp_path, "mixed", links=(pdf,), **COMPLETE)))
    # one CSV table (read, validated, a Table Schema, served) and one PDF link
    assert found["formats"] == (5, 10) and found["schema"] == (2, 5)
    assert found["validation"] == (2, 5) and found["downloads"] == (5, 10)
    csv = IntakeLink("https://www.example.gov.cn/schools.csv", "学校名录", format="CSV")
    found = points(quality(stats, publish(stats, tmp_path, "links", text=None,
                                          links=(csv,), **COMPLETE)))
    # a CSV left at its source: machine-readable, but neither checked nor served
    assert found["formats"] == (10, 10) and found["schema"] == (0, 5)
    assert found["validation"] == (0, 5) and found["downloads"] == (0, 10)


def test_the_api_and_ckan_show_the_score(stats, tmp_path) -> None:
    from api.app import create_app
    from catalog.clock import china_today

    publish(stats, tmp_path, "schools", **{**COMPLETE, "license": "CC-BY-NC-4.0"})
    client = create_app(stats).test_client()
    shown = client.get("/api/v1/datasets/schools").get_json()["quality"]
    expected = quality(stats, "schools", china_today()).to_dict()
    assert shown == expected and shown["as_of"] == china_today().isoformat()
    assert next(c for c in shown["criteria"] if c["key"] == "license")["points"] == 0
    listed = client.get("/api/v1/datasets").get_json()["data"][0]["quality"]
    assert listed == expected
    package = client.get("/api/3/action/package_show?id=schools").get_json()["result"]
    extras = {e["key"]: e["value"] for e in package["extras"]}
    assert extras["quality_score"] == str(expected["score"])
