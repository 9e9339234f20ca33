"""SQLAlchemy models of the publishers package's tables: accounts, their memberships of
publishers (roles), API tokens and login attempts. They share catalog's declarative Base
(one metadata for the store; api.store.MODELS lists this module)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from catalog.models import Base, Publisher, new_id, utcnow


class Account(Base):
    """A person who signs in to the portal or the API (a department's staff, the catalog's
    operators). Only an argon2 hash of the password is kept."""

    __tablename__ = "accounts"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(64), unique=True, index=True)  # the user name
    display_name: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(254))
    password_hash: Mapped[str | None] = mapped_column(String(200))  # None: cannot sign in
    site_admin: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # a disabled account signs in no more, and its tokens and sessions stop working
    disabled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    memberships: Mapped[list[Membership]] = relationship(
        back_populates="account", cascade="all, delete-orphan")


class Membership(Base):
    """One role of an account at one publisher (an account may hold several)."""

    __tablename__ = "memberships"
    __table_args__ = (UniqueConstraint("account_id", "publisher_id", "role",
                                       name="uq_memberships_account_publisher_role"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    account_id: Mapped[str] = mapped_column(ForeignKey("accounts.id"), index=True)
    publisher_id: Mapped[str] = mapped_column(ForeignKey("publishers.id"), index=True)
    role: Mapped[str] = mapped_column(String(40))  # publishers.auth.PUBLISHER_ROLES
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    account: Mapped[Account] = relationship(back_populates="memberships")
    publisher: Mapped[Publisher] = relationship()


class ApiToken(Base):
    """An API token: only the SHA-256 of its secret is kept (the secret is shown once)."""

    __tablename__ = "api_tokens"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    account_id: Mapped[str] = mapped_column(ForeignKey("accounts.id"), index=True)
    secret_hash: Mapped[str] = mapped_column(String(64), unique=True)  # hex SHA-256
    hint: Mapped[str] = mapped_column(String(16))  # the secret's first characters, to tell apart
    scope: Mapped[str] = mapped_column(String(10))  # read | write
    # a token limited to one publisher acts for that publisher only
    publisher_id: Mapped[str | None] = mapped_column(ForeignKey("publishers.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    expires_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    account: Mapped[Account] = relationship()
    publisher: Mapped[Publisher | None] = relationship()


class LoginAttempt(Base):
    """A failed sign-in, kept a while to limit guessing: by account name and by address.

    Kept in the store (not in a process) so that every server worker counts the same."""

    __tablename__ = "login_attempts"
    __table_args__ = (Index("ix_login_attempts_key_at", "key", "at"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    # "account:<name>" or "address:<ip>" (a name that is no account's is counted too, so that
    # trying names tells nothing)
    key: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
