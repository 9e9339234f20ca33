"""The portal's signed-in sessions (Flask-Login over Flask's signed session cookie) and the
CSRF protection of its forms (Flask-WTF). The APIs take tokens, never the session cookie, so
they are exempt from CSRF (a disclosure request, POST /api/v1/requests, and an access
application take neither)."""

from __future__ import annotations

from dataclasses import dataclass

from flask import Flask
from flask_login import LoginManager
from flask_wtf.csrf import CSRFProtect

from publishers.accounts import account_principal
from publishers.auth import Principal


@dataclass(frozen=True)
class SignedIn:
    """The account a session holds, as Flask-Login wants it; looked up on every request, so
    that a disabled account's session ends at once."""

    account_id: str
    principal: Principal
    is_authenticated: bool = True
    is_active: bool = True
    is_anonymous: bool = False

    def get_id(self) -> str:
        return self.account_id


def install(app: Flask) -> None:
    """Sessions and CSRF on the portal's pages; the cookie is HttpOnly, SameSite=Lax, and
    Secure when the catalog is served over https."""
    catalog = app.extensions["govcat"]
    app.config.update(
        SESSION_COOKIE_HTTPONLY=True, SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=catalog.settings.public_url.startswith("https://"),
        WTF_CSRF_TIME_LIMIT=None,  # the token lives as long as the session
    )
    csrf = CSRFProtect(app)
    for name in ("api_v1", "api_requests", "api_access", "ckan_api"):
        csrf.exempt(app.blueprints[name])
    manager = LoginManager(app)
    manager.login_view = "portal.login"
    manager.session_protection = "strong"

    @manager.user_loader
    def _load(account_id: str) -> SignedIn | None:
        found = account_principal(catalog, account_id, "portal")
        return SignedIn(account_id, found) if found is not None else None
