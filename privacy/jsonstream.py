"""Streaming the items of a top-level JSON array without loading the whole file."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from typing import Any

from privacy.errors import TableReadError
from privacy.limits import LimitExceeded

CHUNK_CHARS = 256 * 1024
_WS = " \t\r\n"


class _Buffer:
    """A sliding text window over a file that tracks line numbers for error messages."""

    def __init__(self, handle, path: str) -> None:
        self.handle, self.path = handle, path
        self.text, self.pos, self.line, self.eof = "", 0, 1, False

    def more(self, size: int = CHUNK_CHARS) -> bool:
        """Append more text (dropping consumed text); False at end of file."""
        if self.eof:
            return False
        chunk = self.handle.read(size)
        if not chunk:
            self.eof = True
            return False
        consumed = self.text[: self.pos]
        self.line += consumed.count("\n")
        self.text, self.pos = self.text[self.pos :] + chunk, 0
        return True

    def peek(self) -> str:
        """Next non-whitespace character ("" at end of file), consuming the whitespace."""
        while True:
            while self.pos < len(self.text) and self.text[self.pos] in _WS:
                self.pos += 1
            if self.pos < len(self.text) or not self.more():
                return self.text[self.pos : self.pos + 1]

    def where(self, pos: int | None = None) -> str:
        """The file, line and column of the current (or given) position."""
        pos = self.pos if pos is None else pos
        line = self.line + self.text[:pos].count("\n")
        column = pos - self.text.rfind("\n", 0, pos)
        return f"{self.path}: line {line} column {column}"

    def error(self, message: str, pos: int | None = None) -> TableReadError:
        """A TableReadError at the current (or given) position."""
        return TableReadError(f"{self.where(pos)}: {message}")


def iter_json_array(path: str | os.PathLike, encoding: str | None,
                    max_item_chars: int | None = None) -> Iterator[Any]:
    """Yield the items of a file holding one JSON array; TableReadError on malformed input.

    With max_item_chars, an item longer than that raises LimitExceeded instead of being read.
    """
    decoder = json.JSONDecoder()
    with open(path, encoding=encoding or "utf-8") as handle:
        buf = _Buffer(handle, os.fspath(path))
        if buf.peek() == "\ufeff":
            buf.pos += 1
        if buf.peek() != "[":
            raise buf.error("expected a JSON array")
        buf.pos += 1
        if buf.peek() == "]":
            return
        while True:
            buf.peek()
            size = CHUNK_CHARS
            while True:
                try:
                    item, end = decoder.raw_decode(buf.text, buf.pos)
                    if end < len(buf.text) or not buf.more(size):
                        break  # a value ending at the window's edge may continue
                except json.JSONDecodeError as err:
                    if max_item_chars is not None and len(buf.text) - buf.pos > max_item_chars:
                        raise _too_long(buf, max_item_chars) from None
                    if not buf.more(size):
                        raise buf.error(err.msg, err.pos) from None
                size *= 2
            if max_item_chars is not None and end - buf.pos > max_item_chars:
                raise _too_long(buf, max_item_chars)
            buf.pos = end
            yield item
            nxt = buf.peek()
            if nxt == ",":
                buf.pos += 1
            elif nxt == "]":
                buf.pos += 1
                if buf.peek():
                    raise buf.error("extra data after the array")
                return
            else:
                raise buf.error("expected ',' or ']'")


def _too_long(buf: _Buffer, max_item_chars: int) -> LimitExceeded:
    """The error for an item, starting at buf's position, longer than max_item_chars."""
    return LimitExceeded(f"{buf.where()}: a row of the JSON array is longer than the limit "
                         f"of {max_item_chars:,} (GOVCAT_MAX_LINE_BYTES)")
