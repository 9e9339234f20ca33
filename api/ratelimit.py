"""The public forms' submission counts, shared by every server process of the machine: a
storage for the `limits` library (Flask-Limiter's fixed windows) in a small SQLite file of
GOVCAT_HOME. Each gunicorn worker counting in its own memory would let an address post its
limit once per worker. A count's key names the client's address: it is kept as a keyed hash
(HMAC-SHA-256 with the app's secret), so no address is ever written to disk, and a count is
deleted once its window has passed."""

from __future__ import annotations

import hashlib
import hmac
import os
import sqlite3
import threading
import time
from pathlib import Path
from urllib.parse import unquote, urlsplit

from limits.storage import Storage

SCHEME = "govcat-sqlite"
BUSY_TIMEOUT_SECONDS = 5.0

_SCHEMA = ("CREATE TABLE IF NOT EXISTS counts (key BLOB PRIMARY KEY, count INTEGER NOT NULL, "
           "expires REAL NOT NULL) WITHOUT ROWID")
# a window that has passed starts again at this amount
_INCREMENT = ("INSERT INTO counts (key, count, expires) VALUES (:key, :amount, :expires) "
              "ON CONFLICT (key) DO UPDATE SET "
              "count = CASE WHEN expires <= :now THEN :amount ELSE count + :amount END, "
              "expires = CASE WHEN expires <= :now THEN :expires ELSE expires END "
              "RETURNING count")


def storage_uri(path: Path) -> str:
    """The URI Flask-Limiter is given for a counts file at path."""
    return f"{SCHEME}://{path.resolve()}"


class SharedCounts(Storage):
    """Fixed-window counts in a SQLite file (WAL: the processes' writes are serialised by
    SQLite, each increment one atomic statement). Options: secret, the key of the hashes."""

    STORAGE_SCHEME = [SCHEME]  # noqa: RUF012 - the limits library's registry reads a list

    def __init__(self, uri: str | None = None, wrap_exceptions: bool = False,
                 **options: float | str | bool) -> None:
        super().__init__(uri, wrap_exceptions, **options)
        if not uri:
            raise ValueError(f"{SCHEME} needs a file: {SCHEME}:///path/to/counts.sqlite")
        self.path = Path(unquote(urlsplit(uri).path))
        self._secret = str(options.get("secret", "")).encode()
        self._local = threading.local()

    @property
    def base_exceptions(self) -> type[Exception] | tuple[type[Exception], ...]:
        return sqlite3.Error

    def incr(self, key: str, expiry: int, amount: int = 1) -> int:
        now = time.time()
        connection = self._connection()
        connection.execute("DELETE FROM counts WHERE expires <= ?", (now,))
        (count,) = connection.execute(_INCREMENT, {
            "key": self._hashed(key), "amount": amount, "expires": now + expiry,
            "now": now}).fetchone()
        return int(count)

    def get(self, key: str) -> int:
        row = self._connection().execute(
            "SELECT count FROM counts WHERE key = ? AND expires > ?",
            (self._hashed(key), time.time())).fetchone()
        return int(row[0]) if row else 0

    def get_expiry(self, key: str) -> float:
        row = self._connection().execute(
            "SELECT expires FROM counts WHERE key = ? AND expires > ?",
            (self._hashed(key), time.time())).fetchone()
        return float(row[0]) if row else time.time()

    def check(self) -> bool:
        self._connection().execute("SELECT 1").fetchone()
        return True

    def reset(self) -> int | None:
        return self._connection().execute("DELETE FROM counts").rowcount

    def clear(self, key: str) -> None:
        self._connection().execute("DELETE FROM counts WHERE key = ?", (self._hashed(key),))

    def _hashed(self, key: str) -> bytes:
        return hmac.new(self._secret, key.encode(), hashlib.sha256).digest()

    def _connection(self) -> sqlite3.Connection:
        """This thread's connection (opened on first use: the file and its table made)."""
        connection = getattr(self._local, "connection", None)
        if connection is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            os.close(os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600))  # owner-only
            connection = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_SECONDS,
                                         isolation_level=None, check_same_thread=False)
            connection.execute("PRAGMA journal_mode = WAL")
            connection.execute("PRAGMA synchronous = OFF")  # counts: losing a second is fine
            connection.execute(_SCHEMA)
            self._local.connection = connection
        return connection
