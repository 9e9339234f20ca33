"""CellScanner.scan() and the full analyzer keep returning the recorded spans on tricky texts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from presidio_analyzer import RecognizerResult

from privacy.recognizers import ScreenRecognizer

# Texts (real cells, corpus slices and random token soups of names, role words, separators
# and digit runs) with the (entity, start, end, score) spans scan() returned when recorded:
# a guard for optimizations of the scanner and the recognizers, which must not change them.
CASES = [json.loads(line) for line in
         (Path(__file__).parent / "scan_cases.jsonl").read_text(encoding="utf-8").splitlines()]


def _spans(results: list[RecognizerResult]) -> list[list]:
    return [[r.entity_type, r.start, r.end, r.score] for r in results]


def test_scan_returns_recorded_spans(screener):
    scan = screener.scanner.scan
    found = {case["text"]: _spans(scan(case["text"])) for case in CASES}
    assert [(c["text"], found[c["text"]]) for c in CASES if found[c["text"]] != c["spans"]] == []


def test_scan_results_carry_recognizer_metadata(screener):
    ids = {r.id: r.name for r in screener.scanner.recognizers}
    ours = {r.id for r in screener.scanner.recognizers if isinstance(r, ScreenRecognizer)}
    for case in CASES:
        for result in screener.scanner.scan(case["text"]):
            metadata = result.recognition_metadata
            assert ids[metadata[RecognizerResult.RECOGNIZER_IDENTIFIER_KEY]] == metadata[
                RecognizerResult.RECOGNIZER_NAME_KEY]
            if metadata[RecognizerResult.RECOGNIZER_IDENTIFIER_KEY] in ours:
                assert metadata[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] is True
            assert result.analysis_explanation.score == result.score


@pytest.mark.parametrize("case", CASES[::10], ids=lambda case: case["text"][:20])
def test_analyzer_agrees_with_scan(screener, case):
    assert _spans(screener.analyze_text(case["text"])) == case["spans"]
