"""Column profiling: headers and values."""

from __future__ import annotations

import pytest

from privacy.columns import ColumnProfiler, is_chinese_name
from privacy.headers import classify_header

from .conftest import bad_checksum


@pytest.mark.parametrize(
    ("header", "entity"),
    [
        ("姓名", "PERSON"), ("名字", "PERSON"), ("联系人", "PERSON"), ("申请人", "PERSON"),
        ("负责人", "PERSON"), ("当事人", "PERSON"), ("法定代表人", "PERSON"), ("户主", "PERSON"),
        ("经办人", "PERSON"), ("申请人姓名", "PERSON"), ("单位负责人", "PERSON"),
        ("法定代表人（负责人）", "PERSON"), ("当事人名称", "PERSON"), ("申请人名称", "PERSON"),
        ("name", "PERSON"), ("Full Name", "PERSON"), ("contact", "PERSON"),
        ("applicant", "PERSON"), ("first_name", "PERSON"), ("contactName", "PERSON"),
        ("身份证", "CN_RESIDENT_ID"), ("身份证号", "CN_RESIDENT_ID"),
        ("身份证号码", "CN_RESIDENT_ID"), ("公民身份号码", "CN_RESIDENT_ID"),
        ("证件号码", "CN_RESIDENT_ID"), ("申请人身份证号", "CN_RESIDENT_ID"),
        ("id_card", "CN_RESIDENT_ID"), ("ID Number", "CN_RESIDENT_ID"),
        ("idCardNo", "CN_RESIDENT_ID"), ("national_id", "CN_RESIDENT_ID"),
        ("手机", "CN_MOBILE"), ("手机号", "CN_MOBILE"), ("联系电话", "CN_MOBILE"),
        ("电话", "CN_MOBILE"), ("联系人手机号", "CN_MOBILE"), ("联系人电话", "CN_MOBILE"),
        ("mobile", "CN_MOBILE"), ("Phone", "CN_MOBILE"), ("tel", "CN_MOBILE"),
        ("contact_phone", "CN_MOBILE"),
        ("邮箱", "EMAIL_ADDRESS"), ("电子邮箱", "EMAIL_ADDRESS"), ("email", "EMAIL_ADDRESS"),
        ("E-mail", "EMAIL_ADDRESS"), ("Email Address", "EMAIL_ADDRESS"),
        ("银行卡号", "BANK_CARD"), ("银行账号", "BANK_CARD"), ("卡号", "BANK_CARD"),
        ("账号", "BANK_CARD"), ("bank card", "BANK_CARD"), ("account number", "BANK_CARD"),
        ("家庭住址", "CN_ADDRESS"), ("户籍所在地", "CN_ADDRESS"), ("home_address", "CN_ADDRESS"),
    ],
)
def test_personal_headers(header, entity):
    assert classify_header(header) == entity


@pytest.mark.parametrize(
    "header",
    ["单位名称", "项目名称", "企业名称", "机构名称", "被抽样单位名称", "站点名称", "dataset name",
     "file name",
     "filename", "company_name", "id", "ID", "证件类型", "申请人类型", "申请人地址", "咨询电话",
     "单位电话", "单位邮箱", "office phone", "hotel", "备注", "金额", "发布日期", "", "序号",
     "详细地址", "经营场所", "住所", "单位地址", "address"],
)
def test_non_personal_headers(header):
    assert classify_header(header) is None


def profile(name, values, classifiers):
    profiler = ColumnProfiler(name, classifiers)
    for value in values:
        profiler.add(value)
    return profiler.profile()


def test_value_based_classification(screener, gen):
    classifiers = screener.scanner.classifiers()
    ids = [gen.resident_id() for _ in range(20)]
    prof = profile("col1", ids[:17] + [bad_checksum(i) for i in ids[17:]] + [""], classifiers)
    assert (prof.entity, prof.reason, prof.cells, prof.matched, prof.invalid) == (
        "CN_RESIDENT_ID", "values", 20, 17, 3)
    assert prof.note == "3 values with invalid checksum" and prof.confidence == 0.85
    assert profile("c", [gen.mobile() for _ in range(10)], classifiers).entity == "CN_MOBILE"
    assert profile("c", [gen.email() for _ in range(10)], classifiers).entity == "EMAIL_ADDRESS"
    assert profile("c", [gen.card() for _ in range(10)], classifiers).entity == "BANK_CARD"
    names = profile("c", [gen.name() for _ in range(30)], classifiers)
    assert (names.entity, names.reason) == ("PERSON", "values")


def test_mostly_other_values_are_not_classified(screener, gen):
    classifiers = screener.scanner.classifiers()
    mixed = [gen.mobile() for _ in range(5)] + ["已办结"] * 5
    assert profile("c", mixed, classifiers).entity is None
    levels = profile("级别", ["高级", "中级", "初级", "高级"] * 10, classifiers)
    assert levels.entity is None
    amounts = profile("金额", [f"{i * 1.5:.2f}" for i in range(50)], classifiers)
    assert amounts.entity is None
    order_numbers = profile("订单号", [f"20230101{i:010d}" for i in range(30)], classifiers)
    assert order_numbers.entity is None


def test_header_classification_wins_and_reports_disagreement(screener, gen):
    classifiers = screener.scanner.classifiers()
    prof = profile("身份证号", [gen.resident_id() for _ in range(5)], classifiers)
    assert (prof.entity, prof.reason, prof.confidence) == ("CN_RESIDENT_ID", "header", 1.0)
    odd = profile("身份证号", ["待补充"] * 5, classifiers)
    assert odd.entity == "CN_RESIDENT_ID" and odd.confidence < 0.85 and "header" in odd.note
    assert profile("姓名", [], classifiers).confidence == 1.0


def test_chinese_name_shape():
    assert is_chinese_name("张三") and is_chinese_name("欧阳娜娜")
    assert not is_chinese_name("张") and not is_chinese_name("北京市海淀区")
    assert not is_chinese_name("高新区")


def test_addresses_and_landlines_are_never_classified_by_values(screener):
    classifiers = screener.scanner.classifiers()
    shops = [f"杭州市西湖区文三路{i}号" for i in range(1, 30)]
    assert profile("详细地址", shops, classifiers).entity is None
    offices = [f"0571-8{i:07d}" for i in range(30)]
    assert profile("咨询电话", offices, classifiers).entity is None
