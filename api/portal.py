"""The web portal (plain HTML): search with facets, and a page per dataset."""

from __future__ import annotations

import json

from flask import Blueprint, Response, abort, current_app, render_template, request, url_for
from markupsafe import Markup

from api.exports.dcat import dataset_rdf
from api.exports.rdf import negotiate
from api.v1 import BadRequest, download_url, parse_search_query
from catalog.crosswalk.schemaorg import to_schemaorg
from catalog.errors import Gone, NotFound
from catalog.metadata import OPEN_CONDITIONS
from catalog.queries import get_dataset, search_datasets
from catalog.search import SearchQuery

portal = Blueprint("portal", __name__, template_folder="templates")

FACET_LABELS = {
    "publisher": "提供方 Publisher",
    "theme": "数据领域 Theme",
    "format": "格式 Format",
    "open_condition": "开放属性 Open condition",
    "keyword": "关键词 Keyword",
}


def page_url(query: SearchQuery, *, toggle: tuple[str, str] | None = None, page: int = 1) -> str:
    """Link to the search page with the current query, one facet value toggled, or a page."""
    filters = {field: list(values) for field, values in query.filters.items()}
    if toggle:
        field, value = toggle
        values = filters.setdefault(field, [])
        if value in values:
            values.remove(value)
        else:
            values.append(value)
    args = {"q": query.q or None, "sort": query.sort, "page": page if page > 1 else None}
    return url_for("portal.index", **{k: v for k, v in args.items() if v}, **filters)


@portal.get("/")
def index():
    args = request.args.copy()
    args.setdefault("per_page", "20")
    try:
        query = parse_search_query(args)
    except BadRequest as exc:
        abort(400, description=str(exc))
    page = search_datasets(current_app.extensions["govcat"], query, download_url)
    pages = max(1, -(-page.total // page.per_page))
    return render_template(
        "index.html",
        query=query,
        page=page,
        pages=pages,
        facet_labels=FACET_LABELS,
        open_conditions=OPEN_CONDITIONS,
        page_url=page_url,
    )


@portal.get("/datasets/<name>")
def dataset_page(name: str):
    """The dataset's page; its DCAT-AP description to a client that asks for RDF (the page's
    address is the dataset's IRI)."""
    rdf = negotiate(request.accept_mimetypes)
    if rdf is not None:
        return dataset_rdf(name, rdf)
    try:
        dataset = get_dataset(current_app.extensions["govcat"], name, download_url)
    except Gone as gone:
        stone = gone.tombstone()
        abort(410, description=f"数据集 {gone.name} 已撤回 / dataset withdrawn "
                               f"({(stone['withdrawn_at'] or '')[:10]}): {gone.reason}")
    except NotFound:
        abort(404, description=f"数据集 {name} 不存在 / dataset not found")
    settings = current_app.extensions["govcat"].settings
    described = to_schemaorg(dataset, settings.public_url + url_for("portal.dataset_page",
                                                                     name=dataset["name"]),
                             settings.public_url + url_for("portal.index"))
    return render_template("dataset.html", d=dataset, open_conditions=OPEN_CONDITIONS,
                           schema_org=script_json(described))


def script_json(value: object) -> Markup:
    """JSON to embed in a <script> element: nothing in it can end the element."""
    text = json.dumps(value, ensure_ascii=False)
    return Markup(text.replace("&", "\\u0026").replace("<", "\\u003c")
                  .replace(">", "\\u003e"))


@portal.after_request
def _vary(response: Response) -> Response:
    # a dataset's address answers HTML or RDF by the Accept header, errors included: caches
    # must keep them apart
    if request.endpoint == "portal.dataset_page":
        response.vary.add("Accept")
    return response
