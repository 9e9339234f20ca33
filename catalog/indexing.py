"""Keeping the search index in step with the store (which is the source of truth)."""

from __future__ import annotations

import functools
import json
import logging
import threading
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from sqlalchemy import Text, cast, select

from catalog.metadata import is_not_open, shown_metadata
from catalog.models import Dataset, Publisher, Resource, Revision, as_utc
from catalog.search import SearchDocument, SearchError

if TYPE_CHECKING:
    from catalog.context import Catalog

log = logging.getLogger(__name__)


def search_document(dataset: Dataset, revision: Revision, max_bytes: int) -> SearchDocument:
    """The searchable form of a published revision (its metadata is already screened).

    Its description and extra text are cut so that the document holds at most max_bytes of
    text (GOVCAT_MAX_INDEX_BYTES): a huge header or description cannot exhaust the index.
    """
    return _document(
        dataset.id, dataset.name, dataset.publisher.code, dataset.publisher.name,
        revision.number, revision.metadata_json,
        [(r.title, r.name, r.format, _columns(r.table_schema)) for r in revision.resources],
        dataset_modified(dataset, revision), max_bytes)


# a resource as indexed: its title, name, format and its Table Schema's column labels
_ResourceRow = tuple[str | None, str, str, tuple[str, ...]]


def _columns(schema: dict[str, Any] | None) -> tuple[str, ...]:
    """The labels of a Table Schema's columns (each one's title, else its name)."""
    return tuple(str(column.get("title") or column.get("name") or "")
                 for column in (schema or {}).get("fields", []))


# Distinct Table Schemas (as stored, in JSON) whose column labels a process remembers: tables
# of one shape recur (a department's yearly files, one template for many districts).
_SCHEMA_CACHE_SIZE = 4096


@functools.lru_cache(maxsize=_SCHEMA_CACHE_SIZE)
def _stored_columns(schema_json: str | None) -> tuple[str, ...]:
    """_columns of a Table Schema as the store holds it (JSON text)."""
    return _columns(json.loads(schema_json)) if schema_json else ()


def _document(dataset_id: str, name: str, publisher_code: str, publisher_name: str,
              number: int, meta: dict[str, Any], resources: list[_ResourceRow],
              modified: str, max_bytes: int) -> SearchDocument:
    """search_document from the stored values themselves (what the store's rows hold).

    A not-open dataset is found by what it shows only (its title), none of its text or
    resources (catalog.metadata.shown_metadata)."""
    if is_not_open(meta):
        meta, resources = shown_metadata(meta), []
    extra = " ".join([*(title or rname for title, rname, _, _ in resources),
                      *(label for _, _, _, columns in resources for label in columns)])
    title = meta.get("title", name)
    title_en = str(meta.get("title_en") or "")
    keywords = tuple(meta.get("keywords", ()))
    description = meta.get("description", "")
    # a character is at most 4 bytes of UTF-8: most documents are far within the limit
    if 4 * (len(title) + len(title_en) + sum(len(k) for k in keywords) + len(description)
            + len(extra)) > max_bytes:
        room = max_bytes - _size(title) - _size(title_en) - sum(_size(k) for k in keywords)
        description = _cut(description, room)
        full = extra
        extra = _cut(extra, room - _size(description))
        if extra != full or description != meta.get("description", ""):
            log.warning("dataset %s: only its first %d bytes of text are searchable "
                        "(GOVCAT_MAX_INDEX_BYTES)", name, max_bytes)
    return SearchDocument(
        id=dataset_id,
        name=name,
        revision=number,
        title=title,
        title_en=title_en,
        description=description,
        keywords=keywords,
        publisher=publisher_code,
        publisher_name=publisher_name,
        theme=meta.get("theme"),
        formats=tuple(sorted({fmt for _, _, fmt, _ in resources})),
        open_condition=meta.get("open_condition", "unconditional"),
        modified=modified,
        extra_text=extra,
        license=str(meta.get("license") or ""),
    )


def _size(text: str) -> int:
    return len(text.encode("utf-8"))


def _cut(text: str, max_bytes: int) -> str:
    """text within max_bytes of UTF-8, cut at a character boundary."""
    if _size(text) <= max_bytes:
        return text
    return text.encode("utf-8")[: max(max_bytes, 0)].decode("utf-8", errors="ignore")


def dataset_modified(dataset: Dataset, revision: Revision) -> str:
    """When the catalog's record of the dataset last changed (CKAN's metadata_modified: its
    published revision's publication), in UTC. What the department declares is the
    metadata's own "modified" date; harvesters that ask what changed since T need this."""
    return as_utc(revision.decided_at or dataset.modified_at).isoformat()


_BATCH = 100  # datasets read from the store at a time while indexing some
_REBUILD_BATCH = 250  # and while rebuilding the whole index


def _published(catalog: Catalog) -> Iterator[SearchDocument]:
    """Search documents of every published dataset, read from the store a batch at a time,
    each in a session of its own: memory stays flat however large the catalog is."""
    after = ""
    while batch := _documents(catalog, Dataset.id > after, _REBUILD_BATCH):
        yield from batch
        after = batch[-1].id


def _documents(catalog: Catalog, condition: Any, limit: int = _BATCH) -> list[SearchDocument]:
    """Documents of at most limit published datasets meeting condition, in id order.

    Read as plain rows (two queries: datasets with their publishers and revisions, then the
    revisions' resources), not as ORM objects: a rebuild reads the whole catalog. The JSON
    columns come as text, decoded here (SQLAlchemy's JSON type took twice as long), each
    distinct Table Schema once."""
    query = (
        select(Dataset.id, Dataset.name, Dataset.modified_at, Publisher.code, Publisher.name,
               Revision.id, Revision.number, cast(Revision.metadata_json, Text),
               Revision.decided_at)
        .join(Publisher, Publisher.id == Dataset.publisher_id)
        .join(Revision, Revision.id == Dataset.current_revision_id)
        .where(Dataset.withdrawn_at.is_(None), condition)
        .order_by(Dataset.id)
        .limit(limit)
    )
    max_bytes = catalog.settings.max_index_bytes
    with catalog.sessions() as session:
        rows = session.execute(query).all()
        resources: dict[str, list[_ResourceRow]] = {row[5]: [] for row in rows}
        if resources:
            for revision_id, title, rname, fmt, schema in session.execute(
                    select(Resource.revision_id, Resource.title, Resource.name, Resource.format,
                           cast(Resource.table_schema, Text))
                    .where(Resource.revision_id.in_(list(resources)))
                    .order_by(Resource.revision_id, Resource.position)):
                resources[revision_id].append((title, rname, fmt, _stored_columns(schema)))
    return [_document(dataset_id, name, code, publisher_name, number, json.loads(meta),
                      resources[revision_id],
                      as_utc(decided_at or modified_at).isoformat(),  # dataset_modified
                      max_bytes)
            for (dataset_id, name, modified_at, code, publisher_name, revision_id, number, meta,
                 decided_at) in rows]


def index_dataset(catalog: Catalog, dataset_id: str) -> None:
    """Bring one dataset's index entry in line with its published revision.

    A failure here is logged, not raised: the revision is already committed, and
    `sync_index` (run when the catalog is served) repairs the entry.
    """
    index_datasets(catalog, [dataset_id])


class Warming:
    """What the search backend's next update needs (jieba's and pypinyin's dictionaries: a
    second of one CPU), loaded in a thread from start(), at a moment the caller leaves a CPU
    free, until join(), before the update. A failure is logged only: the update loads again,
    and says why it cannot."""

    def __init__(self, catalog: Catalog) -> None:
        self._catalog = catalog
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Start loading (once)."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._warm, name="govcat-search-warm",
                                            daemon=True)
            self._thread.start()

    def join(self) -> None:
        """Wait for the loading, if it started."""
        if self._thread is not None:
            self._thread.join()

    def _warm(self) -> None:
        try:
            self._catalog.search.warm()
        except Exception:  # noqa: BLE001 - the update that follows reports it
            log.debug("warming the search index's dictionaries failed", exc_info=True)


def index_datasets(catalog: Catalog, dataset_ids: Iterable[str]) -> None:
    """Bring these datasets' index entries in line with the store (their published
    revisions; out of the index when none is public), _BATCH datasets at a time: one read
    of the store and one write of the index each. Failures are logged, as index_dataset's."""
    wanted = sorted(set(dataset_ids))
    for start in range(0, len(wanted), _BATCH):
        chunk = wanted[start:start + _BATCH]
        try:
            _update(catalog, chunk)
        except SearchError as error:  # one line: the backend is down or refuses
            log.warning("search index update failed for %d dataset(s): %s; it is repaired "
                        "later", len(chunk), error)
        except Exception:  # noqa: BLE001 - the store stays the truth; repaired on next sync
            log.exception("search index update failed for %d dataset(s); run `govcat reindex`",
                          len(chunk))


def _update(catalog: Catalog, dataset_ids: list[str]) -> None:
    """Index the published ones of at most _BATCH datasets; remove the others."""
    docs = _documents(catalog, Dataset.id.in_(dataset_ids))
    found = {doc.id for doc in docs}
    catalog.search.update(docs, [d for d in dataset_ids if d not in found])


def after_publish(catalog: Catalog, dataset_id: str | None) -> None:
    """Index a newly published dataset (None: nothing new), then repair what else lags.

    The repair catches up on entries a crash between commit and indexing left behind. Like
    index_dataset, a failure is logged, not raised: the publish has already committed.
    """
    if dataset_id is not None:
        index_dataset(catalog, dataset_id)
    try:
        sync_index(catalog)
    except SearchError as error:
        log.warning("search index repair failed: %s; it is tried again later", error)
    except Exception:  # noqa: BLE001 - the store stays the truth; repaired on next sync
        log.exception("search index repair failed; run `govcat reindex`")


def sync_index(catalog: Catalog) -> int:
    """Repair entries that lag behind the store (e.g. after a crash); returns how many."""
    indexed = catalog.search.indexed_revisions()
    with catalog.engine.connect() as connection:  # plain rows: a server runs this every minute
        expected = {dataset_id: number for dataset_id, number in connection.execute(
            select(Dataset.id, Revision.number).join(
                Revision, Dataset.current_revision_id == Revision.id
            ).where(Dataset.withdrawn_at.is_(None)))}
    stale = [d for d, n in expected.items() if indexed.get(d) != n]
    gone = [d for d in indexed if d not in expected]
    lagging = sorted(stale + gone)
    for start in range(0, len(lagging), _BATCH):
        _update(catalog, lagging[start:start + _BATCH])
    return len(stale) + len(gone)


def reindex(catalog: Catalog) -> int:
    """Rebuild the whole index from the store; readers see the old index until the swap.

    Then what was published while it was built is caught up (Elasticsearch takes writes on
    the old index until the swap).
    """
    count = catalog.search.rebuild(_published(catalog))
    sync_index(catalog)
    return count
