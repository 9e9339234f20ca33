"""Accounts and their roles at publishers: add, list, disable; sign-in with argon2 password
hashes, limited per account and per address in the store (every server worker counts the
same attempts). Every change is audited."""

from __future__ import annotations

import re
from datetime import timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, selectinload

from catalog.actor import Actor
from catalog.audit import record
from catalog.context import Catalog
from catalog.db import transaction
from catalog.errors import CatalogError, NotFound
from catalog.models import Publisher, as_utc, utcnow
from publishers.auth import PUBLISHER_ROLES, NotAuthorized, Principal
from publishers.models import Account, LoginAttempt, Membership

NAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")
MIN_PASSWORD, MAX_PASSWORD = 10, 1024
# Sign-in limits: failures within WINDOW, per account name and per address
WINDOW = timedelta(minutes=15)
ACCOUNT_FAILURES = 5
ADDRESS_FAILURES = 20


class LoginRefused(CatalogError):
    """Wrong name or password, or a disabled account (one message for all: it tells no
    one which)."""


class TooManyAttempts(CatalogError):
    """Too many failed sign-ins lately for this account or from this address."""


@lru_cache(maxsize=1)
def _hasher() -> Any:
    from argon2 import PasswordHasher

    return PasswordHasher()  # argon2id with the library's (RFC 9106 low-memory) parameters


@lru_cache(maxsize=1)
def _decoy_hash() -> str:
    """A hash to verify against when the account does not exist (the same time is spent)."""
    return _hasher().hash("not any account's password")


def hash_password(password: str) -> str:
    if not MIN_PASSWORD <= len(password) <= MAX_PASSWORD:
        raise CatalogError(f"a password needs {MIN_PASSWORD} to {MAX_PASSWORD} characters")
    return _hasher().hash(password)


def _account(session: Session, name: str) -> Account:
    account = session.scalar(select(Account).where(Account.name == name))
    if account is None:
        raise NotFound(f"unknown user {name!r} (see `govcat user list`)")
    return account


def _publisher(session: Session, code: str) -> Publisher:
    publisher = session.scalar(select(Publisher).where(Publisher.code == code))
    if publisher is None:
        raise NotFound(f"unknown publisher {code!r}: add it with `govcat publisher add`")
    return publisher


def add_user(catalog: Catalog, name: str, password: str | None, *, actor: Actor,
             display_name: str | None = None, email: str | None = None,
             site_admin: bool = False) -> dict[str, Any]:
    """Create an account (without a password it can use tokens only, not sign in)."""
    if not NAME_PATTERN.match(name):
        raise CatalogError(f"invalid user name {name!r}: use 2-64 characters of a-z, 0-9, "
                           "'.', '_' and '-'")
    hashed = hash_password(password) if password is not None else None
    with transaction(catalog.sessions) as session:
        if session.scalar(select(Account.id).where(Account.name == name)) is not None:
            raise CatalogError(f"user {name!r} already exists")
        account = Account(name=name, display_name=display_name, email=email,
                          password_hash=hashed, site_admin=site_admin)
        session.add(account)
        record(session, actor, "user.add", f"user:{name}", site_admin=site_admin)
        session.flush()
        return _user_dict(account)


def list_users(catalog: Catalog) -> list[dict[str, Any]]:
    """Every account with its roles, by name."""
    with catalog.sessions() as session:
        accounts = session.scalars(select(Account).order_by(Account.name).options(
            selectinload(Account.memberships).selectinload(Membership.publisher)))
        return [_user_dict(account) for account in accounts]


def _user_dict(account: Account) -> dict[str, Any]:
    disabled = as_utc(account.disabled_at)
    return {"name": account.name, "display_name": account.display_name,
            "email": account.email, "site_admin": account.site_admin,
            "disabled_at": disabled.isoformat() if disabled else None,
            "can_sign_in": account.password_hash is not None and disabled is None,
            "roles": sorted(f"{m.publisher.code}:{m.role}" for m in account.memberships)}


def disable_user(catalog: Catalog, name: str, *, actor: Actor) -> None:
    """Disable an account: it signs in no more, and its tokens and sessions stop working
    (its history and audit trail stay)."""
    with transaction(catalog.sessions) as session:
        account = _account(session, name)
        if account.disabled_at is None:
            account.disabled_at = utcnow()
        record(session, actor, "user.disable", f"user:{name}")


def set_password(catalog: Catalog, name: str, password: str, *, actor: Actor) -> None:
    with transaction(catalog.sessions) as session:
        _account(session, name).password_hash = hash_password(password)
        record(session, actor, "user.password", f"user:{name}")


def add_member(catalog: Catalog, user: str, publisher: str, role: str, *,
               actor: Actor) -> None:
    """Give user a role at publisher (publishers.auth.PUBLISHER_ROLES)."""
    if role not in PUBLISHER_ROLES:
        raise CatalogError(f"unknown role {role!r}; one of {', '.join(PUBLISHER_ROLES)}")
    with transaction(catalog.sessions) as session:
        account, found = _account(session, user), _publisher(session, publisher)
        exists = session.scalar(select(Membership.id).where(
            Membership.account_id == account.id, Membership.publisher_id == found.id,
            Membership.role == role))
        if exists is not None:
            raise CatalogError(f"{user} is already {role} at {publisher}")
        session.add(Membership(account_id=account.id, publisher_id=found.id, role=role))
        record(session, actor, "member.add", f"user:{user}", role=role)


def remove_member(catalog: Catalog, user: str, publisher: str, role: str, *,
                  actor: Actor) -> None:
    with transaction(catalog.sessions) as session:
        account, found = _account(session, user), _publisher(session, publisher)
        membership = session.scalar(select(Membership).where(
            Membership.account_id == account.id, Membership.publisher_id == found.id,
            Membership.role == role))
        if membership is None:
            raise NotFound(f"{user} is not {role} at {publisher}")
        session.delete(membership)
        record(session, actor, "member.remove", f"user:{user}", role=role)


def principal_of(account: Account, channel: str, *, scope: str = "write",
                 publisher: str | None = None) -> Principal:
    """The account as a Principal (its memberships loaded)."""
    roles: dict[str, set[str]] = {}
    for membership in account.memberships:
        roles.setdefault(membership.publisher.code, set()).add(membership.role)
    return Principal(account.name, channel, account.site_admin,
                     {code: frozenset(held) for code, held in roles.items()}, scope, publisher)


def principal(catalog: Catalog, name: str, channel: str) -> Principal:
    """The enabled account `name` as a Principal (NotAuthorized when it is disabled)."""
    with catalog.sessions() as session:
        account = _account(session, name)
        if account.disabled_at is not None:
            raise NotAuthorized(f"user {name!r} is disabled")
        return principal_of(account, channel)


def account_principal(catalog: Catalog, account_id: str, channel: str) -> Principal | None:
    """The enabled account of that id as a Principal (None: gone or disabled): what a
    portal session holds is looked up on every request."""
    with catalog.sessions() as session:
        account = session.get(Account, account_id)
        if account is None or account.disabled_at is not None:
            return None
        return principal_of(account, channel)


def authenticate(catalog: Catalog, name: str, password: str, address: str) -> str:
    """The id of the account whose name and password these are. TooManyAttempts when the
    account or the address failed too often within WINDOW (checked before the password, so
    that guessing on learns nothing); LoginRefused otherwise."""
    keys = (f"account:{name[:100]}", f"address:{address[:100]}")
    since = utcnow() - WINDOW
    with catalog.sessions() as session:
        counts = dict(session.execute(
            select(LoginAttempt.key, func.count()).where(LoginAttempt.key.in_(keys),
                                                         LoginAttempt.at >= since)
            .group_by(LoginAttempt.key)).all())
        if counts.get(keys[0], 0) >= ACCOUNT_FAILURES or \
                counts.get(keys[1], 0) >= ADDRESS_FAILURES:
            raise TooManyAttempts("too many failed sign-ins: try again in "
                                  f"{int(WINDOW.total_seconds() // 60)} minutes")
        account = session.scalar(select(Account).where(Account.name == name))
        stored = account.password_hash if account is not None else None
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        _hasher().verify(stored or _decoy_hash(), password)
        verified = stored is not None
    except (VerificationError, InvalidHashError):
        verified = False
    assert account is not None or not verified
    if not verified or account.disabled_at is not None:
        with transaction(catalog.sessions) as session:
            session.execute(delete(LoginAttempt).where(LoginAttempt.at < since))
            session.add_all(LoginAttempt(key=key) for key in keys)
        raise LoginRefused("wrong user name or password")
    with transaction(catalog.sessions) as session:
        session.execute(delete(LoginAttempt).where(LoginAttempt.key == keys[0]))
        if _hasher().check_needs_rehash(stored):
            found = session.get(Account, account.id)
            if found is not None:
                found.password_hash = _hasher().hash(password)
    return account.id
