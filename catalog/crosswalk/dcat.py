"""DCAT / DCAT-AP 2 and 3 (RDF, through rdflib) ↔ the catalog's metadata standard, both ways.

``from_dcat`` reads one ``dcat:Dataset`` of a graph (RDF/XML, Turtle, JSON-LD: the parser's
business); ``to_dcat`` writes a dataset of the standard as DCAT-AP 3 (publisher a
``foaf:Agent``, contact point a ``vcard:Kind``, distributions with ``dcat:accessURL``, the open
condition as an EU access right and its legal basis as a ``dct:RightsStatement``), and
``add_catalog`` a ``dcat:Catalog`` of such datasets, so that
``from_dcat(to_dcat(x))`` gives x back (RDF values have no order: keywords and
distributions are read sorted, and of several values for one field the least is taken, so
that a catalog reads the same however it is serialized). Every triple of the dataset that
maps onto no field is kept as provenance (``provenance["extras"]``, JSON as in ``rdfjson``),
and written back.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from rdflib import RDF, BNode, Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDFS, SKOS, XSD
from rdflib.term import Node

from catalog.crosswalk import dcat_vocab as vocab
from catalog.crosswalk import iso_date, name_slug
from catalog.crosswalk.rdfjson import (
    ADMS,
    DC,
    SCHEMA,
    SPDX,
    VCARD,
    add_json,
    bind_prefixes,
    literals,
    node_json,
    objects,
    pick,
    unique,
)
from catalog.errors import CatalogError
from catalog.metadata import LEGAL_BASES, SPATIAL_PATTERN, THEMES

DCT = DCTERMS
_SCHEMA_HTTPS = "https://schema.org/"
_START = (DCAT.startDate, SCHEMA.startDate, URIRef(_SCHEMA_HTTPS + "startDate"))
_END = (DCAT.endDate, SCHEMA.endDate, URIRef(_SCHEMA_HTTPS + "endDate"))
# dct:accessRights (EU access-right table) ↔ the standard's open condition
_ACCESS_RIGHTS = {"PUBLIC": "unconditional", "RESTRICTED": "conditional",
                  "NON_PUBLIC": "not_open"}
_TO_ACCESS_RIGHTS = {v: k for k, v in _ACCESS_RIGHTS.items()}
_IRI = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|\\^`]+$")
# DCAT-AP requires a description; a dataset without one says so, in words read back as none
NO_DESCRIPTION = {"zh": "（提供方未提供摘要）", "en": "(The publisher gave no description.)"}
# the legal basis of an open condition (LEGAL_BASES), named with its law in a rights statement
_LAW = {"zh": "《中华人民共和国政府信息公开条例》",
        "en": "Regulations of the People's Republic of China on Open Government Information, "}
_LEGAL_BASES_EN = {
    "article_14": "article 14: state secrets; information whose disclosure laws forbid or "
                  "that would endanger national, public or economic security or social "
                  "stability",
    "article_15": "article 15: trade secrets, personal privacy",
    "article_16": "article 16: internal affairs, process information, administrative law "
                  "enforcement files",
}  # fmt: skip
_HEX = re.compile(r"^[0-9a-fA-F]+$")
_BYTES = re.compile(r"^(\d{1,18})(?:\.0*)?$")

Used = set[tuple[Node, Node]]


class DcatError(CatalogError):
    """A dcat:Dataset that cannot be read at all (one without an identity)."""


@dataclass
class DcatDistribution:
    """A distribution: where to fetch it, how the catalog describes it, what else it said."""

    download_url: str = ""
    access_url: str = ""  # kept only when it is not the download URL
    title: str = ""
    description: str = ""
    format: str = ""  # dct:format: a name (CSV) or as the catalog wrote it
    media_type: str = ""  # dcat:mediaType (text/csv)
    license: str = ""  # kept only when it is not the dataset's
    extras: dict[str, Any] = field(default_factory=dict)  # "@id" and unmapped properties
    byte_size: int | None = None  # dcat:byteSize
    checksum: str = ""  # spdx:checksum as "<algorithm>:<hex>" (sha256:…), as the catalog keeps it

    @property
    def url(self) -> str:
        """Where the data is: the download URL, else the access URL."""
        return self.download_url or self.access_url


@dataclass
class DcatDataset:
    """A dcat:Dataset read into the standard: metadata, distributions and what else it said."""

    remote_id: str  # the dataset's IRI, or its dct:identifier when it is a blank node
    metadata: dict[str, Any]
    distributions: list[DcatDistribution] = field(default_factory=list)
    provenance: dict[str, Any] = field(default_factory=dict)
    modified: str = ""  # dct:modified as the catalog wrote it


def dataset_nodes(graph: Graph) -> list[Node]:
    """Every dcat:Dataset of a graph, in the document's order."""
    return unique(graph.subjects(RDF.type, DCAT.Dataset))


def remote_id(graph: Graph, node: Node) -> str | None:
    """A dataset's identity: its IRI, else its dct:identifier (None: it has neither)."""
    if isinstance(node, URIRef):
        return str(node)
    found = next((str(o) for o in objects(graph, node, DCT.identifier) if str(o).strip()), None)
    return found.strip() if found else None


# -- reading ---------------------------------------------------------------------------------


def from_dcat(graph: Graph, node: Node) -> DcatDataset:
    """One dcat:Dataset of a graph read into the standard (DcatError: it has no identity)."""
    key = remote_id(graph, node)
    if key is None:
        raise DcatError("a dcat:Dataset that is a blank node without a dct:identifier")
    used: Used = {(RDF.type, DCAT.Dataset)}
    metadata: dict[str, Any] = {}
    provenance: dict[str, Any] = {}
    _read_texts(graph, node, used, metadata)
    identifier = _first(graph, node, DCT.identifier, used)
    if identifier is not None:
        provenance["identifier"] = str(identifier)
    modified = ""
    for predicate, target in ((DCT.issued, "issued"), (DCT.modified, "modified")):
        found = _best(graph, node, predicate, used, _date)
        if found is not None:
            metadata[target] = found[0]
            modified = str(found[1]) if target == "modified" else modified
    nodes = [d for d in objects(graph, node, DCAT.distribution) if not isinstance(d, Literal)]
    used |= {(DCAT.distribution, d) for d in nodes}
    distributions = sorted((_read_distribution(graph, d) for d in nodes), key=_distribution_order)
    licence = _best_mapped(graph, node, DCT.license, used, _licence)
    if licence is None:
        licence = next((d.license for d in distributions if d.license), None)
    if licence:
        metadata["license"] = licence
    for distribution in distributions:
        if distribution.license == licence:
            distribution.license = ""
    _read_coverage(graph, node, used, metadata)
    _read_vocabularies(graph, node, used, metadata)
    _read_rights(graph, node, used, metadata)
    _read_contact(graph, node, used, metadata, provenance)
    _read_publisher(graph, node, used, provenance)
    landing = _first(graph, node, DCAT.landingPage, used)
    if landing is not None:
        provenance["landing_page"] = str(landing)
    extras = node_json(graph, node, used)
    extras.pop("@id", None)
    if extras:
        provenance["extras"] = extras
    return DcatDataset(key, metadata, distributions, provenance, modified)


def _first(graph: Graph, node: Node, predicate: URIRef, used: Used) -> Node | None:
    """The first value of a property that is not a blank node (marked used)."""
    value = next((o for o in objects(graph, node, predicate) if not isinstance(o, BNode)), None)
    if value is not None:
        used.add((predicate, value))
    return value


def _best(graph: Graph, node: Node, predicate: URIRef, used: Used,
          mapping: Callable[[Graph, Node], Any]) -> tuple[Any, Node] | None:
    """Of the values of a property that mapping turns into a field's value, the least (by
    that value: the same choice however the document orders them, and again when the
    values not taken come back from provenance), with its term; marked used."""
    found = [(mapped, value) for value in objects(graph, node, predicate)
             if (mapped := mapping(graph, value))]
    if not found:
        return None
    best = min(found, key=lambda pair: pair[0])
    used.add((predicate, best[1]))
    return best


def _best_mapped(graph: Graph, node: Node, predicate: URIRef, used: Used,
                 mapping: Callable[[Graph, Node], Any]) -> Any:
    """The value _best takes, or None."""
    best = _best(graph, node, predicate, used, mapping)
    return best[0] if best else None


def _read_texts(graph: Graph, node: Node, used: Used, metadata: dict[str, Any]) -> None:
    """Title (zh or untagged; title_en from an English one), description, keywords. DCAT
    has no URL name: the pipeline makes one from the title (name_slug drops all but ASCII)."""
    titles = literals(graph, node, DCT.title)
    title = pick(titles)
    metadata["title"] = str(title) if title is not None else ""
    if title is not None:
        used.add((DCT.title, title))
        english = pick([t for t in titles if (t.language or "").lower()[:2] == "en"])
        if english is not None and english != title:
            used.add((DCT.title, english))
            metadata["title_en"] = str(english)
    descriptions = literals(graph, node, DCT.description)
    used |= {(DCT.description, d) for d in descriptions if str(d) in NO_DESCRIPTION.values()}
    description = pick([d for d in descriptions if str(d) not in NO_DESCRIPTION.values()])
    if description is not None:
        used.add((DCT.description, description))
        metadata["description"] = str(description)
    keywords: list[str] = []
    for keyword in sorted(literals(graph, node, DCAT.keyword), key=lambda k: str(k).strip()):
        text = str(keyword).strip()[:100]
        if text and text not in keywords and len(keywords) < 50:
            keywords.append(text)
            used.add((DCAT.keyword, keyword))
    if keywords:
        metadata["keywords"] = keywords


def _read_coverage(graph: Graph, node: Node, used: Used, metadata: dict[str, Any]) -> None:
    """Temporal coverage (a dct:PeriodOfTime's start and end dates) and a 行政区划代码."""
    period = _best(graph, node, DCT.temporal, used, _period)
    if period is not None:
        metadata.update({name: date for name, date in zip(
            ("temporal_start", "temporal_end"), period[0], strict=True) if date})
    spatial = _best_mapped(graph, node, DCT.spatial, used, _spatial_code)
    if spatial:
        metadata["spatial"] = spatial


def _read_vocabularies(graph: Graph, node: Node, used: Used, metadata: dict[str, Any]) -> None:
    """Theme, update frequency, language and open condition, where a value maps obviously."""
    for predicate, target, mapping in (
        (DCAT.theme, "theme", _theme), (DCT.accrualPeriodicity, "update_frequency",
                                        lambda _, v: vocab.frequency(str(v))),
        (DCT.language, "language", _language), (DC.language, "language", _language),
        (DCT.accessRights, "open_condition", _open_condition),
    ):
        if target not in metadata:
            value = _best_mapped(graph, node, predicate, used, mapping)
            if value:
                metadata[target] = value


def _read_rights(graph: Graph, node: Node, used: Used, metadata: dict[str, Any]) -> None:
    """The legal basis (and access conditions) of a rights statement to_dcat wrote: one whose
    label names an article of LEGAL_BASES and that says nothing else."""
    found = _best(graph, node, DCT.rights, used, _legal_basis)
    if found is not None:
        metadata.update(found[0])


def _legal_basis(graph: Graph, statement: Node) -> tuple[tuple[str, str], ...] | None:
    if isinstance(statement, Literal) or set(graph.predicates(statement)) - {
            RDF.type, RDFS.label, DCT.description}:
        return None
    labels = [str(label) for label in literals(graph, statement, RDFS.label)]
    basis = next((key for key, text in LEGAL_BASES.items() if any(
        label == _LAW["zh"] + text for label in labels)), None)
    if basis is None:
        return None
    conditions = pick(literals(graph, statement, DCT.description))
    return (("legal_basis", basis),) + (
        (("access_conditions", str(conditions)),) if conditions is not None else ())


def _read_contact(graph: Graph, node: Node, used: Used, metadata: dict[str, Any],
                  provenance: dict[str, Any]) -> None:
    """A contact point (vcard:fn, vcard:hasEmail, vcard:hasTelephone); of several, the least
    by those (the others stay in provenance)."""
    found = None
    for predicate in (DCAT.contactPoint, ADMS.contactPoint):  # adms: DCAT-AP 1.0's
        found = _best(graph, node, predicate, used, _contact_point)
        if found is not None:
            break
    else:
        return
    (point, own), contact = found
    if point:
        metadata["contact_point"] = dict(point)
    rest = node_json(graph, contact, own)
    if rest:
        provenance["contact_point"] = rest


def _contact_point(graph: Graph, contact: Node) -> tuple[tuple[tuple[str, str], ...], Used]:
    """A vcard:Kind's name, email and phone, and the triples they come from."""
    if isinstance(contact, Literal):
        return (), set()
    own: Used = {(RDF.type, VCARD.Kind)}
    point: list[tuple[str, str]] = []
    name = pick(literals(graph, contact, VCARD.fn))
    if name is not None:
        own.add((VCARD.fn, name))
        point.append(("name", str(name)))
    email = next((o for o in objects(graph, contact, VCARD.hasEmail)
                  if not isinstance(o, BNode)), None)
    if email is not None:
        own.add((VCARD.hasEmail, email))
        point.append(("email", str(email).strip().removeprefix("mailto:")))
    for phone in objects(graph, contact, VCARD.hasTelephone):
        value = phone if not isinstance(phone, BNode) else \
            next(iter(objects(graph, phone, VCARD.hasValue)), None)
        if value is not None:
            own.add((VCARD.hasTelephone, phone))
            point.append(("phone", str(value).strip().removeprefix("tel:")))
            break
    return tuple(point), own


def _read_publisher(graph: Graph, node: Node, used: Used, provenance: dict[str, Any]) -> None:
    """The publisher as provenance["organization"] = {name (a slug, '' when its name makes
    none), title} (as the CKAN crosswalk keeps a portal's organisation), the rest of it as
    provenance["publisher"]. A dataset without one takes its catalog's."""
    found = _best(graph, node, DCT.publisher, used,
                  lambda g, p: None if isinstance(p, Literal) else _agent_name(g, p))
    publisher = found[1] if found is not None else None
    if publisher is None:
        publisher = next((p for catalog in graph.subjects(DCAT.dataset, node)
                          for p in objects(graph, catalog, DCT.publisher)
                          if not isinstance(p, Literal)), None)
        if publisher is None:
            return
    own: Used = {(RDF.type, FOAF.Agent)}
    title = pick(literals(graph, publisher, FOAF.name)) or \
        pick(literals(graph, publisher, SKOS.prefLabel))
    slug = _agent_name(graph, publisher)[1]
    if slug or title is not None:  # a name that makes no slug (杭州市统计局) still names it
        provenance["organization"] = {"name": slug,
                                      "title": str(title) if title is not None else ""}
        if title is not None:
            own.add((FOAF.name, title))
    rest = node_json(graph, publisher, own)
    if rest:
        provenance["publisher"] = rest


def _agent_name(graph: Graph, agent: Node) -> tuple[str, str]:
    """An agent's name (foaf:name, else skos:prefLabel) and a slug of it (else of the last
    segment of its IRI; '' when neither gives one)."""
    title = pick(literals(graph, agent, FOAF.name)) or \
        pick(literals(graph, agent, SKOS.prefLabel))
    slug = name_slug(str(title)) if title is not None else None
    if slug is None and isinstance(agent, URIRef):
        slug = name_slug(re.split(r"[/#]", str(agent).rstrip("/#"))[-1])
    return (str(title) if title is not None else "", slug or "")


def _distribution_order(found: DcatDistribution) -> tuple[str, ...]:
    return (found.url, found.title, found.format, found.media_type, found.description,
            json.dumps(found.extras, sort_keys=True, ensure_ascii=False))


def _read_distribution(graph: Graph, node: Node) -> DcatDistribution:
    own: Used = {(RDF.type, DCAT.Distribution)}
    found = DcatDistribution()
    for predicate, name in ((DCAT.downloadURL, "download_url"), (DCAT.accessURL, "access_url")):
        value = next((o for o in objects(graph, node, predicate) if not isinstance(o, BNode)),
                     None)
        if value is not None:
            own.add((predicate, value))
            setattr(found, name, str(value).strip())
    if found.access_url == found.download_url:
        found.access_url = ""
    for predicate, name in ((DCT.title, "title"), (DCT.description, "description")):
        value = pick(literals(graph, node, predicate))
        if value is not None:
            own.add((predicate, value))
            setattr(found, name, str(value))
    found.format = _best_mapped(graph, node, DCT.format, own, _format) or ""
    found.media_type = _best_mapped(
        graph, node, DCAT.mediaType, own,
        lambda _, v: vocab.media_type(str(v)) if not isinstance(v, BNode) else None) or ""
    found.license = _best_mapped(graph, node, DCT.license, own, _licence) or ""
    found.byte_size = _best_mapped(graph, node, DCAT.byteSize, own, _byte_size)
    found.checksum = _best_mapped(graph, node, SPDX.checksum, own, _checksum) or ""
    found.extras = node_json(graph, node, own)
    return found


def _byte_size(graph: Graph, value: Node) -> int | None:
    """A whole number of bytes (some catalogs write it as a decimal: 43008.0)."""
    match = _BYTES.match(str(value).strip()) if isinstance(value, Literal) else None
    return int(match[1]) if match else None


def _checksum(graph: Graph, value: Node) -> str | None:
    """An spdx:Checksum as "<algorithm>:<hex>", when it says nothing else."""
    if isinstance(value, Literal) or set(graph.predicates(value)) - {
            RDF.type, SPDX.algorithm, SPDX.checksumValue}:
        return None
    algorithms = [vocab.checksum_algorithm(str(a)) for a in objects(graph, value, SPDX.algorithm)]
    values = [str(v).strip() for v in literals(graph, value, SPDX.checksumValue)]
    if len(algorithms) != 1 or not algorithms[0] or len(values) != 1 or not _HEX.match(values[0]):
        return None
    return f"{algorithms[0]}:{values[0].lower()}"


def _text(graph: Graph, value: Node, *labels: URIRef) -> str | None:
    """An IRI or a literal as a string; a blank node by the first of its labels."""
    if not isinstance(value, BNode):
        return str(value).strip() or None
    for predicate in labels:
        found = pick(literals(graph, value, predicate))
        if found is not None and str(found).strip():
            return str(found).strip()
    return None


def _date(graph: Graph, value: Node) -> str | None:
    return iso_date(str(value)) if isinstance(value, Literal) else None


def _period(graph: Graph, period: Node) -> tuple[str, str] | None:
    """A dct:PeriodOfTime's start and end dates ('' for one it does not give)."""
    dates = tuple(min((d for p in predicates for o in objects(graph, period, p)
                       if (d := iso_date(str(o)))), default="") for predicates in (_START, _END))
    return dates if any(dates) else None  # type: ignore[return-value]


def _licence(graph: Graph, value: Node) -> str | None:
    text = _text(graph, value, RDFS.label, DCT.title, DCT.identifier)
    return vocab.licence_id(text) if text else None


def _format(graph: Graph, value: Node) -> str | None:
    text = _text(graph, value, RDF.value, RDFS.label)
    return vocab.file_type(vocab.media_type(text)) if text else None


def _theme(graph: Graph, value: Node) -> str | None:
    """A theme by its IRI, else by a label that is one of the standard's themes."""
    found = None if isinstance(value, BNode) else vocab.theme(str(value))
    return found or next((str(v) for v in literals(graph, value, SKOS.prefLabel)
                          if str(v) in THEMES), None)


def _language(graph: Graph, value: Node) -> str | None:
    return None if isinstance(value, BNode) else vocab.language(str(value))


def _open_condition(graph: Graph, value: Node) -> str | None:
    if isinstance(value, URIRef) and str(value).startswith(vocab.EU + "access-right/"):
        return _ACCESS_RIGHTS.get(str(value).rsplit("/", 1)[-1])
    return None


def _spatial_code(graph: Graph, value: Node) -> str | None:
    """A 6-digit 行政区划代码: a literal, or a dct:Location's dct:identifier/skos:notation."""
    texts = [str(value)] if isinstance(value, Literal) else [
        str(o) for p in (DCT.identifier, SKOS.notation) for o in literals(graph, value, p)]
    return next((t.strip() for t in texts if SPATIAL_PATTERN.match(t.strip())), None)


# -- writing ---------------------------------------------------------------------------------


def to_dcat(dataset: DcatDataset, graph: Graph | None = None, themes: str | None = None
            ) -> Graph:
    """The DCAT-AP 3 description of a dataset (added to graph when one is given); themes is
    the IRI of the scheme of the standard's own themes (else they are OWN_THEMES URNs)."""
    graph = graph if graph is not None else bind_prefixes(Graph())
    add_dataset(graph, dataset, themes)
    return graph


def add_dataset(graph: Graph, dataset: DcatDataset, themes: str | None = None) -> Node:
    """Add a dataset's triples to graph; its node (to link a dcat:Catalog to it)."""
    metadata, provenance = dataset.metadata, dataset.provenance
    node: Node = URIRef(dataset.remote_id) if _IRI.match(dataset.remote_id) else BNode()
    add = graph.add
    add((node, RDF.type, DCAT.Dataset))
    tag = "zh" if metadata.get("language") == "zh-CN" else None
    add((node, DCT.title, Literal(metadata.get("title", ""), lang=tag)))
    if metadata.get("title_en"):
        add((node, DCT.title, Literal(metadata["title_en"], lang="en")))
    if metadata.get("description"):
        add((node, DCT.description, Literal(metadata["description"], lang=tag)))
    else:
        for language, text in NO_DESCRIPTION.items():
            add((node, DCT.description, Literal(text, lang=language)))
    for keyword in metadata.get("keywords", []):
        add((node, DCAT.keyword, Literal(keyword)))
    identifier = provenance.get("identifier") or (
        None if isinstance(node, URIRef) else dataset.remote_id)
    if identifier:
        add((node, DCT.identifier, Literal(identifier)))
    if metadata.get("issued"):
        add((node, DCT.issued, Literal(str(metadata["issued"]), datatype=XSD.date)))
    if metadata.get("modified"):
        add((node, DCT.modified, _modified(dataset)))
    licence = _licence_term(graph, metadata["license"]) if metadata.get("license") else None
    if licence is not None:
        add((node, DCT.license, licence))
    _write_coverage(graph, node, metadata)
    _write_vocabularies(graph, node, metadata, themes)
    _write_rights(graph, node, metadata, tag)
    if metadata.get("contact_point") or provenance.get("contact_point"):
        add((node, DCAT.contactPoint, _contact(graph, metadata.get("contact_point") or {},
                                               provenance.get("contact_point") or {})))
    if provenance.get("organization") or provenance.get("publisher"):
        add((node, DCT.publisher, _publisher(graph, provenance)))
    if provenance.get("landing_page"):
        page = URIRef(provenance["landing_page"])
        # some portals give the dataset's own IRI, which is no foaf:Document
        add((node, DCAT.landingPage, page if page == node else
             _typed(graph, page, FOAF.Document)))
    for distribution in dataset.distributions:
        add((node, DCAT.distribution, _distribution(graph, distribution, metadata)))
    add_json(graph, node, provenance.get("extras") or {})
    return node


@dataclass
class DcatCatalog:
    """A dcat:Catalog as DCAT-AP asks for one; texts by language tag ({"zh": …, "en": …})."""

    iri: str
    title: dict[str, str]
    description: dict[str, str]
    publisher: str  # the IRI of the foaf:Agent that runs the catalog
    publisher_name: dict[str, str]
    homepage: str
    license: str = ""  # of the catalog's own metadata, as the standard names licences
    modified: str = ""  # ISO 8601 date or date and time
    languages: tuple[str, ...] = ()  # the standard's languages (zh-CN, en)
    themes: dict[str, dict[str, str]] = field(default_factory=dict)  # scheme IRI: its title


def add_catalog(graph: Graph, catalog: DcatCatalog, datasets: Iterable[Node]) -> Node:
    """Add a catalog of datasets (nodes add_dataset gave) to graph; its node."""
    node = URIRef(catalog.iri)
    add = graph.add
    add((node, RDF.type, DCAT.Catalog))
    for predicate, texts in ((DCT.title, catalog.title), (DCT.description, catalog.description)):
        for language, text in texts.items():
            add((node, predicate, Literal(text, lang=language)))
    agent = _typed(graph, URIRef(catalog.publisher), FOAF.Agent)
    for language, name in catalog.publisher_name.items():
        add((agent, FOAF.name, Literal(name, lang=language)))
    add((node, DCT.publisher, agent))
    add((node, FOAF.homepage, _typed(graph, URIRef(catalog.homepage), FOAF.Document)))
    if catalog.license:
        add((node, DCT.license, _licence_term(graph, catalog.license)))
    if catalog.modified:
        add((node, DCT.modified, Literal(catalog.modified, datatype=XSD.dateTime
                                         if "T" in catalog.modified else XSD.date)))
    for language in catalog.languages:
        add((node, DCT.language, _typed(graph, URIRef(vocab.language_iri(language)),
                                        DCT.LinguisticSystem)))
    for iri, titles in catalog.themes.items():
        scheme = _typed(graph, URIRef(iri), SKOS.ConceptScheme)
        for language, text in titles.items():
            add((scheme, DCT.title, Literal(text, lang=language)))
        add((node, DCAT.themeTaxonomy, scheme))
    for dataset in datasets:
        add((node, DCAT.dataset, dataset))
    return node


def _modified(dataset: DcatDataset) -> Literal:
    """dct:modified: as the catalog wrote it when that is still the date, else the date."""
    date = str(dataset.metadata["modified"])
    if dataset.modified and iso_date(dataset.modified) == date:
        kind = XSD.dateTime if "T" in dataset.modified else XSD.date
        return Literal(dataset.modified, datatype=kind, normalize=False)
    return Literal(date, datatype=XSD.date)


def _licence_term(graph: Graph, licence: str) -> Node:
    """A licence as DCAT-AP wants it: an IRI (the EU table's for a known id), else a
    dct:LicenseDocument labelled with it."""
    iri = vocab.licence_iri(licence) or (licence if _IRI.match(licence) and "/" in licence
                                         else None)
    if iri:
        return _typed(graph, URIRef(iri), DCT.LicenseDocument)
    document = BNode()
    graph.add((document, RDF.type, DCT.LicenseDocument))
    graph.add((document, RDFS.label, Literal(licence)))
    return document


def _write_coverage(graph: Graph, node: Node, metadata: dict[str, Any]) -> None:
    if metadata.get("temporal_start") or metadata.get("temporal_end"):
        period = BNode()
        graph.add((node, DCT.temporal, period))
        graph.add((period, RDF.type, DCT.PeriodOfTime))
        for name, predicate in (("temporal_start", DCAT.startDate),
                                ("temporal_end", DCAT.endDate)):
            if metadata.get(name):
                graph.add((period, predicate, Literal(str(metadata[name]), datatype=XSD.date)))
    if metadata.get("spatial"):
        location = BNode()
        graph.add((node, DCT.spatial, location))
        graph.add((location, RDF.type, DCT.Location))
        graph.add((location, DCT.identifier, Literal(metadata["spatial"])))


def _write_vocabularies(graph: Graph, node: Node, metadata: dict[str, Any],
                        themes: str | None) -> None:
    if metadata.get("theme"):
        iri = vocab.theme_iri(metadata["theme"], themes)
        concept = _typed(graph, URIRef(iri), SKOS.Concept)
        graph.add((node, DCAT.theme, concept))
        graph.add((concept, SKOS.prefLabel, Literal(metadata["theme"], lang="zh")))
        scheme = vocab.theme_scheme(iri, themes)
        if scheme:
            graph.add((concept, SKOS.inScheme, URIRef(scheme)))
    if metadata.get("update_frequency"):
        graph.add((node, DCT.accrualPeriodicity, _typed(
            graph, URIRef(vocab.frequency_iri(metadata["update_frequency"])), DCT.Frequency)))
    if metadata.get("language"):
        graph.add((node, DCT.language, _typed(
            graph, URIRef(vocab.language_iri(metadata["language"])), DCT.LinguisticSystem)))
    if metadata.get("open_condition") in _TO_ACCESS_RIGHTS:
        rights = f"{vocab.EU}access-right/{_TO_ACCESS_RIGHTS[metadata['open_condition']]}"
        graph.add((node, DCT.accessRights, _typed(graph, URIRef(rights), DCT.RightsStatement)))


def _write_rights(graph: Graph, node: Node, metadata: dict[str, Any], tag: str | None) -> None:
    """The legal basis of the open condition, and its access conditions, as a rights
    statement (the EU access-right table has no place for either)."""
    basis = metadata.get("legal_basis")
    # access conditions without a legal basis are not written: read back, they could not be
    # told from any other catalog's rights statement
    if basis not in LEGAL_BASES:
        return
    statement = BNode()
    graph.add((node, DCT.rights, statement))
    graph.add((statement, RDF.type, DCT.RightsStatement))
    graph.add((statement, RDFS.label, Literal(_LAW["zh"] + LEGAL_BASES[basis], lang="zh")))
    graph.add((statement, RDFS.label, Literal(_LAW["en"] + _LEGAL_BASES_EN[basis], lang="en")))
    if metadata.get("access_conditions"):
        graph.add((statement, DCT.description, Literal(metadata["access_conditions"], lang=tag)))


def _typed(graph: Graph, iri: URIRef, kind: URIRef) -> URIRef:
    """iri, stated to be of the class DCAT-AP gives the property's range (its SHACL range
    shapes check the class of every value)."""
    graph.add((iri, RDF.type, kind))
    return iri


def _named(extras: dict[str, Any]) -> Node:
    """The node of a described thing: its IRI when it had one, else a blank node."""
    return URIRef(extras["@id"]) if extras.get("@id") else BNode()


def _contact(graph: Graph, point: dict[str, str], rest: dict[str, Any]) -> Node:
    contact = _named(rest)
    graph.add((contact, RDF.type, VCARD.Kind))
    if point.get("name"):
        graph.add((contact, VCARD.fn, Literal(point["name"])))
    if point.get("email"):
        graph.add((contact, VCARD.hasEmail, URIRef(f"mailto:{point['email']}")))
    if point.get("phone"):
        graph.add((contact, VCARD.hasTelephone, Literal(point["phone"])))
    add_json(graph, contact, rest)
    return contact


def _publisher(graph: Graph, provenance: dict[str, Any]) -> Node:
    rest = provenance.get("publisher") or {}
    agent = _named(rest)
    graph.add((agent, RDF.type, FOAF.Agent))
    title = (provenance.get("organization") or {}).get("title")
    if title:
        graph.add((agent, FOAF.name, Literal(title)))
    add_json(graph, agent, rest)
    return agent


def _distribution(graph: Graph, found: DcatDistribution, metadata: dict[str, Any]) -> Node:
    node = _named(found.extras)
    add = graph.add
    add((node, RDF.type, DCAT.Distribution))
    if found.access_url or found.download_url:
        add((node, DCAT.accessURL, URIRef(found.access_url or found.download_url)))
    if found.download_url:
        add((node, DCAT.downloadURL, URIRef(found.download_url)))
    if found.title:
        add((node, DCT.title, Literal(found.title)))
    if found.description:
        add((node, DCT.description, Literal(found.description)))
    if found.format:
        iri = vocab.file_type_iri(found.format)
        if iri:
            add((node, DCT.format, _typed(graph, URIRef(iri), DCT.MediaTypeOrExtent)))
        else:
            kind = BNode()
            add((node, DCT.format, kind))
            add((kind, RDF.type, DCT.MediaTypeOrExtent))
            add((kind, RDFS.label, Literal(found.format)))
    if found.media_type:
        add((node, DCAT.mediaType,
             _typed(graph, URIRef(vocab.IANA_MEDIA_TYPES + found.media_type), DCT.MediaType)
             if re.fullmatch(r"[\w.+-]+/[\w.+-]+", found.media_type)
             else Literal(found.media_type)))
    licence = found.license or metadata.get("license")
    if licence:
        add((node, DCT.license, _licence_term(graph, licence)))
    if found.byte_size is not None and found.byte_size >= 0:
        add((node, DCAT.byteSize, Literal(str(found.byte_size), datatype=XSD.nonNegativeInteger)))
    algorithm, _, value = found.checksum.partition(":")
    iri = vocab.checksum_algorithm_iri(algorithm)
    if iri and _HEX.match(value):
        checksum = BNode()
        add((node, SPDX.checksum, checksum))
        add((checksum, RDF.type, SPDX.Checksum))
        add((checksum, SPDX.algorithm, _typed(graph, URIRef(iri), SPDX.ChecksumAlgorithm)))
        add((checksum, SPDX.checksumValue, Literal(value.lower(), datatype=XSD.hexBinary)))
    add_json(graph, node, found.extras)
    return node
