"""The embedded index's documents as columns in memory (NumPy), one copy per process: facet
counts, filters, sorting and paging over all matches without a join in SQLite.

SQLite FTS5 still finds which documents match a query's words; these columns do the rest.
They follow the index file through its change log (the `changes` table: every document
written or removed) and its generation (bumped when the whole index is replaced), read in the
same transaction as the search, so they are never behind what the search sees.
"""

from __future__ import annotations

import bisect
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from catalog.search.model import FACET_FIELDS, MAX_FACET_VALUES, FacetValue


@dataclass(frozen=True)
class Position:
    """Where the index file is: its generation and its newest and oldest logged changes."""

    generation: int
    newest: int
    oldest: int

    @classmethod
    def read(cls, conn: sqlite3.Connection) -> Position:
        generation, newest, oldest = conn.execute(
            "SELECT (SELECT value FROM state WHERE key = 'generation'),"
            " (SELECT max(seq) FROM changes), (SELECT min(seq) FROM changes)").fetchone()
        return cls(int(generation), int(newest or 0), int(oldest or 0))


class _Field:
    """One facet field: its values as codes, and (document, code) pairs in document order
    (documents' rowids only grow, so new pairs go at the end)."""

    def __init__(self) -> None:
        self.codes: dict[str, int] = {}
        self.values: list[str] = []
        self.docs = np.zeros(0, dtype=np.int64)
        self.pair_codes = np.zeros(0, dtype=np.int32)
        self._new_docs: list[int] = []
        self._new_codes: list[int] = []
        self._order: np.ndarray | None = None  # each code's place among the sorted values
        self.start = np.zeros(1, dtype=np.int64)

    def add(self, doc: int, value: str) -> None:
        code = self.codes.get(value)
        if code is None:
            code = self.codes[value] = len(self.values)
            self.values.append(value)
            self._order = None
        self._new_docs.append(doc)
        self._new_codes.append(code)

    def settle(self, size: int, alive: np.ndarray | None = None) -> None:
        """Take in the pairs added; with alive, drop the pairs of removed documents. size:
        the columns' length (rowids below it)."""
        if self._new_docs:
            order = np.argsort(np.array(self._new_docs, dtype=np.int64), kind="stable")
            self.docs = np.concatenate(
                [self.docs, np.array(self._new_docs, dtype=np.int64)[order]])
            self.pair_codes = np.concatenate(
                [self.pair_codes, np.array(self._new_codes, dtype=np.int32)[order]])
            self._new_docs, self._new_codes = [], []
        if alive is not None and len(self.docs):
            keep = alive[self.docs]
            self.docs, self.pair_codes = self.docs[keep], self.pair_codes[keep]
        # where each document's pairs start (its pairs: start[doc] to start[doc + 1])
        self.start = np.zeros(size + 1, dtype=np.int64)
        np.cumsum(np.bincount(self.docs, minlength=size), out=self.start[1:])

    def value_order(self) -> np.ndarray:
        if self._order is None or len(self._order) != len(self.values):
            order = np.empty(len(self.values), dtype=np.int64)
            order[np.array(sorted(range(len(self.values)), key=self.values.__getitem__),
                           dtype=np.int64)] = np.arange(len(self.values))
            self._order = order
        return self._order

    def having(self, wanted: Sequence[str], size: int) -> np.ndarray:
        """A mask of the documents that have any of the wanted values."""
        codes = [self.codes[value] for value in wanted if value in self.codes]
        mask = np.zeros(size, dtype=bool)
        if codes:
            mask[self.docs[np.isin(self.pair_codes, codes)]] = True
        return mask

    def counts(self, hits: np.ndarray, rowids: np.ndarray) -> list[FacetValue]:
        """The most frequent values among the documents of the mask hits (rowids: its
        documents, in order), then by value."""
        if not len(self.docs):
            return []
        if len(rowids) * 2 < len(self.docs):  # few hits: their own pairs
            start = self.start[rowids]
            lengths = self.start[rowids + 1] - start
            total = int(lengths.sum())
            if not total:
                return []
            ends = np.cumsum(lengths)
            picks = np.arange(total) + np.repeat(start - (ends - lengths), lengths)
            codes = self.pair_codes[picks]
        else:
            codes = self.pair_codes[hits[self.docs]]
        counts = np.bincount(codes, minlength=len(self.values))
        present = np.flatnonzero(counts)
        if not len(present):
            return []
        ranked = present[np.lexsort((self.value_order()[present], -counts[present]))]
        return [FacetValue(self.values[code], int(counts[code]))
                for code in ranked[:MAX_FACET_VALUES]]


class Columns:
    """Every document of one generation of the index file, up to one logged change."""

    def __init__(self, conn: sqlite3.Connection, position: Position) -> None:
        """Load every document the connection's transaction sees (at position)."""
        self.generation = position.generation
        self.seq = position.newest
        size = (conn.execute("SELECT max(rowid) FROM documents").fetchone()[0] or 0) + 1
        self.alive = np.zeros(size, dtype=bool)
        self.ids: list[str | None] = [None] * size
        self.names: list[str] = [""] * size
        self.titles: list[tuple[str, str]] = [("", "")] * size
        self.modified: list[str] = [""] * size
        self.fields = {name: _Field() for name in FACET_FIELDS}
        # each sort's documents in order, and each document's place in it (made when first
        # asked for; kept in step with few changes, made again after many)
        self._sequences: dict[str, list[int]] = {}
        self._orders: dict[str, np.ndarray] = {}
        self._modified_sorted: tuple[list[str], np.ndarray] | None = None
        self._dead = 0
        self._load(conn, None)

    # -- following the index ---------------------------------------------------------------

    def follow(self, conn: sqlite3.Connection, position: Position) -> None:
        """Apply the changes logged after this copy's, up to position (same generation, and
        the log still holds them: see needs_reload)."""
        if position.newest <= self.seq:
            return
        touched = sorted({doc for (doc,) in conn.execute(
            "SELECT doc FROM changes WHERE seq > ? AND seq <= ?", (self.seq, position.newest))})
        self.seq = position.newest
        if not touched:
            return
        removed = 0
        for doc in touched:
            if doc < len(self.alive) and self.alive[doc]:
                self.alive[doc] = False
                self.ids[doc] = None
                self._dead += 1
                removed += 1
        self._load(conn, touched)
        added = [doc for doc in touched if doc < len(self.alive) and self.alive[doc]]
        self._modified_sorted = None
        if (len(added) + removed) * 20 > len(self.ids):  # many: made again when asked for
            self._orders.clear()
            self._sequences.clear()
            return
        for sort, sequence in self._sequences.items():  # few: put in their places
            if removed:
                sequence[:] = [doc for doc in sequence if self.alive[doc]]
            for doc in added:
                _insert(sequence, doc, self._before(sort))
            self._orders[sort] = self._ranks(sequence)

    def needs_reload(self, position: Position) -> bool:
        """Whether position is of another generation, or beyond what the log still holds."""
        return position.generation != self.generation or (
            position.newest > self.seq and position.oldest > self.seq + 1)

    def _load(self, conn: sqlite3.Connection, docs: list[int] | None) -> None:
        """Read the documents (all, or those of the rowids docs that still exist)."""
        where, params = "", []
        if docs is not None:
            where = f" WHERE rowid IN ({','.join('?' * len(docs))})"
            params = docs
        rows = conn.execute(
            f"SELECT rowid, id, name, title_key, title, modified_key FROM documents{where}",
            params).fetchall()
        if rows:
            self._grow(max(row[0] for row in rows) + 1)
        for rowid, doc_id, name, title_key, title, modified in rows:
            self.alive[rowid] = True
            self.ids[rowid] = doc_id
            self.names[rowid] = name
            self.titles[rowid] = (title_key, title)
            self.modified[rowid] = modified
        facet_where = where.replace("rowid", "doc")
        for doc, name, value in conn.execute(
                f"SELECT doc, field, value FROM facets{facet_where}", params):
            found = self.fields.get(name)
            if found is not None:
                found.add(doc, value)
        compact = self._dead > max(1000, int(self.alive.sum()))
        for found in self.fields.values():
            found.settle(len(self.alive), self.alive if compact else None)
        if compact:
            self._dead = 0

    def _grow(self, size: int) -> None:
        if size <= len(self.alive):
            return
        size = max(size, len(self.alive) * 5 // 4)
        extra = size - len(self.alive)
        self.alive = np.concatenate([self.alive, np.zeros(extra, dtype=bool)])
        self.ids.extend([None] * extra)
        self.names.extend([""] * extra)
        self.titles.extend([("", "")] * extra)
        self.modified.extend([""] * extra)

    # -- searching -------------------------------------------------------------------------

    def mask(self, rowids: np.ndarray | None) -> np.ndarray:
        """The live documents among rowids (None: every live document)."""
        if rowids is None:
            return self.alive.copy()
        mask = np.zeros(len(self.alive), dtype=bool)
        rowids = rowids[rowids < len(self.alive)]
        mask[rowids] = True
        return mask & self.alive

    def having(self, name: str, values: Sequence[str]) -> np.ndarray:
        return self.fields[name].having(values, len(self.alive))

    def modified_between(self, since: str | None, until: str | None) -> np.ndarray:
        """A mask of the documents whose modified key lies in [since, until]."""
        keys, order = self._modified_order()
        low = 0 if since is None else bisect.bisect_left(keys, since)
        high = len(keys) if until is None else bisect.bisect_right(keys, until)
        mask = np.zeros(len(self.alive), dtype=bool)
        mask[order[low:high]] = True
        return mask

    def facets(self, hits: np.ndarray) -> dict[str, list[FacetValue]]:
        rowids = np.flatnonzero(hits)
        return {name: found.counts(hits, rowids) for name, found in self.fields.items()}

    def page(self, hits: np.ndarray, sort: str, offset: int, limit: int,
             scores: np.ndarray | None = None) -> list[str]:
        """The ids of the page [offset, offset + limit) of the hits in the sort's order
        (relevance: by scores, each document's bm25 at its rowid; lower is better)."""
        rowids = np.flatnonzero(hits)
        if offset >= len(rowids):
            return []
        if sort == "relevance":
            assert scores is not None
            order = np.lexsort((self._order("modified")[rowids], scores[rowids]))
        else:
            ranks = self._order(sort)[rowids]
            end = offset + limit
            if end < len(rowids):  # only the first end need sorting
                top = np.argpartition(ranks, end - 1)[:end]
                order = top[np.argsort(ranks[top], kind="stable")]
            else:
                order = np.argsort(ranks, kind="stable")
        return [self.ids[r] for r in rowids[order[offset:offset + limit]].tolist()]  # type: ignore[misc]

    def _order(self, sort: str) -> np.ndarray:
        """Each document's place in the sort's order (ties broken by id, as the contract
        says)."""
        found = self._orders.get(sort)
        if found is not None:
            return found
        live = np.flatnonzero(self.alive).tolist()
        live.sort(key=self.ids.__getitem__)  # type: ignore[arg-type]
        if sort == "modified":
            live.sort(key=self.modified.__getitem__, reverse=True)
        elif sort == "modified_asc":
            live.sort(key=self.modified.__getitem__)
        elif sort in ("title", "title_desc"):
            live.sort(key=self.titles.__getitem__, reverse=sort == "title_desc")
        elif sort in ("name", "name_desc"):
            live.sort(key=self.names.__getitem__, reverse=sort == "name_desc")
        else:
            raise ValueError(f"unknown sort {sort!r}")
        self._sequences[sort] = live
        ranks = self._orders[sort] = self._ranks(live)
        return ranks

    def _ranks(self, sequence: list[int]) -> np.ndarray:
        ranks = np.zeros(len(self.alive), dtype=np.int64)
        ranks[np.array(sequence, dtype=np.int64)] = np.arange(len(sequence))
        return ranks

    def _before(self, sort: str) -> Callable[[int, int], bool]:
        """Whether document a comes before document b in the sort's order."""
        column: list[Any] = {"modified": self.modified, "modified_asc": self.modified,
                             "title": self.titles, "title_desc": self.titles,
                             "name": self.names, "name_desc": self.names}[sort]
        descending = sort in ("modified", "title_desc", "name_desc")
        ids = self.ids

        def before(a: int, b: int) -> bool:
            first, second = column[a], column[b]
            if first != second:
                return first > second if descending else first < second
            return ids[a] < ids[b]  # type: ignore[operator]

        return before

    def _modified_order(self) -> tuple[list[str], np.ndarray]:
        if self._modified_sorted is None:
            live = np.flatnonzero(self.alive).tolist()
            live.sort(key=self.modified.__getitem__)
            self._modified_sorted = ([self.modified[r] for r in live],
                                     np.array(live, dtype=np.int64))
        return self._modified_sorted


def _insert(sequence: list[int], doc: int, before: Callable[[int, int], bool]) -> None:
    """Put doc into the ordered sequence (binary search)."""
    low, high = 0, len(sequence)
    while low < high:
        middle = (low + high) // 2
        if before(sequence[middle], doc):
            low = middle + 1
        else:
            high = middle
    sequence.insert(low, doc)


def empty_facets() -> dict[str, list[FacetValue]]:
    """A facet mapping with every facet field and no values."""
    return {name: [] for name in FACET_FIELDS}


def as_rowids(values: Iterable[int]) -> np.ndarray:
    return np.fromiter(values, dtype=np.int64)
