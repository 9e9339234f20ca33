"""Passports, driving licences, tax, insurance and health numbers of English-speaking
countries: Presidio's own predefined recognizers, run together behind one pre-filter.

Their bare patterns are weak (a US passport is any nine digits), so Presidio scores them
below the screen's threshold until one of the recognizer's own context words (passport,
licence, NHS, TFN...) is near. NationalIdRecognizer runs a recognizer only on a text holding
one of its words, and raises a score as ScreenRecognizer does (a context word in the
characters before the number: +0.35, at least 0.4), so that the cell path and
AnalyzerEngine.analyze() agree. Everything the recognizers check (Verhoeff and mod-11 digits,
letter series) is Presidio's.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.predefined_recognizers import (
    AuMedicareRecognizer,
    AuTfnRecognizer,
    CaSinRecognizer,
    InAadhaarRecognizer,
    InPanRecognizer,
    InPassportRecognizer,
    NhsRecognizer,
    SgFinRecognizer,
    UkDrivingLicenceRecognizer,
    UkNinoRecognizer,
    UkPassportRecognizer,
    UsBankRecognizer,
    UsItinRecognizer,
    UsLicenseRecognizer,
    UsPassportRecognizer,
)

from privacy.recognizers.base import CellHints, ScreenRecognizer, raise_by_context

# (Presidio's recognizer, the words one of which a text must hold for it to run: its context
# words, cut to what is distinctive as a substring, since "us" and "tax" are in every text)
GATES: tuple[tuple[type[EntityRecognizer], tuple[str, ...]], ...] = (
    (UsPassportRecognizer, ("passport", "travel document")),
    (UsLicenseRecognizer, ("driver", "licen", "lic#", "dls", "permit")),
    (UsItinRecognizer, ("itin", "taxpayer", "tax id", "taxid")),
    (UsBankRecognizer, ("account", "acct", "bank", "checking", "savings", "debit")),
    (NhsRecognizer, ("nhs", "health service", "health authority")),
    (UkNinoRecognizer, ("national insurance", "ni number", "nino")),
    (UkPassportRecognizer, ("passport", "travel document")),
    (UkDrivingLicenceRecognizer, ("licence", "license", "dvla", "dl number")),
    (CaSinRecognizer, ("sin number", "sin:", "sin ", "social insurance", "nas")),
    (AuTfnRecognizer, ("tax file", "tfn")),
    (AuMedicareRecognizer, ("medicare",)),
    (InAadhaarRecognizer, ("aadhaar", "aadhar", "uidai")),
    (InPanRecognizer, ("permanent account", "pan ", "pan:", "pan no", "pan#")),
    (InPassportRecognizer, ("passport",)),
    (SgFinRecognizer, ("nric", "fin ", "fin:", "fin#", "fin no")),
)
_ANY_WORD = re.compile("|".join(sorted({re.escape(w) for _, words in GATES for w in words})))
_WINDOW = 40  # characters before a number searched for a context word


class _Trigger:
    """search(text) is None when text holds none of the gates' words (ignoring case)."""

    def search(self, text: str) -> re.Match[str] | None:
        return _ANY_WORD.search(text.lower())


class NationalIdRecognizer(ScreenRecognizer):
    """Presidio's recognizers of identity, tax, health and licence numbers abroad."""

    ENTITY = "US_PASSPORT"  # one of them (ScreenRecognizer wants one); all are listed below
    TRIGGER = _Trigger()

    def __init__(self, supported_language: str = "zh") -> None:
        super().__init__(supported_language=supported_language)
        self._gates = [(recognizer(), words) for recognizer, words in GATES]
        self.supported_entities = [e for r, _ in self._gates for e in r.supported_entities]

    def may_match(self, hints: CellHints) -> bool:  # noqa: D102
        return hints.alpha and hints.digits >= 1

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):  # noqa: D102
        lower = text.lower()
        if _ANY_WORD.search(lower) is None:
            return []
        results: list[RecognizerResult] = []
        for recognizer, words in self._gates:
            if not any(word in lower for word in words):
                continue
            for result in recognizer.analyze(text, recognizer.supported_entities):
                self._enhance(lower, result, recognizer)
                results.append(result)
        return results

    def enhance_using_context(self, text, raw_recognizer_results, other_raw_recognizer_results,
                              nlp_artifacts, context=None):  # noqa: D102
        return raw_recognizer_results  # analyze() did, with each recognizer's own words

    def _enhance(self, lower: str, result: RecognizerResult, recognizer: EntityRecognizer) -> None:
        """Raise result's score when one of recognizer's context words precedes it."""
        metadata = result.recognition_metadata
        metadata[RecognizerResult.RECOGNIZER_NAME_KEY] = self.name
        metadata[RecognizerResult.RECOGNIZER_IDENTIFIER_KEY] = self.id
        metadata[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = True
        if result.score >= self.MAX_SCORE:
            return
        window = lower[max(0, result.start - _WINDOW):result.start]
        word = next((w for w in recognizer.context or () if w.lower() in window), None)
        if word is not None:
            raise_by_context(result, word)
