"""The bundled demo, loaded for real: what `make run` shows a user."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import openpyxl
import pytest
import requests

from api.app import create_app
from api.demo import DEMO_DATA, PORTAL, load_demo
from api.demo_portal import serving
from privacy import read_table

EXPECTATIONS = json.loads((DEMO_DATA / "expectations.json").read_text(encoding="utf-8"))
PUBLISHERS = json.loads((DEMO_DATA / "publishers.json").read_text(encoding="utf-8"))
PORTAL_DATASETS = [d for d in EXPECTATIONS["datasets"] if d["source"] == "datajson"]
WHOLE_COLUMN = {"PERSON", "CN_RESIDENT_ID", "CN_MOBILE", "BANK_CARD", "CN_BANK_CARD"}


@pytest.fixture(scope="module")
def demo(tmp_path_factory, screener):
    from api.store import init_catalog
    from catalog.settings import Settings

    home = tmp_path_factory.mktemp("demo")
    catalog = init_catalog(Settings.from_env({}, home=str(home), secret_key="x"))
    catalog._screener = screener
    announced: list[str] = []
    result = load_demo(catalog, announce=announced.append)
    app = create_app(catalog)
    yield result, app.test_client(), announced
    catalog.close()


def personal_columns() -> dict[str, list[tuple[Path, list[str]]]]:
    """Dataset name -> (source file, columns holding one kind of personal value) of the demo."""
    found: dict[str, list[tuple[Path, list[str]]]] = {}
    for item in EXPECTATIONS["datasets"]:
        columns = EXPECTATIONS["personal_columns"].get(item["name"] or "", {})
        wanted = [c for c, entities in columns.items() if len(entities) == 1]
        for file in item["files"]:
            if wanted:
                path = DEMO_DATA / item["folder"] / file["path"]
                found.setdefault(item["name"], []).append((path, wanted))
    return found


def test_demo_harvests_every_department(demo) -> None:
    result, client, _ = demo
    assert result.publishers >= 3
    assert all(h.status == "finished" for h in result.harvests)
    counts = sum((h.counts for h in result.harvests), start=type(result.harvests[0].counts)())
    assert sum(counts.values()) == EXPECTATIONS["total_datasets"] >= 20
    assert counts["invalid"] == len(EXPECTATIONS["invalid"])
    body = client.get("/api/v1/datasets?per_page=100").get_json()
    # held only where a reviewer must decide (k-anonymity of two lists), never for a place name
    assert body["total"] == counts["added"] >= 22
    assert {f["value"] for f in body["facets"]["publisher"]} == {p["code"] for p in PUBLISHERS}


def test_a_data_json_catalogue_is_harvested_over_http(demo) -> None:
    """One department publishes through a data.json, served on 127.0.0.1 during the harvest:
    its tables are downloaded and published, its PDF is listed, not fetched."""
    result, client, announced = demo
    assert PORTAL_DATASETS and {d["publisher"] for d in PORTAL_DATASETS} == {"hzmzj"}
    [portal] = [h for h in result.harvests if h.source == "demo-hzmzj-portal"]
    assert portal.status == "finished" and dict(portal.counts) == {"added": len(PORTAL_DATASETS)}
    [line] = [a for a in announced if a.startswith("demo-hzmzj-portal:")]
    assert line.startswith("demo-hzmzj-portal: datajson source at http://127.0.0.1:")
    url = line.rsplit(" ", 1)[1]
    with pytest.raises(requests.ConnectionError):  # the server lived only while harvesting
        requests.get(url, timeout=5)
    source = next(s for s in client.get("/api/v1/sources").get_json()["data"]
                  if s["name"] == "demo-hzmzj-portal")
    assert source["type"] == "datajson" and source["publisher"] == "hzmzj"
    for item in PORTAL_DATASETS:
        dataset = client.get(f"/api/v1/datasets/{item['name']}").get_json()
        assert dataset["title"] == item["title"] and dataset["publisher"]["code"] == "hzmzj"
        assert dataset["provenance"]["source_type"] == "datajson"
        assert dataset["provenance"]["source_id"] == item["identifier"]
        served = [r["name"] for r in dataset["resources"] if r["download_url"]]
        assert served == [Path(f["path"]).name for f in item["files"]]
        # the notice on the bureau's website: a link to it, never fetched nor served
        links = [r for r in dataset["resources"] if not r["screened"]]
        assert [r["url"] for r in links] == item["links"]
        assert all(r["download_url"] is None for r in links)


def test_the_portal_server_makes_the_data_json_links_absolute(tmp_path: Path) -> None:
    bundled = json.loads((PORTAL / "hzmzj" / "data.json").read_text(encoding="utf-8"))
    links = [d["downloadURL"] for r in bundled["dataset"] for d in r["distribution"]
             if "downloadURL" in d]
    assert links and not [link for link in links if "://" in link]  # relative in the file
    (tmp_path / "secret.txt").write_text("not served", encoding="utf-8")
    with serving(PORTAL) as base:
        document = requests.get(f"{base}/hzmzj/data.json", timeout=5).json()
        served = [d["downloadURL"] for r in document["dataset"] for d in r["distribution"]
                  if "downloadURL" in d]
        assert served == [f"{base}/hzmzj/{link}" for link in links]
        table = requests.get(served[0], timeout=5)
        assert table.content == (PORTAL / "hzmzj" / links[0]).read_bytes()
        assert table.headers["Content-Type"].startswith("text/csv")
        for wrong in ("/", "/hzmzj/", "/hzmzj/missing.csv", "/../secret.txt",
                      "/hzmzj/%2e%2e/%2e%2e/demo_data/publishers.json"):
            assert requests.get(base + wrong, timeout=5).status_code == 404, wrong
        assert requests.post(f"{base}/hzmzj/data.json", timeout=5).status_code == 501


def test_invalid_demo_datasets_are_not_public(demo) -> None:
    _, client, _ = demo
    for name in EXPECTATIONS["invalid"]:
        assert client.get(f"/api/v1/datasets/{name}").status_code == 404


def test_chinese_query_finds_the_population_report(demo) -> None:
    _, client, _ = demo
    for q in ("人口", "renkou", "ren kou"):  # in characters and in pinyin
        names = [d["name"] for d in client.get(f"/api/v1/datasets?q={q}").get_json()["data"]]
        assert "population-annual-2023" in names, q


def test_no_personal_value_of_the_demo_is_served(demo, tmp_path: Path) -> None:
    """Cell by cell: every personal column of every served demo file differs from the source."""
    _, client, _ = demo
    checked = 0
    for name, files in personal_columns().items():
        response = client.get(f"/api/v1/datasets/{name}")
        if response.status_code == 404:  # held for review: nothing of it is public
            continue
        dataset = response.get_json()
        text = json.dumps(dataset, ensure_ascii=False)
        resources = {r["name"]: r for r in dataset["resources"]}
        for source, columns in files:
            resource = resources[source.name]
            raw = read_table(source)
            raw_rows = list(raw.rows())
            for column in columns:
                index = raw.header.index(column)
                values = [row[index] for row in raw_rows if row[index]]
                assert not [v for v in values if len(v) > 6 and v in text]
                if not resource["download_url"]:
                    continue
                served_path = tmp_path / f"{resource['id']}{source.suffix}"
                served_path.write_bytes(
                    client.get(resource["download_url"].replace("http://localhost", "")).data
                )
                served = read_table(served_path, encoding="utf-8")
                if column not in served.header:
                    continue  # dropped by the department's policy: nothing of it is served
                cells = [row[served.header.index(column)] for row in served.rows()]
                assert len(cells) == len(raw_rows)
                same = [
                    a
                    for a, b in zip(cells, (r[index] for r in raw_rows), strict=True)
                    if a == b and a
                ]
                assert same == [], f"{name}/{column}: {len(same)} cells served unmasked"
                # the row API serves the same screened cells, never the source's
                rows = client.get(f"/api/v1/datasets/{name}/resources/{resource['id']}/rows",
                                  query_string={"fields": column, "limit": 32000})
                assert [r[column] for r in rows.get_json()["data"]] == [c or None for c in cells]
                checked += len(values)
    assert checked > 300


def _typed(value: Any) -> tuple[type, Any]:
    return type(value), value


def _cell_pairs(source: Path, served: Path) -> Iterator[tuple[str, Any, Any]]:
    """(column, source value, served value) of every cell of a JSON or XLSX table."""
    if source.suffix == ".json":
        before = json.loads(source.read_text(encoding="utf-8"))
        after = json.loads(served.read_text(encoding="utf-8"))
        for old, new in zip(before, after, strict=True):
            assert list(new) == list(old)  # the same keys, none added or lost
            yield from ((key, value, new[key]) for key, value in old.items())
        return
    old_book = openpyxl.load_workbook(source, data_only=True)
    new_book = openpyxl.load_workbook(served, data_only=True)
    assert new_book.sheetnames == old_book.sheetnames[:1]  # its sheet, by its name
    old_rows = list(old_book.worksheets[0].iter_rows(values_only=True))
    new_rows = list(new_book.worksheets[0].iter_rows(values_only=True))
    assert [_typed(v) for v in new_rows[0]] == [_typed(v) for v in old_rows[0]]
    for old, new in zip(old_rows[1:], new_rows[1:], strict=True):
        yield from zip(old_rows[0], old, new, strict=True)


def test_json_and_xlsx_demo_datasets_come_out_as_they_went_in(demo, tmp_path: Path) -> None:
    """Cell by cell, value and type: every value the screen did not remediate is served as
    the department gave it (numbers as numbers, nulls as nulls, dates as dates)."""
    _, client, _ = demo
    listed = client.get("/api/v1/datasets?per_page=100").get_json()["data"]
    served = {r["name"]: r for d in listed for r in d["resources"] if r["download_url"]}
    kept = masked = 0
    for item in EXPECTATIONS["datasets"]:
        personal = set(EXPECTATIONS["personal_columns"].get(item["name"] or "", {}))
        for file in item["files"]:
            source = DEMO_DATA / item["folder"] / file["path"]
            if source.suffix not in (".json", ".xlsx") or item["name"] in EXPECTATIONS["invalid"]:
                continue
            url = urlsplit(served[source.name]["download_url"])
            copy = tmp_path / f"served{source.suffix}"
            copy.write_bytes(client.get(f"{url.path}?{url.query}").data)
            for column, before, after in _cell_pairs(source, copy):
                if _typed(after) == _typed(before):
                    kept += 1
                else:  # remediated: text, in a column of personal data
                    assert column in personal and isinstance(after, str), (source.name, column)
                    masked += 1
    assert kept > 3000 and masked > 100, (kept, masked)


def test_demo_can_be_loaded_twice(demo, screener, tmp_path: Path) -> None:
    _, client, _ = demo
    before = client.get("/api/v1/datasets").get_json()["total"]
    catalog = client.application.extensions["govcat"]
    again = load_demo(catalog)
    assert all(set(h.counts) == {"unchanged"} for h in again.harvests)  # the portal on a new port
    assert client.get("/api/v1/datasets").get_json()["total"] == before


def test_owners_named_in_individual_businesses_are_masked(demo) -> None:
    """当事人名称 holds companies (kept) and shops named after their owner (名字 masked)."""
    _, client, _ = demo
    item = next(i for i in EXPECTATIONS["datasets"] if i["name"] == "administrative-penalties-2024")
    raw = read_table(DEMO_DATA / item["folder"] / item["files"][0]["path"])
    party, owner = raw.header.index("当事人名称"), raw.header.index("法定代表人（负责人）")
    rows = list(raw.rows())
    served = json.dumps(client.get("/api/v1/datasets/administrative-penalties-2024").get_json(),
                        ensure_ascii=False)
    resource = json.loads(served)["resources"][0]
    body = client.get(resource["download_url"].replace("http://127.0.0.1:5000", "")).data
    text = body.decode("utf-8")
    shops = [r for r in rows if r[owner] in r[party]]
    companies = [r for r in rows if r[owner] not in r[party]]
    assert len(shops) > 10 and len(companies) > 10
    assert not [r for r in shops if r[party] in text or r[owner] in text]
    assert all(r[party] in text for r in companies)


def test_ckan_clients_read_the_demo(demo, tmp_path: Path) -> None:
    """ckanapi against the demo: every public dataset dumped, 人口 found."""
    import os
    import subprocess
    import sys

    from tests.support.catalogs import served_at
    from tests.support.servers import serving_app

    _, client, _ = demo
    catalog = client.application.extensions["govcat"]
    public = client.get("/api/v1/datasets?per_page=100").get_json()
    ckanapi = str(Path(sys.executable).with_name("ckanapi"))
    env = {**os.environ, "PATH": f"{Path(ckanapi).parent}{os.pathsep}{os.environ['PATH']}"}

    with serving_app(lambda url: create_app(served_at(catalog, url))) as url:
        out = tmp_path / "datasets.jsonl"
        subprocess.run([ckanapi, "dump", "datasets", "--all", "-r", url, "-O", str(out), "-q"],
                       check=True, timeout=300, capture_output=True, env=env)
        found = subprocess.run([ckanapi, "action", "package_search", "q=人口", "rows=100",
                                "-r", url], check=True, timeout=120, capture_output=True,
                               text=True, env=env)
    dumped = {json.loads(line)["name"] for line in out.read_text(encoding="utf-8").splitlines()}
    assert dumped == {d["name"] for d in public["data"]}
    titles = [d["title"] for d in json.loads(found.stdout)["results"]]
    assert titles and all("人口" in t or "人口" in json.dumps(d, ensure_ascii=False)
                          for t, d in zip(titles, json.loads(found.stdout)["results"],
                                          strict=True))
    assert any("常住人口" in t for t in titles)


def test_ckanapi_reads_typed_rows_of_the_demo(demo) -> None:
    """`ckanapi action datastore_search resource_id=… limit=5` against the demo: typed rows
    of a table open without conditions; none of a conditionally open one."""
    import subprocess
    import sys

    from tests.support.catalogs import served_at
    from tests.support.servers import serving_app

    _, client, _ = demo
    catalog = client.application.extensions["govcat"]
    ckanapi = str(Path(sys.executable).with_name("ckanapi"))

    def action(url: str, name: str, *arguments: str) -> dict:
        run = subprocess.run([ckanapi, "action", name, *arguments, "-r", url], check=True,
                             timeout=120, capture_output=True, text=True)
        return json.loads(run.stdout)

    with serving_app(lambda url: create_app(served_at(catalog, url))) as url:
        package = action(url, "package_show", "id=population-annual-2023")
        resource = next(r for r in package["resources"] if r["name"] == "分区县常住人口.csv")
        assert resource["datastore_active"] is True
        found = action(url, "datastore_search", f"resource_id={resource['id']}", "limit=5")
        restricted = [r for d in action(url, "package_search", "rows=100")["results"]
                      if not d["isopen"] for r in d["resources"]]
    assert len(found["records"]) == 5 and found["total"] > 5
    first = found["records"][0]
    assert first["年份"] == 2021 and first["区划代码"] == 330100 and first["区县"] == "全市"
    assert first["年末常住人口(万人)"] == 1191.2 and first["死亡率(‰)"] == 6.25
    types = {f["id"]: f["type"] for f in found["fields"]}
    assert types["年份"] == "int" and types["年末常住人口(万人)"] == "numeric"
    assert types["区县"] == "text" and types["_id"] == "int"
    assert restricted and not any(r["datastore_active"] for r in restricted)


def test_the_demo_catalog_passes_the_dcat_ap_3_shapes(demo, fixtures_dir, capsys) -> None:
    """/catalog.ttl of the demo: 0 violations of the official DCAT-AP 3.0.1 shapes (the
    recommended shapes' warnings printed), every public dataset in it, no personal value."""
    import rdflib

    from catalog.crosswalk.dcat import dataset_nodes
    from catalog.crosswalk.rdfjson import HYDRA
    from tests.support import dcat_shapes

    pytest.importorskip("pyshacl")
    _, client, _ = demo
    public = client.application.extensions["govcat"].settings.public_url
    data, url, pages = rdflib.Graph(), f"{public}/catalog.ttl", []
    while url:
        response = client.get(url.removeprefix(public))
        assert response.status_code == 200 and response.mimetype == "text/turtle"
        pages.append(response.get_data(as_text=True))
        page = rdflib.Graph().parse(data=response.data, format="turtle")
        data += page
        url = str(page.value(page.value(rdflib.URIRef(f"{public}/catalog"), HYDRA.view),
                             HYDRA.next) or "")
    listed = client.get("/api/v1/datasets?per_page=100").get_json()
    assert sorted(str(n).rsplit("/", 1)[-1] for n in dataset_nodes(data)) == \
        sorted(d["name"] for d in listed["data"])
    folder = fixtures_dir / "dcat-ap-shacl"
    for names in dcat_shapes.MANDATORY:
        found = dcat_shapes.validate(data, dcat_shapes.load(folder, names))
        assert not [f for f in found if f.severity == "Violation"], \
            dcat_shapes.report(" + ".join(names), found)
    warnings = dcat_shapes.validate(data, dcat_shapes.load(folder, dcat_shapes.RECOMMENDED))
    vocabularies = dcat_shapes.validate(data + dcat_shapes.eu_tables(),
                                        dcat_shapes.load(folder, dcat_shapes.VOCABULARIES))
    # only the shapes' own error on SPDX's namespace (see test_dcat_export)
    assert {f.path for f in vocabularies if f.severity == "Violation"} == {"spdx:algorithm"}
    with capsys.disabled():
        print(f"\ndemo /catalog.ttl: {len(dataset_nodes(data))} datasets, 0 violations of "
              f"{' and '.join(' + '.join(n) for n in dcat_shapes.MANDATORY)}")
        print(dcat_shapes.report("demo, recommended shapes", warnings))
        print(dcat_shapes.report("demo, controlled vocabularies", vocabularies))
    text = "\n".join(pages)
    for name, files in personal_columns().items():
        for source, columns in files:
            raw = read_table(source)
            for column in columns:
                index = raw.header.index(column)
                assert not [row[index] for row in raw.rows()
                            if len(row[index]) > 6 and row[index] in text], (name, column)
