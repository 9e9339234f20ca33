"""Frictionless' checks of a table, and their reports (by position, never with a value).

A validation is begun (Frictionless opens the table) and then run: by the fast path of
catalog.fastvalidation where it applies, else by Frictionless itself, alone or in the
privacy screen's first pass (ScreenCheck); catalog.gate decides which.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from catalog.rowcheck import Issue

if TYPE_CHECKING:
    from frictionless import Dialect

    from catalog.fastvalidation import Checked, Plan
    from catalog.rowcheck import CheckPart
    from privacy import PublishedColumn
    from privacy.layout import Layout
    from privacy.tabular import TableData

MAX_ERRORS = 200
# Without a declared Table Schema a column's type is inferred from a sample. A column must be
# wholly of one type in the sample to be typed (a resident-ID column with a few "X" check
# characters is text, not integers with errors); later rows are still checked against it.
SAMPLE_ROWS = 1000
# The titles of the errors of rows and cells, as Frictionless' error classes give them.
_TITLES = {
    "type-error": "Type Error",
    "constraint-error": "Constraint Error",
    "extra-cell": "Extra Cell",
    "missing-cell": "Missing Cell",
    "blank-row": "Blank Row",
}


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

    def to_dict(self) -> dict[str, Any]:
        """JSON form: validity, row count, errors (by position, with no value) and hints."""
        return {"resource": self.resource, "valid": self.valid, "row_count": self.row_count,
                "error_count": self.error_count, "errors": [e.to_dict() for e in self.errors],
                "hints": list(self.hints)}

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
    workers: int | None = None,
) -> TableValidation:
    """Validate one CSV/XLSX/XLS/ODS/JSON table with Frictionless' default checks (and its
    schema).

    The errors are Frictionless' (MAX_ERRORS at most); a CSV table is checked by the fast
    path (catalog.fastvalidation) where it applies, with worker processes for a large file
    (workers None: one per CPU). layout says where the table lies (privacy.layout):
    Frictionless reads its header rows, joined with "/", and leaves out the notes below it.
    sheet: a workbook's sheet. rows: the sheet's rows from row 1 (blank ones too), for a
    format Frictionless reads as inline data (ODS). With max_rows, reading stops after
    max_rows + 1 rows, and a longer table is invalid.
    """
    return begin_validation(path, fmt=fmt, encoding=encoding, name=name, schema=schema,
                            max_rows=max_rows, layout=layout, sheet=sheet, rows=rows,
                            workers=workers).run()


def begin_validation(
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
    workers: int | None = None,
) -> PendingValidation:
    """A table's validation, opened (Frictionless has read its sample): to be run alone
    (run()), or in the privacy screen's first pass (screen_check())."""
    return PendingValidation(path, fmt, encoding, name, schema, max_rows, workers,
                             layout=layout, sheet=sheet, rows=rows)


class PendingValidation:
    """One table's validation between its opening and its report."""

    def __init__(self, path: Path, fmt: str, encoding: str | None, name: str,
                 schema: dict[str, Any] | None, max_rows: int | None, workers: int | None, *,
                 layout: Layout | None = None, sheet: str | None = None,
                 rows: Callable[[], Iterator[list[Any]]] | None = None) -> None:
        from catalog.fastvalidation import open_plan

        self.path, self.fmt, self.encoding, self.name = path, fmt, encoding, name
        self.schema, self.max_rows, self.workers = schema, max_rows, workers
        self.layout, self.sheet, self.rows = layout, sheet, rows
        self.limit_rows = None if max_rows is None else max_rows + 1
        self.plan: Plan | None = None
        self.done: TableValidation | None = None
        resource = self.resource()
        if isinstance(resource, TableValidation):
            self.done = resource
        elif fmt.upper() == "CSV" and rows is None:
            self.plan = open_plan(resource)

    def resource(self) -> Any:
        """The Frictionless resource of the table as a validation opens it (a TableValidation
        when its schema is broken)."""
        from frictionless import Detector, FrictionlessException, Resource, Schema

        options: dict[str, Any] = {"format": self.fmt.lower()}
        if self.encoding and self.fmt.upper() == "CSV":
            options["encoding"] = self.encoding
        dialect = _dialect(self.fmt.lower(), self.layout, self.sheet)
        if dialect is not None:
            options["dialect"] = dialect
        if self.schema:
            try:
                options["schema"] = Schema.from_descriptor(self.schema)
            except FrictionlessException as exc:
                note = " ".join(str(exc.error.note or exc.error.title).split())[:300]
                error = ValidationError("schema-error", "Schema Error", None, None, note)
                return TableValidation(self.name, False, [error], 1)
        else:
            options["detector"] = Detector(sample_size=SAMPLE_ROWS, field_confidence=1.0)
        if self.rows is not None:  # read by govcat (row 1 first), checked by Frictionless
            options["format"] = "inline"
            return Resource(data=self.rows, **options)
        if self.fmt.upper() == "JSON":
            return _json_table(self.path, options)
        return Resource(path=self.path.name, basepath=str(self.path.parent), **options)

    def screen_check(self, table: TableData) -> ScreenCheck | None:
        """The check to give the screen of table (its first pass reads the records), or
        None: the table is to be validated alone, before it is screened."""
        plan = self.plan
        if self.done is not None or plan is None or plan.header_errors \
                or not plan.reads_like(table):
            return None
        return ScreenCheck(self)

    def run(self, meanwhile: Callable[[], object] | None = None) -> TableValidation:
        """The validation, alone: the fast path where it applies, else Frictionless
        (meanwhile: see fastvalidation.check_table)."""
        if self.done is not None:
            return self.done
        if self.plan is not None:
            from catalog.fastvalidation import Unsupported, check_table

            try:
                checked = check_table(self.plan, limit_rows=self.limit_rows,
                                      limit_errors=MAX_ERRORS, workers=self.workers,
                                      meanwhile=meanwhile)
            except Unsupported:
                pass  # Frictionless says what went wrong, where
            else:
                return self.report(checked)
        return self.frictionless()

    def report(self, checked: Checked) -> TableValidation:
        """The validation from the fast path's issues, as Frictionless reports them."""
        assert self.plan is not None
        header = [_describe(error) for error in self.plan.header_errors]
        errors, rows = _capped(header, checked, self.plan.first_row, self.limit_rows)
        return self._validation(errors, rows, self.plan.schema)

    def _validation(self, errors: list[ValidationError], rows: int | None,
                    schema: dict[str, Any] | None, reported_valid: bool = True
                    ) -> TableValidation:
        if self.max_rows is not None and rows is not None and rows > self.max_rows:
            errors.append(ValidationError("limit-error", "Limit Exceeded", None, None,
                                          f"more than {self.max_rows:,} rows (GOVCAT_MAX_ROWS)"))
        valid = reported_valid and not errors
        return TableValidation(
            resource=self.name,
            valid=valid,
            errors=errors,
            error_count=len(errors),
            row_count=rows if valid else None,
            table_schema=schema if valid else None,
            encoding=self.encoding,
        )

    def frictionless(self) -> TableValidation:
        """Frictionless' own validation of the table (what the fast path equals)."""
        resource = self.resource()
        if isinstance(resource, TableValidation):
            return resource
        from privacy.errors import TableReadError

        try:
            report = resource.validate(limit_errors=MAX_ERRORS, limit_rows=self.limit_rows)
        except TableReadError as exc:  # the rows govcat's reader gives (rows) cannot be read
            note = str(exc).split(": ", 1)[-1][:300]
            error = ValidationError("source-error", "Source Error", None, None, note)
            return TableValidation(self.name, False, [error], 1)
        errors = [_describe(error) for task in report.tasks for error in task.errors]
        errors += [_describe(error) for error in report.errors]
        rows = resource.stats.rows if resource.stats else None
        schema = resource.schema.to_dict() if resource.schema else None
        return self._validation(errors, rows, schema, report.valid)


class ScreenCheck:
    """A table's validation run in the screen's first pass (a privacy RecordCheck)."""

    def __init__(self, pending: PendingValidation) -> None:
        assert pending.plan is not None
        self.pending = pending
        self.plan = pending.plan
        self.validation: TableValidation | None = None  # once the first pass has read all

    def reads_like(self, table: TableData) -> bool:
        return self.plan.reads_like(table)

    def part(self) -> CheckPart:
        return self.plan.part(MAX_ERRORS)

    def finish(self, parts: list[Any]) -> bool:
        from catalog.fastvalidation import merge

        checked = merge(self.plan, parts, self.pending.limit_rows)
        self.validation = self.pending.report(checked)
        return self.validation.valid


def _capped(header: list[ValidationError], checked: Checked, first_row: int,
            limit_rows: int | None) -> tuple[list[ValidationError], int]:
    """The errors Frictionless keeps, and the rows it reads: after each row, once there are
    MAX_ERRORS errors, it keeps the first MAX_ERRORS and stops (not after the last row that
    limit_rows lets it read, where it stops anyway)."""
    errors, issues = list(header), checked.issues

    def stops_at(ordinal: int) -> bool:
        return len(errors) >= MAX_ERRORS and (limit_rows is None or ordinal < limit_rows)

    if checked.rows and stops_at(1):
        return errors[:MAX_ERRORS], 1
    start = 0
    while start < len(issues):
        row = issues[start].row
        end = start
        while end < len(issues) and issues[end].row == row:
            end += 1
        errors.extend(_from_issue(issue) for issue in issues[start:end])
        ordinal = row - first_row + 1
        if stops_at(ordinal):
            return errors[:MAX_ERRORS], ordinal
        start = end
    return errors, checked.rows


def _from_issue(issue: Issue) -> ValidationError:
    return ValidationError(issue.type, _TITLES[issue.type], issue.row, issue.field_number,
                           issue.note)


def _dialect(fmt: str, layout: Layout | None, sheet: str | None) -> Dialect | None:
    """How Frictionless reads the table: its header rows, the rows below it left out, and
    a workbook's sheet with merged cells filled (None: its defaults)."""
    from frictionless import Dialect

    from privacy.layout import HEADER_JOIN

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

    from privacy import read_table
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
