"""The data.json, schema.org and Atom exports: built from the published, screened records
only, read back by real parsers (rdflib's JSON-LD, ElementTree) and by govcat's own data.json
harvester."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
import rdflib
import requests

from api.app import create_app
from api.store import init_catalog
from catalog.settings import Settings
from catalog.withdrawal import withdraw
from harvesters.jobs import add_source, run_harvest
from publishers.services import add_publisher
from tests.support.catalogs import publish_csv, served_at
from tests.support.servers import serving_app

ATOM = "{http://www.w3.org/2005/Atom}"
TOMBSTONE = "{http://purl.org/atompub/tombstones/1.0}deleted-entry"
SCHEMA = rdflib.Namespace("https://schema.org/")


@pytest.fixture
def served(catalog, tmp_path: Path) -> Iterator[tuple[str, object]]:
    add_publisher(catalog, "stats", "示例市统计局")
    add_publisher(catalog, "health", "示例市卫生健康委员会")
    publish_csv(catalog, tmp_path, "population", "区县,常住人口\n东城区,70.4\n", "stats",
             title="常住人口统计年报", theme="人口与就业", keywords=["人口"],
             description="全市分区县常住人口。", temporal_start="2023-01-01",
             temporal_end="2023-12-31", spatial="330100")
    publish_csv(catalog, tmp_path, "letters", "编号,事项\n1,道路维修\n", "stats",
             title="张伟的来信办理情况</script><script>alert(1)</script>", keywords=["来信"])
    publish_csv(catalog, tmp_path, "cases", "区县,病例\n东城区,3\n", "health",
             title="传染病病例统计", open_condition="conditional", legal_basis="article_15",
             access_conditions="科研用途申请", keywords=["病例"])
    gone = publish_csv(catalog, tmp_path, "old-list", "a,b\n1,2\n", "health", title="旧名单",
                    keywords=["旧"])
    withdraw(catalog, [gone.dataset_id], "no longer at source drop")

    with serving_app(lambda url: create_app(served_at(catalog, url))) as url:
        yield url, catalog


def test_every_dataset_page_carries_schema_org_json_ld(served) -> None:
    url, _ = served
    page = requests.get(f"{url}/datasets/population", timeout=10).text
    [block] = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    described = json.loads(block)
    assert described["@type"] == "Dataset" and described["name"] == "常住人口统计年报"
    assert described["temporalCoverage"] == "2023-01-01/2023-12-31"
    assert described["includedInDataCatalog"]["url"] == f"{url}/"
    # a JSON-LD parser reads it as a Dataset with a DataDownload (schema.org's context maps
    # its terms under its vocabulary: given inline, as nothing may be fetched here)
    described["@context"] = {"@vocab": "https://schema.org/"}
    graph = rdflib.Graph().parse(data=json.dumps(described), format="json-ld")
    [dataset] = graph.subjects(rdflib.RDF.type, SCHEMA.Dataset)
    [download] = graph.objects(dataset, SCHEMA.distribution)
    assert (download, rdflib.RDF.type, SCHEMA.DataDownload) in graph
    content = str(graph.value(download, SCHEMA.contentUrl))
    assert requests.get(content, timeout=10).text.startswith("区县,常住人口")
    # nothing in a title can close the script element, and the screened title is the one
    letters = requests.get(f"{url}/datasets/letters", timeout=10).text
    assert "<script>alert(1)" not in letters and "张伟" not in letters
    # a restricted dataset's files are not offered
    cases = requests.get(f"{url}/datasets/cases", timeout=10).text
    [block] = re.findall(r'<script type="application/ld\+json">(.*?)</script>', cases, re.S)
    assert "distribution" not in json.loads(block)


def test_data_json_is_dcat_us_and_govcat_harvests_it(served, tmp_path: Path) -> None:
    url, _ = served
    document = requests.get(f"{url}/data.json", timeout=10).json()
    assert document["conformsTo"] == "https://project-open-data.cio.gov/v1.1/schema"
    records = {r["identifier"].rsplit("/", 1)[1]: r for r in document["dataset"]}
    assert set(records) == {"population", "letters", "cases"}  # the withdrawn one is absent
    assert records["population"]["accessLevel"] == "public"
    assert records["cases"]["accessLevel"] == "restricted public"
    assert records["cases"]["distribution"] == []
    assert records["population"]["publisher"]["name"] == "示例市统计局"
    assert "张伟" not in json.dumps(document, ensure_ascii=False)
    mirror = init_catalog(Settings.from_env({}, home=str(tmp_path / "mirror"),
                                            secret_key="mirror"))
    try:
        add_source(mirror, "upstream", "datajson", None,
                   {"url": f"{url}/data.json", "allow_private_network": True})
        summary = run_harvest(mirror, "upstream")
        assert summary.counts["added"] == 2 and summary.counts["errored"] == 1, summary.errors
        client = create_app(mirror).test_client()
        [population] = client.get("/api/v1/datasets?q=常住人口").get_json()["data"]
        assert population["title"] == "常住人口统计年报"
        assert population["publisher"]["name"] == "示例市统计局"
        download = population["resources"][0]["download_url"].replace(
            mirror.settings.public_url, "")
        assert client.get(download).get_data(as_text=True).startswith("区县,常住人口")
    finally:
        mirror.close()


def test_atom_feeds_list_changes_and_withdrawals(served) -> None:
    url, _ = served
    feed = ET.fromstring(requests.get(f"{url}/feeds/datasets.atom", timeout=10).content)
    entries = feed.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}id").rsplit("/", 1)[1] for e in entries] == [
        "cases", "letters", "population"]  # most recently changed first
    assert feed.findtext(f"{ATOM}updated") >= entries[0].findtext(f"{ATOM}updated")
    [tombstone] = feed.findall(TOMBSTONE)
    assert tombstone.get("ref").endswith("/datasets/old-list") and tombstone.get("when")
    assert "张伟" not in ET.tostring(feed, encoding="unicode")
    health = ET.fromstring(requests.get(f"{url}/feeds/publishers/health.atom",
                                        timeout=10).content)
    assert [e.findtext(f"{ATOM}title") for e in health.findall(f"{ATOM}entry")] == [
        "传染病病例统计"]
    assert len(health.findall(TOMBSTONE)) == 1
    search = ET.fromstring(requests.get(f"{url}/feeds/search.atom", params={"q": "人口"},
                                        timeout=10).content)
    assert [e.findtext(f"{ATOM}title") for e in search.findall(f"{ATOM}entry")] == [
        "常住人口统计年报"]
    assert requests.get(f"{url}/feeds/publishers/nobody.atom", timeout=10).status_code == 404
    assert requests.get(f"{url}/feeds/search.atom?page=0", timeout=10).status_code == 400
