"""Data Package sources: one ``datapackage.json``, by URL (through the guarded session) or by
path, harvested as one dataset.

A remote package's descriptor and its table resources (paths relative to the descriptor, or
URLs) are downloaded to the job's workspace, the descriptor is rewritten to point at the
downloaded files, and the package is then read exactly as a local one is
(harvesters.files, the same mapping onto the standard). Resources the screen does not read
are kept as links to where the package has them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from catalog.errors import CatalogError
from catalog.intake import IntakeLink
from catalog.metadata import TABLE_SUFFIXES
from harvesters.base import HarvestContext, HarvestItem
from harvesters.config import DocumentConfig, DocumentHarvester
from harvesters.files import Boundary, intake_from_path
from harvesters.network import NetworkError
from harvesters.resources import RemoteResource, safe_part, table_suffix

DESCRIPTOR_BYTES = 10 * 1024 * 1024


class DataPackageHarvester(DocumentHarvester):
    """One Frictionless Data Package, as one dataset."""

    type_name = "datapackage"
    config_schema = DocumentConfig

    document_name = "datapackage.json"

    @classmethod
    def check_config(cls, config: Mapping[str, Any]) -> dict[str, Any]:  # noqa: D102
        checked = super().check_config(config)
        if checked.get("resources") == "link":
            raise CatalogError("datapackage source: a Data Package is read from its files "
                               "(--resources link is for catalogs: ckan, dcat, datajson)")
        return checked

    def gather(self, context: HarvestContext) -> Iterator[HarvestItem]:
        where = self.config.get("url") or self.config["path"]
        provenance = {"source": self.source_name, "source_type": self.type_name,
                      "source_id": "datapackage"}
        try:
            if self.config.get("path"):
                descriptor = Path(self.config["path"])
                record = intake_from_path(descriptor, source_key="datapackage",
                                          provenance=provenance)
            else:
                descriptor, links = self._download(context)
                record = replace(intake_from_path(descriptor, source_key="datapackage",
                                                  provenance=provenance,
                                                  boundary=Boundary(descriptor.parent)),
                                 links=links)
        except CatalogError as exc:
            # the same key as when it is read: the job knows the package is still there
            yield HarvestItem("datapackage", error=f"{where}: {exc}")
            return
        yield HarvestItem("datapackage", record=record)

    def _download(self, context: HarvestContext) -> tuple[Path, tuple[IntakeLink, ...]]:
        """The descriptor and its table resources in the workspace; the others as links."""
        url = self.config["url"]
        package = context.session.get(url, max_bytes=DESCRIPTOR_BYTES).json()
        if not isinstance(package, dict) or not isinstance(package.get("resources"), list):
            raise CatalogError(f"{url}: not a Data Package descriptor (no 'resources' list)")
        folder = context.workspace / "package"
        folder.mkdir(parents=True, exist_ok=True)
        kept, links = [], []
        for index, item in enumerate(package["resources"]):
            if not isinstance(item, dict) or not isinstance(item.get("path"), str):
                raise CatalogError(f"{url}: resource {index + 1}: only resources with one "
                                   "'path' (a file or a URL) are supported")
            suffix = table_suffix(RemoteResource(url=item["path"],
                                                 format=str(item.get("format") or "")))
            name = str(item.get("name") or f"resource-{index + 1}")
            if suffix is None:
                links.append(IntakeLink(url=urljoin(url, item["path"]), name=name,
                                        description=str(item.get("description") or "") or None,
                                        format=str(item.get("format") or "")))
                continue
            local = f"{index:03d}-{safe_part(name)[:60]}{suffix}"
            try:
                context.session.download(urljoin(url, item["path"]), folder / local,
                                         max_bytes=context.max_resource_bytes)
                if isinstance(item.get("schema"), str):  # a Table Schema in a file of its own
                    item["schema"] = context.session.get(
                        urljoin(url, item["schema"]), max_bytes=DESCRIPTOR_BYTES).json()
            except NetworkError as exc:
                raise CatalogError(f"resource {name}: {exc}") from None
            kept.append({**item, "path": local})
        if not kept:
            raise CatalogError(f"{url}: no resource the screen reads "
                               f"({', '.join(sorted(TABLE_SUFFIXES))})")
        descriptor = folder / "datapackage.json"
        descriptor.write_text(json.dumps({**package, "resources": kept}, ensure_ascii=False),
                              encoding="utf-8")
        return descriptor, tuple(links)
