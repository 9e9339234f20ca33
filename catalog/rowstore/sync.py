"""Which resources have row tables, and bringing the store there.

A resource has a row table exactly while it is a table of the published revision of a public
dataset (not withdrawn) that is open, with or without conditions. A conditionally open
dataset's rows are served only to an approved applicant (catalog.rowstore.query, as its files
are); a not-open dataset has no row tables at all. Whatever publishes,
supersedes, withdraws or restores a dataset calls sync_datasets in the same transaction, so
the row tables change with the revision atomically; repair() brings a whole catalog there
(after an upgrade, or with `govcat reindex`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from catalog.db import transaction
from catalog.models import Dataset, Resource, Revision, RowTable, utcnow
from catalog.rowstore.fields import Layout
from catalog.rowstore.load import build
from catalog.storage import FileStore

log = logging.getLogger(__name__)

TABLE_PREFIX = "rows_"


def table_name(resource_id: str) -> str:
    """The row table of a resource: rows_ and its id's hex digits (unique per revision)."""
    return TABLE_PREFIX + resource_id.replace("-", "")


def is_row_table(name: str) -> bool:
    """Whether a table of the store is a row table (made at run time, not by migrations)."""
    return name.startswith(TABLE_PREFIX) and len(name) == len(TABLE_PREFIX) + 32


def open_without_conditions(revision: Revision) -> bool:
    return revision.metadata_json.get("open_condition", "unconditional") == "unconditional"


def keeps_rows(metadata: dict | None) -> bool:
    """Whether a revision with this metadata has row tables: unless it is not open."""
    return (metadata or {}).get("open_condition", "unconditional") != "not_open"


def has_rows(resource: Resource) -> bool:
    """Whether a resource is a table govcat stored (a link's file it never fetched is not)."""
    return _stored_table(resource.storage_key, resource.table_schema)


def _stored_table(storage_key: str | None, table_schema: dict | None) -> bool:
    """A stored file with a Table Schema whose fields have names, each once."""
    fields = (table_schema or {}).get("fields") or []
    names = [f.get("name") for f in fields if isinstance(f, dict)]
    return storage_key is not None and bool(names) and len(names) == len(fields) and \
        all(isinstance(n, str) and n for n in names) and len(set(names)) == len(names)


def serves_rows(dataset: Dataset, resource: Resource) -> bool:
    """Whether a resource of a dataset's current revision has a row table (CKAN's
    datastore_active)."""
    revision = dataset.current_revision
    return revision is not None and dataset.withdrawn_at is None and \
        open_without_conditions(revision) and has_rows(resource)


def wanted(dataset: Dataset) -> list[Resource]:
    """The resources of a dataset that have row tables."""
    revision = dataset.current_revision
    if revision is None or dataset.withdrawn_at is not None or \
            not keeps_rows(revision.metadata_json):
        return []
    return [r for r in revision.resources if has_rows(r)]


def sync_datasets(session: Session, files: FileStore, datasets: Iterable[Dataset], *,
                  workers: int | None = None,
                  meanwhile: Callable[[], None] | None = None) -> None:
    """Build and drop row tables in session's transaction so that these datasets have
    exactly the ones they should (RowLoadError: a screened file that does not fit its
    schema; the transaction then fails with it). workers: processes reading a large file
    (GOVCAT_SCREEN_WORKERS; None: one per CPU). meanwhile: called when the last table's rows
    are written, before SQLite or PostgreSQL builds its indexes (and the transaction commits)
    without this process's Python: a caller may start work of its own in a thread there."""
    datasets = list(datasets)
    if not datasets:
        return
    session.flush()  # the revisions and resources the new row tables refer to
    ids = [d.id for d in datasets]
    existing = {row.resource_id: row for row in session.scalars(
        select(RowTable).where(RowTable.dataset_id.in_(ids)))}
    keep = {r.id: (d, r) for d in datasets for r in wanted(d)}
    connection = session.connection()
    for resource_id, row in existing.items():
        if resource_id not in keep:
            _drop(connection, row.table_name)
            session.delete(row)
    building = [(dataset, resource) for resource_id, (dataset, resource) in keep.items()
                if resource_id not in existing]
    for position, (dataset, resource) in enumerate(building, start=1):
        # meanwhile with the last table only: the tables before fork their readers, and a
        # process is forked safely only while it runs no thread of its own
        last = position == len(building)
        session.add(_build(connection, files, dataset, resource, workers,
                           meanwhile if last else None))
    session.flush()


def _build(connection, files: FileStore, dataset: Dataset, resource: Resource,
           workers: int | None, meanwhile: Callable[[], None] | None) -> RowTable:
    layout = Layout.of(resource.table_schema or {})
    name = table_name(resource.id)
    assert resource.storage_key is not None
    loaded = build(connection, layout.table(name), layout, files.path_for(resource.storage_key),
                   resource.format, workers=workers, meanwhile=meanwhile)
    return RowTable(resource_id=resource.id, dataset_id=dataset.id, table_name=name,
                    row_count=loaded.row_count, indexed=loaded.indexed, created_at=utcnow())


def _drop(connection, name: str) -> None:
    connection.exec_driver_sql(
        f"DROP TABLE IF EXISTS {connection.dialect.identifier_preparer.quote(name)}")


@dataclass(frozen=True)
class Repair:
    """What a repair changed: datasets whose row tables were built or dropped, and row
    tables that no registry row named (dropped)."""

    datasets: int = 0
    strays: int = 0


def repair(catalog_sessions, files: FileStore, *, workers: int | None = None) -> Repair:
    """Bring every dataset's row tables to what they should be, a dataset a transaction
    (workers: as sync_datasets')."""
    with catalog_sessions() as session:
        registered = {resource_id: dataset_id for resource_id, dataset_id in session.execute(
            select(RowTable.resource_id, RowTable.dataset_id))}
        # what wanted() says of every dataset, read as columns (no whole objects: cheap)
        public = session.execute(
            select(Dataset.id, Revision.metadata_json, Resource.id, Resource.storage_key,
                   Resource.table_schema)
            .join(Revision, Revision.id == Dataset.current_revision_id)
            .join(Resource, Resource.revision_id == Revision.id)
            .where(Dataset.withdrawn_at.is_(None)))
        wanted_ids: dict[str, set[str]] = {}
        for dataset_id, metadata, resource_id, storage_key, table_schema in public:
            if keeps_rows(metadata) and _stored_table(storage_key, table_schema):
                wanted_ids.setdefault(dataset_id, set()).add(resource_id)
    have: dict[str, set[str]] = {}
    for resource_id, dataset_id in registered.items():
        have.setdefault(dataset_id, set()).add(resource_id)
    changed = sorted(d for d in set(wanted_ids) | set(have)
                     if wanted_ids.get(d, set()) != have.get(d, set()))
    for dataset_id in changed:
        with transaction(catalog_sessions) as session:
            dataset = session.get(Dataset, dataset_id, with_for_update=True)
            if dataset is not None:
                sync_datasets(session, files, [dataset], workers=workers)
    strays = _drop_strays(catalog_sessions)
    if changed or strays:
        log.warning("row store repaired: row tables of %d dataset(s) built or dropped, "
                    "%d stray table(s) dropped", len(changed), strays)
    return Repair(len(changed), strays)


def _drop_strays(catalog_sessions) -> int:
    """Drop row tables the registry does not name (none, unless the store was edited)."""
    with transaction(catalog_sessions) as session:
        connection = session.connection()
        named = set(session.scalars(select(RowTable.table_name)))
        strays = [t for t in inspect(connection).get_table_names()
                  if is_row_table(t) and t not in named]
        for name in strays:
            _drop(connection, name)
    return len(strays)
