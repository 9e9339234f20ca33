"""Pre-filters and shortcuts written for speed, held to what they stand for."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from privacy.recognizers import address
from privacy.recognizers.base import Candidate
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


def addresses_as_defined(text: str) -> list[Candidate]:
    """AddressRecognizer.find() as first written: both patterns over every whole window."""
    recognizer = address.AddressRecognizer()
    out, last_end = [], 0
    for lo, hi in address._windows(text):
        for regex in (address._CN_ADDRESS, address._EN_ADDRESS):
            for match in regex.finditer(text, max(lo, last_end), hi):
                start, end = match.span("v")
                if address._DETAILED.search(text, start, end) or recognizer._personal(text, start):
                    out.append(Candidate(start, end, recognizer.SCORE))
                last_end = max(last_end, end)
    return sorted(set(out))


ADDRESS_PARTS = ["Room 5, ", "Flat 2A, ", "No. 12, ", "No.7 ", "Zhongshan ", "Road", "Street",
                 ", Xihu District", " lives at ", "住址：", "家住", "浙江省", "杭州市", "西湖区",
                 "中山北路", "12号", "3-5号", "3栋", "5幢", "1单元", "201室", "李庄村", "6组",
                 "书香门第", "小区", "的", "，", "。", "-", "7", "号", " "]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(ADDRESS_PARTS), max_size=14).map("".join))
def test_addresses_are_found_as_defined(text: str) -> None:
    assert address.AddressRecognizer().find(text) == addresses_as_defined(text)


def test_known_addresses() -> None:
    for text in ["来电人反映其居住的杭州市西湖区文一西路12号3幢2单元301室楼上噪音大。",
                 "住址：李庄村6组289号，书香门第3幢，中山路27号院5号楼",
                 "Home address: Room 5, No. 12, Zhongshan North Road, Xihu District, Hangzhou."]:
        found = address.AddressRecognizer().find(text)
        assert found and found == addresses_as_defined(text), text


TIMESTAMP_FORMATS = ["%Y-%m-%d %H:%M:%S", "%Y/%m/%d %H:%M", "%Y.%m.%d %H:%M:%S",
                     "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S.%f", "%Y-%m-%d"]


@settings(max_examples=300, deadline=None)
@given(st.datetimes(min_value=dt.datetime(1000, 1, 1)), st.sampled_from(TIMESTAMP_FORMATS))
def test_a_timestamp_skipped_as_trivial_is_one_no_recognizer_finds_anything_in(
        screener, moment, form) -> None:
    from privacy import cells

    text = moment.strftime(form)
    if len(text) > 10:  # shorter dates were trivial before timestamps were
        assert cells.trivial(text), text
    scanner = screener.scanner
    original = cells.trivial
    cells.trivial = lambda _text: False  # every recognizer's pre-filter and find() run
    try:
        assert scanner.hits(text) == (), text
    finally:
        cells.trivial = original


def test_what_is_not_a_timestamp_is_scanned() -> None:
    from privacy.cells import trivial

    for text in ["2023-01-01 00:00:44", "2024/3/9 8:30", "2023.10.26 12:00:00.123456"]:
        assert trivial(text), text
    for text in ["2023-01-01 00:00:44 13812345678", "出生日期1990-05-12", "2023-01/01 08:30",
                 "192.168.100.101", "2023-01-01 张三", "13812345678"]:
        assert not trivial(text), text
