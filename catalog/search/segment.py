"""Chinese/English word segmentation with jieba, shared by indexing and querying."""

from __future__ import annotations

import functools
import logging
import re
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import jieba

# Function words dropped from queries (never from indexed text) so "人口的统计" finds "人口统计".
QUERY_STOPWORDS = frozenset({"的", "地", "得", "了", "和", "与", "及", "或", "之", "等", "其"})


@functools.lru_cache(maxsize=1)
def _tokenizer() -> jieba.Tokenizer:
    """Load jieba's default dictionary once, on first use, with its log output silenced."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer


def warm_segmenter() -> None:
    """Load jieba's dictionary now rather than at the first segmentation."""
    _tokenizer()


# Runs of characters other than ASCII and the CJK unified ideographs. NFKC leaves those two as
# they are; they have combining class 0 and never end a composition, so NFKC never acts across
# the boundary before one, and of them only an ASCII letter starts a composition (e + U+0301
# is é). A text's NFKC is therefore each such run's, taken with the ASCII character before it.
_UNSTABLE = re.compile("([^\x00-\x7f\u4e00-\u9fff]+)")


def _normalize(text: str) -> str:
    """Fold full-width forms and compatibility characters (NFKC).

    unicodedata.normalize costs ~0.3 µs a character once a text holds one character it
    changes (a full-width comma does), so only the runs around such characters go through it.
    """
    if unicodedata.is_normalized("NFKC", text):
        return text
    parts = _UNSTABLE.split(text)  # stable, run, stable, run, ..., stable
    for index in range(1, len(parts), 2):
        before = parts[index - 1]
        if before and before[-1].isascii():
            parts[index - 1] = before[:-1]
            parts[index] = _normalized_run(before[-1] + parts[index])
        else:
            parts[index] = _normalized_run(parts[index])
    return "".join(parts)


@functools.lru_cache(maxsize=4096)
def _normalized_run(run: str) -> str:
    """NFKC of a run of _UNSTABLE (mostly one punctuation mark: ，（）。、)."""
    return unicodedata.normalize("NFKC", run)


def _keep(token: str) -> str:
    """Return the lower-cased token, or "" when it holds no letter or digit."""
    if token.isalnum():  # most tokens: nothing to strip, and a letter or digit
        lowered = token.lower()
        if lowered.isalnum():
            return lowered
    token = token.strip().lower()
    return token if any(char.isalnum() for char in token) else ""


# Distinct blocks of text (and queries) whose tokens a process remembers: catalog text repeats
# (publisher names, keywords, column names, boilerplate clauses), and jieba costs ~4 µs a
# character.
BLOCK_CACHE_SIZE = 1 << 16
QUERY_CACHE_SIZE = 4096


def tokens(text: str) -> list[str]:
    """Return the search tokens of text (jieba search mode, lower-cased, punctuation dropped)."""
    found = segment(text)
    return found.split(" ") if found else []  # a token holds no space


def segment(text: str) -> str:
    """Return text as space-separated search tokens, the form stored in and matched by FTS."""
    if not text:
        return ""
    return " ".join(filter(None, map(_block_words, _blocks().split(_normalize(text)))))


@functools.lru_cache(maxsize=1)
def _blocks() -> re.Pattern[str]:
    """jieba's own block pattern: jieba cuts each run of it (and each piece between two runs)
    on its own, so the tokens of a text are the tokens of its blocks, one after another."""
    import jieba

    return jieba.re_han_default


@functools.lru_cache(maxsize=BLOCK_CACHE_SIZE)
def _block_words(block: str) -> str:
    """The kept tokens of one block of normalised text, space-separated."""
    kept = (_keep(token) for token in _tokenizer().cut_for_search(block))
    return " ".join(token for token in kept if token)


def inner_words(text: str) -> str:
    """The dictionary words inside text that its search tokens leave out, space-separated:
    jieba cuts 老年人口 into 老年, 老年人 and 口, and 人口 is found here (an index keeps them
    apart, at a low weight: a word of a text ranks above a word inside one of its words)."""
    if not text:
        return ""
    return " ".join(filter(None, map(_block_inner_words, _blocks().split(_normalize(text)))))


@functools.lru_cache(maxsize=BLOCK_CACHE_SIZE)
def _block_inner_words(block: str) -> str:
    """The dictionary words of two or more characters in a block (jieba's DAG of it: every
    word of its dictionary that the block holds) that are not its tokens."""
    if len(block) < 3:
        return ""  # a word of two characters is the block's token itself
    tokenizer = _tokenizer()
    found = set(_block_words(block).split(" "))
    inner = []
    for start, ends in tokenizer.get_DAG(block).items():
        for end in ends:
            word = _keep(block[start:end + 1]) if end > start else ""
            if word and word not in found:
                found.add(word)
                inner.append(word)
    return " ".join(inner)


def query_words(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """Split a query into (word, sub-pieces): precise-mode words, their search-mode parts."""
    return list(_query_words(text))


@functools.lru_cache(maxsize=QUERY_CACHE_SIZE)
def _query_words(text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    words = [_keep(word) for word in _tokenizer().lcut(_normalize(text))]
    words = list(dict.fromkeys(word for word in words if word))
    meaningful = [word for word in words if word not in QUERY_STOPWORDS]
    result = []
    for word in meaningful or words:
        pieces = tuple(dict.fromkeys(piece for piece in tokens(word) if piece != word))
        result.append((word, pieces))
    return tuple(result)
