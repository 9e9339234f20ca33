"""CKAN's Action API by name (ACTIONS): the read actions over the published catalog, and
the write actions of api/ckan/writes.py.

Each action takes the call's context and its data dict and returns the envelope's "result".
Only published, screened revisions are ever read; withdrawn datasets are not found.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any

from api.ckan import params
from api.ckan.context import Action, ActionContext
from api.ckan.datastore import datastore_search
from api.ckan.dicts import (
    group_dict,
    license_dicts,
    organization_dict,
    package_dict,
    resource_dict,
)
from api.ckan.errors import NotFoundError, invalid
from api.ckan.search import catalog_query, ckan_facets, read_filters, read_sort
from api.ckan.writes import WRITE_ACTIONS
from catalog.context import Catalog
from catalog.crosswalk.ckan import GROUP_THEMES, THEME_GROUPS
from catalog.errors import Gone, NotFound
from catalog.metadata import THEMES
from catalog.queries import (
    get_publisher,
    list_publishers,
    published_keywords,
    published_names,
    published_resource,
    read_one_published,
    read_published,
    suggest,
)
from catalog.search import SearchQuery
from catalog.search.model import MAX_FACET_VALUES, MAX_RESULT_WINDOW

MAX_ROWS = 1000  # package_search's largest page, as CKAN's default search.rows_max
CKAN_VERSION = "2.10.4"  # the Action API version govcat answers as (status_show)


def package_search(context: ActionContext, data: Mapping[str, Any]) -> dict[str, Any]:
    """Search datasets: q, fq (organization, groups, tags, res_format, license_id, name,
    metadata_modified:[A TO B]), rows (at most 1000), start, sort, facet.field, facet.limit.
    Returns count, results, facets and search_facets."""
    rows = params.integer(data, "rows", 10, 0, MAX_ROWS)
    start = params.integer(data, "start", 0, 0)
    filters = read_filters(params.text(data, "q"), params.text(data, "fq"))
    if filters.excluded_publishers:
        filters.exclude_publishers([p["code"] for p in list_publishers(context.catalog)])
    sort = read_sort(params.text(data, "sort") or
                     ("score desc, metadata_modified desc" if filters.text
                      else "metadata_modified desc"))
    requested = params.string_list(data, "facet.field")
    limit = params.integer(data, "facet.limit", MAX_FACET_VALUES, -1)
    ids, total, facets = _page(context.catalog, filters, sort, start, rows)
    found = read_published(context.catalog, ids, lambda d: package_dict(
        d, context.resource_url, context.page_url), remember="ckan package")
    ckan_facet_counts, search_facets = ckan_facets(facets, requested, limit)
    return {"count": total, "results": found, "facets": ckan_facet_counts,
            "search_facets": search_facets, "sort": params.text(data, "sort")}


def _page(catalog: Catalog, filters: Any, sort: str, start: int, rows: int
          ) -> tuple[list[str], int, dict[str, list]]:
    """The ids of results start..start+rows, the total and the facets. The catalog's search
    pages by page number, so a start that is no multiple of rows reads two pages."""
    if start + rows > MAX_RESULT_WINDOW:
        raise invalid("start", f"start + rows may reach result {MAX_RESULT_WINDOW:,} at most "
                               "(narrow the search instead)")
    per_page = max(rows, 1)
    first = start // per_page + 1
    result = catalog.search.search(catalog_query(filters, sort, first, per_page))
    ids = list(result.ids)
    skip = start - (first - 1) * per_page
    if skip and len(ids) == per_page and first * per_page < MAX_RESULT_WINDOW:
        ids += catalog.search.search(catalog_query(filters, sort, first + 1, per_page)).ids
    return ids[skip:skip + rows], result.total, result.facets


def package_show(context: ActionContext, data: Mapping[str, Any]) -> dict[str, Any]:
    """One dataset by id or name."""
    reference = _required(data, "id")
    return _found(lambda: read_one_published(context.catalog, reference, lambda d: package_dict(
        d, context.resource_url, context.page_url)), f"dataset {reference!r}")


def package_list(context: ActionContext, data: Mapping[str, Any]) -> list[str]:
    """The names of every public dataset (limit, offset)."""
    limit = params.integer(data, "limit", 0, 0) or None
    return published_names(context.catalog, limit, params.integer(data, "offset", 0, 0))


def current_package_list_with_resources(context: ActionContext,
                                        data: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The public datasets with their resources, most recently changed first (limit,
    offset or page)."""
    limit = params.integer(data, "limit", 10, 1, MAX_ROWS)
    page = params.integer(data, "page", 0, 0)
    offset = (page - 1) * limit if page else params.integer(data, "offset", 0, 0)
    ids, _, _ = _page(context.catalog, read_filters("", ""), "modified", offset, limit)
    return read_published(context.catalog, ids, lambda d: package_dict(
        d, context.resource_url, context.page_url))


def organization_list(context: ActionContext, data: Mapping[str, Any]) -> list[Any]:
    """The publishers: names, or dicts with all_fields (sort by name or package_count;
    limit, offset)."""
    publishers = list_publishers(context.catalog)
    sort = params.text(data, "sort", "name asc").strip()
    if sort.startswith("package_count"):
        publishers.sort(key=lambda p: (-p["dataset_count"], p["code"]))
    elif sort.startswith(("title", "display_name")):
        publishers.sort(key=lambda p: p["name"])
    if sort.endswith(" desc") and not sort.startswith("package_count"):
        publishers.reverse()
    publishers = _sliced(publishers, data)
    if not params.boolean(data, "all_fields"):
        return [p["code"] for p in publishers]
    return [_organization(p) for p in publishers]


def organization_show(context: ActionContext, data: Mapping[str, Any]) -> dict[str, Any]:
    """One publisher by id or name; include_datasets lists its datasets (at most 1000)."""
    reference = _required(data, "id")
    publisher = _found(lambda: get_publisher(context.catalog, reference),
                       f"organization {reference!r}")
    found = _organization(publisher)
    if params.boolean(data, "include_datasets"):
        found["packages"] = package_search(context, {
            "fq": f'organization:"{publisher["code"]}"', "rows": MAX_ROWS})["results"]
    return found


def _organization(publisher: Mapping[str, Any]) -> dict[str, Any]:
    return organization_dict(publisher["id"], publisher["code"], publisher["name"],
                             publisher.get("description"), publisher["created"],
                             publisher["dataset_count"])


def group_list(context: ActionContext, data: Mapping[str, Any]) -> list[Any]:
    """The themes as groups: names, or dicts with all_fields."""
    counts = _theme_counts(context.catalog)
    themes = _sliced(list(THEMES), data)
    if not params.boolean(data, "all_fields"):
        return [THEME_GROUPS[t] for t in themes]
    return [group_dict(t, counts.get(t, 0)) for t in themes]


def group_show(context: ActionContext, data: Mapping[str, Any]) -> dict[str, Any]:
    """One theme as a group, by its name (or the theme itself)."""
    reference = _required(data, "id")
    theme = GROUP_THEMES.get(reference, reference)
    if theme not in THEME_GROUPS:
        raise NotFoundError(f"group {reference[:100]!r} not found")
    found = group_dict(theme, _theme_counts(context.catalog).get(theme, 0))
    if params.boolean(data, "include_datasets"):
        found["packages"] = package_search(context, {
            "fq": f"groups:{THEME_GROUPS[theme]}", "rows": MAX_ROWS})["results"]
    return found


def group_package_show(context: ActionContext, data: Mapping[str, Any]) -> list[dict]:
    """The datasets of a group (a theme), most recently changed first (limit)."""
    reference = _required(data, "id")
    theme = GROUP_THEMES.get(reference, reference)
    if theme not in THEME_GROUPS:
        raise NotFoundError(f"group {reference[:100]!r} not found")
    return package_search(context, {"fq": f"groups:{THEME_GROUPS[theme]}",
                                    "rows": params.integer(data, "limit", MAX_ROWS, 1, MAX_ROWS),
                                    "sort": "metadata_modified desc"})["results"]


def _theme_counts(catalog: Catalog) -> dict[str, int]:
    facets = catalog.search.search(SearchQuery(per_page=1)).facets.get("theme", [])
    return {f.value: f.count for f in facets}


def tag_list(context: ActionContext, data: Mapping[str, Any]) -> list[Any]:
    """Every keyword of the public datasets (query: those containing it; all_fields)."""
    counts = published_keywords(context.catalog)
    query = params.text(data, "query").strip().lower()
    names = sorted(k for k in counts if query in k.lower())
    if not params.boolean(data, "all_fields"):
        return names
    return [{"id": name, "name": name, "display_name": name, "vocabulary_id": None,
             "package_count": counts[name]} for name in names]


def resource_show(context: ActionContext, data: Mapping[str, Any]) -> dict[str, Any]:
    """One resource of a public dataset, by id."""
    reference = _required(data, "id")
    return _found(lambda: published_resource(context.catalog, reference, lambda d, r:
                  resource_dict(d, r, context.resource_url, context.page_url)),
                  f"resource {reference!r}")


def status_show(context: ActionContext, data: Mapping[str, Any]) -> dict[str, Any]:
    """What this site is."""
    return {"site_title": "govcat", "site_url": context.site_url,
            "site_description": "Open government data, privacy-screened",
            "ckan_version": CKAN_VERSION, "locale_default": "zh_Hans_CN",
            "extensions": ["govcat"], "error_emails_to": None}


def license_list(context: ActionContext, data: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The licenses CKAN clients may name."""
    return license_dicts()


def package_autocomplete(context: ActionContext, data: Mapping[str, Any]) -> list[dict]:
    """Datasets for a search box as it is typed: q's last word may be unfinished (limit, at
    most 100)."""
    q = params.text(data, "q").strip()
    limit = params.integer(data, "limit", 10, 1, 100)
    return [{**found, "match_field": "title", "match_displayed": found["title"]}
            for found in suggest(context.catalog, q, limit)]


def help_show(context: ActionContext, data: Mapping[str, Any]) -> str:
    """What an action does."""
    name = _required(data, "name")
    if name not in ACTIONS:
        raise NotFoundError(f"action {name[:100]!r} not found")
    return (ACTIONS[name].__doc__ or "").strip()


def _required(data: Mapping[str, Any], name: str) -> str:
    value = params.text(data, name).strip()
    if not value:
        raise invalid(name, "Missing value")
    return value


def _found(read: Callable[[], Any], what: str) -> Any:
    """What read() returns; Not Found Error when it is not public (or withdrawn)."""
    try:
        return read()
    except Gone:
        raise NotFoundError(f"{what} not found (withdrawn)") from None
    except NotFound:
        raise NotFoundError(f"{what[:200]} not found") from None


def _sliced(items: list[Any], data: Mapping[str, Any]) -> list[Any]:
    offset = params.integer(data, "offset", 0, 0)
    limit = params.integer(data, "limit", 0, 0)
    return items[offset:offset + limit] if limit else items[offset:]


READ_ACTIONS: Mapping[str, Action] = MappingProxyType({action.__name__: action for action in (
    package_search, package_show, package_list, current_package_list_with_resources,
    organization_list, organization_show, group_list, group_show, group_package_show, tag_list,
    resource_show, datastore_search,
    status_show, license_list, package_autocomplete, help_show)})
ACTIONS: Mapping[str, Action] = MappingProxyType({**READ_ACTIONS, **WRITE_ACTIONS})
