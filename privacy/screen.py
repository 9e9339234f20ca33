"""Screening text and tables: detect, remediate (mask) and report findings without values."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from presidio_analyzer import AnalyzerEngine, RecognizerResult

from privacy.cells import CellScanner
from privacy.columns import ColumnProfile, ColumnProfiler
from privacy.findings import MAX_OFFSETS, Finding, FindingCollector, decide
from privacy.masking import mask_value
from privacy.spans import mask_spans, resolve_overlaps
from privacy.tabular import FORMATS, TableData, read_table, write_table

CELL_CACHE = 65536


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


@dataclass
class TableScreen:
    """A screened table: profiles, findings and lazily re-remediated rows (memory stays flat)."""

    header: list[str]
    findings: list[Finding]
    columns: list[ColumnProfile]
    row_count: int
    encoding: str | None
    format: str
    _source: TableData | None = field(default=None, repr=False)
    _screener: Screener | None = field(default=None, repr=False)

    @property
    def decision(self) -> str:
        """Publish, review (a finding needs review) or block (a policy blocked something)."""
        return decide(self.findings)

    def iter_rows(self) -> Iterator[list[str]]:
        """Re-read the source and yield remediated rows one by one."""
        if self._source is None or self._screener is None:
            return iter(())
        collector = FindingCollector(self._screener.review_threshold)
        return self._screener._remediate(self._source, self.columns, collector)

    @cached_property
    def rows(self) -> list[list[str]]:
        """All remediated rows as a list (convenience for small tables; prefer iter_rows())."""
        return list(self.iter_rows())

    def to_dict(self) -> dict:
        """JSON-able summary: header, profiles, findings and decision; never a cell value."""
        return {
            "format": self.format,
            "encoding": self.encoding,
            "row_count": self.row_count,
            "header": list(self.header),
            "decision": self.decision,
            "columns": [c.to_dict() for c in self.columns],
            "findings": [f.to_dict() for f in self.findings],
        }


class Screener:
    """Finds personal information in metadata text and tables and masks it."""

    def __init__(self, analyzer: AnalyzerEngine | None = None, *, review_threshold: float = 0.85,
                 min_score: float = 0.4) -> None:
        self._analyzer = analyzer
        self.review_threshold = review_threshold
        self.min_score = min_score

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

    # ------------------------------------------------------------ text

    def analyze_text(self, text: str, language: str = "zh") -> list[RecognizerResult]:
        """Non-overlapping results of the full analyzer (with context enhancement)."""
        results = self.analyzer.analyze(text=text, language=language,
                                        score_threshold=self.min_score)
        return resolve_overlaps(results)

    def screen_text(self, text: str, *, field: str = "text", language: str = "zh") -> TextScreen:
        """Screen free text (e.g. a dataset description) with the full analyzer."""
        if not text or not text.strip():
            return TextScreen(text, [])
        results = self.analyze_text(text, language)
        collector = FindingCollector(self.review_threshold)
        for result in results:
            collector.add(field, result.entity_type, "text", 0, result.start, result.end,
                          result.score)
        return TextScreen(mask_spans(text, results), collector.findings())

    # ------------------------------------------------------------ tables

    def screen_header(self, header: list[str],
                      collector: FindingCollector | None = None) -> list[str]:
        """The header with personal values masked (findings recorded as row-0 cells)."""
        # The header with any personal value masked (a file without a header row has data
        # there); findings go to collector as row 0 cells.
        masked = []
        for name in header:
            results = self.scanner.scan(name) if name else []
            new = mask_spans(name, results) if results else name
            masked.append(new)
            for r in results if collector is not None else ():
                collector.add(new, r.entity_type, "cell", 0, r.start, r.end, r.score)
        return masked

    def profile_table(self, table: TableData,
                      header: list[str] | None = None) -> tuple[list[ColumnProfile], int]:
        """Pass 1: profile every column from its header and every cell; count rows."""
        classifiers = self.scanner.classifiers()
        names = header or table.header
        profilers = [ColumnProfiler(name, classifiers, source_header=raw)
                     for name, raw in zip(names, table.header, strict=True)]
        rows = 0
        for row in table.rows():
            rows += 1
            while len(row) > len(profilers):  # cells beyond the header: screened as columns too
                profilers.append(ColumnProfiler(f"column{len(profilers) + 1}", classifiers,
                                                source_header=""))
            for profiler, cell in zip(profilers, row, strict=False):
                if cell:
                    profiler.add(cell)
        return [p.profile() for p in profilers], rows

    def screen_table(self, table: TableData) -> TableScreen:
        """Profile (pass 1) then detect and remediate every cell (pass 2) to collect findings."""
        collector = FindingCollector(self.review_threshold)
        header = self.screen_header(table.header, collector)
        columns, row_count = self.profile_table(table, header)
        header += [c.name for c in columns[len(header):]]
        for _ in self._remediate(table, columns, collector):
            pass
        return self._result(table, header, columns, row_count, collector)

    def screen_file(self, path: str | os.PathLike, output: str | os.PathLike | None = None, *,
                    format: str | None = None, encoding: str | None = None) -> TableScreen:
        """Read, screen and (when output is given) atomically write the remediated table."""
        table = read_table(path, format=format, encoding=encoding)
        collector = FindingCollector(self.review_threshold)
        header = self.screen_header(table.header, collector)
        columns, row_count = self.profile_table(table, header)
        header += [c.name for c in columns[len(header):]]
        rows = self._remediate(table, columns, collector)
        if output is None:
            for _ in rows:
                pass
        else:
            out_format = FORMATS.get(Path(output).suffix.lower(), table.format)
            _write_atomically(Path(output), header, rows, out_format)
        return self._result(table, header, columns, row_count, collector)

    def _result(self, table, header, columns, row_count, collector) -> TableScreen:
        """Assemble a TableScreen (findings in column order, whole-column ones first)."""
        order = {}
        for index, column in enumerate(columns):
            order.setdefault(column.name, index)
        findings = sorted(collector.findings(),
                          key=lambda f: (order.get(f.field, len(columns)), f.scope != "column"))
        return TableScreen(
            header=list(header), findings=findings, columns=columns,
            row_count=row_count, encoding=table.encoding, format=table.format,
            _source=table, _screener=self,
        )

    def _remediate(self, table: TableData, columns: list[ColumnProfile],
                   collector: FindingCollector) -> Iterator[list[str]]:
        """Pass 2: yield remediated rows, recording findings into collector."""
        scan = lru_cache(maxsize=CELL_CACHE)(self.scanner.scan)
        whole = [(i, c.entity) for i, c in enumerate(columns) if c.entity]
        free = [(i, c.name) for i, c in enumerate(columns) if not c.entity]
        counts = [0] * len(columns)
        offsets: list[list[tuple[int, int, int]]] = [[] for _ in columns]
        width = len(columns)
        for row_number, row in enumerate(table.rows(), start=1):
            if len(row) != width:
                row = (row + [""] * width)[:width]
            out = list(row)
            for index, entity in whole:
                cell = row[index]
                if cell.strip():
                    out[index] = mask_value(entity, cell)
                    counts[index] += 1
                    if len(offsets[index]) < MAX_OFFSETS:
                        offsets[index].append((row_number, 0, len(cell)))
            for index, name in free:
                cell = row[index]
                if not cell:
                    continue
                results = scan(cell)
                if results:
                    out[index] = mask_spans(cell, results)
                    for r in results:
                        collector.add(name, r.entity_type, "cell", row_number, r.start, r.end,
                                      r.score)
            yield out
        for index, entity in whole:
            column = columns[index]
            collector.add_many(column.name, entity, "column", counts[index], offsets[index],
                               column.confidence)
            if column.note:
                collector.set_note(column.name, entity, "column", column.note)


def _write_atomically(path: Path, header: list[str], rows, fmt: str) -> None:
    """Write to a temporary file next to path, then rename it into place."""
    handle, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=path.suffix or ".tmp",
                                   dir=path.parent)
    os.close(handle)
    try:
        write_table(tmp, header, rows, fmt)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
