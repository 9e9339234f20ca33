"""The annual report (国办公开办函〔2021〕30号): table 三 from the requests with its cross-check,
table 二's dataset counts from the catalog, the department's input, what is missing, and the
documents (Markdown, HTML, XLSX)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openpyxl import load_workbook

from catalog import pipeline
from catalog.actor import Actor
from catalog.errors import CatalogError
from catalog.intake import IntakeRecord, IntakeResource
from publishers import report as rp
from publishers import requests as rq
from publishers.calendar import china_today
from publishers.report_render import render_report
from publishers.services import add_publisher
from publishers.vocabulary import GROUPS, OUTCOMES
from tests.support.workdays import D

OFFICER = Actor("li.na", "site_admin", "cli")  # requests to two publishers, the whole report
TODAY = D(2026, 12, 3)
SECTIONS = ("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况",
            "六、其他需要报告的事项")
# The rows of table 三's 本年度办理结果 in the 2021 format, in order
RESULT_ROWS = (
    "（一）予以公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（三）不予公开",
    "1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
    "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项",
    "（四）无法提供", "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作",
    "3.补正后申请内容仍不明确", "（五）不予处理", "1.信访举报投诉类申请", "2.重复申请",
    "3.要求提供公开出版物", "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息",
    "（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他",
    "（七）总计")
COLUMNS = ["natural_person", "commercial", "research", "public_interest", "legal_services",
           "other_org"]


def _request(catalog, received, kind, publisher="stats"):
    return rq.add_request(catalog, OFFICER, received=received, applicant_type=kind,
                          content="请公开相关信息", publisher=publisher,
                          applicant_name="欧阳娜娜", today=TODAY)["id"]


def _answer(catalog, ref, code, on):
    rq.answer(catalog, OFFICER, ref, outcome_code=code, on=on)


@pytest.fixture
def year(catalog):
    """Requests of 2025 and 2026 of two departments (see each line)."""
    add_publisher(catalog, "stats", "示例市统计局")
    add_publisher(catalog, "health", "示例市卫生健康委员会")
    _answer(catalog, _request(catalog, D(2025, 12, 10), "natural_person"), "disclosed",
            D(2025, 12, 20))  # answered in 2025: not in 2026's report
    _answer(catalog, _request(catalog, D(2025, 12, 15), "commercial"), "withheld_third_party",
            D(2026, 1, 10))  # carried over, answered in 2026
    _request(catalog, D(2025, 12, 28), "research")  # carried over and forward
    _answer(catalog, _request(catalog, D(2026, 3, 2), "natural_person"), "disclosed",
            D(2026, 3, 20))
    _answer(catalog, _request(catalog, D(2026, 5, 6), "legal_services"), "unavailable_not_held",
            D(2026, 5, 20))
    lapsed = _request(catalog, D(2026, 6, 1), "natural_person")  # no correction in time
    rq.ask_correction(catalog, OFFICER, lapsed, items="年份", within=5, on=D(2026, 6, 3))
    _request(catalog, D(2026, 11, 20), "public_interest")  # still open at the year's end
    _answer(catalog, _request(catalog, D(2026, 12, 20), "other_org"), "not_processed_repeat",
            D(2026, 12, 21))  # recorded ahead of today: counted in its year
    _request(catalog, D(2026, 4, 1), "natural_person", publisher="health")
    return catalog


def _rows(report) -> dict[str, dict]:
    return {row["key"]: row for row in report["sections"]["requests"]["rows"]}


def _values(row) -> list[int]:
    return [row["values"][k] for k in COLUMNS] + [row["total"]]


def test_table_three_is_counted_from_the_requests(year) -> None:
    report = rp.annual_report(year, 2026, "stats", today=TODAY)
    rows = _rows(report)
    assert _values(rows["new"]) == [2, 0, 0, 1, 1, 1, 5]
    assert _values(rows["carried_over"]) == [0, 1, 1, 0, 0, 0, 2]
    assert _values(rows["disclosed"]) == [1, 0, 0, 0, 0, 0, 1]
    assert _values(rows["withheld_third_party"]) == [0, 1, 0, 0, 0, 0, 1]
    assert _values(rows["unavailable_not_held"]) == [0, 0, 0, 0, 1, 0, 1]
    assert _values(rows["other_no_correction"]) == [1, 0, 0, 0, 0, 0, 1]
    assert _values(rows["not_processed_repeat"]) == [0, 0, 0, 0, 0, 1, 1]
    assert _values(rows["processed_total"]) == [2, 1, 0, 0, 1, 1, 5]
    assert _values(rows["carried_forward"]) == [0, 0, 1, 1, 0, 0, 2]
    for code in OUTCOMES:
        if code not in ("disclosed", "withheld_third_party", "unavailable_not_held",
                        "other_no_correction", "not_processed_repeat"):
            assert rows[code]["total"] == 0, code
    assert report["checks"] == [{"name": "一+二=三+四", "holds": True, "first_plus_second": 7,
                                 "third_plus_fourth": 7}]
    whole = _rows(rp.annual_report(year, 2026, today=TODAY))
    assert whole["new"]["total"] == 6 and whole["carried_forward"]["total"] == 3
    before = _rows(rp.annual_report(year, 2025, "stats", today=TODAY))
    assert _values(before["carried_forward"]) == _values(rows["carried_over"])


def test_the_rows_and_columns_are_the_2021_format_s(year) -> None:
    report = rp.annual_report(year, 2026, "stats", today=TODAY)
    table = report["sections"]["requests"]
    labels = [row["label"] for row in table["rows"]]
    assert labels[:3] == ["一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量",
                          "三、本年度办理结果"]
    assert tuple(labels[3:-1]) == RESULT_ROWS
    assert labels[-1] == "四、结转下年度继续办理"
    assert [c["label"] for c in table["columns"]] == ["自然人", "商业企业", "科研机构",
                                                      "社会公益组织", "法律服务机构", "其他",
                                                      "总计"]
    assert len(GROUPS) == 6 and len(OUTCOMES) == 21
    assert [s["title"] for s in report["sections"].values()] == list(SECTIONS)


def test_missing_inputs_are_listed_and_given_ones_used(year) -> None:
    report = rp.annual_report(year, 2026, "stats", today=TODAY)
    keys = [item["key"] for item in report["missing"]]
    assert keys[0] == "overview" and "proactive.regulations.issued" in keys
    assert "review_litigation.litigation_after_review.pending" in keys
    assert report["complete"] is False and report["as_of"] == "2026-12-03"
    assert report["sections"]["review_litigation"]["blocks"][0]["values"] == [None] * 5
    rp.set_input(year, OFFICER, 2026, {
        "overview": "本年度，本机关坚持以公开为常态。",
        "proactive": {"regulations": {"issued": 0, "repealed": 0, "in_force": 2},
                      "licensing": 120, "fees": 3.5},
        "review_litigation": {"review": {"upheld": 2, "corrected": 1, "other": 0,
                                         "pending": 1}},
    }, "stats", today=TODAY)
    given = rp.annual_report(year, 2026, "stats", today=TODAY)
    assert len(given["missing"]) == len(keys) - 10
    assert given["sections"]["overview"]["text"] == "本年度，本机关坚持以公开为常态。"
    assert given["sections"]["review_litigation"]["blocks"][0]["values"] == [2, 1, 0, 1, 4]
    blocks = given["sections"]["proactive"]["blocks"]
    assert blocks[0]["rows"][0]["values"] == [0, 0, 2]
    assert blocks[1]["rows"][0]["values"] == [120] and blocks[3]["rows"][0]["values"] == [3.5]
    assert rp.annual_report(year, 2026, "health", today=TODAY)["missing"] == report["missing"]


@pytest.mark.parametrize(("data", "message"), [
    ({"proactive": {"licensing": -1}}, "proactive.licensing must be a whole number"),
    ({"proactive": {"licensing": 1.5}}, "whole number"),
    ({"proactive": {"regulations": {"issued": "3"}}}, "proactive.regulations.issued"),
    ({"overview": 3}, "overview must be text"),
    ({"proactive": {"datasets": 3}}, "unknown key 'proactive.datasets'"),
    ({"summary": "x"}, "unknown key 'summary'"),
    ([1, 2], "expected a mapping"),
])
def test_bad_input_is_refused(year, data, message) -> None:
    with pytest.raises(CatalogError, match=message):
        rp.set_input(year, OFFICER, 2026, data, "stats", today=TODAY)


def test_years_outside_the_regulations_are_refused(year) -> None:
    for wrong in (2018, 2027):
        with pytest.raises(CatalogError, match="reports cover 2019 to 2026"):
            rp.annual_report(year, wrong, today=TODAY)


def _publish(catalog, tmp_path: Path, text: str) -> None:
    path = tmp_path / "population.csv"
    path.write_text(text, encoding="utf-8")
    record = IntakeRecord({"name": "population", "title": "常住人口"},
                          (IntakeResource(path, path.name),), str(path))
    assert pipeline.publish(catalog, record, publisher_code="stats").status == "published"


def test_table_two_counts_the_catalog_s_own_datasets(year, tmp_path: Path) -> None:
    today = china_today()  # the revisions are published now
    _publish(year, tmp_path, "区县,常住人口\n东城区,70.4\n")
    _publish(year, tmp_path, "区县,常住人口\n东城区,70.5\n")
    counts = rp.annual_report(year, today.year, "stats", today=today)["sections"][
        "proactive"]["datasets"]
    assert (counts["published"], counts["updated"], counts["open"]) == (1, 1, 1)
    assert rp.annual_report(year, today.year, "health", today=today)["sections"][
        "proactive"]["datasets"]["open"] == 0
    if today.year > 2019:
        earlier = rp.annual_report(year, today.year - 1, "stats", today=today)
        assert earlier["sections"]["proactive"]["datasets"]["open"] == 0


def test_the_documents_render_every_section_and_list_what_is_missing(year) -> None:
    report = rp.annual_report(year, 2026, "stats", today=TODAY)
    markdown = render_report(report, "md")
    html = render_report(report, "html")
    for document in (markdown, html):
        for title in SECTIONS:
            assert title in document
        assert "待补充的数据" in document and "proactive.regulations.issued" in document
        assert "第一项加第二项之和，等于第三项加第四项之和" in document
        assert "欧阳娜娜" not in document and "请公开相关信息" not in document
    assert "| 一、本年新收政府信息公开申请数量 | 2 | 0 | 0 | 1 | 1 | 1 | 5 |" in markdown
    assert "<h1>示例市统计局2026年政府信息公开工作年度报告</h1>" in html
    sheet = load_workbook(io.BytesIO(render_report(report, "xlsx"))).active
    rows = [[cell for cell in row if cell is not None]
            for row in sheet.iter_rows(values_only=True)]
    assert ["一、本年新收政府信息公开申请数量", 2, 0, 0, 1, 1, 1, 5] in rows
    assert ["四、结转下年度继续办理", 0, 0, 1, 1, 0, 0, 2] in rows
    assert all([title] in rows for title in SECTIONS)
    with pytest.raises(CatalogError, match="unknown report format"):
        render_report(report, "pdf")
