"""Remediation policies applied by the Screener: mask, pseudonymize, generalize, drop, block."""

from __future__ import annotations

import csv
import datetime as dt
import json
import re

import pytest

from privacy import Screener, read_table
from privacy.policy import Policy

from .conftest import make_resident_id

KEY = b"0123456789abcdef0123456789abcdef"
HEADER = ["序号", "姓名", "身份证号", "手机号", "家庭住址", "出生日期", "年龄", "情况说明"]
TODAY = dt.date(2024, 6, 1)


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([header, *rows])
    return path


@pytest.fixture
def people(tmp_path, gen):
    """A table of adults (a repeated person included) and every personal value in it."""
    rows, values = [], []
    for i in range(8):
        name, rid, phone = gen.name(), gen.resident_id(), gen.mobile()
        born = dt.date(1960 + i, 3, 7)
        rid = make_resident_id("110101", born, 100 + i)
        other, other_phone = gen.name(), gen.mobile()
        note = f"申请人{other}反映路灯不亮，联系电话{other_phone}。" if i % 2 == 0 else "已办结。"
        address = f"北京市海淀区中关村大街{i + 1}号{i + 2}栋30{i}室"
        rows.append([str(i + 1), name, rid, phone, address, born.isoformat(), str(40 + i), note])
        values += [name, rid, phone, address, other, other_phone]
    rows.append(["9", rows[0][1], *rows[0][2:7], f"申请人{rows[0][1]}再次来电。"])
    return write_csv(tmp_path / "people.csv", HEADER, rows), rows, values


def screen(analyzer, path, out, policy=None, context="dataset-1", **kwargs):
    screener = Screener(analyzer, policy=policy, pseudonym_key=KEY, screening_date=TODAY,
                        **kwargs)
    result = screener.screen_file(path, out, context=context)
    return result, read_table(out)


def assert_no_values(result, values):
    dumped = json.dumps(result.to_dict(), ensure_ascii=False)
    for value in values:
        assert value not in dumped
    for finding in result.findings:
        assert not any(value in finding.note or value in finding.field for value in values)


def test_default_policy_is_the_existing_masking(analyzer, screener, people, tmp_path):
    path, _, values = people
    default, table = screen(analyzer, path, tmp_path / "a.csv", Policy())
    legacy = screener.screen_file(path, tmp_path / "b.csv")
    assert list(table.rows()) == list(read_table(tmp_path / "b.csv").rows())
    assert [f.to_dict() for f in default.findings] == [f.to_dict() for f in legacy.findings]
    assert {f.action for f in default.findings if f.scope != "table"} == {"mask"}
    assert_no_values(default, values)


def test_pseudonyms_are_stable_within_a_dataset(analyzer, people, tmp_path):
    path, rows, values = people
    policy = Policy(actions={"PERSON": "pseudonymize", "CN_RESIDENT_ID": "pseudonymize"})
    result, table = screen(analyzer, path, tmp_path / "o.csv", policy)
    out = list(table.rows())
    names = [r[1] for r in out]
    assert all(re.fullmatch(r"PERSON-[0-9a-f]{12}", n) for n in names)
    assert names[0] == names[8] and len(set(names[:8])) == 8  # the same person, the same alias
    assert out[8][7] == f"申请人{names[0]}再次来电。"  # in free text too
    assert all(re.fullmatch(r"ID-[0-9a-f]{12}", r[2]) for r in out)
    assert out[0][3] == rows[0][3][:3] + "****" + rows[0][3][7:]  # phones still masked
    actions = {(f.field, f.entity): f.action for f in result.findings}
    assert actions[("姓名", "PERSON")] == actions[("情况说明", "PERSON")] == "pseudonymize"
    assert actions[("手机号", "CN_MOBILE")] == "mask"
    assert list(result.iter_rows()) == out
    again, table2 = screen(analyzer, path, tmp_path / "o2.csv", policy)
    assert list(table2.rows()) == out
    assert_no_values(result, values)


def test_pseudonyms_differ_across_datasets_unless_global(analyzer, people, tmp_path):
    path, _, _ = people
    policy = Policy(actions={"PERSON": "pseudonymize"})
    _, one = screen(analyzer, path, tmp_path / "1.csv", policy, context="dataset-1")
    _, two = screen(analyzer, path, tmp_path / "2.csv", policy, context="dataset-2")
    first, second = [r[1] for r in one.rows()], [r[1] for r in two.rows()]
    assert not set(first) & set(second)
    linked = Policy(actions={"PERSON": "pseudonymize"}, pseudonym_scope="global")
    _, three = screen(analyzer, path, tmp_path / "3.csv", linked, context="dataset-1")
    _, four = screen(analyzer, path, tmp_path / "4.csv", linked, context="dataset-2")
    assert [r[1] for r in three.rows()] == [r[1] for r in four.rows()]
    assert not set(first) & {r[1] for r in three.rows()}


def test_drop_removes_the_column_and_spans(analyzer, people, tmp_path):
    path, rows, values = people
    policy = Policy(actions={"CN_RESIDENT_ID": "drop", "CN_MOBILE": "drop"}, k_threshold=1)
    result, table = screen(analyzer, path, tmp_path / "o.json", policy)
    expected = [h for h in HEADER if h not in ("身份证号", "手机号")]
    assert table.header == result.header == result.to_dict()["header"] == expected
    out = list(table.rows())
    assert all(len(r) == len(expected) for r in out)
    assert out[0][-1].endswith("反映路灯不亮，联系电话。")
    by_key = {(f.field, f.entity): f for f in result.findings}
    assert by_key[("身份证号", "CN_RESIDENT_ID")].action == "drop"
    assert by_key[("身份证号", "CN_RESIDENT_ID")].count == len(rows)
    assert by_key[("情况说明", "CN_MOBILE")].action == "drop"
    assert result.risk is not None and not result.risk.below_threshold  # k_threshold=1
    assert result.decision == "review"  # the address column's values do not look like it
    assert list(result.iter_rows()) == out
    assert_no_values(result, values)


def test_block_decides_block_but_still_writes_masked_output(analyzer, people, tmp_path):
    path, rows, values = people
    result, table = screen(analyzer, path, tmp_path / "o.csv",
                           Policy(actions={"CN_RESIDENT_ID": "block"}))
    assert result.decision == "block"
    blocked = [f for f in result.findings if f.action == "block"]
    assert [(f.field, f.entity) for f in blocked] == [("身份证号", "CN_RESIDENT_ID")]
    out = list(table.rows())
    assert out[0][2] == rows[0][2][:6] + "********" + rows[0][2][14:]
    text = Screener(analyzer, policy=Policy(actions={"CN_MOBILE": "block"})).screen_text(
        "联系电话13812345678")
    assert text.decision == "block" and text.text == "联系电话138****5678"
    assert_no_values(result, values)


def test_generalize_birth_dates_ages_and_addresses(analyzer, people, tmp_path):
    path, rows, values = people
    policy = Policy(actions={"DATE_OF_BIRTH": "generalize", "AGE": "generalize",
                             "CN_ADDRESS": "generalize"})
    result, table = screen(analyzer, path, tmp_path / "o.csv", policy)
    out = list(table.rows())
    assert [r[5] for r in out[:3]] == ["1960", "1961", "1962"]
    assert [r[6] for r in out[:6]] == ["40-44"] * 5 + ["45-49"]
    assert {r[4] for r in out} == {"北京市海淀区"}
    actions = {(f.field, f.entity): f.action for f in result.findings}
    assert actions[("出生日期", "DATE_OF_BIRTH")] == actions[("年龄", "AGE")] == "generalize"
    assert actions[("家庭住址", "CN_ADDRESS")] == "generalize"
    text = Screener(analyzer, policy=policy).screen_text("出生日期：1990年3月7日，籍贯不详")
    assert text.text == "出生日期：1990，籍贯不详"
    assert_no_values(result, values)


def test_quasi_identifier_columns_are_left_alone_unless_named(analyzer, people, tmp_path):
    path, rows, _ = people
    _, table = screen(analyzer, path, tmp_path / "o.csv", Policy())
    out = list(table.rows())
    assert [r[5:7] for r in out] == [r[5:7] for r in rows]
    _, masked = screen(analyzer, path, tmp_path / "m.csv", Policy(actions={"AGE": "mask"}))
    assert {r[6] for r in masked.rows()} == {"**"}


def test_screen_text_applies_each_action(analyzer):
    policy = Policy(actions={"PERSON": "pseudonymize", "CN_MOBILE": "drop"})
    screener = Screener(analyzer, policy=policy, pseudonym_key=KEY)
    text = "申请人：王小明，联系电话13812345678，已回复。"
    result = screener.screen_text(text, field="description", context="ds-1")
    assert re.fullmatch(r"申请人：PERSON-[0-9a-f]{12}，联系电话，已回复。", result.text)
    assert [(f.entity, f.action) for f in result.findings] == [
        ("PERSON", "pseudonymize"), ("CN_MOBILE", "drop")]
    assert result.text == screener.screen_text(text, context="ds-1").text
    assert result.text != screener.screen_text(text, context="ds-2").text
    dumped = json.dumps(result.to_dict(), ensure_ascii=False)
    assert "王小明" not in dumped and "13812345678" not in dumped


def test_a_header_row_of_data_is_remediated_by_policy(analyzer, tmp_path, gen):
    name, rid, phone = "王小明", gen.resident_id(), gen.mobile()
    path = write_csv(tmp_path / "t.csv", [name, rid, phone], [["李娜", gen.resident_id(), "x"]])
    policy = Policy(actions={"PERSON": "pseudonymize", "CN_RESIDENT_ID": "drop",
                             "CN_MOBILE": "drop"})
    result, table = screen(analyzer, path, tmp_path / "o.csv", policy)
    assert table.header == result.header and len(table.header) == 2  # the ID column is gone
    assert re.fullmatch(r"PERSON-[0-9a-f]{12}", table.header[0])
    assert table.header[1] == "column3"  # the phone in the header is dropped, not the column
    (row,) = table.rows()
    assert re.fullmatch(r"PERSON-[0-9a-f]{12}", row[0]) and row[1] == "x"
    assert_no_values(result, [name, rid, phone])


def test_screen_table_takes_the_dataset_context(analyzer, people, tmp_path):
    path, _, _ = people
    policy = Policy(actions={"PERSON": "pseudonymize"})
    screener = Screener(analyzer, policy=policy, pseudonym_key=KEY, screening_date=TODAY)
    by_table = screener.screen_table(read_table(path), context="dataset-1")
    by_file, _ = screen(analyzer, path, tmp_path / "o.csv", policy, context="dataset-1")
    assert by_table.rows == by_file.rows and by_table.to_dict() == by_file.to_dict()
    assert by_table.rows != screener.screen_table(read_table(path), context="dataset-2").rows
