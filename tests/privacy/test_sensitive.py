"""Sensitive categories (PIPL art. 28): recognized per column, only for tables about persons."""

from __future__ import annotations

import csv
import datetime as dt
import json

import pytest

from privacy import Screener, read_table
from privacy.policy import Policy
from privacy.sensitive import classify_sensitive_header, latest_birth_date, minor_cutoff

from .conftest import make_resident_id

TODAY = dt.date(2024, 6, 1)


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([header, *rows])
    return path


def screen(analyzer, path, policy=None, out=None):
    screener = Screener(analyzer, policy=policy, screening_date=TODAY)
    result = screener.screen_file(path, out)
    return result, {(f.field, f.entity): f for f in result.findings}


@pytest.mark.parametrize(
    ("header", "entity"),
    [
        ("诊断结果", "SENSITIVE_HEALTH"), ("病情描述", "SENSITIVE_HEALTH"),
        ("既往病史", "SENSITIVE_HEALTH"), ("健康状况", "SENSITIVE_HEALTH"),
        ("残疾类别", "SENSITIVE_HEALTH"), ("疾病名称", "SENSITIVE_HEALTH"),
        ("Diagnosis", "SENSITIVE_HEALTH"), ("health_status", "SENSITIVE_HEALTH"),
        ("medicalCondition", "SENSITIVE_HEALTH"),
        ("宗教信仰", "SENSITIVE_RELIGION"), ("religion", "SENSITIVE_RELIGION"),
        ("指纹", "SENSITIVE_BIOMETRIC"), ("人脸图像", "SENSITIVE_BIOMETRIC"),
        ("虹膜特征", "SENSITIVE_BIOMETRIC"), ("fingerprint_hash", "SENSITIVE_BIOMETRIC"),
        ("银行账户", "SENSITIVE_FINANCIAL"), ("存款余额", "SENSITIVE_FINANCIAL"),
        ("bank_account", "SENSITIVE_FINANCIAL"), ("creditScore", "SENSITIVE_FINANCIAL"),
        ("行踪轨迹", "SENSITIVE_WHEREABOUTS"), ("住宿记录", "SENSITIVE_WHEREABOUTS"),
        ("当前位置", "SENSITIVE_WHEREABOUTS"), ("gps_track", "SENSITIVE_WHEREABOUTS"),
        ("Location", "SENSITIVE_WHEREABOUTS"),
        ("监护人姓名", "SENSITIVE_MINOR"), ("家长电话", "SENSITIVE_MINOR"),
        ("guardian_name", "SENSITIVE_MINOR"),
    ],
)
def test_sensitive_headers(header, entity):
    assert classify_sensitive_header(header) == entity


@pytest.mark.parametrize(
    "header",
    ["姓名", "性别", "年龄", "区县", "高血压患病人数", "残疾人数(人)", "疾病发病率(%)",
     "disease_count", "diagnosis_rate", "站点名称", "金额", "备注", "", "face_value_total"],
)
def test_non_sensitive_headers(header):
    assert classify_sensitive_header(header) is None


def test_health_column_of_named_persons_is_masked_and_held(analyzer, tmp_path, gen):
    names = [gen.name() for _ in range(6)]
    rows = [[n, d] for n, d in zip(names, ["高血压", "糖尿病", "精神分裂症", "高血压", "",
                                           "艾滋病"], strict=True)]
    path = write_csv(tmp_path / "t.csv", ["姓名", "诊断"], rows)
    result, by_key = screen(analyzer, path, out=tmp_path / "o.csv")
    health = by_key[("诊断", "SENSITIVE_HEALTH")]
    assert health.scope == "column" and health.needs_review and health.action == "mask"
    assert health.count == 5 and "PIPL art. 28" in health.note and "header" in health.note
    assert result.decision == "review"
    assert [r[1] for r in read_table(tmp_path / "o.csv").rows()] == ["***"] * 4 + ["", "***"]
    dumped = json.dumps(result.to_dict(), ensure_ascii=False)
    assert not any(v in dumped for v in ("高血压", "糖尿病", "精神分裂", "艾滋病", *names))
    relaxed, by_key = screen(analyzer, path, Policy(review_sensitive=False), tmp_path / "r.csv")
    assert not by_key[("诊断", "SENSITIVE_HEALTH")].needs_review
    assert relaxed.decision == "publish"
    assert [r[1] for r in read_table(tmp_path / "r.csv").rows()][0] == "***"


def test_aggregate_statistics_are_not_personal(analyzer, tmp_path):
    rows = [["朝阳区", "高血压", "1203"], ["海淀区", "糖尿病", "877"], ["东城区", "高血压", "310"]]
    path = write_csv(tmp_path / "t.csv", ["区县", "疾病名称", "患病人数"], rows)
    result, _ = screen(analyzer, path, out=tmp_path / "o.csv")
    assert result.findings == [] and result.decision == "publish" and result.risk is None
    assert result.to_dict()["risk"] is None
    assert list(read_table(tmp_path / "o.csv").rows()) == rows
    declared, by_key = screen(analyzer, path, Policy(individual_rows=True))
    assert ("疾病名称", "SENSITIVE_HEALTH") in by_key and declared.decision == "review"


def test_values_reveal_health_and_religion(analyzer, tmp_path, gen):
    rows = [[gen.mobile(), d, r] for d, r in [("高血压", "佛教"), ("糖尿病", "无"),
                                              ("Type 2 diabetes", "伊斯兰教"), ("正常", "无")]]
    path = write_csv(tmp_path / "t.csv", ["联系电话", "备注", "其他"], rows)
    _, by_key = screen(analyzer, path)
    assert by_key[("备注", "SENSITIVE_HEALTH")].note.endswith("evidence: 3 of 4 values")
    assert ("其他", "SENSITIVE_RELIGION") in by_key


def test_free_text_cells_are_not_matched_against_the_vocabulary(analyzer, tmp_path, gen):
    text = "市民来电反映小区有高血压老人需要上门服务，已转社区卫生服务中心跟进办理。"
    path = write_csv(tmp_path / "t.csv", ["联系电话", "诉求内容"], [[gen.mobile(), text]] * 3)
    _, by_key = screen(analyzer, path)
    assert not any(entity.startswith("SENSITIVE_") for _, entity in by_key)


def test_confident_names_in_free_text_make_a_table_personal(analyzer, tmp_path):
    rows = [["申请人王小明反映情况", "高血压"], ["已办结", "糖尿病"]]
    path = write_csv(tmp_path / "t.csv", ["情况说明", "病种"], rows)
    result, by_key = screen(analyzer, path, out=tmp_path / "o.csv")
    assert ("病种", "SENSITIVE_HEALTH") in by_key and result.decision == "review"
    assert [r[1] for r in read_table(tmp_path / "o.csv").rows()] == ["***", "***"]


def test_bank_cards_are_financial_accounts(analyzer, tmp_path, gen):
    rows = [[gen.name(), gen.card()] for _ in range(4)]
    path = write_csv(tmp_path / "t.csv", ["姓名", "银行卡号"], rows)
    result, by_key = screen(analyzer, path, out=tmp_path / "o.csv")
    card, financial = by_key[("银行卡号", "BANK_CARD")], by_key[("银行卡号", "SENSITIVE_FINANCIAL")]
    assert card.action == financial.action == "mask" and financial.needs_review
    out = [r[1] for r in read_table(tmp_path / "o.csv").rows()]
    assert out[0] == rows[0][1][:4] + "*" * (len(rows[0][1]) - 8) + rows[0][1][-4:]


def test_a_dropped_sensitive_column_needs_no_review(analyzer, tmp_path, gen):
    rows = [[gen.name(), gen.card(), "1200.00"] for _ in range(6)]
    path = write_csv(tmp_path / "t.csv", ["姓名", "银行卡号", "补贴金额"], rows)
    result, by_key = screen(analyzer, path, Policy(actions={"BANK_CARD": "drop"}),
                            tmp_path / "o.csv")
    financial = by_key[("银行卡号", "SENSITIVE_FINANCIAL")]
    assert financial.action == "drop" and not financial.needs_review
    assert result.header == ["姓名", "补贴金额"] and result.decision == "publish"
    kept, by_key = screen(analyzer, path)  # masked, not dropped: a reviewer decides
    assert by_key[("银行卡号", "SENSITIVE_FINANCIAL")].needs_review
    assert kept.decision == "review"


def test_sensitive_policy_actions(analyzer, tmp_path, gen):
    rows = [[gen.name(), "佛教", "120.1,30.2"] for _ in range(3)]
    path = write_csv(tmp_path / "t.csv", ["姓名", "宗教信仰", "行踪轨迹"], rows)
    policy = Policy(actions={"SENSITIVE_RELIGION": "drop", "SENSITIVE_WHEREABOUTS": "block"})
    result, by_key = screen(analyzer, path, policy, tmp_path / "o.csv")
    assert result.header == ["姓名", "行踪轨迹"] and result.decision == "block"
    assert by_key[("宗教信仰", "SENSITIVE_RELIGION")].action == "drop"
    assert by_key[("行踪轨迹", "SENSITIVE_WHEREABOUTS")].action == "block"
    assert [r[1] for r in read_table(tmp_path / "o.csv").rows()] == ["***"] * 3


def test_minors_by_age(analyzer, tmp_path, gen):
    rows = [[gen.name(), age] for age in ("35", "12岁", "70")]
    path = write_csv(tmp_path / "t.csv", ["姓名", "年龄"], rows)
    result, by_key = screen(analyzer, path, out=tmp_path / "o.csv")
    minor = by_key[("年龄", "SENSITIVE_MINOR")]
    assert minor.needs_review and "1 value(s) of a person under 14 on 2024-06-01" in minor.note
    assert [r[1] for r in read_table(tmp_path / "o.csv").rows()] == ["***"] * 3
    banded, by_key = screen(analyzer, path, Policy(actions={"AGE": "generalize"}),
                            tmp_path / "b.csv")
    assert [r[1] for r in read_table(tmp_path / "b.csv").rows()] == ["35-39", "10-14", "70-74"]
    assert by_key[("年龄", "SENSITIVE_MINOR")].action == "generalize"
    assert banded.decision == "review"
    adults = write_csv(tmp_path / "a.csv", ["姓名", "年龄"], [[gen.name(), "14"], ["李娜", "30"]])
    assert not any(f.entity == "SENSITIVE_MINOR" for f in screen(analyzer, adults)[0].findings)
    infants = write_csv(tmp_path / "i.csv", ["姓名", "年龄"], [[gen.name(), "8个月"]])
    assert ("年龄", "SENSITIVE_MINOR") in screen(analyzer, infants)[1]


def test_minors_by_birth_date_and_resident_id(analyzer, tmp_path, gen):
    child = make_resident_id("110101", dt.date(2015, 5, 1), 7)
    fourteen_today = make_resident_id("110101", dt.date(2010, 6, 1), 8)
    adult = make_resident_id("110101", dt.date(1980, 5, 1), 9)
    rows = [[gen.name(), adult, "1980-05-01"], [gen.name(), child, "2010-06-01"]]
    path = write_csv(tmp_path / "t.csv", ["姓名", "身份证号", "出生日期"], rows)
    _, by_key = screen(analyzer, path)
    minor = by_key[("身份证号", "SENSITIVE_MINOR")]
    assert minor.needs_review and "1 value(s)" in minor.note
    assert by_key[("身份证号", "CN_RESIDENT_ID")].action == minor.action == "mask"
    assert ("出生日期", "SENSITIVE_MINOR") not in by_key  # 14 on the screening date
    rows[1][1:] = [fourteen_today, "2010-06-02"]
    write_csv(path, ["姓名", "身份证号", "出生日期"], rows)
    _, by_key = screen(analyzer, path)
    assert ("身份证号", "SENSITIVE_MINOR") not in by_key
    assert ("出生日期", "SENSITIVE_MINOR") in by_key


def test_birth_dates_and_the_minor_cutoff():
    assert latest_birth_date("2015") == dt.date(2015, 12, 31)
    assert latest_birth_date("2015-02") == dt.date(2015, 2, 28)
    assert latest_birth_date("2015年12月") == dt.date(2015, 12, 31)
    assert latest_birth_date("2015年3月7日") == latest_birth_date("20150307") == dt.date(2015, 3, 7)
    assert latest_birth_date("2015/3/7 00:00:00") == dt.date(2015, 3, 7)
    assert latest_birth_date("2015-02-30") is None and latest_birth_date("不详") is None
    assert minor_cutoff(dt.date(2024, 2, 29)) == dt.date(2010, 2, 28)


def test_uncertain_identifiers_must_recur_to_make_a_table_personal(analyzer, tmp_path):
    uncertain = "经查，编号E12345678在路口违规停车。"
    assert not Screener(analyzer).screen_text(uncertain).findings[0].confidence >= 0.85
    rare = [[uncertain if i == 0 else "已处理", "高血压"] for i in range(10)]
    path = write_csv(tmp_path / "t.csv", ["情况说明", "病种"], rare)
    _, by_key = screen(analyzer, path)
    assert ("病种", "SENSITIVE_HEALTH") not in by_key
    frequent = [[uncertain if i % 2 else "已处理", "高血压"] for i in range(10)]
    write_csv(path, ["情况说明", "病种"], frequent)
    _, by_key = screen(analyzer, path)
    assert ("病种", "SENSITIVE_HEALTH") in by_key
