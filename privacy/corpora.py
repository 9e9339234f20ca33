"""Readers of labelled real-text corpora, in their own formats, as gold person-name spans.

Formats, detected from the content (and the file name where that helps):

- ``jsonl``: the project's own corpus, one JSON object per record,
  ``{"text", "spans": [{"start", "end", "label"}]}`` (end exclusive); label ``PERSON`` is a name
  and every gold span counts as personal.
- ``cluener``: CLUENER2020, JSON objects one after another (one a line, or pretty-printed),
  ``{"text", "label": {type: {entity_text: [[start, end_inclusive], ...]}}}``; type ``name`` is
  a name. A record without ``label`` (a test split) has no gold spans.
- ``span-json``: a JSON array ``[{"full_text", "spans": [{"entity_type", "start_position",
  "end_position"}]}]`` (end exclusive; presidio-research's shape); ``PERSON`` is a name, and
  every span but organisations, places, groups and titles counts as personal.
- ``char-pairs``: MSRA's two line-aligned files, ``*sentences*`` (characters separated by
  spaces) and ``*tags*`` (one tag per character); ``PER`` is a name.
- ``char-columns``: one ``character SPACE-or-TAB tag`` a line, a blank line between records
  (Resume's BMES, Weibo's conll, where a segment number follows the character: ``科0``);
  ``NAME``, ``PER``, ``PERSON`` and Weibo's ``PER.NAM`` are names, ``PER.NOM`` (a nominal
  mention such as 老师) is not.

Tags may be ``O`` or ``B- I- M- E- S-`` (BIO, BIOES, BMES; ``L- U-`` too) followed by a type.
Other labels (places, organisations, companies...) are read but are not personal: they count
as outside. Files may start with a BOM, use CRLF, end without a newline or with blank lines.
Reading streams: one record at a time, none longer than MAX_RECORD_CHARS. Errors are
CorpusError("file:line: ...") and never quote the corpus text.

A path may carry a record range, ``PATH#START:END`` (records START to END-1, counted from 0;
either bound may be left out), so that one file can be split into tuning and held-aside parts.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice, zip_longest
from pathlib import Path
from typing import Any, TextIO

MAX_RECORD_CHARS = 1 << 20   # longest record (a file without blank lines is refused, not read)
_CHUNK_CHARS = 1 << 16
_SNIFF_LINES = 40

FORMATS = ("jsonl", "cluener", "span-json", "char-pairs", "char-columns")

# Labels naming a person, per kind of corpus (compared in upper case).
TAG_NAME_TYPES = frozenset({"PER", "PERSON", "NAME", "PER.NAM", "PER_NAM", "NR"})
CLUENER_NAME_TYPES = frozenset({"NAME"})
JSONL_NAME_LABELS = frozenset({"PERSON"})
SPAN_JSON_NAME_TYPES = frozenset({"PERSON", "PER"})
# span-JSON entity types that are not personal (everything else there is, e.g. addresses).
SPAN_JSON_NOT_PERSONAL = frozenset({
    "ORGANIZATION", "ORG", "GPE", "LOCATION", "LOC", "NRP", "TITLE",
})

Span = tuple[int, int]
LabelledSpan = tuple[int, int, str]


class CorpusError(ValueError):
    """A corpus file that cannot be read; the message names the file and line, never text."""


@dataclass(frozen=True)
class GoldRecord:
    """One record of a corpus: its text and the gold spans that matter to the screen."""

    text: str
    names: tuple[Span, ...]           # person names, sorted, distinct
    personal: tuple[Span, ...]        # spans whose characters are personal (names included)
    line: int = 0                     # where the record starts in its file (1-based)
    spans: tuple[LabelledSpan, ...] | None = None   # every labelled span (jsonl only)
    entities: tuple[LabelledSpan, ...] = ()   # span-json: personal spans with their types


@dataclass(frozen=True)
class CorpusSpec:
    """One corpus to read: a file (and its tags sibling), a format and a record range."""

    path: Path
    format: str
    start: int = 0
    end: int | None = None
    tags: Path | None = None          # char-pairs: the tags file
    label: str = ""                   # how tables name it

    @property
    def name(self) -> str:
        """The label, or the file's folder and name with its range."""
        if self.label:
            return self.label
        base = f"{self.path.parent.name}/{self.path.name}" if self.path.parent.name else \
            self.path.name
        return base + self.range_suffix

    @property
    def range_suffix(self) -> str:
        """``#START:END`` when a range was given, else ""."""
        if self.start == 0 and self.end is None:
            return ""
        return f"#{self.start}:{'' if self.end is None else self.end}"


@dataclass
class Resolved:
    """The corpora named by some arguments, and the files of folders that were not corpora."""

    specs: list[CorpusSpec] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)


# ------------------------------------------------------------------ paths and ranges

_RANGE = re.compile(r"(\d*):(\d*)")


def parse_range(argument: str) -> tuple[str, int, int | None]:
    """Split ``PATH#START:END`` into the path and the range (an existing path is kept whole)."""
    if "#" not in argument or os.path.exists(argument):
        return argument, 0, None
    path, _, suffix = argument.rpartition("#")
    match = _RANGE.fullmatch(suffix)
    if not match:
        raise CorpusError(f"{path}: bad record range #{suffix} (expected #START:END, e.g. #0:2000)")
    start = int(match[1]) if match[1] else 0
    end = int(match[2]) if match[2] else None
    if end is not None and end < start:
        raise CorpusError(f"{path}: record range #{suffix} ends before it starts")
    return path, start, end


def _sibling(path: Path, old: str, new: str) -> Path | None:
    """path with the last `old` of its file name replaced by `new`, when that is a file."""
    name = path.name
    at = name.lower().rfind(old)
    if at < 0:
        return None
    other = path.with_name(name[:at] + new + name[at + len(old):])
    return other if other.is_file() else None


def spec_for_file(path: Path, start: int = 0, end: int | None = None,
                  fmt: str | None = None) -> CorpusSpec:
    """The corpus of one file (a tags file stands for its sentences sibling)."""
    if not path.is_file():
        raise CorpusError(f"{path}: no such file")
    kind = fmt or detect_format(path)
    if kind is None:
        try:
            with _open(path) as handle:
                looks_like_json = handle.read(_CHUNK_CHARS).lstrip()[:1] in ("{", "[")
        except UnicodeDecodeError:
            raise CorpusError(f"{path}: not UTF-8 text") from None
        if looks_like_json:
            kind = "jsonl"   # reading it says what is wrong, and where
    if kind == "char-tags":
        sentences = _sibling(path, "tags", "sentences")
        if sentences is None:
            raise CorpusError(f"{path}: a tags file without its sentences file next to it")
        return CorpusSpec(sentences, "char-pairs", start, end, tags=path)
    if kind == "char-pairs":
        tags = _sibling(path, "sentences", "tags")
        if tags is None:
            raise CorpusError(
                f"{path}: characters without tags; expected the tags file next to it "
                "(the same name with 'sentences' replaced by 'tags')")
        return CorpusSpec(path, "char-pairs", start, end, tags=tags)
    if kind is None or kind not in FORMATS:
        raise CorpusError(f"{path}: not a corpus format this reader knows ({', '.join(FORMATS)})")
    return CorpusSpec(path, kind, start, end)


_NOT_CORPORA = re.compile(r"(?i)^(readme|license|licence|copying|notice|sources)(\..*)?$|"
                          r".*\.(md|py|sh|yaml|yml|cfg|toml|ini|html|pdf|zip|gz)$")


def _folder_specs(folder: Path, resolved: Resolved) -> None:
    """Every corpus file under folder (sorted; a sentences/tags pair counts once)."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(root) / name
            if name.startswith(".") or _NOT_CORPORA.match(name) or not path.is_file():
                continue
            kind = detect_format(path)
            if kind == "char-tags" and _sibling(path, "tags", "sentences") is not None:
                continue  # read with its sentences file
            try:
                resolved.specs.append(spec_for_file(path, fmt=kind))
            except CorpusError:
                resolved.skipped.append(path)


def resolve(arguments: Iterable[str]) -> Resolved:
    """The corpora named by files (``PATH#START:END`` for a range) and folders (read whole)."""
    resolved = Resolved()
    for argument in arguments:
        raw, start, end = parse_range(argument)
        path = Path(raw)
        if path.is_dir():
            if (start, end) != (0, None):
                raise CorpusError(f"{path}: a record range applies to a file, not a folder")
            _folder_specs(path, resolved)
        elif path.exists():
            resolved.specs.append(spec_for_file(path, start, end))
        else:
            raise CorpusError(f"{path}: no such file or folder")
    return resolved


# ------------------------------------------------------------------ format detection

_COLUMN_NAME = re.compile(r"(?i)\.(bmes|bio|bioes|iob|iobes|conll)$|conll|\.char\.")
_TAG = re.compile(r"(?i)O|[BIMESLU](?:[-_].*)?")


def _is_tag(value: str) -> bool:
    return bool(_TAG.fullmatch(value))


def _first_lines(path: Path, count: int = _SNIFF_LINES) -> list[str]:
    """Up to count non-blank lines from the start of the file (bounded read)."""
    lines: list[str] = []
    try:
        with _open(path) as handle:
            for line in islice(_lines(handle, path), count * 4):
                if line.strip():
                    lines.append(line.rstrip("\r\n"))
                    if len(lines) >= count:
                        break
    except (UnicodeDecodeError, OSError, CorpusError):
        return []
    return lines


def detect_format(path: Path) -> str | None:
    """One of FORMATS, "char-tags" (the tags half of a pair) or None (not a corpus)."""
    try:
        with _open(path) as handle:
            head = handle.read(64)
    except (UnicodeDecodeError, OSError):
        return None
    first = head.lstrip()[:1]
    if first in ("{", "["):
        try:
            for _line, value in _json_values(path):
                return _json_kind(value)
        except CorpusError:
            return None
        return None
    lines = _first_lines(path)
    if not lines:
        return None
    if _sibling(path, "tags", "sentences") is not None:
        return "char-tags"
    if _sibling(path, "sentences", "tags") is not None:
        return "char-pairs"
    fields = [_split_tokens(line) for line in lines]
    if all(all(_is_tag(f) for f in row) for row in fields) and any(len(r) > 2 for r in fields):
        return "char-tags"
    columns = sum(_column_line(line) is not None for line in lines)
    if columns == len(lines) or (_COLUMN_NAME.search(path.name) and columns * 2 >= len(lines)):
        return "char-columns"   # (reading says where a line is malformed)
    if "sentences" in path.name.lower() or sum(
            all(len(f) <= 2 for f in row) and len(row) > 2 for row in fields) > len(fields) // 2:
        return "char-pairs"
    return None


def _json_kind(value: Any) -> str | None:
    if not isinstance(value, dict):
        return None
    if "full_text" in value:
        return "span-json"
    if "spans" in value:
        return "jsonl"
    if "text" in value:
        return "cluener"
    return None


# ------------------------------------------------------------------ reading

def _open(path: Path) -> TextIO:
    # utf-8-sig drops a BOM; universal newlines turn CRLF (and CR) into "\n".
    return open(path, encoding="utf-8-sig", newline=None)


def read_records(spec: CorpusSpec) -> Iterator[GoldRecord]:
    """The records of a corpus within its range."""
    if spec.format == "char-pairs":
        if spec.tags is None:
            raise CorpusError(f"{spec.path}: no tags file")
        records = read_char_pairs(spec.path, spec.tags)
    elif spec.format == "char-columns":
        records = read_char_columns(spec.path)
    elif spec.format in ("jsonl", "cluener", "span-json"):
        records = read_json(spec.path)
    else:
        raise CorpusError(f"{spec.path}: unknown corpus format {spec.format!r}")
    return islice(records, spec.start, spec.end)


def _lines(handle: TextIO, path: Path) -> Iterator[str]:
    """The lines of a file, none read whole beyond MAX_RECORD_CHARS."""
    number = 0
    while True:
        line = handle.readline(MAX_RECORD_CHARS + 1)
        if not line:
            return
        number += 1
        if len(line) > MAX_RECORD_CHARS:
            raise CorpusError(f"{path}:{number}: a line over {MAX_RECORD_CHARS:,} characters")
        yield line


def _decoding(path: Path, line: int) -> CorpusError:
    return CorpusError(f"{path}:{line}: not UTF-8 text (on this line or a later one)")


# --- JSON ----------------------------------------------------------------------------

def _json_values(path: Path) -> Iterator[tuple[int, Any]]:
    """(line, value) for each item of a top-level array, or each of concatenated values."""
    decoder = json.JSONDecoder()
    with _open(path) as handle:
        text, pos, line, eof = "", 0, 1, False   # line: the line number at text[0]

        def more() -> bool:
            nonlocal text, pos, line, eof
            if eof:
                return False
            try:
                chunk = handle.read(_CHUNK_CHARS)
            except UnicodeDecodeError:
                raise _decoding(path, line + text.count("\n")) from None
            if not chunk:
                eof = True
                return False
            line += text.count("\n", 0, pos)
            text, pos = text[pos:] + chunk, 0
            return True

        def peek() -> str:
            nonlocal pos
            while True:
                while pos < len(text) and text[pos] in " \t\r\n":
                    pos += 1
                if pos < len(text) or not more():
                    return text[pos:pos + 1]

        def where(at: int) -> int:
            return line + text.count("\n", 0, at)

        def value() -> tuple[int, Any]:
            nonlocal pos
            while True:
                start = pos
                try:
                    item, end = decoder.raw_decode(text, pos)
                except json.JSONDecodeError as exc:
                    if len(text) - pos > MAX_RECORD_CHARS:
                        raise CorpusError(f"{path}:{where(pos)}: invalid JSON ({exc.msg}) "
                                          f"or a record over {MAX_RECORD_CHARS:,} characters"
                                          ) from None
                    if more():
                        continue
                    raise CorpusError(f"{path}:{where(exc.pos)}: invalid JSON ({exc.msg})"
                                      ) from None
                if end == len(text) and not isinstance(item, dict | list) and more():
                    continue  # a number or literal at the window's edge may go on
                pos = end
                return where(start), item

        if peek() == "[":
            pos += 1
            if peek() == "]":
                pos += 1
            else:
                while True:
                    peek()
                    yield value()
                    after = peek()
                    if after == ",":
                        pos += 1
                        continue
                    if after == "]":
                        pos += 1
                        break
                    raise CorpusError(f"{path}:{where(pos)}: expected ',' or ']' in the array")
            if peek():
                raise CorpusError(f"{path}:{where(pos)}: text after the JSON array")
            return
        while peek():
            yield value()


def _int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def check_jsonl_record(record: Any) -> str | None:
    """What is wrong with a JSONL corpus record, or None (messages never quote the text)."""
    if not isinstance(record, dict):
        return f"expected a JSON object, got {type(record).__name__}"
    text = record.get("text")
    if not isinstance(text, str):
        return "'text' must be a string"
    spans = record.get("spans")
    if not isinstance(spans, list):
        return "'spans' must be a list"
    for i, span in enumerate(spans):
        if not isinstance(span, dict):
            return f"span {i}: expected an object with start, end, label"
        start, end, label = span.get("start"), span.get("end"), span.get("label")
        if not isinstance(label, str) or not label:
            return f"span {i}: 'label' must be a non-empty string"
        if not (_int(start) and _int(end)) or not 0 <= start < end <= len(text):
            return (
                f"span {i}: need integers 0 <= start < end <= {len(text)} "
                f"(got start={start!r}, end={end!r})"
            )
    return None


def _jsonl_record(record: dict, line: int) -> GoldRecord:
    spans = tuple((s["start"], s["end"], s["label"]) for s in record["spans"])
    names = sorted({(s, e) for s, e, label in spans if label.upper() in JSONL_NAME_LABELS})
    personal = sorted({(s, e) for s, e, _label in spans})
    return GoldRecord(record["text"], tuple(names), tuple(personal), line, spans)


def _cluener_record(record: dict) -> tuple[str | None, GoldRecord | None]:
    text = record.get("text")
    if not isinstance(text, str):
        return "'text' must be a string", None
    labels = record.get("label")
    if labels is None:
        labels = {}
    if not isinstance(labels, dict):
        return "'label' must be an object {type: {entity: [[start, end], ...]}}", None
    names: set[Span] = set()
    for kind, entities in labels.items():
        if not isinstance(entities, dict):
            return "'label' must be an object {type: {entity: [[start, end], ...]}}", None
        for entity, places in entities.items():
            if not isinstance(places, list):
                return f"label {kind}: expected a list of [start, end] pairs", None
            for place in places:
                ok = isinstance(place, list) and len(place) == 2 and all(map(_int, place))
                if not ok or not 0 <= place[0] <= place[1] < len(text):
                    return (f"label {kind}: need [start, end] with "
                            f"0 <= start <= end < {len(text)} (end inclusive)"), None
                start, end = place[0], place[1] + 1
                if text[start:end] != entity and text[start:end - 1] == entity and end - 1 > start:
                    end -= 1   # an exclusive end after all
                if str(kind).upper() in CLUENER_NAME_TYPES:
                    names.add((start, end))
    ordered = tuple(sorted(names))
    return None, GoldRecord(text, ordered, ordered)


def _span_json_record(record: dict) -> tuple[str | None, GoldRecord | None]:
    text = record.get("full_text")
    if not isinstance(text, str):
        return "'full_text' must be a string", None
    spans = record.get("spans") or []
    if not isinstance(spans, list):
        return "'spans' must be a list", None
    names: set[Span] = set()
    personal: set[Span] = set()
    entities: set[LabelledSpan] = set()
    for i, span in enumerate(spans):
        if not isinstance(span, dict):
            return f"span {i}: expected an object with entity_type, start_position, "\
                "end_position", None
        kind = span.get("entity_type")
        start, end = span.get("start_position"), span.get("end_position")
        if not isinstance(kind, str) or not kind:
            return f"span {i}: 'entity_type' must be a non-empty string", None
        if not (_int(start) and _int(end)) or not 0 <= start < end <= len(text):
            return (f"span {i}: need integers 0 <= start_position < end_position <= "
                    f"{len(text)} (got {start!r}, {end!r})"), None
        kind = kind.upper()
        if kind in SPAN_JSON_NAME_TYPES:
            names.add((start, end))
        if kind not in SPAN_JSON_NOT_PERSONAL:
            personal.add((start, end))
            entities.add((start, end, kind))
    return None, GoldRecord(text, tuple(sorted(names)), tuple(sorted(personal | names)),
                            entities=tuple(sorted(entities)))


def read_json(path: Path) -> Iterator[GoldRecord]:
    """Records of a JSON corpus: JSONL, CLUENER objects, or a span-JSON array."""
    for line, value in _json_values(path):
        kind = _json_kind(value)
        record: GoldRecord | None = None
        if kind == "jsonl":
            problem = check_jsonl_record(value)
            if not problem:
                record = _jsonl_record(value, line)
        elif kind == "cluener":
            problem, record = _cluener_record(value)
        elif kind == "span-json":
            problem, record = _span_json_record(value)
        else:
            problem = ("expected an object with 'text' and 'spans' or 'label', "
                       "or with 'full_text' and 'spans'")
        if problem or record is None:
            raise CorpusError(f"{path}:{line}: {problem}")
        if len(record.text) > MAX_RECORD_CHARS:
            raise CorpusError(f"{path}:{line}: a record over {MAX_RECORD_CHARS:,} characters")
        if record.line != line:
            record = GoldRecord(record.text, record.names, record.personal, line, record.spans,
                                record.entities)
        yield record


# --- tags ----------------------------------------------------------------------------

def _parse_tag(tag: str) -> tuple[str, str] | None:
    """(prefix, type) of a BIO/BIOES/BMES tag; ("O", "") outside; None if not a tag."""
    if tag in ("O", "o"):
        return "O", ""
    if not _is_tag(tag):
        return None
    prefix = tag[0].upper()
    return prefix, tag[2:]


def decode_tags(tags: list[str]) -> list[LabelledSpan] | int:
    """Spans (start, end, type) over token positions, or the index of the first bad tag.

    Lenient: an I-/M-/E- tag that does not continue a span of its type starts one.
    """
    spans: list[LabelledSpan] = []
    open_start, open_type = -1, ""

    def close(at: int) -> None:
        nonlocal open_start
        if open_start >= 0:
            spans.append((open_start, at, open_type))
            open_start = -1

    for i, tag in enumerate(tags):
        parsed = _parse_tag(tag)
        if parsed is None:
            return i
        prefix, kind = parsed
        continues = open_start >= 0 and open_type == kind
        if prefix == "O":
            close(i)
        elif prefix in ("B", "S", "U") or not continues:
            close(i)
            open_start, open_type = i, kind
        if prefix in ("E", "L", "S", "U"):
            close(i + 1)
    close(len(tags))
    return spans


def _record_from_tokens(tokens: list[str], tags: list[str], line: int,
                        name_types: frozenset[str]) -> GoldRecord | int:
    """A record of characters with one tag per token, or the index of the first bad tag."""
    spans = decode_tags(tags)
    if isinstance(spans, int):
        return spans
    offsets = [0]
    for token in tokens:
        offsets.append(offsets[-1] + len(token))
    names = tuple(sorted({(offsets[s], offsets[e]) for s, e, kind in spans
                          if kind.upper() in name_types}))
    return GoldRecord("".join(tokens), names, names, line)


_SEPARATORS = re.compile(r"[ \t]+")


def _split_tokens(line: str) -> list[str]:
    """Tokens separated by ASCII spaces or tabs (a full-width space U+3000 is a character)."""
    stripped = line.strip(" \t\r\n")
    return _SEPARATORS.split(stripped) if stripped else []


def read_char_pairs(sentences: Path, tags: Path) -> Iterator[GoldRecord]:
    """MSRA-style records: line N of the sentences file, tagged by line N of the tags file."""
    with _open(sentences) as chars_handle, _open(tags) as tags_handle:
        number = 0
        try:
            for number, (chars_line, tags_line) in enumerate(
                    zip_longest(_lines(chars_handle, sentences), _lines(tags_handle, tags)),
                    start=1):
                tokens = _split_tokens(chars_line) if chars_line is not None else None
                labels = _split_tokens(tags_line) if tags_line is not None else None
                if not tokens and not labels:
                    continue  # blank in both (a trailing blank line, or a missing one)
                if tokens is None or labels is None:
                    shorter = sentences if tokens is None else tags
                    raise CorpusError(f"{shorter}:{number}: the file ends here, but "
                                      f"{tags if tokens is None else sentences} goes on")
                if len(tokens) != len(labels):
                    raise CorpusError(f"{tags}:{number}: {len(labels)} tags for the "
                                      f"{len(tokens)} characters of {sentences}:{number}")
                record = _record_from_tokens(tokens, labels, number, TAG_NAME_TYPES)
                if isinstance(record, int):
                    raise CorpusError(f"{tags}:{number}: tag {record + 1} is not O or "
                                      "B-/I-/M-/E-/S- with a type")
                if len(record.text) > MAX_RECORD_CHARS:
                    raise CorpusError(f"{sentences}:{number}: a record over "
                                      f"{MAX_RECORD_CHARS:,} characters")
                yield record
        except UnicodeDecodeError:
            raise CorpusError(f"{sentences} or {tags}:{number + 1}: not UTF-8 text "
                              "(on this line or a later one)") from None


_COLUMN = re.compile(r"(.+)[ \t](\S+)[ \t]*")
_SEGMENTED = re.compile(r"(.+?)\d+")   # a character (rarely two: "\ufffd\ufffd0") + segment


def _column_line(line: str) -> tuple[str, str] | None:
    """(token, tag) of a `char SPACE-or-TAB tag` line, or None."""
    line = line.rstrip("\r\n")
    match = _COLUMN.fullmatch(line)
    if match is None or not _is_tag(match[2]):
        bare = line.strip(" \t")
        if bare and _is_tag(bare) and bare != line:
            return " ", bare   # the character was a space
        return None
    token = match[1].strip(" \t")
    # more columns: the first is the character; nothing but spaces: the character is a space
    return (_SEPARATORS.split(token)[0] if token else match[1][:1]), match[2]


def read_char_columns(path: Path) -> Iterator[GoldRecord]:
    """Records of a `char tag` column file (BIO, BIOES or BMES; Weibo's segment numbers)."""
    tokens: list[str] = []
    tags: list[str] = []
    start = 0
    segmented: bool | None = None   # Weibo: "科0" is the character 科 in segment 0
    size = 0

    def finish() -> GoldRecord:
        nonlocal segmented
        if segmented is None:
            segmented = all(_SEGMENTED.fullmatch(t) for t in tokens)
        chars = tokens
        if segmented:
            chars = [m[1] if (m := _SEGMENTED.fullmatch(t)) else t for t in tokens]
        record = _record_from_tokens(chars, tags, start, TAG_NAME_TYPES)
        if isinstance(record, int):   # cannot happen: tags were checked line by line
            raise CorpusError(f"{path}:{start + record}: bad tag")
        return record

    with _open(path) as handle:
        number = 0
        try:
            for number, line in enumerate(_lines(handle, path), start=1):
                if not line.strip(" \t\r\n") or line.startswith("-DOCSTART-"):
                    if tokens:
                        yield finish()
                        tokens, tags, size = [], [], 0
                    continue
                parsed = _column_line(line)
                if parsed is None:
                    raise CorpusError(f"{path}:{number}: expected a character and a tag "
                                      "(O, or B-/I-/M-/E-/S- with a type) separated by a "
                                      "space or a tab")
                if not tokens:
                    start = number
                tokens.append(parsed[0])
                tags.append(parsed[1])
                size += len(parsed[0])
                if size > MAX_RECORD_CHARS:
                    raise CorpusError(f"{path}:{start}: a record over {MAX_RECORD_CHARS:,} "
                                      "characters (no blank line between records?)")
        except UnicodeDecodeError:
            raise _decoding(path, number + 1) from None
        if tokens:
            yield finish()
