"""Privacy review: held revisions are listed, shown masked, approved or rejected — audited."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from catalog import pipeline
from catalog.actor import Actor
from catalog.errors import CatalogError, NotFound
from catalog.intake import IntakeRecord, IntakeResource
from catalog.models import AuditEvent, Dataset, Publisher, RevisionStatus
from catalog.review import approve, list_held, reject, review_detail
from catalog.search import SearchQuery
from privacy import Screener
from publishers.services import add_publisher

REVIEWER = Actor("reviewer", "privacy_reviewer", "cli")

PEOPLE = "姓名,手机号,区县\n张伟,13812345678,朝阳区\n李秀英,13987654321,海淀区\n"


@pytest.fixture(params=["sqlite", "postgresql"])
def strict(request, screener):
    """A catalog whose screen sends every finding to review, on each store (PostgreSQL when
    GOVCAT_TEST_POSTGRES names a server: see tests/conftest.py)."""
    catalog = request.getfixturevalue("catalog" if request.param == "sqlite" else "pg_catalog")
    catalog._screener = Screener(screener.analyzer, review_threshold=1.01)
    add_publisher(catalog, "civil", "示例市民政局")
    return catalog


def publish(catalog, tmp_path: Path, text: str = PEOPLE):
    path = tmp_path / "people.csv"
    path.write_text(text, encoding="utf-8")
    record = IntakeRecord(
        {"name": "people", "title": "低保对象名单"}, (IntakeResource(path, path.name),), str(path)
    )
    return pipeline.publish(catalog, record, publisher_code="civil")


def test_held_revision_is_not_public_until_approved(strict, tmp_path: Path) -> None:
    outcome = publish(strict, tmp_path)
    assert outcome.status == RevisionStatus.HELD
    assert strict.search.search(SearchQuery()).total == 0
    held = list_held(strict)
    assert [h["dataset"] for h in held] == ["people"]
    assert held[0]["needs_review"] >= 2

    detail = review_detail(strict, "people")
    text = str(detail)
    for value in ("张伟", "李秀英", "13812345678", "13987654321"):
        assert value not in text
    examples = [e for f in detail["findings"] for e in f["examples"]]
    assert "row 1: 138****5678" in examples and "row 1: 张*" in examples

    approve(strict, "people", actor=REVIEWER, note="masked columns are fine")
    assert list_held(strict) == []
    assert strict.search.search(SearchQuery(q="低保")).total == 1
    with strict.sessions() as session:
        dataset = session.scalar(select(Dataset).where(Dataset.name == "people"))
        assert dataset.current_revision.decided_by == "reviewer"
        assert dataset.current_revision.privacy_status == "approved"
        event = session.scalar(select(AuditEvent).where(AuditEvent.action == "review.approve"))
        assert (event.actor, event.role, event.channel) == ("reviewer", "privacy_reviewer",
                                                            "cli")


def test_rejection_keeps_the_previous_revision(strict, tmp_path: Path) -> None:
    publish(strict, tmp_path)
    approve(strict, "people", actor=REVIEWER)
    publish(strict, tmp_path, PEOPLE + "王芳,13700001111,东城区\n")
    with pytest.raises(CatalogError, match="reason"):
        reject(strict, "people", actor=REVIEWER)
    reject(strict, "people", actor=REVIEWER, note="another column must be dropped first")
    with strict.sessions() as session:
        dataset = session.scalar(select(Dataset).where(Dataset.name == "people"))
        assert dataset.current_revision.number == 1
        assert [r.status for r in dataset.revisions] == ["published", "rejected"]
        actions = [e.action for e in session.scalars(select(AuditEvent).order_by(AuditEvent.at))
                   if e.action.startswith("review.")]
    assert actions == ["review.approve", "review.reject"]
    with pytest.raises(NotFound):
        approve(strict, "people", actor=REVIEWER)


def test_a_finding_declared_not_personal_is_kept_by_the_next_publish(strict, tmp_path) -> None:
    stops = "站序,说明\n1,白杨同志来访\n2,文新同志来访\n3,白杨同志来访\n"
    publish(strict, tmp_path, stops)
    detail = review_detail(strict, "people")
    person = next(f for f in detail["findings"] if f["entity"] == "PERSON")
    assert person["may_be_not_personal"] and "白杨" not in str(detail)

    reject(strict, "people", actor=REVIEWER, not_personal=[person["number"]])
    with strict.sessions() as session:
        policy = session.scalar(select(Publisher.privacy_policy).where(Publisher.code == "civil"))
        events = session.scalars(select(AuditEvent.action)).all()
    assert len(policy["allow_digests"]) == 2  # 白杨 and 文新, as digests
    assert "白杨" not in json.dumps(policy, ensure_ascii=False)
    assert {"review.reject", "review.not_personal"} <= set(events)

    again = publish(strict, tmp_path, stops)  # same file: screened anew under the new policy
    assert again.revision == 2
    assert not [f for f in again.findings if f["entity"] == "PERSON"]


def test_not_personal_needs_findings_of_names_or_addresses(strict, tmp_path) -> None:
    publish(strict, tmp_path)
    detail = review_detail(strict, "people")
    column = next(f for f in detail["findings"] if f["scope"] == "column")
    with pytest.raises(CatalogError, match="cannot be declared not personal"):
        reject(strict, "people", actor=REVIEWER, not_personal=[column["number"]])
    with pytest.raises(CatalogError, match="no finding 99"):
        reject(strict, "people", actor=REVIEWER, not_personal=[99])
    assert [h["dataset"] for h in list_held(strict)] == ["people"]  # nothing was decided
