"""The RDF serializations the exports answer in, by suffix (.ttl, .rdf, .jsonld) and by media
type (content negotiation)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from flask import Response
from rdflib import BNode, Graph
from rdflib.term import Node
from werkzeug.datastructures import MIMEAccept

from catalog.crosswalk.rdfjson import PREFIXES, bind_prefixes

HTML = "text/html"


@dataclass(frozen=True)
class RdfFormat:
    suffix: str
    media_type: str
    rdflib_name: str  # the name rdflib's serializer and parser know it by


FORMATS = {f.suffix: f for f in (
    RdfFormat("ttl", "text/turtle", "turtle"),
    RdfFormat("rdf", "application/rdf+xml", "xml"),
    RdfFormat("jsonld", "application/ld+json", "json-ld"),
)}
BY_MEDIA_TYPE = {f.media_type: f for f in FORMATS.values()}


def negotiate(accept: MIMEAccept) -> RdfFormat | None:
    """The RDF format an Accept header prefers, or None for the HTML page: HTML comes first,
    so */*, a browser's header and any type not offered get the page."""
    best = accept.best_match([HTML, *BY_MEDIA_TYPE], default=HTML)
    return BY_MEDIA_TYPE.get(best)


def serialize(graph: Graph, found: RdfFormat) -> bytes:
    """graph in the format, UTF-8 (JSON-LD compacted with the well-known prefixes); the same
    graph gives the same bytes, blank nodes included (so its ETag stays while it does)."""
    graph = stable_blank_nodes(graph)
    if found.rdflib_name == "json-ld":
        return graph.serialize(format="json-ld", context=PREFIXES, auto_compact=True,
                               encoding="utf-8")
    return graph.serialize(format=found.rdflib_name, encoding="utf-8")


def rdf_response(graph: Graph, found: RdfFormat) -> Response:
    return Response(serialize(graph, found), content_type=f"{found.media_type}; charset=utf-8")


def stable_blank_nodes(graph: Graph) -> Graph:
    """graph with each blank node named by a digest of what it says and of what refers to it,
    instead of a random name (a serializer writes the names of those referred to twice, and
    JSON-LD and RDF/XML write them all), its triples in a sorted order. Two blank nodes alike
    in both are one node."""
    said: dict[Node, str] = {}

    def content(node: Node, seen: frozenset[Node] = frozenset()) -> str:
        if not isinstance(node, BNode):
            return node.n3()
        if node not in said:
            if node in seen:  # a cycle: named by the walk that found it
                return "_:cycle"
            said[node] = "[" + ";".join(sorted(
                f"{p.n3()} {content(o, seen | {node})}"
                for p, o in graph.predicate_objects(node))) + "]"
        return said[node]

    names: dict[Node, BNode] = {}
    for node in {t for triple in graph for t in triple[::2] if isinstance(t, BNode)}:
        referrers = sorted(f"{content(s)} {p.n3()}" for s, p in graph.subject_predicates(node))
        digest = hashlib.sha256("|".join([content(node), *referrers]).encode()).hexdigest()
        names[node] = BNode(f"b{digest[:20]}")
    renamed = [(names.get(s, s), p, names.get(o, o)) for s, p, o in graph]
    out = bind_prefixes(Graph())
    for triple in sorted(renamed, key=lambda t: tuple(term.n3() for term in t)):
        out.add(triple)  # in an order of their own: serializers write in the store's order
    return out
