"""SQLAlchemy models of the publishers package's tables: accounts, their memberships of
publishers (roles), API tokens and login attempts; applications for access to conditionally
open datasets (有条件开放) and the downloads made under them; disclosure requests (依申请公开),
their consultations, and the annual report's inputs. They share catalog's declarative Base
(one metadata for the store; api.store.MODELS lists this module)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from catalog.models import Base, Dataset, Publisher, new_id, utcnow


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
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # a disabled account signs in no more, and its tokens and sessions stop working
    disabled_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))

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
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

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
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    expires_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    last_used_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))

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
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class DisclosureRequest(Base):
    """A request for government information (条例 arts. 27–45): what was asked, by which kind
    of applicant, how and when it came in, and what happened to it.

    The applicant's identity (name, contact) and the text of the request are personal data:
    they are kept here for the reply and nowhere else (never in the audit trail, the public
    status, the report or a log). Deadlines are not stored: they are computed from these
    facts on the calendar in force, so that a holiday file added later moves them.
    """

    __tablename__ = "disclosure_requests"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    # What the applicant looks the status up with; random, unguessable, never a sequence
    receipt_code: Mapped[str] = mapped_column(String(20), unique=True)
    publisher_id: Mapped[str | None] = mapped_column(ForeignKey("publishers.id"), index=True)
    applicant_type: Mapped[str] = mapped_column(String(20))
    applicant_name: Mapped[str | None] = mapped_column(String(200))
    applicant_contact: Mapped[str | None] = mapped_column(String(500))
    content: Mapped[str] = mapped_column(Text)
    channel: Mapped[str] = mapped_column(String(20))
    received: Mapped[dt.date] = mapped_column(Date, index=True)  # art. 31's receipt date
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # art. 33: one extension, approved by the head of the disclosure office
    extension_days: Mapped[int | None] = mapped_column(Integer)
    extension_approver: Mapped[str | None] = mapped_column(String(200))
    extension_reason: Mapped[str | None] = mapped_column(Text)
    extended_on: Mapped[dt.date | None] = mapped_column(Date)
    # art. 30: one correction notice, the period it gives, and the corrected request's day
    correction_notice_on: Mapped[dt.date | None] = mapped_column(Date)
    correction_within: Mapped[int | None] = mapped_column(Integer)  # working days
    correction_items: Mapped[str | None] = mapped_column(Text)
    corrected_on: Mapped[dt.date | None] = mapped_column(Date)
    # the answer: one of publishers.vocabulary.OUTCOMES
    outcome: Mapped[str | None] = mapped_column(String(40), index=True)
    answered_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    answered_by: Mapped[str | None] = mapped_column(String(200))
    answer_note: Mapped[str | None] = mapped_column(Text)

    publisher: Mapped[Publisher | None] = relationship()
    consultations: Mapped[list[DisclosureConsultation]] = relationship(
        back_populates="request", order_by="DisclosureConsultation.sent",
        cascade="all, delete-orphan")


class DisclosureConsultation(Base):
    """A third party's or another authority's opinion sought (arts. 32, 33): its time does
    not count against the answer's deadline."""

    __tablename__ = "disclosure_consultations"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    request_id: Mapped[str] = mapped_column(ForeignKey("disclosure_requests.id"), index=True)
    party: Mapped[str] = mapped_column(String(200))  # may name a person: never public
    sent: Mapped[dt.date] = mapped_column(Date)  # the day the party received the letter
    replied: Mapped[dt.date | None] = mapped_column(Date)

    request: Mapped[DisclosureRequest] = relationship(back_populates="consultations")


class AnnualReportInput(Base):
    """What the annual report needs and the catalog cannot know (publishers.report.INPUTS):
    one document per year and scope (a publisher's code, or "*" for the whole catalog)."""

    __tablename__ = "annual_report_inputs"
    __table_args__ = (UniqueConstraint("scope", "year", name="uq_annual_report_inputs"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    scope: Mapped[str] = mapped_column(String(64))
    year: Mapped[int] = mapped_column(Integer)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(200))


class AccessApplication(Base):
    """An application for access to a conditionally open dataset (有条件开放), and the
    publisher's decision: approved with terms until an expiry date, refused with a reason,
    or later revoked.

    The applicant's name, organisation, contact, purpose and intended use are personal data:
    kept here for the publisher's decision and nowhere else (never in the audit trail, a
    public answer or a log). The applicant holds two things: the receipt code (the status,
    for anyone who has it) and the access key (the access itself, once approved), of which
    only a SHA-256 digest is kept, as of API tokens.
    """

    __tablename__ = "access_applications"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    receipt_code: Mapped[str] = mapped_column(String(20), unique=True)
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)  # hex SHA-256 of the key
    dataset_id: Mapped[str] = mapped_column(ForeignKey("datasets.id"), index=True)
    # the account the applicant was signed in with, if any: its tokens and portal session
    # use the grant as the key does
    account_id: Mapped[str | None] = mapped_column(ForeignKey("accounts.id"), index=True)
    applicant_name: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str | None] = mapped_column(String(200))
    contact: Mapped[str] = mapped_column(String(500))
    purpose: Mapped[str] = mapped_column(Text)
    requested_use: Mapped[str] = mapped_column(Text)
    channel: Mapped[str] = mapped_column(String(20))  # api | portal
    submitted_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # pending | approved | refused | revoked (expired is computed from expires_on)
    status: Mapped[str] = mapped_column(String(20), index=True, default="pending")
    decided_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    decided_by: Mapped[str | None] = mapped_column(String(200))
    terms: Mapped[str | None] = mapped_column(Text)
    # access lasts to the end of this day (China's date)
    expires_on: Mapped[dt.date | None] = mapped_column(Date)
    refusal_reason: Mapped[str | None] = mapped_column(Text)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    revoked_by: Mapped[str | None] = mapped_column(String(200))
    revocation_reason: Mapped[str | None] = mapped_column(Text)

    dataset: Mapped[Dataset] = relationship()
    account: Mapped[Account | None] = relationship()


class AccessDownload(Base):
    """One download made under an approved application: which resource, in which format (or
    a page of its rows), when and through which channel. The publisher's record, never
    public."""

    __tablename__ = "access_downloads"
    __table_args__ = (Index("ix_access_downloads_application_at", "application_id", "at"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    application_id: Mapped[str] = mapped_column(ForeignKey("access_applications.id"))
    resource_id: Mapped[str] = mapped_column(ForeignKey("resources.id"))
    format: Mapped[str] = mapped_column(String(20))  # the file's own, csv, json, xlsx, rows
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    channel: Mapped[str] = mapped_column(String(20))  # api | portal

    application: Mapped[AccessApplication] = relationship()
