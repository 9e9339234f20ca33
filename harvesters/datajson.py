"""DCAT-US 1.1 catalogs (``data.json``), by URL through the guarded session or by path.

Each dataset record goes through the data.json crosswalk; a record that breaks the schema
is an error of that item, naming the record and the field, and the others are harvested.
Only ``accessLevel: public`` records are published: a restricted or non-public one would
need an open condition and its legal basis, which a data.json does not give (it is reported
as an item error, so that nothing is published by mistake).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from catalog.crosswalk.datajson import DataJsonError, from_datajson
from catalog.errors import CatalogError
from catalog.intake import IntakeRecord
from harvesters.base import HarvestContext, HarvestItem
from harvesters.config import DocumentConfig, DocumentHarvester
from harvesters.resources import RemoteResource, fetch_tables

CATALOG_BYTES = 100 * 1024 * 1024


class DataJsonHarvester(DocumentHarvester):
    """Every public dataset of a data.json catalog."""

    type_name = "datajson"
    config_schema = DocumentConfig
    document_name = "data.json"
    names_organizations = True  # provenance["organization"]: the remote publisher

    def gather(self, context: HarvestContext) -> Iterator[HarvestItem]:
        where = self.config.get("url") or self.config["path"]
        for index, record in enumerate(self._records(context)):
            key = str(record.get("identifier") or f"record-{index + 1}") \
                if isinstance(record, dict) else f"record-{index + 1}"
            try:
                dataset = from_datajson(record, index)
                if dataset.access_level != "public":
                    raise DataJsonError(
                        f"dataset {index + 1} ({dataset.identifier[:80]}): accessLevel "
                        f"'{dataset.access_level}' is not harvested (an open condition needs "
                        "a legal basis, which data.json does not give)")
                resources, links = fetch_tables(context, dataset.identifier, [
                    RemoteResource(d.url, d.title, d.description, d.format)
                    for d in dataset.distributions])
            except CatalogError as exc:
                yield HarvestItem(key, error=str(exc))
                continue
            provenance = {"source": self.source_name, "source_type": self.type_name,
                          "source_id": dataset.identifier, **dataset.provenance}
            yield HarvestItem(key, record=IntakeRecord(
                metadata=dataset.metadata, resources=resources, links=links,
                where=f"{where} {key}", source_key=dataset.identifier, provenance=provenance))

    def _records(self, context: HarvestContext) -> list[Any]:
        """The catalog's dataset records (CatalogError when it is no data.json)."""
        if self.config.get("path"):
            try:
                document = json.loads(Path(self.config["path"]).read_text(encoding="utf-8-sig"))
            except (OSError, UnicodeDecodeError, ValueError) as exc:
                raise CatalogError(f"{self.config['path']}: not a readable JSON file "
                                   f"({type(exc).__name__})") from None
        else:
            document = context.session.get(self.config["url"], max_bytes=CATALOG_BYTES).json()
        if not isinstance(document, dict) or not isinstance(document.get("dataset"), list):
            raise CatalogError(f"{self.config.get('url') or self.config['path']}: not a "
                               "data.json catalog (no 'dataset' list)")
        return document["dataset"]
