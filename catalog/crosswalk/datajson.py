"""DCAT-US 1.1 (``data.json``) dataset records ↔ the catalog's metadata standard, both ways.

``from_datajson`` checks a record against the schema's required fields and types and names
the field that breaks it (DataJsonError); ``to_datajson`` writes a record of the standard.
Collections (``isPartOf``), the publisher, themes and unknown fields travel as provenance.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from catalog.crosswalk import iso_date, name_slug
from catalog.errors import CatalogError

CONFORMS_TO = "https://project-open-data.cio.gov/v1.1/schema"
REQUIRED = ("title", "description", "keyword", "modified", "publisher", "contactPoint",
            "identifier", "accessLevel")
ACCESS_LEVELS = ("public", "restricted public", "non-public")
# accrualPeriodicity (ISO 8601 durations) ↔ the standard's update frequencies
FREQUENCIES = {"R/PT1S": "realtime", "R/P1D": "daily", "R/P1W": "weekly", "R/P1M": "monthly",
               "R/P3M": "quarterly", "R/P6M": "semiannual", "R/P1Y": "annual",
               "irregular": "irregular"}
_TO_FREQUENCY = {v: k for k, v in FREQUENCIES.items()}
_KNOWN = set(REQUIRED) | {"@type", "distribution", "license", "spatial", "temporal", "issued",
                          "accrualPeriodicity", "isPartOf", "theme", "language", "landingPage"}


class DataJsonError(CatalogError):
    """A data.json record that breaks the DCAT-US schema: which record, which field."""


@dataclass
class DataJsonDistribution:
    url: str
    title: str = ""
    description: str = ""
    format: str = ""  # the media type, else the format name


@dataclass
class DataJsonDataset:
    identifier: str
    metadata: dict[str, Any]
    distributions: list[DataJsonDistribution] = field(default_factory=list)
    provenance: dict[str, Any] = field(default_factory=dict)
    access_level: str = "public"




def from_datajson(record: Any, index: int = 0) -> DataJsonDataset:
    """A data.json dataset record read into the standard (DataJsonError names what is
    wrong: the record by its position and identifier, and the field)."""
    where = f"dataset {index + 1}"
    if not isinstance(record, dict):
        raise DataJsonError(f"{where}: not an object")
    if isinstance(record.get("identifier"), str) and record["identifier"]:
        where += f" ({record['identifier'][:80]})"
    for name in REQUIRED:
        if record.get(name) in (None, "", []):
            raise DataJsonError(f"{where}: field '{name}' is required")
    for name in ("title", "description", "identifier", "accessLevel", "modified"):
        if not isinstance(record[name], str):
            raise DataJsonError(f"{where}: field '{name}' must be a string")
    if not isinstance(record["keyword"], list) or not all(
            isinstance(k, str) for k in record["keyword"]):
        raise DataJsonError(f"{where}: field 'keyword' must be a list of strings")
    if record["accessLevel"] not in ACCESS_LEVELS:
        raise DataJsonError(f"{where}: field 'accessLevel' must be one of "
                            f"{', '.join(ACCESS_LEVELS)}")
    if not isinstance(record["publisher"], dict) or not record["publisher"].get("name"):
        raise DataJsonError(f"{where}: field 'publisher' must be an object with a 'name'")
    contact = record["contactPoint"]
    if not isinstance(contact, dict) or not contact.get("fn"):
        raise DataJsonError(f"{where}: field 'contactPoint' must be an object with an 'fn'")
    metadata: dict[str, Any] = {"title": record["title"], "description": record["description"],
                                "keywords": [k[:100] for k in record["keyword"] if k][:50]}
    slug = name_slug(record["title"])
    if slug:
        metadata["name"] = slug
    for source, target in (("modified", "modified"), ("issued", "issued")):
        if iso_date(record.get(source)):
            metadata[target] = iso_date(record[source])
    if isinstance(record.get("license"), str) and record["license"]:
        metadata["license"] = record["license"][:100]
    frequency = FREQUENCIES.get(str(record.get("accrualPeriodicity") or ""))
    if frequency:
        metadata["update_frequency"] = frequency
    temporal = record.get("temporal")
    if isinstance(temporal, str) and "/" in temporal:
        start, end = temporal.split("/", 1)
        if iso_date(start) and iso_date(end):
            metadata["temporal_start"], metadata["temporal_end"] = iso_date(start), iso_date(end)
    email = str(contact.get("hasEmail") or "").removeprefix("mailto:")
    metadata["contact_point"] = {"name": str(contact["fn"]), **({"email": email} if email
                                                                 else {})}
    distributions = []
    for number, item in enumerate(record.get("distribution") or []):
        if not isinstance(item, dict):
            raise DataJsonError(f"{where}: distribution {number + 1} is not an object")
        url = item.get("downloadURL") or item.get("accessURL")
        if not isinstance(url, str) or not url:
            continue  # an API or a landing page: nothing to download
        distributions.append(DataJsonDistribution(
            url=url, title=str(item.get("title") or ""),
            description=str(item.get("description") or ""),
            format=str(item.get("mediaType") or item.get("format") or "")))
    publisher = str(record["publisher"]["name"])
    # the publishing organisation, as the CKAN crosswalk keeps a portal's (its name a slug)
    provenance: dict[str, Any] = {"organization": {"name": name_slug(publisher) or "",
                                                   "title": publisher}}
    for name in ("isPartOf", "theme", "spatial", "landingPage"):
        if record.get(name):
            provenance["collection" if name == "isPartOf" else name] = record[name]
    unknown = {k: v for k, v in record.items() if k not in _KNOWN}
    if unknown:
        provenance["extras"] = unknown
    return DataJsonDataset(record["identifier"], metadata, distributions, provenance,
                           record["accessLevel"])


def to_datajson(dataset: DataJsonDataset) -> dict[str, Any]:
    """The data.json record of a dataset in the standard (from_datajson's inverse)."""
    metadata, provenance = dataset.metadata, dataset.provenance
    contact = metadata.get("contact_point") or {}
    record: dict[str, Any] = {
        "@type": "dcat:Dataset",
        "title": metadata.get("title", ""),
        "description": metadata.get("description", ""),
        "keyword": list(metadata.get("keywords", [])),
        "modified": str(metadata.get("modified", "")),
        "publisher": {"@type": "org:Organization",
                      "name": (provenance.get("organization") or {}).get("title", "")},
        "contactPoint": {"@type": "vcard:Contact", "fn": contact.get("name", ""),
                         **({"hasEmail": f"mailto:{contact['email']}"}
                            if contact.get("email") else {})},
        "identifier": dataset.identifier,
        "accessLevel": dataset.access_level,
        "distribution": [{"@type": "dcat:Distribution", "downloadURL": d.url,
                          "title": d.title, "description": d.description,
                          "mediaType": d.format} for d in dataset.distributions],
    }
    if metadata.get("issued"):
        record["issued"] = str(metadata["issued"])
    if metadata.get("license"):
        record["license"] = metadata["license"]
    if metadata.get("update_frequency"):
        record["accrualPeriodicity"] = _TO_FREQUENCY[metadata["update_frequency"]]
    if metadata.get("temporal_start") and metadata.get("temporal_end"):
        record["temporal"] = f"{metadata['temporal_start']}/{metadata['temporal_end']}"
    for name in ("theme", "spatial", "landingPage"):
        if provenance.get(name):
            record[name] = provenance[name]
    if provenance.get("collection"):
        record["isPartOf"] = provenance["collection"]
    record.update(provenance.get("extras") or {})
    return record
