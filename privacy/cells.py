"""Fast per-cell detection: recognizers called directly behind cheap pre-filters."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import NamedTuple, TypeVar

from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerResult

from privacy.context import ContextEnhancer, context_possible
from privacy.recognizers.base import CellHints, Found, ScreenRecognizer, cell_hints
from privacy.recognizers.person_model import EVIDENT, LIKELY, written_as_a_name
from privacy.spans import Spanned, resolve_overlaps
from privacy.traditional import conversion, simplified

_TRIVIAL_CHARS = "0123456789.,:+-/ "  # cells of at most 10 of these hold no entity
_PASSING_CACHE = 4096
# A date, or a date and a time, alone (2023-01-01 08:30:44, 2024/3/9): a timestamp column's
# cells, distinct in every row, where every recognizer's pre-filter would be tried in vain.
_TIMESTAMP = re.compile(r"[0-9]{4}([-/.])[0-9]{1,2}\1[0-9]{1,2}"
                        r"(?:[ T][0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,6})?)?)?")
# A recognizer ready to run: itself, its trigger's search() (or None), how it is run.
Gate = tuple[EntityRecognizer, Callable[[str], object] | None, int]
_FOUND, _OURS, _OTHER = 0, 1, 2  # how: found() and result(); analyze(); third-party analyze()


S = TypeVar("S", bound=Spanned)


class Hit(NamedTuple):
    """What remediation and findings read of a result (RecognizerResult's attribute names)."""

    entity_type: str
    start: int
    end: int
    score: float


_NO_HITS: tuple[Hit, ...] = ()


def evident_names_only(hits: Sequence[Hit]) -> list[Hit]:
    """hits without the names found without clean evidence (for cells of a column whose
    header says it names places or organisations: 站点名称, 企业名称)."""
    return [h for h in hits if h.entity_type != "PERSON" or h.score >= EVIDENT]


def label_names_only(text: str, hits: Sequence[S]) -> list[S]:
    """hits without the names a label (a column header, a file or sheet name, a title) has
    only likely, unless they are written as names: the name model's margin of safety is for
    prose; in 城乡居民基本养老保险参保人数 it would mask 基本养."""
    return [h for h in hits if h.entity_type != "PERSON" or h.score > LIKELY
            or written_as_a_name(text[h.start:h.end])]


def _how(recognizer: EntityRecognizer) -> int:
    """How scan() runs a recognizer: found() when it yields exactly what analyze() would."""
    if not isinstance(recognizer, ScreenRecognizer):
        return _OTHER
    kind = type(recognizer)
    same = all(getattr(kind, name) is getattr(ScreenRecognizer, name)
               for name in ("analyze", "enhance_using_context", "to_result"))
    return _FOUND if same else _OURS


def trivial(text: str) -> bool:
    """Whether text is too short a number, amount or date, or a timestamp, to hold any entity
    (scan() is [])."""
    # Callers caching scan() can test this first: such cells (row numbers, amounts) are
    # mostly distinct and would only churn the cache.
    if len(text) <= 10 and not text.strip(_TRIVIAL_CHARS):
        return text.count(".") < 3 and text.count(":") < 2
    return 11 <= len(text) <= 26 and _TIMESTAMP.fullmatch(text) is not None


class CellScanner:
    """Detects entities in short texts without running the whole AnalyzerEngine per cell."""
    # Each recognizer's own analyze() runs only when its pre-filter allows, followed by its own
    # (character-window) context enhancement, exactly as AnalyzerEngine.analyze() does, so
    # spans and scores match the full analyzer. The NLP pipeline runs only when a third-party
    # recognizer (relying on Presidio's token-based enhancer) found something that a context
    # word present in the text could raise.

    def __init__(self, analyzer: AnalyzerEngine, min_score: float = 0.4):
        self.analyzer = analyzer
        self.min_score = min_score
        languages = list(analyzer.supported_languages)
        language = "zh" if "zh" in languages else languages[0]
        self._languages = languages
        self.recognizers: list[EntityRecognizer] = analyzer.registry.get_recognizers(
            language=language, all_fields=True
        )
        for recognizer in self.recognizers:
            if not recognizer.is_loaded:
                recognizer.load()
                recognizer.is_loaded = True
        self.entities = sorted({e for r in self.recognizers for e in r.supported_entities})
        self._by_id = {r.id: r for r in self.recognizers}
        # (recognizer, its pre-filter on CellHints, its trigger's search(), how it is run)
        self._gated = [
            (r, getattr(r, "may_match", None),
             r.TRIGGER.search if getattr(r, "TRIGGER", None) is not None else None, _how(r))
            for r in self.recognizers
        ]
        # may_match() is a function of the hints alone, and texts share few hint tuples: the
        # recognizers passing them are remembered per tuple.
        self._passing: dict[CellHints, list[Gate]] = {}
        enhancer = analyzer.context_aware_enhancer
        self._enhancer = enhancer if isinstance(enhancer, ContextEnhancer) else ContextEnhancer()

    def preload(self) -> None:
        """Load every recognizer's lazily loaded data now (call it before forking workers)."""
        conversion()
        for recognizer in self.recognizers:
            preload = getattr(recognizer, "preload", None)
            if preload is not None:
                preload()

    def classifiers(self) -> dict[str, EntityRecognizer]:
        """Recognizers able to classify whole cell values, by entity (column profiling)."""
        return {r.supported_entities[0]: r for r in self.recognizers
                if hasattr(r, "classify") and r.supported_entities[0] != "PERSON"}

    def scan(self, text: str, language: str | None = None) -> list[RecognizerResult]:
        """Non-overlapping results (score >= min_score) in text, sorted by start (language:
        that of Presidio's lemma context for third-party recognizers; None: by the text)."""
        return [r.recognizer.result(r) if type(r) is Found else r
                for r in self._kept(text, language)]

    def hits(self, text: str) -> tuple[Hit, ...]:
        """scan()'s spans as Hit tuples, without making RecognizerResults (table cells)."""
        kept = self._kept(text)
        if not kept:
            return _NO_HITS
        return tuple(Hit(r.entity_type, r.start, r.end, r.score) for r in kept)

    def _kept(self, text: str, language: str | None = None) -> list[Found | RecognizerResult]:
        """The non-overlapping findings (score >= min_score) in text, sorted by start."""
        if trivial(text):
            return []  # short numbers, amounts, dates: too few digits for any entity
        # Detection reads traditional characters as simplified ones (privacy.traditional):
        # one for one, so that every span found stands where it stands in text.
        text = simplified(text)
        hints = cell_hints(text)
        passing = self._passing.get(hints)
        if passing is None:
            passing = self._passing_for(hints)
        # Our recognizers' findings stay Found tuples until overlaps are resolved: only the
        # spans kept become RecognizerResults (the same ones analyze() would have made).
        results: list[Found | RecognizerResult] = []
        lemma_based: list[RecognizerResult] = []
        for recognizer, trigger, how in passing:
            if trigger is not None and trigger(text) is None:
                continue
            if how == _FOUND:
                results += recognizer.found(text)
                continue
            found = recognizer.analyze(text, self.entities, None)
            if not found:
                continue
            if how == _OTHER:  # ours carry their identifier already (ScreenRecognizer.to_result)
                for result in found:
                    if result.recognition_metadata is None:
                        result.recognition_metadata = {}
                    result.recognition_metadata.setdefault(
                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY, recognizer.id
                    )
            found = recognizer.enhance_using_context(text, found, [], None, None)
            if how == _OURS:
                results.extend(found)
            else:
                lemma_based.extend(found)
        if lemma_based and context_possible(text, lemma_based, self._by_id):
            lemma_based = self._lemma_enhance(text, lemma_based, language or
                                              ("zh" if hints.cjk else "en"))
        results.extend(lemma_based)
        if not results:
            return []
        min_score = self.min_score
        return resolve_overlaps([r for r in results if r.score >= min_score])

    def _passing_for(self, hints: CellHints) -> list[Gate]:
        """The recognizers whose pre-filter lets hints pass (remembered)."""
        if len(self._passing) >= _PASSING_CACHE:
            self._passing.clear()
        passing = [(r, trigger, how) for r, may_match, trigger, how in self._gated
                   if may_match is None or may_match(hints)]
        self._passing[hints] = passing
        return passing

    def _lemma_enhance(self, text: str, results: list[RecognizerResult],
                       language: str) -> list[RecognizerResult]:
        """Presidio's token-based context enhancement (only for third-party recognizers)."""
        if language not in self._languages:
            language = self._languages[0]
        artifacts = self.analyzer.nlp_engine.process_text(text, language)
        return self._enhancer.enhance_using_context(
            text=text, raw_results=results, nlp_artifacts=artifacts,
            recognizers=self.recognizers, context=None,
        )
