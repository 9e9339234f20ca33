"""Chinese/English word segmentation with jieba, shared by indexing and querying."""

from __future__ import annotations

import functools
import logging
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


def _normalize(text: str) -> str:
    """Fold full-width forms and compatibility characters (NFKC)."""
    return unicodedata.normalize("NFKC", text)


def _keep(token: str) -> str:
    """Return the lower-cased token, or "" when it holds no letter or digit."""
    token = token.strip().lower()
    return token if any(char.isalnum() for char in token) else ""


def tokens(text: str) -> list[str]:
    """Return the search tokens of text (jieba search mode, lower-cased, punctuation dropped)."""
    if not text:
        return []
    kept = (_keep(token) for token in _tokenizer().cut_for_search(_normalize(text)))
    return [token for token in kept if token]


def segment(text: str) -> str:
    """Return text as space-separated search tokens, the form stored in and matched by FTS."""
    return " ".join(tokens(text))


def query_words(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """Split a query into (word, sub-pieces): precise-mode words, their search-mode parts."""
    words = [_keep(word) for word in _tokenizer().lcut(_normalize(text))]
    words = list(dict.fromkeys(word for word in words if word))
    meaningful = [word for word in words if word not in QUERY_STOPWORDS]
    result = []
    for word in meaningful or words:
        pieces = tuple(dict.fromkeys(piece for piece in tokens(word) if piece != word))
        result.append((word, pieces))
    return result
