"""The annual report on government information disclosure (条例 arts. 49–50) in the format of
国办公开办函〔2021〕30号: sections 一 to 六, table 三 computed from the disclosure requests,
table 二 from the catalog where it knows (its datasets) and from the department's input for
the rest, table 四 and the prose from that input. What is missing is listed, not invented.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from sqlalchemy import select

from catalog.actor import Actor
from catalog.audit import record
from catalog.context import Catalog
from catalog.db import transaction
from catalog.errors import CatalogError, NotFound
from catalog.models import Dataset, Publisher, Revision, RevisionStatus, as_utc
from publishers.auth import check_actor
from publishers.calendar import CHINA, WorkingCalendar, china_today
from publishers.models import AnnualReportInput
from publishers.requests import calendar_of, requests_for_report, state_of
from publishers.vocabulary import APPLICANT_TYPES, GROUPS, OUTCOMES

FIRST_YEAR = 2019  # the first year under the 条例 as revised (in force 2019-05-15)
ALL = "*"  # the scope of a report over the whole catalog

SECTION_TITLES = {
    "overview": "一、总体情况",
    "proactive": "二、主动公开政府信息情况",
    "requests": "三、收到和处理政府信息公开申请情况",
    "review_litigation": "四、政府信息公开行政复议、行政诉讼情况",
    "problems": "五、存在的主要问题及改进情况",
    "other": "六、其他需要报告的事项",
}
CHECK_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"

# Table 二's blocks: the article of the 条例 (art. 20), the columns, the rows (input keys)
COUNTS_ISSUED = (("issued", "本年制发件数"), ("repealed", "本年废止件数"),
                 ("in_force", "现行有效件数"))
PROACTIVE_BLOCKS = (
    ("第二十条第（一）项", COUNTS_ISSUED,
     (("regulations", "规章"), ("normative_documents", "行政规范性文件"))),
    ("第二十条第（五）项", (("decisions", "本年处理决定数量"),), (("licensing", "行政许可"),)),
    ("第二十条第（六）项", (("decisions", "本年处理决定数量"),),
     (("penalties", "行政处罚"), ("coercion", "行政强制"))),
    ("第二十条第（八）项", (("amount", "本年收费金额（单位：万元）"),),
     (("fees", "行政事业性收费"),)),
)
# Table 四: 行政复议, then 行政诉讼 未经复议直接起诉 and 复议后起诉, each in five columns
REVIEW_RESULTS = (("upheld", "结果维持"), ("corrected", "结果纠正"), ("other", "其他结果"),
                  ("pending", "尚未审结"))
REVIEW_BLOCKS = (("review", "行政复议"), ("litigation_direct", "行政诉讼（未经复议直接起诉）"),
                 ("litigation_after_review", "行政诉讼（复议后起诉）"))
FEE_ITEMS = (("notices", "发出收费通知的件数"), ("notice_amount", "收费通知总金额（元）"),
             ("collected", "实际收取信息处理费总金额（元）"))
TEXTS = (("overview", "一、总体情况"), ("problems", "五、存在的主要问题及改进情况"),
         ("other_matters", "六、其他需要报告的事项"))


def input_fields() -> list[tuple[str, str, str]]:
    """Every input the report needs from the department: (key path, what it is, kind) where
    kind is text, count (a whole number) or amount (a number)."""
    texts = {key: (key, label, "text") for key, label in TEXTS}
    found = [texts["overview"]]
    for _article, columns, rows in PROACTIVE_BLOCKS:
        for row, row_label in rows:
            for column, column_label in columns:
                single = len(columns) == 1
                kind = "amount" if column == "amount" else "count"
                found.append((f"proactive.{row}" if single else f"proactive.{row}.{column}",
                              f"二、{row_label}（{column_label}）", kind))
    for block, block_label in REVIEW_BLOCKS:
        for column, column_label in REVIEW_RESULTS:
            found.append((f"review_litigation.{block}.{column}",
                          f"四、{block_label}{column_label}", "count"))
    found += [texts["problems"], texts["other_matters"]]
    for key, label in FEE_ITEMS:
        found.append((f"processing_fees.{key}", f"六、信息处理费：{label}",
                      "amount" if key != "notices" else "count"))
    return found


def check_input(data: Any, where: str = "report input") -> dict[str, Any]:
    """The department's input, checked: known keys only, counts whole numbers >= 0, amounts
    numbers >= 0, texts strings. Raises CatalogError naming the key."""
    if not isinstance(data, dict):
        raise CatalogError(f"{where}: expected a mapping (see `govcat report input --help`)")
    kinds = {key: kind for key, _label, kind in input_fields()}
    flat: dict[str, Any] = {}

    def walk(node: dict[str, Any], prefix: str) -> None:
        for key, value in node.items():
            path = f"{prefix}{key}"
            if path == "organisation":
                if not isinstance(value, str) or not value.strip() or len(value) > 200:
                    raise CatalogError(f"{where}: organisation must be a name (≤ 200 characters)")
                flat[path] = value.strip()
            elif isinstance(value, dict) and path not in kinds:
                if not any(k.startswith(path + ".") for k in kinds):
                    raise CatalogError(f"{where}: unknown key {path!r}")
                walk(value, path + ".")
            elif path not in kinds:
                raise CatalogError(f"{where}: unknown key {path!r}")
            elif value is not None:
                flat[path] = _value(value, kinds[path], path, where)

    walk(data, "")
    nested: dict[str, Any] = {}
    for path, value in flat.items():
        node = nested
        *parents, last = path.split(".")
        for part in parents:
            node = node.setdefault(part, {})
        node[last] = value
    return nested


def _value(value: Any, kind: str, path: str, where: str) -> Any:
    if kind == "text":
        if not isinstance(value, str):
            raise CatalogError(f"{where}: {path} must be text")
        return value.strip() or None
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0 or \
            (kind == "count" and not float(value).is_integer()):
        expected = "a whole number >= 0" if kind == "count" else "a number >= 0"
        raise CatalogError(f"{where}: {path} must be {expected}, not {str(value)[:40]!r}")
    return int(value) if kind == "count" else value


def read_input_file(path: Path) -> dict[str, Any]:
    """A report input file (YAML or JSON), checked."""
    import yaml

    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CatalogError(f"{path}: cannot be read ({exc.strerror})") from None
    try:
        data = yaml.safe_load(text)
    except (yaml.YAMLError, ValueError):
        raise CatalogError(f"{path}: not valid YAML or JSON") from None
    return check_input(data or {}, str(path))


def _scope(catalog: Catalog, publisher: str | None) -> tuple[str, Publisher | None]:
    if not publisher:
        return ALL, None
    with catalog.sessions() as session:
        found = session.scalar(select(Publisher).where(Publisher.code == publisher))
    if found is None:
        raise NotFound(f"unknown publisher {publisher!r}: add it with `govcat publisher add`")
    return found.code, found


def _check_year(year: int, today: dt.date) -> None:
    if not FIRST_YEAR <= year <= today.year:
        raise CatalogError(f"year {year}: reports cover {FIRST_YEAR} to {today.year}")


def set_input(catalog: Catalog, actor: Actor, year: int, data: dict[str, Any],
              publisher: str | None = None, *, today: dt.date | None = None) -> None:
    """Keep the department's input for `year` (replacing any before), audited: its
    disclosure officer's (a site admin's for the whole catalog's report)."""
    check_actor(actor, "report_input", publisher)
    _check_year(year, today or china_today())
    checked = check_input(data)
    scope, _ = _scope(catalog, publisher)
    with transaction(catalog.sessions) as session:
        found = session.scalar(select(AnnualReportInput).where(
            AnnualReportInput.scope == scope, AnnualReportInput.year == year))
        if found is None:
            found = AnnualReportInput(scope=scope, year=year, data=checked,
                                      updated_by=actor.who)
            session.add(found)
        else:
            found.data, found.updated_by = checked, actor.who
            found.updated_at = dt.datetime.now(dt.UTC)
        record(session, actor, "report.input", f"report:{scope}:{year}",
               keys=sorted(_leaves(checked)))


def _leaves(data: dict[str, Any], prefix: str = "") -> list[str]:
    found = []
    for key, value in data.items():
        if isinstance(value, dict):
            found += _leaves(value, f"{prefix}{key}.")
        else:
            found.append(f"{prefix}{key}")
    return found


def _lookup(data: dict[str, Any], path: str) -> Any:
    node: Any = data
    for part in path.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def annual_report(catalog: Catalog, year: int, publisher: str | None = None, *,
                  calendar: WorkingCalendar | None = None,
                  today: dt.date | None = None) -> dict[str, Any]:
    """The report of `year` (of one publisher, or of the whole catalog) as JSON-ready data:
    {"year", "publisher", "organisation", "title", "as_of", "sections", "missing", "checks"}."""
    today = today or china_today()
    _check_year(year, today)
    calendar = calendar or calendar_of(catalog)
    scope, found = _scope(catalog, publisher)
    # Recorded facts count up to the year's end; what is derived from time passing (a
    # correction not made in time) only up to today
    end, as_of = dt.date(year, 12, 31), min(dt.date(year, 12, 31), today)
    with catalog.sessions() as session:
        stored = session.scalar(select(AnnualReportInput.data).where(
            AnnualReportInput.scope == scope, AnnualReportInput.year == year)) or {}
        requests = _requests_table(session, found.id if found else None, year, as_of,
                                   calendar)
        datasets = _dataset_counts(session, found.id if found else None, year, end)
    organisation = stored.get("organisation") or (found.name if found else
                                                  catalog.settings.catalog_publisher)
    missing = [{"key": key, "label": label} for key, label, _kind in input_fields()
               if _lookup(stored, key) is None]
    review = _review_table(stored)
    return {
        "year": year,
        "publisher": found.code if found else None,
        "organisation": organisation,
        "title": f"{organisation}{year}年政府信息公开工作年度报告",
        "as_of": as_of.isoformat(),
        "complete": as_of == end and not missing,
        "sections": {
            "overview": {"title": SECTION_TITLES["overview"], "text": stored.get("overview")},
            "proactive": {"title": SECTION_TITLES["proactive"],
                          "blocks": _proactive_blocks(stored), "datasets": datasets},
            "requests": {"title": SECTION_TITLES["requests"], **requests},
            "review_litigation": {"title": SECTION_TITLES["review_litigation"], **review},
            "problems": {"title": SECTION_TITLES["problems"], "text": stored.get("problems")},
            "other": {"title": SECTION_TITLES["other"], "text": stored.get("other_matters"),
                      "processing_fees": [
                          {"key": key, "label": label,
                           "value": _lookup(stored, f"processing_fees.{key}")}
                          for key, label in FEE_ITEMS]},
        },
        "missing": missing,
        "checks": [requests["check"]],
    }


def _proactive_blocks(stored: dict[str, Any]) -> list[dict[str, Any]]:
    blocks = []
    for article, columns, rows in PROACTIVE_BLOCKS:
        blocks.append({
            "article": article,
            "columns": [label for _key, label in columns],
            "rows": [{"key": row, "label": label,
                      "values": [_lookup(stored, f"proactive.{row}" if len(columns) == 1
                                         else f"proactive.{row}.{column}")
                                 for column, _label in columns]}
                     for row, label in rows]})
    return blocks


def _review_table(stored: dict[str, Any]) -> dict[str, Any]:
    blocks = []
    for block, label in REVIEW_BLOCKS:
        values = [_lookup(stored, f"review_litigation.{block}.{column}")
                  for column, _label in REVIEW_RESULTS]
        total = None if any(v is None for v in values) else sum(values)
        blocks.append({"key": block, "label": label,
                       "columns": [label for _key, label in REVIEW_RESULTS] + ["总计"],
                       "values": values + [total]})
    return {"blocks": blocks}


def _requests_table(session: Any, publisher_id: str | None, year: int, as_of: dt.date,
                    calendar: WorkingCalendar) -> dict[str, Any]:
    """Table 三: requests by applicant type, with the cross-check 一+二 = 三（七）+ 四.

    A request counts in the year it was received (一) or as carried over (二) when received
    before and not processed by the year's start; processed (三) in the year of its answer;
    carried forward (四) when not processed by the year's end. A correction that did not come
    in time withdraws a request the day after its period, as far as `as_of` has reached.
    """
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    counts: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(APPLICANT_TYPES, 0))
    for request in requests_for_report(session, publisher_id, end):
        state = state_of(request, calendar, as_of)
        processed = state.processed_on if state.processed_on and state.processed_on <= end \
            else None
        kind = request.applicant_type
        if request.received >= start:
            counts["new"][kind] += 1
        elif processed is None or processed >= start:
            counts["carried_over"][kind] += 1
        if processed is not None and processed >= start:
            counts[state.outcome or "other"][kind] += 1
            counts["processed_total"][kind] += 1
        if processed is None:
            counts["carried_forward"][kind] += 1

    def row(key: str, label: str, level: int, group: str | None = None) -> dict[str, Any]:
        values = dict(counts[key])
        return {"key": key, "label": label, "level": level, "group": group,
                "values": values, "total": sum(values.values())}

    rows = [row("new", "一、本年新收政府信息公开申请数量", 0),
            row("carried_over", "二、上年结转政府信息公开申请数量", 0),
            {"key": "results", "label": "三、本年度办理结果", "level": 0, "group": None,
             "values": None, "total": None}]
    for group, group_label in GROUPS.items():
        members = [o for o in OUTCOMES.values() if o.group == group]
        if len(members) == 1 and members[0].code == group:
            rows.append(row(group, group_label, 1))
            continue
        rows.append({"key": group, "label": group_label, "level": 1, "group": None,
                     "values": None, "total": None})
        for number, member in enumerate(members, 1):
            rows.append(row(member.code, f"{number}.{member.label}", 2, group_label))
    rows.append(row("processed_total", "（七）总计", 1))
    rows.append(row("carried_forward", "四、结转下年度继续办理", 0))
    by_key = {r["key"]: r for r in rows}
    left = {k: by_key["new"]["values"][k] + by_key["carried_over"]["values"][k]
            for k in APPLICANT_TYPES}
    right = {k: by_key["processed_total"]["values"][k] + by_key["carried_forward"]["values"][k]
             for k in APPLICANT_TYPES}
    outcome_sum = {k: sum(by_key[code]["values"][k] for code in OUTCOMES)
                   for k in APPLICANT_TYPES}
    holds = left == right and outcome_sum == by_key["processed_total"]["values"]
    return {
        "columns": [{"key": key, "label": label,
                     "group": None if key == "natural_person" else "法人或其他组织"}
                    for key, label in APPLICANT_TYPES.items()] + [
                        {"key": "total", "label": "总计", "group": None}],
        "note": CHECK_NOTE,
        "rows": rows,
        "check": {"name": "一+二=三+四", "holds": holds,
                  "first_plus_second": sum(left.values()),
                  "third_plus_fourth": sum(right.values())},
    }


def _dataset_counts(session: Any, publisher_id: str | None, year: int,
                    end: dt.date) -> dict[str, Any]:
    """What the catalog knows of its own proactive disclosure in `year`: datasets first
    published, datasets updated (a later revision published), and datasets open at `end`."""
    query = (select(Dataset.id, Revision.decided_at, Dataset.withdrawn_at)
             .join(Revision, Revision.dataset_id == Dataset.id)
             .where(Revision.status.in_((RevisionStatus.PUBLISHED, RevisionStatus.SUPERSEDED)),
                    Revision.decided_at.is_not(None)))
    if publisher_id is not None:
        query = query.where(Dataset.publisher_id == publisher_id)
    published: dict[str, list[dt.date]] = defaultdict(list)
    withdrawn: dict[str, dt.date | None] = {}
    for dataset_id, decided_at, withdrawn_at in session.execute(query):
        published[dataset_id].append(_china_day(decided_at))
        withdrawn[dataset_id] = _china_day(withdrawn_at) if withdrawn_at else None
    first_published = updated = open_at_end = 0
    for dataset_id, days in published.items():
        days.sort()
        if dt.date(year, 1, 1) <= days[0] <= end:
            first_published += 1
        if any(dt.date(year, 1, 1) <= day <= end for day in days[1:]):
            updated += 1
        gone = withdrawn[dataset_id]
        if days[0] <= end and (gone is None or gone > end):
            open_at_end += 1
    return {"published": first_published, "updated": updated, "open": open_at_end,
            "labels": {"published": "本年新开放数据集", "updated": "本年更新数据集",
                       "open": "现有开放数据集"}}


def _china_day(moment: dt.datetime) -> dt.date:
    aware = as_utc(moment)
    assert aware is not None
    return aware.astimezone(CHINA).date()


def report_json(report: dict[str, Any]) -> str:
    return json.dumps(report, ensure_ascii=False, indent=2)
