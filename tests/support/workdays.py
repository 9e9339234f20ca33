"""Working days as the tests count them, from calendars written out here (the State Council's
notices), independently of publishers.calendar."""

from __future__ import annotations

import datetime as dt

D = dt.date

# 国办发明电〔2025〕7号 (the 2026 holidays), September to December: 中秋 and 国庆, and the
# two weekend days worked instead
OFF_2026 = {D(2026, 9, 25), D(2026, 9, 26), D(2026, 9, 27),
            *(D(2026, 10, day) for day in range(1, 8))}
WORKED_2026 = {D(2026, 9, 20), D(2026, 10, 10)}
# 2027 as a holiday file would give it (an example of the notice's shape, not the notice)
HOLIDAYS_2027 = """\
2027:
  holidays: [2027-01-01, 2027-01-02, 2027-01-03,
             2027-02-05, 2027-02-06, 2027-02-07, 2027-02-08, 2027-02-09, 2027-02-10, 2027-02-11]
  workdays: [2027-01-31, 2027-02-20]
"""
OFF_2027 = {D(2027, 1, 1), D(2027, 1, 2), D(2027, 1, 3),
            *(D(2027, 2, day) for day in range(5, 12))}
WORKED_2027 = {D(2027, 1, 31), D(2027, 2, 20)}


def counted(received: dt.date, days: int, off: set[dt.date] = OFF_2026,
            worked: set[dt.date] = WORKED_2026) -> dt.date:
    """The days-th working day after received (the day of receipt is not counted)."""
    day, n = received, 0
    while n < days:
        day += dt.timedelta(days=1)
        if day in worked or (day.weekday() < 5 and day not in off):
            n += 1
    return day


def with_2027(received: dt.date, days: int) -> dt.date:
    return counted(received, days, OFF_2026 | OFF_2027, WORKED_2026 | WORKED_2027)
