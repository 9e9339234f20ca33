"""Tests of catalog.search beside the backend contract (test_search_contract.py):
segmentation, query validation, the embedded index's file, and open_search."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from catalog.search import (
    EmbeddedSearch,
    SearchBackend,
    SearchQuery,
    open_search,
    segment,
)
from catalog.search.elasticsearch import ElasticsearchSearch
from catalog.search.segment import inner_words
from tests.support.search import ids, make_doc

# -- segmentation ------------------------------------------------------------------------------


def test_segment_splits_chinese_lowercases_english_and_drops_punctuation() -> None:
    tokens = segment("常住人口统计年报, Population CENSUS!").split()
    assert {"常住", "人口", "统计", "年报"} <= set(tokens)
    assert {"population", "census"} <= set(tokens)
    assert "," not in tokens and "!" not in tokens
    assert segment("") == "" and segment("。！？ ...") == ""


def test_segment_folds_full_width_characters() -> None:
    assert segment("ＣＳＶ") == "csv"


def test_text_is_normalized_as_nfkc_of_the_whole_text() -> None:
    """Only the runs around characters NFKC changes are normalized: the same result."""
    import random
    import unicodedata

    from catalog.search.segment import _normalize

    kinds = ["abcXYZ019 .,-_", "常住人口统计年报", "，（）。、：ＣＳＶ２０２４ｶﾞ",
             "\u0301\u0323\u0338\u0307", "\u1100\u1161\u11a8가각", "かがは\u3099\u309a",
             "ﬁ①㎡⼀Åé\u212b", "\u0b47\u0b3e\u0cc6\u0cd5"]
    rng = random.Random(7)
    texts = ["e\u0301，", "数据\u0301", "ｶﾞ数据", "Ａ\u0301（2020）", "한국어 ᄒ\u1161\u11ab", ""]
    texts += ["".join(rng.choice(rng.choice(kinds)) for _ in range(rng.randint(1, 12)))
              for _ in range(3000)]
    for text in texts:
        assert _normalize(text) == unicodedata.normalize("NFKC", text), repr(text)


@pytest.mark.parametrize("text", [
    "常住人口统计年报", "西湖区2020年银行行业统计", "重庆市长江大桥 Changjiang 长度", "朝阳区朝代",
    "Ａ股〇一二三，旅游绿色", "㐀㐁 x 嗯呣", "English only", ""])
def test_title_syllables_are_pypinyins_readings_of_the_whole_text(text: str) -> None:
    """Readings are remembered word by word: the same as pypinyin reading the whole title."""
    from pypinyin import Style, lazy_pinyin

    from catalog.search.pinyin import title_syllables

    whole = lazy_pinyin(text, style=Style.NORMAL, errors="ignore", v_to_u=False)
    assert title_syllables(text) == " ".join(r.lower() for r in whole if r.isalpha())



# -- validation ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"page": 0}, "page"),
        ({"page": -1}, "page"),
        ({"page": True}, "page"),
        ({"per_page": 0}, "per_page"),
        ({"per_page": 1001}, "per_page"),
        ({"per_page": "20"}, "per_page"),
        ({"sort": "newest"}, "sort"),
        ({"filters": {"licence": ["cc-by"]}}, "filter field"),
        ({"q": None}, "q"),
    ],
)
def test_invalid_queries_raise_value_error(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        SearchQuery(**kwargs)  # type: ignore[arg-type]


# -- the embedded file and opening ---------------------------------------------------------------


def test_index_file_is_created_lazily(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "dir" / "search.sqlite"
    backend = EmbeddedSearch(path)
    assert not path.exists()
    assert backend.search(SearchQuery()).total == 0
    assert path.exists()


@pytest.mark.parametrize("url", [None, "", "  "])
def test_open_search_defaults_to_embedded(tmp_path: Path, url: str | None) -> None:
    backend = open_search(url, tmp_path)
    assert isinstance(backend, EmbeddedSearch)
    assert isinstance(backend, SearchBackend)
    assert backend.path == tmp_path / "search.sqlite"


@pytest.mark.parametrize("url", ["http://localhost:9200", "HTTPS://es.example.org",
                                 "http://user:secret@es.internal:9200/proxy"])
def test_open_search_picks_elasticsearch_for_http_urls_and_contacts_nothing(
    tmp_path: Path, url: str
) -> None:
    backend = open_search(url, tmp_path, index="catalog")
    assert isinstance(backend, ElasticsearchSearch)
    assert isinstance(backend, SearchBackend)
    assert backend.alias == "catalog"
    assert "secret" not in repr(backend) and "user" not in repr(backend)
    assert not (tmp_path / "search.sqlite").exists()


def test_open_search_rejects_other_urls(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="search URL") as raised:
        open_search("ftp://user:secret@example.org", tmp_path)
    assert "secret" not in str(raised.value)


def test_an_index_of_an_older_version_is_emptied_for_the_repair(tmp_path: Path) -> None:
    path = tmp_path / "search.sqlite"
    old = EmbeddedSearch(path)
    old.index(make_doc("a", "A"))
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 1")
    reopened = EmbeddedSearch(path)
    # its documents lack the newer fields: the app's repair indexes them again from the store
    assert reopened.indexed_revisions() == {}
    reopened.index(make_doc("a", "A", license="CC0-1.0"))
    assert EmbeddedSearch(path).indexed_revisions() == {"a": 1}


def test_an_index_with_the_old_columns_is_made_again(tmp_path: Path) -> None:
    path = tmp_path / "search.sqlite"
    with sqlite3.connect(path) as conn:  # version 2: no title_en and title_pinyin columns
        conn.executescript("""
            CREATE TABLE documents (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL, revision INTEGER NOT NULL, title TEXT NOT NULL,
                title_key TEXT NOT NULL, modified_key TEXT NOT NULL);
            CREATE VIRTUAL TABLE documents_fts USING fts5(title, keywords, description,
                publisher_name, extra_text);
            CREATE TABLE facets (doc INTEGER NOT NULL, field TEXT NOT NULL, value TEXT NOT NULL,
                PRIMARY KEY (doc, field, value)) WITHOUT ROWID;
            INSERT INTO documents VALUES (1, 'a', 'a', 1, 'A', 'a', '');
            INSERT INTO documents_fts (rowid, title) VALUES (1, 'a');
            PRAGMA user_version = 2;
        """)
    reopened = EmbeddedSearch(path)
    assert reopened.indexed_revisions() == {}
    reopened.index(make_doc("pop", "常住人口统计年报", title_en="Resident population"))
    assert ids(reopened, "renkou") == ["pop"] and ids(reopened, "resident") == ["pop"]


def test_a_word_inside_a_word_jieba_keeps_whole_is_found_and_ranked_last(
        tmp_path: Path) -> None:
    """jieba cuts 老年人口 into 老年, 老年人 and 口: 人口 is one of the dictionary words inside
    it, indexed at a low weight (so is 人口 inside 工人口号: a title with the word itself, or
    a description with it, ranks above both)."""
    assert segment("老年人口") == "老年 老年人 口" and inner_words("老年人口") == "人口"
    backend = EmbeddedSearch(tmp_path / "search.sqlite")
    backend.index(make_doc("elderly", "各区老年人口", modified="2026-01-01"))
    backend.index(make_doc("slogan", "工人口号汇编", modified="2026-01-01"))
    backend.index(make_doc("census", "普查汇编", modified="2020-01-01",
                           description="全市人口普查"))
    found = ids(backend, "人口")
    assert found[0] == "census" and set(found) == {"census", "elderly", "slogan"}
    assert ids(backend, "老年人口") == ["elderly"]


def test_a_synonym_file_replaces_the_bundled_list(tmp_path: Path) -> None:
    from catalog.search.synonyms import Synonyms

    own = tmp_path / "synonyms.txt"
    own.write_text("# ours\n网格员，社区网格管理员\n\n", encoding="utf-8")
    synonyms = Synonyms.from_file(own)
    assert len(synonyms) == 1 and synonyms.alternatives("网格员") == ("网格员", "社区网格管理员")
    assert synonyms.alternatives("低保") == ("低保",)
    assert len(Synonyms.from_file()) >= 20


def test_a_large_rebuild_segments_in_worker_processes_with_the_same_result(
        tmp_path: Path, monkeypatch) -> None:
    from catalog.search import embedded

    docs = [make_doc(f"d{n:02d}", f"第{n}号常住人口统计年报", keywords=(f"关键词{n % 3}",))
            for n in range(30)]
    serial = EmbeddedSearch(tmp_path / "serial.sqlite")
    assert serial.rebuild(docs) == 30
    monkeypatch.setattr(embedded, "PARALLEL_MIN_DOCUMENTS", 4)
    monkeypatch.setattr(embedded, "CHUNK", 3)
    monkeypatch.setattr(embedded, "_cpus", lambda: 2)
    forked = EmbeddedSearch(tmp_path / "forked.sqlite")
    assert forked.rebuild(iter(docs)) == 30
    for query in (SearchQuery(q="人口", per_page=50), SearchQuery(sort="title", page=2, per_page=7),
                  SearchQuery(filters={"keyword": ["关键词1"]})):
        assert forked.search(query) == serial.search(query)
    with sqlite3.connect(tmp_path / "forked.sqlite") as conn, \
            sqlite3.connect(tmp_path / "serial.sqlite") as other:
        sql = "SELECT d.id, f.title, f.keywords FROM documents d JOIN documents_fts f " \
              "ON f.rowid = d.rowid ORDER BY d.id"
        assert conn.execute(sql).fetchall() == other.execute(sql).fetchall()


def test_a_process_columns_follow_another_process_writes(tmp_path: Path) -> None:
    """One instance searches (its sort orders made), another writes a few documents and
    removes some: the first's answers then equal those of an instance that loads anew."""
    from catalog.search import SORTS

    path = tmp_path / "shared.sqlite"
    reader, writer = EmbeddedSearch(path), EmbeddedSearch(path)
    for n in range(200):  # few changes below: kept in step, not made anew
        writer.index(make_doc(f"d{n:03d}", f"数据{n % 7}", modified=f"2024-01-{n % 9 + 1:02d}",
                              keywords=(f"k{n % 3}",)))
    queries = [SearchQuery(sort=sort, per_page=300) for sort in SORTS] + [
        SearchQuery(q="数据", per_page=300), SearchQuery(filters={"keyword": ["k1"]}, sort="title"),
        SearchQuery(modified_since="2024-01-03", modified_until="2024-01-05", sort="name")]
    before = [reader.search(query) for query in queries]
    assert before == [EmbeddedSearch(path).search(query) for query in queries]
    writer.index(make_doc("d005", "改过的数据", modified="2024-01-02"))  # replaced
    writer.delete("d007")
    writer.update([make_doc("n1", "新数据", modified="2024-01-04", keywords=("k1",)),
                   make_doc("n2", "数据 new", modified="2024-01-04")], ["d011"])
    after = [reader.search(query) for query in queries]
    assert after == [EmbeddedSearch(path).search(query) for query in queries]
    assert after != before
