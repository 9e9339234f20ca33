"""What killed publishes leave under GOVCAT_HOME is removed; a stale index is repaired."""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from pathlib import Path

from api.app import create_app
from api.store import open_catalog
from catalog import pipeline
from catalog.housekeeping import clean_leftovers, working_directory
from catalog.intake import IntakeRecord, IntakeResource
from catalog.search import SearchQuery
from catalog.settings import Settings
from publishers.services import add_publisher


def record(path: Path) -> IntakeRecord:
    return IntakeRecord({"title": path.stem}, (IntakeResource(path, path.name),), str(path))


def _big_table(path: Path, rows: int = 60_000) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        handle.write("编号,备注\n")
        for i in range(rows):
            handle.write(f"{i},申请人反映小区路灯损坏已于3日内修复第{i}号\n")
    return path


def _publish_forever(settings, screener, path: Path) -> None:
    catalog = open_catalog(settings, screener)
    while True:
        pipeline.publish(catalog, record(path), publisher_code="stats")


def _age(path: Path, seconds: float) -> None:
    when = time.time() - seconds
    os.utime(path, (when, when))


def test_publishes_killed_mid_way_leave_nothing_after_the_next_one(catalog, tmp_path) -> None:
    """kill -9 during publishes: their working folders and partial outputs are removed."""
    add_publisher(catalog, "stats", "示例市统计局")
    catalog.screener.scanner.preload()
    tmp = catalog.settings.home / "tmp"
    context = multiprocessing.get_context("fork")
    made: list[Path] = []
    for attempt in range(3):
        path = _big_table(tmp_path / f"big{attempt}.csv")
        child = context.Process(target=_publish_forever,
                                args=(catalog.settings, catalog.screener, path))
        before = set(tmp.glob("*/*")) if tmp.exists() else set()
        child.start()
        deadline = time.monotonic() + 60
        while not set(tmp.glob("*/*")) - before and time.monotonic() < deadline:
            time.sleep(0.02)  # until it is screening into a working folder of its own
        os.kill(child.pid, signal.SIGKILL)
        child.join()
        made.extend({p.parent for p in set(tmp.glob("*/*")) - before})
    leftovers = [p for p in tmp.iterdir() if p.is_dir()]
    # Each child left a folder. A child that took over LOCK_GRACE_SECONDS to reach its own
    # (a loaded machine) may already have removed its predecessor's, as any publish does;
    # the last one's is always there.
    assert len(made) == 3 and made[-1] in leftovers
    assert set(leftovers) <= set(made) and all(any(p.iterdir()) for p in leftovers)
    for folder in leftovers:
        _age(folder, 10)  # older than the moment between making a folder and locking it
    small = tmp_path / "small.csv"
    small.write_text("区县,人数\n东城区,1\n", encoding="utf-8")
    assert pipeline.publish(catalog, record(small), publisher_code="stats").status == "published"
    assert [p for p in tmp.iterdir() if p.is_dir()] == []


def test_a_live_publish_is_never_cleaned_up(catalog) -> None:
    with working_directory(catalog) as folder:
        (folder / "partial.csv").write_text("x", encoding="utf-8")
        _age(folder, 3600 * 24)
        assert clean_leftovers(catalog).folders == 0
        assert (folder / "partial.csv").exists()


def test_orphaned_files_are_removed_at_start_up_but_not_while_a_publish_runs(catalog,
                                                                             tmp_path) -> None:
    add_publisher(catalog, "stats", "示例市统计局")
    kept = tmp_path / "t.csv"
    kept.write_text("区县,人数\n东城区,1\n", encoding="utf-8")
    pipeline.publish(catalog, record(kept), publisher_code="stats")
    orphan = tmp_path / "orphan.csv"  # stored, and the publish died before its commit
    orphan.write_text("masked,output\n", encoding="utf-8")
    stored = catalog.files.put(orphan)
    (tmp_path / "young.csv").write_text("just stored\n", encoding="utf-8")
    young = catalog.files.put(tmp_path / "young.csv")
    _age(catalog.files.path_for(stored.key), 7200)
    with working_directory(catalog):  # a publish is running: its files must not vanish
        assert clean_leftovers(catalog).files == 0
    create_app(catalog)  # start-up cleans
    assert not catalog.files.exists(stored.key)
    assert catalog.files.exists(young.key)  # too young to judge
    assert len(list(catalog.files.root.glob("??/??/*"))) == 2


def test_a_stale_index_is_repaired_after_the_next_publish(catalog, tmp_path) -> None:
    """A kill between commit and indexing left search one revision behind."""
    add_publisher(catalog, "stats", "示例市统计局")
    first = tmp_path / "first.csv"
    first.write_text("区县,人数\n东城区,1\n", encoding="utf-8")
    outcome = pipeline.publish(catalog, record(first), publisher_code="stats")
    catalog.search.delete(outcome.dataset_id)  # as if the process died before indexing
    assert catalog.search.search(SearchQuery()).total == 0
    second = tmp_path / "second.csv"
    second.write_text("区县,人数\n西城区,2\n", encoding="utf-8")
    pipeline.publish(catalog, record(second), publisher_code="stats")
    assert catalog.search.search(SearchQuery()).total == 2


def test_a_running_server_repairs_a_stale_index_periodically(catalog, tmp_path) -> None:
    settings = Settings.from_env({"GOVCAT_INDEX_REPAIR_SECONDS": "0.2"},
                                 home=str(catalog.settings.home), secret_key="k")
    catalog.settings = settings
    add_publisher(catalog, "stats", "示例市统计局")
    path = tmp_path / "t.csv"
    path.write_text("区县,人数\n东城区,1\n", encoding="utf-8")
    outcome = pipeline.publish(catalog, record(path), publisher_code="stats")
    client = create_app(catalog).test_client()
    catalog.search.delete(outcome.dataset_id)  # the index lags while the server runs
    time.sleep(0.3)
    assert client.get("/api/v1/datasets").get_json()["total"] == 1
