"""Atom feeds of what changed: every dataset (/feeds/datasets.atom), one publisher's
(/feeds/publishers/<code>.atom), and any search's (/feeds/search.atom?q=…&theme=…, the v1
API's filters). A withdrawn dataset is a deletion (RFC 6721 tombstone) in the first two."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from typing import Any

from flask import Blueprint, Response, current_app, request, url_for

from api.exports.public import page_url, public_datasets
from api.v1 import BadRequest, absolute_url, download_url, parse_search_query
from catalog.context import Catalog
from catalog.errors import NotFound
from catalog.queries import get_publisher, published_ids, recently_withdrawn, search_datasets

feeds = Blueprint("feeds", __name__, url_prefix="/feeds")

ATOM = "http://www.w3.org/2005/Atom"
TOMBSTONES = "http://purl.org/atompub/tombstones/1.0"
ENTRIES = 50  # the newest changes a feed lists
SUMMARY = 1000  # characters of a description in an entry


@feeds.get("/datasets.atom")
def datasets_feed() -> Response:
    catalog = _catalog()
    ids = published_ids(catalog)[:ENTRIES]
    return _atom(catalog, "govcat：最近更新的数据集 Recently changed datasets",
                 public_datasets(catalog, ids), recently_withdrawn(catalog, ENTRIES))


@feeds.get("/publishers/<code>.atom")
def publisher_feed(code: str) -> Response:
    catalog = _catalog()
    try:
        publisher = get_publisher(catalog, code)
    except NotFound as exc:
        return Response(str(exc), status=404, mimetype="text/plain")
    ids = published_ids(catalog, publisher["code"])[:ENTRIES]
    return _atom(catalog, f"{publisher['name']}：最近更新的数据集",
                 public_datasets(catalog, ids),
                 recently_withdrawn(catalog, ENTRIES, publisher["code"]))


@feeds.get("/search.atom")
def search_feed() -> Response:
    catalog = _catalog()
    args = request.args.copy()
    args.setdefault("sort", "modified")
    args.setdefault("per_page", str(ENTRIES))
    try:
        query = parse_search_query(args)
    except BadRequest as exc:
        return Response(str(exc), status=400, mimetype="text/plain")
    page = search_datasets(catalog, query, download_url)
    return _atom(catalog, f"govcat：{query.q or '全部'}", page.datasets, [])


def _catalog() -> Catalog:
    return current_app.extensions["govcat"]


def _atom(catalog: Catalog, title: str, datasets: Iterable[dict[str, Any]],
          deletions: list[dict[str, Any]]) -> Response:
    """The feed document: an entry per dataset, a tombstone per withdrawn one."""
    ET.register_namespace("", ATOM)
    ET.register_namespace("at", TOMBSTONES)
    feed = ET.Element(f"{{{ATOM}}}feed")
    self_url = catalog.settings.public_url + request.full_path.rstrip("?")
    _text(feed, "id", self_url)
    _text(feed, "title", title)
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=self_url,
                  type="application/atom+xml")
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="alternate",
                  href=catalog.settings.public_url + url_for("portal.index"))
    updated = ET.SubElement(feed, f"{{{ATOM}}}updated")
    _text(ET.SubElement(feed, f"{{{ATOM}}}author"), "name", "govcat")
    moments = []
    for dataset in datasets:
        moments.append(dataset["metadata_modified"])
        feed.append(_entry(catalog, dataset))
    for gone in deletions:
        moments.append(gone["withdrawn_at"])
        tombstone = ET.SubElement(feed, f"{{{TOMBSTONES}}}deleted-entry",
                                  ref=page_url(catalog, gone["name"]), when=gone["withdrawn_at"])
        _text(tombstone, "comment", gone["reason"], TOMBSTONES)
    updated.text = max(moments) if moments else "1970-01-01T00:00:00+00:00"
    body = ET.tostring(feed, encoding="utf-8", xml_declaration=True)
    return Response(body, mimetype="application/atom+xml")


def _entry(catalog: Catalog, dataset: dict[str, Any]) -> ET.Element:
    entry = ET.Element(f"{{{ATOM}}}entry")
    url = page_url(catalog, dataset["name"])
    _text(entry, "id", url)
    _text(entry, "title", dataset.get("title") or dataset["name"])
    _text(entry, "updated", dataset["metadata_modified"])
    if dataset.get("published_at"):
        _text(entry, "published", dataset["published_at"])
    ET.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", href=url, type="text/html")
    ET.SubElement(entry, f"{{{ATOM}}}link", rel="describedby", type="application/json",
                  href=absolute_url("api_v1.dataset", dataset=dataset["name"]))
    _text(ET.SubElement(entry, f"{{{ATOM}}}author"), "name", dataset["publisher"]["name"])
    for term in [dataset.get("theme"), *(dataset.get("keywords") or [])]:
        if term:
            ET.SubElement(entry, f"{{{ATOM}}}category", term=term)
    _text(entry, "summary", str(dataset.get("description") or "")[:SUMMARY])
    return entry


def _text(parent: ET.Element, name: str, text: str, namespace: str = ATOM) -> ET.Element:
    element = ET.SubElement(parent, f"{{{namespace}}}{name}")
    element.text = text
    return element
