"""REST API v1 and the portal over a real catalog, through Flask's test client."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from urllib.parse import quote

import pytest
from sqlalchemy import update
from werkzeug.http import http_date, parse_date

from api.app import create_app
from catalog import pipeline
from catalog.clock import china_midnight, china_today
from catalog.db import transaction
from catalog.intake import IntakeRecord, IntakeResource
from catalog.models import Revision
from publishers.services import add_publisher


def publish(catalog, tmp_path: Path, name: str, text: str, publisher: str = "stats", **meta):
    path = tmp_path / f"{name}.csv"
    path.write_text(text, encoding="utf-8")
    meta.setdefault("title", name)
    record = IntakeRecord({"name": name, **meta}, (IntakeResource(path, path.name),), str(path))
    return pipeline.publish(catalog, record, publisher_code=publisher)


@pytest.fixture
def client(catalog, tmp_path: Path):
    add_publisher(catalog, "stats", "示例市统计局")
    add_publisher(catalog, "health", "示例市卫生健康委员会", name_en="Health Commission")
    publish(
        catalog,
        tmp_path,
        "population",
        "区县,常住人口\n东城区,70.4\n",
        title="常住人口统计年报",
        theme="人口与就业",
        keywords=["人口", "统计"],
    )
    publish(
        catalog,
        tmp_path,
        "hospitals",
        "机构,床位\n第一医院,800\n",
        publisher="health",
        title="医疗机构名录",
        theme="卫生健康",
        keywords=["医院"],
    )
    publish(
        catalog,
        tmp_path,
        "cases",
        "区县,病例\n东城区,3\n",
        publisher="health",
        title="传染病病例统计",
        theme="卫生健康",
        open_condition="conditional",
        legal_basis="article_15",
        access_conditions="科研用途申请",
    )
    app = create_app(catalog)
    app.testing = True
    return app.test_client()


def test_list_has_data_total_paging_and_facets(client) -> None:
    body = client.get("/api/v1/datasets").get_json()
    assert body["total"] == 3 and body["page"] == 1 and body["per_page"] == 20
    assert {d["name"] for d in body["data"]} == {"population", "hospitals", "cases"}
    publishers = {f["value"]: f["count"] for f in body["facets"]["publisher"]}
    assert publishers == {"health": 2, "stats": 1}
    assert set(body["facets"]) == {"publisher", "theme", "format", "open_condition", "keyword",
                                   "license"}


def test_chinese_word_query_and_filters(client) -> None:
    body = client.get("/api/v1/datasets?q=人口").get_json()
    assert [d["name"] for d in body["data"]] == ["population"]
    body = client.get("/api/v1/datasets?publisher=health&open_condition=unconditional").get_json()
    assert [d["name"] for d in body["data"]] == ["hospitals"]
    body = client.get("/api/v1/datasets?keyword=医院&keyword=人口").get_json()
    assert body["total"] == 2
    body = client.get("/api/v1/datasets?per_page=1&page=2&sort=title").get_json()
    assert body["total"] == 3 and len(body["data"]) == 1


def test_modified_range_and_sorts(client) -> None:
    everything = client.get("/api/v1/datasets?sort=modified_asc").get_json()["data"]
    first, last = (quote(everything[i]["metadata_modified"]) for i in (0, -1))
    assert everything[0]["metadata_modified"] <= everything[-1]["metadata_modified"]
    body = client.get(f"/api/v1/datasets?modified_since={last}").get_json()
    assert [d["name"] for d in body["data"]] == [everything[-1]["name"]]
    body = client.get(f"/api/v1/datasets?modified_until={first}&sort=name").get_json()
    assert [d["name"] for d in body["data"]] == [everything[0]["name"]]
    assert client.get("/api/v1/datasets?modified_since=2000-01-01").get_json()["total"] == 3
    assert client.get("/api/v1/datasets?modified_until=2000-01-01").get_json()["total"] == 0


@pytest.mark.parametrize(
    "query", ["page=0", "per_page=1000", "page=x", "sort=random", "colour=red",
              "modified_since=yesterday"]
)
def test_bad_parameters_are_json_400(client, query: str) -> None:
    response = client.get(f"/api/v1/datasets?{query}")
    assert response.status_code == 400
    assert response.get_json()["error"]["code"] == "bad_request"


def test_dataset_by_name_or_id_with_download(client) -> None:
    listed = client.get("/api/v1/datasets?q=人口").get_json()["data"][0]
    by_id = client.get(f"/api/v1/datasets/{listed['id']}").get_json()
    body = client.get("/api/v1/datasets/population").get_json()
    assert by_id == body
    assert body["publisher"] == {"code": "stats", "name": "示例市统计局"}
    resource = body["resources"][0]
    assert resource["format"] == "CSV" and resource["row_count"] == 1
    url = resource["download_url"]
    response = client.get(url.replace("http://localhost", ""))
    assert response.status_code == 200
    assert response.data.decode("utf-8").splitlines() == ["区县,常住人口", "东城区,70.4"]
    assert "attachment" in response.headers["Content-Disposition"]
    assert response.headers["ETag"]


def test_conditional_dataset_is_listed_but_not_downloadable(client) -> None:
    body = client.get("/api/v1/datasets/cases").get_json()
    assert body["open_condition"] == "conditional"
    assert body["resources"][0]["download_url"] is None
    rid = body["resources"][0]["id"]
    response = client.get(f"/api/v1/datasets/cases/resources/{rid}/download")
    assert response.status_code == 403
    assert response.get_json()["error"]["code"] == "access_restricted"


def test_errors_are_json(client) -> None:
    for url in (
        "/api/v1/datasets/nope",
        "/api/v1/datasets/population/resources/x/download",
        "/api/v1/nothing",
    ):
        response = client.get(url)
        assert response.status_code == 404
        assert set(response.get_json()["error"]) == {"code", "message"}
    assert client.post("/api/v1/publishers").status_code == 405
    assert client.post("/api/v1/datasets").status_code == 401  # a write needs a token


def test_publishers_and_openapi(client) -> None:
    body = client.get("/api/v1/publishers").get_json()
    assert {p["code"]: p["dataset_count"] for p in body["data"]} == {"health": 2, "stats": 1}
    spec = client.get("/api/v1/openapi.json").get_json()
    assert spec["openapi"].startswith("3.")
    assert {
        "/api/v1/datasets",
        "/api/v1/datasets/{dataset}",
        "/api/v1/publishers",
        "/api/v1/datasets/{dataset}/resources/{resource_id}/download",
    } <= set(spec["paths"])


def test_portal_pages(client) -> None:
    page = client.get("/?q=人口").get_data(as_text=True)
    assert "常住人口统计年报" in page and "医疗机构名录" not in page
    assert "提供方" in page
    detail = client.get("/datasets/hospitals").get_data(as_text=True)
    assert "医疗机构名录" in detail and "下载" in detail
    assert client.get("/datasets/nope").status_code == 404
    assert client.get("/?page=0").status_code == 400


def test_portal_facet_links_keep_the_other_filters(client) -> None:
    page = client.get("/?publisher=health&q=名录").get_data(as_text=True)
    assert "医疗机构名录" in page and "常住人口统计年报" not in page
    assert 'href="/?q=%E5%90%8D%E5%BD%95&amp;sort=relevance&amp;publisher=health&amp;theme=' in page
    assert 'class="on" href="/?q=%E5%90%8D%E5%BD%95&amp;sort=relevance"' in page


def test_pages_link_to_each_other(client) -> None:
    response = client.get("/api/v1/datasets?per_page=1&page=2&sort=name&publisher=stats"
                          "&publisher=health")
    links = response.get_json()["links"]
    assert links["prev"].endswith("page=1") or "page=1" in links["prev"]
    assert "page=3" in links["next"] and "page=3" in links["last"]
    assert "publisher=stats" in links["next"] and "publisher=health" in links["next"]
    assert links["self"].startswith("http://127.0.0.1:5000/api/v1/datasets?")
    assert 'rel="next"' in response.headers["Link"] and 'rel="self"' not in response.headers[
        "Link"]
    last = client.get("/api/v1/datasets?per_page=1&page=3").get_json()["links"]
    assert last["next"] is None and last["prev"] is not None


def test_a_copy_from_before_today_is_not_current_the_quality_score_is_the_day_s(
        client, catalog) -> None:
    """The answer's quality score counts days (timeliness), so Last-Modified is at least the
    start of China's day: a copy fetched yesterday is not current, though the metadata are."""
    published = dt.datetime(2026, 1, 5, 8, 0, tzinfo=dt.UTC)
    with transaction(catalog.sessions) as session:
        session.execute(update(Revision).values(decided_at=published))
    answer = client.get("/api/v1/datasets/population")
    assert answer.get_json()["metadata_modified"].startswith("2026-01-05T08:00")
    assert parse_date(answer.headers["Last-Modified"]) == china_midnight(china_today())
    yesterday = http_date(china_midnight(china_today()) - dt.timedelta(hours=1))
    assert client.get("/api/v1/datasets/population",
                      headers={"If-Modified-Since": yesterday}).status_code == 200
    assert client.get("/api/v1/datasets/population", headers={
        "If-Modified-Since": answer.headers["Last-Modified"]}).status_code == 304


def test_conditional_get_and_cors(client) -> None:
    first = client.get("/api/v1/datasets/population")
    etag, modified = first.headers["ETag"], first.headers["Last-Modified"]
    assert client.get("/api/v1/datasets/population",
                      headers={"If-None-Match": etag}).status_code == 304
    assert client.get("/api/v1/datasets/population",
                      headers={"If-Modified-Since": modified}).status_code == 304
    assert client.get("/api/v1/datasets", headers={"If-None-Match": etag}).status_code == 200
    listing = client.get("/api/v1/datasets", headers={"Origin": "https://app.example"})
    assert listing.headers["Access-Control-Allow-Origin"] == "*"
    assert client.get("/api/v1/datasets", headers={
        "If-None-Match": listing.headers["ETag"]}).status_code == 304
    preflight = client.options("/api/3/action/package_search", headers={
        "Origin": "https://app.example", "Access-Control-Request-Method": "POST"})
    assert preflight.headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in preflight.headers["Access-Control-Allow-Methods"]
    # the portal's pages are not an API: no CORS there
    assert "Access-Control-Allow-Origin" not in client.get(
        "/", headers={"Origin": "https://app.example"}).headers


def test_autocomplete_as_a_search_is_typed(client) -> None:
    found = client.get("/api/v1/autocomplete?q=常住人").get_json()["data"]
    assert found == [{"name": "population", "title": "常住人口统计年报"}]
    assert client.get("/api/v1/autocomplete?q=").get_json()["data"] == []
    assert client.get("/api/v1/autocomplete?q=医&limit=0").status_code == 400


def test_a_link_format_the_facets_offer_is_a_filter(catalog, tmp_path: Path) -> None:
    """A link resource's format (PDF, or whatever its source names) is a value of the format
    facet, and filtering on it finds the dataset (it is no closed vocabulary)."""
    from catalog.intake import IntakeLink

    add_publisher(catalog, "stats", "示例市统计局")
    path = tmp_path / "t.csv"
    path.write_text("区县,人数\n东城区,1\n", encoding="utf-8")
    pipeline.publish(catalog, IntakeRecord(
        {"name": "with-notice", "title": "统计公报"}, (IntakeResource(path, path.name),),
        str(path), links=(IntakeLink("https://www.example.gov.cn/n.pdf", "公报原文",
                                     format="PDF"),)), publisher_code="stats")
    publish(catalog, tmp_path, "plain", "a,b\n1,2\n", title="普通数据")
    client = create_app(catalog).test_client()
    facets = client.get("/api/v1/datasets").get_json()["facets"]["format"]
    assert {"value": "PDF", "count": 1} in facets
    found = client.get("/api/v1/datasets?format=PDF").get_json()
    assert [d["name"] for d in found["data"]] == ["with-notice"]
    assert client.get("/api/v1/datasets?format=Query%20API").get_json()["total"] == 0
