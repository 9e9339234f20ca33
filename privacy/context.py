"""Presidio's lemma context enhancer, without deep copies and with an exact early exit."""

from __future__ import annotations

import copy

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.context_aware_enhancers import (
    ContextAwareEnhancer,
    LemmaContextAwareEnhancer,
)

_ID = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
_ENHANCED = RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY


def _recognizer_of(result: RecognizerResult,
                   recognizers: dict[str, EntityRecognizer]) -> EntityRecognizer | None:
    """The recognizer that produced result, if known."""
    return recognizers.get((result.recognition_metadata or {}).get(_ID))


def context_possible(text: str, results: list[RecognizerResult],
                     recognizers: dict[str, EntityRecognizer],
                     context: list[str] | None = None) -> bool:
    """Whether context could raise any result's score (a context word occurs in the text)."""
    # The lemma enhancer matches a recognizer's context word as a substring of lower-cased
    # tokens of the text (or of the extra context), so a word absent from both never matches.
    haystack = (text + " " + " ".join(context or [])).lower()
    for result in results:
        recognizer = _recognizer_of(result, recognizers)
        if (result.score < ContextAwareEnhancer.MAX_SCORE and recognizer and recognizer.context
                and any(word.lower() in haystack for word in recognizer.context)):
            return True
    return False


def _copy(result: RecognizerResult) -> RecognizerResult:
    """A copy of result whose score, explanation and metadata can change independently."""
    clone = copy.copy(result)
    clone.analysis_explanation = copy.copy(result.analysis_explanation)
    clone.recognition_metadata = dict(result.recognition_metadata or {})
    return clone


class ContextEnhancer(LemmaContextAwareEnhancer):
    """Presidio's lemma enhancer without deep copies, skipping texts with no context word."""
    # LemmaContextAwareEnhancer (same scoring) that skips texts where no context word occurs
    # and copies results shallowly instead of deep-copying them.

    def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers,
                              context=None):  # noqa: D102
        by_id = {r.id: r for r in recognizers}
        if nlp_artifacts is None or not context_possible(text, raw_results, by_id, context):
            return list(raw_results)
        extra = [word.lower() for word in context or []]
        results = [_copy(r) for r in raw_results]
        for result in results:
            recognizer = _recognizer_of(result, by_id)
            if (not recognizer or not recognizer.context
                    or result.recognition_metadata.get(_ENHANCED)):
                continue
            surrounding = self._extract_surrounding_words(
                nlp_artifacts=nlp_artifacts, word=text[result.start : result.end],
                start=result.start,
            )
            surrounding.extend(extra)
            word = self._find_supportive_word_in_context(
                surrounding, recognizer.context, self.context_matching_mode
            )
            if word:
                score = max(result.score + self.context_similarity_factor,
                            self.min_score_with_context_similarity)
                result.score = min(score, ContextAwareEnhancer.MAX_SCORE)
                if result.analysis_explanation is not None:
                    result.analysis_explanation.set_supportive_context_word(word)
                    result.analysis_explanation.set_improved_score(result.score)
        return results
