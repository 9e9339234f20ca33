"""Privacy screen benchmark: govcat's table screen against Presidio's BatchAnalyzerEngine.

    .venv/bin/python bench/privacy_bench.py [--rows 1000000] [--baseline-rows 20000]
                                            [--seed N] [--workdir DIR] [--json OUT] [--keep]
                                            [--pool N] [--workers auto|N]

1. Generates (seeded) a government-style subsidy table of 8 columns (序号, 姓名, 身份证号,
   联系电话, 区县, 补贴金额, 发放日期, 备注) with valid resident IDs, mobiles, Luhn-valid bank
   cards, e-mail addresses and names, mixed into free-text remarks for a share of the rows.
2. Screens it end to end (read → detect → remediate → write) with
   ``privacy.Screener(workers=...).screen_file`` in a fresh child process, so that the
   figures (wall time, rows/s, MB/s of input, memory) belong to the screen alone: first as
   configured (``--workers``, default auto: one worker process per CPU for a file this
   large), then in one process (``workers=1``), whose output must be byte-identical. Memory
   is the peak of the summed PSS (proportional set size: pages shared by the forked workers
   are counted once) of the screen's process and its workers, sampled every 100 ms; the
   screen process's own peak RSS is printed too.
3. Screens the first ``--baseline-rows`` rows cell by cell with Presidio's
   ``BatchAnalyzerEngine`` over ``build_analyzer()`` (``analyze_dict``: one column at a time,
   its header given as context, language "zh", the screen's score threshold), in another
   child process. Its ``n_process`` option parallelizes only spaCy's pipeline, not the
   recognizers: on the 2-core development machine ``n_process=2`` ran at 325 rows/s against
   1,000 with the default 1, so the baseline runs with its default.
4. Recall: a planted personal value counts as found by the screen when it is no longer
   present in its output cell, and by the baseline when a result of a plausible entity
   overlaps its span. The ground truth is never held for the whole table: the generator
   stream is replayed (same seed) alongside the screened output.

Prints a table of figures and each target (≥ 50× the baseline's rows/s, recall at least the
baseline's, peak memory < 500 MB) with PASS/FAIL, judged on the configured screen; the
single-process ratio is printed beside it. ``--json`` writes the figures.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import multiprocessing as mp
import os
import random
import resource
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from privacy.corpus import id_check_digit, luhn_check_digit  # noqa: E402 - after the path

HEADER = ["序号", "姓名", "身份证号", "联系电话", "区县", "补贴金额", "发放日期", "备注"]
NOTE = HEADER.index("备注")

TARGET_RATIO = 50.0
TARGET_RSS_MB = 500.0

# Which detected entities count as finding a planted value of each kind (baseline recall).
PLAUSIBLE = {
    "PERSON": {"PERSON"},
    "CN_RESIDENT_ID": {"CN_RESIDENT_ID"},
    "CN_MOBILE": {"CN_MOBILE", "CN_LANDLINE", "PHONE_NUMBER"},
    "CN_LANDLINE": {"CN_LANDLINE", "CN_MOBILE", "PHONE_NUMBER"},
    "EMAIL_ADDRESS": {"EMAIL_ADDRESS"},
    "BANK_CARD": {"BANK_CARD", "CREDIT_CARD"},
}

# Real county-level codes (Hangzhou, Beijing, Shanghai, Guangzhou, Chengdu, Wuhan, Xi'an …).
_AREAS = [
    "330102",
    "330105",
    "330106",
    "330108",
    "330109",
    "330110",
    "330111",
    "330122",
    "330127",
    "110101",
    "110102",
    "110105",
    "110106",
    "110108",
    "310101",
    "310104",
    "310105",
    "310115",
    "440103",
    "440104",
    "440106",
    "440305",
    "510104",
    "510107",
    "420102",
    "420106",
    "610113",
    "320102",
    "320505",
    "370102",
    "430102",
    "500103",
    "210102",
    "350102",
    "410105",
    "130102",
]
_DISTRICTS = [
    "上城区",
    "拱墅区",
    "西湖区",
    "滨江区",
    "萧山区",
    "余杭区",
    "临平区",
    "钱塘区",
    "富阳区",
    "临安区",
    "桐庐县",
    "淳安县",
    "建德市",
]
_MOBILE_SEGMENTS = [
    "130",
    "131",
    "132",
    "133",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "152",
    "155",
    "156",
    "157",
    "158",
    "159",
    "166",
    "173",
    "175",
    "176",
    "177",
    "180",
    "181",
    "182",
    "183",
    "185",
    "186",
    "187",
    "188",
    "189",
    "191",
    "199",
]
_CARD_PREFIXES = [
    "622202",
    "621700",
    "622848",
    "622588",
    "621226",
    "623058",
    "622908",
    "621661",
    "625911",
]

# Free-text remarks holding personal values ({n} name, {i} resident ID, {m} mobile,
# {e} e-mail, {c} bank card), and plain ones ({y} year, {q} quarter, {d} date, {a} amount).
_PERSONAL_NOTES = [
    "申请人{n}，身份证号码{i}，联系电话{m}，材料已审核。",
    "补贴已转入{n}名下银行卡{c}。",
    "如有疑问请联系经办人{n}，电话{m}。",
    "{n}反映{d}未收到补贴，已核实补发。",
    "申领人邮箱{e}，已通过电子邮件告知审核结果。",
    "委托{n}代领，代理人身份证{i}。",
    "收款账号{c}，户名{n}。",
    "联系人：{n} {m}；邮箱：{e}",
    "已电话告知{n}（{m}）补发事宜。",
    "{n}、{n}两户已退出低保，自{d}起停发。",
    "原银行卡{c}已注销，改发至新卡{c}。",
    "家属{n}代为签收，联系方式{m}。",
    "经核查，户主{n}家庭人均收入超标，停发。",
    "请将回执发送至{e}，或致电{m}。",
    "身份证号{i}与户籍信息不符，待{n}补充材料。",
    "监护人{n}，手机{m}，银行卡号{c}。",
]
_PLAIN_NOTES = [
    "{y}年第{q}季度补贴已按时发放。",
    "材料齐全，审核通过。",
    "按政策标准发放{a}元。",
    "因户籍迁出停发，自{d}起生效。",
    "低保边缘家庭，按月发放。",
    "系统自动核发，无需本人到场。",
    "社区已入户核查，情况属实。",
    "{y}年度复核通过。",
    "补发{q}个月差额{a}元。",
    "已张贴公示，公示期内无异议。",
    "高龄津贴，{d}起调整标准。",
    "因信息变更暂缓发放，待街道复核。",
    "年审已完成。",
    "残疾等级变更，按新标准于{d}起执行。",
    "首次申领。",
]
POOL = 20000  # Faker names pre-generated per seed (e-mails: a quarter of that)
PERSONAL_SHARE = 0.25  # share of rows whose remark holds personal values
PLAIN_SHARE = 0.6  # share of rows with a plain remark (the rest have none)


@dataclass(frozen=True)
class Planted:
    """One personal value planted in a cell: its column, span and kind (the ground truth)."""

    column: int
    start: int
    end: int
    kind: str
    value: str


class TableGenerator:
    """A seeded stream of rows and their planted personal values (replayable by seed)."""

    def __init__(self, seed: int = 20240601, pool: int = POOL) -> None:
        from faker import Faker

        faker = Faker("zh_CN")
        faker.seed_instance(seed)
        self.seed = seed
        # Faker zh_CN is slow per call: pools are made once and sampled with random.Random.
        self.names = [faker.name() for _ in range(pool)]
        self.emails = [
            faker.free_email() if i % 2 else faker.email() for i in range(max(1, pool // 4))
        ]
        self.first_day = dt.date(2023, 1, 1)

    def resident_id(self, rng: random.Random) -> str:
        """A valid 18-character resident ID number."""
        born = dt.date(1935, 1, 1) + dt.timedelta(days=rng.randrange(365 * 70))
        body = f"{rng.choice(_AREAS)}{born:%Y%m%d}{rng.randrange(1000):03d}"
        return body + id_check_digit(body)

    def mobile(self, rng: random.Random) -> str:
        """An 11-digit mobile number in an allocated segment."""
        return rng.choice(_MOBILE_SEGMENTS) + f"{rng.randrange(10**8):08d}"

    def card(self, rng: random.Random) -> str:
        """A Luhn-valid UnionPay card number of 16 or 19 digits."""
        prefix = rng.choice(_CARD_PREFIXES)
        length = 19 if rng.random() < 0.3 else 16
        body = prefix + "".join(rng.choices("0123456789", k=length - len(prefix) - 1))
        return body + luhn_check_digit(body)

    def date(self, rng: random.Random) -> str:
        """A date of 2023-2024 in ISO form."""
        return (self.first_day + dt.timedelta(days=rng.randrange(730))).isoformat()

    def _note(self, rng: random.Random) -> tuple[str, list[tuple[int, int, str, str]]]:
        """A remark and the (start, end, kind, value) of each personal value in it."""
        roll = rng.random()
        if roll >= PERSONAL_SHARE + PLAIN_SHARE:
            return "", []
        personal = roll < PERSONAL_SHARE
        template = rng.choice(_PERSONAL_NOTES if personal else _PLAIN_NOTES)
        if not personal and rng.random() < 0.3:
            template += rng.choice(_PLAIN_NOTES)
        parts: list[str] = []
        spans: list[tuple[int, int, str, str]] = []
        length, pos = 0, 0
        while True:
            brace = template.find("{", pos)
            if brace < 0:
                parts.append(template[pos:])
                break
            parts.append(template[pos:brace])
            length += brace - pos
            key = template[brace + 1]
            value, kind = self._fill(key, rng)
            if kind:
                spans.append((length, length + len(value), kind, value))
            parts.append(value)
            length += len(value)
            pos = brace + 3
        return "".join(parts), spans

    def _fill(self, key: str, rng: random.Random) -> tuple[str, str | None]:
        """The value for a template placeholder and its kind (None: not personal)."""
        if key == "n":
            return rng.choice(self.names), "PERSON"
        if key == "i":
            return self.resident_id(rng), "CN_RESIDENT_ID"
        if key == "m":
            return self.mobile(rng), "CN_MOBILE"
        if key == "e":
            return rng.choice(self.emails), "EMAIL_ADDRESS"
        if key == "c":
            return self.card(rng), "BANK_CARD"
        if key == "y":
            return str(rng.choice([2022, 2023, 2024])), None
        if key == "q":
            return str(rng.randint(1, 4)), None
        if key == "d":
            return self.date(rng), None
        return f"{rng.randrange(100, 5000)}.{rng.choice(['00', '50'])}", None

    def rows(self, count: int) -> Iterator[tuple[list[str], list[Planted]]]:
        """Yield count rows (strings) with their planted values; the same seed, the same rows."""
        rng = random.Random(self.seed)
        for number in range(1, count + 1):
            name = rng.choice(self.names)
            rid = self.resident_id(rng)
            if rng.random() < 0.05:
                phone, phone_kind = f"0571-8{rng.randrange(10**7):07d}", "CN_LANDLINE"
            else:
                phone, phone_kind = self.mobile(rng), "CN_MOBILE"
            note, spans = self._note(rng)
            row = [
                str(number),
                name,
                rid,
                phone,
                rng.choice(_DISTRICTS),
                f"{rng.randrange(50, 3000)}.{rng.choice(['00', '50'])}",
                self.date(rng),
                note,
            ]
            planted = [
                Planted(1, 0, len(name), "PERSON", name),
                Planted(2, 0, len(rid), "CN_RESIDENT_ID", rid),
                Planted(3, 0, len(phone), phone_kind, phone),
            ]
            planted += [Planted(NOTE, s, e, kind, value) for s, e, kind, value in spans]
            yield row, planted


def write_input(path: Path, rows: int, seed: int, pool: int = POOL) -> None:
    """Write the generated table as UTF-8 CSV."""
    generator = TableGenerator(seed, pool)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(row for row, _ in generator.rows(rows))


# ------------------------------------------------------------------------ measuring


def _peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident set size in MB (ru_maxrss is in KB on Linux)."""
    return resource.getrusage(who).ru_maxrss / 1024


def _screen_child(source: str, output: str, workers: int | None, queue: Any) -> None:
    """Child process: build the screener, then time screen_file end to end."""
    from privacy import Screener

    started = time.perf_counter()
    screener = Screener(workers=workers)
    screener.scanner  # build the analyzer and recognizers outside the timed part  # noqa: B018
    built = time.perf_counter()
    rss_ready = _peak_rss_mb()
    queue.put({"ready": True})
    result = screener.screen_file(source, output)
    done = time.perf_counter()
    queue.put(
        {
            "build_seconds": built - started,
            "seconds": done - built,
            "rows": result.row_count,
            "decision": result.decision,
            "findings": len(result.findings),
            "whole_columns": [c.name for c in result.columns if c.entity],
            "rss_ready_mb": rss_ready,
            "peak_rss_mb": _peak_rss_mb(),
            "workers_peak_rss_mb": _peak_rss_mb(resource.RUSAGE_CHILDREN),
        }
    )


class TreeMemory:
    """Samples the summed PSS and RSS of a process and its children (Linux /proc) in a thread."""

    def __init__(self, pid: int, interval: float = 0.1) -> None:
        self.pid = pid
        self.interval = interval
        self.peak_pss_mb = 0.0
        self.peak_processes = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    @staticmethod
    def available() -> bool:
        """Whether /proc gives PSS here."""
        return Path(f"/proc/{os.getpid()}/smaps_rollup").exists()

    def _pids(self) -> list[int]:
        try:
            text = Path(f"/proc/{self.pid}/task/{self.pid}/children").read_text()
        except OSError:
            return [self.pid]
        return [self.pid, *map(int, text.split())]

    @staticmethod
    def _pss_kb(pid: int) -> int:
        try:
            with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as handle:
                for line in handle:
                    if line.startswith("Pss:"):
                        return int(line.split()[1])
        except OSError:
            pass  # the process ended between listing and reading
        return 0

    def sample(self) -> None:
        """Take one sample now."""
        pids = self._pids()
        total = sum(self._pss_kb(pid) for pid in pids) / 1024
        if total > self.peak_pss_mb:
            self.peak_pss_mb, self.peak_processes = total, len(pids)

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.sample()

    def __enter__(self) -> TreeMemory:
        self.sample()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def _baseline_child(columns: dict[str, list[str]], threshold: float, queue: Any) -> None:
    """Child process: analyze every cell with BatchAnalyzerEngine over build_analyzer()."""
    from presidio_analyzer import BatchAnalyzerEngine

    from privacy import build_analyzer

    started = time.perf_counter()
    engine = BatchAnalyzerEngine(analyzer_engine=build_analyzer())
    engine.analyzer_engine.analyze("预热 warm-up", language="zh")
    built = time.perf_counter()
    found: dict[str, list[list[tuple[int, int, str]]]] = {}
    for item in engine.analyze_dict(columns, language="zh", score_threshold=threshold):
        found[item.key] = [
            [(r.start, r.end, r.entity_type) for r in cell] for cell in item.recognizer_results
        ]
    done = time.perf_counter()
    queue.put(
        {
            "build_seconds": built - started,
            "seconds": done - built,
            "found": found,
            "peak_rss_mb": _peak_rss_mb(),
        }
    )


def _run_child(target: Any, *args: Any) -> dict:
    """Run target(*args, queue) in a fresh (spawned) process and return what it puts last."""
    context = mp.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=target, args=(*args, queue))
    process.start()
    try:
        result = queue.get()
        if result.get("ready"):  # the screen: memory is sampled while it works
            with TreeMemory(process.pid) as memory:
                result = queue.get()
            if TreeMemory.available():
                result["peak_pss_mb"] = memory.peak_pss_mb
                result["processes"] = memory.peak_processes
    finally:
        process.join()
    if process.exitcode:
        raise SystemExit(f"{target.__name__} failed with exit code {process.exitcode}")
    return result


def _memory_mb(figures: dict) -> float:
    """The memory figure judged: summed PSS of the screen's processes (max RSS without /proc)."""
    if "peak_pss_mb" in figures:
        return figures["peak_pss_mb"]
    return figures["peak_rss_mb"] + figures.get("workers_peak_rss_mb", 0.0)


class Recall:
    """Planted and found counts, per kind."""

    def __init__(self) -> None:
        self.planted: Counter[str] = Counter()
        self.found: Counter[str] = Counter()

    def add(self, kind: str, found: bool) -> None:
        """Count one planted value."""
        self.planted[kind] += 1
        self.found[kind] += found

    @property
    def value(self) -> float:
        """Overall recall (1.0 when nothing was planted)."""
        total = sum(self.planted.values())
        return sum(self.found.values()) / total if total else 1.0

    def by_kind(self) -> dict[str, float]:
        """Recall per kind of planted value."""
        return {k: self.found[k] / n for k, n in sorted(self.planted.items())}

    def to_dict(self) -> dict:
        """JSON-able figures."""
        return {
            "recall": self.value,
            "planted": sum(self.planted.values()),
            "found": sum(self.found.values()),
            "by_kind": self.by_kind(),
            "planted_by_kind": dict(sorted(self.planted.items())),
        }


def screen_recall(
    output: Path, rows: int, seed: int, sample: int, pool: int = POOL
) -> tuple[Recall, Recall, dict[str, int]]:
    """Recall of the screen over all rows and over the first sample rows (output vs replay)."""
    everything, first = Recall(), Recall()
    altered: Counter[str] = Counter()  # cells without planted values the screen changed
    generator = TableGenerator(seed, pool)
    with open(output, encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        published = {name: index for index, name in enumerate(next(reader))}
        # where each input column is in the output (None: the policy dropped it)
        where = [published.get(name) for name in HEADER]
        for index, ((row, planted), out) in enumerate(
            zip(generator.rows(rows), reader, strict=True)
        ):
            for item in planted:
                column = where[item.column]
                gone = column is None or item.value not in out[column]
                everything.add(item.kind, gone)
                if index < sample:
                    first.add(item.kind, gone)
            holding = {item.column for item in planted}
            for column, (cell, position) in enumerate(zip(row, where, strict=True)):
                if position is not None and cell != out[position] and column not in holding:
                    altered[HEADER[column]] += 1
    return everything, first, dict(altered)


def baseline_recall(
    found: dict[str, list[list[tuple[int, int, str]]]], planted_rows: list[list[Planted]]
) -> Recall:
    """Recall of the baseline: a result of a plausible entity overlaps the planted span."""
    recall = Recall()
    for index, planted in enumerate(planted_rows):
        for item in planted:
            results = found[HEADER[item.column]][index]
            hit = any(
                start < item.end and item.start < end and entity in PLAUSIBLE[item.kind]
                for start, end, entity in results
            )
            recall.add(item.kind, hit)
    return recall


# ------------------------------------------------------------------------ the run


def run(
    rows: int,
    baseline_rows: int,
    seed: int,
    workdir: Path,
    keep: bool = False,
    log=print,
    pool: int = POOL,
    workers: int | None = None,
) -> dict:
    """Generate, screen (as configured, then in one process), baseline and score."""
    import filecmp

    from privacy import Screener
    from privacy.parallel import default_workers

    workdir.mkdir(parents=True, exist_ok=True)
    source = workdir / f"privacy_bench_{rows}_{seed}.csv"
    output = workdir / f"privacy_bench_{rows}_{seed}.screened.csv"
    single_output = workdir / f"privacy_bench_{rows}_{seed}.screened-1.csv"
    baseline_rows = min(baseline_rows, rows)

    log(f"generating {rows:,} rows (seed {seed}) → {source}")
    started = time.perf_counter()
    write_input(source, rows, seed, pool)
    generate_seconds = time.perf_counter() - started
    size_mb = source.stat().st_size / 1e6

    configured = workers if workers is not None else default_workers()
    log(f"screening (read → detect → remediate → write) in a child process, workers = "
        f"{'auto: ' if workers is None else ''}{configured} …")
    ours = _run_child(_screen_child, str(source), str(output), workers)
    log(f"  {ours['seconds']:.1f} s")
    log("screening again in one process (workers = 1) …")
    single = _run_child(_screen_child, str(source), str(single_output), 1)
    log(f"  {single['seconds']:.1f} s")
    identical = filecmp.cmp(output, single_output, shallow=False)

    log("checking the screened output against the replayed ground truth …")
    recall_all, recall_sample, altered = screen_recall(output, rows, seed, baseline_rows, pool)

    log(f"baseline: BatchAnalyzerEngine on the first {baseline_rows:,} rows, cell by cell …")
    sample_rows: list[list[str]] = []
    sample_truth: list[list[Planted]] = []
    for row, planted in TableGenerator(seed, pool).rows(baseline_rows):
        sample_rows.append(row)
        sample_truth.append(planted)
    columns = {name: [row[i] for row in sample_rows] for i, name in enumerate(HEADER)}
    threshold = Screener().min_score
    base = _run_child(_baseline_child, columns, threshold)
    recall_base = baseline_recall(base.pop("found"), sample_truth)
    log(f"  {base['seconds']:.1f} s")
    sample_mb = sum(len(",".join(r).encode()) + 1 for r in sample_rows) / 1e6

    if not keep:
        source.unlink(missing_ok=True)
        output.unlink(missing_ok=True)
    single_output.unlink(missing_ok=True)

    ours_rps = rows / ours["seconds"]
    base_rps = baseline_rows / base["seconds"]
    ratio = ours_rps / base_rps
    single_ratio = rows / single["seconds"] / base_rps
    memory = _memory_mb(ours)
    targets = {
        "throughput": {
            "target": f">= {TARGET_RATIO:g}x baseline rows/s",
            "value": ratio,
            "pass": ratio >= TARGET_RATIO,
        },
        "recall": {
            "target": "screen recall >= baseline recall (same rows, and all rows)",
            "value": [recall_sample.value, recall_all.value, recall_base.value],
            "pass": min(recall_sample.value, recall_all.value) >= recall_base.value,
        },
        "memory": {
            "target": f"screen peak memory (summed PSS of its processes) < {TARGET_RSS_MB:g} MB",
            "value": memory,
            "pass": memory < TARGET_RSS_MB,
        },
        "identical": {
            "target": "the one-process output is byte-identical to the configured one",
            "value": float(identical),
            "pass": identical,
        },
    }
    return {
        "seed": seed,
        "python": sys.version.split()[0],
        "cpus": os.cpu_count(),
        "load_average_at_end": os.getloadavg()[0],
        "generate_seconds": generate_seconds,
        "screen": {
            "rows": rows,
            "mb": size_mb,
            "seconds": ours["seconds"],
            "rows_per_s": ours_rps,
            "mb_per_s": size_mb / ours["seconds"],
            "workers": configured,
            "peak_memory_mb": memory,
            "peak_pss_mb": ours.get("peak_pss_mb"),
            "processes": ours.get("processes"),
            "peak_rss_mb": ours["peak_rss_mb"],
            "workers_peak_rss_mb": ours["workers_peak_rss_mb"],
            "rss_before_screening_mb": ours["rss_ready_mb"],
            "build_seconds": ours["build_seconds"],
            "decision": ours["decision"],
            "whole_columns": ours["whole_columns"],
            "recall": recall_all.to_dict(),
            "recall_baseline_rows": recall_sample.to_dict(),
            "unplanted_cells_altered": altered,
        },
        "screen_one_process": {
            "rows": rows,
            "mb": size_mb,
            "seconds": single["seconds"],
            "rows_per_s": rows / single["seconds"],
            "mb_per_s": size_mb / single["seconds"],
            "peak_memory_mb": _memory_mb(single),
            "peak_rss_mb": single["peak_rss_mb"],
            "ratio": single_ratio,
            "identical_output": identical,
        },
        "baseline": {
            "engine": "presidio_analyzer.BatchAnalyzerEngine(build_analyzer()).analyze_dict",
            "score_threshold": threshold,
            "rows": baseline_rows,
            "mb": sample_mb,
            "seconds": base["seconds"],
            "rows_per_s": base_rps,
            "mb_per_s": sample_mb / base["seconds"],
            "peak_rss_mb": base["peak_rss_mb"],
            "build_seconds": base["build_seconds"],
            "recall": recall_base.to_dict(),
        },
        "ratio": ratio,
        "ratio_one_process": single_ratio,
        "bench_peak_rss_mb": _peak_rss_mb(),
        "targets": targets,
        "pass": all(t["pass"] for t in targets.values()),
    }


def report(figures: dict) -> str:
    """The figures as a plain-text table."""
    ours, single, base = figures["screen"], figures["screen_one_process"], figures["baseline"]
    head = (
        f"{'':<30}{'rows':>10}{'MB':>9}{'seconds':>10}{'rows/s':>11}{'MB/s':>8}"
        f"{'peak MB':>9}{'recall':>9}{'ratio':>8}"
    )
    lines = [head, "-" * len(head)]
    sides = (
        (f"govcat Screener, {ours['workers']} worker(s)", ours, ours["recall"]["recall"],
         figures["ratio"]),
        ("govcat Screener, 1 process", single, None, figures["ratio_one_process"]),
        ("Presidio BatchAnalyzerEngine", base, base["recall"]["recall"], 1.0),
    )
    for label, fig, recall, ratio in sides:
        memory = fig.get("peak_memory_mb", fig["peak_rss_mb"])
        shown = f"{recall:>9.4f}" if recall is not None else f"{'(same)':>9}"
        lines.append(
            f"{label:<30}{fig['rows']:>10,}{fig['mb']:>9.1f}{fig['seconds']:>10.1f}"
            f"{fig['rows_per_s']:>11,.0f}{fig['mb_per_s']:>8.2f}{memory:>9.0f}{shown}"
            f"{ratio:>7.1f}x"
        )
    lines.append("-" * len(head))
    lines.append(
        f"throughput ratio (govcat rows/s ÷ baseline rows/s): {figures['ratio']:.1f}x with "
        f"{ours['workers']} worker(s), {figures['ratio_one_process']:.1f}x in one process "
        "(the baseline runs in one process)"
    )
    lines.append(
        "peak MB: summed PSS of the screen's process and its workers (pages they share counted "
        f"once); the screen process's own peak RSS {ours['peak_rss_mb']:.0f} MB; one-process "
        f"output identical: {'yes' if single['identical_output'] else 'NO'}"
    )
    lines.append("")
    kinds = sorted(set(ours["recall"]["by_kind"]) | set(base["recall"]["by_kind"]))
    lines.append(
        f"{'recall by kind':<18}{'planted (all)':>14}{'govcat all':>12}"
        f"{'govcat sample':>15}{'baseline sample':>17}"
    )
    for kind in kinds:
        lines.append(
            f"{kind:<18}{_planted(ours, kind):>14,}"
            f"{ours['recall']['by_kind'].get(kind, float('nan')):>12.4f}"
            f"{ours['recall_baseline_rows']['by_kind'].get(kind, float('nan')):>15.4f}"
            f"{base['recall']['by_kind'].get(kind, float('nan')):>17.4f}"
        )
    lines.append(
        f"{'all':<18}{ours['recall']['planted']:>14,}{ours['recall']['recall']:>12.4f}"
        f"{ours['recall_baseline_rows']['recall']:>15.4f}{base['recall']['recall']:>17.4f}"
    )
    altered = ours["unplanted_cells_altered"]
    lines.append(
        "cells without a planted value that the screen changed: "
        + (", ".join(f"{k} {v:,}" for k, v in altered.items()) or "none")
    )
    lines.append(
        f"whole-column remediation: {', '.join(ours['whole_columns']) or 'none'}; "
        f"screen RSS before reading: {ours['rss_before_screening_mb']:.0f} MB; "
        f"analyzer build {ours['build_seconds']:.1f} s (not timed)"
    )
    lines.append("")
    for name, target in figures["targets"].items():
        value = target["value"]
        shown = " / ".join(f"{v:.4f}" for v in value) if isinstance(value, list) else f"{value:.1f}"
        lines.append(
            f"{'PASS' if target['pass'] else 'FAIL'}  {name:<11} {target['target']}: {shown}"
        )
    return "\n".join(lines)


def _planted(figures: dict, kind: str) -> int:
    """Planted values of kind over all rows."""
    return figures["recall"]["planted_by_kind"].get(kind, 0)


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000, help="rows of the table")
    parser.add_argument(
        "--baseline-rows", type=int, default=20_000, help="rows screened by the Presidio baseline"
    )
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument(
        "--workdir",
        type=Path,
        default=ROOT / "bench" / "out",
        help="where the generated and screened tables are written",
    )
    parser.add_argument("--json", type=Path, help="write the figures to this JSON file")
    parser.add_argument("--keep", action="store_true", help="keep the generated tables")
    parser.add_argument(
        "--pool",
        type=int,
        default=POOL,
        help="personal names pre-generated with Faker and sampled from",
    )
    parser.add_argument(
        "--workers",
        default="auto",
        help="worker processes of the screen (auto: one per CPU, as GOVCAT_SCREEN_WORKERS)",
    )
    args = parser.parse_args(argv)
    workers = None if args.workers == "auto" else int(args.workers)
    figures = run(
        args.rows,
        args.baseline_rows,
        args.seed,
        args.workdir,
        args.keep,
        log=lambda message: print(message, file=sys.stderr, flush=True),
        pool=args.pool,
        workers=workers,
    )
    print(report(figures))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(
            json.dumps(figures, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
