"""SQLAlchemy models of the catalog store (the source of truth): the catalog's own tables.

Their declarative Base is shared by the other packages' models (harvesters.models), so the
store has one metadata.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    """Timezone-aware now, the one clock of the store."""
    return datetime.now(UTC)


def as_utc(moment: datetime | None) -> datetime | None:
    """A stored time as an aware UTC time (SQLite gives it back without its zone)."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=UTC)


def new_id() -> str:
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class RevisionStatus:
    """Lifecycle of a revision; only `published` is ever visible to the public."""

    PUBLISHED = "published"  # the dataset's current public revision
    SUPERSEDED = "superseded"  # was published, replaced by a newer one
    HELD = "held"  # waits for a privacy review
    INVALID = "invalid"  # blocked by validation errors
    REJECTED = "rejected"  # rejected by a reviewer
    BLOCKED = "blocked"  # blocked by the privacy policy


class Publisher(Base):
    __tablename__ = "publishers"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    code: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    name: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str | None] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    # The publisher's remediation policy (privacy.policy format); None = the defaults.
    privacy_policy: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    datasets: Mapped[list[Dataset]] = relationship(back_populates="publisher")


class Dataset(Base):
    __tablename__ = "datasets"
    # a harvest finds each of its items' datasets by (source, key)
    __table_args__ = (Index("ix_datasets_source_key", "source_id", "source_key"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(100), unique=True, index=True)
    publisher_id: Mapped[str] = mapped_column(ForeignKey("publishers.id"), index=True)
    # The harvest source (harvesters.models) the dataset came from, if harvested. The database
    # keeps the foreign key (the migrations, at the composition layer, see every package's
    # tables); the catalog names the table only, so it never imports harvesters. use_alter: the
    # constraint between two packages' tables is no dependency of the catalog's own table, so
    # saving a dataset needs no harvest_sources in the metadata (only creating or comparing
    # tables from it does: import every package's models first, as api.store does).
    source_id: Mapped[str | None] = mapped_column(
        ForeignKey("harvest_sources.id", use_alter=True), index=True
    )
    # The item's identity within its source, as a keyed hash (Catalog.source_key_digest): the
    # raw key is often a file name, which may name a person.
    source_key: Mapped[str | None] = mapped_column(String(500))
    current_revision_id: Mapped[str | None] = mapped_column(
        ForeignKey("revisions.id", use_alter=True, name="fk_datasets_current_revision")
    )
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    modified_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # Set when the dataset left its source: it leaves search and listings, its address
    # answers 410 Gone with this tombstone, and its history stays (cleared if it comes back)
    withdrawn_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    withdrawn_reason: Mapped[str | None] = mapped_column(String(500))

    publisher: Mapped[Publisher] = relationship(back_populates="datasets")
    revisions: Mapped[list[Revision]] = relationship(
        back_populates="dataset",
        foreign_keys="Revision.dataset_id",
        order_by="Revision.number",
    )
    current_revision: Mapped[Revision | None] = relationship(
        foreign_keys=[current_revision_id], post_update=True
    )


class Revision(Base):
    """One attempt to publish a dataset: screened metadata, resources, reports, decision."""

    __tablename__ = "revisions"
    __table_args__ = (UniqueConstraint("dataset_id", "number", name="uq_revisions_dataset_number"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    dataset_id: Mapped[str] = mapped_column(ForeignKey("datasets.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), index=True)
    metadata_json: Mapped[dict[str, Any]] = mapped_column("metadata", JSON)
    provenance: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    fingerprint: Mapped[str | None] = mapped_column(String(64))
    validation_status: Mapped[str] = mapped_column(String(20))
    privacy_status: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    decided_by: Mapped[str | None] = mapped_column(String(200))
    decision_note: Mapped[str | None] = mapped_column(Text)

    dataset: Mapped[Dataset] = relationship(back_populates="revisions", foreign_keys=[dataset_id])
    resources: Mapped[list[Resource]] = relationship(
        back_populates="revision", order_by="Resource.position", cascade="all, delete-orphan"
    )
    validation_reports: Mapped[list[ValidationReport]] = relationship(
        back_populates="revision", cascade="all, delete-orphan"
    )
    findings: Mapped[list[PrivacyFinding]] = relationship(
        back_populates="revision", cascade="all, delete-orphan"
    )


class Resource(Base):
    """A screened file of a revision, stored content-addressed; or a link to a file its
    source publishes, which govcat lists but never fetches, screens or serves (url set,
    storage_key None)."""

    __tablename__ = "resources"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    revision_id: Mapped[str] = mapped_column(ForeignKey("revisions.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(String(500))
    description: Mapped[str | None] = mapped_column(Text)
    format: Mapped[str] = mapped_column(String(20))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int | None] = mapped_column(Integer)
    checksum: Mapped[str | None] = mapped_column(String(71))  # "sha256:<hex>"
    storage_key: Mapped[str | None] = mapped_column(String(100))
    url: Mapped[str | None] = mapped_column(Text)  # a link resource's address at its source
    row_count: Mapped[int | None] = mapped_column(Integer)
    table_schema: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    source_encoding: Mapped[str | None] = mapped_column(String(40))
    validation_status: Mapped[str] = mapped_column(String(20))

    revision: Mapped[Revision] = relationship(back_populates="resources")


class ValidationReport(Base):
    """Frictionless outcome for one resource; errors never quote cell values."""

    __tablename__ = "validation_reports"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    revision_id: Mapped[str] = mapped_column(ForeignKey("revisions.id"), index=True)
    resource_name: Mapped[str] = mapped_column(String(200))
    valid: Mapped[bool] = mapped_column(Boolean)
    error_count: Mapped[int] = mapped_column(Integer, default=0)
    errors: Mapped[list[Any]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    revision: Mapped[Revision] = relationship(back_populates="validation_reports")


class PrivacyFinding(Base):
    """What the screen found: entity, where, how many, how sure — never the values."""

    __tablename__ = "privacy_findings"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    revision_id: Mapped[str] = mapped_column(ForeignKey("revisions.id"), index=True)
    resource_name: Mapped[str] = mapped_column(String(200))  # "" for dataset metadata
    field: Mapped[str] = mapped_column(String(200))
    entity: Mapped[str] = mapped_column(String(60))
    scope: Mapped[str] = mapped_column(String(20))
    count: Mapped[int] = mapped_column(Integer)
    offsets: Mapped[list[Any]] = mapped_column(JSON, default=list)
    confidence: Mapped[float] = mapped_column(Float)
    action: Mapped[str] = mapped_column(String(20))
    needs_review: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str | None] = mapped_column(Text)
    # Keyed digests of the terms found (names, addresses), never the terms: what a reviewer
    # declares not personal goes to the publisher's allow-list by them (privacy.allowlist).
    terms: Mapped[list[Any]] = mapped_column(JSON, default=list)

    revision: Mapped[Revision] = relationship(back_populates="findings")

    def to_dict(self) -> dict[str, Any]:
        """The finding as publishers see it (it never holds a personal value)."""
        return {
            "resource": self.resource_name,
            "field": self.field,
            "entity": self.entity,
            "scope": self.scope,
            "count": self.count,
            "confidence": round(self.confidence, 3),
            "action": self.action,
            "needs_review": self.needs_review,
            "note": self.note or "",
        }


class RowTable(Base):
    """The row table of a published resource (catalog.rowstore): the table exists exactly
    while this row does, both written in the transaction that publishes, supersedes, withdraws
    or restores the resource's dataset."""

    __tablename__ = "row_tables"

    resource_id: Mapped[str] = mapped_column(ForeignKey("resources.id"), primary_key=True)
    dataset_id: Mapped[str] = mapped_column(ForeignKey("datasets.id"), index=True)
    table_name: Mapped[str] = mapped_column(String(63), unique=True)
    row_count: Mapped[int] = mapped_column(BigInteger)
    # the Table Schema fields whose columns are indexed (catalog.rowstore.load.indexed)
    indexed: Mapped[list[Any]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class AuditEvent(Base):
    """Who did what, when, in which role and through which channel: every write
    (catalog.audit.record adds one in the write's own transaction)."""

    __tablename__ = "audit_events"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(200), index=True)
    # the Actor's role and channel (catalog.actor); None on events older than migration 0010
    role: Mapped[str | None] = mapped_column(String(40))
    channel: Mapped[str | None] = mapped_column(String(20))
    action: Mapped[str] = mapped_column(String(60))
    target: Mapped[str] = mapped_column(String(200))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
