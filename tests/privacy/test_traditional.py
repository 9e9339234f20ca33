"""Traditional Chinese: detected as simplified text is, published as it was given."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from privacy.traditional import conversion, gb2312_spells, simplified

FIXTURES = Path(__file__).resolve().parents[3] / "shared" / "fixtures"
BIG5_FEED = FIXTURES / "encodings" / "Big5" / "coolloud.org.tw.xml"


def test_simplified_text_is_never_changed(fixtures_dir: Path) -> None:
    # A simplified corpus: a text GB 2312 spells comes back as it is (the same object), and in
    # the others (互相关注單身小女子) only characters GB 2312 does not spell are replaced.
    source = (fixtures_dir / "ner" / "cluener2020" / "train.json").read_text(encoding="utf-8")
    decoder, at, texts = json.JSONDecoder(), 0, []
    while len(texts) < 2000:
        while source[at].isspace():
            at += 1
        record, at = decoder.raw_decode(source, at)
        texts.append(record["text"])
    changed = [t for t in texts if simplified(t) is not t]
    assert 0 < len(changed) < 20
    assert all(not all(gb2312_spells(c) for c in t) for t in changed)
    assert all(a == b or not gb2312_spells(a)
               for t in changed for a, b in zip(t, simplified(t), strict=True))


def test_characters_are_replaced_one_for_one() -> None:
    text = "申請人：張偉，聯繫電話13800138000，住址臺北市"
    assert simplified(text) == "申请人：张伟，联系电话13800138000，住址台北市"
    assert all(len(chr(code)) == len(target) == 1 for code, target in conversion().table.items())
    # characters GB 2312 spells are simplified already, though OpenCC maps some of them …
    assert "於" not in {chr(code) for code in conversion().table}
    assert simplified("於是乾隆") == "於是乾隆"
    # … except in traditional text, where 於 is 于 and 後 is 后 (乾隆 is a name's still)
    assert simplified("於是乾隆舉行，隨後") == "于是乾隆举行，随后"


@pytest.mark.skipif(not BIG5_FEED.is_file(), reason="shared fixtures not available")
def test_a_name_in_a_real_big5_feed_is_masked_and_the_rest_kept(screener) -> None:
    feed = BIG5_FEED.read_bytes().decode("big5", errors="replace")
    sentence = next(line.strip() for line in feed.splitlines() if "鄭金鎗表示" in line)
    sentence = sentence[:sentence.index("表示") + 2]
    screened = screener.screen_text(sentence)
    assert "鄭金鎗" not in screened.text and screened.text.endswith("協會鄭**表示")
    # everything else as it was, in traditional characters (the rules and the model once took
    # 輔佐人協會 and 遭資方 for names: unknown characters)
    assert screened.text.replace("鄭**", "鄭金鎗") == sentence


@pytest.mark.parametrize("text,masked", [
    ("申請人：陳美玲，聯絡地址臺北市", "申請人：陳**，聯絡地址臺北市"),
    ("張偉先生於昨日前往街道辦事處辦理戶籍證明", "張*先生於昨日前往街道辦事處辦理戶籍證明"),
    # 於 (at) and 後 (after) are no names' characters there (定於 was masked 定*, 關於印發 關***)
    ("本單位職工司徒華因病去世，定於11月5日舉行追悼會。",
     "本單位職工司徒*因病去世，定於11月5日舉行追悼會。"),
    ("關於印發《促進民營經濟高質量發展若干措施》的通知，民警隨後趕到。",
     "關於印發《促進民營經濟高質量發展若干措施》的通知，民警隨後趕到。"),
])
def test_names_with_evidence_in_traditional_text(screener, text: str, masked: str) -> None:
    assert screener.screen_text(text).text == masked


@pytest.mark.parametrize(("header", "entity"), [
    ("身份證號碼", "CN_RESIDENT_ID"), ("聯繫電話", "CN_MOBILE"), ("手機號碼", "CN_MOBILE"),
    ("電子郵件", "EMAIL_ADDRESS"), ("申請人", "PERSON"), ("區縣", None),
])
def test_traditional_headers_name_what_simplified_ones_do(header: str, entity: str | None) -> None:
    from privacy.headers import classify_header

    assert classify_header(header) == entity


def test_a_big5_table_is_screened_and_written_in_its_own_characters(screener,
                                                                    tmp_path: Path) -> None:
    rows = [["姓名", "身份證號碼", "區縣", "備註"],
            ["張偉", "110101199003071232", "萬華區", "已電話聯繫本人，情況屬實"],
            ["劉淑華", "11010119900307123", "大安區", "由鄰居陳國強代為領取"],
            ["鄭麗君", "330106198502284417", "信義區", ""]]
    source = tmp_path / "補助名冊.csv"
    with open(source, "w", encoding="big5", newline="") as handle:
        csv.writer(handle).writerows(rows)
    output = tmp_path / "out.csv"
    screened = screener.screen_file(source, output)
    assert screened.encoding.lower().replace("-", "") in ("big5", "cp950", "big5hkscs")
    with open(output, encoding="utf-8-sig", newline="") as handle:
        out = list(csv.reader(handle))
    assert out[0] == ["姓名", "身份證號碼", "區縣", "備註"]
    assert [r[0] for r in out[1:]] == ["張*", "劉**", "鄭**"]  # the name column, whole
    # the ID column by its header, whole: the malformed value too
    assert [r[1] for r in out[1:]] == ["110101********1232", "*****************",
                                       "330106********4417"]
    assert [r[2] for r in out[1:]] == ["萬華區", "大安區", "信義區"]
    assert out[1][3] == "已電話聯繫本人，情況屬實"
    assert out[2][3] == "由鄰居陳**代為領取"


def test_traditional_quasi_identifiers_and_sensitive_categories_are_recognised() -> None:
    from privacy.risk import quasi_identifier_kind
    from privacy.sensitive import _term, classify_sensitive_header

    assert [quasi_identifier_kind(h) for h in ("性別", "年齡", "區縣")] == [
        "sex", "age", "district"]
    assert classify_sensitive_header("診斷結果") == "SENSITIVE_HEALTH"
    assert _term("高血壓") == _term("高血压") == "SENSITIVE_HEALTH"
