"""Re-identification risk in table screens: k-anonymity over the published quasi-identifiers."""

from __future__ import annotations

import csv
import json

from privacy import Screener, read_table
from privacy.policy import Policy
from privacy.risk import RiskReport


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([header, *rows])
    return path


def people(gen, ages, districts=("朝阳区", "海淀区")):
    """Rows (姓名, 性别, 年龄, 区县, 补贴) of named persons."""
    return [[gen.name(), "男" if i % 2 else "女", str(age), districts[i % len(districts)],
             "1000"] for i, age in enumerate(ages)]


HEADER = ["姓名", "性别", "年龄", "区县", "补贴金额"]


def test_unique_combinations_go_to_review_with_suggestions(analyzer, tmp_path, gen):
    rows = people(gen, [31, 33, 35, 37, 39, 41, 43, 45])
    path = write_csv(tmp_path / "t.csv", HEADER, rows)
    result = Screener(analyzer).screen_file(path)
    risk = result.risk
    assert isinstance(risk, RiskReport) and risk.quasi_identifiers == ("性别", "年龄", "区县")
    assert (risk.min_k, risk.rows, risk.rows_below, risk.share_below) == (1, 8, 8, 1.0)
    (finding,) = [f for f in result.findings if f.entity == "REIDENTIFICATION_RISK"]
    assert finding.scope == "table" and finding.needs_review and finding.action == "review"
    assert finding.field == "性别,年龄,区县" and finding.count == 8 and finding.offsets == ()
    assert "k=1 < 5" in finding.note and "5-year bands" in finding.note
    assert result.findings[-1] is finding and result.decision == "review"
    data = json.loads(json.dumps(result.to_dict(), ensure_ascii=False))
    assert data["risk"]["min_k"] == 1 and data["risk"]["below_threshold"]
    dumped = json.dumps(data, ensure_ascii=False)
    for row in rows:
        assert row[0] not in dumped and f'"{row[2]}"' not in dumped


def test_k_is_measured_on_the_published_values(analyzer, tmp_path, gen):
    rows = people(gen, [30, 31, 32, 33, 34] * 2, districts=("朝阳区",))
    for row in rows:
        row[1] = "男"
    path = write_csv(tmp_path / "t.csv", HEADER, rows)
    raw = Screener(analyzer).screen_file(path)
    assert raw.risk.min_k == 2 and raw.decision == "review"
    banded = Screener(analyzer, policy=Policy(actions={"AGE": "generalize"})).screen_file(
        path, tmp_path / "o.csv")
    assert banded.risk.min_k == 10 and banded.risk.classes == 1
    assert not any(f.entity == "REIDENTIFICATION_RISK" for f in banded.findings)
    assert banded.decision == "publish"
    assert {r[2] for r in read_table(tmp_path / "o.csv").rows()} == {"30-34"}


def test_threshold_and_columns_from_the_policy(analyzer, tmp_path, gen):
    rows = people(gen, [30, 30, 40, 40])
    path = write_csv(tmp_path / "t.csv", HEADER, rows)
    assert Screener(analyzer, policy=Policy(k_threshold=1)).screen_file(path).decision == (
        "publish")
    chosen = Policy(quasi_identifiers=("性别", "区县", "不存在的列"), k_threshold=2)
    result = Screener(analyzer, policy=chosen).screen_file(path)
    assert result.risk.quasi_identifiers == ("性别", "区县") and result.risk.min_k == 2
    assert result.decision == "publish"
    dropped = Policy(actions={"AGE": "drop"}, quasi_identifiers=("性别", "年龄"))
    assert Screener(analyzer, policy=dropped).screen_file(path).risk is None  # one QI left


def test_only_tables_about_persons_are_assessed(analyzer, tmp_path):
    rows = [["男", "30-34", "朝阳区", "1203"], ["女", "35-39", "海淀区", "877"]]
    path = write_csv(tmp_path / "t.csv", ["性别", "年龄组", "区县", "人数"], rows)
    assert Screener(analyzer).screen_file(path).risk is None
    declared = Screener(analyzer, policy=Policy(individual_rows=True)).screen_file(path)
    assert declared.risk.min_k == 1 and declared.decision == "review"
    one = write_csv(tmp_path / "one.csv", ["姓名", "性别"], [["王小明", "男"]])
    assert Screener(analyzer).screen_file(one).risk is None
