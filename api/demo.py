"""The demo: bundled sample departments and their sources, harvested into a catalog.

A department's folder (``demo_data/sources/<code>/``) is a directory source; a department's
data.json catalogue (``demo_data/portal/<code>/data.json``) is a datajson source, harvested
over real HTTP from a server on 127.0.0.1 that lives only while the demo harvests.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

from api.demo_portal import serving
from catalog.context import Catalog
from catalog.errors import CatalogError
from harvesters.jobs import (
    HarvestSummary,
    Progress,
    add_source,
    list_sources,
    run_harvest,
    source_names,
    update_source,
)
from publishers.services import add_publisher, set_policy

DEMO_DATA = Path(__file__).with_name("demo_data")
PORTAL = DEMO_DATA / "portal"


@dataclass
class DemoLoad:
    publishers: int = 0
    harvests: list[HarvestSummary] = field(default_factory=list)


def load_demo(catalog: Catalog, progress: Progress | None = None,
              announce: Callable[[str], None] | None = None) -> DemoLoad:
    """Register the sample departments and harvest their folders and catalogues (re-running
    is harmless); announce is told each source before it is harvested."""
    listing = DEMO_DATA / "publishers.json"
    if not listing.is_file():
        raise CatalogError(f"{listing}: demo data missing from the installation")
    publishers = json.loads(listing.read_text(encoding="utf-8"))
    result = DemoLoad()
    existing_sources = set(source_names(catalog))
    portals = []
    for item in publishers:
        add_publisher(
            catalog,
            item["code"],
            item["name"],
            name_en=item.get("name_en"),
            description=item.get("description"),
            exist_ok=True,
        )
        if "privacy_policy" in item:  # the department's own, as `govcat publisher policy` sets
            set_policy(catalog, item["code"], item["privacy_policy"])
        result.publishers += 1
        folder = DEMO_DATA / "sources" / item["code"]
        source = f"demo-{item['code']}"
        if folder.is_dir() and source not in existing_sources:
            add_source(catalog, source, "directory", item["code"], {"path": str(folder)})
        if (PORTAL / item["code"] / "data.json").is_file():
            portals.append(item["code"])
    with ExitStack() as stack:
        if portals:
            base = stack.enter_context(serving(PORTAL))
            for code in portals:
                _portal_source(catalog, f"demo-{code}-portal", code,
                               f"{base}/{code}/data.json", existing_sources)
        for source in list_sources(catalog):
            if source["name"].startswith("demo-"):
                if announce:
                    where = source["config"].get("url") or source["config"].get("path")
                    announce(f"{source['name']}: {source['type']} source at {where}")
                result.harvests.append(run_harvest(catalog, source["name"], progress))
    return result


def _portal_source(catalog: Catalog, name: str, code: str, url: str,
                   existing: set[str]) -> None:
    """The department's data.json source, registered or pointed at this run's server (its
    port is new at every run). Loopback: the guarded session must allow private networks."""
    config = {"url": url, "allow_private_network": True}
    if name not in existing:
        add_source(catalog, name, "datajson", code, config)
        return
    update_source(catalog, name, config)
