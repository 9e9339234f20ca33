"""Screening text and tables: detect, remediate by policy and report findings without values."""

from __future__ import annotations

import copy
import datetime as dt
import io
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, partial
from pathlib import Path

from presidio_analyzer import AnalyzerEngine, RecognizerResult

from privacy.allowlist import AllowList, term_digest
from privacy.assess import RISK_ENTITY, about_individuals, risk_counter, risk_field, risk_note
from privacy.cells import (
    _TRIVIAL_CHARS,
    CellScanner,
    Hit,
    evident_names_only,
    label_names_only,
)
from privacy.columns import ColumnProfile
from privacy.csvchunks import ChunkBoundaryError, CsvChunk, chunk_rows, plan_chunks, splittable
from privacy.errors import UnsupportedFormat
from privacy.findings import MAX_OFFSETS, Finding, FindingCollector, decide
from privacy.knownnames import KnownNames
from privacy.limits import TableLimits
from privacy.output import CsvStyle, output_style, write_csv_rows, write_table
from privacy.parallel import can_fork, default_workers, map_in_workers
from privacy.plan import TablePlan, plan_table
from privacy.policy import Policy
from privacy.profiling import TableProfiling
from privacy.pseudonym import Pseudonymizer, check_key, key_from_env
from privacy.recordcheck import RecordCheck, RecordCheckFailed
from privacy.remediation import Remedy
from privacy.risk import KAnonymityCounter, RiskReport
from privacy.scancache import cached_scan
from privacy.shapes import MAX_SHAPES, add_shapes, shape, shape_pattern
from privacy.tabular import FORMATS, TableData, read_table

PARALLEL_MIN_BYTES = 8 << 20   # smaller CSV files are screened in one process
CHUNK_BYTES = 2 << 20          # bytes of CSV per task of a worker process (bounds its buffers)
UNIQUE_PROBE = 1024            # cells of a column looked at before its scan may skip the cache
UNIQUE_SHARE = 0.99            # … which it does when more than this share of them are distinct


@dataclass
class TextScreen:
    """A screened text: the remediated text and what was found."""

    text: str
    findings: list[Finding]

    @property
    def decision(self) -> str:
        """Publish, review (a finding needs review) or block (a policy blocked something)."""
        return decide(self.findings)

    def to_dict(self) -> dict:
        """JSON-able summary (no personal values; the remediated text is not included)."""
        return {"decision": self.decision, "findings": [f.to_dict() for f in self.findings]}


@dataclass(frozen=True)
class PublishedColumn:
    """One column of a remediated table as published."""

    name: str          # as published (a header cell holding personal data is remediated)
    source: int        # position of the column in the source table
    changed: bool      # whether remediation may have changed any of its values
    action: str | None = None   # the action on the whole column (None: cells were scanned)
    pattern: str | None = None  # a masked column's values all match it (privacy.shapes)
    numeric: bool = False       # its values are generalised numbers (coordinates rounded)


@dataclass
class TableScreen:
    """A screened table: profiles, findings, risk and lazily re-remediated rows."""

    header: list[str]                    # as published: remediated, dropped columns removed
    findings: list[Finding]
    columns: list[ColumnProfile]
    row_count: int
    encoding: str | None
    format: str
    risk: RiskReport | None = None
    _source: TableData | None = field(default=None, repr=False)
    _screener: Screener | None = field(default=None, repr=False)
    _plan: TablePlan | None = field(default=None, repr=False)
    _shapes: dict[int, set[str | bytes]] = field(default_factory=dict, repr=False)

    @property
    def decision(self) -> str:
        """Publish, review (a finding needs review) or block (a policy blocked something)."""
        return decide(self.findings)

    def published_columns(self) -> list[PublishedColumn]:
        """Each published column: its name, its position in the source, whether values changed."""
        # "changed" is conservative: a column with a cell finding of the same name (or of its
        # header cell) counts as changed, as does every whole-column remediation.
        if self._plan is None:
            return []
        with_cells = {f.field for f in self.findings if f.scope == "cell"}
        keep = self._plan.keep
        positions = range(len(self._plan.columns)) if keep is None else keep
        published = []
        for name, index in zip(self.header, positions, strict=True):
            plan = self._plan.columns[index]
            published.append(PublishedColumn(
                name, index, bool(plan.entity) or plan.name in with_cells,
                plan.action if plan.entity else None,
                shape_pattern(self._shapes[index]) if index in self._shapes else None,
                plan.kind == "number"))
        return published

    def iter_rows(self) -> Iterator[list[str]]:
        """Re-read the source and yield remediated rows one by one."""
        if self._source is None or self._screener is None or self._plan is None:
            return iter(())
        collector = self._screener.collector()
        scan = cell_scan(self._screener, self._plan.known)
        return self._screener._remediate(self._source.rows(), self._plan, collector, scan)

    @cached_property
    def rows(self) -> list[list[str]]:
        """All remediated rows as a list (convenience for small tables; prefer iter_rows())."""
        return list(self.iter_rows())

    def to_dict(self) -> dict:
        """JSON-able summary: header, profiles, findings, risk and decision; never a cell value."""
        return {
            "format": self.format,
            "encoding": self.encoding,
            "row_count": self.row_count,
            "header": list(self.header),
            "decision": self.decision,
            "columns": [c.to_dict() for c in self.columns],
            "findings": [f.to_dict() for f in self.findings],
            "risk": self.risk.to_dict() if self.risk is not None else None,
        }


@dataclass
class _Run:
    """The state of one table screen between pass 1 and the end of pass 2."""

    header: list[str]                    # remediated, before dropping columns
    columns: list[ColumnProfile]
    row_count: int
    plan: TablePlan
    collector: FindingCollector
    scan: Callable[[str], Sequence[Hit]]
    counter: KAnonymityCounter | None
    chunks: list[CsvChunk] | None = None     # byte ranges screened by worker processes
    first_rows: list[int] = field(default_factory=list)  # each chunk's first row number
    shapes: dict[int, set[str | bytes]] = field(default_factory=dict)  # of masked columns' values


class Screener:
    """Finds personal information in metadata text and tables and remediates it by policy."""

    def __init__(self, analyzer: AnalyzerEngine | None = None, *, review_threshold: float = 0.85,
                 min_score: float = 0.4, policy: Policy | None = None,
                 pseudonym_key: bytes | None = None,
                 screening_date: dt.date | None = None, workers: int | None = None,
                 parallel_min_bytes: int = PARALLEL_MIN_BYTES,
                 chunk_bytes: int = CHUNK_BYTES, limits: TableLimits | None = None,
                 term_key: bytes | None = None) -> None:
        self._analyzer = analyzer
        # The largest table screen_file() reads (None: the defaults of TableLimits).
        self.limits = limits if limits is not None else TableLimits()
        self.review_threshold = review_threshold
        self.min_score = min_score
        self.policy = policy if policy is not None else Policy()
        self.screening_date = screening_date
        # Worker processes for CSV files of at least parallel_min_bytes, each task a chunk of
        # about chunk_bytes (workers None: one per CPU; 1: always one process).
        if workers is not None and workers < 1:
            raise ValueError(f"workers must be >= 1, got {workers}")
        self.workers = workers
        self.parallel_min_bytes = parallel_min_bytes
        self.chunk_bytes = chunk_bytes
        # The key of the digests of the terms findings cover, and of the policy's allow-list
        # (privacy.allowlist); None: no digests (a policy's plain allow terms still apply).
        self.term_key = term_key
        self.allow = AllowList(self.policy.allow, self.policy.allow_digests, term_key)
        self._pseudonym_key: bytes | None = None
        if self.policy.pseudonymizes:
            key = pseudonym_key if pseudonym_key is not None else key_from_env()
            self._pseudonym_key = check_key(key)

    @cached_property
    def analyzer(self) -> AnalyzerEngine:
        """The analyzer (built offline on first use when none was given)."""
        if self._analyzer is None:
            from privacy.analyzer import build_analyzer

            self._analyzer = build_analyzer()
        return self._analyzer

    @cached_property
    def scanner(self) -> CellScanner:
        """The fast per-cell scanner sharing the analyzer's recognizers."""
        return CellScanner(self.analyzer, self.min_score)

    def keyed(self, term_key: bytes) -> Screener:
        """This screen (its analyzer shared) with another term key."""
        if term_key == self.term_key:
            return self
        clone = copy.copy(self)  # every setting, and the analyzer and scanner once built
        clone.term_key = term_key
        clone.allow = AllowList(self.policy.allow, self.policy.allow_digests, term_key)
        return clone

    def collector(self) -> FindingCollector:
        """A collector of this screen's findings (with term digests when it has a key)."""
        digest = partial(term_digest, self.term_key) if self.term_key is not None else None
        return FindingCollector(self.review_threshold, digest=digest)

    def remedy(self, context: str = "") -> Remedy:
        """The policy bound to one dataset (context: its identity, for scoped pseudonyms)."""
        if not self.policy.pseudonymizes:
            return Remedy(self.policy)
        key = check_key(self._pseudonym_key)
        return Remedy(self.policy, Pseudonymizer(key, self.policy.pseudonym_scope, context))

    # ------------------------------------------------------------ text

    def analyze_text(self, text: str, language: str = "zh") -> list[RecognizerResult]:
        """Non-overlapping results in text, as the full analyzer finds them with context.

        The scanner's (CellScanner.scan): the analyzer's recognizers and context enhancement
        without its NLP pipeline, which runs only when a third-party recognizer's finding
        could be raised by a context word. govcat's recognizers read every language alike;
        language picks the pipeline of that case.
        """
        return self.scanner.scan(text, language)

    def screen_text(self, text: str, *, field: str = "text", language: str = "zh",
                    context: str = "", label: bool = False) -> TextScreen:
        """Screen free text (e.g. a dataset description) with the full analyzer; a label (a
        title, a file name) without the names it has only likely (label_names_only)."""
        remedy = self.remedy(context)
        if not text or not text.strip():
            return TextScreen(text, [])
        results = self.allow.keep(text, self.analyze_text(text, language))
        if label:
            results = label_names_only(text, results)
        collector = self.collector()
        for result in results:
            collector.add(field, result.entity_type, "text", 0, result.start, result.end,
                          result.score, remedy.action(result.entity_type),
                          text[result.start:result.end])
        return TextScreen(remedy.spans(text, results), collector.findings())

    # ------------------------------------------------------------ tables

    def screen_header(self, header: list[str], collector: FindingCollector | None = None,
                      remedy: Remedy | None = None) -> list[str]:
        """The header with personal values remediated (findings recorded as row-0 cells)."""
        # A file without a header row has data there; findings go to collector as row 0 cells.
        remedy = remedy or Remedy()
        out = []
        for index, name in enumerate(header):
            results = (label_names_only(name, self.allow.keep(name, self.scanner.scan(name)))
                       if name else [])
            new = remedy.spans(name, results) if results else name
            if results and not new.strip():
                new = f"column{index + 1}"
            out.append(new)
            for r in results if collector is not None else ():
                collector.add(new, r.entity_type, "cell", 0, r.start, r.end, r.score,
                              remedy.action(r.entity_type), name[r.start:r.end])
        return out

    def screen_label(self, text: str, field: str, collector: FindingCollector,
                     remedy: Remedy) -> str:
        """A name published with a table (a sheet's), remediated (findings in collector)."""
        results = label_names_only(text, self.allow.keep(text, self.scanner.scan(text)))
        for r in results:
            collector.add(field, r.entity_type, "text", 0, r.start, r.end, r.score,
                          remedy.action(r.entity_type), text[r.start:r.end])
        return remedy.spans(text, results) if results else text

    def profile_table(self, table: TableData,
                      header: list[str] | None = None) -> tuple[list[ColumnProfile], int]:
        """Pass 1: profile every column from its header and every cell; count rows."""
        profiling, _, _ = self._profile(table, header or table.header)
        return profiling.profiles(), profiling.rows

    def _profile(self, table: TableData, header: list[str], check: RecordCheck | None = None,
                 ) -> tuple[TableProfiling, list[CsvChunk] | None, list[int]]:
        """Pass 1, in worker processes when the table is a large CSV file.

        Returns the profiling, and the chunks (None: one process) with each chunk's first row
        number, which pass 2 reuses: pass 1 has proven that every cut lies between records.
        check: given the records as they are read (RecordCheckFailed if it fails the table).
        """
        today = self.screening_date or dt.date.today()
        classifiers = self.scanner.classifiers()
        chunks = self._chunks(table)
        if chunks is not None:
            self.scanner.preload()  # loaded once, shared by the workers forked below
            state = _ProfileJob(table, header, classifiers, today, check)
            profiling = TableProfiling(header, table.header, classifiers, today)
            first_rows, checked = [], []
            try:
                workers = min(self._workers(), len(chunks))
                for part, checked_part in map_in_workers(_profile_chunk, state, chunks,
                                                         workers):
                    first_rows.append(profiling.rows + 1)
                    profiling.merge(part)
                    checked.append(checked_part)
                    if table.limits is not None:
                        table.limits.check_row_count(str(table.path), profiling.rows)
                _finish_check(check, checked)
                return profiling, chunks, first_rows
            except ChunkBoundaryError:
                pass  # a cut fell inside a quoted field: read the table in one stream
        profiling = TableProfiling(header, table.header, classifiers, today)
        observed = check.part() if check is not None else None
        profiling.add_rows(table.rows(observe=observed))
        _finish_check(check, [observed])
        return profiling, None, []

    def _workers(self) -> int:
        """Worker processes to use for a large table."""
        return self.workers if self.workers is not None else default_workers()

    def _chunks(self, table: TableData) -> list[CsvChunk] | None:
        """Byte ranges for worker processes, or None when one process screens the table."""
        if self._workers() < 2 or not splittable(table) or not can_fork():
            return None
        if table.path.stat().st_size < self.parallel_min_bytes:
            return None
        chunks = plan_chunks(table, self.chunk_bytes)
        return chunks if len(chunks) > 1 else None

    def screen_table(self, table: TableData, *, context: str = "",
                     check: RecordCheck | None = None) -> TableScreen:
        """Profile (pass 1) then detect and remediate every cell (pass 2) to collect findings.

        check: a check of a CSV table's records, run in pass 1 (privacy.recordcheck).
        """
        run = self._prepare(table, context, check)
        if run.chunks is not None:
            for _ in self._remediate_in_workers(table, run, None):
                pass
        else:
            for _ in self._remediate(table.rows(), run.plan, run.collector, run.scan,
                                     run.counter, shapes=run.shapes):
                pass
        return self._result(table, run)

    def screen_file(self, path: str | os.PathLike, output: str | os.PathLike | None = None, *,
                    format: str | None = None, encoding: str | None = None,
                    context: str = "", table: TableData | None = None,
                    check: RecordCheck | None = None) -> TableScreen:
        """Read, screen and (when output is given) atomically write the remediated table.

        table: the file as read_table opened it already (its sheet and layout found once).
        check: a check of a CSV table's records, run in pass 1: when it fails the table,
        RecordCheckFailed is raised and nothing is written.
        """
        if table is None:
            table = read_table(path, format=format, encoding=encoding, limits=self.limits)
        if output is None:
            return self.screen_table(table, context=context, check=check)
        run = self._prepare(table, context, check)
        output = Path(output)
        out_format = FORMATS.get(output.suffix.lower(), table.format)
        if out_format in ("xls", "ods"):  # read, never written: a screened sheet is XLSX
            raise UnsupportedFormat(f"{output}: {out_format} is read, not written; "
                                    "write .xlsx, .csv or .json")
        header = run.plan.output_header(run.header)
        # the source's conventions, types and layout; remediated columns as the plan says
        style = output_style(table, output, out_format)
        if style.sheet:  # published with the table, so screened as its header is
            style = replace(style, sheet=self.screen_label(style.sheet, "sheet", run.collector,
                                                           run.plan.remedy) or None)
        if run.chunks is not None and out_format == "csv":
            parts = self._remediate_in_workers(table, run, style.csv)
            _write_atomically(output, lambda tmp: _write_csv_parts(tmp, header, parts,
                                                                   style.csv))
        else:
            rows = self._remediate(table.rows(), run.plan, run.collector, run.scan, run.counter,
                                   shapes=run.shapes)
            kinds = run.plan.output_kinds()
            _write_atomically(output, lambda tmp: write_table(tmp, header, rows, out_format,
                                                              style=style, kinds=kinds))
        return self._result(table, run)

    def _prepare(self, table: TableData, context: str, check: RecordCheck | None = None) -> _Run:
        """Header and pass 1, then the plan: sensitive columns, actions, risk counter."""
        if check is not None and not check.reads_like(table):
            raise ValueError(f"{table.path}: the record check expects other records than the "
                             "screen reads")
        remedy = self.remedy(context)
        collector = self.collector()
        header = self.screen_header(table.header, collector, remedy)
        profiling, chunks, first_rows = self._profile(table, header, check)
        columns = profiling.profiles()
        header += [c.name for c in columns[len(header):]]
        known = KnownNames(profiling.known_names(columns))
        scan = cell_scan(self, known)
        hits = [e.hits(c) for e, c in zip(profiling.sensitive, columns, strict=True)]
        if any(hits) and not about_individuals(table, columns, hits, collector.findings(), scan,
                                               self.policy, self.review_threshold):
            hits = [[] for _ in columns]
        plan = plan_table(columns, hits, table.header, remedy, known)
        counter = risk_counter(header, columns, plan, self.policy)
        return _Run(header, columns, profiling.rows, plan, collector, scan, counter, chunks,
                    first_rows)

    def _result(self, table: TableData, run: _Run) -> TableScreen:
        """Assemble a TableScreen (findings in column order, whole-column ones first)."""
        risk = run.counter.report() if run.counter is not None else None
        if risk is not None and risk.below_threshold:
            run.collector.add_many(risk_field(risk), RISK_ENTITY, "table", risk.rows_below, [],
                                   1.0, action="review", review=True, note=risk_note(risk))
        order = {}
        for index, column in enumerate(run.columns):
            order.setdefault(column.name, index)
        findings = sorted(run.collector.findings(),
                          key=lambda f: (order.get(f.field, len(run.columns)),
                                         f.scope != "column"))
        return TableScreen(
            header=run.plan.output_header(run.header), findings=findings, columns=run.columns,
            row_count=run.row_count, encoding=table.encoding, format=table.format, risk=risk,
            _source=table, _screener=self, _plan=run.plan, _shapes=run.shapes,
        )

    def _remediate_in_workers(self, table: TableData, run: _Run,
                              style: CsvStyle | None) -> Iterator[bytes]:
        """Pass 2 over run.chunks in worker processes: each chunk's CSV output, in order.

        Findings, risk classes and mask shapes of every chunk are merged into run's (in table
        order, so they equal those of one pass). style None: nothing is written.
        """
        state = _RemediateJob(table, self, run.plan, run.counter, style)
        tasks = list(zip(run.chunks or [], run.first_rows, strict=True))
        workers = min(self._workers(), len(tasks))
        for part in map_in_workers(_remediate_chunk, state, tasks, workers):
            run.collector.merge(part.collector)
            if run.counter is not None and part.counter is not None:
                run.counter.merge(part.counter)
            for index, shapes in part.shapes.items():
                add_shapes(run.shapes.setdefault(index, set()), shapes)
            yield part.output

    def _remediate(self, rows: Iterable[list[str]], plan: TablePlan,
                   collector: FindingCollector, scan: Callable[[str], Sequence[Hit]],
                   counter: KAnonymityCounter | None = None,
                   first_row: int = 1,
                   shapes: dict[int, set[str | bytes]] | None = None) -> Iterator[list[str]]:
        """Pass 2: yield remediated rows, recording findings (and risk classes) as it goes;
        with shapes, the shapes of the values of columns masked whole (privacy.shapes)."""
        remedy = plan.remedy
        spans, action_of, add = remedy.spans, remedy.action, collector.add
        whole = [(i, c.action, remedy.value_function(c.entity, c.action),
                  shapes.setdefault(i, set()) if shapes is not None and c.action == "mask"
                  else None)
                 for i, c in enumerate(plan.columns) if c.entity]
        # Each free-text column's scan: the cached one, until its first UNIQUE_PROBE cells
        # show that its cells do not repeat (ticket numbers, times): those are scanned without
        # the cache, where they would only push out the cells of columns that do repeat.
        uncached = getattr(scan, "__wrapped__", scan)
        free = [[i, c.name, c.things, scan, set(), 0] for i, c in enumerate(plan.columns)
                if not c.entity]
        keep = plan.keep
        width = len(plan.columns)
        counts = [0] * width
        offsets: list[list[tuple[int, int, int]]] = [[] for _ in range(width)]
        full = [False] * width       # offsets[index] holds MAX_OFFSETS already
        for row_number, row in enumerate(rows, start=first_row):
            if len(row) != width:
                row = (row + [""] * width)[:width]
            out = row.copy()
            for index, action, value, seen in whole:
                cell = row[index]
                if cell.strip():
                    if action != "drop":
                        out[index] = masked = value(cell)
                        if seen is not None and len(seen) <= MAX_SHAPES:
                            seen.add(shape(masked))
                    counts[index] += 1
                    if not full[index]:
                        offsets[index].append((row_number, 0, len(cell)))
                        full[index] = len(offsets[index]) >= MAX_OFFSETS
            for column in free:
                index, name, things, column_scan, probe, probed = column
                cell = row[index]
                # trivial(cell)'s short numbers, inlined: row numbers, amounts: nothing to find
                # or cache (a timestamp, its other case, reaches scan(), which finds nothing)
                if not cell or (len(cell) <= 10 and not cell.strip(_TRIVIAL_CHARS)
                                and cell.count(".") < 3 and cell.count(":") < 2):
                    continue
                if probe is not None:
                    probe.add(cell)
                    column[5] = probed = probed + 1
                    if probed >= UNIQUE_PROBE:
                        if len(probe) > UNIQUE_SHARE * probed:
                            column[3] = column_scan = uncached
                        column[4] = None
                results = column_scan(cell)  # the table's known names included (KnownNames)
                if things and results:  # in a column of places: names with clean evidence
                    results = evident_names_only(results)
                if results:
                    out[index] = spans(cell, results)
                    for r in results:
                        add(name, r.entity_type, "cell", row_number, r.start, r.end, r.score,
                            action_of(r.entity_type), cell[r.start:r.end])
            if counter is not None:
                counter.add(out)
            yield out if keep is None else [out[i] for i in keep]
        for index, column in enumerate(plan.columns):
            for label in column.labels:
                collector.add_many(column.name, label.entity, "column", counts[index],
                                   offsets[index], label.confidence, action=label.action,
                                   review=label.review, note=label.note)


def _finish_check(check: RecordCheck | None, parts: list[object]) -> None:
    """Hand the parts to the check; RecordCheckFailed if it fails the table."""
    if check is not None and not check.finish(parts):
        raise RecordCheckFailed("the table failed the check of its records")


def cell_scan(screener: Screener, known: KnownNames | None) -> Callable[[str], Sequence[Hit]]:
    """The hits of a table's cells, cached per value: the scanner's without the policy's
    allowed terms, and the table's known names (which no allow-list overrules)."""
    scan = screener.allow.around(screener.scanner.hits)
    return cached_scan(known.adding_to(scan) if known else scan)


def _write_atomically(path: Path, write: Callable[[str], None]) -> None:
    """write() a temporary file next to path, then rename it into place."""
    handle, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=path.suffix or ".tmp",
                                   dir=path.parent)
    os.close(handle)
    try:
        write(tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _write_csv_parts(path: str, header: list[str], parts: Iterable[bytes],
                     style: CsvStyle) -> None:
    """A UTF-8 CSV file of header and the already encoded rows of each part (as write_table)."""
    with open(path, "wb") as handle:
        head = io.StringIO()
        write_csv_rows(head, [header], style)
        handle.write(head.getvalue().encode("utf-8"))
        for part in parts:
            handle.write(part)


# ---------------------------------------------------------------- worker processes


@dataclass
class _ProfileJob:
    """What a worker needs to profile chunks of a table (pass 1)."""

    table: TableData
    header: list[str]
    classifiers: dict[str, object]
    today: dt.date
    check: RecordCheck | None = None


def _profile_chunk(job: _ProfileJob, chunk: CsvChunk) -> tuple[TableProfiling, object]:
    """Pass 1 over one chunk, in a worker process (and the record check's part of it)."""
    profiling = TableProfiling(job.header, job.table.header, job.classifiers, job.today)
    checked = job.check.part() if job.check is not None else None
    profiling.add_rows(chunk_rows(job.table, chunk, observe=checked))
    return profiling, checked


@dataclass
class _RemediateJob:
    """What a worker needs to remediate chunks of a table (pass 2)."""

    table: TableData
    screener: Screener
    plan: TablePlan
    counter: KAnonymityCounter | None
    style: CsvStyle | None                 # None: findings only, no output

    @cached_property
    def scan(self) -> Callable[[str], Sequence[Hit]]:
        """The worker's cell cache (with the table's known names), kept between chunks."""
        return cell_scan(self.screener, self.plan.known)


@dataclass
class _ChunkOutcome:
    """One chunk's remediated CSV rows (UTF-8), findings, risk classes and mask shapes."""

    output: bytes
    collector: FindingCollector
    counter: KAnonymityCounter | None
    shapes: dict[int, set[str | bytes]]


def _remediate_chunk(job: _RemediateJob, task: tuple[CsvChunk, int]) -> _ChunkOutcome:
    """Pass 2 over one chunk, in a worker process."""
    chunk, first_row = task
    collector = job.screener.collector()
    counter = job.counter.empty() if job.counter is not None else None
    shapes: dict[int, set[str | bytes]] = {}
    rows = job.screener._remediate(chunk_rows(job.table, chunk), job.plan, collector, job.scan,
                                   counter, first_row, shapes)
    if job.style is None:
        for _ in rows:
            pass
        return _ChunkOutcome(b"", collector, counter, shapes)
    buffer = io.StringIO()
    write_csv_rows(buffer, rows, job.style)
    return _ChunkOutcome(buffer.getvalue().encode("utf-8"), collector, counter, shapes)
