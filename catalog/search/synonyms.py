"""Synonyms of a search: terms that find each other (低保 finds 最低生活保障), applied to a
query's words the same way by every backend."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from catalog.search.segment import query_words

BUNDLED = Path(__file__).with_name("data") / "synonyms.txt"
LONGEST_TERM_WORDS = 4  # a term a query may split into this many words at most

Word = tuple[str, tuple[str, ...]]  # a query word and its finer pieces (segment.query_words)
# A query: every group must match; a group matches when one of its alternatives does, and an
# alternative when all of its words do
QueryGroups = list[list[list[Word]]]


class Synonyms:
    """Groups of equivalent terms, compared case-insensitively."""

    def __init__(self, groups: Iterable[Iterable[str]] = ()) -> None:
        self._group_of: dict[str, tuple[str, ...]] = {}
        for group in groups:
            terms = tuple(dict.fromkeys(t.strip() for t in group if t.strip()))
            if len(terms) > 1:
                for term in terms:
                    self._group_of[term.casefold()] = terms

    @classmethod
    def from_file(cls, path: Path | None = None) -> Synonyms:
        """The groups of a file (one per line, comma-separated; # starts a comment); the
        bundled list when path is None."""
        lines = (path or BUNDLED).read_text(encoding="utf-8").splitlines()
        return cls(line.replace("，", ",").split(",") for line in lines
                   if line.strip() and not line.lstrip().startswith("#"))

    def __len__(self) -> int:
        return len({group for group in self._group_of.values()})

    def alternatives(self, term: str) -> tuple[str, ...]:
        """The term's group (the term itself first), or the term alone."""
        group = self._group_of.get(term.casefold())
        if group is None:
            return (term,)
        return (term, *(t for t in group if t.casefold() != term.casefold()))

    def knows(self, term: str) -> bool:
        return term.casefold() in self._group_of


def query_groups(words: list[Word], synonyms: Synonyms | None) -> QueryGroups:
    """A query's words as groups: a word (or a run of words) that is a synonym term becomes
    a group of that term's alternatives, each segmented as a query is."""
    groups: QueryGroups = []
    position = 0
    while position < len(words):
        found = None
        if synonyms is not None and len(synonyms):
            for end in range(min(len(words), position + LONGEST_TERM_WORDS), position, -1):
                term = "".join(word for word, _ in words[position:end])
                if synonyms.knows(term):
                    found = (term, end)
                    break
        if found is None:
            groups.append([[words[position]]])
            position += 1
            continue
        term, position = found
        alternatives = [query_words(alternative) or [(alternative, ())]
                        for alternative in synonyms.alternatives(term)]  # type: ignore[union-attr]
        groups.append(alternatives)
    return groups
