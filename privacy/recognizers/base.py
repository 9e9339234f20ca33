"""Shared base for govcat's fast, validated pattern recognizers."""

from __future__ import annotations

import re
from functools import partial
from typing import NamedTuple

from presidio_analyzer import AnalysisExplanation, Pattern, PatternRecognizer, RecognizerResult

from privacy._hints import hints as _hints

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
    """Compute the cheap pre-filter features of a text (one pass in C: privacy/_hints.c)."""
    return _new_hints(_hints(text))


class Candidate(NamedTuple):
    """A scored span found by a recognizer, before it becomes a RecognizerResult."""

    start: int
    end: int
    score: float


_candidate = partial(tuple.__new__, Candidate)  # Candidate(...) without NamedTuple's __new__


class Found(NamedTuple):
    """A candidate with its context-enhanced score: what analyze() and enhance_using_context()
    make of it, before it becomes a RecognizerResult (see ScreenRecognizer.result)."""

    start: int
    end: int
    score: float
    entity_type: str
    recognizer: ScreenRecognizer
    original_score: float
    context_word: str | None  # the context word that raised the score


_new_found = partial(tuple.__new__, Found)  # skips NamedTuple's Python-level __new__
_MAX_SCORE = PatternRecognizer.MAX_SCORE
_NAME_KEY = RecognizerResult.RECOGNIZER_NAME_KEY
_ID_KEY = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
_ENHANCED_KEY = RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY


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
                out.append(_candidate((start, end, score)))
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
            if metadata.get(_ENHANCED_KEY):
                continue
            metadata[_ENHANCED_KEY] = True
            if not words or result.score >= self.MAX_SCORE:
                continue
            word = self._context_word(text, result.start, words, extra)
            if word is not None:
                raise_by_context(result, word)
        return raw_recognizer_results

    def _context_word(self, text: str, start: int, words: list[str], extra: str) -> str | None:
        """The first context word in the window before start (or in extra), if any."""
        window = text[max(0, start - self.CONTEXT_WINDOW) : start].lower()
        for word in words:
            if word in window or (extra and word in extra):
                return word
        return None

    def to_result(self, cand: Candidate) -> RecognizerResult:
        """Wrap a candidate into a Presidio RecognizerResult with an explanation."""
        # RecognizerResult(entity_type, start, end, score, analysis_explanation, metadata):
        # arguments by position here and below, as these calls are hot
        return RecognizerResult(self.ENTITY, cand.start, cand.end, cand.score,
                                self._explanation(cand.score),
                                {_NAME_KEY: self.name, _ID_KEY: self.id})

    def _explanation(self, score: float) -> AnalysisExplanation:
        """The explanation of a result scored score (before context)."""
        name = self.name
        # AnalysisExplanation(recognizer, original_score, pattern_name, pattern,
        # validation_result, textual_explanation)
        return AnalysisExplanation(name, score, self.patterns[0].name, None, None,
                                   f"Detected by `{name}`")

    def found(self, text: str) -> list[Found]:
        """find()'s candidates scored as analyze() and then enhance_using_context() score them."""
        # The fast cell path: a RecognizerResult is made (by result()) only for the spans kept.
        found = self.find(text)
        if not found:
            return []
        words = self.context_words()
        entity = self.ENTITY
        out = []
        for start, end, score in found:
            word = None
            if words and score < _MAX_SCORE:
                word = self._context_word(text, start, words, "")
            if word is None:
                out.append(_new_found((start, end, score, entity, self, score, None)))
            else:
                out.append(_new_found((start, end, _enhanced(score), entity, self, score, word)))
        return out

    def result(self, found: Found) -> RecognizerResult:
        """The RecognizerResult that analyze() and enhance_using_context() make of found."""
        explanation = self._explanation(found.original_score)
        if found.context_word is not None:
            explanation.set_supportive_context_word(found.context_word)
            explanation.set_improved_score(found.score)
        return RecognizerResult(found.entity_type, found.start, found.end, found.score,
                                explanation,
                                {_NAME_KEY: self.name, _ID_KEY: self.id, _ENHANCED_KEY: True})


def raise_by_context(result: RecognizerResult, word: str) -> None:
    """Raise result's score for a context word before it, and say so in its explanation."""
    result.score = _enhanced(result.score)
    if result.analysis_explanation is not None:
        result.analysis_explanation.set_supportive_context_word(word)
        result.analysis_explanation.set_improved_score(result.score)


def _enhanced(score: float) -> float:
    """A score raised by a context word (Presidio's LemmaContextAwareEnhancer defaults)."""
    return min(_MAX_SCORE, max(score + CONTEXT_BOOST, CONTEXT_FLOOR))
