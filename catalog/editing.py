"""Writing datasets through the write API: create, replace or patch the metadata, add,
replace or delete a resource, withdraw. Every write is a revision made by the one pipeline
(validate → screen → decide, catalog.pipeline): new files are validated and screened, the
resources a revision keeps are carried as they were stored (never read or screened twice),
and the answer is the pipeline's outcome.

An edit builds on the dataset's newest revision a publisher is working on: a held revision
newer than the published one, else the published one. Permission checks are the caller's
(publishers.auth), made before any of these runs; the Actor is recorded with the revision.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from catalog import pipeline
from catalog.actor import Actor
from catalog.context import Catalog
from catalog.errors import CatalogError, NotFound
from catalog.intake import CarriedResource, IntakeLink, IntakeRecord, IntakeResource
from catalog.models import Dataset, Resource, Revision, RevisionStatus
from catalog.withdrawal import withdraw

WITHDRAWN_BY_PUBLISHER = "withdrawn by its publisher"


class Conflict(CatalogError):
    """The write does not fit the dataset as it is (a harvested dataset, a resource of an
    older revision, a rename)."""


@dataclass(frozen=True)
class DatasetRef:
    """What a permission check needs to know of a dataset before it is written."""

    id: str
    name: str
    publisher: str  # its publisher's code
    harvested: bool
    withdrawn: bool


@dataclass(frozen=True)
class ResourceEdit:
    """A resource a revision keeps (by id, in the newest revision), with new texts (None:
    keep)."""

    resource_id: str
    name: str | None = None
    title: str | None = None
    description: str | None = None


def find_for_write(catalog: Catalog, ref: str) -> DatasetRef:
    """The dataset of that id or name, public or not (NotFound)."""
    with catalog.sessions() as session:
        dataset = _dataset(session, ref)
        return DatasetRef(dataset.id, dataset.name, dataset.publisher.code,
                          dataset.source_id is not None, dataset.withdrawn_at is not None)


def newest_revision(catalog: Catalog, ref: str) -> int:
    """The number of the dataset's newest revision, whose metadata an edit builds on."""
    with catalog.sessions() as session:
        newest = _newest(_dataset(session, ref))
        if newest is None:
            raise NotFound(f"dataset {ref!r} has no revision")
        return newest.number


def resource_owner(catalog: Catalog, resource_id: str) -> DatasetRef:
    """The dataset a resource (of any of its revisions) belongs to (NotFound)."""
    with catalog.sessions() as session:
        dataset_id = session.scalar(select(Revision.dataset_id).join(
            Resource, Resource.revision_id == Revision.id).where(Resource.id == resource_id))
        if dataset_id is None:
            raise NotFound(f"resource {resource_id!r} not found")
    return find_for_write(catalog, dataset_id)


def create_dataset(catalog: Catalog, publisher: str, metadata: Mapping[str, Any], *,
                   actor: Actor, files: Sequence[IntakeResource] = (),
                   links: Sequence[IntakeLink] = (), action: str = "dataset.create"
                   ) -> pipeline.PublishOutcome:
    """A new dataset of publisher (its name, when given, must be free: NameTaken)."""
    record = IntakeRecord(dict(metadata), tuple(files), "the new dataset",
                          provenance=_provenance(actor), links=tuple(links),
                          files_required=False)
    return pipeline.publish(catalog, record, publisher_code=publisher, actor=actor,
                            action=action, create=True)


def update_dataset(catalog: Catalog, ref: str, metadata: Mapping[str, Any], *, actor: Actor,
                   partial: bool = False, resources: Sequence[ResourceEdit] | None = None,
                   files: Sequence[IntakeResource] = (), links: Sequence[IntakeLink] = (),
                   action: str = "dataset.update") -> pipeline.PublishOutcome:
    """A new revision of the dataset: its metadata replaced (partial: merged into the
    newest, a key set to None removed), the resources listed kept (None: every one, links
    too), then files and links added after them."""
    with catalog.sessions() as session:
        dataset = _writable(session, ref)
        base, newest = _base(dataset), _newest(dataset)
        current = dict(newest.metadata_json) if newest is not None else {}
        name, publisher = dataset.name, dataset.publisher.code
        stored = {r.id: r for r in base.resources} if base is not None else {}
        if resources is None:
            kept = [ResourceEdit(r.id) for r in (base.resources if base is not None else ())]
        else:
            kept = list(resources)
        for edit in kept:
            if edit.resource_id not in stored:
                raise Conflict(_not_newest(edit.resource_id, name, base))
    given = dict(metadata)
    if given.get("name") not in (None, name):
        raise Conflict(f"dataset {name!r} cannot be renamed")
    merged = {**current, **given} if partial else given
    merged = {key: value for key, value in merged.items() if value is not None}
    merged["name"] = name
    record = IntakeRecord(
        merged, tuple(files), f"dataset {name}", provenance=_provenance(actor),
        links=tuple(links), files_required=False,
        carried=tuple(CarriedResource(e.resource_id, e.name, e.title, e.description)
                      for e in kept))
    return pipeline.publish(catalog, record, publisher_code=publisher, actor=actor,
                            action=action)


def add_resource(catalog: Catalog, ref: str, file: IntakeResource | None = None, *,
                 actor: Actor, link: IntakeLink | None = None,
                 action: str = "resource.create") -> pipeline.PublishOutcome:
    """A new revision with one more file (validated and screened) or link (its texts
    screened, never fetched), after the others (kept)."""
    return update_dataset(catalog, ref, {}, actor=actor, partial=True,
                          files=[file] if file else [], links=[link] if link else [],
                          action=action)


def replace_resource(catalog: Catalog, ref: str, resource_id: str, *, actor: Actor,
                     file: IntakeResource | None = None, name: str | None = None,
                     title: str | None = None, description: str | None = None,
                     action: str = "resource.update") -> pipeline.PublishOutcome:
    """A new revision in which one resource of the newest has a new file (validated and
    screened; it then comes after the others) or new texts."""
    kept = resource_ids(catalog, ref, resource_id)
    edits = [ResourceEdit(r, *((name, title, description) if r == resource_id
                               else (None, None, None)))
             for r in kept if file is None or r != resource_id]
    return update_dataset(catalog, ref, {}, actor=actor, partial=True, resources=edits,
                          files=[file] if file else [], action=action)


def delete_resource(catalog: Catalog, ref: str, resource_id: str, *, actor: Actor,
                    action: str = "resource.delete") -> pipeline.PublishOutcome:
    """A new revision without one resource of the newest."""
    kept = resource_ids(catalog, ref, resource_id)
    return update_dataset(catalog, ref, {}, actor=actor, partial=True,
                          resources=[ResourceEdit(r) for r in kept if r != resource_id],
                          action=action)


def withdraw_dataset(catalog: Catalog, ref: str, *, actor: Actor) -> DatasetRef:
    """Withdraw the dataset (410 Gone, out of search; its history stays)."""
    with catalog.sessions() as session:
        dataset = _writable(session, ref, withdrawn_ok=True)
        found = DatasetRef(dataset.id, dataset.name, dataset.publisher.code, False,
                           dataset.withdrawn_at is not None)
    if not found.withdrawn:
        withdraw(catalog, [found.id], WITHDRAWN_BY_PUBLISHER, actor=actor)
    return found


def resource_ids(catalog: Catalog, ref: str, resource_id: str) -> list[str]:
    """The ids of the newest revision's resources, which must hold resource_id."""
    with catalog.sessions() as session:
        dataset = _writable(session, ref)
        base = _base(dataset)
        ids = [r.id for r in base.resources] if base is not None else []
        if resource_id not in ids:
            raise Conflict(_not_newest(resource_id, dataset.name, base))
        return ids


def _not_newest(resource_id: str, name: str, base: Revision | None) -> str:
    if base is None:
        return f"dataset {name!r} has no resources yet"
    return (f"resource {resource_id!r} is not one of revision {base.number} of {name!r}, the "
            "newest: read the dataset again")


def _dataset(session: Session, ref: str) -> Dataset:
    dataset = session.scalar(select(Dataset).where(or_(Dataset.id == ref, Dataset.name == ref)))
    if dataset is None:
        raise NotFound(f"dataset {ref!r} not found")
    return dataset


def _writable(session: Session, ref: str, *, withdrawn_ok: bool = False) -> Dataset:
    """The dataset, if the write API may change it: not a harvested one (its source would
    undo the change), nor a withdrawn one (a new revision would bring back the withdrawn
    one while it is held)."""
    dataset = _dataset(session, ref)
    if dataset.source_id is not None:
        raise Conflict(f"dataset {dataset.name!r} is harvested: change it at its source")
    if dataset.withdrawn_at is not None and not withdrawn_ok:
        raise Conflict(f"dataset {dataset.name!r} was withdrawn")
    return dataset


def _newest(dataset: Dataset) -> Revision | None:
    return dataset.revisions[-1] if dataset.revisions else None


def _base(dataset: Dataset) -> Revision | None:
    """The revision an edit builds on: the newest held one if newer than the published
    one, else the published one (None: neither)."""
    current = dataset.current_revision
    held = [r for r in dataset.revisions if r.status == RevisionStatus.HELD and
            (current is None or r.number > current.number)]
    return held[-1] if held else current


def _provenance(actor: Actor) -> dict[str, Any]:
    return {"source": actor.channel, "source_type": "upload"}
