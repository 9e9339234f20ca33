"""IBAN_CODE: Presidio's own IbanRecognizer (mod-97 checked) behind a cheap pre-filter."""

from __future__ import annotations

import re

from presidio_analyzer.predefined_recognizers import IbanRecognizer as PresidioIbanRecognizer

from privacy.recognizers.base import CellHints


class IbanRecognizer(PresidioIbanRecognizer):
    """International bank account numbers (GB82 WEST 1234 5698 7654 32), with or without
    spaces; skipped for texts without a country code followed by two check digits."""

    # the country codes of the IBAN registry, two check digits and the start of the account
    TRIGGER = re.compile(
        r"(?<![A-Za-z0-9])(?:A[DELTZ]|B[AEGHIRY]|C[HRYZ]|D[EJKOZ]|E[EGS]|F[IKOR]|G[BEILRT]|"
        r"H[RU]|I[EL-T]|JO|K[WZ]|L[BCITUVY]|M[CDEKRTU]|N[IL]|NO|OM|P[KLST]|QA|R[OSU]|"
        r"S[ACDEIKMOTV]|T[LNR]|UA|VA|VG|XK|YE)[0-9]{2}[ ]?[A-Z0-9]{4}"
    )

    def __init__(self, supported_language: str = "zh") -> None:
        super().__init__(supported_language=supported_language)

    def may_match(self, hints: CellHints) -> bool:
        """The shortest IBAN (Norway) has 15 characters, 13 of them digits."""
        return hints.alpha and hints.digits >= 8
