"""EMAIL_ADDRESS: ASCII e-mail addresses validated with an offline public-suffix list."""

from __future__ import annotations

import re
from functools import lru_cache

import tldextract

from privacy.recognizers.base import CellHints, ScreenRecognizer

# ASCII-only on both sides so that adjacent Chinese text (邮箱zhangsan@example.com，联系…)
# is never swallowed, which Presidio's \w-based pattern does.
# (?=…): a match's first character, checked first (faster than the lookbehind alone).
_EMAIL = re.compile(
    r"(?=[A-Za-z0-9])(?<![A-Za-z0-9._%+\-])(?P<v>[A-Za-z0-9](?:[A-Za-z0-9._%+\-]{0,62}[A-Za-z0-9_%+\-])?"
    r"@[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}"
    r"[A-Za-z0-9])?)+)(?![A-Za-z0-9\-]|\.[A-Za-z0-9])"
)


@lru_cache(maxsize=1)
def offline_tld_extractor() -> tldextract.TLDExtract:
    """A TLDExtract that only uses the snapshot bundled with tldextract (no network, no cache)."""
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)


@lru_cache(maxsize=4096)
def domain_ok(domain: str) -> bool:
    """Whether domain has a registrable part under a real public suffix (cached: domains repeat)."""
    extracted = offline_tld_extractor()(domain)
    return bool(extracted.suffix and extracted.domain)


class EmailRecognizer(ScreenRecognizer):
    """E-mail addresses whose domain ends in a real public suffix (checked offline)."""

    ENTITY = "EMAIL_ADDRESS"
    REGEX = _EMAIL
    CONTEXT = ("邮箱", "邮件", "电邮", "email", "e-mail", "mail")
    SCORE = 1.0

    def may_match(self, hints: CellHints) -> bool:  # noqa: D102
        return hints.at

    def score(self, candidate: str) -> float | None:  # noqa: D102
        return self.SCORE if domain_ok(candidate.rpartition("@")[2]) else None

    def classify(self, value: str) -> str | None:  # noqa: D102
        value = value.strip()
        if value.count("@") != 1 or any(c.isspace() for c in value):
            return None
        found = self.find(value)
        if found and found[0].start == 0 and found[0].end == len(value):
            return "valid"
        return "invalid"
