"""Pinyin for search: a title's syllables for the index, a typed word's syllables for a query.

A title 常住人口统计年报 is indexed as the syllables `chang zhu ren kou tong ji nian bao`. A query
word in Latin letters that splits wholly into pinyin syllables (`renkou`, `changzhu`, `xian`)
then matches that run of syllables as a phrase, however the user spaced it: `renkou` and
`ren kou` both find 人口. Tones are ignored, and ü is typed as v (`lvyou` finds 旅游), as on
every Chinese keyboard. pypinyin's dictionary loads on first use (under a second), never at
import time.
"""

from __future__ import annotations

import functools
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

    from pypinyin.core import Pinyin

# A word longer than this is not split (no Chinese title word has 12 syllables, and the
# number of ways to split grows with length).
MAX_WORD_CHARS = 40
# At most this many readings of one typed word are searched (xian: xian, xi an).
MAX_SPLITS = 4
_LONGEST_SYLLABLE = 6  # chuang, shuang, zhuang


# Words whose syllables a process remembers: titles share most of their words, and pypinyin
# costs ~5 µs a word to read.
WORD_CACHE_SIZE = 1 << 15


def title_syllables(text: str) -> str:
    """The pinyin syllables of the Chinese characters of text, space-separated, toneless."""
    if not any(_is_han(char) for char in text):
        return ""
    # pypinyin reads its own segmentation of a text one word at a time, each word on its own
    # (lazy_pinyin(text) is the readings of its words one after another), so a word's
    # readings can be remembered
    return " ".join(syllable for word in _reader().seg(text)
                    for syllable in _word_syllables(word))


def warm_pinyin() -> None:
    """Load pypinyin's dictionaries now rather than at the first title."""
    _reader()
    _word_syllables("中")


@functools.lru_cache(maxsize=1)
def _reader() -> Pinyin:
    """pypinyin's default reader (whose seg() splits a text into the words it reads)."""
    from pypinyin.core import Pinyin

    return Pinyin()


@functools.lru_cache(maxsize=WORD_CACHE_SIZE)
def _word_syllables(word: str) -> tuple[str, ...]:
    """The lower-cased toneless syllables of one of pypinyin's words (none for other text)."""
    from pypinyin import Style, lazy_pinyin

    readings = lazy_pinyin(word, style=Style.NORMAL, errors="ignore", v_to_u=False)
    return tuple(reading.lower() for reading in readings if reading.isalpha())


def syllable_splits(word: str) -> list[tuple[str, ...]]:
    """The readings of a typed Latin word as whole pinyin syllables, fewest syllables first.

    [] when the word is not pinyin (data, gdp) or too long; one reading of one syllable for a
    single syllable (ren).
    """
    word = word.lower()
    if not word.isascii() or not word.isalpha() or len(word) > MAX_WORD_CHARS:
        return []
    found = sorted(_splits(word, 0, _syllables()), key=len)
    return found[:MAX_SPLITS]


def _splits(word: str, start: int, syllables: frozenset[str]) -> Iterator[tuple[str, ...]]:
    """Every way to cut word[start:] into syllables (depth-first, longest syllable first)."""
    if start == len(word):
        yield ()
        return
    for end in range(min(len(word), start + _LONGEST_SYLLABLE), start, -1):
        piece = word[start:end]
        if piece in syllables:
            for rest in _splits(word, end, syllables):
                yield (piece, *rest)


@functools.lru_cache(maxsize=1)
def _syllables() -> frozenset[str]:
    """Every toneless syllable pypinyin's dictionary knows (ü as v)."""
    from pypinyin.pinyin_dict import pinyin_dict

    readings: set[str] = set()
    for value in pinyin_dict.values():
        readings.update(value.split(","))
    toneless = {_toneless(reading) for reading in readings}
    # Interjections without a vowel (嗯 n, 呣 m) would cut any word ending in n or m.
    return frozenset(syllable for syllable in toneless if set(syllable) & set("aeiouv"))


def _toneless(reading: str) -> str:
    """lǜ -> lv, zhōng -> zhong."""
    decomposed = unicodedata.normalize("NFD", reading).replace("u\u0308", "v")
    return "".join(char for char in decomposed if not unicodedata.combining(char)).lower()


def _is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf"
