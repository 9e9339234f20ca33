"""A bounded cache of cell scan results, kept as small tuples rather than Presidio objects."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

from presidio_analyzer import RecognizerResult

CELL_CACHE = 65536  # distinct cells remembered per process


class Hit(NamedTuple):
    """What remediation and findings read of a RecognizerResult (same attribute names)."""

    entity_type: str
    start: int
    end: int
    score: float


_NONE: tuple[Hit, ...] = ()


def cached_scan(scan: Callable[[str], list[RecognizerResult]],
                size: int = CELL_CACHE) -> Callable[[str], tuple[Hit, ...]]:
    """scan() behind an LRU cache of its results as Hit tuples."""
    # A RecognizerResult with its explanation and metadata weighs about a kilobyte; a Hit a
    # tenth of that, and cells without findings (most of them) share one empty tuple. In
    # worker processes every byte of the cache is private memory.

    @lru_cache(maxsize=size)
    def cached(text: str) -> tuple[Hit, ...]:
        results = scan(text)
        if not results:
            return _NONE
        return tuple(Hit(r.entity_type, r.start, r.end, r.score) for r in results)

    return cached
