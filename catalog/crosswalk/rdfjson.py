"""RDF terms as plain JSON and back, for the RDF crosswalks: what the standard has no field for
is kept as provenance (JSON in the store) and must become the same triples again on export.

The JSON is a small subset of JSON-LD: a plain literal is a string; a tagged or typed one is
``{"@value", "@language"}`` or ``{"@value", "@type"}``; an IRI is ``{"@id"}``; a blank node is
an object of its properties (``"@type"`` for rdf:type); a property with several values is a
list. Properties of well-known vocabularies are written as CURIEs (``dct:spatial``).
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Mapping
from typing import Any

from rdflib import RDF, BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, OWL, PROV, RDFS, SKOS, TIME, XSD
from rdflib.term import Node

ADMS = Namespace("http://www.w3.org/ns/adms#")
DCATAP = Namespace("http://data.europa.eu/r5r/")
DC = Namespace("http://purl.org/dc/elements/1.1/")
DQV = Namespace("http://www.w3.org/ns/dqv#")
HYDRA = Namespace("http://www.w3.org/ns/hydra/core#")
LOCN = Namespace("http://www.w3.org/ns/locn#")
SCHEMA = Namespace("http://schema.org/")
SPDX = Namespace("http://spdx.org/rdf/terms#")
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")

PREFIXES: dict[str, str] = {prefix: str(namespace) for prefix, namespace in {
    "adms": ADMS, "dc": DC, "dcat": DCAT, "dcatap": DCATAP, "dct": DCTERMS, "dqv": DQV,
    "foaf": FOAF, "hydra": HYDRA, "locn": LOCN, "owl": OWL, "prov": PROV, "rdf": RDF,
    "rdfs": RDFS, "schema": SCHEMA, "skos": SKOS, "spdx": SPDX, "time": TIME, "vcard": VCARD,
    "xsd": XSD,
}.items()}  # fmt: skip
MAX_DEPTH = 4  # blank nodes nested deeper than this are left out (and cycles are cut)


def bind_prefixes(graph: Graph) -> Graph:
    """graph with the well-known prefixes bound (for readable Turtle and RDF/XML)."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, URIRef(namespace), override=True, replace=True)
    return graph


def curie(iri: str) -> str:
    """iri as prefix:name when its namespace is a well-known one, else the IRI itself."""
    for prefix, namespace in PREFIXES.items():
        rest = iri[len(namespace):] if iri.startswith(namespace) else None
        if rest and "/" not in rest and "#" not in rest:
            return f"{prefix}:{rest}"
    return iri


def expand(name: str) -> URIRef:
    """The IRI of a CURIE written by curie (or of an IRI)."""
    prefix, _, rest = name.partition(":")
    namespace = PREFIXES.get(prefix)
    return URIRef(namespace + rest) if namespace is not None else URIRef(name)


def unique(nodes: Iterable[Node]) -> list[Node]:
    """nodes without repeats, in their order."""
    return list(dict.fromkeys(nodes))


def objects(graph: Graph, node: Node, predicate: URIRef) -> list[Node]:
    """A property's values in an order of their content: RDF values have no order, and a
    serializer may write them in any (blank nodes by their random ids), so whichever value a
    crosswalk takes first must not depend on the document's order."""
    return sorted(unique(graph.objects(node, predicate)), key=lambda o: _order(graph, o))


def _order(graph: Graph, term: Node) -> tuple[int, str, str]:
    if isinstance(term, URIRef):
        return 0, str(term), ""
    if isinstance(term, Literal):
        return 1, str(term), f"{term.language or ''} {term.datatype or ''}"
    return 2, json.dumps(term_json(graph, term), sort_keys=True, ensure_ascii=False), ""


def term_json(graph: Graph, term: Node, depth: int = MAX_DEPTH,
              seen: frozenset[Node] = frozenset()) -> Any:
    """One RDF term as JSON (a blank node with its properties)."""
    if isinstance(term, Literal):
        if term.language:
            return {"@value": str(term), "@language": term.language}
        if term.datatype is not None and term.datatype != XSD.string:
            return {"@value": str(term), "@type": curie(str(term.datatype))}
        return str(term)
    if isinstance(term, URIRef):
        return {"@id": str(term)}
    if depth <= 0 or term in seen:
        return {}
    return node_json(graph, term, depth=depth - 1, seen=seen | {term})


def node_json(graph: Graph, node: Node, used: Collection[tuple[Node, Node]] = (), *,
              depth: int = MAX_DEPTH, seen: frozenset[Node] = frozenset()) -> dict[str, Any]:
    """A node's properties as JSON, but the (predicate, object) pairs in used (what a
    crosswalk mapped onto fields); a named node keeps its IRI as "@id"."""
    out: dict[str, Any] = {"@id": str(node)} if isinstance(node, URIRef) else {}
    for predicate in unique(graph.predicates(node)):
        kept = [o for o in objects(graph, node, predicate) if (predicate, o) not in used]
        if predicate == RDF.type:
            key, values = "@type", [curie(str(o)) for o in kept]
        else:
            key = curie(str(predicate))
            values = [term_json(graph, o, depth, seen | {node}) for o in kept]
        if values:
            out[key] = values[0] if len(values) == 1 else values
    return out


def json_term(graph: Graph, value: Any) -> Node:
    """The RDF term of a JSON value written by term_json (its triples added to graph)."""
    if isinstance(value, Mapping):
        if "@value" in value:
            datatype = expand(str(value["@type"])) if value.get("@type") else None
            return Literal(str(value["@value"]), lang=value.get("@language"), datatype=datatype)
        if "@id" in value and len(value) == 1:
            return URIRef(str(value["@id"]))
        node: Node = URIRef(str(value["@id"])) if value.get("@id") else BNode()
        add_json(graph, node, value)
        return node
    if isinstance(value, bool):
        return Literal(value)
    return Literal(value if isinstance(value, int | float) else str(value))


def add_json(graph: Graph, subject: Node, data: Mapping[str, Any]) -> None:
    """Add to subject the properties of a JSON object written by node_json."""
    for key, value in data.items():
        if key == "@id":
            continue
        for item in value if isinstance(value, list) else [value]:
            if key == "@type":
                graph.add((subject, RDF.type, expand(str(item))))
            else:
                graph.add((subject, expand(key), json_term(graph, item)))


def literals(graph: Graph, node: Node, predicate: URIRef) -> list[Literal]:
    """The literal values of a property (in objects' order)."""
    return [o for o in objects(graph, node, predicate) if isinstance(o, Literal)]


def pick(values: Iterable[Literal], prefer: tuple[str, ...] = ("zh", "")) -> Literal | None:
    """The literal in the first preferred language ('' untagged), else English, else any."""
    values = list(values)
    for language in (*prefer, "en"):
        for value in values:
            tag = (value.language or "").lower()
            if tag == language or language and tag.startswith(language + "-"):
                return value
    return values[0] if values else None
