"""Search index of published datasets: backend interface, embedded FTS5 backend (Elasticsearch
in catalog.search.elasticsearch, opened by open_search), segmentation."""

from catalog.search.backend import SearchBackend
from catalog.search.embedded import EmbeddedSearch
from catalog.search.errors import SearchError
from catalog.search.factory import open_search
from catalog.search.model import (
    FACET_FIELDS,
    SORTS,
    FacetValue,
    SearchDocument,
    SearchQuery,
    SearchResult,
)
from catalog.search.segment import segment

__all__ = [
    "FACET_FIELDS",
    "SORTS",
    "EmbeddedSearch",
    "FacetValue",
    "SearchBackend",
    "SearchDocument",
    "SearchError",
    "SearchQuery",
    "SearchResult",
    "open_search",
    "segment",
]
