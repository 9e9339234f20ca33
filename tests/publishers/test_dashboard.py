"""A publisher's dashboard (publishers/dashboard.py) on a catalog whose datasets, findings and
disclosure requests are known, on a fixed day; nothing personal ever shows in it."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from api.app import create_app
from api.cli import main
from catalog import pipeline
from catalog.actor import Actor
from catalog.crosswalk.ckan import CkanDataset, from_ckan, to_ckan
from catalog.db import transaction
from catalog.intake import IntakeRecord, IntakeResource
from catalog.metadata import MetadataError, load_metadata
from catalog.models import Dataset, Revision, RevisionStatus
from catalog.quality import revision_quality
from catalog.queries import read_one_published
from catalog.withdrawal import withdraw
from publishers import requests as rq
from publishers.dashboard import publisher_dashboard
from publishers.services import add_publisher
from tests.support.workdays import OFF_2026, WORKED_2026, counted

D = dt.date
TODAY = D(2026, 12, 3)
OFFICER = Actor("li.na", "site_admin", "cli")
TABLE = "区县,学校数\n东城区,51\n西城区,62\n"
# what the screen finds and masks, and what applicants give: none of it may show
PEOPLE = "姓名,手机号码,区县\n张伟,13812345678,东城区\n李秀英,13987654321,西城区\n" \
         "王建国,13700001111,东城区\n"
PLANTED = ("张伟", "李秀英", "王建国", "13812345678", "13987654321", "13700001111",
           "欧阳娜娜", "13600001234", "ouyang@example.com", "司马光", "请公开")


def publish(catalog, folder: Path, name: str, text: str = TABLE, publisher: str = "stats",
            **metadata: Any) -> str:
    path = folder / f"{name}.csv"
    path.write_text(text, encoding="utf-8")
    record = IntakeRecord({"name": name, "title": name, **metadata},
                          (IntakeResource(path, path.name),), name)
    outcome = pipeline.publish(catalog, record, publisher_code=publisher)
    assert outcome.status == RevisionStatus.PUBLISHED, outcome
    return outcome.dataset_id


def published_on(catalog, dataset_id: str, day: dt.date, number: int | None = None) -> None:
    """Date a revision (the current one, or revision `number`) as published on `day`."""
    with transaction(catalog.sessions) as session:
        query = select(Revision).where(Revision.dataset_id == dataset_id)
        query = query.where(Revision.number == number) if number else query.join(
            Dataset, Dataset.current_revision_id == Revision.id)
        session.scalar(query).decided_at = dt.datetime(day.year, day.month, day.day, 4,
                                                       tzinfo=dt.UTC)


def request(catalog, received: dt.date, publisher: str = "stats") -> str:
    return rq.add_request(catalog, OFFICER, received=received, applicant_type="natural_person",
                          content="请公开司马光的住址和电话", publisher=publisher,
                          applicant_name="欧阳娜娜",
                          applicant_contact="13600001234 ouyang@example.com",
                          today=TODAY)["id"]


@pytest.fixture
def department(catalog, tmp_path: Path):
    """stats' datasets, findings and requests (see each line); health's are not counted."""
    add_publisher(catalog, "stats", "示例市统计局")
    add_publisher(catalog, "health", "示例市卫生健康委员会")
    publish(catalog, tmp_path, "overdue-monthly", update_frequency="monthly",
            modified="2026-09-01")  # due 2026-10-03: 61 days overdue on 2026-12-03
    publish(catalog, tmp_path, "annual", update_frequency="annual", modified="2026-06-01")
    publish(catalog, tmp_path, "conditional", open_condition="conditional",
            legal_basis="article_15", update_frequency="irregular")
    publish(catalog, tmp_path, "closed", open_condition="不予开放", legal_basis="第十四条")
    publish(catalog, tmp_path, "people", PEOPLE)
    published_on(catalog, publish(catalog, tmp_path, "formed-ok", formed="2026-09-20"),
                 D(2026, 10, 16))
    published_on(catalog, publish(catalog, tmp_path, "formed-late", formed="2026-09-01"),
                 D(2026, 10, 16))
    changed = publish(catalog, tmp_path, "formed-changed", formed="2026-09-01")
    published_on(catalog, changed, D(2026, 9, 10))
    publish(catalog, tmp_path, "formed-changed", TABLE + "南城区,7\n", formed="2026-09-01")
    published_on(catalog, changed, D(2026, 11, 20))
    gone = publish(catalog, tmp_path, "gone", PEOPLE, update_frequency="daily")
    withdraw(catalog, [gone], "no longer at source")
    publish(catalog, tmp_path, "health-people", PEOPLE, publisher="health",
            update_frequency="daily", modified="2026-01-01")

    on_time = request(catalog, D(2026, 10, 9))
    rq.answer(catalog, OFFICER, on_time, outcome_code="disclosed", on=D(2026, 10, 20))
    late = request(catalog, D(2026, 9, 1))
    rq.answer(catalog, OFFICER, late, outcome_code="partly_disclosed", on=D(2026, 10, 30))
    request(catalog, D(2026, 10, 12))  # open, overdue
    request(catalog, D(2026, 12, 1))  # open, due in December
    lapsed = request(catalog, D(2026, 10, 12))  # no correction in time: withdrawn
    rq.ask_correction(catalog, OFFICER, lapsed, items="请写明年份", within=5, on=D(2026, 10, 13))
    request(catalog, D(2026, 10, 12), publisher="health")
    return catalog


def test_the_requests_are_what_the_fixture_says() -> None:
    """The fixture's requests, against deadlines counted here (not by publishers.calendar)."""
    assert D(2026, 10, 20) <= counted(D(2026, 10, 9), 20) == D(2026, 11, 5)
    assert D(2026, 10, 30) > counted(D(2026, 9, 1), 20) == D(2026, 9, 29)
    assert counted(D(2026, 10, 12), 20) < TODAY <= counted(D(2026, 12, 1), 20)
    assert counted(D(2026, 10, 13), 5) < TODAY


def test_datasets_by_open_condition_and_overdue_updates(department) -> None:
    found = publisher_dashboard(department, "stats", today=TODAY)
    assert found["publisher"] == {"code": "stats", "name": "示例市统计局", "name_en": None}
    assert found["as_of"] == "2026-12-03"
    assert found["datasets"] == {"total": 8, "by_open_condition": [
        {"open_condition": "unconditional", "label": "无条件开放", "count": 6},
        {"open_condition": "conditional", "label": "有条件开放", "count": 1},
        {"open_condition": "not_open", "label": "不予开放", "count": 1}]}
    assert found["overdue_updates"] == {"count": 1, "datasets": [
        {"name": "overdue-monthly", "title": "overdue-monthly", "update_frequency": "monthly",
         "last_updated": "2026-09-01", "due": "2026-10-03", "days_overdue": 61}]}
    # 366 days and a day after its update, the annual one is overdue too
    later = publisher_dashboard(department, "stats", today=D(2027, 6, 4))
    assert [d["name"] for d in later["overdue_updates"]["datasets"]] == [
        "overdue-monthly", "annual"]


def test_the_quality_distribution(department) -> None:
    found = publisher_dashboard(department, "stats", today=TODAY)["quality"]
    names = ("overdue-monthly", "annual", "conditional", "closed", "people", "formed-ok",
             "formed-late", "formed-changed")
    scores = sorted(read_one_published(department, name, lambda d: revision_quality(
        d.current_revision, TODAY).score) for name in names)
    assert found["datasets"] == 8
    assert found["mean"] == round(sum(scores) / 8, 1)
    assert found["median"] == (scores[3] + scores[4]) / 2
    histogram = found["histogram"]
    assert [(b["from"], b["to"]) for b in histogram] == [
        (0, 9), (10, 19), (20, 29), (30, 39), (40, 49), (50, 59), (60, 69), (70, 79),
        (80, 89), (90, 100)]
    assert sum(b["count"] for b in histogram) == 8
    for bucket in histogram:
        assert bucket["count"] == sum(1 for s in scores if bucket["from"] <= s <= bucket["to"])
    timeliness = next(c for c in found["criteria"] if c["key"] == "timeliness")
    # only the annual and the irregular datasets earn it: the others are overdue or declare
    # no frequency
    assert timeliness["datasets_short"] == 6 and timeliness["max"] == 15
    assert timeliness["mean_points"] == round(2 * 15 / 8, 1)


def test_privacy_findings_by_kind_are_counts(department) -> None:
    found = publisher_dashboard(department, "stats", today=TODAY)["privacy_findings"]
    kinds = {kind["entity"]: kind for kind in found["by_kind"]}
    assert kinds["PERSON"]["occurrences"] == 3 and kinds["PERSON"]["datasets"] == 1
    assert kinds["CN_MOBILE"]["occurrences"] == 3 and kinds["CN_MOBILE"]["datasets"] == 1
    assert found["total"] == sum(kind["findings"] for kind in found["by_kind"])
    assert all(set(kind) == {"entity", "findings", "occurrences", "datasets"}
               for kind in found["by_kind"])


def test_disclosure_requests_on_a_fixed_day(department) -> None:
    found = publisher_dashboard(department, "stats", today=TODAY)["requests"]
    assert found == {"received": 5, "answered": 2, "answered_on_time": 1, "answered_late": 1,
                     "withdrawn": 1, "open": 2, "open_overdue": 1, "provisional": False}
    # before the open one's last day, nothing is overdue; the lapsed one was still waiting
    early = publisher_dashboard(department, "stats", today=D(2026, 10, 14))["requests"]
    assert early["open_overdue"] == 0 and early["withdrawn"] == 0
    assert publisher_dashboard(department, "health", today=TODAY)["requests"]["received"] == 1


def working_days_between(after: dt.date, until: dt.date) -> int:
    day, n = after, 0
    while day < until:
        day += dt.timedelta(days=1)
        n += day in WORKED_2026 or (day.weekday() < 5 and day not in OFF_2026)
    return n


def test_proactive_disclosure_within_20_working_days(department) -> None:
    found = publisher_dashboard(department, "stats", today=TODAY)["proactive_disclosure"]
    # formed-ok: formed on a worked Sunday, due counted over 国庆; formed-changed: its first
    # revision with that formation date was disclosed in time, a later one does not count
    assert counted(D(2026, 9, 20), 20) == D(2026, 10, 23) >= D(2026, 10, 16)
    assert counted(D(2026, 9, 1), 20) == D(2026, 9, 29)
    assert found["datasets_with_formation_date"] == 3
    assert found["datasets_without_formation_date"] == 5
    assert found["within_20_working_days"] == 2 and found["late"] == 1
    assert found["share_within"] == round(2 / 3, 3) and found["provisional"] is False
    assert found["late_datasets"] == [{
        "name": "formed-late", "title": "formed-late", "formed": "2026-09-01",
        "due": "2026-09-29", "disclosed": "2026-10-16",
        "working_days_late": working_days_between(D(2026, 9, 29), D(2026, 10, 16))}]
    assert found["late_datasets"][0]["working_days_late"] == 9


def test_nothing_personal_shows(department) -> None:
    found = publisher_dashboard(department, "stats", today=TODAY)
    text = json.dumps(found, ensure_ascii=False)
    codes = [v["receipt_code"] for v in rq.list_requests(department, today=TODAY)]
    for planted in (*PLANTED, *codes):
        assert planted not in text
    client = create_app(department).test_client()
    answer = client.get("/api/v1/publishers/stats/dashboard")
    assert answer.status_code == 200
    served = answer.get_data(as_text=True)
    for planted in (*PLANTED, *codes):
        assert planted not in served
    assert answer.get_json()["requests"]["received"] == 5
    assert client.get("/api/v1/publishers/nope/dashboard").status_code == 404
    assert client.get("/api/v1/publishers/stats/dashboard?year=2026").status_code == 400


def test_the_formation_date_is_a_field_of_the_standard() -> None:
    assert str(load_metadata({"title": "t", "formed": "2026-09-01"})["formed"]) == "2026-09-01"
    with pytest.raises(MetadataError, match="did you mean 'formed'"):
        load_metadata({"title": "t", "形成日期": "2026-09-01"})
    package = to_ckan(CkanDataset(remote_id="x", metadata={"title": "t", "name": "t",
                                                           "formed": "2026-09-01"}))
    assert {"key": "formed", "value": "2026-09-01"} in package["extras"]
    assert from_ckan(package).metadata["formed"] == "2026-09-01"


def test_the_command(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("GOVCAT_HOME", str(tmp_path / "home"))
    for name in ("GOVCAT_DATABASE_URL", "GOVCAT_SEARCH_URL", "GOVCAT_HOLIDAYS"):
        monkeypatch.delenv(name, raising=False)
    runner = CliRunner()

    def run(*args: str, code: int = 0):
        result = runner.invoke(main, list(args), catch_exceptions=False)
        assert result.exit_code == code, result.output
        return result

    run("init")
    run("publisher", "add", "stats", "示例市统计局")
    table = tmp_path / "schools.csv"
    table.write_text(TABLE, encoding="utf-8")
    run("publish", str(table), "--publisher", "stats", "--title", "中小学校数量")
    found = json.loads(run("publisher", "dashboard", "stats", "--json").stdout)
    assert found["datasets"]["total"] == 1 and found["quality"]["datasets"] == 1
    text = run("publisher", "dashboard", "stats").stdout
    assert "datasets: 1 (无条件开放 1, 有条件开放 0, 不予开放 0)" in text
    assert "disclosure requests: 0 received" in text
    failed = run("publisher", "dashboard", "nope", code=1)
    assert "publisher 'nope' not found" in failed.output
