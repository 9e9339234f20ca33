"""Every role against every `govcat access` command, as `govcat --as USER`: deciding (approve,
refuse, revoke) and reading applications in full (show, list, downloads) are the dataset's
publisher's admin's and disclosure officer's, or a site admin's; the allowed ones change the
application and are audited in the caller's name, the refused ones change nothing."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from api.store import open_catalog
from catalog.actor import Actor
from catalog.settings import Settings
from publishers import access
from publishers.calendar import china_today
from tests.api.test_request_matrix import USERS, Run, _check, _last_event, recent_events_of
from tests.api.test_request_matrix import run as run  # noqa: F401 - the fixture

DECIDERS = {"root", "admin", "disclosure-officer"}  # of stats, the dataset's publisher
APPLICANT = {"applicant_name": "欧阳娜娜", "contact": "ouyang.nana@example.edu",
             "purpose": "人口研究", "requested_use": "课题组内部使用"}
EXPIRES = (china_today() + dt.timedelta(days=90)).isoformat()


@pytest.fixture
def stats(run: Run, tmp_path: Path) -> Iterator[object]:
    """The stats publisher's conditionally open dataset, published with the command line; the
    catalog opened as the commands open it."""
    table = tmp_path / "households.csv"
    table.write_text("区县,户数\n东城区,120\n", encoding="utf-8")
    meta = tmp_path / "meta.json"
    meta.write_text(json.dumps({"name": "households", "title": "分区县户数",
                                "open_condition": "conditional", "legal_basis": "article_15",
                                "access_conditions": "科研用途"}), encoding="utf-8")
    published = run("publish", str(table), "--publisher", "stats", "--metadata", str(meta),
                    "--json")
    assert published.exit_code == 0, published.output
    catalog = open_catalog(Settings.from_env())
    yield catalog
    catalog.close()


def _application(catalog, state: str = "pending") -> str:
    receipt = access.apply(catalog, Actor("anonymous", "public", "api"), "households",
                           **APPLICANT)
    if state == "approved":
        access.approve(catalog, Actor("ops", "site_admin", "cli"), receipt["id"], terms="x",
                       expires=china_today() + dt.timedelta(days=30))
    return receipt["receipt_code"]


def _shown(run: Run, ref: str) -> dict:
    return json.loads(run("access", "show", ref, "--json").stdout)


# command → (the state it acts on, its arguments, the audit's action)
DECISIONS = {
    "approve": ("pending", ["--terms", "仅限科研", "--expires", EXPIRES], "access.approve"),
    "refuse": ("pending", ["--reason", "用途不符"], "access.refuse"),
    "revoke": ("approved", ["--reason", "违反条件"], "access.revoke"),
}


def test_each_role_against_each_decision(run, stats) -> None:
    for command, (state, args, audited) in DECISIONS.items():
        shared = _application(stats, state)
        for user in USERS:
            allowed = user in DECIDERS
            ref = _application(stats, state) if allowed else shared
            before = _shown(run, ref)
            result = run("--as", user, "access", command, ref, *args)
            _check(result, user, allowed, command)
            if allowed:
                event = _last_event(run)
                assert (event["action"], event["actor"], event["channel"]) == (
                    audited, user, "cli"), command
                assert _shown(run, ref)["status"] == {
                    "approve": "approved", "refuse": "refused", "revoke": "revoked"}[command]
            else:
                assert _shown(run, ref) == before, (command, user)
    refused = set(USERS) - DECIDERS
    assert not refused & {e["actor"] for e in recent_events_of(run)}


def test_each_role_reading_applications_and_downloads(run, stats) -> None:
    ref = _application(stats, "approved")
    reads = {"show": ["access", "show", ref, "--json"],
             "list": ["access", "list", "--publisher", "stats", "--json"],
             "downloads": ["access", "downloads", "--publisher", "stats", "--json"],
             "downloads of one": ["access", "downloads", "--application", ref, "--json"]}
    for name, command in reads.items():
        for user in USERS:
            result = run("--as", user, *command)
            _check(result, user, user in DECIDERS, name)
            if user in DECIDERS and name in ("show", "list"):
                assert "欧阳娜娜" in result.stdout  # the applicant, for the publisher
            if user not in DECIDERS:
                assert "欧阳娜娜" not in result.output
    # without --publisher, each sees the applications of the publishers where it may read
    seen = {user: [v["receipt_code"] for v in json.loads(
        run("--as", user, "access", "list", "--json").stdout)]
        for user in ("root", "admin", "disclosure-officer", "health-officer")}
    assert seen == {"root": [ref], "admin": [ref], "disclosure-officer": [ref],
                    "health-officer": []}
    for user in ("editor", "nobody"):
        refused = run("--as", user, "access", "list")
        assert refused.exit_code == 1 and "access_list needs" in refused.output


def test_the_commands_print_what_the_publisher_needs(run, stats) -> None:
    for command in ("list", "show", "approve", "refuse", "revoke", "downloads"):
        assert "Usage:" in run("access", command, "--help").output
    assert "有条件开放" in run("access", "--help").output
    ref = _application(stats)
    listed = run("access", "list", "--status", "pending")
    assert listed.exit_code == 0 and ref in listed.stdout and "households" in listed.stdout
    shown = run("access", "show", ref)
    assert "欧阳娜娜" in shown.stdout and "人口研究" in shown.stdout
    approved = run("access", "approve", ref, "--terms", "仅限科研", "--expires", EXPIRES)
    assert approved.exit_code == 0 and f"until {EXPIRES}" in approved.stdout
    again = run("access", "approve", ref, "--terms", "x", "--expires", EXPIRES)
    assert again.exit_code == 1 and "approved already" in again.output
    late = run("access", "approve", _application(stats), "--terms", "x", "--expires",
               "2020-01-01")
    assert late.exit_code == 1 and "before today" in late.output
    assert run("access", "show", "nope").exit_code == 1
    assert "no downloads" in run("access", "downloads").stdout
    assert run("access", "revoke", ref).exit_code == 0
    assert run("access", "list", "--status", "revoked", "--json").stdout.count(ref) == 1
