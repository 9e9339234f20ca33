"""The catalog's public dataset as a schema.org ``Dataset`` (JSON-LD), for search engines such
as Google Dataset Search. Export only: nothing is harvested from schema.org."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from catalog.crosswalk.licenses import license_url


def to_schemaorg(dataset: Mapping[str, Any], page_url: str, catalog_url: str,
                 catalog_name: str = "govcat") -> dict[str, Any]:
    """A public dataset (the v1 API's dict: screened, published) as schema.org JSON-LD."""
    publisher = dataset.get("publisher") or {}
    organization = {"@type": "Organization", "name": publisher.get("name", "")}
    found: dict[str, Any] = {
        "@context": "https://schema.org/",
        "@type": "Dataset",
        "@id": page_url,
        "name": dataset.get("title", ""),
        "description": _description(dataset),
        "url": page_url,
        "identifier": [dataset.get("identifier") or dataset.get("id", "")],
        "keywords": list(dataset.get("keywords") or []),
        "creator": organization,
        "publisher": organization,
        "isAccessibleForFree": True,
        "includedInDataCatalog": {"@type": "DataCatalog", "name": catalog_name,
                                  "url": catalog_url},
        "dateModified": dataset.get("metadata_modified"),
    }
    if dataset.get("title_en"):
        found["alternateName"] = dataset["title_en"]
    if dataset.get("license"):
        found["license"] = license_url(dataset["license"]) or dataset["license"]
    if dataset.get("issued"):
        found["datePublished"] = dataset["issued"]
    if dataset.get("temporal_start") or dataset.get("temporal_end"):
        found["temporalCoverage"] = (f"{dataset.get('temporal_start') or '..'}/"
                                     f"{dataset.get('temporal_end') or '..'}")
    if dataset.get("spatial"):
        found["spatialCoverage"] = {"@type": "Place", "identifier": dataset["spatial"],
                                    "description": f"行政区划代码 {dataset['spatial']}"}
    if dataset.get("theme"):
        found["about"] = dataset["theme"]
    if dataset.get("language"):
        found["inLanguage"] = dataset["language"]
    contact = dataset.get("contact_point") or {}
    if contact:
        organization["contactPoint"] = {"@type": "ContactPoint", "contactType": "data",
                                        **{k: contact[v] for k, v in (
                                            ("name", "name"), ("email", "email"),
                                            ("telephone", "phone")) if contact.get(v)}}
    found["distribution"] = [
        {"@type": "DataDownload", "name": r.get("title") or r.get("name", ""),
         "contentUrl": r.get("download_url") or r.get("url"),
         "encodingFormat": r.get("media_type") or r.get("format", ""),
         **({"contentSize": str(r["size"])} if r.get("size") else {})}
        for r in dataset.get("resources") or [] if r.get("download_url") or r.get("url")]
    return {k: v for k, v in found.items() if v not in (None, "", [])}


def _description(dataset: Mapping[str, Any]) -> str:
    """schema.org asks for a description of 50 to 5000 characters: the title stands in."""
    text = str(dataset.get("description") or dataset.get("title") or "")
    return text[:5000]
