"""Remediation policies: what the screen does with each kind of personal information.

A publisher's policy file (JSON or YAML; every key is optional) overrides the defaults::

    # govcat privacy policy of one publisher
    actions:                     # entity -> mask | pseudonymize | generalize | drop | block
      PERSON: pseudonymize       # PERSON-1a2b3c4d5e6f, keyed by GOVCAT_PSEUDONYM_KEY
      CN_RESIDENT_ID: mask       # the default for every entity (Chinese conventions)
      DATE_OF_BIRTH: generalize  # birth dates (in text and 出生日期 columns) -> year
      AGE: generalize            # age columns -> 5-year bands (35-39, 90+)
      CN_ADDRESS: generalize     # addresses -> province/city/district
      SENSITIVE_WHEREABOUTS: generalize  # coordinates -> 0.01° (about 1 km), still numbers
      BANK_CARD: drop            # remove the column (header and cells)
      SENSITIVE_HEALTH: block    # never publish a dataset with health data
    k_threshold: 5               # k-anonymity threshold for quasi-identifiers
    quasi_identifiers: null      # or a list of column names; null = detect from headers
    pseudonym_scope: dataset     # dataset (default) | global: same pseudonym across datasets
    review_sensitive: true       # sensitive categories (PIPL art. 28) hold for review
                                 # (not a dropped column's: nothing of it is published)
    individual_rows: false       # true: rows are persons even without identifier columns
    allow: [白杨, 文新]           # terms that are not personal here (a stop, a shop), kept
    allow_digests: []            # the same, as keyed digests: recorded by `govcat review
                                 # reject NAME --not-personal N`, which never sees the terms

Entities: those the recognizers find (PERSON, CN_RESIDENT_ID, CN_MOBILE, ...), ``AGE`` and
``DATE_OF_BIRTH`` columns (quasi-identifiers: left as they are unless named here), and the
sensitive categories ``SENSITIVE_*``. ``generalize`` exists only for DATE_OF_BIRTH, AGE,
CN_ADDRESS and SENSITIVE_WHEREABOUTS (decimal coordinates rounded to 0.01°, which stay numbers
in JSON and XLSX; other whereabouts are masked). ``drop`` removes a whole column, or just the
span inside free text. ``block`` masks like ``mask`` but makes the screen's decision "block".
Keys are case-insensitive entity names; anything unknown is an error naming the file and the
key.

Sensitive columns: a column holding a sensitive category and no entity of its own is masked
as a fixed ``***`` by default (a bank card column keeps its card masking), and its finding
needs review while ``review_sensitive`` is true. SENSITIVE_MINOR says whom the rows are about,
not what the column holds, so an AGE or DATE_OF_BIRTH action named here (e.g. generalize)
applies to that column instead of ``***``; the dataset is held for review either way.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from privacy.errors import PolicyError

ACTIONS = ("mask", "pseudonymize", "generalize", "drop", "block")
SCOPES = ("dataset", "global")
SENSITIVE_ENTITIES = (
    "SENSITIVE_HEALTH",
    "SENSITIVE_RELIGION",
    "SENSITIVE_BIOMETRIC",
    "SENSITIVE_FINANCIAL",
    "SENSITIVE_WHEREABOUTS",
    "SENSITIVE_MINOR",
)
# The identity, tax, health and licence numbers of other countries the screen knows
# (privacy/recognizers/national_ids.py)
NATIONAL_IDS = (
    "US_PASSPORT", "US_DRIVER_LICENSE", "US_ITIN", "US_BANK_NUMBER", "UK_NHS", "UK_NINO",
    "UK_PASSPORT", "UK_DRIVING_LICENCE", "CA_SIN", "AU_TFN", "AU_MEDICARE", "IN_AADHAAR",
    "IN_PAN", "IN_PASSPORT", "SG_NRIC_FIN",
)
# Quasi-identifier columns a policy may act on (nothing is done to them unless it says so).
COLUMN_ENTITIES = ("AGE", "DATE_OF_BIRTH")
ENTITIES = frozenset(
    {
        "PERSON",
        "CN_RESIDENT_ID",
        "CN_MOBILE",
        "CN_LANDLINE",
        "PHONE_NUMBER",
        "EMAIL_ADDRESS",
        "US_SSN",
        "IBAN_CODE",
        "STREET_ADDRESS",
        *NATIONAL_IDS,
        "BANK_CARD",
        "CREDIT_CARD",
        "CN_PASSPORT",
        "CN_TRAVEL_PERMIT",
        "CN_LICENSE_PLATE",
        "IP_ADDRESS",
        "DATE_OF_BIRTH",
        "CN_ADDRESS",
        "AGE",
        *SENSITIVE_ENTITIES,
    }
)
GENERALIZABLE = frozenset({"DATE_OF_BIRTH", "AGE", "CN_ADDRESS", "SENSITIVE_WHEREABOUTS"})
_KEYS = (
    "actions",
    "k_threshold",
    "quasi_identifiers",
    "pseudonym_scope",
    "review_sensitive",
    "individual_rows",
    "allow",
    "allow_digests",
)
_HEX = frozenset("0123456789abcdef")


@dataclass(frozen=True)
class Policy:
    """A publisher's remediation policy (defaults: mask everything, k = 5, dataset scope)."""

    actions: Mapping[str, str] = field(default_factory=dict)
    k_threshold: int = 5
    quasi_identifiers: tuple[str, ...] | None = None
    pseudonym_scope: str = "dataset"
    review_sensitive: bool = True
    individual_rows: bool = False
    allow: tuple[str, ...] = ()
    allow_digests: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        values = _validate({name: getattr(self, name) for name in _KEYS}, "<policy>")
        for name, value in values.items():
            object.__setattr__(self, name, value)

    def action(self, entity: str) -> str:
        """The action for entity ("mask" unless the policy says otherwise)."""
        return self.actions.get(entity, "mask")

    def explicit(self, entity: str) -> str | None:
        """The action the policy names for entity, or None."""
        return self.actions.get(entity)

    def __hash__(self) -> int:
        return hash(
            (
                tuple(sorted(self.actions.items())),
                self.k_threshold,
                self.quasi_identifiers,
                self.pseudonym_scope,
                self.review_sensitive,
                self.individual_rows,
                self.allow,
                self.allow_digests,
            )
        )

    @property
    def pseudonymizes(self) -> bool:
        """Whether any entity is pseudonymized (a key is then required)."""
        return "pseudonymize" in self.actions.values()

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any] | None, source: str = "<policy>") -> Policy:
        """Build a policy from parsed JSON/YAML; PolicyError names source and the bad key."""
        if data is None:
            return cls()
        if not isinstance(data, Mapping):
            raise PolicyError(f"{source}: a policy must be a mapping, got {_kind(data)}")
        for key in data:
            if key not in _KEYS:
                raise PolicyError(
                    f"{source}: unknown key {key!r} (expected one of {', '.join(_KEYS)})"
                )
        values = {k: v for k, v in data.items() if not (k == "actions" and v is None)}
        return cls(**_validate(values, source))


def _kind(value: object) -> str:
    """A short name of a parsed value's type for error messages."""
    names = {
        dict: "a mapping",
        list: "a list",
        tuple: "a list",
        str: "a string",
        bool: "a boolean",
        int: "a number",
        float: "a number",
        type(None): "null",
    }
    return names.get(type(value), type(value).__name__)


def _validate(values: dict[str, Any], source: str) -> dict[str, Any]:
    """Checked and normalized policy fields (only those present in values)."""
    out = dict(values)
    if "actions" in values:
        if not isinstance(values["actions"], Mapping):
            raise PolicyError(
                f"{source}: actions: expected a mapping of entity to action, "
                f"got {_kind(values['actions'])}"
            )
        out["actions"] = MappingProxyType(_check_actions(values["actions"], source))
    k = values.get("k_threshold", 5)
    if isinstance(k, bool) or not isinstance(k, int) or k < 1:
        raise PolicyError(f"{source}: k_threshold: expected an integer >= 1, got {k!r}")
    scope = values.get("pseudonym_scope", "dataset")
    if scope not in SCOPES:
        raise PolicyError(
            f"{source}: pseudonym_scope: expected one of {', '.join(SCOPES)}, got {scope!r}"
        )
    for name in ("review_sensitive", "individual_rows"):
        if name in values and not isinstance(values[name], bool):
            raise PolicyError(f"{source}: {name}: expected true or false, got {values[name]!r}")
    qis = values.get("quasi_identifiers")
    if qis is not None:
        if isinstance(qis, str) or not isinstance(qis, list | tuple):
            raise PolicyError(
                f"{source}: quasi_identifiers: expected a list of column names "
                f"or null, got {_kind(qis)}"
            )
        for column in qis:
            if not isinstance(column, str) or not column.strip():
                raise PolicyError(
                    f"{source}: quasi_identifiers: expected column names, got {column!r}"
                )
        out["quasi_identifiers"] = tuple(dict.fromkeys(qis))
    for name in ("allow", "allow_digests"):
        if name in values:
            out[name] = _terms(values[name], name, source)
    return out


def _terms(value: Any, name: str, source: str) -> tuple[str, ...]:
    """A list of distinct non-empty strings (digests: lower-case hex of the digest's length)."""
    if value is None:
        return ()
    if isinstance(value, str) or not isinstance(value, list | tuple):
        raise PolicyError(f"{source}: {name}: expected a list, got {_kind(value)}")
    out = []
    for k, item in enumerate(value):
        if not isinstance(item, str) or not item.strip():
            raise PolicyError(f"{source}: {name}[{k}]: expected a non-empty string")
        item = item.strip()
        if name == "allow_digests" and (len(item) != 32 or not set(item) <= _HEX):
            raise PolicyError(f"{source}: {name}[{k}]: expected 32 hexadecimal digits")
        out.append(item)
    return tuple(dict.fromkeys(out))


def _check_actions(actions: Mapping[str, Any], source: str) -> dict[str, str]:
    """Validated entity -> action mapping (entity names upper-cased)."""
    out: dict[str, str] = {}
    for raw, action in actions.items():
        entity = str(raw).strip().upper()
        if entity not in ENTITIES:
            raise PolicyError(
                f"{source}: actions.{raw}: unknown entity (expected one of "
                f"{', '.join(sorted(ENTITIES))})"
            )
        if not isinstance(action, str) or action not in ACTIONS:
            raise PolicyError(
                f"{source}: actions.{raw}: unknown action {action!r} (expected "
                f"one of {', '.join(ACTIONS)})"
            )
        if action == "generalize" and entity not in GENERALIZABLE:
            raise PolicyError(
                f"{source}: actions.{raw}: {entity} cannot be generalized (only "
                f"{', '.join(sorted(GENERALIZABLE))} can)"
            )
        if entity in out:
            raise PolicyError(f"{source}: actions.{raw}: {entity} is given twice")
        out[entity] = action
    return out


def load_policy(path: str | os.PathLike) -> Policy:
    """Read a policy file (.json, or YAML for any other suffix); PolicyError on any problem."""
    return Policy.from_mapping(read_policy_mapping(path), str(path))


def read_policy_mapping(path: str | os.PathLike) -> Any:
    """The parsed content of a policy file (not yet checked; see Policy.from_mapping)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        raise PolicyError(f"{path}: cannot read the policy file ({err})") from err
    try:
        if path.suffix.lower() == ".json":
            data = json.loads(text) if text.strip() else None
        else:
            data = yaml.safe_load(text)
    except json.JSONDecodeError as err:
        raise PolicyError(f"{path}: line {err.lineno}: invalid JSON: {err.msg}") from err
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark is not None else ""
        problem = getattr(err, "problem", None) or "invalid YAML"
        raise PolicyError(f"{path}: {where}invalid YAML: {problem}") from err
    return data
