"""CN_LICENSE_PLATE: mainland vehicle plates (京A·12345, 粤B12345, new-energy 沪AD12345)."""

from __future__ import annotations

import re

from privacy.recognizers.base import CellHints, ScreenRecognizer

_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_L = "A-HJ-NP-Z"
# (?=…): a match's first character, checked first (faster than the lookbehind alone)
_PLATE = re.compile(
    rf"(?=[{_PROVINCES}])(?<![{_PROVINCES}A-Za-z0-9])(?P<v>[{_PROVINCES}][{_L}][·•・. ]?"
    rf"(?:[DF][{_L}0-9][0-9]{{4}}|[0-9]{{5}}[DF]|[{_L}0-9]{{4}}[{_L}0-9挂学警港澳])"
    r")(?![A-Za-z0-9])"
)


class LicensePlateRecognizer(ScreenRecognizer):
    """Vehicle registration plates (with at least two digits, to avoid words)."""

    ENTITY = "CN_LICENSE_PLATE"
    REGEX = _PLATE
    TRIGGER = re.compile(rf"[{_PROVINCES}][{_L}]")  # how every plate starts
    WHOLE_MATCH_AT_START = True
    CONTEXT = ("车牌", "号牌", "车辆", "plate")
    SCORE = 0.85

    def may_match(self, hints: CellHints) -> bool:  # noqa: D102
        return hints.cjk and hints.alpha and hints.digits >= 2  # a province, a letter, digits

    def score(self, candidate: str) -> float | None:  # noqa: D102
        return self.SCORE if sum(c.isdigit() for c in candidate) >= 2 else None
