"""Row API benchmark: CKAN's datastore_search on a 1M-row resource, through the HTTP API,
against issue 11's target, and the row store's load time.

    .venv/bin/python bench/rows_bench.py [--rows 1000000] [--queries 400] [--seed N]
                                         [--database-url URL] [--json OUT]

A table of ``--rows`` rows and 8 columns (a running number, 13 districts, about 260 streets,
a year, a date, 20 categories, an amount, a flag; no personal data) is written as CSV and
published with ``catalog.pipeline.publish`` into a fresh catalog in a temporary
``GOVCAT_HOME`` (embedded defaults, or the store at ``--database-url``, a PostgreSQL URL, where
the row table then lives too). Printed: the whole publish (validate, screen, store, row
table), and the row table's build alone (dropped, then rebuilt from the screened file by the
row store's repair: reading and casting, the bulk load, the indexes).

Then ``govcat serve`` serves the catalog in a process of its own (its server is named from
the answer's ``Server`` header: Werkzeug is Flask's threaded server), and one client asks,
one request at a time, each timed from request to parsed answer:

1. target: ``datastore_search`` (a POST of JSON, as ckanapi sends it) with a filter on an
   indexed column (``区县``, each district ≈ 1/13 of the rows) and ``limit=100``, with the
   total (CKAN's default); target p95 ≤ 50 ms.
2. the same with a filter on the running number (one row), and on two indexed columns.
3. REST v1's rows endpoint with the target's filter.
4. baseline: the target's query with a filter on an unindexed column (the amount: a full
   scan), what every filter would cost without the row store's indexes.

Districts, streets and numbers rotate (a seeded draw), so no two consecutive queries are the
same. Each figure's p50, p95 and p99 are printed, the target's against 50 ms, with the
server process's CPU time a query (from /proc: what the query costs govcat, whatever else the
machine runs) and the machine's load average while querying.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from procfs import tree_cpu_seconds  # noqa: E402

TARGET_MS = 50.0
DISTRICTS = ("上城区", "拱墅区", "西湖区", "滨江区", "萧山区", "余杭区", "临平区", "钱塘区",
             "富阳区", "临安区", "桐庐县", "淳安县", "建德市")
CATEGORIES = tuple(f"类别{n:02d}" for n in range(20))
STREETS_PER_DISTRICT = 20
HEADER = ["编号", "区县", "街道", "年份", "统计日期", "类别", "金额", "已核验"]


def write_table(path: Path, rows: int, seed: int) -> None:
    """The benchmark's table: rows × 8 columns, reproducible from seed."""
    draw = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for number in range(1, rows + 1):
            district = DISTRICTS[number % len(DISTRICTS)]
            year = 2000 + number % 24
            writer.writerow([
                number, district, f"{district}第{draw.randrange(STREETS_PER_DISTRICT)}街道", year,
                f"{year}-{1 + number % 12:02d}-{1 + number % 28:02d}",
                CATEGORIES[draw.randrange(len(CATEGORIES))],
                f"{draw.uniform(0, 100000):.2f}", "true" if number % 3 else "false"])


def percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)

    def at(fraction: float) -> float:
        return ordered[min(len(ordered) - 1, max(0, round(fraction * len(ordered)) - 1))]

    return {"p50": statistics.median(ordered), "p95": at(0.95), "p99": at(0.99),
            "n": float(len(ordered))}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def publish_table(env: dict[str, str], path: Path, log: Callable[[str], None]
                  ) -> dict[str, Any]:
    """Publish the table into a fresh catalog; the publish and the row table's build timed."""
    from api.store import init_catalog
    from catalog import pipeline
    from catalog.intake import IntakeRecord, IntakeResource
    from catalog.models import RowTable
    from catalog.rowstore.sync import repair
    from catalog.settings import Settings
    from publishers.services import add_publisher

    catalog = init_catalog(Settings.from_env(env))
    try:
        add_publisher(catalog, "bench", "基准测试局")
        record = IntakeRecord({"name": "bench-rows", "title": "行级数据基准表"},
                              (IntakeResource(path, path.name),), str(path))
        started = time.perf_counter()
        outcome = pipeline.publish(catalog, record, publisher_code="bench")
        published = time.perf_counter() - started
        if outcome.status != "published":
            raise SystemExit(f"the bench table was not published: {outcome.summary()}")
        log(f"published in {published:.1f} s")
        with catalog.sessions() as session:
            [registered] = session.query(RowTable).all()
            resource_id, table = registered.resource_id, registered.table_name
            rows, indexed = registered.row_count, list(registered.indexed)
        with catalog.engine.begin() as connection:  # the row table alone, built again
            quoted = connection.dialect.identifier_preparer.quote(table)
            connection.exec_driver_sql(f"DROP TABLE {quoted}")
            connection.execute(RowTable.__table__.delete())
        started = time.perf_counter()
        repaired = repair(catalog.sessions, catalog.files)
        built = time.perf_counter() - started
        assert repaired.datasets == 1
        log(f"row table rebuilt in {built:.1f} s")
        return {"resource_id": resource_id, "rows": rows, "indexed": indexed,
                "publish_s": published, "build_s": built}
    finally:
        catalog.close()


class Server:
    """`govcat serve` on a free loopback port, in a process of its own."""

    def __init__(self, env: dict[str, str]) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        govcat = str(Path(sys.executable).with_name("govcat"))
        self.process = subprocess.Popen(
            [govcat, "serve", "--host", "127.0.0.1", "--port", str(self.port)],
            env={**os.environ, **env}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def wait(self, session: Any, seconds: float = 120) -> str:
        """Wait until it answers; the name of the server software."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit("govcat serve stopped before it answered")
            try:
                answer = session.get(f"{self.url}/api/3/action/status_show", timeout=5)
                return answer.headers.get("Server", "unknown")
            except OSError:
                time.sleep(0.2)
        raise SystemExit("govcat serve did not answer in time")

    def cpu_seconds(self) -> float:
        """The server's CPU time so far (user + system; gunicorn's workers included)."""
        return tree_cpu_seconds(self.process.pid)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def timed(server: Server, call: Callable[[Any], Any], check: Callable[[Any], bool],
          count: int) -> dict[str, float]:
    """The percentiles of count calls' milliseconds (each checked), and the server's CPU
    milliseconds a call."""
    samples = []
    cpu = server.cpu_seconds()
    for n in range(count):
        started = time.perf_counter()
        body = call(n)
        samples.append((time.perf_counter() - started) * 1000)
        if not check(body):
            raise SystemExit(f"a query answered wrongly: {json.dumps(body)[:300]}")
    return {**percentiles(samples), "server_cpu": (server.cpu_seconds() - cpu) * 1000 / count}


def measure(server: Server, resource_id: str, rows: int, queries: int, seed: int,
            session: Any) -> dict[str, dict[str, float]]:
    """The scenarios' latencies."""
    draw = random.Random(seed)
    url = server.url
    search = f"{url}/api/3/action/datastore_search"
    rest = f"{url}/api/v1/datasets/bench-rows/resources/{resource_id}/rows"
    districts = [draw.choice(DISTRICTS) for _ in range(queries)]
    numbers = [draw.randrange(1, rows + 1) for _ in range(queries)]
    streets = [(d, f"{d}第{draw.randrange(STREETS_PER_DISTRICT)}街道") for d in districts]

    def ckan(filters: dict[str, Any]) -> Any:
        answer = session.post(search, json={"resource_id": resource_id, "filters": filters,
                                            "limit": 100}, timeout=60)
        return answer.json()

    def full_page(body: Any) -> bool:
        result = body.get("result") or {}
        return body.get("success") is True and \
            len(result.get("records", [])) == min(100, result.get("total", -1))

    figures: dict[str, dict[str, float]] = {}
    timed(server, lambda n: ckan({"区县": districts[n % len(districts)]}), full_page, 20)
    figures["target"] = timed(server, lambda n: ckan({"区县": districts[n]}), full_page,
                              queries)
    figures["one row"] = timed(server, lambda n: ckan({"编号": numbers[n]}), full_page, queries)
    figures["two columns"] = timed(
        server, lambda n: ckan({"区县": streets[n][0], "街道": streets[n][1]}), full_page,
        queries)

    def rest_page(body: Any) -> bool:
        return len(body.get("data", [])) == min(100, body.get("total", -1))

    figures["rest"] = timed(server, lambda n: session.get(rest, params={
        "filters": json.dumps({"区县": districts[n]}, ensure_ascii=False), "limit": 100},
        timeout=60).json(), rest_page, queries)
    scans = max(10, queries // 20)
    amounts = [f"{draw.uniform(0, 100000):.2f}" for _ in range(scans)]
    figures["baseline"] = timed(server, lambda n: ckan({"金额": amounts[n]}),
                                lambda body: body.get("success") is True, scans)
    return figures


def run(args: argparse.Namespace, log: Callable[[str], None]) -> dict[str, Any]:
    import requests

    with tempfile.TemporaryDirectory(prefix="govcat-rows-bench-") as folder:
        home = Path(folder) / "home"
        env = {"GOVCAT_HOME": str(home), "GOVCAT_SECRET_KEY": "rows-bench"}
        if args.database_url:
            env["GOVCAT_DATABASE_URL"] = args.database_url
        table = Path(folder) / "bench-rows.csv"
        started = time.perf_counter()
        write_table(table, args.rows, args.seed)
        log(f"wrote {args.rows:,} rows in {time.perf_counter() - started:.1f} s")
        loaded = publish_table(env, table, log)
        server = Server(env)
        try:
            with requests.Session() as session:
                software = server.wait(session)
                log(f"serving with {software}")
                load = os.getloadavg()[0]
                figures = measure(server, loaded["resource_id"], loaded["rows"],
                                  args.queries, args.seed, session)
                load = max(load, os.getloadavg()[0])
        finally:
            server.stop()
    store = "PostgreSQL" if args.database_url else "SQLite (embedded)"
    return {"rows": loaded["rows"], "store": store, "server": software, **loaded,
            "load_average": load, "latency_ms": figures,
            "report": report(loaded, figures, store, software, load)}


def report(loaded: dict[str, Any], figures: dict[str, dict[str, float]], store: str,
           software: str, load: float) -> list[str]:
    rows = loaded["rows"]
    names = {
        "target": "datastore_search, filter 区县 (indexed), limit 100",
        "one row": "datastore_search, filter 编号 (indexed, one row)",
        "two columns": "datastore_search, filter 区县 + 街道 (both indexed)",
        "rest": "GET /api/v1/…/rows, filter 区县 (indexed), limit 100",
        "baseline": "baseline: datastore_search, filter 金额 (not indexed: a scan)",
    }
    lines = [f"row API on {rows:,} rows; store {store}; server {software} (govcat serve)",
             f"publish (validate + screen + store + row table): {loaded['publish_s']:.1f} s",
             f"row table build alone: {loaded['build_s']:.1f} s "
             f"({rows / loaded['build_s']:,.0f} rows/s; indexed: {', '.join(loaded['indexed'])})",
             f"machine: {os.cpu_count()} CPUs, load average {load:.1f} while querying "
             "(other work on it stretches every figure; the server's CPU time is its own)", ""]
    for key, name in names.items():
        figure = figures[key]
        lines.append(f"{name}: p50 {figure['p50']:.1f} ms, p95 {figure['p95']:.1f} ms, "
                     f"p99 {figure['p99']:.1f} ms; server CPU {figure['server_cpu']:.1f} ms "
                     f"a query ({figure['n']:.0f} queries)")
    target = figures["target"]["p95"]
    lines += ["", f"target: p95 {target:.1f} ms vs ≤ {TARGET_MS:.0f} ms → "
                  f"{target / TARGET_MS:.2f}× the bound: "
                  f"{'met' if target <= TARGET_MS else 'NOT met'}; the unindexed baseline's p95 "
                  f"is {figures['baseline']['p95'] / target:.0f}× the target query's"]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=400)
    parser.add_argument("--seed", type=int, default=20241203)
    parser.add_argument("--database-url", help="a PostgreSQL store (SQLAlchemy URL), empty")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    figures = run(args, log=lambda message: print(message, file=sys.stderr, flush=True))
    print("\n".join(figures["report"]))
    if args.json:
        args.json.write_text(json.dumps({k: v for k, v in figures.items() if k != "report"},
                                        ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
