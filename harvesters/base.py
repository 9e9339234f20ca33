"""The harvester contract: what one kind of source implements (the types are listed in
harvesters.registry)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from catalog.intake import IntakeRecord
from harvesters.network import GuardedSession

# A resource download's cap (GOVCAT_HARVEST_MAX_BYTES overrides it)
MAX_RESOURCE_BYTES = 500 * 1024 * 1024


@dataclass(frozen=True)
class HarvestItem:
    """One dataset found at a source: an intake record, or why it could not be read."""

    key: str
    record: IntakeRecord | None = None
    error: str | None = None
    unchanged: bool = False  # the source says it has not changed since the last harvest


@dataclass
class HarvestContext:
    """What a harvester gets for one job: the source's guarded HTTP session, a workspace of
    the job's own for downloads (removed when the job ends), and the previous jobs' state."""

    source_name: str
    session: GuardedSession
    workspace: Path
    # when the last successful gather started (UTC); None for a full gather, which must list
    # every dataset of the source (the job withdraws those it does not find)
    last_success: dt.datetime | None = None
    max_resource_bytes: int = MAX_RESOURCE_BYTES
    # {source key: the source's own modification stamp} of the datasets harvested before,
    # as the source gave it (CKAN's metadata_modified): an item with the same stamp is
    # unchanged and needs no download
    known_stamps: Mapping[str, str] = field(default_factory=dict)  # by key digest
    key_digest: Callable[[str], str] = str  # how the catalog keeps a source key
    # False (a source added with --resources link): every resource is kept as a link to the
    # source and only metadata is screened; True: the tables the screen reads are fetched
    fetch_resources: bool = True

    def stamp_of(self, key: str) -> str | None:
        """The stamp a dataset had at its last harvest (None: new, or no stamp kept)."""
        return self.known_stamps.get(self.key_digest(key))


class Harvester(Protocol):
    """Reads a source's configuration and yields one item per dataset found there.

    A job runs gather() in a thread of its own, a few items ahead of its publishing
    (harvesters.ahead): it works with its context alone, which no other thread uses.

    Optional class attributes: ``incremental = True`` when gather() honours
    context.last_success; ``names_organizations = True`` when each record's
    provenance["organization"] ({"name", "title"}) names its remote publisher, so that a
    source added without a publisher publishes under those."""

    type_name: str

    def __init__(self, config: Mapping[str, Any], source_name: str) -> None: ...

    @classmethod
    def check_config(cls, config: Mapping[str, Any]) -> dict[str, Any]:
        """Validated, normalised configuration (raises CatalogError with what is wrong)."""
        ...

    def gather(self, context: HarvestContext) -> Iterator[HarvestItem]: ...
