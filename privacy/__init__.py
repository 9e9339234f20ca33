"""govcat's privacy screen: offline Presidio recognizers, policies, text and table screening."""

from privacy.analyzer import build_analyzer
from privacy.columns import ColumnProfile
from privacy.encoding import detect_encoding
from privacy.errors import PolicyError, TableReadError, UnsupportedFormat
from privacy.findings import Finding
from privacy.masking import mask_value
from privacy.policy import Policy, load_policy
from privacy.risk import RiskReport
from privacy.screen import PublishedColumn, Screener, TableScreen, TextScreen
from privacy.tabular import TableData, read_table, write_table

__all__ = [
    "ColumnProfile",
    "Finding",
    "Policy",
    "PolicyError",
    "PublishedColumn",
    "RiskReport",
    "Screener",
    "TableData",
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
