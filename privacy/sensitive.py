"""Sensitive personal information (PIPL art. 28) recognized at column level."""
# Categories: SENSITIVE_HEALTH, SENSITIVE_RELIGION, SENSITIVE_BIOMETRIC, SENSITIVE_FINANCIAL,
# SENSITIVE_WHEREABOUTS and SENSITIVE_MINOR (persons under 14). A column is a candidate from its
# header (诊断, 宗教信仰, 指纹, 银行账户, 行踪轨迹, 监护人, ...), from its values (diseases and
# religions as whole short cells; bank card columns), or, for minors, from ages under 14 or
# birth dates (birth-date and resident-ID columns) of someone under 14 on the screening date.
# A candidate becomes a finding only when the table relates to identifiable individuals
# (privacy.assess.about_individuals): counts of 高血压 patients per district are not personal.

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from privacy.columns import ColumnProfile
from privacy.findings import Finding
from privacy.policy import NATIONAL_IDS
from privacy.risk import quasi_identifier_kind
from privacy.sensitive_terms import (
    EN_AGGREGATE,
    EN_HEADERS,
    EN_VALUES,
    LABELS,
    ZH_AGGREGATE,
    ZH_HEADERS,
    ZH_VALUES,
)
from privacy.traditional import simplified

MINOR_AGE = 14
VALUE_SHARE = 0.3          # share of non-empty cells naming the category
SHORT_CELL = 24            # longer cells are free text: never matched against the vocabulary
VALUE_CACHE = 4096         # distinct values per column whose outcome is remembered
# Column entities and text findings that make a table relate to identifiable individuals.
IDENTIFIER_COLUMNS = frozenset({
    "PERSON", "CN_RESIDENT_ID", "CN_MOBILE", "EMAIL_ADDRESS", "CN_PASSPORT", "CN_TRAVEL_PERMIT",
    "BANK_CARD", "CREDIT_CARD", "CN_ADDRESS", "CN_LICENSE_PLATE", "US_SSN", "IBAN_CODE",
    "STREET_ADDRESS", *NATIONAL_IDS,
})
IDENTIFIER_FINDINGS = frozenset({
    "PERSON", "CN_RESIDENT_ID", "CN_MOBILE", "EMAIL_ADDRESS", "CN_PASSPORT", "CN_TRAVEL_PERMIT",
    "PHONE_NUMBER", "US_SSN", *NATIONAL_IDS,
})
_FINANCIAL_ENTITIES = frozenset({"BANK_CARD", "CREDIT_CARD", "IBAN_CODE"})
_BRACKETED = re.compile(r"[（(【\[][^）)】\]]*[）)】\]]")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_TOKEN = re.compile(r"[a-z]+|[0-9]+")
_AGE = re.compile(r"^\s*(\d{1,3})(?:\.\d+)?\s*(?:岁|周岁|years?|yrs?)?\s*$", re.IGNORECASE)
_MONTHS = re.compile(r"^\s*\d{1,2}\s*(?:个月|月龄|月|months?)\s*$", re.IGNORECASE)
_ZH_TERMS = tuple((e, re.compile("|".join(map(re.escape, t)))) for e, t in ZH_VALUES.items())
_ZH_FIRST = frozenset(term[0] for terms in ZH_VALUES.values() for term in terms)
_EN_TERMS = tuple((e, re.compile(rf"\b(?:{t})\b", re.IGNORECASE)) for e, t in EN_VALUES.items())
_BLANK: tuple[str | None, bool, bool] = (None, False, False)
_DATE = re.compile(
    r"^\s*(\d{4})(?:[-/.年](\d{1,2})(?:[-/.月](\d{1,2})[日号]?)?月?|(\d{2})(\d{2}))?"
    r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?\s*$"
)


def classify_sensitive_header(header: str) -> str | None:
    """The sensitive category a column header names (e.g. 诊断结果 → SENSITIVE_HEALTH), or None
    (traditional characters read as simplified: 診斷結果)."""
    header = simplified(header)
    text = _BRACKETED.sub("", header).strip() or header.strip()
    if not text:
        return None
    if not text.endswith(ZH_AGGREGATE):
        upper = text.upper()
        for entity, words in ZH_HEADERS.items():
            if any(w in upper for w in words):
                return entity
    tokens = _TOKEN.findall(_CAMEL.sub(" ", text).lower())
    if not tokens or tokens[-1] in EN_AGGREGATE:
        return None
    words = set(tokens)
    for entity, terms in EN_HEADERS.items():
        for term in terms:
            if (term in words) if isinstance(term, str) else set(term) <= words:
                return entity
    return None


def minor_cutoff(today: dt.date) -> dt.date:
    """Persons born after this date are under 14 on today."""
    try:
        return today.replace(year=today.year - MINOR_AGE)
    except ValueError:  # 29 February
        return today.replace(year=today.year - MINOR_AGE, day=28)


def latest_birth_date(value: str) -> dt.date | None:
    """The latest date a (possibly partial: 2015, 2015-03) birth date can mean, or None."""
    match = _DATE.match(value)
    if not match:
        return None
    year = int(match.group(1))
    month = match.group(2) or match.group(4)
    day = match.group(3) or match.group(5)
    try:
        if month is None:
            return dt.date(year, 12, 31)
        if day is None:
            nxt = dt.date(year + int(month) // 12, int(month) % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        return dt.date(year, int(month), int(day))
    except ValueError:
        return None


@dataclass(frozen=True)
class SensitiveHit:
    """One sensitive category found in a column, with a value-free explanation."""

    entity: str
    reason: str              # "header" | "values"
    confidence: float
    note: str


@dataclass
class SensitiveProfiler:
    """Accumulates one column's evidence of sensitive categories over the streamed pass 1."""

    header: str = field(repr=False)     # the raw header: data when a file has no header row
    today: dt.date
    header_entity: str | None = None
    kind: str | None = None
    cells: int = 0
    terms: Counter = field(default_factory=Counter)
    minors: int = 0          # ages or birth dates of someone under 14
    id_minors: int = 0       # ID-shaped values whose birth date is someone under 14
    _cutoff: dt.date = field(init=False, repr=False)
    _seen: dict = field(default_factory=dict, repr=False)
    _cutoff_text: str = field(init=False, repr=False)
    _today_text: str = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.header_entity = classify_sensitive_header(self.header)
        self.kind = quasi_identifier_kind(self.header)
        self._cutoff = minor_cutoff(self.today)
        self._cutoff_text = f"{self._cutoff:%Y%m%d}"
        self._today_text = f"{self.today:%Y%m%d}"

    def add(self, value: str) -> None:
        """Account for one non-empty cell (outcomes of repeated values are remembered)."""
        self.add_counts({value: 1})

    def add_counts(self, counts: dict[str, int]) -> None:
        """Account for distinct non-empty cells, each seen counts[value] times (as add())."""
        for value, n in counts.items():
            if len(value) == 18 and value[:17].isdigit() and not value[17].isspace():
                # ID-shaped (what _classify() finds first, whatever the kind): not remembered
                self.cells += n
                if self._id_minor(value):
                    self.id_minors += n
                continue
            if self.kind is None:
                if len(value) > SHORT_CELL:
                    self.cells += n
                    continue
                if value.isdigit():
                    self.cells += n
                    if len(value) == 18 and self._id_minor(value):
                        self.id_minors += n
                    continue
            outcome = self._seen.get(value)
            if outcome is None:
                outcome = self._classify(value)
                if len(self._seen) < VALUE_CACHE:
                    self._seen[value] = outcome
            if outcome is _BLANK:
                continue
            term, minor, id_minor = outcome
            self.cells += n
            if term is not None:
                self.terms[term] += n
            self.minors += minor * n
            self.id_minors += id_minor * n

    def merge(self, other: SensitiveProfiler) -> None:
        """Add the evidence of the same column profiled over another part of the table."""
        self.cells += other.cells
        self.terms.update(other.terms)
        self.minors += other.minors
        self.id_minors += other.id_minors

    def __getstate__(self) -> dict:
        # Sent back from worker processes: the evidence, not the cache of outcomes.
        state = self.__dict__.copy()
        state["_seen"] = {}
        return state

    def _id_minor(self, value: str) -> bool:
        """Whether an ID-shaped value's birth date (digits 7-14) is of someone under 14."""
        born = value[6:14]
        return (self._cutoff_text < born <= self._today_text and "01" <= born[4:6] <= "12"
                and "01" <= born[6:8] <= "31")

    def _classify(self, value: str) -> tuple[str | None, bool, bool]:
        """(vocabulary category, shows a minor, ID-shaped showing a minor) of one cell."""
        value = value.strip()
        if not value:
            return _BLANK
        if len(value) == 18 and value[:17].isdigit():
            return None, False, self._id_minor(value)
        minor = False
        if self.kind == "age":
            match = _AGE.match(value)
            minor = bool(match and int(match.group(1)) < MINOR_AGE or _MONTHS.match(value))
        elif self.kind == "birth_year":
            born = latest_birth_date(value)
            minor = born is not None and born > self._cutoff and born.year <= self.today.year
        return _term(value), minor, False

    def hits(self, profile: ColumnProfile) -> list[SensitiveHit]:
        """Sensitive categories of the column, given its profile after pass 1."""
        found: dict[str, SensitiveHit] = {}
        if self.header_entity:
            found[self.header_entity] = SensitiveHit(
                self.header_entity, "header", 1.0, _note(self.header_entity, "header"))
        for entity, count in self.terms.items():
            if entity not in found and count >= VALUE_SHARE * self.cells:
                found[entity] = SensitiveHit(entity, "values", round(count / self.cells, 4),
                                             _note(entity, f"{count} of {self.cells} values"))
        if profile.entity in _FINANCIAL_ENTITIES and "SENSITIVE_FINANCIAL" not in found:
            found["SENSITIVE_FINANCIAL"] = SensitiveHit(
                "SENSITIVE_FINANCIAL", profile.reason or "values", profile.confidence,
                _note("SENSITIVE_FINANCIAL", f"a {profile.entity} column"))
        minors = self.minors + (self.id_minors if profile.entity == "CN_RESIDENT_ID" else 0)
        if minors and "SENSITIVE_MINOR" not in found:
            found["SENSITIVE_MINOR"] = SensitiveHit(
                "SENSITIVE_MINOR", "values", 1.0,
                _note("SENSITIVE_MINOR", f"{minors} value(s) of a person under {MINOR_AGE} "
                                         f"on {self.today.isoformat()}"))
        return list(found.values())


def _term(value: str) -> str | None:
    """The category a short cell names (高血压, 高血壓, 佛教, diabetes), or None."""
    if len(value) > SHORT_CELL or value.isdigit():
        return None
    value = simplified(value)
    if not _ZH_FIRST.isdisjoint(value):
        for entity, pattern in _ZH_TERMS:
            if pattern.search(value):
                return entity
    if value.lower() != value.upper():  # has letters
        for entity, pattern in _EN_TERMS:
            if pattern.search(value):
                return entity
    return None


def _note(entity: str, evidence: str) -> str:
    """The value-free note of a sensitive finding."""
    return f"sensitive personal information (PIPL art. 28): {LABELS[entity]}; evidence: {evidence}"


def relates_to_individuals(columns: Iterable[ColumnProfile], findings: Iterable[Finding] = (),
                           declared: bool = False) -> bool:
    """Whether a table is about identifiable persons: identifier columns or person findings."""
    if declared or any(c.entity in IDENTIFIER_COLUMNS for c in columns):
        return True
    return any(f.entity in IDENTIFIER_FINDINGS for f in findings)
