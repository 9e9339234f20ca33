"""Smoke tests of the privacy benchmark (no timing asserted).

The run of both table shapes through the CLI is marked slow: it starts ``govcat`` eleven times
(four screens, the start-up figures), about 30 s while ``govcat screen`` takes 4 s to start.
Its parts (generators, the reference, recall, the CLI runner) are tested quickly here too.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
HOTLINE_HEADER = ("工单编号", "受理时间", "来电人", "联系电话", "所属区县", "诉求类型", "诉求内容",
                  "办理结果")


@pytest.fixture(scope="module")
def bench():
    """bench/privacy_bench.py as a module (importable by name, as its child processes need)."""
    sys.path.insert(0, str(BENCH))
    try:
        import privacy_bench

        yield privacy_bench
    finally:
        sys.path.remove(str(BENCH))


@pytest.mark.parametrize("shape", ["subsidy", "hotline"])
def test_generators_are_seeded_and_plant_valid_values(bench, shape):
    table = bench.SHAPES[shape]
    first = list(table(7, pool=300).rows(200))
    assert first == list(table(7, pool=300).rows(200))
    assert first == list(table(7, pool=300).rows(300))[:200]  # a prefix of a longer stream
    assert [row for row, _ in first] != [row for row, _ in table(8, pool=300).rows(200)]
    from privacy.recognizers.bank_card import card_problem
    from privacy.recognizers.resident_id import validate_resident_id

    kinds = set()
    for row, planted in first:
        assert len(row) == len(table.HEADER) == 8
        for item in planted:
            assert row[item.column][item.start:item.end] == item.value
            kinds.add(item.kind)
            if item.kind == "CN_RESIDENT_ID":
                assert validate_resident_id(item.value) is None
            if item.kind == "BANK_CARD":
                assert card_problem(item.value.replace(" ", "")) is None
    assert {"PERSON", "CN_RESIDENT_ID", "CN_MOBILE", "EMAIL_ADDRESS", "BANK_CARD"} <= kinds


def test_hotline_appeals_name_a_person_in_a_third_of_the_rows(bench):
    table = bench.HotlineTable(5, pool=2000)
    assert table.HEADER == HOTLINE_HEADER and table.FREE_TEXT == "诉求内容"
    rows = list(table.rows(3000))
    appeals = [row[6] for row, _ in rows]
    assert all(30 <= len(text) <= 120 for text in appeals)
    assert max(map(len, appeals)) > 90  # long appeals too, not only short ones
    naming = sum(any(p.column == 6 and p.kind == "PERSON" for p in planted) for _, planted in rows)
    assert 0.28 < naming / len(rows) < 0.39
    appeal_kinds = {p.kind for _, planted in rows for p in planted if p.column == 6}
    assert {"PERSON", "CN_ADDRESS", "CN_MOBILE", "CN_LANDLINE", "EMAIL_ADDRESS"} <= appeal_kinds
    assert len({row[5] for row, _ in rows}) >= 5  # 诉求类型
    assert sorted(row[1] for row, _ in rows) == [row[1] for row, _ in rows]  # 受理时间 in order
    assert len({row[0] for row, _ in rows}) == len(rows)  # 工单编号 unique
    # realistic names: many surnames, compound ones among them, not only the commonest
    assert len(set(table.surnames)) > 150
    assert any(len(surname) == 2 for surname in table.surnames)


def test_reference_is_presidio_offline_and_finds_what_its_patterns_describe(bench):
    figures, recall = bench.run_reference(bench.SubsidyTable(3, pool=200), 40)
    assert figures["rows"] == 40 and figures["seconds"] > 0 and figures["rows_per_s"] > 0
    assert figures["patterns"]["CN_MOBILE"] == bench.MOBILE_PATTERN
    by_kind = recall.by_kind()
    assert by_kind["CN_MOBILE"] == 1.0 and by_kind["CN_RESIDENT_ID"] == 1.0
    assert by_kind["EMAIL_ADDRESS"] > 0.9  # Presidio's EmailRecognizer, validated offline
    assert by_kind["PERSON"] == 0.0  # a blank pipeline and no name recognizer


@pytest.mark.slow
def test_bench_run_reports_both_shapes(bench, tmp_path, capsys):
    out = tmp_path / "figures.json"
    work = tmp_path / "work"
    assert bench.main(["--rows", "2500", "--reference-rows", "150", "--seed", "11", "--pool",
                       "1000", "--startup-runs", "1", "--workdir", str(work),
                       "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "== subsidy table" in printed and "== hotline table" in printed
    assert "== start-up" in printed and ("FAILING:" in printed or "all targets met" in printed)
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert {"startup", "shapes", "failing", "pass", "default_workers"} <= set(figures)
    assert set(figures["shapes"]) == {"subsidy", "hotline"}
    for name, shape in figures["shapes"].items():
        assert shape["rows"] == 2500 and shape["mb"] > 0
        assert set(shape["targets"]) == {"throughput", "recall", "memory", "identical"}
        assert shape["identical_output"] and shape["targets"]["identical"]["pass"]
        ref = shape["reference"]
        assert ref["rows"] == 150 and ref["rows_per_s"] > 0 and ref["seconds"] > 0
        for label, workers in (("default", figures["default_workers"]), ("one_process", 1)):
            run = shape["govcat"][label]
            assert run["command"][:2] == ["govcat", "screen"]
            assert run["workers"] == workers
            assert run["rows_reported"] == 2500 and run["decision"]
            assert run["seconds"] > 0 and run["rows_per_s"] == pytest.approx(2500 / run["seconds"])
            assert run["cpu_seconds"] > 0 and run["load_before"] >= 0
            assert run["ratio"] == pytest.approx(run["rows_per_s"] / ref["rows_per_s"])
            assert 20 < run["peak_memory_mb"] < 4000  # the CLI's processes were measured
        recall = shape["recall"]
        for side in ("screen", "screen_reference_rows", "reference"):
            assert recall[side]["planted"] > 0 and 0.0 <= recall[side]["recall"] <= 1.0
        assert recall["screen_reference_rows"]["planted"] == recall["reference"]["planted"]
        assert recall["screen"]["planted"] > recall["reference"]["planted"]
        assert recall["screen"]["recall"] > 0.8, name  # whole columns at least are masked
        # the reference finds the mobiles and resident IDs its patterns describe
        assert recall["reference"]["by_kind"].get("CN_MOBILE", 1.0) > 0.9, name
        assert recall["reference"]["by_kind"].get("CN_RESIDENT_ID", 1.0) > 0.9, name
        assert recall["reference"]["by_kind"].get("PERSON", 0.0) == 0.0  # no name recognizer
        names = shape["names_in_text"]
        assert 0 < names["hidden_whole"] <= names["planted"], name
        assert "planted names in text hidden whole" in printed
    share = figures["shapes"]["hotline"]["rows_naming_a_person_share"]
    assert 0.28 < share < 0.39
    startup = figures["startup"]
    assert set(startup["targets"]) == {"startup_help", "startup_screen"}
    assert startup["help_median"] > 0 and startup["screen_median"] > 0
    assert set(figures["failing"]) == {
        f"{shape} {name}" for shape, fig in figures["shapes"].items()
        for name, target in fig["targets"].items() if not target["pass"]
    } | {name for name, target in startup["targets"].items() if not target["pass"]}
    assert not list(work.glob("*.csv"))  # tables removed without --keep
    assert not (work / "govcat-home").exists()  # the screen wrote nothing in its home


def test_screen_recall_counts_what_is_left_in_the_output(bench, tmp_path):
    output = tmp_path / "out.csv"
    table = bench.HotlineTable(3, pool=200)
    rows = list(table.rows(20))
    with open(output, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(table.HEADER)
        for index, (row, planted) in enumerate(rows):
            out = list(row)
            if index % 2:  # mask every planted value of odd rows
                for item in planted:
                    out[item.column] = out[item.column].replace(item.value, "*")
            if index == 4:
                out[4] = "某区"  # a cell without a planted value, changed
            writer.writerow(out)
    check = bench.screen_recall(output, table, 20, 10)
    planted = sum(len(p) for _, p in rows)
    hidden = sum(len(p) for i, (_, p) in enumerate(rows) if i % 2)
    assert sum(check.everything.planted.values()) == planted
    assert sum(check.everything.found.values()) == hidden
    assert sum(check.sample.planted.values()) == sum(len(p) for _, p in rows[:10])
    assert check.altered == {"所属区县": 1}
    assert check.rows_naming_a_person == sum(
        any(p.column == 6 and p.kind == "PERSON" for p in planted) for _, planted in rows
    )


@pytest.mark.parametrize(("cell", "whole"), [
    ("来电人张**反映", True),     # the surname is what masking keeps
    ("来电人张*丰反映", False),   # found, but a reader sees 丰
    ("来电人***反映", True),
    ("来电人张三丰反映", False),
    ("张三丰", False),            # shorter than the planted span: is the name still there?
    ("**", True),
])
def test_a_planted_name_is_hidden_whole_when_masking_hides_all_it_would(bench, cell, whole):
    item = bench.Planted(6, 3, 6, "PERSON", "张三丰")
    assert bench.hidden_whole(item, cell) is whole


def test_reference_recall_needs_an_overlapping_plausible_entity(bench):
    planted = [[bench.Planted(1, 0, 2, "PERSON", "张伟"), bench.Planted(3, 0, 11, "CN_MOBILE",
                                                                      "13812345678")],
               [bench.Planted(7, 4, 23, "BANK_CARD", "6222021234567890128")]]
    header = bench.SubsidyTable.HEADER
    found = {name: [[], []] for name in header}
    found["联系电话"][0] = [(0, 11, "PHONE_NUMBER")]
    found["姓名"][0] = [(0, 2, "LOCATION")]  # not a plausible entity for a name
    found["备注"][1] = [(0, 3, "CREDIT_CARD")]  # does not overlap the card's span
    recall = bench.reference_recall(found, planted, header)
    assert recall.to_dict()["by_kind"] == {"BANK_CARD": 0.0, "CN_MOBILE": 1.0, "PERSON": 0.0}
    found["备注"][1] = [(10, 30, "CREDIT_CARD")]
    assert bench.reference_recall(found, planted, header).by_kind()["BANK_CARD"] == 1.0


def test_run_cli_sums_the_memory_of_the_process_tree(bench, tmp_path):
    script = "import os, time\nif os.fork() == 0:\n    time.sleep(0.5)\n    os._exit(0)\nos.wait()"
    figures = bench.run_cli([sys.executable, "-c", script], {}, tmp_path)
    assert figures["seconds"] >= 0.5
    if bench.TreeMemory.available():
        assert figures["processes"] == 2 and figures["peak_pss_mb"] > 1
    with pytest.raises(SystemExit, match="exited with 3"):
        bench.run_cli([sys.executable, "-c", "raise SystemExit(3)"], {}, tmp_path)


def test_cpu_per_row_sets_each_run_against_the_budget_of_the_target(bench):
    default = {"cpu_seconds": 120.0, "rows": 1_000_000}
    single = {"cpu_seconds": 100.0, "rows": 1_000_000}
    reference = {"cpu_seconds": 20.0, "rows": 20_000, "rows_per_s": 1_000.0}
    line = bench.cpu_per_row(default, single, reference, cpus=2)
    # 50 × 1,000 rows/s on 2 CPUs: 2 / 50,000 s = 40 µs a row
    assert line == ("CPU per row: 120 µs (default), 100 µs (one process), 1000 µs (reference); "
                    "50x the reference's rows/s on 2 busy CPUs leaves at most 40 µs a row")
