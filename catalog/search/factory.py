"""Choose the search backend from settings."""

from __future__ import annotations

from pathlib import Path

from catalog.search.backend import SearchBackend
from catalog.search.embedded import EmbeddedSearch

INDEX_FILENAME = "search.sqlite"


def open_search(search_url: str | None, home: Path) -> SearchBackend:
    """Return the embedded index under home when search_url is unset, else the remote backend."""
    url = (search_url or "").strip()
    if not url:
        return EmbeddedSearch(Path(home) / INDEX_FILENAME)
    if url.lower().startswith(("http://", "https://")):
        raise NotImplementedError(
            "The Elasticsearch backend is not available yet; "
            "unset GOVCAT_SEARCH_URL to use the embedded search"
        )
    raise ValueError(f"unsupported search URL {url!r}; expected an http(s):// Elasticsearch URL")
