"""The public side of disclosure requests over HTTP (a real server): submitting one, its status
by receipt code, the annual report; bounds on the public POST; and no applicant's identity in
any public answer or log."""

from __future__ import annotations

import dataclasses
import io
import json
import logging
import urllib.error
import urllib.request
from typing import Any

import pytest
from openpyxl import load_workbook

from api.app import create_app
from catalog.actor import Actor
from publishers import deadlines
from publishers.calendar import WorkingCalendar, china_today
from publishers.requests import answer
from publishers.services import add_publisher
from tests.test_leaks import serve

NAME, CONTACT = "司马相如", "sima.xiangru@example.com"
CONTENT = "请公开2025年度本局政府采购合同（申请人司马相如，电话13812345678）"
OFFICER = Actor("li.na", "disclosure_officer", "cli", "stats")


def call(url: str, method: str = "GET", body: Any = None,
         headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    data = body if isinstance(body, bytes) or body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method, headers={
        "Content-Type": "application/json", **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 - loopback
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


@pytest.fixture
def server(catalog, settings):
    add_publisher(catalog, "stats", "示例市统计局")
    catalog.settings = dataclasses.replace(settings, request_rate_limit="4 per minute")
    app = create_app(catalog)
    httpd, base = serve(app)
    yield base
    httpd.shutdown()


def _submit(base: str, **given) -> tuple[int, dict[str, str], Any]:
    body = {"applicant_type": "natural_person", "content": CONTENT, "publisher": "stats",
            "applicant": {"name": NAME, "contact": CONTACT}, **given}
    status, headers, data = call(f"{base}/api/v1/requests", "POST", body)
    return status, headers, json.loads(data)


def test_submit_then_look_the_status_up(server, catalog, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    status, headers, receipt = _submit(server)
    assert status == 201, receipt
    today = china_today()
    due = deadlines.answer_due(WorkingCalendar.official(), today)
    assert receipt == {"receipt_code": receipt["receipt_code"], "received": today.isoformat(),
                       "status": "pending", "due": due.date.isoformat(),
                       "provisional": due.provisional}
    assert headers["Location"].endswith(f"/api/v1/requests/{receipt['receipt_code']}")
    code, _, body = call(f"{server}/api/v1/requests/{receipt['receipt_code'].lower()}")
    shown = json.loads(body)
    assert code == 200 and shown["status"] == "pending" and shown["due"] == receipt["due"]
    answer(catalog, OFFICER, receipt["receipt_code"], outcome_code="disclosed")
    shown = json.loads(call(f"{server}/api/v1/requests/{receipt['receipt_code']}")[2])
    assert (shown["status"], shown["outcome"]) == ("answered", "disclosed")
    assert call(f"{server}/api/v1/requests/ZZZZ-ZZZZ-ZZZZ")[0] == 404
    # nothing public names the applicant or repeats what they asked
    public = [f"/api/v1/requests/{receipt['receipt_code']}", "/api/v1/reports/annual/"
              f"{today.year}", f"/api/v1/reports/annual/{today.year}?format=html",
              f"/api/v1/reports/annual/{today.year}?format=md&publisher=stats",
              "/api/v1/openapi.json", "/api/v1/publishers", "/api/v1/datasets", "/data.json",
              "/feeds/datasets.atom", "/catalog.ttl", "/"]
    for path in public:
        code, _, body = call(server + path)
        assert code == 200, path
        text = body.decode("utf-8")
        for value in (NAME, CONTACT, CONTENT, "13812345678"):
            assert value not in text, path
    logged = " ".join(record.getMessage() for record in caplog.records)
    assert NAME not in logged and CONTACT not in logged and "13812345678" not in logged


@pytest.mark.parametrize(("given", "message"), [
    ({"applicant_type": "person"}, "applicant_type: Must be one of"),
    ({"content": ""}, "content"),
    ({"content": "字" * 10_001}, "content"),
    ({"publisher": "nope"}, "unknown publisher 'nope'"),
    ({"received": "2020-01-01"}, "unknown field: the body takes applicant_type, content, "
                                 "publisher, applicant (name, contact)"),
    ({"applicant": {"name": NAME, "id_number": "110101199003071234"}}, "unknown field"),
    ({"申请人欧阳娜娜": "x"}, "unknown field"),
])
def test_bad_submissions_are_400_and_quote_nothing(server, given, message) -> None:
    status, _, body = _submit(server, **given)
    assert status == 400 and message in body["error"]["message"], body
    assert NAME not in json.dumps(body, ensure_ascii=False)
    assert "110101199003071234" not in json.dumps(body)
    assert "欧阳娜娜" not in json.dumps(body, ensure_ascii=False)
    assert "id_number" not in body["error"]["message"]  # an unknown field is not repeated


def test_the_public_post_is_bounded(server) -> None:
    big = json.dumps({"applicant_type": "natural_person", "content": "字" * 30_000}).encode()
    status, _, body = call(f"{server}/api/v1/requests", "POST", big)
    assert status == 413, body
    assert call(f"{server}/api/v1/requests", "POST", b"not json")[0] == 400
    assert call(f"{server}/api/v1/requests", "POST", b"[]")[0] == 400
    assert call(f"{server}/api/v1/requests", "POST", b"{}",
                {"Content-Type": "text/plain"})[0] == 400
    # the limit is 4 a minute, and every attempt counts
    status, headers, body = _submit(server)
    assert status == 429 and int(headers["Retry-After"]) > 0
    assert body["error"]["code"] == "too_many_requests"
    assert call(f"{server}/api/v1/reports/annual/2026")[0] == 200  # reads are not limited


def test_the_annual_report_over_http(server, catalog) -> None:
    _submit(server, applicant_type="research")
    year = china_today().year
    status, _, body = call(f"{server}/api/v1/reports/annual/{year}?publisher=stats")
    report = json.loads(body)
    assert status == 200 and report["publisher"] == "stats"
    rows = {row["key"]: row for row in report["sections"]["requests"]["rows"]}
    assert rows["new"]["values"]["research"] == 1 and report["checks"][0]["holds"]
    assert report["missing"]
    status, headers, body = call(f"{server}/api/v1/reports/annual/{year}?format=xlsx")
    assert status == 200 and headers["Content-Type"].startswith(
        "application/vnd.openxmlformats")
    assert load_workbook(io.BytesIO(body)).active["A1"].value.endswith(
        f"{year}年政府信息公开工作年度报告")
    status, headers, body = call(f"{server}/api/v1/reports/annual/{year}?format=md")
    assert status == 200 and headers["Content-Type"].startswith("text/markdown")
    assert call(f"{server}/api/v1/reports/annual/{year}?format=pdf")[0] == 400
    assert call(f"{server}/api/v1/reports/annual/20x6")[0] == 400
    assert call(f"{server}/api/v1/reports/annual/2018")[0] == 400
    assert call(f"{server}/api/v1/reports/annual/{year}?publisher=nope")[0] == 404


def test_the_answers_match_the_openapi_document(catalog) -> None:
    from tests.api.test_openapi import _check, _validator

    add_publisher(catalog, "stats", "示例市统计局")
    client = create_app(catalog).test_client()
    spec = client.get("/api/v1/openapi.json").get_json()
    response = client.post("/api/v1/requests", json={"applicant_type": "commercial",
                                                     "content": CONTENT, "publisher": "stats"})
    assert response.status_code == 201
    documented = spec["paths"]["/api/v1/requests"]["post"]
    schema = documented["responses"]["201"]["content"]["application/json"]["schema"]
    assert not list(_validator(spec, schema).iter_errors(response.get_json()))
    body = documented["requestBody"]["content"]["application/json"]["schema"]
    assert not list(_validator(spec, body).iter_errors({
        "applicant_type": "commercial", "content": CONTENT, "applicant": {"name": NAME}}))
    assert list(_validator(spec, body).iter_errors({"applicant_type": "x", "content": "y"}))
    code = response.get_json()["receipt_code"]
    path = "/api/v1/requests/{receipt_code}"
    _check(client, spec, f"/api/v1/requests/{code}", path, 200)
    _check(client, spec, "/api/v1/requests/nope", path, 404)
    year = china_today().year
    report = _check(client, spec, f"/api/v1/reports/annual/{year}",
                    "/api/v1/reports/annual/{year}", 200)
    assert report["year"] == year
    _check(client, spec, "/api/v1/reports/annual/1999", "/api/v1/reports/annual/{year}", 400)
