"""The embedded search backend: SQLite FTS5 with jieba segmentation, in its own file."""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from catalog.search.fts_query import match_expression
from catalog.search.model import (
    FACET_FIELDS,
    MAX_FACET_VALUES,
    FacetValue,
    SearchDocument,
    SearchQuery,
    SearchResult,
)
from catalog.search.schema import (
    FTS_COLUMNS,
    FTS_WEIGHTS,
    OUTDATED,
    SCHEMA,
    SCHEMA_VERSION,
    Rows,
    prepare,
)
from catalog.search.synonyms import Synonyms

BUSY_TIMEOUT_SECONDS = 60.0

_ORDER_BY = {
    "relevance": "score, modified_key DESC, id",
    "modified": "modified_key DESC, id",
    "modified_asc": "modified_key, id",
    "title": "title_key, title, id",
    "title_desc": "title_key DESC, title DESC, id",
    "name": "name, id",
    "name_desc": "name DESC, id",
}


class EmbeddedSearch:
    """SQLite FTS5 search index in one file; safe to share between threads and processes."""

    def __init__(self, path: Path, synonyms: Synonyms | None = None) -> None:
        """Remember where the index lives (the file is created on first use), and which
        terms a query treats as the same."""
        self.path = Path(path)
        self.synonyms = synonyms
        self._init_lock = threading.Lock()
        self._ready = False

    def __repr__(self) -> str:
        """Show the index file."""
        return f"EmbeddedSearch({str(self.path)!r})"

    # -- writing -----------------------------------------------------------------------------

    def index(self, doc: SearchDocument) -> None:
        """Insert the document, replacing any indexed document with the same id."""
        rows = prepare(doc)
        with self._write() as conn:
            _store(conn, rows)

    def delete(self, dataset_id: str) -> None:
        """Remove the dataset from the index; unknown ids are ignored."""
        with self._write() as conn:
            _remove(conn, dataset_id)

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

    def rebuild(self, docs: Iterable[SearchDocument]) -> int:
        """Replace the whole index in one transaction (readers see old or new); return the count."""
        with self._write() as conn:
            _remove_all(conn)
            for doc in docs:
                _store(conn, prepare(doc))
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]

    def clear(self) -> None:
        """Remove every document from the index."""
        with self._write() as conn:
            _remove_all(conn)

    def close(self) -> None:
        """Nothing to release: every operation opens and closes its own connection."""

    # -- reading -----------------------------------------------------------------------------

    def indexed_revisions(self) -> dict[str, int]:
        """Return dataset id -> indexed revision for every indexed dataset."""
        with self._read() as conn:
            return dict(conn.execute("SELECT id, revision FROM documents"))

    def search(self, query: SearchQuery) -> SearchResult:
        """Return one page of matching dataset ids with the total and facet counts."""
        hits_sql, params, ranked = _hits(query, self.synonyms)
        sort = "modified" if query.sort == "relevance" and not ranked else query.sort
        offset = (query.page - 1) * query.per_page
        with self._read() as conn:
            total = conn.execute(f"{hits_sql} SELECT count(*) FROM hits", params).fetchone()[0]
            ids = [
                row[0]
                for row in conn.execute(
                    f"{hits_sql} SELECT id FROM hits ORDER BY {_ORDER_BY[sort]} LIMIT ? OFFSET ?",
                    [*params, query.per_page, offset],
                )
            ]
            facets = _facets(conn, hits_sql, params) if total else _empty_facets()
        return SearchResult(ids=ids, total=total, facets=facets)

    # -- connections -------------------------------------------------------------------------

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        """Open a connection for one operation (autocommit mode; callers BEGIN explicitly)."""
        self._ensure_schema()
        conn = self._open()
        try:
            yield conn
        finally:
            conn.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """Run a write transaction that takes the write lock up front."""
        with self._connect() as conn:
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
        with self._connect() as conn:
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


def _store(conn: sqlite3.Connection, rows: Rows) -> None:
    """Write one prepared document, replacing any previous one with the same id."""
    _remove(conn, rows.document[0])
    cursor = conn.execute(
        "INSERT INTO documents (id, name, revision, title, title_key, modified_key)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        rows.document,
    )
    doc = cursor.lastrowid
    conn.execute(
        f"INSERT INTO documents_fts (rowid, {', '.join(FTS_COLUMNS)})"
        f" VALUES (?{', ?' * len(FTS_COLUMNS)})",
        (doc, *rows.fts),
    )
    conn.executemany(
        "INSERT INTO facets (doc, field, value) VALUES (?, ?, ?)",
        [(doc, name, value) for name, value in rows.facets],
    )


def _remove(conn: sqlite3.Connection, dataset_id: str) -> None:
    """Delete one document and its FTS and facet rows, if indexed."""
    row = conn.execute("SELECT rowid FROM documents WHERE id = ?", (dataset_id,)).fetchone()
    if row is None:
        return
    conn.execute("DELETE FROM documents_fts WHERE rowid = ?", row)
    conn.execute("DELETE FROM facets WHERE doc = ?", row)
    conn.execute("DELETE FROM documents WHERE rowid = ?", row)


def _remove_all(conn: sqlite3.Connection) -> None:
    """Delete every document."""
    conn.execute("DELETE FROM documents_fts")
    conn.execute("DELETE FROM facets")
    conn.execute("DELETE FROM documents")


def _hits(query: SearchQuery, synonyms: Synonyms | None = None
          ) -> tuple[str, list[object], bool]:
    """Return a `WITH hits AS (...)` clause, its params, and whether hits carry a bm25 score."""
    conditions: list[str] = []
    params: list[object] = []
    expression = match_expression(query.q, synonyms, query.prefix)
    if expression is None:
        columns = "d.rowid AS doc, d.id, d.name, d.title, d.title_key, d.modified_key"
        source = "documents AS d"
    else:
        weights = ", ".join(str(weight) for weight in FTS_WEIGHTS)
        columns = (
            "d.rowid AS doc, d.id, d.name, d.title, d.title_key, d.modified_key,"
            f" bm25(documents_fts, {weights}) AS score"
        )
        source = "documents_fts JOIN documents AS d ON d.rowid = documents_fts.rowid"
        conditions.append("documents_fts MATCH ?")
        params.append(expression)
    for name, values in query.filter_values().items():
        marks = ", ".join("?" for _ in values)
        conditions.append(
            f"d.rowid IN (SELECT doc FROM facets WHERE field = ? AND value IN ({marks}))"
        )
        params.extend([name, *values])
    since, until = query.modified_keys()
    if since is not None:
        conditions.append("d.modified_key >= ?")
        params.append(since)
    if until is not None:
        conditions.append("d.modified_key <= ?")
        params.append(until)
    if query.names:
        conditions.append(f"d.name IN ({', '.join('?' for _ in query.names)})")
        params.extend(query.names)
    where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
    return f"WITH hits AS (SELECT {columns} FROM {source}{where})", params, expression is not None


def _facets(
    conn: sqlite3.Connection, hits_sql: str, params: list[object]
) -> dict[str, list[FacetValue]]:
    """Count facet values over all hits: most frequent first, then by value, capped per field."""
    facets = _empty_facets()
    rows = conn.execute(
        f"""{hits_sql}
        SELECT field, value, n FROM (
            SELECT f.field, f.value, count(*) AS n,
                   row_number() OVER (PARTITION BY f.field ORDER BY count(*) DESC, f.value) AS rk
            FROM facets AS f JOIN hits AS h ON h.doc = f.doc
            GROUP BY f.field, f.value
        ) WHERE rk <= ? ORDER BY field, rk""",
        [*params, MAX_FACET_VALUES],
    )
    for name, value, count in rows:
        if name in facets:
            facets[name].append(FacetValue(value, count))
    return facets


def _empty_facets() -> dict[str, list[FacetValue]]:
    """Return a facet mapping with every facet field and no values."""
    return {name: [] for name in FACET_FIELDS}
