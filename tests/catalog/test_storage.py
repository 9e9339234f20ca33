import errno
import hashlib
import os
from pathlib import Path

import pytest

from catalog.storage import FileStore, StoredFile


def test_put_is_content_addressed_and_idempotent(tmp_path: Path) -> None:
    source = tmp_path / "a.csv"
    source.write_bytes(b"a,b\n1,2\n")
    store = FileStore(tmp_path / "files")
    first = store.put(source)
    second = store.put(source)
    assert first == second
    assert first.key == hashlib.sha256(b"a,b\n1,2\n").hexdigest()
    assert first.checksum == f"sha256:{first.key}"
    assert store.path_for(first.key).read_bytes() == b"a,b\n1,2\n"
    assert not list((tmp_path / "files").glob(".incoming-*"))


def test_keys_are_checked(tmp_path: Path) -> None:
    store = FileStore(tmp_path)
    with pytest.raises(KeyError):
        store.path_for("../../etc/passwd")


def test_orphans_are_removed(tmp_path: Path) -> None:
    store = FileStore(tmp_path / "files")
    kept, dropped = tmp_path / "k", tmp_path / "d"
    kept.write_text("keep")
    dropped.write_text("drop")
    keep = store.put(kept).key
    drop = store.put(dropped).key
    assert store.remove_orphans({keep}) == 1
    assert store.exists(keep) and not store.exists(drop)


def test_adopt_moves_a_file_into_the_store(tmp_path: Path, monkeypatch) -> None:
    store = FileStore(tmp_path / "files")
    first, again = tmp_path / "a.csv", tmp_path / "b.csv"
    first.write_bytes(b"a,b\n1,2\n")
    again.write_bytes(b"a,b\n1,2\n")
    stored = store.adopt(first)
    assert stored == store.adopt(again) == StoredFile(hashlib.sha256(b"a,b\n1,2\n").hexdigest(), 8)
    assert not first.exists() and not again.exists()  # moved, or the same content kept once
    assert store.path_for(stored.key).read_bytes() == b"a,b\n1,2\n"

    replace, moves = os.replace, []

    def across_file_systems(source, target):
        moves.append(Path(source))
        if len(moves) == 1:  # the move itself; the copy's rename is within the store
            raise OSError(errno.EXDEV, "Invalid cross-device link")
        replace(source, target)

    other = tmp_path / "c.csv"
    other.write_bytes(b"c\n3\n")
    monkeypatch.setattr(os, "replace", across_file_systems)
    copied = store.adopt(other)
    assert moves[0] == other and moves[1].name.startswith(".incoming-")
    assert store.path_for(copied.key).read_bytes() == b"c\n3\n"
