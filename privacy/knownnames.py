"""Per-table evidence: a value of a table's name column is a name wherever it occurs there.

Except a name that is also an ordinary word (高峰, 陆军: privacy.chinese.WORDS_TAGGED_AS_NAMES):
that is a name in a cell only where the screen's own detection finds a person there too, or a
role word stands before it or a title after it (驾驶员高峰, 申请人陆军, 高峰先生); not in
高峰时段 or 陆军部队.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from privacy.cells import Hit
from privacy.chinese import WORDS_TAGGED_AS_NAMES, alternatives, is_cjk
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
        # longest first (欧阳娜娜 before 欧阳娜), grouped by first character: positions where
        # no name starts are skipped at C speed
        self.pattern = re.compile(alternatives(chosen)) if chosen else None
        self.words = frozenset(n for n in chosen if n in WORDS_TAGGED_AS_NAMES)

    def __bool__(self) -> bool:
        return self.pattern is not None

    def hits(self, text: str, found: Sequence[Hit] = ()) -> list[Hit]:
        """The known names in text, as PERSON hits (found: what the screen found there; a name
        that is also an ordinary word needs a person overlapping it, or a role word or title
        beside it)."""
        if self.pattern is None:
            return []
        out = []
        for match in self.pattern.finditer(text):
            start, end = match.span()
            if match.group() in self.words and not (
                    text.endswith(_ROLES, 0, start) or text.startswith(_TITLES, end)
                    or any(h.entity_type == "PERSON" and h.start < end and start < h.end
                           for h in found)):
                continue
            out.append(Hit("PERSON", start, end, KNOWN_SCORE))
        return out

    def adding_to(self, scan: Callable[[str], Sequence[Hit]]) -> Callable[[str], Sequence[Hit]]:
        """scan, with the known names of its text among its hits (for cached_scan)."""
        if self.pattern is None:
            return scan
        search = self.pattern.search

        def with_known(text: str) -> Sequence[Hit]:
            found = scan(text)
            if search(text) is None:
                return found
            return tuple(resolve_overlaps([*found, *self.hits(text, found)]))

        return with_known
