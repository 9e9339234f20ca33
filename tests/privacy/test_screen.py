"""Screening text and tables end to end, with real files."""

from __future__ import annotations

import csv
import json

import pytest

from privacy import (
    Finding,
    Screener,
    TableScreen,
    TextScreen,
    read_table,
    write_table,
)
from privacy.cells import Hit
from privacy.findings import MAX_OFFSETS
from privacy.spans import resolve_overlaps

from .conftest import bad_checksum

HEADER = ["序号", "申请人姓名", "身份证号", "联系人手机号", "邮箱", "银行卡号", "诉求内容", "金额",
          "单位名称", "col_ids"]


def build_rows(gen, n=40):
    """Rows of synthetic personal data; returns (rows, every personal value used)."""
    rows, values = [], []
    for i in range(n):
        name, rid, phone, mail, card = (gen.name(), gen.resident_id(), gen.mobile(),
                                        gen.email(), gen.card())
        if i % 10 == 3:
            rid = bad_checksum(rid)
        inner_name, inner_phone, other_id = gen.name(), gen.mobile(), gen.resident_id()
        text = (f"申请人{inner_name}反映路灯不亮，联系电话{inner_phone}。" if i % 2 == 0
                else "已办结，无需回复。")
        values += [name, rid, phone, mail, card, other_id]
        if i % 2 == 0:
            values += [inner_name, inner_phone]
        rows.append([str(i + 1), name, rid, phone, mail, card, text, f"{i * 10.5:.2f}",
                     "北京市海淀区人民政府", other_id])
    return rows, values


def write_csv(path, header, rows, encoding="utf-8"):
    with open(path, "w", encoding=encoding, newline="") as handle:
        csv.writer(handle).writerows([header, *rows])
    return path


@pytest.fixture
def table_file(tmp_path, gen):
    rows, values = build_rows(gen)
    return write_csv(tmp_path / "in.csv", HEADER, rows), rows, values


def test_screen_file_masks_columns_and_cells(screener, table_file, tmp_path):
    path, rows, _ = table_file
    out = tmp_path / "out.csv"
    result = screener.screen_file(path, out)
    assert isinstance(result, TableScreen) and result.row_count == len(rows)
    assert (result.format, result.encoding, result.header) == ("csv", "utf-8", HEADER)
    masked = list(read_table(out).rows())
    assert len(masked) == len(rows)
    for original, new in zip(rows, masked, strict=False):
        assert new[0] == original[0] and new[7] == original[7] and new[8] == original[8]
        assert new[1] == original[1][0] + "*" * (len(original[1]) - 1) or new[1].startswith(
            original[1][:2])
        assert new[2] == original[2][:6] + "********" + original[2][14:]  # invalid ones too
        assert new[3] == original[3][:3] + "****" + original[3][7:]
        assert new[4].endswith("@" + original[4].split("@")[1]) and "***@" in new[4]
        assert new[5] == original[5][:4] + "*" * (len(original[5]) - 8) + original[5][-4:]
        assert new[9] == original[9][:6] + "********" + original[9][14:]
        if original[6].startswith("申请人"):
            assert new[6].startswith("申请人") and "反映路灯不亮，联系电话" in new[6]
            assert new[6] != original[6] and "****" in new[6]
        else:
            assert new[6] == original[6]
    assert list(result.iter_rows()) == masked == result.rows


def test_profiles_findings_and_decision(screener, table_file):
    path, rows, _ = table_file
    result = screener.screen_file(path)
    columns = {c.name: c for c in result.columns}
    assert columns["申请人姓名"].entity == "PERSON" and columns["申请人姓名"].reason == "header"
    assert columns["身份证号"].invalid == 4 and columns["身份证号"].matched == 36
    assert columns["col_ids"].entity == "CN_RESIDENT_ID" and columns["col_ids"].reason == "values"
    assert columns["单位名称"].entity is None and columns["诉求内容"].entity is None
    assert columns["金额"].entity is None and columns["序号"].entity is None
    by_key = {(f.field, f.entity, f.scope): f for f in result.findings}
    assert len(by_key) == len(result.findings), "one finding per (field, entity, scope)"
    ids = by_key[("身份证号", "CN_RESIDENT_ID", "column")]
    assert ids.count == len(rows) and len(ids.offsets) == MAX_OFFSETS
    assert ids.offsets[0] == (1, 0, 18) and ids.note == "4 values with invalid checksum"
    assert ids.action == "mask" and not ids.needs_review
    cell_phone = by_key[("诉求内容", "CN_MOBILE", "cell")]
    assert cell_phone.count == len(rows) // 2 and cell_phone.confidence == 1.0
    row, start, end = cell_phone.offsets[0]
    assert rows[row - 1][6][start:end] == rows[row - 1][6][-12:-1]
    assert ("诉求内容", "PERSON", "cell") in by_key
    assert result.decision in ("publish", "review")
    fields = list(dict.fromkeys(f.field for f in result.findings))
    assert fields[:3] == ["申请人姓名", "身份证号", "联系人手机号"]


def test_findings_never_hold_personal_values(screener, table_file):
    path, _, values = table_file
    result = screener.screen_file(path)
    dumped = json.dumps(result.to_dict(), ensure_ascii=False)
    assert json.loads(dumped)["row_count"] == 40
    for value in values:
        assert value not in dumped
        assert value[-8:] not in dumped
    text = screener.screen_text("申请人王小明，电话13812345678，邮箱wxm@example.com")
    dumped = json.dumps([f.to_dict() for f in text.findings], ensure_ascii=False)
    for value in ("王小明", "13812345678", "wxm@example.com"):
        assert value not in dumped


def test_free_text_cells_keep_the_rest_intact(screener, tmp_path, gen):
    name, phone, rid = gen.name(), gen.mobile(), gen.resident_id()
    cell = f"经查，{name}（身份证号{rid}）于2023年5月在某路口违规停车，电话{phone}。"
    path = write_csv(tmp_path / "t.csv", ["情况说明", "状态"], [[cell, "已办结"], ["无", "已办结"]])
    result = screener.screen_file(path, tmp_path / "o.csv")
    new = list(read_table(tmp_path / "o.csv").rows())
    masked = new[0][0]
    expected = (f"经查，{name[0]}{'*' * (len(name) - 1)}（身份证号{rid[:6]}********{rid[14:]}）"
                f"于2023年5月在某路口违规停车，电话{phone[:3]}****{phone[7:]}。")
    assert masked == expected
    assert new[1] == ["无", "已办结"] and new[0][1] == "已办结"
    assert {f.entity for f in result.findings} == {"PERSON", "CN_RESIDENT_ID", "CN_MOBILE"}
    assert all(f.scope == "cell" for f in result.findings)


def test_columns_whose_cells_do_not_repeat_are_screened_alike(screener, tmp_path, gen,
                                                             monkeypatch):
    """A column of distinct cells is scanned without the cell cache once its first cells show
    it: what it finds and masks there is what the cached scan finds."""
    from privacy import screen

    rows = [[f"工单{i:05d}：联系电话{gen.mobile()}", "已转相关部门办理，来电人表示满意。"]
            for i in range(3000)]
    path = write_csv(tmp_path / "t.csv", ["工单", "办理结果"], rows)
    monkeypatch.setattr(screen, "UNIQUE_PROBE", 10**9)  # every cell through the cache
    cached = screener.screen_file(path, tmp_path / "cached.csv")
    monkeypatch.setattr(screen, "UNIQUE_PROBE", 100)
    probed = screener.screen_file(path, tmp_path / "probed.csv")
    assert (tmp_path / "probed.csv").read_bytes() == (tmp_path / "cached.csv").read_bytes()
    assert probed.to_dict() == cached.to_dict()
    masked = [r[0] for r in read_table(tmp_path / "probed.csv").rows()]
    assert all(r[0][r[0].index("电话") + 2:] not in m for r, m in zip(rows, masked, strict=True))


def test_non_personal_columns_are_byte_identical(screener, tmp_path):
    odd = ["  leading space", "trailing\t", "换行\n内容", "", "1.50", "00123", "=SUM(A1)",
           "北京市海淀区人民政府", "2023-01-05", "a,b", '"quoted"', "X" * 300]
    path = write_csv(tmp_path / "t.csv", ["备注", "编号"], [[v, str(i)] for i, v in enumerate(odd)])
    result = screener.screen_file(path, tmp_path / "o.csv")
    # CSV is written for spreadsheets: a would-be formula is neutralised (OWASP), nothing else
    for_csv = ["'=SUM(A1)" if v == "=SUM(A1)" else v for v in odd]
    assert [r[0] for r in read_table(tmp_path / "o.csv").rows()] == for_csv
    assert result.findings == [] and result.decision == "publish"
    screener.screen_file(path, tmp_path / "o.json")
    assert [r[0] for r in read_table(tmp_path / "o.json").rows()] == odd


def test_whole_name_column_masks_every_cell(screener, tmp_path, gen):
    names = [gen.name() for _ in range(5)] + ["欧阳娜娜", "John Smith", "某某", "x"]
    path = write_csv(tmp_path / "t.csv", ["姓名"], [[n] for n in names])
    screener.screen_file(path, tmp_path / "o.csv")
    masked = [r[0] for r in read_table(tmp_path / "o.csv").rows()]
    assert masked[5:] == ["欧阳**", "J*** S****", "某*", "*"]
    for m, n in zip(masked[:5], names[:5], strict=True):
        assert m[0] == n[0] and set(m[1:]) <= {"*"}


def test_review_decision_on_low_confidence(screener, tmp_path):
    path = write_csv(tmp_path / "t.csv", ["说明"], [["编号E12345678。"]])
    result = screener.screen_file(path)
    (finding,) = result.findings
    assert finding.entity == "CN_PASSPORT" and finding.needs_review and finding.confidence < 0.85
    assert result.decision == "review"
    strict = Screener(screener.analyzer, review_threshold=0.5)
    assert strict.screen_file(path).decision == "publish"


def test_screen_text(screener):
    text = "申请人：王小明，联系电话13812345678，身份证号110101199003071237以外无其他信息。"
    result = screener.screen_text(text, field="description")
    assert isinstance(result, TextScreen)
    assert result.text == (
        "申请人：王**，联系电话138****5678，身份证号110101********1237以外无其他信息。")
    # the ID's check digit is wrong: after 身份证号 it is masked all the same
    assert [(f.entity, f.field, f.scope, f.count) for f in result.findings] == [
        ("PERSON", "description", "text", 1), ("CN_MOBILE", "description", "text", 1),
        ("CN_RESIDENT_ID", "description", "text", 1)]
    assert result.findings[0].offsets == ((0, 4, 7),) and result.decision == "publish"
    assert screener.screen_text("").findings == []
    english = screener.screen_text("Contact Mr. John Smith at js@example.org", language="en")
    assert english.text == "Contact Mr. J*** S**** at j***@example.org"


def test_what_sticks_out_of_a_longer_finding_stays_masked(screener):
    # the address runs on from the name's last character (阳户分得5幢301室): kept whole, it
    # published the rest of the name (赵向) where the name was dropped for it
    text = "安置房分配结果：赵向阳户分得5幢301室。"
    assert screener.screen_text(text).text == "安置房分配结果：赵***********。"
    found = [Hit("CN_ADDRESS", 10, 20, 0.85), Hit("PERSON", 8, 11, 0.95),
             Hit("PERSON", 12, 14, 0.9)]
    assert resolve_overlaps(found) == [Hit("PERSON", 8, 10, 0.95),
                                       Hit("CN_ADDRESS", 10, 20, 0.85)]


def test_text_and_cell_paths_agree(screener, gen):
    corpus = []
    for i in range(40):
        name, phone, rid, card, mail = (gen.name(), gen.mobile(), gen.resident_id(), gen.card(),
                                        gen.email())
        corpus += [
            f"申请人{name}，身份证号{rid}，手机{phone}。",
            f"{name}反映：银行卡{card}被冻结，邮箱{mail}",
            f"经查，{name}于2023年{i % 12 + 1}月在路口违规停车，"
            f"电话 {phone[:3]} {phone[3:7]} {phone[7:]}",
            f"编号{rid[:17]}{'0' if rid[17] != '0' else '1'}，状态正常",
            f"住址：北京市朝阳区建国路{i}号{i + 1}栋2单元30{i % 9}室，座机010-6{i:07d}",
        ]
    corpus += ["Mr. John Smith called from 13812345678.", "Name: Mary Jones, email mj@example.com"]
    for text in corpus:
        language = "en" if text.isascii() else "zh"
        full = [(r.entity_type, r.start, r.end, round(r.score, 6))
                for r in screener.analyze_text(text, language)]
        fast = [(r.entity_type, r.start, r.end, round(r.score, 6))
                for r in screener.scanner.scan(text)]
        assert full == fast, text


def test_formats_round_trip_through_the_screen(screener, tmp_path, gen):
    rows, values = build_rows(gen, 6)
    src = write_csv(tmp_path / "in.csv", HEADER, rows, "gb18030")
    assert screener.screen_file(src).encoding == "gb18030"
    xlsx = tmp_path / "in.xlsx"
    write_table(xlsx, HEADER, rows, "xlsx")
    by_csv = screener.screen_file(src, tmp_path / "a.csv")
    by_xlsx = screener.screen_file(xlsx, tmp_path / "b.xlsx")
    by_json_out = screener.screen_file(xlsx, tmp_path / "c.json")
    assert by_xlsx.format == "xlsx" and by_json_out.format == "xlsx"
    expected = list(read_table(tmp_path / "a.csv").rows())
    assert list(read_table(tmp_path / "b.xlsx").rows()) == expected
    assert list(read_table(tmp_path / "c.json").rows()) == expected
    assert [f.to_dict() for f in by_csv.findings] == [f.to_dict() for f in by_xlsx.findings]
    for value in values:
        assert value not in (tmp_path / "c.json").read_text(encoding="utf-8")


def test_failed_screen_leaves_no_output(screener, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text('a,b\n1,2\n"3"x,4\n', encoding="utf-8")
    out = tmp_path / "out.csv"
    with pytest.raises(ValueError):
        screener.screen_file(bad, out)
    assert not out.exists() and [p.name for p in tmp_path.iterdir()] == ["bad.csv"]


def test_cells_beyond_the_header_are_screened_not_lost(screener, tmp_path, gen):
    phone = gen.mobile()
    path = tmp_path / "t.csv"
    path.write_text(f"备注,金额\n无,1\n有,2,电话{phone}\n", encoding="utf-8")
    result = screener.screen_file(path, tmp_path / "o.json")
    table = read_table(tmp_path / "o.json")
    assert table.header == ["备注", "金额", "column3"] == result.header
    assert list(table.rows()) == [["无", "1", ""], ["有", "2", f"电话{phone[:3]}****{phone[7:]}"]]
    assert [(f.field, f.entity) for f in result.findings] == [("column3", "CN_MOBILE")]


def test_short_values_are_still_screened(screener):
    assert [r.entity_type for r in screener.scanner.scan("10.0.0.1")] == ["IP_ADDRESS"]
    assert [r.entity_type for r in screener.scanner.scan("::1")] == ["IP_ADDRESS"]
    assert screener.scanner.scan("2023-01-05") == screener.scanner.scan("123.45") == []
    assert [r.entity_type for r in screener.scanner.scan("张三")] == ["PERSON"]


def test_finding_to_dict_is_plain_json():
    finding = Finding("CN_MOBILE", "手机", "column", 2, ((1, 0, 11), (2, 0, 11)), 1.0, "mask",
                      False)
    assert json.loads(json.dumps(finding.to_dict())) == {
        "entity": "CN_MOBILE", "field": "手机", "scope": "column", "count": 2,
        "offsets": [[1, 0, 11], [2, 0, 11]], "confidence": 1.0, "action": "mask",
        "needs_review": False, "note": ""}


def test_screener_builds_its_analyzer_lazily():
    screener = Screener()
    assert screener._analyzer is None


def test_a_header_row_holding_data_is_screened(screener, tmp_path, gen):
    rid, phone = gen.resident_id(), gen.mobile()
    path = write_csv(tmp_path / "t.csv", ["王小明", rid, phone], [["李四", gen.resident_id(), "x"]])
    result = screener.screen_file(path, tmp_path / "o.csv")
    header = read_table(tmp_path / "o.csv").header
    assert header == ["王**", rid[:6] + "********" + rid[14:], phone[:3] + "****" + phone[7:]]
    assert result.header == header
    dumped = json.dumps(result.to_dict(), ensure_ascii=False)
    assert rid not in dumped and phone not in dumped and "王小明" not in dumped
    assert {(f.field, f.offsets[0][0]) for f in result.findings if f.scope == "cell"} >= {
        (header[1], 0), (header[2], 0)}


def test_published_columns_say_which_values_may_have_changed(analyzer, tmp_path):
    from privacy import Policy, PublishedColumn

    path = write_csv(tmp_path / "in.csv", ["序号", "姓名", "手机号", "备注", "区县"], [
        ["1", "张伟", "13812345678", "已办结", "朝阳区"],
        ["2", "李秀英", "13987654321", "联系人王芳，电话13612345678", "海淀区"],
    ])
    policy = Policy.from_mapping({"actions": {"CN_MOBILE": "drop"}}, source="test")
    result = Screener(analyzer, policy=policy).screen_file(path, tmp_path / "out.csv")
    assert result.published_columns() == [
        PublishedColumn("序号", 0, False),
        # masked whole: its values' shapes, with no letter or ideograph of theirs
        PublishedColumn("姓名", 1, True, "mask", r"([一-鿿]\*|[一-鿿]\*{2})"),
        PublishedColumn("备注", 3, True), PublishedColumn("区县", 4, False),
    ]
