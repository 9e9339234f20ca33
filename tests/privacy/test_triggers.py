"""Pre-filters written for speed against their readable definitions."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from privacy.recognizers.phone import _Trigger

# What the phone recognizer's trigger takes in Chinese text, as first written: each
# alternative starts with a look-around, so re tries it at every position.
CHINESE_NUMBER = re.compile(
    r"\+(?!86)[1-9]|(?<![0-9])00(?!86)[1-9][0-9]|"
    r"(?<![0-9])(?!1[3-9][0-9])[0-9]{2,4}[ .\-/][0-9]{3,4}[ .\-/][0-9]{3,4}(?![ .\-/]?[0-9])|"
    r"\((?!0[1-9][0-9]{1,2}\))[0-9]|(?<![0-9])[02-9][0-9]{9}(?![0-9])"
)

CASES = [
    "", "+", "+86 138", "+44 20 7946 0958", "0044 20", "0086 10", "00", "000447",
    "138 1234 5678", "139-1234-5678", "0571 8765 4321", "010 123 4567", "12 345 6789",
    "(0571)87654321", "(02)", "(5", "电话(0571)", "0571-87654321", "5712345678", "1381234567",
    "05712345678", "25712345678", "x0571234567", "9 123 4567", "99 1234 5678 9",
    "来电人反映，联系电话：+852 9123 4567。", "请拨打 020 8765 4321 转 12", "编号2023/0101/001",
]


def definition(text: str) -> int | None:
    match = CHINESE_NUMBER.search(text)
    return None if match is None else match.start()


def fast(text: str) -> int | None:
    match = _Trigger._CHINESE_NUMBER.search(text)
    return None if match is None else match.start()


def test_known_texts() -> None:
    for text in CASES:
        assert fast(text) == definition(text), text


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="0123456789+()-./ 8613中电话", max_size=30))
def test_numbers_and_their_separators(text: str) -> None:
    assert fast(text) == definition(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_any_text(text: str) -> None:
    assert fast(text) == definition(text)
