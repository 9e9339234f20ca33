"""The pre-filters' features of a text (privacy/_hints.c) against their definition in Python."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from privacy.recognizers.base import CellHints, cell_hints

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def defined(text: str) -> CellHints:
    """What cell_hints() means: ASCII digits, a CJK ideograph, "@", an ASCII letter, "." and ":"."""
    return CellHints(
        digits=sum(c in "0123456789" for c in text),
        cjk=_CJK.search(text) is not None,
        at="@" in text,
        alpha=any("a" <= c <= "z" or "A" <= c <= "Z" for c in text),
        dots=text.count("."),
        colons=text.count(":"),
    )


CASES = [
    "", "0", "13812345678", "110101199003077777", "GD2023010100001", "2023-01-01 08:30:00",
    "张三", "来电人张三反映，电话138 1234 5678。", "a@b.cn", "192.168.0.1", "fe80::1", "@昵称",
    "１２３", "٣٤٥", "ǅ", "Ａ", "㐀䶿一鿿豈﫿", "\u33ff\u4dc0\ufb00", "[`@{", "ÀÉ", "😀张",
    "\ud800",
]


def test_known_texts() -> None:
    for text in CASES:
        assert cell_hints(text) == defined(text), text
        assert type(cell_hints(text)) is CellHints


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec=None, min_codepoint=0, max_codepoint=0x10FFFF)))
def test_any_text(text: str) -> None:
    assert cell_hints(text) == defined(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789.:@aZ 张豈\u3400\u4dbf\u4dc0\u9fff\ua000\ufaff\ufb00-"))
def test_texts_near_the_edges(text: str) -> None:
    assert cell_hints(text) == defined(text)
