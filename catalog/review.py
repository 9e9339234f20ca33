"""Privacy review of held revisions: list, show (values masked), approve, reject — audited."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from catalog import indexing
from catalog.actor import Actor
from catalog.audit import record
from catalog.context import Catalog
from catalog.db import transaction
from catalog.errors import CatalogError, NotFound
from catalog.models import (
    Dataset,
    PrivacyFinding,
    Publisher,
    Revision,
    RevisionStatus,
    utcnow,
)
from catalog.pipeline import make_current
from catalog.rowstore.sync import sync_datasets
from privacy import read_table

CONTEXT_EXAMPLES = 3  # masked examples shown per finding


def list_held(catalog: Catalog, within: Collection[str] | None = None) -> list[dict[str, Any]]:
    """Revisions waiting for a privacy review, oldest first; within: only those of these
    publisher codes (None: every publisher's)."""
    query = (
        select(Revision)
        .join(Dataset, Revision.dataset_id == Dataset.id)
        .where(Revision.status == RevisionStatus.HELD)
        .options(selectinload(Revision.findings),
                 selectinload(Revision.dataset).selectinload(Dataset.publisher))
        .order_by(Revision.created_at)
    )
    if within is not None:
        query = query.join(Publisher, Dataset.publisher_id == Publisher.id) \
            .where(Publisher.code.in_(list(within)))
    with catalog.sessions() as session:
        return [_summary(r) for r in session.scalars(query)]


def _summary(revision: Revision) -> dict[str, Any]:
    return {
        "revision_id": revision.id,
        "dataset": revision.dataset.name,
        "publisher": revision.dataset.publisher.code,
        "title": revision.metadata_json.get("title", ""),
        "revision": revision.number,
        "created_at": revision.created_at.isoformat(),
        "findings": len(revision.findings),
        "needs_review": sum(1 for f in revision.findings if f.needs_review),
    }


def _held(session: Session, ref: str) -> Revision:
    """The held revision named by its id, or the latest held revision of a dataset name."""
    revision = session.scalar(
        select(Revision)
        .join(Dataset, Revision.dataset_id == Dataset.id)
        .where(Revision.status == RevisionStatus.HELD)
        .where(or_(Revision.id == ref, Dataset.name == ref, Dataset.id == ref))
        .order_by(Revision.number.desc())
    )
    if revision is None:
        raise NotFound(f"no revision held for review matches {ref!r} (see `govcat review list`)")
    return revision


def held_dataset(catalog: Catalog, ref: str) -> str:
    """The id of the dataset whose held revision ref names (NotFound)."""
    with catalog.sessions() as session:
        return _held(session, ref).dataset_id


def review_detail(catalog: Catalog, ref: str) -> dict[str, Any]:
    """A held revision's findings, each with masked examples of where it was found."""
    with catalog.sessions() as session:
        revision = _held(session, ref)
        resources = {r.name: r for r in revision.resources}
        findings = []
        for number, finding in enumerate(_numbered(revision), start=1):
            resource = resources.get(finding.resource_name)
            examples = _examples(catalog, revision, resource, finding.field, finding.offsets)
            findings.append({"number": number, **finding.to_dict(),
                             "may_be_not_personal": bool(finding.terms),
                             "examples": examples})
        return {**_summary(revision), "findings": findings}


def _numbered(revision: Revision) -> list[PrivacyFinding]:
    """A revision's findings in a stable order: the numbers `review show` gives them."""
    return sorted(revision.findings, key=lambda f: (f.resource_name, f.field, f.entity, f.scope))


def _examples(catalog, revision, resource, field_name, offsets) -> list[str]:
    """Masked context: the remediated text around each offset, never the raw value."""
    wanted = [tuple(o) for o in offsets[:CONTEXT_EXAMPLES]]
    if resource is None:  # dataset metadata: the screened field text
        text = str(revision.metadata_json.get(field_name.split("[")[0], ""))
        return [_around(text, start, end) for _, start, end in wanted] if text else []
    if not resource.storage_key:
        return []
    table = read_table(
        catalog.files.path_for(resource.storage_key),
        format=resource.format.lower(),
        encoding="utf-8",
        detect=False,  # govcat's own file: its header on row 1, its rows all data
    )
    if field_name not in table.header:
        return []
    column = table.header.index(field_name)
    rows = {row for row, _, _ in wanted}
    found: dict[int, str] = {}
    for number, row in enumerate(table.rows(), start=1):
        if number in rows:
            found[number] = row[column] if column < len(row) else ""
        if len(found) == len(rows) or number > max(rows, default=0):
            break
    return [f"row {row}: {_around(found.get(row, ''), s, e)}" for row, s, e in wanted]


def _around(text: str, start: int, end: int, margin: int = 20) -> str:
    lo, hi = max(0, start - margin), min(len(text), end + margin)
    return ("…" if lo else "") + text[lo:hi] + ("…" if hi < len(text) else "")


def approve(catalog: Catalog, ref: str, *, actor: Actor, note: str = "") -> dict[str, Any]:
    """Publish the held (already remediated) revision."""
    with transaction(catalog.sessions) as session:
        revision = _held(session, ref)
        # Concurrent publishes and approvals of the dataset wait here (SQLite: the transaction
        # already holds the write lock); a revision decided meanwhile is no longer held.
        session.refresh(revision.dataset, with_for_update=True)
        session.refresh(revision)
        if revision.status != RevisionStatus.HELD:
            raise CatalogError(f"revision {revision.number} of {revision.dataset.name} was "
                               f"decided meanwhile ({revision.status})")
        now = utcnow()
        revision.decided_at, revision.decided_by = now, actor.who
        revision.decision_note = note or None
        revision.privacy_status = "approved"
        make_current(session, revision.dataset, revision, now)
        sync_datasets(session, catalog.files, [revision.dataset],
                      workers=catalog.settings.screen_workers)
        _audit(session, actor, "review.approve", revision, note)
        result = _summary(revision)
        dataset_id = revision.dataset_id
    indexing.after_publish(catalog, dataset_id)
    return result


def reject(catalog: Catalog, ref: str, *, actor: Actor, note: str = "",
           not_personal: Sequence[int] = ()) -> dict[str, Any]:
    """Refuse the held revision; whatever was published before stays published.

    not_personal: numbers of findings (as `review show` numbers them) whose terms are not
    personal data (a bus stop, a shop): their digests join the publisher's allow-list, so the
    next publish or harvest of the source keeps them. The raw source is never kept, which is
    why the held revision, already masked, is rejected rather than corrected.
    """
    if not note.strip() and not not_personal:
        raise CatalogError("a rejection needs a reason (--note)")
    with transaction(catalog.sessions) as session:
        revision = _held(session, ref)
        digests = _not_personal_terms(revision, not_personal)
        revision.status = RevisionStatus.REJECTED
        revision.decided_at, revision.decided_by = utcnow(), actor.who
        revision.decision_note = note or "not personal: findings " + ", ".join(
            map(str, not_personal))
        revision.privacy_status = "rejected"
        _audit(session, actor, "review.reject", revision, revision.decision_note)
        if digests:
            publisher = revision.dataset.publisher
            policy = dict(publisher.privacy_policy or {})
            known = list(policy.get("allow_digests") or [])
            policy["allow_digests"] = known + [d for d in digests if d not in known]
            publisher.privacy_policy = policy
            record(session, actor, "review.not_personal", f"publisher:{publisher.code}",
                   dataset=revision.dataset.name, revision=revision.number,
                   findings=list(not_personal), terms=len(digests))
        return _summary(revision)


def _not_personal_terms(revision: Revision, numbers: Sequence[int]) -> list[str]:
    """The term digests of the findings numbered numbers (CatalogError for a bad number)."""
    findings = _numbered(revision)
    digests: list[str] = []
    for number in numbers:
        if not 1 <= number <= len(findings):
            raise CatalogError(f"no finding {number}: revision {revision.number} of "
                               f"{revision.dataset.name} has {len(findings)} "
                               "(see `govcat review show`)")
        finding = findings[number - 1]
        if not finding.terms:
            raise CatalogError(
                f"finding {number} ({finding.entity} in {finding.field or 'the metadata'}) "
                f"cannot be declared not personal: only names and addresses found in cells "
                f"or text can")
        digests += [d for d in finding.terms if d not in digests]
    return digests


def _audit(session: Session, actor: Actor, action: str, revision: Revision, note: str) -> None:
    record(session, actor, action, f"revision:{revision.id}", dataset=revision.dataset.name,
           revision=revision.number, note=note)


def dataset_history(catalog: Catalog, name: str) -> dict[str, Any]:
    """Every revision of a dataset (for its publisher): status, validation errors, findings."""
    with catalog.sessions() as session:
        dataset = session.scalar(
            select(Dataset).where(or_(Dataset.name == name, Dataset.id == name))
        )
        if dataset is None:
            raise NotFound(f"dataset {name!r} not found")
        revisions = []
        for revision in dataset.revisions:
            revisions.append(
                {
                    **_summary(revision),
                    "status": revision.status,
                    "validation_status": revision.validation_status,
                    "privacy_status": revision.privacy_status,
                    "decided_by": revision.decided_by,
                    "decision_note": revision.decision_note,
                    "validation": [
                        {"resource": r.resource_name, "valid": r.valid, "errors": r.errors}
                        for r in revision.validation_reports
                    ],
                }
            )
        return {
            "dataset": dataset.name,
            "publisher": dataset.publisher.code,
            "current_revision": dataset.current_revision.number
            if dataset.current_revision
            else None,
            "revisions": revisions,
        }
