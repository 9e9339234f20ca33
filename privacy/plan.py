"""Planning a table's remediation: one action per column, and the findings it will carry."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from privacy.columns import ColumnProfile
from privacy.headers import names_things
from privacy.knownnames import KnownNames
from privacy.policy import Policy
from privacy.remediation import NUMERIC_GENERALIZERS, Remedy
from privacy.risk import quasi_identifier_kind
from privacy.sensitive import SensitiveHit

# Quasi-identifier columns a policy may name as entities (left alone unless it does).
QUASI_ENTITIES = {"age": "AGE", "birth_year": "DATE_OF_BIRTH"}
MINOR = "SENSITIVE_MINOR"


@dataclass(frozen=True)
class Label:
    """One column finding to record: entity, the action taken, confidence, note, review."""

    entity: str
    action: str
    confidence: float
    note: str = ""
    review: bool = False


@dataclass(frozen=True)
class ColumnPlan:
    """How one column is published: whole-column entity and action, or cells scanned."""

    name: str
    entity: str | None = None      # remediates every cell; None: cells are scanned
    action: str | None = None      # mask | pseudonymize | generalize | drop
    labels: tuple[Label, ...] = ()
    things: bool = False           # its header says it names places or organisations

    @property
    def kind(self) -> str:
        """keep, text or number: see TablePlan.output_kinds."""
        if not self.entity:
            return "keep"
        if self.action == "generalize" and self.entity in NUMERIC_GENERALIZERS:
            return "number"
        return "text"


@dataclass(frozen=True)
class TablePlan:
    """The column plans of one table and the remedy (policy + pseudonymizer) they use."""

    columns: tuple[ColumnPlan, ...]
    remedy: Remedy = field(default_factory=Remedy, repr=False)
    known: KnownNames | None = field(default=None, repr=False)  # the name columns' values

    @property
    def keep(self) -> tuple[int, ...] | None:
        """Indexes of the published columns, or None when none is dropped."""
        kept = tuple(i for i, c in enumerate(self.columns) if c.action != "drop")
        return None if len(kept) == len(self.columns) else kept

    def output_header(self, header: Sequence[str]) -> list[str]:
        """The header as published (dropped columns removed)."""
        keep = self.keep
        return list(header) if keep is None else [header[i] for i in keep]

    def output_kinds(self) -> list[str]:
        """What each published column's values become (privacy.output's Kind): "keep" (the
        source's values, but what a cell's scan remediated), "text" (remediated as a whole),
        "number" (generalised numbers)."""
        kinds = [column.kind for column in self.columns]
        keep = self.keep
        return kinds if keep is None else [kinds[i] for i in keep]


def plan_column(profile: ColumnProfile, hits: Sequence[SensitiveHit], source_header: str,
                policy: Policy) -> ColumnPlan:
    """One column's plan; the first candidate entity decides how its values are remediated."""
    # Order: the column's own entity (its masking convention already hides the value), the
    # sensitive categories of its content (*** by default), an AGE/DATE_OF_BIRTH action the
    # policy names, then SENSITIVE_MINOR (it says who the rows are about, not what the column
    # holds, so a named AGE/DATE_OF_BIRTH action such as generalize takes precedence). Any
    # "drop" among them drops the column; "block" masks and blocks.
    candidates: list[Label] = []
    if profile.entity:
        candidates.append(Label(profile.entity, policy.action(profile.entity),
                                profile.confidence, profile.note))
    minors = [h for h in hits if h.entity == MINOR]
    for hit in [h for h in hits if h.entity != MINOR]:
        candidates.append(Label(hit.entity, policy.action(hit.entity), hit.confidence,
                                hit.note, policy.review_sensitive))
    quasi = QUASI_ENTITIES.get(quasi_identifier_kind(source_header) or "")
    if not candidates and quasi and policy.explicit(quasi):
        candidates.append(Label(quasi, policy.action(quasi), 1.0, "quasi-identifier column"))
    for hit in minors:
        candidates.append(Label(hit.entity, policy.action(hit.entity), hit.confidence,
                                hit.note, policy.review_sensitive))
    if not candidates:
        return ColumnPlan(profile.name, things=names_things(source_header))
    actions = [c.action for c in candidates]
    applied = "drop" if "drop" in actions else actions[0]
    applied = "mask" if applied == "block" else applied
    # A dropped column publishes nothing of what it holds: its sensitive categories need no
    # review. SENSITIVE_MINOR is about whom the rows describe, which dropping does not change.
    labels = tuple(
        Label(c.entity, "block" if c.action == "block" else applied, c.confidence, c.note,
              c.review and (applied != "drop" or c.entity == MINOR))
        for c in candidates
    )
    return ColumnPlan(profile.name, candidates[0].entity, applied, labels)


def plan_table(columns: Sequence[ColumnProfile], hits: Sequence[Sequence[SensitiveHit]],
               source_header: Sequence[str], remedy: Remedy,
               known: KnownNames | None = None) -> TablePlan:
    """The plan of every column (columns beyond the source header have no header); known
    holds the values of its name columns, looked for in the cells that are scanned."""
    headers = list(source_header) + [""] * (len(columns) - len(source_header))
    return TablePlan(
        tuple(plan_column(c, h, s, remedy.policy)
              for c, h, s in zip(columns, hits, headers, strict=True)),
        remedy,
        known if known else None,
    )
