"""govcat's privacy screen: offline Presidio recognizers, policies, text and table screening.

Names are imported on first use (PEP 562), so that importing a light part such as
`privacy.limits` does not load Presidio, spaCy or jieba.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

_EXPORTS = {
    "build_analyzer": "privacy.analyzer",
    "ColumnProfile": "privacy.columns",
    "detect_encoding": "privacy.encoding",
    "EncodingError": "privacy.errors",
    "PolicyError": "privacy.errors",
    "TableReadError": "privacy.errors",
    "UnsupportedFormat": "privacy.errors",
    "Finding": "privacy.findings",
    "LimitExceeded": "privacy.limits",
    "TableLimits": "privacy.limits",
    "mask_value": "privacy.masking",
    "Policy": "privacy.policy",
    "load_policy": "privacy.policy",
    "RiskReport": "privacy.risk",
    "PublishedColumn": "privacy.screen",
    "Screener": "privacy.screen",
    "TableScreen": "privacy.screen",
    "TextScreen": "privacy.screen",
    "TableData": "privacy.tabular",
    "read_table": "privacy.tabular",
    "write_table": "privacy.output",
}

__all__ = [
    "ColumnProfile",
    "EncodingError",
    "Finding",
    "LimitExceeded",
    "Policy",
    "PolicyError",
    "PublishedColumn",
    "RiskReport",
    "Screener",
    "TableData",
    "TableLimits",
    "TableReadError",
    "TableScreen",
    "TextScreen",
    "UnsupportedFormat",
    "build_analyzer",
    "detect_encoding",
    "load_policy",
    "mask_value",
    "read_table",
    "write_table",
]

if TYPE_CHECKING:
    from privacy.analyzer import build_analyzer
    from privacy.columns import ColumnProfile
    from privacy.encoding import detect_encoding
    from privacy.errors import EncodingError, PolicyError, TableReadError, UnsupportedFormat
    from privacy.findings import Finding
    from privacy.limits import LimitExceeded, TableLimits
    from privacy.masking import mask_value
    from privacy.output import write_table
    from privacy.policy import Policy, load_policy
    from privacy.risk import RiskReport
    from privacy.screen import PublishedColumn, Screener, TableScreen, TextScreen
    from privacy.tabular import TableData, read_table


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'privacy' has no attribute {name!r}")
    return getattr(import_module(_EXPORTS[name]), name)
