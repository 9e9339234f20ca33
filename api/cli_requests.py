"""`govcat requests` (disclosure requests, 依申请公开) and `govcat report` (the annual report):
thin commands over publishers.requests, publishers.letters and publishers.report. Each write,
and each read of a request in full, is checked by action name (publishers.auth) as the
operator, or as the account of `govcat --as USER`, before anything is done."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

import click

from api.cli import Failure, acting, main, one_line_errors, opened, readable

DATE = click.DateTime(formats=["%Y-%m-%d"])
APPLICANT_TYPES = ("natural_person", "commercial", "research", "public_interest",
                   "legal_services", "other_org")  # publishers.vocabulary (not imported: cheap)


def _on_request(catalog: Any, action: str, ref: str) -> Any:
    """The Actor that may do action to the request ID (by id or receipt code), checked at the
    publisher it was made to."""
    from publishers.requests import request_publisher

    return acting(catalog, action, request_publisher(catalog, ref))


def _date(value: dt.datetime | None) -> dt.date | None:
    return value.date() if value else None


def _echo_json(value: Any) -> None:
    click.echo(json.dumps(value, ensure_ascii=False, indent=2))


def _line(view: dict[str, Any]) -> str:
    """One request in a line: code, status, due date and what needs attention."""
    due = view["due"] or "-"
    flags = []
    if view["provisional"]:
        flags.append("provisional")
    if view["extended"]:
        flags.append("extended")
    if view.get("overdue"):
        flags.append("OVERDUE")
    elif view.get("working_days_left") is not None:
        flags.append(f"{view['working_days_left']} working day(s) left")
    if view["status"] == "awaiting_correction":
        flags.append(f"correction due {view['correction_due']}")
    if view["outcome"]:
        flags.append(view["outcome"])
    return (f"{view['receipt_code']}  {view['status']:<19} received {view['received']}  "
            f"due {due:<10}  {', '.join(flags)}").rstrip()


@main.group("requests")
def requests_group() -> None:
    """Disclosure requests (依申请公开) and their deadlines in working days.

    Deadlines follow the 条例 (2019): answer within 20 working days of receipt (art. 33), one
    extension of at most 20, a correction notice within 7 (art. 30), consultation time not
    counted (art. 32). Working days come from chinesecalendar and GOVCAT_HOLIDAYS; a deadline
    counted over a year neither knows is marked provisional.

    A request is handled by its publisher's disclosure officer (or a site admin), and read in
    full by them and the publisher's admin: `govcat --as USER requests ...` acts as that
    account, checked; without --as, as the operator (a site admin).
    """


@requests_group.command("add")
@click.option("--received", type=DATE, required=True,
              help="The receipt date (art. 31): in person, the day it was handed in; by post, "
                   "the day it was signed for; online, the day receipt was confirmed.")
@click.option("--applicant-type", type=click.Choice(APPLICANT_TYPES), required=True,
              help="natural_person (自然人); commercial (商业企业), research (科研机构), "
                   "public_interest (社会公益组织), legal_services (法律服务机构), other_org "
                   "(其他).")
@click.option("--content", required=True, help="The information asked for.")
@click.option("--channel", type=click.Choice(["online", "post", "in_person"]), default="online",
              show_default=True, help="How the request came in.")
@click.option("--publisher", "publisher_code", help="The department asked (publisher code).")
@click.option("--applicant-name", help="The applicant's name (kept for the reply, never public).")
@click.option("--applicant-contact",
              help="Where the reply goes (kept for the reply, never public).")
@click.option("--json", "as_json", is_flag=True,
              help='Print {"id", "receipt_code", "received", "due", "provisional"}.')
@one_line_errors
def requests_add(received: dt.datetime, applicant_type: str, content: str, channel: str,
                 publisher_code: str | None, applicant_name: str | None,
                 applicant_contact: str | None, as_json: bool) -> None:
    """Record a disclosure request received in person or by post (the department's
    disclosure officer, or a site admin); prints its receipt code and the last day to answer."""
    from publishers.requests import add_request

    with opened() as catalog:
        actor = acting(catalog, "request_add", publisher_code)
        receipt = add_request(catalog, actor, received=received.date(),
                              applicant_type=applicant_type, content=content, channel=channel,
                              publisher=publisher_code, applicant_name=applicant_name,
                              applicant_contact=applicant_contact)
    if as_json:
        _echo_json(receipt)
        return
    provisional = " (provisional: the holidays of that year are not known yet)" \
        if receipt["provisional"] else ""
    click.echo(f"request {receipt['receipt_code']} received {receipt['received']}: answer due "
               f"{receipt['due']}{provisional}  [id {receipt['id']}]")


@requests_group.command("show")
@click.argument("ref", metavar="ID")
@click.option("--json", "as_json", is_flag=True, help="Print everything as JSON.")
@one_line_errors
def requests_show(ref: str, as_json: bool) -> None:
    """A request (by id or receipt code): status, deadlines, outcome, and the applicant's data."""
    from publishers.requests import get_request

    with opened() as catalog:
        _on_request(catalog, "request_list", ref)
        view = get_request(catalog, ref)
    if as_json:
        _echo_json(view)
        return
    click.echo(_line(view))
    click.echo(f"  id {view['id']}; {view['applicant_type']} by {view['channel']}"
               + (f" to {view['publisher']}" if view["publisher"] else ""))
    if view["status"] == "pending" and not view["correction"]:
        click.echo(f"  a correction notice, if needed, by {view['correction_notice_due']}")
    if view["extension"]:
        ext = view["extension"]
        click.echo(f"  extended {ext['days']} working days on {ext['on']}, approved by "
                   f"{ext['approver']}: {ext['reason']}")
    if view["correction"]:
        corr = view["correction"]
        late = " (late: art. 30 asks for it within 7 working days)" if corr["notice_late"] else ""
        click.echo(f"  correction asked on {corr['notice_on']}{late}, due {corr['due']}"
                   + (f", corrected on {corr['corrected_on']}" if corr["corrected_on"] else ""))
    for item in view["consultations"]:
        click.echo(f"  consulted {item['party']} on {item['sent']}, "
                   + (f"replied {item['replied']}" if item["replied"] else
                      f"reply due {item['ends']}"))
    if view["outcome"]:
        click.echo(f"  {view['outcome']} ({view['outcome_label']}) on {view['answered']}"
                   + (", on time" if view["on_time"] else ", late" if view["on_time"] is False
                      else ""))


@requests_group.command("list")
@click.option("--overdue", is_flag=True, help="Only open requests past their last day.")
@click.option("--due-within", type=click.IntRange(min=0), metavar="N",
              help="Only open requests due within N working days (0: today).")
@click.option("--publisher", "publisher_code", help="Only this department's requests.")
@click.option("--status", type=click.Choice(["pending", "consulting", "awaiting_correction",
                                             "answered", "withdrawn"]),
              help="Only requests in this status.")
@click.option("--json", "as_json", is_flag=True, help="Print the requests as JSON.")
@one_line_errors
def requests_list(overdue: bool, due_within: int | None, publisher_code: str | None,
                  status: str | None, as_json: bool) -> None:
    """Requests, soonest due first; --overdue and --due-within list what needs attention
    (with --as, those of the publishers where the account may read them)."""
    from publishers.requests import list_requests

    with opened() as catalog:
        views = list_requests(catalog, overdue=overdue, due_within=due_within,
                              publisher=publisher_code, status=status,
                              within=readable(catalog, "request_list", publisher_code))
    if as_json:
        _echo_json(views)
        return
    if not views:
        click.echo("no requests" + (" need attention" if overdue or due_within is not None
                                    else ""))
    for view in views:
        click.echo(_line(view))


@requests_group.command("extend")
@click.argument("ref", metavar="ID")
@click.option("--by", "approver", required=True,
              help="Who approved the extension (the head of the disclosure office, art. 33).")
@click.option("--reason", required=True, help="Why the answer needs longer.")
@click.option("--days", type=click.IntRange(1, 20), default=20, show_default=True,
              help="Working days added (at most 20).")
@click.option("--on", type=DATE, help="The day it was approved (default: today); by the last "
                                      "day to answer.")
@click.option("--json", "as_json", is_flag=True, help="Print the request as JSON.")
@one_line_errors
def requests_extend(ref: str, approver: str, reason: str, days: int, on: dt.datetime | None,
                    as_json: bool) -> None:
    """Extend the answer's period once (art. 33)."""
    from publishers.requests import extend

    with opened() as catalog:
        view = extend(catalog, _on_request(catalog, "request_update", ref), ref,
                      approver=approver, reason=reason, days=days, on=_date(on))
    if as_json:
        _echo_json(view)
        return
    click.echo(f"request {view['receipt_code']} extended by {days} working days: answer due "
               f"{view['due']}" + (" (provisional)" if view["provisional"] else ""))


@requests_group.command("answer")
@click.argument("ref", metavar="ID")
@click.option("--outcome", "outcome_code", required=True, metavar="CODE",
              help="The outcome: one of the codes in the README (table 三 of the annual "
                   "report), e.g. disclosed, partly_disclosed, withheld_third_party, "
                   "unavailable_not_held, not_processed_repeat, other.")
@click.option("--on", type=DATE, help="The day it was answered (default: today).")
@click.option("--note", help="What the reply letter should add (the reasons, where to find it).")
@click.option("--json", "as_json", is_flag=True, help="Print the request as JSON.")
@one_line_errors
def requests_answer(ref: str, outcome_code: str, on: dt.datetime | None, note: str | None,
                    as_json: bool) -> None:
    """Record a request's answer; `govcat requests letter ID` writes the reply."""
    from publishers.requests import answer

    with opened() as catalog:
        view = answer(catalog, _on_request(catalog, "request_answer", ref), ref,
                      outcome_code=outcome_code, on=_date(on), note=note)
    if as_json:
        _echo_json(view)
        return
    timing = "on time" if view["on_time"] else "LATE" if view["on_time"] is False else ""
    click.echo(f"request {view['receipt_code']} answered {view['answered']}: {view['outcome']} "
               f"{timing}".rstrip())


@requests_group.command("correction")
@click.argument("ref", metavar="ID")
@click.option("--items", required=True, help="What the applicant is to correct.")
@click.option("--within", type=click.IntRange(1, 60), default=15, show_default=True,
              help="The applicant's period, in working days.")
@click.option("--on", type=DATE, help="The day the notice was sent (default: today).")
@one_line_errors
def requests_correction(ref: str, items: str, within: int, on: dt.datetime | None) -> None:
    """Record the one correction notice (art. 30): the clock stops until the corrected
    request arrives, and restarts from it; none in time withdraws the request."""
    from publishers.requests import ask_correction

    with opened() as catalog:
        view = ask_correction(catalog, _on_request(catalog, "request_update", ref), ref,
                              items=items, within=within, on=_date(on))
    late = "  (late: art. 30 asks for it within 7 working days)" \
        if view["correction"]["notice_late"] else ""
    click.echo(f"request {view['receipt_code']}: correction due {view['correction_due']}{late}")


@requests_group.command("corrected")
@click.argument("ref", metavar="ID")
@click.option("--received", type=DATE, required=True,
              help="The day the corrected request was received.")
@one_line_errors
def requests_corrected(ref: str, received: dt.datetime) -> None:
    """Record the corrected request: the 20 working days run from its receipt."""
    from publishers.requests import record_correction

    with opened() as catalog:
        view = record_correction(catalog, _on_request(catalog, "request_update", ref), ref,
                                 received=received.date())
    click.echo(f"request {view['receipt_code']} corrected: answer due {view['due']}"
               + (" (provisional)" if view["provisional"] else ""))


@requests_group.command("consult")
@click.argument("ref", metavar="ID")
@click.option("--party", required=True, help="Who is consulted (a third party or an authority).")
@click.option("--sent", type=DATE, required=True,
              help="The day the party received the consultation.")
@one_line_errors
def requests_consult(ref: str, party: str, sent: dt.datetime) -> None:
    """Record a consultation (art. 32): its time, 15 working days at most, is not counted."""
    from publishers.requests import consult

    with opened() as catalog:
        view = consult(catalog, _on_request(catalog, "request_update", ref), ref, party=party,
                       sent=sent.date())
    click.echo(f"request {view['receipt_code']}: consultation until "
               f"{view['consultations'][-1]['ends']} at the latest; answer due {view['due']}")


@requests_group.command("reply")
@click.argument("ref", metavar="ID")
@click.option("--replied", type=DATE, required=True, help="The day the consulted party replied.")
@click.option("--party", help="Whose reply, when several consultations are open.")
@one_line_errors
def requests_reply(ref: str, replied: dt.datetime, party: str | None) -> None:
    """Record a consulted party's reply: the clock runs again."""
    from publishers.requests import record_reply

    with opened() as catalog:
        view = record_reply(catalog, _on_request(catalog, "request_update", ref), ref,
                            replied=replied.date(), party=party)
    click.echo(f"request {view['receipt_code']}: answer due {view['due']}"
               + (" (provisional)" if view["provisional"] else ""))


@requests_group.command("letter")
@click.argument("ref", metavar="ID")
@click.option("--format", "fmt", type=click.Choice(["text", "markdown", "html"]), default="text",
              show_default=True)
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write it to this file instead of printing it.")
@one_line_errors
def requests_letter(ref: str, fmt: str, output: Path | None) -> None:
    """The letter the request's state calls for, for its applicant only: the answer
    (答复书), the correction notice (补正告知书) or the extension notice (延期答复告知书)."""
    from publishers.letters import render_letter

    with opened() as catalog:
        _on_request(catalog, "request_list", ref)
        text = render_letter(catalog, ref, fmt)
    if output:
        output.write_text(text, encoding="utf-8")
        click.echo(f"letter written to {output}")
    else:
        click.echo(text, nl=False)


@main.group("report")
def report_group() -> None:
    """The annual report on government information disclosure (条例 arts. 49–50)."""


@report_group.command("annual")
@click.option("--year", type=int, required=True, help="The year reported on.")
@click.option("--publisher", "publisher_code",
              help="One department's report (default: the whole catalog's).")
@click.option("--format", "fmt", type=click.Choice(["md", "html", "xlsx", "json"]),
              default="md", show_default=True)
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write it to this file (xlsx needs a file or a redirected output).")
@one_line_errors
def report_annual(year: int, publisher_code: str | None, fmt: str, output: Path | None) -> None:
    """The annual report in the format of 国办公开办函〔2021〕30号: sections 一 to 六, table 三
    from the requests (with its cross-check 一+二=三+四), table 二's dataset counts from the
    catalog, the rest from `govcat report input`; what is missing is listed."""
    from publishers.report import annual_report
    from publishers.report_render import render_report

    with opened() as catalog:
        report = annual_report(catalog, year, publisher_code)
    document = render_report(report, fmt)
    if output:
        output.write_bytes(document if isinstance(document, bytes)
                           else document.encode("utf-8"))
    elif isinstance(document, str):
        click.echo(document, nl=False)
    elif sys.stdout.isatty():
        raise Failure("an xlsx report goes to a file: give --output FILE (or redirect it)")
    else:
        sys.stdout.flush()
        sys.stdout.buffer.write(document)
        sys.stdout.buffer.flush()
    check = report["checks"][0]
    click.echo(f"table 三 cross-check 一+二=三+四: {'holds' if check['holds'] else 'FAILS'} "
               f"({check['first_plus_second']} = {check['third_plus_fourth']})", err=True)
    if report["missing"]:
        click.echo(f"{len(report['missing'])} input(s) missing (listed at the end of the "
                   "report): `govcat report input` gives them", err=True)
    if output:
        click.echo(f"report written to {output}", err=True)


@report_group.command("input")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--year", type=int, required=True, help="The year reported on.")
@click.option("--publisher", "publisher_code", help="The department (default: the whole "
                                                    "catalog's report).")
@one_line_errors
def report_input(path: Path, year: int, publisher_code: str | None) -> None:
    """Give the report what the catalog cannot know, from PATH (YAML or JSON; the README
    shows every key): the prose of sections 一, 五 and 六, table 二's 规章, 规范性文件,
    行政许可, 行政处罚, 行政强制 and 收费, table 四 (复议, 诉讼), the processing fees. It
    replaces what was given before for that year. The department's disclosure officer gives
    it (a site admin, the whole catalog's)."""
    from publishers.report import read_input_file, set_input

    data = read_input_file(path)
    with opened() as catalog:
        set_input(catalog, acting(catalog, "report_input", publisher_code), year, data,
                  publisher_code)
    click.echo(f"report input for {year} kept ({publisher_code or 'the whole catalog'})")
