"""Crosswalks: one module per external metadata format, mapping both ways to the catalog's
standard (the harvesters read with them, the exports write with them)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from catalog.metadata import NAME_PATTERN

_NOT_IN_NAMES = re.compile(r"[^a-z0-9_-]+")


def name_slug(value: str) -> str | None:
    """value as a dataset name of the standard, or None when nothing usable is left."""
    slug = _NOT_IN_NAMES.sub("-", value.strip().lower()).strip("-_")[:100]
    return slug if NAME_PATTERN.match(slug) else None


def iso_date(value: Any) -> str | None:
    """The ISO date (YYYY-MM-DD) a timestamp or date string starts with, if it is one."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None
