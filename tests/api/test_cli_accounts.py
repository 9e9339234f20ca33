"""The command line's accounts, roles and tokens (`govcat user|member|token|audit`), and
writes made as an account with `govcat --as USER`: each role against each command's
action, refused ones changing nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from api.cli import main

PASSWORD = "correct horse battery"
PEOPLE = "姓名,银行卡号,金额\n张伟,6222021234567890128,500\n李秀英,6222021234567890136,600\n"


@pytest.fixture
def run(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("GOVCAT_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("GOVCAT_SECRET_KEY", "test-secret")
    monkeypatch.delenv("GOVCAT_DATABASE_URL", raising=False)
    monkeypatch.delenv("GOVCAT_SEARCH_URL", raising=False)
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None):
        return runner.invoke(main, list(args), input=input, catch_exceptions=False)

    assert invoke("init").exit_code == 0
    assert invoke("publisher", "add", "stats", "示例市统计局").exit_code == 0
    assert invoke("publisher", "add", "health", "示例市卫健委").exit_code == 0
    return invoke


def test_users_members_and_tokens(run) -> None:
    added = run("user", "add", "wang", "--display-name", "王", "--password-stdin",
                input=PASSWORD + "\n")
    assert added.exit_code == 0, added.output
    assert run("member", "add", "wang", "stats", "editor").exit_code == 0
    wrong = run("member", "add", "wang", "stats", "owner")
    assert wrong.exit_code == 1 and "unknown role" in wrong.output
    [listed] = json.loads(run("user", "list", "--json").output)
    assert listed["roles"] == ["stats:editor"] and listed["can_sign_in"]
    made = run("token", "create", "wang", "--publisher", "stats", "--expires", "30",
               "--scope", "write")
    assert made.exit_code == 0
    secret = made.stdout.strip()
    assert secret.startswith("govcat_") and "shown once" in made.stderr
    tokens = json.loads(run("token", "list", "wang", "--json").output)
    assert secret not in json.dumps(tokens) and tokens[0]["publisher"] == "stats"
    assert run("token", "revoke", tokens[0]["id"]).exit_code == 0
    assert json.loads(run("token", "list", "--json").output)[0]["state"] == "revoked"
    assert run("user", "disable", "wang").exit_code == 0
    assert "disabled" in run("user", "list").output
    refused = run("--as", "wang", "publisher", "add", "edu", "教育局")
    assert refused.exit_code == 1 and "disabled" in refused.output
    trail = json.loads(run("audit", "--json").output)
    assert {e["action"] for e in trail} >= {"user.add", "member.add", "token.create",
                                            "token.revoke", "user.disable"}
    assert all(e["channel"] == "cli" and e["role"] == "site_admin" for e in trail
               if e["action"].startswith(("user.", "member.", "token.")))


def _accounts(run) -> None:
    for role in ("admin", "editor", "privacy_reviewer", "disclosure_officer"):
        name = role.replace("_", "-")
        assert run("user", "add", name, "--no-password").exit_code == 0
        assert run("member", "add", name, "stats", role).exit_code == 0
    assert run("user", "add", "root", "--no-password", "--site-admin").exit_code == 0
    assert run("user", "add", "nobody", "--no-password").exit_code == 0


def test_each_role_against_each_command(run, tmp_path: Path) -> None:
    _accounts(run)
    table = tmp_path / "people.csv"
    table.write_text(PEOPLE, encoding="utf-8")
    policy = tmp_path / "policy.yaml"
    policy.write_text("actions:\n  PERSON: mask\n", encoding="utf-8")
    folder = tmp_path / "drop"
    folder.mkdir()
    # (command, the roles allowed besides the site admin); each allowed run holds a
    # revision for review (bank cards of named people) that `review approve` then takes
    commands = [
        (lambda n: ["publish", str(table), "--publisher", "stats", "--title", f"名单{n}"],
         {"admin", "editor"}),
        (lambda n: ["review", "approve", "held"], {"privacy-reviewer"}),
        (lambda n: ["publisher", "policy", "stats", str(policy)], {"admin"}),
        (lambda n: ["source", "add", f"drop{n}", "--path", str(folder), "--publisher", "stats"],
         {"admin"}),
        (lambda n: ["member", "add", "nobody", "stats", "disclosure_officer"] if n == 0
         else ["member", "remove", "nobody", "stats", "disclosure_officer"], {"admin"}),
        (lambda n: ["publisher", "add", f"dept{n}", "部门"], set()),
        (lambda n: ["user", "add", f"new{n}", "--no-password"], set()),
    ]
    users = ("root", "admin", "editor", "privacy-reviewer", "disclosure-officer", "nobody")
    counter = 0
    for build, allowed in commands:
        done = 0
        for user in users:
            command = build(done)
            if command[0] == "review":  # something held to approve, published by the operator
                held = run("publish", str(table), "--publisher", "stats", "--title",
                           f"held-{counter}", "--json")
                assert json.loads(held.output)["status"] == "held"
                command = ["review", "approve", f"held-{counter}"]
            result = run("--as", user, *command)
            counter += 1
            ok = user == "root" or user in allowed
            assert (result.exit_code == 0) is ok, (command, user, result.output)
            if ok:
                done += 1
                event = json.loads(run("audit", "--json", "--limit", "1").output)[0]
                assert (event["actor"], event["channel"]) == (user, "cli"), command
            else:
                assert "needs" in result.output
    assert counter == len(commands) * len(users)


def test_as_an_unknown_user_is_one_line(run) -> None:
    result = run("--as", "ghost", "publisher", "add", "edu", "教育局")
    assert result.exit_code == 1 and "unknown user 'ghost'" in result.output


def test_review_reads_are_the_reviewers_and_admins(run, tmp_path: Path) -> None:
    """`review list` shows an account only what its publishers hold; `review show` (findings
    with masked examples) is refused to roles that do not review."""
    _accounts(run)
    assert run("user", "add", "health-reviewer", "--no-password").exit_code == 0
    assert run("member", "add", "health-reviewer", "health", "privacy_reviewer").exit_code == 0
    table = tmp_path / "people.csv"
    table.write_text(PEOPLE, encoding="utf-8")
    held = run("publish", str(table), "--publisher", "stats", "--title", "名单", "--json")
    assert json.loads(held.output)["status"] == "held"
    for user in ("root", "admin", "privacy-reviewer"):
        listed = run("--as", user, "review", "list")
        assert listed.exit_code == 0 and "rev 1" in listed.output, (user, listed.output)
        shown = run("--as", user, "review", "show", "--json", json.loads(held.output)["dataset"])
        assert shown.exit_code == 0, (user, shown.output)
        assert json.loads(shown.output)["publisher"] == "stats"
    assert run("--as", "health-reviewer", "review", "list").output.strip() == \
        "nothing to review"
    for user in ("editor", "disclosure-officer", "nobody"):
        listed = run("--as", user, "review", "list")
        assert listed.exit_code == 1 and "review_list needs" in listed.output, user
    for user in ("editor", "disclosure-officer", "nobody", "health-reviewer"):
        shown = run("--as", user, "review", "show", json.loads(held.output)["dataset"])
        assert shown.exit_code == 1 and "needs" in shown.output, (user, shown.output)
        assert "张" not in shown.output
    assert run("review", "list").exit_code == 0  # the operator, as a site admin
