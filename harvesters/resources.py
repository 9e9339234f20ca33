"""A remote dataset's resources: the tables the screen reads downloaded into the job's
workspace, the others kept as links to the source (all of them with ``--resources link``)."""

from __future__ import annotations

import mimetypes
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

from catalog.errors import CatalogError
from catalog.intake import IntakeLink, IntakeResource
from harvesters.base import HarvestContext
from harvesters.network import NetworkError

# Formats the screen reads, by format name (upper case) and by file suffix
TABLE_FORMATS = {"CSV": ".csv", "TSV": ".tsv", "XLSX": ".xlsx", "XLS": ".xls", "ODS": ".ods",
                 "JSON": ".json", "TEXT/CSV": ".csv", "TEXT/TAB-SEPARATED-VALUES": ".tsv",
                 "APPLICATION/JSON": ".json",
                 "APPLICATION/VND.OPENXMLFORMATS-OFFICEDOCUMENT.SPREADSHEETML.SHEET": ".xlsx",
                 "APPLICATION/VND.MS-EXCEL": ".xls",
                 "APPLICATION/VND.OASIS.OPENDOCUMENT.SPREADSHEET": ".ods"}
_SAFE = re.compile(r"[^\w.-]+")


@dataclass(frozen=True)
class RemoteResource:
    """A resource a catalog lists: where it is and how the catalog describes it."""

    url: str
    name: str = ""
    description: str = ""
    format: str = ""  # a format name (CSV) or a media type (text/csv)


def safe_part(text: str, replacement: str = "-") -> str:
    """text as a part of a file name in the workspace (no separators, no spaces)."""
    return _SAFE.sub(replacement, text)


def table_suffix(resource: RemoteResource) -> str | None:
    """The suffix of a resource the screen reads, from its format or its URL; else None."""
    suffix = TABLE_FORMATS.get(resource.format.strip(". ").upper())
    if suffix:
        return suffix
    url_suffix = PurePosixPath(urlsplit(resource.url).path).suffix.lower()
    return url_suffix if url_suffix in TABLE_FORMATS.values() else None


def fetch_tables(context: HarvestContext, key: str, resources: list[RemoteResource]
                 ) -> tuple[tuple[IntakeResource, ...], tuple[IntakeLink, ...]]:
    """The table resources downloaded (streamed, capped) into the workspace, and the others
    as links, which the screen does not read and govcat does not serve. A source harvested
    with ``resources: link`` has every resource kept as a link."""
    # files named after their dataset, side by side: no folder per dataset (a job's thousands
    # of folders take long to remove)
    stem = context.workspace / (safe_part(key, "_")[:80] or "dataset")
    fetched, links = [], []
    for index, resource in enumerate(resources):
        suffix = table_suffix(resource) if context.fetch_resources else None
        if suffix is None:
            links.append(IntakeLink(url=resource.url, name=resource.name,
                                    description=resource.description or None,
                                    format=_format_name(resource)))
            continue
        path = stem.with_name(f"{stem.name}.{index:03d}{suffix}")
        try:
            context.session.download(resource.url, path, max_bytes=context.max_resource_bytes)
        except NetworkError as exc:
            raise CatalogError(f"resource {resource.name or index + 1}: {exc}") from None
        fetched.append(IntakeResource(path=path, name=_file_name(resource, suffix, index),
                                      title=resource.name or None,
                                      description=resource.description or None))
    return tuple(fetched), tuple(links)


def _format_name(resource: RemoteResource) -> str:
    """The resource's format as a name (PDF), from a media type (application/pdf) or, when
    the catalog gives none, from its URL's suffix."""
    given = resource.format.strip()
    if "/" in given:
        suffix = mimetypes.guess_extension(given.split(";")[0].strip().lower()) or ""
        given = suffix.lstrip(".")
    if not given:
        given = PurePosixPath(urlsplit(resource.url).path).suffix.lstrip(".")
    return given.upper()[:20]


def _file_name(resource: RemoteResource, suffix: str, index: int) -> str:
    """The published file name: the URL's, when it has the suffix; else from the name."""
    from_url = Path(urlsplit(resource.url).path).name
    if from_url.lower().endswith(suffix) and len(from_url) > len(suffix):
        return from_url
    stem = safe_part(resource.name).strip("-.")[:80] or f"resource-{index + 1}"
    return stem if stem.lower().endswith(suffix) else stem + suffix
