"""Deadlines of disclosure requests on the official calendar, against dates this test counts
itself from calendars written out here (the State Council's notices), not from the code's."""

from __future__ import annotations

from pathlib import Path

import pytest

from publishers import deadlines
from publishers.calendar import HolidayFileError, WorkingCalendar, load_holiday_file
from tests.support.workdays import (
    HOLIDAYS_2027,
    OFF_2026,
    OFF_2027,
    WORKED_2026,
    WORKED_2027,
    D,
    counted,
)


@pytest.fixture
def holiday_file(tmp_path: Path) -> Path:
    path = tmp_path / "holidays.yaml"
    path.write_text(HOLIDAYS_2027, encoding="utf-8")
    return path


def test_a_request_before_national_day_skips_the_holiday_and_works_the_saturday() -> None:
    calendar = WorkingCalendar.official()
    due = deadlines.answer_due(calendar, D(2026, 9, 28))
    assert due.date == counted(D(2026, 9, 28), 20, OFF_2026, WORKED_2026) == D(2026, 10, 30)
    assert not due.provisional


def test_a_deadline_in_an_unknown_year_counts_weekends_only_and_is_provisional() -> None:
    calendar = WorkingCalendar.official()
    assert not calendar.knows(2027) and calendar.knows(2026)
    for received, expected in ((D(2026, 12, 20), D(2027, 1, 15)),
                               (D(2027, 1, 5), D(2027, 2, 2))):
        due = deadlines.answer_due(calendar, received)
        assert due.date == counted(received, 20, OFF_2026, WORKED_2026) == expected
        assert due.provisional


def test_the_holiday_file_gives_2027_its_holidays(holiday_file: Path) -> None:
    calendar = WorkingCalendar.official(holiday_file)
    for received, expected in ((D(2026, 12, 20), D(2027, 1, 18)),
                               (D(2027, 1, 5), D(2027, 2, 1))):
        due = deadlines.answer_due(calendar, received)
        assert due.date == counted(received, 20, OFF_2026 | OFF_2027,
                                   WORKED_2026 | WORKED_2027) == expected
        assert not due.provisional
    # the day of receipt is never counted, even when it is a working day
    assert calendar.add_working_days(D(2027, 1, 4), 1).date == D(2027, 1, 5)


def test_an_extension_and_consultations_move_the_deadline() -> None:
    calendar = WorkingCalendar.official()
    received = D(2026, 9, 28)
    extended = deadlines.answer_due(calendar, received, extension_days=20)
    assert extended.date == counted(received, 40, OFF_2026, WORKED_2026) == D(2026, 11, 27)
    # a third party that got the letter on 10-12 and replied on 10-16: the four working days
    # from the 13th to the 16th are not counted
    paused = deadlines.answer_due(calendar, received, consultations=[(D(2026, 10, 12),
                                                                      D(2026, 10, 16))])
    assert paused.date == counted(received, 24, OFF_2026, WORKED_2026) == D(2026, 11, 5)
    # one that has not replied is assumed to take its whole 15 working days
    open_ = deadlines.answer_due(calendar, received, consultations=[(D(2026, 10, 12), None)])
    assert open_.date == counted(received, 35, OFF_2026, WORKED_2026)
    late = deadlines.answer_due(calendar, received, consultations=[(D(2026, 10, 12),
                                                                    D(2026, 12, 1))])
    assert late == open_
    with pytest.raises(ValueError):
        deadlines.answer_due(calendar, received, extension_days=21)


def test_correction_periods() -> None:
    calendar = WorkingCalendar.official()
    notice = deadlines.correction_notice_due(calendar, D(2026, 9, 28))
    assert notice.date == counted(D(2026, 9, 28), 7, OFF_2026, WORKED_2026) == D(2026, 10, 13)
    assert deadlines.correction_due(calendar, D(2026, 10, 9), 15).date == \
        counted(D(2026, 10, 9), 15, OFF_2026, WORKED_2026)


@pytest.mark.parametrize(("text", "message"), [
    ("[1, 2]", "mapping of years"),
    ("2027: {holidays: [2026-12-31]}", "not in 2027"),
    ("2027: {workdays: [2027-02-08]}", "is a weekday"),
    ("2027: {holidays: [2027-01-31], workdays: [2027-01-31]}", "both"),
    ("2027: {holiday: [2027-01-01]}", "unknown key 'holiday'"),
    ("2027: {holidays: [2027-13-01]}", "not a date"),
    ("2027: {holidays: [tomorrow]}", "is not a date"),
    ("next: {holidays: []}", "not a year"),
    ("2027: {holidays: [2027-01-01", "not valid YAML at line 1"),
])
def test_a_bad_holiday_file_is_one_clear_error(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "h.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(HolidayFileError, match=message) as caught:
        load_holiday_file(path)
    assert str(path) in str(caught.value)


def test_the_holiday_file_replaces_the_package_for_its_years(tmp_path: Path) -> None:
    path = tmp_path / "h.yaml"
    path.write_text("2026: {holidays: [2026-11-02]}\n", encoding="utf-8")
    calendar = WorkingCalendar.official(path)
    assert calendar.is_workday(D(2026, 11, 2)) == (False, True)
    assert calendar.is_workday(D(2026, 10, 5)) == (True, True)  # the file knows no 国庆
    assert WorkingCalendar.official().is_workday(D(2026, 10, 5)) == (False, True)
