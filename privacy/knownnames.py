"""Per-table evidence: a value of a table's name column is a name wherever it occurs there.

Except a name that is also an ordinary word (高峰, 陆军: privacy.chinese.WORDS_TAGGED_AS_NAMES):
that is a name in a cell only where the screen's own detection finds a person there too, or a
role word stands before it or a title after it (驾驶员高峰, 申请人陆军, 高峰先生); not in
高峰时段 or 陆军部队.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence

from privacy.cells import Hit
from privacy.chinese import WORDS_TAGGED_AS_NAMES, is_cjk
from privacy.recognizers.cues import ROLES, TITLES
from privacy.spans import resolve_overlaps

KNOWN_SCORE = 0.95  # as sure as the column that names the person
_ROLES = tuple(ROLES)
_TITLES = tuple(TITLES)
MAX_NAMES = 10_000  # distinct names of a table's name columns that are looked for elsewhere


class KnownNames:
    """Finds the names of a table's name columns inside its free-text cells."""

    def __init__(self, names: Iterable[str]) -> None:
        chosen = sorted({n for n in names if len(n) >= 2 and all(map(is_cjk, n))},
                        key=lambda n: (-len(n), n))[:MAX_NAMES]
        # Each name's first character is looked for at C speed, then only the names starting
        # with it are tried there, longest first (欧阳娜娜 before 欧阳娜): one alternation of
        # thousands of names would try every first character's branch at each position.
        rests: dict[str, list[str]] = {}
        for name in chosen:
            rests.setdefault(name[0], []).append(re.escape(name[1:]))
        self._first = (re.compile("[" + "".join(map(re.escape, rests)) + "]")
                       if rests else None)
        self._rests = {first: re.compile("|".join(words)) for first, words in rests.items()}
        self.words = frozenset(n for n in chosen if n in WORDS_TAGGED_AS_NAMES)

    def __bool__(self) -> bool:
        return self._first is not None

    def spans(self, text: str) -> Iterator[tuple[int, int]]:
        """Where the known names are in text, left to right, not overlapping."""
        if self._first is None:
            return
        search, rests, at = self._first.search, self._rests, 0
        while (first := search(text, at)) is not None:
            start = first.start()
            rest = rests[text[start]].match(text, start + 1)
            if rest is None:
                at = start + 1
                continue
            yield start, rest.end()
            at = rest.end()

    def hits(self, text: str, found: Sequence[Hit] = ()) -> list[Hit]:
        """The known names in text, as PERSON hits (found: what the screen found there; a name
        that is also an ordinary word needs a person overlapping it, or a role word or title
        beside it)."""
        out = []
        for start, end in self.spans(text):
            if text[start:end] in self.words and not (
                    text.endswith(_ROLES, 0, start) or text.startswith(_TITLES, end)
                    or any(h.entity_type == "PERSON" and h.start < end and start < h.end
                           for h in found)):
                continue
            out.append(Hit("PERSON", start, end, KNOWN_SCORE))
        return out

    def adding_to(self, scan: Callable[[str], Sequence[Hit]]) -> Callable[[str], Sequence[Hit]]:
        """scan, with the known names of its text among its hits (for cached_scan)."""
        if not self:
            return scan

        def with_known(text: str) -> Sequence[Hit]:
            found = scan(text)
            known = self.hits(text, found)
            return tuple(resolve_overlaps([*found, *known])) if known else found

        return with_known
