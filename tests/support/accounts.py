"""Accounts for tests: one per role at a publisher, each with a write token."""

from __future__ import annotations

from catalog.actor import Actor
from catalog.context import Catalog
from publishers.accounts import add_member, add_user
from publishers.tokens import create_token

OPERATOR = Actor("ops", "site_admin", "cli")
PASSWORD = "correct horse battery"
ROLES = ("admin", "editor", "privacy_reviewer", "disclosure_officer")


def role_tokens(catalog: Catalog, publisher: str) -> dict[str, str]:
    """{role: token} for an account holding only that role at publisher, a site admin
    ("site_admin") and an account with no role ("nobody")."""
    tokens = {}
    for role in ROLES:
        name = f"{publisher}-{role.replace('_', '-')}"
        add_user(catalog, name, None, actor=OPERATOR)
        add_member(catalog, name, publisher, role, actor=OPERATOR)
        tokens[role] = create_token(catalog, name, actor=OPERATOR)[1]
    add_user(catalog, "root", None, actor=OPERATOR, site_admin=True)
    tokens["site_admin"] = create_token(catalog, "root", actor=OPERATOR)[1]
    add_user(catalog, "nobody", None, actor=OPERATOR)
    tokens["nobody"] = create_token(catalog, "nobody", actor=OPERATOR)[1]
    return tokens
