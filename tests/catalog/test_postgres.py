"""The store on PostgreSQL (GOVCAT_DATABASE_URL): the same migrations, publishes and reviews."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select

from catalog import db, pipeline
from catalog.intake import IntakeRecord, IntakeResource
from catalog.models import AuditEvent, Base, Dataset, RevisionStatus
from catalog.review import approve, list_held, review_detail
from catalog.search import SearchQuery
from privacy import Screener
from publishers.services import add_publisher


def test_migrations_create_the_models_schema_on_postgresql(postgres_url: str) -> None:
    engine = db.make_engine(postgres_url)
    try:
        db.upgrade(engine)
        with engine.connect() as connection:
            assert connection.dialect.name == "postgresql"
            diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
        assert diff == []
        assert db.schema_is_current(engine)
        db.upgrade(engine)  # again: nothing to do
    finally:
        engine.dispose()


def test_publish_hold_and_approve_on_postgresql(pg_catalog, screener, tmp_path: Path) -> None:
    pg_catalog._screener = Screener(screener.analyzer, review_threshold=1.01)
    add_publisher(pg_catalog, "civil", "示例市民政局")
    path = tmp_path / "people.csv"
    path.write_text("姓名,手机号,区县\n张伟,13812345678,朝阳区\n", encoding="utf-8")
    record = IntakeRecord({"name": "people", "title": "低保对象名单"},
                          (IntakeResource(path, path.name),), str(path))
    outcome = pipeline.publish(pg_catalog, record, publisher_code="civil")
    assert outcome.status == RevisionStatus.HELD
    assert [h["dataset"] for h in list_held(pg_catalog)] == ["people"]
    assert "张伟" not in str(review_detail(pg_catalog, "people"))

    approve(pg_catalog, "people", actor="reviewer", note="checked")
    assert list_held(pg_catalog) == []
    assert pg_catalog.search.search(SearchQuery(q="低保")).total == 1
    with pg_catalog.sessions() as session:
        dataset = session.scalar(select(Dataset).where(Dataset.name == "people"))
        assert dataset.current_revision.privacy_status == "approved"
        assert "review.approve" in session.scalars(select(AuditEvent.action)).all()
