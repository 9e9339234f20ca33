"""Profiling columns: which personal entity a whole column holds, from its header and values."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import islice

from privacy.headers import classify_header
from privacy.lexicon import lexicon
from privacy.recognizers.base import cell_hints
from privacy.recognizers.name_context import PLACE_TAGS
from privacy.recognizers.resident_id import validate_resident_id
from privacy.recognizers.surnames import (
    AMBIGUOUS_SURNAMES,
    GIVEN_NAME_CHARS,
    surname_of,
)
from privacy.traditional import simplified

VALUE_SHARE = 0.6          # share of non-empty cells that must have the entity's shape
VALID_SHARE = 0.3          # share of shaped cells that must also be valid
_DISTINCT_CAP = 10_000    # distinct name-like values kept (they are the table's known names)
_NAMES_CACHE = 8192       # values whose looks_like_name() is remembered per column
_GATES_CAP = 4096          # hint tuples whose passing classifiers are remembered
_LATIN_NAME = re.compile(r"[A-Z][a-zA-Z'’.-]+(?: [A-Z][a-zA-Z'’.-]+){1,3}")
_NOT_A_NAME = re.compile(
    r"(?i)\b(?:district|county|city|province|town|village|road|street|avenue|lane|park|station|"
    r"square|plaza|building|tower|bridge|lake|river|mountain|hill|company|corp|co|ltd|inc|group|"
    r"bank|bureau|office|center|centre|hospital|school|university|college|market|hotel|museum|"
    r"library|committee|department|ministry|government|new|north|south|east|west|central)\b"
)
_SHORT_CJK = re.compile(r"[\u4e00-\u9fff]{2,4}")
# A telephone number as a whole cell: digits in groups, an optional + or area code in brackets
_PHONE_SHAPE = re.compile(r"\+?[0-9]{0,3}[ .\-]?(?:\([0-9]{1,5}\)[ .\-]?)?[0-9]{2,5}"
                          r"(?:[ .\-][0-9]{2,5}){1,4}(?:[ ]?(?:x|ext\.?)[ ]?[0-9]{1,6})?")
# A value naming an organisation: a company, shop, office, cooperative …
_ORGANISATION = re.compile(
    r"公司|有限|集团|企业|商行|商店|超市|门市|经营部|服务部|店$|厂$|中心$|合作社|事务所|工作室|"
    r"研究院|医院|诊所|药房|学校|幼儿园|协会|委员会|局$|馆$|社$|场$|部$|所$|站$|(?i:co\.|ltd|inc)"
)
_REASONS = {
    "checksum": "invalid checksum", "date": "impossible birth date",
    "region": "unknown region code", "format": "malformed",
}


def is_chinese_name(value: str) -> bool:
    """A whole cell that looks like one Chinese personal name (张三, 欧阳娜娜, 張偉)."""
    if not 2 <= len(value) <= 4:
        return False
    value = simplified(value)
    surname = surname_of(value)
    given = value[len(surname):]
    if not surname or surname in AMBIGUOUS_SURNAMES or not 1 <= len(given) <= 2:
        return False
    # a place's or an organisation's word (杭州, 宁波, 温州) is no name, though its characters
    # could be a surname and a given name
    return all(c in GIVEN_NAME_CHARS for c in given) and lexicon().tag(value) not in PLACE_TAGS


def looks_like_name(value: str) -> bool:
    """A cell that looks like a personal name (Chinese, or 2-4 capitalized Latin words)."""
    if not value or value[0].isdigit():  # neither kind of name can start with a digit
        return False
    if is_chinese_name(value):
        return True
    return _LATIN_NAME.fullmatch(value) is not None and _NOT_A_NAME.search(value) is None


@dataclass
class ColumnProfile:
    """What one column holds: its whole-column entity (if any), why, and value statistics."""

    name: str
    entity: str | None = None
    reason: str | None = None            # "header" | "values" | None
    cells: int = 0                       # non-empty cells
    matched: int = 0                     # cells valid for `entity`
    invalid: int = 0                     # cells with the entity's shape that fail validation
    confidence: float = 0.0
    note: str = ""

    def to_dict(self) -> dict:
        """JSON-able representation (no values)."""
        return {"name": self.name, "entity": self.entity, "reason": self.reason,
                "cells": self.cells, "matched": self.matched, "invalid": self.invalid,
                "confidence": self.confidence, "note": self.note}


@dataclass
class ColumnProfiler:
    """Accumulates one column's value statistics over a streamed pass."""

    name: str
    classifiers: dict[str, object]
    source_header: str | None = None    # the raw header, when name is its masked form
    header_entity: str | None = None
    cells: int = 0
    valid: Counter = field(default_factory=Counter)
    invalid: Counter = field(default_factory=Counter)
    reasons: Counter = field(default_factory=Counter)
    names: int = 0
    distinct: set = field(default_factory=set)
    overflow: bool = False               # more distinct name-like values than distinct holds
    organisations: int = 0               # cells naming an organisation (counted for parties)
    _active: list = field(default_factory=list, repr=False)
    _names: bool = field(default=True, repr=False)
    _gates: dict = field(default_factory=dict, repr=False)   # hints -> classifiers passing
    _looks: dict = field(default_factory=dict, repr=False)   # value -> looks_like_name(value)

    def __post_init__(self) -> None:
        raw = self.name if self.source_header is None else self.source_header
        self.header_entity = classify_header(raw)
        active = list(self.classifiers.items())
        if self.header_entity == "PERSON":
            active = []
        elif self.header_entity in self.classifiers:
            active = [(self.header_entity, self.classifiers[self.header_entity])]
        self._active = active
        self._names = self.header_entity in (None, "PERSON")
        # 当事人名称, 申请人名称: a party that may be a person or an organisation
        self._parties = self.header_entity == "PERSON" and raw.strip().endswith("名称")
        self._named = self.header_entity == "PERSON" and not self._parties  # 姓名, 法定代表人

    def add(self, value: str) -> None:
        """Account for one cell."""
        value = value.strip()
        if not value:
            return
        self.cells += 1
        if self._parties and _ORGANISATION.search(value):
            self.organisations += 1
        if self._names and looks_like_name(value):
            self.names += 1
            self._remember(value)
        elif self._named and _SHORT_CJK.fullmatch(value):
            self._remember(value)  # the header says so: 向霞, 和平 are names here
        if not self._active or len(value) > 40 or len(value) < 11 and "@" not in value:
            return
        hints = cell_hints(value)
        for entity, recognizer in self._active:
            if not recognizer.may_match(hints):
                continue
            verdict = recognizer.classify(value)
            if verdict == "valid":
                self.valid[entity] += 1
                return
            if verdict == "invalid":
                self.invalid[entity] += 1
                if entity == "CN_RESIDENT_ID":
                    self.reasons[validate_resident_id(value) or "format"] += 1

    def add_counts(self, counts: dict[str, int]) -> None:
        """Account for distinct cells, each seen counts[value] times (same as add() each time)."""
        # A cell's outcome depends on its value alone: each distinct value is examined once.
        names_on, active = self._names, self._active
        valid, invalid, reasons = self.valid, self.invalid, self.reasons
        cells = names = 0
        gates, seen = self._gates, self._looks
        if len(gates) >= _GATES_CAP:
            gates.clear()
        for value, n in counts.items():
            value = value.strip()
            if not value:
                continue
            if self._parties and _ORGANISATION.search(value):
                self.organisations += n
            cells += n
            # looks_like_name(), remembered; a value of more than 4 characters is a name only in
            # Latin letters, from a capital: free text is neither looked up nor remembered
            if names_on and not value[0].isdigit() and (len(value) <= 4
                                                        or "A" <= value[0] <= "Z"):
                name = seen.get(value)
                if name is None:
                    name = looks_like_name(value)
                    if len(seen) < _NAMES_CACHE:
                        seen[value] = name
                if name:
                    names += n
                    self._remember(value)
                elif self._named and _SHORT_CJK.fullmatch(value):
                    self._remember(value)  # the header says so: 向霞, 和平 are names here
            if not active or len(value) > 40 or len(value) < 11 and "@" not in value:
                continue
            hints = cell_hints(value)
            passing = gates.get(hints)
            if passing is None:  # may_match() is a function of the hints alone
                passing = gates[hints] = [(e, r) for e, r in active if r.may_match(hints)]
            for entity, recognizer in passing:
                verdict = recognizer.classify(value)
                if verdict == "valid":
                    valid[entity] += n
                    break
                if verdict == "invalid":
                    invalid[entity] += n
                    if entity == "CN_RESIDENT_ID":
                        reasons[validate_resident_id(value) or "format"] += n
            else:
                # a column its header calls phones: a landline or a number abroad agrees too
                if self.header_entity == "CN_MOBILE" and _PHONE_SHAPE.fullmatch(value):
                    valid["CN_MOBILE"] += n
        self.cells += cells
        self.names += names

    def merge(self, other: ColumnProfiler) -> None:
        """Add the counts of the same column profiled over another part of the table."""
        self.cells += other.cells
        self.organisations += other.organisations
        self.names += other.names
        self.valid.update(other.valid)
        self.invalid.update(other.invalid)
        self.reasons.update(other.reasons)
        new = other.distinct - self.distinct
        room = _DISTINCT_CAP - len(self.distinct)
        self.overflow = self.overflow or other.overflow or len(new) > room
        if room > 0:
            self.distinct.update(islice(sorted(new), room))

    def _remember(self, value: str) -> None:
        """Keep a name-like value among the distinct ones (or note that there are too many)."""
        if len(self.distinct) < _DISTINCT_CAP:
            self.distinct.add(value)
        elif value not in self.distinct:
            self.overflow = True

    def known_names(self) -> set[str]:
        """Every distinct name-like value of the column (none when there were too many to
        keep: then which ones were kept would depend on how the table was cut)."""
        return set() if self.overflow else set(self.distinct)

    def __getstate__(self) -> dict:
        # Sent back from worker processes: the counts, not the recognizers or caches.
        state = self.__dict__.copy()
        state.update(classifiers={}, _active=[], _gates={}, _looks={})
        return state

    def _value_entity(self) -> str | None:
        """The entity most cells have (and mostly validly), if any."""
        best, best_shaped = None, 0
        for entity in self.classifiers:
            shaped = self.valid[entity] + self.invalid[entity]
            if (shaped >= VALUE_SHARE * self.cells and self.valid[entity] >= VALID_SHARE * shaped
                    and shaped > best_shaped):
                best, best_shaped = entity, shaped
        names_ok = self.cells and self.names >= VALUE_SHARE * self.cells
        if best is None and names_ok and len(self.distinct) >= min(20, 0.5 * self.names):
            best = "PERSON"
        return best

    def profile(self) -> ColumnProfile:
        """The column's profile after the pass."""
        by_values = self._value_entity()
        entity = self.header_entity or by_values
        if self._parties and self.cells and self.organisations >= VALUE_SHARE * self.cells:
            # parties that are mostly companies and shops: their cells are scanned one by one
            # (a person's name among them is found there), the column is not a name column
            return ColumnProfile(self.name, None, cells=self.cells,
                                 note=f"{self.organisations} of {self.cells} values name "
                                      "organisations")
        prof = ColumnProfile(self.name, entity, cells=self.cells)
        if entity is None:
            return prof
        prof.reason = "header" if self.header_entity else "values"
        if entity == "PERSON":
            prof.matched = self.names
        else:
            prof.matched, prof.invalid = self.valid[entity], self.invalid[entity]
        share = prof.matched / self.cells if self.cells else 1.0
        if prof.reason == "header":
            agrees = by_values == entity or share >= VALID_SHARE or not self.cells
            prof.confidence = 1.0 if agrees else 0.7
        else:
            prof.confidence = round(min(1.0, share), 4)
        prof.note = self._note(entity, prof)
        return prof

    def _note(self, entity: str, prof: ColumnProfile) -> str:
        """A value-free explanation of invalid cells and disagreements."""
        parts = []
        if entity == "CN_RESIDENT_ID" and self.reasons:
            parts.extend(f"{n} values with {_REASONS.get(r, r)}"
                         for r, n in sorted(self.reasons.items()))
        elif prof.invalid:
            parts.append(f"{prof.invalid} values fail {entity} validation")
        if prof.confidence < 1.0 and prof.reason == "header":
            parts.append(f"header names {entity} but only {prof.matched} of {prof.cells} "
                         "values look like it")
        return "; ".join(parts)
