"""CN_MOBILE: mainland mobile numbers, optionally +86/0086/86-prefixed and grouped."""

from __future__ import annotations

import re

from privacy.recognizers.base import CellHints, ScreenRecognizer

# (?=…): the characters a match can start with, checked first: Python's re is slow on a
# leading lookbehind, which it tries at every position. The whole part of a decimal number
# (15856668555.83, an amount) is no mobile.
_MOBILE = re.compile(
    r"(?=[+018])(?<![0-9A-Za-z+])"
    r"(?P<v>(?:(?:\+|00)?86[ -]?)?1[3-9][0-9](?:[ -]?[0-9]{4}){2})(?![0-9]|\.[0-9])"
)
_SHAPE = re.compile(r"(?:(?:\+|00)?86[ -]?)?1[0-9]{2}(?:[ -]?[0-9]{4}){2}")
# Number segments actually allocated to mobile networks (incl. IoT-free 14x data cards excluded).
_SEGMENTS = frozenset(
    [f"13{d}" for d in range(10)]
    + ["145", "147", "149"]
    + [f"15{d}" for d in "01235789"]
    + ["162", "165", "166", "167"]
    + [f"17{d}" for d in "0135678"]
    + [f"18{d}" for d in range(10)]
    + [f"19{d}" for d in "0135789"]
    + ["192", "196", "197"]
)


def national_digits(value: str) -> str:
    """Digits of a mobile number without the 86 country prefix."""
    digits = value if value.isdigit() else "".join(c for c in value if c.isdigit())
    if len(digits) == 13 and digits.startswith("86"):
        return digits[2:]
    if len(digits) == 15 and digits.startswith("0086"):
        return digits[4:]
    return digits


class MobileRecognizer(ScreenRecognizer):
    """Mobile numbers in allocated segments, never inside a longer digit run."""

    ENTITY = "CN_MOBILE"
    REGEX = _MOBILE
    TRIGGER = re.compile(r"1[3-9][0-9](?:[ -]?[0-9]{4}){2}")
    CONTEXT = ("手机", "电话", "联系方式", "移动", "mobile", "phone", "tel", "cell")
    MIN_DIGITS = 11
    SCORE = 0.85
    SCORE_UNALLOCATED = 0.6

    def score(self, candidate: str) -> float | None:  # noqa: D102
        digits = national_digits(candidate)
        if len(digits) != 11 or digits[1] not in "3456789":
            return None
        return self.SCORE if digits[:3] in _SEGMENTS else self.SCORE_UNALLOCATED

    def may_match(self, hints: CellHints) -> bool:  # noqa: D102
        return hints.digits >= 11

    def classify(self, value: str) -> str | None:  # noqa: D102
        value = value.strip()
        if not _SHAPE.fullmatch(value):
            return None
        return "valid" if self.score(value) else "invalid"
