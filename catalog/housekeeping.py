"""What crashed publishes leave behind under GOVCAT_HOME, and removing it safely.

A publish works in a folder of its own under GOVCAT_HOME/tmp, which it holds locked while
it lives. It also holds the file store's lock shared, from before its files are stored until
its revision is committed. A clean-up removes folders whose lock nobody holds (their publish
died), and, only while no publish holds the store's lock, stored files that no revision
refers to (a publish died between storing and committing), with the downloads derived from
them (catalog.downloads).
"""

from __future__ import annotations

import fcntl
import logging
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from catalog.downloads import remove_stale
from catalog.models import Resource

if TYPE_CHECKING:
    from catalog.context import Catalog

log = logging.getLogger(__name__)

TMP_DIR = "tmp"
LOCK_NAME = ".lock"              # inside a publish's folder, held while it lives
STORE_LOCK = ".store.lock"       # in the tmp folder: shared by publishes, exclusive to clean-up
GRACE_SECONDS = 3600             # leftovers without a lock younger than this are left alone
# A publish locks its folder just after making it; one unlocked and untouched this long died.
LOCK_GRACE_SECONDS = 5.0


@dataclass(frozen=True)
class Leftovers:
    """What a clean-up removed."""

    folders: int = 0
    files: int = 0


def tmp_root(catalog: Catalog) -> Path:
    root = catalog.settings.home / TMP_DIR
    root.mkdir(mode=0o700, parents=True, exist_ok=True)
    return root


@contextmanager
def working_directory(catalog: Catalog) -> Iterator[Path]:
    """A private folder for one publish, removed afterwards (or by a later clean-up)."""
    root = tmp_root(catalog)
    remove_dead_folders(root)
    with (_store_lock(root, exclusive=False), tempfile.TemporaryDirectory(dir=root) as folder,
          open(Path(folder) / LOCK_NAME, "w") as lock):
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield Path(folder)


def clean_leftovers(catalog: Catalog) -> Leftovers:
    """Remove dead publishes' folders and, when no publish is running, orphaned stored files."""
    root = tmp_root(catalog)
    folders = remove_dead_folders(root)
    files = 0
    with _store_lock(root, exclusive=True, wait=False) as held:
        if held:
            with catalog.sessions() as session:
                keep = set(session.scalars(select(Resource.storage_key)
                                           .where(Resource.storage_key.is_not(None))))
            files = catalog.files.remove_orphans(keep, older_than=GRACE_SECONDS)
            # downloads derived from files no revision refers to any more
            files += remove_stale(catalog.settings.derived_dir, keep, older_than=GRACE_SECONDS)
    if folders or files:
        log.warning("removed what interrupted publishes left: %d folder(s), %d file(s)",
                    folders, files)
    return Leftovers(folders, files)


def remove_dead_folders(root: Path) -> int:
    """Remove the folders of publishes that died (their lock is free); returns how many."""
    removed = 0
    now = time.time()
    for entry in root.iterdir():
        if entry.name == STORE_LOCK:
            continue
        if entry.is_dir() and not entry.is_symlink():
            if _abandoned(entry, now):
                shutil.rmtree(entry, ignore_errors=True)
                removed += 1
        elif now - entry.lstat().st_mtime > GRACE_SECONDS:
            entry.unlink(missing_ok=True)
            removed += 1
    return removed


def _abandoned(folder: Path, now: float) -> bool:
    """Whether no live publish holds the folder (one without a lock: when it is old)."""
    age = now - folder.stat().st_mtime
    try:
        fd = os.open(folder / LOCK_NAME, os.O_RDONLY)
    except FileNotFoundError:
        return age > GRACE_SECONDS
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    finally:
        os.close(fd)  # closing releases a lock just taken
    return age > LOCK_GRACE_SECONDS  # else it may be a publish that has not locked it yet


@contextmanager
def _store_lock(root: Path, *, exclusive: bool, wait: bool = True) -> Iterator[bool]:
    """Hold the file store's lock; yields False when wait=False and it is taken."""
    fd = os.open(root / STORE_LOCK, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        mode = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
        try:
            fcntl.flock(fd, mode if wait else mode | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        yield True
    finally:
        os.close(fd)
