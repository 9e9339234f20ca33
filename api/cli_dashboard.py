"""`govcat publisher dashboard CODE [--json]`: a department's quality and openness (a thin
command over publishers.dashboard; public figures, so no permission is needed)."""

from __future__ import annotations

import json
from typing import Any

import click

from api.cli import one_line_errors, opened, publisher


@publisher.command("dashboard")
@click.argument("code")
@click.option("--json", "as_json", is_flag=True, help="Print the dashboard as JSON (the "
              "API's GET /api/v1/publishers/CODE/dashboard).")
@one_line_errors
def publisher_dashboard(code: str, as_json: bool) -> None:
    """How well the publisher CODE discloses, today: datasets by open condition, overdue
    updates, quality scores, privacy findings by kind, disclosure requests, and proactive
    disclosure within 20 working days (条例 art. 26)."""
    from publishers.dashboard import publisher_dashboard as dashboard

    with opened() as catalog:
        found = dashboard(catalog, code)
    if as_json:
        click.echo(json.dumps(found, ensure_ascii=False, indent=2))
    else:
        click.echo("\n".join(dashboard_lines(found)))


def dashboard_lines(found: dict[str, Any]) -> list[str]:
    """The dashboard as lines for a terminal."""
    publisher_, datasets = found["publisher"], found["datasets"]
    lines = [f"{publisher_['name']} ({publisher_['code']}), as of {found['as_of']}",
             f"datasets: {datasets['total']} ("
             + ", ".join(f"{c['label']} {c['count']}" for c in datasets["by_open_condition"])
             + ")"]
    quality = found["quality"]
    if quality["datasets"]:
        lines.append(f"quality: mean {quality['mean']}, median {quality['median']} of 100")
        lines += [f"  {b['from']:>3}–{b['to']:<3} {'█' * min(b['count'], 40)} {b['count']}"
                  for b in quality["histogram"]]
        lines += [f"  short on {c['label']}: {c['datasets_short']} datasets "
                  f"(mean {c['mean_points']} of {c['max']})"
                  for c in quality["criteria"] if c["datasets_short"]]
    overdue = found["overdue_updates"]
    lines.append(f"overdue updates: {overdue['count']}")
    lines += [f"  {d['name']}: {d['update_frequency']}, last {d['last_updated']}, due "
              f"{d['due']} ({d['days_overdue']} days ago)" for d in overdue["datasets"]]
    findings = found["privacy_findings"]
    lines.append(f"privacy findings in published datasets: {findings['total']}"
                 + "".join(f"\n  {k['entity']}: {k['findings']} findings, {k['occurrences']} "
                           f"occurrences in {k['datasets']} datasets"
                           for k in findings["by_kind"]))
    requests = found["requests"]
    lines.append(f"disclosure requests: {requests['received']} received, "
                 f"{requests['answered']} answered ({requests['answered_on_time']} on time, "
                 f"{requests['answered_late']} late), {requests['open']} open "
                 f"({requests['open_overdue']} overdue), {requests['withdrawn']} withdrawn"
                 + (" (deadlines provisional)" if requests["provisional"] else ""))
    proactive = found["proactive_disclosure"]
    lines.append(f"proactive disclosure (art. 26): {proactive['within_20_working_days']} of "
                 f"{proactive['datasets_with_formation_date']} within 20 working days of their "
                 f"formation date; {proactive['datasets_without_formation_date']} datasets give "
                 "none" + (" (provisional)" if proactive["provisional"] else ""))
    lines += [f"  late: {d['name']}: formed {d['formed']}, due {d['due']}, disclosed "
              f"{d['disclosed']}" for d in proactive["late_datasets"]]
    return lines
