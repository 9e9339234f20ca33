"""Smoke tests of the validation benchmark (bench/validate_bench.py; no timing asserted): the
tables it generates, and a small run of the whole bench (slow: it starts the CLIs)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pytest

from catalog.validation import begin_validation

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.fixture(scope="module")
def bench():
    sys.path.insert(0, str(BENCH))
    try:
        import validate_bench

        yield validate_bench
    finally:
        sys.path.remove(str(BENCH))


def test_the_planted_errors_are_frictionless_errors_after_the_sample(bench,
                                                                     tmp_path: Path) -> None:
    path = tmp_path / "errors.csv"
    bench.write_table(path, 3000, 7, errors=True)
    pending = begin_validation(path, fmt="CSV", encoding="utf-8", name=path.name,
                               max_rows=bench.MAX_ROWS)
    assert pending.plan is not None
    ours, theirs = pending.run(), pending.frictionless()
    assert [e.to_dict() for e in ours.errors] == [e.to_dict() for e in theirs.errors]
    assert {e.type for e in ours.errors} == {"type-error", "missing-cell", "extra-cell",
                                             "blank-row"}
    assert 0 < ours.error_count < 200
    assert all(e.row > bench.SAMPLE_ROWS + 1 for e in ours.errors)
    # the same rows without the errors are valid, and typed as the bench says
    valid = tmp_path / "valid.csv"
    bench.write_table(valid, 3000, 7, errors=False)
    validation = begin_validation(valid, fmt="CSV", encoding="utf-8", name=valid.name).run()
    assert validation.valid and validation.row_count == 3000
    assert [f["type"] for f in validation.table_schema["fields"]] == [
        "integer", "string", "date", "integer", "number", "boolean"]


@pytest.mark.slow
def test_a_small_run_of_the_bench(bench, tmp_path: Path) -> None:
    args = argparse.Namespace(rows=3000, memory_rows=4000, publish_rows=300, runs=1,
                              publish_runs=1, seed=3, workdir=tmp_path, json=None, keep=False,
                              no_publish=False)
    figures = bench.run(args, log=lambda message: None)
    for kind in ("valid", "errors"):
        assert figures["validation"][kind]["identical_errors"]
    assert figures["validation"]["errors"]["errors"] > 0
    assert figures["publish"]["statuses"] == ["published"]
    assert "loaded by the publish: rows_" in figures["publish"]["row_store"]
    assert not list(tmp_path.glob("*.csv"))
