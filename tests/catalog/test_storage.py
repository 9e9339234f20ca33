import hashlib
from pathlib import Path

import pytest

from catalog.storage import FileStore


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
