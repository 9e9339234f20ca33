"""CKAN's dataset dict ↔ the catalog's metadata standard, both ways (one mapping).

``from_ckan`` reads what a CKAN portal's ``package_search``/``package_show`` returns;
``to_ckan`` writes the dict CKAN clients expect (the Action API of the next issue builds on
it). What the standard has no field for is kept, not dropped: unknown extras, the remote
organisation and groups travel as provenance (``CkanDataset.provenance``), and ``to_ckan``
puts them back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from catalog.crosswalk import iso_date, name_slug
from catalog.metadata import SPATIAL_PATTERN, THEMES, UPDATE_FREQUENCIES

# CKAN's license ids ↔ SPDX-style ids (the standard's license field); others pass through.
LICENSES = {
    "cc-by": "CC-BY-4.0", "CC-BY-4.0": "CC-BY-4.0", "cc-by-sa": "CC-BY-SA-4.0",
    "cc-zero": "CC0-1.0", "cc-nc": "CC-BY-NC-4.0", "odc-by": "ODC-By-1.0",
    "odc-odbl": "ODbL-1.0", "odc-pddl": "PDDL-1.0", "gfdl": "GFDL-1.3",
}  # fmt: skip
_TO_CKAN_LICENSE = {v: k for k, v in LICENSES.items() if k != v}


def ckan_license_id(license_id: str) -> str:
    """A license of the standard (SPDX-style) as CKAN names it (CC-BY-4.0: cc-by)."""
    return _TO_CKAN_LICENSE.get(license_id, license_id)
# The standard's themes as CKAN groups (a group's name is a slug; its title the theme)
THEME_GROUPS = {
    "综合政务": "general-affairs", "经济管理": "economy", "财税金融": "finance-tax",
    "农业农村": "agriculture", "工业交通": "industry-transport", "城乡建设": "urban-rural",
    "生态环境": "environment", "教育科技": "education-science", "文化旅游": "culture-tourism",
    "卫生健康": "health", "社会保障": "social-security", "公共安全": "public-safety",
    "人口与就业": "population-employment", "市场监管": "market-regulation",
    "民政服务": "civil-affairs", "资源能源": "resources-energy", "信用服务": "credit",
    "气象服务": "weather", "地理空间": "geospatial", "法律服务": "legal-services",
}  # fmt: skip
GROUP_THEMES = {group: theme for theme, group in THEME_GROUPS.items()}
# Extras that map onto a field of the standard (either spelling)
_EXTRA_FIELDS = {
    "temporal_start": "temporal_start", "temporal_end": "temporal_end",
    "spatial_code": "spatial", "spatial": "spatial", "theme": "theme",
    "update_frequency": "update_frequency", "frequency": "update_frequency",
    "language": "language", "title_en": "title_en", "issued": "issued", "modified": "modified",
    "formed": "formed",
    "open_condition": "open_condition", "legal_basis": "legal_basis",
    "access_conditions": "access_conditions",
}  # fmt: skip


@dataclass
class CkanResource:
    """A CKAN resource: where to fetch it and how the portal describes it."""

    url: str
    name: str
    description: str = ""
    format: str = ""
    size: int | None = None
    hash: str = ""
    id: str = ""
    datastore_active: bool = False  # its rows can be read with datastore_search


# Table Schema field types → the column types CKAN's DataStore names (datastore_search's
# "fields"); any other type is served as text
DATASTORE_TYPES = {
    "integer": "int", "year": "int", "number": "numeric", "boolean": "bool",
    "date": "date", "datetime": "timestamp", "object": "json", "array": "json",
}  # fmt: skip
DATASTORE_ROW_ID = {"id": "_id", "type": "int"}  # the row number datastore_search adds


def datastore_field(name: str, table_schema_type: str) -> dict[str, str]:
    """A field of datastore_search's "fields": its id and CKAN's type."""
    return {"id": name, "type": DATASTORE_TYPES.get(table_schema_type, "text")}


@dataclass
class CkanDataset:
    """A CKAN dataset read into the standard: metadata, resources and what else it said."""

    remote_id: str
    metadata: dict[str, Any]
    resources: list[CkanResource] = field(default_factory=list)
    provenance: dict[str, Any] = field(default_factory=dict)
    modified: str = ""  # metadata_modified as the portal wrote it




def _extras(package: dict[str, Any]) -> dict[str, str]:
    extras = package.get("extras") or []
    if isinstance(extras, dict):
        return {str(k): str(v) for k, v in extras.items()}
    return {str(e.get("key")): str(e.get("value", "")) for e in extras
            if isinstance(e, dict) and e.get("key")}


def from_ckan(package: dict[str, Any]) -> CkanDataset:
    """A CKAN dataset dict read into the standard (what does not fit goes to provenance)."""
    extras = _extras(package)
    metadata: dict[str, Any] = {"title": (package.get("title") or package.get("name") or "")}
    name = name_slug(str(package.get("name") or ""))
    if name:
        metadata["name"] = name
    if package.get("notes"):
        metadata["description"] = str(package["notes"])
    keywords = [str(t.get("name") if isinstance(t, dict) else t) for t in package.get("tags")
                or []]
    if keywords:
        metadata["keywords"] = [k[:100] for k in keywords if k][:50]
    if package.get("license_id"):
        metadata["license"] = LICENSES.get(package["license_id"], str(package["license_id"]))
    for key, target in (("metadata_created", "issued"), ("metadata_modified", "modified")):
        if iso_date(package.get(key)):
            metadata[target] = iso_date(package.get(key))
    name_, email = (package.get("maintainer") or package.get("author"),
                    package.get("maintainer_email") or package.get("author_email"))
    if name_ or email:
        metadata["contact_point"] = {k: str(v) for k, v in (("name", name_), ("email", email))
                                     if v}
    unknown: dict[str, str] = {}
    for key, value in extras.items():
        target = _EXTRA_FIELDS.get(key)
        if target is None or not value:
            unknown[key] = value
        elif target in ("temporal_start", "temporal_end", "issued", "modified", "formed"):
            if iso_date(value):
                metadata[target] = iso_date(value)
            else:
                unknown[key] = value
        elif target == "spatial" and not SPATIAL_PATTERN.match(value):
            unknown[key] = value  # a GeoJSON or a place name: kept as provenance
        elif target == "theme" and value not in THEMES or \
                target == "update_frequency" and value not in UPDATE_FREQUENCIES:
            unknown[key] = value
        else:
            metadata[target] = value
    provenance: dict[str, Any] = {"remote_id": str(package.get("id") or "")}
    organization = package.get("organization")
    if isinstance(organization, dict) and organization.get("name"):
        provenance["organization"] = {"name": organization["name"],
                                      "title": organization.get("title") or ""}
    groups = [g.get("name") for g in package.get("groups") or [] if isinstance(g, dict)]
    if groups:
        provenance["groups"] = groups
    if unknown:
        provenance["extras"] = unknown
    if package.get("url"):
        provenance["source_url"] = str(package["url"])
    resources = [
        CkanResource(url=str(r.get("url") or ""), name=str(r.get("name") or ""),
                     description=str(r.get("description") or ""),
                     format=str(r.get("format") or "").upper(),
                     size=r.get("size") if isinstance(r.get("size"), int) else None,
                     hash=str(r.get("hash") or ""), id=str(r.get("id") or ""),
                     datastore_active=r.get("datastore_active") is True)
        for r in package.get("resources") or [] if isinstance(r, dict) and r.get("url")
    ]
    return CkanDataset(remote_id=provenance["remote_id"], metadata=metadata,
                       resources=resources, provenance=provenance,
                       modified=str(package.get("metadata_modified") or ""))


def to_ckan(dataset: CkanDataset) -> dict[str, Any]:
    """The CKAN dataset dict of a dataset in the standard (from_ckan's inverse on the fields
    both know; provenance's extras, organisation and groups are put back)."""
    metadata = dataset.metadata
    extras = dict(dataset.provenance.get("extras") or {})
    # the dates travel as extras too: a catalog answering with its own metadata_created and
    # metadata_modified (the Action API) keeps the department's ones there
    for key in ("temporal_start", "temporal_end", "theme", "update_frequency", "language",
                "title_en", "open_condition", "legal_basis", "access_conditions", "issued",
                "modified", "formed"):
        if metadata.get(key):
            extras[key] = str(metadata[key])
    if metadata.get("spatial"):
        extras["spatial_code"] = str(metadata["spatial"])
    contact = metadata.get("contact_point") or {}
    package: dict[str, Any] = {
        "id": dataset.remote_id,
        "name": metadata.get("name", ""),
        "title": metadata.get("title", ""),
        "notes": metadata.get("description", ""),
        "tags": [{"name": k} for k in metadata.get("keywords", [])],
        "license_id": ckan_license_id(metadata.get("license", "")),
        "maintainer": contact.get("name", ""),
        "maintainer_email": contact.get("email", ""),
        "extras": [{"key": k, "value": v} for k, v in sorted(extras.items())],
        "resources": [{"id": r.id, "url": r.url, "name": r.name, "description": r.description,
                       "format": r.format, "size": r.size, "hash": r.hash,
                       "datastore_active": r.datastore_active}
                      for r in dataset.resources],
        "groups": [{"name": g} for g in dataset.provenance.get("groups", [])],
    }
    if metadata.get("issued"):
        package["metadata_created"] = str(metadata["issued"])
    if metadata.get("modified"):
        package["metadata_modified"] = str(metadata["modified"])
    organization = dataset.provenance.get("organization")
    if organization:
        package["organization"] = dict(organization)
    if dataset.provenance.get("source_url"):
        package["url"] = dataset.provenance["source_url"]
    return package
