"""The `govcat` command line, run as a user would (click's runner and a real subprocess)."""

from __future__ import annotations

import json
import re
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from api.cli import main

POPULATION = "区县,常住人口\n东城区,70.4\n西城区,110.6\n"


@pytest.fixture
def run(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("GOVCAT_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("GOVCAT_DATABASE_URL", raising=False)
    monkeypatch.delenv("GOVCAT_SEARCH_URL", raising=False)
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(main, list(args), catch_exceptions=False)

    return invoke


def test_every_command_has_help(run) -> None:
    for command in (
        [],
        ["init"],
        ["serve"],
        ["demo"],
        ["publisher", "add"],
        ["source", "add"],
        ["harvest"],
        ["publish"],
        ["validate"],
        ["screen"],
        ["review"],
        ["review", "approve"],
        ["reindex"],
        ["user", "add"],
        ["user", "list"],
        ["user", "disable"],
        ["member", "add"],
        ["token", "create"],
        ["token", "revoke"],
        ["audit"],
    ):
        result = run(*command, "--help")
        assert result.exit_code == 0, command
        assert "Usage:" in result.output
    assert "GOVCAT_HOME" in run("--help").output


def test_commands_before_init_fail_with_one_line(run) -> None:
    result = run("publisher", "add", "stats", "统计局")
    assert result.exit_code == 1
    assert result.output.strip().startswith("govcat: error: ")
    assert "govcat init" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_publish_flow(run, tmp_path: Path) -> None:
    assert run("init").exit_code == 0
    assert run("publisher", "add", "stats", "示例市统计局").exit_code == 0
    duplicate = run("publisher", "add", "stats", "示例市统计局")
    assert duplicate.exit_code == 1 and "already exists" in duplicate.output
    data = tmp_path / "population.csv"
    data.write_text(POPULATION, encoding="utf-8")
    result = run("publish", str(data), "--publisher", "stats", "--title", "常住人口", "--json")
    assert result.exit_code == 0, result.output
    outcome = json.loads(result.output)
    assert outcome["status"] == "published"
    assert run("publisher", "list").output.split()[:2] == ["stats", "1"]
    assert "reindexed 1" in run("reindex").output
    assert run("review", "list").output.strip() == "nothing to review"


def test_publish_of_a_broken_file_exits_nonzero_with_the_errors(
    run, fixtures_dir: Path, tmp_path: Path
) -> None:
    run("init")
    run("publisher", "add", "stats", "示例市统计局")
    broken = tmp_path / "invalid.csv"
    shutil.copy(fixtures_dir / "datapackage/frictionless-py/data/invalid.csv", broken)
    result = run("publish", str(broken), "--publisher", "stats")
    assert result.exit_code == 1
    assert "invalid" in result.output
    assert "Missing Cell (row 2, field 3)" in result.output
    assert "Duplicate Label" in result.output
    validate = run("validate", str(broken))
    assert validate.exit_code == 1 and "Extra Cell" in validate.output
    history = run("history", "invalid")
    assert "public revision: none" in history.output
    assert "rev 1   invalid" in history.output and "Blank Row (row 4)" in history.output


def test_bad_metadata_file_is_one_clear_line(run, tmp_path: Path) -> None:
    run("init")
    run("publisher", "add", "stats", "示例市统计局")
    data = tmp_path / "population.csv"
    data.write_text(POPULATION, encoding="utf-8")
    meta = tmp_path / "meta.yaml"
    meta.write_text("title: 人口\nopen_condition: sometimes\n", encoding="utf-8")
    result = run("publish", str(data), "--publisher", "stats", "--metadata", str(meta))
    assert result.exit_code == 1
    assert "open_condition: Must be one of" in result.output


def test_screen_dry_run_writes_the_remediated_table(run, tmp_path: Path) -> None:
    data = tmp_path / "people.csv"
    data.write_text("姓名,手机号,区县\n张伟,13812345678,朝阳区\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    result = run("screen", str(data), "--json", "--output", str(out))
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["decision"] in ("publish", "review")
    assert {f["entity"] for f in report["findings"]} >= {"PERSON", "CN_MOBILE"}
    assert "13812345678" not in result.output and "张伟" not in result.output
    written = out.read_text(encoding="utf-8")
    assert "138****5678" in written and "张*" in written and "朝阳区" in written


def test_source_and_harvest(run, tmp_path: Path) -> None:
    run("init")
    run("publisher", "add", "stats", "示例市统计局")
    folder = tmp_path / "drop"
    folder.mkdir()
    (folder / "population.csv").write_text(POPULATION, encoding="utf-8")
    assert (
        run(
            "source",
            "add",
            "stats-drop",
            "--type",
            "directory",
            "--path",
            str(folder),
            "--publisher",
            "stats",
        ).exit_code
        == 0
    )
    result = run("harvest", "stats-drop")
    assert result.exit_code == 0 and "added 1" in result.output
    assert "unchanged 1" in run("harvest", "--all").output
    assert run("harvest").exit_code == 1
    assert "stats-drop" in run("source", "list").output


def test_console_script_runs_in_a_subprocess(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "api.cli", "init"],
        env={"GOVCAT_HOME": str(tmp_path / "h"), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == 0, result.stderr
    assert "catalog ready" in result.stdout


def test_privacy_eval_prints_and_writes_scores(run, tmp_path: Path) -> None:
    corpus = tmp_path / "mini.jsonl"
    text = "申请人联系电话13812345678。"
    start = text.index("138")
    lines = [
        {"text": text, "spans": [{"start": start, "end": start + 11, "label": "CN_MOBILE"}]},
        {"text": "今天天气晴。", "spans": []},
    ]
    corpus.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), "utf-8")
    out = tmp_path / "scores.json"
    result = run("privacy", "eval", str(corpus), "--output", str(out))
    assert result.exit_code == 0, result.output
    assert "CN_MOBILE" in result.output
    scores = json.loads(out.read_text(encoding="utf-8"))
    assert scores["per_label"]["CN_MOBILE"]["recall"] == 1.0
    corpus.write_text('{"text": "x", "spans": [{"start": 0, "end": 9, "label": "P"}]}\n', "utf-8")
    bad = run("privacy", "eval", str(corpus))
    assert bad.exit_code == 1 and "mini.jsonl:1" in bad.output


def test_publisher_policy_and_screen_with_a_policy(run, tmp_path: Path) -> None:
    run("init")
    run("publisher", "add", "civil", "示例市民政局")
    assert run("publisher", "policy", "civil").output.strip() == "default"
    policy = tmp_path / "policy.yaml"
    policy.write_text("actions:\n  CN_MOBILE: drop\nk_threshold: 3\n", encoding="utf-8")
    assert run("publisher", "policy", "civil", str(policy)).exit_code == 0
    assert '"CN_MOBILE": "drop"' in run("publisher", "policy", "civil").output
    bad = tmp_path / "bad.yaml"
    bad.write_text("actions:\n  PERSON: hide\n", encoding="utf-8")
    result = run("publisher", "policy", "civil", str(bad))
    assert result.exit_code == 1 and "unknown action" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert "cleared" in run("publisher", "policy", "civil", "--clear").output

    data = tmp_path / "people.csv"
    data.write_text("姓名,手机号,区县\n张伟,13812345678,朝阳区\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    screened = run("screen", str(data), "--policy", str(policy), "--output", str(out))
    assert screened.exit_code == 0, screened.output
    assert out.read_text(encoding="utf-8").splitlines()[0] == "姓名,区县"


def test_an_unreachable_elasticsearch_is_one_line(run, monkeypatch) -> None:
    run("init")
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("GOVCAT_SEARCH_URL", f"http://govcat:s3cret@127.0.0.1:{port}")
    result = run("reindex")
    assert result.exit_code == 1
    # the privacy screen masks the address in the line, as it does any IP address
    assert re.fullmatch(r"govcat: error: cannot reach Elasticsearch at http://\S+: is it running,"
                        r" and is GOVCAT_SEARCH_URL right\?\n", result.output)
    assert "s3cret" not in result.output
    monkeypatch.setenv("GOVCAT_SEARCH_URL", "ftp://govcat:s3cret@x")
    result = run("reindex")
    assert result.exit_code == 1 and "GOVCAT_SEARCH_URL must be an http(s)://" in result.output
    assert "s3cret" not in result.output


def test_screen_workers_option(run, tmp_path: Path) -> None:
    data = tmp_path / "people.csv"
    data.write_text("姓名,手机号\n张伟,13812345678\n", encoding="utf-8")
    assert run("screen", str(data), "--workers", "2").exit_code == 0
    result = run("screen", str(data), "--workers", "none")
    assert result.exit_code == 1
    assert "GOVCAT_SCREEN_WORKERS must be auto or a number" in result.output


def test_an_unexpected_error_is_one_line_not_a_traceback(run, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / "govcat.sqlite").write_bytes(b"this is not a database" * 100)
    result = run("publisher", "list")
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("govcat: error: internal error (")
    assert "Traceback" not in result.output


def test_a_spreadsheet_with_the_layout_given(run, tmp_path: Path) -> None:
    from tests.support.workbooks import population_xlsx

    run("init")
    run("publisher", "add", "stats", "示例市统计局")
    path = population_xlsx(tmp_path / "population.xlsx")
    checked = run("validate", str(path))
    assert checked.exit_code == 0
    assert "population-分区县.xlsx: valid (3 rows)" in checked.output
    assert "population-历年.xlsx: valid (5 rows)" in checked.output
    refused = run("publish", str(path), "--publisher", "stats", "--sheet", "分区县",
                  "--skip-rows", "0", "--header-rows", "1")
    assert refused.exit_code == 1
    assert "⇒ row 1 looks like a title (one filled cell, merged across 6 columns): the header " \
           "seems to start on row 3; pass --skip-rows 2" in refused.output
    given = run("publish", str(path), "--publisher", "stats", "--sheet", "分区县",
                "--skip-rows", "2", "--header-rows", "2")
    assert given.exit_code == 0 and "published (revision 2)" in given.output


def test_validate_counts_the_rows_of_a_json_array(run, tmp_path: Path) -> None:
    path = tmp_path / "rows.json"
    path.write_text('[{"a": 1, "b": "x"}, {"a": 2, "b": "y"}]', encoding="utf-8")
    assert run("validate", str(path)).output.strip() == "rows.json: valid (2 rows)"


def test_a_harvest_says_why_a_file_is_invalid_and_again_when_unchanged(
        run, tmp_path: Path) -> None:
    run("init")
    run("publisher", "add", "stats", "示例市统计局")
    folder = tmp_path / "drop"
    folder.mkdir()
    (folder / "broken.csv").write_text("a,a\n1,2\n", encoding="utf-8")
    run("source", "add", "drop", "--type", "directory", "--path", str(folder),
        "--publisher", "stats")
    first = run("harvest", "drop")
    assert first.exit_code == 1
    assert "broken: invalid (revision 1)" in first.output
    assert "broken.csv: 1 validation error(s)" in first.output
    assert "- Duplicate Label (field 2)" in first.output
    assert "all the errors: govcat history broken" in first.output
    again = run("harvest", "drop")
    assert "broken: invalid (unchanged) (revision 1)" in again.output
    assert "- Duplicate Label (field 2)" in again.output
