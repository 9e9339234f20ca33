"""Per-table evidence: a value of a table's name column is a name wherever it occurs there."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from privacy.cells import Hit
from privacy.chinese import alternatives, is_cjk
from privacy.spans import resolve_overlaps

KNOWN_SCORE = 0.95  # as sure as the column that names the person
MAX_NAMES = 10_000  # distinct names of a table's name columns that are looked for elsewhere


class KnownNames:
    """Finds the names of a table's name columns inside its free-text cells."""

    def __init__(self, names: Iterable[str]) -> None:
        chosen = sorted({n for n in names if len(n) >= 2 and all(map(is_cjk, n))},
                        key=lambda n: (-len(n), n))[:MAX_NAMES]
        # longest first (欧阳娜娜 before 欧阳娜), grouped by first character: positions where
        # no name starts are skipped at C speed
        self.pattern = re.compile(alternatives(chosen)) if chosen else None

    def __bool__(self) -> bool:
        return self.pattern is not None

    def hits(self, text: str) -> list[Hit]:
        """The known names in text, as PERSON hits."""
        if self.pattern is None:
            return []
        return [Hit("PERSON", m.start(), m.end(), KNOWN_SCORE) for m in self.pattern.finditer(text)]

    def adding_to(self, scan: Callable[[str], Sequence[Hit]]) -> Callable[[str], Sequence[Hit]]:
        """scan, with the known names of its text among its hits (for cached_scan)."""
        if self.pattern is None:
            return scan
        search = self.pattern.search

        def with_known(text: str) -> Sequence[Hit]:
            found = scan(text)
            if search(text) is None:
                return found
            return tuple(resolve_overlaps([*found, *self.hits(text)]))

        return with_known
