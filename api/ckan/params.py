"""Reading an action's parameters as CKAN does: a GET's query string or a POST's JSON (or
form) body; unknown parameters are ignored."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from flask import Request

from api.ckan.errors import ValidationError, invalid


def request_data(request: Request) -> dict[str, Any]:
    """The data dict of an action call (a repeated query parameter becomes a list)."""
    if request.method == "POST":
        if request.is_json:
            body = request.get_json(silent=True)
            if not isinstance(body, dict):
                raise ValidationError("the request body must be a JSON object")
            return body
        source = request.form
    else:
        source = request.args
    return {key: values if len(values) > 1 else values[0]
            for key, values in source.lists()}


def integer(data: Mapping[str, Any], name: str, default: int, minimum: int = 0,
            maximum: int | None = None) -> int:
    """A whole-number parameter (CKAN's "Invalid integer" otherwise); capped at maximum."""
    raw = data.get(name)
    if raw is None or raw == "":
        return default
    if isinstance(raw, bool) or not isinstance(raw, int | str) or \
            isinstance(raw, str) and not raw.strip().lstrip("-").isdigit():
        raise invalid(name, "Invalid integer")
    value = int(raw)
    if value < minimum:
        raise invalid(name, f"Must be at least {minimum}")
    return min(value, maximum) if maximum is not None else value


def boolean(data: Mapping[str, Any], name: str, default: bool = False) -> bool:
    """A true/false parameter as CKAN reads them (true, True, 1, yes…)."""
    raw = data.get(name)
    if raw is None or raw == "":
        return default
    if isinstance(raw, bool):
        return raw
    return str(raw).strip().lower() in ("true", "1", "yes", "on")


def text(data: Mapping[str, Any], name: str, default: str = "") -> str:
    """A string parameter (the first of a repeated one)."""
    raw = data.get(name, default)
    if isinstance(raw, list):
        raw = raw[0] if raw else default
    return str(raw) if raw is not None else default


def string_list(data: Mapping[str, Any], name: str) -> list[str]:
    """A list parameter: a JSON list ('["a","b"]'), repeated parameters, or one value."""
    raw = data.get(name)
    if raw is None or raw == "":
        return []
    if isinstance(raw, str) and raw.strip().startswith("["):
        try:
            raw = json.loads(raw)
        except ValueError:
            raise invalid(name, "Not a JSON list") from None
    if isinstance(raw, str):
        return [raw]
    if not isinstance(raw, list) or not all(isinstance(v, str) for v in raw):
        raise invalid(name, "Not a list of strings")
    return raw
