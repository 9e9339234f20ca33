"""The SearchBackend contract: one suite run against every backend on the same documents.

`embedded` is the SQLite FTS5 index; `elasticsearch` is the real `elasticsearch` client talking
through a scripted transport node to the in-memory cluster of tests/support/elastic.py; `live`
is a real cluster at ELASTICSEARCH_URL (skipped without it; see the README).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from catalog.search import (
    FACET_FIELDS,
    SORTS,
    EmbeddedSearch,
    FacetValue,
    SearchBackend,
    SearchDocument,
    SearchQuery,
    SearchResult,
)
from catalog.search.elasticsearch import ElasticsearchSearch, connect
from catalog.search.synonyms import Synonyms
from tests.support.elastic import FakeCluster, live_cluster, scripted_node
from tests.support.search import CORPUS, facet, ids, make_doc

Opener = Callable[..., SearchBackend]  # store name -> a backend; one name, one index


# the live cluster joins only when there is one (test_search_live.py says so when there is not)
LIVE = [pytest.param("live", marks=pytest.mark.live)] if os.environ.get("ELASTICSEARCH_URL") else []


@pytest.fixture(params=["embedded", "elasticsearch", *LIVE])
def new_backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Opener]:
    """Opens empty backends of one kind; opening the same store name twice shares its index."""
    if request.param == "embedded":
        yield lambda store="main", synonyms=None: EmbeddedSearch(tmp_path / f"{store}.sqlite",
                                                                 synonyms)
    elif request.param == "elasticsearch":
        node = scripted_node(FakeCluster())
        yield lambda store="main", synonyms=None: ElasticsearchSearch(
            connect("http://localhost:9200", node_class=node), f"govcat-{store}",
            synonyms=synonyms)
    else:
        yield from _live_backends()


def _live_backends() -> Iterator[Opener]:
    """Backends on the cluster at ELASTICSEARCH_URL under a prefix of their own, removed after."""
    with live_cluster() as (client, prefix):
        yield lambda store="main", synonyms=None: ElasticsearchSearch(
            client, f"{prefix}-{store}", refresh=True, synonyms=synonyms)


@pytest.fixture
def search(new_backend: Opener) -> SearchBackend:
    """A backend holding CORPUS."""
    backend = new_backend()
    for doc in CORPUS:
        backend.index(doc)
    return backend


# -- matching ----------------------------------------------------------------------------------


@pytest.mark.parametrize("q", ["人口", "统计年报", "年报", "常住人口", "常住人口统计年报"])
def test_chinese_words_match_inside_longer_titles(search: SearchBackend, q: str) -> None:
    assert "pop" in ids(search, q)


def test_chinese_word_not_in_document_does_not_match(search: SearchBackend) -> None:
    assert "pop" not in ids(search, "财政")
    assert ids(search, "财政") == ["budget"]
    assert ids(search, "工人口号") == []


@pytest.mark.parametrize("q", ["population", "Population", "POPULATION", "populations"])
def test_english_is_case_insensitive(search: SearchBackend, q: str) -> None:
    assert set(ids(search, q)) == {"census", "budget"}


def test_multi_word_query_ands_its_words(search: SearchBackend) -> None:
    assert ids(search, "population census") == ["census"]
    assert ids(search, "人口 年报") == ["pop"]
    assert ids(search, "人口 空气") == []
    assert ids(search, "北京 预算") == ["budget"]


def test_query_function_words_are_ignored(search: SearchBackend) -> None:
    assert ids(search, "人口的统计") == ["pop"]


def test_query_segmented_differently_from_text_still_matches(new_backend: Opener) -> None:
    backend = new_backend()
    backend.index(make_doc("law", "中华人民共和国政府信息公开条例"))
    # The title segments to 中华人民共和国政府; the query word is 中华人民共和国.
    assert ids(backend, "中华人民共和国") == ["law"]
    assert ids(backend, "信息公开") == ["law"]


def test_extra_text_and_publisher_name_are_searchable(search: SearchBackend) -> None:
    assert ids(search, "臭氧") == ["air"]
    assert ids(search, "pm2.5") == ["air"]
    assert ids(search, "生态环境局") == ["air"]


# -- filters and facets ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"publisher": ["stats"]}, {"pop", "census"}),
        ({"publisher": ["stats", "env"]}, {"pop", "census", "air"}),
        ({"theme": ["economy"]}, {"budget"}),
        ({"format": ["XLSX"]}, {"pop"}),
        ({"format": ["CSV"]}, {"pop", "census", "air"}),
        ({"format": ["PDF", "JSON"]}, {"budget", "air"}),
        ({"open_condition": ["conditional", "not_open"]}, {"census", "air"}),
        ({"keyword": ["人口"]}, {"pop"}),
        ({"keyword": ["预算", "环境"]}, {"budget", "air"}),
        ({"publisher": ["stats"], "format": ["XLSX"]}, {"pop"}),
        ({"publisher": ["finance"], "format": ["CSV"]}, set()),
        ({"publisher": "stats"}, {"pop", "census"}),
        ({"publisher": []}, {"pop", "census", "budget", "air"}),
    ],
)
def test_filters_or_within_a_field_and_across_fields(
    search: SearchBackend, filters: dict[str, list[str]], expected: set[str]
) -> None:
    result = search.search(SearchQuery(filters=filters))
    assert set(result.ids) == expected
    assert result.total == len(expected)


def test_facets_count_over_all_documents(search: SearchBackend) -> None:
    result = search.search(SearchQuery(per_page=1))
    assert set(result.facets) == set(FACET_FIELDS)
    assert result.facets["format"] == [
        FacetValue("CSV", 3),
        FacetValue("JSON", 1),
        FacetValue("PDF", 1),
        FacetValue("XLSX", 1),
    ]
    assert result.facets["publisher"][0] == FacetValue("stats", 2)
    assert facet(result, "theme") == {"society": 2, "economy": 1}
    assert facet(result, "open_condition") == {"unconditional": 2, "conditional": 1, "not_open": 1}
    assert facet(result, "keyword")["人口"] == 1


def test_facets_follow_query_and_filters(search: SearchBackend) -> None:
    result = search.search(SearchQuery(q="population"))
    assert facet(result, "publisher") == {"stats": 1, "finance": 1}
    assert facet(result, "format") == {"CSV": 1, "PDF": 1}
    filtered = search.search(SearchQuery(q="population", filters={"format": ["CSV"]}))
    assert filtered.ids == ["census"]
    assert facet(filtered, "format") == {"CSV": 1}
    assert facet(filtered, "keyword") == {"population": 1, "census": 1}


def test_no_match_has_every_facet_field_empty(search: SearchBackend) -> None:
    result = search.search(SearchQuery(q="nothing-like-this"))
    assert result == SearchResult(ids=[], total=0, facets={name: [] for name in FACET_FIELDS})


def test_facets_are_capped_at_fifty_values(new_backend: Opener) -> None:
    backend = new_backend()
    keywords = tuple(f"k{i:03d}" for i in range(60))
    backend.rebuild([make_doc("a", "A", keywords=keywords), make_doc("b", "B", keywords=("k059",))])
    values = backend.search(SearchQuery()).facets["keyword"]
    assert len(values) == 50
    assert values[0] == FacetValue("k059", 2)
    assert values[1] == FacetValue("k000", 1)


# -- sorting and pagination --------------------------------------------------------------------


def test_relevance_ranks_title_match_above_description_match(new_backend: Opener) -> None:
    backend = new_backend()
    backend.index(make_doc("desc", "Annual report", description="water quality of rivers"))
    backend.index(make_doc("title", "Water quality", description="annual report"))
    backend.index(make_doc("kw", "Annual report 2", keywords=("water",)))
    assert ids(backend, "water") == ["title", "kw", "desc"]


def test_relevance_ranks_a_whole_word_first(new_backend: Opener) -> None:
    backend = new_backend()
    # 工人口号 segments to 工人 口号: 人口 is in it as two characters only (a bigram)
    backend.index(make_doc("slogan", "工人口号汇编", modified="2025-01-01"))
    backend.index(make_doc("census", "人口普查汇编", modified="2020-01-01"))
    assert ids(backend, "人口")[0] == "census"


def test_relevance_without_query_is_newest_first(search: SearchBackend) -> None:
    # Offsets are normalised: 2024-03-01T10:00+08:00 is 02:00 UTC, after 2024-01-15.
    assert ids(search) == ["pop", "budget", "census", "air"]


def test_sort_modified_is_newest_first_even_with_query(search: SearchBackend) -> None:
    assert ids(search, "population", sort="modified") == ["budget", "census"]
    assert ids(search, sort="modified") == ["pop", "budget", "census", "air"]


def test_sort_title(search: SearchBackend) -> None:
    result = ids(search, sort="title")
    assert result[0] == "census"  # Latin letters sort before CJK
    assert sorted(result[1:], key=lambda i: {d.id: d.title for d in CORPUS}[i]) == result[1:]


def test_sort_title_ignores_case(new_backend: Opener) -> None:
    backend = new_backend()
    backend.rebuild([make_doc("b", "beta"), make_doc("a", "Alpha"), make_doc("c", "Gamma")])
    assert ids(backend, sort="title") == ["a", "b", "c"]


def test_pagination(new_backend: Opener) -> None:
    backend = new_backend()
    count = backend.rebuild(
        make_doc(f"d{i:02d}", f"Dataset {i:02d}", modified=f"2024-01-{i + 1:02d}T00:00:00")
        for i in range(25)
    )
    assert count == 25
    pages = [backend.search(SearchQuery(q="dataset", page=p, per_page=10)) for p in (1, 2, 3, 4)]
    assert [p.total for p in pages] == [25, 25, 25, 25]
    assert [len(p.ids) for p in pages] == [10, 10, 5, 0]
    seen = [i for p in pages for i in p.ids]
    assert len(set(seen)) == 25
    assert ids(backend, sort="modified", per_page=3) == ["d24", "d23", "d22"]
    assert backend.search(SearchQuery(page=3, per_page=10)).facets["publisher"] == []


# -- writing -----------------------------------------------------------------------------------


def test_reindex_replaces_document(search: SearchBackend) -> None:
    search.index(make_doc("pop", "户籍人口", revision=2, formats=("JSON",)))
    assert ids(search, "年报") == []
    assert ids(search, "户籍") == ["pop"]
    assert ids(search, filters={"format": ["XLSX"]}) == []
    assert search.indexed_revisions()["pop"] == 2
    assert search.search(SearchQuery()).total == len(CORPUS)


def test_delete(search: SearchBackend) -> None:
    search.delete("pop")
    search.delete("no-such-id")
    assert ids(search, "人口") == []
    assert "pop" not in search.indexed_revisions()
    assert facet(search.search(SearchQuery()), "format")["CSV"] == 2


def test_update_indexes_and_deletes_together(search: SearchBackend) -> None:
    before = search.indexed_revisions()
    gone = next(d for d in before if d not in ("pop", "new"))
    search.update([make_doc("pop", "户籍人口", revision=2), make_doc("new", "新的数据集")],
                  ["no-such-id", gone])
    after = search.indexed_revisions()
    assert after["pop"] == 2 and after["new"] == 1 and gone not in after
    assert len(after) == len(before)
    assert ids(search, "数据集") == ["new"] and ids(search, "户籍") == ["pop"]
    search.update([], [])  # nothing to do
    assert search.indexed_revisions() == after


def test_indexed_revisions(new_backend: Opener) -> None:
    backend = new_backend()
    assert backend.indexed_revisions() == {}
    backend.index(make_doc("a", "A", revision=3))
    backend.index(make_doc("b", "B", revision=7))
    assert backend.indexed_revisions() == {"a": 3, "b": 7}


def test_clear(search: SearchBackend) -> None:
    search.clear()
    assert search.search(SearchQuery()).total == 0
    assert search.indexed_revisions() == {}


def test_rebuild_replaces_everything(search: SearchBackend) -> None:
    count = search.rebuild([make_doc("new", "新的数据集"), make_doc("new2", "Another one")])
    assert count == 2
    assert search.indexed_revisions() == {"new": 1, "new2": 1}
    assert ids(search, "人口") == []
    assert ids(search, "数据集") == ["new"]
    assert facet(search.search(SearchQuery()), "format") == {}


def test_rebuild_is_invisible_to_readers_until_done(
    search: SearchBackend, new_backend: Opener
) -> None:
    reader = new_backend()
    seen: list[int] = []

    def docs() -> Iterator[SearchDocument]:
        for i in range(5):
            yield make_doc(f"n{i}", f"New {i}")
            seen.append(reader.search(SearchQuery()).total)

    assert search.rebuild(docs()) == 5
    assert seen == [len(CORPUS)] * 5
    assert reader.search(SearchQuery()).total == 5


def test_failed_rebuild_keeps_old_index(search: SearchBackend) -> None:
    def docs() -> Iterator[SearchDocument]:
        yield make_doc("n0", "New")
        raise RuntimeError("catalog read failed")

    with pytest.raises(RuntimeError):
        search.rebuild(docs())
    assert set(search.indexed_revisions()) == {doc.id for doc in CORPUS}


def test_document_without_id_is_rejected(new_backend: Opener) -> None:
    with pytest.raises(ValueError, match="id"):
        new_backend().index(make_doc("", "No id"))


# -- robustness and validation -----------------------------------------------------------------


NASTY = [
    '"',
    '""',
    "*",
    "AND",
    "OR",
    "NOT",
    "a AND",
    "(",
    ")",
    "NEAR",
    "NEAR(a b)",
    "-",
    "-population",
    ":",
    "title:人口",
    "^人口",
    "人口*",
    "{a b}",
    "😀",
    "人口😀",
    "\x00",
    "'; DROP TABLE documents; --",
    "population " * 300,
    "人口" * 2000,
    "。，、！",
    "   ",
]


@pytest.mark.parametrize("q", NASTY)
def test_nasty_queries_never_raise(search: SearchBackend, q: str) -> None:
    result = search.search(SearchQuery(q=q))
    assert 0 <= result.total <= len(CORPUS)
    assert set(result.facets) == set(FACET_FIELDS)


def test_punctuation_only_query_returns_everything(search: SearchBackend) -> None:
    assert search.search(SearchQuery(q="*?!")).total == len(CORPUS)


def test_operator_words_are_searched_literally(search: SearchBackend) -> None:
    assert ids(search, "title:人口") == []  # "title" is a word, not a column filter
    assert ids(search, "人口*") == ids(search, "人口")


def test_valid_bounds_are_accepted(search: SearchBackend) -> None:
    assert search.search(SearchQuery(per_page=1000)).total == len(CORPUS)
    assert len(search.search(SearchQuery(per_page=1)).ids) == 1
    assert set(SORTS) == {"relevance", "modified", "modified_asc", "title", "title_desc",
                          "name", "name_desc"}


def test_every_sort_orders_and_breaks_ties_by_id(search: SearchBackend) -> None:
    assert ids(search, sort="modified") == ["pop", "budget", "census", "air"]
    assert ids(search, sort="modified_asc") == ["air", "census", "budget", "pop"]
    assert ids(search, sort="name") == ["air", "budget", "census", "pop"]
    assert ids(search, sort="name_desc") == list(reversed(ids(search, sort="name")))
    assert ids(search, sort="title_desc") == list(reversed(ids(search, sort="title")))


def test_the_modified_range_and_names(search: SearchBackend) -> None:
    # pop: 2024-03-01T02:00Z, budget 2024-01-15, census 2023-06-01, air 2022-12-31T23:59:59
    assert ids(search, modified_since="2024-01-01T00:00:00Z", sort="modified_asc") == [
        "budget", "pop"]
    assert ids(search, modified_until="2023-06-01", sort="modified_asc") == ["air", "census"]
    assert ids(search, modified_since="2024-03-01T02:00:00Z",
               modified_until="2024-03-01T02:00:00Z") == ["pop"]  # inclusive, in UTC
    assert ids(search, names=("dataset-air", "dataset-pop"), sort="modified") == ["pop", "air"]
    assert search.search(SearchQuery(names=("dataset-air",))).total == 1
    with pytest.raises(ValueError, match="not an ISO 8601"):
        SearchQuery(modified_since="yesterday")


def test_the_license_is_a_facet(new_backend: Opener) -> None:
    backend = new_backend()
    backend.index(make_doc("a", "A", license="CC-BY-4.0"))
    backend.index(make_doc("b", "B", license="ODbL-1.0"))
    backend.index(make_doc("c", "C"))
    result = backend.search(SearchQuery(filters={"license": ["CC-BY-4.0"]}))
    assert result.ids == ["a"]
    assert facet(backend.search(SearchQuery()), "license") == {"CC-BY-4.0": 1, "ODbL-1.0": 1}


# -- sharing and opening -----------------------------------------------------------------------


def test_two_instances_share_one_index(new_backend: Opener) -> None:
    first, second = new_backend("shared"), new_backend("shared")
    first.index(make_doc("a", "常住人口"))
    assert ids(second, "人口") == ["a"]
    second.delete("a")
    assert first.indexed_revisions() == {}


def test_concurrent_writers_and_readers(new_backend: Opener) -> None:
    backend = new_backend()
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            for i in range(10):
                backend.index(make_doc(f"{n}-{i}", f"数据 {n} {i}"))
                backend.search(SearchQuery(q="数据"))
        except BaseException as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(error)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert backend.search(SearchQuery(q="数据")).total == 40


def test_synonyms_find_each_other(new_backend: Opener) -> None:
    backend = new_backend(synonyms=Synonyms.from_file())
    for doc in (make_doc("a", "城乡最低生活保障情况", keywords=("社会救助",)),
                make_doc("b", "低保家庭名单公示"), make_doc("c", "公共租赁住房分配结果"),
                make_doc("d", "地区生产总值季度数据")):
        backend.index(doc)
    assert sorted(ids(backend, "低保")) == ["a", "b"]
    assert sorted(ids(backend, "最低生活保障")) == ["a", "b"]
    assert ids(backend, "公租房") == ["c"]
    assert ids(backend, "GDP") == ["d"]
    assert ids(backend, "低保 公示") == ["b"]  # the other words are still all required
    plain = new_backend("plain")
    plain.index(make_doc("a", "城乡最低生活保障情况"))
    assert ids(plain, "低保") == []


def test_a_prefix_query_finds_the_words_its_last_word_starts(new_backend: Opener) -> None:
    backend = new_backend()
    backend.index(make_doc("a", "常住人口统计年报"))
    backend.index(make_doc("b", "Population census 2020"))
    backend.index(make_doc("c", "人才引进政策"))
    assert ids(backend, "常住人", prefix=True) == ["a"]
    assert ids(backend, "popu", prefix=True) == ["b"]
    assert ids(backend, "census 20", prefix=True) == ["b"]
    assert ids(backend, "popu") == []  # a whole query matches whole words only


def test_pinyin_finds_a_chinese_title_however_it_is_spaced(new_backend: Opener) -> None:
    backend = new_backend()
    backend.index(make_doc("pop", "常住人口统计年报", modified="2024-01-01"))
    backend.index(make_doc("travel", "重庆市旅游景区名录", modified="2024-01-02"))
    backend.index(make_doc("bank", "银行网点分布", modified="2024-01-03"))
    backend.index(make_doc("mouth", "入口与出口位置", description="人员出入统计"))
    assert ids(backend, "renkou") == ["pop"]  # 人 and 口 elsewhere, never in a row
    assert ids(backend, "RenKou TongJi") == ["pop"]
    assert ids(backend, "changzhurenkou") == ["pop"]
    assert ids(backend, "chongqing lvyou") == ["travel"]  # 重 read chong, ü typed v
    assert ids(backend, "yinhang") == ["bank"]  # 行 read hang in 银行
    assert ids(backend, "renkou 统计") == ["pop"]  # mixed with Chinese words
    assert ids(backend, "population") == []  # English that is no pinyin finds no title


def test_an_english_title_ranks_as_a_title(new_backend: Opener) -> None:
    backend = new_backend()
    backend.index(make_doc("described", "财政预算报告", description="population of districts",
                          modified="2025-01-01"))
    backend.index(make_doc("titled", "常住人口统计年报", title_en="Resident population yearbook",
                          modified="2020-01-01"))
    assert ids(backend, "population") == ["titled", "described"]
    assert ids(backend, "resident populations") == ["titled"]
