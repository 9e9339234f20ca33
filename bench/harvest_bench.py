"""Harvest benchmark: a CKAN portal replayed locally, harvested end to end, against the targets
of issue 9.

    .venv/bin/python bench/harvest_bench.py [--datasets 800] [--fetch-datasets 200]
                                            [--runs 3] [--memory-factor 4] [--seed N]
                                            [--no-memory] [--json OUT]

The portal (``bench/ckan_replay.py``, a process of its own, so that serving it takes none of
the harvest's CPU) answers ``package_search`` with datasets made from the shared recording of
demo.ckan.org (``../shared/fixtures/ckan/demo_ckan_org_via_amsterdam_dcatd/packages.json``),
multiplied with their own ids, names, titles, descriptions, ``metadata_modified`` and
organisations, and serves each resource (a small CSV table, some naming a person with a
mobile number; or a PDF).

Every figure goes through ``harvesters.jobs.run_harvest`` on a fresh catalog in a temporary
``GOVCAT_HOME`` with the embedded defaults (SQLite store and FTS5 search, no other
``GOVCAT_*`` variable) but one: ``GOVCAT_HARVEST_INTERVAL=0``. The pause a harvest makes
between two requests to one host is politeness towards a remote portal, not work of govcat's,
and with the default 0.2 s it alone would bound every figure here (the floor it would set is
printed beside each). The source is added without a publisher (each dataset goes under its
remote organisation's publisher), with its default page size. Before anything is timed, each
process builds the privacy screen's analyzer and harvests a few datasets into a throwaway
catalog (loading what a first harvest loads: the search segmenter's dictionary, the name
model…); that cold start is printed, and the figures with it included. Each timing is the
median of ``--runs`` runs, a fresh catalog each.

1. metadata-only: a source with ``{"resources": "link"}`` (``--resources link``), its first
   harvest of ``--datasets`` datasets, every title, description, keyword, contact, link and
   provenance screened; target ≥ 200 datasets/s.
2. unchanged re-harvest: the same source harvested again with ``full=True`` (every dataset is
   listed again, none has changed); target ≥ 1,000 datasets/s.
3. peak memory: the metadata-only harvest of ``--datasets`` and of ``--memory-factor`` times as
   many datasets, each in a child process of its own. The peak is the process's peak resident
   set (``VmHWM`` of ``/proc/self/status``), reset (``/proc/self/clear_refs``) just before the
   harvest starts, so it is the harvest's own peak on top of the analyzer, the imports and
   what a first harvest loads; the harvest's growth is that peak less the resident set before
   it. Before it, the child harvests the same portal into a throwaway catalog: what a process
   keeps, bounded, would otherwise fill during the measured harvest and pass for its growth
   (each SQLite connection's 2 MB of pages, compiled statements, the interpreter's own
   tables). Target: flat, i.e. the larger harvest's growth exceeds the smaller one's by at
   most 2 KB per additional dataset: what a job must keep of every dataset (the keys it saw, for
   withdrawals; the ids the index repair compares) and nothing more. Keeping the datasets
   themselves (a page's dicts, ORM objects, search documents) costs 10 KB or more each.
4. ``--resources fetch`` on ``--fetch-datasets`` datasets: every CSV is downloaded, validated
   (Frictionless) and screened by the harvest, and so is every dataset's metadata. Then the
   same checks are done alone, on the same content, dataset by dataset: its metadata read
   and screened (``catalog.metadata.load_metadata`` and ``catalog.pipeline.screen_metadata``
   of the CKAN crosswalk's record), its CSV files (written locally) validated
   (``catalog.pipeline.validate_intake``, the pipeline's validation of a record's files) and
   screened (``Screener.screen_file`` with the catalog's screen). Target: the
   harvest is bounded by those content checks, not by its bookkeeping (downloads, the
   store, the file store, the search index, the job): its datasets/s at least half of the
   content checks' alone, i.e. the bookkeeping takes at most as long as the checks (each
   run's harvest against its own checks, run just after it; the median of the runs). Each
   part is printed, and the harvest's ratio to the files' screen alone.

A run whose harvest errs, or counts other than expected, stops the bench (a fast wrong harvest
is no figure).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BENCH = Path(__file__).resolve().parent
for _path in (ROOT, BENCH):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

import ckan_replay  # noqa: E402 - after the path

from api.store import init_catalog, open_catalog  # noqa: E402
from catalog.context import Catalog  # noqa: E402
from catalog.crosswalk.ckan import from_ckan  # noqa: E402
from catalog.intake import IntakeRecord, IntakeResource  # noqa: E402
from catalog.metadata import load_metadata  # noqa: E402
from catalog.pipeline import screen_metadata, validate_intake  # noqa: E402
from catalog.settings import Settings  # noqa: E402
from harvesters.ckan import PAGE_ROWS  # noqa: E402
from harvesters.jobs import HarvestSummary, add_source, run_harvest  # noqa: E402
from harvesters.network import MIN_INTERVAL  # noqa: E402
from privacy import Screener  # noqa: E402

TARGET_LINK = 200.0         # datasets/s, metadata-only harvest
TARGET_UNCHANGED = 1000.0   # datasets/s, unchanged re-harvest
TARGET_MEMORY_SLOPE = 2.0  # KB more growth per additional dataset, at most
TARGET_CONTENT_SHARE = 0.5  # fetch harvest datasets/s / the same files' checks alone, at least
SOURCE = "bench-ckan"
WARM_UP_DATASETS = 12


@dataclass
class Timed:
    """One measured harvest: how many datasets, how long, what the job counted."""

    datasets: int
    seconds: float
    counts: dict[str, int] = field(default_factory=dict)
    cpu_seconds: float = 0.0  # of the process, every thread

    @property
    def rate(self) -> float:
        return self.datasets / self.seconds if self.seconds else float("inf")


# ------------------------------------------------------------------------ the portal


@contextmanager
def replayed_portal(seed: int) -> Iterator[str]:
    """bench/ckan_replay.py in a process of its own; yields its base URL."""
    process = subprocess.Popen([sys.executable, str(BENCH / "ckan_replay.py"), "--seed",
                                str(seed)], stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        base = process.stdout.readline().strip()
        if not base.startswith("http://"):
            raise RuntimeError("the replayed portal did not start")
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


def portal_url(base: str, datasets: int) -> str:
    return f"{base}/n/{datasets}"


# ------------------------------------------------------------------------ catalogs


def bench_settings(home: Path) -> Settings:
    """The embedded defaults in home, no pause between requests (see the module's docstring);
    no GOVCAT_* variable of the caller's applies."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith("GOVCAT_")}
    return Settings.from_env(environ, home=str(home), harvest_interval="0")


def build_screener(settings: Settings) -> tuple[Screener, float]:
    """The catalog's default screen with its analyzer built; how long the build took."""
    started = time.perf_counter()
    screener = Screener(review_threshold=settings.review_threshold,
                        workers=settings.screen_workers, limits=settings.table_limits)
    screener.screen_text("张伟 13812345678")  # builds the analyzer and the scanner
    return screener, time.perf_counter() - started


def warm_up(base: str, screener: Screener) -> float:
    """A first harvest in this process (a throwaway catalog): how long it took."""
    started = time.perf_counter()
    with fresh_catalog(screener) as catalog:
        add_bench_source(catalog, portal_url(base, WARM_UP_DATASETS), "fetch")
        timed_harvest(catalog, WARM_UP_DATASETS)
    return time.perf_counter() - started


@contextmanager
def fresh_catalog(screener: Screener) -> Iterator[Catalog]:
    """A new, empty catalog in a temporary GOVCAT_HOME, sharing screener's analyzer."""
    with tempfile.TemporaryDirectory(prefix="govcat-harvest-bench-") as home:
        settings = bench_settings(Path(home) / "home")
        init_catalog(settings).close()
        catalog = open_catalog(settings, screener)
        try:
            yield catalog
        finally:
            catalog.close()


def timed_harvest(catalog: Catalog, datasets: int, *, full: bool = False) -> Timed:
    started, cpu = time.perf_counter(), time.process_time()
    summary = run_harvest(catalog, SOURCE, full=full)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    return Timed(datasets, seconds, _checked(summary, datasets), cpu)


def _checked(summary: HarvestSummary, datasets: int) -> dict[str, int]:
    """The job's counts; an error when it did not harvest every dataset cleanly."""
    counts = {k: v for k, v in summary.counts.items() if v}
    done = sum(counts.get(k, 0) for k in ("added", "updated", "unchanged", "held"))
    if summary.status != "finished" or done != datasets:
        raise RuntimeError(f"the harvest did not go as expected: {summary.status}, {counts}, "
                           f"errors {summary.errors[:3]}")
    return counts


def add_bench_source(catalog: Catalog, url: str, resources: str) -> None:
    add_source(catalog, SOURCE, "ckan", None,
               {"url": url, "resources": resources, "allow_private_network": True})


# ------------------------------------------------------------------------ measurements


def measure_link(base: str, datasets: int, screener: Screener) -> tuple[Timed, Timed]:
    """A metadata-only harvest of a fresh catalog, then its unchanged full re-harvest."""
    with fresh_catalog(screener) as catalog:
        add_bench_source(catalog, portal_url(base, datasets), "link")
        first = timed_harvest(catalog, datasets)
        second = timed_harvest(catalog, datasets, full=True)
    if second.counts.get("unchanged") != datasets:
        raise RuntimeError(f"the re-harvest found changes: {second.counts}")
    return first, second


@dataclass
class FetchRun:
    """A --resources fetch harvest, and the same content checked alone (seconds)."""

    harvest: Timed
    files: int
    files_screened: float
    files_validated: float
    metadata_screened: float
    content_cpu_seconds: float  # the three, CPU time

    @property
    def content_seconds(self) -> float:
        return self.files_screened + self.files_validated + self.metadata_screened


def measure_fetch(base: str, datasets: int, screener: Screener, workdir: Path) -> FetchRun:
    """A harvest fetching every CSV; then its content checked alone, dataset by dataset as
    the harvest goes (a loop of one kind of check alone runs faster than any harvest could):
    its metadata screened, its CSV files validated, then screened."""
    with fresh_catalog(screener) as catalog:
        add_bench_source(catalog, portal_url(base, datasets), "fetch")
        harvest = timed_harvest(catalog, datasets)
        portal = ckan_replay.Portal(ckan_replay.load_recording(), datasets, base)
        packages = [portal.package(index) for index in range(datasets)]
        files = [_write_resources(package, workdir) for package in packages]
        limits = catalog.settings.table_limits
        parts = {"metadata": 0.0, "validated": 0.0, "screened": 0.0}

        def timed(part: str, check: Callable[[], object]) -> None:
            started = time.perf_counter()
            check()
            parts[part] += time.perf_counter() - started

        cpu = time.process_time()
        for package, paths in zip(packages, files, strict=True):
            timed("metadata", lambda p=package: screen_metadata(
                catalog.screener, load_metadata(from_ckan(p).metadata)))
            for path in paths:
                record = IntakeRecord({}, (IntakeResource(path, path.name),), str(path))
                timed("validated", lambda r=record: _valid(validate_intake(r, limits)))
                timed("screened", lambda f=path: catalog.screener.screen_file(
                    f, f.with_suffix(".screened.csv")))
        cpu = time.process_time() - cpu
    return FetchRun(harvest, sum(map(len, files)), parts["screened"], parts["validated"],
                    parts["metadata"], cpu)


def _valid(validations: list[Any]) -> None:
    if not all(v.valid for v in validations):
        raise RuntimeError("a replayed CSV file is invalid")


def _write_resources(package: dict[str, Any], workdir: Path) -> list[Path]:
    """The CSV files of a portal's dataset, as the portal serves them."""
    files = []
    for resource in package["resources"]:
        name = resource["url"].rsplit("/", 1)[1]
        if name.endswith(".csv"):
            body, _ = ckan_replay.resource_body(name)
            path = workdir / name
            path.write_bytes(body)
            files.append(path)
    return files


def measure_memory(base: str, datasets: int) -> dict[str, float]:
    """The metadata-only harvest's memory in a child process of its own (see --child)."""
    output = subprocess.run(
        [sys.executable, __file__, "--child-memory", str(datasets), "--url", base],
        check=True, capture_output=True, text=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def _status_kb(name: str) -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(name + ":"):
                return int(line.split()[1])
    raise RuntimeError(f"no {name} in /proc/self/status")


def child_memory(base: str, datasets: int) -> dict[str, float]:
    """In a fresh process: the analyzer built, the portal harvested once into a throwaway
    catalog (the process's bounded caches filled), the peak resident set reset, then the
    metadata-only harvest measured; its peak and the resident set before it (MB)."""
    with tempfile.TemporaryDirectory(prefix="govcat-harvest-bench-") as home:
        settings = bench_settings(Path(home) / "home")
        screener, _ = build_screener(settings)
        warm_up(base, screener)
        with fresh_catalog(screener) as primer:
            add_bench_source(primer, portal_url(base, datasets), "link")
            timed_harvest(primer, datasets)
        init_catalog(settings).close()
        catalog = open_catalog(settings, screener)
        try:
            add_bench_source(catalog, portal_url(base, datasets), "link")
            with open("/proc/self/clear_refs", "w", encoding="ascii") as clear:
                clear.write("5")  # VmHWM := VmRSS (Linux ≥ 4.0)
            before = _status_kb("VmRSS")
            timed = timed_harvest(catalog, datasets)
            peak = _status_kb("VmHWM")
        finally:
            catalog.close()
    return {"datasets": datasets, "rss_before_mb": before / 1024, "peak_mb": peak / 1024,
            "growth_mb": (peak - before) / 1024, "seconds": timed.seconds}


# ------------------------------------------------------------------------ the report


def verdict(value: float, target: float, *, at_most: bool = False) -> str:
    """'met, 1.27×' (how far within the target) or 'NOT met, 0.80×'."""
    if at_most and value <= 0:
        return "met, no growth"
    met = value <= target if at_most else value >= target
    ratio = target / value if at_most else value / target
    return f"{'met' if met else 'NOT met'}, {ratio:.2f}×"


def rate_line(label: str, runs: list[Timed], target: float | None = None) -> tuple[str, float]:
    """'label: N datasets in S s = R datasets/s (target ≥ T: met, X×)', the median run."""
    seconds = statistics.median(t.seconds for t in runs)
    rate = runs[0].datasets / seconds
    line = (f"{label}: {runs[0].datasets} datasets in {seconds:.2f} s = {rate:,.0f} datasets/s")
    if target is not None:
        line += f" (target ≥ {target:,.0f}: {verdict(rate, target)})"
    line += f"  [runs: {', '.join(f'{t.seconds:.2f}' for t in runs)} s]"
    return line, rate


def pacing_floor(requests: int, datasets: int) -> str:
    """What the default pause between requests alone would allow."""
    seconds = max(requests - 1, 0) * MIN_INTERVAL
    rate = f"{datasets / seconds:,.0f} datasets/s" if seconds else "no bound"
    return (f"  at the default GOVCAT_HARVEST_INTERVAL ({MIN_INTERVAL:g} s), {requests} request(s) "
            f"to the portal would take ≥ {seconds:.1f} s: at most {rate}")


def run(args: argparse.Namespace, log: Callable[[str], None]) -> dict[str, Any]:
    settings = bench_settings(Path(tempfile.gettempdir()) / "unused-govcat-home")
    log("building the privacy screen's analyzer …")
    screener, build_seconds = build_screener(settings)
    figures: dict[str, Any] = {"analyzer_build_seconds": build_seconds, "runs": args.runs,
                               "cpus": os.cpu_count()}
    met: dict[str, bool] = {}
    pages = -(-args.datasets // PAGE_ROWS)
    with replayed_portal(args.seed) as base:
        log("a first harvest in this process (cold start) …")
        cold = build_seconds + warm_up(base, screener)
        figures["cold_start_seconds"] = cold
        lines = [f"medians of {args.runs} runs on {os.cpu_count()} CPUs, load average "
                 f"{os.getloadavg()[0]:.2f} at start; cold start (the screen's analyzer, then "
                 f"a first harvest of {WARM_UP_DATASETS} datasets) {cold:.1f} s, not in the "
                 "figures"]
        links, unchanged = [], []
        for number in range(args.runs):
            log(f"metadata-only harvest and unchanged re-harvest of {args.datasets}, run "
                f"{number + 1} …")
            first, second = measure_link(base, args.datasets, screener)
            links.append(first)
            unchanged.append(second)
        line, rate = rate_line("metadata-only (link)", links, TARGET_LINK)
        lines += [line, f"  counts: {links[0].counts}"]
        with_cold = args.datasets / (statistics.median(t.seconds for t in links) + cold)
        lines.append(f"  with the cold start included (a first `govcat harvest` in a new "
                     f"process): {with_cold:,.0f} datasets/s")
        lines.append(pacing_floor(pages, args.datasets))
        met["metadata-only"] = rate >= TARGET_LINK
        line, rate_unchanged = rate_line("unchanged re-harvest (full)", unchanged,
                                         TARGET_UNCHANGED)
        lines += [line, f"  counts: {unchanged[0].counts}", pacing_floor(pages, args.datasets)]
        met["unchanged"] = rate_unchanged >= TARGET_UNCHANGED
        figures["link"] = [asdict(t) for t in links]
        figures["unchanged"] = [asdict(t) for t in unchanged]

        if not args.no_memory:
            big = args.datasets * args.memory_factor
            log(f"memory: metadata-only harvests of {args.datasets} and {big} in child "
                "processes …")
            small_mem = measure_memory(base, args.datasets)
            big_mem = measure_memory(base, big)
            slope = (big_mem["growth_mb"] - small_mem["growth_mb"]) * 1024 / (big - args.datasets)
            lines.append(
                f"peak memory (VmHWM, reset before the harvest): {args.datasets} datasets "
                f"{small_mem['peak_mb']:.0f} MB, {big} datasets {big_mem['peak_mb']:.0f} MB "
                f"(ratio {big_mem['peak_mb'] / small_mem['peak_mb']:.2f}); the harvest's "
                f"growth over the resident set before it ({small_mem['rss_before_mb']:.0f} and "
                f"{big_mem['rss_before_mb']:.0f} MB): {small_mem['growth_mb']:.1f} MB and "
                f"{big_mem['growth_mb']:.1f} MB, {slope:.2f} KB more per additional dataset "
                f"(target flat, ≤ {TARGET_MEMORY_SLOPE:g} KB: "
                f"{verdict(slope, TARGET_MEMORY_SLOPE, at_most=True)})")
            lines.append(f"  (those harvests took {small_mem['seconds']:.1f} s and "
                         f"{big_mem['seconds']:.1f} s: {args.datasets / small_mem['seconds']:,.0f} "
                         f"and {big / big_mem['seconds']:,.0f} datasets/s)")
            met["memory"] = slope <= TARGET_MEMORY_SLOPE
            figures["memory"] = [small_mem, big_mem]

        fetches = []
        for number in range(args.runs):
            log(f"--resources fetch harvest of {args.fetch_datasets}, and its content checked "
                f"alone, run {number + 1} …")
            with tempfile.TemporaryDirectory(prefix="govcat-harvest-bench-") as workdir:
                fetches.append(measure_fetch(base, args.fetch_datasets, screener,
                                             Path(workdir)))
        files, count = fetches[0].files, args.fetch_datasets
        line, fetch_rate = rate_line("fetch (CSV downloaded, validated, screened)",
                                     [f.harvest for f in fetches])
        lines += [line, f"  counts: {fetches[0].harvest.counts}"]
        parts = (("files_screened", f"the same {files} CSV files screened alone"),
                 ("files_validated", f"the same {files} CSV files validated alone"),
                 ("metadata_screened", f"the same {count} datasets' metadata screened alone"))
        for attribute, label in parts:
            lines.append(rate_line(f"  {label}", [Timed(count, getattr(f, attribute))
                                                  for f in fetches])[0])
        # each run's harvest against its own checks (run just after it, under the same load)
        shares = [f.content_seconds / f.harvest.seconds for f in fetches]
        share = statistics.median(shares)
        content = statistics.median(f.content_seconds for f in fetches)
        screen = statistics.median(f.files_screened for f in fetches)
        lines.append(f"  harvest / content checks alone ({count / content:,.0f} datasets/s): "
                     f"{share:.2f} (median of the runs' {', '.join(f'{r:.2f}' for r in shares)}; "
                     f"target ≥ {TARGET_CONTENT_SHARE:g}, bounded by the content checks: "
                     f"{verdict(share, TARGET_CONTENT_SHARE)}); harvest / the files' screen "
                     f"alone: {fetch_rate / (count / screen):.2f}")
        cpu_shares = [f.content_cpu_seconds / f.harvest.cpu_seconds for f in fetches]
        harvest_cpu = statistics.median(f.harvest.cpu_seconds for f in fetches)
        content_cpu = statistics.median(f.content_cpu_seconds for f in fetches)
        lines.append(f"  the same in CPU time (the harvest's, every thread: {harvest_cpu:.2f} s; "
                     f"the checks alone: {content_cpu:.2f} s): {statistics.median(cpu_shares):.2f} "
                     "(less sensitive to other work on the machine)")
        lines.append(pacing_floor(-(-count // PAGE_ROWS) + files, count))
        met["fetch bounded by its content checks"] = share >= TARGET_CONTENT_SHARE
        figures["fetch"] = [asdict(f) for f in fetches]

    failing = [name for name, ok in met.items() if not ok]
    lines.append("all targets met" if not failing else "NOT MET: " + ", ".join(failing))
    figures["failing"] = failing
    figures["report"] = lines
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--datasets", type=int, default=800,
                        help="datasets of the portal (metadata-only and re-harvest)")
    parser.add_argument("--fetch-datasets", type=int, default=200,
                        help="datasets of the portal harvested with --resources fetch")
    parser.add_argument("--runs", type=int, default=3, help="runs of each timing (median)")
    parser.add_argument("--memory-factor", type=int, default=4,
                        help="the larger portal of the memory figure, times --datasets")
    parser.add_argument("--no-memory", action="store_true", help="skip the memory figure")
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--json", type=Path, help="write every figure to this JSON file")
    parser.add_argument("--child-memory", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child_memory:
        print(json.dumps(child_memory(args.url, args.child_memory)))
        return 0
    args.runs = max(1, args.runs)
    figures = run(args, log=lambda message: print(message, file=sys.stderr, flush=True))
    print("\n".join(figures["report"]))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=2) + "\n",
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
