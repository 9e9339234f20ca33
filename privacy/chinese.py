"""Lazy, cached access to jieba (word segmentation and its dictionary)."""

from __future__ import annotations

import logging
import re
from functools import lru_cache

import jieba

CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def is_cjk(char: str) -> bool:
    """Return True when char (or the first character of a string) is a CJK ideograph."""
    # The ranges of CJK, compared directly: cheaper than a regex call for one character.
    c = char[:1]
    return "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf" or "\uf900" <= c <= "\ufaff"


@lru_cache(maxsize=1)
def segmenter() -> jieba.Tokenizer:
    """jieba's default tokenizer, initialized (shared with spaCy's zh jieba segmenter)."""
    jieba.setLogLevel(logging.WARNING)
    jieba.dt.initialize()
    return jieba.dt


@lru_cache(maxsize=1)
def word_tags() -> dict[str, str]:
    """jieba's dictionary part-of-speech tags (word -> tag, e.g. "nr" for person names)."""
    segmenter()
    import jieba.posseg  # imported here: importing it reads the whole dictionary

    return jieba.posseg.dt.word_tag_tab


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """Segment text into (word, start, end) tokens with jieba (HMM on, like spaCy's zh)."""
    return list(segmenter().tokenize(text, HMM=True))


def dictionary() -> dict[str, int]:
    """jieba's dictionary: word -> frequency (0 for prefixes of longer words)."""
    return segmenter().FREQ


def alternatives(words: list[str]) -> str:
    """A regex alternation of words, grouped by first character (same matches, in order)."""
    # Python's re tries a wide alternation's branches one by one, even where no word starts:
    # a lookahead on the first characters skips those positions at once. Grouped under their
    # first character, the branches that can match at a position are tried in the same
    # relative order as in words (no other can match there), so matches are unchanged.
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    firsts = "".join(re.escape(first) for first in groups)
    return f"(?=[{firsts}])(?:" + "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})"
                                          for first, rests in groups.items()) + ")"
