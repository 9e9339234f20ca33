"""RDF documents a harvester reads: which rdflib parser (by the media type, else the file
suffix, else the first bytes), and parsing that reaches nothing outside.

rdflib's JSON-LD parser would load a remote ``@context`` itself (urllib, any address, even
``file:``): every remote context is loaded here instead, through the caller's loader (the
guarded session), and put in place before rdflib sees the document. A document that does
not parse is an error naming where it came from and the format, never quoting it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import urljoin, urlsplit

from rdflib import Graph

from catalog.errors import CatalogError

NAMES = {"xml": "RDF/XML", "turtle": "Turtle", "json-ld": "JSON-LD", "nt": "N-Triples",
         "n3": "N3"}
ACCEPT = ("text/turtle, application/rdf+xml;q=0.9, application/ld+json;q=0.8, "
          "application/n-triples;q=0.7, */*;q=0.1")
MAX_CONTEXTS = 10  # remote JSON-LD contexts one document may load
_MEDIA_TYPES = {
    "application/rdf+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/turtle": "turtle", "application/x-turtle": "turtle", "application/turtle": "turtle",
    "application/ld+json": "json-ld", "application/json": "json-ld",
    "application/n-triples": "nt", "text/n3": "n3", "text/rdf+n3": "n3",
}  # fmt: skip
_SUFFIXES = {".rdf": "xml", ".xml": "xml", ".owl": "xml", ".ttl": "turtle",
             ".jsonld": "json-ld", ".json": "json-ld", ".nt": "nt", ".n3": "n3"}
_HTML = ("text/html", "application/xhtml+xml")


class NotRdf(CatalogError):
    """A document that is no RDF govcat reads, or that does not parse."""


def rdf_format(content: bytes, media_type: str = "", location: str = "") -> str:
    """The rdflib parser of a document: by its media type, else by its suffix, else by its
    first bytes (NotRdf for an HTML page or for what is none of them)."""
    head = content[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if media_type in _HTML or head.startswith((b"<!doctype html", b"<html")):
        served = f"served as {media_type}" if media_type else "no media type"
        raise NotRdf(f"{location}: an HTML page ({served}), not RDF "
                     f"({', '.join(NAMES.values())})")
    if media_type in _MEDIA_TYPES:
        return _MEDIA_TYPES[media_type]
    suffix = PurePosixPath(urlsplit(location).path).suffix.lower()
    if suffix in _SUFFIXES:
        return _SUFFIXES[suffix]
    if head.startswith(b"<?xml") or b"<rdf:rdf" in head:
        return "xml"
    if head.startswith((b"{", b"[")):
        return "json-ld"
    if head.startswith((b"@prefix", b"@base", b"prefix", b"base", b"#", b"<", b"_:")):
        return "turtle"  # N-Triples is Turtle too
    raise NotRdf(f"{location}: not RDF ({media_type or 'no media type'}; neither "
                 f"{', '.join(NAMES.values())})")


def parse_rdf(content: bytes, fmt: str, location: str, *, base: str | None = None,
              load_json: Callable[[str], Any] | None = None) -> Graph:
    """The graph of a document (NotRdf naming location and format when it does not parse).
    load_json loads a remote JSON-LD context by URL (None: remote contexts are refused)."""
    graph = Graph()
    base = base or location
    try:
        if fmt == "json-ld":
            document = inline_contexts(json.loads(content.decode("utf-8-sig")), base,
                                       load_json or _refuse)
            graph.parse(data=json.dumps(document), format="json-ld", publicID=base)
        elif fmt == "xml":
            graph.parse(data=content, format="xml", publicID=base)
        else:
            graph.parse(data=content.decode("utf-8-sig"), format=fmt, publicID=base)
    except CatalogError:
        raise
    except Exception as exc:  # rdflib's parsers raise many kinds, some quoting the input
        raise NotRdf(f"{location}: not valid {NAMES.get(fmt, fmt)}{_where(exc)}") from None
    return graph


def _where(exc: Exception) -> str:
    """Where a parser stopped (a line number; nothing of the input)."""
    line = getattr(exc, "lineno", None)  # json.JSONDecodeError
    if line is None and hasattr(exc, "lines"):  # rdflib's BadSyntax counts from 0
        line = exc.lines + 1
    if line is None and hasattr(exc, "getLineNumber"):  # xml.sax
        line = exc.getLineNumber()
    if isinstance(exc, UnicodeDecodeError):
        return " (not UTF-8)"
    return f" (line {line})" if isinstance(line, int) else ""


def _refuse(url: str) -> Any:
    raise NotRdf(f"{url}: a remote JSON-LD context, which is not loaded here")


def inline_contexts(document: Any, base: str, load_json: Callable[[str], Any]) -> Any:
    """document with every remote @context (and @import) replaced by the context it names,
    each loaded once by load_json, at most MAX_CONTEXTS of them."""
    loaded: dict[str, Any] = {}
    loading: set[str] = set()

    def remote(url: str, depth: int) -> Any:
        if url in loading:
            raise NotRdf(f"{url}: a JSON-LD context that includes itself")
        if url not in loaded:
            if len(loaded) + len(loading) >= MAX_CONTEXTS or depth > 3:
                raise NotRdf(f"{base}: more than {MAX_CONTEXTS} remote JSON-LD contexts, or "
                             "contexts nested too deep")
            body = load_json(url)
            if not isinstance(body, dict) or "@context" not in body:
                raise NotRdf(f"{url}: not a JSON-LD context (no @context)")
            loading.add(url)
            loaded[url] = context(body["@context"], url, depth + 1)
            loading.discard(url)
        return loaded[url]

    def context(value: Any, where: str, depth: int) -> Any:
        if isinstance(value, str):
            return remote(urljoin(where, value), depth)
        if isinstance(value, list):
            out: list[Any] = []
            for item in value:
                found = context(item, where, depth)
                out.extend(found if isinstance(found, list) else [found])
            return out
        if isinstance(value, dict):
            out_map = {k: walk(v, where, depth) for k, v in value.items() if k != "@import"}
            if isinstance(value.get("@import"), str):
                imported = remote(urljoin(where, value["@import"]), depth)
                if not isinstance(imported, dict):
                    raise NotRdf(f"{where}: an @import that is no context object")
                out_map = {**imported, **out_map}
            return out_map
        return value

    def walk(node: Any, where: str, depth: int) -> Any:
        if isinstance(node, list):
            return [walk(item, where, depth) for item in node]
        if isinstance(node, dict):
            return {k: context(v, where, depth) if k == "@context" else walk(v, where, depth)
                    for k, v in node.items()}
        return node

    return walk(document, base, 0)
