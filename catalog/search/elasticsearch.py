"""The Elasticsearch backend: a versioned index behind an alias, Chinese by jieba plus bigrams.

Every read and write goes through the alias (GOVCAT_SEARCH_INDEX, `govcat` by default). A
rebuild loads a new index `<alias>-<n+1>` beside the one in use, moves the alias to it in one
atomic `_aliases` call, then deletes the old one: searches never see a half-built index.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar
from urllib.parse import urlsplit

from elastic_transport import BaseNode, ConnectionTimeout, TlsError, TransportError
from elastic_transport import ConnectionError as TransportConnectionError
from elasticsearch import (
    ApiError,
    AuthenticationException,
    AuthorizationException,
    BadRequestError,
    Elasticsearch,
    UnsupportedProductError,
    helpers,
)

from catalog.search.errors import SearchError
from catalog.search.es_query import revisions_request, search_request, search_result
from catalog.search.es_schema import MAPPING_VERSION, index_body, source
from catalog.search.model import SearchDocument, SearchQuery, SearchResult
from catalog.search.synonyms import Synonyms

log = logging.getLogger(__name__)

DEFAULT_ALIAS = "govcat"
BULK_DOCS = 500  # documents per bulk request while rebuilding
REVISIONS_PAGE = 5000  # ids read per request by indexed_revisions
REQUEST_TIMEOUT_SECONDS = 30.0
_ERROR_TYPE = re.compile(r"^[a-z_]{1,80}$")
INDEX_MISSING = "index_not_found_exception"
ALREADY_EXISTS = "resource_already_exists_exception"

T = TypeVar("T")


def connect(
    url: str,
    *,
    api_key: str | None = None,
    ca_certs: str | None = None,
    node_class: type[BaseNode] | None = None,
) -> Elasticsearch:
    """A client of the cluster at url (http(s)://[user:password@]host:port[/prefix]).

    No request is made until the backend is used. node_class replaces the HTTP transport node
    (the tests script a cluster with one).
    """
    options: dict[str, Any] = {
        "request_timeout": REQUEST_TIMEOUT_SECONDS,
        "max_retries": 2,
        "retry_on_timeout": True,
    }
    if api_key:
        options["api_key"] = api_key
    if ca_certs:
        options["ca_certs"] = ca_certs
    if node_class is not None:
        options["node_class"] = node_class
    try:
        return Elasticsearch(url, **options)
    except (ValueError, TypeError):
        # the client's message quotes the URL, password and all
        raise SearchError(
            f"GOVCAT_SEARCH_URL {redact(url)!r} is not a usable Elasticsearch URL: "
            "expected http(s)://[user:password@]host:port"
        ) from None


def redact(url: str) -> str:
    """The URL without its user and password."""
    try:
        parts = urlsplit(url)
        host = parts.netloc.rpartition("@")[2]
    except ValueError:
        return "(unparseable URL)"
    return parts._replace(netloc=host).geturl()


class ElasticsearchSearch:
    """Search index on an Elasticsearch 8 cluster; safe to share between threads."""

    def __init__(self, client: Elasticsearch, alias: str = DEFAULT_ALIAS, *,
                 refresh: bool = False, synonyms: Synonyms | None = None) -> None:
        """Use the index behind alias on client's cluster; created on first use.

        refresh=True makes every write visible to the next search (slower; tests use it);
        otherwise a write shows within the index's refresh interval, one second by default.
        """
        self.client = client
        self.alias = alias
        self.synonyms = synonyms  # terms a query treats as the same
        self._refresh = refresh
        self._init_lock = threading.Lock()
        self._ready = False

    def __repr__(self) -> str:
        """Show the cluster (without credentials) and the alias."""
        return f"ElasticsearchSearch({self.where!r}, alias={self.alias!r})"

    def close(self) -> None:
        """Close the client's connections to the cluster."""
        self.client.close()

    def warm(self) -> None:
        """Nothing to load: the cluster analyses the text."""

    @property
    def where(self) -> str:
        """The cluster's address for messages: its nodes' base URLs, never credentials."""
        nodes = self.client.transport.node_pool.all()
        return ", ".join(sorted(node.base_url for node in nodes)) or "(no node)"

    # -- writing -----------------------------------------------------------------------------

    def index(self, doc: SearchDocument) -> None:
        """Insert the document, replacing any indexed document with the same id."""
        body = source(doc)
        self._ensure()
        self._call(lambda: self.client.index(
            index=self.alias, id=doc.id, document=body, require_alias=True,
            **self._refresh_option(),
        ))

    def delete(self, dataset_id: str) -> None:
        """Remove the dataset from the index; unknown ids are ignored."""
        self._ensure()
        response = self._call(lambda: self.client.options(ignore_status=404).delete(
            index=self.alias, id=dataset_id, **self._refresh_option(),
        ))
        if response.meta.status == 404 and _error_type(response.body) == INDEX_MISSING:
            self._ready = False
            raise SearchError(self._missing())

    def update(self, docs: Iterable[SearchDocument], deleted: Iterable[str] = ()) -> None:
        """Index docs and remove the datasets of deleted through the alias, in bulk requests
        (of BULK_DOCS actions); an unknown id to remove is ignored."""
        actions: list[dict[str, Any]] = [
            *({"_op_type": "index", "_index": self.alias, "_id": doc.id, "_source": source(doc)}
              for doc in docs),
            *({"_op_type": "delete", "_index": self.alias, "_id": dataset_id}
              for dataset_id in deleted),
        ]
        if not actions:
            return
        self._ensure()
        refused: dict[str, int] = {}
        with self._errors():
            for ok, item in helpers.streaming_bulk(
                self.client, actions, chunk_size=BULK_DOCS, raise_on_error=False,
                max_retries=3, initial_backoff=1, require_alias=True, **self._refresh_option(),
            ):
                (operation, result), = item.items()
                if ok or operation == "delete" and result.get("result") == "not_found":
                    continue
                kind = _error_type(result) or "error"
                refused[kind] = refused.get(kind, 0) + 1
        if INDEX_MISSING in refused:
            self._ready = False
            raise SearchError(self._missing())
        if refused:
            kinds = ", ".join(f"{count} {kind}" for kind, count in sorted(refused.items()))
            raise SearchError(f"Elasticsearch at {self.where} refused an update of the "
                              f"search index ({kinds})")

    def rebuild(self, docs: Iterable[SearchDocument]) -> int:
        """Load docs into a new index, move the alias to it atomically, drop the old one."""
        generations = self._call(self._generations)
        current = self._call(self._alias_targets)
        new = f"{self.alias}-{max(generations.values(), default=0) + 1}"
        body = index_body()
        body["settings"]["refresh_interval"] = "-1"  # no refreshes while bulk loading
        with self._errors():
            try:
                self.client.indices.create(index=new, **body)
            except BadRequestError as error:
                if _error_type(error.body) != ALREADY_EXISTS:
                    raise
                raise SearchError(f"another rebuild of the search index {self.alias!r} is under "
                                  f"way ({new} exists); run this one when it is done") from None
        try:
            self._load(new, docs)
            self._call(lambda: self.client.indices.put_settings(
                index=new, settings={"index": {"refresh_interval": None}}))
            self._call(lambda: self.client.indices.refresh(index=new))
            count = int(self._call(lambda: self.client.count(index=new))["count"])
            actions: list[dict[str, Any]] = [
                {"remove": {"index": old, "alias": self.alias}} for old in current
            ]
            actions.append({"add": {"index": new, "alias": self.alias}})
            self._call(lambda: self.client.indices.update_aliases(actions=actions))
        except BaseException:
            self._drop(new)
            raise
        for old in current:
            if old in generations:
                self._drop(old)
            else:  # not one of ours: left alone
                log.warning("search index %s is no longer behind the alias %s; delete it if "
                            "it is not needed", old, self.alias)
        self._ready = True
        log.info("search index %s now serves %s (%d documents)", self.alias, new, count)
        return count

    def clear(self) -> None:
        """Remove every document from the index (by swapping in an empty one)."""
        self.rebuild(())

    # -- reading -----------------------------------------------------------------------------

    def search(self, query: SearchQuery) -> SearchResult:
        """Return one page of matching dataset ids with the total and facet counts."""
        request = search_request(query, self.synonyms)
        self._ensure()
        return search_result(self._call(lambda: self.client.search(index=self.alias, **request)))

    def indexed_revisions(self) -> dict[str, int]:
        """Return dataset id -> indexed revision for every indexed dataset."""
        self._ensure()
        revisions: dict[str, int] = {}
        after: str | None = None
        while True:
            request = revisions_request(after, REVISIONS_PAGE)
            hits = self._call(lambda r=request: self.client.search(index=self.alias, **r))[
                "hits"]["hits"]
            for hit in hits:
                revisions[hit["_id"]] = int(hit["_source"]["revision"])
            if len(hits) < REVISIONS_PAGE:
                return revisions
            after = hits[-1]["sort"][0]

    # -- the index behind the alias ------------------------------------------------------------

    def _ensure(self) -> None:
        """Check the alias and its index once per instance; create both when missing."""
        if self._ready:
            return
        with self._init_lock:
            if not self._ready:
                self._call(self._open_or_create)
                self._ready = True

    def _open_or_create(self) -> None:
        response = self.client.options(ignore_status=404).indices.get_mapping(index=self.alias)
        if response.meta.status == 404:
            self._create_first()
            return
        for name, index in response.body.items():
            if name == self.alias:
                raise SearchError(self._not_an_alias())
            version = index.get("mappings", {}).get("_meta", {}).get("govcat_mapping", 0)
            if version > MAPPING_VERSION:
                raise SearchError(
                    f"search index {name} on Elasticsearch at {self.where} was made by a newer "
                    "govcat; upgrade govcat, or run `govcat reindex` to replace it"
                )
            if version < MAPPING_VERSION:
                log.warning("search index %s was made by an older govcat: run `govcat reindex`",
                            name)

    def _create_first(self) -> None:
        """Create generation n+1 with the alias on it, in one request."""
        new = f"{self.alias}-{max(self._generations().values(), default=0) + 1}"
        try:
            self.client.indices.create(index=new, aliases={self.alias: {}}, **index_body())
        except BadRequestError as error:
            if _error_type(error.body) != ALREADY_EXISTS:
                raise
            self._open_or_create()  # another process made it first: use theirs

    def _generations(self) -> dict[str, int]:
        """The indices named `<alias>-<n>` and their n."""
        response = self.client.options(ignore_status=404).indices.get_alias(
            index=f"{self.alias}-*")
        pattern = re.compile(re.escape(self.alias) + r"-(\d+)")
        found = response.body if response.meta.status == 200 else {}
        return {name: int(match.group(1)) for name in found
                if (match := pattern.fullmatch(name))}

    def _alias_targets(self) -> list[str]:
        """The indices the alias points to now (none before the first index exists)."""
        response = self.client.options(ignore_status=404).indices.get_alias(name=self.alias)
        return sorted(response.body) if response.meta.status == 200 else []

    def _load(self, index: str, docs: Iterable[SearchDocument]) -> None:
        """Bulk-load docs into index; any document refused fails the load."""
        actions = ({"_index": index, "_id": doc.id, "_source": source(doc)} for doc in docs)
        refused: dict[str, int] = {}
        with self._errors():
            for ok, item in helpers.streaming_bulk(
                self.client, actions, chunk_size=BULK_DOCS, raise_on_error=False,
                max_retries=3, initial_backoff=1,
            ):
                if not ok:
                    kind = _error_type(next(iter(item.values()), {})) or "error"
                    refused[kind] = refused.get(kind, 0) + 1
        if refused:
            kinds = ", ".join(f"{count} {kind}" for kind, count in sorted(refused.items()))
            raise SearchError(f"Elasticsearch at {self.where} refused documents of the "
                              f"rebuild ({kinds}); the index in use is unchanged")

    def _drop(self, index: str) -> None:
        """Delete an index, logging (not raising) a failure: it is only space."""
        try:
            self._call(lambda: self.client.options(ignore_status=404).indices.delete(index=index))
        except SearchError as error:
            log.warning("could not delete the search index %s: %s", index, error)

    def _refresh_option(self) -> dict[str, Any]:
        return {"refresh": True} if self._refresh else {}

    # -- errors ------------------------------------------------------------------------------

    def _call(self, request: Callable[[], T]) -> T:
        with self._errors():
            return request()

    @contextmanager
    def _errors(self) -> Iterator[None]:
        """Turn the client's errors into one-line SearchErrors that quote no document."""
        try:
            yield
        except (ApiError, TransportError) as error:
            if isinstance(error, ApiError) and _error_type(error.body) == INDEX_MISSING:
                self._ready = False  # made again by the next call; the repair refills it
            # from None: the client's error carries the cluster's reason, which may quote text
            raise SearchError(self._describe(error)) from None

    def _describe(self, error: ApiError | TransportError) -> str:
        where = f"Elasticsearch at {self.where}"
        if isinstance(error, UnsupportedProductError):
            return f"the server at {self.where} is not Elasticsearch (GOVCAT_SEARCH_URL)"
        if isinstance(error, AuthenticationException):
            return (f"{where} refused the credentials (401): check the user and password in "
                    "GOVCAT_SEARCH_URL, or GOVCAT_SEARCH_API_KEY")
        if isinstance(error, AuthorizationException):
            return (f"{where} forbids this (403): its user needs every privilege on the "
                    f"indices {self.alias} and {self.alias}-*")
        if isinstance(error, ApiError):
            kind = _error_type(error.body)
            if kind == INDEX_MISSING:
                return self._missing()
            if kind == "invalid_alias_name_exception":
                return self._not_an_alias()
            return f"{where} answered {error.meta.status}" + (f" ({kind})" if kind else "")
        if isinstance(error, ConnectionTimeout):
            return f"{where} did not answer within {REQUEST_TIMEOUT_SECONDS:g} s"
        if isinstance(error, TlsError):
            return (f"TLS with {where} failed: check its certificate, or set "
                    "GOVCAT_SEARCH_CA_CERTS to the CA that signed it")
        if isinstance(error, TransportConnectionError):
            return f"cannot reach {where}: is it running, and is GOVCAT_SEARCH_URL right?"
        return f"{where} failed ({type(error).__name__})"

    def _not_an_alias(self) -> str:
        return (f"{self.alias!r} on Elasticsearch at {self.where} is an index, not an alias: "
                "delete it (then run `govcat reindex`) or set another GOVCAT_SEARCH_INDEX")

    def _missing(self) -> str:
        return (f"the search index {self.alias!r} is missing on Elasticsearch at {self.where}: "
                "run `govcat reindex`")


def _error_type(body: object) -> str | None:
    """The error type of an error response (mapper_parsing_exception...), never its reason."""
    error = body.get("error") if isinstance(body, dict) else None
    kind = error.get("type") if isinstance(error, dict) else None
    return kind if isinstance(kind, str) and _ERROR_TYPE.match(kind) else None
