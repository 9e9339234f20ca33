"""Gathering ahead: a harvester's items are produced in a thread of their own while the job
validates, screens and publishes the previous ones, so that a source's answers and
downloads (waiting on the network) overlap the job's work instead of adding to it."""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")

_END = object()  # after the last item (with the gather's exception, if it failed)
_POLL = 0.1  # seconds between two looks at the stop flag while the queue is full


@contextmanager
def read_ahead(items: Iterator[T], depth: int) -> Iterator[Iterator[T]]:
    """items, produced up to depth ahead of their consumer by a thread of their own.

    Order is kept, and a failure of the gather is raised to the consumer after the items
    that came before it. When the block ends (the consumer stopped early, or failed), the
    producer stops after the item it is making, which it then drops; the items it had
    made ahead are dropped too."""
    waiting: queue.Queue[tuple[object, BaseException | None]] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def put(entry: tuple[object, BaseException | None]) -> bool:
        while not stop.is_set():
            try:
                waiting.put(entry, timeout=_POLL)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        try:
            for item in items:
                if not put((item, None)):
                    return
            put((_END, None))
        except Exception as exc:  # raised to the consumer, in its turn
            put((_END, exc))
        finally:
            close = getattr(items, "close", None)
            if close is not None:
                close()  # a generator is closed in the thread that runs it

    def consume() -> Iterator[T]:
        while True:
            item, error = waiting.get()
            if item is _END:
                if error is not None:
                    raise error
                return
            yield item  # type: ignore[misc]

    producer = threading.Thread(target=produce, name="gather ahead", daemon=True)
    producer.start()
    try:
        yield consume()
    finally:
        stop.set()
        producer.join()
