"""Permissions, named per action as CKAN's auth functions are: `can(principal, action,
target)` answers whether a write may go ahead, and `authorize` returns the Actor (with the
role that allows it) that the service is then handed. Checks run before a service does
anything.

Roles: the site admin (any action, anywhere); at a publisher, its admin, editor, privacy
reviewer and disclosure officer (PERMISSIONS says who may do what). A token limited to one
publisher acts there only, and a read-scope token writes nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from catalog.actor import Actor
from catalog.errors import CatalogError

SITE_ADMIN = "site_admin"
ADMIN, EDITOR, REVIEWER, OFFICER = ("admin", "editor", "privacy_reviewer",
                                    "disclosure_officer")
PUBLISHER_ROLES = (ADMIN, EDITOR, REVIEWER, OFFICER)
SCOPES = ("read", "write")

# action → the publisher roles that may do it (the site admin may do everything). An action
# with no publisher (SITE_ACTIONS) is the site admin's alone.
PERMISSIONS: Mapping[str, tuple[str, ...]] = {
    # datasets (REST v1 and CKAN's Action API): publish, edit, withdraw
    "package_create": (ADMIN, EDITOR),
    "package_update": (ADMIN, EDITOR),
    "package_patch": (ADMIN, EDITOR),
    "package_delete": (ADMIN, EDITOR),
    "resource_create": (ADMIN, EDITOR),
    "resource_update": (ADMIN, EDITOR),
    "resource_delete": (ADMIN, EDITOR),
    # the privacy review: a duty of its own, so that who publishes is not who approves
    "review_approve": (REVIEWER,),
    "review_reject": (REVIEWER,),
    # reading what is held (findings, masked examples): the reviewers and the publisher's admin
    "review_list": (ADMIN, REVIEWER),
    # the department itself
    "publisher_policy": (ADMIN,),
    "member_add": (ADMIN,),
    "member_remove": (ADMIN,),
    "source_add": (ADMIN,),
    "source_remove": (ADMIN,),
    "source_harvest": (ADMIN, EDITOR),
    # applications for access to a conditionally open dataset (有条件开放): reading them in
    # full with the downloads made under them (the applicants' personal data), and deciding
    # them (approve with terms and an expiry, refuse, revoke). A disclosure decision on
    # restricted information: the department's admin and its disclosure officer, not whoever
    # edits datasets (the public applies: PUBLIC_ACTIONS)
    "access_list": (ADMIN, OFFICER),
    "access_decide": (ADMIN, OFFICER),
    # disclosure requests (依申请公开): recording one received in person or by post (the
    # public submits its own: PUBLIC_ACTIONS), reading them in full (the applicant's data:
    # list, show, letter), their course (extension, correction, consultation) and the answer
    "request_add": (OFFICER,),
    "request_list": (ADMIN, OFFICER),
    "request_update": (OFFICER,),
    "request_answer": (OFFICER,),
    # what the annual report cannot know (the report itself is public)
    "report_input": (OFFICER,),
    # the site
    "publisher_add": (),
    "user_add": (),
    "user_disable": (),
    "user_list": (),
}
SITE_ACTIONS = frozenset(action for action, roles in PERMISSIONS.items() if not roles)
# what a read-scope token may still do
READ_ACTIONS = frozenset({"request_list", "review_list", "access_list", "user_list"})
# The role of anyone, signed in or not (catalog.actor.Actor's `public`), and what it may do
PUBLIC = "public"
PUBLIC_ACTIONS = frozenset({"request_add", "access_apply"})


class NotAuthorized(CatalogError):
    """The principal may not do this action (there)."""


@dataclass(frozen=True)
class Principal:
    """Who asks, with every role they hold: an account signed in (portal), a token's holder
    (API) or the operator at the command line.

    roles: publisher code → the account's roles there. scope: a token's (the portal and the
    command line write). publisher: the one publisher a token is limited to.
    """

    name: str
    channel: str
    site_admin: bool = False
    roles: Mapping[str, frozenset[str]] = field(default_factory=dict)
    scope: str = "write"
    publisher: str | None = None

    def roles_at(self, publisher: str | None) -> frozenset[str]:
        return self.roles.get(publisher or "", frozenset())


def publisher_of(target: Any) -> str | None:
    """The publisher code a target belongs to: a code itself, a mapping's "publisher" (a
    code, or {"code"}), or an object's .publisher (with .code) or .publisher_code."""
    if target is None or isinstance(target, str):
        return target
    if isinstance(target, Mapping):
        found = target.get("publisher")
    else:
        found = getattr(target, "publisher_code", None) or getattr(target, "publisher", None)
    if isinstance(found, Mapping):
        found = found.get("code")
    elif found is not None and not isinstance(found, str):
        found = getattr(found, "code", None)
    return found


def role_for(principal: Principal, action: str, target: Any = None) -> str | None:
    """The role in which principal may do action to target (None: not allowed)."""
    if action not in PERMISSIONS:
        raise ValueError(f"unknown action {action!r}")
    if principal.scope != "write" and action not in READ_ACTIONS:
        return None
    publisher = publisher_of(target)
    if principal.publisher is not None and publisher != principal.publisher:
        return None  # a token limited to one publisher: its site actions too
    if principal.site_admin:
        return SITE_ADMIN
    if action in SITE_ACTIONS or publisher is None:
        return None
    held = principal.roles_at(publisher)
    return next((role for role in PERMISSIONS[action] if role in held), None)


def can(principal: Principal, action: str, target: Any = None) -> bool:
    """Whether principal may do action to target (a publisher code, or what names one: a
    dataset, a source); site actions take no target."""
    return role_for(principal, action, target) is not None


def authorize(principal: Principal, action: str, target: Any = None) -> Actor:
    """The Actor that does action to target, in the role that allows it; NotAuthorized
    otherwise (its message says what would be needed, never more)."""
    role = role_for(principal, action, target)
    publisher = publisher_of(target)
    if role is None:
        raise NotAuthorized(_refusal(principal, action, publisher))
    return Actor(principal.name, role, principal.channel, publisher)


def check_actor(actor: Actor, action: str, target: Any = None) -> None:
    """NotAuthorized unless `actor` (as `authorize` made it, or the public) may do action to
    target: a service handed an Actor checks it against what it loaded, so that an actor
    authorized at one publisher acts at no other."""
    if actor.role == PUBLIC and action in PUBLIC_ACTIONS:
        return
    held = Principal(actor.who, actor.channel, site_admin=actor.role == SITE_ADMIN,
                     roles={actor.publisher: frozenset({actor.role})} if actor.publisher
                     else {})
    authorize(held, action, target)


def _refusal(principal: Principal, action: str, publisher: str | None) -> str:
    if principal.scope != "write" and action not in READ_ACTIONS:
        return f"a {principal.scope}-only token may not {action}"
    if principal.publisher is not None and publisher != principal.publisher:
        return f"this token acts for publisher {principal.publisher} only"
    roles = PERMISSIONS[action]
    if not roles or publisher is None:
        return f"{action} needs a site admin"
    return f"{action} at publisher {publisher} needs the role {' or '.join(roles)}"


def permission_table() -> list[tuple[str, dict[str, bool]]]:
    """Who may do what, for the README and `govcat member --help`: each action with a
    flag per role (site admin first)."""
    return [(action, {SITE_ADMIN: True, **{role: role in roles for role in PUBLISHER_ROLES}})
            for action, roles in PERMISSIONS.items()]
