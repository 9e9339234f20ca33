"""Table-level assessments: is a table about persons, and its k-anonymity as published."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from privacy.cells import Hit, evident_names_only
from privacy.columns import ColumnProfile
from privacy.findings import Finding
from privacy.headers import names_things
from privacy.plan import TablePlan
from privacy.policy import Policy
from privacy.risk import KAnonymityCounter, RiskReport, detect_quasi_identifiers
from privacy.sensitive import (
    IDENTIFIER_COLUMNS,
    IDENTIFIER_FINDINGS,
    SensitiveHit,
    relates_to_individuals,
)
from privacy.tabular import TableData

RISK_ENTITY = "REIDENTIFICATION_RISK"
UNCERTAIN_SHARE = 0.2  # share of rows with uncertain person findings that makes a table personal
FIELD_LIMIT = 200


def about_individuals(table: TableData, columns: Sequence[ColumnProfile],
                      hits: Sequence[Sequence[SensitiveHit]], header_findings: list[Finding],
                      scan: Callable[[str], Sequence[Hit]], policy: Policy,
                      review_threshold: float) -> bool:
    """Whether a table relates to identifiable persons (for its sensitive columns)."""
    # Identifier columns, a confident person finding in the header, or the policy say so at
    # once; otherwise free-text cells are read once more (only for tables with sensitive
    # candidates): a confident identifier anywhere, or uncertain ones (a station name that
    # looks like a person's) in a good share of the rows.
    confident = [f for f in header_findings if f.confidence >= review_threshold]
    if relates_to_individuals(columns, confident, policy.individual_rows):
        return True
    free = [i for i, c in enumerate(columns) if not c.entity and not hits[i]]
    if not free:
        return False
    headers = list(table.header) + [""] * len(columns)
    things = {i for i in free if names_things(headers[i])}  # read as the screen reads them
    rows = with_identifier = 0
    for row in table.rows():
        rows += 1
        found = False
        for index in free:
            cell = row[index] if index < len(row) else ""
            results = scan(cell) if cell else ()
            if index in things:
                results = evident_names_only(results)
            for result in results:
                if result.entity_type in IDENTIFIER_FINDINGS:
                    if result.score >= review_threshold:
                        return True
                    found = True
        with_identifier += found
    return with_identifier > 0 and with_identifier >= UNCERTAIN_SHARE * rows


def risk_counter(header: Sequence[str], columns: Sequence[ColumnProfile], plan: TablePlan,
                 policy: Policy) -> KAnonymityCounter | None:
    """A k-anonymity counter over the published quasi-identifiers of a table of persons."""
    if not (policy.individual_rows or any(c.entity in IDENTIFIER_COLUMNS for c in columns)):
        return None
    published: dict[str, int] = {}
    for index, column in enumerate(plan.columns):
        if column.action != "drop":
            published.setdefault(header[index], index)
    if policy.quasi_identifiers is None:
        names = list(detect_quasi_identifiers(list(published)))
    else:
        names = [q for q in policy.quasi_identifiers if q in published]
    if len(names) < 2:
        return None
    return KAnonymityCounter(names, [published[n] for n in names], policy.k_threshold)


def risk_field(risk: RiskReport) -> str:
    """The risk finding's field: the quasi-identifier column names (shortened if long)."""
    name = ",".join(risk.quasi_identifiers)
    return name if len(name) <= FIELD_LIMIT else name[: FIELD_LIMIT - 1] + "…"


def risk_note(risk: RiskReport) -> str:
    """The value-free note of a re-identification risk finding: numbers and suggestions."""
    head = (f"k-anonymity: smallest group k={risk.min_k} < {risk.threshold}; "
            f"{risk.rows_below} of {risk.rows} rows ({risk.share_below:.1%}) below; "
            "suggestions: ")
    return head + "; ".join(risk.suggestions)
