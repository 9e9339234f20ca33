"""China's day: the regulations, deadlines and a dataset's timeliness count China's dates,
whatever the server's time zone."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

CHINA = ZoneInfo("Asia/Shanghai")


def china_today() -> dt.date:
    """Today's date in China."""
    return dt.datetime.now(CHINA).date()


def china_day(moment: dt.datetime) -> dt.date:
    """The date in China of a stored moment (a naive one, as SQLite gives it back, is UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(CHINA).date()


def china_midnight(day: dt.date) -> dt.datetime:
    """The moment China's day begins (aware)."""
    return dt.datetime.combine(day, dt.time(), CHINA)


def parse_day(value: Any) -> dt.date | None:
    """A date, or the date an ISO date or time text starts with (None: neither)."""
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def iso_day(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None
