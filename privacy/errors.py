"""Errors raised when reading tables and loading privacy policies."""

from __future__ import annotations


class UnsupportedFormat(ValueError):
    """The file's format is not one govcat can screen (csv, tsv, txt, xlsx, json)."""


class TableReadError(ValueError):
    """The file is malformed; the message names the file and the location, on one line."""


class PolicyError(ValueError):
    """A privacy policy is invalid or cannot be applied; the message is one line."""


class EncodingError(TableReadError):
    """The file is not valid in its (detected or declared) text encoding."""
