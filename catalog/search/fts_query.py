"""Turn free user text into an FTS5 MATCH expression that can never be a syntax error."""

from __future__ import annotations

from catalog.search.pinyin import syllable_splits
from catalog.search.schema import PINYIN_COLUMN
from catalog.search.segment import query_words
from catalog.search.synonyms import Synonyms, query_groups

MAX_QUERY_CHARS = 500
MAX_QUERY_WORDS = 32


def quote(token: str) -> str:
    """Quote a token as an FTS5 string so operators and punctuation in it are literal."""
    return '"' + token.replace('"', '""') + '"'


def _word_expression(word: str, pieces: tuple[str, ...]) -> str:
    """Match the word itself, all of its sub-pieces when the index segmented it finer, or its
    pinyin syllables in a row in a title (renkou: 人口)."""
    options = [quote(word)]
    if pieces:
        options.append("(" + " AND ".join(quote(piece) for piece in pieces) + ")")
    options.extend(f"{PINYIN_COLUMN} : {quote(' '.join(syllables))}"
                   for syllables in pinyin_phrases(word))
    return options[0] if len(options) == 1 else "(" + " OR ".join(options) + ")"


def pinyin_phrases(word: str) -> list[tuple[str, ...]]:
    """The word's readings as two or more pinyin syllables (one syllable matches as a word)."""
    return [syllables for syllables in syllable_splits(word) if len(syllables) > 1]


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
