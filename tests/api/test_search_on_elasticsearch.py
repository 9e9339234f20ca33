"""A catalog searching through Elasticsearch (the real client, a scripted cluster): publish,
search over HTTP, reindex with an alias swap, repair at start, and a cluster that is down."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from elastic_transport import ConnectionError as TransportConnectionError

from api.app import create_app
from catalog import pipeline
from catalog.indexing import reindex
from catalog.intake import IntakeRecord, IntakeResource
from catalog.search.elasticsearch import ElasticsearchSearch, connect
from publishers.services import add_publisher
from tests.support.elastic import FakeCluster, Request, scripted_node

URL = "http://localhost:9200"


def publish(catalog, tmp_path: Path, name: str, title: str) -> None:
    path = tmp_path / f"{name}.csv"
    path.write_text("区县,数量\n东城区,70\n", encoding="utf-8")
    record = IntakeRecord({"name": name, "title": title}, (IntakeResource(path, path.name),),
                          str(path))
    outcome = pipeline.publish(catalog, record, publisher_code="stats")
    assert outcome.public


@pytest.fixture
def cluster(catalog) -> FakeCluster:
    """The catalog's search on a fake cluster, with two datasets published through it."""
    cluster = FakeCluster()
    catalog.search = ElasticsearchSearch(connect(URL, node_class=scripted_node(cluster)))
    add_publisher(catalog, "stats", "示例市统计局")
    return cluster


def test_publish_search_reindex_and_repair_through_elasticsearch(
    catalog, cluster: FakeCluster, tmp_path: Path
) -> None:
    publish(catalog, tmp_path, "population", "常住人口统计年报")
    publish(catalog, tmp_path, "hospitals", "医疗机构名录")
    assert set(catalog.search.indexed_revisions()) == {
        ds["id"] for ds in create_app(catalog).test_client().get(
            "/api/v1/datasets").get_json()["data"]}

    client = create_app(catalog).test_client()
    body = client.get("/api/v1/datasets?q=人口").get_json()
    assert [d["name"] for d in body["data"]] == ["population"]
    assert body["facets"]["publisher"] == [{"value": "stats", "count": 1}]
    ckan = client.get("/api/3/action/package_search?q=人口").get_json()["result"]
    assert ckan["count"] == 1 and ckan["results"][0]["name"] == "population"

    assert reindex(catalog) == 2
    assert cluster.aliases() == {"govcat": ["govcat-2"]}
    assert sorted(cluster.indices) == ["govcat-2"]

    # an entry lost behind the app's back is repaired when the app starts
    (lost,) = [i for i, d in cluster.indices["govcat-2"].docs.items() if d["name"] == "hospitals"]
    del cluster.indices["govcat-2"].docs[lost]
    client = create_app(catalog).test_client()
    assert lost in catalog.search.indexed_revisions()
    assert [d["name"] for d in client.get("/api/v1/datasets?q=医疗").get_json()["data"]] == [
        "hospitals"]


def test_a_cluster_that_is_down_fails_search_only(
    catalog, cluster: FakeCluster, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    publish(catalog, tmp_path, "population", "常住人口统计年报")

    def down(request: Request):
        raise TransportConnectionError("connection refused")

    cluster.fail = down
    with caplog.at_level(logging.WARNING):
        publish(catalog, tmp_path, "hospitals", "医疗机构名录")  # published all the same
        app = create_app(catalog)  # starts; its repair is tried again later
    ours = [r for r in caplog.records if not r.name.startswith("elastic_transport")]
    assert any("cannot reach Elasticsearch at http://localhost:9200" in r.getMessage()
               for r in ours)
    assert all(r.exc_info is None for r in ours)  # one line each (the CLI mutes the client's)
    client = app.test_client()
    response = client.get("/api/v1/datasets?q=人口")
    assert response.status_code == 503
    assert response.get_json() == {"error": {"code": "search_unavailable",
                                             "message": "search is unavailable; try again later"}}
    assert client.get("/").status_code == 503
    ckan = client.get("/api/3/action/package_search?q=人口")
    assert ckan.status_code == 503 and ckan.get_json()["success"] is False
    assert ckan.get_json()["error"]["message"] == "search is unavailable; try again later"
    assert client.get("/api/v1/datasets/population").status_code == 200  # the store still serves

    cluster.fail = None  # back: the repair indexes what was published meanwhile
    create_app(catalog)
    assert len(catalog.search.indexed_revisions()) == 2
