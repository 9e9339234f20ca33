"""Privacy review: held revisions are listed, shown masked, approved or rejected — audited."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from catalog import pipeline
from catalog.errors import CatalogError, NotFound
from catalog.intake import IntakeRecord, IntakeResource
from catalog.models import AuditEvent, Dataset, RevisionStatus
from catalog.review import approve, list_held, reject, review_detail
from catalog.search import SearchQuery
from privacy import Screener
from publishers.services import add_publisher

PEOPLE = "姓名,手机号,区县\n张伟,13812345678,朝阳区\n李秀英,13987654321,海淀区\n"


@pytest.fixture
def strict(catalog, screener):
    """A catalog whose screen sends every finding to review."""
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

    approve(strict, "people", actor="reviewer-a", note="masked columns are fine")
    assert list_held(strict) == []
    assert strict.search.search(SearchQuery(q="低保")).total == 1
    with strict.sessions() as session:
        dataset = session.scalar(select(Dataset).where(Dataset.name == "people"))
        assert dataset.current_revision.decided_by == "reviewer-a"
        assert dataset.current_revision.privacy_status == "approved"
        event = session.scalar(select(AuditEvent))
        assert (event.actor, event.action) == ("reviewer-a", "review.approve")


def test_rejection_keeps_the_previous_revision(strict, tmp_path: Path) -> None:
    publish(strict, tmp_path)
    approve(strict, "people", actor="a")
    publish(strict, tmp_path, PEOPLE + "王芳,13700001111,东城区\n")
    with pytest.raises(CatalogError, match="reason"):
        reject(strict, "people", actor="b")
    reject(strict, "people", actor="b", note="another column must be dropped first")
    with strict.sessions() as session:
        dataset = session.scalar(select(Dataset).where(Dataset.name == "people"))
        assert dataset.current_revision.number == 1
        assert [r.status for r in dataset.revisions] == ["published", "rejected"]
        actions = [e.action for e in session.scalars(select(AuditEvent).order_by(AuditEvent.at))]
    assert actions == ["review.approve", "review.reject"]
    with pytest.raises(NotFound):
        approve(strict, "people", actor="a")
