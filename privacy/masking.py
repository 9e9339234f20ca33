"""Deterministic masking of personal values following Chinese publication conventions."""
# Conventions (only `*` is used; separators such as spaces, dashes, '+', '@' and '.' are kept):
#
# * PERSON: Chinese names keep the surname (compound surnames too): 张三 → 张*, 王小明 → 王**,
#   欧阳娜娜 → 欧阳**; a surname and an honorific, where the surname is the name, keep the
#   honorific: 王先生 → *先生, 欧阳女士 → **女士 (as the screen masks them in text; 欧阳 alone →
#   **), and so does a surname and 家, a family: 刘家 → *家 (not 刘家建 → 刘**, a full name),
#   and a character before a family's form of address: 强哥 → *哥, 黎叔 → *叔; a doubled name
#   is masked whole: 乐乐 → **; Latin names keep each word's initial: John Smith → J*** S****.
# * CN_RESIDENT_ID: 18 characters keep the first 6 and last 4 (110101********1234); 15 digits
#   keep the first 6 and last 3 (the birth date is always hidden); any other length is fully
#   masked.
# * CN_MOBILE: the 11 national digits keep the first 3 and last 4 (138****5678); a +86/86
#   prefix and separators are kept.
# * CN_LANDLINE and other phone-like values: the area code (0xx/0xxx) and the last 4 digits stay.
# * EMAIL_ADDRESS: the first character of the local part then a fixed *** (length hidden),
#   the domain is kept: z***@example.com.
# * BANK_CARD (and IBAN_CODE): the first 4 and last 4 characters stay (6222********1234,
#   GB82 **** **** **** **54 32) when at least 12, otherwise all are masked.
# * US_SSN and STREET_ADDRESS: every character but separators (***-**-****).
# * Sensitive categories (SENSITIVE_*, PIPL art. 28): a fixed *** whatever the value, so not
#   even its length (高血压 vs 精神分裂症) is published.
# * Anything else: every character except separators becomes *.

from __future__ import annotations

import re
from collections.abc import Callable

from privacy.chinese import is_cjk
from privacy.recognizers.cues import HONORIFICS
from privacy.recognizers.surnames import (
    COMPOUND_SURNAMES,
    MASK_CHARS,
    SINGLE_SURNAMES,
    surname_of,
)

SEPARATORS = frozenset(" \t\r\n-_/.:：,，、;；()（）[]【】+@")
_NAME_SPLIT = re.compile(r"([、,，;；/\s]+)")
_LANDLINE = re.compile(r"^(\+?86[ -]?)?(0[0-9]{2,3})([ -]?)(.*)$")
_CJK_NAME = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,4}")  # as chinese.is_cjk
# a name of two or three with spaces after its surname, as forms align them (张　伟)
_SPACED_NAME = re.compile(r"([\u4e00-\u9fff]{1,2})([ \u3000]{1,2})([\u4e00-\u9fff]{1,2})")


_NOT_SEPARATOR = re.compile("[^" + re.escape("".join(sorted(SEPARATORS))) + "]")


def mask_all(value: str) -> str:
    """Replace every character that is not a separator with *."""
    return _NOT_SEPARATOR.sub("*", value)


def _mask_digits(value: str, keep: Callable[[int, int], bool]) -> str:
    """Mask alphanumeric characters whose index i (among alphanumerics) fails keep(i, n)."""
    n = sum(1 for c in value if c.isalnum())
    out, i = [], 0
    for char in value:
        if char.isalnum():
            out.append(char if keep(i, n) else "*")
            i += 1
        else:
            out.append(char)
    return "".join(out)


# 先生, 女士 …, and 家 of 刘家 (the Liu family): what follows the surname that names someone
_HONORIFICS = frozenset(HONORIFICS | {"家"})
_HONORIFIC_LENGTHS = tuple(sorted({len(h) for h in _HONORIFICS}))


# 强哥, 王姐, 黎叔: one character, a surname's or a given name's, and a family's form of address
# (not 伯, which ends transliterations as often: 尤伯杯's 尤伯, Uber); 李头 of 老李头, old Li
_FAMILY_ADDRESS = frozenset(
    ["大哥", "大姐", "大叔", "大婶", "大嫂", "哥", "姐", "叔", "姨", "婶", "嫂", "舅", "头"])


def _addressed(name: str) -> str | None:
    """王先生 → *先生, 刘家 → *家: a surname and an honorific or 家, masked as the surname that
    names someone, as a compound surname alone is (欧阳 → **); 强哥 → *哥, 黎叔 → *叔, as the
    character before a family's form of address does; 乐乐 → **, as keeping either character of
    a doubled one publishes both (None: name is not of these forms)."""
    if name in COMPOUND_SURNAMES:
        return "*" * len(name)  # 欧阳 of 欧阳女士: the surname alone, which names her
    for length in _HONORIFIC_LENGTHS:  # (a set look-up per length: names are masked by the million)
        if name[-length:] in _HONORIFICS:
            surname = name[:-length]
            if surname in SINGLE_SURNAMES or surname in COMPOUND_SURNAMES:
                return "*" * len(surname) + name[-length:]
    if name[1:] in _FAMILY_ADDRESS:
        return "*" + name[1:]
    if len(name) == 2 and name[0] == name[1] and name[0] not in MASK_CHARS:
        return "**"  # (某某 is no name, but a mask already)
    return None


def mask_person(value: str) -> str:
    """Mask one or more person names (separated by 、 , ; / or spaces for Chinese)."""
    if 2 <= len(value) <= 4 and _CJK_NAME.fullmatch(value):
        addressed = _addressed(value)
        if addressed is not None:
            return addressed
        surname = surname_of(value) or value[0]  # as _mask_chinese_name(), without mask_all()
        if len(surname) >= len(value):
            surname = value[0]
        return surname + "*" * (len(value) - len(surname))  # ideographs are no separators
    if not any(is_cjk(c) for c in value):
        return _mask_latin_name(value)
    spaced = _SPACED_NAME.fullmatch(value)
    if spaced is not None and surname_of(spaced[1] + spaced[3]) == spaced[1]:
        return spaced[1] + spaced[2] + "*" * len(spaced[3])  # 张　伟 → 张　*, as 张伟 → 张*
    parts = _NAME_SPLIT.split(value)
    return "".join(p if _NAME_SPLIT.fullmatch(p) or not p else _mask_chinese_name(p) for p in parts)


def _mask_chinese_name(name: str) -> str:
    """张三 → 张*, 欧阳娜娜 → 欧阳**; a lone character is fully masked."""
    if len(name) <= 1:
        return "*" * len(name)
    addressed = _addressed(name)
    if addressed is not None:
        return addressed
    surname = surname_of(name) or name[0]
    if len(surname) >= len(name):
        surname = name[0]
    return surname + mask_all(name[len(surname) :])


def _mask_latin_name(value: str) -> str:
    """John Smith → J*** S****: each word keeps its first character (a lone one is masked)."""
    if len(value.strip()) <= 1:
        return mask_all(value)
    out, start = [], True
    for char in value:
        if char.isspace():
            out.append(char)
            start = True
        elif start:
            out.append(char if char.isalpha() else "*")
            start = not char.isalpha()
        else:
            out.append("*" if char.isalnum() else char)
    return "".join(out)


def mask_resident_id(value: str) -> str:
    """Keep 6 + 4 of 18 characters, 6 + 3 of 15; mask everything of any other length."""
    if value.isascii() and value.isalnum():
        if len(value) == 18:
            return value[:6] + "********" + value[14:]
        if len(value) == 15:
            return value[:6] + "******" + value[12:]
    n = sum(1 for c in value if c.isalnum())
    if n == 18:
        return _mask_digits(value, lambda i, n: i < 6 or i >= 14)
    if n == 15:
        return _mask_digits(value, lambda i, n: i < 6 or i >= 12)
    return mask_all(value)


def mask_mobile(value: str) -> str:
    """138****5678, keeping a +86/86 prefix and the separators."""
    if len(value) == 11 and value.isdigit():
        return value[:3] + "****" + value[7:]
    digits = [c for c in value if c.isdigit()]
    prefix = len(digits) - 11
    if prefix < 0 or not (prefix == 0 or "".join(digits[:prefix]) in ("86", "0086")):
        return mask_phone(value)
    return _mask_digits(
        value, lambda i, n: i < prefix + 3 or i >= prefix + 7 if i >= prefix else True
    )


def mask_phone(value: str) -> str:
    """Phone-like values: keep the area code (0xx/0xxx) and the last 4 digits."""
    match = _LANDLINE.match(value.strip())
    if match and len(value) == len(value.strip()):
        head = (match.group(1) or "") + match.group(2) + match.group(3)
        rest = match.group(4)
        if sum(c.isdigit() for c in rest) >= 6:
            return head + _mask_digits(rest, lambda i, n: i >= n - 4)
    if sum(c.isdigit() for c in value) >= 8:
        return _mask_digits(value, lambda i, n: i >= n - 4)
    return mask_all(value)


def mask_email(value: str) -> str:
    """z***@example.com; without an '@' the value is fully masked."""
    local, at, domain = value.rpartition("@")
    if not at or not local:
        return mask_all(value)
    return local[0] + "***@" + domain


def mask_bank_card(value: str) -> str:
    """6222********1234 (first 4 and last 4 digits kept when there are at least 12)."""
    if value.isascii() and value.isdigit() and len(value) >= 12:
        return value[:4] + "*" * (len(value) - 8) + value[-4:]
    n = sum(1 for c in value if c.isalnum())
    if n < 12:
        return mask_all(value)
    return _mask_digits(value, lambda i, n: i < 4 or i >= n - 4)


# (a banner, 旗, is no given name's end: 江红旗户分得5幢301室 kept 江红旗, a name the address
# ran on from, as a county's)
_ADMIN_PREFIX = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,8}?(?:省|自治区|特别行政区))?(?:[\u4e00-\u9fff]{2,8}?(?:市|自治州|地区|盟))?"
    r"(?:[\u4e00-\u9fff]{1,6}?(?:新区|区|县|(?<![红国彩军])旗|市))?"
)
_EN_ADMIN = re.compile(
    r"(?:,\s*[A-Z][A-Za-z ]*?(?:District|County|City|Province))?(?:,\s*[A-Z][a-z]+)?$"
)


def mask_address(value: str) -> str:
    """Keep the administrative divisions and mask the rest: 北京市海淀区********."""
    # Keep the administrative divisions (省/市/区/县, or trailing English district and city)
    # and mask the street, building and room: 北京市海淀区********.
    prefix = _ADMIN_PREFIX.match(value).group()
    if prefix:
        return prefix + mask_all(value[len(prefix) :])
    suffix = _EN_ADMIN.search(value).group()
    if suffix and len(suffix) < len(value):
        return mask_all(value[: len(value) - len(suffix)]) + suffix
    return mask_all(value)


SENSITIVE_MASK = "***"

_MASKERS = {
    "CN_ADDRESS": mask_address,
    "PERSON": mask_person,
    "CN_RESIDENT_ID": mask_resident_id,
    "CN_MOBILE": mask_mobile,
    "CN_LANDLINE": mask_phone,
    "PHONE_NUMBER": mask_phone,
    "EMAIL_ADDRESS": mask_email,
    "BANK_CARD": mask_bank_card,
    "CREDIT_CARD": mask_bank_card,
    "IBAN_CODE": mask_bank_card,
}


def masker(entity: str) -> Callable[[str], str]:
    """The function mask_value(entity, value) applies to a non-empty value."""
    if entity.startswith("SENSITIVE_"):
        return _sensitive_mask
    return _MASKERS.get(entity, mask_all)


def _sensitive_mask(value: str) -> str:
    """The mask of any sensitive value."""
    return SENSITIVE_MASK


def mask_value(entity: str, value: str) -> str:
    """Mask value according to the convention for entity (unknown entities: all but separators)."""
    if not value:
        return value
    if entity.startswith("SENSITIVE_"):
        return SENSITIVE_MASK
    return _MASKERS.get(entity, mask_all)(value)
