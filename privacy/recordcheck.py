"""A check that reads a CSV table's records in the screen's first pass (so the file is read
once for both): the validation gate's hook into the screen."""

from __future__ import annotations

from typing import Any, Protocol

from privacy.tabular import TableData


class RecordCheck(Protocol):
    """Given every record of a table as parsed (blank ones too, not fitted to the header) by
    the screen's first pass, in parts that may be checked in worker processes."""

    def reads_like(self, table: TableData) -> bool:
        """Whether the screen's parse of table gives the records this check expects."""
        ...

    def part(self) -> Any:
        """A fresh part: called with each batch of consecutive records (a list of lists of
        str) of one chunk, or of the whole table; it is then sent back from a worker process
        (picklable) and handed to finish."""
        ...

    def finish(self, parts: list[Any]) -> bool:
        """Every part, in table order, after the first pass; False: the table fails, and the
        screen stops (RecordCheckFailed) before remediating or writing anything."""
        ...


class RecordCheckFailed(Exception):
    """The record check of a screen failed its table: nothing was remediated or written."""
