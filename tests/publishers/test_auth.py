"""Permissions by action name: the table of roles, site admins, tokens' scope and publisher."""

from __future__ import annotations

import pytest

from publishers.auth import (
    PERMISSIONS,
    PUBLISHER_ROLES,
    SITE_ACTIONS,
    NotAuthorized,
    Principal,
    authorize,
    can,
    permission_table,
    publisher_of,
)


def member(role: str, **kwargs) -> Principal:
    return Principal("wang", "api", roles={"stats": frozenset({role})}, **kwargs)


def test_each_publisher_role_may_do_its_actions_at_its_publisher_only() -> None:
    for action, roles in PERMISSIONS.items():
        for role in PUBLISHER_ROLES:
            allowed = role in roles
            assert can(member(role), action, "stats") is allowed, (role, action)
            assert not can(member(role), action, "health"), (role, action)
    assert not can(Principal("anon", "api"), "package_create", "stats")


def test_the_duties_are_apart() -> None:
    assert can(member("editor"), "package_update", "stats")
    assert not can(member("editor"), "review_approve", "stats")  # who publishes, not approves
    assert can(member("privacy_reviewer"), "review_approve", "stats")
    assert not can(member("privacy_reviewer"), "package_update", "stats")
    assert can(member("disclosure_officer"), "request_answer", "stats")
    assert not can(member("admin"), "publisher_add")
    assert {"publisher_add", "user_add", "user_disable", "user_list"} == SITE_ACTIONS


def test_a_site_admin_may_do_anything_unless_the_token_says_otherwise() -> None:
    admin = Principal("root", "api", site_admin=True)
    assert all(can(admin, action, "stats") for action in PERMISSIONS)
    assert can(admin, "user_add")
    limited = Principal("root", "api", site_admin=True, publisher="stats")
    assert can(limited, "package_update", "stats")
    assert not can(limited, "package_update", "health") and not can(limited, "user_add")
    reading = Principal("root", "api", site_admin=True, scope="read")
    assert not can(reading, "package_update", "stats") and can(reading, "user_list")


def test_authorize_returns_the_actor_in_the_role_that_allows() -> None:
    actor = authorize(member("editor"), "package_update", {"publisher": {"code": "stats"}})
    assert (actor.who, actor.role, actor.channel, actor.publisher) == (
        "wang", "editor", "api", "stats")
    with pytest.raises(NotAuthorized, match="needs the role admin or editor"):
        authorize(member("privacy_reviewer"), "package_update", "stats")
    with pytest.raises(NotAuthorized, match="read-only token|read token"):
        authorize(member("editor", scope="read"), "package_update", "stats")
    with pytest.raises(NotAuthorized, match="publisher health only"):
        authorize(member("editor", publisher="health"), "package_update", "stats")
    with pytest.raises(ValueError):
        can(member("editor"), "drop_everything", "stats")


def test_targets_name_their_publisher() -> None:
    class Dataset:
        publisher = type("P", (), {"code": "stats"})()

    assert publisher_of(Dataset()) == publisher_of("stats") == publisher_of(
        {"publisher": "stats"}) == "stats"
    assert publisher_of(None) is None
    rows = dict(permission_table())
    assert rows["review_approve"] == {"site_admin": True, "admin": False, "editor": False,
                                      "privacy_reviewer": True, "disclosure_officer": False}
