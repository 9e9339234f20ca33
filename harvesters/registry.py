"""The registry of harvester types: govcat's own, and third-party ones from the entry-point
group ``govcat.harvesters`` (``name = "package.module:HarvesterClass"``)."""

from __future__ import annotations

from importlib.metadata import entry_points

from catalog.errors import CatalogError
from harvesters.base import Harvester
from harvesters.ckan import CkanHarvester
from harvesters.datajson import DataJsonHarvester
from harvesters.datapackage import DataPackageHarvester
from harvesters.dcat import DcatHarvester
from harvesters.directory import DirectoryHarvester

ENTRY_POINT_GROUP = "govcat.harvesters"
BUILT_IN: tuple[type[Harvester], ...] = (DirectoryHarvester, CkanHarvester, DataPackageHarvester,
                                         DataJsonHarvester, DcatHarvester)


def harvester_types() -> dict[str, type[Harvester]]:
    """Every harvester type by name: the built-in ones, then those installed by other
    packages (a built-in name is never replaced)."""
    types: dict[str, type[Harvester]] = {h.type_name: h for h in BUILT_IN}
    for entry in entry_points(group=ENTRY_POINT_GROUP):
        if entry.name in types:
            continue
        try:
            harvester = entry.load()
        except Exception as exc:  # a broken plug-in must not take the built-in types down
            raise CatalogError(f"harvester type {entry.name!r} ({entry.value}) cannot be "
                               f"loaded: {type(exc).__name__}") from None
        types[entry.name] = harvester
    return types


def harvester_class(type_name: str) -> type[Harvester]:
    """The harvester type of that name; CatalogError naming the known ones otherwise."""
    types = harvester_types()
    if type_name not in types:
        raise CatalogError(f"unknown source type {type_name!r} (known: {', '.join(sorted(types))})")
    return types[type_name]
