"""Invalid identifiers: reported as such, not counted as valid, still masked in ID columns."""

from __future__ import annotations

import csv
import datetime as dt
import json

from privacy import read_table

from .conftest import bad_checksum, id_check_digit, make_resident_id


def impossible_date(area: str = "110101") -> str:
    """An ID with a correct check digit but a 30 February birth date."""
    body = f"{area}19900230123"
    return body + id_check_digit(body)


def test_invalid_ids_in_an_id_column(screener, tmp_path, gen):
    valid = [gen.resident_id() for _ in range(6)]
    bad = [bad_checksum(valid[0]), impossible_date()]
    path = tmp_path / "t.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([["身份证号"], *[[v] for v in valid + bad]])
    result = screener.screen_file(path, tmp_path / "o.csv")
    (profile,) = result.columns
    assert (profile.entity, profile.matched, profile.invalid) == ("CN_RESIDENT_ID", 6, 2)
    assert profile.note == "1 values with invalid checksum; 1 values with impossible birth date"
    (finding,) = [f for f in result.findings if f.entity == "CN_RESIDENT_ID"]
    assert finding.note == profile.note and finding.count == 8
    out = [r[0] for r in read_table(tmp_path / "o.csv").rows()]
    assert out[-2:] == [v[:6] + "********" + v[14:] for v in bad]
    dumped = json.dumps(result.to_dict(), ensure_ascii=False)
    assert not any(v in dumped for v in valid + bad)


def test_invalid_ids_in_free_text_are_not_reported_as_ids(screener):
    valid = make_resident_id("110101", dt.date(1990, 3, 7), 123)
    for text in (f"编号{bad_checksum(valid)}，已核实", f"身份证号{impossible_date()}，已核实"):
        result = screener.screen_text(text)
        assert not any(f.entity == "CN_RESIDENT_ID" for f in result.findings)
        assert screener.scanner.scan(text) == [] or all(
            r.entity_type != "CN_RESIDENT_ID" for r in screener.scanner.scan(text))
    result = screener.screen_text(f"身份证号{valid}，已核实")
    assert [f.entity for f in result.findings] == ["CN_RESIDENT_ID"]


def test_an_id_mistyped_in_its_check_digit_after_a_context_word_is_masked(screener):
    # A wrong check digit is the commonest typing error; the number still tells a birth date.
    mistyped = bad_checksum(make_resident_id("110101", dt.date(1990, 3, 7), 123))
    result = screener.screen_text(f"身份证号{mistyped}，已核实")
    assert [f.entity for f in result.findings] == ["CN_RESIDENT_ID"]
    assert result.text == f"身份证号{mistyped[:6]}********{mistyped[14:]}，已核实"
    assert [r.entity_type for r in screener.scanner.scan(f"身份证号{mistyped}，已核实")] == [
        "CN_RESIDENT_ID"]
