"""CN_ADDRESS: detailed street addresses (…路/街 …号 …栋 …单元 …室), in Chinese or English."""

from __future__ import annotations

import re

from privacy.lexicon import lexicon
from privacy.recognizers.base import Candidate, CellHints, ScreenRecognizer

# A CJK character that can be part of a place name (not a common function word), so that
# "其居住的上海市…" starts at 上海市.
_FUNCTION_CHARS = "的在于住是为到至往从向与及其我你他她它们了被把对将居处系经查称映位地址所"
_C = rf"(?:(?![{_FUNCTION_CHARS}])[\u4e00-\u9fff])"
_ADMIN = (
    rf"(?:{_C}{{2,8}}?(?:省|自治区|特别行政区))?(?:{_C}{{2,8}}?(?:市|自治州|地区|盟))?"
    rf"(?:{_C}{{1,6}}?(?:新区|区|县|旗|市))?(?:{_C}{{1,6}}?(?:镇|乡|街道|苏木))?"
)
_NUM = r"[0-9]{1,5}"
_GROUP = "[一二三四五六七八九十]{1,3}"  # (a village's group in numerals: 红星村五组12号)
_ESTATE_WORDS = ("小区", "花园", "家园", "新村", "公寓", "大厦", "广场", "苑", "庭", "园", "城",
                 "湾", "里")
_ESTATE = rf"{_C}{{2,6}}?(?:{'|'.join(_ESTATE_WORDS)})"
_ESTATE_END = "[" + "".join(sorted({word[-1] for word in _ESTATE_WORDS})) + "]"  # (their ends)
# a building by its number or letter (3幢, B座), after the estate's phase if any (3期5号楼)
_BUILDING = rf"(?:{_NUM}期)?(?:{_NUM}|[A-Za-z])(?:栋|幢|座|号楼)"
# … and one by its number alone, after words no estate's word ends (a 座 there counts things:
# 大棚倒塌4座)
_NUMBERED_BUILDING = rf"{_NUM}(?:栋|幢|号楼)"
_DETAIL = (
    rf"(?:{_C}{{1,8}}?(?:村|社区)(?:(?:{_NUM}|{_GROUP})组)?{_NUM}号"        # 李庄村6组289号, 五组
    rf"|{_C}(?:{_C}|[0-9]){{0,8}}?(?:大道|大街|路|街|巷|弄|胡同){_NUM}(?:-{_NUM})?号"  # 中山路27号
    rf"(?:院)?(?:{_C}{{2,8}}?(?={_BUILDING})|{_ESTATE})?(?:{_BUILDING})?"
    rf"|{_ESTATE}{_NUM}-{_NUM}(?:-{_NUM})?(?![0-9-])"                         # 城南花园6-2-301
    rf"|(?:{_ESTATE}(?:{_NUM}号)?{_BUILDING}"                               # 幸福花园12号3幢
    rf"|(?P<free>{_C}{{2,8}}?){_NUMBERED_BUILDING})"                           # 书香门第3幢
    rf"|{_ESTATE}{_NUM}号(?!院|楼))"                                           # 幸福里12号
    rf"(?:{_NUM}单元)?(?:{_NUM}(?:室|户|号)?)?"
)
_CN_ADDRESS = re.compile(rf"(?P<v>{_ADMIN}{_DETAIL})")
_EN_ADDRESS = re.compile(
    r"(?P<v>(?:(?:Room|Rm\.?|Flat|Apt\.?|Unit)[ ]?[0-9]+[A-Z]?,[ ])?"
    r"(?:(?:Building|Bldg\.?|Block|Tower)[ ]?[0-9]+[A-Z]?,[ ])?"
    r"No\.[ ]?[0-9]+(?:-[0-9]+)?,?[ ](?:[A-Z][a-z]+[ ]){1,4}"
    r"(?:Road|Street|Avenue|Lane|Rd\.|St\.|Ave\.)"
    r"(?:,[ ](?:[A-Z][a-z]+[ ]){1,3}(?:District|County|Town|Village))?"
    r"(?:,[ ][A-Z][a-z]+(?=[,.;\s]|$))?)"
)
# Every address holds a house number after a street/estate/village word, or a building, unit
# or room number; the full pattern only runs in a window around such a hint.
_HINT = re.compile(
    r"(?:路|街|道|巷|弄|同|村|组|苑|庭|园|城|湾|里|厦|场|寓|区)[0-9]{1,5}(?:-[0-9]+)?[号组]"
    r"|[0-9A-Za-z](?:栋|幢|座|号楼|单元|室|户)|No\.[ ]?[0-9]"
    r"|" + _ESTATE_END + r"[0-9]{1,3}-[0-9]"
)
_BEFORE, _AFTER = 48, 24
# A Chinese address holds only ideographs, ASCII digits and letters (B座) and "-", and a number
# or a letter before 号, 栋, 幢 or 座, or a number before a hyphen: the full pattern runs only
# over such runs of a window that hold one (it would fail at every position of the others, and
# never crosses a comma).
_CN_RUN = re.compile(r"[\u4e00-\u9fff0-9A-Za-z-]+")
_NUMBERED = re.compile(r"[0-9A-Za-z][号栋幢座]|[0-9]-[0-9]")
# (what makes an address a home's without a word of living there; not an office tower's lettered
# building alone, 光耀东方广场a座写字楼, 文化产业园B座2层)
_DETAILED = re.compile(r"[0-9](?:栋|幢|座|号楼|单元|室|户|组)|[0-9]-[0-9]{1,3}-[0-9]"
                       r"|" + _GROUP + "组"
                       r"|号院|Room|Flat|Apt|Unit|Building")


_A_BUILDING = re.compile(_NUMBERED_BUILDING)
_A_FLAT = re.compile(r"[0-9](?:单元|室|户|号)")  # (a unit, a room or a door after the building)


def _a_deed_before_a_number(match: re.Match) -> bool:
    """Whether the words before a building's number that no estate's word names end in a verb,
    and no unit or room follows it (投入1号楼, 送到3号楼): what is done there, not the
    building's name (书香门第3幢), nor a flat (户分得5幢301室: allotted to a household)."""
    free = match.groupdict().get("free")
    if not free:
        return False
    building = _A_BUILDING.match(match.string, match.end("free"))
    if building is None or _A_FLAT.search(match.string, building.end(), match.end("v")):
        return False
    words = lexicon()
    return any(words.tag(free[-size:]) == "v" and words.frequency(free[-size:])
               for size in (1, 2) if len(free) >= size)


_COMMON_VERB = 50  # a verb this frequent before an estate's name is what is done to it


def _after_a_deed(text: str, start: int, end: int) -> int:
    """The start of an address past a common verb of two that begins it, where an estate's name
    of two characters or more still follows (更换金桥花园5栋屋面: 更换, replacing, was masked;
    not 建设花园5栋, an estate of that name)."""
    words = lexicon()
    if (words.tag(text[start:start + 2]) == "v"
            and (words.frequency(text, start, start + 2) or 0) >= _COMMON_VERB):
        rest = _CN_ADDRESS.match(text, start + 2, end)
        if rest is not None and rest.end("v") == end:
            return start + 2
    return start


def _windows(text: str) -> list[tuple[int, int]]:
    """Merged text windows around address hints."""
    windows: list[tuple[int, int]] = []
    for hint in _HINT.finditer(text):
        lo, hi = max(0, hint.start() - _BEFORE), min(len(text), hint.end() + _AFTER)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], hi)
        else:
            windows.append((lo, hi))
    return windows


class AddressRecognizer(ScreenRecognizer):
    """Residential addresses: with building/unit/room details, or after 住址/家住-style words."""
    # A bare street address (中山路12号) is usually an office's or a shop's and is public.

    ENTITY = "CN_ADDRESS"
    PATTERN_NAME = "cn_address"
    REGEX = _CN_ADDRESS
    # Every _HINT match holds a digit (or a letter: B座) right before 号/组/栋/幢/座/单/室/户,
    # "No.", or an estate's word, a number and a hyphen (城南花园6-2-301, which no date nor
    # telephone number has): found by scanning for those characters (fast in Python's re) and
    # looking behind them.
    TRIGGER = re.compile(r"[号组栋幢座单室户.-](?:(?<=[0-9A-Za-z][号组栋幢座单室户])|(?<=No\.)"
                         + "".join(rf"|(?<={_ESTATE_END}{'[0-9]' * size}-)" for size in (1, 2, 3))
                         + ")")
    CONTEXT = ("住址", "居住", "家住", "现住", "住在", "户籍", "家庭地址", "home address",
               "residential address", "lives at", "residence")
    SCORE = 0.85

    def may_match(self, hints: CellHints) -> bool:  # noqa: D102
        return hints.digits >= 1 and (hints.cjk or hints.alpha)

    def find(self, text: str) -> list[Candidate]:  # noqa: D102
        out: list[Candidate] = []
        last_end = 0
        for lo, hi in _windows(text):
            for run in _CN_RUN.finditer(text, max(lo, last_end), hi):
                if _NUMBERED.search(text, run.start(), run.end()) is not None:
                    last_end = self._matches(_CN_ADDRESS, text, max(run.start(), last_end),
                                             run.end(), out, last_end)
            if "No." in text[lo:hi]:  # what every English address holds
                last_end = self._matches(_EN_ADDRESS, text, max(lo, last_end), hi, out,
                                         last_end)
        return sorted(set(out))

    def _matches(self, regex: re.Pattern, text: str, start_at: int, stop: int,
                 out: list[Candidate], last_end: int) -> int:
        """Add regex's addresses in text[start_at:stop] to out; the end of the last match."""
        for match in regex.finditer(text, start_at, stop):
            start, end = match.span("v")
            if _a_deed_before_a_number(match):
                continue  # 将书面表决票投入1号楼大堂信箱: where something is put, no one's home
            if _DETAILED.search(text, start, end) or self._personal(text, start):
                if regex is _CN_ADDRESS:
                    start = _after_a_deed(text, start, end)
                out.append(Candidate(start, end, self.SCORE))
            last_end = max(last_end, end)
        return last_end

    def _personal(self, text: str, start: int) -> bool:
        """Whether a personal-address word (住址, 家住 …) precedes a street-level address, or
        住 (lives) right before it, as a record of a person writes it (男，汉族，…出生，住浙江省
        杭州市文三路1号)."""
        if text[start - 1:start] == "住":
            return True
        window = text[max(0, start - self.CONTEXT_WINDOW) : start].lower()
        return any(word in window for word in self.CONTEXT)

    def classify(self, value: str) -> str | None:
        """Never classify a column as addresses by its values (most are of places and firms)."""
        return None
