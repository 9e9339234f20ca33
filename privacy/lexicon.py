"""jieba's dictionary as the rules read it: each word's frequency and part-of-speech tag.

Loading jieba's dictionary (a marshal of half a million words) and its tags (parsed from
dict.txt) takes about a second at every start. The rules only look words up, so the dictionary
is derived once into an open-addressed table of word keys (privacy._lexicon, a C module;
privacy.cache keeps it between processes) and read back in milliseconds. It answers as jieba
does: frequency(word) is jieba's FREQ[word] (0 for a prefix of longer words only, None for
neither), tag(word) is posseg's tag ("" for none).
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

import numpy as np

from privacy._lexicon import Table
from privacy.cache import cached_arrays, file_digest
from privacy.hashtable import hash_table

_FNV_OFFSET = np.uint64(0xCBF29CE484222325)
_FNV_PRIME = np.uint64(0x100000001B3)


class Lexicon:
    """Words' frequencies and tags, looked up by key (see privacy/_lexicon.c).

    ``frequency(text, start=0, end=len(text))`` is jieba's frequency of the word
    text[start:end]: 0 when it only begins longer words, None when neither (a C method: the
    rules call it in their inner loops, on ranges rather than slices).
    """

    def __init__(self, arrays: dict[str, np.ndarray]) -> None:
        self._arrays = arrays  # kept alive: the C table reads them in place
        table = Table(arrays["keys"], arrays["frequencies"])
        self.frequency = table.get
        self._slot = table.slot
        self._tag_of_slot = arrays["tag_numbers"].tobytes()  # one byte per slot: quick to index
        self._tags = ("", *(str(t) for t in arrays["tags"]))

    def tag(self, word: str) -> str:
        """jieba's part-of-speech tag of word ("nr" for a person's name), "" for none."""
        slot = self._slot(word)
        return self._tags[self._tag_of_slot[slot]] if slot >= 0 else ""


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """jieba's dictionary as a Lexicon, derived once and cached (see privacy.cache)."""
    return Lexicon(cached_arrays("lexicon", file_digest(dictionary_file()), derive_arrays))


def dictionary_file() -> Path:
    """jieba's own dictionary file (the one its default tokenizer loads)."""
    # Found without importing jieba (a third of a second): it is imported only to derive.
    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("jieba is not installed")
    return Path(spec.origin).resolve().parent / "dict.txt"


def derive_arrays() -> dict[str, np.ndarray]:
    """The table of jieba's loaded dictionary and tags (privacy.chinese)."""
    from privacy.chinese import dictionary, word_tags

    frequencies, tags = dictionary(), word_tags()
    names = sorted(set(tags.values()))
    if len(names) > 255:
        raise ValueError("more part-of-speech tags than a byte numbers")
    number = {tag: k + 1 for k, tag in enumerate(names)}
    words = list(frequencies)
    values = np.array([frequencies[w] for w in words], dtype=np.uint32)
    numbers = np.array([number.get(tags.get(w, ""), 0) for w in words], dtype=np.uint8)
    slot_keys, slot_index = hash_table(word_keys(words))
    free = slot_index < 0
    return {"keys": slot_keys,
            "frequencies": np.where(free, 0, values[slot_index]).astype(np.uint32),
            "tag_numbers": np.where(free, 0, numbers[slot_index]).astype(np.uint8),
            "tags": np.array(names)}


def word_keys(words: list[str]) -> np.ndarray:
    """Each word's key, as privacy._lexicon computes it: FNV-1a over its code points."""
    longest = max(map(len, words), default=1)
    points = np.array(words, dtype=f"<U{longest}").view(np.uint32).reshape(len(words), longest)
    lengths = np.fromiter(map(len, words), dtype=np.int64, count=len(words))
    keys = np.full(len(words), _FNV_OFFSET, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for k in range(longest):
            inside = lengths > k
            keys[inside] = (keys[inside] ^ points[inside, k].astype(np.uint64)) * _FNV_PRIME
    keys[keys == np.uint64(0xFFFF_FFFF_FFFF_FFFF)] -= np.uint64(1)
    return keys
