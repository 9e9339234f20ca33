"""Turn free user text into an FTS5 MATCH expression that can never be a syntax error."""

from __future__ import annotations

from catalog.search.segment import query_words
from catalog.search.synonyms import Synonyms, query_groups

MAX_QUERY_CHARS = 500
MAX_QUERY_WORDS = 32


def quote(token: str) -> str:
    """Quote a token as an FTS5 string so operators and punctuation in it are literal."""
    return '"' + token.replace('"', '""') + '"'


def _word_expression(word: str, pieces: tuple[str, ...]) -> str:
    """Match the word itself, or all of its sub-pieces when the index segmented it finer."""
    if not pieces:
        return quote(word)
    parts = " AND ".join(quote(piece) for piece in pieces)
    return f"({quote(word)} OR ({parts}))"


def match_expression(q: str, synonyms: Synonyms | None = None,
                     prefix: bool = False) -> str | None:
    """Return the MATCH expression ANDing every query word (a synonym term: any of its
    group), or None when q has no words. prefix: the last word also matches the words it
    starts."""
    words = query_words(q[:MAX_QUERY_CHARS])[:MAX_QUERY_WORDS]
    if not words:
        return None
    last = words.pop() if prefix else None
    expressions = [_group_expression(group) for group in query_groups(words, synonyms)]
    if last is not None:
        expressions.append(f"({_word_expression(*last)} OR {quote(last[0])}*)")
    return " AND ".join(expressions)


def _group_expression(alternatives: list[list[tuple[str, tuple[str, ...]]]]) -> str:
    """Any of the alternatives, each all of its words."""
    options = [" AND ".join(_word_expression(word, pieces) for word, pieces in alternative)
               for alternative in alternatives]
    if len(options) == 1:
        return options[0]
    return "(" + " OR ".join(f"({option})" for option in options) + ")"
