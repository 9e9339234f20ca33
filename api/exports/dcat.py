"""DCAT-AP 3 export: the catalog (/catalog.ttl|.rdf|.jsonld, paged with hydra), each dataset
(/datasets/<name>.ttl|.rdf|.jsonld, and its page by content negotiation), and the IRIs the
export names (the catalog, publishers, themes), which send a browser to the portal."""

from __future__ import annotations

from flask import Blueprint, Response, abort, current_app, redirect, request, url_for

from api.exports.dcat_graphs import (
    Paging,
    Site,
    catalog_graph,
    dataset_graph,
    dataset_record,
)
from api.exports.rdf import FORMATS, RdfFormat, negotiate, rdf_response
from api.v1 import download_url
from catalog.context import Catalog
from catalog.crosswalk.ckan import GROUP_THEMES
from catalog.errors import Gone, NotFound
from catalog.queries import (
    count_published,
    get_publisher,
    last_changed,
    read_one_published,
    read_published_page,
)

dcat_export = Blueprint("dcat_export", __name__)

MAX_PAGE = 999_999_999


def _catalog() -> Catalog:
    return current_app.extensions["govcat"]


def _site() -> Site:
    settings = _catalog().settings
    return Site(settings.public_url, settings.catalog_publisher, settings.catalog_license,
                download_url)


def catalog_page(suffix: str) -> Response:
    """A page of the catalog (?page=N, from 1; a page after the last is not found)."""
    number = _page_number(request.args.get("page"))
    catalog, site = _catalog(), _site()
    paging = Paging(suffix, number, catalog.settings.dcat_page_size, count_published(catalog))
    if number > paging.last:
        abort(404, description=f"page {number} is after the last page ({paging.last})")
    records = read_published_page(catalog, lambda d: dataset_record(d, site), paging.size,
                                  (number - 1) * paging.size)
    changed = last_changed(catalog)
    return rdf_response(catalog_graph(records, site, paging,
                                      changed.isoformat() if changed else ""), FORMATS[suffix])


def _page_number(raw: str | None) -> int:
    if raw is None:
        return 1
    if not (raw.isascii() and raw.isdigit()) or not 1 <= int(raw) <= MAX_PAGE:
        abort(400, description=f"page must be a whole number from 1 to {MAX_PAGE}")
    return int(raw)


def dataset_document(name: str, suffix: str) -> Response:
    return dataset_rdf(name, FORMATS[suffix])


# an endpoint per format (catalog_ttl, dataset_ttl…): each address is documented on its own
for _suffix in FORMATS:
    dcat_export.add_url_rule(f"/catalog.{_suffix}", f"catalog_{_suffix}", catalog_page,
                             defaults={"suffix": _suffix})
    dcat_export.add_url_rule(f"/datasets/<name>.{_suffix}", f"dataset_{_suffix}",
                             dataset_document, defaults={"suffix": _suffix})


def dataset_rdf(name: str, found: RdfFormat) -> Response:
    """One public dataset's DCAT-AP description (410 when it was withdrawn)."""
    site = _site()
    try:
        record = read_one_published(_catalog(), name, lambda d: dataset_record(d, site))
    except Gone as gone:
        stone = gone.tombstone()
        abort(410, description=f"dataset {gone.name} withdrawn "
                               f"({(stone['withdrawn_at'] or '')[:10]}): {gone.reason}")
    except NotFound:
        abort(404, description=f"dataset {name} not found")
    return rdf_response(dataset_graph(record, site), found)


@dcat_export.get("/catalog")
def catalog_iri() -> Response:
    """The catalog's IRI: its first page in the RDF format asked for, else the portal."""
    found = negotiate(request.accept_mimetypes)
    target = url_for(f".catalog_{found.suffix}") if found else url_for("portal.index")
    response = _see_other(target)
    response.vary.add("Accept")
    return response


@dcat_export.get("/publishers/<code>")
def publisher_iri(code: str) -> Response:
    """A publisher's IRI: the portal's search of its datasets."""
    try:
        get_publisher(_catalog(), code)
    except NotFound:
        abort(404, description=f"publisher {code} not found")
    return _see_other(url_for("portal.index", publisher=code))


@dcat_export.get("/themes/<slug>")
def theme_iri(slug: str) -> Response:
    """A theme's IRI (of the standard's own scheme): the portal's search of that theme."""
    theme = GROUP_THEMES.get(slug)
    if theme is None:
        abort(404, description=f"theme {slug} not found")
    return _see_other(url_for("portal.index", theme=theme))


def _see_other(target: str) -> Response:
    """303 to a path of this site, as an absolute link built from GOVCAT_BASE_URL."""
    return redirect(_catalog().settings.public_url + target, 303)
