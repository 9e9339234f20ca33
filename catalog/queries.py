"""Read services of the public catalog: only published, screened revisions are ever returned."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import bindparam, func, or_, select
from sqlalchemy.orm import Session, selectinload

from catalog import downloads
from catalog.clock import china_today
from catalog.context import Catalog
from catalog.errors import CatalogError, Gone, NotFound
from catalog.indexing import dataset_modified
from catalog.metadata import (
    OPEN_CONDITIONS,
    PublicResourceSchema,
    is_not_open,
    shown_metadata,
)
from catalog.models import Dataset, Publisher, Resource, Revision, as_utc
from catalog.quality import revision_quality
from catalog.search import FacetValue, SearchQuery

DownloadUrl = Callable[[Dataset, Resource], str]


@dataclass
class DatasetPage:
    datasets: list[dict[str, Any]]
    total: int
    page: int
    per_page: int
    facets: dict[str, list[FacetValue]]


@dataclass(frozen=True)
class Download:
    """A file to send: where it is, what it is, its ETag, and its name for the browser."""

    path: Path
    media_type: str
    etag: str
    disposition: str  # Content-Disposition: attachment, named after the resource


class AccessRestricted(CatalogError):
    """The dataset's open condition does not allow a direct download (or its rows): a
    conditionally open one's need an approved access application (publishers.access), a
    not-open one's are never served. dataset: its name; conditional: whether a grant opens
    it."""

    def __init__(self, message: str, dataset: str = "", conditional: bool = False) -> None:
        super().__init__(message)
        self.dataset = dataset
        self.conditional = conditional


def _public_datasets():
    return select(Dataset).where(Dataset.current_revision_id.is_not(None),
                                 Dataset.withdrawn_at.is_(None))


def _with_details(query):
    return query.options(
        selectinload(Dataset.publisher),
        selectinload(Dataset.current_revision).selectinload(Revision.resources),
    )


def search_datasets(catalog: Catalog, query: SearchQuery, download_url: DownloadUrl) -> DatasetPage:
    """Search the index, then read each hit's published revision from the store."""
    result = catalog.search.search(query)
    # An id the store no longer publishes (index lagging behind) is simply skipped.
    datasets = read_published(catalog, result.ids,
                              lambda d: serialize_dataset(d, download_url), remember="v1")
    return DatasetPage(datasets, result.total, query.page, query.per_page, result.facets)


def get_dataset(catalog: Catalog, id_or_name: str, download_url: DownloadUrl) -> dict[str, Any]:
    with catalog.sessions() as session:
        dataset = _load_public(session, id_or_name)
        return serialize_dataset(dataset, download_url)


def public_dataset(session: Session, id_or_name: str) -> Dataset:
    """A public dataset by id or name, its published revision and resources loaded
    (NotFound; Gone when withdrawn)."""
    return _load_public(session, id_or_name)


def _load_public(session: Session, id_or_name: str) -> Dataset:
    dataset = session.scalar(
        _with_details(_public_datasets()).where(
            or_(Dataset.id == id_or_name, Dataset.name == id_or_name)
        )
    )
    if dataset is None:
        withdrawn = session.scalar(select(Dataset).where(
            or_(Dataset.id == id_or_name, Dataset.name == id_or_name),
            Dataset.withdrawn_at.is_not(None), Dataset.current_revision_id.is_not(None)))
        if withdrawn is not None:
            raise Gone(withdrawn.name, as_utc(withdrawn.withdrawn_at),
                       withdrawn.withdrawn_reason or "")
        raise NotFound(f"dataset {id_or_name!r} not found")
    return dataset


def resource_download(catalog: Catalog, id_or_name: str, resource_id: str,
                      format: str | None = None, encoding: str | None = None,
                      granted: bool = False) -> Download:
    """A resource of the dataset's published revision: its screened file, or that table in
    another format or encoding (downloads.Variant), derived from the screened file only.

    granted: the caller checked an approved access application to this dataset (publishers.
    access), which opens a conditionally open dataset's files; a not-open one's never are."""
    with catalog.sessions() as session:
        dataset = _load_public(session, id_or_name)
        revision = dataset.current_revision
        assert revision is not None
        resource = next((r for r in revision.resources if r.id == resource_id), None)
        if resource is None or resource.storage_key is None:
            raise NotFound(f"resource {resource_id!r} not found in dataset {dataset.name!r}")
        check_open(dataset.name, revision.metadata_json, granted)
        key, title, name = resource.storage_key, resource.title, resource.name
        media_type, table_schema, fmt = resource.media_type, resource.table_schema, \
            resource.format
        variant = downloads.choose(resource.format, resource.row_count, format, encoding)
        own = variant == downloads.own_variant(resource.format)
    path = catalog.files.path_for(key)
    if not path.is_file():
        raise NotFound(f"file of resource {resource_id!r} is missing from the file store")
    if own:
        suffix = Path(name).suffix.lower() or f".{variant.format}"
        return Download(path, media_type, key,
                        downloads.content_disposition(title, name, suffix))
    derived = downloads.derive(catalog.settings.derived_dir, path, key, fmt, table_schema,
                               variant, sheet=title or Path(name).stem)
    return Download(derived, variant.media_type, derived.name,
                    downloads.content_disposition(title, name, f".{variant.format}"))


def check_open(name: str, metadata: dict[str, Any], granted: bool = False,
               what: str = "files are") -> None:
    """AccessRestricted unless the open condition lets this caller have the dataset's files
    (or rows): anyone when unconditional, an approved applicant (granted) when conditional."""
    condition = metadata.get("open_condition", "unconditional")
    if condition == "unconditional" or (condition == "conditional" and granted):
        return
    if condition == "conditional":
        raise AccessRestricted(
            f"dataset {name!r} is {OPEN_CONDITIONS[condition]} ({condition}): its {what} "
            "served only to approved applicants, with their access key", name, True)
    raise AccessRestricted(f"dataset {name!r} is {OPEN_CONDITIONS.get(condition, condition)} "
                           f"({condition}): its {what} not served", name)


def serialize_dataset(dataset: Dataset, download_url: DownloadUrl,
                      revision: Revision | None = None,
                      today: date | None = None) -> dict[str, Any]:
    """The public JSON form of a dataset's published revision (described by
    catalog.metadata.PublicDatasetSchema); or of another revision, as its publisher sees
    what a write made (screened like every revision; nothing of it downloadable unless it is
    the published one). Its quality score is the one of `today` (China's date by default).

    The public form of a not-open dataset (不予开放) is its title, publisher, open condition
    and legal basis only (catalog.metadata.shown_metadata): no resources, no provenance."""
    public = revision is None
    revision = revision or dataset.current_revision
    assert revision is not None
    meta = dict(revision.metadata_json)
    hidden = public and is_not_open(meta)
    if public:
        meta = shown_metadata(meta)
    downloadable = meta.get("open_condition", "unconditional") == "unconditional" and \
        revision.id == dataset.current_revision_id
    resources = []
    schema = _resource_schema()
    for resource in ([] if hidden else revision.resources):
        item = schema.dump(resource)
        stored = resource.storage_key is not None
        item["download_url"] = download_url(dataset, resource) if downloadable and stored \
            else None
        # the same screened table in other formats and encodings (catalog.downloads)
        item["downloads"] = downloads.listing(resource.format, resource.row_count,
                                              item["download_url"]) \
            if item["download_url"] else []
        # a link's address is the source's own, but a restricted dataset's files are reached
        # only through its open condition: the link is not shown either
        item["url"] = resource.url if downloadable and not stored else None
        resources.append(item)
    provenance = {} if hidden else revision.provenance or {}
    return {
        "id": dataset.id,
        **meta,
        "name": dataset.name,
        "publisher": {"code": dataset.publisher.code, "name": dataset.publisher.name},
        "open_condition_label": OPEN_CONDITIONS.get(meta.get("open_condition", ""), ""),
        "resources": resources,
        "provenance": {
            key: provenance[key]
            for key in ("source", "source_type", "source_id", "harvested_at")
            if key in provenance
        },
        "revision": revision.number,
        "metadata_modified": dataset_modified(dataset, revision),
        "published_at": as_utc(revision.decided_at).isoformat() if revision.decided_at
        else None,
        "validation_status": revision.validation_status,
        "privacy_status": revision.privacy_status,
        "quality": _quality(revision, today, hidden),
    }


def _quality(revision: Revision, today: date | None, hidden: bool) -> dict[str, Any]:
    """The revision's quality score with its breakdown; a not-open dataset's public form has
    the score alone (its criteria's reasons and its update dates speak of what it hides)."""
    quality = revision_quality(revision, today).to_dict()
    if hidden:
        quality.update(last_updated=None, next_update_due=None, overdue=False, criteria=[])
    return quality


def list_publishers(catalog: Catalog) -> list[dict[str, Any]]:
    """Every publisher with its number of public datasets."""
    with catalog.sessions() as session:
        counts = dict(
            session.execute(
                select(Dataset.publisher_id, func.count(Dataset.id))
                .where(Dataset.current_revision_id.is_not(None), Dataset.withdrawn_at.is_(None))
                .group_by(Dataset.publisher_id)
            ).all()
        )
        publishers = session.scalars(select(Publisher).order_by(Publisher.code))
        return [
            {
                "id": p.id,
                "code": p.code,
                "name": p.name,
                "name_en": p.name_en,
                "description": p.description,
                "dataset_count": counts.get(p.id, 0),
                "created": as_utc(p.created_at).isoformat(),
            }
            for p in publishers
        ]


T = TypeVar("T")


def read_published(catalog: Catalog, ids: Sequence[str], build: Callable[[Dataset], T],
                   remember: str | None = None) -> list[T]:
    """build() of each public dataset of ids, in their order (ids no longer public are left
    out); build runs inside the session, its publisher, revision and resources loaded.

    remember: a name for what build makes (the same name, the same record from the same
    stored values, GOVCAT_BASE_URL and day): records are then kept in catalog.records and
    built again only when their dataset's stamp (_STAMP, and China's date: a record's quality
    score depends on the day) changed. Remembered records are shared: never change them."""
    if remember is None:
        with catalog.sessions() as session:
            found = session.scalars(_with_details(_public_datasets().where(Dataset.id.in_(ids))))
            by_id = {d.id: d for d in found}
            return [build(by_id[i]) for i in ids if i in by_id]
    kind = f"{remember} {catalog.settings.public_url}"
    day = china_today()
    with catalog.engine.connect() as connection:  # plain rows: this runs for every search
        stamps = {row[0]: (*row[1:], day)
                  for row in connection.execute(_stamps_query(), {"ids": list(ids)})}
    records = {i: catalog.records.get(kind, i, stamps[i]) for i in ids if i in stamps}
    missing = [i for i, record in records.items() if record is None]
    if not missing:
        return [records[i] for i in ids if i in records]
    with catalog.sessions() as session:
        if missing:
            for dataset in session.scalars(
                    _with_details(_public_datasets().where(Dataset.id.in_(missing)))):
                stamp = stamps[dataset.id]
                if _stamp(dataset, day) != stamp:  # changed between the two reads
                    stamp = _stamp(dataset, day)
                records[dataset.id] = build(dataset)
                catalog.records.put(kind, dataset.id, stamp, records[dataset.id])
        return [records[i] for i in ids if records.get(i) is not None]


# What a dataset's public records are built from besides its (immutable) published revision
_STAMP = (Dataset.current_revision_id, Dataset.name, Dataset.created_at, Dataset.modified_at,
          Dataset.publisher_id, Publisher.code, Publisher.name, Publisher.name_en,
          Publisher.description, Publisher.created_at)


@lru_cache(maxsize=1)
def _stamps_query() -> Any:
    """The stamps of the public datasets of the ids given as "ids" (made once)."""
    return (select(Dataset.id, *_STAMP).join(Publisher, Publisher.id == Dataset.publisher_id)
            .where(Dataset.current_revision_id.is_not(None), Dataset.withdrawn_at.is_(None),
                   Dataset.id.in_(bindparam("ids", expanding=True))))


def _stamp(dataset: Dataset, day: date) -> tuple[Any, ...]:
    publisher = dataset.publisher
    return (dataset.current_revision_id, dataset.name, dataset.created_at, dataset.modified_at,
            dataset.publisher_id, publisher.code, publisher.name, publisher.name_en,
            publisher.description, publisher.created_at, day)


@lru_cache(maxsize=1)
def _resource_schema() -> PublicResourceSchema:
    return PublicResourceSchema()


def read_one_published(catalog: Catalog, id_or_name: str, build: Callable[[Dataset], T]) -> T:
    """build() of one public dataset by id or name (NotFound; Gone when withdrawn)."""
    with catalog.sessions() as session:
        return build(_load_public(session, id_or_name))


def read_revision(catalog: Catalog, dataset_id: str, number: int,
                  build: Callable[[Dataset, Revision], T]) -> T:
    """build() of a dataset and one of its revisions, public or not (for its publisher:
    the answer to a write)."""
    with catalog.sessions() as session:
        dataset = session.scalar(_with_details(select(Dataset)).where(Dataset.id == dataset_id))
        revision = session.scalar(select(Revision).where(
            Revision.dataset_id == dataset_id, Revision.number == number)
            .options(selectinload(Revision.resources)))
        if dataset is None or revision is None:
            raise NotFound(f"revision {number} of dataset {dataset_id!r} not found")
        return build(dataset, revision)


def published_names(catalog: Catalog, limit: int | None = None, offset: int = 0) -> list[str]:
    """The names of the public datasets, in name order."""
    query = select(Dataset.name).where(Dataset.current_revision_id.is_not(None),
                                       Dataset.withdrawn_at.is_(None)).order_by(Dataset.name)
    with catalog.sessions() as session:
        return list(session.scalars(query.limit(limit).offset(offset)))


def published_resource(catalog: Catalog, resource_id: str,
                       build: Callable[[Dataset, Resource], T]) -> T:
    """build() of a resource of a public dataset's published revision (NotFound otherwise)."""
    with catalog.sessions() as session:
        dataset = session.scalar(_with_details(_public_datasets()).join(
            Resource, Resource.revision_id == Dataset.current_revision_id).where(
            Resource.id == resource_id))
        # a not-open dataset's resources are not shown: to the public they do not exist
        if dataset is None or is_not_open(dataset.current_revision.metadata_json):
            raise NotFound(f"resource {resource_id!r} not found")
        resource = next(r for r in dataset.current_revision.resources if r.id == resource_id)
        return build(dataset, resource)


def published_keywords(catalog: Catalog) -> dict[str, int]:
    """Every keyword of the public datasets with how many datasets carry it."""
    counts: dict[str, int] = {}
    query = select(Revision.metadata_json).join(Dataset, Dataset.current_revision_id
                                                == Revision.id).where(
        Dataset.withdrawn_at.is_(None))
    with catalog.sessions() as session:
        for metadata in session.scalars(query.execution_options(yield_per=500)):
            if is_not_open(metadata):  # its keywords are not shown
                continue
            for keyword in dict.fromkeys(metadata.get("keywords") or ()):
                counts[keyword] = counts.get(keyword, 0) + 1
    return counts


def get_publisher(catalog: Catalog, code_or_id: str) -> dict[str, Any]:
    """One publisher as list_publishers gives it, by code or id (NotFound otherwise)."""
    with catalog.sessions() as session:
        publisher = session.scalar(select(Publisher).where(
            or_(Publisher.code == code_or_id, Publisher.id == code_or_id)))
        if publisher is None:
            raise NotFound(f"publisher {code_or_id!r} not found")
        code = publisher.code
    return next(p for p in list_publishers(catalog) if p["code"] == code)


def published_ids(catalog: Catalog, publisher: str | None = None) -> list[str]:
    """The ids of every public dataset (of one publisher), most recently changed first."""
    query = _public_datasets().with_only_columns(Dataset.id).order_by(
        Dataset.modified_at.desc(), Dataset.id)
    if publisher is not None:
        query = query.join(Publisher).where(Publisher.code == publisher)
    with catalog.sessions() as session:
        return list(session.scalars(query))


def recently_withdrawn(catalog: Catalog, limit: int = 50,
                       publisher: str | None = None) -> list[dict[str, Any]]:
    """The datasets withdrawn most recently (once public): name, when and why."""
    query = select(Dataset).where(Dataset.withdrawn_at.is_not(None),
                                  Dataset.current_revision_id.is_not(None))
    if publisher is not None:
        query = query.join(Publisher).where(Publisher.code == publisher)
    with catalog.sessions() as session:
        return [{"id": d.id, "name": d.name, "withdrawn_at": as_utc(d.withdrawn_at).isoformat(),
                 "reason": d.withdrawn_reason or ""}
                for d in session.scalars(query.order_by(Dataset.withdrawn_at.desc())
                                         .limit(limit))]


def read_published_page(catalog: Catalog, build: Callable[[Dataset], T], limit: int,
                        offset: int = 0) -> list[T]:
    """build() of a page of the public datasets in name order (a stable order to page through:
    a dataset that changes keeps its place); build runs as in read_published."""
    query = _with_details(_public_datasets()).order_by(Dataset.name).limit(limit).offset(offset)
    with catalog.sessions() as session:
        return [build(dataset) for dataset in session.scalars(query)]


def count_published(catalog: Catalog) -> int:
    """How many datasets are public."""
    with catalog.sessions() as session:
        return session.scalar(_public_datasets().with_only_columns(func.count(Dataset.id))) or 0


def last_changed(catalog: Catalog) -> datetime | None:
    """When the public catalog last changed: a dataset published, changed or withdrawn."""
    with catalog.sessions() as session:
        changed = session.scalar(_public_datasets().with_only_columns(
            func.max(Dataset.modified_at)))
        withdrawn = session.scalar(select(func.max(Dataset.withdrawn_at)).where(
            Dataset.current_revision_id.is_not(None)))
    moments = [as_utc(m) for m in (changed, withdrawn) if m is not None]
    return max(moments, default=None)


def suggest(catalog: Catalog, q: str, limit: int = 10) -> list[dict[str, str]]:
    """Datasets for a search box as it is typed (the last word may be unfinished): their
    names and titles, best first."""
    if not q.strip():
        return []
    result = catalog.search.search(SearchQuery(q=q[:200], per_page=limit, prefix=True))
    return read_published(catalog, result.ids, lambda d: {
        "name": d.name, "title": str(d.current_revision.metadata_json.get("title") or d.name)})
