"""Directory sources: a department's folder, one dataset per table file or sub-folder."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from catalog.errors import CatalogError
from harvesters.base import HarvestContext, HarvestItem
from harvesters.files import Boundary, intake_from_path, is_table_name


class DirectoryHarvester:
    """Each table file (with an optional `<file>.meta.json` sidecar) or sub-folder is a dataset.

    Nothing outside the folder is read: symbolic links are refused unless the source follows
    them (follow_symlinks), and even then one that leads out of the folder is refused.
    """

    type_name = "directory"

    def __init__(self, config: Mapping[str, Any], source_name: str) -> None:
        self.root = Path(config["path"])
        self.follow_symlinks = bool(config.get("follow_symlinks", False))
        self.source_name = source_name

    @classmethod
    def check_config(cls, config: Mapping[str, Any]) -> dict[str, Any]:
        raw = config.get("path")
        if not raw:
            raise CatalogError("a directory source needs --path")
        path = Path(str(raw)).expanduser().resolve()
        if not path.is_dir():
            raise CatalogError(f"{path}: not a folder")
        return {"path": str(path), "follow_symlinks": bool(config.get("follow_symlinks", False))}

    def gather(self, context: HarvestContext | None = None) -> Iterator[HarvestItem]:
        if not self.root.is_dir():
            raise CatalogError(f"{self.root}: the source folder is gone or unreadable")
        boundary = Boundary.of(self.root, self.follow_symlinks)
        for entry in sorted(self.root.iterdir()):
            if entry.name.startswith(".") or not (entry.is_dir() or is_table_name(entry)):
                continue
            key = entry.name
            provenance = {
                "source": self.source_name,
                "source_type": self.type_name,
                "source_id": key,
            }
            try:
                record = intake_from_path(entry, source_key=key, provenance=provenance,
                                          boundary=boundary)
            except CatalogError as exc:
                yield HarvestItem(key, error=str(exc))
                continue
            yield HarvestItem(key, record=record)
