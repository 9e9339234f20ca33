"""Pass 1 of a table screen: every column's profile and sensitive evidence, mergeable by parts."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import islice

from privacy.columns import ColumnProfile, ColumnProfiler
from privacy.sensitive import SensitiveProfiler

ROW_BLOCK = 2048  # rows counted together (bounded memory; each distinct value examined once)


class TableProfiling:
    """The column profilers and sensitive-evidence profilers of one table, fed row by row."""
    # Parts of a table (byte-range chunks screened by worker processes) are profiled by their
    # own TableProfiling and merged in table order; every count is a sum, so the merged result
    # equals one pass over the whole table.

    def __init__(self, names: Sequence[str], source_header: Sequence[str],
                 classifiers: dict[str, object], today: dt.date) -> None:
        self.classifiers = classifiers
        self.today = today
        self.rows = 0
        self.profilers = [ColumnProfiler(name, classifiers, source_header=raw)
                          for name, raw in zip(names, source_header, strict=True)]
        self.sensitive = [SensitiveProfiler(raw, today) for raw in source_header]
        # Values tell nothing more about columns whose header names another entity (a name or
        # phone column), except resident IDs (whose birth dates may be of minors).
        self.feeds: list[SensitiveProfiler | None] = [
            e if p.header_entity in (None, "CN_RESIDENT_ID") or e.kind else None
            for p, e in zip(self.profilers, self.sensitive, strict=True)
        ]

    def add_rows(self, rows: Iterable[list[str]]) -> None:
        """Account for rows, in bounded blocks whose cells are counted by value per column."""
        source = iter(rows)
        while block := list(islice(source, ROW_BLOCK)):
            self.rows += len(block)
            width = len(self.profilers)
            if any(len(row) != width for row in block):
                self._add_ragged(block)
                continue
            columns = zip(*block, strict=True)
            for profiler, evidence, cells in zip(self.profilers, self.feeds, columns,
                                                 strict=True):
                counts = Counter(cells)
                counts.pop("", None)
                if counts:
                    profiler.add_counts(counts)
                    if evidence is not None:
                        evidence.add_counts(counts)

    def _add_ragged(self, block: list[list[str]]) -> None:
        """Rows of unequal widths: cells beyond the header become columns of their own."""
        for row in block:
            while len(row) > len(self.profilers):
                self._add_column()
            for profiler, evidence, cell in zip(self.profilers, self.feeds, row, strict=False):
                if cell:
                    profiler.add(cell)
                    if evidence is not None:
                        evidence.add(cell)

    def _add_column(self) -> None:
        """One more column without a header (columnN)."""
        name = f"column{len(self.profilers) + 1}"
        self.profilers.append(ColumnProfiler(name, self.classifiers, source_header=""))
        self.sensitive.append(SensitiveProfiler("", self.today))
        self.feeds.append(self.sensitive[-1])

    def merge(self, other: TableProfiling) -> None:
        """Add the counts of another part of the same table (profiled after this one)."""
        self.rows += other.rows
        while len(self.profilers) < len(other.profilers):
            self._add_column()
        for mine, theirs in zip(self.profilers, other.profilers, strict=False):
            mine.merge(theirs)
        for mine, theirs in zip(self.sensitive, other.sensitive, strict=False):
            mine.merge(theirs)

    def profiles(self) -> list[ColumnProfile]:
        """Each column's profile after the pass."""
        return [p.profile() for p in self.profilers]

    def known_names(self, profiles: Sequence[ColumnProfile]) -> set[str]:
        """The distinct values of the columns profiled as names."""
        names: set[str] = set()
        for profiler, profile in zip(self.profilers, profiles, strict=True):
            if profile.entity == "PERSON":
                names |= profiler.known_names()
        return names

    def __getstate__(self) -> dict:
        # Sent back from worker processes: the counts, not the recognizers.
        state = self.__dict__.copy()
        state["classifiers"] = {}
        return state
