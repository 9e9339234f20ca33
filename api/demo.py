"""The demo: bundled sample departments and their directory sources, harvested into a catalog."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from catalog.context import Catalog
from catalog.errors import CatalogError
from harvesters.jobs import HarvestSummary, Progress, add_source, run_harvest, source_names
from publishers.services import add_publisher, set_policy

DEMO_DATA = Path(__file__).with_name("demo_data")


@dataclass
class DemoLoad:
    publishers: int = 0
    harvests: list[HarvestSummary] = field(default_factory=list)


def load_demo(catalog: Catalog, progress: Progress | None = None) -> DemoLoad:
    """Register the sample departments and harvest their folders (re-running is harmless)."""
    listing = DEMO_DATA / "publishers.json"
    if not listing.is_file():
        raise CatalogError(f"{listing}: demo data missing from the installation")
    publishers = json.loads(listing.read_text(encoding="utf-8"))
    result = DemoLoad()
    existing_sources = set(source_names(catalog))
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
    for source in source_names(catalog):
        if source.startswith("demo-"):
            result.harvests.append(run_harvest(catalog, source, progress))
    return result
