"""The Elasticsearch index of govcat: its settings and mappings, and a document's form in it.

Chinese is analysed without any plugin: govcat segments text with jieba before sending it
(catalog/search/segment.py), and the cluster splits that text on whitespace only. For recall
where jieba's words and the query's differ, each text field also goes unsegmented into
`cjk.<field>`, analysed by Elasticsearch's built-in `cjk` analyzer (overlapping bigrams). It is
not a sub-field of the segmented one: the spaces jieba put in would stop every bigram at a
word boundary, and 碳中和 would never be found in 碳达峰碳中和行动方案 (segmented 碳达峰 碳 中 和).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from catalog.search.model import FACET_FIELDS, SearchDocument, modified_key
from catalog.search.pinyin import title_syllables
from catalog.search.schema import FTS_COLUMNS, FTS_WEIGHTS, PINYIN_COLUMN
from catalog.search.segment import segment

# Kept in the mapping's _meta; an index made by an older govcat asks for `govcat reindex`.
# 2: title_en and title_pinyin.
MAPPING_VERSION = 2

WORDS_ANALYZER = "govcat_words"
BIGRAMS = "cjk"  # the object holding the unsegmented text fields, and their analyzer
# Field -> boost of a whole-word match: the embedded index's bm25 column weights.
TEXT_FIELDS: dict[str, float] = dict(zip(FTS_COLUMNS, FTS_WEIGHTS, strict=True))
# The fields that also go unsegmented into cjk.<field> (pinyin is Latin letters already).
BIGRAM_FIELDS = tuple(name for name in TEXT_FIELDS if name != PINYIN_COLUMN)
# A bigram match counts this share of a whole-word match in the same field.
BIGRAM_BOOST = 0.2
# Longest kept keyword in characters: a longer one (a runaway title) would otherwise be over
# Lucene's term limit and refuse its whole document.
MAX_KEYWORD_CHARS = 2048
_TITLE_KEY_CHARS = 512  # titles sort by their first 512 characters

_KEYWORD = {"type": "keyword", "ignore_above": MAX_KEYWORD_CHARS}
_WORDS = {"type": "text", "analyzer": WORDS_ANALYZER}
_BIGRAMS = {"type": "text", "analyzer": BIGRAMS}


def index_body() -> dict[str, Any]:
    """Settings and mappings of a new index (without aliases)."""
    return {
        "settings": {
            # One shard: a catalog fits in one, and facet counts and scores stay exact.
            "number_of_shards": 1,
            "analysis": {
                "analyzer": {
                    WORDS_ANALYZER: {
                        "type": "custom",
                        "tokenizer": "whitespace",
                        # porter_stem as the embedded index's porter tokenizer: populations
                        # finds population
                        "filter": ["lowercase", "porter_stem"],
                    }
                }
            },
        },
        "mappings": {
            "dynamic": "strict",
            "_meta": {"govcat_mapping": MAPPING_VERSION},
            "properties": {
                "id": {"type": "keyword"},
                "name": {"type": "keyword"},
                "revision": {"type": "long"},
                **{name: _WORDS for name in TEXT_FIELDS},
                BIGRAMS: {"properties": {name: _BIGRAMS for name in BIGRAM_FIELDS}},
                "title_key": _KEYWORD,
                "title_exact": _KEYWORD,
                "modified": {"type": "date", "ignore_malformed": True},
                "facets": {"properties": {name: _KEYWORD for name in FACET_FIELDS}},
            },
        },
    }


def source(doc: SearchDocument) -> dict[str, Any]:
    """The JSON stored for a document: its text segmented and whole, sort keys and facets."""
    if not isinstance(doc.id, str) or not doc.id:
        raise ValueError("SearchDocument.id must be a non-empty string")
    texts = {
        "title": doc.title,
        "title_en": doc.title_en,
        "keywords": " ".join(doc.keywords),
        "description": doc.description,
        "publisher_name": doc.publisher_name,
        "extra_text": doc.extra_text,
    }
    words = {name: segment(text) for name, text in texts.items()}
    words[PINYIN_COLUMN] = title_syllables(doc.title)
    body: dict[str, Any] = {
        "id": doc.id,
        "name": doc.name,
        "revision": int(doc.revision),
        **{name: words[name] for name in TEXT_FIELDS if words[name]},
        BIGRAMS: {name: texts[name] for name in BIGRAM_FIELDS if texts[name].strip()},
        "title_key": doc.title.casefold()[:_TITLE_KEY_CHARS],
        "title_exact": doc.title[:_TITLE_KEY_CHARS],
        "facets": {name: list(values) for name, values in doc.facet_values().items() if values},
    }
    modified = sortable_date(doc.modified)
    if modified is not None:
        body["modified"] = modified
    return body


def sortable_date(text: str) -> str | None:
    """The date as the embedded index keys it (UTC, no offset), None when it is no date."""
    key = modified_key(text)
    try:
        datetime.fromisoformat(key)
    except ValueError:
        return None
    return key
