"""CN_RESIDENT_ID: mainland resident identity card numbers (18-digit and legacy 15-digit)."""

from __future__ import annotations

import datetime as dt
import re
import time

from privacy.recognizers.base import Candidate, CellHints, ScreenRecognizer

# First two digits: provinces, plus 71 (Taiwan), 81/82 (HK/Macao residence permits),
# 83 (Taiwan residents' residence permits).
PROVINCES = frozenset([
    "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
    "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
    "65", "71", "81", "82", "83",
])
# (?=[0-9]): a match's first character, checked first (faster than the lookbehind alone)
_ID = re.compile(
    r"(?=[0-9])(?<![0-9A-Za-z])(?P<v>[0-9]{17}[0-9Xx]|[0-9]{15})(?![0-9A-Za-z])"
)


_today_cache: tuple[int, dt.date, str] = (-1, dt.date.min, "")


def _today() -> dt.date:
    """dt.date.today(), asked at most once a minute (local midnight falls on a minute)."""
    return _today_and_digits()[0]


def _today_and_digits() -> tuple[dt.date, str]:
    """Today, and today written yyyymmdd (as an ID writes a birth date), once a minute."""
    global _today_cache
    minute = int(time.time() // 60)
    if _today_cache[0] != minute:
        today = dt.date.today()
        _today_cache = (minute, today, f"{today:%Y%m%d}")
    return _today_cache[1], _today_cache[2]


def _date_ok(year: int, month: int, day: int, today: dt.date | None = None) -> bool:
    """Return True for a real calendar date between 1900-01-01 and today."""
    try:
        born = dt.date(year, month, day)
    except ValueError:
        return False
    return year >= 1900 and born <= (today or _today())


# Every month and day of a year as an ID writes them (mmdd), 29 February included.
_MONTH_DAYS = frozenset(f"{month:02d}{day:02d}" for month, days in enumerate(
    (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31), start=1) for day in range(1, days + 1))


def _birth_digits_ok(yyyymmdd: str, today: str) -> bool:
    """Whether eight digits write a real date from 1900-01-01 to today (today: yyyymmdd)."""
    # Compared as text, without making a date: IDs' birth dates are too many to cache.
    if yyyymmdd[4:] not in _MONTH_DAYS or not "19000101" <= yyyymmdd <= today:
        return False
    if yyyymmdd[4:] == "0229":
        year = int(yyyymmdd[:4])
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return True


def check_digit(first17: str) -> str:
    """ISO 7064 MOD 11-2 check character for the first 17 digits."""
    checksum = (1 - 2 * int(first17, 13)) % 11  # as stdnum.cn.ric.calc_check_digit
    return "X" if checksum == 10 else str(checksum)


def validate_resident_id(value: str) -> str | None:
    """Return None if valid, else a short reason ("checksum", "date", "region", "format")."""
    value = value.strip().upper()
    if len(value) == 18:
        if not value[:17].isdigit() or not (value[17].isdigit() or value[17] == "X"):
            return "format"
        if value[:2] not in PROVINCES:
            return "region"
        if not _birth_digits_ok(value[6:14], _today_and_digits()[1]):  # as _date_ok()
            return "date"
        if check_digit(value[:17]) != value[17]:
            return "checksum"
        return None
    if len(value) == 15 and value.isdigit():
        if value[:2] not in PROVINCES:
            return "region"
        if not _date_ok(1900 + int(value[6:8]), int(value[8:10]), int(value[10:12])):
            return "date"
        return None
    return "format"


class ResidentIdRecognizer(ScreenRecognizer):
    """Resident ID numbers, validated (checksum, birth date, province) rather than trusted."""
    # stdnum.cn.ric checks the checksum and date but also requires the 6-digit county
    # code to be in its bundled table (which rejects valid IDs from renamed counties)
    # and does not reject future dates, so validation here is our own.

    ENTITY = "CN_RESIDENT_ID"
    REGEX = _ID
    TRIGGER = re.compile(r"[0-9]{15}")
    CONTEXT = ("身份证", "证件", "公民身份", "身份号码", "id card", "identity", "resident id")
    MIN_DIGITS = 15
    SCORE_18 = 1.0
    SCORE_15 = 0.5
    # An 18-digit number whose check digit alone is wrong, after a context word: a mistyped
    # ID still tells its holder's birth date and district (raised by the context to 0.95).
    SCORE_MISTYPED = 0.6

    def find(self, text: str) -> list[Candidate]:  # noqa: D102
        out: list[Candidate] = []
        for match in _ID.finditer(text):
            start, end = match.span("v")
            reason = validate_resident_id(text[start:end])
            if reason is None:
                score = self.SCORE_18 if end - start == 18 else self.SCORE_15
            elif reason == "checksum" and self._context_word(
                    text, start, self.context_words(), "") is not None:
                score = self.SCORE_MISTYPED
            else:
                continue
            out.append(Candidate(start, end, score))
        return out

    def may_match(self, hints: CellHints) -> bool:  # noqa: D102
        return hints.digits >= 14

    def classify(self, value: str) -> str | None:  # noqa: D102
        value = value.strip()
        if not _ID.fullmatch(value):
            return None
        return "valid" if validate_resident_id(value) is None else "invalid"
