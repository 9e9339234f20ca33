"""REST API v1 (read): datasets, search with facets, downloads, publishers, harvest sources
and their jobs, OpenAPI."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from flask import Blueprint, Response, current_app, jsonify, request, send_file, url_for
from marshmallow import Schema, ValidationError, fields

from api.grants import private, request_grant
from api.openapi import openapi_document
from api.schemas import FILTER_VOCABULARIES, PER_PAGE_DEFAULT, PER_PAGE_MAX
from catalog import downloads
from catalog.clock import china_midnight, parse_day
from catalog.context import Catalog
from catalog.errors import CatalogError, Gone, NotFound
from catalog.models import Dataset, Resource
from catalog.queries import (
    AccessRestricted,
    get_dataset,
    list_publishers,
    resource_download,
    search_datasets,
    suggest,
)
from catalog.rowstore.query import (
    DEFAULT_LIMIT,
    MAX_LIMIT,
    RowQuery,
    RowQueryError,
    RowQueryTimeout,
    search_rows,
)
from catalog.search import FACET_FIELDS, SearchQuery
from catalog.search.model import MAX_RESULT_WINDOW
from publishers.access import AccessDenied, InvalidAccessKey, record_download
from publishers.tokens import InvalidToken

api_v1 = Blueprint("api_v1", __name__, url_prefix="/api/v1")

FILTER_PARAMS = {field: field for field in FACET_FIELDS}


class BadRequest(CatalogError):
    """A request parameter is malformed."""


def catalog() -> Catalog:
    return current_app.extensions["govcat"]


def error(code: str, message: str, status: int) -> tuple[Response, int]:
    return jsonify({"error": {"code": code, "message": message}}), status


def refused_body(exc: ValidationError, schema: Schema) -> tuple[Response, int]:
    """400 for a JSON body its schema refuses: the first field at fault (applicant.contact)
    and what it expects, in marshmallow's words, which never quote the value sent. A field
    the schema does not know is named by the caller, and may be anything (a name, a phone
    number): it is not repeated; the fields the body takes are listed instead."""
    found = exc.messages if isinstance(exc.messages, dict) else {"_": exc.messages}
    path, messages = [], found
    while isinstance(messages, dict) and messages:  # a nested field: applicant.contact
        name, messages = next(iter(messages.items()))
        path.append(str(name))
    message = messages[0] if isinstance(messages, list) and messages else str(messages)
    if message.startswith("Unknown field"):
        return error("bad_request", f"unknown field: the body takes {_fields_of(schema)}", 400)
    return error("bad_request", f"{'.'.join(path)}: {message}", 400)


def _fields_of(schema: Schema) -> str:
    """A schema's fields as a sentence: applicant (name, contact), purpose, requested_use."""
    named = []
    for name, field in schema.fields.items():
        if isinstance(field, fields.Nested) and isinstance(field.schema, Schema):
            named.append(f"{name} ({_fields_of(field.schema)})")
        else:
            named.append(name)
    return ", ".join(named)


@api_v1.errorhandler(NotFound)
def _not_found(exc: NotFound):
    return error("not_found", str(exc), 404)


@api_v1.errorhandler(Gone)
def _gone(exc: Gone):
    """410 with the tombstone: when and why the dataset was withdrawn."""
    return jsonify({"error": {"code": "gone", "message": str(exc)},
                    "withdrawn": exc.tombstone()}), 410


@api_v1.errorhandler(AccessRestricted)
def _restricted(exc: AccessRestricted):
    return error("access_restricted", str(exc), 403)


@api_v1.errorhandler(InvalidAccessKey)
@api_v1.errorhandler(InvalidToken)
def _invalid_credential(exc: CatalogError):
    response, status = error("unauthorized", str(exc), 401)
    response.headers["WWW-Authenticate"] = 'Bearer realm="govcat"'
    return response, status


@api_v1.errorhandler(AccessDenied)
def _access_denied(exc: AccessDenied):
    return error("access_denied", str(exc), 403)


@api_v1.errorhandler(BadRequest)
@api_v1.errorhandler(RowQueryError)
def _bad_request(exc: CatalogError):
    return error("bad_request", str(exc), 400)


@api_v1.errorhandler(RowQueryTimeout)
def _query_timeout(exc: RowQueryTimeout):
    return error("query_timeout", str(exc), 400)


def absolute_url(endpoint: str, **values: Any) -> str:
    """An absolute link built from GOVCAT_BASE_URL, never from the request's Host header."""
    return catalog().settings.public_url + url_for(endpoint, **values)


def download_url(dataset: Dataset, resource: Resource) -> str:
    return absolute_url("api_v1.download", dataset=dataset.name, resource_id=resource.id)


def parse_search_query(args: Any) -> SearchQuery:
    """A SearchQuery from query-string arguments; BadRequest says which one is wrong."""
    known = {"q", "sort", "page", "per_page", "modified_since", "modified_until",
             *FILTER_PARAMS}
    unknown = sorted(set(args) - known)
    if unknown:
        raise BadRequest(f"unknown parameter {unknown[0]!r}")
    filters = {field: args.getlist(param) for param, field in FILTER_PARAMS.items()}
    for field, allowed in FILTER_VOCABULARIES.items():
        wrong = [value for value in filters[field] if value not in allowed]
        if wrong:
            raise BadRequest(f"unknown {field} {wrong[0][:100]!r}; expected one of "
                             f"{', '.join(allowed)}")
    page = _whole_number(args, "page", 1)
    per_page = _whole_number(args, "per_page", PER_PAGE_DEFAULT)
    if not 1 <= per_page <= PER_PAGE_MAX:
        raise BadRequest(f"per_page must be from 1 to {PER_PAGE_MAX}")
    try:
        return SearchQuery(
            q=args.get("q", "")[:500],
            filters={k: v for k, v in filters.items() if v},
            sort=args.get("sort", "relevance"),
            page=page,
            per_page=per_page,
            modified_since=args.get("modified_since") or None,
            modified_until=args.get("modified_until") or None,
        )
    except ValueError as exc:
        raise BadRequest(str(exc)) from None


def _whole_number(args: Any, name: str, default: int, lowest: int = 1) -> int:
    """A numeric parameter: ASCII digits only, at most 9 of them (BadRequest otherwise;
    lowest: the least value the message names)."""
    raw = args.get(name)
    if raw is None:
        return default
    if not (raw.isascii() and raw.isdigit()) or len(raw) > 9:
        raise BadRequest(f"{name} must be a whole number from {lowest} to 999999999")
    return int(raw)


@api_v1.get("/datasets")
def datasets():
    query = parse_search_query(request.args)
    page = search_datasets(catalog(), query, download_url)
    links = page_links(page.page, page.per_page, page.total)
    response = jsonify(
        {
            "data": page.datasets,
            "total": page.total,
            "page": page.page,
            "per_page": page.per_page,
            "links": links,
            "facets": {
                name: [{"value": f.value, "count": f.count} for f in values]
                for name, values in page.facets.items()
            },
        }
    )
    response.headers["Link"] = ", ".join(f'<{url}>; rel="{rel}"' for rel, url in links.items()
                                         if url and rel != "self")
    return response


def page_links(page: int, per_page: int, total: int) -> dict[str, str | None]:
    """self, first, prev, next and last of a page of results (None where there is none):
    the request's own parameters, with another page."""
    last = max(1, min(-(-total // per_page), MAX_RESULT_WINDOW // per_page))

    def at(number: int) -> str:
        args = request.args.to_dict(flat=False)
        args["page"] = [str(number)]
        return absolute_url("api_v1.datasets", **args)

    return {"self": at(page), "first": at(1), "prev": at(page - 1) if page > 1 else None,
            "next": at(page + 1) if page < last else None, "last": at(last)}


@api_v1.get("/datasets/<dataset>")
def dataset(dataset: str):
    found = get_dataset(catalog(), dataset, download_url)
    response = jsonify(found)
    modified = datetime.fromisoformat(found["metadata_modified"])
    as_of = parse_day((found.get("quality") or {}).get("as_of"))
    if as_of is not None:
        # the quality score is the day's (its timeliness counts days): a copy from before the
        # day began is not current, though the metadata are the same
        modified = max(_aware(modified), china_midnight(as_of))
    response.last_modified = modified
    return response


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


@api_v1.get("/datasets/<dataset>/resources/<resource_id>/download")
def download(dataset: str, resource_id: str):
    """A resource's screened file (or that table in another format); a conditionally open
    dataset's to the holder of an approved access key (or its account's token), logged."""
    wanted = download_args(request.args)
    grant = None
    try:
        try:
            found = resource_download(catalog(), dataset, resource_id, **wanted)
        except AccessRestricted:
            grant = request_grant(dataset)
            if grant is None:
                raise
            found = resource_download(catalog(), dataset, resource_id, **wanted, granted=True)
    except downloads.Unavailable as exc:
        raise BadRequest(str(exc)) from None
    response = send_file(found.path, mimetype=found.media_type, conditional=True,
                         etag=found.etag)
    response.headers["Content-Disposition"] = found.disposition
    if grant is not None:
        record_download(catalog(), grant, resource_id, download_label(**wanted), "api")
        private(response)
    return response


def download_label(format: str | None = None, encoding: str | None = None) -> str:
    """What a download under a grant is logged as: the resource's own file, or a variant."""
    if encoding and encoding != "utf-8":
        return f"{format or 'csv'}-{encoding}"
    return format or "file"


def download_args(args: Any) -> dict[str, str | None]:
    """format and encoding of a download (BadRequest for another parameter or value)."""
    vocabularies = {"format": downloads.FORMATS, "encoding": downloads.ENCODINGS}
    unknown = sorted(set(args) - set(vocabularies))
    if unknown:
        raise BadRequest(f"unknown parameter {unknown[0][:100]!r}")
    wanted: dict[str, str | None] = {}
    for name, allowed in vocabularies.items():
        value = args.get(name)
        if value is not None and value.lower() not in allowed:
            raise BadRequest(f"unknown {name} {value[:100]!r}; expected one of "
                             f"{', '.join(allowed)}")
        wanted[name] = value.lower() if value is not None else None
    return wanted


ROWS_PARAMS = ("q", "filters", "sort", "fields", "limit", "offset")


@api_v1.get("/datasets/<dataset>/resources/<resource_id>/rows")
def rows(dataset: str, resource_id: str):
    """A page of a resource's rows, typed by its Table Schema."""
    query = parse_rows_query(request.args)
    grant = None
    try:
        page = search_rows(catalog(), resource_id, query, dataset=dataset)
    except AccessRestricted:
        grant = request_grant(dataset)
        if grant is None:
            raise
        page = search_rows(catalog(), resource_id, query, dataset=dataset, granted=True)
        record_download(catalog(), grant, resource_id, "rows", "api")
    total = page.total or 0

    def at(offset: int) -> str:
        args = request.args.to_dict(flat=False)
        args["offset"] = [str(offset)]
        return absolute_url("api_v1.rows", dataset=dataset, resource_id=resource_id, **args)

    step = max(query.limit, 1)
    response = jsonify({
        "data": page.records, "total": total, "limit": query.limit, "offset": query.offset,
        "schema": page.table_schema,
        "links": {"self": at(query.offset),
                  "prev": at(max(query.offset - step, 0)) if query.offset else None,
                  "next": at(query.offset + step) if query.offset + step < total else None},
    })
    return private(response) if grant is not None else response


def parse_rows_query(args: Any) -> RowQuery:
    """A RowQuery from the rows endpoint's query string (BadRequest says what is wrong)."""
    unknown = sorted(set(args) - set(ROWS_PARAMS))
    if unknown:
        raise BadRequest(f"unknown parameter {unknown[0]!r}")
    filters: Any = {}
    if args.get("filters"):
        try:
            filters = json.loads(args["filters"])
        except ValueError:
            raise BadRequest("filters must be a JSON object, such as "
                             '{"区县": "西湖区"} or {"年份": [2022, 2023]}') from None
        if not isinstance(filters, dict):
            raise BadRequest("filters must be a JSON object of field names and values")
    fields = _names(args.get("fields"))
    limit = _whole_number(args, "limit", DEFAULT_LIMIT, lowest=0)
    if limit > MAX_LIMIT:
        raise BadRequest(f"limit must be from 0 to {MAX_LIMIT}")
    return RowQuery(q=args.get("q", "")[:1000], filters=filters, fields=fields,
                    sort=_names(args.get("sort")) or (), limit=limit,
                    offset=_whole_number(args, "offset", 0, lowest=0))


def _names(raw: str | None) -> list[str] | None:
    """A comma-separated list (None when not given)."""
    if raw is None or not raw.strip():
        return None
    return [part.strip() for part in raw.split(",") if part.strip()]


@api_v1.get("/autocomplete")
def autocomplete():
    q = request.args.get("q", "")
    limit = _whole_number(request.args, "limit", 10)
    if not 1 <= limit <= 100:
        raise BadRequest("limit must be from 1 to 100")
    return jsonify({"data": suggest(catalog(), q, limit)})


@api_v1.get("/publishers")
def publishers():
    items = list_publishers(catalog())
    return jsonify({"data": items, "total": len(items)})


@api_v1.get("/publishers/<code>/dashboard")
def publisher_dashboard(code: str):
    """How well a department discloses (publishers.dashboard): public, counts only."""
    from publishers.dashboard import publisher_dashboard

    if request.args:
        raise BadRequest(f"unknown parameter {sorted(request.args)[0][:100]!r}")
    return jsonify(publisher_dashboard(catalog(), code))


@api_v1.get("/sources")
def sources():
    from harvesters.jobs import public_sources

    items = public_sources(catalog())
    return jsonify({"data": items, "total": len(items)})


@api_v1.get("/sources/<name>/jobs")
def source_jobs(name: str):
    from harvesters.jobs import list_jobs

    items = list_jobs(catalog(), name)
    return jsonify({"data": items, "total": len(items)})


@api_v1.get("/openapi.json")
def openapi():
    return jsonify(openapi_document(current_app, catalog().settings.public_url))


@api_v1.route("/<path:anything>")
def unknown_endpoint(anything: str):
    raise NotFound(f"no API endpoint /api/v1/{anything}")
