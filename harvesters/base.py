"""The harvester extension point: one class per kind of source, looked up by type name."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from catalog.errors import CatalogError
from catalog.intake import IntakeRecord


@dataclass(frozen=True)
class HarvestItem:
    """One dataset found at a source: an intake record, or why it could not be read."""

    key: str
    record: IntakeRecord | None = None
    error: str | None = None


class Harvester(Protocol):
    """Reads a source's configuration and yields one item per dataset found there."""

    type_name: str

    def __init__(self, config: Mapping[str, Any], source_name: str) -> None: ...

    @classmethod
    def check_config(cls, config: Mapping[str, Any]) -> dict[str, Any]:
        """Validated, normalised configuration (raises CatalogError with what is wrong)."""
        ...

    def gather(self) -> Iterator[HarvestItem]: ...


def harvester_types() -> dict[str, type[Harvester]]:
    """The registry of harvester types; add a new kind of source here."""
    from harvesters.directory import DirectoryHarvester

    return {DirectoryHarvester.type_name: DirectoryHarvester}


def harvester_class(type_name: str) -> type[Harvester]:
    types = harvester_types()
    if type_name not in types:
        raise CatalogError(f"unknown source type {type_name!r} (known: {', '.join(sorted(types))})")
    return types[type_name]
