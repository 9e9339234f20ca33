"""Disclosure requests (依申请公开): receiving them, their deadlines, extensions, corrections,
consultations and answers. Every write takes an Actor, checks it may do that action at the
request's publisher (publishers.auth: its disclosure officer, or a site admin; the public may
only add a request) and is audited; what the public sees of a request is its status by
receipt code, never who asked or what.
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from catalog.actor import Actor
from catalog.audit import record
from catalog.context import Catalog
from catalog.db import transaction
from catalog.errors import CatalogError, NotFound
from catalog.models import Publisher
from publishers import deadlines
from publishers.auth import check_actor
from publishers.calendar import ONE_DAY, Deadline, WorkingCalendar, china_today
from publishers.models import DisclosureConsultation, DisclosureRequest
from publishers.vocabulary import APPLICANT_TYPES, CHANNELS, OUTCOMES, outcome

REGULATIONS_IN_FORCE = dt.date(2019, 5, 15)  # the 条例 as revised in 2019 applies from here
MAX_CONTENT_CHARS = 10_000
MAX_AHEAD_DAYS = 366  # a receipt date further ahead than this is a typing error
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford's: no I, L, O, U
CODE_GROUPS, CODE_GROUP_CHARS = 3, 4
STATUSES = ("pending", "consulting", "awaiting_correction", "answered", "withdrawn")


class RequestError(CatalogError):
    """A request action the rules of the 条例 (or the request's state) do not allow."""


@dataclass(frozen=True)
class State:
    """A request's standing on a given day, derived from its facts on the calendar."""

    status: str
    outcome: str | None
    processed_on: dt.date | None  # answered, or the day after a correction lapsed
    due: Deadline | None  # the last day to answer; None while the clock waits for a correction
    correction_due: Deadline | None
    correction_notice_due: Deadline

    @property
    def open(self) -> bool:
        return self.status in ("pending", "consulting", "awaiting_correction")


def calendar_of(catalog: Catalog) -> WorkingCalendar:
    """The official calendar with the catalog's GOVCAT_HOLIDAYS."""
    return WorkingCalendar.official(catalog.settings.holidays)


def new_receipt_code() -> str:
    """A random code such as 7K3M-Q9XD-2B4R (60 bits): unguessable, easy to read out."""
    chars = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_GROUPS * CODE_GROUP_CHARS))
    return "-".join(chars[i:i + CODE_GROUP_CHARS]
                    for i in range(0, len(chars), CODE_GROUP_CHARS))


def normalise_receipt_code(text: str) -> str | None:
    """The stored form of a code as typed (any case, spaces or dashes); None if it is none."""
    chars = re.sub(r"[\s-]", "", text).upper().translate(str.maketrans("ILO", "110"))
    if len(chars) != CODE_GROUPS * CODE_GROUP_CHARS or any(c not in CODE_ALPHABET
                                                           for c in chars):
        return None
    return "-".join(chars[i:i + CODE_GROUP_CHARS]
                    for i in range(0, len(chars), CODE_GROUP_CHARS))


def add_request(catalog: Catalog, actor: Actor, *, received: dt.date, applicant_type: str,
                content: str, channel: str = "online", publisher: str | None = None,
                applicant_name: str | None = None, applicant_contact: str | None = None,
                calendar: WorkingCalendar | None = None, today: dt.date | None = None
                ) -> dict[str, Any]:
    """Record a request received on `received` (art. 31: in person, the day it was handed
    in; by post, the day it was signed for; online, the day receipt was confirmed).

    Returns {"id", "receipt_code", "received", "due", "provisional"}.
    """
    check_actor(actor, "request_add", publisher)
    if applicant_type not in APPLICANT_TYPES:
        raise RequestError(f"unknown applicant type {applicant_type!r}; expected one of "
                           f"{', '.join(APPLICANT_TYPES)}")
    if channel not in CHANNELS:
        raise RequestError(f"unknown channel {channel!r}; expected one of {', '.join(CHANNELS)}")
    text = (content or "").strip()
    if not text:
        raise RequestError("a request needs its content: the information asked for")
    if len(text) > MAX_CONTENT_CHARS:
        raise RequestError(f"the content has {len(text):,} characters; at most "
                           f"{MAX_CONTENT_CHARS:,} are accepted")
    _check_received(received, today or china_today())
    name = _optional(applicant_name, "applicant name", 200)
    contact = _optional(applicant_contact, "applicant contact", 500)
    calendar = calendar or calendar_of(catalog)
    with transaction(catalog.sessions) as session:
        publisher_id = _publisher_id(session, publisher) if publisher else None
        request = DisclosureRequest(
            receipt_code=new_receipt_code(), publisher_id=publisher_id,
            applicant_type=applicant_type, applicant_name=name, applicant_contact=contact,
            content=text, channel=channel, received=received)
        session.add(request)
        session.flush()
        record(session, actor, "request.add", f"request:{request.id}", request_channel=channel,
               applicant_type=applicant_type, publisher=publisher, received=received.isoformat())
        due = deadlines.answer_due(calendar, received)
        return {"id": request.id, "receipt_code": request.receipt_code,
                "received": received.isoformat(), "due": due.date.isoformat(),
                "provisional": due.provisional}


def _check_received(received: dt.date, today: dt.date) -> None:
    if received < REGULATIONS_IN_FORCE:
        raise RequestError(f"received {received}: govcat applies the 条例 as revised in 2019, in "
                           f"force from {REGULATIONS_IN_FORCE}")
    if received > today + dt.timedelta(days=MAX_AHEAD_DAYS):
        raise RequestError(f"received {received}: more than a year from today ({today})")


def _optional(value: str | None, what: str, limit: int) -> str | None:
    text = (value or "").strip()
    if len(text) > limit:
        raise RequestError(f"the {what} has more than {limit} characters")
    return text or None


def _publisher_id(session: Session, code: str) -> str:
    found = session.scalar(select(Publisher.id).where(Publisher.code == code))
    if found is None:
        raise NotFound(f"unknown publisher {code!r}: add it with `govcat publisher add`")
    return found


def state_of(request: DisclosureRequest, calendar: WorkingCalendar,
             today: dt.date) -> State:
    """Where `request` stands on `today`: its status, deadlines and (effective) outcome."""
    notice_due = deadlines.correction_notice_due(calendar, request.received)
    correction = None
    if request.correction_notice_on is not None:
        correction = deadlines.correction_due(
            calendar, request.correction_notice_on,
            request.correction_within or deadlines.CORRECTION_DEFAULT_DAYS)
    waiting = correction is not None and request.corrected_on is None
    due = None if waiting else deadlines.answer_due(
        calendar, request.corrected_on or request.received, request.extension_days or 0,
        [(c.sent, c.replied) for c in request.consultations])
    if request.outcome is not None:
        status = "withdrawn" if request.outcome == "other_no_correction" else "answered"
        return State(status, request.outcome, request.answered_on, due, correction, notice_due)
    if waiting and correction is not None and today > correction.date:
        # art. 30: no correction within the period counts as abandoning the request
        return State("withdrawn", "other_no_correction", correction.date + ONE_DAY, None,
                     correction, notice_due)
    if waiting:
        return State("awaiting_correction", None, None, None, correction, notice_due)
    consulting = any(c.replied is None and today <= deadlines.consultation_end(
        calendar, c.sent, None).date for c in request.consultations)
    return State("consulting" if consulting else "pending", None, None, due, correction,
                 notice_due)


def _load(session: Session, ref: str, *, lock: bool = False) -> DisclosureRequest:
    """A request by id or receipt code (NotFound otherwise)."""
    query = select(DisclosureRequest).options(selectinload(DisclosureRequest.consultations),
                                              selectinload(DisclosureRequest.publisher))
    code = normalise_receipt_code(ref)
    query = query.where(DisclosureRequest.receipt_code == code) if code else \
        query.where(DisclosureRequest.id == ref.strip())
    if lock:
        query = query.with_for_update()
    found = session.scalar(query)
    if found is None:
        raise NotFound(f"no disclosure request {ref[:60]!r} (give its id or receipt code)")
    return found


def _code(request: DisclosureRequest) -> str | None:
    """The code of the publisher the request was made to (None: the catalog's operator)."""
    return request.publisher.code if request.publisher else None


def request_publisher(catalog: Catalog, ref: str) -> str | None:
    """The publisher a request (by id or receipt code) was made to, to check who may act on
    it before anything is done (NotFound when there is no such request)."""
    with catalog.sessions() as session:
        return _code(_load(session, ref))


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _timing(state: State, calendar: WorkingCalendar, today: dt.date) -> dict[str, Any]:
    due = state.due
    overdue = bool(state.open and due is not None and today > due.date)
    on_time = None
    if state.status == "answered" and due is not None and state.processed_on is not None:
        on_time = state.processed_on <= due.date
    left = None
    if state.open and due is not None and not overdue:
        left = len(calendar.working_days(today, due.date))
    return {"overdue": overdue, "on_time": on_time, "working_days_left": left}


def public_view(request: DisclosureRequest, calendar: WorkingCalendar,
                today: dt.date) -> dict[str, Any]:
    """What anyone holding the receipt code may see: where the request stands, never who
    asked, what, or what the reply said."""
    state = state_of(request, calendar, today)
    due = state.due
    if due is not None:
        provisional = due.provisional
    else:  # the clock waits for a correction: its period is what was counted
        provisional = state.status == "awaiting_correction" and bool(
            state.correction_due and state.correction_due.provisional)
    return {
        "receipt_code": request.receipt_code,
        "received": request.received.isoformat(),
        "status": state.status,
        "due": _day(due.date if due else None),
        "provisional": provisional,
        "extended": request.extension_days is not None,
        "correction_due": _day(state.correction_due.date if state.correction_due
                               and state.status == "awaiting_correction" else None),
        "answered": _day(state.processed_on),
        "outcome": state.outcome,
    }


def detail_view(request: DisclosureRequest, calendar: WorkingCalendar,
                today: dt.date) -> dict[str, Any]:
    """Everything about a request, for its department (the applicant's data included)."""
    state = state_of(request, calendar, today)
    view = {"id": request.id, **public_view(request, calendar, today)}
    view.update(_timing(state, calendar, today))
    view.update({
        "publisher": _code(request),
        "channel": request.channel,
        "applicant_type": request.applicant_type,
        "applicant": {"name": request.applicant_name, "contact": request.applicant_contact},
        "content": request.content,
        "outcome_label": OUTCOMES[state.outcome].label if state.outcome else None,
        "answered_by": request.answered_by,
        "note": request.answer_note,
        "correction_notice_due": state.correction_notice_due.date.isoformat(),
        "extension": None if request.extension_days is None else {
            "days": request.extension_days, "approver": request.extension_approver,
            "reason": request.extension_reason, "on": _day(request.extended_on)},
        "correction": None if request.correction_notice_on is None else {
            "notice_on": _day(request.correction_notice_on),
            "notice_late": request.correction_notice_on > state.correction_notice_due.date,
            "within": request.correction_within, "items": request.correction_items,
            "due": _day(state.correction_due.date if state.correction_due else None),
            "corrected_on": _day(request.corrected_on)},
        "consultations": [
            {"party": c.party, "sent": _day(c.sent), "replied": _day(c.replied),
             "ends": deadlines.consultation_end(calendar, c.sent, c.replied).date.isoformat()}
            for c in request.consultations],
    })
    return view


def get_request(catalog: Catalog, ref: str, *, calendar: WorkingCalendar | None = None,
                today: dt.date | None = None) -> dict[str, Any]:
    """A request by id or receipt code, in full (for its department, never the public)."""
    with catalog.sessions() as session:
        return detail_view(_load(session, ref), calendar or calendar_of(catalog),
                           today or china_today())


def request_status(catalog: Catalog, receipt_code: str, *,
                   calendar: WorkingCalendar | None = None,
                   today: dt.date | None = None) -> dict[str, Any]:
    """The public status of the request with `receipt_code` (NotFound when none has it)."""
    code = normalise_receipt_code(receipt_code)
    if code is None:
        raise NotFound("no disclosure request has this receipt code")
    with catalog.sessions() as session:
        found = session.scalar(select(DisclosureRequest)
                               .options(selectinload(DisclosureRequest.consultations))
                               .where(DisclosureRequest.receipt_code == code))
        if found is None:
            raise NotFound("no disclosure request has this receipt code")
        return public_view(found, calendar or calendar_of(catalog), today or china_today())


def list_requests(catalog: Catalog, *, overdue: bool = False, due_within: int | None = None,
                  publisher: str | None = None, status: str | None = None,
                  within: Collection[str] | None = None,
                  calendar: WorkingCalendar | None = None,
                  today: dt.date | None = None) -> list[dict[str, Any]]:
    """Requests, soonest due first; with overdue and/or due_within (working days from today),
    only the open ones that need attention: past their last day, or due within that many.
    `within`: only those made to these publishers (the ones the reader may see)."""
    if due_within is not None and due_within < 0:
        raise RequestError("--due-within takes a number of working days >= 0")
    if status is not None and status not in STATUSES:
        raise RequestError(f"unknown status {status!r}; expected one of {', '.join(STATUSES)}")
    calendar = calendar or calendar_of(catalog)
    today = today or china_today()
    horizon = calendar.add_working_days(today, due_within).date \
        if due_within is not None else None
    with catalog.sessions() as session:
        query = select(DisclosureRequest).options(
            selectinload(DisclosureRequest.consultations),
            selectinload(DisclosureRequest.publisher)).order_by(DisclosureRequest.received)
        if publisher:
            query = query.where(DisclosureRequest.publisher_id == _publisher_id(session,
                                                                               publisher))
        if within is not None:
            query = query.join(DisclosureRequest.publisher).where(Publisher.code.in_(within))
        views = [detail_view(r, calendar, today) for r in session.scalars(query)]
    if status:
        views = [v for v in views if v["status"] == status]
    if overdue or horizon is not None:
        views = [v for v in views if (overdue and v["overdue"]) or (
            horizon is not None and not v["overdue"] and v["due"] is not None
            and v["status"] in ("pending", "consulting") and v["due"] <= horizon.isoformat())]
    return sorted(views, key=lambda v: (v["due"] or "9999", v["received"]))


def _decision_day(on: dt.date | None, request: DisclosureRequest, what: str) -> dt.date:
    """The day a decision was taken: `on`, else today (a request dated ahead of today, as in
    a test, is decided on its receipt day at the earliest)."""
    if on is None:
        return max(china_today(), request.received)
    if on < request.received:
        raise RequestError(f"{what} on {on}: before the request was received ({request.received})")
    return on


def _require_open(state: State, request: DisclosureRequest) -> None:
    if state.status == "answered":
        raise RequestError(f"request {request.receipt_code} was answered on "
                           f"{request.answered_on} ({request.outcome})")
    if state.status == "withdrawn":
        by = state.correction_due.date if state.correction_due else "?"
        raise RequestError(f"request {request.receipt_code} is withdrawn: no correction "
                           f"arrived by {by} (art. 30)")


def extend(catalog: Catalog, actor: Actor, ref: str, *, approver: str, reason: str,
           days: int = deadlines.EXTENSION_MAX_DAYS, on: dt.date | None = None,
           calendar: WorkingCalendar | None = None) -> dict[str, Any]:
    """The one extension of art. 33: at most 20 working days, approved by the head of the
    disclosure office (`approver`) by the last day to answer, for `reason`."""
    approver, reason = (approver or "").strip(), (reason or "").strip()
    if not approver:
        raise RequestError("an extension needs its approver (the head of the disclosure office)")
    if not reason:
        raise RequestError("an extension needs its reason")
    if not 1 <= days <= deadlines.EXTENSION_MAX_DAYS:
        raise RequestError(f"an extension is 1 to {deadlines.EXTENSION_MAX_DAYS} working days, "
                           f"not {days}")
    calendar = calendar or calendar_of(catalog)
    with transaction(catalog.sessions) as session:
        request = _load(session, ref, lock=True)
        check_actor(actor, "request_update", _code(request))
        decided = _decision_day(on, request, "extended")
        state = state_of(request, calendar, decided)
        _require_open(state, request)
        if request.extension_days is not None:
            raise RequestError(f"request {request.receipt_code} was already extended on "
                               f"{request.extended_on} (art. 33 allows one extension)")
        if state.due is None:
            raise RequestError(f"request {request.receipt_code} awaits its correction: its "
                               "period has not started")
        if decided > state.due.date:
            raise RequestError(f"request {request.receipt_code} was due on {state.due.date}: "
                               "an extension is approved by then (give --on the day it was)")
        request.extension_days, request.extended_on = days, decided
        request.extension_approver, request.extension_reason = approver, reason
        record(session, actor, "request.extend", f"request:{request.id}", days=days,
               approver=approver, on=decided.isoformat())
        session.flush()
        return detail_view(request, calendar, decided)


def answer(catalog: Catalog, actor: Actor, ref: str, *, outcome_code: str,
           on: dt.date | None = None, note: str | None = None,
           calendar: WorkingCalendar | None = None) -> dict[str, Any]:
    """Record the answer: one outcome of table 三, on `on` (default today)."""
    try:
        chosen = outcome(outcome_code)
    except ValueError as exc:
        raise RequestError(str(exc)) from None
    calendar = calendar or calendar_of(catalog)
    with transaction(catalog.sessions) as session:
        request = _load(session, ref, lock=True)
        check_actor(actor, "request_answer", _code(request))
        day = _decision_day(on, request, "answered")
        state = state_of(request, calendar, day)
        _require_open(state, request)
        if chosen.code == "unavailable_unclear_after_correction" and request.corrected_on is None:
            raise RequestError(f"{chosen.code}: request {request.receipt_code} has no corrected "
                               "request (art. 30)")
        if chosen.code == "other_no_correction" and request.correction_notice_on is None:
            raise RequestError(f"{chosen.code}: request {request.receipt_code} was never asked "
                               "for a correction")
        request.outcome, request.answered_on = chosen.code, day
        request.answered_by = actor.who
        request.answer_note = _optional(note, "note", 5000)
        record(session, actor, "request.answer", f"request:{request.id}", outcome=chosen.code,
               on=day.isoformat())
        session.flush()
        return detail_view(request, calendar, day)


def ask_correction(catalog: Catalog, actor: Actor, ref: str, *, items: str,
                   within: int = deadlines.CORRECTION_DEFAULT_DAYS, on: dt.date | None = None,
                   calendar: WorkingCalendar | None = None) -> dict[str, Any]:
    """The one correction notice of art. 30 (due within 7 working days of receipt; a later
    one is recorded and marked late): what to correct, and the applicant's period."""
    items = (items or "").strip()
    if not items:
        raise RequestError("a correction notice says what is to be corrected")
    if not 1 <= within <= 60:
        raise RequestError(f"the period to correct is 1 to 60 working days, not {within}")
    calendar = calendar or calendar_of(catalog)
    with transaction(catalog.sessions) as session:
        request = _load(session, ref, lock=True)
        check_actor(actor, "request_update", _code(request))
        day = _decision_day(on, request, "correction notice")
        _require_open(state_of(request, calendar, day), request)
        if request.correction_notice_on is not None:
            raise RequestError(f"request {request.receipt_code} had its correction notice on "
                               f"{request.correction_notice_on} (art. 30 allows one)")
        request.correction_notice_on, request.correction_within = day, within
        request.correction_items = items
        record(session, actor, "request.correction_notice", f"request:{request.id}",
               on=day.isoformat(), within=within)
        session.flush()
        return detail_view(request, calendar, day)


def record_correction(catalog: Catalog, actor: Actor, ref: str, *, received: dt.date,
                      calendar: WorkingCalendar | None = None) -> dict[str, Any]:
    """The corrected request arrived on `received`: the 20 working days run from it."""
    calendar = calendar or calendar_of(catalog)
    with transaction(catalog.sessions) as session:
        request = _load(session, ref, lock=True)
        check_actor(actor, "request_update", _code(request))
        if request.correction_notice_on is None:
            raise RequestError(f"request {request.receipt_code} was not asked for a correction")
        if request.corrected_on is not None:
            raise RequestError(f"request {request.receipt_code} was corrected on "
                               f"{request.corrected_on}")
        if received < request.correction_notice_on:
            raise RequestError(f"corrected on {received}: before the notice "
                               f"({request.correction_notice_on})")
        state = state_of(request, calendar, received)
        _require_open(state, request)  # a correction after its period: the request lapsed
        request.corrected_on = received
        record(session, actor, "request.corrected", f"request:{request.id}",
               on=received.isoformat())
        session.flush()
        return detail_view(request, calendar, received)


def consult(catalog: Catalog, actor: Actor, ref: str, *, party: str, sent: dt.date,
            calendar: WorkingCalendar | None = None) -> dict[str, Any]:
    """A third party's (or another authority's) opinion asked for; `sent` is the day it
    received the letter. Until it replies (15 working days at most) the clock stands still."""
    party = (party or "").strip()
    if not party or len(party) > 200:
        raise RequestError("a consultation names who is consulted (at most 200 characters)")
    calendar = calendar or calendar_of(catalog)
    with transaction(catalog.sessions) as session:
        request = _load(session, ref, lock=True)
        check_actor(actor, "request_update", _code(request))
        if sent < (request.corrected_on or request.received):
            raise RequestError(f"consulted on {sent}: before the request's period started")
        state = state_of(request, calendar, sent)
        _require_open(state, request)
        if state.due is None:
            raise RequestError(f"request {request.receipt_code} awaits its correction")
        request.consultations.append(DisclosureConsultation(party=party, sent=sent))
        record(session, actor, "request.consult", f"request:{request.id}", sent=sent.isoformat())
        session.flush()
        return detail_view(request, calendar, sent)


def record_reply(catalog: Catalog, actor: Actor, ref: str, *, replied: dt.date,
                 party: str | None = None,
                 calendar: WorkingCalendar | None = None) -> dict[str, Any]:
    """The consulted party replied on `replied` (the clock runs again from the next day)."""
    calendar = calendar or calendar_of(catalog)
    with transaction(catalog.sessions) as session:
        request = _load(session, ref, lock=True)
        check_actor(actor, "request_update", _code(request))
        waiting = [c for c in request.consultations if c.replied is None
                   and (party is None or c.party == party.strip())]
        if not waiting:
            raise RequestError(f"request {request.receipt_code} has no open consultation"
                               + (" of that party" if party else ""))
        if len(waiting) > 1:
            raise RequestError(f"request {request.receipt_code} has {len(waiting)} open "
                               "consultations: say whose reply this is (--party)")
        consultation = waiting[0]
        if replied < consultation.sent:
            raise RequestError(f"replied on {replied}: before the consultation "
                               f"({consultation.sent})")
        consultation.replied = replied
        record(session, actor, "request.reply", f"request:{request.id}",
               replied=replied.isoformat())
        session.flush()
        return detail_view(request, calendar, replied)


def requests_for_report(session: Session, publisher_id: str | None,
                        until: dt.date) -> Iterable[DisclosureRequest]:
    """Every request received by `until` (of one publisher when given), for table 三."""
    query = select(DisclosureRequest).options(
        selectinload(DisclosureRequest.consultations)).where(DisclosureRequest.received <= until)
    if publisher_id is not None:
        query = query.where(DisclosureRequest.publisher_id == publisher_id)
    return session.scalars(query)
