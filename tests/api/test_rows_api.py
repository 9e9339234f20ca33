"""The row API: REST v1's rows endpoint, and CKAN's datastore_search through clients nobody
here wrote (ckanapi's RemoteCKAN and its command line) against a real HTTP server."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import ckanapi
import pytest
import requests

from api.app import create_app
from catalog.withdrawal import withdraw
from publishers.services import add_publisher
from tests.support.catalogs import publish_csv, served_at
from tests.support.servers import serving_app

CKANAPI = str(Path(sys.executable).with_name("ckanapi"))
POPULATION = "区县,年份,常住人口,统计日期,主城区\n" + "".join(
    f"{district},{year},{population},{year}-12-31,{core}\n"
    for year in range(2014, 2024)
    for district, population, core in (("西湖区", round(113.05 + year - 2014, 2), "true"),
                                       ("上城区", 132.89, "true"), ("富阳区", 84.5, "false")))


@pytest.fixture
def site(catalog, tmp_path: Path) -> Iterator[tuple[str, object, dict[str, str]]]:
    add_publisher(catalog, "stats", "示例市统计局")
    add_publisher(catalog, "health", "示例市卫生健康委员会")
    publish_csv(catalog, tmp_path, "population", POPULATION, "stats", title="分区县常住人口")
    publish_csv(catalog, tmp_path, "cases", "区县,病例\n东城区,3\n", "health",
                title="传染病病例统计", open_condition="conditional",
                legal_basis="article_15", access_conditions="科研用途申请")
    publish_csv(catalog, tmp_path, "old-list", "a,b\n1,2\n", "health", title="旧名单")
    with serving_app(lambda url: create_app(served_at(catalog, url))) as url:
        ids = {name: ckanapi.RemoteCKAN(url).action.package_show(id=name)["resources"][0]["id"]
               for name in ("population", "cases", "old-list")}
        yield url, catalog, ids


def test_ckanapi_searches_a_resource_s_rows(site) -> None:
    url, catalog, ids = site
    portal = ckanapi.RemoteCKAN(url)
    resource = portal.action.resource_show(id=ids["population"])
    assert resource["datastore_active"] is True
    found = portal.action.datastore_search(resource_id=ids["population"],
                                           filters={"区县": "西湖区"}, sort="年份 desc", limit=3)
    assert found["total"] == 10 and found["resource_id"] == ids["population"]
    assert found["fields"] == [{"id": "_id", "type": "int"}, {"id": "区县", "type": "text"},
                               {"id": "年份", "type": "int"}, {"id": "常住人口", "type": "numeric"},
                               {"id": "统计日期", "type": "date"}, {"id": "主城区", "type": "bool"}]
    assert [r["年份"] for r in found["records"]] == [2023, 2022, 2021]
    assert found["records"][0] == {"_id": 28, "区县": "西湖区", "年份": 2023, "常住人口": 122.05,
                                   "统计日期": "2023-12-31", "主城区": True}
    assert found["_links"]["next"].startswith("/api/3/action/datastore_search?")
    following = requests.get(url + found["_links"]["next"], timeout=10).json()["result"]
    assert [r["年份"] for r in following["records"]] == [2020, 2019, 2018]
    # GET, fields as text, q over the whole row, lists, include_total
    reader = ckanapi.RemoteCKAN(url, get_only=True)
    lists = reader.action.datastore_search(resource_id=ids["population"], q="富阳 2015",
                                           fields="区县,常住人口", records_format="lists",
                                           include_total=False)
    assert lists["records"] == [["富阳区", 84.5]] and "total" not in lists
    assert reader.action.datastore_search(id=ids["population"], limit=0)["total"] == 30
    counted = portal.action.datastore_search(resource_id=ids["population"],
                                             filters={"年份": [2014, "2015"], "主城区": False})
    assert counted["total"] == 2


def test_datastore_search_refuses_as_ckan_does(site) -> None:
    url, catalog, ids = site
    portal = ckanapi.RemoteCKAN(url)
    with pytest.raises(ckanapi.NotFound):
        portal.action.datastore_search(resource_id="no-such-resource")
    with pytest.raises(ckanapi.ValidationError) as wrong:
        portal.action.datastore_search(resource_id=ids["population"], sort="人口 desc")
    assert "sort" in wrong.value.error_dict
    with pytest.raises(ckanapi.ValidationError) as wrong:
        portal.action.datastore_search(resource_id=ids["population"], filters={"年份": "去年"})
    assert "filters" in wrong.value.error_dict
    with pytest.raises(ckanapi.ValidationError):
        portal.action.datastore_search(resource_id=ids["population"], fields=["无此列"])
    with pytest.raises(ckanapi.ValidationError):
        portal.action.datastore_search()
    # a conditionally open dataset: refused as its download is; it has no rows at all
    assert portal.action.resource_show(id=ids["cases"])["datastore_active"] is False
    with pytest.raises(ckanapi.NotAuthorized):
        portal.action.datastore_search(resource_id=ids["cases"])
    withdraw(catalog, [portal.action.package_show(id="old-list")["id"]], "left its source")
    with pytest.raises(ckanapi.NotFound):
        portal.action.datastore_search(resource_id=ids["old-list"])
    answer = requests.post(f"{url}/api/3/action/datastore_search",
                           json={"resource_id": ids["population"], "limit": "many"}, timeout=10)
    assert answer.status_code == 409 and answer.json()["error"]["__type"] == "Validation Error"


def test_the_ckanapi_command_line_reads_rows(site) -> None:
    url, _, ids = site
    run = subprocess.run([CKANAPI, "action", "datastore_search",
                          f"resource_id={ids['population']}", "limit=5", "-r", url],
                         check=True, timeout=120, capture_output=True, text=True)
    result = json.loads(run.stdout)
    assert len(result["records"]) == 5 and result["total"] == 30
    assert result["records"][0] == {"_id": 1, "区县": "西湖区", "年份": 2014, "常住人口": 113.05,
                                     "统计日期": "2014-12-31", "主城区": True}


def test_rest_rows_of_a_resource(site) -> None:
    url, catalog, ids = site
    rows = f"{url}/api/v1/datasets/population/resources/{ids['population']}/rows"
    page = requests.get(rows, params={"filters": json.dumps({"区县": ["上城区", "富阳区"]}),
                                      "sort": "常住人口 desc, 年份", "limit": 2, "offset": 1,
                                      "fields": "区县,年份"}, timeout=10).json()
    assert page["total"] == 20 and page["limit"] == 2 and page["offset"] == 1
    assert page["data"] == [{"区县": "上城区", "年份": 2015}, {"区县": "上城区", "年份": 2016}]
    assert page["schema"] == {"fields": [{"name": "区县", "type": "string"},
                                         {"name": "年份", "type": "integer"}]}
    assert urlsplit(page["links"]["next"]).netloc == urlsplit(url).netloc
    following = requests.get(page["links"]["next"], timeout=10).json()
    assert following["offset"] == 3 and following["data"][0] == {"区县": "上城区", "年份": 2017}
    assert requests.get(page["links"]["prev"], timeout=10).json()["offset"] == 0
    assert requests.get(rows, params={"q": "西湖区 2023"}, timeout=10).json()["total"] == 1

    def status(path: str, **params: str) -> tuple[int, str]:
        answer = requests.get(url + path, params=params, timeout=10)
        return answer.status_code, answer.json()["error"]["code"]

    relative = rows.removeprefix(url)
    assert status(relative, filters="{not json") == (400, "bad_request")
    assert status(relative, sort="nope") == (400, "bad_request")
    assert status(relative, limit="32001") == (400, "bad_request")
    assert status(relative, colour="red") == (400, "bad_request")
    assert status(f"/api/v1/datasets/cases/resources/{ids['cases']}/rows") == \
        (403, "access_restricted")
    assert status(f"/api/v1/datasets/population/resources/{ids['cases']}/rows") == \
        (404, "not_found")
    withdraw(catalog, [ckanapi.RemoteCKAN(url).action.package_show(id="old-list")["id"]],
             "left its source")
    assert status(f"/api/v1/datasets/old-list/resources/{ids['old-list']}/rows") == \
        (410, "gone")
