"""US_SSN: Presidio's own UsSsnRecognizer behind a cheap pre-filter."""

from __future__ import annotations

import re

from presidio_analyzer.predefined_recognizers import UsSsnRecognizer as PresidioUsSsnRecognizer

from privacy.recognizers.base import CellHints


class _Trigger:
    """search(text) is None when Presidio's recognizer would find nothing to keep in text."""
    # Presidio's patterns with a score of at least the screen's threshold all have this shape;
    # the others (a bare 9 digits, 12345-6789) stay below it unless a context word raises
    # them. Substring tests first: they run at C speed on the many cells with neither.

    _SHAPE = re.compile(r"[0-9]{3}[- .][0-9]{2}[- .][0-9]{4}")

    def search(self, text: str) -> object | None:
        if "-" in text or " " in text or "." in text:
            found = self._SHAPE.search(text)
            if found is not None:
                return found
        if "SSN" in text or "sn" in text or "ocial" in text or "OCIAL" in text:
            return True
        return None


class UsSsnRecognizer(PresidioUsSsnRecognizer):
    """US social security numbers written 123-45-6789 (or with spaces or dots); a bare nine
    digits only next to "SSN" or "social security" (Presidio's context words)."""

    TRIGGER = _Trigger()

    def __init__(self, supported_language: str = "zh") -> None:
        super().__init__(supported_language=supported_language)

    def may_match(self, hints: CellHints) -> bool:
        """Nine digits at least, and letters (SSN: 123-45-6789; a number alone in a cell is
        known for one by its column's header)."""
        return hints.digits >= 9 and hints.alpha
