"""Search at scale: 100,000 datasets in the embedded catalog, served by `govcat serve`
(gunicorn), against Datasette serving an FTS5 table of the same records (issue 10's targets).

    make bench-search        # or: .venv/bin/python bench/search_bench.py [--datasets N]

What it does, in one run, in a fresh temporary catalog:

1. **Records.** bench/search_corpus.py generates realistic Chinese and English dataset
   metadata (titles such as 西湖区常住人口统计年报, descriptions, keywords, ~40 departments,
   the 20 themes, CSV/JSON tables and PDF/ZIP/XLSX/GEOJSON/XML links, licences, dates) and
   writes them into the catalog store as the pipeline writes published revisions: datasets,
   revisions, resources (the tables stored in the file store, content-addressed) and
   validation reports. The privacy screen is bypassed for these records: they are made of
   the word lists in search_corpus.py and hold no personal data. Nothing is indexed yet.
2. **Full reindex** through indexing.reindex, the search index rebuild of `govcat reindex`
   (which then repairs the row store, not measured here: these records have no row tables):
   datasets/s (target >= 2,000/s), and datasets per CPU-second of all its processes.
3. **govcat over HTTP.** `govcat serve` (gunicorn, GOVCAT_WEB_WORKERS at its default, one
   per CPU) on a free loopback port. A mix of requests (word queries in Chinese and English,
   facet filters on publisher, theme, format and licence, pages 2-10, and one request in ten
   through CKAN's package_search) is sent by bench/search_load.py, a separate process of
   keep-alive http.client connections:
   - **latency** (the target's p95 <= 30 ms): as many concurrent clients as CPUs, the load
     the server is meant for;
   - **throughput**: 8 concurrent clients, the server saturated; its requests/s is the
     figure compared with Datasette (its latencies include queueing).
   Each server is first warmed with the same mix for 30 s (WARM_SECONDS): the mix's 400
   requests repeat some 30 distinct words, as real search traffic repeats, so govcat's
   per-process memories (FTS matches while the index is unchanged, the records built from
   published revisions) are warm, as are SQLite's page caches of both. Beside each figure:
   the server's own CPU time per request (all its processes), which does not depend on what
   else the machine runs, and the machine's load average.
4. **Datasette**, installed by this bench in its own venv (bench/.cache/datasette-venv), serving
   an SQLite file with the same 100,000 records and an FTS5 table (title, title_en,
   description, keywords, publisher_name) as `sqlite-utils enable-fts` makes it, in immutable
   mode, with facet suggestions off and its time limits raised so that every answer is
   complete. The same mix through its JSON API: `_search=`, column filters,
   `_facet=publisher/theme/license` and `_facet_array=formats`, `_size=20`, and its `_next`
   tokens for pages. govcat's answers carry more (six facets, the datasets' full records).
   Ratio govcat/Datasette of requests/s at both loads (target >= 1).
5. **Recall** on 20 Chinese words (人口 inside 常住人口统计年报), each engine's hits over HTTP
   against the generator's ground truth (the datasets whose written text holds the word).
6. **Counts**: package_search through ckanapi against /api/v1/datasets for the same filters.

The machine is shared (2 CPUs here; other work may run): the 1-minute load average is
printed beside each phase. Everything runs on 127.0.0.1 and stops by itself.

`--only reindex --keep DIR` runs steps 1 and 2 only, reusing the store DIR holds from an
earlier run (`--keep DIR`, or `--only reindex --keep DIR` itself: it builds the store when
DIR has none). Its index is removed first, so the figure is of a rebuild from nothing as in
the whole run; a second rebuild then replaces the full index (what `govcat reindex` of a
catalog in use does). Beside each: CPU milliseconds per 1,000 datasets, the main process's
and its workers' apart, which hold whatever else the machine runs.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(ROOT), str(HERE)]

from procfs import load_average, tree_cpu_seconds, tree_rss_mib  # noqa: E402
from search_corpus import (  # noqa: E402
    CITY,
    PUBLISHERS,
    SUBJECTS,
    CatalogWriter,
    generate,
    resource_formats,
)

CACHE = HERE / ".cache"
DATASETTE_VENV = CACHE / "datasette-venv"
GOVCAT = Path(sys.executable).with_name("govcat")
BATCH = 2000
PER_PAGE = 20
# before measuring, each server gets the mix for this long: each worker meets each search
# (and loads what it keeps in memory), as a server in use has
WARM_SECONDS = 30.0

WORDS_ZH = ["人口", "常住人口", "养老保险", "公交", "学校", "空气质量", "财政", "旅游", "企业",
            "医疗", "降水", "耕地", "许可", "垃圾分类", "停车场", "年报", "图书馆", "幼儿园",
            "就业", "住房", "水质", "统计 人口", "西湖区 公交"]
WORDS_EN = ["population", "bus routes", "air quality", "insurance", "museums", "tax revenue",
            "parking", "kindergartens", "annual report", "water", "Xihu statistics"]
RECALL_WORDS = ["人口", "保险", "公交", "学校", "水质", "财政", "旅游", "企业", "医疗", "降水",
                "耕地", "许可", "垃圾", "停车", "图书馆", "幼儿园", "就业", "住房", "充电桩",
                "文物"]
THEMES = list(SUBJECTS)
FORMATS = ["CSV", "JSON", "PDF", "ZIP", "XLSX", "GEOJSON", "XML"]
LICENSES = ["CC-BY-4.0", "CC0-1.0", "CC-BY-SA-4.0", "ODbL-1.0", "PDDL-1.0"]


# -- helpers -----------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_listening(port: int, process: subprocess.Popen, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while True:
        if process.poll() is not None:
            raise SystemExit(f"the server exited with status {process.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise SystemExit(f"nothing listened on port {port} within {seconds:.0f} s") \
                    from None
            time.sleep(0.2)


def get_json(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=120) as response:
        return json.loads(response.read())


@contextmanager
def server(command: list[str], port: int, env: dict[str, str], log: Path):
    with log.open("wb") as out:
        process = subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT,
                                   start_new_session=True)
        try:
            wait_listening(port, process)
            yield process
        finally:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


def own_cpu_seconds() -> tuple[float, float]:
    """CPU time (user + system) of this process, and of its children that have ended."""
    import resource

    mine = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return mine.ru_utime + mine.ru_stime, children.ru_utime + children.ru_stime


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


# -- 1. records --------------------------------------------------------------------------------


def build(home: Path, count: int, datasette_db: Path) -> tuple[dict[str, set[str]], float]:
    """Write count generated datasets into a new catalog (and the Datasette file); return the
    ground truth of RECALL_WORDS (word -> dataset names) and the time the store took."""
    from api.store import init_catalog
    from catalog.settings import Settings

    catalog = init_catalog(Settings.from_env({}, home=str(home), secret_key="bench"))
    truth: dict[str, set[str]] = {word: set() for word in RECALL_WORDS}
    publisher_names = {code: name for code, name, _ in PUBLISHERS}
    conn = sqlite3.connect(datasette_db)
    conn.execute("""CREATE TABLE datasets (id INTEGER PRIMARY KEY, name TEXT, title TEXT,
        title_en TEXT, description TEXT, keywords TEXT, publisher TEXT, publisher_name TEXT,
        theme TEXT, formats TEXT, license TEXT, open_condition TEXT, modified TEXT)""")
    spent = 0.0
    try:
        writer = CatalogWriter(catalog)
        batch = []
        for item in generate(count):
            batch.append(item)
            name = f"ds-{item.index:06d}"
            for word in RECALL_WORDS:
                if word in item.text:
                    truth[word].add(name)
            if len(batch) == BATCH:
                spent += _write(writer, batch)
                _datasette_rows(conn, batch, publisher_names)
                batch = []
        if batch:
            spent += _write(writer, batch)
            _datasette_rows(conn, batch, publisher_names)
    finally:
        catalog.close()
    for column in ("publisher", "theme", "license", "modified"):
        conn.execute(f"CREATE INDEX datasets_{column} ON datasets ({column})")
    conn.execute("""CREATE VIRTUAL TABLE datasets_fts USING fts5(title, title_en, description,
        keywords, publisher_name, content="datasets", content_rowid="id")""")
    conn.execute("INSERT INTO datasets_fts (datasets_fts) VALUES ('rebuild')")
    conn.commit()
    conn.execute("VACUUM")
    conn.close()
    return truth, spent


def _write(writer: CatalogWriter, batch: list) -> float:
    began = time.perf_counter()
    writer.write(batch)
    return time.perf_counter() - began


def _datasette_rows(conn: sqlite3.Connection, batch: list, publisher_names: dict) -> None:
    rows = []
    for item in batch:
        meta = item.metadata
        rows.append((item.index + 1, f"ds-{item.index:06d}", meta["title"], meta["title_en"],
                     meta["description"], json.dumps(meta["keywords"], ensure_ascii=False),
                     item.publisher, CITY + publisher_names[item.publisher], meta["theme"],
                     json.dumps(resource_formats(item)), meta["license"],
                     meta["open_condition"], meta["modified"]))
    conn.executemany("INSERT INTO datasets VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)


def reindex(home: Path) -> tuple[int, float]:
    from api.store import open_catalog
    from catalog.indexing import reindex as rebuild
    from catalog.settings import Settings

    catalog = open_catalog(Settings.from_env({}, home=str(home), secret_key="bench"))
    try:
        began = time.perf_counter()
        count = rebuild(catalog)
        return count, time.perf_counter() - began
    finally:
        catalog.close()


def measured_reindex(home: Path, what: str) -> float:
    """Run the reindex, print its figures, and return its datasets/s."""
    mine, children = own_cpu_seconds()
    count, seconds = reindex(home)
    mine_after, children_after = own_cpu_seconds()
    mine, children = mine_after - mine, children_after - children
    cpu = mine + children
    rate = count / seconds
    print(f"{what}: {count:,} datasets in {seconds:.1f} s = {rate:,.0f} datasets/s   "
          f"[target >= 2,000/s]   (CPU time {cpu:.1f} s in all its processes = "
          f"{count / cpu:,.0f} datasets per CPU-second, {1e6 * cpu / count:.0f} CPU-ms per "
          f"1,000 datasets: main process {1e6 * mine / count:.0f}, workers "
          f"{1e6 * children / count:.0f}; load avg {load_average():.2f})", flush=True)
    return rate


def reindex_only(home: Path) -> None:
    """The full reindex from nothing (the index file removed first), then again over the
    full index."""
    from catalog.search.factory import INDEX_FILENAME

    for suffix in ("", "-wal", "-shm"):
        (home / f"{INDEX_FILENAME}{suffix}").unlink(missing_ok=True)
    measured_reindex(home, "full reindex (govcat reindex's search rebuild), from no index")
    measured_reindex(home, "full reindex again, replacing the full index")


# -- 2. the request mix ------------------------------------------------------------------------


def request_mix(seed: int = 7, size: int = 400) -> list[dict[str, Any]]:
    """Abstract requests: q, filters, page, and whether it goes through package_search."""
    rng = random.Random(seed)
    mix = []
    for _ in range(size):
        roll = rng.random()
        q, filters, page = "", {}, 1
        if roll < 0.35:
            q = rng.choice(WORDS_ZH) if rng.random() < 0.7 else rng.choice(WORDS_EN)
        elif roll < 0.55:
            q = rng.choice(WORDS_ZH) if rng.random() < 0.7 else rng.choice(WORDS_EN)
            filters = dict([_filter(rng)])
        elif roll < 0.75:
            filters = dict(_filter(rng) for _ in range(rng.choice((1, 2))))
        else:
            if rng.random() < 0.5:
                q = rng.choice(WORDS_ZH)
            else:
                filters = dict([_filter(rng)])
            page = rng.randint(2, 10)
        mix.append({"q": q, "filters": filters, "page": page, "ckan": rng.random() < 0.1})
    return mix


def _filter(rng: random.Random) -> tuple[str, str]:
    field = rng.choice(("publisher", "theme", "format", "license"))
    values = {"publisher": [code for code, _, _ in PUBLISHERS], "theme": THEMES,
              "format": FORMATS, "license": LICENSES}[field]
    return field, rng.choice(values)


CKAN_FIELDS = {"publisher": "organization", "theme": "groups", "format": "res_format",
               "license": "license_id"}


def govcat_path(request: dict[str, Any]) -> str:
    if request["ckan"]:
        from api.ckan.search import to_ckan_value

        fq = " ".join(f'{CKAN_FIELDS[k]}:"{to_ckan_value(CKAN_FIELDS[k], v)}"'
                      for k, v in request["filters"].items())
        params = {"q": request["q"], "fq": fq, "rows": PER_PAGE,
                  "start": (request["page"] - 1) * PER_PAGE,
                  "facet.field": json.dumps(list(CKAN_FIELDS.values()))}
        return "/api/3/action/package_search?" + urlencode(
            {k: v for k, v in params.items() if v not in ("", None)}, quote_via=quote)
    params = {"q": request["q"], **request["filters"]}
    if request["page"] > 1:
        params["page"] = request["page"]
    return "/api/v1/datasets?" + urlencode({k: v for k, v in params.items() if v},
                                           quote_via=quote)


def datasette_path(request: dict[str, Any], token: str | None = None) -> str:
    params: list[tuple[str, Any]] = []
    if request["q"]:
        params.append(("_search", request["q"]))
    for field, value in request["filters"].items():
        params.append(("formats__arraycontains", value) if field == "format" else (field, value))
    params += [("_facet", "publisher"), ("_facet", "theme"), ("_facet", "license"),
               ("_facet_array", "formats"), ("_size", PER_PAGE)]
    if token:
        params.append(("_next", token))
    return "/bench/datasets.json?" + urlencode(params, quote_via=quote)


def datasette_paths(port: int, mix: list[dict[str, Any]]) -> list[str]:
    """Datasette's paths of the mix: a page beyond the first needs the _next token of the
    page before (read here, before anything is measured)."""
    paths, tokens = [], {}
    for request in mix:
        token = None
        if request["page"] > 1:
            key = json.dumps([request["q"], request["filters"]], sort_keys=True)
            chain = tokens.setdefault(key, [None])
            while len(chain) < request["page"] and chain[-1] is not False:
                answer = get_json(f"http://127.0.0.1:{port}" + datasette_path(request, chain[-1]))
                chain.append(answer.get("next") or False)
            usable = [t for t in chain[:request["page"]] if t]
            token = usable[-1] if usable else None
        paths.append(datasette_path(request, token))
    return paths


# -- 3. load -----------------------------------------------------------------------------------


def load(port: int, paths: list[str], clients: int, seconds: float, work: Path,
         server_pid: int) -> dict[str, Any]:
    paths_file = work / "paths.json"
    paths_file.write_text(json.dumps(paths), encoding="utf-8")
    before = load_average()
    cpu = tree_cpu_seconds(server_pid)
    done = subprocess.run([sys.executable, str(HERE / "search_load.py"), "127.0.0.1",
                           str(port), str(clients), str(seconds), str(paths_file)],
                          capture_output=True, text=True, check=True, timeout=seconds + 300)
    cpu = tree_cpu_seconds(server_pid) - cpu
    result = json.loads(done.stdout)
    latencies = [ms for _, ms in result["requests"]]
    return {"clients": clients, "count": len(latencies), "failed": result["failed"],
            "failures": result["failures"], "rps": len(latencies) / result["elapsed"],
            "p50": percentile(latencies, 0.50), "p95": percentile(latencies, 0.95),
            "p99": percentile(latencies, 0.99), "load": (before + load_average()) / 2,
            "cpu_ms": 1000 * cpu / max(1, len(latencies)),
            "requests": result["requests"]}


def show(engine: str, figures: dict[str, Any]) -> None:
    print(f"  {engine:<10} {figures['clients']} clients: {figures['rps']:7.1f} req/s   "
          f"p50 {figures['p50']:6.1f} ms  p95 {figures['p95']:6.1f} ms  "
          f"p99 {figures['p99']:6.1f} ms   server CPU {figures['cpu_ms']:5.1f} ms/request   "
          f"({figures['count']} requests, {figures['failed']} failed; load avg "
          f"{figures['load']:.2f})")
    for failure in figures["failures"][:3]:
        print(f"      failed: {failure[:160]}")


# -- 4. recall ---------------------------------------------------------------------------------


def govcat_hits(port: int, word: str) -> set[str]:
    found: set[str] = set()
    page = 1
    while True:
        answer = get_json(f"http://127.0.0.1:{port}/api/v1/datasets?" + urlencode(
            {"q": word, "per_page": 100, "page": page, "sort": "name"}, quote_via=quote))
        found.update(d["name"] for d in answer["data"])
        if not answer["links"]["next"]:
            return found
        page += 1


def check_datasette_search(port: int, count: int) -> None:
    """Datasette found the FTS table: a search narrows the table."""
    found = get_json(f"http://127.0.0.1:{port}/bench/datasets.json?_search=population"
                     "&_size=1")
    if not 0 < found["filtered_table_rows_count"] < count:
        raise SystemExit("Datasette's _search did not search "
                         f"({found['filtered_table_rows_count']} rows)")


def datasette_hits(port: int, word: str) -> set[str]:
    found: set[str] = set()
    url = f"http://127.0.0.1:{port}/bench/datasets.json?" + urlencode(
        {"_search": word, "_col": "name", "_size": "max", "_shape": "objects"}, quote_via=quote)
    while url:
        answer = get_json(url)
        found.update(row["name"] for row in answer["rows"])
        url = answer.get("next_url")
    return found


# -- 5. counts ---------------------------------------------------------------------------------


def count_checks(port: int) -> list[str]:
    """package_search (ckanapi) and /api/v1/datasets counts for the same filters."""
    import ckanapi

    from api.ckan.search import to_ckan_value

    portal = ckanapi.RemoteCKAN(f"http://127.0.0.1:{port}")
    cases = [("人口", {}), ("", {"publisher": "stats"}), ("公交", {"theme": "工业交通"}),
             ("", {"format": "PDF", "license": "CC0-1.0"}), ("population", {"license": "ODbL-1.0"}),
             ("学校", {"publisher": "edu", "format": "CSV"})]
    lines = []
    for q, filters in cases:
        fq = " ".join(f'{CKAN_FIELDS[k]}:"{to_ckan_value(CKAN_FIELDS[k], v)}"'
                      for k, v in filters.items())
        ckan = portal.action.package_search(q=q, fq=fq, rows=0)["count"]
        v1 = get_json(f"http://127.0.0.1:{port}/api/v1/datasets?" + urlencode(
            {"q": q, **filters, "per_page": 1}, quote_via=quote))["total"]
        lines.append(f"  q={q!r:<14} {json.dumps(filters, ensure_ascii=False):<44} "
                     f"package_search {ckan:>6}  v1 {v1:>6}  {'same' if ckan == v1 else 'DIFFER'}")
    return lines


# -- Datasette's environment -------------------------------------------------------------------


def datasette() -> Path:
    """Datasette in the bench's own venv (made with pip on first use)."""
    binary = DATASETTE_VENV / "bin" / "datasette"
    if not binary.exists():
        print("installing Datasette into", DATASETTE_VENV, flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(DATASETTE_VENV)], check=True)
        subprocess.run([str(DATASETTE_VENV / "bin" / "pip"), "install", "--quiet", "datasette"],
                       check=True)
    return binary


# -- main --------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--datasets", type=int, default=100_000)
    parser.add_argument("--seconds", type=float, default=20.0, help="per load phase")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    parser.add_argument("--only", choices=("reindex",),
                        help="only the records and the full reindex (with --keep: reusing "
                             "the store the folder holds)")
    args = parser.parse_args()
    cpus = len(os.sched_getaffinity(0))
    work = args.keep or Path(tempfile.mkdtemp(prefix="govcat-search-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    home, datasette_db = work / "home", work / "bench.db"
    reuse = args.only == "reindex" and home.exists()
    if not reuse and (home.exists() or datasette_db.exists()):
        raise SystemExit(f"{work} already holds a run; give another --keep folder")
    binary = datasette() if args.only is None else None
    targets: list[tuple[str, bool, str]] = []
    try:
        print(f"search bench: {args.datasets:,} datasets, {cpus} CPUs, load avg "
              f"{load_average():.2f}", flush=True)
        if reuse:
            print(f"records: the store of {home} (from an earlier run)", flush=True)
        else:
            began = time.perf_counter()
            truth, store_seconds = build(home, args.datasets, datasette_db)
            print(f"records: written into the store in {store_seconds:.1f} s "
                  f"({args.datasets / store_seconds:,.0f} datasets/s; whole build with the "
                  f"Datasette file {time.perf_counter() - began:.1f} s; load avg "
                  f"{load_average():.2f})", flush=True)
        if args.only == "reindex":
            reindex_only(home)
            return

        rate = measured_reindex(home, "full reindex (govcat reindex's search rebuild)")
        targets.append(("full reindex >= 2,000 datasets/s", rate >= 2000, f"{rate:,.0f}/s"))

        mix = request_mix()
        results: dict[str, dict[int, dict[str, Any]]] = {}
        recall: dict[str, dict[str, set[str]]] = {}
        env = {**os.environ, "GOVCAT_HOME": str(home), "GOVCAT_SECRET_KEY": "bench"}
        for name in ("GOVCAT_DATABASE_URL", "GOVCAT_SEARCH_URL", "GOVCAT_WEB_WORKERS"):
            env.pop(name, None)
        port = free_port()
        print(f"\ngovcat serve (gunicorn, {cpus} workers) on 127.0.0.1:{port}; mix of "
              f"{len(mix)} requests ({sum(r['ckan'] for r in mix)} through package_search)",
              flush=True)
        with server([str(GOVCAT), "serve", "--port", str(port)], port, env,
                    work / "govcat.log") as process:
            paths = [govcat_path(request) for request in mix]
            # warm: each worker meets each search (see WARM_SECONDS)
            load(port, paths, cpus, min(WARM_SECONDS, 3 * args.seconds), work, process.pid)
            results["govcat"] = {clients: load(port, paths, clients, args.seconds, work,
                                               process.pid) for clients in (cpus, 8)}
            for figures in results["govcat"].values():
                show("govcat", figures)
            print(f"    resident memory of the server's processes: "
                  f"{', '.join(map(str, tree_rss_mib(process.pid)))} MiB")
            _kinds(results["govcat"][cpus], paths)
            recall["govcat"] = {word: govcat_hits(port, word) for word in RECALL_WORDS}
            counts = count_checks(port)

        port = free_port()
        print(f"\nDatasette (its own venv) on 127.0.0.1:{port}", flush=True)
        command = [str(binary), "serve", "-i", str(datasette_db), "--host", "127.0.0.1",
                   "--port", str(port), "--setting", "suggest_facets", "off",
                   "--setting", "sql_time_limit_ms", "20000",
                   "--setting", "facet_time_limit_ms", "20000",
                   "--setting", "default_page_size", str(PER_PAGE)]
        with server(command, port, dict(os.environ), work / "datasette.log") as process:
            check_datasette_search(port, args.datasets)
            paths = datasette_paths(port, mix)
            load(port, paths, cpus, min(WARM_SECONDS, 3 * args.seconds), work, process.pid)
            results["datasette"] = {clients: load(port, paths, clients, args.seconds, work,
                                                  process.pid) for clients in (cpus, 8)}
            for figures in results["datasette"].values():
                show("datasette", figures)
            print(f"    resident memory of Datasette: "
                  f"{', '.join(map(str, tree_rss_mib(process.pid)))} MiB")
            recall["datasette"] = {word: datasette_hits(port, word) for word in RECALL_WORDS}

        print("\nthroughput and latency, govcat against Datasette")
        for clients in (cpus, 8):
            ours, theirs = results["govcat"][clients], results["datasette"][clients]
            print(f"  {clients} clients: govcat {ours['rps']:.1f} req/s (p95 {ours['p95']:.1f}"
                  f" ms, {ours['cpu_ms']:.1f} CPU ms/request), Datasette {theirs['rps']:.1f} "
                  f"req/s (p95 {theirs['p95']:.1f} ms, {theirs['cpu_ms']:.1f} CPU ms/request):"
                  f" ratio of req/s {ours['rps'] / theirs['rps']:.2f}")
        p95 = results["govcat"][cpus]["p95"]
        targets.append((f"p95 <= 30 ms at {cpus} clients", p95 <= 30, f"{p95:.1f} ms"))
        ratio = results["govcat"][8]["rps"] / results["datasette"][8]["rps"]
        targets.append(("requests/s >= Datasette's (8 clients)", ratio >= 1, f"x{ratio:.2f}"))

        print("\nrecall on Chinese words (ground truth: the generator's text)")
        print(f"  {'word':<8}{'relevant':>9}{'govcat':>10}{'recall':>8}{'Datasette':>11}"
              f"{'recall':>8}")
        totals = {"govcat": 0, "datasette": 0}
        relevant_total = 0
        for word in RECALL_WORDS:
            relevant = truth[word]
            relevant_total += len(relevant)
            row = f"  {word:<8}{len(relevant):>9}"
            for engine in ("govcat", "datasette"):
                hits = recall[engine][word]
                found = len(hits & relevant)
                totals[engine] += found
                row += f"{len(hits):>10}{found / len(relevant) if relevant else 1:>8.3f}"
            print(row)
        print(f"  {'all':<8}{relevant_total:>9}{'':>10}"
              f"{totals['govcat'] / relevant_total:>8.3f}{'':>11}"
              f"{totals['datasette'] / relevant_total:>8.3f}")

        print("\npackage_search (ckanapi) and /api/v1/datasets, same filters")
        for line in counts:
            print(line)
        targets.append(("package_search counts = v1 counts", all("same" in x for x in counts),
                        f"{sum('same' in x for x in counts)}/{len(counts)} same"))

        print("\ntargets")
        for label, met, figure in targets:
            print(f"  {'MET    ' if met else 'NOT MET'} {label}: {figure}")
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


def _kinds(figures: dict[str, Any], paths: list[str]) -> None:
    """p95 of each kind of request at the latency load."""
    kinds: dict[str, list[float]] = {}
    for index, ms in figures["requests"]:
        path = paths[index]
        kind = ("package_search" if "package_search" in path else
                "page 2-10" if "page=" in path else
                "word + filter" if "q=" in path and "&" in path else
                "word" if "q=" in path else "filters")
        kinds.setdefault(kind, []).append(ms)
    print("    p95 by kind at that load: " + ", ".join(
        f"{kind} {percentile(values, 0.95):.1f} ms ({len(values)})"
        for kind, values in sorted(kinds.items())))


if __name__ == "__main__":
    main()
