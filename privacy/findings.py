"""Findings: what was found where, aggregated, never holding the personal values."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field

from privacy.allowlist import TERM_ENTITIES

MAX_OFFSETS = 20
MAX_TERMS = 50  # digests of distinct terms kept per finding (for "not personal" in review)


@dataclass(frozen=True)
class Finding:
    """One aggregated finding for a (field, entity, scope); holds no personal value."""

    entity: str
    field: str
    scope: str
    count: int
    offsets: tuple[tuple[int, int, int], ...]
    confidence: float
    action: str
    needs_review: bool
    note: str = ""
    # Keyed digests of the distinct terms found (names, addresses), so that a reviewer can
    # declare them not personal without any of them being kept (privacy.allowlist).
    terms: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        """JSON-able representation (without the term digests)."""
        data = asdict(self)
        data["offsets"] = [list(o) for o in self.offsets]
        del data["terms"]
        return data


@dataclass
class _Tally:
    """Running aggregate for one (field, entity, scope)."""

    count: int = 0
    offsets: list[tuple[int, int, int]] = field(default_factory=list)
    confidence: float = 1.0
    note: str = ""
    action: str | None = None
    review: bool = False
    terms: dict[str, None] = field(default_factory=dict)  # digests, in first-seen order


class FindingCollector:
    """Aggregates occurrences into one Finding per (field, entity, scope), in first-seen order.

    With digest (a keyed hash of a term), the digests of the distinct names and addresses
    found are kept too, at most MAX_TERMS per finding.
    """

    def __init__(self, review_threshold: float, action: str = "mask",
                 digest: Callable[[str], str] | None = None) -> None:
        self.review_threshold = review_threshold
        self.action = action
        self.digest = digest
        self._tallies: dict[tuple[str, str, str], _Tally] = {}

    def add(self, field_name: str, entity: str, scope: str, row: int, start: int, end: int,
            score: float, action: str | None = None, term: str | None = None) -> None:
        """Record one occurrence (row is 1-based, 0 for text); action overrides the default;
        term is the text found (only its digest is kept)."""
        key = (field_name, entity, scope)
        tally = self._tallies.get(key)
        if tally is None:  # (setdefault would build a _Tally on every call)
            tally = self._tallies[key] = _Tally(action=action)
        tally.count += 1
        if len(tally.offsets) < MAX_OFFSETS:
            tally.offsets.append((row, start, end))
        if score < tally.confidence:
            tally.confidence = score
        if (term is not None and self.digest is not None and entity in TERM_ENTITIES
                and len(tally.terms) < MAX_TERMS):
            tally.terms[self.digest(term)] = None

    def add_many(self, field_name: str, entity: str, scope: str, count: int,
                 offsets: list[tuple[int, int, int]], score: float, *,
                 action: str | None = None, review: bool = False, note: str = "") -> None:
        """Record count occurrences at once (offsets: the first ones seen); review forces it."""
        if not count:
            return
        tally = self._tallies.setdefault((field_name, entity, scope), _Tally(action=action))
        tally.review = tally.review or review
        tally.note = note or tally.note
        tally.count += count
        tally.offsets.extend(offsets[: MAX_OFFSETS - len(tally.offsets)])
        tally.confidence = min(tally.confidence, score)

    def merge(self, other: FindingCollector) -> None:
        """Add another collector's occurrences, seen after this one's (table order)."""
        for (field_name, entity, scope), theirs in other._tallies.items():
            self.add_many(field_name, entity, scope, theirs.count, theirs.offsets,
                          theirs.confidence, action=theirs.action, review=theirs.review,
                          note=theirs.note)
            mine = self._tallies.get((field_name, entity, scope))
            terms = mine.terms if mine is not None else {}
            for digest in theirs.terms:
                if len(terms) >= MAX_TERMS:
                    break
                terms[digest] = None

    def findings(self) -> list[Finding]:
        """The aggregated findings."""
        return [
            Finding(
                entity=entity,
                field=field_name,
                scope=scope,
                count=t.count,
                offsets=tuple(t.offsets),
                confidence=round(t.confidence, 4),
                action=t.action or self.action,
                needs_review=t.review or t.confidence < self.review_threshold,
                note=t.note,
                terms=tuple(t.terms),
            )
            for (field_name, entity, scope), t in self._tallies.items()
        ]


def decide(findings: list[Finding]) -> str:
    """"block" if any finding is blocked, "review" if any needs review, else "publish"."""
    if any(f.action == "block" for f in findings):
        return "block"
    if any(f.needs_review for f in findings):
        return "review"
    return "publish"
