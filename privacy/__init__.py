"""govcat's privacy screen: offline Presidio recognizers, masking, text and table screening."""

from privacy.analyzer import build_analyzer
from privacy.columns import ColumnProfile
from privacy.encoding import detect_encoding
from privacy.errors import TableReadError, UnsupportedFormat
from privacy.findings import Finding
from privacy.masking import mask_value
from privacy.screen import Screener, TableScreen, TextScreen
from privacy.tabular import TableData, read_table, write_table

__all__ = [
    "ColumnProfile",
    "Finding",
    "Screener",
    "TableData",
    "TableReadError",
    "TableScreen",
    "TextScreen",
    "UnsupportedFormat",
    "build_analyzer",
    "detect_encoding",
    "mask_value",
    "read_table",
    "write_table",
]
