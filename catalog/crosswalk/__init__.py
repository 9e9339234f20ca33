"""Crosswalks: one module per external metadata format, mapping both ways to the catalog's
standard (the harvesters read with them, the exports write with them)."""

from __future__ import annotations

import datetime as dt
from typing import Any


def iso_date(value: Any) -> str | None:
    """The ISO date (YYYY-MM-DD) a timestamp or date string starts with, if it is one."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None
