"""`govcat requests` and `govcat report`, run as a user would (click's runner): the interfaces
of issue 12, kept exactly."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from api.cli import main
from publishers.calendar import china_today
from tests.support.workdays import HOLIDAYS_2027, counted, with_2027

SECTIONS = ("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况",
            "六、其他需要报告的事项")


@pytest.fixture
def run(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("GOVCAT_HOME", str(tmp_path / "home"))
    for name in ("GOVCAT_DATABASE_URL", "GOVCAT_SEARCH_URL", "GOVCAT_HOLIDAYS"):
        monkeypatch.delenv(name, raising=False)
    runner = CliRunner()

    def invoke(*args: str, ok: bool = True):
        result = runner.invoke(main, list(args), catch_exceptions=False)
        if ok:
            assert result.exit_code == 0, result.output
        return result

    invoke("init")
    invoke("publisher", "add", "stats", "示例市统计局")
    return invoke


def _add(run, received: str, kind: str = "natural_person", *more: str) -> dict:
    result = run("requests", "add", "--received", received, "--applicant-type", kind,
                 "--content", "请公开2025年统计公报", *more, "--json")
    return json.loads(result.stdout)


def test_every_command_has_help(run) -> None:
    for command in (["requests"], ["requests", "add"], ["requests", "show"],
                    ["requests", "extend"], ["requests", "answer"], ["requests", "list"],
                    ["requests", "correction"], ["requests", "corrected"],
                    ["requests", "consult"], ["requests", "reply"], ["requests", "letter"],
                    ["report"], ["report", "annual"], ["report", "input"]):
        result = run(*command, "--help")
        assert "Usage:" in result.output
    assert "GOVCAT_HOLIDAYS" in run("--help").output


def test_add_prints_the_deadline_and_whether_it_is_provisional(run, tmp_path: Path,
                                                                monkeypatch) -> None:
    first = _add(run, "2026-09-28", "natural_person", "--channel", "in_person")
    assert set(first) == {"id", "receipt_code", "received", "due", "provisional"}
    assert (first["received"], first["due"], first["provisional"]) == (
        "2026-09-28", counted(dt.date(2026, 9, 28), 20).isoformat(), False)
    december = _add(run, "2026-12-20", "research", "--channel", "post")
    january = _add(run, "2027-01-05", "legal_services")
    assert (december["due"], december["provisional"]) == ("2027-01-15", True)
    assert (january["due"], january["provisional"]) == ("2027-02-02", True)
    holidays = tmp_path / "holidays.yaml"
    holidays.write_text(HOLIDAYS_2027, encoding="utf-8")
    monkeypatch.setenv("GOVCAT_HOLIDAYS", str(holidays))
    for receipt, received in ((december, dt.date(2026, 12, 20)),
                              (january, dt.date(2027, 1, 5))):
        shown = json.loads(run("requests", "show", receipt["id"], "--json").stdout)
        assert (shown["due"], shown["provisional"]) == (with_2027(received, 20).isoformat(),
                                                        False)
    again = _add(run, "2027-01-05", "other_org")
    assert (again["due"], again["provisional"]) == ("2027-02-01", False)
    wrong = run("requests", "add", "--received", "2026-09-28", "--applicant-type", "person",
                "--content", "x", ok=False)
    assert wrong.exit_code == 2 and "natural_person" in wrong.output


def test_show_extend_answer(run) -> None:
    receipt = _add(run, (china_today() + dt.timedelta(days=1)).isoformat())
    shown = json.loads(run("requests", "show", receipt["receipt_code"], "--json").stdout)
    assert {"id", "receipt_code", "received", "due", "provisional", "status", "outcome",
            "extended"} <= set(shown)
    assert (shown["status"], shown["outcome"], shown["extended"]) == ("pending", None, False)
    extended = run("requests", "extend", receipt["id"], "--by", "王主任", "--reason",
                   "需要检索大量档案")
    assert "extended by 20 working days" in extended.output
    shown = json.loads(run("requests", "show", receipt["id"], "--json").stdout)
    assert shown["extended"] and shown["extension"]["approver"] == "王主任"
    assert shown["due"] > receipt["due"]
    twice = run("requests", "extend", receipt["id"], "--by", "王主任", "--reason", "x", ok=False)
    assert twice.exit_code == 1 and "one extension" in twice.output
    assert len(twice.output.strip().splitlines()) == 1
    wrong = run("requests", "answer", receipt["id"], "--outcome", "granted", ok=False)
    assert wrong.exit_code == 1 and "withheld_third_party" in wrong.output
    run("requests", "answer", receipt["id"], "--outcome", "withheld_third_party")
    shown = json.loads(run("requests", "show", receipt["id"], "--json").stdout)
    assert (shown["status"], shown["outcome"]) == ("answered", "withheld_third_party")
    letter = run("requests", "letter", receipt["id"]).output
    assert "政府信息公开申请答复书" in letter and receipt["receipt_code"] in letter
    assert "第十五条" in letter
    html = run("requests", "letter", receipt["id"], "--format", "html").output
    assert html.startswith("<!DOCTYPE html>")
    missing = run("requests", "show", "no-such-request", ok=False)
    assert missing.exit_code == 1 and "no disclosure request" in missing.output


def test_list_what_needs_attention(run) -> None:
    today = china_today()
    late = _add(run, (today - dt.timedelta(days=90)).isoformat())
    fresh = _add(run, today.isoformat(), "commercial")
    overdue = run("requests", "list", "--overdue").output
    assert late["receipt_code"] in overdue and "OVERDUE" in overdue
    assert fresh["receipt_code"] not in overdue
    assert "no requests need attention" in run("requests", "list", "--due-within", "3").output
    soon = run("requests", "list", "--due-within", "30").output
    assert fresh["receipt_code"] in soon and late["receipt_code"] not in soon
    listed = json.loads(run("requests", "list", "--json").stdout)
    assert [v["receipt_code"] for v in listed] == [late["receipt_code"], fresh["receipt_code"]]
    too_late = run("requests", "extend", late["id"], "--by", "王主任", "--reason", "x", ok=False)
    assert too_late.exit_code == 1 and "--on" in too_late.output


def test_the_annual_report(run, tmp_path: Path) -> None:
    year = china_today().year
    first = _add(run, f"{year}-01-05", "natural_person", "--publisher", "stats")
    _add(run, f"{year}-01-06", "research", "--publisher", "stats")
    run("requests", "answer", first["id"], "--outcome", "disclosed", "--on", f"{year}-01-20")
    result = run("report", "annual", "--year", str(year))
    for title in SECTIONS:
        assert title in result.stdout
    assert "| 一、本年新收政府信息公开申请数量 | 1 | 0 | 1 | 0 | 0 | 0 | 2 |" in result.stdout
    assert "| 　（一）予以公开 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |" in result.stdout
    assert "待补充的数据" in result.stdout and "proactive.licensing" in result.stdout
    assert "cross-check 一+二=三+四: holds (2 = 2)" in result.stderr
    given = tmp_path / "input.yaml"
    given.write_text("overview: 本年度依申请公开工作平稳有序。\n"
                     "proactive:\n  licensing: 12\n", encoding="utf-8")
    run("report", "input", str(given), "--year", str(year), "--publisher", "stats")
    html = run("report", "annual", "--year", str(year), "--publisher", "stats", "--format",
               "html").stdout
    assert "本年度依申请公开工作平稳有序。" in html and "<td>12</td>" not in html
    assert ">12</td>" in html
    out = tmp_path / "report.xlsx"
    run("report", "annual", "--year", str(year), "--format", "xlsx", "--output", str(out))
    sheet = load_workbook(io.BytesIO(out.read_bytes())).active
    assert sheet["A1"].value.endswith(f"{year}年政府信息公开工作年度报告")
    bad = tmp_path / "bad.yaml"
    bad.write_text("proactive:\n  licensing: -3\n", encoding="utf-8")
    refused = run("report", "input", str(bad), "--year", str(year), ok=False)
    assert refused.exit_code == 1 and "proactive.licensing" in refused.output
