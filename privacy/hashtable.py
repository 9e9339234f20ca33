"""Open-addressed hash tables of 64-bit keys, built with NumPy for the C modules to read.

privacy.names._crf (pairs and triples of characters) and privacy._lexicon (words) look keys
up the same way (privacy/hashmix.h): first slot the key's murmur3 finaliser (mix), then linear
probing; a table is at most half full and EMPTY marks a free slot.
"""

from __future__ import annotations

import numpy as np

EMPTY = np.uint64(0xFFFF_FFFF_FFFF_FFFF)


def mix(keys: np.ndarray) -> np.ndarray:
    """The C modules' slot hash of 64-bit keys (a murmur3 finaliser), in NumPy."""
    with np.errstate(over="ignore"):
        keys = keys ^ (keys >> np.uint64(33))
        keys = keys * np.uint64(0xFF51AFD7ED558CCD)
        keys = keys ^ (keys >> np.uint64(33))
        keys = keys * np.uint64(0xC4CEB9FE1A85EC53)
        return keys ^ (keys >> np.uint64(33))


def hash_table(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The slots' keys and the row index each holds (-1 where free), for distinct keys."""
    keys = np.asarray(keys, dtype=np.uint64)
    if not len(keys):
        return np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.int32)
    size = 1 << int(np.ceil(np.log2(2 * len(keys))))
    mask = np.uint64(size - 1)
    slot_keys = np.full(size, EMPTY, dtype=np.uint64)
    slot_index = np.full(size, -1, dtype=np.int32)
    probe = mix(keys) & mask
    pending = np.arange(len(keys))
    while len(pending):  # each round, the first key wanting each free slot takes it
        wanted = probe[pending]
        free = slot_keys[wanted] == EMPTY
        slots, first = np.unique(wanted[free], return_index=True)
        winners = pending[free][first]
        slot_keys[slots] = keys[winners]
        slot_index[slots] = winners
        placed = np.zeros(len(keys), dtype=bool)
        placed[winners] = True
        pending = pending[~placed[pending]]
        probe[pending] = (probe[pending] + np.uint64(1)) & mask
    return slot_keys, slot_index
