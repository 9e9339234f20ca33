"""The interface every search backend implements."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, runtime_checkable

from catalog.search.model import SearchDocument, SearchQuery, SearchResult


@runtime_checkable
class SearchBackend(Protocol):
    """A search index of published datasets; rebuildable from the catalog store at any time."""

    def index(self, doc: SearchDocument) -> None:
        """Insert the document, replacing any indexed document with the same id."""
        ...

    def delete(self, dataset_id: str) -> None:
        """Remove the dataset from the index; unknown ids are ignored."""
        ...

    def update(self, docs: Iterable[SearchDocument], deleted: Iterable[str] = ()) -> None:
        """Index docs (each replacing its dataset's entry) and remove the datasets of
        deleted, in one go: what index() and delete() do, for many datasets at once."""
        ...

    def search(self, query: SearchQuery) -> SearchResult:
        """Return one page of matching dataset ids with the total and facet counts."""
        ...

    def indexed_revisions(self) -> dict[str, int]:
        """Return dataset id -> indexed revision for every indexed dataset."""
        ...

    def rebuild(self, docs: Iterable[SearchDocument]) -> int:
        """Replace the whole index atomically with docs; return how many are indexed."""
        ...

    def clear(self) -> None:
        """Remove every document from the index."""
        ...

    def close(self) -> None:
        """Release what the backend holds open (connections); it is not used after."""
        ...

    def warm(self) -> None:
        """Load what an update needs before it comes (a publish calls it in a thread while it
        writes the revision, so that indexing it after costs only the indexing)."""
        ...
