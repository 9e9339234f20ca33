"""Harvest sources and jobs: register a source, run it, keep the job's history."""

from __future__ import annotations

import datetime as dt
import logging
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from catalog.context import Catalog
from catalog.db import transaction
from catalog.errors import CatalogError, NotFound
from catalog.housekeeping import clean_leftovers
from catalog.models import HarvestJob, HarvestSource, Publisher, utcnow
from catalog.pipeline import PublishOutcome, publish
from harvesters.base import HarvestContext, HarvestItem
from harvesters.network import GuardedSession
from harvesters.registry import harvester_class

log = logging.getLogger(__name__)

Progress = Callable[[str, PublishOutcome | None, str | None], None]


@dataclass
class HarvestSummary:
    source: str
    job_id: str
    status: str
    counts: Counter[str] = field(default_factory=Counter)
    errors: list[dict[str, str]] = field(default_factory=list)

    def line(self) -> str:
        parts = ", ".join(f"{k} {v}" for k, v in sorted(self.counts.items())) or "nothing found"
        return f"{self.source}: {self.status} ({parts})"


def add_source(
    catalog: Catalog, name: str, type_name: str, publisher_code: str, config: dict[str, Any]
) -> HarvestSource:
    """Register a harvest source of a publisher; the config is checked by its harvester."""
    if not name or len(name) > 100:
        raise CatalogError("a source needs a name of at most 100 characters")
    checked = harvester_class(type_name).check_config(config)
    with transaction(catalog.sessions) as session:
        publisher = session.scalar(select(Publisher).where(Publisher.code == publisher_code))
        if publisher is None:
            raise NotFound(f"unknown publisher {publisher_code!r}")
        if session.scalar(select(HarvestSource).where(HarvestSource.name == name)):
            raise CatalogError(f"source {name!r} already exists")
        source = HarvestSource(name=name, type=type_name, config=checked, publisher=publisher)
        session.add(source)
        return source


def list_sources(catalog: Catalog) -> list[dict[str, Any]]:
    with catalog.sessions() as session:
        sources = session.scalars(select(HarvestSource).order_by(HarvestSource.name))
        return [
            {
                "name": s.name,
                "type": s.type,
                "publisher": s.publisher.code,
                "config": s.config,
                "last_job": _job_dict(s.jobs[-1]) if s.jobs else None,
            }
            for s in sources
        ]


def _job_dict(job: HarvestJob) -> dict[str, Any]:
    return {
        "id": job.id,
        "status": job.status,
        "started_at": job.started_at.isoformat(),
        "finished_at": job.finished_at.isoformat() if job.finished_at else None,
        "counts": job.counts,
        "errors": job.errors,
    }


def run_harvest(catalog: Catalog, name: str, progress: Progress | None = None) -> HarvestSummary:
    """Harvest one source. Each dataset is published (or not) on its own, atomically, so an
    interrupted harvest leaves every dataset at its old or its new revision."""
    with transaction(catalog.sessions) as session:
        source = session.scalar(select(HarvestSource).where(HarvestSource.name == name))
        if source is None:
            raise NotFound(f"unknown source {name!r} (see `govcat source list`)")
        for stale in session.scalars(
            select(HarvestJob).where(
                HarvestJob.source_id == source.id, HarvestJob.status == "running"
            )
        ):
            stale.status, stale.finished_at = "interrupted", utcnow()
        job = HarvestJob(source_id=source.id, status="running")
        session.add(job)
        session.flush()
        source_id, job_id = source.id, job.id
        publisher_code = source.publisher.code
        harvester = harvester_class(source.type)(source.config, source.name)
        allow_private = bool(source.config.get("allow_private_network", False))
        last_success = session.scalar(
            select(HarvestJob.started_at).where(HarvestJob.source_id == source.id,
                                                HarvestJob.status == "finished")
            .order_by(HarvestJob.started_at.desc()).limit(1))
    summary = HarvestSummary(source=name, job_id=job_id, status="running")
    clean_leftovers(catalog)
    # Downloads are raw (unscreened) content: they live in the job's own temporary folder,
    # outside GOVCAT_HOME, and are removed when the job ends, however it ends.
    with tempfile.TemporaryDirectory(prefix="govcat-harvest-") as workspace, \
            GuardedSession(allow_private=allow_private) as http:
        context = HarvestContext(name, http, Path(workspace), _aware(last_success),
                                 catalog.settings.harvest_max_bytes)
        try:
            for item in harvester.gather(context):
                _harvest_item(catalog, item, publisher_code, source_id, summary, progress)
            summary.status = "finished"
        except Exception as exc:
            summary.status = "failed"
            summary.errors.append({"item": "", "error": _one_line(catalog, exc)})
            raise
        finally:
            _finish(catalog, job_id, summary)
    return summary


def _aware(moment: dt.datetime | None) -> dt.datetime | None:
    """A stored time as UTC (SQLite gives it back without its zone)."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=dt.UTC)


def _finish(catalog: Catalog, job_id: str, summary: HarvestSummary) -> None:
    """Record the job's end: status, counts and errors."""
    with transaction(catalog.sessions) as session:
        job = session.get(HarvestJob, job_id)
        assert job is not None
        job.status, job.finished_at = summary.status, utcnow()
        job.counts, job.errors = dict(summary.counts), summary.errors


def _harvest_item(
    catalog: Catalog,
    item: HarvestItem,
    publisher_code: str,
    source_id: str,
    summary: HarvestSummary,
    progress: Progress | None,
) -> None:
    # The item's key (often a file name) and every message are screened before they are
    # kept in the job or shown: they may name a person.
    key = catalog.screen_label(item.key)
    if item.record is None:
        error = catalog.screen_label(item.error or "unreadable")
        summary.counts["failed"] += 1
        summary.errors.append({"item": key, "error": error})
        if progress:
            progress(key, None, error)
        return
    try:
        outcome = publish(catalog, item.record, publisher_code=publisher_code, source_id=source_id)
    except CatalogError as exc:
        error = _one_line(catalog, exc)
        summary.counts["failed"] += 1
        summary.errors.append({"item": key, "error": error})
        if progress:
            progress(key, None, error)
        return
    summary.counts[outcome.status] += 1
    if outcome.status == "invalid":  # validations are screened by the pipeline
        summary.errors.append(
            {
                "item": key,
                "error": "; ".join(v.summary() for v in outcome.validations if not v.valid),
            }
        )
    if progress:
        progress(key, outcome, None)


def _one_line(catalog: Catalog, exc: BaseException) -> str:
    """The error's message on one line, screened."""
    return catalog.screen_label(" ".join(str(exc).split()) or type(exc).__name__)


def source_names(catalog: Catalog) -> list[str]:
    with catalog.sessions() as session:
        return list(session.scalars(select(HarvestSource.name).order_by(HarvestSource.name)))
