"""CKAN sources: a local server replays demo.ckan.org's recorded package_search answer (its
resources served locally), and govcat harvests it end to end."""

from __future__ import annotations

import copy
import json
import re
import urllib.parse
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from sqlalchemy import func, select

from api.app import create_app
from catalog.crosswalk.ckan import from_ckan, to_ckan
from catalog.errors import CatalogError
from catalog.metadata import load_metadata
from catalog.models import Dataset, Publisher, as_utc
from harvesters.ckan import OVERLAP
from harvesters.jobs import add_source, dry_run, list_jobs, run_harvest
from harvesters.models import HarvestJob
from publishers.services import add_publisher
from tests.support.servers import QuietHandler, serving

RECORDED = "ckan/demo_ckan_org_via_amsterdam_dcatd/packages.json"
# What the portal's CSV resources hold: a table naming people (the screen masks them)
PEOPLE_CSV = "姓名,手机号码,区县\n张伟,13812345678,东城区\n李娜,13987654321,西城区\n"


class Portal:
    """A CKAN portal's package_search over some dataset dicts, and their resource files."""

    def __init__(self, packages: list[dict]) -> None:
        self.packages = packages
        self.queries: list[dict[str, str]] = []
        self.downloads = 0
        self.mode = "ckan"  # or "html", "ignores-paging"

    def search(self, query: dict[str, str]) -> dict:
        found = self.packages
        fq = query.get("fq", "")
        if "organization:(" in fq:
            wanted = fq.split("organization:(", 1)[1].split(")", 1)[0]
            found = [p for p in found if p.get("organization")
                     and f'"{p["organization"]["name"]}"' in wanted]
        if "metadata_modified:[" in fq:
            since = fq.split("metadata_modified:[", 1)[1].split(" TO", 1)[0]
            found = [p for p in found if p["metadata_modified"] >= since.rstrip("Z")]
        start, rows = int(query.get("start", 0)), int(query.get("rows", 10))
        if self.mode == "ignores-paging":
            start = 0
        return {"help": "", "success": True,
                "result": {"count": len(found), "results": found[start:start + rows]}}


def _handler(portal: Portal) -> type[BaseHTTPRequestHandler]:
    class Handler(QuietHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            parts = urllib.parse.urlsplit(self.path)
            if parts.path in ("/api/action/package_search", "/api/3/action/package_search"):
                query = dict(urllib.parse.parse_qsl(parts.query))
                portal.queries.append(query)
                if portal.mode in ("500", "404"):  # retried at once, then given up
                    self.send(int(portal.mode), headers={"Retry-After": "0"})
                elif portal.mode == "html":
                    self.send(200, b"<html><body>Maintenance</body></html>",
                              {"Content-Type": "text/html"})
                else:
                    found = ({"help": "", "success": True, "result": {"count": 0, "results": []}}
                             if portal.mode == "empty" else portal.search(query))
                    self.send(200, json.dumps(found).encode(),
                              {"Content-Type": "application/json"})
            elif parts.path.startswith("/files/missing"):
                self.send(404)
            elif parts.path.startswith("/files/"):
                portal.downloads += 1
                self.send(200, PEOPLE_CSV.encode("utf-8"), {"Content-Type": "text/csv"})
            else:
                self.send(404, length=False)

    return Handler


@pytest.fixture
def portal(fixtures_dir: Path) -> Iterator[tuple[Portal, str]]:
    recorded = json.loads((fixtures_dir / RECORDED).read_text(encoding="utf-8"))
    packages = copy.deepcopy(recorded["result"]["results"])
    portal = Portal(packages)
    with serving(_handler(portal)) as base:
        for package in packages:  # the recorded files live at demo.ckan.org: serve them here
            for resource in package["resources"]:
                resource["url"] = f"{base}/files/{resource['id']}.{resource['format'].lower()}"
        yield portal, base


def _datasets(catalog) -> dict[str, Dataset]:
    with catalog.sessions() as session:
        return {d.name: d for d in session.scalars(select(Dataset))}


def test_a_ckan_portal_harvests_end_to_end(catalog, portal):
    portal_, base = portal
    add_publisher(catalog, "demo", "示例数据开放平台")
    add_source(catalog, "demo-ckan", "ckan", "demo",
               {"url": base + "/", "rows": 2, "allow_private_network": True})
    summary = run_harvest(catalog, "demo-ckan")
    # two datasets with a CSV; the third has only a PDF, which the screen does not read: it
    # is listed as a link to the portal
    assert summary.status == "finished"
    assert summary.counts["added"] + summary.counts["held"] == 3
    assert summary.counts["errored"] == 0
    assert [q["start"] for q in portal_.queries] == ["0", "2"]  # paged, two rows at a time
    assert portal_.queries[0]["sort"] == "metadata_modified asc, id asc"
    names = _datasets(catalog)
    assert {"100-validated-species-of-plants", "2016-regione-asia-est-oceania-classi-di-eta"} \
        <= set(names)
    # personal data in the fetched CSV is masked in what govcat serves
    client = create_app(catalog).test_client()
    downloads, links = 0, []
    for name in names:
        dataset = client.get(f"/api/v1/datasets/{name}").get_json()
        for resource in dataset.get("resources", []):
            if not resource["screened"]:
                links.append(resource)
                continue
            download = client.get(urllib.parse.urlsplit(
                resource["download_url"]).path).data.decode("utf-8")
            assert "张伟" not in download and "13812345678" not in download
            assert "东城区" in download
            downloads += 1
    assert downloads >= 1
    # the PDF: a link to the portal's file, which govcat neither fetched nor serves
    assert [(r["format"], r["download_url"]) for r in links] == [("PDF", None)]
    assert links[0]["url"].startswith(base + "/files/") and links[0]["url"].endswith(".pdf")
    # the maintainer's e-mail of the recorded portal is personal data: never served as is
    served = json.dumps([client.get(f"/api/v1/datasets/{n}").get_json() for n in names])
    assert "misoh049@gmail.com" not in served


def test_a_second_run_asks_only_for_what_changed(catalog, portal):
    portal_, base = portal
    add_publisher(catalog, "demo", "示例数据开放平台")
    add_source(catalog, "demo-ckan", "ckan", "demo", {"url": base, "allow_private_network": True})
    run_harvest(catalog, "demo-ckan")
    second = run_harvest(catalog, "demo-ckan")
    assert "metadata_modified:[" in portal_.queries[-1]["fq"]
    assert second.status == "finished" and second.counts["added"] == 0


def test_a_dataset_the_portal_did_not_change_is_not_downloaded_again(catalog, portal):
    portal_, base = portal
    add_publisher(catalog, "demo", "示例数据开放平台")
    add_source(catalog, "demo-ckan", "ckan", "demo", {"url": base, "allow_private_network": True})
    run_harvest(catalog, "demo-ckan")
    downloads = portal_.downloads
    again = run_harvest(catalog, "demo-ckan", full=True)  # every dataset listed again
    assert again.counts["unchanged"] == 3 and portal_.downloads == downloads
    portal_.packages[0]["metadata_modified"] = "2026-12-01T00:00:00.000000"
    portal_.packages[0]["title"] = "100 Validated Species of Plants (2026)"
    changed = run_harvest(catalog, "demo-ckan", full=True)
    assert changed.counts["updated"] == 1 and portal_.downloads == downloads + 1


def test_organisation_filter(catalog, portal):
    portal_, base = portal
    add_publisher(catalog, "demo", "示例数据开放平台")
    add_source(catalog, "sdb", "ckan", "demo",
               {"url": base, "organizations": ["sdb"], "allow_private_network": True})
    summary = run_harvest(catalog, "sdb")
    assert portal_.queries[0]["fq"] == 'organization:("sdb")'
    assert summary.counts["added"] + summary.counts["held"] == 1


@pytest.mark.parametrize(("mode", "message"), [
    ("html", "expected JSON|not a CKAN Action API answer"),
    ("ignores-paging", "repeats the page at start=2"),
])
def test_bad_portals_fail_the_job_and_change_nothing(catalog, portal, mode, message):
    portal_, base = portal
    portal_.mode = mode
    add_publisher(catalog, "demo", "示例数据开放平台")
    add_source(catalog, "bad", "ckan", "demo",
               {"url": base, "rows": 2, "allow_private_network": True})
    with pytest.raises(CatalogError, match=message):
        run_harvest(catalog, "bad")
    with catalog.sessions() as session:
        job = session.scalars(select(HarvestJob)).one()
        assert job.status == "failed" and job.errors
        assert "Maintenance" not in json.dumps(job.errors)  # a response body is never quoted
    if mode == "html":
        assert _datasets(catalog) == {}


def _state(catalog) -> dict[str, tuple[int, bool]]:
    """Each dataset's newest revision number and whether it is withdrawn."""
    with catalog.sessions() as session:
        return {d.name: (d.revisions[-1].number, d.withdrawn_at is not None)
                for d in session.scalars(select(Dataset))}


@pytest.mark.parametrize(("mode", "status", "message"), [
    ("500", "failed", "500"),
    ("404", "failed", "404"),
    ("html", "failed", "expected JSON|not a CKAN Action API answer"),
    ("empty", "finished", "safety valve: the source listed 0 of its 3 known datasets"),
])
def test_a_portal_gone_bad_leaves_the_catalog_as_it_was(catalog, portal, mode, status,
                                                        message):
    portal_, base = portal
    add_publisher(catalog, "demo", "示例数据开放平台")
    add_source(catalog, "demo-ckan", "ckan", "demo", {"url": base, "allow_private_network": True})
    run_harvest(catalog, "demo-ckan")
    before = _state(catalog)
    portal_.mode = mode
    try:
        summary = run_harvest(catalog, "demo-ckan", full=True)
        errors = summary.errors
    except CatalogError:
        errors = list_jobs(catalog, "demo-ckan")[0]["errors"]
    assert list_jobs(catalog, "demo-ckan")[0]["status"] == status
    assert re.search(message, errors[-1]["message"])
    assert _state(catalog) == before  # nothing withdrawn, nothing revised


def test_a_resource_that_cannot_be_fetched_is_an_error_of_its_dataset(catalog, portal):
    portal_, base = portal
    portal_.packages[0]["resources"][0]["url"] = f"{base}/files/missing.csv"
    add_publisher(catalog, "demo", "示例数据开放平台")
    add_source(catalog, "demo-ckan", "ckan", "demo", {"url": base, "allow_private_network": True})
    summary = run_harvest(catalog, "demo-ckan")
    assert summary.status == "finished" and summary.counts["errored"] == 1
    assert summary.counts["added"] + summary.counts["held"] == 2
    [error] = summary.errors
    assert error["key"] == portal_.packages[0]["id"] and "404" in error["message"]


def test_each_dataset_is_reported_once_in_the_portal_s_order(catalog, portal):
    # revisions are written a batch at a time; what each dataset became is reported in order
    portal_, base = portal
    portal_.packages[2]["resources"][0]["url"] = f"{base}/files/missing.csv"
    add_publisher(catalog, "demo", "示例数据开放平台")
    add_source(catalog, "demo-ckan", "ckan", "demo", {"url": base, "allow_private_network": True})
    reported = []
    summary = run_harvest(catalog, "demo-ckan",
                          lambda key, outcome, error: reported.append((key, outcome, error)))
    assert [key for key, _, _ in reported] == [p["id"] for p in portal_.packages]
    (_, first, _), (_, linked, _), (_, failed, error) = reported
    assert first.revision == linked.revision == 1 and failed is None and "404" in error
    assert sum(summary.counts.values()) == 3
    again = []  # the first two are unchanged; the third fails again
    run_harvest(catalog, "demo-ckan", lambda *args: again.append(args), full=True)
    assert [(key, outcome) for key, outcome, _ in again] == [
        (p["id"], None) for p in portal_.packages]
    assert [error is None for _, _, error in again] == [True, True, False]


def test_the_local_network_needs_the_source_s_consent(catalog, portal):
    _, base = portal
    add_publisher(catalog, "demo", "示例数据开放平台")
    add_source(catalog, "local", "ckan", "demo", {"url": base})
    with pytest.raises(CatalogError, match="loopback address .*--allow-private-network"):
        run_harvest(catalog, "local")
    assert _datasets(catalog) == {}


def test_ckan_configuration_errors_name_the_field(catalog):
    add_publisher(catalog, "demo", "示例数据开放平台")
    with pytest.raises(CatalogError, match="url: Not a valid URL"):
        add_source(catalog, "x", "ckan", "demo", {"url": "ftp://portal.example"})
    with pytest.raises(CatalogError, match="url: Missing data"):
        add_source(catalog, "x", "ckan", "demo", {"organizations": ["a"]})
    with pytest.raises(CatalogError, match="path: Unknown field"):
        add_source(catalog, "x", "ckan", "demo", {"url": "https://p.example", "path": "/tmp"})


def test_the_crosswalk_round_trips_the_recorded_datasets(fixtures_dir):
    recorded = json.loads((fixtures_dir / RECORDED).read_text(encoding="utf-8"))
    for package in recorded["result"]["results"]:
        dataset = from_ckan(package)
        load_metadata(dict(dataset.metadata))  # the standard takes what the crosswalk reads
        again = from_ckan(to_ckan(dataset))
        assert (again.metadata, again.provenance, again.resources) == \
            (dataset.metadata, dataset.provenance, dataset.resources)
    sdb = from_ckan(recorded["result"]["results"][2])
    assert sdb.provenance["organization"]["name"] == "sdb"
    assert sdb.provenance["extras"] == {"Anno": "2016"}  # unknown extras are kept


def test_what_a_portal_says_beyond_the_standard_is_stored_screened(catalog, portal):
    portal_, base = portal
    package = portal_.packages[0]
    package["extras"] = [{"key": "经办人", "value": "张伟 13812345678"}]
    package["groups"] = [{"name": "李娜的数据"}]
    add_publisher(catalog, "demo", "示例数据开放平台")
    add_source(catalog, "demo-ckan", "ckan", "demo", {"url": base, "allow_private_network": True})
    run_harvest(catalog, "demo-ckan")
    catalog.engine.dispose()
    stored = b"".join(p.read_bytes() for p in catalog.settings.home.rglob("*") if p.is_file())
    for raw in ("张伟", "13812345678", "李娜"):
        assert raw.encode("utf-8") not in stored, raw


def test_with_resources_link_only_metadata_is_harvested(catalog, portal):
    portal_, base = portal
    add_publisher(catalog, "demo", "示例数据开放平台")
    add_source(catalog, "demo-ckan", "ckan", "demo",
               {"url": base, "resources": "link", "allow_private_network": True})
    summary = run_harvest(catalog, "demo-ckan")
    assert summary.counts["added"] + summary.counts["held"] == 3
    assert portal_.downloads == 0  # nothing fetched
    client = create_app(catalog).test_client()
    dataset = client.get("/api/v1/datasets/100-validated-species-of-plants").get_json()
    [resource] = dataset["resources"]
    assert resource["screened"] is False and resource["download_url"] is None
    assert resource["format"] == "CSV" and resource["url"].startswith(base + "/files/")
    assert resource["row_count"] is None and resource["schema"] is None
    # govcat never serves a link's content itself
    assert client.get(f"/api/v1/datasets/100-validated-species-of-plants/resources/"
                      f"{resource['id']}/download").status_code == 404
    # the metadata is screened all the same: the maintainer's own mailbox is masked
    assert "misoh049@gmail.com" not in json.dumps(dataset)
    page = client.get("/datasets/100-validated-species-of-plants").get_data(as_text=True)
    assert resource["url"] in page and "not screened" in page


def test_a_link_naming_a_person_or_not_a_web_address_is_withheld(catalog, portal):
    portal_, base = portal
    package = portal_.packages[2]
    package["resources"] = [
        {**package["resources"][0], "id": "a", "format": "PDF",
         "url": f"{base}/files/%E5%BC%A0%E4%BC%9F-13812345678.pdf"},  # 张伟-13812345678.pdf
        {**package["resources"][0], "id": "b", "format": "HTML", "url": "javascript:alert(1)"},
        {**package["resources"][0], "id": "c", "format": "ZIP", "url": f"{base}/files/c.zip"},
    ]
    add_publisher(catalog, "demo", "示例数据开放平台")
    add_source(catalog, "demo-ckan", "ckan", "demo", {"url": base, "allow_private_network": True})
    run_harvest(catalog, "demo-ckan")
    with catalog.sessions() as session:
        dataset = session.scalar(select(Dataset).where(Dataset.source_key.is_not(None),
                                                       Dataset.name.like("2016-regione%")))
        revision = dataset.revisions[-1]
        urls = [(r.format, r.url) for r in revision.resources]
        stored = json.dumps([r.url for r in revision.resources])
    assert urls == [("PDF", None), ("HTML", None), ("ZIP", f"{base}/files/c.zip")]
    assert "13812345678" not in stored and "javascript" not in stored


def test_without_a_publisher_remote_organisations_become_publishers(catalog, portal):
    portal_, base = portal
    add_source(catalog, "demo-ckan", "ckan", None, {"url": base, "allow_private_network": True})
    run_harvest(catalog, "demo-ckan")
    with catalog.sessions() as session:
        owners = {d.name: d.publisher.code for d in session.scalars(select(Dataset))}
        publishers = {p.code: p.name for p in session.scalars(select(Publisher))}
    # the one dataset with an organisation (sdb) is under its publisher; the others under
    # the publisher made for the source itself
    assert owners["2016-regione-asia-est-oceania-classi-di-eta"] == "sdb"
    assert owners["100-validated-species-of-plants"] == "demo-ckan"
    assert publishers == {"sdb": "SDB", "demo-ckan": "demo-ckan"}
    # the organisation changes at the portal: the dataset moves with it
    portal_.packages[2]["organization"] = {"name": "regional_stats", "title": "Regional Stats"}
    portal_.packages[2]["metadata_modified"] = "2026-12-01T00:00:00.000000"
    run_harvest(catalog, "demo-ckan", full=True)
    with catalog.sessions() as session:
        dataset = session.scalar(select(Dataset).where(Dataset.name.like("2016-regione%")))
        assert dataset.publisher.code == "regional-stats"
        assert dataset.publisher.name == "Regional Stats"


def test_a_folder_source_needs_a_publisher(catalog, tmp_path):
    with pytest.raises(CatalogError, match="needs --publisher"):
        add_source(catalog, "folder", "directory", None, {"path": str(tmp_path)})


def test_a_dry_run_counts_and_changes_nothing(catalog, portal):
    portal_, base = portal
    add_publisher(catalog, "demo", "示例数据开放平台")
    add_source(catalog, "demo-ckan", "ckan", "demo", {"url": base, "allow_private_network": True})
    preview = dry_run(catalog, "demo-ckan")
    assert dict(preview.counts) == {"added": 3}
    with catalog.sessions() as session:
        assert session.scalar(select(func.count(Dataset.id))) == 0
        assert session.scalar(select(func.count(HarvestJob.id))) == 0
    run_harvest(catalog, "demo-ckan")
    portal_.packages[0]["title"] = "100 Validated Species of Plants (2026)"
    portal_.packages[0]["metadata_modified"] = "2026-12-01T00:00:00.000000"
    del portal_.packages[1]
    again = dry_run(catalog, "demo-ckan", full=True)
    assert dict(again.counts) == {"updated": 1, "unchanged": 1, "withdrawn": 1}
    with catalog.sessions() as session:
        assert session.scalar(select(func.count(HarvestJob.id))) == 1
        assert session.scalar(select(func.count(Dataset.id)).where(
            Dataset.withdrawn_at.is_not(None))) == 0


def test_a_limited_run_is_partial_and_withdraws_nothing(catalog, portal):
    portal_, base = portal
    add_publisher(catalog, "demo", "示例数据开放平台")
    add_source(catalog, "demo-ckan", "ckan", "demo",
               {"url": base, "rows": 1, "allow_private_network": True})
    run_harvest(catalog, "demo-ckan")
    limited = run_harvest(catalog, "demo-ckan", full=True, limit=1)
    assert limited.status == "partial" and limited.counts["withdrawn"] == 0
    assert sum(limited.counts.values()) == 1
    # a partial job is no successful gather: the next run asks for what changed since the
    # last finished one
    with catalog.sessions() as session:
        jobs = list(session.scalars(select(HarvestJob).order_by(HarvestJob.started_at)))
        assert [j.status for j in jobs] == ["finished", "partial"]
        since = as_utc(jobs[0].started_at) - OVERLAP
    run_harvest(catalog, "demo-ckan")
    assert f"metadata_modified:[{since:%Y-%m-%dT%H:%M:%SZ} TO *]" in portal_.queries[-1]["fq"]
