"""Arrays derived from data files, kept in a cache folder so that a process reads them at once.

What the screen derives from a large source at every start (jieba's dictionary as a table of
words, the name model folded into lookup tables) is computed once, written to
``$XDG_CACHE_HOME/govcat`` (``~/.cache/govcat``), and read back by later processes. A cache
file is named after what it was derived from (a digest of the source, and FORMAT), so a
changed source or derivation is never read stale. The cache holds only derived public data
(a dictionary, model weights), never screened content. Where it cannot be written, the
arrays are derived again by each process.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

import numpy as np

FORMAT = "3"  # bumped when a derivation changes
# cache files kept per name, the most recently used: a model being retrained leaves no trail
KEEP = 2


def cache_folder() -> Path:
    """Where derived arrays are kept."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "govcat"


def file_digest(*paths: Path) -> str:
    """A digest of the files' contents (with FORMAT): the name of what is derived from them."""
    digest = hashlib.sha256(FORMAT.encode())
    for path in paths:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:24]


def cached_arrays(name: str, digest: str,
                  derive: Callable[[], dict[str, np.ndarray]]) -> dict[str, np.ndarray]:
    """The arrays derived by derive() from a source of this digest: read from the cache, or
    derived now and written there for the next process (atomically)."""
    path = cache_folder() / f"{name}-{digest}.npz"
    try:
        with np.load(path, allow_pickle=False) as data:
            arrays = {key: data[key] for key in data.files}
    except (OSError, ValueError, EOFError, zipfile.BadZipFile):
        pass  # absent, or unreadable: derived again below
    else:
        _used(path)
        return arrays
    arrays = derive()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".npz", dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as out:
                np.savez(out, **arrays)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        _evict(path.parent, name)
    except OSError:
        pass  # a read-only home: every process derives the arrays itself
    return arrays


def _used(path: Path) -> None:
    """Mark a cache file as just read, so that eviction drops what has gone unread longest, not
    what was written first: a model still in use (the installed one, another checkout's) would
    otherwise be evicted by files written after it (a model being retrained), and each process
    would derive its arrays again (half a second of CPU for the name model)."""
    with contextlib.suppress(OSError):  # a read-only cache: nothing is evicted from it either
        os.utime(path)


def _evict(folder: Path, name: str) -> None:
    """Remove all but the KEEP most recently used cache files of name."""
    files = sorted(folder.glob(f"{name}-*.npz"), key=lambda f: f.stat().st_mtime, reverse=True)
    for old in files[KEEP:]:
        old.unlink(missing_ok=True)
