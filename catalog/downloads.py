"""A resource's downloads: its stored (screened) file, and the same table in other formats
and encodings, derived from that file only and kept beside the file store.

Every tabular resource is offered as CSV, JSON and XLSX, and as CSV for Excel (UTF-8 with a
byte-order mark: Excel of every language, including a Chinese Windows desktop, reads such a
file as UTF-8, and nothing of the text is lost; GB18030 would be read right by a Chinese Excel
only). A derived file is written on its first request (publishing stays as fast as the screen
allows, and an XLSX of a million rows is written only if someone asks) and kept, named after
its source file's key, until housekeeping finds that no revision refers to that file. It is
derived from the stored file alone, never from what the department gave: nothing unscreened
can reach it. A CSV's columns are typed by the resource's published Table Schema, so that JSON
and XLSX have numbers, booleans and dates where the CSV had their text.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from slugify import slugify

from catalog.metadata import FORMAT_MEDIA_TYPES

FORMATS = ("csv", "json", "xlsx")
ENCODINGS = ("utf-8", "excel")
VERSION = "1"  # of the derivations: a new one derives anew (names and ETags change)
XLSX_MAX_ROWS = 1_048_576  # a worksheet's rows, the header's included
BOM = b"\xef\xbb\xbf"
_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')
_CHUNK = 1 << 20
_NUMBERS = ("integer", "number")


class Unavailable(Exception):
    """A download a resource does not offer (why, in one line)."""


@dataclass(frozen=True)
class Variant:
    """One download of a tabular resource: a format, and for CSV the encoding."""

    format: str           # csv | json | xlsx
    excel: bool = False   # CSV with a byte-order mark

    @property
    def name(self) -> str:
        return "csv-excel" if self.excel else self.format

    @property
    def media_type(self) -> str:
        return FORMAT_MEDIA_TYPES[self.format.upper()]

    @property
    def encoding(self) -> str | None:
        """The text encoding of the file (None: XLSX, a zip)."""
        if self.format == "xlsx":
            return None
        return "utf-8-sig" if self.excel else "utf-8"

    @property
    def query(self) -> str:
        """The download URL's query string for this variant of a resource ("" for its own)."""
        return "?encoding=excel" if self.excel else f"?format={self.format}"


def own_variant(resource_format: str) -> Variant:
    """The variant the stored file is."""
    return Variant(resource_format.lower())


def variants(resource_format: str, row_count: int | None) -> list[Variant]:
    """What a tabular resource is offered as: its own file first, then the others."""
    own = own_variant(resource_format)
    offered = [own, *(Variant(f) for f in FORMATS if f != own.format), Variant("csv", True)]
    if row_count is not None and row_count + 1 > XLSX_MAX_ROWS:
        offered = [v for v in offered if v.format != "xlsx" or v == own]
    return offered


def choose(resource_format: str, row_count: int | None, format: str | None,
           encoding: str | None) -> Variant:
    """The variant a request names (format and encoding checked by the caller's vocabulary)."""
    own = own_variant(resource_format)
    wanted = Variant(format or ("csv" if encoding == "excel" else own.format),
                     encoding == "excel")
    if wanted.excel and wanted.format != "csv":
        raise Unavailable("encoding=excel is for CSV downloads only")
    if wanted not in variants(resource_format, row_count):
        raise Unavailable(f"the table has {row_count:,} rows, more than a worksheet holds "
                          f"({XLSX_MAX_ROWS - 1:,}): download it as CSV or JSON")
    return wanted


def listing(resource_format: str, row_count: int | None,
            download_url: str) -> list[dict[str, Any]]:
    """The downloads of a resource as the API lists them (download_url: its own file's)."""
    own = own_variant(resource_format)
    return [{"name": v.name, "format": v.format.upper(), "media_type": v.media_type,
             "encoding": v.encoding, "url": download_url + ("" if v == own else v.query)}
            for v in variants(resource_format, row_count)]


# ---------------------------------------------------------------- file names


def filename(title: str | None, name: str, suffix: str) -> tuple[str, str]:
    """The file name of a download (its title's, else its name's stem, with suffix) and an
    ASCII one for clients that read no RFC 6266 filename*."""
    stem = " ".join(_UNSAFE.sub(" ", title or "").split())[:150]
    if not stem:
        stem = " ".join(_UNSAFE.sub(" ", Path(name).stem).split())[:150] or "download"
    ascii_stem = slugify(stem, max_length=80, word_boundary=True) or "download"
    return f"{stem}{suffix}", f"{ascii_stem}{suffix}"


def content_disposition(title: str | None, name: str, suffix: str) -> str:
    """An attachment named after the resource (RFC 6266: UTF-8 filename* and ASCII filename)."""
    full, fallback = filename(title, name, suffix)
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(full, safe='')}"


# ---------------------------------------------------------------- derived files


def derived_path(root: Path, key: str, variant: Variant) -> Path:
    """Where the variant of the stored file `key` is kept."""
    return root / key[:2] / f"{key}.{variant.name}.v{VERSION}"


def derive(root: Path, source: Path, key: str, resource_format: str,
           table_schema: dict[str, Any] | None, variant: Variant,
           sheet: str | None = None) -> Path:
    """The variant of a stored file, written on first use (atomically) and then reused."""
    target = derived_path(root, key, variant)
    if target.is_file():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    os.close(handle)
    try:
        _write(Path(tmp), source, resource_format.lower(), table_schema, variant, sheet)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def _write(target: Path, source: Path, source_format: str, table_schema: dict[str, Any] | None,
           variant: Variant, sheet: str | None) -> None:
    if variant.excel and source_format == "csv":
        with open(source, "rb") as src, open(target, "wb") as out:
            out.write(BOM)
            shutil.copyfileobj(src, out, _CHUNK)
        return
    with tempfile.TemporaryDirectory(dir=target.parent) as folder:
        # openpyxl opens a workbook by its name's suffix, which a stored file does not have
        named = Path(folder) / f"table.{source_format}"
        named.symlink_to(source.resolve())
        _write_table(target, named, source_format, table_schema, variant, sheet)


def _write_table(target: Path, source: Path, source_format: str,
                 table_schema: dict[str, Any] | None, variant: Variant,
                 sheet: str | None) -> None:
    from privacy.output import OutputStyle, write_table
    from privacy.tabular import read_table

    # govcat's own file: its header on row 1, its rows all data (no layout to find)
    table = read_table(source, format=source_format, encoding="utf-8", detect=False)
    rows: Iterator[list[str]] = table.rows()
    if source_format == "csv" and variant.format != "csv":
        readers = _column_readers(table_schema, table.rows())
        rows = _typed(rows, *readers) if readers else rows
    style = OutputStyle(variant.format, sheet=sheet)
    if variant.excel:
        with open(target, "wb") as out:
            out.write(BOM)
        _append_csv(target, table.header, rows, style)
        return
    write_table(target, table.header, rows, variant.format, style=style)


def _append_csv(target: Path, header: list[str], rows: Iterator[list[str]], style: Any) -> None:
    from privacy.output import write_csv_rows

    with open(target, "a", encoding="utf-8", newline="", buffering=_CHUNK) as handle:
        write_csv_rows(handle, [header], style.csv)
        write_csv_rows(handle, rows, style.csv)


def _column_readers(table_schema: dict[str, Any] | None,
                    rows: Iterator[list[str]]) -> tuple[list[Any], set[str]] | None:
    """The cell readers of a CSV's typed columns (None for a column left as text), and its
    missing values; a column is typed only when every value of it is its type's value and
    says no more than that value (no 0 of 050001 is lost), so that a column has one type."""
    from frictionless import Schema

    fields = (table_schema or {}).get("fields") or []
    if not fields:
        return None
    schema = Schema.from_descriptor(table_schema)
    readers: list[Any] = [None if f.type in ("string", "any") else f.create_cell_reader()
                          for f in schema.fields]
    numbers = [f.type in _NUMBERS for f in schema.fields]
    missing = set(schema.missing_values)
    for row in rows:
        for index, cell in enumerate(row[:len(readers)]):
            reader = readers[index]
            if reader is None or cell in missing:
                continue
            value, notes = reader(cell)
            if notes or value is None or (numbers[index] and str(value) != cell):
                readers[index] = None
    return (readers, missing) if any(readers) else None


def _typed(rows: Iterator[list[str]], readers: list[Any],
           missing: set[str]) -> Iterator[list[str]]:
    """A CSV's rows with the cells of its typed columns as their values (privacy.typedcells)."""
    from privacy.typedcells import TypedText

    width = len(readers)
    for row in rows:
        out = []
        for index, cell in enumerate(row):
            reader = readers[index] if index < width else None
            if cell in missing:
                out.append(TypedText(cell, None))
            elif reader is None:
                out.append(cell)
            else:
                out.append(TypedText(cell, reader(cell)[0]))
        yield out


def remove_stale(root: Path, keep: set[str], older_than: float = 0.0) -> int:
    """Delete derived files of stored files not in keep (and partial writes) untouched for
    older_than seconds; returns how many."""
    removed = 0
    if not root.is_dir():
        return 0
    now = time.time()
    for path in root.glob("??/*"):
        key = path.name.lstrip(".").split(".", 1)[0]
        if (key not in keep or path.name.startswith(".")) and \
                now - path.stat().st_mtime >= older_than:
            path.unlink(missing_ok=True)
            removed += 1
    return removed
