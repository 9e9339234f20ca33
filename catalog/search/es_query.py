"""SearchQuery to Elasticsearch request and response to SearchResult, as the embedded index
answers: the same matching, filters, facets, sorts and pages."""

from __future__ import annotations

from typing import Any

from catalog.search.es_schema import BIGRAM_BOOST, BIGRAM_FIELDS, BIGRAMS, TEXT_FIELDS
from catalog.search.fts_query import MAX_QUERY_CHARS, MAX_QUERY_WORDS, pinyin_phrases
from catalog.search.model import (
    FACET_FIELDS,
    MAX_FACET_VALUES,
    FacetValue,
    SearchQuery,
    SearchResult,
)
from catalog.search.schema import PINYIN_COLUMN
from catalog.search.segment import query_words
from catalog.search.synonyms import Synonyms, query_groups

_BY_ID = {"id": "asc"}
_NEWEST = {"modified": {"order": "desc", "missing": "_last"}}
# The embedded index's orders: an absent date sorts as the smallest.
SORT_CLAUSES: dict[str, list[Any]] = {
    "relevance": ["_score", _NEWEST, _BY_ID],
    "modified": [_NEWEST, _BY_ID],
    "modified_asc": [{"modified": {"order": "asc", "missing": "_first"}}, _BY_ID],
    "title": [{"title_key": "asc"}, {"title_exact": "asc"}, _BY_ID],
    "title_desc": [{"title_key": "desc"}, {"title_exact": "desc"}, _BY_ID],
    "name": [{"name": "asc"}, _BY_ID],
    "name_desc": [{"name": "desc"}, _BY_ID],
}

WORD_FIELDS = [f"{name}^{boost:g}" for name, boost in TEXT_FIELDS.items()]
BIGRAM_MATCH_FIELDS = [
    f"{BIGRAMS}.{name}^{TEXT_FIELDS[name] * BIGRAM_BOOST:g}" for name in BIGRAM_FIELDS
]


def search_request(query: SearchQuery, synonyms: Synonyms | None = None) -> dict[str, Any]:
    """Keyword arguments of `Elasticsearch.search` for one page of the query."""
    words = query_words(query.q[:MAX_QUERY_CHARS])[:MAX_QUERY_WORDS]
    sort = "modified" if query.sort == "relevance" and not words else query.sort
    last = words.pop() if query.prefix and words else None
    must = [_group_clause(group) for group in query_groups(words, synonyms)]
    if last is not None:  # also the words it starts
        must.append({"bool": {"should": [_word_clause(*last), _prefix_match(last[0])],
                              "minimum_should_match": 1}})
    conditions = {
        "must": must,
        "filter": _filters(query),
    }
    bool_query = {kind: clauses for kind, clauses in conditions.items() if clauses}
    return {
        "query": {"bool": bool_query} if bool_query else {"match_all": {}},
        "sort": SORT_CLAUSES[sort],
        "from_": (query.page - 1) * query.per_page,
        "size": query.per_page,
        "track_total_hits": True,
        "source": False,
        "aggs": {
            name: {
                "terms": {
                    "field": f"facets.{name}",
                    "size": MAX_FACET_VALUES,
                    "order": [{"_count": "desc"}, {"_key": "asc"}],
                }
            }
            for name in FACET_FIELDS
        },
    }


def _group_clause(alternatives: list[list[tuple[str, tuple[str, ...]]]]) -> dict[str, Any]:
    """Any of a group's alternatives (a synonym's), each all of its words."""
    options = [_word_clause(*alternative[0]) if len(alternative) == 1 else
               {"bool": {"must": [_word_clause(word, pieces) for word, pieces in alternative]}}
               for alternative in alternatives]
    if len(options) == 1:
        return options[0]
    return {"bool": {"should": options, "minimum_should_match": 1}}


def _word_clause(word: str, pieces: tuple[str, ...]) -> dict[str, Any]:
    """A query word matches as itself, as all its finer pieces, as all its bigrams, or as
    pinyin syllables in a row in a title."""
    options: list[dict[str, Any]] = [_words_match(word)]
    if pieces:
        options.append({"bool": {"must": [_words_match(piece) for piece in pieces]}})
    options.append(_multi_match(word, BIGRAM_MATCH_FIELDS))
    options.extend(
        {"match_phrase": {PINYIN_COLUMN: {"query": " ".join(syllables),
                                          "boost": TEXT_FIELDS[PINYIN_COLUMN]}}}
        for syllables in pinyin_phrases(word)
    )
    return {"bool": {"should": options, "minimum_should_match": 1}}


def _prefix_match(token: str) -> dict[str, Any]:
    """The words a token starts, in the word fields."""
    return {"multi_match": {"query": token, "type": "phrase_prefix", "fields": WORD_FIELDS}}


def _words_match(token: str) -> dict[str, Any]:
    return _multi_match(token, WORD_FIELDS)


def _multi_match(text: str, fields: list[str]) -> dict[str, Any]:
    # most_fields adds up the fields' scores, as bm25 over the embedded index's columns does;
    # "and": every bigram of a word must be in one field, or the bigrams would find anything
    return {
        "multi_match": {"query": text, "type": "most_fields", "fields": fields, "operator": "and"}
    }


def _filters(query: SearchQuery) -> list[dict[str, Any]]:
    """Facet values (any of a field's, all fields), the modified range and the names."""
    filters: list[dict[str, Any]] = [
        {"terms": {f"facets.{name}": list(values)}}
        for name, values in query.filter_values().items()
    ]
    since, until = query.modified_keys()
    bounds = {op: bound for op, bound in (("gte", since), ("lte", until)) if bound is not None}
    if bounds:
        filters.append({"range": {"modified": bounds}})
    if query.names:
        filters.append({"terms": {"name": list(query.names)}})
    return filters


def search_result(response: Any) -> SearchResult:
    """The page of ids, the exact total and the facet counts of a search response."""
    hits = response["hits"]
    aggregations = response.get("aggregations", {})
    facets = {
        name: [
            FacetValue(str(bucket["key"]), int(bucket["doc_count"]))
            for bucket in aggregations.get(name, {}).get("buckets", [])
        ]
        for name in FACET_FIELDS
    }
    return SearchResult(
        ids=[hit["_id"] for hit in hits["hits"]], total=int(hits["total"]["value"]), facets=facets
    )


def revisions_request(after: str | None, size: int) -> dict[str, Any]:
    """Keyword arguments of `Elasticsearch.search` for a page of (id, revision) after an id."""
    request: dict[str, Any] = {
        "query": {"match_all": {}},
        "sort": [_BY_ID],
        "size": size,
        "source": ["revision"],
        "track_total_hits": False,
    }
    if after is not None:
        request["search_after"] = [after]
    return request
