"""CN_LANDLINE: fixed-line numbers with an area code (010-12345678, (0755)1234567, 0571 1234567)."""

from __future__ import annotations

import re

from privacy.recognizers.base import Candidate, CellHints, ScreenRecognizer

# (?=…): the characters a match can start with, checked first (faster than the lookbehind alone)
_LANDLINE = re.compile(
    r"(?=[+08(（])(?<![0-9A-Za-z])"
    r"(?P<v>(?:(?:\+|00)?86[ -]?)?(?:\(0[1-9][0-9]{1,2}\)|（0[1-9][0-9]{1,2}）|"
    r"0[1-9][0-9]{1,2}[ -])[ ]?[1-9][0-9]{6,7}(?:[-转][0-9]{1,5})?)(?![0-9])"
)


def area_code_ok(digits: str) -> bool:
    """010 and 020-029 are the 3-digit area codes; others have 4 digits (0xxx, x in 3-9)."""
    if digits.startswith("010") or digits[:2] == "02":
        return True
    return digits[1] in "3456789"


class LandlineRecognizer(ScreenRecognizer):
    """Fixed-line numbers with an area code, reported only after a context word (电话, tel …)."""
    # Most landlines in government data are public office numbers (咨询电话, contact points),
    # so a bare number is not reported and no column is classified as landlines by its values;
    # a personal one is introduced by a word such as 电话/座机 ("联系电话：0571-8765 4321").

    ENTITY = "CN_LANDLINE"
    REGEX = _LANDLINE
    TRIGGER = re.compile(
        r"(?:\(0[1-9][0-9]{1,2}\)|（0[1-9][0-9]{1,2}）|0[1-9][0-9]{1,2}[ -])[ ]?[1-9][0-9]{6}"
    )
    CONTEXT = ("电话", "座机", "固话", "联系", "传真", "回电", "致电", "来电", "电联", "拨打",
               "号码", "phone", "tel", "line", "fax", "call")
    SCORE = 0.6

    def may_match(self, hints: CellHints) -> bool:  # noqa: D102
        return hints.digits >= 10

    def find(self, text: str) -> list[Candidate]:  # noqa: D102
        lowered = text.lower()
        return [c for c in super().find(text)
                if any(w in lowered[max(0, c.start - self.CONTEXT_WINDOW) : c.start]
                       for w in self.CONTEXT)]

    def score(self, candidate: str) -> float | None:  # noqa: D102
        digits = "".join(c for c in candidate if c.isdigit())
        if digits.startswith("86") and not candidate.lstrip("(（").startswith("0"):
            digits = digits[2:]
        digits = digits.removeprefix("0086")
        three = digits.startswith("010") or digits[:2] == "02"
        local = len(digits) - (3 if three else 4)
        if not area_code_ok(digits) or not 7 <= local <= 8 and "转" not in candidate:
            return None
        return self.SCORE

    def classify(self, value: str) -> str | None:
        """Never classify a column as landlines by its values (they are mostly public)."""
        return None
