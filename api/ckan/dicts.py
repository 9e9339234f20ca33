"""The dicts CKAN clients expect (dataset, resource, organization, group, license), built
from the catalog's published revisions through the CKAN crosswalk (to_ckan): this module
adds only what the API itself knows (ids, addresses, the catalog's own times and states)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from catalog.crosswalk.ckan import (
    THEME_GROUPS,
    CkanDataset,
    CkanResource,
    ckan_license_id,
    to_ckan,
)
from catalog.crosswalk.licenses import LICENSES, OPEN_LICENSES, license_title, license_url
from catalog.indexing import dataset_modified
from catalog.metadata import is_not_open, shown_metadata
from catalog.models import Dataset, Resource, Revision, as_utc
from catalog.quality import revision_quality
from catalog.rowstore.sync import serves_rows

ResourceUrl = Callable[[Dataset, Resource], str | None]  # None: not reachable through govcat
PageUrl = Callable[[Dataset], str]


def package_dict(dataset: Dataset, resource_url: ResourceUrl, page_url: PageUrl,
                 revision: Revision | None = None) -> dict[str, Any]:
    """A public dataset's CKAN dict (its published revision); or the dict of another
    revision (what a write made, for its publisher: "draft" until it is published). The
    public dict of a not-open dataset shows what catalog.metadata.shown_metadata keeps, and
    no resources."""
    public = revision is None
    revision = revision or dataset.current_revision
    assert revision is not None
    published = revision.id == dataset.current_revision_id
    metadata = dict(revision.metadata_json)
    hidden = public and is_not_open(metadata)
    if public:
        metadata = shown_metadata(metadata)
    listed = [] if hidden else list(revision.resources)
    theme = metadata.get("theme")
    provenance = {"organization": {"name": dataset.publisher.code,
                                   "title": dataset.publisher.name},
                  "groups": [THEME_GROUPS[theme]] if theme in THEME_GROUPS else [],
                  "source_url": page_url(dataset),
                  # govcat's own state travels as extras (CKAN has no field for it)
                  "extras": {"validation_status": revision.validation_status,
                             "privacy_status": revision.privacy_status,
                             "screened": "true", "revision": str(revision.number),
                             # the quality score of today (catalog.quality; its breakdown
                             # is v1's)
                             "quality_score": str(revision_quality(revision).score)}}
    resources = [CkanResource(url=(resource_url(dataset, r) if published else None) or "",
                              name=r.name,
                              description=r.description or "", format=r.format,
                              size=r.size, hash=r.checksum or "", id=r.id,
                              datastore_active=published and serves_rows(dataset, r))
                 for r in listed]
    package = to_ckan(CkanDataset(remote_id=dataset.id, metadata=metadata,
                                  resources=resources, provenance=provenance))
    created = as_utc(dataset.created_at).isoformat()
    modified = dataset_modified(dataset, revision)
    organization = organization_dict(dataset.publisher.id, dataset.publisher.code,
                                      dataset.publisher.name, dataset.publisher.description,
                                      as_utc(dataset.publisher.created_at).isoformat())
    license_id = package.get("license_id") or ""
    package.update({
        "name": dataset.name,
        "metadata_created": created,
        "metadata_modified": modified,
        "owner_org": dataset.publisher.id,
        "organization": organization,
        "groups": [group_dict(theme)] if theme in THEME_GROUPS else [],
        "license_title": license_title(metadata.get("license", "")) if license_id else "",
        "license_url": license_url(metadata.get("license", "")) if license_id else "",
        "state": "active" if published else "draft",
        "private": False,
        "type": "dataset",
        "num_resources": len(package["resources"]),
        "num_tags": len(package["tags"]),
        "author": None, "author_email": None, "version": None,
        "isopen": metadata.get("open_condition", "unconditional") == "unconditional",
    })
    for position, (item, resource) in enumerate(
            zip(package["resources"], listed, strict=True)):
        item.update({"package_id": dataset.id, "position": position,
                     "mimetype": resource.media_type or None, "created": created,
                     "last_modified": modified, "state": "active",
                     "url_type": None,
                     "screened": resource.storage_key is not None})
    return package


def resource_dict(dataset: Dataset, resource: Resource, resource_url: ResourceUrl,
                  page_url: PageUrl) -> dict[str, Any]:
    """One resource's CKAN dict (as in its package)."""
    package = package_dict(dataset, resource_url, page_url)
    return next(r for r in package["resources"] if r["id"] == resource.id)


def organization_dict(publisher_id: str, code: str, name: str, description: str | None,
                      created: str, package_count: int | None = None) -> dict[str, Any]:
    """A publisher as a CKAN organization."""
    found: dict[str, Any] = {
        "id": publisher_id, "name": code, "title": name, "display_name": name,
        "description": description or "", "type": "organization", "is_organization": True,
        "state": "active", "approval_status": "approved", "image_url": "", "created": created,
    }
    if package_count is not None:
        found["package_count"] = package_count
    return found


def group_dict(theme: str, package_count: int | None = None) -> dict[str, Any]:
    """A theme of the standard as a CKAN group (its name a slug, its title the theme)."""
    found: dict[str, Any] = {
        "id": THEME_GROUPS[theme], "name": THEME_GROUPS[theme], "title": theme,
        "display_name": theme, "description": "", "type": "group", "is_organization": False,
        "state": "active", "approval_status": "approved", "image_url": "",
    }
    if package_count is not None:
        found["package_count"] = package_count
    return found


def license_dicts() -> list[dict[str, Any]]:
    """license_list's answer: the licenses the catalog knows, by their CKAN ids."""
    return [{"id": ckan_license_id(spdx), "title": license_title(spdx), "url": license_url(spdx),
             "status": "active",
             # the Open Definition approves the open ones; a non-commercial licence it does not
             "od_conformance": "approved" if spdx in OPEN_LICENSES else "not reviewed",
             "osd_conformance": "not reviewed"}
            for spdx in LICENSES]
