"""The SQLite schema of the embedded search index and how a document maps onto it."""

from __future__ import annotations

from typing import NamedTuple

from catalog.search.model import SearchDocument, modified_key
from catalog.search.pinyin import title_syllables
from catalog.search.segment import inner_words, segment

# 2: the license facet, sorts by name. 3: the English title and the title's pinyin as columns
# of their own. 4: a change log (changes) and a generation (state) that each process's
# in-memory columns follow (catalog/search/columns.py); documents' rowids are never reused.
# An index of an older version is dropped and made again empty when opened: the app's index
# repair (and `govcat reindex`) fills it again from the store.
SCHEMA_VERSION = 5

# bm25 weights, in the column order of documents_fts. An English title is a title; a pinyin
# match is one too, but less certain (syllables are ambiguous: ren is 人 and 任).
FTS_COLUMNS = ("title", "title_en", "title_pinyin", "keywords", "description", "publisher_name",
               "extra_text")
FTS_WEIGHTS = (10.0, 10.0, 6.0, 5.0, 2.0, 1.5, 0.5)
PINYIN_COLUMN = "title_pinyin"
# The embedded index's column of the dictionary words inside the words of a title, keywords,
# description and extra text (人口 of 老年人口: segment.inner_words), weighted below them all.
INNER_COLUMN = "inner_words"
INNER_WEIGHT = 0.2
INDEX_COLUMNS = (*FTS_COLUMNS, INNER_COLUMN)  # documents_fts's columns, in order
INDEX_WEIGHTS = (*FTS_WEIGHTS, INNER_WEIGHT)

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    rowid INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    revision INTEGER NOT NULL,
    title TEXT NOT NULL,
    title_key TEXT NOT NULL,
    modified_key TEXT NOT NULL
);
CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(
    title, title_en, title_pinyin, keywords, description, publisher_name, extra_text,
    inner_words,
    tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TABLE IF NOT EXISTS facets (
    doc INTEGER NOT NULL,
    field TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (doc, field, value)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS changes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    doc INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS state (
    key TEXT PRIMARY KEY,
    value INTEGER NOT NULL
) WITHOUT ROWID;
INSERT OR IGNORE INTO state (key, value) VALUES ('generation', 1);
CREATE INDEX IF NOT EXISTS documents_by_name ON documents (name, id);
"""
# What an index of an older version loses when opened (its documents lack newer fields, its
# tables older columns), run before SCHEMA
OUTDATED = """
DROP TABLE IF EXISTS documents; DROP TABLE IF EXISTS documents_fts; DROP TABLE IF EXISTS facets;
DROP TABLE IF EXISTS changes; DROP TABLE IF EXISTS state;
"""
# How many changes the log keeps: a process whose columns are further behind loads them anew
CHANGES_KEPT = 100_000


class Rows(NamedTuple):
    """A document prepared for storage: its documents row, segmented FTS text and facet pairs."""

    document: tuple[str, str, int, str, str, str]
    fts: tuple[str, ...]
    facets: tuple[tuple[str, str], ...]


class Unsegmented(NamedTuple):
    """A document prepared for storage but for its text's segmentation (the costly part)."""

    document: tuple[str, str, int, str, str, str]
    texts: tuple[str, ...]  # what segment_texts makes the FTS columns of
    facets: tuple[tuple[str, str], ...]

    def segmented(self, fts: tuple[str, ...] | None = None) -> Rows:
        """The rows, with the FTS columns given (segment_texts of texts, made elsewhere)."""
        return Rows(self.document, segment_texts(self.texts) if fts is None else fts,
                    self.facets)


def prepare(doc: SearchDocument) -> Rows:
    """Segment and normalise a document into the rows stored for it."""
    return unsegmented(doc).segmented()


def unsegmented(doc: SearchDocument) -> Unsegmented:
    """A document's rows but for the segmentation of its text."""
    if not isinstance(doc.id, str) or not doc.id:
        raise ValueError("SearchDocument.id must be a non-empty string")
    document = (
        doc.id,
        doc.name,
        int(doc.revision),
        doc.title,
        doc.title.casefold(),
        modified_key(doc.modified),
    )
    texts = (doc.title, doc.title_en, " ".join(doc.keywords), doc.description,
             doc.publisher_name, doc.extra_text)
    facets = tuple((name, value) for name, values in doc.facet_values().items() for value in values)
    return Unsegmented(document, texts, facets)


def segment_texts(texts: tuple[str, ...]) -> tuple[str, ...]:
    """The FTS columns (INDEX_COLUMNS' order) of a document's texts (Unsegmented.texts)."""
    title, title_en, keywords, description, publisher_name, extra_text = texts
    inner = (inner_words(text) for text in (title, keywords, description, extra_text))
    return (
        segment(title),
        segment(title_en),
        title_syllables(title),
        segment(keywords),
        segment(description),
        segment(publisher_name),
        segment(extra_text),
        " ".join(filter(None, inner)),
    )


def segment_all(chunk: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """segment_texts of each (what a worker process of a rebuild does with a chunk: plain
    tuples of strings, the cheapest to send between processes)."""
    return [segment_texts(texts) for texts in chunk]
