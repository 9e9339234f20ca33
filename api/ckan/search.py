"""package_search's Solr-style parameters (q, fq, sort, facet.field) read into the catalog's
search: the fields CKAN clients filter on, mapped onto govcat's facets."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from api.ckan.errors import SearchQueryError
from catalog.crosswalk.ckan import GROUP_THEMES, LICENSES, THEME_GROUPS, ckan_license_id
from catalog.search import SearchQuery

# CKAN's facet (and fq) fields → the catalog's facets
FACETS = {"organization": "publisher", "groups": "theme", "tags": "keyword",
          "res_format": "format", "license_id": "license"}
# fq fields every public govcat dataset satisfies (CKAN clients send them)
_ALWAYS_TRUE = {"dataset_type": {"dataset"}, "type": {"dataset"}, "state": {"active"},
                "capacity": {"public"}, "private": {"false"}}
_SORTS = {("metadata_modified", "desc"): "modified", ("metadata_modified", "asc"): "modified_asc",
          ("title_string", "asc"): "title", ("title_string", "desc"): "title_desc",
          ("title", "asc"): "title", ("title", "desc"): "title_desc",
          ("name", "asc"): "name", ("name", "desc"): "name_desc",
          ("score", "desc"): "relevance", ("relevance", "desc"): "relevance",
          # ckanext-harvest pages by id for a stable order: the unique name gives one too
          ("id", "asc"): "name", ("id", "desc"): "name_desc"}
_QUOTED = r'"(?:[^"\\]|\\.)*"'
_TERM = re.compile(
    r"(?P<sign>[+-]?)(?P<field>[A-Za-z_.]+):(?P<value>"
    + _QUOTED                                       # "a value"
    + r"|\((?:[^()\"]|" + _QUOTED + r")*\)"       # (a OR "b c")
    + r"|\[[^\]]*\]"                              # [A TO B]
    + r"|[^\s()\[\]\"]+)")                         # a-value
_SEPARATOR = re.compile(r"\s*(?:\bAND\b|&&)?\s*")
_OR = re.compile(r"\s+OR\s+|\s*\|\|\s*")
_RANGE = re.compile(r"^\[\s*(\S+)\s+TO\s+(\S+)\s*\]$")


@dataclass
class Filters:
    """What q and fq asked for, in the catalog's terms."""

    text: str = ""
    facets: dict[str, list[str]] = field(default_factory=dict)
    names: list[str] = field(default_factory=list)
    since: str | None = None
    until: str | None = None
    excluded_publishers: list[str] = field(default_factory=list)  # -organization:x

    def exclude_publishers(self, every: list[str]) -> None:
        """-organization:x as the catalog can search it: the other publishers (of every)."""
        if not self.excluded_publishers:
            return
        wanted = self.facets.get("publisher") or every
        kept = [code for code in wanted if code not in self.excluded_publishers]
        self.facets["publisher"] = kept or ["\x00none"]
        self.excluded_publishers = []


def read_filters(q: str, fq: str) -> Filters:
    """q's free text (or its field:value terms) and fq's terms (Search Query Error when a
    term is malformed or names a field govcat does not know)."""
    found = Filters()
    q = q.strip()
    if q in ("*:*", "*"):
        q = ""
    if q and _terms_only(q):
        fq = f"{fq} {q}"
        q = ""
    found.text = q
    for clause in _clauses(fq.strip()):
        if len(clause) > 1:  # a OR b: one field's values (what CKAN clients send)
            if len({(sign, name) for sign, name, _ in clause}) > 1 or clause[0][0]:
                raise SearchQueryError("fq: OR joins values of one field only "
                                       "(organization:a OR organization:b)")
            sign, name, _ = clause[0]
            inner = " OR ".join(value for _, _, value in clause)
            _apply(found, sign, name, f"({inner})")
        else:
            _apply(found, *clause[0])
    return found


def _clauses(fq: str) -> list[list[tuple[str, str, str]]]:
    """fq's terms (sign, field, value), grouped where OR joins them; the rest are ANDed."""
    clauses: list[list[tuple[str, str, str]]] = []
    position, joined = 0, False
    while position < len(fq):
        gap = _OR.match(fq, position)
        if gap is not None and clauses:
            position, joined = gap.end(), True
            continue
        separator = _SEPARATOR.match(fq, position)
        position = separator.end() if separator else position
        if position >= len(fq):
            break
        term = _TERM.match(fq, position)
        if term is None:
            raise SearchQueryError(f"cannot read fq at: {fq[position:position + 40]!r} "
                                   "(use field:value terms)")
        found = (term.group("sign"), term.group("field"), term.group("value"))
        if joined:
            clauses[-1].append(found)
        else:
            clauses.append([found])
        position, joined = term.end(), False
    return clauses


def _terms_only(q: str) -> bool:
    """Whether q is nothing but field:value terms of known fields (CKAN reads those too)."""
    rest = _TERM.sub(lambda m: "" if _known(m.group("field")) else m.group(0), q)
    return not _SEPARATOR.sub("", rest).strip()


def _known(name: str) -> bool:
    return name in FACETS or name in _ALWAYS_TRUE or name in ("name", "metadata_modified")


def _apply(found: Filters, sign: str, name: str, raw: str) -> None:
    """One fq term added to the filters."""
    if sign == "-":
        if name != "organization":
            raise SearchQueryError(f"fq: excluding ({sign}{name}:…) works on organization only")
        found.excluded_publishers.extend(_values(raw))
        return
    if name == "metadata_modified":
        bounds = _RANGE.match(raw)
        if bounds is None:
            raise SearchQueryError("fq: metadata_modified takes a range, "
                                   "[2024-01-01T00:00:00Z TO *]")
        since, until = (None if b == "*" else b for b in bounds.groups())
        found.since, found.until = since, until
        return
    values = _values(raw)
    if name in _ALWAYS_TRUE:
        if not {v.lower() for v in values} & _ALWAYS_TRUE[name]:
            found.names.append("\x00none")  # no public govcat dataset is anything else
        return
    if name == "name":
        found.names.extend(values)
        return
    if name not in FACETS:
        raise SearchQueryError(f"fq: unknown field {name!r} (known: "
                               f"{', '.join([*FACETS, 'name', 'metadata_modified'])})")
    found.facets.setdefault(FACETS[name], []).extend(_to_catalog(name, v) for v in values)


def _values(raw: str) -> list[str]:
    """A term's values: one, a quoted one, or a parenthesised OR list."""
    if raw.startswith("("):
        inner = raw[1:-1]
        parts = re.findall(r'"(?:[^"\\]|\\.)*"|[^\s"]+', inner)
        return [_unquote(p) for p in parts if p.upper() not in ("OR", "||")]
    return [_unquote(raw)]


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return re.sub(r"\\(.)", r"\1", value[1:-1])
    return value


def _to_catalog(ckan_field: str, value: str) -> str:
    """A CKAN facet value as the catalog's (a group's name: its theme; a CKAN license id)."""
    if ckan_field == "groups":
        return GROUP_THEMES.get(value, value)
    if ckan_field == "license_id":
        return LICENSES.get(value, value)
    if ckan_field == "res_format":
        return value.upper()
    return value


def to_ckan_value(ckan_field: str, value: str) -> str:
    """A catalog facet value as CKAN clients name it."""
    if ckan_field == "groups":
        return THEME_GROUPS.get(value, value)
    if ckan_field == "license_id":
        return ckan_license_id(value)
    return value


def read_sort(sort: str) -> str:
    """The catalog's sort for CKAN's sort parameter (its first key decides; the catalog
    breaks ties by id)."""
    first = sort.split(",")[0].strip()
    if not first:
        return "relevance"
    parts = first.split()
    key = (parts[0], parts[1].lower() if len(parts) > 1 else "asc")
    if key not in _SORTS:
        raise SearchQueryError(f"sort: cannot sort by {first!r} (metadata_modified, "
                               "title_string, name or score, asc or desc)")
    return _SORTS[key]


def catalog_query(filters: Filters, sort: str, page: int, per_page: int) -> SearchQuery:
    """The catalog's SearchQuery for one page of package_search."""
    try:
        return SearchQuery(q=filters.text[:500], filters=filters.facets, sort=sort, page=page,
                           per_page=per_page, modified_since=filters.since,
                           modified_until=filters.until, names=tuple(filters.names))
    except ValueError as exc:
        raise SearchQueryError(str(exc)) from None


def facet_fields(requested: list[str]) -> list[str]:
    """The CKAN facet fields asked for that govcat has (others are left out, as CKAN's
    Solr would answer them empty)."""
    return [name for name in requested if name in FACETS]


def ckan_facets(catalog_facets: Mapping[str, list], requested: list[str],
                limit: int) -> tuple[dict[str, dict[str, int]], dict[str, dict]]:
    """package_search's "facets" and "search_facets" for the requested fields."""
    facets: dict[str, dict[str, int]] = {}
    search_facets: dict[str, dict] = {}
    for name in facet_fields(requested):
        values = catalog_facets.get(FACETS[name], [])
        if limit >= 0:
            values = values[:limit]
        facets[name] = {to_ckan_value(name, v.value): v.count for v in values}
        search_facets[name] = {"title": name, "items": [
            {"name": to_ckan_value(name, v.value), "display_name": v.value, "count": v.count}
            for v in values]}
    return facets, search_facets
