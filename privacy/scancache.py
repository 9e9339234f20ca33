"""A bounded cache of cell scan results, kept as small tuples rather than Presidio objects."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from privacy.cells import Hit

CELL_CACHE = 65536  # distinct cells remembered per process


def cached_scan(hits: Callable[[str], tuple[Hit, ...]],
                size: int = CELL_CACHE) -> Callable[[str], tuple[Hit, ...]]:
    """hits() (CellScanner.hits) behind an LRU cache."""
    # A RecognizerResult with its explanation and metadata weighs about a kilobyte; a Hit a
    # tenth of that, and cells without findings (most of them) share one empty tuple. In
    # worker processes every byte of the cache is private memory.
    return lru_cache(maxsize=size)(hits)
