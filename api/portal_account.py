"""The portal's account pages: sign in (rate-limited, CSRF-protected), sign out, and the
API token page (make a token, shown once; revoke one). Thin views over publishers."""

from __future__ import annotations

from flask import abort, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required, login_user, logout_user

from api.portal import portal
from api.sessions import SignedIn
from catalog.actor import Actor
from catalog.errors import CatalogError
from publishers.accounts import LoginRefused, TooManyAttempts, account_principal, authenticate
from publishers.auth import SCOPES, Principal
from publishers.tokens import create_token, list_tokens, revoke_token


def _catalog():
    return current_app.extensions["govcat"]


def _principal() -> Principal:
    return current_user.principal


def _actor() -> Actor:
    """The signed-in account acting on its own tokens."""
    return Actor(_principal().name, "self", "portal")


@portal.route("/login", methods=["GET", "POST"])
def login():
    """Sign in with a user name and password."""
    problem, status = None, 200
    if request.method == "POST":
        name = request.form.get("name", "").strip()
        password = request.form.get("password", "")
        try:
            account_id = authenticate(_catalog(), name, password, request.remote_addr or "")
        except TooManyAttempts as exc:
            problem, status = str(exc), 429
        except LoginRefused as exc:
            problem, status = str(exc), 401
        else:
            found = account_principal(_catalog(), account_id, "portal")
            if found is None:
                abort(403)
            login_user(SignedIn(account_id, found))
            return redirect(url_for("portal.tokens"))
    return render_template("login.html", problem=problem), status


@portal.post("/logout")
@login_required
def logout():
    logout_user()
    return redirect(url_for("portal.index"))


@portal.route("/account/tokens", methods=["GET", "POST"])
@login_required
def tokens():
    """The signed-in account's API tokens: make one (its secret shown this once), revoke
    one."""
    principal = _principal()
    secret, problem = None, None
    if request.method == "POST":
        try:
            if request.form.get("revoke"):
                revoke_token(_catalog(), request.form["revoke"], actor=_actor(),
                             user=principal.name)
                flash("token revoked")
            else:
                days = request.form.get("expires", "").strip()
                _, secret = create_token(
                    _catalog(), principal.name, actor=_actor(),
                    publisher=request.form.get("publisher") or None,
                    expires_days=int(days) if days.isdigit() else None,
                    scope=request.form.get("scope", "write"))
        except CatalogError as exc:
            problem = str(exc)
    response = current_app.make_response(render_template(
        "tokens.html", tokens=list_tokens(_catalog(), principal.name), secret=secret,
        problem=problem, scopes=SCOPES, publishers=sorted(principal.roles),
        principal=principal))
    response.headers["Cache-Control"] = "no-store"  # a secret shown once is kept nowhere
    return response
