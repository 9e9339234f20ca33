"""Conditional access (有条件开放) as services: applying, the publisher's decisions, the
grants they give and the downloads logged under them; who may decide what, each role against
each action; and what the public sees of an application (its status, nothing personal)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select, update

from catalog.actor import Actor
from catalog.audit import recent_events
from catalog.db import transaction
from catalog.errors import NotFound
from catalog.models import Base
from publishers import access
from publishers.access import AccessDenied, AccessError, InvalidAccessKey
from publishers.accounts import add_user
from publishers.auth import NotAuthorized
from publishers.models import AccessApplication
from publishers.services import add_publisher
from tests.support.accounts import OPERATOR
from tests.support.catalogs import publish_csv

TODAY = dt.date(2026, 12, 3)
APPLICANT = {"applicant_name": "欧阳娜娜", "organisation": "示例大学公共卫生学院",
             "contact": "ouyang.nana@example.edu", "purpose": "传染病时空分布研究",
             "requested_use": "课题组三人使用，存于校内服务器，两年后删除"}
PUBLIC = Actor("anonymous", "public", "api")
OFFICER = Actor("li.na", "disclosure_officer", "cli", "health")
ADMIN = Actor("wang", "admin", "cli", "health")
ROOT = Actor("root", "site_admin", "cli")
# every role that may not decide a health application
REFUSED = (Actor("zhao", "editor", "cli", "health"),
           Actor("qian", "privacy_reviewer", "cli", "health"),
           Actor("sun", "disclosure_officer", "cli", "stats"),  # another publisher's
           Actor("zhou", "admin", "cli", "stats"),
           PUBLIC, Actor("anonymous", "public", "portal"))
ALLOWED = (OFFICER, ADMIN, ROOT)


@pytest.fixture
def datasets(catalog, tmp_path: Path):
    add_publisher(catalog, "health", "示例市卫生健康委员会")
    add_publisher(catalog, "stats", "示例市统计局")
    publish_csv(catalog, tmp_path, "cases", "区县,病例\n东城区,3\n", "health",
                title="传染病病例统计", open_condition="conditional", legal_basis="article_15",
                access_conditions="科研用途申请")
    publish_csv(catalog, tmp_path, "population", "区县,人口\n东城区,70\n", "stats",
                title="常住人口")
    publish_csv(catalog, tmp_path, "cadres", "区县,人数\n东城区,7\n", "health",
                title="干部名册", open_condition="not_open", legal_basis="article_16")
    return catalog


def _apply(catalog, actor: Actor = PUBLIC, **given) -> dict:
    return access.apply(catalog, actor, "cases", **{**APPLICANT, **given})


def test_apply_gives_a_receipt_code_and_a_key_shown_once(datasets) -> None:
    receipt = _apply(datasets)
    assert receipt["status"] == "pending" and receipt["dataset"] == "cases"
    assert receipt["key"].startswith(access.KEY_PREFIX) and len(receipt["key"]) > 50
    status = access.application_status(datasets, receipt["receipt_code"].lower(), today=TODAY)
    assert status == {"receipt_code": receipt["receipt_code"], "dataset": "cases",
                      "status": "pending", "submitted": receipt["submitted"], "decided": None,
                      "expires": None}
    # the key is kept as its digest only; the status says nothing of the applicant
    with datasets.sessions() as session:
        stored = session.scalar(select(AccessApplication))
        assert stored.key_hash != receipt["key"] and receipt["key"] not in repr(
            [tuple(row) for row in session.execute(select(Base.metadata.tables[
                "access_applications"]))])
    for value in APPLICANT.values():
        assert value not in json.dumps(status, ensure_ascii=False)
    with pytest.raises(InvalidAccessKey):
        access.grant_for_key(datasets, access.KEY_PREFIX + "x" * 43)
    with pytest.raises(AccessDenied, match="pending"):
        access.grant_for_key(datasets, receipt["key"], "cases")


@pytest.mark.parametrize(("dataset", "message"), [
    ("population", "no application is needed"),
    ("cadres", "not open to applications"),
])
def test_only_a_conditionally_open_dataset_takes_applications(datasets, dataset,
                                                              message) -> None:
    with pytest.raises(AccessError, match=message):
        access.apply(datasets, PUBLIC, dataset, **APPLICANT)
    with pytest.raises(NotFound):
        access.apply(datasets, PUBLIC, "nope", **APPLICANT)
    assert access.list_applications(datasets) == []


@pytest.mark.parametrize(("given", "message"), [
    ({"applicant_name": " "}, "applicant name is required"),
    ({"contact": ""}, "contact is required"),
    ({"purpose": ""}, "purpose is required"),
    ({"requested_use": "用" * 5001}, "requested use has more than 5,000"),
    ({"organisation": "单" * 201}, "organisation has more than 200"),
])
def test_an_application_needs_who_how_to_reach_them_why_and_what_for(datasets, given,
                                                                     message) -> None:
    with pytest.raises(AccessError, match=message):
        _apply(datasets, **given)
    assert access.list_applications(datasets) == []
    assert _apply(datasets, organisation=None)["status"] == "pending"  # optional


def test_approval_grants_until_the_expiry_day_then_expires(datasets) -> None:
    receipt = _apply(datasets)
    approved = access.approve(datasets, OFFICER, receipt["id"], terms="仅限科研，不得公开发布",
                              expires=dt.date(2027, 6, 30), today=TODAY)
    assert (approved["status"], approved["expires"], approved["decided_by"]) == (
        "approved", "2027-06-30", "li.na")
    grant = access.grant_for_key(datasets, receipt["key"], "cases", today=TODAY)
    assert (grant.dataset, grant.expires_on) == ("cases", dt.date(2027, 6, 30))
    assert access.grant_for_key(datasets, receipt["key"], "cases",
                                today=dt.date(2027, 6, 30)).dataset == "cases"  # the last day
    with pytest.raises(AccessDenied, match="expired on 2027-06-30"):
        access.grant_for_key(datasets, receipt["key"], "cases", today=dt.date(2027, 7, 1))
    assert access.application_status(datasets, receipt["receipt_code"],
                                     today=dt.date(2027, 7, 1))["status"] == "expired"
    with pytest.raises(AccessDenied, match="for dataset 'cases', not 'population'"):
        access.grant_for_key(datasets, receipt["key"], "population", today=TODAY)
    # the applicant sees the terms with the key; the receipt code shows no terms
    mine = access.key_application(datasets, receipt["key"], today=TODAY)
    assert mine["terms"] == "仅限科研，不得公开发布" and mine["status"] == "approved"
    assert "terms" not in access.application_status(datasets, receipt["receipt_code"],
                                                     today=TODAY)
    with pytest.raises(AccessError, match="approved already"):
        access.approve(datasets, OFFICER, receipt["id"], terms="x",
                       expires=dt.date(2027, 1, 1), today=TODAY)
    revoked = access.revoke(datasets, ADMIN, receipt["receipt_code"], reason="违反使用条件",
                            today=TODAY)
    assert revoked["status"] == "revoked" and revoked["revoked"]["by"] == "wang"
    with pytest.raises(AccessDenied, match="revoked"):
        access.grant_for_key(datasets, receipt["key"], "cases", today=TODAY)
    with pytest.raises(AccessError, match="is revoked"):
        access.revoke(datasets, ADMIN, receipt["id"], today=TODAY)


def test_a_refusal_gives_its_reason_and_no_access(datasets) -> None:
    receipt = _apply(datasets)
    refused = access.refuse(datasets, ROOT, receipt["id"], reason="用途超出开放条件",
                            today=TODAY)
    assert refused["status"] == "refused" and refused["refusal_reason"] == "用途超出开放条件"
    with pytest.raises(AccessDenied, match="was refused"):
        access.grant_for_key(datasets, receipt["key"], "cases", today=TODAY)
    assert access.key_application(datasets, receipt["key"])["refusal_reason"] == "用途超出开放条件"
    with pytest.raises(AccessError, match="refused already"):
        access.refuse(datasets, ROOT, receipt["id"], reason="x", today=TODAY)
    with pytest.raises(AccessError, match="only an approved one"):
        access.revoke(datasets, ROOT, receipt["id"], today=TODAY)


@pytest.mark.parametrize(("expires", "message"), [
    (dt.date(2026, 12, 2), "before today"),
    (dt.date(2036, 12, 31), "at most 3650 days"),
])
def test_an_expiry_is_from_today_within_ten_years(datasets, expires, message) -> None:
    receipt = _apply(datasets)
    with pytest.raises(AccessError, match=message):
        access.approve(datasets, OFFICER, receipt["id"], terms="x", expires=expires,
                       today=TODAY)
    with pytest.raises(AccessError, match="terms is required"):
        access.approve(datasets, OFFICER, receipt["id"], terms=" ", expires=TODAY,
                       today=TODAY)
    assert access.get_application(datasets, receipt["id"])["status"] == "pending"


def test_each_role_against_each_decision(datasets) -> None:
    """approve, refuse, revoke: the dataset's publisher's admin or disclosure officer, or a
    site admin; every other role is refused and changes nothing."""
    decisions = {
        "approve": (lambda a, ref: access.approve(datasets, a, ref, terms="仅限科研",
                                                  expires=dt.date(2027, 1, 31), today=TODAY),
                    "pending", "access.approve"),
        "refuse": (lambda a, ref: access.refuse(datasets, a, ref, reason="不符合条件",
                                                today=TODAY), "pending", "access.refuse"),
        "revoke": (lambda a, ref: access.revoke(datasets, a, ref, today=TODAY), "approved",
                   "access.revoke"),
    }

    def application(state: str) -> str:
        ref = _apply(datasets)["id"]
        if state == "approved":
            access.approve(datasets, ROOT, ref, terms="x", expires=dt.date(2027, 1, 31),
                           today=TODAY)
        return ref

    for name, (decide, state, audited) in decisions.items():
        shared = application(state)
        for actor in REFUSED:
            before = access.get_application(datasets, shared, today=TODAY)
            with pytest.raises(NotAuthorized):
                decide(actor, shared)
            assert access.get_application(datasets, shared, today=TODAY) == before, (
                name, actor)
        for actor in ALLOWED:
            ref = application(state)
            decide(actor, ref)
            event = recent_events(datasets, limit=1)[0]
            assert (event["action"], event["actor"], event["role"], event["target"]) == (
                audited, actor.who, actor.role, f"access:{ref}"), (name, actor)
    refused = {actor.who for actor in REFUSED} - {"anonymous"}
    assert not refused & {e["actor"] for e in recent_events(datasets, limit=1000)}
    # only the public applies: a role's actor does not apply in its role
    with pytest.raises(NotAuthorized):
        _apply(datasets, OFFICER)


def test_the_audit_trail_holds_nothing_of_the_applicant(datasets) -> None:
    receipt = _apply(datasets)
    access.approve(datasets, OFFICER, receipt["id"], terms="仅限科研", expires=TODAY,
                   today=TODAY)
    trail = json.dumps(recent_events(datasets, limit=100), ensure_ascii=False)
    assert "access.apply" in trail and "access.approve" in trail
    for value in APPLICANT.values():
        assert value not in trail
    assert receipt["key"] not in trail


def test_downloads_are_logged_for_the_publisher(datasets) -> None:
    receipt = _apply(datasets)
    access.approve(datasets, OFFICER, receipt["id"], terms="x", expires=dt.date(2027, 1, 31),
                   today=TODAY)
    grant = access.grant_for_key(datasets, receipt["key"], "cases", today=TODAY)
    with datasets.sessions() as session:
        from catalog.models import Dataset

        resource = session.scalar(select(Dataset).where(Dataset.name == "cases")
                                  ).current_revision.resources[0]
        resource_id, title = resource.id, resource.title or resource.name
    access.record_download(datasets, grant, resource_id, "file", "api")
    access.record_download(datasets, grant, resource_id, "rows", "portal")
    logged = access.list_downloads(datasets, publisher="health")
    assert [(d["format"], d["channel"], d["receipt_code"], d["dataset"], d["resource_title"])
            for d in logged] == [("rows", "portal", receipt["receipt_code"], "cases", title),
                                 ("file", "api", receipt["receipt_code"], "cases", title)]
    assert access.list_downloads(datasets, publisher="stats") == []
    assert len(access.list_downloads(datasets, application=receipt["receipt_code"])) == 2
    shown = access.get_application(datasets, receipt["id"], today=TODAY)
    assert shown["downloads"] == 2 and shown["last_download"]
    with pytest.raises(ValueError):
        access.record_download(datasets, grant, resource_id, "file", "email")


def test_an_application_made_signed_in_is_bound_to_the_account(datasets) -> None:
    add_user(datasets, "chen", None, actor=OPERATOR)
    receipt = _apply(datasets, Actor("chen", "public", "portal"), account="chen")
    with pytest.raises(AccessDenied, match="no approved access"):
        access.grant_for_account(datasets, "chen", "cases", today=TODAY)
    access.approve(datasets, OFFICER, receipt["id"], terms="x", expires=TODAY, today=TODAY)
    assert access.grant_for_account(datasets, "chen", "cases", today=TODAY).application_id \
        == receipt["id"]
    assert access.grant_by_id(datasets, receipt["id"], account="chen", today=TODAY)
    with pytest.raises(AccessDenied):
        access.grant_by_id(datasets, receipt["id"], account="someone-else", today=TODAY)
    with pytest.raises(AccessDenied):
        access.grant_for_account(datasets, "someone-else", "cases", today=TODAY)
    mine = access.account_applications(datasets, "chen", today=TODAY)
    assert [a["receipt_code"] for a in mine] == [receipt["receipt_code"]]
    assert access.get_application(datasets, receipt["id"])["account"] == "chen"
    with pytest.raises(NotFound):
        _apply(datasets, Actor("x", "public", "portal"), account="no-such-account")


def test_lists_by_publisher_and_status(datasets) -> None:
    first, second, third = (_apply(datasets) for _ in range(3))
    access.approve(datasets, OFFICER, first["id"], terms="x", expires=TODAY, today=TODAY)
    access.refuse(datasets, OFFICER, second["id"], reason="x", today=TODAY)
    with transaction(datasets.sessions) as session:
        session.execute(update(AccessApplication).where(AccessApplication.id == first["id"])
                        .values(expires_on=TODAY - dt.timedelta(days=1)))
    by_status = {status: [v["id"] for v in access.list_applications(datasets, status=status)]
                 for status in access.STATUSES}
    assert by_status == {"pending": [third["id"]], "approved": [], "refused": [second["id"]],
                         "revoked": [], "expired": [first["id"]]}
    everything = access.list_applications(datasets, publisher="health")
    assert [v["id"] for v in everything] == [third["id"], second["id"], first["id"]]
    assert everything[0]["applicant"]["name"] == APPLICANT["applicant_name"]
    assert access.list_applications(datasets, publisher="stats") == []
    assert access.list_applications(datasets, within=["stats"]) == []
    with pytest.raises(AccessError, match="unknown status"):
        access.list_applications(datasets, status="lost")
