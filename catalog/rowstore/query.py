"""Reading a resource's rows: filters, full text, sort, fields and paging, bounded by a limit
and by time.

Every query is built with SQLAlchemy from the resource's layout: field names a client sends
are looked up in its Table Schema (an unknown one is refused), columns are the layout's own
quoted names, and every value is a bound parameter.
"""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Text, cast, func, or_, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql.elements import ColumnElement

from catalog.context import Catalog
from catalog.errors import CatalogError, NotFound
from catalog.models import Dataset, Resource, Revision, RowTable
from catalog.queries import check_open, public_dataset
from catalog.rowstore.fields import FULL_TEXT, ROW_ID, CastError, FieldColumn, Layout
from catalog.rowstore.sync import has_rows

DEFAULT_LIMIT = 100
MAX_LIMIT = 32000  # rows a query returns at most (CKAN's default ckan.datastore.search.rows_max)
MAX_FILTER_VALUES = 1000  # values of all filters together
MAX_TERMS = 32  # words of q
_SORT = re.compile(r"^(.+?)(?: +(asc|desc))?(?: +nulls +(first|last))? *$", re.IGNORECASE)
_PROGRESS_STEPS = 10_000  # SQLite virtual-machine steps between two looks at the clock
_SERVED_AS_READ = ("string", "integer", "year", "boolean")


class RowQueryError(CatalogError):
    """A parameter of a row query is wrong (which one: parameter)."""

    def __init__(self, parameter: str, message: str) -> None:
        super().__init__(f"{parameter}: {message}")
        self.parameter, self.reason = parameter, message


class RowQueryTimeout(CatalogError):
    """A row query ran longer than GOVCAT_ROWS_TIMEOUT."""


@dataclass(frozen=True)
class RowQuery:
    """What a client asks of a resource's rows."""

    q: str | Mapping[str, str] = ""  # every word in the row; or {field: words in it}
    filters: Mapping[str, Any] = field(default_factory=dict)  # field → value, or any of a list
    fields: Sequence[str] | None = None  # None: every field
    sort: Sequence[str] = ()  # clauses: "field", "field desc", "field asc nulls last"
    limit: int = DEFAULT_LIMIT
    offset: int = 0
    include_total: bool = True
    row_ids: bool = False  # each record with its _id (CKAN's), and _id among the fields


@dataclass(frozen=True)
class RowPage:
    """A page of rows with what describes them."""

    resource_id: str
    dataset: str  # the dataset's name
    fields: list[FieldColumn | None]  # the columns of each record in order (None: _id)
    records: list[dict[str, Any]]
    total: int | None  # None: not counted (include_total false)
    table_schema: dict[str, Any]  # the Table Schema of the records' fields

    def field_names(self) -> list[str]:
        return [ROW_ID if f is None else f.name for f in self.fields]


def search_rows(catalog: Catalog, resource_id: str, query: RowQuery,
                dataset: str | None = None, granted: bool = False) -> RowPage:
    """A page of the rows of a resource of a public dataset's published revision (NotFound,
    Gone when withdrawn, AccessRestricted when not open without conditions, unless granted:
    the caller checked an approved access application to this conditionally open dataset;
    RowQueryError, RowQueryTimeout)."""
    with catalog.sessions() as session:
        served = _served(session, resource_id, dataset)
        if served is None:  # the answer saying why
            _resource(session, resource_id, dataset, granted)
            raise NotFound(f"the rows of resource {resource_id!r} are not available yet")
        table_schema, name, table_name, row_count, metadata = served
        check_open(name, metadata or {}, granted, "rows are")
        layout, table = catalog.row_layouts.get(table_name, table_schema or {})
        selected = _selected(layout, query)
        conditions = [*_filters(layout, table, query.filters), *_text(layout, table, query.q)]
        columns = [table.c[ROW_ID] if f is None else table.c[f.column] for f in selected]
        statement = select(*columns).where(*conditions).order_by(
            *_order(layout, table, query.sort)).limit(query.limit).offset(query.offset)
        connection = session.connection()
        with bounded(connection, catalog.settings.rows_timeout):
            rows = connection.execute(statement).all() if query.limit else []
            total = None
            if query.include_total:
                total = row_count if not conditions else connection.execute(
                    select(func.count()).select_from(table).where(*conditions)).scalar_one()
        names = [ROW_ID if f is None else f.name for f in selected]
        # the values of text, integer and boolean columns are served as they are read
        serve = [None if f is None or f.type in _SERVED_AS_READ else f.serve for f in selected]
        records = [{name: value if convert is None or value is None else convert(value)
                    for name, convert, value in zip(names, serve, row, strict=True)}
                   for row in rows]
        described = [f for f in selected if f is not None]
        return RowPage(resource_id, name, selected, records, total,
                       _schema(table_schema or {}, described))


def _served(session: Any, resource_id: str, dataset: str | None
            ) -> tuple[dict[str, Any] | None, str, str, int, dict[str, Any]] | None:
    """The Table Schema, dataset name, row table, row count and the revision's metadata of a
    resource that has rows (None: it has none), in one query: only such a resource has a row
    table (its open condition says who may read them)."""
    query = (select(Resource.table_schema, Dataset.name, RowTable.table_name,
                    RowTable.row_count, Revision.metadata_json)
             .join(RowTable, RowTable.resource_id == Resource.id)
             .join(Dataset, Dataset.current_revision_id == Resource.revision_id)
             .join(Revision, Revision.id == Resource.revision_id)
             .where(Resource.id == resource_id, Dataset.withdrawn_at.is_(None)))
    if dataset is not None:
        query = query.where(or_(Dataset.name == dataset, Dataset.id == dataset))
    row = session.execute(query).first()
    return None if row is None else (row[0], row[1], row[2], row[3], row[4])


def _resource(session: Any, resource_id: str, dataset: str | None,
              granted: bool = False) -> tuple[Dataset, Resource]:
    """The public dataset and its resource whose rows are asked for."""
    if dataset is not None:
        found = public_dataset(session, dataset)
    else:
        found = session.scalar(select(Dataset).join(
            Resource, Resource.revision_id == Dataset.current_revision_id).where(
            Resource.id == resource_id, Dataset.withdrawn_at.is_(None)))
        if found is None:
            raise NotFound(f"resource {resource_id!r} not found")
    revision = found.current_revision
    resource = next((r for r in revision.resources if r.id == resource_id), None) \
        if revision is not None else None
    if resource is None or revision is None:
        raise NotFound(f"resource {resource_id!r} not found in dataset {found.name!r}")
    check_open(found.name, revision.metadata_json, granted, "rows are")
    if not has_rows(resource):
        raise NotFound(f"resource {resource_id!r} is not a table govcat stores: it has no rows")
    return found, resource


def _field(layout: Layout, name: Any, parameter: str, row_ids: bool) -> FieldColumn | None:
    """The field a parameter names (None: _id); RowQueryError when the schema has none."""
    if name == ROW_ID and row_ids:
        return None
    found = layout.by_name.get(name) if isinstance(name, str) else None
    if found is None:
        raise RowQueryError(parameter, f"no field {str(name)[:100]!r} in the resource's "
                                       "Table Schema")
    return found


def _selected(layout: Layout, query: RowQuery) -> list[FieldColumn | None]:
    if query.fields is None:
        return [None, *layout.fields] if query.row_ids else list(layout.fields)
    if not query.fields:
        raise RowQueryError("fields", "name at least one field")
    return [_field(layout, name, "fields", query.row_ids) for name in dict.fromkeys(query.fields)]


def _filters(layout: Layout, table: Any, filters: Mapping[str, Any]) -> list[ColumnElement]:
    """Each field equal to its value, or to any of a list of values."""
    if not isinstance(filters, Mapping):
        raise RowQueryError("filters", "expected an object of field names and values")
    conditions: list[ColumnElement] = []
    count = 0
    for name, wanted in filters.items():
        column_field = _field(layout, name, "filters", True)
        column = table.c[ROW_ID if column_field is None else column_field.column]
        values = wanted if isinstance(wanted, list) else [wanted]
        count += len(values)
        if count > MAX_FILTER_VALUES:
            raise RowQueryError("filters", f"at most {MAX_FILTER_VALUES} values in all")
        typed = [_filter_value(column_field, name, v) for v in values]
        present = [v for v in typed if v is not None]
        either = [column.in_(present)] if len(present) > 1 else \
            [column == present[0]] if present else []
        if len(present) < len(typed):
            either.append(column.is_(None))
        if not either:  # an empty list matches nothing
            either = [column.in_([])]
        conditions.append(either[0] if len(either) == 1 else either[0] | either[1])
    return conditions


def _filter_value(column: FieldColumn | None, name: str, value: Any) -> Any:
    """A filter's value as its column stores it (RowQueryError if it cannot be one)."""
    if value is None:
        return None
    kind = "integer" if column is None else column.type
    wrong = RowQueryError("filters", f"{value!r:.100} is not a value of field {name[:100]!r}"
                                     f" ({kind})")
    if isinstance(value, dict | list):
        raise wrong
    if isinstance(value, bool):
        if kind == "boolean":
            return value
        value = "true" if value else "false"
    if kind in ("integer", "year") and isinstance(value, int | float):
        if isinstance(value, float) and not value.is_integer():
            raise wrong
        return int(value)
    if kind == "number" and isinstance(value, int | float):
        return float(value)
    text = str(value)
    if column is None:
        if not (text.isascii() and text.isdigit()):
            raise wrong
        return int(text)
    if kind == "boolean" and text.lower() in ("true", "false"):
        return text.lower() == "true"
    try:
        return column.cast(text)
    except (CastError, ValueError):
        raise wrong from None


def _text(layout: Layout, table: Any, q: str | Mapping[str, str]) -> list[ColumnElement]:
    """Every word of q in the row's text (or in one field's), ignoring case."""
    if isinstance(q, Mapping):
        conditions = []
        for name, words in q.items():
            column_field = _field(layout, name, "q", False)
            assert column_field is not None
            text = func.lower(cast(table.c[column_field.column], Text))
            conditions += [text.contains(word, autoescape=True) for word in _words(words)]
        return conditions
    if not isinstance(q, str):
        raise RowQueryError("q", "expected text, or an object of field names and text")
    return [table.c[FULL_TEXT].contains(word, autoescape=True) for word in _words(q)]


def _words(text: Any) -> list[str]:
    words = str(text).lower().replace("\x00", "").split()
    if len(words) > MAX_TERMS:
        raise RowQueryError("q", f"at most {MAX_TERMS} words")
    return words


def _order(layout: Layout, table: Any, clauses: Sequence[str]) -> list[ColumnElement]:
    """ORDER BY of the sort clauses, then the row number (a stable order to page through)."""
    order: list[ColumnElement] = []
    for clause in clauses:
        match = _SORT.match(clause.strip()) if isinstance(clause, str) else None
        if match is None:
            raise RowQueryError("sort", f"cannot read {str(clause)[:100]!r}: expected "
                                        "'field', 'field asc' or 'field desc'")
        name = match.group(1)
        if len(name) > 1 and name[0] == name[-1] == '"':
            name = name[1:-1]
        column_field = _field(layout, name, "sort", True)
        column = table.c[ROW_ID if column_field is None else column_field.column]
        term = column.desc() if (match.group(2) or "").lower() == "desc" else column.asc()
        nulls = (match.group(3) or "").lower()
        order.append(term.nulls_first() if nulls == "first" else
                     term.nulls_last() if nulls == "last" else term)
    return [*order, table.c[ROW_ID].asc()]


def _schema(source: Mapping[str, Any], selected: list[FieldColumn]) -> dict[str, Any]:
    """The Table Schema of the selected fields, in their order."""
    by_name = {f.get("name"): f for f in source.get("fields") or []}
    schema: dict[str, Any] = {"fields": [by_name[f.name] for f in selected]}
    if "missingValues" in source:
        schema["missingValues"] = source["missingValues"]
    return schema


@contextmanager
def bounded(connection: Connection, seconds: float) -> Iterator[None]:
    """Stop the queries run in the block after seconds (RowQueryTimeout)."""
    postgres = connection.dialect.name == "postgresql"
    raw = connection.connection.driver_connection
    deadline = time.monotonic() + seconds
    if postgres:
        connection.exec_driver_sql(f"SET LOCAL statement_timeout = {max(1, int(seconds * 1000))}")
    else:
        raw.set_progress_handler(  # type: ignore[union-attr]
            lambda: 1 if time.monotonic() > deadline else 0, _PROGRESS_STEPS)
    try:
        yield
    except DBAPIError as exc:
        if _cancelled(exc, postgres) or time.monotonic() > deadline:
            raise RowQueryTimeout(f"the query ran longer than {seconds:g} s: narrow it with "
                                  "filters, or ask for a smaller offset") from None
        raise
    finally:
        if not postgres:
            raw.set_progress_handler(None, 0)  # type: ignore[union-attr]


def _cancelled(exc: DBAPIError, postgres: bool) -> bool:
    if postgres:
        return getattr(exc.orig, "sqlstate", None) == "57014"  # query_canceled
    return isinstance(exc.orig, sqlite3.OperationalError) and "interrupted" in str(exc.orig)
