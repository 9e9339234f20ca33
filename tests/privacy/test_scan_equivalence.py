"""CellScanner.scan() and the full analyzer keep returning the recorded spans on tricky texts."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest
from presidio_analyzer import RecognizerResult

from privacy.recognizers import ScreenRecognizer, person_zh
from privacy.recognizers.surnames import COMPOUND_SURNAMES, SINGLE_SURNAMES
from privacy.spans import resolve_overlaps

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


def test_hits_are_the_spans_of_scan(screener):
    scanner = screener.scanner
    for case in CASES:
        assert [list(hit) for hit in scanner.hits(case["text"])] == case["spans"]


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
    # Presidio's own AnalyzerEngine.analyze(), its NLP pipeline and all, finds what scan() does
    # (Screener.analyze_text is scan()).
    results = screener.analyzer.analyze(case["text"], language="zh",
                                        score_threshold=screener.min_score)
    assert _spans(resolve_overlaps(results)) == case["spans"]
    assert _spans(screener.analyze_text(case["text"])) == case["spans"]


def _plain_start_pattern() -> re.Pattern[str]:
    """person_zh._START in its plain form: a lookahead on the start, then the alternatives."""
    surname = f"(?:{'|'.join(sorted(COMPOUND_SURNAMES))}|[{''.join(sorted(SINGLE_SURNAMES))}])"
    given = f"(?:{person_zh._GIVEN}|[{''.join(sorted(person_zh._FUNCTION_IN_A_GIVEN_NAME))}])"
    title = "|".join(sorted({*person_zh.TITLES, *person_zh.HONORIFICS}))
    return re.compile(
        f"(?=[{''.join(person_zh._FIRST)}])"
        rf"(?:(?:{'|'.join(person_zh._PREFIXES)})"
        rf"(?:{person_zh._ASIDE}[ \t]*[:：]|[ \t\u3000]*[:：]?|为)[ \t\u3000]*(?={surname})"
        rf"|(?={surname}(?:{given}|{title}"
        rf"|[\u4e00-\u9fff]{{1,2}}(?:{person_zh._HELD_FOR.pattern}|{person_zh._MOBILE})))"
        rf"|(?<=[、,，;；/ 和及与])(?={surname}))"
    )


def _starts(text: str) -> list[tuple[int, bool]]:
    """(start, after a role word) of candidate names, as ChinesePersonRecognizer.find() sees."""
    out = []
    for match in person_zh._START.finditer(text):
        begin, end = match.span()
        out.append((end, True) if end - begin > 1 else (begin, False))
    return out


def test_frames_by_first_character_match_as_one_alternation_of_them_all():
    # person_zh tries at a position only the frames its character may start: the matches must
    # be those one pattern of every frame, in their order, finds left to right
    one = re.compile("|".join(person_zh._framed_name(before, after)
                              for before, after in person_zh._FRAME_WORDS))
    rng = random.Random(20261207)
    names = ["王伟", "和平安", "向海燕", "于红旗", "东方和平", "李娜", "时光明", "高明"]
    noise = ["", "，", "。", "经查", "的", "工作人员", "和", "向", "于"]

    def framed() -> str:  # a frame's words with a name between them, noise around
        before, after = rng.choice(person_zh._FRAME_WORDS)
        return (rng.choice(noise) + rng.choice(before) + rng.choice(names) + rng.choice(after)
                + rng.choice(noise))

    texts = ["".join(framed() for _ in range(rng.randint(1, 3))) for _ in range(4000)]
    texts += [case["text"] for case in CASES]
    found = sum(1 for t in texts for _ in person_zh._frame_matches(t))
    assert found > 4000  # (the texts hold frames)
    wrong = [t for t in texts
             if [(m.span(), index) for m, index in person_zh._frame_matches(t)]
             != [(m.span(), m.lastindex - 1) for m in one.finditer(t)]]
    assert wrong == []


def test_name_starts_are_those_of_the_plain_pattern():
    plain = _plain_start_pattern()
    rng = random.Random(20240601)
    pieces = [*person_zh._PREFIXES, *person_zh.TITLES, *sorted(COMPOUND_SURNAMES),
              *sorted(SINGLE_SURNAMES)[:60], *"伟芳娜敏静丽强某的了市路为", "（负责人）",
              *"、,，;；/ 和及与：:\t\n\u3000", "138", "0571-", "公司", "x"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 10))) for _ in range(3000)]
    texts += [case["text"] for case in CASES]
    wrong = [t for t in texts
             if _starts(t) != [(m.end(), m.end() > m.start()) for m in plain.finditer(t)]]
    assert wrong == []
