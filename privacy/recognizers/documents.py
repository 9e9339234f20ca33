"""CN_PASSPORT and CN_TRAVEL_PERMIT: passport and mainland travel permit numbers."""

from __future__ import annotations

import re

from privacy.recognizers.base import Candidate, CellHints, ScreenRecognizer

_LETTER = "A-HJ-NP-Z"  # document series letters skip I and O
# (?=…): the characters a match can start with, checked first (faster than the lookbehind alone)
_PASSPORT = re.compile(
    rf"(?=[EGDSP])(?<![0-9A-Za-z])(?P<v>E[0-9]{{8}}|E[{_LETTER}][0-9]{{7}}|[GDSP][0-9]{{8}})(?![0-9A-Za-z])"
)
_PERMIT = re.compile(
    rf"(?=[HMC台通])(?:(?<![0-9A-Za-z])(?P<v>[HM][0-9]{{8}}(?:[0-9]{{2}})?|C[0-9{_LETTER}][0-9]{{7}})"
    r"(?![0-9A-Za-z])"
    r"|(?:台胞证|台湾居民来往大陆通行证|通行证)(?:号码|号)?[ \t]*[:：]?[ \t]*"
    r"(?P<t>[0-9]{8}|[0-9]{10}(?:\([A-Z]\)|[A-Z])?)(?![0-9A-Za-z]))"
)


class PassportRecognizer(ScreenRecognizer):
    """PRC passport numbers (E + 8 digits, E + letter + 7 digits, G/D/S/P + 8 digits)."""

    ENTITY = "CN_PASSPORT"
    REGEX = _PASSPORT
    TRIGGER = re.compile(rf"[EGDSP][0-9{_LETTER}][0-9]{{7}}")
    WHOLE_MATCH_AT_START = True
    CONTEXT = ("护照", "passport")
    SCORE = 0.5

    def may_match(self, hints: CellHints) -> bool:  # noqa: D102
        return hints.digits >= 7 and hints.alpha

    def score(self, candidate: str) -> float | None:  # noqa: D102
        return self.SCORE


class TravelPermitRecognizer(ScreenRecognizer):
    """Mainland travel permits of Hong Kong/Macao (H/M…) and Taiwan (台胞证) residents, and C…."""
    # Travel permits: Hong Kong/Macao residents' (H/M…), mainlanders' to HK/Macao (C…),
    # and Taiwan residents' (台胞证, 8 or 10 digits, only after its name).

    ENTITY = "CN_TRAVEL_PERMIT"
    REGEX = _PERMIT
    TRIGGER = re.compile(r"[HMC台通]")  # every branch starts with H/M/C or names 台胞证/通行证
    WHOLE_MATCH_AT_START = True
    CONTEXT = ("通行证", "回乡证", "台胞证", "港澳", "permit")
    SCORE = 0.5
    SCORE_NAMED = 0.85

    def may_match(self, hints: CellHints) -> bool:  # noqa: D102
        return hints.digits >= 8

    def find(self, text: str) -> list[Candidate]:  # noqa: D102
        out = []
        for match in _PERMIT.finditer(text):
            if match.group("v"):
                out.append(Candidate(match.start("v"), match.end("v"), self.SCORE))
            else:
                out.append(Candidate(match.start("t"), match.end("t"), self.SCORE_NAMED))
        return out
