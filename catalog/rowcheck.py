"""Frictionless' row checks over batches of raw CSV records, column by column.

What frictionless' Row reports (type and constraint errors, extra and missing cells, blank
rows), in its order, with its notes: every cell is judged by the field's own frictionless cell
reader, once per distinct value of a column (a bounded cache), except cells that a shortcut
proves valid (a regular expression run over a whole column of a batch at once, which only
accepts what that reader accepts: tests/catalog/test_fast_validation.py holds it to that).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

BATCH = 2048          # records a part checks at a time
_CACHE = 8192         # distinct values per column whose verdict is remembered

# Shortcuts, per type: a cell matching one is a value frictionless' reader of that type (in
# its default form) accepts. Anything else goes to the reader itself. Possessive quantifiers
# (never given back) make them several times faster, and can only match less.
_INTEGER = r"[+-]?+[0-9]{1,18}+"
_NUMBER = r"[+-]?+[0-9]{1,30}+(?:\.[0-9]{1,30}+)?+"
_YEAR = r"[0-9]{4}"
# the Gregorian calendar's days: 29 February in leap years only
_DATE = (r"(?!0000)(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])"
         r"|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)"
         r"|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)")
# days up to 28 exist in every month; the others are read by the reader
_DATETIME = (r"[1-9][0-9]{3}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])"
             r"T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]Z?+")


# by type, for the tests that hold them to frictionless' readers
SHORTCUTS = {"integer": _INTEGER, "number": _NUMBER, "year": _YEAR, "date": _DATE,
             "datetime": _DATETIME}


class Issue(NamedTuple):
    """One error as frictionless reports it (row: the record's index, or its row number)."""

    row: int
    type: str
    field_number: int | None
    note: str
    cell: str | None


def missing_values(field: Any) -> list[str]:
    """The field's missing values, as frictionless' cell reader takes them."""
    if not field.has_defined("missing_values") and field.schema:
        return list(field.schema.missing_values)
    return list(field.missing_values)


def _value_pattern(field: Any) -> str | None:
    """The shortcut of the field's type, if its options are frictionless' defaults."""
    if field.type == "integer" and field.bare_number:
        return _INTEGER
    if field.type == "number" and not {"group_char", "decimal_char", "bare_number"} & set(
            field.list_defined()):
        return _NUMBER
    if field.type == "year":
        return _YEAR
    if field.type in ("date", "datetime") and field.format == "default":
        return SHORTCUTS[field.type]
    return None


def _constrained(field: Any) -> set[str]:
    return {k for k, v in field.constraints.items() if v is not None}


def _shortcut(field: Any, missing: list[str]) -> re.Pattern[str] | None:
    """The regular expression a whole column of valid cells matches, one cell a line."""
    required = bool(field.constraints.get("required"))
    if _constrained(field) - {"required"}:
        return None
    line = _value_pattern(field)
    if line is None or any("\n" in value or "\r" in value for value in missing):
        return None
    if required:
        # a missing value must reach the reader (which reports it): none may match the line
        if any(re.fullmatch(line, value) for value in missing):
            return None
    else:
        line = "|".join([line, *map(re.escape, missing)])
    return re.compile(rf"(?>(?>{line})\n)*+(?>{line})")


class _Column:
    """One field: its reader, missing values, shortcut and the verdicts it remembers."""

    def __init__(self, number: int, field: Any) -> None:
        self.number = number
        self.read: Callable[[Any], tuple[Any, dict[str, str] | None]] = \
            field.create_cell_reader()
        self.missing = frozenset(missing_values(field))
        self.shortcut = _shortcut(field, sorted(self.missing))
        constrained = any(v is not None for v in field.constraints.values())
        # a string (default format) or any value without constraints is never in error
        self.always_valid = not constrained and (
            field.type == "any" or (field.type == "string" and field.format == "default"))
        self.valid: set[str] = set()
        self.invalid: dict[str, list[tuple[str, str]]] = {}

    def verdict(self, value: str) -> list[tuple[str, str]]:
        """The (type, note) errors of a cell holding value, in frictionless' order."""
        known = self.invalid.get(value)
        if known is not None:
            return known
        if value in self.valid:
            return []
        errors = cell_errors(self.read, value)
        if not errors:
            if len(self.valid) < _CACHE:
                self.valid.add(value)
        elif len(self.invalid) < _CACHE:
            self.invalid[value] = errors
        return errors

    def issues(self, cells: Sequence[str]) -> list[tuple[int, list[tuple[str, str]]]]:
        """(position, errors) of the cells in error among a batch's cells of this column."""
        if self.shortcut is not None:
            text = "\n".join(cells)
            # one line per cell: no cell holds a newline that could fake a valid line
            if text.count("\n") == len(cells) - 1 and self.shortcut.fullmatch(text):
                return []
        fresh = set(cells)
        fresh.difference_update(self.valid)
        bad = {}
        for value in fresh:
            errors = self.verdict(value)
            if errors:
                bad[value] = errors
        if not bad:
            return []
        return [(k, bad[cell]) for k, cell in enumerate(cells) if cell in bad]


def cell_errors(read: Callable[[Any], tuple[Any, dict[str, str] | None]],
                source: Any) -> list[tuple[str, str]]:
    """The errors frictionless' Row makes of a cell, from the field's reader (type first)."""
    _, notes = read(source)
    if not notes:
        return []
    notes = dict(notes)
    errors = []
    type_note = notes.pop("type", None)
    if type_note:
        errors.append(("type-error", type_note))
    errors.extend(("constraint-error", note) for note in notes.values())
    return errors


def line_pattern(fields: Sequence[Any], dialect: Any) -> re.Pattern[str] | None:
    """The regular expression a run of valid records matches from its start, one record a
    line (each ending with a newline), in a CSV dialect without quotes or escapes; None when
    a field's cells have no pattern (or the dialect is another).

    A matched line has no quote: the csv module splits it at its delimiters, so its cells are
    the pattern's; each cell is one its field's reader accepts; the first is not a missing
    value (nor empty), so the row is not blank; and there are as many cells as fields.
    """
    delimiter = dialect.delimiter
    if (dialect.quotechar != '"' or dialect.escapechar is not None or dialect.skipinitialspace
            or dialect.quoting != csv.QUOTE_MINIMAL or len(delimiter) != 1
            or delimiter in '"\r\n'):
        return None
    plain = re.escape(delimiter)
    text = rf'[^{plain}"\r\n]*+'  # any cell the line's other characters allow
    cells = []
    for number, field in enumerate(fields, start=1):
        missing = [m for m in missing_values(field) if not set(m) & {delimiter, '"', "\r", "\n"}]
        constrained = _constrained(field)
        if constrained - {"required"}:
            return None
        if (field.type == "any" or (field.type == "string" and field.format == "default")):
            cell = text
        elif field.type == "boolean":
            values = [*field.true_values, *field.false_values]
            values = [v for v in values if not set(v) & {delimiter, '"', "\r", "\n"}]
            if not values:
                return None
            cell = "|".join(map(re.escape, sorted(values, key=len, reverse=True)))
        else:
            cell = _value_pattern(field)
            if cell is None:
                return None
        if number == 1 or "required" in constrained:
            # not a missing value (the first, not even an empty cell: no blank row)
            absent = "|".join(map(re.escape, missing))
            guard = rf"(?![{plain}\r\n]|\Z)" if number == 1 else ""
            cell = rf"{guard}(?!(?:{absent})(?:{plain}|\r|\n|\Z))(?>{cell})" if missing \
                else rf"{guard}(?>{cell})"
        elif missing:
            cell = "|".join([cell, *map(re.escape, sorted(missing, key=len, reverse=True))])
        cells.append(f"(?>{cell})")
    return re.compile(rf"(?>{plain.join(cells)}\r?\n)*+")


class RowChecker:
    """Checks records against the fields a table's header expects, as frictionless does."""

    def __init__(self, fields: Sequence[Any]) -> None:
        if not fields:
            raise ValueError("a table without fields has no rows to check")
        self.columns = [_Column(number, field) for number, field in enumerate(fields, start=1)]
        self.width = len(self.columns)
        self._checked = [c for c in self.columns if not c.always_valid]

    def part(self, limit: int) -> CheckPart:
        """A fresh part: the records of one chunk or of a whole table, in order."""
        return CheckPart(self, limit)

    def batch(self, records: Sequence[list[str]]) -> list[Issue]:
        """The issues of a batch of records, in frictionless' order (row: index in records)."""
        width = self.width
        found: list[tuple[int, int, Issue]] = []  # (index, order within the row, issue)
        lengths = list(map(len, records))
        if lengths.count(width) == len(records):
            regular, positions = records, None
        else:
            positions = [i for i, n in enumerate(lengths) if n == width]
            regular = [records[i] for i in positions]
            for index, n in enumerate(lengths):
                if n != width:
                    found.extend((index, order, issue) for order, issue
                                 in enumerate(self.row(records[index], index)))
        if regular:
            self._regular(regular, positions, found)
        found.sort(key=lambda item: (item[0], item[1]))
        return [issue for _, _, issue in found]

    def _regular(self, rows: Sequence[list[str]], positions: list[int] | None,
                 found: list[tuple[int, int, Issue]]) -> None:
        """Issues of rows of the header's width: column by column."""
        first = self.columns[0]
        columns: list[tuple[str, ...]] | None = None
        if self._checked or not first.missing.isdisjoint(row[0] for row in rows):
            columns = list(zip(*rows, strict=True))
        blank: set[int] = set()
        if columns is not None and not first.missing.isdisjoint(columns[0]):
            candidates = [k for k, cell in enumerate(columns[0]) if cell in first.missing]
            blank = {k for k in candidates
                     if all(columns[c.number - 1][k] in c.missing for c in self.columns)}
        for column in self._checked:
            assert columns is not None
            cells = columns[column.number - 1]
            for k, errors in column.issues(cells):
                if k in blank:
                    continue
                index = positions[k] if positions is not None else k
                found.extend((index, column.number, Issue(index, kind, column.number, note,
                                                          cells[k]))
                             for kind, note in errors)
        for k in blank:
            index = positions[k] if positions is not None else k
            found.append((index, 0, Issue(index, "blank-row", None, "", None)))

    def row(self, cells: list[str], index: int) -> list[Issue]:
        """The issues of one record, field by field, as frictionless' Row processes it."""
        issues: list[Issue] = []
        blank = 0
        for column in self.columns:
            number = column.number
            source = cells[number - 1] if number <= len(cells) else None
            errors = cell_errors(column.read, source)
            if not any(kind == "type-error" for kind, _ in errors) and (
                    source is None or str(source) in column.missing):
                blank += 1
            issues.extend(Issue(index, kind, number, note, str(source)) for kind, note in errors)
        issues.extend(Issue(index, "extra-cell", number, "", str(cell))
                      for number, cell in enumerate(cells[self.width:], start=self.width + 1))
        issues.extend(Issue(index, "missing-cell", number, "", "")
                      for number in range(len(cells) + 1, self.width + 1))
        if blank == self.width:
            return [Issue(index, "blank-row", None, "", None)]
        return issues


class CheckPart:
    """The issues of consecutive records, counted from the part's first record (index 0).

    Called with each batch of records in order. Issues stop being kept after the row that
    brings them to `limit` (a table's report never needs more); records are always counted.
    Picklable without its checker: a worker sends it back to the parent.
    """

    def __init__(self, checker: RowChecker | None, limit: int) -> None:
        self._checker = checker
        self.limit = limit
        self.records = 0
        self.issues: list[Issue] = []

    def count_valid(self, records: int) -> None:
        """Count records known to have no issue."""
        self.records += records

    def __call__(self, records: Sequence[list[str]]) -> None:
        start = self.records
        self.records += len(records)
        if len(self.issues) >= self.limit or not records:
            return
        assert self._checker is not None, "a part sent back by a worker takes no records"
        for start_of_batch in range(0, len(records), BATCH):
            batch = records[start_of_batch:start_of_batch + BATCH]
            offset = start + start_of_batch
            last_row = None
            for issue in self._checker.batch(batch):
                if len(self.issues) >= self.limit and issue.row != last_row:
                    return
                self.issues.append(issue._replace(row=issue.row + offset))
                last_row = issue.row

    def __getstate__(self) -> dict[str, Any]:
        return {"limit": self.limit, "records": self.records, "issues": self.issues,
                "_checker": None}
