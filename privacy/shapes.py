"""The shapes of a masked column's values, and the pattern (Table Schema) they all match.

A column masked as a whole publishes values such as 110101********123X: its published Table
Schema says so with a pattern constraint, built from what the masks actually gave (so it is
true of every value, whatever the source held): ASCII digits, ASCII letters and CJK ideographs
become classes, separators and "*" stay literal. The schema is public even where the file is
not (a conditional dataset), so a pattern never holds a value's letter, digit or ideograph: a
column whose masks keep any other letter, or take too many shapes, gets no pattern.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

MAX_SHAPES = 8  # distinct shapes a pattern may list; beyond that the column has none
_CJK = (0x4E00, 0x9FFF)  # CJK Unified Ideographs
# digits → "9", letters → "A", ideographs → "一" (each a class, never a literal, in a shape)
SHAPE_TABLE = {
    **str.maketrans("0123456789" + "abcdefghijklmnopqrstuvwxyz" "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                    "9" * 10 + "A" * 52),
    **dict.fromkeys(range(_CJK[0], _CJK[1] + 1), _CJK[0]),
}
_CLASSES = {"9": "[0-9]", "A": "[A-Za-z]", chr(_CJK[0]): f"[{chr(_CJK[0])}-{chr(_CJK[1])}]"}
# characters with a meaning in XML Schema and Python regular expressions; "$" has one in
# Python only, where XML Schema has no escape for it: it goes in brackets
_ESCAPED = frozenset("\\|.-^?*+{}()[]")
_CONTROL = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


_ASCII_TABLE = bytes.maketrans(b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
                               b"9" * 10 + b"A" * 52)


def shape(value: str) -> str | bytes:
    """The value with its ASCII digits as 9, ASCII letters as A and ideographs as 一 (bytes
    when it is ASCII: three times faster, for it runs on every masked cell)."""
    if value.isascii():
        return value.encode("ascii").translate(_ASCII_TABLE)
    return value.translate(SHAPE_TABLE)


def add_shapes(into: set[str | bytes], shapes: Iterable[str | bytes]) -> None:
    """Merge shapes (of another chunk) into a column's set, bounded as one pass is."""
    for one in shapes:
        if len(into) > MAX_SHAPES:
            return
        into.add(one)


def shape_pattern(found: set[str | bytes]) -> str | None:
    """A regular expression (XML Schema and Python alike) every value of these shapes matches,
    or None when there are none or too many."""
    if not found or len(found) > MAX_SHAPES:
        return None
    shapes = {one.decode("ascii") if isinstance(one, bytes) else one for one in found}
    if any(char.isalnum() and char not in _CLASSES for one in shapes for char in one):
        return None  # a letter of a value (É, ａ) would be published in the schema
    parts = sorted(_pattern(one) for one in shapes)
    return parts[0] if len(parts) == 1 else "(" + "|".join(parts) + ")"


def _pattern(one: str) -> str:
    out = []
    for char, run in itertools.groupby(one):
        count = len(list(run))
        if char in _CLASSES:
            atom = _CLASSES[char]
        elif char in _ESCAPED:
            atom = "\\" + char
        elif char in _CONTROL:
            atom = _CONTROL[char]
        elif char == "$":
            atom = "[$]"
        else:
            atom = char
        out.append(atom if count == 1 else f"{atom}{{{count}}}")
    return "".join(out)
