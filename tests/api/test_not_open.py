"""A not-open dataset (不予开放) shows its title, publisher, open condition and legal basis,
and nothing else, in every public output: REST v1, search, the CKAN Action API, DCAT-AP,
data.json, the feeds and the portal; its resources are neither listed nor served."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from api.app import create_app
from catalog.models import Dataset
from publishers.services import add_publisher
from tests.support.catalogs import publish_csv

# what the department wrote and the public must not see
HIDDEN = ("干部任免审批过程材料", "组织人事", "审批流程", "干部人数", "职务层级", "人事处",
          "renmian@example.gov.cn", "monthly", "110101", "2025-01-01")


@pytest.fixture
def client(catalog, tmp_path: Path):
    add_publisher(catalog, "org", "示例市委组织部")
    publish_csv(catalog, tmp_path, "cadres", "区县,干部人数,职务层级\n东城区,7,处级\n", "org",
                title="干部任免名册", title_en="Cadre appointments",
                description="干部任免审批过程材料，含审批流程。", keywords=["组织人事", "审批流程"],
                theme="综合政务", open_condition="not_open", legal_basis="article_16",
                update_frequency="monthly", spatial="110101", temporal_start="2025-01-01",
                contact_point={"name": "人事处", "email": "renmian@example.gov.cn"})
    publish_csv(catalog, tmp_path, "population", "区县,人口\n东城区,70\n", "org",
                title="常住人口", keywords=["人口"])
    with catalog.sessions() as session:
        resource = session.scalar(select(Dataset).where(Dataset.name == "cadres")
                                  ).current_revision.resources[0].id
    app = create_app(catalog)
    app.testing = True
    return app.test_client(), resource


def _text(client, url: str, status: int = 200) -> str:
    response = client.get(url)
    assert response.status_code == status, (url, response.status_code)
    return response.get_data(as_text=True)


def test_rest_v1_shows_the_legal_basis_and_nothing_else(client) -> None:
    client, resource = client
    shown = client.get("/api/v1/datasets/cadres").get_json()
    assert (shown["title"], shown["title_en"], shown["open_condition"],
            shown["legal_basis"], shown["publisher"]["code"]) == (
        "干部任免名册", "Cadre appointments", "not_open", "article_16", "org")
    assert shown["resources"] == [] and shown["provenance"] == {}
    for field in ("description", "keywords", "theme", "license", "spatial", "contact_point",
                  "update_frequency", "temporal_start", "access_conditions", "language"):
        assert field not in shown, field
    listing = _text(client, "/api/v1/datasets?per_page=100")
    assert "干部任免名册" in listing
    for url in ("/api/v1/datasets/cadres", "/api/v1/datasets?per_page=100",
                "/api/v1/datasets?open_condition=not_open"):
        text = _text(client, url)
        for value in HIDDEN:
            assert value not in text, (url, value)
    # found by its title only: not by its description, keywords or column names
    for word in ("干部任免名册", "Cadre"):
        found = client.get(f"/api/v1/datasets?q={word}").get_json()
        assert [d["name"] for d in found["data"]] == ["cadres"], word
    for word in ("审批流程", "组织人事", "干部人数", "职务层级"):
        found = client.get(f"/api/v1/datasets?q={word}").get_json()
        assert found["total"] == 0, word
    facets = client.get("/api/v1/datasets?open_condition=not_open").get_json()["facets"]
    assert facets["theme"] == [] and facets["format"] == [] and facets["keyword"] == []
    # neither its files nor its rows
    download = client.get(f"/api/v1/datasets/cadres/resources/{resource}/download")
    assert download.status_code == 403 and "not served" in download.get_json()["error"][
        "message"]
    assert client.get(f"/api/v1/datasets/cadres/resources/{resource}/rows").status_code == 403


def test_the_ckan_action_api_shows_nothing_else(client) -> None:
    client, resource = client
    package = client.get("/api/3/action/package_show?id=cadres").get_json()["result"]
    assert package["resources"] == [] and package["num_resources"] == 0
    assert package["tags"] == [] and package["groups"] == [] and not package.get("notes")
    extras = {e["key"]: e["value"] for e in package.get("extras", [])}
    assert extras.get("legal_basis") == "article_16"
    searched = _text(client, "/api/3/action/package_search?q=cadres&rows=100")
    tags = client.get("/api/3/action/tag_list").get_json()["result"]
    assert "组织人事" not in tags and "人口" in tags
    assert client.get(f"/api/3/action/resource_show?id={resource}").status_code == 404
    rows = client.get(f"/api/3/action/datastore_search?resource_id={resource}")
    assert rows.status_code in (403, 404)
    for text in (json.dumps(package, ensure_ascii=False), searched):
        for value in HIDDEN:
            assert value not in text, value


def test_the_exports_and_the_portal_show_nothing_else(client) -> None:
    client, _ = client
    outputs = {url: _text(client, url) for url in (
        "/datasets/cadres.ttl", "/catalog.ttl", "/data.json",
        "/feeds/datasets.atom", "/feeds/publishers/org.atom", "/datasets/cadres", "/")}
    assert "article_16" in outputs["/datasets/cadres"] or "第十六条" in outputs["/datasets/cadres"]
    record = next(d for d in json.loads(outputs["/data.json"])["dataset"]
                  if d["title"] == "干部任免名册")
    assert record["accessLevel"] == "non-public" and not record.get("distribution")
    for url, text in outputs.items():
        assert "干部任免名册" in text, url
        for value in HIDDEN:
            assert value not in text, (url, value)
