"""Keeping the search index in step with the store (which is the source of truth)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from catalog.models import Dataset, Revision
from catalog.search import SearchDocument

if TYPE_CHECKING:
    from catalog.context import Catalog

log = logging.getLogger(__name__)


def search_document(dataset: Dataset, revision: Revision) -> SearchDocument:
    """The searchable form of a published revision (its metadata is already screened)."""
    meta = revision.metadata_json
    columns = []
    for resource in revision.resources:
        for column in (resource.table_schema or {}).get("fields", []):
            columns.append(str(column.get("title") or column.get("name") or ""))
    extra = " ".join(
        [meta.get("title_en", ""), *(r.title or r.name for r in revision.resources), *columns]
    )
    return SearchDocument(
        id=dataset.id,
        name=dataset.name,
        revision=revision.number,
        title=meta.get("title", dataset.name),
        description=meta.get("description", ""),
        keywords=tuple(meta.get("keywords", ())),
        publisher=dataset.publisher.code,
        publisher_name=dataset.publisher.name,
        theme=meta.get("theme"),
        formats=tuple(sorted({r.format for r in revision.resources})),
        open_condition=meta.get("open_condition", "unconditional"),
        modified=dataset_modified(dataset, revision),
        extra_text=extra,
    )


def dataset_modified(dataset: Dataset, revision: Revision) -> str:
    """The dataset's modification date: the publisher's, else when it was published."""
    declared = revision.metadata_json.get("modified")
    if declared:
        return str(declared)
    moment = revision.decided_at or dataset.modified_at
    return moment.isoformat()


def _published(catalog: Catalog, dataset_ids: list[str] | None = None) -> Iterator[SearchDocument]:
    with catalog.sessions() as session:
        query = (
            select(Dataset)
            .where(Dataset.current_revision_id.is_not(None))
            .options(
                selectinload(Dataset.publisher),
                selectinload(Dataset.current_revision).selectinload(Revision.resources),
            )
        )
        if dataset_ids is not None:
            query = query.where(Dataset.id.in_(dataset_ids))
        for dataset in session.scalars(query):
            assert dataset.current_revision is not None
            yield search_document(dataset, dataset.current_revision)


def index_dataset(catalog: Catalog, dataset_id: str) -> None:
    """Bring one dataset's index entry in line with its published revision.

    A failure here is logged, not raised: the revision is already committed, and
    `sync_index` (run when the catalog is served) repairs the entry.
    """
    try:
        docs = list(_published(catalog, [dataset_id]))
        if docs:
            catalog.search.index(docs[0])
        else:
            catalog.search.delete(dataset_id)
    except Exception:  # noqa: BLE001 - the store stays the truth; repaired on next sync
        log.exception("search index update failed for dataset %s; run `govcat reindex`", dataset_id)


def sync_index(catalog: Catalog) -> int:
    """Repair entries that lag behind the store (e.g. after a crash); returns how many."""
    indexed = catalog.search.indexed_revisions()
    expected: dict[str, int] = {}
    with catalog.sessions() as session:
        rows = session.execute(
            select(Dataset.id, Revision.number).join(
                Revision, Dataset.current_revision_id == Revision.id
            )
        )
        expected = {dataset_id: number for dataset_id, number in rows}
    stale = [d for d, n in expected.items() if indexed.get(d) != n]
    for doc in _published(catalog, stale) if stale else ():
        catalog.search.index(doc)
    gone = [d for d in indexed if d not in expected]
    for dataset_id in gone:
        catalog.search.delete(dataset_id)
    return len(stale) + len(gone)


def reindex(catalog: Catalog) -> int:
    """Rebuild the whole index from the store; readers see the old index until the swap."""
    return catalog.search.rebuild(_published(catalog))
