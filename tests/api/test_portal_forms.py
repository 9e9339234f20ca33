"""The portal's public forms through the Flask test client (CSRF on, as served): a disclosure
request and its status by receipt code; applying for access on a conditionally open dataset's
page, entering the access key, and downloading under the approval; a signed-in applicant's
access without the key; the rate limit; and a not-open dataset's page."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from api.app import create_app
from catalog.actor import Actor
from publishers import access
from publishers.accounts import add_user
from publishers.calendar import WorkingCalendar, china_today
from publishers.deadlines import answer_due
from publishers.requests import answer, list_requests
from publishers.services import add_publisher
from tests.support.accounts import OPERATOR, PASSWORD
from tests.support.catalogs import publish_csv

OFFICER = Actor("li.na", "disclosure_officer", "cli", "health")
APPLICANT = {"applicant_name": "欧阳娜娜", "organisation": "示例大学",
             "contact": "ouyang.nana@example.edu", "purpose": "传染病时空分布研究",
             "requested_use": "课题组内部使用，两年后删除"}
CASES = "区县,病例\n东城区,3\n西城区,5\n"


@pytest.fixture
def portal(catalog, settings, tmp_path: Path):
    add_publisher(catalog, "health", "示例市卫生健康委员会")
    publish_csv(catalog, tmp_path, "cases", CASES, "health", title="传染病病例统计",
                open_condition="conditional", legal_basis="article_15",
                access_conditions="科研用途申请", description="分区县法定传染病病例数。")
    publish_csv(catalog, tmp_path, "cadres", "区县,干部人数\n东城区,7\n", "health",
                title="干部名册", open_condition="not_open", legal_basis="article_16",
                description="内部人事信息。", keywords=["人事"])
    catalog.settings = dataclasses.replace(settings, request_rate_limit="5 per minute")
    app = create_app(catalog)
    app.testing = True  # CSRF protection stays on
    return app.test_client(), catalog


def _csrf(page: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)


def _code(page: str, element: str) -> str:
    return re.search(rf'<code id="{element}">([^<]+)</code>', page).group(1)


def test_a_disclosure_request_through_the_form(portal) -> None:
    client, catalog = portal
    form = client.get("/requests/new")
    assert form.status_code == 200
    page = form.get_data(as_text=True)
    assert "申请人类型 Applicant type" in page and "示例市卫生健康委员会" in page
    data = {"applicant_type": "research", "publisher": "health",
            "content": "请公开2025年传染病防控经费使用情况", "applicant_name": "欧阳娜娜",
            "applicant_contact": "ouyang.nana@example.edu"}
    assert client.post("/requests/new", data=data).status_code == 400  # no CSRF token
    filed = client.post("/requests/new", data={**data, "csrf_token": _csrf(page)})
    assert filed.status_code == 201 and filed.headers["Cache-Control"] == "no-store"
    receipt = filed.get_data(as_text=True)
    code = _code(receipt, "receipt-code")
    due = answer_due(WorkingCalendar.official(), china_today()).date.isoformat()
    assert due in receipt
    [request] = list_requests(catalog)
    assert (request["receipt_code"], request["publisher"], request["applicant_type"],
            request["channel"], request["applicant"]["name"]) == (
        code, "health", "research", "online", "欧阳娜娜")
    status = client.get(f"/requests/status?code={code.lower()}")
    text = status.get_data(as_text=True)
    assert status.status_code == 200 and "办理中 pending" in text and due in text
    assert "欧阳娜娜" not in text and "传染病防控经费" not in text
    answer(catalog, Actor("li.na", "disclosure_officer", "cli", "health"), code,
           outcome_code="disclosed")
    assert "已答复 answered" in client.get(f"/requests/status?code={code}").get_data(
        as_text=True)
    assert client.get("/requests/status?code=ZZZZ-ZZZZ-ZZZZ").status_code == 404
    assert client.get("/requests/status").status_code == 200


def test_a_bad_request_is_shown_again_without_echoing_errors(portal) -> None:
    client, catalog = portal
    token = _csrf(client.get("/requests/new").get_data(as_text=True))
    refused = client.post("/requests/new", data={
        "applicant_type": "natural_person", "content": " ", "csrf_token": token})
    assert refused.status_code == 400 and "content" in refused.get_data(as_text=True)
    wrong = client.post("/requests/new", data={
        "applicant_type": "欧阳娜娜", "content": "x", "csrf_token": token})
    assert wrong.status_code == 400 and "欧阳娜娜" not in wrong.get_data(as_text=True)
    assert "choose the applicant type" in wrong.get_data(as_text=True)
    elsewhere = client.post("/requests/new", data={
        "applicant_type": "natural_person", "publisher": "欧阳娜娜", "content": "x",
        "csrf_token": token})
    assert elsewhere.status_code == 400 and "欧阳娜娜" not in elsewhere.get_data(as_text=True)
    long = client.post("/requests/new", data={
        "applicant_type": "natural_person", "content": "x", "applicant_name": "欧" * 201,
        "csrf_token": token})
    assert long.status_code == 400 and "more than 200 characters" in long.get_data(
        as_text=True)
    assert list_requests(catalog) == []


def test_the_public_forms_are_rate_limited(portal) -> None:
    client, _ = portal
    token = _csrf(client.get("/requests/new").get_data(as_text=True))
    data = {"applicant_type": "natural_person", "content": "请公开", "csrf_token": token}
    statuses = [client.post("/requests/new", data=data).status_code for _ in range(6)]
    assert statuses == [201] * 5 + [429]
    assert client.get("/requests/new").status_code == 200  # reading the form is not limited


def test_apply_on_the_dataset_page_then_download_with_the_key(portal) -> None:
    client, catalog = portal
    page = client.get("/datasets/cases").get_data(as_text=True)
    assert 'id="access-form"' in page and "申请访问 Apply for access" in page
    filed = client.post("/datasets/cases/access", data={**APPLICANT,
                                                       "csrf_token": _csrf(page)})
    assert filed.status_code == 201 and filed.headers["Cache-Control"] == "no-store"
    receipt = filed.get_data(as_text=True)
    code, key = _code(receipt, "receipt-code"), _code(receipt, "access-key")
    assert key.startswith(access.KEY_PREFIX)
    # a new browser: the status by receipt code, then the key
    fresh = client.application.test_client()
    status = fresh.get(f"/access?code={code}").get_data(as_text=True)
    assert "待审核 pending" in status and "欧阳娜娜" not in status
    entry = fresh.get("/access").get_data(as_text=True)
    assert fresh.post("/access", data={"key": key}).status_code == 400  # no CSRF token
    opened = fresh.post("/access", data={"key": key, "csrf_token": _csrf(entry)})
    assert opened.status_code == 303
    listed = fresh.get("/access").get_data(as_text=True)
    assert code in listed and "/download" not in listed  # pending: no files yet
    access.approve(catalog, OFFICER, code, terms="仅限科研，不得公开发布",
                   expires=china_today())
    listed = fresh.get("/access").get_data(as_text=True)
    assert "仅限科研，不得公开发布" in listed
    links = re.findall(r'href="(/access/[^"]+/download[^"]*)"', listed)
    assert len(links) == 4  # the CSV, CSV for Excel, JSON and XLSX
    got = fresh.get(links[0].replace("&amp;", "&"))
    assert got.status_code == 200 and got.data.decode("utf-8") == CASES
    assert got.headers["Cache-Control"] == "private, no-store"
    assert [(d["format"], d["channel"]) for d in access.list_downloads(catalog)] == [
        ("file", "portal")]
    # another browser, without the key, gets nothing; a wrong key is refused
    other = client.application.test_client()
    assert other.get(links[0]).status_code == 403
    wrong = other.post("/access", data={"key": "govcat_access_nope",
                                        "csrf_token": _csrf(other.get("/access").get_data(
                                            as_text=True))})
    assert wrong.status_code == 400
    access.revoke(catalog, OFFICER, code)
    assert fresh.get(links[0]).status_code == 403
    assert "已撤销 revoked" in fresh.get("/access").get_data(as_text=True)


def test_a_bad_application_is_shown_again(portal) -> None:
    client, catalog = portal
    token = _csrf(client.get("/datasets/cases").get_data(as_text=True))
    refused = client.post("/datasets/cases/access", data={**APPLICANT, "purpose": "",
                                                         "csrf_token": token})
    assert refused.status_code == 400 and "purpose is required" in refused.get_data(
        as_text=True)
    assert access.list_applications(catalog) == []
    assert client.get("/datasets/cadres/access").status_code == 200
    closed = client.post("/datasets/cadres/access", data={**APPLICANT, "csrf_token": token})
    assert closed.status_code == 400 and access.list_applications(catalog) == []
    assert client.get("/datasets/nope/access").status_code == 404


def test_a_signed_in_applicant_downloads_without_the_key(portal) -> None:
    client, catalog = portal
    add_user(catalog, "chen", PASSWORD, actor=OPERATOR)
    login = client.get("/login").get_data(as_text=True)
    client.post("/login", data={"name": "chen", "password": PASSWORD,
                                "csrf_token": _csrf(login)})
    page = client.get("/datasets/cases").get_data(as_text=True)
    code = _code(client.post("/datasets/cases/access", data={
        **APPLICANT, "csrf_token": _csrf(page)}).get_data(as_text=True), "receipt-code")
    assert access.get_application(catalog, code)["account"] == "chen"
    access.approve(catalog, OFFICER, code, terms="仅限科研", expires=china_today())
    # the session forgets what it remembered (a new sign-in elsewhere): the account suffices
    with client.session_transaction() as session:
        session.pop("govcat_access", None)
    listed = client.get("/access").get_data(as_text=True)
    links = re.findall(r'href="(/access/[^"]+/download[^"]*)"', listed)
    assert links and client.get(links[0]).status_code == 200


def test_a_not_open_dataset_s_page_shows_its_legal_basis_only(portal) -> None:
    client, _ = portal
    page = client.get("/datasets/cadres")
    text = page.get_data(as_text=True)
    assert page.status_code == 200 and "干部名册" in text and "第十六条" in text
    assert "示例市卫生健康委员会" in text and "不予开放" in text
    for hidden in ("内部人事信息", "人事", "干部人数", "/download", "access-form", "CSV"):
        assert hidden not in text, hidden
