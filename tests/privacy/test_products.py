"""Products, platforms, services and government bodies are no one's name
(privacy.recognizers.products)."""

from __future__ import annotations

import pytest

from privacy.recognizers.base import Candidate
from privacy.recognizers.person_zh import ChinesePersonRecognizer, _outside_products
from privacy.recognizers.products import GOVERNMENT_BODIES, PRODUCTS, product_mentions
from privacy.recognizers.surnames import GIVEN_NAME_CHARS, SINGLE_SURNAMES

# Where a hotline record names a platform as it names a person (通过X反映, 在X购买, 使用X时)
HOTLINE = ("来电人称在{}上看到相关信息", "来电人通过{}反映问题，希望尽快处理",
           "市民反映{}客服电话无法接通", "来电人在{}购买的商品存在质量问题，要求退款",
           "{}平台未按约定退款", "张女士称其使用{}时被扣费")


@pytest.fixture(scope="module")
def names() -> ChinesePersonRecognizer:
    return ChinesePersonRecognizer()


def _masked(recognizer: ChinesePersonRecognizer, text: str) -> set[int]:
    return {i for c in recognizer.find(text) for i in range(c.start, c.end)}


@pytest.mark.parametrize("template", HOTLINE)
def test_no_listed_product_is_masked_where_a_record_names_it(names, template) -> None:
    masked = []
    for product in sorted(PRODUCTS):
        text = template.format(product)
        start = text.index(product)
        if _masked(names, text) & set(range(start, start + len(product))):
            masked.append(product)
    assert masked == []


@pytest.mark.parametrize(("text", "product"), [
    # before the list, each of these masked the product (抖*, 丰*柜, 顺*, 唯*会, *操出行, 高*地图)
    ("来电人称在抖音上看到相关视频", "抖音"),
    ("快递员未经同意将包裹放入丰巢柜", "丰巢柜"),
    ("来电人通过顺丰反映快递丢失", "顺丰"),
    ("市民反映唯品会客服电话无法接通", "唯品会"),
    ("来电人称在曹操出行上打车被多收费", "曹操出行"),
    ("来电人称高德地图导航错误", "高德地图"),
])
def test_a_product_a_name_was_found_in_is_kept(names, text, product) -> None:
    start = text.index(product)
    assert not _masked(names, text) & set(range(start, start + len(product)))


@pytest.mark.parametrize(("text", "name"), [
    ("来电人张伟在淘宝购买的商品存在质量问题", "张伟"),
    ("快递员刘建国未经同意将包裹放入丰巢柜", "刘建国"),
    ("经办人高静，已通过微信回复来电人", "高静"),
])
def test_a_name_beside_a_product_is_still_masked(names, text, name) -> None:
    start = text.index(name)
    assert set(range(start, start + len(name))) <= _masked(names, text)


def test_a_name_running_into_a_product_ends_where_the_product_begins() -> None:
    text = "请张伟丰巢柜取件"
    products = product_mentions(text)
    assert products == [(text.index("丰巢柜"), text.index("丰巢柜") + 3)]
    name = Candidate(1, 4, 0.9)  # 张伟丰
    assert _outside_products(text, [name], products) == [Candidate(1, 3, 0.9)]
    # what is left of a name that is no surname is none (过 of 通过高德地图)
    text = "来电人通过高德地图反映"
    assert _outside_products(text, [Candidate(4, 6, 0.85)], product_mentions(text)) == []
    # a surname alone left: the product may be the given name, and the name stays whole
    text = "联系人张奇瑞"
    assert _outside_products(text, [Candidate(3, 6, 0.95)], product_mentions(text)) == [
        Candidate(3, 6, 0.95)]
    # a name of one character apart from any product stays (小V's V, a handle)
    text = "联想手机，我是小V"
    assert _outside_products(text, [Candidate(8, 9, 0.94)], product_mentions(text)) == [
        Candidate(8, 9, 0.94)]
    # a name inside a product's is none
    text = "来电人在唯品会购买"
    assert _outside_products(text, [Candidate(4, 6, 0.85)], product_mentions(text)) == []


# Where a notice or a record names a body, after its level (区, 市, 县 …)
NOTICES = ("记者从区{}获悉，今年接种人数增加。", "市{}通报了三起案件。", "已转县{}办理。")


@pytest.mark.parametrize("template", NOTICES)
def test_no_listed_government_body_is_masked_where_a_notice_names_it(names, template) -> None:
    masked = []
    for body in sorted(GOVERNMENT_BODIES):
        text = template.format(body)
        start = text.index(body) - 1  # and its level
        if _masked(names, text) & set(range(start, start + 1 + len(body))):
            masked.append(body)
    assert masked == []


def test_a_body_is_one_only_after_its_level() -> None:
    # 区卫健局 was masked 区**局; 张卫健委托 is a person who entrusts
    assert product_mentions("区卫健局") == [(0, 4)]
    text = "来电人张卫健委托其女儿办理"
    assert product_mentions(text) == [(9, 11)]  # 女儿, a relative: no body
    names = ChinesePersonRecognizer()
    assert set(range(3, 6)) <= _masked(names, text)


def test_a_body_is_one_where_no_ideograph_is_before_it(screener) -> None:
    # a field listing bodies apart by blanks, a clause's start (卫健委 was masked 卫*委, 渔政 渔*)
    assert product_mentions("检查人员：市场监管局 卫健委") == [(5, 10), (11, 14)]
    for text in ("检查人员：市场监管局 卫健委", "渔政执法人员在巡查中发现有人非法捕捞。"):
        assert screener.screen_text(text, language="zh").text == text


@pytest.mark.parametrize("text", [
    "来电人反映唯品会客服电话无法接通，房东王五要求退租",
    "区卫健委托其外祖母孙女士与区卫健局联系，滴滴出行司机张三",
    "外祖母祖母外孙女孙女士丰巢柜丰巢",
])
def test_mentions_near_names_are_those_of_the_whole_text_near_them(text) -> None:
    # product_mentions(text, near) scans windows around the names only, for speed
    for length in (1, 2, 3):
        spans = [(at, min(len(text), at + length)) for at in range(0, len(text), 4)]
        for near in ([span] for span in spans):
            def overlapping(mentions, near=near):
                return [m for m in mentions if any(m[0] < e and s < m[1] for s, e in near)]
            assert overlapping(product_mentions(text, near)) == overlapping(
                product_mentions(text))


def test_the_longest_listed_product_is_the_one_found() -> None:
    assert product_mentions("在百度地图上") == [(1, 5)]
    assert product_mentions("丰巢柜和丰巢") == [(0, 3), (4, 6)]


def test_no_listed_product_reads_as_a_persons_name() -> None:
    # a person may be called 高德 or 华为: a listed word is never masked, so none has a name's
    # shape (a surname, then one or two given-name characters)
    name_shaped = [p for p in PRODUCTS | GOVERNMENT_BODIES
                   if 2 <= len(p) <= 3 and p[0] in SINGLE_SURNAMES
                   and all(c in GIVEN_NAME_CHARS for c in p[1:])]
    assert name_shaped == []


@pytest.mark.parametrize(("text", "screened"), [
    ("其购买的阿莫西林胶囊已超过有效期，店员拒绝退换。",
     "其购买的阿莫西林胶囊已超过有效期，店员拒绝退换。"),
    ("药师邓莹发现顾客将华法林与阿司匹林同服。", "药师邓*发现顾客将华法林与阿司匹林同服。"),
    ("处方：阿托伐他汀钙片、氨氯地平片，医生邓伟", "处方：阿托伐他汀钙片、氨氯地平片，医生邓*"),
    ("头孢拉定和阿奇霉素", "头孢拉定和阿奇霉素"),
    ("心脏支架术后每月需购买阿司匹林、阿托伐他汀等药品",
     "心脏支架术后每月需购买阿司匹林、阿托伐他汀等药品"),
    # a name ending as a drug's does, where no drug is named so (a dosage form, the dictionary,
    # another drug listed with it), and a stem after a name
    ("患者服用左氧氟沙星后出现皮疹，主治医生王西林", "患者服用左氧氟沙星后出现皮疹，主治医生王**"),
    ("刘易斯·卡洛尔", "刘******"),
    ("工作人员石波替丁某填写了申请表", "工作人员石*替丁某填写了申请表"),
])
def test_a_generic_drug_is_no_name(screener, text, screened) -> None:
    assert screener.screen_text(text, language="zh").text == screened
