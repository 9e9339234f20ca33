"""k-anonymity assessment and generalization helpers."""

import json

import pytest

from privacy.risk import (
    QUASI_IDENTIFIER_HINTS,
    assess_k_anonymity,
    detect_quasi_identifiers,
    generalize_address,
    generalize_age,
    generalize_birth_date,
)

HEADER = ["姓名", "性别", "年龄", "区县", "补贴金额"]
ROWS = (
    [["张伟", "男", "37", "朝阳区", "1000"]] * 5
    + [["李娜", "女", "38", "海淀区", "800"]] * 3
    + [["王芳", "女", "", "海淀区", "800"]]
)


def test_detects_chinese_and_english_quasi_identifiers():
    header = ["姓名", "性别", "出生日期", "所在街道", "邮政编码", "民族", "职业", "学历",
              "婚姻状况", "Gender", "dateOfBirth", "zip_code", "page", "联系电话", "区号"]
    found = detect_quasi_identifiers(header)
    assert found == {
        "性别": "sex", "出生日期": "birth_year", "所在街道": "district", "邮政编码": "postcode",
        "民族": "ethnicity", "职业": "occupation", "学历": "education", "婚姻状况": "marital",
        "Gender": "sex", "dateOfBirth": "birth_year", "zip_code": "postcode",
    }
    assert {"sex", "age", "birth_year", "district", "postcode"} <= set(QUASI_IDENTIFIER_HINTS)


def test_min_k_and_share_below_on_hand_built_table():
    report = assess_k_anonymity(HEADER, ROWS, threshold=5)
    assert report.quasi_identifiers == ("性别", "年龄", "区县")
    assert (report.rows, report.classes, report.min_k) == (9, 3, 1)
    assert report.rows_below == 4  # the 3-row class and the 1-row class (empty age)
    assert report.share_below == pytest.approx(4 / 9)
    assert report.below_threshold
    assert report.suggestions[0].startswith("年龄")  # most distinct values first
    assert any("5-year" in s for s in report.suggestions)

    passing = assess_k_anonymity(HEADER, ROWS, threshold=1)
    assert not passing.below_threshold and passing.rows_below == 0 and not passing.suggestions


def test_explicit_quasi_identifiers_and_unknown_column():
    report = assess_k_anonymity(HEADER, ROWS, quasi_identifiers=["性别"], threshold=4)
    assert (report.min_k, report.classes, report.rows_below) == (4, 2, 0)
    with pytest.raises(ValueError, match="not in header"):
        assess_k_anonymity(HEADER, ROWS, quasi_identifiers=["身高"])


def test_streams_a_generator_once():
    consumed = []

    def rows():
        for i in range(10_000):
            consumed.append(i)
            yield ["x", "男" if i % 2 else "女", str(20 + i % 3), "朝阳区", "1"]

    report = assess_k_anonymity(HEADER, rows())
    assert len(consumed) == 10_000
    assert (report.rows, report.classes) == (10_000, 6)
    assert report.min_k == 10_000 // 6


def test_no_quasi_identifiers_or_no_rows_gives_none():
    report = assess_k_anonymity(["姓名", "金额"], [["张伟", "1"]])
    assert report.min_k is None and report.rows == 1 and not report.below_threshold
    empty = assess_k_anonymity(HEADER, [])
    assert empty.min_k is None and empty.rows == 0 and empty.share_below == 0.0


def test_short_rows_count_missing_cells_as_empty():
    report = assess_k_anonymity(["性别", "年龄"], [["男"], ["男", ""], ["男", None]])
    assert (report.classes, report.min_k) == (1, 3)


def test_to_dict_has_no_cell_values():
    data = assess_k_anonymity(HEADER, ROWS).to_dict()
    dumped = json.dumps(data, ensure_ascii=False)
    for value in ("张伟", "男", "女", "37", "38", "朝阳区", "海淀区"):
        assert value not in dumped
    assert data["below_threshold"] is True and data["min_k"] == 1


@pytest.mark.parametrize(
    ("value", "expected"),
    [("37", "35-39"), ("0", "0-4"), (" 42岁 ", "40-44"), (89, "85-89"), ("95", "90+"),
     ("", ""), ("abc", ""), ("-3", ""), ("200", ""), ("35-39", ""), (None, "")],
)
def test_generalize_age(value, expected):
    assert generalize_age(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("1990-03-07", "1990"), ("19900307", "1990"), ("1990年3月7日", "1990"),
     ("1990/3/7", "1990"), ("1990.03", "1990"), ("1990-03-07 08:00:00", "1990"),
     ("1990-13-01", ""), ("2023-02-30", ""), ("110105199003071234", ""), ("unknown", ""),
     (None, "")],
)
def test_generalize_birth_date(value, expected):
    assert generalize_birth_date(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("北京市朝阳区建国路88号SOHO现代城5号楼1203室", "北京市朝阳区"),
        ("广东省深圳市南山区科技园路1号", "广东省深圳市南山区"),
        ("上海市浦东新区张江镇", "上海市浦东新区"),
        ("江苏省苏州市昆山市玉山镇", "江苏省苏州市昆山市"),
        ("内蒙古自治区呼和浩特市新城区", "内蒙古自治区呼和浩特市新城区"),
        ("河北省邯郸市临漳县城关镇王家村3组5号", "河北省邯郸市临漳县"),
        ("山东省济南市市中区经四路", "山东省济南市市中区"),
        ("海淀区中关村大街1号", "海淀区"),
        ("北京市建国路市场5号", "北京市"),
        ("阳光小区3栋2单元101室", ""),
        ("Room 1203, 88 Jianguo Road", ""),
        ("", ""),
    ],
)
def test_generalize_address_never_keeps_street_detail(value, expected):
    assert generalize_address(value) == expected
