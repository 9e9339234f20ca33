"""The bundled demo, loaded for real: what `make run` shows a user."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from api.app import create_app
from api.demo import DEMO_DATA, load_demo
from privacy import read_table

EXPECTATIONS = json.loads((DEMO_DATA / "expectations.json").read_text(encoding="utf-8"))
WHOLE_COLUMN = {"PERSON", "CN_RESIDENT_ID", "CN_MOBILE", "BANK_CARD", "CN_BANK_CARD"}


@pytest.fixture(scope="module")
def demo(tmp_path_factory, screener):
    from catalog.context import init_catalog
    from catalog.settings import Settings

    home = tmp_path_factory.mktemp("demo")
    catalog = init_catalog(Settings.from_env({}, home=str(home), secret_key="x"))
    catalog._screener = screener
    result = load_demo(catalog)
    app = create_app(catalog)
    yield result, app.test_client()
    catalog.close()


def personal_columns() -> dict[str, list[tuple[Path, list[str]]]]:
    """Dataset name -> (source file, columns holding one kind of personal value) of the demo."""
    found: dict[str, list[tuple[Path, list[str]]]] = {}
    for item in EXPECTATIONS["datasets"]:
        columns = EXPECTATIONS["personal_columns"].get(item["name"] or "", {})
        wanted = [c for c, entities in columns.items() if len(entities) == 1]
        for file in item["files"]:
            if wanted:
                path = DEMO_DATA / "sources" / item["publisher"] / file["path"]
                found.setdefault(item["name"], []).append((path, wanted))
    return found


def test_demo_harvests_every_department(demo) -> None:
    result, client = demo
    assert result.publishers >= 3
    assert all(h.status == "finished" for h in result.harvests)
    counts = sum((h.counts for h in result.harvests), start=type(result.harvests[0].counts)())
    assert sum(counts.values()) == EXPECTATIONS["total_datasets"] >= 20
    assert counts["invalid"] == len(EXPECTATIONS["invalid"])
    body = client.get("/api/v1/datasets?per_page=100").get_json()
    # held only where a reviewer must decide (k-anonymity of two lists), never for a place name
    assert body["total"] == counts["added"] >= 22
    assert {f["value"] for f in body["facets"]["publisher"]} == {
        "hztjj",
        "hzrsj",
        "hzscjg",
        "hzjtj",
    }


def test_invalid_demo_datasets_are_not_public(demo) -> None:
    _, client = demo
    for name in EXPECTATIONS["invalid"]:
        assert client.get(f"/api/v1/datasets/{name}").status_code == 404


def test_chinese_query_finds_the_population_report(demo) -> None:
    _, client = demo
    names = [d["name"] for d in client.get("/api/v1/datasets?q=人口").get_json()["data"]]
    assert "population-annual-2023" in names


def test_no_personal_value_of_the_demo_is_served(demo, tmp_path: Path) -> None:
    """Cell by cell: every personal column of every served demo file differs from the source."""
    _, client = demo
    checked = 0
    for name, files in personal_columns().items():
        response = client.get(f"/api/v1/datasets/{name}")
        if response.status_code == 404:  # held for review: nothing of it is public
            continue
        dataset = response.get_json()
        text = json.dumps(dataset, ensure_ascii=False)
        for (source, columns), resource in zip(files, dataset["resources"], strict=True):
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
                checked += len(values)
    assert checked > 300


def test_demo_can_be_loaded_twice(demo, screener, tmp_path: Path) -> None:
    _, client = demo
    before = client.get("/api/v1/datasets").get_json()["total"]
    catalog = client.application.extensions["govcat"]
    again = load_demo(catalog)
    assert all(set(h.counts) == {"unchanged"} for h in again.harvests)
    assert client.get("/api/v1/datasets").get_json()["total"] == before


def test_owners_named_in_individual_businesses_are_masked(demo) -> None:
    """当事人名称 holds companies (kept) and shops named after their owner (名字 masked)."""
    _, client = demo
    item = next(i for i in EXPECTATIONS["datasets"] if i["name"] == "administrative-penalties-2024")
    raw = read_table(DEMO_DATA / "sources" / item["publisher"] / item["files"][0]["path"])
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
