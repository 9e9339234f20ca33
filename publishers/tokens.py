"""API tokens: made for an account (optionally limited to one publisher, with an expiry and
a scope), shown once, kept only as a SHA-256 hash, revocable, their last use recorded.

Why SHA-256 and not argon2: the secret is 256 random bits, so no dictionary or brute force
can reach it and a slow hash adds nothing; a fast one lets a request find its token by the
hash alone (one indexed look-up) instead of verifying a slow hash per candidate.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from catalog.actor import Actor
from catalog.audit import record
from catalog.context import Catalog
from catalog.db import transaction
from catalog.errors import CatalogError, NotFound
from catalog.models import Publisher, as_utc, utcnow
from publishers.accounts import principal_of
from publishers.auth import SCOPES, Principal
from publishers.models import Account, ApiToken, Membership

PREFIX = "govcat_"  # what a govcat token looks like (secret scanners can match it)
MAX_DAYS = 3650
USE_RESOLUTION = timedelta(minutes=1)  # last_used_at is written at most this often


class InvalidToken(CatalogError):
    """The token is unknown, expired or revoked, or its account is disabled."""


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def create_token(catalog: Catalog, user: str, *, actor: Actor, publisher: str | None = None,
                 expires_days: int | None = None, scope: str = "write"
                 ) -> tuple[dict[str, Any], str]:
    """A new token of user's: its record and its secret (the only time the secret is seen)."""
    if scope not in SCOPES:
        raise CatalogError(f"unknown scope {scope!r}; one of {', '.join(SCOPES)}")
    if expires_days is not None and not 1 <= expires_days <= MAX_DAYS:
        raise CatalogError(f"a token expires in 1 to {MAX_DAYS} days")
    secret = PREFIX + secrets.token_urlsafe(32)
    with transaction(catalog.sessions) as session:
        account = session.scalar(select(Account).where(Account.name == user))
        if account is None:
            raise NotFound(f"unknown user {user!r} (see `govcat user list`)")
        if account.disabled_at is not None:
            raise CatalogError(f"user {user!r} is disabled")
        publisher_id = None
        if publisher is not None:
            found = session.scalar(select(Publisher).where(Publisher.code == publisher))
            if found is None:
                raise NotFound(f"unknown publisher {publisher!r}")
            member = session.scalar(select(Membership.id).where(
                Membership.account_id == account.id, Membership.publisher_id == found.id))
            if member is None and not account.site_admin:
                raise CatalogError(f"{user} holds no role at {publisher}: add one first "
                                   "(`govcat member add`)")
            publisher_id = found.id
        now = utcnow()
        token = ApiToken(account_id=account.id, secret_hash=_digest(secret),
                         hint=secret[:len(PREFIX) + 4], scope=scope, publisher_id=publisher_id,
                         created_at=now,
                         expires_at=now + timedelta(days=expires_days) if expires_days else None)
        session.add(token)
        session.flush()
        record(session, actor, "token.create", f"user:{user}", token=token.id, scope=scope,
               limited_to=publisher, expires_days=expires_days)
        return _token_dict(token, account.name, publisher), secret


def list_tokens(catalog: Catalog, user: str | None = None) -> list[dict[str, Any]]:
    """Tokens (of one user), newest first; never a secret."""
    query = (select(ApiToken).options(selectinload(ApiToken.account),
                                      selectinload(ApiToken.publisher))
             .order_by(ApiToken.created_at.desc()))
    if user is not None:
        query = query.join(Account, ApiToken.account_id == Account.id).where(Account.name == user)
    with catalog.sessions() as session:
        return [_token_dict(t, t.account.name, t.publisher.code if t.publisher else None)
                for t in session.scalars(query)]


def revoke_token(catalog: Catalog, token_id: str, *, actor: Actor,
                 user: str | None = None) -> None:
    """Revoke a token (of user, when given: an account revokes only its own)."""
    with transaction(catalog.sessions) as session:
        token = session.get(ApiToken, token_id)
        if token is None or (user is not None and token.account.name != user):
            raise NotFound(f"no token {token_id!r}")
        if token.revoked_at is None:
            token.revoked_at = utcnow()
        record(session, actor, "token.revoke", f"user:{token.account.name}", token=token.id)


def token_owner(catalog: Catalog, token_id: str) -> str:
    """The user name of a token's account (NotFound)."""
    with catalog.sessions() as session:
        token = session.get(ApiToken, token_id)
        if token is None:
            raise NotFound(f"no token {token_id!r}")
        return token.account.name


def _token_dict(token: ApiToken, user: str, publisher: str | None) -> dict[str, Any]:
    def iso(moment: Any) -> str | None:
        moment = as_utc(moment)
        return moment.isoformat() if moment else None

    now = utcnow()
    expires = as_utc(token.expires_at)
    state = "revoked" if token.revoked_at else "expired" if expires and expires <= now \
        else "active"
    return {"id": token.id, "user": user, "hint": token.hint + "…", "scope": token.scope,
            "publisher": publisher, "created_at": iso(token.created_at),
            "expires_at": iso(expires), "revoked_at": iso(token.revoked_at),
            "last_used_at": iso(token.last_used_at), "state": state}


def token_principal(catalog: Catalog, secret: str, channel: str = "api") -> Principal:
    """Who a token's secret speaks for (InvalidToken when it is unknown, expired or revoked,
    or its account is disabled); its last use is recorded."""
    if not secret.startswith(PREFIX) or len(secret) > 200:
        raise InvalidToken("not a govcat API token")
    now = utcnow()
    with catalog.sessions() as session:
        token = session.scalar(select(ApiToken).where(ApiToken.secret_hash == _digest(secret))
                               .options(selectinload(ApiToken.account)
                                        .selectinload(Account.memberships)
                                        .selectinload(Membership.publisher),
                                        selectinload(ApiToken.publisher)))
        if token is None:
            raise InvalidToken("unknown API token")
        if token.revoked_at is not None:
            raise InvalidToken("the API token was revoked")
        expires = as_utc(token.expires_at)
        if expires is not None and expires <= now:
            raise InvalidToken("the API token has expired")
        if token.account.disabled_at is not None:
            raise InvalidToken("the API token's account is disabled")
        found = principal_of(token.account, channel, scope=token.scope,
                             publisher=token.publisher.code if token.publisher else None)
        last = as_utc(token.last_used_at)
        stale = last is None or now - last >= USE_RESOLUTION
        token_id = token.id
    if stale:
        with transaction(catalog.sessions) as session:
            used = session.get(ApiToken, token_id)
            if used is not None:
                used.last_used_at = now
    return found
