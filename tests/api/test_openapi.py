"""The OpenAPI document: valid OpenAPI, every route of the app documented (so a new one
cannot go undocumented), and real answers read back against the schemas it documents."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate as validate_openapi

from api.app import create_app
from api.ckan.actions import ACTIONS
from api.ckan.writes import WRITE_ACTIONS
from catalog import pipeline
from catalog.intake import IntakeRecord, IntakeResource
from catalog.search import FACET_FIELDS, SearchError
from catalog.withdrawal import withdraw
from harvesters.jobs import add_source, run_harvest
from publishers.services import add_publisher

# Blueprints of HTML pages for people, not of the API
PAGES = {"portal", "forms", "static"}
# v1's answer to any path it does not know (a 404, no endpoint of its own)
CATCH_ALL = "api_v1.unknown_endpoint"
# CKAN serves every action under both prefixes; the document names the first
CKAN_ALIAS = ("/api/action/", "/api/3/action/")


def _publish(catalog, tmp_path: Path, name: str, text: str, publisher: str, **meta):
    path = tmp_path / f"{name}.csv"
    path.write_text(text, encoding="utf-8")
    record = IntakeRecord({"name": name, "title": name, **meta},
                          (IntakeResource(path, path.name),), str(path))
    return pipeline.publish(catalog, record, publisher_code=publisher)


@pytest.fixture
def client(catalog, tmp_path: Path):
    add_publisher(catalog, "stats", "示例市统计局", description="人口与经济统计")
    add_publisher(catalog, "health", "示例市卫生健康委员会", name_en="Health Commission")
    _publish(catalog, tmp_path, "population", "区县,常住人口\n东城区,70.4\n", "stats",
             title="常住人口统计年报", title_en="Resident population", theme="人口与就业",
             keywords=["人口", "统计"], description="全市分区县常住人口。",
             update_frequency="annual", issued="2023-01-05", modified="2024-02-01",
             temporal_start="2022-01-01", temporal_end="2022-12-31", spatial="110101",
             contact_point={"name": "统计局办公室", "email": "office@stats.example.gov.cn"})
    _publish(catalog, tmp_path, "cases", "区县,病例\n东城区,3\n", "health",
             title="传染病病例统计", theme="卫生健康", open_condition="conditional",
             legal_basis="article_15", access_conditions="科研用途申请")
    gone = _publish(catalog, tmp_path, "old-list", "a,b\n1,2\n", "health", title="旧名单")
    withdraw(catalog, [gone.dataset_id], "no longer at source")
    folder = tmp_path / "drop"
    folder.mkdir()
    (folder / "schools.csv").write_text("区县,学校数\n东城区,51\n", encoding="utf-8")
    add_publisher(catalog, "edu", "示例市教育局")
    add_source(catalog, "drop", "directory", "edu", {"path": str(folder)})
    run_harvest(catalog, "drop")
    app = create_app(catalog)
    app.testing = True
    return app.test_client()


@pytest.fixture
def spec(client) -> dict[str, Any]:
    return client.get("/api/v1/openapi.json").get_json()


def test_the_document_is_valid_openapi(spec) -> None:
    assert spec["openapi"].startswith("3.1")
    validate_openapi(spec)
    operation_ids = [operation["operationId"] for item in spec["paths"].values()
                     for operation in item.values()]
    assert len(operation_ids) == len(set(operation_ids))


def _openapi_path(rule: str) -> str:
    return re.sub(r"<(?:[^<>:]+:)?([^<>]+)>", r"{\1}", rule)


def test_every_route_is_documented(client, spec) -> None:
    checked = 0
    for rule in client.application.url_map.iter_rules():
        if rule.endpoint.split(".")[0] in PAGES or rule.endpoint == CATCH_ALL:
            continue
        path = _openapi_path(rule.rule.replace(*CKAN_ALIAS))
        paths = [path.replace("{name}", name) for name in ACTIONS] \
            if rule.endpoint == "ckan_api.action" else [path]
        methods = {m.lower() for m in rule.methods or ()} - {"head", "options"}
        for documented in paths:
            assert documented in spec["paths"], f"{rule.rule} ({rule.endpoint}) undocumented"
            assert methods <= set(spec["paths"][documented]), rule.rule
            checked += 1
    assert checked >= 7 + 2 * len(ACTIONS)


def test_every_documented_operation_is_served(client, spec) -> None:
    adapter = client.application.url_map.bind("localhost")
    for path, item in spec["paths"].items():
        for method in item:
            endpoint, _ = adapter.match(re.sub(r"\{[^}]+\}", "x", path), method.upper())
            assert endpoint != CATCH_ALL, path


def test_every_ckan_action_is_documented_from_the_registry(spec) -> None:
    for name, action in ACTIONS.items():
        item = spec["paths"][f"/api/3/action/{name}"]
        assert set(item) == {"get", "post"}
        # the docstring's first sentence (it may wrap), its whole text the description
        summary, description = item["post"]["summary"], item["post"]["description"]
        assert summary and " ".join(description.split()).startswith(summary)
        assert " ".join(description.split()) == " ".join(action.__doc__.split())
        assert {"200", "400", "403", "404", "409"} <= set(item["post"]["responses"])
    assert spec["paths"]["/api/3/action/package_show"]["get"]["summary"] == \
        "One dataset by id or name"
    assert "Not Found Error" in spec["paths"]["/api/3/action/package_show"]["get"][
        "responses"]["404"]["description"]


def _query_parameters(spec: dict[str, Any], path: str) -> dict[str, dict[str, Any]]:
    return {p["name"]: p for p in spec["paths"][path]["get"]["parameters"]}


def _example(parameter: dict[str, Any]) -> str:
    schema = parameter["schema"]
    enum = schema.get("enum") or schema.get("items", {}).get("enum")
    if enum:
        return enum[-1]
    if schema.get("type") == "integer":
        return "1"
    return "2024-01-01" if parameter["name"].startswith("modified_") else "人口"


def test_the_search_parameters_are_those_the_endpoint_accepts(client, spec) -> None:
    documented = _query_parameters(spec, "/api/v1/datasets")
    assert set(documented) == {"q", "sort", "page", "per_page", "modified_since",
                               "modified_until", *FACET_FIELDS}
    assert "license" in documented
    for name, parameter in documented.items():
        response = client.get("/api/v1/datasets", query_string={name: _example(parameter)})
        assert response.status_code == 200, (name, response.get_json())
    assert client.get("/api/v1/datasets?undocumented=1").status_code == 400
    assert _query_parameters(spec, "/feeds/search.atom") == documented


def test_the_download_parameters_are_those_the_endpoint_accepts(client, spec) -> None:
    path = "/api/v1/datasets/{dataset}/resources/{resource_id}/download"
    documented = {p["name"]: p for p in spec["paths"][path]["get"]["parameters"]
                  if p["in"] == "query"}
    assert set(documented) == {"format", "encoding"}
    resource = client.get("/api/v1/datasets/population").get_json()["resources"][0]
    url = urlsplit(resource["download_url"]).path
    listed = {urlsplit(d["url"]).query for d in resource["downloads"]}
    for name, parameter in documented.items():
        for value in parameter["schema"]["enum"]:
            response = client.get(url, query_string={name: value})
            assert response.status_code == 200, (name, value, response.get_json())
            assert response.mimetype in spec["paths"][path]["get"]["responses"]["200"][
                "content"]
            assert f"{name}={value}" in listed or value in ("csv", "utf-8")
    assert client.get(f"{url}?undocumented=1").status_code == 400


def _validator(spec: dict[str, Any], schema: dict[str, Any]) -> Draft202012Validator:
    """A validator of one documented schema in which every object lists all its properties
    (no property the document does not name is let through)."""
    components = copy.deepcopy(spec["components"])

    def close(node: Any) -> None:
        if isinstance(node, dict):
            if "properties" in node:
                node.setdefault("additionalProperties", False)
            for value in node.values():
                close(value)
        elif isinstance(node, list):
            for value in node:
                close(value)

    close(components)
    return Draft202012Validator({**schema, "components": components},
                                format_checker=Draft202012Validator.FORMAT_CHECKER)


def _check(client, spec: dict[str, Any], url: str, path: str, status: int,
           method: str = "get") -> Any:
    """The answer to url, after validating it against what path documents for status."""
    response = client.open(url, method=method.upper())
    assert response.status_code == status, response.get_data(as_text=True)
    documented = spec["paths"][path][method]["responses"][str(status)]
    if "$ref" in documented:
        documented = spec["components"]["responses"][documented["$ref"].rsplit("/", 1)[-1]]
    schema = documented["content"][response.mimetype]["schema"]
    body = response.get_json()
    errors = sorted(_validator(spec, schema).iter_errors(body), key=str)
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors]
    return body


def test_real_answers_match_their_documented_schemas(client, spec) -> None:
    page = _check(client, spec, "/api/v1/datasets?per_page=10", "/api/v1/datasets", 200)
    assert page["total"] == 3
    population = _check(client, spec, "/api/v1/datasets/population",
                        "/api/v1/datasets/{dataset}", 200)
    assert population["contact_point"]["email"] and population["resources"][0]["screened"]
    _check(client, spec, "/api/v1/datasets/cases", "/api/v1/datasets/{dataset}", 200)
    _check(client, spec, "/api/v1/datasets/nope", "/api/v1/datasets/{dataset}", 404)
    gone = _check(client, spec, "/api/v1/datasets/old-list", "/api/v1/datasets/{dataset}", 410)
    assert gone["withdrawn"]["reason"] == "no longer at source"
    _check(client, spec, "/api/v1/datasets?page=x", "/api/v1/datasets", 400)
    _check(client, spec, "/api/v1/publishers", "/api/v1/publishers", 200)
    dashboard = "/api/v1/publishers/{code}/dashboard"
    found = _check(client, spec, "/api/v1/publishers/stats/dashboard", dashboard, 200)
    assert found["datasets"]["total"] == 1 and found["quality"]["datasets"] == 1
    _check(client, spec, "/api/v1/publishers/nope/dashboard", dashboard, 404)
    sources = _check(client, spec, "/api/v1/sources", "/api/v1/sources", 200)
    assert sources["data"][0]["last_job"]["status"] == "finished"
    _check(client, spec, "/api/v1/sources/drop/jobs", "/api/v1/sources/{name}/jobs", 200)
    _check(client, spec, "/api/v1/sources/nope/jobs", "/api/v1/sources/{name}/jobs", 404)
    _check(client, spec, "/data.json", "/data.json", 200)
    resource = population["resources"][0]["id"]
    rows = "/api/v1/datasets/{dataset}/resources/{resource_id}/rows"
    page = _check(client, spec, f"/api/v1/datasets/population/resources/{resource}/rows?limit=1",
                  rows, 200)
    assert page["total"] >= 1 and len(page["data"]) == 1 and page["schema"]["fields"]
    _check(client, spec, f"/api/v1/datasets/population/resources/{resource}/rows?sort=x", rows,
           400)
    _check(client, spec, "/api/v1/datasets/population/resources/nope/rows", rows, 404)


def test_ckan_answers_match_the_documented_envelope(client, spec) -> None:
    search = "/api/3/action/package_search"
    _check(client, spec, f"{search}?q=人口", search, 200)
    _check(client, spec, f"{search}?q=人口", search, 200, method="post")
    _check(client, spec, f"{search}?rows=x", search, 409)
    _check(client, spec, f"{search}?fq=nope:[", search, 400)
    show = "/api/3/action/package_show"
    _check(client, spec, f"{show}?id=nope", show, 404)
    _check(client, spec, "/api/action/package_show?id=population", show, 200)


def test_search_unavailable_answers_match_their_documented_schemas(client, spec, catalog,
                                                                   monkeypatch) -> None:
    def down(*_: Any, **__: Any) -> None:
        raise SearchError("search backend http://10.0.0.5:9200 unreachable")

    monkeypatch.setattr(catalog.search, "search", down)
    _check(client, spec, "/api/v1/datasets?q=人口", "/api/v1/datasets", 503)
    search = "/api/3/action/package_search"
    _check(client, spec, f"{search}?q=人口", search, 503)
    assert client.get("/feeds/search.atom").status_code == 503


def test_the_server_is_the_base_url(client, spec) -> None:
    assert spec["servers"] == [{"url": "http://127.0.0.1:5000"}]


def test_every_write_is_documented_with_its_security(spec) -> None:
    schemes = spec["components"]["securitySchemes"]
    assert schemes["bearerToken"] == {"type": "http", "scheme": "bearer",
                                      "description": "Authorization: Bearer <token>"}
    assert {schemes["ckanToken"]["name"], schemes["ckanApiKey"]["name"]} == {
        "Authorization", "X-CKAN-API-Key"}
    writes = {("post", "/api/v1/datasets"), ("put", "/api/v1/datasets/{dataset}"),
              ("patch", "/api/v1/datasets/{dataset}"), ("delete", "/api/v1/datasets/{dataset}"),
              ("post", "/api/v1/datasets/{dataset}/resources")}
    writes |= {("post", f"/api/3/action/{name}") for name in WRITE_ACTIONS}
    for method, path in writes:
        operation = spec["paths"][path][method]
        assert {"bearerToken", "ckanToken", "ckanApiKey"} == {
            name for item in operation["security"] for name in item}, path
    secured = {(method, path) for path, item in spec["paths"].items()
               for method, operation in item.items() if "security" in operation}
    # reads stay public; the reads of a conditionally open dataset's files and rows take an
    # access key (or its account's token), optionally; an application may name its account
    granted = {("get", "/api/v1/datasets/{dataset}/resources/{resource_id}/download"),
               ("get", "/api/v1/datasets/{dataset}/resources/{resource_id}/rows"),
               ("post", "/api/v1/datasets/{dataset}/access-requests")}
    assert secured == writes | granted
    for method, path in granted:
        assert {} in spec["paths"][path][method]["security"], path  # optional
    assert schemes["accessKey"]["scheme"] == "bearer"
    upload = spec["paths"]["/api/v1/datasets/{dataset}/resources"]["post"]
    assert "multipart/form-data" in upload["requestBody"]["content"]
    assert "413" in upload["responses"]


def test_write_answers_match_their_documented_schemas(client, spec, catalog) -> None:
    from tests.support.accounts import role_tokens

    token = role_tokens(catalog, "stats")["editor"]
    headers = {"Authorization": f"Bearer {token}"}
    created = client.post("/api/v1/datasets", headers=headers,
                          json={"publisher": "stats", "name": "new-one", "title": "新表"})
    assert created.status_code == 201
    _validate(spec, "/api/v1/datasets", "post", created)
    refused = client.put("/api/v1/datasets/new-one", json={"title": "x"})
    _validate(spec, "/api/v1/datasets/{dataset}", "put", refused)
    invalid = client.patch("/api/v1/datasets/new-one", headers=headers, json={"theme": "nope"})
    assert invalid.status_code == 422
    withdrawn = client.delete("/api/v1/datasets/new-one", headers=headers)
    _validate(spec, "/api/v1/datasets/{dataset}", "delete", withdrawn)
    ckan = client.post("/api/3/action/package_create", headers={"Authorization": token},
                       json={"name": "ckan-one", "title": "表", "owner_org": "stats"})
    _validate(spec, "/api/3/action/package_create", "post", ckan)
    assert client.get("/api/3/action/package_create?name=x").status_code == 400


def _validate(spec: dict[str, Any], path: str, method: str, response: Any) -> None:
    documented = spec["paths"][path][method]["responses"][str(response.status_code)]
    if "$ref" in documented:
        documented = spec["components"]["responses"][documented["$ref"].rsplit("/", 1)[-1]]
    schema = documented["content"][response.mimetype]["schema"]
    errors = sorted(_validator(spec, schema).iter_errors(response.get_json()), key=str)
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors]
