"""Recognizers: positives, negatives and validation, through the real offline analyzer."""

from __future__ import annotations

import datetime as dt

import pytest

from privacy.recognizers import (
    BankCardRecognizer,
    ChinesePersonRecognizer,
    EnglishPersonRecognizer,
    MobileRecognizer,
    ResidentIdRecognizer,
)
from privacy.recognizers.resident_id import _birth_digits_ok, _date_ok, validate_resident_id

from .conftest import bad_checksum, luhn_digit, make_card, make_resident_id


def found(analyzer, text, language="zh"):
    """(entity, matched text, score) of the analyzer's results, by start."""
    results = sorted(analyzer.analyze(text=text, language=language), key=lambda r: r.start)
    return [(r.entity_type, text[r.start:r.end], r.score) for r in results]


def entities(analyzer, text, language="zh"):
    return [(e, v) for e, v, _ in found(analyzer, text, language)]


# --- CN_RESIDENT_ID -------------------------------------------------------------------------

def test_valid_ids_are_found_with_full_confidence(analyzer, gen):
    for _ in range(20):
        rid = gen.resident_id()
        hits = found(analyzer, f"当事人身份证号码{rid}，特此公告。")
        assert ("CN_RESIDENT_ID", rid, 1.0) in hits
    rid_x = next(r for r in (make_resident_id(seq=s) for s in range(1000)) if r.endswith("X"))
    assert ("CN_RESIDENT_ID", rid_x) in entities(analyzer, f"证件号：{rid_x}")
    assert ("CN_RESIDENT_ID", rid_x.lower()) in entities(analyzer, f"证件号：{rid_x.lower()}")


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("11010119900230" + "123" + "0", "date"),                  # 30 February
        (make_resident_id(born=dt.date.today() + dt.timedelta(days=30)), "date"),  # future
        ("11010118991231" + "123" + "0", "date"),                  # before 1900
        (make_resident_id(area="990101"), "region"),               # no province 99
        ("1101011990030712", "format"),
    ],
)
def test_invalid_ids_are_rejected_in_free_text(analyzer, value, reason):
    body = value[:17]
    if reason in ("date", "region") and len(value) == 18:
        value = body + make_resident_id.__globals__["id_check_digit"](body)
    assert validate_resident_id(value) == reason
    assert "CN_RESIDENT_ID" not in [e for e, _ in entities(analyzer, f"身份证号 {value} 。")]


def test_an_id_mistyped_in_its_check_digit_is_found_only_after_a_context_word(analyzer):
    # It still tells a birth date and a district; a bare one is any 18-digit number.
    mistyped = bad_checksum(make_resident_id(area="330106", born=dt.date(1985, 1, 1)))
    assert validate_resident_id(mistyped) == "checksum"
    for text in (f"身份证号{mistyped}，住址不详", f"证件号码：{mistyped}",
                 f"公民身份号码 {mistyped}"):
        hits = found(analyzer, text)
        assert hits and hits[0][:2] == ("CN_RESIDENT_ID", mistyped) and hits[0][2] >= 0.85, text
    for text in (f"订单号{mistyped}", mistyped, f"身份证号已核验。{'备注' * 10}流水号{mistyped}"):
        assert "CN_RESIDENT_ID" not in [e for e, _ in entities(analyzer, text)], text
    assert ResidentIdRecognizer().classify(mistyped) == "invalid"


def test_birth_dates_compared_as_digits_are_the_calendars():
    today = dt.date(2026, 12, 3)
    years = [1899, 1900, 1901, 1904, 1999, 2000, 2024, 2025, 2026, 2027, 2100]
    for year in years:
        for month in range(14):
            for day in range(33):
                digits = f"{year:04d}{month:02d}{day:02d}"
                assert _birth_digits_ok(digits, f"{today:%Y%m%d}") == _date_ok(
                    year, month, day, today), digits
    assert _birth_digits_ok("20261203", "20261203") and not _birth_digits_ok("20261204",
                                                                            "20261203")


def test_legacy_15_digit_ids_need_context_for_confidence(analyzer):
    legacy = "110101900307123"  # 1990-03-07
    bare = found(analyzer, f"编号 {legacy}")
    assert bare == [("CN_RESIDENT_ID", legacy, 0.5)]
    boosted = found(analyzer, f"身份证号：{legacy}")
    assert boosted[0][:2] == ("CN_RESIDENT_ID", legacy) and boosted[0][2] >= 0.85
    assert found(analyzer, "编号 110101901307123") == []  # month 13


def test_a_luhn_valid_resident_id_is_not_a_bank_card(analyzer):
    rid = next(r for r in (make_resident_id(area="622202", seq=s) for s in range(1000))
               if luhn_digit(r[:-1]) == r[-1])
    assert BankCardRecognizer().find(rid) == []
    assert entities(analyzer, f"卡号{rid}") == [("CN_RESIDENT_ID", rid)]


def test_no_mobile_inside_an_id_or_a_longer_number(analyzer):
    rid = make_resident_id(area="113812", born=dt.date(1990, 3, 7))
    assert [e for e, _ in entities(analyzer, rid)] == ["CN_RESIDENT_ID"]
    assert entities(analyzer, "订单号213812345678900") == []
    assert MobileRecognizer().find("SN13812345678") == []  # part of a code
    assert MobileRecognizer().find("电话13812345678号") != []  # Chinese text is a boundary


# --- CN_MOBILE ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "value", ["13812345678", "+86 138 1234 5678", "+8613812345678", "86-13812345678",
              "138-1234-5678", "0086 19912345678"],
)
def test_mobile_formats(analyzer, value):
    assert ("CN_MOBILE", value) in entities(analyzer, f"请拨打{value}咨询")


@pytest.mark.parametrize("value", ["12812345678", "1381234567", "138123456789", "10086"])
def test_not_mobiles(analyzer, value):
    assert "CN_MOBILE" not in [e for e, _ in entities(analyzer, f"号码 {value} 。")]


def test_context_words_raise_the_score(analyzer):
    bare = found(analyzer, "13812345678")[0][2]
    with_context = found(analyzer, "联系电话：13812345678")[0][2]
    english = found(analyzer, "mobile 13812345678", "en")[0][2]
    assert bare == 0.85 and with_context == 1.0 and english == 1.0


# --- EMAIL_ADDRESS --------------------------------------------------------------------------

def test_email_span_excludes_adjacent_chinese(analyzer):
    text = "邮箱zhangsan@example.com，联系人张三"
    assert ("EMAIL_ADDRESS", "zhangsan@example.com") in entities(analyzer, text)
    assert ("EMAIL_ADDRESS", "a.b-c@mail.gov.cn") in entities(analyzer, "a.b-c@mail.gov.cn")


@pytest.mark.parametrize("value", ["user@localhost", "user@example.invalidtld", "@example.com"])
def test_not_emails(analyzer, value):
    assert "EMAIL_ADDRESS" not in [e for e, _ in entities(analyzer, f"mail {value} end")]


# --- BANK_CARD ------------------------------------------------------------------------------

def test_luhn_valid_cards_grouped_or_not(analyzer, gen):
    for _ in range(10):
        card = gen.card()
        assert ("BANK_CARD", card) in entities(analyzer, f"银行卡号{card}。")
    card = make_card("622848", 16)
    grouped = " ".join(card[i:i + 4] for i in range(0, 16, 4))
    assert ("BANK_CARD", grouped) in entities(analyzer, f"卡号：{grouped}")


def test_not_cards(analyzer):
    card = make_card("622202", 16)
    wrong = card[:-1] + str((int(card[-1]) + 1) % 10)
    for text in (f"订单号{wrong}", wrong, f"卡号已核对，流水号{wrong}"):
        assert "BANK_CARD" not in [e for e, _ in entities(analyzer, text)], text
    unknown_issuer = make_card("9", 16)
    assert "BANK_CARD" not in [e for e, _ in entities(analyzer, f"卡号{unknown_issuer}")]
    assert BankCardRecognizer().classify(wrong) == "invalid"


def test_a_card_failing_the_luhn_check_is_found_only_right_after_a_card_word(analyzer):
    # mistyped, or one of the older debit cards that never passed it: still someone's card
    card = make_card("622202", 19)
    wrong = card[:-1] + str((int(card[-1]) + 1) % 10)
    for text in (f"银行卡号{wrong}，户名不详", f"卡号：{wrong}", f"借记卡 {wrong}"):
        hits = found(analyzer, text)
        assert hits and hits[0][:2] == ("BANK_CARD", wrong) and hits[0][2] >= 0.85, text


# --- PERSON (Chinese) -----------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("申请人：王小明，申请公开相关信息。", "王小明"),
        ("联系人:欧阳娜娜", "欧阳娜娜"),
        ("被处罚人 司马光", "司马光"),
        ("请转告诸葛亮先生", "诸葛亮"),
        ("张伟女士反映噪音问题", "张伟"),
        ("姓名：张翀", "张翀"),
        ("经查，罗红梅在某某路违规停车", "罗红梅"),
    ],
)
def test_chinese_names_with_evidence_are_confident(analyzer, text, name):
    hits = [(v, s) for e, v, s in found(analyzer, text) if e == "PERSON"]
    assert hits and hits[0][0] == name and hits[0][1] >= 0.85


def test_faker_names_are_found_in_sentences(analyzer, gen):
    templates = ["申请人{}于2023年5月提交申请。", "{}反映道路积水问题。",
                 "经查，{}在路口违规停车。", "本案当事人{}，男，汉族。"]
    missed = []
    for i in range(60):
        name = gen.name()
        text = templates[i % len(templates)].format(name)
        if ("PERSON", name) not in entities(analyzer, text):
            missed.append(text)
    assert len(missed) <= 3, missed


def test_weak_evidence_gives_a_reviewable_score(analyzer):
    """A passport number with nothing around it (the model decides names: see test_names)."""
    score = [s for e, _, s in found(analyzer, "编号E12345678") if e == "CN_PASSPORT"]
    assert score and 0.4 <= score[0] < 0.85


def test_a_name_without_context_is_the_models_to_find(analyzer):
    """No role word, no title: the rules leave 聂涛 to the name model, which finds it."""
    score = [s for e, _, s in found(analyzer, "经查，聂涛在路口违规停车") if e == "PERSON"]
    assert score and score[0] >= 0.85


@pytest.mark.parametrize(
    "text",
    ["张某违法经营", "李某某提出申请", "负责人：王*", "当事人王某某",
     "单位名称：北京市海淀区人民政府", "项目名称：文明城市建设", "当事人：和泰网络有限公司",
     "张家港市高新区管委会", "由于天气原因", "黄山风景区", "向社会公开", "时间"],
)
def test_not_chinese_names(analyzer, text):
    assert "PERSON" not in [e for e, _ in entities(analyzer, text)], text


def test_name_lists_after_a_role_word():
    recognizer = ChinesePersonRecognizer()
    text = "联系人：张三、李四"
    assert [text[c.start:c.end] for c in recognizer.find(text)] == ["张三", "李四"]


# --- PERSON (English) -----------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "name"),
    [("Please contact Mr. John Smith today.", "John Smith"), ("Dr Jane Doe signed.", "Jane Doe"),
     ("Name: Mary-Jane O'Brien", "Mary-Jane O'Brien"),
     ("Contact: Alice B. Cooper", "Alice B. Cooper"),
     ("The case was assigned to Anthony Floyd.", "Anthony Floyd")],
)
def test_english_names(analyzer, text, name):
    assert ("PERSON", name) in entities(analyzer, text, "en")


@pytest.mark.parametrize(
    "text", ["Company name: Acme Corp", "file_name: Report", "We called Beijing."]
)
def test_not_english_names(text):
    assert EnglishPersonRecognizer().find(text) == []


# --- follow-up entities ---------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ("办公电话：010-12345678", "CN_LANDLINE", "010-12345678"),
        ("电话 (0755)87654321 转", "CN_LANDLINE", "(0755)87654321"),
        ("护照号码：E12345678", "CN_PASSPORT", "E12345678"),
        ("港澳居民来往内地通行证 H12345678", "CN_TRAVEL_PERMIT", "H12345678"),
        ("台胞证号码：12345678", "CN_TRAVEL_PERMIT", "12345678"),
        ("车牌号京A·12345违停", "CN_LICENSE_PLATE", "京A·12345"),
        ("新能源车粤BD12345", "CN_LICENSE_PLATE", "粤BD12345"),
        ("登录IP：192.168.10.23", "IP_ADDRESS", "192.168.10.23"),
        ("出生日期：1990年3月7日", "DATE_OF_BIRTH", "1990年3月7日"),
        ("DOB: 1985-11-02", "DATE_OF_BIRTH", "1985-11-02"),
        ("住址：浙江省杭州市西湖区中山路273号32号楼2203室。", "CN_ADDRESS",
         "浙江省杭州市西湖区中山路273号32号楼2203室"),
        ("其居住的阳光花园5栋2单元301室漏水", "CN_ADDRESS", "阳光花园5栋2单元301室"),
    ],
)
def test_follow_up_entities(analyzer, text, entity, value):
    assert (entity, value) in entities(analyzer, text)


def test_follow_up_negatives(analyzer):
    assert entities(analyzer, "出生年月：1995.01") == []          # no day: not a full birth date
    assert entities(analyzer, "北京市海淀区人民政府") == []
    assert entities(analyzer, "发布日期：1990年3月7日") == []     # a date, but not a birth date
    assert entities(analyzer, "京ABCDE") == []


def test_recognizers_classify_whole_values():
    assert ResidentIdRecognizer().classify(make_resident_id()) == "valid"
    assert ResidentIdRecognizer().classify(bad_checksum(make_resident_id())) == "invalid"
    assert ResidentIdRecognizer().classify("abc") is None
    assert MobileRecognizer().classify("12012345678") == "invalid"
    assert MobileRecognizer().classify(" 13812345678 ") == "valid"


def test_bare_landlines_are_public_office_numbers(analyzer, screener, tmp_path):
    assert entities(analyzer, "0571-87654321") == []
    assert entities(analyzer, "咨询：0571-87654321") == []
    assert found(analyzer, "联系电话：0571-87654321") == [("CN_LANDLINE", "0571-87654321", 0.95)]
    path = tmp_path / "t.csv"
    path.write_text("咨询电话\n0571-87654321\n010-66778899\n", encoding="utf-8")
    assert screener.screen_file(path).findings == []


def test_a_landline_someone_is_to_be_called_back_on_is_theirs(analyzer):
    # the words that ask for a call are context as much as 电话 is
    for text in ("希望工作人员回电0571-86123456", "请致电(0571)86123456", "请拨打010-61234567",
                 "座机号码(020)8123456"):
        assert [entity for entity, *_ in found(analyzer, text)] == ["CN_LANDLINE"], text


def test_street_addresses_are_public_unless_someone_lives_there(analyzer):
    assert entities(analyzer, "经查，当事人在中山路12号经营") == []
    assert entities(analyzer, "家住中山路12号") == [("CN_ADDRESS", "中山路12号")]
    # … as a record of a person writes where they live: 住 right before the address
    assert entities(analyzer, "当事人男，1980年5月12日出生，住杭州市西湖区文三路1号。") == [
        ("CN_ADDRESS", "杭州市西湖区文三路1号")]
    assert entities(analyzer, "本局地址：杭州市西湖区文三路1号。住房保障中心在中山路12号。") == []
    assert entities(analyzer, "市民反映，玄武区文化路193号书香门第7栋3单元1105室附近噪音") == [
        ("CN_ADDRESS", "玄武区文化路193号书香门第7栋3单元1105室")]
    assert entities(analyzer, "住在书香门第7栋3单元1105室") == [
        ("CN_ADDRESS", "书香门第7栋3单元1105室")]
    # … and an estate's house number before its building (幸福花园12号3幢: not masked at all)
    assert entities(analyzer, "家住苏康新城157号27幢2单元1412室") == [
        ("CN_ADDRESS", "苏康新城157号27幢2单元1412室")]
    # … and a lettered building, an estate's phase, a flat written with hyphens, and an
    # estate's house number where someone lives there (none was masked)
    for text, address in (("家住阳光大厦B座1201室", "阳光大厦B座1201室"),
                          ("住在东方明珠小区3期5号楼1单元1101", "东方明珠小区3期5号楼1单元1101"),
                          ("家住城南花园6-2-301", "城南花园6-2-301"),
                          ("家住新华路幸福里12号", "新华路幸福里12号"),
                          ("家住红星村五组12号", "红星村五组12号")):
        assert ("CN_ADDRESS", address) in entities(analyzer, text), text
    # … but not an office tower's lettered building, a date, a telephone number or a table's
    # number (光耀东方广场a座写字楼)
    for text in ("光耀东方广场a座写字楼以合理的价格成功整售", "本局位于市民中心B座3楼",
                 "受理时间2023-01-01 00:00:44", "详见表3-2-1", "幸福里12号"):
        assert [e for e in entities(analyzer, text) if e[0] == "CN_ADDRESS"] == [], text


def test_what_is_done_at_a_building_or_a_count_is_no_address(analyzer):
    # words before a building's number that end in a verb are what is done there, and a
    # number of 座 without an estate's word before it counts things (大棚, 坟)
    for text in ("请各位业主将书面表决票投入1号楼大堂信箱", "查勘记录：大棚钢架倒塌4座，棚膜破损",
                 "祖坟3座，已迁2座，剩余1座待选定日子后迁移"):
        assert [e for e in entities(analyzer, text) if e[0] == "CN_ADDRESS"] == [], text
    assert ("CN_ADDRESS", "阳光花园3座1201室") in entities(analyzer, "住在阳光花园3座1201室")
    # … nor is a common verb before an estate's name part of its address (更换, replacing, was
    # masked), though an estate named with a verb keeps it (建设花园)
    assert entities(analyzer, "公告：更换金桥花园5栋屋面防水") == [("CN_ADDRESS", "金桥花园5栋")]
    assert entities(analyzer, "家住建设花园5栋2单元") == [("CN_ADDRESS", "建设花园5栋2单元")]


# --- PERSON (social-media handles) ------------------------------------------------------------

@pytest.mark.parametrize(("text", "handle"), [
    ("回复@机缘际会:壮壮被养胖了", "机缘际会"),
    ("转发自@小明同学 的微博", "小明同学"),
    ("//@RickW：同意", "RickW"),
    ("照呢？晒晒@cp龙妈[嘻嘻][嘻嘻]", "cp龙妈"),   # an emoticon right after (Weibo NER train)
    # a repost chain's account, however long, up to its colon (Weibo NER train)
    ("小胖子你口味好重。//@尐胖釨_nancy:@尐蚊釨_去不？", "尐胖釨_nancy"),
    ("//@体重失控的小胖子:我擦，白色眼镜", "体重失控的小胖子"),
    ("回复@曾丶四小姐：那个记忆力赛过", "曾丶四小姐"),
    # a list of handles: the next @ ends one, even after a letter or a digit (Weibo NER train)
    ("打死你！@邓玉龙-ko@大兵_13@凌云baby", "大兵_13"),
    ("打死你！@邓玉龙-ko@大兵_13@凌云baby", "凌云baby"),
    ("@陈苏丹sudan@邓远清JENNY@大王二彤_", "邓远清JENNY"),
    ("强将手下无弱兵呀！@吴天昊微博@上海", "吴天昊微博"),   # a person's account
    ("合作请联系@王伟工作室：", "王伟工作室"),                # … and one named after a person
])
def test_social_handles_are_masked_as_names(analyzer, text, handle):
    assert ("PERSON", handle) in entities(analyzer, text)


@pytest.mark.parametrize("text", [
    "联系邮箱zhangsan@example.com，谢谢",   # an e-mail address
    "回复@12345:收到",                      # digits only: a hotline, not an account
    "公式@SUM(A1)",                         # capitals: a spreadsheet function
    "走访对象@某社区，",                     # anonymised already: at some community
    "@市民热线反映的问题很多",                # too long: the sentence goes on
    "请@市民热线反映的问题:",                 # … and no repost or reply before it
    "邮箱wang@163.com@",                     # a domain after a letter's @ is an address's
    "请@市民热线反映的问题实在很多@张",       # too long (13), even before another @
    # an organisation's or a medium's account (Weibo NER train)
    "要闹哪样呢？@咸阳交警官方微博 系安全带",
    "带身份证去地税吧…//@厦门地税:消费39元",
    "（分享自@今日头条）",
    "转发@北京发布：明日起地铁调整运营时间",
    "（分享自@财经网）",
])
def test_what_is_not_a_handle(analyzer, text):
    assert not [v for e, v in entities(analyzer, text) if e == "PERSON"]


@pytest.mark.parametrize("text", ["通知@王伟到市政府。", "请@王伟去公安局", "通知@王伟到市政府 "])
def test_a_sentence_after_an_at_is_no_organisation_account(analyzer, text):
    # it ends with an organisation's word, but 到 and 去 make it a sentence naming 王伟
    assert any(e == "PERSON" and "王伟" in v for e, v in entities(analyzer, text))


@pytest.mark.parametrize(("text", "nickname"), [
    ("来电人称网名“浪里白条”的用户在业主群散布谣言。", "浪里白条"),
    ("来电人反映昵称为阿花，经常在群里辱骂他人。", "阿花"),
    ("网名叫小胖子的网友发帖造谣。", "小胖子"),
    ("用户名：zhangsan123", "zhangsan123"),
    # … and what others call a person (a criminal record's nickname)
    ("被告人石磊（绰号“石头”）纠集他人多次实施抢劫。", "石头"),
    ("他的外号叫大头，住在村东头。", "大头"),
])
def test_a_quoted_account_name_is_masked_as_a_handle(analyzer, text, nickname):
    assert ("PERSON", nickname) in entities(analyzer, text)


@pytest.mark.parametrize("text", ["用户名和密码不能为空。", "请填写用户名：", "修改昵称后重新登录"])
def test_the_words_for_an_account_name_alone_name_no_one(analyzer, text):
    assert not [v for e, v in entities(analyzer, text) if e == "PERSON"]
