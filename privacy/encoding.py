"""Detecting and verifying the text encoding of a file (bounded sample, streamed check)."""

from __future__ import annotations

import codecs
import os
import re

import charset_normalizer

from privacy.errors import EncodingError

SAMPLE_BYTES = 64 * 1024
CHUNK_BYTES = 1024 * 1024
_HIGH = re.compile(rb"[\x80-\xff]")
_HIGH_RUN = re.compile(rb"[\x80-\xff]+")
_GB = ("gb2312", "gbk", "gb18030", "hz", "cp936", "euc_cn")
_BIG5 = ("big5", "big5hkscs", "cp950")
_CJK = _GB + _BIG5 + ("cp932", "shift_jis", "shift_jis_2004", "shift_jisx0213", "euc_jp",
                      "euc_jis_2004", "euc_jisx0213", "iso2022_jp", "cp949", "euc_kr", "johab",
                      "iso2022_kr")


def _chinese_name(encoding: str) -> str | None:
    """Map GB-family encodings to gb18030 and Big5-family ones to big5."""
    name = codecs.lookup(encoding).name.replace("-", "_")
    if name in _GB:
        return "gb18030"
    if name in _BIG5:
        return "big5"
    return None


def _sample(path: str | os.PathLike) -> bytes | None:
    """A bounded sample starting at the line holding the first non-ASCII byte (None if ASCII)."""
    with open(path, "rb") as handle:
        offset = 0
        while chunk := handle.read(CHUNK_BYTES):
            match = _HIGH.search(chunk)
            if match:
                line_start = chunk.rfind(b"\n", 0, match.start()) + 1
                handle.seek(offset + line_start)
                return handle.read(SAMPLE_BYTES)
            offset += len(chunk)
    return None


def _decodes(sample: bytes, encoding: str) -> bool:
    """Whether the sample decodes strictly (a character cut at the end is tolerated)."""
    try:
        codecs.getincrementaldecoder(encoding)().decode(sample, final=False)
    except UnicodeDecodeError:
        return False
    return True


def _mostly_utf8(sample: bytes) -> bool:
    """UTF-8 with a few corrupt bytes: report it as UTF-8 so verification names the bad byte."""
    text = sample.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for c in text if c > "\x7f") - bad
    return good >= 4 and bad * 3 <= good


def _paired_high_bytes(sample: bytes) -> bool:
    """Whether nearly all non-ASCII bytes come in even runs, as in GB2312/GBK text."""
    # Whether nearly all non-ASCII bytes come in even runs, as in GB2312/GBK text (a Western
    # codec's accented letters mostly stand alone between ASCII letters).
    runs = [len(r) for r in _HIGH_RUN.findall(sample)]
    total = sum(runs)
    return total >= 4 and sum(r for r in runs if r % 2 == 0) >= 0.9 * total


def _guess(sample: bytes) -> str:
    """Guess a non-UTF-8 encoding with charset-normalizer, preferring Chinese encodings."""
    # When charset-normalizer's best guess is an East Asian codec, GB18030 and Big5 are tried
    # first (in its ranking order); Japanese/Korean guesses on text that is neither fall back
    # to cp1252/latin-1, because short Western samples are often misread as Shift-JIS.
    names = [codecs.lookup(m.encoding).name.replace("-", "_")
             for m in charset_normalizer.from_bytes(sample)]
    if names and names[0] not in _CJK:
        if _paired_high_bytes(sample) and _decodes(sample, "gb18030"):
            return "gb18030"  # short Chinese samples are often guessed as a Western codec
        return names[0]
    chinese = [c for c in (_chinese_name(n) for n in names) if c] + ["gb18030"]
    for encoding in chinese + ["cp1252", "latin-1"]:
        if _decodes(sample, encoding):
            return encoding
    return "latin-1"


def verify_encoding(path: str | os.PathLike, encoding: str) -> None:
    """Stream-decode the whole file; raise EncodingError naming the byte offset and line."""
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    offset, line = 0, 1
    with open(path, "rb") as handle:
        while True:
            chunk = handle.read(CHUNK_BYTES)
            pending = decoder.getstate()[0]
            try:
                decoder.decode(chunk, final=not chunk)
            except UnicodeDecodeError as err:
                data = pending + chunk
                bad = offset - len(pending) + err.start
                line += data[: err.start].count(b"\n") - pending.count(b"\n")
                raise EncodingError(
                    f"{os.fspath(path)}: not valid {encoding} at byte {bad} (line {line})"
                ) from None
            if not chunk:
                return
            line += chunk.count(b"\n")
            offset += len(chunk)


def detect_encoding(path: str | os.PathLike) -> str:
    """Detect utf-8, utf-8-sig, utf-16, gb18030 (also for GB2312/GBK), big5 or another codec."""
    with open(path, "rb") as handle:
        head = handle.read(4)
    if head.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        sample = _sample(path)
        if sample is None or _decodes(sample, "utf-8") or _mostly_utf8(sample):
            encoding = "utf-8"
        else:
            encoding = _guess(sample)
    verify_encoding(path, encoding)
    return encoding
