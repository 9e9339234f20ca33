"""Turning local files into intake records: a table, a folder, or a Frictionless Data Package."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from catalog.errors import CatalogError
from catalog.intake import IntakeRecord, IntakeResource
from catalog.metadata import NAME_PATTERN, TABLE_SUFFIXES

METADATA_SUFFIXES = (".json", ".yaml", ".yml")
SIDECAR_MARK = ".meta"  # data.csv -> data.csv.meta.json
FOLDER_METADATA = tuple(f"dataset{s}" for s in METADATA_SUFFIXES)
PACKAGE_NAMES = ("datapackage.json", "datapackage.yaml", "datapackage.yml")


class IntakeError(CatalogError):
    """A source item cannot be turned into an intake record."""


def is_table_file(path: Path) -> bool:
    return (
        path.is_file()
        and path.suffix.lower() in TABLE_SUFFIXES
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
) -> IntakeRecord:
    """An intake record for a table file, a folder of tables, or a datapackage.json."""
    path = path.resolve()
    if not path.exists():
        raise IntakeError(f"{path}: no such file or folder")
    if path.is_dir():
        package = next((path / n for n in PACKAGE_NAMES if (path / n).is_file()), None)
        record = _from_package(package) if package else _from_folder(path)
    elif path.name.lower() in PACKAGE_NAMES:
        record = _from_package(path)
    elif path.suffix.lower() in TABLE_SUFFIXES:
        record = _from_file(path)
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
        provenance=dict(provenance or {}),
    )


def _from_file(path: Path) -> IntakeRecord:
    sidecar = next(
        (
            path.with_name(path.name + SIDECAR_MARK + s)
            for s in METADATA_SUFFIXES
            if path.with_name(path.name + SIDECAR_MARK + s).is_file()
        ),
        None,
    )
    metadata = read_metadata_file(sidecar) if sidecar else {}
    metadata.setdefault("title", path.stem)
    return IntakeRecord(metadata, (IntakeResource(path, path.name),), str(path))


def _from_folder(folder: Path) -> IntakeRecord:
    meta_path = next((folder / n for n in FOLDER_METADATA if (folder / n).is_file()), None)
    metadata = read_metadata_file(meta_path) if meta_path else {}
    listed = metadata.pop("resources", None)
    if listed:
        resources = tuple(_listed_resource(folder, item, meta_path) for item in listed)
    else:
        resources = tuple(
            IntakeResource(p, p.name) for p in sorted(folder.iterdir()) if is_table_file(p)
        )
    if not resources:
        raise IntakeError(f"{folder}: the folder holds no table files")
    metadata.setdefault("title", folder.name)
    return IntakeRecord(metadata, resources, str(folder))


def _listed_resource(folder: Path, item: Any, meta_path: Path | None) -> IntakeResource:
    if not isinstance(item, dict) or not isinstance(item.get("path"), str):
        raise IntakeError(f"{meta_path}: each resource needs a 'path'")
    path = _inside(folder, item["path"], meta_path)
    return IntakeResource(path, item.get("name") or path.name, item.get("title"),
                          item.get("description"))  # fmt: skip


def _inside(folder: Path, relative: str, where: Path | None) -> Path:
    """A resource path, refused when it is remote or leaves the dataset's folder."""
    if "://" in relative:
        raise IntakeError(f"{where}: remote resource {relative!r} is not supported yet")
    path = (folder / relative).resolve()
    if not path.is_relative_to(folder):
        raise IntakeError(f"{where}: resource path {relative!r} leaves the dataset folder")
    if not path.is_file():
        raise IntakeError(f"{where}: resource file {relative!r} not found")
    return path


def _from_package(descriptor: Path) -> IntakeRecord:
    """Map a Frictionless Data Package descriptor onto the metadata standard."""
    package = read_metadata_file(descriptor)
    folder = descriptor.parent
    raw_resources = package.get("resources")
    if not isinstance(raw_resources, list) or not raw_resources:
        raise IntakeError(f"{descriptor}: a data package needs a non-empty 'resources' list")
    resources = []
    for item in raw_resources:
        if not isinstance(item, dict) or not isinstance(item.get("path"), str):
            raise IntakeError(
                f"{descriptor}: only resources with a single local 'path' are supported"
            )
        path = _inside(folder, item["path"], descriptor)
        schema = item.get("schema")
        if isinstance(schema, str):  # a schema kept in a file of its own beside the descriptor
            schema = read_metadata_file(_inside(folder, schema, descriptor))
        resources.append(
            IntakeResource(
                path,
                path.name,
                item.get("title"),
                item.get("description"),
                schema if isinstance(schema, dict) else None,
            )  # fmt: skip
        )
    metadata: dict[str, Any] = {"title": package.get("title") or package.get("name") or folder.name}
    name = str(package.get("name", "")).lower()
    if NAME_PATTERN.match(name):
        metadata["name"] = name
    if package.get("description"):
        metadata["description"] = package["description"]
    if isinstance(package.get("keywords"), list):
        metadata["keywords"] = [str(k) for k in package["keywords"]]
    licenses = package.get("licenses")
    if isinstance(licenses, list) and licenses and isinstance(licenses[0], dict):
        metadata["license"] = str(licenses[0].get("name") or licenses[0].get("title") or "")[:100]
    govcat_fields = package.get("govcat")  # the standard's own fields, when a package carries them
    if isinstance(govcat_fields, dict):
        metadata.update(govcat_fields)
    return IntakeRecord(metadata, tuple(resources), str(descriptor))
