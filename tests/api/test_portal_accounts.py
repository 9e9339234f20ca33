"""The portal's sign-in (CSRF-protected, rate-limited) and its token page (a token shown
once; revocable), through the Flask test client."""

from __future__ import annotations

import re

import pytest

from api.app import create_app
from publishers import accounts
from publishers.accounts import add_member, add_user, disable_user
from publishers.services import add_publisher
from publishers.tokens import list_tokens, token_principal
from tests.support.accounts import OPERATOR, PASSWORD


@pytest.fixture
def portal(catalog):
    add_publisher(catalog, "stats", "示例市统计局")
    add_user(catalog, "wang", PASSWORD, actor=OPERATOR)
    add_member(catalog, "wang", "stats", "editor", actor=OPERATOR)
    app = create_app(catalog)
    app.testing = True  # CSRF protection stays on (WTF_CSRF_ENABLED is not touched)
    return app.test_client(), catalog


def _csrf(page: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)


def _sign_in(client, password: str = PASSWORD, name: str = "wang"):
    token = _csrf(client.get("/login").get_data(as_text=True))
    return client.post("/login", data={"name": name, "password": password,
                                       "csrf_token": token})


def test_sign_in_make_a_token_once_and_revoke_it(portal) -> None:
    client, catalog = portal
    assert client.get("/account/tokens").status_code == 302  # to the sign-in page
    assert client.post("/login", data={"name": "wang", "password": PASSWORD}
                       ).status_code == 400  # no CSRF token
    signed_in = _sign_in(client)
    assert signed_in.status_code == 302 and signed_in.location.endswith("/account/tokens")
    page = client.get("/account/tokens")
    assert page.status_code == 200 and "wang" in page.get_data(as_text=True)
    made = client.post("/account/tokens", data={
        "scope": "write", "publisher": "stats", "expires": "7",
        "csrf_token": _csrf(page.get_data(as_text=True))})
    assert made.headers["Cache-Control"] == "no-store"
    secret = re.search(r'<code id="secret">([^<]+)</code>', made.get_data(as_text=True))[1]
    assert token_principal(catalog, secret).publisher == "stats"
    again = client.get("/account/tokens").get_data(as_text=True)
    assert secret not in again  # shown once
    [listed] = list_tokens(catalog, "wang")
    assert listed["hint"].rstrip("…") in again
    revoked = client.post("/account/tokens", data={"revoke": listed["id"],
                                                   "csrf_token": _csrf(again)})
    assert revoked.status_code == 200 and list_tokens(catalog, "wang")[0]["state"] == "revoked"
    assert client.post("/account/tokens", data={"revoke": listed["id"]}).status_code == 400
    out = client.post("/logout", data={"csrf_token": _csrf(again)})
    assert out.status_code == 302
    assert client.get("/account/tokens").status_code == 302


def test_a_wrong_password_is_refused_then_the_account_is_limited(portal) -> None:
    client, _ = portal
    refused = _sign_in(client, "not the password")
    assert refused.status_code == 401 and "wrong user name or password" in \
        refused.get_data(as_text=True)
    for _ in range(accounts.ACCOUNT_FAILURES - 1):
        _sign_in(client, "not the password")
    limited = _sign_in(client)  # the right password, too late
    assert limited.status_code == 429


def test_a_disabled_account_s_session_ends(portal) -> None:
    client, catalog = portal
    _sign_in(client)
    assert client.get("/account/tokens").status_code == 200
    disable_user(catalog, "wang", actor=OPERATOR)
    assert client.get("/account/tokens").status_code == 302
