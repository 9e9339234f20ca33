"""Shared base for govcat's fast, validated pattern recognizers."""

from __future__ import annotations

import re
from functools import partial
from typing import NamedTuple

from presidio_analyzer import AnalysisExplanation, Pattern, PatternRecognizer, RecognizerResult

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_DIGITS = b"0123456789"
_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


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


_new_hints = partial(tuple.__new__, CellHints)


def cell_hints(text: str) -> CellHints:
    """Compute the cheap pre-filter features of a text."""
    # ASCII digits and letters are counted on the UTF-8 bytes, where bytes.translate deletes
    # them at C speed (other characters encode to bytes >= 0x80 and are never counted).
    if text.isdigit() and text.isascii():  # ID and phone numbers: digits only
        return _new_hints((len(text), False, False, False, 0, 0))
    if text.isascii():
        raw, cjk = text.encode("ascii"), False
    else:
        raw, cjk = text.encode("utf-8", "surrogatepass"), _CJK.search(text) is not None
    size = len(raw)
    return _new_hints((
        size - len(raw.translate(None, _DIGITS)),       # digits
        cjk,
        "@" in text,                                      # at
        len(raw.translate(None, _LETTERS)) != size,       # alpha
        text.count("."),                                  # dots
        text.count(":"),                                  # colons
    ))


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
    # A pattern that any text this recognizer finds something in contains (checked with
    # search() before find() runs; None: no such pre-filter beyond may_match).
    TRIGGER: re.Pattern[str] | None = None
    # True when find()'s candidates all come from REGEX matches and start where their match
    # starts (or later): then a value no REGEX match starts at cannot be classified.
    WHOLE_MATCH_AT_START: bool = False
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
        self._group = "v" if self.REGEX is not None and "v" in self.REGEX.groupindex else 0
        self._context_of: list[str] | None = None
        self._context_lower: list[str] = []

    def may_match(self, hints: CellHints) -> bool:
        """Return False when the text certainly holds no match (cheap pre-filter)."""
        return hints.digits >= self.MIN_DIGITS

    def find(self, text: str) -> list[Candidate]:
        """Return scored candidate spans in text (override for non-regex logic)."""
        out: list[Candidate] = []
        if self.REGEX is None:
            return out
        group = self._group
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
        if self.WHOLE_MATCH_AT_START and self.REGEX.match(value) is None:
            return None  # no match starts at 0, so no candidate spans the value
        found = self.find(value)
        if found and found[0].start == 0 and found[0].end == len(value):
            return "valid"
        return None

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):  # noqa: D102
        found = self.find(text)
        return [self.to_result(c) for c in found] if found else []

    def context_words(self) -> list[str]:
        """The context words, lower-cased (recomputed only when context is replaced)."""
        if self.context is not self._context_of:
            self._context_of = self.context
            self._context_lower = [w.lower() for w in self.context or []]
        return self._context_lower

    def enhance_using_context(self, text, raw_recognizer_results, other_raw_recognizer_results,
                              nlp_artifacts, context=None):
        """Raise scores when a context word precedes the match within CONTEXT_WINDOW characters."""
        # Done here, over characters rather than tokens, so that the fast cell path (which runs
        # no NLP pipeline) and AnalyzerEngine.analyze() score identically; results are flagged
        # as context-enhanced so Presidio's lemma enhancer leaves them alone. Scoring follows
        # Presidio's defaults: +0.35, at least 0.4, at most 1.0.
        words = self.context_words()
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
