"""Choosing non-overlapping detections and applying masks to text spans."""

from __future__ import annotations

from collections.abc import Iterable
from copy import copy
from operator import attrgetter
from typing import Protocol

from presidio_analyzer import RecognizerResult

from privacy.masking import mask_value

_start = attrgetter("start")


class Spanned(Protocol):
    """What the screen reads of a detection: a RecognizerResult, a Hit or a Found tuple."""

    entity_type: str
    start: int
    end: int
    score: float


def resolve_overlaps(results: Iterable[RecognizerResult]) -> list[RecognizerResult]:
    """Keep non-overlapping results: longer spans first, then higher scores, then earlier."""
    # Keep non-overlapping results, preferring longer spans (so an address or card swallows a
    # name or phone inside it), then higher scores, then earlier ones; sorted by start. Only
    # start, end, score and entity_type are read (CellScanner passes Found tuples too).
    results = list(results)
    if len(results) < 2:
        return results
    by_start = sorted(results, key=_start)
    if _disjoint(by_start):
        return by_start  # the usual case: all of them are kept
    ranked = sorted(results, key=lambda r: (-(r.end - r.start), -r.score, r.start, r.entity_type))
    kept: list[RecognizerResult] = []
    for result in ranked:
        overlapping = [k for k in kept if k.start < result.end and result.start < k.end]
        if not overlapping:
            kept.append(result)
            continue
        # What sticks out of the spans kept is masked as what it was found to be: an address
        # that runs on from a name (赵向阳户分得5幢301室, the address from 阳) would publish the
        # rest of it (赵向) otherwise.
        start = max([result.start, *(k.end for k in overlapping if k.start <= result.start)])
        end = min([result.end, *(k.start for k in overlapping if k.end >= result.end)])
        if start < end and not any(k.start < end and start < k.end for k in overlapping):
            kept.append(_spanning(result, start, end))
    return sorted(kept, key=lambda r: r.start)


def _spanning(result: Spanned, start: int, end: int) -> Spanned:
    """A copy of result from start to end (a RecognizerResult, or a Hit or Found tuple)."""
    if isinstance(result, tuple):
        return result._replace(start=start, end=end)
    trimmed = copy(result)
    trimmed.start, trimmed.end = start, end
    return trimmed


def _disjoint(by_start: list[RecognizerResult]) -> bool:
    """Whether results sorted by start have distinct starts and no two of them overlap."""
    last_start = last_end = -1
    for result in by_start:
        start = result.start
        if start <= last_start or start < last_end or result.end < start:
            return False
        last_start, last_end = start, result.end
    return True


def mask_spans(text: str, results: list[RecognizerResult]) -> str:
    """Return text with each (non-overlapping, sorted) result's span masked in place."""
    if not results:
        return text
    out, pos = [], 0
    for result in results:
        out.append(text[pos : result.start])
        out.append(mask_value(result.entity_type, text[result.start : result.end]))
        pos = result.end
    out.append(text[pos:])
    return "".join(out)
