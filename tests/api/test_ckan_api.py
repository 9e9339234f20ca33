"""The CKAN Action API, through the clients nobody here wrote: ckanapi's RemoteCKAN and its
command line, frictionless's CKAN adapter, and govcat's own CKAN harvester, against a real
HTTP server over a real catalog."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import ckanapi
import pytest
import requests
from frictionless import Package
from frictionless.portals import CkanControl

from api.app import create_app
from api.store import init_catalog
from catalog.settings import Settings
from catalog.withdrawal import withdraw
from harvesters.jobs import add_source, run_harvest
from publishers.services import add_publisher
from tests.support.catalogs import publish_csv, served_at
from tests.support.servers import serving_app

CKANAPI = str(Path(sys.executable).with_name("ckanapi"))


@pytest.fixture
def site(catalog, tmp_path: Path) -> Iterator[tuple[str, object]]:
    add_publisher(catalog, "stats", "示例市统计局", description="人口与经济统计")
    add_publisher(catalog, "health", "示例市卫生健康委员会")
    publish_csv(catalog, tmp_path, "population", "区县,常住人口\n东城区,70.4\n", "stats",
             title="常住人口统计年报", theme="人口与就业", keywords=["人口", "统计"],
             license="CC-BY-4.0", description="全市分区县常住人口。")
    publish_csv(catalog, tmp_path, "census", "区县,户数\n西城区,41\n", "stats",
             title="人口普查分区县户数", theme="人口与就业", keywords=["人口", "普查"])
    publish_csv(catalog, tmp_path, "hospitals", "机构,床位\n第一医院,800\n", "health",
             title="医疗机构名录", theme="卫生健康", keywords=["医院"], license="ODbL-1.0")
    publish_csv(catalog, tmp_path, "cases", "区县,病例\n东城区,3\n", "health",
             title="传染病病例统计", theme="卫生健康", open_condition="conditional",
             legal_basis="article_15", access_conditions="科研用途申请")
    gone = publish_csv(catalog, tmp_path, "old-list", "a,b\n1,2\n", "health", title="旧名单")
    withdraw(catalog, [gone.dataset_id], "no longer at source")
    with serving_app(lambda url: create_app(served_at(catalog, url))) as url:
        yield url, catalog


def test_ckanapi_remote_reads_the_catalog(site) -> None:
    url, _ = site
    portal = ckanapi.RemoteCKAN(url)
    found = portal.action.package_search(q="人口", rows=10)
    assert found["count"] == 2
    assert {d["name"] for d in found["results"]} == {"population", "census"}
    population = portal.action.package_show(id="population")
    assert population["title"] == "常住人口统计年报"
    assert population["organization"]["name"] == "stats"
    assert population["owner_org"] == population["organization"]["id"]
    assert population["license_id"] == "cc-by"
    assert [t["name"] for t in population["tags"]] == ["人口", "统计"]
    assert [g["name"] for g in population["groups"]] == ["population-employment"]
    extras = {e["key"]: e["value"] for e in population["extras"]}
    assert extras["open_condition"] == "unconditional" and extras["screened"] == "true"
    assert extras["privacy_status"] == "clean" and extras["validation_status"] == "valid"
    [resource] = population["resources"]
    assert resource["format"] == "CSV" and resource["hash"].startswith("sha256:")
    assert requests.get(resource["url"], timeout=10).text.startswith("区县,常住人口")
    assert portal.action.resource_show(id=resource["id"])["url"] == resource["url"]
    assert portal.action.package_show(id=population["id"])["name"] == "population"
    # a restricted dataset's metadata is public, its files are not reachable directly
    cases = portal.action.package_show(id="cases")
    assert cases["resources"][0]["url"] == "" and cases["isopen"] is False
    with pytest.raises(ckanapi.NotFound):
        portal.action.package_show(id="old-list")  # withdrawn
    with pytest.raises(ckanapi.NotFound):
        portal.action.package_show(id="no-such-dataset")
    assert sorted(portal.action.package_list()) == ["cases", "census", "hospitals", "population"]


def test_package_search_filters_facets_sorts_and_pages(site) -> None:
    url, catalog = site
    portal = ckanapi.RemoteCKAN(url, get_only=True)
    result = portal.action.package_search(
        fq="organization:stats", rows=1, start=1, sort="name asc",
        **{"facet.field": json.dumps(["organization", "groups", "tags", "res_format"])})
    assert result["count"] == 2 and [d["name"] for d in result["results"]] == ["population"]
    assert result["facets"]["tags"] == {"人口": 2, "统计": 1, "普查": 1}
    assert result["search_facets"]["organization"]["items"] == [
        {"name": "stats", "display_name": "stats", "count": 2}]
    assert result["facets"]["groups"] == {"population-employment": 2}
    by_group = portal.action.package_search(fq="groups:health")
    assert {d["name"] for d in by_group["results"]} == {"hospitals", "cases"}
    by_tags = portal.action.package_search(fq='tags:("医院" OR "普查") AND res_format:csv')
    assert {d["name"] for d in by_tags["results"]} == {"hospitals", "census"}
    assert [d["name"] for d in portal.action.package_search(fq="license_id:odc-odbl")[
        "results"]] == ["hospitals"]
    assert portal.action.package_search(q="name:census")["results"][0]["name"] == "census"
    newest = portal.action.package_search(sort="metadata_modified desc", rows=4)["results"]
    since = newest[0]["metadata_modified"]
    recent = portal.action.package_search(fq=f"metadata_modified:[{since} TO *]")
    assert [d["name"] for d in recent["results"]] == [newest[0]["name"]]
    # the same counts as the v1 API for the same filters
    for v1_params, ckan_params in [
            ({"publisher": "health"}, {"fq": "organization:health"}),
            ({"theme": "人口与就业"}, {"fq": "groups:population-employment"}),
            ({"format": "CSV", "license": "ODbL-1.0"},
             {"fq": "res_format:CSV license_id:odc-odbl"}),
            ({"q": "人口", "publisher": "stats"}, {"q": "人口", "fq": "organization:stats"}),
            ({"q": "统计"}, {"q": "统计"})]:
        v1 = requests.get(f"{url}/api/v1/datasets", params=v1_params, timeout=10).json()
        assert portal.action.package_search(**ckan_params)["count"] == v1["total"], v1_params
    # every page start, even one that is no multiple of rows
    names = [d["name"] for d in portal.action.package_search(rows=4, sort="name asc")["results"]]
    assert [portal.action.package_search(rows=1, start=i, sort="name asc")["results"][0]["name"]
            for i in range(4)] == names


def test_organizations_groups_tags_licenses_and_the_rest(site) -> None:
    url, _ = site
    portal = ckanapi.RemoteCKAN(url)
    assert portal.action.organization_list() == ["health", "stats"]
    organizations = portal.action.organization_list(all_fields=True, sort="package_count desc")
    assert [(o["name"], o["package_count"]) for o in organizations] == [
        ("health", 2), ("stats", 2)]
    stats = portal.action.organization_show(id="stats", include_datasets=True)
    assert stats["title"] == "示例市统计局" and len(stats["packages"]) == 2
    assert "health" in portal.action.group_list()
    assert portal.action.group_show(id="health")["package_count"] == 2
    assert len(portal.action.group_package_show(id="health")) == 2
    assert portal.action.tag_list() == sorted(["人口", "统计", "普查", "医院"])
    assert portal.action.tag_list(query="人")  == ["人口"]
    licenses = {lic["id"]: lic for lic in portal.action.license_list()}
    assert set(licenses) >= {"cc-by", "odc-odbl"}
    assert licenses["cc-by"]["od_conformance"] == "approved"
    assert licenses["cc-nc"]["od_conformance"] == "not reviewed"  # non-commercial: not open
    assert portal.action.status_show()["ckan_version"].startswith("2.")
    assert portal.action.package_autocomplete(q="医疗")[0]["name"] == "hospitals"
    assert "Search datasets" in portal.action.help_show(name="package_search")
    listed = portal.action.current_package_list_with_resources(limit=2)
    assert len(listed) == 2 and listed[0]["resources"]


@pytest.mark.parametrize(("path", "status", "kind"), [
    ("/api/3/action/package_show", 409, "Validation Error"),
    ("/api/3/action/package_show?id=nope", 404, "Not Found Error"),
    ("/api/action/package_search?fq=colour:red", 400, "Search Query Error"),
    ("/api/action/package_search?rows=many", 409, "Validation Error"),
    ("/api/3/action/package_search?sort=colour%20asc", 400, "Search Query Error"),
    ("/api/3/action/no_such_action", 400, "Bad request"),
])
def test_errors_take_ckan_s_envelope(site, path: str, status: int, kind: str) -> None:
    url, _ = site
    response = requests.get(url + path, timeout=10)
    assert response.status_code == status
    body = response.json()
    assert body["success"] is False and body["error"]["__type"] == kind
    assert body["help"].endswith("/api/3/action/help_show?name=" + path.split("?")[0]
                                 .rsplit("/", 1)[1])
    put = requests.put(f"{url}/api/3/action/package_list", timeout=10)
    assert put.status_code == 405 and put.json()["success"] is False


def test_post_json_and_unknown_parameters_are_ignored(site) -> None:
    url, _ = site
    response = requests.post(f"{url}/api/3/action/package_search",
                             json={"q": "医院", "colour": "red", "rows": 5}, timeout=10)
    body = response.json()
    assert body["success"] is True and body["result"]["count"] == 1


def test_the_ckanapi_command_line(site, tmp_path: Path) -> None:
    url, _ = site
    out = tmp_path / "datasets.jsonl"
    # its workers are ckanapi processes found on the PATH
    env = {**os.environ, "PATH": f"{Path(CKANAPI).parent}{os.pathsep}{os.environ['PATH']}"}
    subprocess.run([CKANAPI, "dump", "datasets", "--all", "-r", url, "-O", str(out), "-q"],
                   check=True, timeout=120, capture_output=True, env=env)
    dumped = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(d["name"] for d in dumped) == ["cases", "census", "hospitals", "population"]
    searched = subprocess.run([CKANAPI, "search", "datasets", "q=人口", "-r", url],
                              check=True, timeout=120, capture_output=True, text=True)
    found = [json.loads(line) for line in searched.stdout.splitlines() if line.strip()]
    assert sorted(d["name"] for d in found) == ["census", "population"]
    action = subprocess.run([CKANAPI, "action", "package_search", "q=人口", "-r", url],
                            check=True, timeout=120, capture_output=True, text=True)
    assert json.loads(action.stdout)["count"] == 2


def test_frictionless_reads_a_dataset_and_the_catalog(site) -> None:
    url, _ = site
    package = Package(control=CkanControl(baseurl=url, dataset="population"))
    assert package.title == "常住人口统计年报"
    [resource] = package.resources
    assert resource.read_rows()[0]["区县"] == "东城区"


def test_govcat_harvests_a_govcat_server(site, tmp_path: Path) -> None:
    url, _ = site
    mirror = init_catalog(Settings.from_env({}, home=str(tmp_path / "mirror"),
                                            secret_key="mirror-secret"))
    try:
        add_source(mirror, "upstream", "ckan", None, {"url": url, "allow_private_network": True})
        first = run_harvest(mirror, "upstream")
        assert first.status == "finished" and first.counts["added"] == 4, first.errors
        again = run_harvest(mirror, "upstream")  # incremental: metadata_modified since T
        assert again.counts["added"] == 0 and again.counts["errored"] == 0
        client = create_app(mirror).test_client()
        population = client.get("/api/v1/datasets/population").get_json()
        assert population["publisher"]["code"] == "stats"  # its organisation, as a publisher
        assert population["license"] == "CC-BY-4.0" and population["theme"] == "人口与就业"
        # a restricted dataset's files are not reachable upstream: its metadata comes alone
        cases = client.get("/api/v1/datasets/cases").get_json()
        assert cases["open_condition"] == "conditional" and cases["resources"] == []
    finally:
        mirror.close()


def _harvest_like_ckanext(url: str, fq_terms: list[str]) -> list[dict]:
    """The requests ckanext-harvest's CKAN harvester sends while gathering: package_search by
    100, sorted by id, paged until an empty page, refusing a page that repeats the last."""
    params = {"rows": "100", "start": "0", "sort": "id asc"}
    if fq_terms:
        params["fq"] = " ".join(fq_terms)
    found, previous = [], None
    while True:
        response = requests.get(f"{url}/api/3/action/package_search", params=params, timeout=10)
        assert response.status_code == 200, response.text
        assert response.content != previous, "the paging does not work"
        previous = response.content
        page = response.json()["result"]["results"]
        if not page:
            return found
        found.extend(page)
        params["start"] = str(int(params["start"]) + int(params["rows"]))


def test_a_ckanext_harvest_gather_reads_govcat(site) -> None:
    url, _ = site
    everything = _harvest_like_ckanext(url, [])
    assert sorted(d["name"] for d in everything) == ["cases", "census", "hospitals",
                                                     "population"]
    included = _harvest_like_ckanext(url, ["organization:stats OR organization:health"])
    assert len(included) == 4
    excluded = _harvest_like_ckanext(url, ["-organization:health"])
    assert sorted(d["name"] for d in excluded) == ["census", "population"]
    since = (dt.datetime.now(dt.UTC).replace(tzinfo=None) - dt.timedelta(hours=1)).isoformat()
    recent = _harvest_like_ckanext(url, ["organization:stats",
                                         f"metadata_modified:[{since}Z TO *]"])
    assert sorted(d["name"] for d in recent) == ["census", "population"]
    later = (dt.datetime.now(dt.UTC).replace(tzinfo=None) + dt.timedelta(hours=1)).isoformat()
    assert _harvest_like_ckanext(url, [f"metadata_modified:[{later}Z TO *]"]) == []
    organization = requests.get(f"{url}/api/3/action/organization_show",
                                params={"id": "stats"}, timeout=10).json()["result"]
    assert organization["name"] == "stats" and organization["is_organization"] is True
