"""Screening large CSV files in worker processes gives exactly what one process gives."""

from __future__ import annotations

import csv
import json
import random
import time

import pytest

from privacy import Screener, TableReadError, read_table
from privacy.csvchunks import ChunkBoundaryError, chunk_rows, plan_chunks, splittable
from privacy.findings import FindingCollector
from privacy.parallel import can_fork
from privacy.profiling import TableProfiling
from privacy.risk import KAnonymityCounter

pytestmark = pytest.mark.skipif(not can_fork(), reason="worker processes need fork()")

HEADER = ["序号", "姓名", "性别", "年龄", "区县", "身份证号", "联系电话", "备注"]
DISTRICTS = ["上城区", "拱墅区", "西湖区", "滨江区", "萧山区"]


def build_rows(gen, n: int) -> list[list[str]]:
    """People with quasi-identifiers, IDs (some invalid), phones and free-text remarks."""
    rng = random.Random(5)
    rows = []
    for i in range(n):
        rid = gen.resident_id()
        if i % 97 == 5:
            rid = rid[:17] + ("0" if rid[17] != "0" else "1")  # bad checksum
        note = rng.choice([
            "",
            "材料齐全，审核通过。",
            f"委托{gen.name()}代领，联系电话{gen.mobile()}。",
            f"收款账号{gen.card()}，请核对。",
            f"按政策标准发放{rng.randrange(100, 999)}.00元。",
        ])
        rows.append([str(i + 1), gen.name(), rng.choice("男女"), str(rng.randrange(18, 90)),
                     rng.choice(DISTRICTS), rid, gen.mobile(), note])
    return rows


def write_csv(path, rows, encoding="utf-8", header=HEADER):
    with open(path, "w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def in_workers(analyzer, **options) -> Screener:
    """A screen that cuts every CSV into chunks of about 2 KB for two workers."""
    return Screener(analyzer, workers=2, parallel_min_bytes=0, chunk_bytes=2048, **options)


def screened(screener: Screener, path, output):
    result = screener.screen_file(path, output)
    return json.dumps(result.to_dict(), ensure_ascii=False, sort_keys=True), output.read_bytes()


@pytest.fixture(scope="module")
def people_rows():
    from .conftest import Gen

    return build_rows(Gen(99), 600)


def test_workers_give_the_same_output_findings_and_risk(analyzer, people_rows, tmp_path):
    path = write_csv(tmp_path / "people.csv", people_rows)
    table = read_table(path)
    assert len(plan_chunks(table, 2048)) > 10
    one = screened(Screener(analyzer, workers=1), path, tmp_path / "one.csv")
    two = screened(in_workers(analyzer), path, tmp_path / "two.csv")
    assert two == one
    report = json.loads(two[0])
    assert report["risk"]["quasi_identifiers"] == ["性别", "年龄", "区县"]
    assert {c["entity"] for c in report["columns"]} >= {"PERSON", "CN_RESIDENT_ID", "CN_MOBILE"}
    # row numbers of findings after the first chunk are those of the whole table
    for finding in (f for f in report["findings"] if f["field"] == "备注"):
        rows = [o[0] for o in finding["offsets"]]
        assert rows == sorted(rows) and rows[-1] > 40


def test_screen_table_without_output_in_workers(analyzer, people_rows, tmp_path):
    path = write_csv(tmp_path / "people.csv", people_rows)
    one = Screener(analyzer, workers=1).screen_table(read_table(path))
    two = in_workers(analyzer).screen_table(read_table(path))
    assert two.to_dict() == one.to_dict()


@pytest.mark.parametrize("encoding", ["gb18030", "utf-8-sig"])
def test_encodings_cut_at_newlines(analyzer, people_rows, tmp_path, encoding):
    path = write_csv(tmp_path / "people.csv", people_rows[:200], encoding)
    table = read_table(path)
    assert splittable(table)
    assert [r for c in plan_chunks(table, 1000) for r in chunk_rows(table, c)] == \
        list(table.rows())
    one = screened(Screener(analyzer, workers=1), path, tmp_path / "one.csv")
    two = screened(in_workers(analyzer), path, tmp_path / "two.csv")
    assert two == one


def test_utf16_is_screened_in_one_process(analyzer, people_rows, tmp_path):
    path = write_csv(tmp_path / "people.csv", people_rows[:50], "utf-16")
    assert not splittable(read_table(path))
    one = screened(Screener(analyzer, workers=1), path, tmp_path / "one.csv")
    assert screened(in_workers(analyzer), path, tmp_path / "two.csv") == one


def test_quoted_newlines_fall_back_to_one_stream(analyzer, people_rows, tmp_path):
    # remarks spanning lines: most cuts land inside a quoted field
    rows = [r[:-1] + [f"第一行\n第二行{r[0]}\n" + r[-1] + "\n" * 40] for r in people_rows[:150]]
    path = write_csv(tmp_path / "multiline.csv", rows)
    table = read_table(path)
    chunks = plan_chunks(table, 700)
    with pytest.raises(ChunkBoundaryError):
        for chunk in chunks:
            list(chunk_rows(table, chunk))
    one = screened(Screener(analyzer, workers=1), path, tmp_path / "one.csv")
    two = screened(in_workers(analyzer), path, tmp_path / "two.csv")
    assert two == one
    assert len(list(csv.reader((tmp_path / "two.csv").open(encoding="utf-8")))) == 151


def test_ragged_and_blank_rows(analyzer, people_rows, tmp_path):
    rows = [list(r) for r in people_rows[:300]]
    rows[250] = rows[250] + ["多出的单元格", "13812345678"]  # cells beyond the header, late
    rows[120] = []                                       # a blank line
    rows[7] = rows[7][:3]                                 # a short row
    path = write_csv(tmp_path / "ragged.csv", rows)
    one = screened(Screener(analyzer, workers=1), path, tmp_path / "one.csv")
    two = screened(in_workers(analyzer), path, tmp_path / "two.csv")
    assert two == one
    assert json.loads(two[0])["header"][-2:] == ["column9", "column10"]


def test_malformed_row_in_a_late_chunk_names_its_line(analyzer, people_rows, tmp_path):
    path = write_csv(tmp_path / "bad.csv", people_rows[:300])
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[280] = '281,"张三"x,男,30,西湖区,,,\r\n'
    path.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(TableReadError, match="line 281") as sequential:
        Screener(analyzer, workers=1).screen_file(path, tmp_path / "one.csv")
    with pytest.raises(TableReadError, match="line 281") as parallel:
        in_workers(analyzer).screen_file(path, tmp_path / "two.csv")
    assert str(parallel.value) == str(sequential.value)
    assert not (tmp_path / "two.csv").exists()


def test_tsv_and_xlsx_outputs(analyzer, people_rows, tmp_path):
    path = write_csv(tmp_path / "people.csv", people_rows[:200])
    for suffix in (".tsv", ".xlsx"):
        one = Screener(analyzer, workers=1).screen_file(path, tmp_path / f"one{suffix}")
        two = in_workers(analyzer).screen_file(path, tmp_path / f"two{suffix}")
        assert two.to_dict() == one.to_dict()
        assert list(read_table(tmp_path / f"two{suffix}").rows()) == \
            list(read_table(tmp_path / f"one{suffix}").rows())


def test_small_files_stay_in_one_process(analyzer, people_rows, tmp_path):
    path = write_csv(tmp_path / "people.csv", people_rows[:100])
    screener = Screener(analyzer, workers=2)  # default threshold: megabytes
    assert screener._chunks(read_table(path)) is None
    assert Screener(analyzer, workers=1, parallel_min_bytes=0)._chunks(read_table(path)) is None
    with pytest.raises(ValueError):
        Screener(analyzer, workers=0)


def test_plan_chunks_cover_the_file_at_line_starts(people_rows, tmp_path):
    path = write_csv(tmp_path / "people.csv", people_rows[:300])
    data = path.read_bytes()
    chunks = plan_chunks(read_table(path), 1500)
    assert chunks[0].start == 0 and chunks[-1].end == len(data) and chunks[-1].last
    for before, after in zip(chunks, chunks[1:], strict=False):
        assert before.end == after.start and data[after.start - 1 : after.start] == b"\n"
        assert after.first_line == data[: after.start].count(b"\n") + 1
        assert not before.last
    assert plan_chunks(read_table(path), len(data) * 2)[0].end == len(data)


def test_merged_parts_equal_one_pass(analyzer, people_rows, tmp_path):
    path = write_csv(tmp_path / "people.csv", people_rows)
    table = read_table(path)
    classifiers = Screener(analyzer).scanner.classifiers()
    import datetime as dt

    today = dt.date(2026, 12, 1)
    whole = TableProfiling(HEADER, HEADER, classifiers, today)
    whole.add_rows(table.rows())
    merged = TableProfiling(HEADER, HEADER, classifiers, today)
    for chunk in plan_chunks(table, 4096):
        part = TableProfiling(HEADER, HEADER, classifiers, today)
        part.add_rows(chunk_rows(table, chunk))
        merged.merge(part)
    assert merged.rows == whole.rows == len(people_rows)
    assert [p.to_dict() for p in merged.profiles()] == [p.to_dict() for p in whole.profiles()]
    assert [(s.cells, s.terms, s.minors, s.id_minors) for s in merged.sensitive] == \
        [(s.cells, s.terms, s.minors, s.id_minors) for s in whole.sensitive]


def test_k_anonymity_counters_merge_by_value():
    rows = [["男", "30", "西湖区"], ["女", "30", "西湖区"], ["男", "30", "西湖区"],
            ["男", "41", "滨江区"], ["女", "30", "西湖区"], ["男", "41", "滨江区"]]
    whole = KAnonymityCounter(["性别", "年龄", "区县"], [0, 1, 2], threshold=2)
    for row in rows:
        whole.add(row)
    first, second = whole.empty(), whole.empty()
    for row in rows[:2]:
        first.add(row)
    for row in reversed(rows[2:]):  # other value ids in the second counter
        second.add(row)
    first.merge(second)
    assert first.report() == whole.report()
    assert sorted(first.classes.values()) == [2, 2, 2]
    with pytest.raises(ValueError):
        first.merge(KAnonymityCounter(["性别"], [0]))


def test_finding_collectors_merge_in_table_order():
    first, second, whole = (FindingCollector(0.85) for _ in range(3))
    for row in range(1, 16):
        (first if row < 9 else second).add("备注", "PERSON", "cell", row, 0, 2, 0.9)
        whole.add("备注", "PERSON", "cell", row, 0, 2, 0.9)
    second.add("备注", "CN_MOBILE", "cell", 12, 3, 14, 0.6, action="mask")
    whole.add("备注", "CN_MOBILE", "cell", 12, 3, 14, 0.6, action="mask")
    first.merge(second)
    assert first.findings() == whole.findings()


def test_lazily_loaded_data_is_loaded_before_workers_are_forked():
    from privacy.analyzer import build_analyzer
    from privacy.lexicon import lexicon
    from privacy.recognizers.person_model import load_model

    lexicon.cache_clear()
    load_model.cache_clear()
    Screener(build_analyzer()).scanner.preload()  # fresh recognizers: nothing loaded yet
    # the dictionary's table and the name model: one copy shared by the workers
    assert lexicon.cache_info().currsize == 1 and load_model.cache_info().currsize == 1


def _square_unless_five(state, number):
    if number == 5:
        raise ValueError("five")
    if number == 7:
        return lambda: None  # cannot be pickled
    return state * number * number


def test_map_in_workers_keeps_order_and_raises_in_turn():
    from privacy.parallel import map_in_workers

    assert list(map_in_workers(_square_unless_five, 1, range(5), 3)) == [0, 1, 4, 9, 16]
    got = []
    with pytest.raises(ValueError, match="five"):
        for value in map_in_workers(_square_unless_five, 2, range(20), 2):
            got.append(value)
    assert got == [0, 2, 8, 18, 32]  # every result before the failing argument, in order


def _slow_four_failing_five(state, number):
    if number == 4:
        time.sleep(0.5)  # the worker of 5 has sent its error and ended long before
    return _square_unless_five(state, number)


def test_an_error_is_raised_in_turn_after_its_worker_ended():
    from privacy.parallel import map_in_workers

    got = []
    with pytest.raises(ValueError, match="five"):
        for value in map_in_workers(_slow_four_failing_five, 1, range(20), 2):
            got.append(value)
    assert got == [0, 1, 4, 9, 16]


def test_map_in_workers_unpicklable_result_and_early_stop_leave_no_process():
    import multiprocessing as mp

    from privacy.parallel import WorkerError, map_in_workers

    with pytest.raises(WorkerError, match="could not send back its result"):
        list(map_in_workers(_square_unless_five, 1, [6, 7, 8], 2))
    results = map_in_workers(_square_unless_five, 1, range(100), 2)
    assert next(results) == 0
    results.close()  # the caller stops early: the workers are killed and reaped
    assert mp.active_children() == []
