"""Publishes written a batch at a time (catalog.pipeline.Publication): each dataset stays
atomic, a refused one is written alone, and the same dataset twice is written in order."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from catalog import pipeline
from catalog.errors import CatalogError
from catalog.intake import IntakeLink, IntakeRecord, IntakeResource
from catalog.models import Dataset, Revision, RevisionStatus
from catalog.search import SearchQuery
from catalog.withdrawal import withdraw
from harvesters.jobs import add_source
from publishers.services import add_publisher

TABLE = "区县,学校数\n东城区,51\n西城区,62\n"


@pytest.fixture(params=["sqlite", "postgresql"])
def stats(request):
    """A catalog with two publishers, on each store (PostgreSQL when a server is given)."""
    catalog = request.getfixturevalue("catalog" if request.param == "sqlite" else "pg_catalog")
    add_publisher(catalog, "stats", "示例市统计局")
    add_publisher(catalog, "health", "示例市卫生健康委员会")
    return catalog


def record(folder: Path, name: str, text: str = TABLE) -> IntakeRecord:
    path = folder / f"{name}.csv"
    path.write_text(text, encoding="utf-8")
    return IntakeRecord({"title": name, "name": name}, (IntakeResource(path, path.name),),
                        str(path))


def revisions(catalog, name: str) -> list[tuple[int, str]]:
    with catalog.sessions() as session:
        return [(r.number, r.status) for r in session.scalars(
            select(Revision).join(Dataset, Revision.dataset_id == Dataset.id)
            .where(Dataset.name == name).order_by(Revision.number))]


def links(name: str) -> IntakeRecord:
    """A record whose resources are links: nothing of it is looked up before it is written."""
    return IntakeRecord({"title": name, "name": name}, (), name,
                        links=(IntakeLink(f"https://example.org/{name}.pdf", f"{name}.pdf"),))


def test_a_batch_is_written_together_and_a_refused_record_alone(stats, tmp_path) -> None:
    pipeline.publish(stats, record(tmp_path, "population"), publisher_code="health")
    with pipeline.Publication(stats, batch=10) as publication:
        tickets = [publication.add(links(name), publisher_code="stats")
                   for name in ("schools", "population", "hospitals")]
        assert not any(t.done for t in tickets)  # waiting for their batch
    schools, taken, hospitals = tickets
    assert schools.result().status == hospitals.result().status == RevisionStatus.PUBLISHED
    with pytest.raises(CatalogError, match="already used by another publisher"):
        taken.result()
    assert revisions(stats, "schools") == revisions(stats, "hospitals") == [(1, "published")]
    assert stats.search.search(SearchQuery()).total == 3


def test_a_failure_while_a_batch_is_written_leaves_every_dataset_as_it_was(
    stats, tmp_path, monkeypatch
) -> None:
    for name in ("schools", "hospitals"):
        pipeline.publish(stats, record(tmp_path, name), publisher_code="stats")
    indexed = stats.search.indexed_revisions()
    calls = []

    def crash_on_the_second(*args, **kwargs):
        calls.append(args)
        if len(calls) == 2:
            raise RuntimeError("power cut")

    monkeypatch.setattr(pipeline, "make_current", crash_on_the_second)
    with pytest.raises(RuntimeError), pipeline.Publication(stats, batch=2) as publication:
        for name in ("schools", "hospitals"):
            publication.add(record(tmp_path, name, TABLE + "朝阳区,99\n"), publisher_code="stats")
    for name in ("schools", "hospitals"):  # the first's new revision went with the second's
        assert revisions(stats, name) == [(1, "published")]
    assert stats.search.indexed_revisions() == indexed


def test_the_same_dataset_twice_in_a_job_is_written_in_order(stats, tmp_path) -> None:
    with pipeline.Publication(stats, batch=10) as publication:
        first = publication.add(record(tmp_path, "schools"), publisher_code="stats")
        again = publication.add(record(tmp_path, "schools"), publisher_code="stats")
        changed = publication.add(record(tmp_path, "schools", TABLE + "朝阳区,99\n"),
                                  publisher_code="stats")
    assert first.result().revision == 1
    assert again.result().status == "unchanged" and again.result().revision == 1
    assert changed.result().revision == 2
    assert revisions(stats, "schools") == [(1, "superseded"), (2, "published")]


def test_an_unchanged_record_of_links_restores_its_withdrawn_dataset(stats, tmp_path) -> None:
    folder = tmp_path / "drop"
    folder.mkdir()
    source = add_source(stats, "drop", "directory", "stats", {"path": str(folder)})
    linked = IntakeRecord({"title": "Bus routes", "name": "bus-routes"}, (), "remote",
                          source_key="routes", links=(IntakeLink("https://example.org/r.pdf",
                                                                 "routes.pdf"),))
    first = pipeline.publish(stats, linked, publisher_code="stats", source_id=source.id)
    withdraw(stats, [first.dataset_id], "no longer at source drop")
    assert stats.search.search(SearchQuery()).total == 0
    with pipeline.Publication(stats, batch=10) as publication:
        ticket = publication.add(linked, publisher_code="stats", source_id=source.id)
    outcome = ticket.result()
    assert (outcome.status, outcome.revision, outcome.restored) == ("unchanged", 1, True)
    with stats.sessions() as session:
        assert session.get(Dataset, first.dataset_id).withdrawn_at is None
    assert stats.search.search(SearchQuery()).ids == [first.dataset_id]
