"""The name model's features, defined once for training (as strings) and decoding (as tables).

Every feature of character i is a function of a few characters around it, so that a trained
model folds into lookup tables that a whole batch of texts is scored with at once
(privacy.names.crf). The templates, with o an offset from i:

- ``u{o}=c``   the character at i+o, o in -3..3 (texts are padded with BOS and EOS);
- ``k{o}=K``   its class (H CJK, D digit, L latin, S space, P other, ^ BOS, $ EOS), o in -1..1;
- ``x{o}=F``   its lexicon flags (s surname, c common surname, g given-name character,
               f a character of transliterated names, m mask character, t stop
               character), o in -2..2, when it has any;
- ``n{o}=N``   its name class (how often jieba's dictionary uses it in personal names, in
               transliterated ones and in words at all; see char_lexicon), o in -1..1;
- ``b{o}=cc``  the two characters at i+o and i+o+1, o in -2..1;
- ``s=cc``     the characters at i-1 and i+1;
- ``d{o}=D``   the dictionary class of those two characters, o in -1..0 (jieba's tag group and
               frequency band; cmp for a compound surname; - for none);
- ``w{o}=D``   the dictionary class of the three characters at i+o..i+o+2, o in -2..0;
- ``r{k}``     a role word (申请人, 来电人, 当事人 …, with an optional colon) ends at i-k, k 0..2;
- ``t{k}``     a title or honorific (先生, 女士, 同志 …) starts at i+k, k 1..4;
- ``bias``.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from functools import lru_cache

from privacy.chinese import NAME_TAGS, dictionary, word_tags
from privacy.recognizers.cues import ROLES, TITLES
from privacy.recognizers.surnames import (
    COMMON_SURNAMES,
    COMPOUND_SURNAMES,
    GIVEN_NAME_CHARS,
    MASK_CHARS,
    MODEL_STOP_CHARS,
    SINGLE_SURNAMES,
    TRANSLITERATION_CHARS,
)

LABELS = ("B", "I", "O")  # the first character of a name, one after it, any other
BOS, EOS = "\x02", "\x03"
U_OFFSETS = (-3, -2, -1, 0, 1, 2, 3)
K_OFFSETS = (-1, 0, 1)
X_OFFSETS = (-2, -1, 0, 1, 2)
N_OFFSETS = (-1, 0, 1)
B_OFFSETS = (-2, -1, 0, 1)
D_OFFSETS = (-1, 0)
W_OFFSETS = (-2, -1, 0)
ROLE_GAPS = (0, 1, 2)
TITLE_GAPS = (1, 2, 3, 4)
PAD = 3  # BOS/EOS characters around a text: enough for every template

_ROLE = re.compile("(?:" + "|".join(sorted(map(re.escape, ROLES), key=len, reverse=True))
                   + ")(?:[:：]|[ \t]+)?")
_TITLE = re.compile("|".join(sorted(map(re.escape, TITLES), key=len, reverse=True)))
_MASKS = MASK_CHARS | frozenset("ＸＸ")


def inputs_digest() -> str:
    """A digest of what the features read besides the text and their templates: the role words
    and titles, the character classes, the name tags and jieba's version (its dictionary gives
    the word and name classes). Training records it (names.provenance.json, "feature_inputs");
    a model decoded with other inputs is not the model its provenance describes, and the tests
    say so: retrain it (make train-names) when one of these lists changes."""
    import jieba  # (for its version: the dictionary ships with it; nothing is loaded)

    digest = hashlib.sha256()
    for words in (ROLES, TITLES, *(sorted(chars) for chars in (
            SINGLE_SURNAMES, COMMON_SURNAMES, COMPOUND_SURNAMES, GIVEN_NAME_CHARS,
            TRANSLITERATION_CHARS, _MASKS, MODEL_STOP_CHARS, NAME_TAGS)), [jieba.__version__]):
        digest.update("\x1f".join(words).encode() + b"\x1e")
    return digest.hexdigest()


def char_class(char: str) -> str:
    """H (CJK), D (digit), L (latin), S (space), P (anything else), ^ (BOS), $ (EOS)."""
    if char == BOS:
        return "^"
    if char == EOS:
        return "$"
    if "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf" or "\uf900" <= char <= "\ufaff":
        return "H"
    if char.isdigit():
        return "D"
    if char.isalpha():
        return "L"
    return "S" if char.isspace() else "P"


def char_flags(char: str) -> str:
    """The lexicon flags of a character ("" for none; ^ and $ for the padding)."""
    if char == BOS:
        return "^"
    if char == EOS:
        return "$"
    return ("s" if char in SINGLE_SURNAMES else "") + ("c" if char in COMMON_SURNAMES else "") \
        + ("g" if char in GIVEN_NAME_CHARS else "") \
        + ("f" if char in TRANSLITERATION_CHARS else "") + ("m" if char in _MASKS else "") \
        + ("t" if char in MODEL_STOP_CHARS else "")


def char_lexicon(char: str) -> str:
    """The name class of a character, from the words of jieba's dictionary it occurs in: the
    share of them that are personal names with it after the first character (g), that are
    transliterated names (t), and how many words it occurs in at all (w); ^ and $ for the
    padding, "" for a character in no word."""
    if char == BOS:
        return "^"
    if char == EOS:
        return "$"
    return _lexicon_classes().get(char, "")


_SHARE_BANDS = (0.0, 0.02, 0.1, 0.3, 0.6)  # lower edges of the bands of a share


def _band(part: int, whole: int) -> int:
    share = part / whole
    return sum(share > edge for edge in _SHARE_BANDS)


@lru_cache(maxsize=1)
def _lexicon_classes() -> dict[str, str]:
    """char_lexicon of every character in a word of jieba's dictionary."""
    words: dict[str, int] = {}
    given: dict[str, int] = {}
    foreign: dict[str, int] = {}
    tags = word_tags()
    for word, frequency in dictionary().items():
        if not frequency or not 2 <= len(word) <= 4:
            continue
        tag = tags.get(word, "")
        for k, char in enumerate(word):
            words[char] = words.get(char, 0) + 1
            if k and tag in ("nr", "nrfg"):
                given[char] = given.get(char, 0) + 1
            if tag == "nrt":
                foreign[char] = foreign.get(char, 0) + 1
    bands = {}
    for char, count in words.items():
        support = 0 if count < 5 else 1 if count < 50 else 2
        bands[char] = (f"g{_band(given.get(char, 0), count)}"
                       f"t{_band(foreign.get(char, 0), count)}w{support}")
    return bands


def word_class(word: str) -> str:
    """The dictionary class of a 2- or 3-character string: compound surname, tag and band."""
    if word in COMPOUND_SURNAMES:
        return "cmp"
    frequency = dictionary().get(word)
    if not frequency:  # None: not a word; 0: only the prefix of longer words
        return "-"
    tag = word_tags().get(word, "")
    group = "nr" if tag in NAME_TAGS else tag if tag in (
        "ns", "nt", "nz", "v", "a", "d") else "n" if tag.startswith("n") else "o"
    band = "h" if frequency >= 1000 else "m" if frequency >= 50 else "l"
    return f"{group}{band}"


def cue_positions(text: str) -> tuple[list[int], list[int]]:
    """Where role words end (a name may start there) and where titles start, in text."""
    return [m.end() for m in _ROLE.finditer(text)], [m.start() for m in _TITLE.finditer(text)]


def character_features(text: str) -> Iterator[list[str]]:
    """The features of each character of text, as strings (for training)."""
    padded = BOS * PAD + text + EOS * PAD
    role_ends, title_starts = cue_positions(text)
    roles, titles = set(role_ends), set(title_starts)
    for i in range(len(text)):
        at = i + PAD
        features = ["bias"]
        features += [f"u{o}={padded[at + o]}" for o in U_OFFSETS]
        features += [f"k{o}={char_class(padded[at + o])}" for o in K_OFFSETS]
        for o in X_OFFSETS:
            flags = char_flags(padded[at + o])
            if flags:
                features.append(f"x{o}={flags}")
        features += [f"n{o}={char_lexicon(padded[at + o])}" for o in N_OFFSETS]
        features += [f"b{o}={padded[at + o:at + o + 2]}" for o in B_OFFSETS]
        features.append(f"s={padded[at - 1]}{padded[at + 1]}")
        features += [f"d{o}={word_class(padded[at + o:at + o + 2])}" for o in D_OFFSETS]
        features += [f"w{o}={word_class(padded[at + o:at + o + 3])}" for o in W_OFFSETS]
        features += [f"r{k}" for k in ROLE_GAPS if i - k in roles]
        features += [f"t{k}" for k in TITLE_GAPS if i + k in titles]
        yield features


def labels_of(length: int, names: list[tuple[int, int]]) -> list[str]:
    """B/I/O labels of a text of length characters with names at the given spans."""
    labels = ["O"] * length
    for start, end in names:
        labels[start] = "B"
        for k in range(start + 1, end):
            labels[k] = "I"
    return labels


@lru_cache(maxsize=1)
def dictionary_words() -> tuple[list[str], list[str]]:
    """jieba's dictionary words of 2 and of 3 characters that have a class (for the tables)."""
    two, three = [], []
    for word, frequency in dictionary().items():
        if frequency and len(word) == 2:
            two.append(word)
        elif frequency and len(word) == 3:
            three.append(word)
    two += COMPOUND_SURNAMES  # a class of their own, dictionary words or not
    return sorted(set(two)), sorted(set(three))
