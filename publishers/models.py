"""SQLAlchemy models of the publishers package's tables: disclosure requests (依申请公开),
their consultations, and the annual report's inputs. They share catalog's declarative Base
(one metadata for the store; api.store.MODELS lists this module)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from catalog.models import Base, Publisher, new_id, utcnow


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
