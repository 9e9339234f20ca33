"""A small run of the row API benchmark (bench/rows_bench.py), end to end: publish, rebuild,
`govcat serve`, every query scenario answered correctly. No timing is asserted."""

from __future__ import annotations

import json
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"


def test_a_small_run_of_the_row_bench(tmp_path: Path, capsys) -> None:
    sys.path.insert(0, str(BENCH))
    try:
        import rows_bench
    finally:
        sys.path.remove(str(BENCH))
    out = tmp_path / "figures.json"
    assert rows_bench.main(["--rows", "1500", "--queries", "3", "--json", str(out)]) == 0
    report = capsys.readouterr().out
    assert "row API on 1,500 rows; store SQLite (embedded)" in report
    assert "target: p95" in report and "the unindexed baseline" in report
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert figures["rows"] == 1500 and "区县" in figures["indexed"]
    assert "金额" not in figures["indexed"]  # a measure: the baseline's scan
    assert set(figures["latency_ms"]) == {"target", "one row", "two columns", "rest",
                                          "baseline"}
