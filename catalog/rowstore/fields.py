"""A resource's Table Schema as the columns of its row table: SQL names and types, and the
cast of a cell of the screened file to the value stored and served.

Columns are named by position (c0, c1, …), never after the fields: a field's name is the
department's text, of any length and script (PostgreSQL cuts identifiers at 63 bytes), and a
query names fields only through this layout, so no name a client sends reaches SQL.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Double,
    Integer,
    MetaData,
    Table,
    Text,
)
from sqlalchemy.types import TypeEngine

from privacy.tabular import cell_text

ROW_ID = "_id"  # the row's number in the file, from 1 (CKAN's _id)
FULL_TEXT = "_full_text"  # the row's cells as one lower-cased text, for q

# Table Schema type → the SQL type of its column; any other type is stored as its text
_SQL_TYPES: dict[str, type[TypeEngine[Any]]] = {
    "integer": BigInteger, "year": BigInteger, "number": Double, "boolean": Boolean,
    "date": Date, "datetime": DateTime,
}  # fmt: skip
_JSON_TYPES = ("object", "array")  # stored as JSON text, served parsed
# SQLite: INTEGER (not BIGINT, the same 64 bits there) makes _id the table's rowid, so that
# rows are stored in _id order with no second B-tree of their numbers to build and keep
_ROW_NUMBER = BigInteger().with_variant(Integer(), "sqlite")

Cast = Callable[[Any], Any]


class CastError(ValueError):
    """A cell that is not a value of its field's type."""


@dataclass(frozen=True)
class FieldColumn:
    """One field of the Table Schema and the column that holds it."""

    name: str  # the field's name, as the schema says
    type: str  # its Table Schema type
    column: str  # the SQL column
    descriptor: Mapping[str, Any] = field(repr=False, hash=False, compare=False)
    missing: frozenset[str] = field(repr=False, default=frozenset({""}))

    @property
    def masked(self) -> bool:
        """Whether the screen masked the column whole: its published Table Schema gives the
        pattern of the masks (privacy.shapes), the only constraint a published one keeps."""
        constraints = self.descriptor.get("constraints")
        return isinstance(constraints, Mapping) and "pattern" in constraints

    @cached_property
    def cast(self) -> Cast:
        """A cell (text, or a typed value) → the stored value; CastError."""
        return _cast(self.type, self.descriptor, self.missing)

    def serve(self, value: Any) -> Any:
        """A stored value as the API serves it (JSON-ready)."""
        if value is None:
            return None
        if isinstance(value, float):
            if not math.isfinite(value):
                return None  # JSON has no NaN or infinity
            return int(value) if value.is_integer() and abs(value) < 2 ** 53 else value
        if isinstance(value, dt.date):  # a datetime too
            return value.isoformat()
        if self.type in _JSON_TYPES and isinstance(value, str):
            return json.loads(value)
        return value


@dataclass(frozen=True)
class Layout:
    """The fields of a Table Schema, in order, each with its column."""

    fields: tuple[FieldColumn, ...]

    @classmethod
    def of(cls, schema: Mapping[str, Any]) -> Layout:
        """The layout of a Table Schema (ValueError when it has no fields or repeats one)."""
        descriptors = [d for d in schema.get("fields") or [] if isinstance(d, Mapping)]
        names = [str(d.get("name", "")) for d in descriptors]
        if not names or len(set(names)) != len(names):
            raise ValueError("the Table Schema has no fields, or a field name twice")
        missing = frozenset(str(v) for v in schema.get("missingValues", [""]))
        return cls(tuple(
            FieldColumn(name, str(descriptor.get("type") or "any"), f"c{position}", descriptor,
                        missing)
            for position, (name, descriptor) in enumerate(zip(names, descriptors, strict=True))))

    @cached_property
    def by_name(self) -> dict[str, FieldColumn]:
        return {f.name: f for f in self.fields}

    def table(self, name: str) -> Table:
        """The row table (a Table of its own MetaData): _id, the fields' columns, _full_text."""
        return Table(name, MetaData(), Column(ROW_ID, _ROW_NUMBER, primary_key=True,
                                              autoincrement=False),
                     *[Column(f.column, _SQL_TYPES.get(f.type, Text)()) for f in self.fields],
                     Column(FULL_TEXT, Text))


class Layouts:
    """The layouts and tables of the row tables last queried, at most size of them: the same
    Table object each time lets SQLAlchemy compile a query of it once."""

    def __init__(self, size: int = 256) -> None:
        self.size = size
        self._kept: OrderedDict[str, tuple[Layout, Table]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, table_name: str, schema: Mapping[str, Any]) -> tuple[Layout, Table]:
        """The layout and table of a row table (its name is its resource's: one schema)."""
        with self._lock:
            if table_name in self._kept:
                self._kept.move_to_end(table_name)
                return self._kept[table_name]
        layout = Layout.of(schema)
        made = (layout, layout.table(table_name))
        with self._lock:
            self._kept[table_name] = made
            while len(self._kept) > self.size:
                self._kept.popitem(last=False)
        return made


def _cast(kind: str, descriptor: Mapping[str, Any], missing: frozenset[str]) -> Cast:
    """The cast of one field: a fast path for the usual forms of a type (the values of a
    validated file), frictionless' own cell reader (made on first need) for every other form
    and option."""
    readers: list[Callable[[Any], tuple[Any, Any]]] = []

    def by_frictionless(cell: Any) -> Any:
        if not readers:
            from frictionless import Field

            readers.append(Field.from_descriptor(dict(descriptor)).create_cell_reader())
        value, notes = readers[0](cell)
        if notes:
            raise CastError(f"not a value of type {kind}")
        return _stored(kind, value)

    fast = fast_cast(kind, descriptor)

    def cast(cell: Any) -> Any:
        if cell is None:
            return None
        if not isinstance(cell, str):
            if kind not in _SQL_TYPES and kind not in _JSON_TYPES:
                return cell_text(cell)  # a typed cell of a field kept as text: as written
            return by_frictionless(cell)
        if cell in missing:
            return None
        if fast is not None:
            try:
                return fast(cell)
            except (ValueError, KeyError):
                pass
        return by_frictionless(cell)

    return cast


# Options of a field that change how its cells read: with any of them, frictionless reads
_READ_OPTIONS = ("bareNumber", "groupChar", "decimalChar", "trueValues", "falseValues",
                 "floatNumber")
_TRUE, _FALSE = ("true", "True", "TRUE", "1"), ("false", "False", "FALSE", "0")


def fast_cast(kind: str, descriptor: Mapping[str, Any]) -> Cast | None:
    """The plain conversion of a text cell of a type's default form (None: frictionless reads
    every cell; str: the field is kept as the text the file holds)."""
    if any(option in descriptor for option in _READ_OPTIONS):
        return None
    default_format = descriptor.get("format", "default") in ("default", None)
    if kind in ("integer", "year"):
        return int
    if kind == "number":
        return float
    if kind == "boolean":
        booleans = {**dict.fromkeys(_TRUE, True), **dict.fromkeys(_FALSE, False)}
        return booleans.__getitem__
    if kind == "date" and default_format:
        return dt.date.fromisoformat
    if kind == "datetime" and default_format:
        return lambda cell: _naive_utc(dt.datetime.fromisoformat(cell))
    if kind in _SQL_TYPES or kind in _JSON_TYPES:
        return None
    return str  # kept as the text the file holds


def _stored(kind: str, value: Any) -> Any:
    """A value frictionless read, as its column stores it."""
    if value is None:
        return None
    if kind in ("integer", "year"):
        return int(value)
    if kind == "number":
        return float(value) if isinstance(value, Decimal | int | float) else value
    if kind == "datetime" and isinstance(value, dt.datetime):
        return _naive_utc(value)
    if kind in _JSON_TYPES:
        return json.dumps(value, ensure_ascii=False)
    if kind not in _SQL_TYPES:
        return cell_text(value)
    return value


def _naive_utc(moment: dt.datetime) -> dt.datetime:
    """A time with a zone as UTC without it (the column holds times without zones)."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(dt.UTC).replace(tzinfo=None)
