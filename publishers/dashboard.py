"""A publisher's dashboard: how well a department discloses, measured from what the catalog
holds. Its datasets by open condition, the updates it owes, the quality of what it
publishes, what the privacy screen found in it (counts by kind), how it handled disclosure
requests, and its proactive disclosure within 20 working days (条例 art. 26).

Public: it holds counts, dataset names and titles (published, screened metadata), and never a
finding's value, a request's applicant, content or receipt code.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter, defaultdict
from typing import Any

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import selectinload

from catalog.clock import china_day, china_today, iso_day, parse_day
from catalog.context import Catalog
from catalog.errors import NotFound
from catalog.metadata import OPEN_CONDITIONS
from catalog.models import Dataset, PrivacyFinding, Publisher, Revision, RevisionStatus
from catalog.quality import CRITERIA, MAX_SCORE, revision_quality
from publishers.calendar import WorkingCalendar
from publishers.models import DisclosureRequest
from publishers.requests import calendar_of, state_of

PROACTIVE_DAYS = 20  # 条例 art. 26: 自该政府信息形成或者变更之日起20个工作日内
BUCKET = 10  # the quality histogram's width: 0–9, 10–19, …, 90–100


def publisher_dashboard(catalog: Catalog, code: str, *, today: dt.date | None = None,
                        calendar: WorkingCalendar | None = None) -> dict[str, Any]:
    """The dashboard of the publisher `code` on `today` (China's date by default; NotFound
    for an unknown code)."""
    today = today or china_today()
    calendar = calendar or calendar_of(catalog)
    with catalog.sessions() as session:
        publisher = session.scalar(select(Publisher).where(Publisher.code == code))
        if publisher is None:
            raise NotFound(f"publisher {code!r} not found")
        datasets = list(session.scalars(
            select(Dataset).where(Dataset.publisher_id == publisher.id,
                                  Dataset.current_revision_id.is_not(None),
                                  Dataset.withdrawn_at.is_(None))
            .options(selectinload(Dataset.current_revision).selectinload(Revision.resources))
            .order_by(Dataset.name)))
        conditions: Counter[str] = Counter()
        scores: list[int] = []
        short: dict[str, list[int]] = defaultdict(list)
        overdue = []
        for dataset in datasets:
            revision = dataset.current_revision
            assert revision is not None
            meta = revision.metadata_json
            conditions[meta.get("open_condition", "unconditional")] += 1
            quality = revision_quality(revision, today)
            scores.append(quality.score)
            for criterion in quality.criteria:
                short[criterion.key].append(criterion.points)
            timeliness = quality.timeliness
            if timeliness.overdue and timeliness.due is not None:
                overdue.append({
                    "name": dataset.name, "title": meta.get("title") or dataset.name,
                    "update_frequency": timeliness.frequency,
                    "last_updated": iso_day(timeliness.last_updated),
                    "due": timeliness.due.isoformat(),
                    "days_overdue": (today - timeliness.due).days})
        findings = _findings(session, publisher.id)
        requests = _requests(session, publisher.id, calendar, today)
        proactive = _proactive(session, datasets, calendar)
        overdue.sort(key=lambda item: (item["due"], item["name"]))
        return {
            "publisher": {"code": publisher.code, "name": publisher.name,
                          "name_en": publisher.name_en},
            "as_of": today.isoformat(),
            "datasets": {"total": len(datasets), "by_open_condition": [
                {"open_condition": key, "label": label, "count": conditions.get(key, 0)}
                for key, label in OPEN_CONDITIONS.items()]},
            "overdue_updates": {"count": len(overdue), "datasets": overdue},
            "quality": _distribution(scores, short),
            "privacy_findings": findings,
            "requests": requests,
            "proactive_disclosure": proactive,
        }


def _distribution(scores: list[int], short: dict[str, list[int]]) -> dict[str, Any]:
    """Histogram, mean and median of the scores, and what each criterion costs them."""
    buckets = [0] * (MAX_SCORE // BUCKET)
    for score in scores:
        buckets[min(score // BUCKET, len(buckets) - 1)] += 1
    return {
        "datasets": len(scores),
        "mean": round(statistics.fmean(scores), 1) if scores else None,
        "median": statistics.median(scores) if scores else None,
        "histogram": [{"from": i * BUCKET,
                       "to": MAX_SCORE if i == len(buckets) - 1 else (i + 1) * BUCKET - 1,
                       "count": count} for i, count in enumerate(buckets)],
        "criteria": [{"key": key, "label": label, "max": possible,
                      "mean_points": round(statistics.fmean(short[key]), 1)
                      if short[key] else None,
                      "datasets_short": sum(1 for p in short[key] if p < possible)}
                     for key, label, possible in CRITERIA],
    }


def _findings(session: Any, publisher_id: str) -> dict[str, Any]:
    """What the screen found in the publisher's published revisions, by kind: how many
    findings, occurrences and datasets (never where or what)."""
    rows = session.execute(
        select(PrivacyFinding.entity, func.count(PrivacyFinding.id),
               func.coalesce(func.sum(PrivacyFinding.count), 0),
               func.count(distinct(Dataset.id)))
        .join(Revision, Revision.id == PrivacyFinding.revision_id)
        .join(Dataset, Dataset.current_revision_id == Revision.id)
        .where(Dataset.publisher_id == publisher_id, Dataset.withdrawn_at.is_(None))
        .group_by(PrivacyFinding.entity).order_by(PrivacyFinding.entity)).all()
    kinds = [{"entity": entity, "findings": found, "occurrences": int(occurrences),
              "datasets": datasets} for entity, found, occurrences, datasets in rows]
    return {"total": sum(kind["findings"] for kind in kinds), "by_kind": kinds}


def _requests(session: Any, publisher_id: str, calendar: WorkingCalendar,
              today: dt.date) -> dict[str, Any]:
    """The publisher's disclosure requests by how they stand on `today`: counts only."""
    counts = Counter({"received": 0, "answered": 0, "answered_on_time": 0,
                      "answered_late": 0, "withdrawn": 0, "open": 0, "open_overdue": 0})
    provisional = False
    requests = session.scalars(
        select(DisclosureRequest).where(DisclosureRequest.publisher_id == publisher_id)
        .options(selectinload(DisclosureRequest.consultations)))
    for request in requests:
        state = state_of(request, calendar, today)
        counts["received"] += 1
        due = state.due
        provisional |= bool(due and due.provisional)
        if state.status == "answered":
            counts["answered"] += 1
            late = due is not None and state.processed_on is not None and \
                state.processed_on > due.date
            counts["answered_late" if late else "answered_on_time"] += 1
        elif state.status == "withdrawn":
            counts["withdrawn"] += 1
        else:
            counts["open"] += 1
            if due is not None and today > due.date:
                counts["open_overdue"] += 1
    return {**counts, "provisional": provisional}


def _proactive(session: Any, datasets: list[Dataset],
               calendar: WorkingCalendar) -> dict[str, Any]:
    """Art. 26: each dataset whose formation date (`formed`) is known, disclosed within 20
    working days of it? Disclosed: the day the first revision carrying that date was
    published (a later date is a change, which the article times the same way)."""
    formed = {d.id: parse_day(d.current_revision.metadata_json.get("formed"))
              for d in datasets if d.current_revision is not None}
    known = {dataset_id: day for dataset_id, day in formed.items() if day is not None}
    first: dict[str, dt.date] = {}
    if known:
        query = (select(Revision.dataset_id, Revision.decided_at,
                        Revision.metadata_json["formed"].as_string())
                 .where(Revision.dataset_id.in_(list(known)),
                        Revision.status.in_((RevisionStatus.PUBLISHED,
                                             RevisionStatus.SUPERSEDED)),
                        Revision.decided_at.is_not(None)))
        for dataset_id, decided_at, revision_formed in session.execute(query):
            if parse_day(revision_formed) != known[dataset_id]:
                continue
            day = china_day(decided_at)
            if dataset_id not in first or day < first[dataset_id]:
                first[dataset_id] = day
    by_id = {d.id: d for d in datasets if d.id in known}
    names = {i: (d.name, d.current_revision.metadata_json.get("title") or d.name)
             for i, d in by_id.items()}
    within = 0
    late, provisional = [], False
    for dataset_id, formed_on in sorted(known.items(), key=lambda item: names[item[0]]):
        disclosed = first.get(dataset_id) or china_day(by_id[dataset_id].current_revision
                                                       .decided_at)
        due = calendar.add_working_days(formed_on, PROACTIVE_DAYS)
        provisional |= due.provisional
        if disclosed <= due.date:
            within += 1
        else:
            name, title = names[dataset_id]
            late.append({"name": name, "title": title, "formed": formed_on.isoformat(),
                         "due": due.date.isoformat(), "disclosed": disclosed.isoformat(),
                         "working_days_late": len(calendar.working_days(due.date,
                                                                        disclosed))})
    return {
        "rule": "条例第二十六条: 自该政府信息形成或者变更之日起20个工作日内予以公开",
        "datasets_with_formation_date": len(known),
        "datasets_without_formation_date": len(formed) - len(known),
        "within_20_working_days": within,
        "late": len(late),
        "share_within": round(within / len(known), 3) if known else None,
        "provisional": provisional,
        "late_datasets": late,
    }
