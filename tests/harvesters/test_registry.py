"""The harvester registry: built-in types and plug-ins from the govcat.harvesters group."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from importlib.metadata import EntryPoint
from typing import Any

import pytest

from catalog.errors import CatalogError
from harvesters import registry
from harvesters.base import HarvestItem
from harvesters.directory import DirectoryHarvester


class PluginHarvester:
    """A third party's harvester type, as an entry point names it."""

    type_name = "plugin"

    def __init__(self, config: Mapping[str, Any], source_name: str) -> None:
        self.config = config

    @classmethod
    def check_config(cls, config: Mapping[str, Any]) -> dict[str, Any]:
        return dict(config)

    def gather(self) -> Iterator[HarvestItem]:
        yield HarvestItem("one", error="nothing here")


def _installed(monkeypatch, *points: tuple[str, str]) -> None:
    entries = [EntryPoint(name, value, registry.ENTRY_POINT_GROUP) for name, value in points]
    monkeypatch.setattr(registry, "entry_points",
                        lambda group: [e for e in entries if e.group == group])


def test_built_in_types_and_plug_ins(monkeypatch):
    _installed(monkeypatch, ("plugin", f"{__name__}:PluginHarvester"),
               ("directory", f"{__name__}:PluginHarvester"))
    types = registry.harvester_types()
    assert types["plugin"] is PluginHarvester
    assert types["directory"] is DirectoryHarvester  # a plug-in never replaces a built-in
    assert registry.harvester_class("plugin") is PluginHarvester


def test_unknown_and_broken_types_are_clear_errors(monkeypatch):
    _installed(monkeypatch)
    with pytest.raises(CatalogError, match="unknown source type 'csw' \\(known: ckan, "
                                           "datajson, datapackage, dcat, directory\\)"):
        registry.harvester_class("csw")
    _installed(monkeypatch, ("broken", "no.such.module:Harvester"))
    with pytest.raises(CatalogError, match="'broken' .* cannot be loaded: ModuleNotFoundError"):
        registry.harvester_types()
