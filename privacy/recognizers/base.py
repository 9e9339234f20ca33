"""Shared base for govcat's fast, validated pattern recognizers."""

from __future__ import annotations

import re
from typing import NamedTuple

from presidio_analyzer import AnalysisExplanation, Pattern, PatternRecognizer, RecognizerResult

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_ALPHA = re.compile(r"[A-Za-z]")
_DROP_DIGITS = str.maketrans("", "", "0123456789")


CONTEXT_BOOST = 0.35  # Presidio's LemmaContextAwareEnhancer defaults
CONTEXT_FLOOR = 0.4


class CellHints(NamedTuple):
    """Cheap per-text features used to skip recognizers that cannot match."""

    digits: int
    cjk: bool
    at: bool
    alpha: bool
    dots: int
    colons: int


def cell_hints(text: str) -> CellHints:
    """Compute the cheap pre-filter features of a text."""
    return CellHints(
        digits=len(text) - len(text.translate(_DROP_DIGITS)),
        cjk=_CJK.search(text) is not None,
        at="@" in text,
        alpha=_ALPHA.search(text) is not None,
        dots=text.count("."),
        colons=text.count(":"),
    )


class Candidate(NamedTuple):
    """A scored span found by a recognizer, before it becomes a RecognizerResult."""

    start: int
    end: int
    score: float


class ScreenRecognizer(PatternRecognizer):
    """A PatternRecognizer with a fast analyze(), a pre-filter and a whole-value classifier."""

    ENTITY: str = ""
    PATTERN_NAME: str = ""
    REGEX: re.Pattern[str] | None = None
    CONTEXT: tuple[str, ...] = ()
    MIN_DIGITS: int = 0
    CONTEXT_WINDOW: int = 20

    def __init__(self, supported_language: str = "zh") -> None:
        regex = self.REGEX.pattern if self.REGEX is not None else r"(?!x)x"
        super().__init__(
            supported_entity=self.ENTITY,
            name=f"{type(self).__name__}",
            supported_language=supported_language,
            patterns=[Pattern(self.PATTERN_NAME or self.ENTITY.lower(), regex, 0.5)],
            context=list(self.CONTEXT) or None,
        )

    def may_match(self, hints: CellHints) -> bool:
        """Return False when the text certainly holds no match (cheap pre-filter)."""
        return hints.digits >= self.MIN_DIGITS

    def find(self, text: str) -> list[Candidate]:
        """Return scored candidate spans in text (override for non-regex logic)."""
        out: list[Candidate] = []
        if self.REGEX is None:
            return out
        group = "v" if "v" in self.REGEX.groupindex else 0
        for match in self.REGEX.finditer(text):
            start, end = match.span(group)
            score = self.score(text[start:end])
            if score:
                out.append(Candidate(start, end, score))
        return out

    def score(self, candidate: str) -> float | None:
        """Score a regex candidate; None or 0 rejects it."""
        return 0.5

    def classify(self, value: str) -> str | None:
        """Classify a whole cell value: "valid", "invalid" (entity shape, fails checks) or None."""
        value = value.strip()
        found = self.find(value)
        if found and found[0].start == 0 and found[0].end == len(value):
            return "valid"
        return None

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):  # noqa: D102
        return [self.to_result(c) for c in self.find(text)]

    def enhance_using_context(self, text, raw_recognizer_results, other_raw_recognizer_results,
                              nlp_artifacts, context=None):
        """Raise scores when a context word precedes the match within CONTEXT_WINDOW characters."""
        # Done here, over characters rather than tokens, so that the fast cell path (which runs
        # no NLP pipeline) and AnalyzerEngine.analyze() score identically; results are flagged
        # as context-enhanced so Presidio's lemma enhancer leaves them alone. Scoring follows
        # Presidio's defaults: +0.35, at least 0.4, at most 1.0.
        words = [w.lower() for w in self.context or []]
        extra = " ".join(context or []).lower()
        for result in raw_recognizer_results:
            metadata = result.recognition_metadata
            if metadata.get(RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY):
                continue
            metadata[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = True
            if not words or result.score >= self.MAX_SCORE:
                continue
            window = text[max(0, result.start - self.CONTEXT_WINDOW) : result.start].lower()
            word = next((w for w in words if w in window or (extra and w in extra)), None)
            if word is None:
                continue
            result.score = min(self.MAX_SCORE, max(result.score + CONTEXT_BOOST, CONTEXT_FLOOR))
            if result.analysis_explanation is not None:
                result.analysis_explanation.set_supportive_context_word(word)
                result.analysis_explanation.set_improved_score(result.score)
        return raw_recognizer_results

    def to_result(self, cand: Candidate) -> RecognizerResult:
        """Wrap a candidate into a Presidio RecognizerResult with an explanation."""
        explanation = AnalysisExplanation(
            recognizer=self.name,
            original_score=cand.score,
            pattern_name=self.patterns[0].name,
            textual_explanation=f"Detected by `{self.name}`",
        )
        return RecognizerResult(
            entity_type=self.ENTITY,
            start=cand.start,
            end=cand.end,
            score=cand.score,
            analysis_explanation=explanation,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )
