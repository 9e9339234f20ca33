"""REST v1's write endpoints: each answers with the pipeline's outcome (published 201/200,
held 202, invalid 422 with its report), uploads are capped, and nothing raw comes back."""

from __future__ import annotations

import dataclasses
import io
import json
from datetime import timedelta

import pytest

from api.app import create_app
from catalog.audit import recent_events
from catalog.review import list_held
from publishers.services import add_publisher
from tests.support.accounts import role_tokens

PEOPLE = "姓名,手机\n张伟,13812345678\n李秀英,13987654321\n"
RAW = ("张伟", "李秀英", "13812345678", "13987654321")


@pytest.fixture
def write(catalog):
    add_publisher(catalog, "stats", "示例市统计局")
    tokens = role_tokens(catalog, "stats")
    app = create_app(dataclasses.replace(catalog, settings=dataclasses.replace(
        catalog.settings, upload_max_bytes=4096)))
    app.testing = True
    client = app.test_client()
    headers = {"Authorization": f"Bearer {tokens['editor']}"}
    return client, headers, catalog


def _upload(client, headers, name: str, text: str, filename: str = "people.csv"):
    return client.post(f"/api/v1/datasets/{name}/resources", headers=headers,
                       data={"file": (io.BytesIO(text.encode()), filename),
                             "title": "名单"})


def test_create_upload_patch_replace_and_withdraw(write) -> None:
    client, headers, catalog = write
    created = client.post("/api/v1/datasets", headers=headers, json={
        "publisher": "stats", "name": "contacts", "title": "联系人名单", "theme": "民政服务"})
    assert created.status_code == 201
    body = created.get_json()
    assert body["outcome"]["status"] == "published" and body["dataset"]["revision"] == 1
    uploaded = _upload(client, headers, "contacts", PEOPLE, "张伟13812345678.csv")
    assert uploaded.status_code in (201, 202)
    answer = uploaded.get_data(as_text=True)
    assert not any(raw in answer for raw in RAW)
    outcome = uploaded.get_json()["outcome"]
    assert {f["entity"] for f in outcome["findings"]} >= {"PERSON", "CN_MOBILE"}
    assert outcome["status"] == ("published" if uploaded.status_code == 201 else "held")
    patched = client.patch("/api/v1/datasets/contacts", headers=headers,
                           json={"description": "街道联系人", "theme": None})
    assert patched.status_code in (200, 202)
    dataset = patched.get_json()["dataset"]
    assert dataset["description"] == "街道联系人" and "theme" not in dataset
    assert len(dataset["resources"]) == 1  # kept, not screened again
    replaced = client.put("/api/v1/datasets/contacts", headers=headers,
                          json={"title": "联系人"})
    assert "description" not in replaced.get_json()["dataset"]  # replaced, not merged
    assert client.put("/api/v1/datasets/contacts", headers=headers,
                      json={"title": "x", "name": "other"}).status_code == 409
    assert client.put("/api/v1/datasets/contacts", headers=headers,
                      json={"title": "x", "publisher": "health"}).status_code == 409
    gone = client.delete("/api/v1/datasets/contacts", headers=headers)
    assert gone.status_code == 200 and gone.get_json()["withdrawn"] is True
    assert client.get("/api/v1/datasets/contacts").status_code == 410
    assert client.patch("/api/v1/datasets/contacts", headers=headers,
                        json={"title": "again"}).status_code == 409
    actions = [e["action"] for e in recent_events(catalog) if e["actor"] == "stats-editor"]
    assert actions[:5] == ["dataset.withdraw", "dataset.update", "dataset.patch",
                           "resource.create", "dataset.create"]


def test_a_held_upload_answers_202_and_is_not_public(write) -> None:
    client, headers, catalog = write
    client.post("/api/v1/datasets", headers=headers,
                json={"publisher": "stats", "name": "aid", "title": "救助名单"})
    # bank accounts of named people: a sensitive category (PIPL art. 28), held for review
    held = _upload(client, headers, "aid",
                   "姓名,银行卡号,金额\n张伟,6222021234567890128,500\n李秀英,6222021234567890136,600\n")
    assert held.status_code == 202, held.get_json()
    assert held.get_json()["outcome"]["status"] == "held"
    assert [h["dataset"] for h in list_held(catalog)] == ["aid"]
    shown = held.get_json()["dataset"]
    assert all(r["download_url"] is None for r in shown["resources"])
    public = client.get("/api/v1/datasets/aid").get_json()
    assert public["revision"] == 1 and public["resources"] == []


def test_an_invalid_table_answers_422_with_its_report(write) -> None:
    client, headers, _ = write
    client.post("/api/v1/datasets", headers=headers,
                json={"publisher": "stats", "name": "broken", "title": "坏表"})
    refused = _upload(client, headers, "broken", "a,b\n1,2,3,张伟13812345678\n")
    assert refused.status_code == 422
    body = refused.get_json()
    assert body["outcome"]["status"] == "invalid" and body["outcome"]["validation"][0]["errors"]
    assert not any(raw in refused.get_data(as_text=True) for raw in RAW)
    assert client.get("/api/v1/datasets/broken").get_json()["revision"] == 1


def test_bad_input_is_a_clear_error_that_echoes_nothing_raw(write) -> None:
    client, headers, _ = write
    unknown = client.post("/api/v1/datasets", headers=headers, json={
        "publisher": "stats", "title": "表", "张伟13812345678": "x"})
    assert unknown.status_code == 422
    body = unknown.get_json()
    assert body["error"]["code"] == "invalid_metadata" and body["error"]["fields"]
    assert not any(raw in unknown.get_data(as_text=True) for raw in RAW)
    assert client.post("/api/v1/datasets", headers=headers, data="[1]",
                       content_type="application/json").status_code == 400
    assert client.post("/api/v1/datasets", headers=headers,
                       json={"title": "无提供方"}).status_code == 422
    assert client.post("/api/v1/datasets", headers=headers,
                       json={"publisher": "nope", "title": "x"}).status_code == 404
    client.post("/api/v1/datasets", headers=headers,
                json={"publisher": "stats", "name": "taken", "title": "x"})
    assert client.post("/api/v1/datasets", headers=headers,
                       json={"publisher": "stats", "name": "taken", "title": "x"}
                       ).status_code == 409
    wrong_type = _upload(client, headers, "taken", "x", "张伟13812345678.pdf")
    assert wrong_type.status_code == 422 and "13812345678" not in wrong_type.get_data(
        as_text=True)
    assert client.post("/api/v1/datasets/taken/resources", headers=headers,
                       data={}).status_code == 400
    assert client.put("/api/v1/datasets/nope", headers=headers,
                      json={"title": "x"}).status_code == 404


def test_uploads_over_the_limit_are_refused(write) -> None:
    client, headers, _ = write
    client.post("/api/v1/datasets", headers=headers,
                json={"publisher": "stats", "name": "big", "title": "大表"})
    big = "区县,人口\n" + "东城区,70\n" * 1000  # ~12 KB, over the 4 KB limit
    response = _upload(client, headers, "big", big)
    assert response.status_code == 422 and "GOVCAT_UPLOAD_MAX_BYTES" in response.get_json()[
        "error"]["message"]
    huge = "区县,人口\n" + "东城区,70\n" * 200_000  # over the whole request's limit
    assert _upload(client, headers, "big", huge).status_code == 413


def test_a_read_only_token_writes_nothing(write) -> None:
    client, _, catalog = write
    from publishers.tokens import create_token
    from tests.support.accounts import OPERATOR

    _, reading = create_token(catalog, "stats-editor", actor=OPERATOR, scope="read")
    refused = client.post("/api/v1/datasets", headers={"Authorization": f"Bearer {reading}"},
                          json={"publisher": "stats", "title": "x"})
    assert refused.status_code == 403 and "read-only" in refused.get_json()["error"]["message"]


def test_reads_stay_public_with_cors_and_etags(write) -> None:
    client, headers, _ = write
    client.post("/api/v1/datasets", headers=headers,
                json={"publisher": "stats", "name": "open", "title": "公开表"})
    read = client.get("/api/v1/datasets/open", headers={"Origin": "https://example.org"})
    assert read.status_code == 200 and read.headers["Access-Control-Allow-Origin"] == "*"
    assert read.headers["ETag"]
    assert client.get("/api/v1/datasets/open", headers={
        "If-None-Match": read.headers["ETag"]}).status_code == 304
    assert json.loads(read.get_data(as_text=True))["name"] == "open"


def test_revoked_and_expired_tokens_are_refused(write, monkeypatch) -> None:
    client, _, catalog = write
    import publishers.tokens as tokens
    from catalog.models import utcnow
    from publishers.tokens import create_token, revoke_token
    from tests.support.accounts import OPERATOR

    made, revoked = create_token(catalog, "stats-editor", actor=OPERATOR)
    revoke_token(catalog, made["id"], actor=OPERATOR)
    _, expiring = create_token(catalog, "stats-editor", actor=OPERATOR, expires_days=1)
    body = {"publisher": "stats", "title": "x"}
    answer = client.post("/api/v1/datasets", json=body,
                         headers={"Authorization": f"Bearer {revoked}"})
    assert answer.status_code == 401 and "revoked" in answer.get_json()["error"]["message"]
    assert answer.headers["WWW-Authenticate"].startswith("Bearer")
    later = utcnow() + timedelta(days=2)
    monkeypatch.setattr(tokens, "utcnow", lambda: later)
    answer = client.post("/api/3/action/package_create", json={**body, "owner_org": "stats"},
                         headers={"X-CKAN-API-Key": expiring})
    assert answer.status_code == 403 and "expired" in answer.get_json()["error"]["message"]
