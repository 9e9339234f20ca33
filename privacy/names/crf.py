"""The trained person-name CRF, folded into lookup tables and decoded at C speed.

A model trained with python-crfsuite on privacy.names.features is exported (see
privacy.names.export) as arrays: the weights of each feature template and the character and
dictionary classes it was trained with. Loading folds them into one table per kind of
template: per code point (character, class and lexicon flags at each offset; code points with
the same rows share them), per character pair, per skip pair and per triple (the pair's own
weights plus those of its dictionary class; a triple's are its class's). The C module
privacy.names._crf scores a text's characters from these tables and runs Viterbi and
forward-backward, as crfsuite's tagger would on the same features (the tests check that they
agree).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from privacy.cache import cached_arrays, file_digest
from privacy.hashtable import hash_table
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

Span = tuple[int, int, float]  # start, end, the name probability of its likeliest character


class NameModel:
    """A trained name CRF, ready to decode texts."""

    def __init__(self, arrays: dict[str, np.ndarray]) -> None:
        """A model from the arrays of an exported model file (privacy.names.export)."""
        self._init(fold(arrays))

    def _init(self, folded: dict[str, np.ndarray]) -> None:
        self._tables = [folded[f"table{k}"] for k in range(_TABLES)]  # the C model reads them
        self._model = _crf.Model(*self._tables)
        # the probability from which a character counts as part of a name (chosen in training)
        self.threshold = float(folded["threshold"])

    @classmethod
    def load(cls, path: str | Path) -> NameModel:
        """The model of an exported file, its tables folded once and cached (privacy.cache)."""
        path = Path(path)

        def derive() -> dict[str, np.ndarray]:
            with np.load(path) as data:
                return fold({name: data[name] for name in data.files})

        model = cls.__new__(cls)
        model._init(cached_arrays("names", file_digest(path), derive))
        return model

    def spans(self, text: str, threshold: float, trim: float = 0.0) -> list[Span]:
        """The names of text: Viterbi's, then runs of other characters whose probability of
        being part of a name reaches threshold; each with its highest such probability. A
        run starts at its first character at least trim times as likely as its likeliest
        (受厄普顿 starts at 厄: 受 only borders the name)."""
        return self._decode(text, threshold, trim)

    def trimmed_spans(self, text: str, threshold: float, trim: float,
                      end_trim: float) -> list[tuple[int, int, float, int]]:
        """spans(), each run of likely characters also ending after its last character at
        least end_trim times as likely as its likeliest (普益财富 ends at 益); with the end of
        the whole run after each span's (a Viterbi name's own end)."""
        return self._decode(text, threshold, trim, end_trim)

    def _decode(self, text: str, *settings: float) -> list:
        """The C decoder's spans of text, given its cue positions (settings: threshold, trim
        and optionally end_trim)."""
        if not text:
            return []
        role_ends, title_starts = cue_positions(text)
        return self._model.decode(text, role_ends, title_starts, *settings)

    def probabilities(self, text: str) -> list[float]:
        """Each character's probability of being part of a name."""
        if not text:
            return []
        role_ends, title_starts = cue_positions(text)
        return self._model.probabilities(text, role_ends, title_starts)


_TABLES = 17  # the C model's constructor arguments


def fold(arrays: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """The tables of the C model (table0… in the order of its constructor) and the threshold,
    from the arrays of an exported model."""
    unigrams = np.zeros((len(U_OFFSETS), CODEPOINTS, 3))
    for slot, o in enumerate(U_OFFSETS):
        unigrams[slot, arrays[f"u{o}_keys"]] = arrays[f"u{o}_rows"]
        if f"k{o}_class_rows" in arrays:
            unigrams[slot] += arrays[f"k{o}_class_rows"][arrays["cp_class"]]
        if f"x{o}_flag_rows" in arrays:
            unigrams[slot] += arrays[f"x{o}_flag_rows"][arrays["cp_flags"]]
        if f"n{o}_lexicon_rows" in arrays:
            unigrams[slot] += arrays[f"n{o}_lexicon_rows"][arrays["cp_lexicon"]]

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
    # Most pairs weigh only by their dictionary class: the slots point into the distinct rows
    # (a tenth as many), which halves the tables every process maps (22 → 12 MB).
    rows, pair_row = np.unique(rows.reshape(len(rows), -1), axis=0, return_inverse=True)
    rows = rows.reshape(-1, len(B_OFFSETS), 3)
    pair_keys, pair_index = hash_table(keys)
    pair_index = _slots_to(pair_index, pair_row.reshape(-1))

    # Code points share their rows at the seven offsets when their features are alike (most
    # weigh only by class, flags and name class): a table of the distinct rows, and each code
    # point's row in it, are read from the cache instead of missing it at every character.
    per_code_point = unigrams.transpose(1, 0, 2).reshape(CODEPOINTS, -1)
    distinct, row_of = np.unique(per_code_point, axis=0, return_inverse=True)
    if len(distinct) > np.iinfo(np.uint16).max:
        raise ValueError(f"{len(distinct)} distinct character rows: more than a uint16 holds")
    unigram_rows = distinct.reshape(-1, len(U_OFFSETS), 3)
    row_of = row_of.reshape(-1).astype(np.uint16)

    skip_keys, skip_index = hash_table(arrays["s_keys"])
    # a triple's rows are those of its dictionary class: its slot holds the class itself
    three_keys, three_class = arrays["dict3_keys"], arrays["dict3_class"]
    class_rows = np.stack([arrays[f"w{o}_class_rows"] for o in W_OFFSETS], axis=1)
    three_defaults = np.stack([arrays[f"w{o}_default"] for o in W_OFFSETS])
    triple_keys, triple_index = hash_table(three_keys)
    triple_index = _slots_to(triple_index, three_class)
    roles = np.stack([arrays[f"r{k}"] for k in ROLE_GAPS])
    titles = np.stack([arrays[f"t{k}"] for k in TITLE_GAPS])
    tables = (arrays["transitions"], arrays["bias"], unigram_rows, row_of, pair_keys,
              pair_index, rows, defaults, skip_keys, skip_index, arrays["s_rows"], triple_keys,
              triple_index, class_rows, three_defaults, roles, titles)
    folded = {f"table{k}": np.ascontiguousarray(t, dtype=np.float64) if t.dtype.kind == "f"
              else np.ascontiguousarray(t) for k, t in enumerate(tables)}
    threshold = arrays["meta_threshold"] if "meta_threshold" in arrays else np.array(0.05)
    folded["threshold"] = np.asarray(threshold, dtype=np.float64)
    return folded


def _slots_to(slot_index: np.ndarray, values: np.ndarray) -> np.ndarray:
    """A hash table's slot index (each slot's key number, -1 where free) mapped through values
    (the row or class each key reads), -1 kept where free."""
    read = values[np.maximum(slot_index, 0)].astype(np.int32)  # (classes are unsigned bytes)
    return np.where(slot_index >= 0, read, np.int32(-1)).astype(np.int32)
