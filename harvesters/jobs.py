"""Harvest sources and jobs: register a source, run it, keep the job's history."""

from __future__ import annotations

import datetime as dt
import logging
import tempfile
import threading
from collections import Counter, deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from catalog.actor import Actor
from catalog.audit import record
from catalog.context import Catalog
from catalog.db import transaction
from catalog.errors import CatalogError, NotFound
from catalog.housekeeping import clean_leftovers
from catalog.models import Dataset, Publisher, as_utc, utcnow
from catalog.pipeline import Publication, PublishOutcome, Ticket, preview
from catalog.withdrawal import source_datasets, source_stamps, withdraw
from harvesters.ahead import read_ahead
from harvesters.base import HarvestContext, Harvester, HarvestItem
from harvesters.models import HarvestJob, HarvestSource
from harvesters.network import GuardedSession
from harvesters.organizations import OrganizationPublishers
from harvesters.organizations import publisher_code as publisher_code_of
from harvesters.registry import harvester_class
from publishers.services import add_publisher

log = logging.getLogger(__name__)

Progress = Callable[[str, PublishOutcome | None, str | None], None]


# What a job counts (the JSON form of a job lists every one, zeros included)
COUNTS = ("added", "updated", "unchanged", "withdrawn", "held", "invalid", "errored")
# What a job's status may be ("partial": stopped at its limit, see run_harvest)
JOB_STATUSES = ("running", "finished", "partial", "failed")
HEARTBEAT = dt.timedelta(seconds=30)  # how often a running job says it is alive
STALE = dt.timedelta(minutes=5)       # a running job silent this long has died
FULL_EVERY = 7    # an incremental source is gathered whole every this many runs
BATCH = 50        # datasets whose revisions a harvest writes in one transaction
AHEAD = 16        # items a harvester gathers (and downloads) ahead of the job's publishing
SCHEDULES = {"hourly": dt.timedelta(hours=1), "daily": dt.timedelta(days=1),
             "weekly": dt.timedelta(weeks=1)}
# Safety valve: a full gather finding fewer than this share of the known datasets withdraws
# nothing (an outage or a broken page of the source is not a mass deletion)
KEEP_BELOW = 0.5
# Keys a source's configuration holds beside its type's own: its datasets go under their
# remote organisations' publishers; its own safety valve (instead of KEEP_BELOW)
BY_ORGANIZATION = "by_organization"
SAFETY_VALVE = "safety_valve"


@dataclass
class HarvestSummary:
    source: str
    job_id: str
    status: str
    counts: Counter[str] = field(default_factory=Counter)
    errors: list[dict[str, str]] = field(default_factory=list)  # [{"key", "message"}]

    def line(self) -> str:
        parts = ", ".join(f"{k} {v}" for k, v in sorted(self.counts.items()) if v) \
            or "nothing found"
        return f"{self.source}: {self.status} ({parts})"


def add_source(
    catalog: Catalog, name: str, type_name: str, publisher_code: str | None,
    config: dict[str, Any], schedule: str | None = None, safety_valve: float | None = None,
    *, actor: Actor | None = None,
) -> HarvestSource:
    """Register a harvest source; the config is checked by its harvester, and
    `govcat harvest --due` runs it on its schedule (hourly, daily, weekly; None: by hand).

    With a publisher, every dataset of the source is published under it. Without one (a
    portal's types only), each dataset goes under the publisher of its remote organisation,
    created when first seen; those with none under a publisher named after the source.

    safety_valve: the share of its known datasets a full gather must find for the missing
    ones to be withdrawn (KEEP_BELOW by default; 0 withdraws whatever is missing).

    Audited as actor's (default: the catalog itself)."""
    actor = actor or Actor.system()
    if not name or len(name) > 100:
        raise CatalogError("a source needs a name of at most 100 characters")
    if schedule is not None and schedule not in SCHEDULES:
        raise CatalogError(f"unknown schedule {schedule!r} (one of {', '.join(SCHEDULES)})")
    if safety_valve is not None and not 0 <= safety_valve <= 1:
        raise CatalogError(f"the safety valve is a share of the known datasets, from 0 to 1 "
                           f"(not {safety_valve})")
    harvester = harvester_class(type_name)
    checked = harvester.check_config(config)
    if safety_valve is not None:
        checked[SAFETY_VALVE] = safety_valve
    if publisher_code is None:
        if not getattr(harvester, "names_organizations", False):
            raise CatalogError(f"a {type_name} source needs --publisher (its datasets name no "
                               "organisation of their own)")
        if name in source_names(catalog):
            raise CatalogError(f"source {name!r} already exists")
        publisher_code = publisher_code_of(name)
        add_publisher(catalog, publisher_code, name, exist_ok=True, actor=actor)
        checked[BY_ORGANIZATION] = True
    with transaction(catalog.sessions) as session:
        publisher = session.scalar(select(Publisher).where(Publisher.code == publisher_code))
        if publisher is None:
            raise NotFound(f"unknown publisher {publisher_code!r}")
        if session.scalar(select(HarvestSource).where(HarvestSource.name == name)):
            raise CatalogError(f"source {name!r} already exists")
        source = HarvestSource(name=name, type=type_name, config=checked, publisher=publisher,
                               schedule=schedule)
        session.add(source)
        record(session, actor, "source.add", f"source:{name}", type=type_name,
               publisher=publisher_code)
        return source


def update_source(catalog: Catalog, name: str, config: dict[str, Any], *,
                  actor: Actor | None = None) -> None:
    """Give a source a new configuration of its type (checked as when it was added); what
    the source's own keys beside it say (its publishers, its safety valve) is kept."""
    with transaction(catalog.sessions) as session:
        source = session.scalar(select(HarvestSource).where(HarvestSource.name == name)
                                .with_for_update())
        if source is None:
            raise NotFound(f"unknown source {name!r} (see `govcat source list`)")
        checked = harvester_class(source.type).check_config(config)
        kept = {k: v for k, v in source.config.items() if k in (BY_ORGANIZATION, SAFETY_VALVE)}
        source.config = {**checked, **kept}
        record(session, actor or Actor.system(), "source.update", f"source:{name}")


def list_sources(catalog: Catalog) -> list[dict[str, Any]]:
    """Every source with its type, publisher, checked configuration and last job."""
    with catalog.sessions() as session:
        sources = session.scalars(select(HarvestSource).order_by(HarvestSource.name))
        return [
            {
                "name": s.name,
                "type": s.type,
                "publisher": s.publisher.code,
                "config": s.config,
                "schedule": s.schedule,
                "last_job": job_dict(s.jobs[-1], s.name) if s.jobs else None,
            }
            for s in sources
        ]


# What of a source's configuration is public: where a remote source reads, not a folder's
# path on the server (a folder may be named after a person)
_PUBLIC_CONFIG = ("url", "organizations", "groups")


def public_sources(catalog: Catalog) -> list[dict[str, Any]]:
    """Every source as the API shows it: name, type, publisher, remote address and filters,
    last job (no local paths; item keys and messages in jobs are screened already)."""
    return [{"name": s["name"], "type": s["type"], "publisher": s["publisher"],
             **{k: catalog.screen_label(v) if isinstance(v, str) else v
                for k, v in s["config"].items() if k in _PUBLIC_CONFIG},
             "last_job": s["last_job"]}
            for s in list_sources(catalog)]


def job_dict(job: HarvestJob, source_name: str) -> dict[str, Any]:
    """A job's JSON form: {"id", "source", "status", "started", "finished", "counts",
    "errors": [{"key", "message"}]}, times in ISO 8601 (UTC), every count present."""
    return {
        "id": job.id,
        "source": source_name,
        "status": job.status,
        "started": as_utc(job.started_at).isoformat(),
        "finished": as_utc(job.finished_at).isoformat() if job.finished_at else None,
        "counts": {name: int((job.counts or {}).get(name, 0)) for name in COUNTS},
        "errors": list(job.errors or []),
    }


def list_jobs(catalog: Catalog, source: str | None = None,
              limit: int = 100) -> list[dict[str, Any]]:
    """The newest jobs (of one source, or of all), newest first."""
    query = select(HarvestJob, HarvestSource.name).join(HarvestSource)
    if source is not None:
        if source not in source_names(catalog):
            raise NotFound(f"unknown source {source!r} (see `govcat source list`)")
        query = query.where(HarvestSource.name == source)
    with catalog.sessions() as session:
        rows = session.execute(query.order_by(HarvestJob.started_at.desc()).limit(limit))
        return [job_dict(job, name) for job, name in rows]


def show_job(catalog: Catalog, job_id: str) -> dict[str, Any]:
    """One job's JSON form (NotFound when there is no such job)."""
    with catalog.sessions() as session:
        row = session.execute(select(HarvestJob, HarvestSource.name).join(HarvestSource)
                              .where(HarvestJob.id == job_id)).first()
        if row is None:
            raise NotFound(f"no harvest job {job_id!r} (see `govcat jobs list`)")
        return job_dict(*row)


def run_harvest(catalog: Catalog, name: str, progress: Progress | None = None, *,
                full: bool = False, limit: int | None = None,
                actor: Actor | None = None) -> HarvestSummary:
    """Harvest one source. Each dataset is published (or not) atomically, so an interrupted
    harvest leaves every dataset at its old or its new revision (the revisions of up to BATCH
    datasets are written in one transaction; the others' failure writes them one by one,
    each dataset's error its own). A second
    harvest of a source while one runs is refused; a job whose heartbeat stopped is marked
    failed by the next run, never left running.

    After a full gather that finished (full: asked for, a source that cannot gather
    incrementally, or every FULL_EVERY runs), the datasets no longer at the source are
    withdrawn, unless the gather found fewer than KEEP_BELOW of the known ones.

    limit: stop after that many datasets. Such a job ends "partial": it withdraws nothing,
    and the next run gathers as if it had not happened.

    actor: who runs it (default: the catalog itself); the job is audited as theirs (its
    datasets' revisions are the job's, each recorded with it), and so are its withdrawals."""
    actor = actor or Actor.system()
    with transaction(catalog.sessions) as session:
        # the source's row is locked (PostgreSQL; SQLite serialises writing transactions), so
        # two runs cannot both find no live job and both start
        source = session.scalar(select(HarvestSource).where(HarvestSource.name == name)
                                .with_for_update())
        if source is None:
            raise NotFound(f"unknown source {name!r} (see `govcat source list`)")
        now = utcnow()
        for running in session.scalars(select(HarvestJob).where(
                HarvestJob.source_id == source.id, HarvestJob.status == "running")):
            beat = as_utc(running.heartbeat_at or running.started_at)
            if now - beat < STALE:
                raise CatalogError(f"source {name!r} is being harvested by job {running.id} "
                                   f"(alive at {beat:%Y-%m-%d %H:%M:%S} UTC): try again later")
            running.status, running.finished_at = "failed", now
            running.errors = [*(running.errors or []), {
                "key": "", "message": f"the job stopped (no heartbeat since "
                                      f"{beat:%Y-%m-%d %H:%M:%S} UTC)"}]
        plan = _plan(session, source, full=full)
        job = HarvestJob(source_id=source.id, status="running", heartbeat_at=now,
                         full=plan.full)
        session.add(job)
        session.flush()
        job_id = job.id
        record(session, actor, "source.harvest", f"source:{name}", job=job_id, full=plan.full)
    summary = HarvestSummary(source=name, job_id=job_id, status="running")
    clean_leftovers(catalog)
    publishers = OrganizationPublishers(catalog, plan.publisher_code) \
        if plan.by_organization else None
    with _gathering(catalog, plan) as (harvester, context), _Heartbeat(catalog, job_id):
        seen: set[str] = set()
        reports = _Reports(catalog, summary, progress)
        try:
            with Publication(catalog, batch=BATCH) as publication, \
                    read_ahead(_limited(harvester.gather(context), limit), AHEAD) as items:
                for item in items:
                    seen.add(catalog.source_key_digest(item.key))
                    code = publishers.code_for(item.record.provenance) \
                        if publishers is not None and item.record is not None \
                        else plan.publisher_code
                    reports.add(_harvest_item(catalog, publication, item, code,
                                              plan.source_id))
            reports.drain()
            complete = limit is None or len(seen) < limit
            if plan.full and complete:
                _withdraw_missing(catalog, plan.source_id, name, job_id, seen, summary,
                                  plan.keep_below, actor)
            summary.status = "finished" if complete else "partial"
        except Exception as exc:
            reports.drain()  # the datasets written before the failure count
            summary.status = "failed"
            summary.errors.append({"key": "", "message": _one_line(catalog, exc)})
            raise
        finally:
            _finish(catalog, job_id, summary)
    return summary


def dry_run(catalog: Catalog, name: str, progress: Progress | None = None, *,
            full: bool = False, limit: int | None = None) -> HarvestSummary:
    """What a harvest of the source would do, without doing it: each dataset gathered (its
    tables downloaded) is counted as it would be (added, updated, unchanged, invalid,
    errored; withdrawn after a full gather), and nothing is screened, stored or withdrawn.
    No job is recorded."""
    with catalog.sessions() as session:
        source = session.scalar(select(HarvestSource).where(HarvestSource.name == name))
        if source is None:
            raise NotFound(f"unknown source {name!r} (see `govcat source list`)")
        plan = _plan(session, source, full=full)
    summary = HarvestSummary(source=name, job_id="", status="dry run")
    with _gathering(catalog, plan) as (harvester, context):
        seen: set[str] = set()
        for item in _limited(harvester.gather(context), limit):
            seen.add(catalog.source_key_digest(item.key))
            key = catalog.screen_label(item.key)
            if item.record is None and not item.unchanged:
                error = catalog.screen_label(item.error or "unreadable")
                summary.counts["errored"] += 1
                summary.errors.append({"key": key, "message": error})
            else:
                verdict = "unchanged" if item.unchanged else \
                    preview(catalog, item.record, source_id=plan.source_id)
                summary.counts[verdict] += 1
            if progress:
                progress(key, None, summary.errors[-1]["message"]
                         if summary.errors and summary.errors[-1]["key"] == key else None)
        if plan.full and (limit is None or len(seen) < limit):
            known = source_datasets(catalog, plan.source_id)
            missing = [k for k in known if k not in seen]
            if missing and len(known) - len(missing) >= plan.keep_below * len(known):
                summary.counts["withdrawn"] = len(missing)
    return summary


@dataclass(frozen=True)
class _Plan:
    """What one run of a source does: how it gathers and whom it publishes under."""

    source_id: str
    source_name: str
    type_name: str
    config: dict[str, Any]
    publisher_code: str
    by_organization: bool
    full: bool  # a full gather (it may withdraw)
    last_success: dt.datetime | None  # for an incremental gather
    keep_below: float  # the safety valve


def _plan(session: Any, source: HarvestSource, *, full: bool) -> _Plan:
    """The run's plan: a full gather when asked, when the source cannot gather only what
    changed, or when none of the last FULL_EVERY - 1 finished jobs was full."""
    harvester = harvester_class(source.type)
    finished = list(session.scalars(
        select(HarvestJob).where(HarvestJob.source_id == source.id,
                                 HarvestJob.status == "finished")
        .order_by(HarvestJob.started_at.desc()).limit(FULL_EVERY)))
    full = full or not getattr(harvester, "incremental", False) or not any(
        j.full for j in finished[:FULL_EVERY - 1])
    last_success = None if full or not finished else as_utc(finished[0].started_at)
    return _Plan(source.id, source.name, source.type, dict(source.config), source.publisher.code,
                 bool(source.config.get(BY_ORGANIZATION)), full, last_success,
                 float(source.config.get(SAFETY_VALVE, KEEP_BELOW)))


@contextmanager
def _gathering(catalog: Catalog, plan: _Plan) -> Iterator[tuple[Harvester, HarvestContext]]:
    """The source's harvester and its context for one run."""
    harvester = harvester_class(plan.type_name)(plan.config, plan.source_name)
    # Downloads are raw (unscreened) content: they live in the job's own temporary folder,
    # outside GOVCAT_HOME, and are removed when the job ends, however it ends.
    with tempfile.TemporaryDirectory(prefix="govcat-harvest-") as workspace, \
            GuardedSession(allow_private=bool(plan.config.get("allow_private_network")),
                           min_interval=catalog.settings.harvest_interval) as http:
        yield harvester, HarvestContext(
            plan.source_name, http, Path(workspace), plan.last_success,
            catalog.settings.harvest_max_bytes, source_stamps(catalog, plan.source_id),
            catalog.source_key_digest,
            fetch_resources=plan.config.get("resources", "fetch") == "fetch")


def _limited(items: Iterator[HarvestItem], limit: int | None) -> Iterator[HarvestItem]:
    """The first limit items (all of them with None)."""
    for count, item in enumerate(items):
        if limit is not None and count >= limit:
            return
        yield item


def _withdraw_missing(catalog: Catalog, source_id: str, name: str, job_id: str,
                      seen: set[str], summary: HarvestSummary, keep_below: float,
                      actor: Actor) -> None:
    """After a complete full gather: withdraw the source's datasets it did not find, unless
    it found too few of them (then nothing is withdrawn, and the job says why)."""
    known = source_datasets(catalog, source_id)
    missing = [dataset_id for key, dataset_id in known.items() if key not in seen]
    if not missing:
        return
    found = len(known) - len(missing)
    if found < keep_below * len(known):
        summary.errors.append({"key": "", "message": (
            f"safety valve: the source listed {found} of its {len(known)} known datasets, "
            f"fewer than {keep_below:.0%}; nothing was withdrawn (check the source)")})
        return
    summary.counts["withdrawn"] += withdraw(
        catalog, missing, f"no longer at source {name} (harvest job {job_id})", actor=actor)


class _Heartbeat:
    """Refreshes a running job's heartbeat every HEARTBEAT from a thread of its own."""

    def __init__(self, catalog: Catalog, job_id: str) -> None:
        self.catalog, self.job_id = catalog, job_id
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._beat, name=f"heartbeat {job_id}",
                                       daemon=True)

    def __enter__(self) -> _Heartbeat:
        self.thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop.set()
        self.thread.join()

    def _beat(self) -> None:
        while not self.stop.wait(HEARTBEAT.total_seconds()):
            try:
                with transaction(self.catalog.sessions) as session:
                    job = session.get(HarvestJob, self.job_id)
                    if job is not None and job.status == "running":
                        job.heartbeat_at = utcnow()
            except Exception:  # a missed beat is not worth failing the harvest for
                log.warning("harvest job %s: heartbeat not recorded", self.job_id,
                            exc_info=True)


def _finish(catalog: Catalog, job_id: str, summary: HarvestSummary) -> None:
    """Record the job's end: status, counts and errors."""
    with transaction(catalog.sessions) as session:
        job = session.get(HarvestJob, job_id)
        assert job is not None
        job.status, job.finished_at = summary.status, utcnow()
        job.counts, job.errors = dict(summary.counts), summary.errors


@dataclass
class _Item:
    """One item of a job, as it is reported: its key (screened), and its outcome once
    known (a ticket of the job's Publication), or why the gather could not read it."""

    key: str
    ticket: Ticket | None = None
    error: str | None = None
    unchanged: bool = False


def _harvest_item(catalog: Catalog, publication: Publication, item: HarvestItem,
                  publisher_code: str, source_id: str) -> _Item:
    # The item's key (often a file name) and every message are screened before they are
    # kept in the job or shown: they may name a person.
    key = catalog.screen_label(item.key)
    if item.unchanged:
        return _Item(key, unchanged=True)
    if item.record is None:
        return _Item(key, error=catalog.screen_label(item.error or "unreadable"))
    return _Item(key, publication.add(item.record, publisher_code=publisher_code,
                                      source_id=source_id))


class _Reports:
    """Counts the items of a job and reports their progress in the order the gather found
    them, each when its outcome is known (a published dataset's when its batch is
    written)."""

    def __init__(self, catalog: Catalog, summary: HarvestSummary,
                 progress: Progress | None) -> None:
        self.catalog, self.summary, self.progress = catalog, summary, progress
        self.waiting: deque[_Item] = deque()

    def add(self, item: _Item) -> None:
        self.waiting.append(item)
        self.drain()

    def drain(self) -> None:
        """Report the items whose outcome is known, up to the first that waits."""
        while self.waiting and (self.waiting[0].ticket is None or self.waiting[0].ticket.done):
            self._report(self.waiting.popleft())

    def _report(self, item: _Item) -> None:
        summary, progress, key = self.summary, self.progress, item.key
        error, outcome = item.error, None
        if item.ticket is not None:
            if item.ticket.error is not None:
                error = _one_line(self.catalog, item.ticket.error)
            else:
                outcome = item.ticket.result()
        if item.unchanged:
            summary.counts["unchanged"] += 1
        elif outcome is None:
            summary.counts["errored"] += 1
            summary.errors.append({"key": key, "message": error or ""})
        else:
            summary.counts[_counted_as(outcome)] += 1
            if outcome.renamed_from:
                # the name is another source's (or another publisher's) dataset: a suffix
                # was added
                summary.errors.append({"key": key, "message": (
                    f"the name {outcome.renamed_from!r} is taken by another dataset: "
                    f"published as {outcome.dataset_name!r}")})
            if outcome.invalid:  # validations are screened by the pipeline
                # (a file still invalid is counted unchanged, and its errors said again)
                summary.errors.append({
                    "key": key,
                    "message": ("invalid (unchanged): " if outcome.status == "unchanged"
                                else "") + "; ".join(v.summary() for v in outcome.validations
                                                     if not v.valid),
                })
        if progress:
            progress(key, outcome, error)


def _counted_as(outcome: PublishOutcome) -> str:
    """The count an outcome adds to: a first revision published is added, a later one
    updated; held, invalid and unchanged are themselves."""
    if outcome.status == "published":
        return "added" if outcome.revision == 1 else "updated"
    if outcome.restored:
        return "updated"  # a withdrawn dataset back at its source
    return outcome.status


def _one_line(catalog: Catalog, exc: BaseException) -> str:
    """The error's message on one line, screened."""
    return catalog.screen_label(" ".join(str(exc).split()) or type(exc).__name__)


def remove_source(catalog: Catalog, name: str, *, actor: Actor | None = None) -> int:
    """Remove a source and its jobs; its datasets are withdrawn and keep their history (a
    source added again later restores them by name); how many were withdrawn. Refused while
    one of its jobs runs."""
    with transaction(catalog.sessions) as session:
        source = session.scalar(select(HarvestSource).where(HarvestSource.name == name)
                                .with_for_update())
        if source is None:
            raise NotFound(f"unknown source {name!r} (see `govcat source list`)")
        running = session.scalar(select(HarvestJob.id).where(
            HarvestJob.source_id == source.id, HarvestJob.status == "running",
            HarvestJob.heartbeat_at > utcnow() - STALE))
        if running is not None:
            raise CatalogError(f"source {name!r} is being harvested by job {running}: "
                               "remove it when the job has ended")
        source_id = source.id
    actor = actor or Actor.system()
    withdrawn = withdraw(catalog, source_datasets(catalog, source_id).values(),
                         f"source {name} was removed", actor=actor)
    with transaction(catalog.sessions) as session:
        for dataset in session.scalars(select(Dataset).where(Dataset.source_id == source_id)):
            dataset.source_id = None
        for job in session.scalars(select(HarvestJob).where(HarvestJob.source_id == source_id)):
            session.delete(job)
        source = session.get(HarvestSource, source_id)
        assert source is not None
        session.delete(source)
        record(session, actor, "source.remove", f"source:{name}", withdrawn=withdrawn)
    return withdrawn


def due_sources(catalog: Catalog, now: dt.datetime | None = None) -> list[str]:
    """The scheduled sources whose last job started a whole period ago (or never ran)."""
    now = now or utcnow()
    due = []
    with catalog.sessions() as session:
        for source in session.scalars(select(HarvestSource).where(
                HarvestSource.schedule.is_not(None)).order_by(HarvestSource.name)):
            last = session.scalar(select(HarvestJob.started_at).where(
                HarvestJob.source_id == source.id).order_by(HarvestJob.started_at.desc())
                .limit(1))
            period = SCHEDULES.get(source.schedule or "")
            if period is not None and (last is None or now - as_utc(last) >= period):
                due.append(source.name)
    return due


def source_publisher(catalog: Catalog, name: str) -> str:
    """The code of the publisher a source publishes under (NotFound)."""
    with catalog.sessions() as session:
        code = session.scalar(select(Publisher.code).join(
            HarvestSource, HarvestSource.publisher_id == Publisher.id)
            .where(HarvestSource.name == name))
        if code is None:
            raise NotFound(f"unknown source {name!r} (see `govcat source list`)")
        return code


def source_names(catalog: Catalog) -> list[str]:
    with catalog.sessions() as session:
        return list(session.scalars(select(HarvestSource.name).order_by(HarvestSource.name)))
