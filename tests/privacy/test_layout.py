"""Where a table lies in a sheet: titles, multi-row headers, notes below, with reasons."""

from __future__ import annotations

import pytest

from privacy.layout import Merge, detect, hints
from tests.support.workbooks import GRID, LABELS, MERGES


def grid(rows: list[list]) -> dict[int, list]:
    return dict(enumerate(rows, start=1))


def test_a_department_sheet_is_found_with_its_reasons() -> None:
    layout = detect(grid(GRID), [Merge.from_ref(ref) for ref in MERGES])
    assert layout.skipped == (1, 2)
    assert layout.header_rows == (3, 4)
    assert list(layout.labels) == LABELS
    assert layout.footer == (8, 9, 10, 11)  # totals, a blank row, two footnotes
    assert layout.notes == (1, 2, 8, 10, 11)
    assert layout.fill_merged and not layout.plain
    reasons = layout.reasons()
    assert reasons[0] == "row 1 looks like a title (one filled cell, merged across 6 columns)"
    assert reasons[1].startswith("row 2 looks like a note above the table")
    assert reasons[2] == ("rows 3–4 are the header: cells merged down from row 3 reach row 4 "
                          "(A3:A4, F3:F4)")
    assert "row 8 is a totals row" in reasons[3]
    assert reasons[4].startswith("row 10 is a footnote")


def test_reasons_hold_no_cell_text() -> None:
    layout = detect(grid(GRID), [Merge.from_ref(ref) for ref in MERGES])
    text = " ".join(layout.reasons())
    for row in GRID:
        for value in row:
            if isinstance(value, str) and value not in ("合计",):
                assert value not in text


def test_without_merges_a_group_label_written_once_is_carried() -> None:
    # as a CSV or an ODS holds it: no merged ranges, the group label over blank cells
    layout = detect(grid(GRID))
    assert layout.header_rows == (3, 4)
    assert list(layout.labels) == LABELS
    assert "row 3 leaves columns 3, 5 blank and row 4 labels them" in layout.reasons()[2]


def test_group_merges_join_the_rows_below() -> None:
    rows = grid([["地区", "2023年", None, None], [None, "一季度", "二季度", "三季度"],
                 ["上城区", 1, 2, 3]])
    layout = detect(rows, [Merge.from_ref("A1:A2"), Merge.from_ref("B1:D1")])
    assert layout.header_rows == (1, 2)
    assert list(layout.labels) == ["地区", "2023年/一季度", "2023年/二季度", "2023年/三季度"]


@pytest.mark.parametrize("rows", [
    [["name", "age"], ["张三", "30"], ["李四", "41"]],
    [["区县", "人口"], ["合计", "3"], ["上城区", "1"]],          # a total inside is data
    [["id", "", "", ""], ["1", "2", "3", "4"]],                # a blank label stays an error
    [["a", "b", "c"], ["x", "", ""], ["1", "2", "3"]],          # a sparse data row
])
def test_plain_tables_stay_plain(rows: list[list]) -> None:
    assert detect(grid(rows)).plain


def test_a_year_header_is_not_taken_for_data() -> None:
    rows = grid([["表2 地区生产总值"], ["地区", "2021", "2022", "2023"], ["上城区", 1, 2, 3]])
    layout = detect(rows)
    assert layout.skipped == (1,) and layout.header_rows == (2,)


def test_footnotes_need_a_note_word_and_continue_below_it() -> None:
    rows = grid([["区县", "人口"], ["上城区", 1], ["拱墅区", 2], ["注：", None],
                 ["1. 快报数", None], ["2. 不含外来人口", None]])
    layout = detect(rows)
    assert layout.footer == (4, 5, 6)
    loose = detect(grid([["区县", "人口"], ["上城区", 1], ["本表为快报数", None]]))
    assert loose.footer == () and loose.loose == (3,)


def test_signatures_below_the_table_are_notes() -> None:
    rows = grid([["区县", "人口", "面积"], ["上城区", 1, 2],
                 ["填报人：张伟", "审核人：李娜", "填报日期：2024-01-05"]])
    assert detect(rows).footer == (3,)


def test_overrides_win_and_keep_what_was_detected() -> None:
    merges = [Merge.from_ref(ref) for ref in MERGES]
    layout = detect(grid(GRID), merges, skip_rows=2, header_rows=1)
    assert layout.header_rows == (3,) and layout.skipped == (1, 2)
    assert layout.detected is not None and layout.detected.header_rows == (3, 4)
    assert "row 3 is the header (header_rows)" in layout.reasons()
    assert layout.footer == (8, 9, 10, 11)  # notes below are still found


def test_refusals_name_the_row_and_the_likely_cause() -> None:
    merges = [Merge.from_ref(ref) for ref in MERGES]
    title = detect(grid(GRID), merges, skip_rows=0, header_rows=1)
    assert hints(title, [("duplicate-label", None, 2)]) == [
        "row 1 looks like a title (one filled cell, merged across 6 columns): the header "
        "seems to start on row 3; pass --skip-rows 2 or add skip_rows: 2 to the metadata"]
    short = detect(grid(GRID), merges, header_rows=1)
    assert hints(short, [("duplicate-label", None, 3)]) == [
        "the header seems to span rows 3–4 (cells merged down from row 3 reach row 4 (A3:A4, "
        "F3:F4)); pass --header-rows 2 or add header_rows: 2 to the metadata"]
    loose = detect(grid([["区县", "人口"], ["上城区", 1], ["本表为快报数", None]]))
    assert "row 3 holds one filled cell" in hints(loose, [("type-error", 3, 2)])[0]
    assert hints(detect(grid([["a", "b"], ["1", "2"]])), []) == []


def test_merge_references() -> None:
    merge = Merge.from_ref("B3:AA10")
    assert (merge.top, merge.left, merge.bottom, merge.right) == (3, 2, 10, 27)
    assert merge.ref == "B3:AA10" and merge.width == 26
    with pytest.raises(ValueError):
        Merge.from_ref("nonsense")
