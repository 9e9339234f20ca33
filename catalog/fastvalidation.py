"""The validation gate's fast path for CSV tables: frictionless' verdict, read faster.

Frictionless opens the table as its validation would (encoding, dialect, header, the schema
declared or inferred from its sample, the header's errors), reading only that sample; then
every record is checked by catalog.rowcheck instead of frictionless' row stream: chunk by
chunk, in worker processes for a large file, or inside the privacy screen's first pass
(catalog.validation.ScreenCheck).
What it does not cover (other formats, comment rows, unique and key constraints, a read
error) is left to frictionless itself: `open_plan` gives None, or a run raises Unsupported.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from catalog.rowcheck import BATCH, CheckPart, Issue, RowChecker, line_pattern
from privacy.csvchunks import CsvChunk, chunk_text, plan_chunks
from privacy.errors import TableReadError
from privacy.parallel import can_fork, default_workers, map_in_workers
from privacy.tabular import TableData

PARALLEL_MIN_BYTES = 8 << 20   # smaller files are checked in the calling process
CHUNK_BYTES = 4 << 20          # bytes of CSV per task of a worker process


class Unsupported(Exception):
    """The fast path cannot give frictionless' verdict on this table: ask frictionless."""


@dataclass
class Plan:
    """What frictionless made of a CSV table from its sample, and how to read its records."""

    path: Path
    encoding: str
    dialect: Any                  # the csv module's dialect frictionless reads with
    first_row: int                # the row number of the first data record
    header_errors: list[Any]      # frictionless' errors of the header, in its order
    fields: list[Any]             # the fields each record's cells are read with, in order
    schema: dict[str, Any]
    checker: RowChecker = field(init=False, repr=False)
    lines: re.Pattern[str] | None = field(init=False, repr=False)  # runs of valid records

    def __post_init__(self) -> None:
        self.checker = RowChecker(self.fields)
        self.lines = line_pattern(self.fields, self.dialect)

    def reads_like(self, table: TableData) -> bool:
        """Whether the privacy screen's reader parses table into the records frictionless
        does: the same encoding and delimiter, default quoting, one header row."""
        dialect = self.dialect
        return (table.format == "csv" and table.plain
                and Path(table.path).resolve() == self.path.resolve()
                and table.encoding == self.encoding and self.first_row == 2
                and table.options.get("delimiter") == dialect.delimiter
                and dialect.quotechar == '"' and dialect.doublequote
                and dialect.escapechar is None and not dialect.skipinitialspace
                and dialect.quoting == csv.QUOTE_MINIMAL)

    def part(self, limit: int) -> CheckPart:
        return self.checker.part(limit)


def open_plan(resource: Any) -> Plan | None:
    """The plan of a frictionless resource not yet opened (None: frictionless validates it)."""
    from frictionless import FrictionlessException
    from frictionless.formats.csv.control import CsvControl
    from frictionless.resources import TableResource

    if not isinstance(resource, TableResource) or resource.format not in ("csv", "tsv"):
        return None
    if resource.remote or resource.compression or resource.multipart or resource.innerpath:
        return None
    if any(v is not None for v in (resource.hash, resource.bytes, resource.fields,
                                   resource.rows)):
        return None  # checked by frictionless at the end of a validation
    try:
        resource.to_descriptor(validate=True)
        resource.open()
    except FrictionlessException:
        return None  # frictionless reports it
    try:
        return _plan(resource, CsvControl.from_dialect(resource.dialect).to_python())
    except FrictionlessException:
        return None
    finally:
        resource.close()


def _plan(resource: Any, dialect: Any) -> Plan | None:
    """The plan of an opened resource, if the fast path covers its dialect and schema."""
    table_dialect, schema = resource.dialect, resource.schema
    if not table_dialect.header or not table_dialect.header_rows:
        return None
    if table_dialect.comment_char or table_dialect.comment_rows \
            or table_dialect.skip_blank_rows:
        return None
    if schema.primary_key or schema.foreign_keys:
        return None
    if not (resource.labels or resource.fragment):
        return None  # "the source is empty"
    fields = resource.header.get_expected_fields()
    if not fields or any(f.constraints.get("unique") for f in fields):
        return None
    return Plan(
        path=Path(resource.normpath), encoding=resource.encoding, dialect=dialect,
        first_row=table_dialect.header_rows[-1] + 1, header_errors=list(resource.header.errors),
        fields=list(fields), schema=schema.to_dict(),
    )


# ------------------------------------------------------------------ running a plan


@dataclass
class Checked:
    """Issues of a table's records, in order, with row numbers; the records it read."""

    issues: list[Issue]
    rows: int


def check_table(plan: Plan, *, limit_rows: int | None, limit_errors: int,
                workers: int | None = None,
                meanwhile: Callable[[], object] | None = None) -> Checked:
    """Check every record (up to limit_rows) in one stream, or in worker processes.

    meanwhile: called once while worker processes check the table, if they do (what the
    caller needs next is then loaded at the same time).
    """
    workers = workers if workers is not None else default_workers()
    if workers > 1 and can_fork() and plan.path.stat().st_size >= PARALLEL_MIN_BYTES:
        parts = _in_workers(plan, limit_rows, limit_errors, workers, meanwhile)
    else:
        parts = _in_chunks(plan, limit_rows, limit_errors)
    if parts is None:  # a chunk's cut fell inside a quoted field, or it is not strict CSV
        parts = [_in_one_stream(plan, limit_rows, limit_errors)]
    return merge(plan, parts, limit_rows)


def merge(plan: Plan, parts: Sequence[CheckPart], limit_rows: int | None) -> Checked:
    """The parts of consecutive records, in order, as one table's issues (row numbers)."""
    issues: list[Issue] = []
    first = plan.first_row
    for part in parts:
        issues.extend(issue._replace(row=issue.row + first) for issue in part.issues)
        first += part.records
    rows = first - plan.first_row
    if limit_rows is not None and rows > limit_rows:
        rows = limit_rows
        last = plan.first_row + limit_rows - 1
        issues = [issue for issue in issues if issue.row <= last]
    return Checked(issues, rows)


def _in_one_stream(plan: Plan, limit_rows: int | None, limit_errors: int) -> CheckPart:
    part = plan.part(limit_errors)
    try:
        with open(plan.path, encoding=plan.encoding, newline="") as handle:
            reader = csv.reader(handle, plan.dialect)
            for _ in range(plan.first_row - 1):
                next(reader, None)  # the header's rows and the rows above it
            _feed(part, reader, limit_rows)
    except (csv.Error, UnicodeDecodeError, OSError) as error:
        raise Unsupported(str(error)) from None
    return part


def _feed(part: CheckPart, reader: Iterator[list[str]], limit_rows: int | None) -> None:
    """Records from reader into part, until the end, limit_rows, or enough issues."""
    while batch := list(islice(reader, BATCH)):
        if limit_rows is not None and part.records + len(batch) >= limit_rows:
            part(batch[:limit_rows - part.records])
            return
        part(batch)
        if len(part.issues) >= part.limit:
            return


@dataclass
class _ChunkJob:
    """What a worker needs to check chunks of a table."""

    plan: Plan
    table: TableData
    limit_errors: int


class _CutInsideRecord(Exception):
    """A chunk does not parse strictly on its own: check the table in one stream instead."""


class _Lines:
    """The lines of a text from a position on, as a csv reader takes them (newlines kept),
    and where the next one starts."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._stream: io.StringIO | None = None  # made when first read (it copies the text)
        self.position = 0

    def seek(self, position: int) -> None:
        if self._stream is not None:
            self._stream.seek(position)
        self.position = position

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        if self._stream is None:
            self._stream = io.StringIO(self._text, newline="")
            self._stream.seek(self.position)
        line = self._stream.readline()
        if not line:
            raise StopIteration
        self.position += len(line)
        return line


_PARSED = 1 << 16  # characters parsed at least when the line pattern matched nothing


def _check_chunk(job: _ChunkJob, chunk: CsvChunk) -> CheckPart:
    """Every record of one chunk (in a worker process): runs of lines the plan's line pattern
    proves valid are counted, the others parsed and checked."""
    plan = job.plan
    part = plan.part(job.limit_errors)
    try:
        text = chunk_text(job.table, chunk)
    except TableReadError:
        raise Unsupported("not decodable") from None
    lines = _Lines(text)
    # strict: a chunk cut inside a quoted field fails (and then so would a record that
    # frictionless reads leniently, which the stream reads as frictionless does)
    reader = csv.reader(lines, plan.dialect, strict=True)
    pattern = plan.lines if len(text) < csv.field_size_limit() else None
    try:
        if chunk.start == 0:
            for _ in range(plan.first_row - 1):
                if next(reader, None) is None and not chunk.last:
                    raise _CutInsideRecord
        position, end = lines.position, len(text)
        while position < end and len(part.issues) < part.limit:
            target = position + _PARSED
            if pattern is not None:
                matched = pattern.match(text, position).end()
                if matched > position:
                    part.count_valid(text.count("\n", position, matched))
                    position = target = matched
                    if position == end:
                        break
            # the records from position on, up to past target (the line the pattern stopped
            # at), are parsed and checked
            lines.seek(position)
            batch = []
            for record in reader:
                batch.append(record)
                if lines.position > target or len(batch) == BATCH:
                    break
            if not batch:
                break  # nothing more to read (no record is ever empty of text)
            part(batch)
            position = lines.position
    except csv.Error:
        raise _CutInsideRecord from None
    return part


def _in_chunks(plan: Plan, limit_rows: int | None,
               limit_errors: int) -> list[CheckPart] | None:
    """The parts of every chunk, checked one after another in this process (None: read the
    table in one stream)."""
    table = TableData(plan.path, "csv", plan.encoding, [])
    parts: list[CheckPart] = []
    records = issues = 0
    job = _ChunkJob(plan, table, limit_errors)
    try:
        for chunk in plan_chunks(table, CHUNK_BYTES):
            part = _check_chunk(job, chunk)
            parts.append(part)
            records += part.records
            issues += len(part.issues)
            if issues >= limit_errors or (limit_rows is not None and records >= limit_rows):
                break
    except _CutInsideRecord:
        return None
    return parts


def _in_workers(plan: Plan, limit_rows: int | None, limit_errors: int, workers: int,
                meanwhile: Callable[[], object] | None = None) -> list[CheckPart] | None:
    """The parts of every chunk, from worker processes (None: read the table in one stream)."""
    table = TableData(plan.path, "csv", plan.encoding, [])
    chunks = plan_chunks(table, CHUNK_BYTES)
    if len(chunks) < 2:
        return None
    parts: list[CheckPart] = []
    records = issues = 0
    results = map_in_workers(_check_chunk, _ChunkJob(plan, table, limit_errors), chunks,
                             min(workers, len(chunks)))
    try:
        for part in results:
            parts.append(part)
            if meanwhile is not None:  # the workers are forked: the parent is free
                meanwhile()
                meanwhile = None
            records += part.records
            issues += len(part.issues)
            if issues >= limit_errors or (limit_rows is not None and records >= limit_rows):
                break  # the rest cannot change the report
    except _CutInsideRecord:
        return None
    finally:
        results.close()  # stops the workers still at work
    return parts
