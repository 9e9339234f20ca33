"""Content-addressed file store: a file's key is the SHA-256 of its bytes."""

from __future__ import annotations

import errno
import hashlib
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

CHUNK = 1 << 20


@dataclass(frozen=True)
class StoredFile:
    key: str  # hex SHA-256
    size: int

    @property
    def checksum(self) -> str:
        return f"sha256:{self.key}"


class FileStore:
    """Files under `root/ab/cd/<sha256>`; writes are atomic (temp file, fsync, rename)."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, key: str) -> Path:
        if len(key) != 64 or any(c not in "0123456789abcdef" for c in key):
            raise KeyError(f"not a file key: {key!r}")
        return self.root / key[:2] / key[2:4] / key

    def put(self, source: Path) -> StoredFile:
        """Copy `source` into the store (no-op when the same content is already there)."""
        digest = hashlib.sha256()
        self.root.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=self.root, prefix=".incoming-")
        tmp = Path(tmp_name)
        size = 0
        try:
            with os.fdopen(fd, "wb") as out, source.open("rb") as src:
                while chunk := src.read(CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
                    size += len(chunk)
                out.flush()
                os.fsync(out.fileno())
            key = digest.hexdigest()
            final = self.path_for(key)
            if final.exists():
                tmp.unlink()
                os.utime(final)  # in use again: not an orphan for remove_orphans' grace
            else:
                self._make_folders(final.parent)
                os.replace(tmp, final)
                _fsync_dir(final.parent)
            return StoredFile(key=key, size=size)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise

    def adopt(self, source: Path) -> StoredFile:
        """Move `source` (a file of ours, on the store's file system) into the store: no copy
        is written, and nothing is left to remove. Elsewhere, it is copied (put)."""
        digest = hashlib.sha256()
        size = 0
        with source.open("rb") as handle:
            while chunk := handle.read(CHUNK):
                digest.update(chunk)
                size += len(chunk)
            os.fsync(handle.fileno())
        key = digest.hexdigest()
        final = self.path_for(key)
        if final.exists():
            source.unlink()
            os.utime(final)  # in use again: not an orphan for remove_orphans' grace
            return StoredFile(key=key, size=size)
        self._make_folders(final.parent)
        try:
            os.replace(source, final)
        except OSError as exc:
            if exc.errno != errno.EXDEV:
                raise
            return self.put(source)  # another file system: copied
        _fsync_dir(final.parent)
        return StoredFile(key=key, size=size)

    def _make_folders(self, folder: Path) -> None:
        """Create folder's missing levels under the root, each made durable in its parent
        (a crash must not lose the ab/cd/ folder that holds a file the store points to)."""
        self.root.mkdir(parents=True, exist_ok=True)
        for level in (folder.parent, folder):
            if not level.is_dir():
                level.mkdir(exist_ok=True)
                _fsync_dir(level.parent)

    def exists(self, key: str) -> bool:
        return self.path_for(key).exists()

    def open(self, key: str):
        return self.path_for(key).open("rb")

    def remove_orphans(self, keep: set[str], older_than: float = 0.0) -> int:
        """Delete stored files not in keep, and partial writes, untouched for older_than
        seconds; returns how many."""
        removed = 0
        if not self.root.exists():
            return 0
        now = time.time()
        for path in [*self.root.glob("??/??/*"), *self.root.glob(".incoming-*")]:
            if path.name not in keep and now - path.stat().st_mtime >= older_than:
                path.unlink(missing_ok=True)
                removed += 1
        return removed


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
