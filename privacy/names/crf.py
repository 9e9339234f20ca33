"""The trained person-name CRF, folded into lookup tables and decoded at C speed.

A model trained with python-crfsuite on privacy.names.features is exported (see
privacy.names.export) as arrays: the weights of each feature template and the character and
dictionary classes it was trained with. Loading folds them into one table per kind of
template: per code point (character, class and lexicon flags at each offset), per character
pair, per skip pair and per triple (the pair's or triple's own weights plus those of its
dictionary class). The C module privacy.names._crf scores a text's characters from these
tables and runs Viterbi and forward-backward, as crfsuite's tagger would on the same features
(the tests check that they agree).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from privacy.names import _crf
from privacy.names.features import (
    B_OFFSETS,
    D_OFFSETS,
    ROLE_GAPS,
    TITLE_GAPS,
    U_OFFSETS,
    W_OFFSETS,
    cue_positions,
)

CODEPOINTS = 0x10000  # characters beyond the BMP share the table row of U+FFFF
EMPTY = np.uint64(0xFFFF_FFFF_FFFF_FFFF)

Span = tuple[int, int, float]  # start, end, the name probability of its likeliest character


class NameModel:
    """A trained name CRF, ready to decode texts."""

    def __init__(self, arrays: dict[str, np.ndarray]) -> None:
        self._tables = _fold(arrays)  # kept alive: the C model reads them in place
        self._model = _crf.Model(*self._tables)
        # the probability from which a character counts as part of a name (chosen in training)
        self.threshold = float(arrays["meta_threshold"]) if "meta_threshold" in arrays else 0.05

    @classmethod
    def load(cls, path: str | Path) -> NameModel:
        with np.load(path) as data:
            return cls({name: data[name] for name in data.files})

    def spans(self, text: str, threshold: float) -> list[Span]:
        """The names of text: Viterbi's, then runs of other characters whose probability of
        being part of a name reaches threshold; each with its highest such probability."""
        if not text:
            return []
        role_ends, title_starts = cue_positions(text)
        return self._model.decode(text, role_ends, title_starts, threshold)

    def probabilities(self, text: str) -> list[float]:
        """Each character's probability of being part of a name."""
        if not text:
            return []
        role_ends, title_starts = cue_positions(text)
        return self._model.probabilities(text, role_ends, title_starts)


def _fold(arrays: dict[str, np.ndarray]) -> tuple[np.ndarray, ...]:
    """The tables of the C model, in the order of its constructor."""
    unigrams = np.zeros((len(U_OFFSETS), CODEPOINTS, 3))
    for slot, o in enumerate(U_OFFSETS):
        unigrams[slot, arrays[f"u{o}_keys"]] = arrays[f"u{o}_rows"]
        if f"k{o}_class_rows" in arrays:
            unigrams[slot] += arrays[f"k{o}_class_rows"][arrays["cp_class"]]
        if f"x{o}_flag_rows" in arrays:
            unigrams[slot] += arrays[f"x{o}_flag_rows"][arrays["cp_flags"]]

    # pairs: every offset's own rows, plus the dictionary class rows of the pairs they cover
    dict_keys, dict_class = arrays["dict2_keys"], arrays["dict2_class"]
    keys = dict_keys
    for o in B_OFFSETS:
        keys = np.union1d(keys, arrays[f"b{o}_keys"])
    rows = np.zeros((len(keys), len(B_OFFSETS), 3))
    defaults = np.zeros((len(B_OFFSETS), 3))
    for slot, o in enumerate(B_OFFSETS):
        if o in D_OFFSETS:
            defaults[slot] = arrays[f"d{o}_default"]
            rows[:, slot] = defaults[slot]
            rows[np.searchsorted(keys, dict_keys), slot] = arrays[f"d{o}_class_rows"][dict_class]
        rows[np.searchsorted(keys, arrays[f"b{o}_keys"]), slot] += arrays[f"b{o}_rows"]
    pair_keys, pair_index = _hash_table(keys)

    skip_keys, skip_index = _hash_table(arrays["s_keys"])
    three_keys, three_class = arrays["dict3_keys"], arrays["dict3_class"]
    three_rows = np.stack([arrays[f"w{o}_class_rows"][three_class] for o in W_OFFSETS], axis=1)
    three_defaults = np.stack([arrays[f"w{o}_default"] for o in W_OFFSETS])
    triple_keys, triple_index = _hash_table(three_keys)
    roles = np.stack([arrays[f"r{k}"] for k in ROLE_GAPS])
    titles = np.stack([arrays[f"t{k}"] for k in TITLE_GAPS])
    tables = (arrays["transitions"], arrays["bias"], unigrams, pair_keys, pair_index, rows,
              defaults, skip_keys, skip_index, arrays["s_rows"], triple_keys, triple_index,
              three_rows, three_defaults, roles, titles)
    return tuple(np.ascontiguousarray(t, dtype=np.float64) if t.dtype.kind == "f" else
                 np.ascontiguousarray(t) for t in tables)


def _mix(keys: np.ndarray) -> np.ndarray:
    """The C module's hash of 64-bit keys (a murmur3 finaliser), in NumPy."""
    with np.errstate(over="ignore"):
        keys = keys ^ (keys >> np.uint64(33))
        keys = keys * np.uint64(0xFF51AFD7ED558CCD)
        keys = keys ^ (keys >> np.uint64(33))
        keys = keys * np.uint64(0xC4CEB9FE1A85EC53)
        return keys ^ (keys >> np.uint64(33))


def _hash_table(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """An open-addressed table (linear probing, at most half full) of keys: the slots' keys
    and the row index each holds, as the C module reads them."""
    keys = np.asarray(keys, dtype=np.uint64)
    if not len(keys):
        return np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.int32)
    size = 1 << int(np.ceil(np.log2(2 * len(keys))))
    mask = np.uint64(size - 1)
    slot_keys = np.full(size, EMPTY, dtype=np.uint64)
    slot_index = np.full(size, -1, dtype=np.int32)
    probe = _mix(keys) & mask
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
