"""The publication pipeline: intake → validate → screen → decide → publish (atomically)."""

from __future__ import annotations

import logging
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from slugify import slugify
from sqlalchemy import select
from sqlalchemy.orm import Session

from catalog import indexing
from catalog.context import Catalog
from catalog.db import transaction
from catalog.errors import CatalogError, NotFound
from catalog.intake import IntakeRecord, IntakeResource
from catalog.metadata import FORMAT_MEDIA_TYPES, TABLE_SUFFIXES, dump_metadata, load_metadata
from catalog.models import (
    Dataset,
    PrivacyFinding,
    Publisher,
    Resource,
    Revision,
    RevisionStatus,
    ValidationReport,
    utcnow,
)
from catalog.validation import TableValidation, ValidationError, served_schema, validate_table
from privacy import Finding, Screener, TableReadError, detect_encoding
from privacy.findings import decide

log = logging.getLogger(__name__)

# What the screen's decision means for the revision.
DECISION_STATUS = {
    "publish": RevisionStatus.PUBLISHED,
    "review": RevisionStatus.HELD,
    "block": RevisionStatus.BLOCKED,
}

# Metadata fields that carry free text and are screened before anything is stored.
SCREENED_TEXT_FIELDS = ("title", "title_en", "description", "access_conditions")


@dataclass
class ScreenedResource:
    """A resource after the screen: the remediated file and what was found in it."""

    name: str
    title: str | None
    description: str | None
    fmt: str
    encoding: str | None
    output: Path
    row_count: int
    table_schema: dict[str, Any] | None
    findings: list[Finding]


@dataclass
class PublishOutcome:
    """What the pipeline decided for one intake record."""

    dataset_id: str
    dataset_name: str
    status: str  # a RevisionStatus, or "unchanged"
    revision: int | None = None
    validations: list[TableValidation] = field(default_factory=list)
    findings: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """JSON form for the CLI and API (no personal values: findings are counts/offsets)."""
        return {
            "dataset": self.dataset_name,
            "id": self.dataset_id,
            "status": self.status,
            "revision": self.revision,
            "validation": [
                {
                    "resource": v.resource,
                    "valid": v.valid,
                    "errors": [e.to_dict() for e in v.errors],
                }
                for v in self.validations
            ],
            "findings": self.findings,
        }

    @property
    def public(self) -> bool:
        return self.status == RevisionStatus.PUBLISHED

    def summary(self) -> str:
        text = f"{self.dataset_name}: {self.status}"
        if self.revision is not None:
            text += f" (revision {self.revision})"
        if self.findings:
            review = sum(1 for f in self.findings if f["needs_review"])
            text += f"; {len(self.findings)} privacy finding(s), {review} for review"
        return text


def publish(
    catalog: Catalog,
    record: IntakeRecord,
    *,
    publisher_code: str,
    source_id: str | None = None,
) -> PublishOutcome:
    """Run one intake record through the whole pipeline; the store stays consistent."""
    metadata = load_metadata(record.metadata, record.where)
    resources = _check_resources(record)
    with catalog.sessions() as session:
        publisher = _publisher(session, publisher_code)
        publisher_id, policy = publisher.id, publisher.privacy_policy
    screener = catalog.screener_for(policy, source=f"policy of publisher {publisher_code}")
    context = _pseudonym_context(record, metadata, publisher_code, source_id)
    fingerprint = record.fingerprint()
    tmp_root = catalog.settings.home / "tmp"
    tmp_root.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=tmp_root) as tmp:
        workdir = Path(tmp)
        public_meta, meta_findings = screen_metadata(screener, metadata, context)
        with catalog.sessions() as session:
            existing = _find_dataset(session, record, public_meta, publisher_id, source_id)
            if existing is not None:
                latest = existing.revisions[-1] if existing.revisions else None
                if latest is not None and latest.fingerprint == fingerprint:
                    return PublishOutcome(existing.id, existing.name, "unchanged", latest.number)

        validations = [_validate(resource, fmt) for resource, fmt in resources]
        if not all(v.valid for v in validations):
            return _record_revision(
                catalog, record, public_meta, publisher_id, source_id, fingerprint,
                status=RevisionStatus.INVALID, validations=validations,
                screened=[], meta_findings=[],
            )  # fmt: skip

        screened = [
            _screen_resource(screener, resource, fmt, validation, workdir, position, context)
            for position, ((resource, fmt), validation) in enumerate(
                zip(resources, validations, strict=True)
            )
        ]
        all_findings = meta_findings + [f for s in screened for f in s.findings]
        status = DECISION_STATUS[decide(all_findings)]
        return _record_revision(
            catalog, record, public_meta, publisher_id, source_id, fingerprint,
            status=status, validations=validations,
            screened=screened, meta_findings=meta_findings,
        )  # fmt: skip


def validate_intake(record: IntakeRecord) -> list[TableValidation]:
    """Frictionless reports of every resource of an intake record (nothing is stored)."""
    return [_validate(resource, fmt) for resource, fmt in _check_resources(record)]


def screen_metadata(
    screener: Screener, metadata: dict[str, Any], context: str = ""
) -> tuple[dict[str, Any], list[Finding]]:
    """Screened copy of the metadata (JSON-ready) and the findings, fields named."""
    public = dump_metadata(metadata)
    language = "en" if public.get("language") == "en" else "zh"
    findings: list[Finding] = []

    def screen(text: str, field_name: str) -> str:
        result = screener.screen_text(text, field=field_name, language=language, context=context)
        findings.extend(result.findings)
        return result.text

    for name in SCREENED_TEXT_FIELDS:
        if public.get(name):
            public[name] = screen(public[name], name)
    public["keywords"] = [
        screen(keyword, f"keywords[{i}]") for i, keyword in enumerate(public.get("keywords", []))
    ]
    # The contact point is the publishing office's official contact, which the 条例 requires
    # to be public; its mailbox is kept, but a person's name or mobile put there is screened.
    contact = public.get("contact_point") or {}
    for key in ("name", "phone"):
        if contact.get(key):
            contact[key] = screen(contact[key], f"contact_point.{key}")
    return public, findings


def _pseudonym_context(
    record: IntakeRecord, metadata: dict[str, Any], publisher_code: str, source_id: str | None
) -> str:
    """A dataset identity that stays the same across its revisions (scopes pseudonyms)."""
    if source_id and record.source_key:
        return f"source:{source_id}:{record.source_key}"
    return f"publisher:{publisher_code}:{metadata.get('name') or _slug(metadata['title'])}"


def _check_resources(record: IntakeRecord) -> list[tuple[IntakeResource, str]]:
    if not record.resources:
        raise CatalogError(f"{record.where}: the dataset has no resource files")
    checked = []
    for resource in record.resources:
        fmt = TABLE_SUFFIXES.get(resource.path.suffix.lower())
        if fmt is None:
            raise CatalogError(
                f"{resource.path}: unsupported resource format {resource.path.suffix!r} "
                f"(the privacy screen reads {', '.join(sorted(TABLE_SUFFIXES))})"
            )
        if not resource.path.is_file():
            raise CatalogError(f"{resource.path}: file not found")
        checked.append((resource, fmt))
    return checked


def _publisher(session: Session, code: str) -> Publisher:
    publisher = session.scalar(select(Publisher).where(Publisher.code == code))
    if publisher is None:
        raise NotFound(f"unknown publisher {code!r}: add it with `govcat publisher add`")
    return publisher


def _validate(resource: IntakeResource, fmt: str) -> TableValidation:
    encoding = None
    if fmt == "CSV":
        try:
            encoding = detect_encoding(resource.path)
        except TableReadError as exc:
            error = ValidationError("encoding-error", "Encoding Error", None, None, str(exc))
            return TableValidation(resource.name, False, [error], 1)
    return validate_table(
        resource.path, fmt=fmt, encoding=encoding, name=resource.name, schema=resource.table_schema
    )


def _screen_resource(
    screener: Screener,
    resource: IntakeResource,
    fmt: str,
    validation: TableValidation,
    workdir: Path,
    position: int,
    context: str,
) -> ScreenedResource:
    encoding = validation.encoding
    output = workdir / f"{position}{resource.path.suffix.lower()}"
    if output.suffix == ".tsv":
        output = output.with_suffix(".csv")
    try:
        table = screener.screen_file(resource.path, output, encoding=encoding, context=context)
    except TableReadError as exc:
        raise CatalogError(str(exc)) from None
    names = screener.screen_text(resource.name, field="resource.name", context=context)
    findings = [*table.findings, *names.findings]
    title = description = None
    if resource.title:
        screened = screener.screen_text(resource.title, field="resource.title", context=context)
        title, findings = screened.text, findings + screened.findings
    if resource.description:
        screened = screener.screen_text(
            resource.description, field="resource.description", context=context
        )
        description, findings = screened.text, findings + screened.findings
    # The published Table Schema describes the file that is served, after remediation: derived
    # from the validated source schema, or (when that does not fit) inferred from the file.
    schema = served_schema(validation.table_schema, table.published_columns())
    if schema is None:
        schema = validate_table(output, fmt=fmt, encoding="utf-8", name=resource.name).table_schema
    public_name = (
        names.text
        if output.suffix == resource.path.suffix.lower()
        else (Path(names.text).with_suffix(output.suffix).name)
    )
    return ScreenedResource(
        name=public_name,
        title=title,
        description=description,
        fmt=fmt,
        encoding=encoding,
        output=output,
        row_count=table.row_count,
        table_schema=schema,
        findings=findings,
    )


def _find_dataset(
    session: Session,
    record: IntakeRecord,
    public_meta: dict[str, Any],
    publisher_id: str,
    source_id: str | None,
) -> Dataset | None:
    if source_id and record.source_key:
        found = session.scalar(
            select(Dataset).where(
                Dataset.source_id == source_id, Dataset.source_key == record.source_key
            )
        )
        if found is not None:
            return found
    name = public_meta.get("name") or _slug(public_meta["title"])
    found = session.scalar(select(Dataset).where(Dataset.name == name))
    if found is None:
        return None
    if found.publisher_id != publisher_id:
        if public_meta.get("name"):
            raise CatalogError(
                f"{record.where}: dataset name {name!r} is already used by another publisher"
            )
        return None
    if source_id and found.source_id not in (None, source_id):
        return None
    return found


def _slug(title: str) -> str:
    slug = slugify(title, max_length=80, word_boundary=True, save_order=True)
    return slug if len(slug) >= 2 else "dataset"


def _unique_name(session: Session, base: str) -> str:
    name, n = base, 1
    while session.scalar(select(Dataset.id).where(Dataset.name == name)) is not None:
        n += 1
        name = f"{base[:95]}-{n}"
    return name


def _record_revision(
    catalog: Catalog,
    record: IntakeRecord,
    public_meta: dict[str, Any],
    publisher_id: str,
    source_id: str | None,
    fingerprint: str,
    *,
    status: str,
    validations: list[TableValidation],
    screened: list[ScreenedResource],
    meta_findings: list[Finding],
) -> PublishOutcome:
    """Store files, then write the revision in one transaction; index after commit."""
    stored = [catalog.files.put(item.output) for item in screened]
    now = utcnow()
    with transaction(catalog.sessions) as session:
        dataset = _find_dataset(session, record, public_meta, publisher_id, source_id)
        if dataset is None:
            base = public_meta.get("name") or _slug(public_meta["title"])
            dataset = Dataset(
                name=_unique_name(session, base),
                publisher_id=publisher_id,
                source_id=source_id,
                source_key=record.source_key,
            )
            session.add(dataset)
            session.flush()
        number = (dataset.revisions[-1].number + 1) if dataset.revisions else 1
        public_meta["name"] = dataset.name
        revision = Revision(
            dataset_id=dataset.id,
            number=number,
            status=status,
            metadata_json=public_meta,
            provenance=_public_provenance(record, now),
            fingerprint=fingerprint,
            validation_status="valid" if all(v.valid for v in validations) else "invalid",
            privacy_status=_privacy_status(
                meta_findings + [f for s in screened for f in s.findings]
            ),
            created_at=now,
            decided_at=now if status == RevisionStatus.PUBLISHED else None,
            decided_by="pipeline" if status == RevisionStatus.PUBLISHED else None,
        )
        session.add(revision)
        for validation in validations:
            revision.validation_reports.append(
                ValidationReport(
                    resource_name=validation.resource,
                    valid=validation.valid,
                    error_count=validation.error_count,
                    errors=[e.to_dict() for e in validation.errors],
                )
            )
        for finding in meta_findings:
            revision.findings.append(_finding_row(finding, ""))
        for position, (item, file) in enumerate(zip(screened, stored, strict=True)):
            revision.resources.append(
                Resource(
                    position=position,
                    name=item.name,
                    title=item.title,
                    description=item.description,
                    format=item.fmt,
                    media_type=FORMAT_MEDIA_TYPES[item.fmt],
                    size=file.size,
                    checksum=file.checksum,
                    storage_key=file.key,
                    row_count=item.row_count,
                    table_schema=item.table_schema,
                    source_encoding=item.encoding,
                    validation_status="valid",
                )
            )
            for finding in item.findings:
                revision.findings.append(_finding_row(finding, item.name))
        session.flush()
        if status == RevisionStatus.PUBLISHED:
            make_current(session, dataset, revision, now)
        outcome = PublishOutcome(
            dataset_id=dataset.id,
            dataset_name=dataset.name,
            status=status,
            revision=number,
            validations=validations,
            findings=[row.to_dict() for row in revision.findings],
        )
    if status == RevisionStatus.PUBLISHED:
        indexing.index_dataset(catalog, outcome.dataset_id)
    return outcome


def make_current(session: Session, dataset: Dataset, revision: Revision, now: Any) -> None:
    """Point the dataset at `revision`; the previous public revision is superseded."""
    previous = dataset.current_revision
    if previous is not None and previous.id != revision.id:
        previous.status = RevisionStatus.SUPERSEDED
    revision.status = RevisionStatus.PUBLISHED
    dataset.current_revision = revision
    dataset.modified_at = now


def _public_provenance(record: IntakeRecord, now: Any) -> dict[str, Any]:
    provenance = dict(record.provenance)
    provenance.setdefault("harvested_at", now.isoformat())
    return provenance


def _privacy_status(findings: list[Finding]) -> str:
    if not findings:
        return "clean"
    return {"block": "blocked", "review": "needs_review"}.get(decide(findings), "remediated")


def _finding_row(finding: Finding, resource_name: str) -> PrivacyFinding:
    return PrivacyFinding(
        resource_name=resource_name,
        field=finding.field,
        entity=finding.entity,
        scope=finding.scope,
        count=finding.count,
        offsets=[list(o) for o in finding.offsets],
        confidence=finding.confidence,
        action=finding.action,
        needs_review=finding.needs_review,
        note=finding.note or None,
    )
