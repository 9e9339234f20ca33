"""Validation benchmark: ``govcat validate`` against ``frictionless validate``, and ``govcat
publish`` against ``govcat screen``, on the same files, on the same machine, in the same run.

    .venv/bin/python bench/validate_bench.py [--rows 1000000] [--memory-rows 4000000]
                                             [--publish-rows 1000000] [--runs 3]
                                             [--publish-runs 3] [--seed N] [--workdir DIR]
                                             [--json OUT] [--keep] [--no-publish]

What is measured (issue 11's targets for validation at speed):

1. Two seeded CSV files of ``--rows`` rows and 6 columns, streamed to disk (UTF-8): 序号
   (integer), 区县 (text), 统计日期 (date), 常住人口 (integer), 人均收入 (number with two
   decimals), 是否达标 (true/false): ``valid.csv``, and ``errors.csv``, the same rows with 120
   errors planted after the first 1,000 rows (so both tools infer the same schema): type errors
   in each typed column, rows with a missing cell or an extra cell, blank lines and rows of
   empty cells. Fewer than 200 errors, so that both tools read every row.
2. Each file is validated by ``frictionless validate FILE --format csv --encoding utf-8
   --sample-size 1000 --field-confidence 1 --limit-errors 200 --limit-rows 10000001 --json``
   (the frictionless CLI installed beside govcat, asked exactly what govcat's validation gate
   asks of frictionless: catalog/validation.py's Detector, error and row limits) and by
   ``govcat validate FILE --json`` (defaults: GOVCAT_SCREEN_WORKERS auto, one worker process
   per CPU), alternately, ``--runs`` times each, in the same run of this bench. Both are run
   as a user runs them: a subprocess started in the file's folder, timed from before it
   starts to after it exits (interpreter start-up, imports, govcat's screen of its messages
   included). rows/s = rows / the median of the runs; the ratio is govcat's rows/s over
   frictionless'. Target: at least 3x, on both files.
3. Identical errors: the JSON reports of both tools are compared, error by error: type, row,
   field and note (govcat never records cell values; the test suite,
   tests/catalog/test_fast_validation.py, compares cells too), and the validity.
4. Memory: the peak of the summed PSS (pages shared by forked workers counted once) of
   ``govcat validate`` and its workers, sampled every 100 ms from /proc: in the timed runs at
   ``--rows``, and in one run on a valid file of ``--memory-rows`` rows. Target: at most
   200 MB at both sizes (memory does not grow with the file).
5. Publish: a ``--publish-rows`` × 8-column table with personal data (bench/privacy_bench.py's
   subsidy list: names, resident IDs, mobiles, amounts, dates, free-text remarks).
   ``govcat screen FILE --output OUT.csv`` (the screen alone) and ``govcat publish FILE
   --publisher bench --title … --json`` (validate + screen + write the screened file into the
   file store + the revision's transaction + its rows loaded into the row store + the search
   index: everything publish does), alternately, ``--publish-runs`` times each; each publish
   into a new catalog (``govcat init`` and ``govcat publisher add`` before it, not timed),
   since a second publish of the same file is found unchanged, with
   GOVCAT_REVIEW_THRESHOLD=0.5 so that the revision is published rather than held (a held
   one gets no row table; the threshold changes the decision only). The line "row store"
   says what the publish loaded. Target: publish within 1.5x the screen alone (median
   against median). A publish at the default threshold, held for review, is run beside them
   (everything but the row store): what the row store's load adds is the difference.

A table of figures is printed with PASS/FAIL per target, then the failing targets.
``--json`` writes every figure. Generated files are removed unless ``--keep``.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
for entry in (ROOT, ROOT / "bench"):
    if str(entry) not in sys.path:
        sys.path.insert(0, str(entry))

import privacy_bench  # noqa: E402 - after the path
from privacy_bench import SubsidyTable, TreeMemory, write_input  # noqa: E402

TARGET_RATIO = 3.0
TARGET_MEMORY_MB = 200.0
TARGET_PUBLISH_RATIO = 1.5
PLANTED_ERRORS = 120
SAMPLE_ROWS = 1000  # the rows both tools infer types from (catalog.validation.SAMPLE_ROWS)
MAX_ROWS = 10_000_000  # GOVCAT_MAX_ROWS' default: govcat asks frictionless for one more row

HEADER = ("序号", "区县", "统计日期", "常住人口", "人均收入", "是否达标")
DISTRICTS = ("东城区", "西城区", "朝阳区", "丰台区", "石景山区", "海淀区", "门头沟区", "房山区",
             "通州区", "顺义区", "昌平区", "大兴区", "怀柔区", "平谷区", "密云区", "延庆区")


# ------------------------------------------------------------------------ the tables


def table_rows(rows: int, seed: int) -> Iterator[list[str]]:
    """Seeded rows of the 6-column statistics table."""
    rng = random.Random(seed)
    first = dt.date(2019, 1, 1)
    for number in range(1, rows + 1):
        yield [str(number), rng.choice(DISTRICTS),
               (first + dt.timedelta(days=rng.randrange(2000))).isoformat(),
               str(rng.randrange(1_000, 3_000_000)), f"{rng.uniform(8_000, 150_000):.2f}",
               rng.choice(("true", "false"))]


def _planted(rows: int, seed: int) -> dict[int, Callable[[list[str]], list[str]]]:
    """Data row number → how it is spoilt, for PLANTED_ERRORS rows after the sample."""
    rng = random.Random(seed + 1)
    spoilers: list[Callable[[list[str]], list[str]]] = [
        lambda r: [r[0] + "a", *r[1:]],                     # 序号 not an integer
        lambda r: [*r[:2], r[2][:8] + "31", *r[3:]] if r[2][5:7] in ("02", "04", "06")
        else [*r[:2], "2023-02-30", *r[3:]],                # 统计日期 not a date
        lambda r: [*r[:3], "约" + r[3], *r[4:]],             # 常住人口 not an integer
        lambda r: [*r[:4], r[4].replace(".", ","), r[5]],   # 人均收入 not a number
        lambda r: [*r[:5], "是"],                            # 是否达标 not a boolean
        lambda r: r[:5],                                    # a missing cell
        lambda r: [*r, "备注"],                              # an extra cell
        lambda r: [],                                       # a blank line
        lambda r: [""] * 6,                                 # a row of empty cells
    ]
    first = SAMPLE_ROWS + 1
    if rows - first < PLANTED_ERRORS:
        return {}
    numbers = rng.sample(range(first, rows + 1), PLANTED_ERRORS)
    return {number: spoilers[index % len(spoilers)] for index, number in enumerate(numbers)}


def write_table(path: Path, rows: int, seed: int, errors: bool) -> None:
    """The table as UTF-8 CSV, streamed (with errors: the planted ones)."""
    planted = _planted(rows, seed) if errors else {}
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for number, row in enumerate(table_rows(rows, seed), start=1):
            spoil = planted.get(number)
            if spoil is None:
                writer.writerow(row)
            elif spoiled := spoil(row):
                writer.writerow(spoiled)
            else:
                handle.write("\r\n")  # a blank line (csv.writer writes "" for [""] alone)


# ------------------------------------------------------------------------ running commands


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    raise SystemExit(f"no {name} next to {sys.executable}: run the bench with .venv/bin/python")


def run_timed(args: list[str], cwd: Path, env: dict[str, str], *, ok: tuple[int, ...] = (0,),
              memory: bool = True) -> dict[str, Any]:
    """Run a command as a user does; wall time from before its start to after its exit."""
    out_path, err_path = cwd / ".bench.stdout", cwd / ".bench.stderr"
    load_before = os.getloadavg()[0]
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        started = time.perf_counter()
        process = subprocess.Popen(args, stdout=out, stderr=err, env=env, cwd=cwd)
        sampler = TreeMemory(process.pid) if memory and TreeMemory.available() else None
        if sampler:
            sampler.__enter__()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            if sampler:
                sampler.__exit__()
        seconds = time.perf_counter() - started
    code = os.waitstatus_to_exitcode(status)
    stdout = out_path.read_text(encoding="utf-8", errors="replace")
    stderr = err_path.read_text(encoding="utf-8", errors="replace")
    out_path.unlink()
    err_path.unlink()
    if code not in ok:
        raise SystemExit(f"{' '.join(args)} exited with {code}: {stderr.strip()[-2000:]}")
    figures = {"seconds": seconds, "cpu_seconds": usage.ru_utime + usage.ru_stime,
               "load_before": load_before, "stdout": stdout, "exit": code}
    if sampler:
        figures["peak_pss_mb"] = sampler.peak_pss_mb
        figures["processes"] = sampler.peak_processes
    return figures


def environment(home: Path) -> dict[str, str]:
    """The user's environment with govcat's defaults (no GOVCAT_* but the catalog's home)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GOVCAT_")}
    env["GOVCAT_HOME"] = str(home)
    return env


def frictionless_args(name: str) -> list[str]:
    """frictionless validate, asked what govcat's validation gate asks of frictionless."""
    return [_tool("frictionless"), "validate", name, "--format", "csv", "--encoding", "utf-8",
            "--sample-size", str(SAMPLE_ROWS), "--field-confidence", "1",
            "--limit-errors", "200", "--limit-rows", str(MAX_ROWS + 1), "--json"]


def frictionless_errors(stdout: str) -> tuple[bool, list[tuple[Any, ...]]]:
    report = json.loads(stdout)
    errors = [(e["type"], e.get("rowNumber"), e.get("fieldNumber"), e.get("note", ""))
              for task in report["tasks"] for e in task["errors"]]
    return report["valid"], errors


def govcat_errors(stdout: str) -> tuple[bool, list[tuple[Any, ...]]]:
    report = json.loads(stdout)
    errors = [(e["type"], e["row"], e["field_number"], e["note"])
              for table in report["tables"] for e in table["errors"]]
    return report["valid"], errors


# ------------------------------------------------------------------------ the measures


def measure_validation(workdir: Path, rows: int, seed: int, runs: int,
                       log: Callable[[str], None]) -> dict[str, Any]:
    env = environment(workdir / "unused-govcat-home")
    figures: dict[str, Any] = {}
    for kind, errors in (("valid", False), ("errors", True)):
        name = f"{kind}.csv"
        log(f"writing {name} ({rows:,} rows) …")
        write_table(workdir / name, rows, seed, errors)
        frictionless, govcat = [], []
        for number in range(runs):
            log(f"{name}: frictionless validate, then govcat validate, run {number + 1} …")
            frictionless.append(run_timed(frictionless_args(name), workdir, env, ok=(0, 1)))
            govcat.append(run_timed([_tool("govcat"), "validate", name, "--json"], workdir, env,
                                    ok=(0, 1)))
        reference, ours = frictionless_errors(frictionless[0]["stdout"]), \
            govcat_errors(govcat[0]["stdout"])
        same_runs = all(frictionless_errors(r["stdout"]) == reference for r in frictionless) \
            and all(govcat_errors(r["stdout"]) == ours for r in govcat)
        difference = next((f"error {i + 1}: frictionless {a}, govcat {b}" for i, (a, b)
                           in enumerate(zip(reference[1], ours[1], strict=False)) if a != b),
                          None)
        if difference is None and len(reference[1]) != len(ours[1]):
            difference = f"{len(reference[1])} errors from frictionless, {len(ours[1])} from govcat"
        if difference is None and reference[0] != ours[0]:
            difference = f"valid: frictionless {reference[0]}, govcat {ours[0]}"
        seconds_f = statistics.median(r["seconds"] for r in frictionless)
        seconds_g = statistics.median(r["seconds"] for r in govcat)
        figures[kind] = {
            "file": name, "rows": rows, "mb": (workdir / name).stat().st_size / 1e6,
            "frictionless": _side(frictionless, rows), "govcat": _side(govcat, rows),
            "ratio": seconds_f / seconds_g, "valid": ours[0], "errors": len(ours[1]),
            "identical_errors": difference is None and same_runs, "difference": difference,
            "error_types": sorted({e[0] for e in ours[1]}),
        }
    return figures


def _side(runs: list[dict[str, Any]], rows: int) -> dict[str, Any]:
    seconds = statistics.median(r["seconds"] for r in runs)
    return {"seconds": seconds, "rows_per_s": rows / seconds,
            "runs": [round(r["seconds"], 2) for r in runs],
            "cpu_seconds": statistics.median(r["cpu_seconds"] for r in runs),
            "peak_pss_mb": max(r.get("peak_pss_mb", 0.0) for r in runs),
            "processes": max(r.get("processes", 1) for r in runs),
            "load_before": [round(r["load_before"], 2) for r in runs]}


def measure_memory(workdir: Path, rows: int, seed: int,
                   log: Callable[[str], None]) -> dict[str, Any]:
    name = "memory.csv"
    log(f"writing {name} ({rows:,} rows) …")
    write_table(workdir / name, rows, seed, False)
    log(f"{name}: govcat validate …")
    env = environment(workdir / "unused-govcat-home")
    run = run_timed([_tool("govcat"), "validate", name, "--json"], workdir, env)
    size = (workdir / name).stat().st_size / 1e6
    (workdir / name).unlink()
    return {"rows": rows, "mb": size, **_side([run], rows)}


# The subsidy list's remarks hold mobiles the screen is less sure of (0.60): at the default
# review threshold (0.85) the revision is held, and a held revision gets no row table. At
# this one it is published, so the publish loads the row store too (the decision is all the
# threshold changes: the screen does the same work).
REVIEW_THRESHOLD = "0.5"


def _new_catalog(home: Path, review_threshold: str | None) -> dict[str, str]:
    if home.exists():
        shutil.rmtree(home)
    env = environment(home)
    if review_threshold is not None:
        env["GOVCAT_REVIEW_THRESHOLD"] = review_threshold
    for args in (["init"], ["publisher", "add", "bench", "基准测试局"]):
        subprocess.run([_tool("govcat"), *args], env=env, check=True, capture_output=True)
    return env


def measure_publish(workdir: Path, rows: int, seed: int, runs: int,
                    log: Callable[[str], None]) -> dict[str, Any]:
    name = "subsidy.csv"
    log(f"writing {name} ({rows:,} rows × 8 columns with personal data) …")
    write_input(workdir / name, SubsidyTable(seed), rows)
    screen, held, publish, statuses = [], [], [], set()
    home = workdir / "publish-home"
    args = [_tool("govcat"), "publish", name, "--publisher", "bench", "--title", "补贴发放名单",
            "--json"]
    for number in range(runs):
        log(f"{name}: govcat screen --output, then govcat publish into a new catalog (held, "
            f"then published), run {number + 1} …")
        screen.append(run_timed([_tool("govcat"), "screen", name, "--output", "screened.csv"],
                                workdir, environment(workdir / "unused-govcat-home")))
        (workdir / "screened.csv").unlink()
        held.append(run_timed(args, workdir, _new_catalog(home, None)))
        run = run_timed(args, workdir, _new_catalog(home, REVIEW_THRESHOLD))
        statuses.add(json.loads(run["stdout"])["status"])
        publish.append(run)
    row_store = _has_row_store(home)
    shutil.rmtree(home, ignore_errors=True)
    seconds_s = statistics.median(r["seconds"] for r in screen)
    return {"file": name, "rows": rows, "mb": (workdir / name).stat().st_size / 1e6,
            "screen": _side(screen, rows), "held": _side(held, rows),
            "publish": _side(publish, rows),
            "held_ratio": statistics.median(r["seconds"] for r in held) / seconds_s,
            "ratio": statistics.median(r["seconds"] for r in publish) / seconds_s,
            "held_status": json.loads(held[0]["stdout"])["status"],
            "statuses": sorted(statuses), "row_store": row_store}


def _has_row_store(home: Path) -> str:
    """What the row store of the catalog a publish made holds (the row API's tables)."""
    import sqlite3

    found = []
    for database in sorted(home.rglob("*.sqlite")) + sorted(home.rglob("*.db")):
        try:
            with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as connection:
                tables = [r[0] for r in connection.execute(
                    "select name from sqlite_master where type = 'table' and name like 'rows_%'")]
                found += [f"{t} ({connection.execute(f'select count(*) from {t}').fetchone()[0]:,}"
                          " rows)" for t in tables]
        except sqlite3.Error:
            continue
    return (f"loaded by the publish: {', '.join(found)}" if found
            else "no row table (the publish did not publish, or has no row store)")


# ------------------------------------------------------------------------ the report


def _verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def report(figures: dict[str, Any]) -> list[str]:
    lines = [f"== validation at speed: {os.cpu_count()} CPUs, load average "
             f"{figures['load_at_start']:.2f} at the start; medians of {figures['runs']} runs, "
             "both tools alternately on the same file"]
    head = f"{'':<40}{'seconds':>9}{'rows/s':>11}{'ratio':>8}{'peak MB':>9}   runs (s)"
    targets: dict[str, bool] = {}
    for kind, fig in figures["validation"].items():
        lines += ["", f"{fig['file']}: {fig['rows']:,} rows × 6 columns, {fig['mb']:.1f} MB, "
                  f"{'valid' if fig['valid'] else 'invalid'}, {fig['errors']} error(s) "
                  f"({', '.join(fig['error_types']) or 'none'})", head, "-" * len(head)]
        for label, side, ratio in (("frictionless validate (reference)", fig["frictionless"],
                                    1.0), ("govcat validate", fig["govcat"], fig["ratio"])):
            lines.append(f"{label:<40}{side['seconds']:>9.2f}{side['rows_per_s']:>11,.0f}"
                         f"{ratio:>7.2f}x{side['peak_pss_mb']:>9.0f}   "
                         f"{', '.join(map(str, side['runs']))}")
        lines.append(f"  CPU seconds (the process and its workers): frictionless "
                     f"{fig['frictionless']['cpu_seconds']:.1f}, govcat "
                     f"{fig['govcat']['cpu_seconds']:.1f} (ratio "
                     f"{fig['frictionless']['cpu_seconds'] / fig['govcat']['cpu_seconds']:.2f}: "
                     "less sensitive to other work on the machine); load before each run: "
                     f"frictionless {fig['frictionless']['load_before']}, govcat "
                     f"{fig['govcat']['load_before']}")
        same = fig["identical_errors"]
        lines.append(f"  errors identical (type, row, field, note; validity): "
                     f"{'yes' if same else 'NO: ' + str(fig['difference'])}")
        targets[f"{kind}: ratio ≥ {TARGET_RATIO:g}x"] = fig["ratio"] >= TARGET_RATIO
        targets[f"{kind}: identical errors"] = same
        targets[f"{kind}: peak ≤ {TARGET_MEMORY_MB:g} MB"] = \
            fig["govcat"]["peak_pss_mb"] <= TARGET_MEMORY_MB
    memory = figures.get("memory")
    if memory:
        lines += ["", f"memory at {memory['rows']:,} rows ({memory['mb']:.0f} MB): govcat "
                  f"validate {memory['seconds']:.1f} s, peak {memory['peak_pss_mb']:.0f} MB "
                  f"(summed PSS of {memory['processes']} processes at most); at "
                  f"{figures['validation']['valid']['rows']:,} rows: "
                  f"{figures['validation']['valid']['govcat']['peak_pss_mb']:.0f} MB"]
        targets[f"memory at {memory['rows']:,} rows ≤ {TARGET_MEMORY_MB:g} MB"] = \
            memory["peak_pss_mb"] <= TARGET_MEMORY_MB
    publish = figures.get("publish")
    if publish:
        lines += ["", f"{publish['file']}: {publish['rows']:,} rows × 8 columns with personal "
                  f"data, {publish['mb']:.1f} MB", head, "-" * len(head)]
        screen_cpu = publish["screen"]["cpu_seconds"]
        for label, side, ratio in (
                ("govcat screen --output (reference)", publish["screen"], 1.0),
                (f"govcat publish, {publish['held_status']}"
                 + (" (no row table)" if publish["held_status"] != "published" else ""),
                 publish["held"], publish["held_ratio"]),
                (f"govcat publish, {', '.join(publish['statuses'])}", publish["publish"],
                 publish["ratio"])):
            lines.append(f"{label:<40}{side['seconds']:>9.2f}{side['rows_per_s']:>11,.0f}"
                         f"{ratio:>7.2f}x{side['peak_pss_mb']:>9.0f}   "
                         f"{', '.join(map(str, side['runs']))}")
        lines.append(f"  ratio: a publish's time over the screen's (lower is better); CPU seconds "
                     f"(the process and its workers): screen {screen_cpu:.1f}, publish held "
                     f"{publish['held']['cpu_seconds']:.1f} (ratio "
                     f"{publish['held']['cpu_seconds'] / screen_cpu:.2f}), published "
                     f"{publish['publish']['cpu_seconds']:.1f} (ratio "
                     f"{publish['publish']['cpu_seconds'] / screen_cpu:.2f}); load before each "
                     f"run: screen {publish['screen']['load_before']}, held "
                     f"{publish['held']['load_before']}, published "
                     f"{publish['publish']['load_before']}")
        lines.append(f"  row store: {publish['row_store']}; a held publish does all the rest "
                     "(validation in the screen's first pass, screen, file store, revision, "
                     "search index)")
        targets[f"publish ≤ {TARGET_PUBLISH_RATIO:g}x the screen"] = \
            publish["ratio"] <= TARGET_PUBLISH_RATIO
    lines.append("")
    lines += [f"{_verdict(ok)}  {name}" for name, ok in targets.items()]
    failing = [name for name, ok in targets.items() if not ok]
    lines.append("all targets met" if not failing else "FAILING: " + ", ".join(failing))
    figures["failing"] = failing
    return lines


def run(args: argparse.Namespace, log: Callable[[str], None]) -> dict[str, Any]:
    workdir = args.workdir
    workdir.mkdir(parents=True, exist_ok=True)
    figures: dict[str, Any] = {"runs": args.runs, "cpus": os.cpu_count(),
                               "load_at_start": os.getloadavg()[0]}
    try:
        figures["validation"] = measure_validation(workdir, args.rows, args.seed, args.runs, log)
        if args.memory_rows:
            figures["memory"] = measure_memory(workdir, args.memory_rows, args.seed, log)
        if not args.no_publish:
            figures["publish"] = measure_publish(workdir, args.publish_rows, args.seed,
                                                 args.publish_runs, log)
    finally:
        if not args.keep:
            for name in ("valid.csv", "errors.csv", "memory.csv", "subsidy.csv",
                         "screened.csv"):
                (workdir / name).unlink(missing_ok=True)
    figures["report"] = report(figures)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000,
                        help="rows of the validated tables")
    parser.add_argument("--memory-rows", type=int, default=4_000_000,
                        help="rows of the larger table memory is measured on (0: none)")
    parser.add_argument("--publish-rows", type=int, default=1_000_000,
                        help="rows of the published table")
    parser.add_argument("--runs", type=int, default=3, help="runs of each validation")
    parser.add_argument("--publish-runs", type=int, default=3,
                        help="runs of the screen and of the publish")
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument("--workdir", type=Path, default=ROOT / "bench" / "out" / "validate",
                        help="where the generated tables are written")
    parser.add_argument("--json", type=Path, help="write the figures to this JSON file")
    parser.add_argument("--keep", action="store_true", help="keep the generated tables")
    parser.add_argument("--no-publish", action="store_true",
                        help="measure validation only")
    args = parser.parse_args(argv)
    args.runs, args.publish_runs = max(1, args.runs), max(1, args.publish_runs)
    figures = run(args, log=lambda message: print(message, file=sys.stderr, flush=True))
    print("\n".join(figures["report"]))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=2) + "\n",
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    assert privacy_bench  # the generator of the published table and the memory sampler
    raise SystemExit(main())
