"""Training records with their names replaced by others (mention replacement), for training.

A CRF trained on a corpus learns the names in it as well as the contexts they stand in: 基恩
seen a hundred times in football news is a name, the same context with an unseen name is not
read as well. Copies of each record whose names are swapped for other names of the same kind
(another Chinese name, another transliteration, another Latin-letter name, another nickname)
teach the model the contexts and the shapes of names rather than the names themselves.

Replacements are drawn half from the names of the records given (so only from the training
part of the corpora, never from what the screen is checked on) and half generated: Chinese
names from the surname lists and given-name characters, transliterations from the characters
transliterated names are written with, Latin-letter names from Faker's English locale as they
appear in Chinese text (lower case, run together, nicknames with digits), nicknames from their
usual forms (小X, 阿X, 老X, XX). Seeded: the same records and seed give the same copies.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Iterator, Sequence

from privacy.recognizers.surnames import (
    COMMON_SURNAMES,
    COMPOUND_SURNAMES,
    GIVEN_NAME_CHARS,
    MODEL_STOP_CHARS,
    SINGLE_SURNAMES,
    TRANSLITERATION_CHARS,
)

Example = tuple[str, list[tuple[int, int]]]  # a text and the spans of the names in it

_LATIN = re.compile(r"[A-Za-z]")
_MASKED = frozenset("某*＊×ｘXx?？○〇")
_NICK_PREFIXES = ("小", "阿", "老", "大")
_NICK_SUFFIXES = ("哥", "姐", "妹", "弟", "仔", "儿", "宝", "爷")


def kind_of(name: str) -> str | None:
    """The kind of a gold name: chinese, transliteration, latin or nickname (None: keep it,
    as a single character, a masked form or a name mixing kinds)."""
    if len(name) < 2 or any(c in _MASKED for c in name if not c.isalpha() or not c.isascii()):
        return None
    if _LATIN.search(name):
        return "latin" if name.isascii() else None
    if "·" in name or all(c in TRANSLITERATION_CHARS for c in name):
        return "transliteration"
    surname = name[:2] if name[:2] in COMPOUND_SURNAMES else name[:1]
    known = surname in SINGLE_SURNAMES or surname in COMPOUND_SURNAMES
    return "chinese" if known and 1 <= len(name) - len(surname) <= 2 else "nickname"


class NameSwapper:
    """Replaces the names of records by others of the same kind (seeded)."""

    def __init__(self, examples: Sequence[Example], seed: int) -> None:
        self.rng = random.Random(seed)
        self.pools: dict[str, list[str]] = {}
        for text, names in examples:
            for start, end in names:
                kind = kind_of(text[start:end])
                if kind is not None:
                    self.pools.setdefault(kind, []).append(text[start:end])
        for pool in self.pools.values():
            pool.sort()
        self._common = sorted(COMMON_SURNAMES)
        self._singles = sorted(SINGLE_SURNAMES)
        self._compounds = sorted(COMPOUND_SURNAMES)
        self._given = sorted(c for c in GIVEN_NAME_CHARS - MODEL_STOP_CHARS
                             if "\u4e00" <= c <= "\u9fff")
        self._foreign_chars = sorted(TRANSLITERATION_CHARS)
        self._english: list[str] | None = None

    def copies(self, examples: Iterable[Example], count: int = 1) -> Iterator[Example]:
        """count copies of every record that names someone, each name swapped."""
        for text, names in examples:
            if not names:
                continue
            for _ in range(count):
                yield self.swap(text, names)

    def swap(self, text: str, names: Sequence[tuple[int, int]]) -> Example:
        """text with each of its names replaced (names that have no kind are kept)."""
        out, spans, at = [], [], 0
        for start, end in sorted(names):
            if start < at:
                continue  # overlapping gold spans: keep the first
            out.append(text[at:start])
            kind = kind_of(text[start:end])
            name = self.name(kind) if kind is not None else text[start:end]
            length = sum(len(piece) for piece in out)
            spans.append((length, length + len(name)))
            out.append(name)
            at = end
        out.append(text[at:])
        return "".join(out), spans

    def name(self, kind: str) -> str:
        """A name of kind: from the records' own names half of the time, else generated."""
        pool = self.pools.get(kind)
        if pool and self.rng.random() < 0.5:
            return self.rng.choice(pool)
        return getattr(self, f"_{kind}")()

    def _chinese(self) -> str:
        roll = self.rng.random()
        surname = (self.rng.choice(self._compounds) if roll < 0.04 else
                   self.rng.choice(self._common) if roll < 0.8 else
                   self.rng.choice(self._singles))
        size = self.rng.choice((1, 2, 2, 2))
        return surname + "".join(self.rng.choice(self._given) for _ in range(size))

    def _transliteration(self) -> str:
        parts = [self._run(2, 4)]
        if self.rng.random() < 0.25:
            parts.append(self._run(2, 4))
        return "·".join(parts)

    def _run(self, low: int, high: int) -> str:
        return "".join(self.rng.choice(self._foreign_chars)
                       for _ in range(self.rng.randint(low, high)))

    def _latin(self) -> str:
        if self._english is None:
            from faker import Faker  # a development dependency: only training needs it

            faker = Faker("en_US")
            faker.seed_instance(self.rng.randrange(1 << 30))
            self._english = sorted({faker.first_name() for _ in range(400)}
                                   | {faker.last_name() for _ in range(400)})
        first, last = self.rng.choice(self._english), self.rng.choice(self._english)
        roll = self.rng.random()
        if roll < 0.3:
            return first
        if roll < 0.5:
            return (first + last).lower()
        if roll < 0.7:
            return first + last
        if roll < 0.85:
            return f"{first} {last}"
        return first.lower() + str(self.rng.randint(0, 999))

    def _nickname(self) -> str:
        char = self.rng.choice(self._given)
        roll = self.rng.random()
        if roll < 0.35:
            return self.rng.choice(_NICK_PREFIXES) + char
        if roll < 0.55:
            return char + char
        if roll < 0.75:
            return char + self.rng.choice(_NICK_SUFFIXES)
        return char + self.rng.choice(self._given)
