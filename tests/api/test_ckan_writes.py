"""The write side of CKAN's Action API through clients nobody here wrote, against a really
served govcat: unmodified ckanapi.RemoteCKAN with a token made by `govcat token create`
creates a dataset and uploads a CSV with personal data (the answer says published or held,
and nothing raw is reachable anywhere), and frictionless's CKAN adapter publishes a Data
Package."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import ckanapi
import pytest
import requests
from click.testing import CliRunner
from frictionless import Package, Resource
from frictionless.portals import CkanControl

from api.app import create_app
from api.cli import main
from catalog.audit import recent_events
from catalog.review import list_held
from publishers.services import add_publisher
from tests.support.catalogs import served_at
from tests.support.servers import serving_app

NAMES = ("张伟", "李秀英", "王建国")
MOBILES = ("13812345678", "13987654321", "15011112222")
PEOPLE = "姓名,手机,区县\n" + "".join(f"{n},{m},东城区\n" for n, m in zip(NAMES, MOBILES,
                                                                          strict=True))


@pytest.fixture
def site(catalog, settings, monkeypatch) -> Iterator[tuple[str, str, object]]:
    """A served catalog, its publisher stats with the editor wang, and wang's token made by
    the command line."""
    add_publisher(catalog, "stats", "示例市统计局")
    monkeypatch.setenv("GOVCAT_HOME", str(settings.home))
    monkeypatch.setenv("GOVCAT_SECRET_KEY", "test-secret")
    runner = CliRunner()
    for args in (["user", "add", "wang", "--no-password"],
                 ["member", "add", "wang", "stats", "editor"]):
        result = runner.invoke(main, args)
        assert result.exit_code == 0, result.output
    made = runner.invoke(main, ["token", "create", "wang", "--publisher", "stats",
                                "--expires", "30"])
    assert made.exit_code == 0, made.output
    token = made.stdout.strip()
    assert token.startswith("govcat_")
    with serving_app(lambda url: create_app(served_at(catalog, url))) as url:
        yield url, token, catalog


def _everything_public(url: str, name: str) -> str:
    """Every public answer that could show the dataset: API, CKAN, search, downloads,
    exports, feeds, the portal."""
    texts = []
    for path in (f"/api/v1/datasets/{name}", "/api/v1/datasets?q=名单",
                 f"/api/3/action/package_show?id={name}", "/api/3/action/package_search?q=名单",
                 "/data.json", "/catalog.ttl", "/feeds/datasets.atom", f"/datasets/{name}",
                 "/?q=名单"):
        texts.append(requests.get(url + path, timeout=10).text)
    shown = requests.get(f"{url}/api/v1/datasets/{name}", timeout=10)
    if shown.status_code == 200:
        for resource in shown.json()["resources"]:
            if resource["download_url"]:
                texts.append(requests.get(resource["download_url"], timeout=10).text)
    return "\n".join(texts)


def test_ckanapi_creates_a_dataset_and_uploads_personal_data(site, tmp_path: Path) -> None:
    url, token, catalog = site
    portal = ckanapi.RemoteCKAN(url, apikey=token)
    created = portal.action.package_create(
        name="people-list", title="人员名单", owner_org="stats", notes="街道联系人名单",
        tags=[{"name": "名单"}], license_id="cc-by",
        extras=[{"key": "theme", "value": "民政服务"}])
    assert created["outcome"]["status"] == "published" and created["name"] == "people-list"
    path = tmp_path / "people.csv"
    path.write_text(PEOPLE, encoding="utf-8")
    with path.open("rb") as upload:
        resource = portal.action.resource_create(package_id=created["id"], name="联系人",
                                                 upload=upload)
    outcome = resource["outcome"]
    assert outcome["status"] in ("published", "held")
    assert {f["entity"] for f in outcome["findings"]} >= {"PERSON", "CN_MOBILE"}
    answered = json.dumps(resource, ensure_ascii=False)
    assert not any(raw in answered for raw in (*NAMES, *MOBILES))
    public = _everything_public(url, "people-list")
    assert not any(raw in public for raw in (*NAMES, *MOBILES))
    if outcome["status"] == "published":
        shown = portal.action.package_show(id="people-list")
        [table] = shown["resources"]
        body = requests.get(table["url"], timeout=10).text
        assert "张*" in body and "138****5678" in body
    else:
        assert [h["dataset"] for h in list_held(catalog)] == ["people-list"]
    trail = [(e["actor"], e["role"], e["channel"], e["action"]) for e in recent_events(catalog)]
    assert ("wang", "editor", "api", "resource.create") in trail
    assert ("wang", "editor", "api", "dataset.create") in trail


def test_ckanapi_sees_its_errors_as_ckan_s(site, tmp_path: Path) -> None:
    url, token, _ = site
    portal = ckanapi.RemoteCKAN(url, apikey=token)
    with pytest.raises(ckanapi.NotAuthorized):
        ckanapi.RemoteCKAN(url).action.package_create(name="x1", title="x", owner_org="stats")
    with pytest.raises(ckanapi.NotAuthorized):
        ckanapi.RemoteCKAN(url, apikey="govcat_not-a-token").action.package_create(
            name="x1", title="x", owner_org="stats")
    with pytest.raises(ckanapi.ValidationError) as invalid:  # conditional needs a basis
        portal.action.package_create(name="contacts", title="张伟13812345678",
                                     owner_org="stats",
                                     extras=[{"key": "open_condition", "value": "conditional"}])
    assert "legal_basis" in invalid.value.error_dict
    assert "13812345678" not in json.dumps(invalid.value.error_dict, ensure_ascii=False)
    # a name holding personal data is no address: one is made from the screened title
    made = portal.action.package_create(name="zhangwei-13812345678", title="联系表",
                                        owner_org="stats")
    assert "13812345678" not in json.dumps(made, ensure_ascii=False)
    portal.action.package_create(name="ok-name", title="表", owner_org="stats")
    with pytest.raises(ckanapi.ValidationError) as taken:
        portal.action.package_create(name="ok-name", title="表", owner_org="stats")
    assert taken.value.error_dict["name"] == ["That URL is already in use."]
    broken = tmp_path / "broken.csv"
    broken.write_text("a,b\n1,2,3,张伟13812345678\n", encoding="utf-8")
    with broken.open("rb") as upload, pytest.raises(ckanapi.ValidationError) as refused:
        portal.action.resource_create(package_id="ok-name", upload=upload)
    report = refused.value.error_dict
    assert report["outcome"]["status"] == "invalid" and report["upload"]
    assert "13812345678" not in json.dumps(report, ensure_ascii=False)
    with pytest.raises(ckanapi.NotFound):
        portal.action.package_update(id="no-such-dataset", title="x")


def test_ckanapi_updates_patches_and_deletes(site, tmp_path: Path) -> None:
    url, token, catalog = site
    portal = ckanapi.RemoteCKAN(url, apikey=token)
    portal.action.package_create(name="roads", title="道路名录", owner_org="stats")
    path = tmp_path / "roads.csv"
    path.write_text("道路,长度\n长安街,7\n", encoding="utf-8")
    with path.open("rb") as upload:
        first = portal.action.resource_create(package_id="roads", upload=upload)
    assert first["outcome"]["status"] == "published"
    patched = portal.action.package_patch(id="roads", notes="全市主要道路")
    assert patched["notes"] == "全市主要道路" and patched["title"] == "道路名录"
    assert [r["name"] for r in patched["resources"]] == ["roads.csv"]
    renamed = portal.action.resource_update(id=patched["resources"][0]["id"],
                                            description="按长度")
    assert renamed["description"] == "按长度"
    shown = portal.action.package_show(id="roads")
    shown["title"] = "主要道路名录"
    updated = portal.action.package_update(**shown)  # CKAN's read-modify-write round trip
    assert updated["title"] == "主要道路名录" and updated["notes"] == "全市主要道路"
    assert len(updated["resources"]) == 1
    link = portal.action.resource_create(package_id="roads", url="https://example.gov.cn/r.pdf",
                                         name="说明", format="PDF")
    assert link["url"] == "https://example.gov.cn/r.pdf" and link["screened"] is False
    portal.action.resource_delete(id=link["id"])
    assert len(portal.action.package_show(id="roads")["resources"]) == 1
    portal.action.package_delete(id="roads")
    with pytest.raises(ckanapi.NotFound):
        portal.action.package_show(id="roads")
    assert requests.get(f"{url}/api/v1/datasets/roads", timeout=10).status_code == 410


def test_frictionless_publishes_a_data_package(site, tmp_path: Path) -> None:
    url, token, catalog = site
    (tmp_path / "population.csv").write_text("区县,常住人口\n东城区,70.4\n西城区,110.6\n",
                                            encoding="utf-8")
    package = Package(
        name="population-2022", title="常住人口统计", description="分区县常住人口。",
        resources=[Resource(path="population.csv", basepath=str(tmp_path))],
        basepath=str(tmp_path))
    control = CkanControl(baseurl=url, apikey=token, organization_name="stats")
    result = package.publish(control=control)
    assert result.context["dataset_id"]
    shown = ckanapi.RemoteCKAN(url).action.package_show(id="population-2022")
    assert shown["title"] == "常住人口统计" and shown["notes"] == "分区县常住人口。"
    [table] = shown["resources"]
    assert table["format"] == "CSV"
    assert requests.get(table["url"], timeout=10).text.splitlines()[0] == "区县,常住人口"
