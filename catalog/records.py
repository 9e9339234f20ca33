"""Remembered public records: what a view built from a dataset's published revision (its
API dict), kept per process and keyed by everything the record is built from, so that a
search page's datasets are not loaded and serialised again while nothing of them changed."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable
from typing import Any

MAX_RECORDS = 10_000  # per kind of record


class RecordCache:
    """A bounded LRU of built records: (kind, dataset id, stamp) -> record.

    The stamp holds the dataset's current revision id and every other stored value the
    record is built from (catalog.queries.read_published), read from the store with each
    request: a record of another revision, or of a withdrawn dataset, is never found again.
    Records handed out are shared: callers must not change them.
    """

    def __init__(self, size: int = MAX_RECORDS) -> None:
        self.size = size
        self._records: dict[str, OrderedDict[tuple[str, Hashable], Any]] = {}
        self._lock = threading.Lock()

    def get(self, kind: str, dataset_id: str, stamp: Hashable) -> Any | None:
        with self._lock:
            records = self._records.get(kind)
            if records is None:
                return None
            found = records.get((dataset_id, stamp))
            if found is not None:
                records.move_to_end((dataset_id, stamp))
            return found

    def put(self, kind: str, dataset_id: str, stamp: Hashable, record: Any) -> None:
        with self._lock:
            records = self._records.setdefault(kind, OrderedDict())
            records[(dataset_id, stamp)] = record
            records.move_to_end((dataset_id, stamp))
            while len(records) > self.size:
                records.popitem(last=False)
