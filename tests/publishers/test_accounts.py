"""Accounts, roles and API tokens as services: argon2 hashes, disabling, sign-in limits that
hold across server workers, and tokens (shown once, hashed, expiring, revocable, scoped,
limited to one publisher)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from api.store import open_catalog
from catalog.actor import Actor
from catalog.audit import recent_events
from catalog.errors import CatalogError, NotFound
from catalog.models import utcnow
from publishers import accounts
from publishers.accounts import (
    LoginRefused,
    TooManyAttempts,
    add_member,
    add_user,
    authenticate,
    disable_user,
    list_users,
    principal,
)
from publishers.auth import can
from publishers.models import Account, ApiToken
from publishers.services import add_publisher
from publishers.tokens import (
    InvalidToken,
    create_token,
    list_tokens,
    revoke_token,
    token_principal,
)

OPERATOR = Actor("ops", "site_admin", "cli")
PASSWORD = "correct horse battery"


@pytest.fixture
def people(catalog):
    add_publisher(catalog, "stats", "统计局")
    add_publisher(catalog, "health", "卫健委")
    add_user(catalog, "wang", PASSWORD, actor=OPERATOR, display_name="王")
    add_member(catalog, "wang", "stats", "editor", actor=OPERATOR)
    return catalog


def test_a_password_is_kept_as_an_argon2_hash_only(people) -> None:
    with people.sessions() as session:
        stored = session.scalar(select(Account.password_hash).where(Account.name == "wang"))
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    assert authenticate(people, "wang", PASSWORD, "10.0.0.1")
    with pytest.raises(LoginRefused):
        authenticate(people, "wang", "wrong password!", "10.0.0.1")
    with pytest.raises(CatalogError, match="10 to 1024"):
        add_user(people, "li", "short", actor=OPERATOR)
    with pytest.raises(CatalogError, match="invalid user name"):
        add_user(people, "Li Na", PASSWORD, actor=OPERATOR)
    with pytest.raises(CatalogError, match="already exists"):
        add_user(people, "wang", PASSWORD, actor=OPERATOR)


def test_roles_and_the_audit_trail(people) -> None:
    [wang] = list_users(people)
    assert wang["roles"] == ["stats:editor"] and wang["can_sign_in"]
    with pytest.raises(CatalogError, match="unknown role"):
        add_member(people, "wang", "stats", "owner", actor=OPERATOR)
    with pytest.raises(CatalogError, match="already editor"):
        add_member(people, "wang", "stats", "editor", actor=OPERATOR)
    with pytest.raises(NotFound):
        add_member(people, "wang", "nope", "editor", actor=OPERATOR)
    found = principal(people, "wang", "cli")
    assert can(found, "package_update", "stats") and not can(found, "package_update", "health")
    events = {(e["action"], e["actor"], e["role"], e["channel"])
              for e in recent_events(people)}
    assert {("user.add", "ops", "site_admin", "cli"),
            ("member.add", "ops", "site_admin", "cli")} <= events


def test_a_disabled_account_signs_in_no_more_and_its_tokens_stop(people) -> None:
    _, secret = create_token(people, "wang", actor=OPERATOR)
    assert token_principal(people, secret).name == "wang"
    disable_user(people, "wang", actor=OPERATOR)
    with pytest.raises(LoginRefused):
        authenticate(people, "wang", PASSWORD, "10.0.0.1")
    with pytest.raises(InvalidToken, match="disabled"):
        token_principal(people, secret)
    with pytest.raises(CatalogError, match="disabled"):
        create_token(people, "wang", actor=OPERATOR)
    with pytest.raises(CatalogError, match="disabled"):
        principal(people, "wang", "cli")


def test_sign_in_attempts_are_limited_per_account_and_per_address(people, settings) -> None:
    for _ in range(accounts.ACCOUNT_FAILURES):
        with pytest.raises(LoginRefused):
            authenticate(people, "wang", "not the password", "10.0.0.1")
    # the limit holds for another server worker on the same store, right password or not
    other_worker = open_catalog(settings)
    try:
        with pytest.raises(TooManyAttempts):
            authenticate(other_worker, "wang", PASSWORD, "10.0.0.2")
    finally:
        other_worker.close()
    # per address: guessing many names from one address is stopped too
    add_user(people, "li", PASSWORD, actor=OPERATOR)
    for n in range(accounts.ADDRESS_FAILURES - accounts.ACCOUNT_FAILURES):
        with pytest.raises(LoginRefused):
            authenticate(people, f"guess{n}", "not the password", "10.0.0.1")
    with pytest.raises(TooManyAttempts):
        authenticate(people, "li", PASSWORD, "10.0.0.1")
    assert authenticate(people, "li", PASSWORD, "10.0.0.3")  # another address is not limited


def test_failures_older_than_the_window_do_not_count(people, monkeypatch) -> None:
    for _ in range(accounts.ACCOUNT_FAILURES):
        with pytest.raises(LoginRefused):
            authenticate(people, "wang", "not the password", "10.0.0.1")
    later = utcnow() + accounts.WINDOW + timedelta(seconds=1)
    monkeypatch.setattr(accounts, "utcnow", lambda: later)
    assert authenticate(people, "wang", PASSWORD, "10.0.0.1")


def test_a_token_is_shown_once_and_kept_as_a_hash(people) -> None:
    made, secret = create_token(people, "wang", actor=OPERATOR, publisher="stats",
                                expires_days=30)
    assert secret.startswith("govcat_") and len(secret) > 40
    with people.sessions() as session:
        row = session.scalar(select(ApiToken))
        assert secret not in (row.secret_hash, row.hint) and len(row.secret_hash) == 64
    [listed] = list_tokens(people, "wang")
    assert secret not in str(listed) and listed["state"] == "active"
    assert listed["last_used_at"] is None and listed["publisher"] == "stats"
    found = token_principal(people, secret)
    assert (found.name, found.publisher, found.scope, found.channel) == (
        "wang", "stats", "write", "api")
    assert list_tokens(people, "wang")[0]["last_used_at"] is not None
    assert "token.create" in {e["action"] for e in recent_events(people)}
    assert made["expires_at"][:10] == (utcnow() + timedelta(days=30)).date().isoformat()


@pytest.mark.parametrize("secret", ["", "Bearer", "govcat_nope", "x" * 500])
def test_an_unknown_token_is_refused(people, secret: str) -> None:
    with pytest.raises(InvalidToken):
        token_principal(people, secret)


def test_expired_revoked_scoped_and_limited_tokens(people, monkeypatch) -> None:
    import publishers.tokens as tokens

    made, revoked = create_token(people, "wang", actor=OPERATOR)
    revoke_token(people, made["id"], actor=OPERATOR)
    with pytest.raises(InvalidToken, match="revoked"):
        token_principal(people, revoked)
    assert list_tokens(people, "wang")[0]["state"] == "revoked"

    _, expiring = create_token(people, "wang", actor=OPERATOR, expires_days=1)
    assert token_principal(people, expiring)
    later = utcnow() + timedelta(days=1, seconds=1)
    monkeypatch.setattr(tokens, "utcnow", lambda: later)
    with pytest.raises(InvalidToken, match="expired"):
        token_principal(people, expiring)
    monkeypatch.undo()

    _, reading = create_token(people, "wang", actor=OPERATOR, scope="read")
    assert not can(token_principal(people, reading), "package_update", "stats")
    with pytest.raises(CatalogError, match="holds no role at health"):
        create_token(people, "wang", actor=OPERATOR, publisher="health")
    add_member(people, "wang", "health", "editor", actor=OPERATOR)
    _, limited = create_token(people, "wang", actor=OPERATOR, publisher="health")
    limited_principal = token_principal(people, limited)
    assert can(limited_principal, "package_update", "health")
    assert not can(limited_principal, "package_update", "stats")  # wang's role, not here
    with pytest.raises(CatalogError, match="1 to 3650"):
        create_token(people, "wang", actor=OPERATOR, expires_days=0)
    with pytest.raises(CatalogError, match="unknown scope"):
        create_token(people, "wang", actor=OPERATOR, scope="admin")
