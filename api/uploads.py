"""Files uploaded to the write API: written to a temporary folder outside GOVCAT_HOME (raw
content is never kept there), capped at GOVCAT_UPLOAD_MAX_BYTES, removed with the request."""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import IO, Any

from catalog.errors import CatalogError
from catalog.intake import IntakeResource
from catalog.metadata import TABLE_SUFFIXES

DESCRIPTOR_NAMES = ("datapackage.json",)  # an upload that is a Data Package's descriptor


class UploadTooLarge(CatalogError):
    """An uploaded file over GOVCAT_UPLOAD_MAX_BYTES."""


@contextmanager
def upload_folder() -> Iterator[Path]:
    """A private temporary folder (outside GOVCAT_HOME) for one request's uploads."""
    folder = Path(tempfile.mkdtemp(prefix="govcat-upload-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def file_name(given: str | None) -> str:
    """The name a client gave its file, without any folder (the pipeline screens it)."""
    name = PureWindowsPath(PurePosixPath(given or "").name).name.strip()
    return name[:200] or "upload"


def save_upload(stream: IO[bytes], filename: str | None, folder: Path, limit: int, *,
                title: str | None = None, description: str | None = None) -> IntakeResource:
    """Write an uploaded table into folder as an intake resource named by its file name.
    The file on disk gets a neutral name (the client's may be personal: it is screened when
    published); its suffix says its format."""
    name = file_name(filename)
    suffix = PurePosixPath(name).suffix.lower()
    if suffix not in TABLE_SUFFIXES:
        raise CatalogError(f"unsupported file type {suffix or '(none)'!r}: upload a table "
                           f"({', '.join(sorted(TABLE_SUFFIXES))})")
    path = folder / f"{len(list(folder.iterdir()))}{suffix}"
    _copy_capped(stream, path, limit)
    return IntakeResource(path, name, title=title or None, description=description or None)


def read_descriptor(stream: IO[bytes], limit: int) -> dict[str, Any]:
    """An uploaded Data Package descriptor (a JSON object)."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise UploadTooLarge(f"the upload is over {limit:,} bytes (GOVCAT_UPLOAD_MAX_BYTES)")
    try:
        descriptor = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise CatalogError("datapackage.json is not a JSON document") from None
    if not isinstance(descriptor, dict):
        raise CatalogError("datapackage.json must hold a JSON object")
    return descriptor


def is_descriptor(filename: str | None) -> bool:
    return file_name(filename).lower() in DESCRIPTOR_NAMES


def _copy_capped(stream: IO[bytes], path: Path, limit: int) -> None:
    written = 0
    with path.open("wb") as out:
        while chunk := stream.read(1 << 20):
            written += len(chunk)
            if written > limit:
                raise UploadTooLarge(f"the upload is over {limit:,} bytes "
                                     "(GOVCAT_UPLOAD_MAX_BYTES)")
            out.write(chunk)
