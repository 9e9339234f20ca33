"""The embedded search backend: SQLite FTS5 with jieba segmentation, in its own file."""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
import threading
from collections import OrderedDict, deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import chain, islice
from pathlib import Path

import numpy as np

from catalog.search.columns import Columns, Position, empty_facets
from catalog.search.fts_query import match_expression
from catalog.search.model import SearchDocument, SearchQuery, SearchResult
from catalog.search.pinyin import warm_pinyin
from catalog.search.schema import (
    CHANGES_KEPT,
    INDEX_COLUMNS,
    INDEX_WEIGHTS,
    OUTDATED,
    SCHEMA,
    SCHEMA_VERSION,
    Rows,
    prepare,
    segment_all,
    unsegmented,
)
from catalog.search.segment import warm_segmenter
from catalog.search.synonyms import Synonyms

BUSY_TIMEOUT_SECONDS = 60.0
CACHE_KIB = 64 * 1024  # SQLite's page cache per connection (64 MiB): the FTS index stays warm
# A rebuild of at least this many documents segments them in worker processes (jieba costs
# ~4 µs a character), CHUNK documents at a time
PARALLEL_MIN_DOCUMENTS = 2000
CHUNK = 250
_SEARCH_ATTEMPTS = 3
MATCH_CACHE_SIZE = 256  # FTS matches a process remembers while the index does not change


class EmbeddedSearch:
    """SQLite FTS5 search index in one file; safe to share between threads and processes.

    FTS5 finds the documents a query's words match; the rest of a search (filters, facet
    counts, sorting, paging) runs over the index's columns in memory (catalog.search.columns),
    one copy per process, following the file's change log. Each thread keeps its own
    connection (with its page cache): open an instance in the process that uses it, never
    before a fork.
    """

    def __init__(self, path: Path, synonyms: Synonyms | None = None) -> None:
        """Remember where the index lives (the file is created on first use), and which
        terms a query treats as the same."""
        self.path = Path(path)
        self.synonyms = synonyms
        self._init_lock = threading.Lock()
        self._ready = False
        self._local = threading.local()
        self._opened: list[sqlite3.Connection] = []  # every thread's, for close()
        self._columns: Columns | None = None
        self._columns_lock = threading.Lock()
        self._match_cache: OrderedDict[tuple[str, bool], tuple[np.ndarray, np.ndarray | None]] \
            = OrderedDict()
        self._matches_at: Position | None = None

    def __repr__(self) -> str:
        """Show the index file."""
        return f"EmbeddedSearch({str(self.path)!r})"

    # -- writing -----------------------------------------------------------------------------

    def index(self, doc: SearchDocument) -> None:
        """Insert the document, replacing any indexed document with the same id."""
        rows = prepare(doc)
        with self._write() as conn:
            _store(conn, rows)
            _trim_log(conn)

    def delete(self, dataset_id: str) -> None:
        """Remove the dataset from the index; unknown ids are ignored."""
        with self._write() as conn:
            _remove(conn, dataset_id)
            _trim_log(conn)

    def update(self, docs: Iterable[SearchDocument], deleted: Iterable[str] = ()) -> None:
        """Index docs and remove the datasets of deleted in one transaction."""
        rows = [prepare(doc) for doc in docs]  # segmented before the write lock is taken
        gone = list(deleted)
        if not rows and not gone:
            return
        with self._write() as conn:
            for prepared in rows:
                _store(conn, prepared)
            for dataset_id in gone:
                _remove(conn, dataset_id)
            _trim_log(conn)

    def warm(self) -> None:
        """Load jieba's dictionary and pypinyin's (a second, once per process)."""
        warm_segmenter()
        warm_pinyin()

    def rebuild(self, docs: Iterable[SearchDocument]) -> int:
        """Replace the whole index in one transaction (readers see old or new); return the count.

        A large rebuild segments its documents in worker processes, forked before the write
        transaction begins."""
        with _prepared(docs) as prepared, self._write() as conn:
            _remove_all(conn)
            batch: list[Rows] = []
            count = 0
            for rows in prepared:
                batch.append(rows)
                if len(batch) >= CHUNK:
                    count = _insert_new(conn, batch, count)
                    batch = []
            _insert_new(conn, batch, count)
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]

    def clear(self) -> None:
        """Remove every document from the index."""
        with self._write() as conn:
            _remove_all(conn)

    def close(self) -> None:
        """Close the threads' connections and forget the columns (used again, it reopens)."""
        with self._init_lock:
            opened, self._opened = self._opened, []
            self._local = threading.local()
        for conn in opened:
            conn.close()
        with self._columns_lock:
            self._columns = None
            self._match_cache.clear()
            self._matches_at = None

    # -- reading -----------------------------------------------------------------------------

    def indexed_revisions(self) -> dict[str, int]:
        """Return dataset id -> indexed revision for every indexed dataset."""
        with self._read() as conn:
            return dict(conn.execute("SELECT id, revision FROM documents"))

    def search(self, query: SearchQuery) -> SearchResult:
        """Return one page of matching dataset ids with the total and facet counts."""
        expression = match_expression(query.q, self.synonyms, query.prefix)
        sort = "modified" if query.sort == "relevance" and expression is None else query.sort
        for attempt in range(_SEARCH_ATTEMPTS):
            with self._read() as conn:
                position = Position.read(conn)
                matched = scores = named = None
                if expression is not None:
                    matched, scores = self._matched(conn, position, expression,
                                                    sort == "relevance")
                if query.names:
                    named = np.fromiter((rowid for (rowid,) in conn.execute(
                        f"SELECT rowid FROM documents WHERE name IN "
                        f"({', '.join('?' for _ in query.names)})", query.names)),
                        dtype=np.int64)
                with self._columns_lock:
                    columns = self._follow(conn, position, last=attempt == _SEARCH_ATTEMPTS - 1)
                    if columns is None:  # this snapshot is older than the columns: again
                        continue
                    return _search(columns, query, sort, matched, scores, named)
        raise AssertionError("unreachable")  # the last attempt always has columns

    def _matched(self, conn: sqlite3.Connection, position: Position, expression: str,
                 ranked: bool) -> tuple[np.ndarray, np.ndarray | None]:
        """_matches, remembered while the index stays at position (any write moves it on):
        searches repeat (popular words, the pages and facets of one search), and bm25 costs
        ~1.5 µs a matching document."""
        key = (expression, ranked)
        with self._columns_lock:
            if self._matches_at != position:
                self._match_cache.clear()
                self._matches_at = position
            found = self._match_cache.get(key)
            if found is not None:
                self._match_cache.move_to_end(key)
                return found
        found = _matches(conn, expression, ranked)
        with self._columns_lock:
            if self._matches_at == position:
                self._match_cache[key] = found
                while len(self._match_cache) > MATCH_CACHE_SIZE:
                    self._match_cache.popitem(last=False)
        return found

    def _follow(self, conn: sqlite3.Connection, position: Position, *, last: bool
                ) -> Columns | None:
        """The columns brought up to position (loaded when there are none, when the index
        was replaced, or when they are too far behind); None when they are of a newer
        generation than the transaction sees (on the last attempt: columns of its own)."""
        columns = self._columns
        if columns is not None and position.generation < columns.generation:
            return Columns(conn, position) if last else None
        if columns is None or columns.needs_reload(position):
            columns = self._columns = Columns(conn, position)
        else:
            columns.follow(conn, position)
        return columns

    # -- connections -------------------------------------------------------------------------

    def _connection(self) -> sqlite3.Connection:
        """This thread's connection (autocommit mode; callers BEGIN explicitly)."""
        self._ensure_schema()
        conn = getattr(self._local, "conn", None)
        if conn is None or getattr(self._local, "pid", None) != os.getpid():
            conn = self._local.conn = self._open()
            self._local.pid = os.getpid()
            with self._init_lock:
                self._opened.append(conn)
        return conn

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """Run a write transaction that takes the write lock up front."""
        conn = self._connection()
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        """Run a read transaction, so all statements of one search see the same snapshot."""
        conn = self._connection()
        conn.execute("BEGIN")
        try:
            yield conn
        finally:
            conn.execute("ROLLBACK")

    def _open(self) -> sqlite3.Connection:
        """Open a raw connection with the busy timeout and per-connection pragmas."""
        conn = sqlite3.connect(
            self.path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None, check_same_thread=False
        )
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        return conn

    def _ensure_schema(self) -> None:
        """Create the file, switch it to WAL and create the tables, once per instance."""
        if self._ready:
            return
        with self._init_lock:
            if self._ready:
                return
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # Owner-only from the start (SQLite gives its -wal and -shm files the same mode).
            os.close(os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600))
            conn = self._open()
            try:
                conn.execute("PRAGMA journal_mode = WAL")
                version = conn.execute("PRAGMA user_version").fetchone()[0]
                if version > SCHEMA_VERSION:
                    raise RuntimeError(
                        f"search index {self.path} has schema version {version}, newer than "
                        f"this govcat supports ({SCHEMA_VERSION}); upgrade govcat, or delete "
                        "the file and run `govcat reindex`"
                    )
                if version < SCHEMA_VERSION:
                    # a file of version 0 is new: it has no tables for OUTDATED to empty
                    outdated = OUTDATED if version else ""
                    script = (f"BEGIN IMMEDIATE;{outdated}{SCHEMA}"
                              f"PRAGMA user_version = {SCHEMA_VERSION};COMMIT;")
                    try:
                        conn.executescript(script)
                    except BaseException:
                        if conn.in_transaction:
                            conn.execute("ROLLBACK")
                        raise
            finally:
                conn.close()
            self._ready = True


def _matches(conn: sqlite3.Connection, expression: str, ranked: bool
             ) -> tuple[np.ndarray, np.ndarray | None]:
    """The rowids the MATCH expression finds, with their bm25 scores when ranked."""
    if not ranked:  # one text of rowids: far cheaper than a Python row each
        (found,) = conn.execute("SELECT group_concat(rowid, ' ') FROM documents_fts "
                                "WHERE documents_fts MATCH ?", (expression,)).fetchone()
        return np.array((found or "").split(), dtype=np.int64), None
    weights = ", ".join(str(weight) for weight in INDEX_WEIGHTS)
    rows = conn.execute(f"SELECT rowid, bm25(documents_fts, {weights}) FROM documents_fts "
                        "WHERE documents_fts MATCH ?", (expression,)).fetchall()
    found = np.array(rows, dtype=np.float64).reshape(-1, 2)
    return found[:, 0].astype(np.int64), found[:, 1]


def _search(columns: Columns, query: SearchQuery, sort: str, matched: np.ndarray | None,
            scores: np.ndarray | None, named: np.ndarray | None) -> SearchResult:
    """The page, total and facets of a query over the columns (matched: what FTS found)."""
    hits = columns.mask(matched)
    for name, values in query.filter_values().items():
        hits &= columns.having(name, values)
    since, until = query.modified_keys()
    if since is not None or until is not None:
        hits &= columns.modified_between(since, until)
    if named is not None:
        hits &= columns.mask(named)
    total = int(np.count_nonzero(hits))
    if not total:
        return SearchResult(ids=[], total=0, facets=empty_facets())
    dense_scores = None
    if scores is not None and matched is not None:
        dense_scores = np.zeros(len(hits), dtype=np.float64)
        inside = matched < len(hits)
        dense_scores[matched[inside]] = scores[inside]
    offset = (query.page - 1) * query.per_page
    ids = columns.page(hits, sort, offset, query.per_page, dense_scores)
    return SearchResult(ids=ids, total=total, facets=columns.facets(hits))


@contextmanager
def _prepared(docs: Iterable[SearchDocument]) -> Iterator[Iterator[Rows]]:
    """The documents prepared (segmented) in order: the first PARALLEL_MIN_DOCUMENTS in this
    process, the text of any further ones in forked worker processes, CHUNK documents a
    task, a bounded number of tasks ahead of the writer (memory stays flat)."""
    source = iter(docs)
    workers = _cpus()
    if workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
        yield (prepare(doc) for doc in source)
        return
    pool = None
    try:
        def prepared() -> Iterator[Rows]:
            nonlocal pool
            for doc in islice(source, PARALLEL_MIN_DOCUMENTS):
                yield prepare(doc)
            first = next(source, None)
            if first is None:
                return
            # forked only now: jieba's dictionary, loaded here, is the workers' too
            pool = multiprocessing.get_context("fork").Pool(workers)
            yield from _in_pool(pool, chain([first], source), workers)

        yield prepared()
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()


def _in_pool(pool, docs: Iterator[SearchDocument], workers: int) -> Iterator[Rows]:
    """Each document's rows but for its text here (the store is read here too), its text
    segmented by the pool."""
    pending: deque = deque()

    def done() -> Iterator[Rows]:
        chunk, task = pending.popleft()
        for parts, fts in zip(chunk, task.get(), strict=True):
            yield parts.segmented(fts)

    while chunk := [unsegmented(doc) for doc in islice(docs, CHUNK)]:
        pending.append((chunk, pool.apply_async(segment_all, ([p.texts for p in chunk],))))
        while len(pending) > 2 * workers:
            yield from done()
    while pending:
        yield from done()


def _cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _store(conn: sqlite3.Connection, rows: Rows) -> None:
    """Write one prepared document, replacing any previous one with the same id; logged."""
    _remove(conn, rows.document[0])
    cursor = conn.execute(
        "INSERT INTO documents (id, name, revision, title, title_key, modified_key)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        rows.document,
    )
    doc = cursor.lastrowid
    conn.execute(
        f"INSERT INTO documents_fts (rowid, {', '.join(INDEX_COLUMNS)})"
        f" VALUES (?{', ?' * len(INDEX_COLUMNS)})",
        (doc, *rows.fts),
    )
    conn.executemany(
        "INSERT INTO facets (doc, field, value) VALUES (?, ?, ?)",
        [(doc, name, value) for name, value in rows.facets],
    )
    conn.execute("INSERT INTO changes (doc) VALUES (?)", (doc,))


def _insert_new(conn: sqlite3.Connection, batch: list[Rows], before: int) -> int:
    """Write documents into an emptied index (rowids before+1…, ids not yet indexed);
    unlogged, as the generation changed. Returns the last rowid."""
    if not batch:
        return before
    rowids = range(before + 1, before + 1 + len(batch))
    conn.executemany(
        "INSERT INTO documents (rowid, id, name, revision, title, title_key, modified_key)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(rowid, *rows.document) for rowid, rows in zip(rowids, batch, strict=True)])
    conn.executemany(
        f"INSERT INTO documents_fts (rowid, {', '.join(INDEX_COLUMNS)})"
        f" VALUES (?{', ?' * len(INDEX_COLUMNS)})",
        [(rowid, *rows.fts) for rowid, rows in zip(rowids, batch, strict=True)])
    conn.executemany(
        "INSERT INTO facets (doc, field, value) VALUES (?, ?, ?)",
        [(rowid, name, value) for rowid, rows in zip(rowids, batch, strict=True)
         for name, value in rows.facets])
    return rowids[-1]


def _remove(conn: sqlite3.Connection, dataset_id: str) -> None:
    """Delete one document and its FTS and facet rows, if indexed; logged."""
    row = conn.execute("SELECT rowid FROM documents WHERE id = ?", (dataset_id,)).fetchone()
    if row is None:
        return
    conn.execute("DELETE FROM documents_fts WHERE rowid = ?", row)
    conn.execute("DELETE FROM facets WHERE doc = ?", row)
    conn.execute("DELETE FROM documents WHERE rowid = ?", row)
    conn.execute("INSERT INTO changes (doc) VALUES (?)", row)


def _trim_log(conn: sqlite3.Connection) -> None:
    """Keep the newest CHANGES_KEPT changes (a process further behind loads anew)."""
    conn.execute("DELETE FROM changes WHERE seq <= (SELECT max(seq) FROM changes) - ?",
                 (CHANGES_KEPT,))


def _remove_all(conn: sqlite3.Connection) -> None:
    """Delete every document: a new generation, whose rowids start again from 1."""
    conn.execute("DELETE FROM documents_fts")
    conn.execute("DELETE FROM facets")
    conn.execute("DELETE FROM documents")
    conn.execute("DELETE FROM changes")
    conn.execute("DELETE FROM sqlite_sequence WHERE name = 'documents'")
    conn.execute("UPDATE state SET value = value + 1 WHERE key = 'generation'")
