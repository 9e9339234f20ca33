"""Unbounded inputs: refused by the pipeline with one clear line, and indexed in bounded memory."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest
from sqlalchemy import select

from api.store import init_catalog
from catalog import pipeline
from catalog.indexing import reindex, search_document
from catalog.intake import IntakeRecord, IntakeResource
from catalog.models import Dataset, Publisher, Resource, Revision, RevisionStatus
from catalog.search import SearchQuery
from catalog.settings import Settings
from publishers.services import add_publisher


def record(path: Path, title: str = "宽表") -> IntakeRecord:
    return IntakeRecord({"title": title}, (IntakeResource(path, path.name),), str(path))


def test_a_50_mb_header_is_refused_and_nothing_is_published(catalog, tmp_path) -> None:
    add_publisher(catalog, "stats", "示例市统计局")
    path = tmp_path / "wide.csv"
    path.write_text(",".join(f"列{i}" for i in range(8_000_000)) + "\n1\n", encoding="utf-8")
    catalog.screener.scanner.preload()  # built before memory is traced
    tracemalloc.start()
    outcome = pipeline.publish(catalog, record(path), publisher_code="stats")
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert outcome.status == RevisionStatus.INVALID
    [error] = outcome.validations[0].errors
    assert error.type == "limit-error"
    assert error.message == ("Limit Exceeded: line 1: the header is over 65,536 bytes, over the "
                             "limit of 65,536 (GOVCAT_MAX_HEADER_BYTES)")
    assert peak < 16 << 20
    assert catalog.search.search(SearchQuery()).total == 0


def test_rows_beyond_the_limit_stop_validation(tmp_path) -> None:
    settings = Settings.from_env({"GOVCAT_MAX_ROWS": "100"}, home=str(tmp_path / "home"))
    catalog = init_catalog(settings)
    try:
        add_publisher(catalog, "stats", "示例市统计局")
        path = tmp_path / "long.csv"
        path.write_text("编号\n" + "".join(f"{i}\n" for i in range(1000)), encoding="utf-8")
        outcome = pipeline.publish(catalog, record(path), publisher_code="stats")
        assert outcome.status == RevisionStatus.INVALID
        assert [e.message for e in outcome.validations[0].errors] == [
            "Limit Exceeded: more than 100 rows (GOVCAT_MAX_ROWS)"]
    finally:
        catalog.close()


def test_limit_settings_take_sizes_and_refuse_nonsense(tmp_path) -> None:
    settings = Settings.from_env({"GOVCAT_MAX_HEADER_BYTES": "16K", "GOVCAT_MAX_LINE_BYTES": "2M",
                                  "GOVCAT_MAX_UNZIPPED_BYTES": "1G"}, home=str(tmp_path))
    limits = settings.table_limits
    assert (limits.header_bytes, limits.line_bytes, limits.unzipped_bytes) == (
        16 << 10, 2 << 20, 1 << 30)
    from catalog.settings import SettingsError

    with pytest.raises(SettingsError, match="GOVCAT_MAX_CELL_BYTES"):
        Settings.from_env({"GOVCAT_MAX_CELL_BYTES": "lots"}, home=str(tmp_path))
    with pytest.raises(SettingsError, match="GOVCAT_MAX_ROWS"):
        Settings.from_env({"GOVCAT_MAX_ROWS": "0"}, home=str(tmp_path))


def _published_dataset(session, n: int, publisher: Publisher, text: str) -> None:
    dataset = Dataset(id=f"d{n:05d}", name=f"d{n:05d}", publisher=publisher)
    revision = Revision(dataset=dataset, number=1, status="published",
                        metadata_json={"title": f"数据{n}", "description": text},
                        provenance={}, validation_status="valid", privacy_status="clean")
    revision.resources.append(Resource(position=0, name="t.csv", format="CSV",
                                       media_type="text/csv", validation_status="valid",
                                       table_schema={"fields": [{"name": text[:5000]}]}))
    session.add_all([dataset, revision])
    session.flush()
    dataset.current_revision = revision


def test_indexed_text_is_capped_per_dataset(catalog) -> None:
    with catalog.sessions() as session:
        publisher = Publisher(code="p", name="p")
        _published_dataset(session, 1, publisher, "统计" * 200_000)
        session.commit()
        dataset = session.get(Dataset, "d00001")
        doc = search_document(dataset, dataset.current_revision, 1000)
    size = sum(len(t.encode("utf-8")) for t in (doc.title, doc.description, doc.extra_text))
    assert size <= 1000 and doc.description.startswith("统计")


class _CountingIndex:
    """A search backend that keeps only ids, so that only the store's side is measured."""

    def __init__(self) -> None:
        self.revisions: dict[str, int] = {}

    def rebuild(self, docs) -> int:
        self.revisions = {doc.id: doc.revision for doc in docs}
        return len(self.revisions)

    def indexed_revisions(self) -> dict[str, int]:
        return self.revisions

    def close(self) -> None:
        pass


def test_reindex_streams_the_store_in_constant_memory(catalog) -> None:
    """Peak memory does not grow with the number of datasets (the probe's reindex hit 15.7 GB)."""
    description = "人口统计年报" * 3000  # 54 KB each
    catalog.search = _CountingIndex()

    def add(first: int, last: int) -> None:
        with catalog.sessions() as session:
            publisher = session.scalar(select(Publisher)) or Publisher(code="p", name="p")
            for n in range(first, last):
                _published_dataset(session, n, publisher, description)
            session.commit()

    def peak_of_reindex() -> tuple[int, int]:
        tracemalloc.start()
        count = reindex(catalog)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        return count, peak

    add(0, 300)
    count, peak = peak_of_reindex()
    assert count == 300
    add(300, 1200)  # four times the datasets
    count, bigger = peak_of_reindex()
    assert count == 1200
    assert bigger < peak * 1.5, (peak, bigger)
