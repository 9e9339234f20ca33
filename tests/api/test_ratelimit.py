"""The shared submission counts (api.ratelimit): fixed windows in a SQLite file, seen alike
by separate storages (processes), a passed window starting again, keys kept hashed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from limits import parse
from limits.storage import storage_from_string
from limits.strategies import FixedWindowRateLimiter

from api.ratelimit import SharedCounts, storage_uri


def test_two_storages_on_one_file_count_together_and_a_passed_window_restarts(
        tmp_path: Path) -> None:
    path = tmp_path / "ratelimits.sqlite"
    first = storage_from_string(storage_uri(path), secret="s3cret")
    second = storage_from_string(storage_uri(path), secret="s3cret")
    assert isinstance(first, SharedCounts) and first.check()
    limit = parse("3 per minute")
    limiters = [FixedWindowRateLimiter(first), FixedWindowRateLimiter(second)]
    allowed = [limiters[n % 2].hit(limit, "203.0.113.9", "/requests") for n in range(4)]
    assert allowed == [True, True, True, False]
    assert limiters[1].get_window_stats(limit, "203.0.113.9", "/requests").remaining == 0
    assert limiters[0].hit(limit, "198.51.100.7", "/requests")  # another address: its own
    with sqlite3.connect(path) as connection:  # the window passes
        connection.execute("UPDATE counts SET expires = 0")
    assert limiters[1].hit(limit, "203.0.113.9", "/requests")
    assert limiters[0].get_window_stats(limit, "203.0.113.9", "/requests").remaining == 2
    with sqlite3.connect(path) as connection:
        keys = [row[0] for row in connection.execute("SELECT key FROM counts")]
    assert len(keys) == 1 and all(len(k) == 32 and b"203.0.113.9" not in k for k in keys)
    assert first.reset() == 1 and second.get("anything") == 0

