"""Harvest jobs: one at a time per source, no job left running, their JSON in CLI and API."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from api.app import create_app
from api.cli import main
from catalog.db import transaction
from catalog.errors import CatalogError
from catalog.models import utcnow
from harvesters.jobs import (
    COUNTS,
    STALE,
    add_source,
    list_jobs,
    list_sources,
    run_harvest,
    show_job,
    update_source,
)
from harvesters.models import HarvestJob, HarvestSource
from publishers.services import add_publisher


def _source(catalog, tmp_path: Path) -> Path:
    folder = tmp_path / "张伟的文件夹"  # a folder named after a person: never shown
    folder.mkdir()
    (folder / "schools.csv").write_text("区县,学校数\n东城区,51\n", encoding="utf-8")
    add_publisher(catalog, "edu", "示例市教育局")
    add_source(catalog, "drop", "directory", "edu", {"path": str(folder)})
    return folder


def _running_job(catalog, beat: dt.datetime) -> str:
    with transaction(catalog.sessions) as session:
        source = session.scalar(select(HarvestSource))
        job = HarvestJob(source_id=source.id, status="running", started_at=beat,
                         heartbeat_at=beat)
        session.add(job)
        session.flush()
        return job.id


def test_a_live_job_refuses_a_second_harvest_and_a_dead_one_is_failed(catalog, tmp_path):
    _source(catalog, tmp_path)
    live = _running_job(catalog, utcnow())
    with pytest.raises(CatalogError, match=f"being harvested by job {live}"):
        run_harvest(catalog, "drop")
    with transaction(catalog.sessions) as session:
        session.get(HarvestJob, live).heartbeat_at = utcnow() - STALE - dt.timedelta(seconds=1)
    summary = run_harvest(catalog, "drop")
    assert summary.status == "finished"
    dead = show_job(catalog, live)
    assert dead["status"] == "failed" and dead["finished"]
    assert "no heartbeat since" in dead["errors"][-1]["message"]


def test_the_json_form_of_a_job(catalog, tmp_path):
    _source(catalog, tmp_path)
    summary = run_harvest(catalog, "drop")
    [job] = list_jobs(catalog, "drop")
    assert set(job) == {"id", "source", "status", "started", "finished", "counts", "errors"}
    assert job["id"] == summary.job_id and job["source"] == "drop"
    assert tuple(job["counts"]) == COUNTS and job["counts"]["added"] == 1
    assert dt.datetime.fromisoformat(job["started"]).tzinfo is not None
    assert dt.datetime.fromisoformat(job["finished"]) >= dt.datetime.fromisoformat(job["started"])
    assert show_job(catalog, job["id"]) == job
    with pytest.raises(CatalogError, match="unknown source 'nope'"):
        list_jobs(catalog, "nope")


def test_jobs_in_the_cli_and_the_api(catalog, tmp_path, monkeypatch):
    folder = _source(catalog, tmp_path)
    run_harvest(catalog, "drop")
    run_harvest(catalog, "drop")
    monkeypatch.setenv("GOVCAT_HOME", str(catalog.settings.home))
    runner = CliRunner()
    listed = runner.invoke(main, ["jobs", "list", "--source", "drop", "--json"])
    assert listed.exit_code == 0, listed.output
    jobs = json.loads(listed.output)
    assert len(jobs) == 2 and jobs[0]["started"] >= jobs[1]["started"]  # newest first
    assert jobs[1]["counts"]["added"] == 1 and jobs[0]["counts"]["unchanged"] == 1
    shown = runner.invoke(main, ["jobs", "show", jobs[0]["id"]])
    assert shown.exit_code == 0 and "unchanged 1" in shown.output
    source_shown = runner.invoke(main, ["source", "show", "drop"])
    assert source_shown.exit_code == 0 and "张伟" not in source_shown.output  # screened path
    missing = runner.invoke(main, ["jobs", "show", "no-such-job"])
    assert missing.exit_code == 1 and "no harvest job" in missing.output

    client = create_app(catalog).test_client()
    sources = client.get("/api/v1/sources").get_json()
    assert sources["total"] == 1
    [source] = sources["data"]
    assert source["name"] == "drop" and source["type"] == "directory"
    assert source["last_job"]["id"] == jobs[0]["id"]
    served = json.dumps(sources, ensure_ascii=False) + client.get(
        "/api/v1/sources/drop/jobs").get_data(as_text=True)
    assert str(folder) not in served and "张伟" not in served  # no local path, no name
    assert client.get("/api/v1/sources/drop/jobs").get_json()["total"] == 2
    assert client.get("/api/v1/sources/nope/jobs").status_code == 404
    paths = client.get("/api/v1/openapi.json").get_json()["paths"]
    assert {"/api/v1/sources", "/api/v1/sources/{name}/jobs"} <= set(paths)


def test_scheduled_sources_are_harvested_when_due(catalog, tmp_path, monkeypatch):
    from harvesters.jobs import due_sources

    _source(catalog, tmp_path)
    other = tmp_path / "weekly"
    other.mkdir()
    (other / "parks.csv").write_text("区县,公园数\n东城区,12\n", encoding="utf-8")
    add_source(catalog, "weekly", "directory", "edu", {"path": str(other)}, schedule="weekly")
    with pytest.raises(CatalogError, match="unknown schedule 'monthly'"):
        add_source(catalog, "x", "directory", "edu", {"path": str(other)}, schedule="monthly")
    assert due_sources(catalog) == ["weekly"]  # "drop" has no schedule: run by hand only
    monkeypatch.setenv("GOVCAT_HOME", str(catalog.settings.home))
    runner = CliRunner()
    ran = runner.invoke(main, ["harvest", "--due"])
    assert ran.exit_code == 0 and "weekly: finished" in ran.output
    assert due_sources(catalog) == []
    assert due_sources(catalog, utcnow() + dt.timedelta(days=8)) == ["weekly"]
    again = runner.invoke(main, ["harvest", "--due"])
    assert again.exit_code == 0 and "no source is due" in again.output


def test_harvest_dry_run_and_limit_in_the_cli(catalog, tmp_path, monkeypatch):
    folder = _source(catalog, tmp_path)
    (folder / "clinics.csv").write_text("区县,诊所数\n东城区,12\n", encoding="utf-8")
    monkeypatch.setenv("GOVCAT_HOME", str(catalog.settings.home))
    runner = CliRunner()
    preview = runner.invoke(main, ["harvest", "drop", "--dry-run"])
    assert preview.exit_code == 0, preview.output
    assert "drop: dry run (added 2); nothing was changed" in preview.output
    assert list_jobs(catalog, "drop") == []
    limited = runner.invoke(main, ["harvest", "drop", "--limit", "1"])
    assert limited.exit_code == 0, limited.output
    assert "drop: partial (added 1)" in limited.output
    refused = runner.invoke(main, ["source", "add", "other", "--path", str(folder)])
    assert refused.exit_code == 1 and "needs --publisher" in refused.output


def test_a_source_s_configuration_is_updated_checked(catalog, tmp_path):
    folder = _source(catalog, tmp_path)
    other = tmp_path / "other"
    other.mkdir()
    add_source(catalog, "kept", "directory", "edu", {"path": str(folder)}, safety_valve=0.1)
    update_source(catalog, "kept", {"path": str(other)})
    [source] = [s for s in list_sources(catalog) if s["name"] == "kept"]
    assert source["config"]["path"] == str(other) and source["config"]["safety_valve"] == 0.1
    with pytest.raises(CatalogError, match="not a folder"):
        update_source(catalog, "kept", {"path": str(tmp_path / "missing")})
    with pytest.raises(CatalogError, match="unknown source"):
        update_source(catalog, "nope", {"path": str(other)})
