"""Building the Presidio AnalyzerEngine fully offline."""

from __future__ import annotations

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry

from privacy.context import ContextEnhancer
from privacy.nlp_engine import OfflineSpacyNlpEngine
from privacy.recognizers import build_recognizers


def build_registry(languages: tuple[str, ...] = ("zh", "en")) -> RecognizerRegistry:
    """A registry holding govcat's recognizers for every language."""
    registry = RecognizerRegistry(supported_languages=list(languages))
    for language in languages:
        for recognizer in build_recognizers(language):
            registry.add_recognizer(recognizer)
    return registry


def build_analyzer(languages: tuple[str, ...] = ("zh", "en")) -> AnalyzerEngine:
    """An AnalyzerEngine with blank spaCy pipelines and govcat's recognizers; no network."""
    languages = tuple(languages)
    return AnalyzerEngine(
        registry=build_registry(languages),
        nlp_engine=OfflineSpacyNlpEngine(languages),
        supported_languages=list(languages),
        context_aware_enhancer=ContextEnhancer(),
    )
