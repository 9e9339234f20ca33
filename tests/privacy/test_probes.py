"""The probe sets of government text (privacy.names.probes): filled templates and their scores."""

from __future__ import annotations

import pytest

from privacy.names.probes import PROBES, fill, main, probes, score, templates


def test_fill_places_each_name_where_its_placeholder_was() -> None:
    probe = fill("来电人{n}反映邻居{m}在楼道堆物。", {"n": "和平安", "m": "欧阳娜"})
    assert probe.text == "来电人和平安反映邻居欧阳娜在楼道堆物。"
    assert [probe.text[s:e] for s, e in probe.names] == ["和平安", "欧阳娜"]


def test_every_probe_file_has_a_title_and_templates_with_a_name() -> None:
    files = sorted(PROBES.glob("*.txt"))
    assert len(files) >= 25 and any(f.name.startswith("check-") for f in files)
    for path in files:
        assert path.read_text(encoding="utf-8").startswith("#"), path.name
        assert templates(path) and all("{n}" in t for t in templates(path)), path.name


def test_probes_are_the_same_for_a_seed_and_name_two_different_people() -> None:
    path = PROBES / "02-petitions.txt"
    first, again = list(probes(path, 7, 3)), list(probes(path, 7, 3))
    assert first == again and len(first) == 3 * len(templates(path))
    two = [p for p in first if len(p.names) == 2]
    assert two and all(p.text[a:b] != p.text[c:d] for p in two for (a, b), (c, d) in [p.names])


def test_scores_count_names_missed_and_over_masking(screener, tmp_path) -> None:
    path = tmp_path / "probe.txt"
    # a role word before the name, and a text that names no one but holds 性别 and a surname
    path.write_text("# test\n申请人{n}，联系电话另告。\n", encoding="utf-8")
    result = score(screener, path, 1, 20, show=True)
    assert result.names == 20 and result.missed == 0 and result.over == 0
    path.write_text("# test\n{n}同志任区应急管理局局长。高峰时段车多。\n", encoding="utf-8")
    result = score(screener, path, 1, 20, show=True)
    assert result.names == 20 and result.outside == sum(
        len(p.text) - sum(e - s for s, e in p.names) for p in probes(path, 1, 20))
    assert result.missed == sum(line.startswith("  missed") for line in result.lines)


def test_a_missing_file_or_a_bad_seed_is_one_clear_error(tmp_path, capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([str(tmp_path / "nowhere.txt")])
    assert exit_info.value.code == 2
    assert "nowhere.txt: no such probe file" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main([str(PROBES / "02-petitions.txt"), "--seeds", "one"])
    assert "--seeds takes whole numbers" in capsys.readouterr().err
