"""Withdrawing datasets that left their source, and restoring those that come back."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from catalog import indexing
from catalog.context import Catalog
from catalog.db import transaction
from catalog.models import Dataset, utcnow


def source_datasets(catalog: Catalog, source_id: str) -> dict[str, str]:
    """{source key digest: dataset id} of a source's datasets that are not withdrawn."""
    with catalog.sessions() as session:
        rows = session.execute(select(Dataset.source_key, Dataset.id).where(
            Dataset.source_id == source_id, Dataset.source_key.is_not(None),
            Dataset.withdrawn_at.is_(None)))
        return {key: dataset_id for key, dataset_id in rows}


def withdraw(catalog: Catalog, dataset_ids: Iterable[str], reason: str) -> int:
    """Withdraw these datasets (out of search and listings, 410 Gone); how many were."""
    ids = sorted(set(dataset_ids))
    if not ids:
        return 0
    now = utcnow()
    with transaction(catalog.sessions) as session:
        for dataset in session.scalars(select(Dataset).where(Dataset.id.in_(ids),
                                                            Dataset.withdrawn_at.is_(None))):
            dataset.withdrawn_at, dataset.withdrawn_reason = now, reason[:500]
    for dataset_id in ids:
        indexing.index_dataset(catalog, dataset_id)  # a withdrawn dataset leaves the index
    return len(ids)


def restore(dataset: Dataset) -> bool:
    """Clear a dataset's withdrawal (it is at its source again); whether it was withdrawn."""
    if dataset.withdrawn_at is None:
        return False
    dataset.withdrawn_at, dataset.withdrawn_reason = None, None
    return True
