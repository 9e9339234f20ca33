"""The Elasticsearch backend on the wire: the exact requests the real client sends (mapping,
documents, queries, bulk lines, the alias swap), the answers it needs, and its errors.

Every test drives the real `elasticsearch` client; only its transport node is scripted
(tests/support/elastic.py). The contract (test_search_contract.py) runs against it too.
"""

from __future__ import annotations

import logging
from typing import Any

import pytest
from elastic_transport import ConnectionError as TransportConnectionError
from elastic_transport import ConnectionTimeout, TlsError

from catalog.search import SearchError, SearchQuery
from catalog.search import elasticsearch as es_backend
from catalog.search.elasticsearch import ElasticsearchSearch, connect, redact
from tests.support.elastic import FakeCluster, Index, Reply, Request, Script, error
from tests.support.elastic import scripted_node as node_for
from tests.support.search import CORPUS, ids, make_doc

URL = "http://localhost:9200"

WORD_FIELDS = ["title^10", "title_en^10", "title_pinyin^6", "keywords^5", "description^2",
               "publisher_name^1.5", "extra_text^0.5"]
BIGRAM_FIELDS = ["cjk.title^2", "cjk.title_en^2", "cjk.keywords^1", "cjk.description^0.4",
                 "cjk.publisher_name^0.3", "cjk.extra_text^0.1"]
FACET_AGGS = {
    name: {"terms": {"field": f"facets.{name}", "size": 50,
                     "order": [{"_count": "desc"}, {"_key": "asc"}]}}
    for name in ("publisher", "theme", "format", "open_condition", "keyword", "license")
}
KEYWORD = {"type": "keyword", "ignore_above": 2048}
WORDS = {"type": "text", "analyzer": "govcat_words"}
BIGRAMS = {"type": "text", "analyzer": "cjk"}
INDEX_SETTINGS = {
    "number_of_shards": 1,
    "analysis": {"analyzer": {"govcat_words": {
        "type": "custom", "tokenizer": "whitespace", "filter": ["lowercase", "porter_stem"],
    }}},
}
MAPPINGS = {
    "dynamic": "strict",
    "_meta": {"govcat_mapping": 2},
    "properties": {
        "id": {"type": "keyword"},
        "name": {"type": "keyword"},
        "revision": {"type": "long"},
        "title": WORDS,
        "title_en": WORDS,
        "title_pinyin": WORDS,
        "keywords": WORDS,
        "description": WORDS,
        "publisher_name": WORDS,
        "extra_text": WORDS,
        "cjk": {"properties": {"title": BIGRAMS, "title_en": BIGRAMS, "keywords": BIGRAMS,
                               "description": BIGRAMS, "publisher_name": BIGRAMS,
                               "extra_text": BIGRAMS}},
        "title_key": KEYWORD,
        "title_exact": KEYWORD,
        "modified": {"type": "date", "ignore_malformed": True},
        "facets": {"properties": {"publisher": KEYWORD, "theme": KEYWORD, "format": KEYWORD,
                                  "open_condition": KEYWORD, "keyword": KEYWORD,
                                  "license": KEYWORD}},
    },
}
POP_SOURCE = {  # CORPUS[0] as stored: segmented by jieba, and whole for the bigrams
    "id": "pop",
    "name": "dataset-pop",
    "revision": 1,
    "title": "常住 人口 常住人口 统计 年报",
    "title_pinyin": "chang zhu ren kou tong ji nian bao",
    "keywords": "人口 统计",
    "description": "全市 常住 人口 常住人口 的 年度 统计",
    "publisher_name": "市 统计 统计局",
    "cjk": {"title": "常住人口统计年报", "keywords": "人口 统计",
            "description": "全市常住人口的年度统计。", "publisher_name": "市统计局"},
    "title_key": "常住人口统计年报",
    "title_exact": "常住人口统计年报",
    "facets": {"publisher": ["stats"], "theme": ["society"], "format": ["CSV", "XLSX"],
               "open_condition": ["unconditional"], "keyword": ["人口", "统计"]},
    "modified": "2024-03-01T02:00:00.000000",  # +08:00 in UTC, as the embedded index keys it
}


def words_match(text: str, fields: list[str] = WORD_FIELDS) -> dict[str, Any]:
    return {"multi_match": {"query": text, "type": "most_fields", "fields": fields,
                            "operator": "and"}}


@pytest.fixture
def cluster() -> FakeCluster:
    return FakeCluster()


@pytest.fixture
def backend(cluster: FakeCluster) -> ElasticsearchSearch:
    return ElasticsearchSearch(connect(URL, node_class=node_for(cluster)))


def sent(cluster: FakeCluster) -> list[tuple[str, str]]:
    """The requests so far as (method, path with its query string), then forgets them."""
    seen = [(r.method, r.path + ("?" + "&".join(f"{k}={v}" for k, v in sorted(r.params.items()))
                                 if r.params else "")) for r in cluster.requests]
    cluster.requests.clear()
    return seen


def last_body(cluster: FakeCluster, method: str, path: str) -> Any:
    return [r.body for r in cluster.requests if (r.method, r.path) == (method, path)][-1]


# -- the index: created on first use, with its mapping ------------------------------------------


def test_first_use_creates_generation_one_behind_the_alias(
    cluster: FakeCluster, backend: ElasticsearchSearch
) -> None:
    backend.index(CORPUS[0])
    create = last_body(cluster, "PUT", "/govcat-1")
    assert create == {"aliases": {"govcat": {}}, "settings": INDEX_SETTINGS, "mappings": MAPPINGS}
    assert sent(cluster) == [
        ("GET", "/govcat/_mapping"),  # 404: no alias yet
        ("GET", "/govcat-*/_alias"),  # the generations there are (none)
        ("PUT", "/govcat-1"),  # index and alias in one request
        ("PUT", "/govcat/_doc/pop?require_alias=true"),
    ]
    backend.search(SearchQuery())
    assert sent(cluster) == [("POST", "/govcat/_search")]  # checked once per instance
    assert cluster.aliases() == {"govcat": ["govcat-1"]}


def test_an_existing_alias_is_used_as_it_is(cluster: FakeCluster) -> None:
    first = ElasticsearchSearch(connect(URL, node_class=node_for(cluster)))
    first.index(CORPUS[0])
    sent(cluster)
    second = ElasticsearchSearch(connect(URL, node_class=node_for(cluster)))
    assert second.indexed_revisions() == {"pop": 1}
    assert sent(cluster) == [("GET", "/govcat/_mapping"), ("POST", "/govcat/_search")]


def test_a_document_is_sent_segmented_with_its_sort_keys_and_facets(
    cluster: FakeCluster, backend: ElasticsearchSearch
) -> None:
    backend.index(CORPUS[0])
    request = cluster.requests[-1]
    assert (request.method, request.path, request.params) == (
        "PUT", "/govcat/_doc/pop", {"require_alias": "true"})
    assert request.body == POP_SOURCE
    # the client's compatibility header, which an 8.x cluster requires
    content_type = request.headers["content-type"]
    assert content_type == "application/vnd.elasticsearch+json; compatible-with=8"


def test_refresh_is_asked_for_only_when_wanted(cluster: FakeCluster) -> None:
    backend = ElasticsearchSearch(connect(URL, node_class=node_for(cluster)), refresh=True)
    backend.index(CORPUS[0])
    backend.delete("pop")
    assert sent(cluster)[-2:] == [("PUT", "/govcat/_doc/pop?refresh=true&require_alias=true"),
                                  ("DELETE", "/govcat/_doc/pop?refresh=true")]


def test_an_unparseable_date_is_left_out_not_refused(backend: ElasticsearchSearch,
                                                     cluster: FakeCluster) -> None:
    backend.index(make_doc("a", "A", modified="sometime in 2020"))
    assert "modified" not in cluster.requests[-1].body


# -- queries --------------------------------------------------------------------------------------


def test_the_search_request(cluster: FakeCluster, backend: ElasticsearchSearch) -> None:
    backend.search(SearchQuery(q="常住人口 census", filters={"format": ["CSV", "XLSX"]},
                               modified_since="2024-01-01", modified_until="2024-12-31",
                               names=("dataset-pop",), page=3, per_page=10))
    assert last_body(cluster, "POST", "/govcat/_search") == {
        "query": {"bool": {
            "must": [
                {"bool": {"should": [
                    words_match("常住人口"),  # the word itself
                    {"bool": {"must": [words_match("常住"), words_match("人口")]}},  # its pieces
                    words_match("常住人口", BIGRAM_FIELDS),  # its bigrams, for recall
                ], "minimum_should_match": 1}},
                {"bool": {"should": [words_match("census"), words_match("census", BIGRAM_FIELDS)],
                          "minimum_should_match": 1}},
            ],
            "filter": [
                {"terms": {"facets.format": ["CSV", "XLSX"]}},
                {"range": {"modified": {"gte": "2024-01-01T00:00:00.000000",
                                        "lte": "2024-12-31T23:59:59.999999"}}},
                {"terms": {"name": ["dataset-pop"]}},
            ],
        }},
        "sort": ["_score", {"modified": {"order": "desc", "missing": "_last"}}, {"id": "asc"}],
        "from": 20,
        "size": 10,
        "track_total_hits": True,
        "_source": False,
        "aggs": FACET_AGGS,
    }


def test_a_pinyin_word_is_also_a_phrase_of_title_syllables(cluster: FakeCluster,
                                                          backend: ElasticsearchSearch) -> None:
    backend.search(SearchQuery(q="xian"))
    assert last_body(cluster, "POST", "/govcat/_search")["query"]["bool"]["must"] == [
        {"bool": {"should": [
            words_match("xian"),  # 县, 线, ... as one syllable, and English words
            words_match("xian", BIGRAM_FIELDS),
            {"match_phrase": {"title_pinyin": {"query": "xi an", "boost": 6.0}}},  # 西安
        ], "minimum_should_match": 1}},
    ]


@pytest.mark.parametrize(("sort", "clauses"), [
    ("relevance", [{"modified": {"order": "desc", "missing": "_last"}}, {"id": "asc"}]),
    ("modified", [{"modified": {"order": "desc", "missing": "_last"}}, {"id": "asc"}]),
    ("modified_asc", [{"modified": {"order": "asc", "missing": "_first"}}, {"id": "asc"}]),
    ("title", [{"title_key": "asc"}, {"title_exact": "asc"}, {"id": "asc"}]),
    ("title_desc", [{"title_key": "desc"}, {"title_exact": "desc"}, {"id": "asc"}]),
    ("name", [{"name": "asc"}, {"id": "asc"}]),
    ("name_desc", [{"name": "desc"}, {"id": "asc"}]),
])
def test_without_words_every_document_matches_in_the_sort_asked(
    cluster: FakeCluster, backend: ElasticsearchSearch, sort: str, clauses: list[Any]
) -> None:
    backend.search(SearchQuery(q="。！", sort=sort))
    body = last_body(cluster, "POST", "/govcat/_search")
    assert body["query"] == {"match_all": {}}
    assert body["sort"] == clauses  # relevance without words: newest first


def test_the_answer_is_read_into_a_result(cluster: FakeCluster,
                                          backend: ElasticsearchSearch) -> None:
    for doc in CORPUS:
        backend.index(doc)
    result = backend.search(SearchQuery(q="population", per_page=1))
    assert result.ids == ["census"] and result.total == 2
    assert {f.value: f.count for f in result.facets["publisher"]} == {"finance": 1, "stats": 1}


def test_revisions_are_read_in_pages_after_the_last_id(
    cluster: FakeCluster, backend: ElasticsearchSearch, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(es_backend, "REVISIONS_PAGE", 2)
    for n in range(5):
        backend.index(make_doc(f"d{n}", "D", revision=n + 1))
    sent(cluster)
    assert backend.indexed_revisions() == {f"d{n}": n + 1 for n in range(5)}
    pages = [r.body for r in cluster.requests]
    base = {"query": {"match_all": {}}, "sort": [{"id": "asc"}], "size": 2,
            "_source": ["revision"], "track_total_hits": False}
    assert pages == [base, {**base, "search_after": ["d1"]}, {**base, "search_after": ["d3"]}]


# -- rebuild: a new generation, bulk-loaded, the alias swapped, the old one deleted -------------


def test_rebuild_loads_a_new_index_and_swaps_the_alias_atomically(
    cluster: FakeCluster, backend: ElasticsearchSearch, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(es_backend, "BULK_DOCS", 2)
    backend.index(CORPUS[1])  # generation 1, behind the alias
    cluster.indices["govcat-3"] = Index({}, {})  # left by a rebuild that was killed
    sent(cluster)

    assert backend.rebuild(CORPUS[:3]) == 3

    made = list(cluster.requests)
    assert sent(cluster) == [
        ("GET", "/govcat-*/_alias"),
        ("GET", "/_alias/govcat"),
        ("PUT", "/govcat-4"),
        ("PUT", "/_bulk"),
        ("PUT", "/_bulk"),
        ("PUT", "/govcat-4/_settings"),
        ("POST", "/govcat-4/_refresh"),
        ("POST", "/govcat-4/_count"),
        ("POST", "/_aliases"),
        ("DELETE", "/govcat-1"),
    ]
    requests = {(r.method, r.path): r for r in reversed(made)}
    settings = dict(INDEX_SETTINGS, refresh_interval="-1")  # no refreshes while loading
    assert requests["PUT", "/govcat-4"].body == {"settings": settings, "mappings": MAPPINGS}
    bulks = [r.body for r in made if r.path == "/_bulk"]
    assert bulks[0][:2] == [{"index": {"_index": "govcat-4", "_id": "pop"}}, POP_SOURCE]
    assert [line["index"]["_id"] for bulk in bulks for line in bulk[::2]] == [
        "pop", "census", "budget"]
    assert all("ndjson" in r.headers["content-type"] for r in made if r.path == "/_bulk")
    assert requests["PUT", "/govcat-4/_settings"].body == {"index": {"refresh_interval": None}}
    assert requests["POST", "/_aliases"].body == {"actions": [
        {"remove": {"index": "govcat-1", "alias": "govcat"}},
        {"add": {"index": "govcat-4", "alias": "govcat"}},
    ]}
    assert cluster.aliases() == {"govcat": ["govcat-4"]}
    assert sorted(cluster.indices) == ["govcat-3", "govcat-4"]  # the orphan is not ours to drop


def test_rebuild_without_any_index_yet_makes_the_first(cluster: FakeCluster,
                                                       backend: ElasticsearchSearch) -> None:
    assert backend.rebuild([CORPUS[0]]) == 1
    swap = last_body(cluster, "POST", "/_aliases")
    assert swap == {"actions": [{"add": {"index": "govcat-1", "alias": "govcat"}}]}
    assert ids(backend, "人口") == ["pop"]


def test_rebuild_counts_each_dataset_once(backend: ElasticsearchSearch) -> None:
    assert backend.rebuild([make_doc("a", "A"), make_doc("a", "A2", revision=2)]) == 1
    assert backend.indexed_revisions() == {"a": 2}


def test_a_failed_rebuild_drops_its_index_and_keeps_the_alias(
    cluster: FakeCluster, backend: ElasticsearchSearch
) -> None:
    backend.index(CORPUS[0])

    def docs():
        yield CORPUS[1]
        raise RuntimeError("store read failed")

    with pytest.raises(RuntimeError):
        backend.rebuild(docs())
    assert sorted(cluster.indices) == ["govcat-1"]
    assert cluster.aliases() == {"govcat": ["govcat-1"]}
    assert backend.indexed_revisions() == {"pop": 1}


def test_documents_the_cluster_refuses_fail_the_rebuild_in_one_line(
    cluster: FakeCluster, backend: ElasticsearchSearch
) -> None:
    backend.index(CORPUS[0])

    cluster.fail = _refusing_bulk("govcat-2")
    with pytest.raises(SearchError) as raised:
        backend.rebuild(CORPUS)
    message = str(raised.value)
    assert message == ("Elasticsearch at http://localhost:9200 refused documents of the rebuild "
                       "(4 mapper_parsing_exception); the index in use is unchanged")
    assert cluster.aliases() == {"govcat": ["govcat-1"]}
    assert sorted(cluster.indices) == ["govcat-1"]


def test_two_rebuilds_at_once_are_refused_clearly(cluster: FakeCluster,
                                                  backend: ElasticsearchSearch) -> None:
    backend.index(CORPUS[0])

    def rival(request: Request) -> Reply | None:
        if (request.method, request.path) == ("PUT", "/govcat-2"):
            cluster.fail = None
            cluster.indices["govcat-2"] = Index({}, {})  # the other rebuild got there first
        return None

    cluster.fail = rival
    with pytest.raises(SearchError, match=r"^another rebuild of the search index 'govcat' is "
                       r"under way \(govcat-2 exists\); run this one when it is done$"):
        backend.rebuild(CORPUS)
    assert cluster.aliases() == {"govcat": ["govcat-1"]}
    assert "govcat-2" in cluster.indices  # the other rebuild's, left to it


def test_clear_swaps_in_an_empty_index(cluster: FakeCluster,
                                       backend: ElasticsearchSearch) -> None:
    backend.index(CORPUS[0])
    backend.clear()
    assert cluster.aliases() == {"govcat": ["govcat-2"]}
    assert backend.indexed_revisions() == {}


# -- search quality ------------------------------------------------------------------------------


def test_bigrams_find_a_word_that_jieba_split_apart(backend: ElasticsearchSearch) -> None:
    # 碳达峰碳中和行动方案 segments to 碳达峰 碳 中 和 …: no word of it is 碳中(和)
    backend.index(make_doc("carbon", "碳达峰碳中和行动方案"))
    assert ids(backend, "碳中和") == ["carbon"]


def test_a_whole_word_ranks_above_a_bigram_match(backend: ElasticsearchSearch) -> None:
    backend.index(make_doc("slogan", "工人口号汇编"))  # 工人 口号: 人口 only as a bigram
    backend.index(make_doc("census", "人口普查汇编"))
    assert ids(backend, "人口") == ["census", "slogan"]


# -- errors: one line, naming the cluster, never a credential or a document ----------------------


def scripted(*replies: Reply | Exception, url: str = URL) -> tuple[ElasticsearchSearch, Script]:
    script = Script(*replies)
    return ElasticsearchSearch(connect(url, node_class=node_for(script))), script


MAPPING_OK = Reply(200, {"govcat-1": {"mappings": MAPPINGS}})


@pytest.mark.parametrize(("reply", "message"), [
    (TransportConnectionError("refused"),
     "cannot reach Elasticsearch at http://localhost:9200: is it running, and is "
     "GOVCAT_SEARCH_URL right?"),
    (ConnectionTimeout("slow"),
     "Elasticsearch at http://localhost:9200 did not answer within 30 s"),
    (TlsError("bad certificate"),
     "TLS with Elasticsearch at http://localhost:9200 failed: check its certificate, or set "
     "GOVCAT_SEARCH_CA_CERTS to the CA that signed it"),
    (error(401, "security_exception", "unable to authenticate user [govcat]"),
     "Elasticsearch at http://localhost:9200 refused the credentials (401): check the user and "
     "password in GOVCAT_SEARCH_URL, or GOVCAT_SEARCH_API_KEY"),
    (error(403, "security_exception", "action [indices:data/read/search] is unauthorized"),
     "Elasticsearch at http://localhost:9200 forbids this (403): its user needs every "
     "privilege on the indices govcat and govcat-*"),
    (Reply(200, {"tagline": "You Know, for Search"}, headers={}),
     "the server at http://localhost:9200 is not Elasticsearch (GOVCAT_SEARCH_URL)"),
    (error(503, "cluster_block_exception", "blocked by: [SERVICE_UNAVAILABLE/1/state]"),
     "Elasticsearch at http://localhost:9200 answered 503 (cluster_block_exception)"),
])
def test_failures_are_one_clear_line(reply: Reply | Exception, message: str) -> None:
    backend, _ = scripted(*[reply] * 3)  # the client tries three times what may pass
    with pytest.raises(SearchError) as raised:
        backend.search(SearchQuery(q="人口"))
    assert str(raised.value) == message
    # the client's error (with the cluster's reason) is not chained into any traceback
    assert raised.value.__cause__ is None and raised.value.__suppress_context__


def test_an_error_never_quotes_the_document_or_the_password() -> None:
    reason = "failed to parse field [title] of type [text] in document with id 'pop': 常住人口"
    backend, script = scripted(MAPPING_OK, error(400, "document_parsing_exception", reason),
                               url="http://govcat:s3cret@localhost:9200")
    with pytest.raises(SearchError) as raised:
        backend.index(CORPUS[0])
    assert str(raised.value) == (
        "Elasticsearch at http://localhost:9200 answered 400 (document_parsing_exception)")
    # the credentials travel as a header, never in a message
    assert script.requests[0].headers["authorization"] == "Basic Z292Y2F0OnMzY3JldA=="
    assert "s3cret" not in repr(backend)


def test_an_api_key_is_sent_as_such() -> None:
    script = Script(MAPPING_OK, Reply(200, {"hits": {"hits": [], "total": {"value": 0}}}))
    client = connect(URL, api_key="a2V5OnNlY3JldA==", node_class=node_for(script))
    ElasticsearchSearch(client).search(SearchQuery())
    assert script.requests[0].headers["authorization"] == "ApiKey a2V5OnNlY3JldA=="


def test_a_missing_index_is_named_and_made_again_on_the_next_call(
    cluster: FakeCluster, backend: ElasticsearchSearch
) -> None:
    backend.index(CORPUS[0])
    del cluster.indices["govcat-1"]  # deleted behind govcat's back
    with pytest.raises(SearchError, match=r"^the search index 'govcat' is missing on "
                       r"Elasticsearch at http://localhost:9200: run `govcat reindex`$"):
        backend.search(SearchQuery())
    assert backend.search(SearchQuery()).total == 0  # an empty one, for the repair to fill
    assert cluster.aliases() == {"govcat": ["govcat-1"]}


def test_deleting_an_unknown_id_is_fine_but_a_missing_index_is_not(
    cluster: FakeCluster, backend: ElasticsearchSearch
) -> None:
    backend.delete("no-such-id")
    del cluster.indices["govcat-1"]
    with pytest.raises(SearchError, match="is missing"):
        backend.delete("pop")


def test_an_index_named_as_the_alias_is_refused(cluster: FakeCluster,
                                                backend: ElasticsearchSearch) -> None:
    cluster.indices["govcat"] = Index({}, {"properties": {}})
    with pytest.raises(SearchError, match="'govcat' on Elasticsearch at http://localhost:9200 "
                       "is an index, not an alias"):
        backend.search(SearchQuery())
    with pytest.raises(SearchError, match="is an index, not an alias"):
        backend.rebuild([CORPUS[0]])
    assert sorted(cluster.indices) == ["govcat"]  # the new generation was dropped


def test_an_index_of_another_mapping_version(cluster: FakeCluster, backend: ElasticsearchSearch,
                                             caplog: pytest.LogCaptureFixture) -> None:
    backend.index(CORPUS[0])
    cluster.indices["govcat-1"].mappings["_meta"]["govcat_mapping"] = 99
    newer = ElasticsearchSearch(backend.client)
    with pytest.raises(SearchError, match="made by a newer govcat"):
        newer.search(SearchQuery())
    cluster.indices["govcat-1"].mappings["_meta"]["govcat_mapping"] = 0
    with caplog.at_level(logging.WARNING):
        assert ElasticsearchSearch(backend.client).search(SearchQuery()).total == 1
    assert "run `govcat reindex`" in caplog.text


def test_two_processes_creating_the_first_index_at_once_share_it(cluster: FakeCluster) -> None:
    first = ElasticsearchSearch(connect(URL, node_class=node_for(cluster)))
    second = ElasticsearchSearch(connect(URL, node_class=node_for(cluster)))

    def race(request: Request) -> Reply | None:
        # the other process creates generation 1 just before this one does
        if request.method == "PUT" and request.path == "/govcat-1" and cluster.fail is race:
            cluster.fail = None
            first.index(CORPUS[0])
        return None

    cluster.fail = race
    second.index(CORPUS[1])
    assert cluster.aliases() == {"govcat": ["govcat-1"]}
    assert set(second.indexed_revisions()) == {"pop", "census"}


def test_a_url_the_client_cannot_use_is_refused_without_its_password() -> None:
    with pytest.raises(SearchError) as raised:
        connect("http://govcat:s3cret@localhost")  # no port
    assert "s3cret" not in str(raised.value)
    assert "GOVCAT_SEARCH_URL 'http://localhost' is not a usable Elasticsearch URL" in str(
        raised.value)
    assert redact("https://u:p@es.example.org:9243/prefix") == "https://es.example.org:9243/prefix"


def test_documents_the_cluster_refuses_fail_an_update_in_one_line(
    cluster: FakeCluster, backend: ElasticsearchSearch
) -> None:
    backend.index(CORPUS[0])

    cluster.fail = _refusing_bulk("govcat-1")
    with pytest.raises(SearchError) as raised:
        backend.update(CORPUS[1:3])
    assert str(raised.value) == ("Elasticsearch at http://localhost:9200 refused an update of "
                                 "the search index (2 mapper_parsing_exception)")
    cluster.fail = None
    assert backend.indexed_revisions() == {CORPUS[0].id: 1}


def _refusing_bulk(index: str):
    """A cluster failure: every document of a bulk request into index refused, its title
    quoted in the reason (as Elasticsearch does)."""

    def refuse(request: Request) -> Reply | None:
        if request.path != "/_bulk":
            return None
        items = [{"index": {"_index": index, "_id": action["index"]["_id"], "status": 400,
                            "error": {"type": "mapper_parsing_exception",
                                      "reason": f"failed to parse [{doc['title']}]"}}}
                 for action, doc in zip(request.body[::2], request.body[1::2], strict=True)]
        return Reply(200, {"took": 1, "errors": True, "items": items})

    return refuse


def test_close_closes_the_connections_to_the_cluster(cluster: FakeCluster,
                                                     backend: ElasticsearchSearch) -> None:
    backend.search(SearchQuery(q="人口"))
    backend.close()
    assert cluster.closed_nodes == [URL]
