"""Building the analyzer offline."""

from __future__ import annotations

import socket

import pytest

from privacy import build_analyzer
from privacy.nlp_engine import OfflineSpacyNlpEngine

REQUIRED = {"CN_RESIDENT_ID", "CN_MOBILE", "EMAIL_ADDRESS", "BANK_CARD", "PERSON"}
FOLLOW_UP = {"CN_LANDLINE", "CN_PASSPORT", "CN_TRAVEL_PERMIT", "CN_LICENSE_PLATE", "IP_ADDRESS",
             "DATE_OF_BIRTH", "CN_ADDRESS"}


def test_builds_and_analyzes_without_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    analyzer = build_analyzer(("zh",))
    results = analyzer.analyze("邮箱 someone@example.co.uk，电话13812345678", language="zh")
    assert {r.entity_type for r in results} == {"EMAIL_ADDRESS", "CN_MOBILE"}


def test_registry_covers_both_languages(analyzer):
    assert sorted(analyzer.supported_languages) == ["en", "zh"]
    assert isinstance(analyzer.nlp_engine, OfflineSpacyNlpEngine)
    for language in ("zh", "en"):
        assert set(analyzer.get_supported_entities(language)) >= REQUIRED | FOLLOW_UP


def test_chinese_pipeline_segments_context_words(analyzer):
    artifacts = analyzer.nlp_engine.process_text("联系电话：13812345678，身份证号码", "zh")
    tokens = [t.text for t in artifacts.tokens]
    assert "联系电话" in tokens and "13812345678" in tokens
    assert "联系电话" in artifacts.keywords and "：" not in artifacts.keywords


def test_external_context_words_are_honoured(analyzer):
    plain = analyzer.analyze("编号 110101900307123", language="zh")
    hinted = analyzer.analyze("编号 110101900307123", language="zh", context=["身份证"],
                              return_decision_process=True)
    assert plain[0].score == 0.5 and hinted[0].score == pytest.approx(0.85)
    assert hinted[0].analysis_explanation.supportive_context_word == "身份证"
