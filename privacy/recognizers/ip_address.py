"""IP_ADDRESS: Presidio's own IpRecognizer behind a cheap pre-filter."""

from __future__ import annotations

import re

from presidio_analyzer.predefined_recognizers import IpRecognizer as PresidioIpRecognizer

from privacy.recognizers.base import CellHints


class IpRecognizer(PresidioIpRecognizer):
    """Presidio's IPv4/IPv6 recognizer; skipped for texts without enough digits."""

    # Every address has a dotted quad, "::", or three colons between hex digits (a time of
    # day such as 08:30:00 has none of them).
    TRIGGER = re.compile(r"\d\.\d{1,3}\.\d{1,3}\.\d|::|[0-9A-Fa-f]:[0-9A-Fa-f]{0,4}:"
                         r"[0-9A-Fa-f]{0,4}:[0-9A-Fa-f]")

    def __init__(self, supported_language: str = "zh") -> None:
        super().__init__(supported_language=supported_language)

    def may_match(self, hints: CellHints) -> bool:
        """IPv4 needs 3 dots and 4 digits; IPv6 needs at least 2 colons."""
        return hints.dots >= 3 and hints.digits >= 4 or hints.colons >= 2
