"""What every export reads: the public catalog's datasets as the v1 API gives them
(published, screened), in batches, with their page addresses."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from flask import url_for

from api.v1 import download_url
from catalog.context import Catalog
from catalog.queries import published_ids, read_published, serialize_dataset

BATCH = 200  # datasets read from the store at a time


def public_datasets(catalog: Catalog, ids: Sequence[str] | None = None,
                    publisher: str | None = None) -> Iterator[dict[str, Any]]:
    """The public datasets (of ids, or all of them, most recently changed first), as the
    v1 API serialises them."""
    wanted = list(ids) if ids is not None else published_ids(catalog, publisher)
    for start in range(0, len(wanted), BATCH):
        yield from read_published(catalog, wanted[start:start + BATCH],
                                  lambda d: serialize_dataset(d, download_url))


def page_url(catalog: Catalog, name: str) -> str:
    """A dataset's portal page: its address in every export."""
    return catalog.settings.public_url + url_for("portal.dataset_page", name=name)
