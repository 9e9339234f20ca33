"""Per-table evidence: a name of the table's name column is a name in its other cells too."""

from __future__ import annotations

import csv
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from privacy.cells import Hit
from privacy.knownnames import KnownNames


def _screen(screener, tmp_path: Path, rows: list[list[str]]) -> list[list[str]]:
    source, output = tmp_path / "热线工单.csv", tmp_path / "out.csv"
    with open(source, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    screener.screen_file(source, output)
    with open(output, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_a_name_of_the_name_column_is_masked_in_free_text(screener, tmp_path: Path) -> None:
    out = _screen(screener, tmp_path, [
        ["姓名", "诉求内容"],
        ["向霞", "反映小区噪音扰民，向霞希望尽快处理"],
        ["和平", "咨询公积金提取，和平表示材料已备齐"],
        ["李建军", "反映楼道堆物"],
    ])
    assert [r[0] for r in out[1:]] == ["向*", "和*", "李**"]
    assert out[1][1] == "反映小区噪音扰民，向*希望尽快处理"
    assert out[2][1] == "咨询公积金提取，和*表示材料已备齐"


def test_a_name_that_is_an_ordinary_word_needs_the_screen_or_a_cue_beside_it(
        screener, tmp_path: Path) -> None:
    # 高峰 and 陆军 are people of this table, and words of its text: only the people are masked
    out = _screen(screener, tmp_path, [
        ["姓名", "诉求内容"],
        ["高峰", "反映二次供水水压不足，高峰时段高层住户无水可用"],
        ["陆军", "建议增设红绿灯，高峰期行人过马路困难"],
        ["张秀英", "投诉出租车驾驶员高峰绕路多收费"],
        ["王建华", "咨询公租房申请进度，申请人陆军，于2024年3月9日提交材料"],
    ])
    assert [r[0] for r in out[1:]] == ["高*", "陆*", "张**", "王**"]
    assert out[1][1] == "反映二次供水水压不足，高峰时段高层住户无水可用"
    assert out[2][1] == "建议增设红绿灯，高峰期行人过马路困难"
    assert out[3][1] == "投诉出租车驾驶员高*绕路多收费"
    assert out[4][1] == "咨询公租房申请进度，申请人陆*，于2024年3月9日提交材料"


def test_ordinary_word_names_are_kept_where_the_screen_found_a_person() -> None:
    known = KnownNames(["高峰", "张伟"])
    assert known.words == frozenset({"高峰"})
    text = "高峰反映其家中水管爆裂"
    assert known.hits(text) == []
    assert known.hits(text, [Hit("PERSON", 0, 2, 0.9)]) == [Hit("PERSON", 0, 2, 0.95)]
    assert known.hits("高峰先生来电") == [Hit("PERSON", 0, 2, 0.95)]
    assert known.hits("早高峰张伟来电") == [Hit("PERSON", 3, 5, 0.95)]


def test_a_surname_and_an_honorific_are_masked_as_the_surname(screener, tmp_path: Path) -> None:
    # the column's 王先生 and the same words in text: the surname names the caller (王** kept it)
    out = _screen(screener, tmp_path, [
        ["姓名", "诉求内容"],
        ["王先生", "王先生来电反映，景芳三区二次供水水压不足"],
        ["欧阳女士", "欧阳女士咨询新生儿医保参保办理流程"],
        ["李建军", "反映楼道堆物"],
    ])
    assert [r[0] for r in out[1:]] == ["*先生", "**女士", "李**"]
    assert out[1][1] == "*先生来电反映，景芳三区二次供水水压不足"
    assert out[2][1] == "**女士咨询新生儿医保参保办理流程"


NAMES = ["张三", "张三丰", "三丰", "欧阳娜", "欧阳娜娜", "王五", "李四光", "李四"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([*NAMES, "张", "欧阳", "四", "光", "，", "来电", "先生"]),
                max_size=12).map("".join))
def test_names_are_found_as_one_alternation_of_them_finds_them(text: str) -> None:
    # longest first, left to right, not overlapping: what re finds with all names in one
    # alternation (the fast form tries only the names starting with the character at hand)
    alternation = re.compile("|".join(sorted(NAMES, key=lambda n: (-len(n), n))))
    assert list(KnownNames(NAMES).spans(text)) == [m.span() for m in alternation.finditer(text)]
