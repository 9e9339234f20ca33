"""Applying a policy's action to one value or to the detected spans of a text."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from types import MappingProxyType

from presidio_analyzer import RecognizerResult

from privacy.cells import Hit
from privacy.masking import mask_value, masker
from privacy.policy import Policy
from privacy.pseudonym import Pseudonymizer
from privacy.risk import (
    generalize_address,
    generalize_age,
    generalize_birth_date,
    generalize_coordinates,
)
from privacy.spans import mask_spans

GENERALIZERS: Mapping[str, Callable[[object], str]] = MappingProxyType({
    "DATE_OF_BIRTH": generalize_birth_date,  # → year
    "AGE": generalize_age,                   # → 5-year band, 90+
    "CN_ADDRESS": generalize_address,        # → province/city/district
    "SENSITIVE_WHEREABOUTS": generalize_coordinates,  # → coordinates to 0.01° (about 1 km)
})
# Entities whose generalised values are numbers (published as numbers where the source's were)
NUMERIC_GENERALIZERS = frozenset({"SENSITIVE_WHEREABOUTS"})
_MASKING = frozenset({"mask", "block"})


@dataclass(frozen=True)
class Remedy:
    """A policy bound to one screen (and its dataset-scoped pseudonymizer, if any)."""

    policy: Policy = field(default_factory=Policy)
    pseudonymizer: Pseudonymizer | None = field(default=None, repr=False)

    def action(self, entity: str) -> str:
        """The policy's action for entity."""
        return self.policy.action(entity)

    def value(self, entity: str, value: str, action: str | None = None) -> str:
        """The published form of one value ("" when dropped; blocked values are masked)."""
        action = action or self.action(entity)
        if action == "drop":
            return ""
        if action == "pseudonymize" and self.pseudonymizer is not None:
            return self.pseudonymizer(entity, value)
        if action == "generalize" and entity in GENERALIZERS:
            return GENERALIZERS[entity](value) or mask_value(entity, value)
        return mask_value(entity, value)

    def value_function(self, entity: str, action: str | None = None) -> Callable[[str], str]:
        """A function giving value(entity, v, action) for any non-empty v (resolved once)."""
        action = action or self.action(entity)
        if action in ("drop", "pseudonymize", "generalize"):
            return partial(self.value, entity, action=action)
        return masker(entity)

    def spans(self, text: str, results: Sequence[RecognizerResult | Hit]) -> str:
        """text with each (non-overlapping, sorted) result's span remediated in place."""
        if all(self.action(r.entity_type) in _MASKING for r in results):
            return mask_spans(text, results)
        out, pos = [], 0
        for result in results:
            out.append(text[pos : result.start])
            out.append(self.value(result.entity_type, text[result.start : result.end]))
            pos = result.end
        out.append(text[pos:])
        return "".join(out)
