"""DCAT-US 1.1 ``/data.json``: every public dataset, written by the data.json crosswalk, so
that a data.json harvester (govcat's own included) reads the catalog."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from flask import Blueprint, Response, current_app, stream_with_context

from api.exports.public import page_url, public_datasets
from catalog.context import Catalog
from catalog.crosswalk.datajson import (
    CONFORMS_TO,
    DataJsonDataset,
    DataJsonDistribution,
    to_datajson,
)

datajson_export = Blueprint("datajson_export", __name__)

ACCESS_LEVELS = {"unconditional": "public", "conditional": "restricted public",
                 "not_open": "non-public"}
# The standard's fields the crosswalk writes
_FIELDS = ("title", "description", "keywords", "modified", "issued", "license",
           "update_frequency", "temporal_start", "temporal_end", "contact_point")


def datajson_record(dataset: dict[str, Any], landing_page: str) -> dict[str, Any]:
    """One public dataset as a data.json record (its identifier: its page's address)."""
    metadata = {key: dataset[key] for key in _FIELDS if dataset.get(key)}
    metadata.setdefault("modified", dataset["metadata_modified"])
    # DCAT-US requires a description, keywords and a contact's name: the title, the theme
    # and the department stand in
    metadata.setdefault("description", metadata["title"])
    metadata.setdefault("keywords", [dataset.get("theme") or dataset["publisher"]["name"]])
    contact = dict(metadata.get("contact_point") or {})
    contact.setdefault("name", dataset["publisher"]["name"])
    metadata["contact_point"] = contact
    distributions = [
        DataJsonDistribution(url=r.get("download_url") or r["url"],
                             title=r.get("title") or r["name"],
                             description=r.get("description") or "",
                             format=r.get("media_type") or r.get("format") or "")
        for r in dataset.get("resources") or [] if r.get("download_url") or r.get("url")]
    provenance = {"organization": {"name": dataset["publisher"]["code"],
                                   "title": dataset["publisher"]["name"]},
                  "landingPage": landing_page}
    if dataset.get("theme"):
        provenance["theme"] = [dataset["theme"]]
    return to_datajson(DataJsonDataset(
        identifier=landing_page, metadata=metadata, distributions=distributions,
        provenance=provenance,
        access_level=ACCESS_LEVELS.get(dataset.get("open_condition", ""), "non-public")))


def catalog_chunks(catalog: Catalog) -> Iterator[str]:
    """The data.json document, a dataset at a time (a large catalog is never held whole)."""
    head = {"@context": "https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld",
            "@id": catalog.settings.public_url + "/data.json", "@type": "dcat:Catalog",
            "conformsTo": CONFORMS_TO,
            "describedBy": "https://project-open-data.cio.gov/v1.1/schema/catalog.json"}
    yield json.dumps(head, ensure_ascii=False)[:-1] + ', "dataset": ['
    for number, dataset in enumerate(public_datasets(catalog)):
        record = datajson_record(dataset, page_url(catalog, dataset["name"]))
        yield ("," if number else "") + json.dumps(record, ensure_ascii=False)
    yield "]}"


@datajson_export.get("/data.json")
def data_json() -> Response:
    catalog = current_app.extensions["govcat"]
    return Response(stream_with_context(catalog_chunks(catalog)),
                    mimetype="application/json")
