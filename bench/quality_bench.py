"""What the quality score costs when it is computed at read time (issue 12, item 8).

    make bench-quality        # or: .venv/bin/python bench/quality_bench.py [--datasets N]
                              #     [--store N]

In one run:

1. **Per dataset.** catalog.quality.assess over --datasets (100,000) generated datasets, the
   search bench's records (bench/search_corpus.py: titles, descriptions, keywords, dates,
   licences, update frequencies, CSV/JSON tables and PDF/ZIP/XLSX/GEOJSON/XML links), held in
   memory: microseconds per dataset, against the baseline of json.dumps of the same
   metadata (the least any read of a dataset's record costs: writing its JSON), and what
   scoring the 20 datasets of a v1 search page adds to it.
2. **The dashboard.** --store (20,000) of those datasets written into a fresh store as the
   pipeline writes published revisions, all under one publisher (the worst case: a
   department with that many datasets); publishers.dashboard.publisher_dashboard of it (best
   of three), against the baseline of loading the same datasets with their published
   revisions and resources (what the dashboard reads), and the whole against one score per
   dataset.

Everything runs in-process in a temporary folder, removed at the end.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

from search_corpus import STORED, CatalogWriter, generate  # noqa: E402

TODAY = dt.date(2026, 12, 3)
PUBLISHED = dt.date(2025, 6, 1)
PAGE = 20


def facts(item: Any) -> tuple[dict[str, Any], list[SimpleNamespace]]:
    """A generated dataset as the score reads a stored one: metadata and resources."""
    resources = []
    for resource in item.resources:
        if resource["kind"] == "stored":
            resources.append(SimpleNamespace(
                format=STORED[resource["table"] % len(STORED)], storage_key="sha256-…",
                table_schema={"fields": [{"name": "区县"}, {"name": "年份"}, {"name": "数值"}]},
                validation_status="valid"))
        else:
            resources.append(SimpleNamespace(format=resource["format"], storage_key=None,
                                             table_schema=None, validation_status="not_checked"))
    return {"name": f"ds-{item.index:06d}", **item.metadata}, resources


def per_dataset(count: int) -> None:
    from catalog.quality import assess

    prepared = [facts(item) for item in generate(count)]
    began = time.perf_counter()
    scores = [assess(meta, resources, PUBLISHED, TODAY).score for meta, resources in prepared]
    scoring = time.perf_counter() - began
    began = time.perf_counter()
    for meta, _ in prepared:
        json.dumps(meta, ensure_ascii=False)
    baseline = time.perf_counter() - began
    each, json_each = scoring / count * 1e6, baseline / count * 1e6
    print(f"1. score of {count:,} datasets: {scoring:.2f} s, {each:.1f} µs a dataset "
          f"(mean score {sum(scores) / count:.1f})")
    print(f"   baseline json.dumps of their metadata: {baseline:.2f} s, {json_each:.1f} µs a "
          f"dataset; ratio score/json {each / json_each:.2f}")
    print(f"   a search page of {PAGE}: {each * PAGE / 1000:.2f} ms of scores")


def dashboard(count: int, work: Path) -> None:
    from sqlalchemy import select
    from sqlalchemy.orm import selectinload

    from api.store import init_catalog
    from catalog.models import Dataset, Publisher, Revision
    from catalog.settings import Settings
    from publishers.dashboard import publisher_dashboard

    catalog = init_catalog(Settings.from_env({}, home=str(work / "home"), secret_key="bench"))
    try:
        writer = CatalogWriter(catalog)
        batch: list[Any] = []
        began = time.perf_counter()
        for item in generate(count):
            item.publisher = "stats"
            batch.append(item)
            if len(batch) == 2000:
                writer.write(batch)
                batch = []
        if batch:
            writer.write(batch)
        print(f"2. {count:,} datasets of one publisher written in "
              f"{time.perf_counter() - began:.1f} s")

        def load() -> int:
            with catalog.sessions() as session:
                publisher = session.scalar(select(Publisher.id).where(Publisher.code == "stats"))
                return len(list(session.scalars(
                    select(Dataset).where(Dataset.publisher_id == publisher,
                                          Dataset.current_revision_id.is_not(None))
                    .options(selectinload(Dataset.current_revision)
                             .selectinload(Revision.resources)))))

        loaded = best(load)
        found = {}

        def run() -> None:
            found.update(publisher_dashboard(catalog, "stats", today=TODAY))

        whole = best(run)
        assert found["datasets"]["total"] == count
        print(f"   dashboard: {whole:.2f} s (best of 3); baseline, loading the datasets with "
              f"their revisions and resources: {loaded:.2f} s; ratio {whole / loaded:.2f}")
        print(f"   {whole / count * 1e6:.0f} µs a dataset; quality mean "
              f"{found['quality']['mean']}, {found['overdue_updates']['count']:,} overdue")
    finally:
        catalog.close()


def best(func: Any, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        func()
        times.append(time.perf_counter() - began)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--datasets", type=int, default=100_000,
                        help="datasets scored in memory (default 100,000)")
    parser.add_argument("--store", type=int, default=20_000,
                        help="datasets of the dashboard's publisher (default 20,000; 0: skip)")
    args = parser.parse_args()
    per_dataset(args.datasets)
    if args.store:
        work = Path(tempfile.mkdtemp(prefix="govcat-quality-bench-"))
        try:
            dashboard(args.store, work)
        finally:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
