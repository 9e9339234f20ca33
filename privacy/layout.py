"""Where the table lies in a sheet: title rows above it, a header of one or more rows, and
notes (footnotes, totals) below it, each decision with its reason.

Departments' spreadsheets are made to be printed: a title merged across the table, a unit
line, a header of two rows whose upper cells are merged over the labels they group, and
footnotes (注：, 数据来源：) or a totals row (合计) under the data. `detect` looks at the first
and last rows of a sheet (as the reader found them, with its merged ranges) and says which
rows are which; `header_labels` joins a multi-row header into one label per column
("常住人口/男"). Rows are numbered as the sheet numbers them (1 = its first row), as
Frictionless numbers them, so that a Frictionless Dialect can be made of a Layout.

Reasons name rows, columns and counts, never a cell's text: they end up in messages and
validation reports, where a cell may hold personal data.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

HEADER_JOIN = "/"
HEAD_ROWS = 30     # rows read from the top of a sheet to find its header
TAIL_ROWS = 30     # rows kept from its bottom to find its notes
MAX_TITLE_ROWS = 8
MAX_HEADER_ROWS = 4

# A footnote's first cell starts with one of these words and a colon (注：, 数据来源：), or is
# a numbered note (注1：, 注①); a row that only signs the table (填报人：, 审核人：) is one too.
_NOTE = re.compile(
    r"^\s*(?:注|备注|附注|说明|数据来源|资料来源|来源|填报人|填表人|制表人|制表|审核人|"
    r"负责人|单位负责人|统计负责人|联系人|联系电话|填报日期|制表日期|报送日期|填报单位|"
    r"notes?|sources?)\s*[0-9０-９①-⑳一二三四五六七八九十]*\s*[：:．.、]",
    re.IGNORECASE,
)
# A totals row's first filled cell (spaces removed)
_TOTALS = re.compile(r"^(?:总合计|全市合计|全省合计|全区合计|全县合计|合计|总计|共计|total|"
                     r"grandtotal)(?:[（(].*[)）])?[：:]?$", re.IGNORECASE)
# A note above the table: "label：value" cells (填报单位：…, 单位：万人)
_LABELLED = re.compile(r"^\s*[^\s：:]{1,12}\s*[：:]")
_NUMBER = re.compile(r"^\s*[+-]?(?:\d[\d,]*(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\s*%?\s*$")


@dataclass(frozen=True)
class Merge:
    """A merged range of cells (1-based, inclusive), as a spreadsheet names it (A1:F1)."""

    top: int
    left: int
    bottom: int
    right: int

    @classmethod
    def from_ref(cls, ref: str) -> Merge:
        """A range from its A1-style reference ("A1:F1")."""
        first, _, last = ref.upper().partition(":")
        top, left = _cell_position(first)
        bottom, right = _cell_position(last or first)
        return cls(top, left, bottom, right)

    @property
    def ref(self) -> str:
        return f"{_column_letters(self.left)}{self.top}:{_column_letters(self.right)}{self.bottom}"

    @property
    def width(self) -> int:
        return self.right - self.left + 1


def _cell_position(ref: str) -> tuple[int, int]:
    match = re.fullmatch(r"\$?([A-Z]{1,3})\$?(\d+)", ref.strip())
    if match is None:
        raise ValueError(f"not a cell reference: {ref!r}")
    column = 0
    for letter in match.group(1):
        column = column * 26 + ord(letter) - 64
    return int(match.group(2)), column


def _column_letters(column: int) -> str:
    letters = ""
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@dataclass(frozen=True)
class Choice:
    """One decision about some rows, and why."""

    role: str  # "title", "note", "header", "footnote", "totals", "blank"
    rows: tuple[int, ...]
    reason: str


@dataclass(frozen=True)
class Layout:
    """Which rows of a sheet are its header, which are skipped above it and which are notes
    below it (all 1-based sheet row numbers)."""

    header_rows: tuple[int, ...] = (1,)
    skipped: tuple[int, ...] = ()   # above the header: titles, notes, blank rows
    footer: tuple[int, ...] = ()    # below the data: footnotes, totals, blank rows among them
    notes: tuple[int, ...] = ()     # rows whose text is kept as the resource's notes
    choices: tuple[Choice, ...] = ()
    labels: tuple[str, ...] = ()    # a multi-row header joined, one label per column
    fill_merged: bool = False       # merged cells below the header are filled too
    loose: tuple[int, ...] = ()     # rows at the bottom holding one text cell, not notes
    detected: Layout | None = field(default=None, compare=False, repr=False)  # when overridden

    @property
    def plain(self) -> bool:
        """One header row on row 1, nothing skipped: what every reader assumed before."""
        return self.header_rows == (1,) and not self.skipped and not self.footer

    @property
    def first_data_row(self) -> int:
        return self.header_rows[-1] + 1 if self.header_rows else 1

    def reasons(self) -> list[str]:
        return [choice.reason for choice in self.choices]

    def ignored(self) -> tuple[int, ...]:
        """Rows Frictionless must not read as data: those below the table."""
        return self.footer


def _text(value: Any) -> str:
    """A cell's text for looking at it ("" for empty)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    return str(value)


def _numeric(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float | dt.date | dt.time):
        return True
    return isinstance(value, str) and _NUMBER.match(value) is not None


class _Grid:
    """The rows a reader saw, with merged cells filled (a merge's value in each of its
    cells)."""

    def __init__(self, rows: Mapping[int, Sequence[Any]], merges: Sequence[Merge]) -> None:
        self.raw = {n: [_text(v) for v in cells] for n, cells in rows.items()}
        self.values = rows
        self.merges = list(merges)
        self.filled = {n: list(cells) for n, cells in self.raw.items()}
        for merge in self.merges:
            top = self.raw.get(merge.top)
            value = top[merge.left - 1] if top is not None and len(top) >= merge.left else ""
            for row in range(merge.top, merge.bottom + 1):
                cells = self.filled.get(row)
                if cells is None:
                    continue
                if len(cells) < merge.right:
                    cells.extend([""] * (merge.right - len(cells)))
                for column in range(merge.left, merge.right + 1):
                    cells[column - 1] = value

    def seen(self, row: int) -> bool:
        return row in self.raw

    def blank(self, row: int) -> bool:
        return not any(self.raw.get(row, ()))

    def count(self, row: int) -> int:
        """Filled cells of the row as the file holds them (a merge counts once)."""
        return sum(1 for v in self.raw.get(row, ()) if v)

    def distinct(self, row: int) -> list[str]:
        """The row's values, merged cells filled, each once, left to right."""
        out: list[str] = []
        previous = None
        for value in self.filled.get(row, ()):
            if value and value != previous:
                out.append(value)
            previous = value
        return out

    def last_column(self, row: int) -> int:
        cells = self.filled.get(row, ())
        return max((i + 1 for i, v in enumerate(cells) if v), default=0)

    def row_merges(self, row: int) -> list[Merge]:
        """Horizontal merges that start on this row."""
        return [m for m in self.merges if m.top == row and m.width > 1]


def detect(rows: Mapping[int, Sequence[Any]], merges: Sequence[Merge] = (), *,
           last_row: int | None = None, header_rows: int | None = None,
           skip_rows: int | None = None) -> Layout:
    """The layout of a sheet from some of its rows (number → values; the first HEAD_ROWS and
    the last TAIL_ROWS are enough) and its merged ranges.

    header_rows (how many rows the header has) and skip_rows (how many rows lie above it)
    override what is detected; the detected layout is kept as the result's `detected`.
    """
    grid = _Grid(rows, merges)
    last = last_row if last_row is not None else max(rows, default=0)
    width = max((grid.last_column(n) for n in rows), default=0)
    found = _detect(grid, last, width)
    if header_rows is None and skip_rows is None:
        return found
    return _override(grid, found, last, width, header_rows, skip_rows)


def _detect(grid: _Grid, last: int, width: int) -> Layout:
    skipped, choices = _top(grid, last, width)
    start = max(skipped, default=0) + 1
    header, header_choice = _header(grid, start, last, width)
    choices.append(header_choice)
    footer, notes, bottom_choices, loose = _bottom(
        grid, header[-1] + 1 if header else start, last, width)
    choices += bottom_choices
    titles = tuple(c.rows[0] for c in choices if c.role in ("title", "note"))
    return Layout(
        header_rows=header, skipped=tuple(skipped), footer=footer, notes=titles + notes,
        choices=tuple(choices), labels=tuple(header_labels(grid, header, width)),
        fill_merged=bool(grid.merges), loose=loose,
    )


def _override(grid: _Grid, found: Layout, last: int, width: int, header_rows: int | None,
              skip_rows: int | None) -> Layout:
    choices: list[Choice] = []
    if skip_rows is not None:
        skipped = tuple(range(1, skip_rows + 1))
        if skipped:
            choices.append(Choice("note", skipped, f"{_rows(skipped)} skipped (skip_rows)"))
        start = skip_rows + 1
    else:
        skipped = found.skipped
        choices += [c for c in found.choices if c.role in ("title", "note", "blank")
                    and c.rows[0] < found.header_rows[0]]
        start = found.header_rows[0]
    count = header_rows if header_rows is not None else (
        len(found.header_rows) if start == found.header_rows[0] else 1)
    header = tuple(range(start, min(start + count, max(last, start) + 1)))
    said = "header_rows" if header_rows is not None else "skip_rows"
    choices.append(Choice("header", header, f"{_rows(header)} the header ({said})"))
    footer = tuple(r for r in found.footer if r > header[-1])
    choices += [c for c in found.choices
                if c.role in ("footnote", "totals") and c.rows[0] > header[-1]]
    notes = tuple(r for r in skipped if not grid.blank(r) and grid.seen(r)) + \
        tuple(r for r in found.notes if r > header[-1])
    return Layout(header_rows=header, skipped=skipped, footer=footer, notes=notes,
                  choices=tuple(choices), labels=tuple(header_labels(grid, header, width)),
                  fill_merged=bool(grid.merges), detected=found)


def _rows(rows: Sequence[int]) -> str:
    if len(rows) == 1:
        return f"row {rows[0]} is"
    if list(rows) == list(range(rows[0], rows[-1] + 1)):
        return f"rows {rows[0]}–{rows[-1]} are"
    return "rows " + ", ".join(str(r) for r in rows) + " are"


# ---------------------------------------------------------------- above the table


def title_reason(grid: _Grid, row: int, width: int) -> str | None:
    """Why a row above the header looks like a title or a note on the table, else None."""
    if width < 2 or not grid.seen(row):
        return None
    values = grid.distinct(row)
    if len(values) == 1 and grid.count(row) == 1:
        merge = next((m for m in grid.row_merges(row)), None)
        if merge is not None:
            return f"one filled cell, merged across {merge.width} columns"
        if _LABELLED.match(values[0]):
            return f"one filled cell of {width} columns, a 'label：value'"
        return f"one filled cell of {width} columns"
    count = grid.count(row)
    if 2 <= count <= 3 and count * 2 <= width and not grid.row_merges(row) and all(
            _LABELLED.match(v) for v in grid.raw[row] if v):
        return f"{count} filled cells of {width} columns, each a 'label：value'"
    return None


def _top(grid: _Grid, last: int, width: int) -> tuple[list[int], list[Choice]]:
    """The title, note and blank rows above the header."""
    skipped: list[int] = []
    choices: list[Choice] = []
    row = 1
    while row < last and len(skipped) < MAX_TITLE_ROWS + 4 and grid.seen(row + 1):
        if grid.blank(row):
            skipped.append(row)
            row += 1
            continue
        reason = title_reason(grid, row, width)
        titles = sum(1 for c in choices if c.role in ("title", "note"))
        if reason is None or titles >= MAX_TITLE_ROWS:
            break
        role = "note" if "label：value" in reason else "title"
        what = "a title" if role == "title" else "a note above the table"
        choices.append(Choice(role, (row,), f"row {row} looks like {what} ({reason})"))
        skipped.append(row)
        row += 1
    if not skipped or not _header_like(grid, row):
        # a row is not taken for a title when what follows it is no header (a blank label
        # is an error to report, not a title)
        return [], []
    while skipped and skipped[-1] >= row:
        skipped.pop()
    return skipped, choices


# ---------------------------------------------------------------- the header


def _header_like(grid: _Grid, row: int) -> bool:
    """Whether a row can start a header: two labels or more, not all of them numbers."""
    values = grid.values.get(row, ())
    return len(grid.distinct(row)) >= 2 and any(
        v not in (None, "") and not _numeric(v) for v in values)


def _header(grid: _Grid, start: int, last: int, width: int) -> tuple[tuple[int, ...], Choice]:
    """The header's rows from start: one, or more while the rows below continue it."""
    rows = [start]
    why: list[str] = []
    while len(rows) < MAX_HEADER_ROWS and rows[-1] < last - 1:
        reason = _continues(grid, rows, rows[-1] + 1, width)
        if reason is None:
            break
        why.append(reason)
        rows.append(rows[-1] + 1)
    header = tuple(rows)
    if len(header) == 1:
        text = f"row {start} is the header"
    else:
        text = f"rows {header[0]}–{header[-1]} are the header: {'; '.join(why)}"
    return header, Choice("header", header, text)


def _continues(grid: _Grid, header: list[int], row: int, width: int) -> str | None:
    """Why row continues the header above it, else None."""
    if not grid.seen(row) or grid.blank(row) or not grid.seen(row + 1):
        return None
    down = [m for m in grid.merges if m.top in header and m.bottom >= row]
    if down:
        refs = ", ".join(m.ref for m in down[:3])
        return f"cells merged down from row {down[0].top} reach row {row} ({refs})"
    upper = header[-1]
    groups = [m for m in grid.row_merges(upper) if m.width < max(width, 2)
              and len({v for v in grid.raw[row][m.left - 1:m.right] if v}) >= 2]
    if groups:
        refs = ", ".join(m.ref for m in groups[:3])
        return f"row {upper}'s merged cells ({refs}) group the labels of row {row}"
    if grid.merges and any(m.top == upper for m in grid.merges):
        return None  # a merged header that does not reach the row: it is data
    return _gap_filled(grid, upper, row, width)


def _gap_filled(grid: _Grid, upper: int, row: int, width: int) -> str | None:
    """Without merges: the upper row leaves gaps after its labels that the row below labels
    (a group label written once over its columns), and the row below is labels, not data."""
    above, below = grid.raw[upper], grid.raw[row]
    above = above + [""] * (width - len(above))
    below = below + [""] * (width - len(below))
    first = next((i for i, v in enumerate(above) if v), None)
    if first is None:
        return None
    gaps = [i for i in range(first + 1, width) if not above[i]]
    if not gaps or any(not below[i] for i in gaps):
        return None
    values = grid.values.get(row, ())
    if any(_numeric(v) for v in values):
        return None
    after = grid.values.get(row + 1, ())
    if not any(_numeric(v) for v in after) and not any(not below[i] for i in range(width)
                                                       if above[i]):
        return None  # nothing says the row below is not data of text
    columns = ", ".join(str(i + 1) for i in gaps[:6]) + (", …" if len(gaps) > 6 else "")
    return f"row {upper} leaves columns {columns} blank and row {row} labels them"


def header_labels(grid: _Grid | None, header: Sequence[int], width: int) -> list[str]:
    """One label per column: the header row's text, or a multi-row header's rows joined
    with "/" (a repeated or empty part left out), a group label written once over its columns
    carried over them."""
    if grid is None or not header:
        return []
    if len(header) == 1:
        return []  # one header row: the reader's own cells, as the file holds them
    rows = []
    for position, number in enumerate(header):
        cells = list(grid.filled.get(number, []))
        cells += [""] * (width - len(cells))
        if position < len(header) - 1 and not grid.merges:
            cells = _carried(cells, [grid.raw.get(n, []) for n in header[position + 1:]])
        rows.append(cells)
    labels = []
    for column in range(width):
        parts: list[str] = []
        for cells in rows:
            value = cells[column]
            if value and (not parts or parts[-1] != value):
                parts.append(value)
        labels.append(HEADER_JOIN.join(parts))
    return _trimmed(labels)


def _carried(cells: list[str], lower: list[list[str]]) -> list[str]:
    """A group label carried right over the blank cells after it that rows below label."""
    out = list(cells)
    current = ""
    for i, value in enumerate(cells):
        if value:
            current = value
        elif current and any(i < len(r) and r[i] for r in lower):
            out[i] = current
        else:
            current = ""
    return out


def _trimmed(cells: Sequence[str]) -> list[str]:
    out = list(cells)
    while out and not out[-1]:
        out.pop()
    return out


# ---------------------------------------------------------------- below the table


def _bottom(grid: _Grid, first_data: int, last: int, width: int
            ) -> tuple[tuple[int, ...], tuple[int, ...], list[Choice], tuple[int, ...]]:
    """Footnote and totals rows at the bottom (with the blank rows among and above them);
    the last rows holding one text cell that are not notes (loose)."""
    block: list[tuple[int, str]] = []
    row = last
    while row >= first_data and grid.seen(row):
        if grid.blank(row):
            block.append((row, "blank"))
        else:
            kind = _footer_kind(grid, row, width)
            if kind is None:
                break
            block.append((row, kind))
        row -= 1
    block.reverse()
    start = next((i for i, (_, kind) in enumerate(block) if kind in ("footnote", "totals")),
                 None)
    loose = tuple(r for r, kind in block[:start] if kind == "text")
    if start is None:
        return (), (), [], loose
    while start > 0 and block[start - 1][1] == "blank":
        start -= 1
    kept = block[start:]
    if kept[0][0] <= first_data:
        return (), (), [], loose
    footer = tuple(r for r, _ in kept)
    notes = tuple(r for r, kind in kept if kind != "blank")
    choices = []
    for number, kind in kept:
        if kind == "totals":
            choices.append(Choice("totals", (number,),
                                  f"row {number} is a totals row below the table (合计/总计)"))
        elif kind in ("footnote", "text"):
            what = "it starts with a note word and a colon" if kind == "footnote" \
                else "one filled cell, under a footnote"
            choices.append(Choice("footnote", (number,),
                                  f"row {number} is a footnote below the table ({what})"))
    return footer, notes, choices, loose


def footer_candidate(cells: Sequence[Any]) -> bool:
    """Whether a row could be a footnote or a totals row (its first filled cell says so)."""
    first = next((_text(v) for v in cells if _text(v)), "")
    return bool(first) and (_NOTE.match(first) is not None
                            or _TOTALS.match(re.sub(r"\s+", "", first)) is not None)


def _footer_kind(grid: _Grid, row: int, width: int) -> str | None:
    raw = [v for v in grid.raw[row] if v]
    first = raw[0]
    if _TOTALS.match(re.sub(r"\s+", "", first)):
        return "totals"
    if width < 2:
        return None
    single = len(grid.distinct(row)) == 1
    if _NOTE.match(first) and (single or all(_NOTE.match(v) for v in raw)):
        return "footnote"
    if single and not any(_numeric(v) for v in grid.values.get(row, ()) if v not in (None, "")):
        return "text"
    return None


# ---------------------------------------------------------------- refusals


def hints(layout: Layout, errors: Sequence[tuple[str, int | None, int | None]],
          override: str = "--header-rows / --skip-rows, or header_rows / skip_rows in the "
                          "metadata") -> list[str]:
    """What the layout says about a table's validation errors ((type, row, field) each):
    the row, and the likely cause."""
    out: list[str] = []
    detected = layout.detected or layout
    header_errors = [e for e in errors if e[0] in ("blank-label", "duplicate-label",
                                                  "blank-header", "incorrect-label")]
    start = layout.header_rows[0] if layout.header_rows else 1
    if header_errors:
        titles = [c for c in detected.choices if c.role in ("title", "note")
                  and c.rows[0] >= start]
        if titles:
            title = titles[0]
            begin = detected.header_rows[0]
            out.append(f"{title.reason}: the header seems to start on row {begin}; pass "
                       f"--skip-rows {begin - 1} or add skip_rows: {begin - 1} to the metadata")
        elif len(detected.header_rows) > len(layout.header_rows):
            rows = detected.header_rows
            header_choice = next(c for c in detected.choices if c.role == "header")
            out.append(f"the header seems to span rows {rows[0]}–{rows[-1]} "
                       f"({header_choice.reason.split(': ', 1)[-1]}); pass "
                       f"--header-rows {len(rows)} or add header_rows: {len(rows)} to the "
                       "metadata")
        else:
            rows = ", ".join(str(r) for r in layout.header_rows)
            kinds = sorted({e[0] for e in header_errors})
            out.append(f"the header (row{'s' if len(layout.header_rows) > 1 else ''} {rows}) "
                       f"has {' and '.join(k.replace('-', ' ') + 's' for k in kinds)}: if the "
                       f"table's header starts lower or spans more rows, pass {override}")
    loose = [e[1] for e in errors if e[1] in detected.loose]
    if loose:
        out.append(f"row {loose[0]} holds one filled cell at the end of the table: if it is a "
                   "note, start it with 注： (or 说明：, 数据来源：) to keep it as one")
    return out
