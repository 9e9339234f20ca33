"""Traditional Chinese read as simplified, character for character, for detection only.

The recognizers, the name model and jieba's dictionary know simplified Chinese: in text
converted from Big5 (張偉, 申請人：陳美玲) they miss names and take unknown characters for
names (CLUENER's records written in traditional characters: 9.7 % of other characters masked
instead of 1.7 %). The screen therefore detects on a copy of the text in which every character
that is only traditional is replaced by its simplified form, one character for one, so that
every span found stands where it stood in the text itself; what is published is remediated from
the text as it was given.

The table is OpenCC's traditional-to-simplified characters (the TSCharacters dictionary shipped
with opencc-python-reimplemented, Apache-2.0), restricted to one character for one, from a
character outside GB 2312 (so simplified text, which GB 2312 spells, is never changed) to a
CJK character inside it. Text that holds such a character is traditional: there the few
traditional forms GB 2312 spells as well are converted too (於 → 于, 後 → 后).
"""

from __future__ import annotations

import importlib.util
import re
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from privacy.chinese import is_cjk


class Conversion(NamedTuple):
    """The table for str.translate and a pattern of the characters it converts; and the table
    for text that holds such a character, which converts the traditional forms GB 2312 spells
    too."""

    table: dict[int, str]
    converts: re.Pattern[str]
    in_traditional: dict[int, str]


# Characters GB 2312 spells that OpenCC maps to others, kept in traditional text too: 乾 (乾隆)
# and 甯 (a surname) name people there as well
_KEPT = frozenset("乾甯")


def _dictionary() -> Path:
    """OpenCC's TSCharacters.txt, found without importing the package."""
    spec = importlib.util.find_spec("opencc")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("opencc-python-reimplemented is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "dictionary" / "TSCharacters.txt"


def gb2312_spells(char: str) -> bool:
    """Whether GB 2312, the simplified character set, spells char."""
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


@lru_cache(maxsize=1)
def conversion() -> Conversion:
    """The traditional-to-simplified table (read once per process; call before forking)."""
    table: dict[int, str] = {}
    # In traditional text 於 is 于 and 後 is 后 (定於11月5日, 已於2025年, 隨後: masked as names'
    # characters, 於 being a surname), which simplified text spells 于 and 后 and GB 2312 spells
    # both ways (於 for the surname): converted only in text that is traditional.
    also: dict[int, str] = {}
    with open(_dictionary(), encoding="utf-8") as lines:
        for line in lines:
            source, _, targets = line.rstrip("\n").partition("\t")
            target = targets.split(" ")[0]
            if not (len(source) == 1 and len(target) == 1 and source != target
                    and is_cjk(source) and is_cjk(target) and gb2312_spells(target)):
                continue
            if not gb2312_spells(source):
                table[ord(source)] = target
            elif source not in _KEPT:
                also[ord(source)] = target
    characters = "".join(sorted(chr(code) for code in table))
    return Conversion(table, re.compile(f"[{re.escape(characters)}]"), {**table, **also})


def simplified(text: str) -> str:
    """text with its traditional-only characters in simplified form, and then its traditional
    forms GB 2312 spells too (same length, same offsets); text itself when it has none."""
    _, converts, in_traditional = conversion()
    if converts.search(text) is None:
        return text
    return text.translate(in_traditional)
