"""The rules' word table (privacy.lexicon) answers as jieba's dictionary does, and the cache of
derived arrays (privacy.cache) derives once, survives damage and stays small."""

from __future__ import annotations

import os
import random
import stat

import numpy as np
import pytest

from privacy import cache
from privacy._lexicon import Table
from privacy.chinese import dictionary, word_tags
from privacy.hashtable import hash_table
from privacy.lexicon import lexicon, word_keys


def test_every_word_has_jiebas_frequency_and_tag() -> None:
    words, frequencies, tags = lexicon(), dictionary(), word_tags()
    assert len(frequencies) > 400_000
    assert [w for w, f in frequencies.items() if words.frequency(w) != f] == []
    assert [w for w in frequencies if words.tag(w) != tags.get(w, "")] == []
    assert words.frequency("许可") == frequencies["许可"] and words.tag("许可") == "nr"


def test_strings_that_are_no_words_are_not_found() -> None:
    words, frequencies = lexicon(), dictionary()
    rng = random.Random(7)
    characters = sorted(w for w in frequencies if len(w) == 1)
    probes = ["".join(rng.choice(characters) for _ in range(rng.randint(1, 5)))
              for _ in range(50_000)] + ["", "qq", "GDP", "\U00020000"]
    assert [p for p in probes if words.frequency(p) != frequencies.get(p)] == []
    assert words.tag("qq") == ""


def test_a_range_is_looked_up_as_its_slice() -> None:
    words, text = lexicon(), "申请人许可证编号"
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            assert words.frequency(text, start, end) == words.frequency(text[start:end])
    assert words.frequency(text, 3, 99) == words.frequency(text[3:])
    with pytest.raises(IndexError):
        words.frequency(text, 5, 2)


def test_a_table_refuses_buffers_it_cannot_read() -> None:
    keys, index = hash_table(word_keys(["张三", "李四", "王五"]))
    values = np.where(index >= 0, index + 1, 0).astype(np.uint32)
    table = Table(keys, values)
    assert table.get("李四") == 2 and table.get("赵六") is None and table.slot("赵六") == -1
    with pytest.raises(ValueError, match="as many"):
        Table(keys, values[:-1])
    with pytest.raises(ValueError, match="power of two"):
        Table(keys[:3], values[:3])


def test_derived_arrays_are_derived_once_and_read_back(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    calls = []

    def derive() -> dict[str, np.ndarray]:
        calls.append(1)
        return {"a": np.arange(5), "b": np.array(["x", "y"])}

    first = cache.cached_arrays("thing", "d1", derive)
    again = cache.cached_arrays("thing", "d1", derive)
    assert len(calls) == 1 and np.array_equal(first["a"], again["a"])
    assert list(again["b"]) == ["x", "y"]
    path = tmp_path / "govcat" / "thing-d1.npz"
    assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0  # written as its owner's only
    path.write_bytes(b"not a zip file")  # damaged: derived and written again
    assert np.array_equal(cache.cached_arrays("thing", "d1", derive)["a"], np.arange(5))
    assert len(calls) == 2 and np.load(path)["a"].tolist() == [0, 1, 2, 3, 4]


def test_an_unwritable_cache_still_gives_the_arrays(tmp_path, monkeypatch) -> None:
    if os.geteuid() == 0:
        blocked = tmp_path / "file"
        blocked.write_text("a file where the cache folder would be")
        monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    else:
        tmp_path.chmod(0o500)
        monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    arrays = cache.cached_arrays("thing", "d1", lambda: {"a": np.ones(3)})
    assert arrays["a"].tolist() == [1.0, 1.0, 1.0]


def test_only_the_newest_files_of_a_name_are_kept(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    for k in range(cache.KEEP + 3):
        cache.cached_arrays("model", f"d{k}", lambda: {"a": np.zeros(1)})
        os.utime(tmp_path / "govcat" / f"model-d{k}.npz", (k, k))  # in order of creation
    cache.cached_arrays("other", "x", lambda: {"a": np.zeros(1)})
    names = sorted(p.name for p in (tmp_path / "govcat").iterdir())
    newest = [f"model-d{k}.npz" for k in range(3, cache.KEEP + 3)]
    assert names == sorted([*newest, "other-x.npz"])


def test_a_file_that_is_read_is_kept_over_newer_ones(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    folder = tmp_path / "govcat"
    cache.cached_arrays("model", "used", lambda: {"a": np.zeros(1)})
    os.utime(folder / "model-used.npz", (0, 0))  # written long ago, and still read:
    for k in range(cache.KEEP + 2):
        again = cache.cached_arrays("model", "used", lambda: pytest.fail("derived again"))
        assert again["a"].tolist() == [0.0]
        cache.cached_arrays("model", f"new{k}", lambda: {"a": np.ones(1)})
        os.utime(folder / f"model-new{k}.npz", (k + 1, k + 1))  # written, then never read
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted(["model-used.npz", f"model-new{cache.KEEP + 1}.npz"])
