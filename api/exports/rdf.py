"""The RDF serializations the exports answer in, by suffix (.ttl, .rdf, .jsonld) and by media
type (content negotiation)."""

from __future__ import annotations

from dataclasses import dataclass

from flask import Response
from rdflib import Graph
from werkzeug.datastructures import MIMEAccept

from catalog.crosswalk.rdfjson import PREFIXES

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
    """graph in the format, UTF-8 (JSON-LD compacted with the well-known prefixes)."""
    if found.rdflib_name == "json-ld":
        return graph.serialize(format="json-ld", context=PREFIXES, auto_compact=True,
                               encoding="utf-8")
    return graph.serialize(format=found.rdflib_name, encoding="utf-8")


def rdf_response(graph: Graph, found: RdfFormat) -> Response:
    return Response(serialize(graph, found), content_type=f"{found.media_type}; charset=utf-8")
