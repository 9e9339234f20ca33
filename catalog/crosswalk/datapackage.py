"""Frictionless Data Package descriptors ↔ the catalog's metadata standard, both ways.

``from_datapackage`` reads a ``datapackage.json`` (harvesters/files.py resolves its resource
paths); ``to_datapackage`` writes the descriptor of a dataset. The standard's fields that the
Data Package spec has no property for travel under the descriptor's ``govcat`` key, which a
package may also carry itself; package properties the standard has no field for (version,
homepage, sources, contributors, repository…) are kept as provenance, not dropped.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from catalog.crosswalk import iso_date
from catalog.metadata import NAME_PATTERN

# Package properties that are presentation or the resources themselves, not metadata
_NOT_PROVENANCE = {"resources", "views", "govcat", "name", "title", "description", "keywords",
                   "licenses", "created", "last_modified", "last_updated"}
_LARGEST_KEPT = 10_000  # bytes of JSON: a bigger unknown property is not kept as provenance
# The standard's own fields without a Data Package property (written under "govcat")
_GOVCAT_FIELDS = ("title_en", "theme", "open_condition", "legal_basis", "access_conditions",
                  "update_frequency", "temporal_start", "temporal_end", "spatial",
                  "contact_point", "language", "identifier")


@dataclass
class DataPackageResource:
    """A resource as the descriptor lists it (path relative to the descriptor, or a URL)."""

    path: str
    name: str = ""
    title: str | None = None
    description: str | None = None
    format: str = ""
    schema: dict[str, Any] | str | None = None  # a Table Schema, or the path of one


@dataclass
class DataPackageDataset:
    """A Data Package read into the standard: metadata, resources and what else it said."""

    metadata: dict[str, Any]
    resources: list[DataPackageResource] = field(default_factory=list)
    provenance: dict[str, Any] = field(default_factory=dict)


def from_datapackage(package: Mapping[str, Any], fallback_title: str) -> DataPackageDataset:
    """A descriptor read into the standard (fallback_title: when it has no title or name)."""
    metadata: dict[str, Any] = {
        "title": str(package.get("title") or package.get("name") or fallback_title)}
    name = str(package.get("name") or "").lower()
    if NAME_PATTERN.match(name):
        metadata["name"] = name
    if package.get("description"):
        metadata["description"] = str(package["description"])
    if isinstance(package.get("keywords"), list):
        metadata["keywords"] = [str(k) for k in package["keywords"]]
    licenses = package.get("licenses")
    if isinstance(licenses, list) and licenses and isinstance(licenses[0], dict):
        license_name = str(licenses[0].get("name") or licenses[0].get("title") or "")[:100]
        if license_name:
            metadata["license"] = license_name
    if iso_date(package.get("created")):
        metadata["issued"] = iso_date(package["created"])
    modified = package.get("last_modified") or package.get("last_updated")
    if iso_date(modified):
        metadata["modified"] = iso_date(modified)
    own = package.get("govcat")  # the standard's own fields, when a package carries them
    if isinstance(own, dict):
        metadata.update(own)
    provenance = {key: value for key, value in package.items()
                  if key not in _NOT_PROVENANCE and _small(value)}
    if isinstance(licenses, list) and len(licenses) > 1:
        provenance["licenses"] = licenses[1:]
    resources = [
        DataPackageResource(
            path=item["path"], name=str(item.get("name") or ""),
            title=item.get("title") if isinstance(item.get("title"), str) else None,
            description=item.get("description")
            if isinstance(item.get("description"), str) else None,
            format=str(item.get("format") or ""),
            schema=item.get("schema") if isinstance(item.get("schema"), dict | str) else None)
        for item in package.get("resources") or []
        if isinstance(item, dict) and isinstance(item.get("path"), str)
    ]
    return DataPackageDataset(metadata, resources, provenance)


def to_datapackage(dataset: DataPackageDataset) -> dict[str, Any]:
    """The descriptor of a dataset in the standard (from_datapackage's inverse)."""
    metadata = dataset.metadata
    package: dict[str, Any] = {key: value for key, value in dataset.provenance.items()
                               if key != "licenses"}
    if metadata.get("name"):
        package["name"] = metadata["name"]
    package["title"] = metadata.get("title", "")
    for key in ("description", "keywords"):
        if metadata.get(key):
            package[key] = metadata[key]
    if metadata.get("license"):
        package["licenses"] = [{"name": metadata["license"]},
                               *dataset.provenance.get("licenses", [])]
    if metadata.get("issued"):
        package["created"] = str(metadata["issued"])
    if metadata.get("modified"):
        package["last_modified"] = str(metadata["modified"])
    own = {key: metadata[key] for key in _GOVCAT_FIELDS if metadata.get(key)}
    if own:
        package["govcat"] = own
    package["resources"] = [
        {key: value for key, value in (("path", r.path), ("name", r.name), ("title", r.title),
                                       ("description", r.description), ("format", r.format),
                                       ("schema", r.schema)) if value}
        for r in dataset.resources]
    return package


def _small(value: Any) -> bool:
    """Whether a property's value is small enough to keep as provenance."""
    try:
        return len(json.dumps(value, ensure_ascii=False, default=str)) <= _LARGEST_KEPT
    except (TypeError, ValueError):
        return False
