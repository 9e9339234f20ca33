"""Disclosure requests as services: receipt, deadlines, extension, correction, consultation,
answers, lists of what needs attention, and the audit trail (which never names applicants)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from catalog.actor import Actor
from catalog.errors import NotFound
from catalog.models import AuditEvent
from publishers import requests as rq
from publishers.models import DisclosureRequest
from publishers.services import add_publisher
from publishers.vocabulary import OUTCOMES
from tests.support.workdays import HOLIDAYS_2027, D, counted, with_2027

OFFICER = Actor("li.na", "disclosure_officer", "cli", "stats")
OPERATOR = Actor("ops", "site_admin", "cli")
NAME, CONTACT = "欧阳娜娜", "13912345678"
CONTENT = "请公开本局2025年度行政处罚台账（申请人欧阳娜娜）"


@pytest.fixture
def stats(catalog):
    add_publisher(catalog, "stats", "示例市统计局")
    return catalog


def _add(catalog, received: dt.date, actor: Actor = OFFICER, **given) -> dict:
    values = {"applicant_type": "natural_person", "content": CONTENT, "publisher": "stats",
              "applicant_name": NAME, "applicant_contact": CONTACT, **given}
    return rq.add_request(catalog, actor, received=received, **values)


def _request_events(catalog) -> list[AuditEvent]:
    """The audit trail's request events, oldest first (adding a publisher is audited too)."""
    with catalog.sessions() as session:
        return list(session.scalars(select(AuditEvent).where(
            AuditEvent.action.like("request.%")).order_by(AuditEvent.at)))


def test_receipt_gives_the_code_and_the_last_day(stats) -> None:
    first = _add(stats, D(2026, 9, 28))
    assert set(first) == {"id", "receipt_code", "received", "due", "provisional"}
    assert first["due"] == counted(D(2026, 9, 28), 20).isoformat() == "2026-10-30"
    assert first["provisional"] is False
    second = _add(stats, D(2026, 12, 20), channel="post")
    assert (second["due"], second["provisional"]) == ("2027-01-15", True)
    assert first["receipt_code"] != second["receipt_code"]
    assert rq.normalise_receipt_code(first["receipt_code"].lower().replace("-", " ")) == \
        first["receipt_code"]


def test_a_holiday_file_set_later_moves_open_deadlines(tmp_path: Path, settings, stats) -> None:
    receipt = _add(stats, D(2026, 12, 20))
    path = tmp_path / "holidays.yaml"
    path.write_text(HOLIDAYS_2027, encoding="utf-8")
    stats.settings = dataclasses.replace(settings, holidays=str(path))
    shown = rq.get_request(stats, receipt["id"], today=D(2026, 12, 21))
    assert (shown["due"], shown["provisional"]) == (with_2027(D(2026, 12, 20), 20).isoformat(),
                                                    False)
    assert shown["due"] == "2027-01-18"
    later = _add(stats, D(2027, 1, 5))
    assert later["due"] == with_2027(D(2027, 1, 5), 20).isoformat() == "2027-02-01"


@pytest.mark.parametrize(("given", "message"), [
    ({"applicant_type": "person"}, "unknown applicant type 'person'"),
    ({"channel": "fax"}, "unknown channel 'fax'"),
    ({"content": "   "}, "needs its content"),
    ({"content": "字" * 10_001}, "at most 10,000"),
    ({"publisher": "nope", "actor": OPERATOR}, "unknown publisher 'nope'"),
    ({"publisher": "nope"}, "request_add at publisher nope needs the role disclosure_officer"),
    ({"applicant_name": "名" * 201}, "applicant name"),
])
def test_bad_requests_are_refused_and_nothing_is_kept(stats, given, message) -> None:
    with pytest.raises(Exception, match=message):
        _add(stats, D(2026, 9, 28), **given)
    with pytest.raises(rq.RequestError, match="in force from 2019-05-15"):
        _add(stats, D(2019, 5, 14))
    with stats.sessions() as session:
        assert session.scalar(select(func.count()).select_from(DisclosureRequest)) == 0
    assert _request_events(stats) == []


def test_one_extension_of_at_most_20_days_approved_in_time(stats) -> None:
    receipt = _add(stats, D(2026, 9, 28))
    with pytest.raises(rq.RequestError, match="1 to 20"):
        rq.extend(stats, OFFICER, receipt["id"], approver="王主任", reason="档案量大", days=21)
    with pytest.raises(rq.RequestError, match="was due on 2026-10-30"):
        rq.extend(stats, OFFICER, receipt["id"], approver="王主任", reason="档案量大",
                  on=D(2026, 11, 2))
    view = rq.extend(stats, OFFICER, receipt["receipt_code"], approver="王主任",
                     reason="档案量大", on=D(2026, 10, 30))
    assert view["extended"] and view["due"] == counted(D(2026, 9, 28), 40).isoformat()
    assert view["extension"] == {"days": 20, "approver": "王主任", "reason": "档案量大",
                                 "on": "2026-10-30"}
    with pytest.raises(rq.RequestError, match="allows one extension"):
        rq.extend(stats, OFFICER, receipt["id"], approver="王主任", reason="again",
                  on=D(2026, 11, 2), days=5)
    short = _add(stats, D(2026, 9, 28))
    assert rq.extend(stats, OFFICER, short["id"], approver="王主任", reason="x", days=5,
                     on=D(2026, 10, 9))["due"] == counted(D(2026, 9, 28), 25).isoformat()


def test_a_correction_restarts_the_clock_and_none_in_time_withdraws(stats) -> None:
    receipt = _add(stats, D(2026, 9, 28))
    view = rq.ask_correction(stats, OFFICER, receipt["id"], items="请写明所需信息的年份",
                             within=10, on=D(2026, 10, 9))
    assert view["status"] == "awaiting_correction" and view["due"] is None
    assert view["correction_due"] == counted(D(2026, 10, 9), 10).isoformat()
    assert view["correction"]["notice_late"] is False
    with pytest.raises(rq.RequestError, match="allows one"):
        rq.ask_correction(stats, OFFICER, receipt["id"], items="again", on=D(2026, 10, 12))
    with pytest.raises(rq.RequestError, match="period has not started"):
        rq.extend(stats, OFFICER, receipt["id"], approver="王主任", reason="x",
                  on=D(2026, 10, 12))
    corrected = rq.record_correction(stats, OFFICER, receipt["id"], received=D(2026, 10, 15))
    assert corrected["status"] == "pending"
    assert corrected["due"] == counted(D(2026, 10, 15), 20).isoformat()

    lapsing = _add(stats, D(2026, 9, 28))
    rq.ask_correction(stats, OFFICER, lapsing["id"], items="请写明", within=5, on=D(2026, 10, 20))
    last = counted(D(2026, 10, 20), 5)
    assert rq.get_request(stats, lapsing["id"], today=last)["status"] == "awaiting_correction"
    after = rq.get_request(stats, lapsing["id"], today=last + dt.timedelta(days=1))
    assert (after["status"], after["outcome"]) == ("withdrawn", "other_no_correction")
    with pytest.raises(rq.RequestError, match="withdrawn"):
        rq.record_correction(stats, OFFICER, lapsing["id"],
                             received=last + dt.timedelta(days=3))
    with pytest.raises(rq.RequestError, match="withdrawn"):
        rq.answer(stats, OFFICER, lapsing["id"], outcome_code="disclosed",
                  on=last + dt.timedelta(days=3))

    late = _add(stats, D(2026, 9, 28))
    notice = rq.ask_correction(stats, OFFICER, late["id"], items="x", on=D(2026, 10, 14))
    assert notice["correction"]["notice_late"] is True  # after 10-13, the 7th working day


def test_consultation_time_is_not_counted(stats) -> None:
    receipt = _add(stats, D(2026, 9, 28))
    view = rq.consult(stats, OFFICER, receipt["id"], party="某科技有限公司", sent=D(2026, 10, 12))
    assert view["status"] == "consulting"
    assert view["due"] == counted(D(2026, 9, 28), 35).isoformat()  # 15 days assumed
    assert view["consultations"][0]["ends"] == counted(D(2026, 10, 12), 15).isoformat()
    replied = rq.record_reply(stats, OFFICER, receipt["id"], replied=D(2026, 10, 16))
    assert replied["status"] == "pending"
    assert replied["due"] == counted(D(2026, 9, 28), 24).isoformat()
    with pytest.raises(rq.RequestError, match="no open consultation"):
        rq.record_reply(stats, OFFICER, receipt["id"], replied=D(2026, 10, 19))


def test_answers_take_exactly_the_report_s_outcomes(stats) -> None:
    receipt = _add(stats, D(2026, 9, 28))
    with pytest.raises(rq.RequestError, match="unknown outcome 'granted'"):
        rq.answer(stats, OFFICER, receipt["id"], outcome_code="granted")
    with pytest.raises(rq.RequestError, match="no corrected request"):
        rq.answer(stats, OFFICER, receipt["id"],
                  outcome_code="unavailable_unclear_after_correction")
    with pytest.raises(rq.RequestError, match="before the request was received"):
        rq.answer(stats, OFFICER, receipt["id"], outcome_code="disclosed", on=D(2026, 9, 1))
    view = rq.answer(stats, OFFICER, receipt["id"], outcome_code="partly_disclosed",
                     on=D(2026, 11, 2), note="第3页涉及个人信息，已作区分处理")
    assert (view["status"], view["outcome"], view["on_time"]) == ("answered",
                                                                  "partly_disclosed", False)
    with pytest.raises(rq.RequestError, match="was answered"):
        rq.answer(stats, OFFICER, receipt["id"], outcome_code="disclosed")
    on_time = _add(stats, D(2026, 9, 28))
    assert rq.answer(stats, OFFICER, on_time["id"], outcome_code="disclosed",
                     on=D(2026, 10, 30))["on_time"] is True
    for code in OUTCOMES:  # every code is accepted where its facts allow
        other = _add(stats, D(2026, 9, 28))
        if code in ("other_no_correction", "unavailable_unclear_after_correction"):
            rq.ask_correction(stats, OFFICER, other["id"], items="x", on=D(2026, 9, 29))
            if code.startswith("unavailable"):
                rq.record_correction(stats, OFFICER, other["id"], received=D(2026, 9, 30))
        assert rq.answer(stats, OFFICER, other["id"], outcome_code=code,
                         on=D(2026, 10, 8))["outcome"] == code


def test_lists_of_what_needs_attention(stats) -> None:
    today = D(2026, 10, 28)
    overdue = _add(stats, D(2026, 9, 1))
    soon = _add(stats, D(2026, 9, 28))  # due 10-30: two working days after the 28th
    later = _add(stats, D(2026, 10, 20))
    answered = _add(stats, D(2026, 9, 1))
    rq.answer(stats, OFFICER, answered["id"], outcome_code="disclosed", on=D(2026, 9, 10))

    def codes(**given) -> list[str]:
        return [v["receipt_code"] for v in rq.list_requests(stats, today=today, **given)]

    assert codes(overdue=True) == [overdue["receipt_code"]]
    assert codes(due_within=1) == []
    assert codes(due_within=2) == [soon["receipt_code"]]
    assert codes(overdue=True, due_within=3) == [overdue["receipt_code"], soon["receipt_code"]]
    assert len(codes()) == 4 and codes(status="answered") == [answered["receipt_code"]]
    assert codes(status="pending")[-1] == later["receipt_code"]
    with pytest.raises(NotFound):
        codes(publisher="nope")


def test_the_public_view_holds_no_personal_data(stats) -> None:
    receipt = _add(stats, D(2026, 9, 28))
    public = rq.request_status(stats, receipt["receipt_code"].lower(), today=D(2026, 10, 1))
    assert set(public) == {"receipt_code", "received", "status", "due", "provisional",
                           "extended", "correction_due", "answered", "outcome"}
    assert not {NAME, CONTACT, CONTENT} & {str(v) for v in public.values()}
    with pytest.raises(NotFound):
        rq.request_status(stats, receipt["id"])  # the internal id is no receipt code
    with pytest.raises(NotFound):
        rq.request_status(stats, "0000-0000-0000")


def test_every_write_is_audited_without_the_applicant(stats) -> None:
    receipt = _add(stats, D(2026, 9, 28))
    rq.consult(stats, OFFICER, receipt["id"], party="某公司", sent=D(2026, 10, 12))
    rq.record_reply(stats, OFFICER, receipt["id"], replied=D(2026, 10, 13))
    rq.extend(stats, OFFICER, receipt["id"], approver="王主任", reason="x", on=D(2026, 10, 14))
    rq.answer(stats, OFFICER, receipt["id"], outcome_code="disclosed", on=D(2026, 10, 15))
    other = _add(stats, D(2026, 9, 28))
    rq.ask_correction(stats, OFFICER, other["id"], items="x", on=D(2026, 9, 29))
    rq.record_correction(stats, OFFICER, other["id"], received=D(2026, 9, 30))
    events = _request_events(stats)
    assert [e.action for e in events] == [
        "request.add", "request.consult", "request.reply", "request.extend", "request.answer",
        "request.add", "request.correction_notice", "request.corrected"]
    assert {(e.actor, e.role, e.channel, e.detail["publisher"]) for e in events} == {
        ("li.na", "disclosure_officer", "cli", "stats")}
    assert events[0].target == f"request:{receipt['id']}"
    stored = " ".join(f"{e.actor} {e.target} {e.detail}" for e in events)
    for value in (NAME, CONTACT, CONTENT):
        assert value not in stored


def test_requests_and_their_report_on_postgresql(pg_catalog) -> None:
    add_publisher(pg_catalog, "stats", "示例市统计局")
    first = _add(pg_catalog, D(2026, 9, 28))
    rq.extend(pg_catalog, OFFICER, first["id"], approver="王主任", reason="x",
              on=D(2026, 10, 9))
    rq.consult(pg_catalog, OFFICER, first["id"], party="某公司", sent=D(2026, 10, 12))
    rq.record_reply(pg_catalog, OFFICER, first["id"], replied=D(2026, 10, 16))
    shown = rq.answer(pg_catalog, OFFICER, first["receipt_code"], outcome_code="disclosed",
                      on=D(2026, 11, 20))
    assert shown["due"] == counted(D(2026, 9, 28), 44).isoformat() and shown["on_time"]
    second = _add(pg_catalog, D(2026, 10, 8), applicant_type="research")
    rq.ask_correction(pg_catalog, OFFICER, second["id"], items="x", on=D(2026, 10, 9))
    from publishers.report import annual_report

    rows = {r["key"]: r for r in annual_report(pg_catalog, 2026, "stats",
                                               today=D(2026, 12, 3))["sections"]["requests"][
        "rows"]}
    assert (rows["new"]["total"], rows["disclosed"]["total"],
            rows["other_no_correction"]["values"]["research"]) == (2, 1, 1)


def test_the_letter_follows_the_request_s_state(stats) -> None:
    from catalog.errors import CatalogError
    from publishers.letters import render_letter

    receipt = _add(stats, D(2026, 12, 20))
    with pytest.raises(CatalogError, match="no letter yet"):
        render_letter(stats, receipt["id"], today=D(2026, 12, 21))
    rq.extend(stats, OFFICER, receipt["id"], approver="王主任", reason="需要检索大量档案",
              on=D(2026, 12, 28))
    extension = render_letter(stats, receipt["id"], "markdown", today=D(2026, 12, 28))
    assert extension.startswith("# 政府信息公开申请延期答复告知书")
    assert "延长20个工作日，至2027年2月12日（2027年节假日安排公布前按周末推算" in extension
    assert NAME in extension and "示例市统计局" in extension  # addressed to the applicant
    other = _add(stats, D(2026, 9, 28), applicant_name=None)
    rq.ask_correction(stats, OFFICER, other["id"], items="请写明所需信息的年份<b>",
                      within=10, on=D(2026, 9, 30))
    notice = render_letter(stats, other["id"], "html", today=D(2026, 10, 1))
    assert "政府信息公开申请补正告知书" in notice and "申请人：" in notice
    last = counted(D(2026, 9, 30), 10)
    assert f"请您于{last.year}年{last.month}月{last.day}日前（10个工作日内）" in notice
    assert "请写明所需信息的年份&lt;b&gt;" in notice  # what people typed is escaped
    rq.answer(stats, OFFICER, other["id"], outcome_code="other", on=D(2026, 10, 9),
              note="申请人撤回申请")
    text = render_letter(stats, other["receipt_code"], "text")
    assert "政府信息公开申请答复书" in text and "说明：申请人撤回申请" in text
    with pytest.raises(CatalogError, match="unknown letter format"):
        render_letter(stats, other["id"], "pdf")
