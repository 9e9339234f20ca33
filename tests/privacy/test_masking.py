"""Masking conventions."""

from __future__ import annotations

import pytest

from privacy import mask_value


@pytest.mark.parametrize(
    ("entity", "value", "masked"),
    [
        ("PERSON", "张三", "张*"),
        ("PERSON", "王小明", "王**"),
        ("PERSON", "欧阳娜娜", "欧阳**"),
        ("PERSON", "司马光", "司马*"),
        ("PERSON", "John Smith", "J*** S****"),
        ("PERSON", "张三、李四", "张*、李*"),
        # a name aligned in a form with spaces after its surname, as one name; two names apart
        ("PERSON", "张　伟", "张　*"),
        ("PERSON", "欧阳  娜娜", "欧阳  **"),
        ("PERSON", "张三 李四", "张* 李*"),
        ("PERSON", "张", "*"),
        # a surname and an honorific: the surname is what names the person (as in text)
        ("PERSON", "王先生", "*先生"),
        ("PERSON", "欧阳女士", "**女士"),
        ("PERSON", "欧阳", "**"),  # the surname of 欧阳女士 alone, as the screen finds it in text
        ("PERSON", "王先生、李师傅", "*先生、*师傅"),
        ("PERSON", "先生", "先*"),  # no surname before it: an ordinary two-character value
        ("PERSON", "刘家", "*家"),  # the Liu family: the surname names them
        ("PERSON", "王阿姨", "*阿姨"),  # a neighbour's form of address
        ("PERSON", "强哥", "*哥"),  # a sibling's form of address: the character names him
        ("PERSON", "黎叔", "*叔"),  # … an uncle's, an aunt's
        ("PERSON", "王婶", "*婶"),
        ("PERSON", "李头", "*头"),  # 老李头, old Li
        ("PERSON", "尤伯", "尤*"),  # 伯 ends transliterations too (尤伯杯, the Uber Cup)
        ("PERSON", "仇老板", "*老板"),  # a boss's
        ("PERSON", "王大姐", "*大姐"),
        ("PERSON", "乐乐", "**"),  # doubled: 乐* would publish it whole
        ("PERSON", "刘家建", "刘**"),  # a full name whose given name begins with 家
        ("CN_RESIDENT_ID", "110101199003071234", "110101********1234"),
        ("CN_RESIDENT_ID", "11010119900307123X", "110101********123X"),
        ("CN_RESIDENT_ID", "110101900307123", "110101******123"),
        ("CN_RESIDENT_ID", "1101011990", "**********"),
        ("CN_MOBILE", "13812345678", "138****5678"),
        ("CN_MOBILE", "+86 138 1234 5678", "+86 138 **** 5678"),
        ("CN_MOBILE", "138-1234-5678", "138-****-5678"),
        ("CN_MOBILE", "8613812345678", "86138****5678"),
        ("CN_LANDLINE", "010-12345678", "010-****5678"),
        ("EMAIL_ADDRESS", "zhangsan@example.com", "z***@example.com"),
        ("EMAIL_ADDRESS", "not-an-email", "***-**-*****"),
        ("BANK_CARD", "6222021234561234", "6222********1234"),
        ("BANK_CARD", "6222 0212 3456 1234", "6222 **** **** 1234"),
        ("BANK_CARD", "12345", "*****"),
        ("CN_ADDRESS", "北京市海淀区中关村大街1号3栋201室", "北京市海淀区*************"),
        ("CN_ADDRESS", "内蒙古自治区正蓝旗幸福小区3栋201室", "内蒙古自治区正蓝旗**********"),
        # a given name's end is no banner (江红旗户 ran on to 5幢301室 in a relocation list)
        ("CN_ADDRESS", "江红旗户分得5幢301室", "************"),
        ("CN_PASSPORT", "E12345678", "*********"),
        ("DATE_OF_BIRTH", "1990-03-07", "****-**-**"),
        ("SOMETHING_ELSE", "ab c-d", "** *-*"),
        ("PERSON", "", ""),
    ],
)
def test_conventions(entity, value, masked):
    assert mask_value(entity, value) == masked


def test_masking_is_deterministic_and_hides_the_middle(gen):
    for _ in range(50):
        rid = gen.resident_id()
        once = mask_value("CN_RESIDENT_ID", rid)
        assert once == mask_value("CN_RESIDENT_ID", rid)
        assert rid[6:14] not in once and len(once) == len(rid)
        phone = gen.mobile()
        assert phone[3:7] not in mask_value("CN_MOBILE", phone)[3:7]
        name = gen.name()
        assert mask_value("PERSON", name)[1:].strip("*") in ("", name[1:2])
