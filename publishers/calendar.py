"""The official working-day calendar: chinesecalendar's State Council holidays (2004–2026)
plus a holiday file (GOVCAT_HOLIDAYS) for later years; a day of a year neither knows is
judged by the weekend alone, and what was computed from such a day is provisional."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from catalog.clock import CHINA, china_today  # noqa: F401 - the regulations count China's days
from catalog.errors import CatalogError

ONE_DAY = dt.timedelta(days=1)


class HolidayFileError(CatalogError):
    """GOVCAT_HOLIDAYS cannot be used; the message names the file, the year and the entry."""


@dataclass(frozen=True)
class YearRules:
    """One year of the State Council's notice: its days off, and the weekend days that are
    working days (调休)."""

    holidays: frozenset[dt.date] = frozenset()
    workdays: frozenset[dt.date] = frozenset()


@dataclass(frozen=True)
class Deadline:
    """A last day; provisional when a day it was counted over lies in a year the calendar
    does not know (so its holidays were not skipped)."""

    date: dt.date
    provisional: bool


@dataclass(frozen=True)
class WorkingCalendar:
    """Working days: the holiday file's years, then chinesecalendar's, then weekends only."""

    years: Mapping[int, YearRules] = field(default_factory=dict)  # from the holiday file
    package_day: Callable[[dt.date], bool | None] | None = None  # chinesecalendar, or none

    @classmethod
    def official(cls, holiday_file: str | Path | None = None) -> WorkingCalendar:
        """chinesecalendar's calendar, completed (and for the years it lists, replaced) by the
        holiday file."""
        years = load_holiday_file(Path(holiday_file)) if holiday_file else {}
        return cls(years, _chinesecalendar_day)

    def is_workday(self, day: dt.date) -> tuple[bool, bool]:
        """(whether `day` is a working day, whether the calendar knows its year)."""
        rules = self.years.get(day.year)
        if rules is not None:
            if day in rules.holidays:
                return False, True
            return day in rules.workdays or day.weekday() < 5, True
        known = self.package_day(day) if self.package_day else None
        if known is not None:
            return known, True
        return day.weekday() < 5, False

    def knows(self, year: int) -> bool:
        return self.is_workday(dt.date(year, 6, 1))[1]

    def add_working_days(self, start: dt.date, count: int,
                         skipped: Iterable[dt.date] = ()) -> Deadline:
        """The `count`th working day after `start`: the day of `start` is not counted, the
        period runs from the next day (民法典 art. 201). Working days in `skipped` (time that
        does not count, such as a third party's consultation) are passed over."""
        if count < 0:
            raise ValueError("a number of working days is >= 0")
        leave_out = set(skipped)
        day, counted, provisional = start, 0, False
        while counted < count:
            day += ONE_DAY
            working, known = self.is_workday(day)
            provisional |= not known
            if working and day not in leave_out:
                counted += 1
        return Deadline(day, provisional)

    def working_days(self, after: dt.date, until: dt.date) -> list[dt.date]:
        """The working days from the day after `after` to `until`, both included."""
        days, day = [], after
        while day < until:
            day += ONE_DAY
            if self.is_workday(day)[0]:
                days.append(day)
        return days


def _chinesecalendar_day(day: dt.date) -> bool | None:
    """chinesecalendar's word on `day`: a working day or not, None for a year it lacks."""
    import chinese_calendar

    try:
        return chinese_calendar.is_workday(day)
    except NotImplementedError:  # "no available data for year …"
        return None


def load_holiday_file(path: Path) -> dict[int, YearRules]:
    """GOVCAT_HOLIDAYS: {2027: {holidays: [2027-01-01, …], workdays: [2027-02-07, …]}}.

    Every entry is checked: each date lies in its year, a workday is a Saturday or Sunday (the
    weekend days worked instead, 调休), and no day is both.
    """
    import yaml

    where = f"GOVCAT_HOLIDAYS {path}"
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise HolidayFileError(f"{where}: cannot be read ({exc.strerror})") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" at line {mark.line + 1}" if mark is not None else ""
        raise HolidayFileError(f"{where}: not valid YAML{line}") from None
    except ValueError as exc:  # a date that cannot be: 2027-13-01
        raise HolidayFileError(f"{where}: not a date ({exc})") from None
    if document is None:
        return {}
    if not isinstance(document, dict):
        raise HolidayFileError(f"{where}: expected a mapping of years, such as "
                               "{2027: {holidays: [...], workdays: [...]}}")
    return {_year(key, where): _year_rules(_year(key, where), value, where)
            for key, value in document.items()}


def _year(key: Any, where: str) -> int:
    if isinstance(key, bool) or not isinstance(key, int | str) or not str(key).isdigit() \
            or not 1900 < int(key) < 2200:
        raise HolidayFileError(f"{where}: {str(key)[:40]!r} is not a year")
    return int(key)


def _year_rules(year: int, value: Any, where: str) -> YearRules:
    if not isinstance(value, dict):
        raise HolidayFileError(f"{where}: {year}: expected {{holidays: [...], workdays: [...]}}")
    unknown = sorted(str(k) for k in value if k not in ("holidays", "workdays"))
    if unknown:
        raise HolidayFileError(f"{where}: {year}: unknown key {unknown[0][:40]!r} (holidays "
                               "and workdays are known)")
    holidays = _dates(year, "holidays", value.get("holidays"), where)
    workdays = _dates(year, "workdays", value.get("workdays"), where)
    for day in sorted(workdays):
        if day.weekday() < 5:
            raise HolidayFileError(f"{where}: {year}: workdays: {day} is a weekday; list only the "
                                   "Saturdays and Sundays that are working days (调休)")
    both = sorted(holidays & workdays)
    if both:
        raise HolidayFileError(f"{where}: {year}: {both[0]} is both a holiday and a workday")
    return YearRules(frozenset(holidays), frozenset(workdays))


def _dates(year: int, key: str, value: Any, where: str) -> set[dt.date]:
    if value is None:
        return set()
    if not isinstance(value, list):
        raise HolidayFileError(f"{where}: {year}: {key} must be a list of dates (YYYY-MM-DD)")
    days = set()
    for item in value:
        if isinstance(item, dt.datetime):
            item = item.date()
        if not isinstance(item, dt.date):
            try:
                item = dt.date.fromisoformat(str(item))
            except ValueError:
                raise HolidayFileError(f"{where}: {year}: {key}: {str(item)[:40]!r} is not a "
                                       "date (YYYY-MM-DD)") from None
        if item.year != year:
            raise HolidayFileError(f"{where}: {year}: {key}: {item} is not in {year}")
        days.add(item)
    return days
