"""Smoke test of the privacy benchmark: a few hundred rows end to end (no timing asserted)."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.fixture(scope="module")
def bench():
    """bench/privacy_bench.py as a module (importable by name, as its child processes need)."""
    sys.path.insert(0, str(BENCH))
    try:
        import privacy_bench

        yield privacy_bench
    finally:
        sys.path.remove(str(BENCH))


def test_generator_is_seeded_and_plants_valid_values(bench):
    first = list(bench.TableGenerator(7, pool=200).rows(50))
    again = list(bench.TableGenerator(7, pool=200).rows(50))
    assert first == again
    assert [row for row, _ in first] != [row for row, _ in bench.TableGenerator(8, pool=200)
                                         .rows(50)]
    from privacy.recognizers.bank_card import card_problem
    from privacy.recognizers.resident_id import validate_resident_id

    for row, planted in first:
        assert len(row) == len(bench.HEADER)
        for item in planted:
            assert row[item.column][item.start:item.end] == item.value
            if item.kind == "CN_RESIDENT_ID":
                assert validate_resident_id(item.value) is None
            if item.kind == "BANK_CARD":
                assert card_problem(item.value) is None


def test_bench_run_reports_figures_and_recall(bench, tmp_path, capsys):
    out = tmp_path / "figures.json"
    assert bench.main(["--rows", "300", "--baseline-rows", "50", "--seed", "11", "--pool", "500",
                       "--workdir", str(tmp_path / "work"), "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "throughput ratio" in printed
    assert "PASS" in printed or "FAIL" in printed
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert {"screen", "baseline", "ratio", "targets", "pass"} <= set(figures)
    for side in ("screen", "baseline"):
        assert {"rows", "mb", "seconds", "rows_per_s", "mb_per_s", "peak_rss_mb",
                "recall"} <= set(figures[side])
        recall = figures[side]["recall"]
        assert recall["planted"] > 0 and 0.0 <= recall["recall"] <= 1.0
    assert figures["screen"]["rows"] == 300 and figures["baseline"]["rows"] == 50
    assert figures["screen"]["recall"]["recall"] > 0.9  # whole columns at least are masked
    assert set(figures["targets"]) == {"throughput", "recall", "memory", "identical"}
    assert figures["targets"]["identical"]["pass"]
    single = figures["screen_one_process"]
    assert single["rows"] == 300 and single["identical_output"] and single["ratio"] > 0
    assert figures["screen"]["peak_memory_mb"] > 0
    assert not list((tmp_path / "work").glob("*.csv"))  # tables removed without --keep


def test_screen_recall_counts_what_is_left_in_the_output(bench, tmp_path):
    output = tmp_path / "out.csv"
    rows = list(bench.TableGenerator(3, pool=200).rows(20))
    with open(output, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(bench.HEADER)
        for index, (row, planted) in enumerate(rows):
            out = list(row)
            if index % 2:  # mask every planted value of odd rows
                for item in planted:
                    out[item.column] = out[item.column].replace(item.value, "*")
            writer.writerow(out)
    everything, sample, altered = bench.screen_recall(output, 20, 3, 10, pool=200)
    planted = sum(len(p) for _, p in rows)
    hidden = sum(len(p) for i, (_, p) in enumerate(rows) if i % 2)
    assert sum(everything.planted.values()) == planted
    assert sum(everything.found.values()) == hidden
    assert sum(sample.planted.values()) == sum(len(p) for _, p in rows[:10])
    assert altered == {}
