"""`govcat access`: applications for access to conditionally open datasets (有条件开放), as
their publisher handles them: list, show, approve, refuse, revoke, and the downloads made
under approvals. Thin commands over publishers.access; each is checked by action name
(`access_list`, `access_decide`: publishers.auth) as the operator, or as the account of
`govcat --as USER`, before anything is done."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import click

from api.cli import acting, main, one_line_errors, opened, readable

STATUSES = ("pending", "approved", "refused", "revoked", "expired")  # publishers.access
DATE = click.DateTime(formats=["%Y-%m-%d"])


def _on_application(catalog: Any, action: str, ref: str) -> Any:
    """The Actor that may do action to the application ID (by id or receipt code), checked
    at the publisher of its dataset."""
    from publishers.access import application_publisher

    return acting(catalog, action, application_publisher(catalog, ref))


def _echo_json(value: Any) -> None:
    click.echo(json.dumps(value, ensure_ascii=False, indent=2))


def _line(view: dict[str, Any]) -> str:
    until = f" until {view['expires']}" if view["expires"] else ""
    return (f"{view['receipt_code']}  {view['status']:<8} {view['dataset']}  submitted "
            f"{view['submitted']}{until}  downloads {view['downloads']}  [id {view['id']}]")


def _show(view: dict[str, Any], as_json: bool) -> None:
    if as_json:
        _echo_json(view)
        return
    click.echo(_line(view))
    applicant = view["applicant"]
    organisation = f" ({applicant['organisation']})" if applicant["organisation"] else ""
    click.echo(f"  applicant: {applicant['name']}{organisation}, {applicant['contact']}"
               + (f"; account {view['account']}" if view["account"] else "")
               + f"; by {view['channel']}")
    click.echo(f"  purpose: {view['purpose']}")
    click.echo(f"  use: {view['requested_use']}")
    if view["decided"]:
        click.echo(f"  decided {view['decided']} by {view['decided_by']}")
    if view["terms"]:
        click.echo(f"  terms: {view['terms']}")
    if view["refusal_reason"]:
        click.echo(f"  refused: {view['refusal_reason']}")
    if view["revoked"]:
        revoked = view["revoked"]
        click.echo(f"  revoked {revoked['at'][:10]} by {revoked['by']}"
                   + (f": {revoked['reason']}" if revoked["reason"] else ""))


@main.group("access")
def access_group() -> None:
    """Applications for access to conditionally open datasets (有条件开放).

    The public applies on the dataset's page or with POST /api/v1/datasets/NAME/access-requests
    and gets a receipt code and an access key. The dataset's publisher approves (with terms,
    until an expiry date), refuses (with a reason) or revokes; an approved key then downloads
    the dataset's screened files and reads its rows, each download logged. Deciding and
    reading applications (the applicants' personal data) are the publisher's admin's and
    disclosure officer's, or a site admin's: `govcat --as USER access ...` acts as that
    account, checked; without --as, as the operator (a site admin).
    """


@access_group.command("list")
@click.option("--publisher", "publisher_code", help="Only applications for this publisher's "
                                                    "datasets.")
@click.option("--status", type=click.Choice(STATUSES), help="Only applications in this status.")
@click.option("--dataset", help="Only applications for this dataset (its name).")
@click.option("--json", "as_json", is_flag=True, help="Print the applications as JSON.")
@one_line_errors
def access_list(publisher_code: str | None, status: str | None, dataset: str | None,
                as_json: bool) -> None:
    """Applications, newest first (with --as, those of the publishers where the account may
    read them)."""
    from publishers.access import list_applications

    with opened() as catalog:
        within = readable(catalog, "access_list", publisher_code)
        views = list_applications(catalog, publisher=publisher_code, status=status,
                                  dataset=dataset, within=within)
    if as_json:
        _echo_json(views)
        return
    if not views:
        click.echo("no applications")
    for view in views:
        click.echo(_line(view))


@access_group.command("show")
@click.argument("ref", metavar="ID")
@click.option("--json", "as_json", is_flag=True, help="Print everything as JSON.")
@one_line_errors
def access_show(ref: str, as_json: bool) -> None:
    """An application (by id or receipt code) in full: the applicant, purpose, use, decision."""
    from publishers.access import get_application

    with opened() as catalog:
        _on_application(catalog, "access_list", ref)
        view = get_application(catalog, ref)
    _show(view, as_json)


@access_group.command("approve")
@click.argument("ref", metavar="ID")
@click.option("--terms", required=True, help="The terms of use the applicant is shown.")
@click.option("--expires", type=DATE, required=True,
              help="The last day of access, YYYY-MM-DD (China's date; at most 10 years on).")
@click.option("--json", "as_json", is_flag=True, help="Print the application as JSON.")
@one_line_errors
def access_approve(ref: str, terms: str, expires: dt.datetime, as_json: bool) -> None:
    """Approve a pending application: its key opens the dataset until --expires."""
    from publishers.access import approve

    with opened() as catalog:
        actor = _on_application(catalog, "access_decide", ref)
        view = approve(catalog, actor, ref, terms=terms, expires=expires.date())
    if as_json:
        _echo_json(view)
        return
    click.echo(f"application {view['receipt_code']} approved: {view['dataset']} until "
               f"{view['expires']}")


@access_group.command("refuse")
@click.argument("ref", metavar="ID")
@click.option("--reason", required=True, help="Why (the applicant is shown it with the key).")
@click.option("--json", "as_json", is_flag=True, help="Print the application as JSON.")
@one_line_errors
def access_refuse(ref: str, reason: str, as_json: bool) -> None:
    """Refuse a pending application."""
    from publishers.access import refuse

    with opened() as catalog:
        actor = _on_application(catalog, "access_decide", ref)
        view = refuse(catalog, actor, ref, reason=reason)
    if as_json:
        _echo_json(view)
        return
    click.echo(f"application {view['receipt_code']} refused")


@access_group.command("revoke")
@click.argument("ref", metavar="ID")
@click.option("--reason", help="Why (recorded for the publisher).")
@click.option("--json", "as_json", is_flag=True, help="Print the application as JSON.")
@one_line_errors
def access_revoke(ref: str, reason: str | None, as_json: bool) -> None:
    """End an approved application's access now."""
    from publishers.access import revoke

    with opened() as catalog:
        actor = _on_application(catalog, "access_decide", ref)
        view = revoke(catalog, actor, ref, reason=reason)
    if as_json:
        _echo_json(view)
        return
    click.echo(f"application {view['receipt_code']} revoked: its key opens nothing from now")


@access_group.command("downloads")
@click.option("--publisher", "publisher_code", help="Only downloads of this publisher's "
                                                    "datasets.")
@click.option("--application", "ref", metavar="ID",
              help="Only downloads under this application (id or receipt code).")
@click.option("--limit", type=click.IntRange(1, 10_000), default=1000, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print the downloads as JSON.")
@one_line_errors
def access_downloads(publisher_code: str | None, ref: str | None, limit: int,
                     as_json: bool) -> None:
    """Downloads made under approved applications, newest first: when, which application,
    dataset and resource, in which format (`rows`: a page of its rows), through which channel.
    Never public."""
    from publishers.access import list_downloads

    with opened() as catalog:
        within = None
        if ref:
            _on_application(catalog, "access_list", ref)
        else:
            within = readable(catalog, "access_list", publisher_code)
        rows = list_downloads(catalog, publisher=publisher_code, application=ref,
                              within=within, limit=limit)
    if as_json:
        _echo_json(rows)
        return
    if not rows:
        click.echo("no downloads")
    for row in rows:
        click.echo(f"{row['at'][:19]}  {row['receipt_code']}  {row['dataset']}  "
                   f"{row['resource_title']}  {row['format']}  {row['channel']}")
