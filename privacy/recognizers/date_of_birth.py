"""DATE_OF_BIRTH: full birth dates introduced by 出生日期/生日/DOB-style labels."""

from __future__ import annotations

import datetime as dt
import re

from privacy.recognizers.base import Candidate, CellHints, ScreenRecognizer

_DATE = (
    r"(?P<y>(?:19|20)[0-9]{2})(?:年(?P<m1>[0-9]{1,2})月(?P<d1>[0-9]{1,2})日?"
    r"|(?P<sep>[-/.])(?P<m2>[0-9]{1,2})(?P=sep)(?P<d2>[0-9]{1,2})|(?P<m3>[0-9]{2})(?P<d3>[0-9]{2}))"
)
_DOB = re.compile(
    r"(?i:出生日期|出生年月日|出生时间|生日|出生于|出生|date[ _]of[ _]birth|birth[ _]?date|"
    r"birthday|d\.?o\.?b\.?|born(?:[ ]on)?)[ \t]*[:：为是]?[ \t]*(?P<v>" + _DATE + r")(?![0-9])"
)


class DateOfBirthRecognizer(ScreenRecognizer):
    """Complete birth dates (year, month and day) right after a birth-date label."""

    ENTITY = "DATE_OF_BIRTH"
    REGEX = _DOB
    TRIGGER = re.compile(r"[生Bb]")  # 出生…/生日, birth/born/DOB: cheaper than searching _DOB
    SCORE = 0.85

    def may_match(self, hints: CellHints) -> bool:  # noqa: D102
        return hints.digits >= 6 and (hints.cjk or hints.alpha)

    def find(self, text: str) -> list[Candidate]:  # noqa: D102
        out = []
        for match in _DOB.finditer(text):
            month = match.group("m1") or match.group("m2") or match.group("m3")
            day = match.group("d1") or match.group("d2") or match.group("d3")
            try:
                born = dt.date(int(match.group("y")), int(month), int(day))
            except ValueError:
                continue
            if born <= dt.date.today():
                out.append(Candidate(match.start("v"), match.end("v"), self.SCORE))
        return out

    def classify(self, value: str) -> str | None:
        """Never a whole value: a birth date is only found after its label."""
        return None
