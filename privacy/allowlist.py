"""Terms a publisher has declared not personal: kept as they are wherever the screen meets them.

A policy names them as text (``allow``, written by a person) or as keyed digests
(``allow_digests``, recorded by a reviewer who marked a finding as not personal: the screen
keeps the digests of the terms each finding covers, never the terms). A digest is an HMAC of
the term under the catalog's key, so it says nothing to whoever lacks that key.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable, Sequence
from typing import TypeVar

from privacy.spans import Spanned

# What a reviewer may declare not personal: names and addresses can be mistaken for places
# and shops; an identifier with a checksum cannot.
TERM_ENTITIES = frozenset({"PERSON", "CN_ADDRESS", "STREET_ADDRESS"})
DIGEST_CHARS = 32

Found = TypeVar("Found", bound=Spanned)


def term_digest(key: bytes, term: str) -> str:
    """The keyed digest of a term (hex)."""
    return hmac.new(key, term.encode("utf-8"), hashlib.sha256).hexdigest()[:DIGEST_CHARS]


class AllowList:
    """The terms of a policy's allow-list, matched as text and by digest."""

    def __init__(self, terms: Sequence[str] = (), digests: Sequence[str] = (),
                 key: bytes | None = None) -> None:
        self.terms = frozenset(terms)
        self.digests = frozenset(digests) if key is not None else frozenset()
        self.key = key

    def __bool__(self) -> bool:
        return bool(self.terms or self.digests)

    def allows(self, term: str) -> bool:
        """Whether term was declared not personal."""
        if term in self.terms:
            return True
        return (self.key is not None and bool(self.digests)
                and term_digest(self.key, term) in self.digests)

    def keep(self, text: str, found: Sequence[Found]) -> list[Found]:
        """found without the spans of text that are allowed terms."""
        return [f for f in found if f.entity_type not in TERM_ENTITIES
                or not self.allows(text[f.start:f.end])]

    def around(self, scan: Callable[[str], Sequence[Found]]) -> Callable[[str], Sequence[Found]]:
        """scan without the allowed terms (scan itself when nothing is allowed)."""
        if not self:
            return scan

        def allowing(text: str) -> Sequence[Found]:
            found = scan(text)
            return tuple(self.keep(text, found)) if found else found

        return allowing
