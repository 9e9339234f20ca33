"""Gathering ahead of the job (harvesters.ahead.read_ahead): order, failures, early stops."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from harvesters.ahead import read_ahead


def test_items_come_in_order_from_another_thread() -> None:
    threads = set()

    def gather() -> Iterator[int]:
        for n in range(100):
            threads.add(threading.current_thread().name)
            yield n

    with read_ahead(gather(), 4) as items:
        assert list(items) == list(range(100))
    assert threads == {"gather ahead"}


def test_a_failing_gather_fails_after_the_items_before_it() -> None:
    def gather() -> Iterator[int]:
        yield from (1, 2)
        raise ValueError("the portal repeats its page")

    got = []
    with pytest.raises(ValueError, match="repeats"), read_ahead(gather(), 8) as items:
        for item in items:
            got.append(item)
    assert got == [1, 2]


def test_a_consumer_that_stops_stops_the_gather() -> None:
    made, closed = [], threading.Event()

    def gather() -> Iterator[int]:
        try:
            for n in range(10_000):
                made.append(n)
                yield n
        finally:
            closed.set()

    with pytest.raises(RuntimeError), read_ahead(gather(), 2) as items:
        for item in items:
            if item == 3:
                raise RuntimeError("the job failed")
    assert closed.is_set()  # the generator was closed, in its own thread
    assert len(made) <= 3 + 1 + 2 + 1  # no further than the queue and the item in hand
