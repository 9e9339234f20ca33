"""The DCAT-AP 3 graphs of the public catalog: each published dataset as the DCAT crosswalk
writes it (``to_dcat``), and the ``dcat:Catalog`` of a page of them with its hydra paging.

Datasets come from the public read services (``catalog.queries``): only published, screened
revisions, with the downloads their open condition allows (``serialize_dataset``). This
module adds only what the catalog itself knows: its addresses and who runs it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from rdflib import RDF, Graph, Literal, URIRef
from rdflib.term import Node

from catalog.crosswalk import dcat_vocab as vocab
from catalog.crosswalk.dcat import (
    DcatCatalog,
    DcatDataset,
    DcatDistribution,
    add_catalog,
    add_dataset,
)
from catalog.crosswalk.rdfjson import HYDRA, bind_prefixes
from catalog.metadata import DatasetMetadataSchema
from catalog.models import Dataset
from catalog.queries import DownloadUrl, serialize_dataset

CATALOG_TITLE = {"zh": "政府数据开放目录", "en": "Open Government Data Catalog"}
CATALOG_DESCRIPTION = {
    "zh": "经校验和个人信息筛查后开放的政府数据集。",
    "en": "Government datasets, published once validated and screened for personal "
          "information.",
}  # fmt: skip
# a link resource is the source's own file: the distribution says govcat never read it
LINK_NOTE = ("来源网站上的文件链接，本平台未校验、未做个人信息筛查。 / A link to the file at its "
             "source: govcat has neither validated it nor screened it for personal information.")


@dataclass(frozen=True)
class Site:
    """Where the catalog is and who runs it; every IRI of the export is built from its public
    URL (GOVCAT_BASE_URL), never from a request."""

    url: str
    operator: str
    license: str
    download_url: DownloadUrl

    @property
    def catalog(self) -> str:
        return f"{self.url}/catalog"

    @property
    def themes(self) -> str:
        """The scheme of the standard's themes that are no EU data theme."""
        return f"{self.url}/themes"

    def dataset(self, name: str) -> str:
        """A dataset's IRI: its page (which answers RDF to those who ask for it)."""
        return f"{self.url}/datasets/{quote(name)}"

    def publisher(self, code: str) -> str:
        return f"{self.url}/publishers/{quote(code, safe='')}"

    def page(self, suffix: str, number: int) -> str:
        return f"{self.url}/catalog.{suffix}?page={number}"


def dataset_record(dataset: Dataset, site: Site) -> DcatDataset:
    """A public dataset as the DCAT crosswalk's record of it (call within its session)."""
    item = serialize_dataset(dataset, site.download_url)
    fields = set(DatasetMetadataSchema().fields) - {"name", "resources"}
    metadata = {k: v for k, v in item.items() if k in fields and v not in (None, "", [], {})}
    page = site.dataset(dataset.name)
    publisher: dict[str, Any] = {"@id": site.publisher(dataset.publisher.code)}
    if dataset.publisher.name_en:
        publisher["foaf:name"] = {"@value": dataset.publisher.name_en, "@language": "en"}
    provenance = {"identifier": dataset.id,
                  "organization": {"name": dataset.publisher.code,
                                   "title": dataset.publisher.name},
                  "publisher": publisher}
    return DcatDataset(page, metadata, [_distribution(r, page) for r in item["resources"]],
                       provenance)


def _distribution(resource: dict[str, Any], page: str) -> DcatDistribution:
    """A resource: reached through the dataset's page; downloaded from govcat's screened file,
    or from the source when it is a link (only where the open condition allows either)."""
    download = resource["download_url"] or resource["url"] or ""
    description = resource.get("description") or ""
    if download and not resource["screened"]:
        description = f"{description}\n\n{LINK_NOTE}" if description else LINK_NOTE
    return DcatDistribution(
        download_url=download, access_url=page, title=resource.get("title") or resource["name"],
        description=description, format=resource.get("format") or "",
        media_type=resource.get("media_type") or "", byte_size=resource.get("size"),
        checksum=resource.get("checksum") or "", extras={"@id": f"{page}#{resource['id']}"})


def dataset_graph(record: DcatDataset, site: Site) -> Graph:
    """One dataset's DCAT-AP description."""
    graph = bind_prefixes(Graph())
    add_dataset(graph, record, site.themes)
    return graph


@dataclass(frozen=True)
class Paging:
    """Which page of the catalog, in which format, of how many datasets."""

    suffix: str
    number: int
    size: int
    total: int

    @property
    def last(self) -> int:
        return max(1, -(-self.total // self.size))


def catalog_graph(records: list[DcatDataset], site: Site, paging: Paging,
                  modified: str) -> Graph:
    """A page of the catalog: the dcat:Catalog with the page's datasets, and its hydra view."""
    graph = bind_prefixes(Graph())
    nodes = [add_dataset(graph, record, site.themes) for record in records]
    node = add_catalog(graph, DcatCatalog(
        site.catalog, CATALOG_TITLE, CATALOG_DESCRIPTION, f"{site.catalog}#operator",
        {"zh": site.operator}, f"{site.url}/", license=site.license, modified=modified,
        languages=("zh-CN", "en"),
        themes={vocab.THEMES_SCHEME: {"en": "Data theme"},
                site.themes: {"zh": "数据领域", "en": "Themes of the catalog's metadata standard"}},
    ), nodes)
    _add_view(graph, node, site, paging)
    return graph


def _add_view(graph: Graph, catalog: Node, site: Site, paging: Paging) -> None:
    """Hydra paging: the catalog counts its datasets and names this page's view, which links
    to the first, previous, next and last pages (in the same format)."""
    view = URIRef(site.page(paging.suffix, paging.number))
    graph.add((catalog, HYDRA.totalItems, Literal(paging.total)))
    graph.add((catalog, HYDRA.view, view))
    graph.add((view, RDF.type, HYDRA.PartialCollectionView))
    links = {HYDRA.first: 1, HYDRA.last: paging.last}
    if paging.number > 1:
        links[HYDRA.previous] = min(paging.number - 1, paging.last)
    if paging.number < paging.last:
        links[HYDRA.next] = paging.number + 1
    for predicate, number in links.items():
        graph.add((view, predicate, URIRef(site.page(paging.suffix, number))))
