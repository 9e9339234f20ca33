"""Starting the CLI stays cheap: help loads no heavy library; the screen loads it once, frozen."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = {"presidio_analyzer", "spacy", "jieba"}

# Runs the command as the console script does, then prints (as the last line of stdout) the
# top-level packages the process imported and the collector's state.
PROBE = """
import gc, json, sys
from api.cli import main
try:
    main(sys.argv[1:], prog_name="govcat")
except SystemExit:
    pass
print(json.dumps({"packages": sorted({name.split(".")[0] for name in sys.modules}),
                  "gc_enabled": gc.isenabled(), "frozen": gc.get_freeze_count()}))
"""


def _probe(tmp_path: Path, *args: str) -> tuple[dict, str]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        env={"GOVCAT_HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin",
             "HOME": str(Path.home())},
        capture_output=True, text=True, timeout=300,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == 0, result.stderr
    *output, last = result.stdout.splitlines()
    return json.loads(last), "\n".join(output)


@pytest.mark.parametrize("args", [["--help"], ["screen", "--help"], ["privacy", "eval", "--help"]])
def test_help_imports_no_heavy_library(tmp_path: Path, args: list[str]) -> None:
    state, output = _probe(tmp_path, *args)
    assert "Usage: govcat" in output
    assert not HEAVY & set(state["packages"])
    assert state["gc_enabled"] and state["frozen"] == 0


def test_screen_loads_presidio_once_and_freezes_what_it_made(tmp_path: Path) -> None:
    source, out = tmp_path / "two.csv", tmp_path / "two.out.csv"
    source.write_text("序号,姓名,联系电话,备注\n1,张淑珍,15856903209,已入户核查。\n", "utf-8")
    state, output = _probe(tmp_path, "screen", str(source), "--output", str(out))
    assert "decision: publish" in output
    assert out.read_text("utf-8").splitlines()[1] == "1,张**,158****3209,已入户核查。"
    assert "presidio_analyzer" in state["packages"] and "spacy" in state["packages"]
    # imported with the collector paused, then frozen; the collector runs again afterwards
    assert state["gc_enabled"] and state["frozen"] > 100_000
