"""Every role against every disclosure-request action, at the command line as `govcat --as
USER` and through the API: the allowed ones change the request and are audited in the
caller's name, role and channel; the refused ones change nothing. The public may only submit
a request and look its status up by receipt code."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from api.cli import main
from catalog.actor import Actor
from catalog.audit import recent_events
from publishers import requests as rq
from publishers.auth import NotAuthorized
from publishers.report import set_input
from publishers.services import add_publisher
from tests.support.workdays import D

# user name → (publisher, role); "root" is a site admin, "nobody" holds no role
ROLES = {"admin": ("stats", "admin"), "editor": ("stats", "editor"),
         "privacy-reviewer": ("stats", "privacy_reviewer"),
         "disclosure-officer": ("stats", "disclosure_officer"),
         "health-officer": ("health", "disclosure_officer")}
USERS = ("root", *ROLES, "nobody")
OFFICERS = {"root", "disclosure-officer"}  # who may handle a stats request
READERS = OFFICERS | {"admin"}  # who may read one in full (the applicant's data)
RECEIVED = "2026-09-28"  # due 2026-10-30

Run = Callable[..., object]


@pytest.fixture
def run(tmp_path: Path, monkeypatch) -> Run:
    monkeypatch.setenv("GOVCAT_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("GOVCAT_SECRET_KEY", "test-secret")
    for name in ("GOVCAT_DATABASE_URL", "GOVCAT_SEARCH_URL", "GOVCAT_HOLIDAYS"):
        monkeypatch.delenv(name, raising=False)
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(main, list(args), catch_exceptions=False)

    assert invoke("init").exit_code == 0
    for code, name in (("stats", "示例市统计局"), ("health", "示例市卫健委")):
        assert invoke("publisher", "add", code, name).exit_code == 0
    for user, (publisher, role) in ROLES.items():
        assert invoke("user", "add", user, "--no-password").exit_code == 0
        assert invoke("member", "add", user, publisher, role).exit_code == 0
    assert invoke("user", "add", "root", "--no-password", "--site-admin").exit_code == 0
    assert invoke("user", "add", "nobody", "--no-password").exit_code == 0
    return invoke


def _request(run: Run, *steps: list[str]) -> str:
    """A stats request added by the operator, with `steps` (its own commands) done: its id."""
    added = run("requests", "add", "--received", RECEIVED, "--applicant-type",
                "natural_person", "--content", "请公开2025年统计公报", "--publisher", "stats",
                "--applicant-name", "欧阳娜娜", "--json")
    ref = json.loads(added.stdout)["id"]
    for step in steps:
        assert run("requests", step[0], ref, *step[1:]).exit_code == 0
    return ref


def _shown(run: Run, ref: str) -> dict:
    return json.loads(run("requests", "show", ref, "--json").stdout)


CORRECTION = ["correction", "--items", "年份", "--on", "2026-09-29"]
CONSULT = ["consult", "--party", "某公司", "--sent", "2026-10-12"]
# action (publishers.auth) → (the audit's action, the steps before, the command's arguments)
WRITES = {
    "extend": ("request_update", "request.extend", [],
               ["--by", "王主任", "--reason", "档案量大", "--on", "2026-10-09"]),
    "correction": ("request_update", "request.correction_notice", [], CORRECTION[1:]),
    "corrected": ("request_update", "request.corrected", [CORRECTION],
                  ["--received", "2026-09-30"]),
    "consult": ("request_update", "request.consult", [], CONSULT[1:]),
    "reply": ("request_update", "request.reply", [CONSULT], ["--replied", "2026-10-13"]),
    "answer": ("request_answer", "request.answer", [],
               ["--outcome", "disclosed", "--on", "2026-10-15"]),
}


def _check(result, user: str, allowed: bool, case: object) -> None:
    assert (result.exit_code == 0) is allowed, (case, user, result.output)
    if not allowed:
        assert "needs" in result.output and len(result.output.strip().splitlines()) == 1, \
            (case, user, result.output)


def _last_event(run: Run) -> dict:
    return json.loads(run("audit", "--json", "--limit", "1").stdout)[0]


def recent_events_of(run: Run) -> list[dict]:
    return json.loads(run("audit", "--json", "--limit", "1000").stdout)


def test_each_role_against_each_request_write(run) -> None:
    for command, (_, audited, steps, args) in WRITES.items():
        shared = _request(run, *steps)  # what refused calls try to change
        for user in USERS:
            allowed = user in OFFICERS
            ref = _request(run, *steps) if allowed else shared
            before = _shown(run, ref)
            result = run("--as", user, "requests", command, ref, *args)
            _check(result, user, allowed, command)
            if allowed:
                event = _last_event(run)
                assert (event["action"], event["actor"], event["channel"],
                        event["target"]) == (audited, user, "cli", f"request:{ref}"), command
                assert event["role"] == ("site_admin" if user == "root" else
                                         "disclosure_officer"), command
                assert _shown(run, ref) != before, command
            else:
                assert _shown(run, ref) == before, (command, user)
    refused = set(USERS) - OFFICERS
    assert not refused & {e["actor"] for e in recent_events_of(run)}


def test_each_role_adding_a_request_and_giving_the_report_s_input(run, tmp_path: Path) -> None:
    given = tmp_path / "input.yaml"
    given.write_text("proactive:\n  licensing: 12\n", encoding="utf-8")
    for user in USERS:
        allowed = user in OFFICERS
        before = len(json.loads(run("requests", "list", "--json").stdout))
        added = run("--as", user, "requests", "add", "--received", RECEIVED,
                    "--applicant-type", "research", "--content", "x", "--publisher", "stats",
                    "--json")
        _check(added, user, allowed, "add")
        assert len(json.loads(run("requests", "list", "--json").stdout)) == before + allowed
        if allowed:
            assert (_last_event(run)["action"], _last_event(run)["actor"]) == ("request.add",
                                                                               user)
        report = run("--as", user, "report", "input", str(given), "--year", "2026",
                     "--publisher", "stats")
        _check(report, user, allowed, "report input")
        if allowed:
            assert (_last_event(run)["action"], _last_event(run)["actor"]) == ("report.input",
                                                                               user)
    # a request to no publisher, and the whole catalog's report, are the site admin's
    for user in ("disclosure-officer", "root"):
        nowhere = run("--as", user, "requests", "add", "--received", RECEIVED,
                      "--applicant-type", "research", "--content", "x")
        whole = run("--as", user, "report", "input", str(given), "--year", "2026")
        for result in (nowhere, whole):
            _check(result, user, user == "root", "no publisher")


def test_each_role_reading_requests_in_full(run) -> None:
    ref = _request(run, ["answer", "--outcome", "disclosed", "--on", "2026-10-15"])
    reads = {"show": ["requests", "show", ref, "--json"],
             "letter": ["requests", "letter", ref],
             "list": ["requests", "list", "--publisher", "stats", "--json"]}
    for name, command in reads.items():
        for user in USERS:
            result = run("--as", user, *command)
            _check(result, user, user in READERS, name)
            if user in READERS and name != "letter":
                assert "欧阳娜娜" in result.stdout  # the applicant's data, for the department
            if user not in READERS:
                assert "欧阳娜娜" not in result.output
    # without --publisher, each sees the requests of the publishers where it may read them
    health = json.loads(run("requests", "add", "--received", RECEIVED, "--applicant-type",
                            "commercial", "--content", "x", "--publisher", "health",
                            "--json").stdout)
    seen = {user: {v["id"] for v in json.loads(run("--as", user, "requests", "list",
                                                   "--json").stdout)}
            for user in ("root", "admin", "disclosure-officer", "health-officer")}
    assert seen == {"root": {ref, health["id"]}, "admin": {ref}, "disclosure-officer": {ref},
                    "health-officer": {health["id"]}}
    for user in ("editor", "nobody"):
        refused = run("--as", user, "requests", "list")
        assert refused.exit_code == 1 and "request_list needs" in refused.output


def test_the_services_check_the_actor_they_are_handed(catalog) -> None:
    """A service refuses an actor whose role does not allow the action at the request's
    publisher: the public adds only, an officer acts at its own publisher only."""
    add_publisher(catalog, "stats", "示例市统计局")
    public = Actor("anonymous", "public", "api")
    officer = Actor("li.na", "disclosure_officer", "cli", "stats")
    elsewhere = Actor("zhao", "disclosure_officer", "cli", "health")
    editor = Actor("wang", "editor", "api", "stats")
    receipt = rq.add_request(catalog, public, received=D(2026, 9, 28),
                             applicant_type="natural_person", content="x", publisher="stats")
    ref = receipt["id"]
    writes = {
        "extend": lambda a: rq.extend(catalog, a, ref, approver="王主任", reason="x",
                                      on=D(2026, 10, 9)),
        "correction": lambda a: rq.ask_correction(catalog, a, ref, items="x",
                                                  on=D(2026, 9, 29)),
        "consult": lambda a: rq.consult(catalog, a, ref, party="某公司", sent=D(2026, 10, 12)),
        "answer": lambda a: rq.answer(catalog, a, ref, outcome_code="disclosed",
                                      on=D(2026, 10, 15)),
        "input": lambda a: set_input(catalog, a, 2026, {"proactive": {"licensing": 1}},
                                     "stats", today=D(2026, 12, 3)),
    }
    before = rq.get_request(catalog, ref, today=D(2026, 10, 1))
    for name, write in writes.items():
        for actor in (public, elsewhere, editor):
            with pytest.raises(NotAuthorized):
                write(actor)
            assert rq.get_request(catalog, ref, today=D(2026, 10, 1)) == before, (name, actor)
    with pytest.raises(NotAuthorized, match="request_add at publisher stats needs"):
        rq.add_request(catalog, editor, received=D(2026, 9, 28),
                       applicant_type="natural_person", content="x", publisher="stats")
    assert rq.extend(catalog, officer, ref, approver="王主任", reason="x",
                     on=D(2026, 10, 9))["extended"]
    assert rq.answer(catalog, officer, ref, outcome_code="disclosed",
                     on=D(2026, 10, 15))["outcome"] == "disclosed"
    actions = [(e["action"], e["actor"], e["role"]) for e in recent_events(catalog, limit=3)]
    assert actions[:3] == [("request.answer", "li.na", "disclosure_officer"),
                           ("request.extend", "li.na", "disclosure_officer"),
                           ("request.add", "anonymous", "public")]


def test_the_public_submits_cross_origin_and_reads_the_status_only(catalog) -> None:
    """Anyone may submit (no token, from another site's form: CORS allows POST on this route
    only) and look the status up; nothing else of a request is reachable without a role."""
    from api.app import create_app

    add_publisher(catalog, "stats", "示例市统计局")
    app = create_app(catalog)
    app.testing = True
    client = app.test_client()
    origin = {"Origin": "https://www.gov.example"}
    preflight = client.options("/api/v1/requests", headers={
        **origin, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    assert preflight.headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in preflight.headers["Access-Control-Allow-Methods"]
    assert "content-type" in preflight.headers["Access-Control-Allow-Headers"].lower()
    submitted = client.post("/api/v1/requests", headers=origin, json={
        "applicant_type": "natural_person", "content": "请公开2025年统计公报",
        "publisher": "stats", "applicant": {"name": "欧阳娜娜"}})
    assert submitted.status_code == 201, submitted.get_data(as_text=True)
    assert submitted.headers["Access-Control-Allow-Origin"] == "*"
    assert "Location" in submitted.headers["Access-Control-Expose-Headers"]
    code = submitted.get_json()["receipt_code"]
    event = recent_events(catalog, limit=1)[0]
    assert (event["action"], event["actor"], event["role"], event["channel"]) == (
        "request.add", "anonymous", "public", "api")
    status = client.get(f"/api/v1/requests/{code}", headers=origin)
    assert status.status_code == 200 and "欧阳娜娜" not in status.get_data(as_text=True)
    assert status.headers["Access-Control-Allow-Origin"] == "*"
    # the other public routes still allow reads only; a dataset write is no cross-origin call
    other = client.options("/api/v1/datasets", headers={
        **origin, "Access-Control-Request-Method": "POST"})
    assert "POST" not in other.headers.get("Access-Control-Allow-Methods", "")
    status_preflight = client.options(f"/api/v1/requests/{code}", headers={
        **origin, "Access-Control-Request-Method": "POST"})
    assert "POST" not in status_preflight.headers.get("Access-Control-Allow-Methods", "")
    # no route of the API changes a request or reads it in full
    for method, path in (("PUT", f"/api/v1/requests/{code}"),
                         ("PATCH", f"/api/v1/requests/{code}"),
                         ("DELETE", f"/api/v1/requests/{code}"),
                         ("POST", f"/api/v1/requests/{code}")):
        assert client.open(path, method=method, json={}).status_code == 405, (method, path)
    assert client.get("/api/v1/requests").status_code in (404, 405)  # no list for anyone
