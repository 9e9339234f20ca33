"""Intake records: what a harvester hands to the publication pipeline."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class IntakeResource:
    """One file of a dataset, as found at the source (raw, unscreened)."""

    path: Path
    name: str
    title: str | None = None
    description: str | None = None
    table_schema: dict[str, Any] | None = None  # a declared Table Schema to validate against
    # Where the table lies in its file, when detection (privacy.layout) is wrong: a
    # workbook's sheet (name, or 1-based position), the header's rows, the rows above it
    sheet: str | None = None
    header_rows: int | None = None
    skip_rows: int | None = None

    @property
    def layout_options(self) -> dict[str, Any]:
        """The overrides given, as read_table takes them."""
        return {"sheet": self.sheet, "header_rows": self.header_rows,
                "skip_rows": self.skip_rows}


@dataclass(frozen=True)
class IntakeLink:
    """A resource kept as a link to its source: listed, never fetched, screened or served."""

    url: str
    name: str
    description: str | None = None
    format: str = ""  # as the source names it (PDF, SHP, CSV...)


@dataclass(frozen=True)
class CarriedResource:
    """A resource of the dataset's newest revision, already validated, screened and stored,
    that a new revision keeps as it is (an edit through the write API): its file is neither
    read again nor screened again. A new name, title or description (None: keep) is
    screened."""

    resource_id: str
    name: str | None = None
    title: str | None = None
    description: str | None = None


@dataclass(frozen=True)
class IntakeRecord:
    """Normalised metadata (not yet validated), resource files and provenance."""

    metadata: dict[str, Any]
    resources: tuple[IntakeResource, ...]
    where: str  # where it came from, for error messages (a path or URL)
    source_key: str | None = None  # identity of the dataset within its source
    provenance: dict[str, Any] = field(default_factory=dict)
    links: tuple[IntakeLink, ...] = ()  # resources left at the source
    carried: tuple[CarriedResource, ...] = ()  # resources kept from the dataset's revision
    # False: a dataset may be its metadata alone (created through the write API, its files
    # uploaded next); a department's folder or file must hold a table
    files_required: bool = True

    def with_layout(self, **overrides: Any) -> IntakeRecord:
        """The record with every resource's layout overrides set to those given (not None):
        sheet, header_rows, skip_rows (`govcat publish --header-rows 2`)."""
        given = {k: v for k, v in overrides.items() if v is not None}
        if not given:
            return self
        return replace(self, resources=tuple(replace(r, **given) for r in self.resources))

    def fingerprint(self) -> str:
        """Hash of metadata and file contents: equal fingerprints mean nothing changed."""
        digest = hashlib.sha256()
        digest.update(json.dumps(self.metadata, sort_keys=True, default=str).encode("utf-8"))
        for resource in self.resources:
            digest.update(resource.name.encode("utf-8"))
            digest.update(f"{resource.title}\x00{resource.description}".encode())
            digest.update(json.dumps(resource.table_schema, sort_keys=True).encode())
            if any(v is not None for v in resource.layout_options.values()):
                # (only when given: the fingerprints of records without overrides stay)
                digest.update(json.dumps(resource.layout_options, sort_keys=True,
                                         ensure_ascii=False).encode())
            with resource.path.open("rb") as handle:
                while chunk := handle.read(1 << 20):
                    digest.update(chunk)
        for carried in self.carried:
            digest.update(f"\x02{carried.resource_id}\x00{carried.name}\x00{carried.title}"
                          f"\x00{carried.description}".encode())
        for link in self.links:
            digest.update(f"\x01{link.url}\x00{link.name}\x00{link.description}\x00"
                          f"{link.format}".encode())
        return digest.hexdigest()
