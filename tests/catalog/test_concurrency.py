"""Concurrent publishes of one dataset, in real processes, keep its history consistent."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest
from sqlalchemy import select

from api.store import open_catalog
from catalog import pipeline
from catalog.intake import IntakeRecord, IntakeResource
from catalog.models import Dataset, Revision, RevisionStatus
from publishers.services import add_publisher

ROUNDS = 12


def _publish_rounds(settings, screener, folder: Path, worker: int, barrier) -> None:
    """One process: ROUNDS publishes of dataset T, each started together with the other's."""
    catalog = open_catalog(settings, screener)
    try:
        for round_ in range(ROUNDS):
            path = folder / f"{worker}-{round_}.csv"
            path.write_text(f"区县,人数\n朝阳区,{worker * 100 + round_}\n", encoding="utf-8")
            record = IntakeRecord({"title": "T"}, (IntakeResource(path, "t.csv"),), str(path))
            barrier.wait(timeout=60)
            pipeline.publish(catalog, record, publisher_code="stats")
    finally:
        catalog.close()


@pytest.mark.parametrize("existing", [True, False], ids=["existing-dataset", "new-dataset"])
def test_racing_publishes_number_revisions_once_and_publish_one(catalog, tmp_path,
                                                                existing) -> None:
    _race(catalog, tmp_path, existing)


@pytest.mark.parametrize("existing", [True, False], ids=["existing-dataset", "new-dataset"])
def test_racing_publishes_on_postgresql(pg_catalog, tmp_path, existing) -> None:
    """The same race on PostgreSQL, where rows are locked FOR UPDATE instead."""
    _race(pg_catalog, tmp_path, existing)


def _race(catalog, tmp_path: Path, existing: bool) -> None:
    add_publisher(catalog, "stats", "示例市统计局")
    catalog.screener.scanner.preload()  # loaded once here, shared by the forked processes
    first = 0
    if existing:
        path = tmp_path / "first.csv"
        path.write_text("区县,人数\n朝阳区,1\n", encoding="utf-8")
        record = IntakeRecord({"title": "T"}, (IntakeResource(path, "t.csv"),), str(path))
        first = pipeline.publish(catalog, record, publisher_code="stats").revision
    context = multiprocessing.get_context("fork")
    barrier = context.Barrier(2)
    workers = [
        context.Process(target=_publish_rounds,
                        args=(catalog.settings, catalog.screener, tmp_path, n, barrier))
        for n in (1, 2)
    ]
    for process in workers:
        process.start()
    for process in workers:
        process.join(timeout=300)
        assert process.exitcode == 0
    with catalog.sessions() as session:
        datasets = session.scalars(select(Dataset)).all()
        assert len(datasets) == 1, "both processes must publish into the same dataset"
        revisions = session.scalars(select(Revision).order_by(Revision.number)).all()
        assert [r.number for r in revisions] == list(range(1, first + 2 * ROUNDS + 1))
        published = [r.id for r in revisions if r.status == RevisionStatus.PUBLISHED]
        assert published == [datasets[0].current_revision_id] == [revisions[-1].id]
        assert all(r.status == RevisionStatus.SUPERSEDED for r in revisions[:-1])
