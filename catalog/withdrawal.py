"""Withdrawing datasets that left their source, and restoring those that come back."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select

from catalog import indexing
from catalog.actor import Actor
from catalog.audit import record
from catalog.context import Catalog
from catalog.db import transaction
from catalog.models import Dataset, Revision, utcnow
from catalog.rowstore.sync import sync_datasets


def source_datasets(catalog: Catalog, source_id: str) -> dict[str, str]:
    """{source key digest: dataset id} of a source's datasets that are not withdrawn."""
    with catalog.sessions() as session:
        rows = session.execute(select(Dataset.source_key, Dataset.id).where(
            Dataset.source_id == source_id, Dataset.source_key.is_not(None),
            Dataset.withdrawn_at.is_(None)))
        return {key: dataset_id for key, dataset_id in rows}


def source_stamps(catalog: Catalog, source_id: str) -> dict[str, str]:
    """{source key digest: the source's modification stamp at the last harvest} of the
    source's datasets that are not withdrawn (a withdrawn one must go through the pipeline
    to be restored)."""
    latest = (select(Revision.dataset_id, func.max(Revision.number).label("number"))
              .group_by(Revision.dataset_id).subquery())
    query = (select(Dataset.source_key, Revision.provenance)
             .join(latest, latest.c.dataset_id == Dataset.id)
             .join(Revision, (Revision.dataset_id == Dataset.id)
                   & (Revision.number == latest.c.number))
             .where(Dataset.source_id == source_id, Dataset.source_key.is_not(None),
                    Dataset.withdrawn_at.is_(None)))
    with catalog.sessions() as session:
        return {key: str(provenance["source_modified"])
                for key, provenance in session.execute(query)
                if isinstance(provenance, dict) and provenance.get("source_modified")}


def withdraw(catalog: Catalog, dataset_ids: Iterable[str], reason: str, *,
             actor: Actor | None = None) -> int:
    """Withdraw these datasets (out of search and listings, 410 Gone); how many were.
    Each withdrawal is audited as actor's (default: the catalog itself)."""
    ids = sorted(set(dataset_ids))
    if not ids:
        return 0
    actor = actor or Actor.system()
    now = utcnow()
    with transaction(catalog.sessions) as session:
        datasets = list(session.scalars(select(Dataset).where(Dataset.id.in_(ids),
                                                              Dataset.withdrawn_at.is_(None))))
        for dataset in datasets:
            dataset.withdrawn_at, dataset.withdrawn_reason = now, reason[:500]
            record(session, actor, "dataset.withdraw", f"dataset:{dataset.name}",
                   reason=reason[:500])
        sync_datasets(session, catalog.files, datasets,  # their rows are gone with them
                      workers=catalog.settings.screen_workers)
    indexing.index_datasets(catalog, ids)  # a withdrawn dataset leaves the index
    return len(ids)


def restore(dataset: Dataset) -> bool:
    """Clear a dataset's withdrawal (it is at its source again); whether it was withdrawn."""
    if dataset.withdrawn_at is None:
        return False
    dataset.withdrawn_at, dataset.withdrawn_reason = None, None
    return True
