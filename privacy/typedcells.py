"""Typed cells: a cell's text, which the screen reads, carrying the value its source holds.

Spreadsheets (XLSX, XLS, ODS) and JSON hold numbers, booleans, dates and nulls; the screen
reads every cell as text (tabular.cell_text). A reader of those formats yields a TypedText for
every cell whose value is not a string: a str equal to the cell's text that remembers the
value. The screen copies a row and replaces only what it remediates with new plain strings, so
a cell that reaches the writer as a TypedText was not changed, and is written back as its
source's value and type (privacy.output). A key missing from a JSON object is MISSING, so that
it stays missing.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any


def cell_text(value: Any) -> str:
    """A cell as text: "" for empty, integral floats without ".0", dates in ISO form."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e21 else repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


class _Missing:
    """The value of a key that a JSON object does not have."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "MISSING"

    def __reduce__(self) -> str:
        return "MISSING"  # one instance, also in another process


MISSING: Any = _Missing()


class TypedText(str):
    """A cell's text (tabular.cell_text of value) that carries the source's value."""

    # A str subclass cannot have __slots__: the value lives in the instance's __dict__.
    value: Any

    def __new__(cls, text: str, value: Any = None) -> TypedText:
        cell = super().__new__(cls, text)
        cell.value = value
        return cell


def typed_cell(value: Any) -> str:
    """The cell as the screen reads it: a string as it is, any other value as a TypedText."""
    if isinstance(value, str):
        return value
    if value is MISSING:
        return TypedText("", MISSING)
    return TypedText(cell_text(value), value)


def original(cell: str) -> Any:
    """The source's value of a cell the screen did not change (its text for a string)."""
    return cell.value if type(cell) is TypedText else cell


def is_original(cell: str) -> bool:
    """Whether the cell holds a non-string value of its source, unchanged."""
    return type(cell) is TypedText
