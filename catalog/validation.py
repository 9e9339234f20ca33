"""The validation gate: Frictionless checks of tabular resources."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from frictionless import Detector, Dialect, FrictionlessException, Resource, Schema

from privacy import PublishedColumn, TableReadError, read_table
from privacy.layout import HEADER_JOIN, Layout

MAX_ERRORS = 200
# Without a declared Table Schema a column's type is inferred from a sample. A column must be
# wholly of one type in the sample to be typed (a resident-ID column with a few "X" check
# characters is text, not integers with errors); later rows are still checked against it.
SAMPLE_ROWS = 1000


@dataclass(frozen=True)
class ValidationError:
    """One Frictionless error, described by position only: no cell value, no header text."""

    type: str
    title: str
    row: int | None
    field_number: int | None
    note: str

    @property
    def message(self) -> str:
        where = []
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.field_number is not None:
            where.append(f"field {self.field_number}")
        text = self.title + (f" ({', '.join(where)})" if where else "")
        return f"{text}: {self.note}" if self.note else text

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "title": self.title,
            "row": self.row,
            "field_number": self.field_number,
            "note": self.note,
            "message": self.message,
        }


@dataclass
class TableValidation:
    resource: str
    valid: bool
    errors: list[ValidationError] = field(default_factory=list)
    error_count: int = 0
    row_count: int | None = None
    table_schema: dict[str, Any] | None = None
    encoding: str | None = None  # detected source encoding of a CSV
    hints: list[str] = field(default_factory=list)  # the likely cause, by row (no values)

    def screened(self, screen: Callable[[str], str]) -> TableValidation:
        """A copy whose resource name and error notes have passed `screen`.

        Notes are Frictionless' own words, but some quote a constraint, a foreign key's values
        or a file path, which may hold personal data.
        """
        errors = [replace(e, note=screen(e.note)) if e.note else e for e in self.errors]
        return replace(self, resource=screen(self.resource), errors=errors)

    def summary(self, shown: int = 5) -> str:
        if self.valid:
            return f"{self.resource}: valid ({self.row_count} rows)"
        first = "; ".join(e.message for e in self.errors[:shown])
        more = f" (+{self.error_count - shown} more)" if self.error_count > shown else ""
        hints = "".join(f"; {hint}" for hint in self.hints)
        return f"{self.resource}: {self.error_count} validation error(s): {first}{more}{hints}"


def validate_table(
    path: Path,
    *,
    fmt: str,
    encoding: str | None,
    name: str,
    schema: dict[str, Any] | None = None,
    max_rows: int | None = None,
    layout: Layout | None = None,
    sheet: str | None = None,
    rows: Callable[[], Iterator[list[Any]]] | None = None,
) -> TableValidation:
    """Validate one CSV/XLSX/XLS/ODS/JSON table with Frictionless' default checks (and its
    schema).

    layout says where the table lies (privacy.layout): Frictionless reads its header rows,
    joined with "/", and leaves out the notes below it. sheet: a workbook's sheet. rows: the
    sheet's rows from row 1 (blank ones too), for a format Frictionless reads as inline data
    (ODS). With max_rows, reading stops after max_rows + 1 rows, and a longer table is
    invalid.
    """
    options: dict[str, Any] = {"format": fmt.lower()}
    if encoding and fmt.upper() == "CSV":
        options["encoding"] = encoding
    dialect = _dialect(fmt.lower(), layout, sheet)
    if dialect is not None:
        options["dialect"] = dialect
    if schema:
        try:
            options["schema"] = Schema.from_descriptor(schema)
        except FrictionlessException as exc:
            note = " ".join(str(exc.error.note or exc.error.title).split())[:300]
            error = ValidationError("schema-error", "Schema Error", None, None, note)
            return TableValidation(name, False, [error], 1)
    else:
        options["detector"] = Detector(sample_size=SAMPLE_ROWS, field_confidence=1.0)
    if rows is not None:  # read by govcat (row 1 first), checked by Frictionless
        options["format"] = "inline"
        resource = Resource(data=rows, **options)
    elif fmt.upper() == "JSON":
        resource = _json_table(path, options)
    else:
        resource = Resource(path=path.name, basepath=str(path.parent), **options)
    limit_rows = None if max_rows is None else max_rows + 1
    try:
        report = resource.validate(limit_errors=MAX_ERRORS, limit_rows=limit_rows)
    except TableReadError as exc:  # the rows govcat's reader gives (rows) cannot be read
        note = str(exc).split(": ", 1)[-1][:300]
        error = ValidationError("source-error", "Source Error", None, None, note)
        return TableValidation(name, False, [error], 1)
    errors = [_describe(error) for task in report.tasks for error in task.errors]
    errors += [_describe(error) for error in report.errors]
    rows = resource.stats.rows if resource.stats else None
    if max_rows is not None and rows is not None and rows > max_rows:
        errors.append(ValidationError("limit-error", "Limit Exceeded", None, None,
                                      f"more than {max_rows:,} rows (GOVCAT_MAX_ROWS)"))
    valid = report.valid and not errors
    schema = resource.schema.to_dict() if valid and resource.schema else None
    return TableValidation(
        resource=name,
        valid=valid,
        errors=errors,
        error_count=len(errors),
        row_count=rows if valid else None,
        table_schema=schema,
        encoding=encoding,
    )


def _dialect(fmt: str, layout: Layout | None, sheet: str | None) -> Dialect | None:
    """How Frictionless reads the table: its header rows, the rows below it left out, and
    a workbook's sheet with merged cells filled (None: its defaults)."""
    controls = []
    if fmt in ("xlsx", "xls") and (sheet is not None or (layout and layout.fill_merged)):
        from frictionless.formats import ExcelControl

        controls.append(ExcelControl(sheet=sheet if sheet is not None else 1,
                                     fill_merged_cells=bool(layout and layout.fill_merged)))
    if (layout is None or layout.plain) and not controls:
        return None
    dialect = Dialect(controls=controls)
    if layout is not None and not layout.plain:
        dialect.header_rows = list(layout.header_rows)
        dialect.header_join = HEADER_JOIN
        dialect.comment_rows = list(layout.footer)
    return dialect


def _json_table(path: Path, options: dict[str, Any]) -> Any:
    """A JSON table for Frictionless: the rows and typed values govcat's reader reads.

    Frictionless takes a .json path for a descriptor, not a table (it would validate nothing,
    and infer no schema); and it reads only some of the layouts the screen reads (arrays of
    objects or of arrays, maybe wrapped: privacy.tabular). So it is given the rows as they are
    read, with their JSON values (a missing key as null), header first, streamed.
    """
    from frictionless.resources import TableResource

    from privacy.typedcells import MISSING, original

    table = read_table(path, format="json")

    def rows() -> Any:
        yield list(table.header)
        for row in table.rows():
            yield [None if value is MISSING else value for value in map(original, row)]

    options = {key: value for key, value in options.items() if key != "format"}
    return TableResource(data=rows, format="inline", name=_resource_name(path), **options)


def _resource_name(path: Path) -> str:
    """A name Frictionless accepts (lower-case letters, digits, - . _)."""
    return re.sub(r"[^a-z0-9._-]+", "-", path.stem.lower()).strip("-") or "table"


def _describe(error: Any) -> ValidationError:
    note = str(getattr(error, "note", "") or "")
    if error.type in ("resource-error", "source-error", "format-error", "encoding-error"):
        # These notes carry file paths or decoder text, not cell values; keep them short.
        note = note.split(" (", 1)[0][:300]
    return ValidationError(
        type=error.type,
        title=error.title,
        row=getattr(error, "row_number", None),
        field_number=getattr(error, "field_number", None),
        note=note,
    )


# Descriptor keys of a field kept in the served schema: what parses the values. Titles,
# descriptions and examples are the publisher's unscreened text, and constraints may not hold
# once values are masked, so they are left out.
_SERVED_FIELD_KEYS = ("type", "format")
_NUMBERS = ("number", "integer")


def served_schema(source: dict[str, Any] | None, columns: Sequence[PublishedColumn],
                  typed: bool = False) -> dict[str, Any] | None:
    """The Table Schema of a remediated table, from its source's schema (None if unsure).

    typed: the table is JSON or XLSX, whose unremediated values keep their own types.
    """
    # Unchanged columns keep the source's type (validated over every row). A column remediated
    # whole holds text (a masked one: text of its masks' pattern), or numbers where coordinates
    # were generalised; a column scanned cell by cell holds text where a cell was remediated,
    # beside its other values, which keep their type in JSON and XLSX ("any" when that is not
    # text). Dropped ones are gone. None when the source schema does not describe the screened
    # columns (the caller then infers it from the served file).
    fields = (source or {}).get("fields")
    if not fields or any(c.source >= len(fields) for c in columns):
        return None
    served: list[dict[str, Any]] = []
    for column in columns:
        original = fields[column.source]
        field: dict[str, Any] = {"name": column.name, "type": "string"}
        if not column.changed:
            field.update((k, original[k]) for k in _SERVED_FIELD_KEYS if k in original)
        elif column.numeric and original.get("type") in _NUMBERS:
            field["type"] = "number"
        elif column.action is None and typed and original.get("type", "string") != "string":
            field["type"] = "any"
        if column.pattern and field["type"] == "string":
            field["constraints"] = {"pattern": column.pattern}
        served.append(field)
    schema: dict[str, Any] = {"fields": served}
    if "missingValues" in source:
        schema["missingValues"] = source["missingValues"]
    return schema
