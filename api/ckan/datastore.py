"""CKAN DataStore's read action, datastore_search, over the row store (catalog.rowstore)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from api.ckan import params
from api.ckan.errors import AuthorizationError, NotFoundError, ValidationError, invalid
from catalog.crosswalk.ckan import DATASTORE_ROW_ID, datastore_field
from catalog.errors import Gone, NotFound
from catalog.queries import AccessRestricted
from catalog.rowstore.query import (
    DEFAULT_LIMIT,
    MAX_LIMIT,
    RowPage,
    RowQuery,
    RowQueryError,
    RowQueryTimeout,
    search_rows,
)
from publishers.access import AccessDenied, InvalidAccessKey, record_download
from publishers.tokens import InvalidToken

if TYPE_CHECKING:
    from api.ckan.actions import ActionContext

RECORDS_FORMATS = ("objects", "lists")
_PATH = "/api/3/action/datastore_search"
# the parameters a page's links repeat (CKAN's _links: start, and next at offset + limit)
_LINKED = ("resource_id", "q", "filters", "fields", "sort", "limit", "include_total",
           "records_format")


def datastore_search(context: ActionContext, data: Mapping[str, Any]) -> dict[str, Any]:
    """Search a resource's rows (CKAN DataStore): resource_id, q (words anywhere in the row,
    or {field: words}), filters ({field: value or [values]}), fields (a list or
    comma-separated), sort ("field desc, field2"), limit (default 100, at most 32000),
    offset, include_total, records_format (objects or lists).

    Returns records, fields (id and type: int, numeric, text, bool, date, timestamp, json;
    _id is the row's number), total, _links (start, next) and the request's parameters. The
    tables of datasets open without conditions are everyone's (datastore_active); those of a
    conditionally open dataset its approved applicants', with their access key (or their
    account's token) as the API key."""
    resource_id = params.text(data, "resource_id") or params.text(data, "id")
    if not resource_id.strip():
        raise invalid("resource_id", "Missing value")
    limit = params.integer(data, "limit", DEFAULT_LIMIT, 0, MAX_LIMIT)
    offset = params.integer(data, "offset", 0, 0)
    records_format = params.text(data, "records_format", "objects")
    if records_format not in RECORDS_FORMATS:
        raise invalid("records_format", f"Value must be one of {', '.join(RECORDS_FORMATS)}")
    include_total = params.boolean(data, "include_total", True)
    query = RowQuery(q=_json_or_text(data, "q"), filters=_filters(data),
                     fields=_list(data, "fields"), sort=_list(data, "sort") or (),
                     limit=limit, offset=offset, include_total=include_total, row_ids=True)
    page = _read(context, resource_id.strip(), query)
    records: list[Any] = page.records
    if records_format == "lists":
        names = page.field_names()
        records = [[record[name] for name in names] for record in records]
    fields = [DATASTORE_ROW_ID if f is None else datastore_field(f.name, f.type)
              for f in page.fields]
    result: dict[str, Any] = {"include_total": include_total, "limit": limit,
                              "records_format": records_format, "resource_id": page.resource_id}
    echoed = {"q": query.q, "filters": query.filters, "sort": data.get("sort"), "offset": offset}
    result.update({name: value for name, value in echoed.items()
                   if data.get(name) not in (None, "")})
    result.update({"fields": fields, "records": records,
                   "_links": _links(data, page.resource_id, limit, offset)})
    if include_total:
        result.update({"total": page.total, "total_was_estimated": False})
    return result


def _read(context: ActionContext, resource_id: str, query: RowQuery) -> RowPage:
    """The page (of a conditionally open dataset's table: under the call's grant, the read
    logged as the v1 rows' are), CKAN's errors for what goes wrong."""
    try:
        try:
            return search_rows(context.catalog, resource_id, query)
        except AccessRestricted as refused:
            grant = context.grant(refused.dataset) if refused.conditional else None
            if grant is None:
                raise
            page = search_rows(context.catalog, resource_id, query, granted=True)
            record_download(context.catalog, grant, page.resource_id, "rows", "api")
            return page
    except (NotFound, Gone):
        raise NotFoundError(f'Resource "{resource_id[:100]}" was not found.') from None
    except (AccessRestricted, AccessDenied, InvalidAccessKey, InvalidToken) as exc:
        raise AuthorizationError(f"Access denied: {exc}") from None
    except RowQueryError as exc:
        raise invalid(exc.parameter, exc.reason) from None
    except RowQueryTimeout as exc:
        raise ValidationError(str(exc), {"query": ["Search took too long"]}) from None


def _json_or_text(data: Mapping[str, Any], name: str) -> Any:
    """A parameter that is text or an object (a JSON object in a query string)."""
    raw = data.get(name)
    if raw is None:
        return ""
    if isinstance(raw, str) and raw.strip().startswith("{"):
        try:
            return json.loads(raw)
        except ValueError:
            raise invalid(name, "Could not parse as valid JSON") from None
    return raw if isinstance(raw, dict) else params.text(data, name)


def _filters(data: Mapping[str, Any]) -> dict[str, Any]:
    raw = data.get("filters")
    if raw in (None, ""):
        return {}
    if isinstance(raw, str):
        try:
            raw = json.loads(raw)
        except ValueError:
            raise invalid("filters", "Could not parse as valid JSON") from None
    if not isinstance(raw, dict):
        raise invalid("filters", "Not a JSON object")
    return raw


def _list(data: Mapping[str, Any], name: str) -> list[str] | None:
    """A list parameter: a list, a JSON list, or comma-separated text (None: not given)."""
    raw = data.get(name)
    if raw is None or raw == "":
        return None
    if isinstance(raw, str) and raw.strip().startswith("["):
        return params.string_list(data, name)
    if isinstance(raw, str):
        return [part.strip() for part in raw.split(",") if part.strip()]
    if isinstance(raw, list) and all(isinstance(v, str) for v in raw):
        return raw
    raise invalid(name, "Not a list of strings")


def _links(data: Mapping[str, Any], resource_id: str, limit: int, offset: int
           ) -> dict[str, str]:
    """start (the first page) and next (offset + limit), as CKAN gives them: paths with the
    request's parameters."""
    given: dict[str, str] = {}
    for name in _LINKED:
        value = data.get(name, resource_id if name == "resource_id" else None)
        if value not in (None, ""):
            given[name] = value if isinstance(value, str) else json.dumps(
                value, ensure_ascii=False) if isinstance(value, dict | list) else str(value)
    given["resource_id"] = resource_id
    return {"start": f"{_PATH}?{urlencode(given)}",
            "next": f"{_PATH}?{urlencode({**given, 'offset': offset + limit})}"}
