"""Exporting a python-crfsuite name model into the arrays privacy.names.crf decodes with."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np

from privacy.names.features import (
    B_OFFSETS,
    D_OFFSETS,
    K_OFFSETS,
    LABELS,
    N_OFFSETS,
    ROLE_GAPS,
    TITLE_GAPS,
    U_OFFSETS,
    W_OFFSETS,
    X_OFFSETS,
    char_class,
    char_flags,
    char_lexicon,
    dictionary_words,
    word_class,
)

CODEPOINTS = 0x10000
_SHIFT = 21


def pair_code(text: str) -> int:
    """The integer key of two characters (as privacy.names.crf computes it)."""
    a, b = (min(ord(c), CODEPOINTS - 1) for c in text)
    return (a << _SHIFT) | b


def triple_code(text: str) -> int:
    a, b, c = (min(ord(ch), CODEPOINTS - 1) for ch in text)
    return (((a << _SHIFT) | b) << _SHIFT) | c


def export(state_features: dict[tuple[str, str], float],
           transitions: dict[tuple[str, str], float], path: str | Path,
           extra: dict[str, Any] | None = None) -> None:
    """Write the model's weights and the classes it was trained with to an .npz file."""
    label = {name: k for k, name in enumerate(LABELS)}
    weights: dict[str, np.ndarray] = defaultdict(lambda: np.zeros(3))
    for (attribute, name), weight in state_features.items():
        weights[attribute][label[name]] += weight
    arrays: dict[str, Any] = {"transitions": np.zeros((3, 3))}
    for (a, b), weight in transitions.items():
        arrays["transitions"][label[a], label[b]] = weight
    arrays["bias"] = weights.get("bias", np.zeros(3))

    def template(prefix: str) -> dict[str, np.ndarray]:
        """Weights of one template, by the value after its "=" (prefix includes the "=")."""
        return {a[len(prefix):]: w for a, w in weights.items() if a.startswith(prefix)}

    classes = sorted({char_class(chr(cp)) for cp in range(CODEPOINTS)})
    flags = sorted({char_flags(chr(cp)) for cp in range(CODEPOINTS)})
    arrays["cp_class"] = np.array([classes.index(char_class(chr(cp))) for cp in range(CODEPOINTS)],
                                  dtype=np.uint8)
    flag_id = {f: k for k, f in enumerate(flags)}
    arrays["cp_flags"] = np.array([flag_id[char_flags(chr(cp))] for cp in range(CODEPOINTS)],
                                  dtype=np.uint16)
    lexicon = [char_lexicon(chr(cp)) for cp in range(CODEPOINTS)]
    lexicon_classes = sorted(set(lexicon))
    lexicon_id = {c: k for k, c in enumerate(lexicon_classes)}
    arrays["cp_lexicon"] = np.array([lexicon_id[c] for c in lexicon], dtype=np.uint16)
    for o in N_OFFSETS:
        values = template(f"n{o}=")
        arrays[f"n{o}_lexicon_rows"] = np.array([values.get(c, np.zeros(3))
                                                 for c in lexicon_classes])
    for o in U_OFFSETS:
        chars = template(f"u{o}=")
        keys = sorted(min(ord(c), CODEPOINTS - 1) for c in chars)
        by_key = {min(ord(c), CODEPOINTS - 1): w for c, w in chars.items()}
        arrays[f"u{o}_keys"] = np.array(keys, dtype=np.int64)
        arrays[f"u{o}_rows"] = np.array([by_key[k] for k in keys]).reshape(-1, 3)
    for o in K_OFFSETS:
        values = template(f"k{o}=")
        arrays[f"k{o}_class_rows"] = np.array([values.get(c, np.zeros(3)) for c in classes])
    for o in X_OFFSETS:
        values = template(f"x{o}=")
        arrays[f"x{o}_flag_rows"] = np.array([values.get(f, np.zeros(3)) if f else np.zeros(3)
                                              for f in flags])
    for o in B_OFFSETS:
        _pairs(arrays, f"b{o}", template(f"b{o}="), pair_code)
    _pairs(arrays, "s", template("s="), pair_code)
    word_classes = sorted({"-", "cmp"} | {f"{g}{b}" for g in ("nr", "ns", "nt", "nz", "v", "a",
                                                             "d", "n", "o") for b in "hml"})
    two, three = dictionary_words()
    for name, words, code in (("dict2", two, pair_code), ("dict3", three, triple_code)):
        kept = sorted((code(w), word_classes.index(word_class(w))) for w in words
                      if word_class(w) != "-")
        arrays[f"{name}_keys"] = np.array([k for k, _ in kept], dtype=np.uint64)
        arrays[f"{name}_class"] = np.array([c for _, c in kept], dtype=np.uint8)
    for prefix, offsets in (("d", D_OFFSETS), ("w", W_OFFSETS)):
        for o in offsets:
            values = template(f"{prefix}{o}=")
            arrays[f"{prefix}{o}_class_rows"] = np.array(
                [values.get(c, np.zeros(3)) for c in word_classes])
            arrays[f"{prefix}{o}_default"] = values.get("-", np.zeros(3))
    for k in ROLE_GAPS:
        arrays[f"r{k}"] = weights.get(f"r{k}", np.zeros(3))
    for k in TITLE_GAPS:
        arrays[f"t{k}"] = weights.get(f"t{k}", np.zeros(3))
    for key, value in (extra or {}).items():
        arrays[f"meta_{key}"] = np.array(value)
    np.savez_compressed(path, **arrays)


def _pairs(arrays: dict[str, Any], name: str, values: dict[str, np.ndarray], code) -> None:
    """Sorted keys and rows of a template over character pairs."""
    kept = sorted((code(pair), w) for pair, w in values.items() if len(pair) == 2)
    arrays[f"{name}_keys"] = np.array([k for k, _ in kept], dtype=np.uint64)
    arrays[f"{name}_rows"] = np.array([w for _, w in kept]).reshape(-1, 3)
