"""Conditional access over HTTP: applying (public, rate-limited, JSON), the status by receipt
code, and the access key opening a conditionally open dataset's downloads and rows once
approved (each logged), through the app; the answers read back against the OpenAPI document."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import update

from api.app import create_app
from catalog.actor import Actor
from catalog.db import transaction
from publishers import access
from publishers.calendar import china_today
from publishers.models import AccessApplication
from publishers.services import add_publisher
from tests.support.accounts import role_tokens
from tests.support.catalogs import publish_csv

BODY = {"applicant": {"name": "欧阳娜娜", "organisation": "示例大学",
                      "contact": "ouyang.nana@example.edu"},
        "purpose": "传染病时空分布研究", "requested_use": "课题组内部使用，两年后删除"}
OFFICER = Actor("li.na", "disclosure_officer", "cli", "health")
CASES = "区县,病例\n东城区,3\n西城区,5\n"


@pytest.fixture
def site(catalog, settings, tmp_path: Path):
    add_publisher(catalog, "health", "示例市卫生健康委员会")
    publish_csv(catalog, tmp_path, "cases", CASES, "health", title="传染病病例统计",
                open_condition="conditional", legal_basis="article_15",
                access_conditions="科研用途申请")
    publish_csv(catalog, tmp_path, "hospitals", "区县,医院\n东城区,12\n", "health",
                title="医院名录")
    catalog.settings = dataclasses.replace(settings, request_rate_limit="6 per minute")
    app = create_app(catalog)
    app.testing = True
    client = app.test_client()
    resource = client.get("/api/v1/datasets/cases").get_json()["resources"][0]["id"]
    return client, catalog, resource


def _apply(client, dataset: str = "cases", body=BODY, **headers):
    return client.post(f"/api/v1/datasets/{dataset}/access-requests", json=body,
                       headers=headers)


def _approve(catalog, ref: str, expires: dt.date | None = None) -> None:
    access.approve(catalog, OFFICER, ref, terms="仅限科研", expires=expires or china_today())


def test_apply_then_download_with_the_key_once_approved(site) -> None:
    client, catalog, resource = site
    answer = _apply(client)
    assert answer.status_code == 201, answer.get_json()
    receipt = answer.get_json()
    assert set(receipt) == {"receipt_code", "key", "dataset", "status", "submitted"}
    assert answer.headers["Cache-Control"] == "no-store"
    assert answer.headers["Location"].endswith(f"/api/v1/access-requests/"
                                               f"{receipt['receipt_code']}")
    status = client.get(f"/api/v1/access-requests/{receipt['receipt_code']}")
    assert status.status_code == 200 and status.get_json()["status"] == "pending"
    download = f"/api/v1/datasets/cases/resources/{resource}/download"
    rows = f"/api/v1/datasets/cases/resources/{resource}/rows"
    key = {"Authorization": f"Bearer {receipt['key']}"}
    # nothing without a key, and nothing while pending
    assert client.get(download).status_code == 403
    pending = client.get(download, headers=key)
    assert pending.status_code == 403 and pending.get_json()["error"]["code"] == "access_denied"
    assert "pending" in pending.get_json()["error"]["message"]
    assert client.get(download, headers={"Authorization": "Bearer govcat_access_nope"}
                      ).status_code == 401
    _approve(catalog, receipt["receipt_code"])
    got = client.get(download, headers=key)
    assert got.status_code == 200 and got.data.decode("utf-8") == CASES
    assert got.headers["Cache-Control"] == "private, no-store"
    assert "Authorization" in got.headers["Vary"]
    as_json = client.get(download + "?format=json", headers=key)
    assert as_json.status_code == 200 and json.loads(as_json.data)[0]["病例"] == 3
    page = client.get(rows, query_string={"sort": "病例 desc"}, headers=key)
    assert page.status_code == 200 and [r["病例"] for r in page.get_json()["data"]] == [5, 3]
    assert client.get(rows).status_code == 403  # still refused to anyone else
    # the key opens this dataset only; an open dataset ignores it
    hospitals = client.get("/api/v1/datasets/hospitals").get_json()["resources"][0]
    assert client.get(f"/api/v1/datasets/hospitals/resources/{hospitals['id']}/download",
                      headers=key).status_code == 200
    logged = access.list_downloads(catalog, publisher="health")
    assert [(d["format"], d["channel"]) for d in logged] == [("rows", "api"), ("json", "api"),
                                                             ("file", "api")]
    # the public still sees no download link, and the status shows the expiry only
    assert client.get("/api/v1/datasets/cases").get_json()["resources"][0][
        "download_url"] is None
    shown = client.get(f"/api/v1/access-requests/{receipt['receipt_code']}").get_json()
    assert shown["status"] == "approved" and shown["expires"] == china_today().isoformat()
    access.revoke(catalog, OFFICER, receipt["receipt_code"])
    assert client.get(download, headers=key).status_code == 403
    assert client.get(rows, headers=key).status_code == 403
    assert len(access.list_downloads(catalog)) == 3  # refusals are not downloads


def test_a_ckan_client_reads_the_rows_with_the_key_as_its_api_key(site) -> None:
    """datastore_search (CKAN DataStore) opens a conditionally open dataset's table to its
    approved applicant, the access key sent as CKAN clients send an API key (the header
    alone, or X-CKAN-API-Key), each read logged; anyone else gets CKAN's 403."""
    client, catalog, resource = site
    receipt = _apply(client).get_json()
    search = f"/api/3/action/datastore_search?resource_id={resource}&sort=病例 desc"
    refused = client.get(search)
    assert refused.status_code == 403
    assert refused.get_json()["error"]["__type"] == "Authorization Error"
    assert "conditional" in refused.get_json()["error"]["message"]
    assert client.get(search, headers={"Authorization": receipt["key"]}).status_code == 403
    _approve(catalog, receipt["receipt_code"])
    for headers in ({"Authorization": receipt["key"]}, {"X-CKAN-API-Key": receipt["key"]}):
        got = client.get(search, headers=headers)
        assert got.status_code == 200, got.get_json()
        assert [r["病例"] for r in got.get_json()["result"]["records"]] == [5, 3]
        assert got.headers["Cache-Control"] == "private, no-store"
    assert client.get(search).status_code == 403
    bad = client.get(search, headers={"Authorization": "govcat_access_nope"})
    assert bad.status_code == 403 and bad.get_json()["success"] is False
    logged = access.list_downloads(catalog, publisher="health")
    assert [(d["format"], d["channel"]) for d in logged] == [("rows", "api")] * 2
    # an open dataset's answer stays public (cacheable)
    hospitals = client.get("/api/v1/datasets/hospitals").get_json()["resources"][0]["id"]
    public = client.get(f"/api/3/action/datastore_search?resource_id={hospitals}",
                        headers={"Authorization": receipt["key"]})
    assert public.status_code == 200 and "private" not in public.headers.get(
        "Cache-Control", "")


def test_an_expired_approval_opens_nothing(site) -> None:
    client, catalog, resource = site
    receipt = _apply(client).get_json()
    _approve(catalog, receipt["receipt_code"])
    with transaction(catalog.sessions) as session:
        session.execute(update(AccessApplication).values(
            expires_on=china_today() - dt.timedelta(days=1)))
    answer = client.get(f"/api/v1/datasets/cases/resources/{resource}/download",
                        headers={"Authorization": f"Bearer {receipt['key']}"})
    assert answer.status_code == 403 and "expired" in answer.get_json()["error"]["message"]
    shown = client.get(f"/api/v1/access-requests/{receipt['receipt_code']}").get_json()
    assert shown["status"] == "expired"


def test_an_application_sent_with_a_token_is_bound_to_its_account(site) -> None:
    client, catalog, resource = site
    tokens = role_tokens(catalog, "health")
    token = {"Authorization": f"Bearer {tokens['nobody']}"}
    receipt = _apply(client, **token).get_json()
    assert access.get_application(catalog, receipt["receipt_code"])["account"] == "nobody"
    download = f"/api/v1/datasets/cases/resources/{resource}/download"
    assert client.get(download, headers=token).status_code == 403
    _approve(catalog, receipt["receipt_code"])
    assert client.get(download, headers=token).status_code == 200
    # another account's token opens nothing; a bad token is 401
    editor = {"Authorization": f"Bearer {tokens['editor']}"}
    assert client.get(download, headers=editor).status_code == 403
    assert client.get(download, headers={"Authorization": "Bearer govcat_nope"}
                      ).status_code == 401
    assert _apply(client, Authorization="Bearer govcat_nope").status_code == 401


@pytest.mark.parametrize(("body", "status", "message"), [
    ({**BODY, "purpose": ""}, 400, "purpose"),
    ({**BODY, "applicant": {"name": "欧阳娜娜"}}, 400, "applicant.contact"),
    ({**BODY, "欧阳娜娜": "13812345678"}, 400, "unknown field"),
    ({**BODY, "purpose": "字" * 5001}, 400, "purpose"),
])
def test_bad_applications_are_refused_and_quote_nothing(site, body, status, message) -> None:
    client, catalog, _ = site
    answer = _apply(client, body=body)
    assert answer.status_code == status and message in answer.get_json()["error"]["message"]
    text = answer.get_data(as_text=True)
    assert "欧阳娜娜" not in text and "13812345678" not in text
    assert access.list_applications(catalog) == []


def test_what_takes_no_application(site) -> None:
    client, _, _ = site
    assert _apply(client, "hospitals").status_code == 409
    assert _apply(client, "nope").status_code == 404
    assert client.post("/api/v1/datasets/cases/access-requests", data="x").status_code == 400
    assert client.post("/api/v1/datasets/cases/access-requests", json=[]).status_code == 400
    assert client.get("/api/v1/access-requests/ZZZZ-ZZZZ-ZZZZ").status_code == 404
    assert client.get("/api/v1/access-requests/nope").status_code == 404


def test_applications_are_rate_limited_and_cross_origin(site) -> None:
    client, _, _ = site
    origin = {"Origin": "https://www.gov.example"}
    preflight = client.options("/api/v1/datasets/cases/access-requests", headers={
        **origin, "Access-Control-Request-Method": "POST"})
    assert "POST" in preflight.headers["Access-Control-Allow-Methods"]
    statuses = [_apply(client, **origin).status_code for _ in range(7)]
    assert statuses == [201] * 6 + [429]


def test_the_limit_is_counted_across_server_processes_and_stores_no_address(site) -> None:
    """Two apps over one catalog (gunicorn's workers: each its own Limiter and connection)
    share one count per address, kept in GOVCAT_HOME under a keyed hash of it."""
    client, catalog, _ = site
    other = create_app(catalog)
    other.testing = True
    second = other.test_client()
    statuses = [_apply(client if n % 2 else second).status_code for n in range(7)]
    assert statuses == [201] * 6 + [429]
    stored = catalog.settings.home / "ratelimits.sqlite"
    assert stored.stat().st_mode & 0o077 == 0
    written = b"".join(p.read_bytes() for p in stored.parent.glob("ratelimits.sqlite*"))
    assert b"127.0.0.1" not in written and b"access-requests" not in written


def test_the_answers_match_the_openapi_document(site) -> None:
    from tests.api.test_openapi import _check, _validator

    client, catalog, resource = site
    spec = client.get("/api/v1/openapi.json").get_json()
    documented = spec["paths"]["/api/v1/datasets/{dataset}/access-requests"]["post"]
    answer = _apply(client)
    schema = documented["responses"]["201"]["content"]["application/json"]["schema"]
    assert not list(_validator(spec, schema).iter_errors(answer.get_json()))
    body = documented["requestBody"]["content"]["application/json"]["schema"]
    assert not list(_validator(spec, body).iter_errors(BODY))
    assert list(_validator(spec, body).iter_errors({"purpose": "x"}))
    code = answer.get_json()["receipt_code"]
    path = "/api/v1/access-requests/{receipt_code}"
    _check(client, spec, f"/api/v1/access-requests/{code}", path, 200)
    _check(client, spec, "/api/v1/access-requests/nope", path, 404)
    _approve(catalog, code)
    shown = _check(client, spec, f"/api/v1/access-requests/{code}", path, 200)
    assert shown["expires"]
