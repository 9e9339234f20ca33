"""DCAT catalogs (DCAT / DCAT-AP 2 and 3 in RDF/XML, Turtle, JSON-LD or N-Triples), by URL
through the guarded session or by path, every ``dcat:Dataset`` one item.

- The parser is chosen by the response's media type, else the suffix, else the first bytes.
- Paging: a hydra:PagedCollection or hydra:PartialCollectionView names the next page
  (``hydra:next``, or the older ``hydra:nextPage``, as ckanext-dcat writes both). Every page
  is size-capped, at most MAX_PAGES are read, and a page that repeats an earlier one (the
  same body, or the same datasets) is an error: the portal ignores paging.
- The whole catalog is read before any dataset is handed on (each page, once read, kept as
  JSON in the job's workspace): a catalog that breaks part-way leaves the datasets where
  they were, and a full gather that finished is a complete one.
- A dataset is keyed by its IRI (a blank node by its dct:identifier; without one it is an
  item error). One that breaks the standard is an item error naming it and the field.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from rdflib import RDF, Graph
from rdflib.term import Node

from catalog.crosswalk.dcat import (
    DcatDataset,
    DcatDistribution,
    dataset_nodes,
    from_dcat,
    remote_id,
)
from catalog.crosswalk.rdfjson import HYDRA
from catalog.errors import CatalogError
from catalog.intake import IntakeRecord
from catalog.metadata import load_metadata
from harvesters.base import HarvestContext, HarvestItem
from harvesters.config import DocumentConfig, DocumentHarvester
from harvesters.rdfdoc import ACCEPT, parse_rdf, rdf_format
from harvesters.resources import RemoteResource, fetch_tables

PAGE_BYTES = 100 * 1024 * 1024
CONTEXT_BYTES = 1024 * 1024  # a remote JSON-LD context
MAX_PAGES = 1000
# what a folder given as --path may hold, in this order of preference
DOCUMENT_NAMES = ("catalog.ttl", "catalog.rdf", "catalog.jsonld", "catalog.nt")


class DcatHarvester(DocumentHarvester):
    """Every dataset of a DCAT catalog."""

    type_name = "dcat"
    config_schema = DocumentConfig
    document_name = DOCUMENT_NAMES[0]
    incremental = False  # a DCAT document is read whole
    names_organizations = True  # provenance["organization"]: the dataset's dct:publisher

    @classmethod
    def check_config(cls, config: Mapping[str, Any]) -> dict[str, Any]:  # noqa: D102
        given = dict(config)
        folder = Path(str(given.get("path") or "")).expanduser()
        if given.get("path") and folder.is_dir():
            found = [folder / name for name in DOCUMENT_NAMES if (folder / name).is_file()]
            if not found:
                raise CatalogError(f"{folder.resolve()}: no {' or '.join(DOCUMENT_NAMES)} there")
            given["path"] = str(found[0])
        return super().check_config(given)

    def gather(self, context: HarvestContext) -> Iterator[HarvestItem]:
        pages = self._read_catalog(context)
        for page in pages:
            for key, found in json.loads(page.read_text(encoding="utf-8")):
                if isinstance(found, str):
                    yield HarvestItem(key, error=found)
                    continue
                try:
                    record = self._record(_dataset(found), context)
                except CatalogError as exc:
                    yield HarvestItem(key, error=str(exc))
                    continue
                yield HarvestItem(key, record=record)

    def _read_catalog(self, context: HarvestContext) -> list[Path]:
        """Every page read and checked, its datasets (or why one is unreadable) written to
        the workspace as JSON; the files, in order."""
        folder = context.workspace / "dcat-pages"
        folder.mkdir(parents=True, exist_ok=True)
        pages: list[Path] = []
        bodies: dict[bytes, int] = {}
        keys_seen: dict[frozenset[str], int] = {}
        taken: set[str] = set()
        listed = 0
        where = self.config.get("url") or self.config["path"]
        for number, (location, content, graph) in enumerate(self._pages(context), start=1):
            digest = hashlib.sha256(content).digest()
            keys = frozenset(filter(None, (remote_id(graph, n) for n in dataset_nodes(graph))))
            earlier = bodies.get(digest) or (keys_seen.get(keys) if keys else None)
            if earlier is not None:
                raise CatalogError(f"{location}: page {number} repeats page {earlier} (the "
                                   "catalog ignores paging)")
            bodies[digest], keys_seen[keys] = number, number
            items = _items(graph, location, taken)
            taken |= keys
            listed += len(items)
            page = folder / f"{number:05d}.json"
            page.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
            pages.append(page)
        if not listed:
            raise CatalogError(f"{where}: no dcat:Dataset in the catalog ({len(pages)} "
                               f"page{'s' if len(pages) > 1 else ''} read)")
        return pages

    def _pages(self, context: HarvestContext) -> Iterator[tuple[str, bytes, Graph]]:
        """Each page: where it is, its body and its graph."""

        def context_json(url: str) -> Any:  # a remote JSON-LD context, through the guard
            return context.session.get(url, max_bytes=CONTEXT_BYTES,
                                       headers={"Accept": "application/ld+json"}).json()

        if self.config.get("path"):
            path = Path(self.config["path"])
            try:
                if path.stat().st_size > PAGE_BYTES:
                    raise CatalogError(f"{path}: over the cap of {PAGE_BYTES:,} bytes")
                content = path.read_bytes()
            except OSError as exc:
                raise CatalogError(f"{path}: cannot be read ({type(exc).__name__})") from None
            graph = parse_rdf(content, rdf_format(content, location=str(path)), str(path),
                              base=path.as_uri(), load_json=context_json)
            if next_page(graph):
                raise CatalogError(f"{path}: a paged catalog (hydra next page); harvest it "
                                   "by its --url")
            yield str(path), content, graph
            return
        url: str | None = self.config["url"]
        for _ in range(MAX_PAGES):
            assert url is not None
            fetched = context.session.get(url, max_bytes=PAGE_BYTES, headers={"Accept": ACCEPT})
            fmt = rdf_format(fetched.content, fetched.media_type, fetched.url)
            graph = parse_rdf(fetched.content, fmt, fetched.url, load_json=context_json)
            yield fetched.url, fetched.content, graph
            url = next_page(graph)
            if url is None:
                return
        raise CatalogError(f"{self.config['url']}: more than {MAX_PAGES} pages (the catalog "
                           "pages without end)")

    def _record(self, dataset: DcatDataset, context: HarvestContext) -> IntakeRecord:
        """The intake record of a dataset that meets the standard, its tables downloaded."""
        where = f"dataset {dataset.remote_id}"
        condition = dataset.metadata.get("open_condition", "unconditional")
        if condition != "unconditional":
            raise CatalogError(f"{where}: dct:accessRights says it is {condition}, which is "
                               "not harvested (an open condition needs a legal basis, which "
                               "DCAT does not give)")
        load_metadata(dict(dataset.metadata), where)  # names the field that breaks it
        resources, links = fetch_tables(context, dataset.remote_id, [
            RemoteResource(d.url, d.title, d.description, d.media_type or d.format)
            for d in dataset.distributions if d.url])
        provenance = {"source": self.source_name, "source_type": self.type_name,
                      "source_id": dataset.remote_id, **dataset.provenance}
        if dataset.modified:
            provenance["source_modified"] = dataset.modified
        return IntakeRecord(metadata=dataset.metadata, resources=resources, links=links,
                            where=f"{self.config.get('url') or self.config['path']} {where}",
                            source_key=dataset.remote_id, provenance=provenance)


def next_page(graph: Graph) -> str | None:
    """The next page a hydra:PagedCollection (or PartialCollectionView) names, if any."""
    views = [*graph.subjects(RDF.type, HYDRA.PagedCollection),
             *graph.subjects(RDF.type, HYDRA.PartialCollectionView), *graph.objects(
                 None, HYDRA.view)]
    for view in views:
        for predicate in (HYDRA.next, HYDRA.nextPage):
            found = graph.value(view, predicate)
            if found is not None and str(found).strip():
                return str(found).strip()
    return None


def _items(graph: Graph, location: str, taken: set[str]) -> list[tuple[str, Any]]:
    """A page's datasets as [key, the dataset as JSON | why it cannot be read], without
    those an earlier page listed."""
    items: list[tuple[str, Any]] = []
    for index, node in enumerate(dataset_nodes(graph), start=1):
        key = remote_id(graph, node)
        if key is None:
            items.append((f"{location}#dataset-{index}",
                          f"{location}: dataset {index} is a blank node without a "
                          "dct:identifier, so it cannot be told apart from one harvest to "
                          "the next"))
        elif key not in taken and all(key != k for k, _ in items):
            items.append((key, _as_json(graph, node)))
    return items


def _as_json(graph: Graph, node: Node) -> dict[str, Any]:
    return dataclasses.asdict(from_dcat(graph, node))


def _dataset(found: dict[str, Any]) -> DcatDataset:
    return DcatDataset(**{**found, "distributions": [
        DcatDistribution(**d) for d in found["distributions"]]})
