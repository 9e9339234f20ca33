"""Turning local files into intake records: a table, a folder, or a Frictionless Data Package."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from catalog.crosswalk.datapackage import from_datapackage
from catalog.errors import CatalogError
from catalog.intake import IntakeRecord, IntakeResource
from catalog.metadata import TABLE_SUFFIXES, load_resources

METADATA_SUFFIXES = (".json", ".yaml", ".yml")
SIDECAR_MARK = ".meta"  # data.csv -> data.csv.meta.json
FOLDER_METADATA = tuple(f"dataset{s}" for s in METADATA_SUFFIXES)
PACKAGE_NAMES = ("datapackage.json", "datapackage.yaml", "datapackage.yml")


class IntakeError(CatalogError):
    """A source item cannot be turned into an intake record."""


@dataclass(frozen=True)
class Boundary:
    """The folder an intake may read from: every path is resolved and must stay inside it.

    Symbolic links are refused unless follow_symlinks, and even then one may not lead out.
    Errors name a path as it appears under the folder, never where a link points.
    """

    root: Path  # resolved
    follow_symlinks: bool = False

    @classmethod
    def of(cls, root: Path, follow_symlinks: bool = False) -> Boundary:
        return cls(root.resolve(), follow_symlinks)

    def shown(self, path: Path) -> str:
        """path relative to the folder, as a user sees it."""
        try:
            return str(path.relative_to(self.root))
        except ValueError:
            return path.name

    def check(self, path: Path) -> Path:
        """The resolved path, or IntakeError when it is a link (not followed) or leads out."""
        if not self.follow_symlinks:
            link = self._first_link(path)
            if link is not None:
                raise IntakeError(f"{self.shown(link)}: a symbolic link; links are not followed "
                                  "(a source can allow links that stay inside it: "
                                  "--follow-symlinks)")
        resolved = path.resolve()
        if not resolved.is_relative_to(self.root):
            raise IntakeError(f"{self.shown(path)}: a symbolic link leading outside the folder "
                              "is not read")
        return resolved

    def _first_link(self, path: Path) -> Path | None:
        """The first component of path below the folder that is a symbolic link."""
        try:
            parts = path.relative_to(self.root).parts
        except ValueError:
            return path if path.is_symlink() else None
        current = self.root
        for part in parts:
            current = current / part
            if current.is_symlink():
                return current
        return None


def is_table_name(path: Path) -> bool:
    """Whether the name is a table's (by suffix; the file itself is not looked at)."""
    return (
        path.suffix.lower() in TABLE_SUFFIXES
        and not path.name.startswith(".")
        and not _is_metadata_name(path.name)
    )


def _is_metadata_name(name: str) -> bool:
    lowered = name.lower()
    return (
        any(lowered.endswith(SIDECAR_MARK + s) for s in METADATA_SUFFIXES)
        or lowered in FOLDER_METADATA
        or lowered in PACKAGE_NAMES
    )


def read_metadata_file(path: Path) -> dict[str, Any]:
    """Parse a JSON or YAML metadata file; errors name the file and the line."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        message = f"{path}: metadata must be UTF-8 ({exc.reason} at byte {exc.start})"
        raise IntakeError(message) from None
    except OSError as exc:
        raise IntakeError(f"{path}: cannot read metadata: {exc.strerror}") from None
    try:
        data = json.loads(text) if path.suffix.lower() == ".json" else yaml.safe_load(text)
    except json.JSONDecodeError as exc:
        raise IntakeError(f"{path}:{exc.lineno}: invalid JSON: {exc.msg}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark else ""
        raise IntakeError(f"{path}{line}: invalid YAML: {getattr(exc, 'problem', exc)}") from None
    if not isinstance(data, dict):
        raise IntakeError(f"{path}: metadata must be an object (key: value pairs)")
    return data


def intake_from_path(
    path: Path,
    *,
    title: str | None = None,
    metadata_file: Path | None = None,
    source_key: str | None = None,
    provenance: dict[str, Any] | None = None,
    boundary: Boundary | None = None,
    follow_symlinks: bool = False,
) -> IntakeRecord:
    """An intake record for a table file, a folder of tables, or a datapackage.json.

    Every file it reads must stay within boundary (default: the folder named, or the folder
    of the file named, with symbolic links refused unless follow_symlinks).
    """
    if not path.exists():
        raise IntakeError(f"{path}: no such file or folder")
    if boundary is None:  # the path a user named is theirs; what it holds is checked
        path = path.resolve()
        boundary = Boundary(path if path.is_dir() else path.parent, follow_symlinks)
    checked = boundary.check(path)  # the file read; names are the path's own
    if checked.is_dir():
        package = _present(path, PACKAGE_NAMES, boundary)
        record = _from_package(package, boundary) if package else _from_folder(path, boundary)
    elif path.name.lower() in PACKAGE_NAMES:
        record = _from_package(path, boundary)
    elif path.suffix.lower() in TABLE_SUFFIXES:
        record = _from_file(path, boundary)
    else:
        raise IntakeError(
            f"{path}: not a table ({', '.join(sorted(TABLE_SUFFIXES))}), folder or datapackage.json"
        )
    metadata = dict(record.metadata)
    if metadata_file is not None:
        metadata.update(read_metadata_file(metadata_file))
    if title:
        metadata["title"] = title
    return IntakeRecord(
        metadata=metadata,
        resources=record.resources,
        where=record.where,
        source_key=source_key,
        provenance={**record.provenance, **(provenance or {})},
    )


def _present(folder: Path, names: tuple[str, ...], boundary: Boundary) -> Path | None:
    """The first of names present in folder (a link is seen, not followed), checked."""
    for name in names:
        candidate = folder / name
        if candidate.is_symlink() or candidate.is_file():
            _readable(candidate, boundary)
            return candidate
    return None


def _readable(path: Path, boundary: Boundary) -> Path:
    """The regular file path resolves to within the boundary (a FIFO or device would block)."""
    resolved = boundary.check(path)
    if not resolved.is_file():
        raise IntakeError(f"{boundary.shown(path)}: not a regular file")
    return resolved


def _from_file(path: Path, boundary: Boundary) -> IntakeRecord:
    """One table, named as it appears in its folder (a followed link keeps its own name)."""
    resolved = _readable(path, boundary)
    sidecar = _present(path.parent, tuple(path.name + SIDECAR_MARK + s for s in METADATA_SUFFIXES),
                       boundary)
    metadata = read_metadata_file(_readable(sidecar, boundary)) if sidecar else {}
    metadata.setdefault("title", path.stem)
    # a sidecar may describe the file as a resource (its title, a sheet, its header rows);
    # the entries naming other files are left to the metadata check
    listed = metadata.get("resources")
    described = [item for item in listed if isinstance(item, dict)
                 and item.get("path") == path.name] if isinstance(listed, list) else []
    if described and len(described) == len(listed):
        metadata.pop("resources")
        described = load_resources(described, str(sidecar))
        resources = tuple(_described(resolved, item, path.name) for item in described)
    else:
        resources = (IntakeResource(resolved, path.name),)
    return IntakeRecord(metadata, resources, str(path))


def _from_folder(folder: Path, boundary: Boundary) -> IntakeRecord:
    meta_path = _present(folder, FOLDER_METADATA, boundary)
    metadata = read_metadata_file(_readable(meta_path, boundary)) if meta_path else {}
    listed = metadata.pop("resources", None)
    if listed:
        listed = load_resources(listed, str(meta_path))
        resources = tuple(_listed_resource(folder, item, meta_path, boundary) for item in listed)
    else:
        resources = tuple(
            IntakeResource(_readable(member, boundary), member.name)
            for member in sorted(folder.iterdir()) if is_table_name(member)
        )
    if not resources:
        raise IntakeError(f"{folder}: the folder holds no table files")
    metadata.setdefault("title", folder.name)
    return IntakeRecord(metadata, resources, str(folder))


def _listed_resource(folder: Path, item: Any, meta_path: Path | None,
                     boundary: Boundary) -> IntakeResource:
    if not isinstance(item, dict) or not isinstance(item.get("path"), str):
        raise IntakeError(f"{meta_path}: each resource needs a 'path'")
    path = _inside(folder, item["path"], meta_path, boundary)
    return _described(path, item, Path(item["path"]).name)


def _described(path: Path, item: dict[str, Any], name: str) -> IntakeResource:
    """A resource file as its metadata describes it: names, and where its table lies."""
    return IntakeResource(path, item.get("name") or name, item.get("title"),
                          item.get("description"), sheet=item.get("sheet"),
                          header_rows=item.get("header_rows"),
                          skip_rows=item.get("skip_rows"))


def _inside(folder: Path, relative: str, where: Path | None, boundary: Boundary) -> Path:
    """A resource file (resolved), refused when remote, a link, or outside the dataset folder."""
    if "://" in relative:
        raise IntakeError(f"{where}: remote resource {relative!r} is not supported yet")
    candidate = folder / relative
    if not candidate.resolve().is_relative_to(folder.resolve()):
        raise IntakeError(f"{where}: resource path {relative!r} leaves the dataset folder")
    if not (candidate.is_symlink() or candidate.exists()):
        raise IntakeError(f"{where}: resource file {relative!r} not found")
    return _readable(candidate, boundary)


def _from_package(descriptor: Path, boundary: Boundary) -> IntakeRecord:
    """A Frictionless Data Package, through its crosswalk, with its files inside the folder."""
    package = read_metadata_file(_readable(descriptor, boundary))
    folder = descriptor.parent
    raw_resources = package.get("resources")
    if not isinstance(raw_resources, list) or not raw_resources:
        raise IntakeError(f"{descriptor}: a data package needs a non-empty 'resources' list")
    if not all(isinstance(item, dict) and isinstance(item.get("path"), str)
               for item in raw_resources):
        raise IntakeError(f"{descriptor}: only resources with a single local 'path' are supported")
    dataset = from_datapackage(package, folder.name)
    resources = []
    for item in dataset.resources:
        path = _inside(folder, item.path, descriptor, boundary)
        schema = item.schema
        if isinstance(schema, str):  # a schema kept in a file of its own beside the descriptor
            schema = read_metadata_file(_inside(folder, schema, descriptor, boundary))
        resources.append(IntakeResource(path, path.name, item.title, item.description,
                                        schema if isinstance(schema, dict) else None))
    return IntakeRecord(dataset.metadata, tuple(resources), str(descriptor),
                        provenance=dataset.provenance)
