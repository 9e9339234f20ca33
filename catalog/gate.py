"""The validation gate of an intake record's tables: each opened within the limits (a
workbook's sheets each, its layout found), then validated alone, or in the privacy screen's
first pass when the screen reads its records as Frictionless does (a large CSV file is then
parsed twice for a publish, not three times)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path

from catalog.errors import CatalogError
from catalog.intake import IntakeRecord, IntakeResource
from catalog.metadata import TABLE_SUFFIXES, WORKBOOK_FORMATS
from catalog.validation import (
    PendingValidation,
    ScreenCheck,
    TableValidation,
    ValidationError,
    begin_validation,
)
from privacy.errors import EncodingError, TableReadError
from privacy.layout import hints as layout_hints
from privacy.limits import LimitExceeded, TableLimits
from privacy.tabular import TableData, list_sheets, read_table, sheet_cells

# How a table that cannot be opened is reported, by the error's kind.
_READ_ERRORS = {
    LimitExceeded: ("limit-error", "Limit Exceeded"),
    EncodingError: ("encoding-error", "Encoding Error"),
    TableReadError: ("source-error", "Source Error"),
}


def table_resources(record: IntakeRecord) -> list[tuple[IntakeResource, str]]:
    """The record's table files with their formats (CatalogError for any other file)."""
    # a harvested catalog's dataset may be its metadata alone (a restricted one's files are
    # not reachable), and so may one created through the write API (its files come next); a
    # department publishing a folder or a file gives files
    if not record.resources and not record.links and not record.carried and \
            not record.source_key and record.files_required:
        raise CatalogError(f"{record.where}: the dataset has no resource files")
    checked = []
    for resource in record.resources:
        fmt = TABLE_SUFFIXES.get(resource.path.suffix.lower())
        if fmt is None:
            raise CatalogError(
                f"{resource.path}: unsupported resource format {resource.path.suffix!r} "
                f"(the privacy screen reads {', '.join(sorted(TABLE_SUFFIXES))})"
            )
        if not resource.path.is_file():
            raise CatalogError(f"{resource.path}: file not found")
        checked.append((resource, fmt))
    return checked


def sheet_resources(resources: list[tuple[IntakeResource, str]],
                    limits: TableLimits) -> list[tuple[IntakeResource, str]]:
    """Each sheet of a workbook its own resource (named after its sheet), unless the
    resource names its sheet; a workbook of one sheet stays one resource, as it was."""
    out: list[tuple[IntakeResource, str]] = []
    for resource, fmt in resources:
        if fmt not in WORKBOOK_FORMATS or resource.sheet is not None:
            out.append((resource, fmt))
            continue
        try:
            sheets = list_sheets(resource.path, fmt.lower(), limits)
        except TableReadError:
            sheets = []  # validation reports why the workbook cannot be read
        if len(sheets) < 2:
            out.append((resource, fmt))
            continue
        stem, suffix = Path(resource.name).stem, Path(resource.name).suffix
        for sheet in sheets:
            title = f"{resource.title}（{sheet}）" if resource.title else sheet
            out.append((replace(resource, sheet=sheet, name=f"{stem}-{sheet}{suffix}",
                                title=title), fmt))
    return out


class TableGate:
    """One table at the gate: opened, its validation begun.

    Either `check` is the validation to give the screen (its first pass runs it), or the
    table is validated alone (`run()`) before anything is screened. `table` is the table as
    it was opened (its sheet and layout found), for the screen; `validation` is the report
    once there is one.
    """

    def __init__(self, resource: IntakeResource, fmt: str, limits: TableLimits,
                 workers: int | None = None) -> None:
        self.resource, self.fmt = resource, fmt
        self.encoding: str | None = None
        self.table: TableData | None = None
        self.validation: TableValidation | None = None
        self.check: ScreenCheck | None = None
        self._pending: PendingValidation | None = None
        # Opening the table first detects its encoding and refuses, before Frictionless
        # parses anything, what would exhaust memory or time (a 50 MB header line, an XLSX
        # bomb). It finds where the table lies too (title rows, a header of several rows,
        # notes below), which Frictionless is told.
        try:
            table = read_table(resource.path, format=fmt.lower(), limits=limits,
                               **resource.layout_options)
        except TableReadError as exc:
            self.validation = _read_error(resource, exc)
            return
        self.table = table
        self.encoding = table.encoding if fmt == "CSV" else None
        self._pending = begin_validation(
            resource.path, fmt=fmt, encoding=self.encoding, name=resource.name,
            schema=resource.table_schema, max_rows=limits.rows, layout=table.layout,
            sheet=table.sheet if fmt in ("XLSX", "XLS") else None,
            rows=partial(sheet_cells, table) if _inline(fmt, table) else None, workers=workers,
        )  # fmt: skip
        self.check = self._pending.screen_check(table)

    def run(self, meanwhile: Callable[[], object] | None = None) -> TableValidation:
        """The table's validation, run alone unless there is one already (meanwhile: called
        once while worker processes validate it, if they do)."""
        if self.validation is None:
            assert self._pending is not None
            self.check = None
            self.validation = self._hinted(self._pending.run(meanwhile))
        return self.validation

    def screened(self) -> TableValidation:
        """The validation after the screen's first pass ran `check` to its end."""
        assert self.check is not None and self.check.validation is not None
        self.validation = self._hinted(self.check.validation)
        return self.validation

    def _hinted(self, validation: TableValidation) -> TableValidation:
        """An invalid table's report with the likely cause of its errors, by row, when its
        layout was found (title rows, a header of several rows)."""
        if not validation.valid and self.table is not None and self.table.layout is not None:
            validation.hints = layout_hints(self.table.layout,
                                     [(e.type, e.row, e.field_number) for e in validation.errors])
        return validation


def _inline(fmt: str, table: TableData) -> bool:
    """Whether Frictionless reads the table's rows as govcat's reader gives them: an ODS
    sheet (Frictionless' ODS reader is not a dependency), and a header of several rows
    without merged cells, whose group labels written once Frictionless would not carry over
    the columns they group (it would join "常住人口" over "男" and "" over "女")."""
    layout = table.layout
    return fmt == "ODS" or (layout is not None and len(layout.header_rows) > 1
                            and not layout.fill_merged)


def _read_error(resource: IntakeResource, exc: TableReadError) -> TableValidation:
    note = str(exc).removeprefix(f"{resource.path}: ")  # the file is the report's subject
    kind, title = _READ_ERRORS.get(type(exc), _READ_ERRORS[TableReadError])
    return TableValidation(resource.name, False, [ValidationError(kind, title, None, None, note)],
                           1)


def validate_intake(record: IntakeRecord, limits: TableLimits, workers: int | None = None,
                    meanwhile: Callable[[], object] | None = None) -> list[TableValidation]:
    """The validation of every table of an intake record, a workbook's sheets each, each
    alone (nothing is stored).

    meanwhile: called while worker processes validate a large table (the CLI loads the
    screen of its messages then; a call for each such table).
    """
    resources = sheet_resources(table_resources(record), limits)
    return [TableGate(resource, fmt, limits, workers).run(meanwhile)
            for resource, fmt in resources]
