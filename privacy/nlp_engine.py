"""An offline spaCy NLP engine: blank pipelines only (jieba segmentation for Chinese)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

import spacy
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
from spacy.language import Language
from spacy.tokens import Doc


def blank_pipeline(language: str) -> Language:
    """A blank spaCy pipeline: jieba-segmented for "zh", rule-based tokenizer otherwise."""
    if language == "zh":
        from privacy.chinese import segmenter

        segmenter()  # initialize jieba quietly before spaCy uses it
        return spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    return spacy.blank(language)


class _Pipelines(Mapping[str, Language]):
    """Blank pipelines by language, each built when first used: a table screen never runs
    one, and building the Chinese one loads jieba's dictionary."""

    def __init__(self, languages: tuple[str, ...]) -> None:
        self._languages = languages
        self._built: dict[str, Language] = {}

    def __getitem__(self, language: str) -> Language:
        if language not in self._languages:
            raise KeyError(language)
        if language not in self._built:
            self._built[language] = blank_pipeline(language)
        return self._built[language]

    def __iter__(self) -> Iterator[str]:
        return iter(self._languages)

    def __len__(self) -> int:
        return len(self._languages)


class OfflineSpacyNlpEngine(SpacyNlpEngine):
    """SpacyNlpEngine that never downloads a model: blank tokenizers, no NER, texts as lemmas."""

    def __init__(self, languages: tuple[str, ...] = ("zh", "en")) -> None:
        super().__init__(
            models=[{"lang_code": lang, "model_name": f"blank:{lang}"} for lang in languages],
            ner_model_configuration=NerModelConfiguration(),
        )
        self.languages = tuple(languages)

    def load(self) -> None:
        """Blank pipelines (no download, no model files), each built on first use."""
        self.nlp = _Pipelines(self.languages)

    def get_supported_entities(self) -> list[str]:
        """Blank pipelines recognize no entities themselves."""
        return []

    def _doc_to_nlp_artifact(self, doc: Doc, language: str) -> NlpArtifacts:
        """Blank pipelines have no lemmatizer: use lower-cased token texts as lemmas."""
        return NlpArtifacts(
            entities=[],
            tokens=doc,
            tokens_indices=[token.idx for token in doc],
            lemmas=[token.lemma_ or token.text.lower() for token in doc],
            nlp_engine=self,
            language=language,
            scores=[],
        )
