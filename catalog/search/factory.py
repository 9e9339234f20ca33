"""Choose the search backend from settings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from catalog.search.backend import SearchBackend
from catalog.search.embedded import EmbeddedSearch
from catalog.search.synonyms import Synonyms

INDEX_FILENAME = "search.sqlite"


def open_search(
    search_url: str | None,
    home: Path,
    *,
    index: str = "govcat",
    api_key: str | None = None,
    ca_certs: str | None = None,
    synonyms: Synonyms | None = None,
) -> SearchBackend:
    """Return the embedded index under home when search_url is unset, else the backend its
    scheme names (http(s): Elasticsearch, with the alias index). Nothing is contacted yet."""
    url = (search_url or "").strip()
    if not url:
        return EmbeddedSearch(Path(home) / INDEX_FILENAME, synonyms)
    scheme = url.partition("://")[0].lower() if "://" in url else ""
    opener = _REMOTE.get(scheme)
    if opener is None:
        raise ValueError(
            f"unsupported search URL scheme {scheme or '(none)'!r}; "
            "expected an http(s):// Elasticsearch URL"
        )
    return opener(url, index, api_key, ca_certs, synonyms)


def _elasticsearch(
    url: str, index: str, api_key: str | None, ca_certs: str | None,
    synonyms: Synonyms | None,
) -> SearchBackend:
    # imported here: the embedded default never loads the client
    from catalog.search.elasticsearch import ElasticsearchSearch, connect

    return ElasticsearchSearch(connect(url, api_key=api_key, ca_certs=ca_certs), index,
                               synonyms=synonyms)


# URL scheme -> backend
_REMOTE: dict[str, Callable[[str, str, str | None, str | None, Synonyms | None],
                             SearchBackend]] = {
    "http": _elasticsearch,
    "https": _elasticsearch,
}
