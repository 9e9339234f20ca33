"""The Elasticsearch backend against a real cluster (ELASTICSEARCH_URL; skipped without it).

The whole contract suite (test_search_contract.py) also runs against the cluster then. These
tests check what the scripted cluster of the other suites takes for granted: that a real
cluster analyses text as it does, swaps the alias as it does, and fails as it does. Each test
works under an index prefix of its own and deletes it after.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from catalog.search import SearchError, SearchQuery
from catalog.search.elasticsearch import ElasticsearchSearch
from tests.support.elastic import live_cluster
from tests.support.search import CORPUS, ids, make_doc

pytestmark = [
    pytest.mark.live,
    pytest.mark.skipif(not os.environ.get("ELASTICSEARCH_URL"),
                       reason="no Elasticsearch cluster (set ELASTICSEARCH_URL, see README)"),
]


@pytest.fixture
def backend() -> Iterator[ElasticsearchSearch]:
    with live_cluster() as (client, prefix):
        yield ElasticsearchSearch(client, f"{prefix}-main", refresh=True)


def tokens(backend: ElasticsearchSearch, text: str, **how: str) -> list[str]:
    answer = backend.client.indices.analyze(index=backend.alias, text=text, **how)
    return [token["token"] for token in answer["tokens"]]


def test_the_cluster_analyses_as_the_scripted_one_does(backend: ElasticsearchSearch) -> None:
    backend.index(CORPUS[0])  # makes the index and its analyzer
    assert tokens(backend, "populations 常住 pm2.5 Census", analyzer="govcat_words") == [
        "popul", "常住", "pm2.5", "censu"]
    assert tokens(backend, "碳达峰碳中和", analyzer="cjk") == [
        "碳达", "达峰", "峰碳", "碳中", "中和"]
    assert tokens(backend, "碳 中 和", analyzer="cjk") == ["碳", "中", "和"]  # no bigram over gaps


def test_rebuilds_swap_the_alias_and_drop_the_old_index(backend: ElasticsearchSearch) -> None:
    backend.index(CORPUS[0])
    assert backend.rebuild(CORPUS[1:]) == 3
    assert backend.rebuild(CORPUS) == 4
    behind = backend.client.indices.get_alias(name=backend.alias)
    assert list(behind) == [f"{backend.alias}-3"]
    assert list(backend.client.indices.get_alias(index=f"{backend.alias}-*")) == [
        f"{backend.alias}-3"]
    assert set(backend.indexed_revisions()) == {doc.id for doc in CORPUS}


def test_readers_see_the_old_index_until_the_swap(backend: ElasticsearchSearch) -> None:
    backend.rebuild(CORPUS)
    seen = []

    def docs():
        for n in range(3):
            yield make_doc(f"n{n}", f"New {n}")
            seen.append(backend.search(SearchQuery()).total)

    backend.rebuild(docs())
    assert seen == [len(CORPUS)] * 3
    assert backend.search(SearchQuery()).total == 3


def test_bigram_recall_and_whole_words_first(backend: ElasticsearchSearch) -> None:
    backend.index(make_doc("carbon", "碳达峰碳中和行动方案"))
    backend.index(make_doc("slogan", "工人口号汇编"))
    backend.index(make_doc("census", "人口普查汇编"))
    assert ids(backend, "碳中和") == ["carbon"]
    assert ids(backend, "人口") == ["census", "slogan"]


def test_a_missing_index_is_one_line_then_made_again(backend: ElasticsearchSearch) -> None:
    backend.index(CORPUS[0])
    backend.client.indices.delete(index=f"{backend.alias}-1")
    with pytest.raises(SearchError, match="is missing on Elasticsearch at .*run `govcat reindex`"):
        backend.search(SearchQuery())
    assert backend.search(SearchQuery()).total == 0
