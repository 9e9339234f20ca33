"""The time limits of the 条例 (2019) for a disclosure request, on the working-day calendar.

- art. 33: answer within 20 working days of receipt; one extension of at most 20 more,
  approved by the head of the disclosure office; time spent consulting a third party or
  another authority is not counted;
- art. 30: an unclear request gets one correction notice within 7 working days of receipt;
  the answer's period then runs from the day the corrected request is received, and a
  correction not made within the period the notice set counts as abandoning the request;
- art. 32: a third party has 15 working days from receiving the consultation to reply.

Every period starts on the day after the event that opens it (民法典 art. 201).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from publishers.calendar import Deadline, WorkingCalendar

ANSWER_DAYS = 20
EXTENSION_MAX_DAYS = 20
CORRECTION_NOTICE_DAYS = 7
CORRECTION_DEFAULT_DAYS = 15  # the applicant's period when the notice sets none (合理的补正期限)
THIRD_PARTY_DAYS = 15


def consultation_end(calendar: WorkingCalendar, sent: dt.date,
                     replied: dt.date | None) -> Deadline:
    """When a consultation stops the clock: the reply's day, or at the latest the third
    party's last day to reply (art. 32), which is what an open one is assumed to take."""
    limit = calendar.add_working_days(sent, THIRD_PARTY_DAYS)
    if replied is not None and replied <= limit.date:
        return Deadline(replied, False)
    return limit


def paused_days(calendar: WorkingCalendar,
                consultations: Iterable[tuple[dt.date, dt.date | None]]) -> tuple[set[dt.date],
                                                                                   bool]:
    """The working days consultations took (from the day after each was sent to its end),
    and whether any end is provisional."""
    days: set[dt.date] = set()
    provisional = False
    for sent, replied in consultations:
        end = consultation_end(calendar, sent, replied)
        provisional |= end.provisional
        days.update(calendar.working_days(sent, end.date))
    return days, provisional


def answer_due(calendar: WorkingCalendar, clock_start: dt.date, extension_days: int = 0,
               consultations: Iterable[tuple[dt.date, dt.date | None]] = ()) -> Deadline:
    """The last day to answer a request whose clock started on `clock_start` (its receipt,
    or the corrected request's), extended by `extension_days`, less consultation time."""
    if not 0 <= extension_days <= EXTENSION_MAX_DAYS:
        raise ValueError(f"an extension is 1 to {EXTENSION_MAX_DAYS} working days")
    paused, provisional = paused_days(calendar, consultations)
    due = calendar.add_working_days(clock_start, ANSWER_DAYS + extension_days, paused)
    return Deadline(due.date, due.provisional or provisional)


def correction_notice_due(calendar: WorkingCalendar, received: dt.date) -> Deadline:
    """The last day to send the one correction notice (art. 30)."""
    return calendar.add_working_days(received, CORRECTION_NOTICE_DAYS)


def correction_due(calendar: WorkingCalendar, notice_on: dt.date, within: int) -> Deadline:
    """The applicant's last day to send the corrected request."""
    return calendar.add_working_days(notice_on, within)
