"""Seeded synthetic corpus of labelled government-style texts for developing the screen.

Every value is invented: names come from Faker, identifiers from our own generators with
valid structure (region code, date, ISO 7064 check digit; Luhn for bank cards). Distractors
that look personal but are not (masked names, organisations, invalid IDs, credit codes,
order and exam numbers, amounts, dates, 12345) are left unlabelled on purpose.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from datetime import date, timedelta
from pathlib import Path
from types import MappingProxyType
from typing import TypeVar

from faker import Faker
from stdnum import luhn
from stdnum.cn import uscc

T = TypeVar("T")
DEFAULT_SEED = 20261126
DEV_CORPUS = Path(__file__).parent / "data" / "dev_corpus.jsonl"
LABELS = (
    "CN_RESIDENT_ID",
    "CN_MOBILE",
    "CN_LANDLINE",
    "EMAIL_ADDRESS",
    "BANK_CARD",
    "PERSON",
    "CN_ADDRESS",
)

# (region code, province, city, district, area code, English locality); codes are real.
_REGIONS = (
    ("110101", "", "北京市", "东城区", "010", "Dongcheng District, Beijing"),
    ("110102", "", "北京市", "西城区", "010", "Xicheng District, Beijing"),
    ("110105", "", "北京市", "朝阳区", "010", "Chaoyang District, Beijing"),
    ("110106", "", "北京市", "丰台区", "010", "Fengtai District, Beijing"),
    ("110108", "", "北京市", "海淀区", "010", "Haidian District, Beijing"),
    ("120101", "", "天津市", "和平区", "022", "Heping District, Tianjin"),
    ("120104", "", "天津市", "南开区", "022", "Nankai District, Tianjin"),
    ("310101", "", "上海市", "黄浦区", "021", "Huangpu District, Shanghai"),
    ("310104", "", "上海市", "徐汇区", "021", "Xuhui District, Shanghai"),
    ("310115", "", "上海市", "浦东新区", "021", "Pudong New Area, Shanghai"),
    ("500103", "", "重庆市", "渝中区", "023", "Yuzhong District, Chongqing"),
    ("440104", "广东省", "广州市", "越秀区", "020", "Yuexiu District, Guangzhou"),
    ("440106", "广东省", "广州市", "天河区", "020", "Tianhe District, Guangzhou"),
    ("440304", "广东省", "深圳市", "福田区", "0755", "Futian District, Shenzhen"),
    ("440305", "广东省", "深圳市", "南山区", "0755", "Nanshan District, Shenzhen"),
    ("440605", "广东省", "佛山市", "南海区", "0757", "Nanhai District, Foshan"),
    ("330106", "浙江省", "杭州市", "西湖区", "0571", "Xihu District, Hangzhou"),
    ("330481", "浙江省", "嘉兴市", "海宁市", "0573", "Haining, Jiaxing"),
    ("320102", "江苏省", "南京市", "玄武区", "025", "Xuanwu District, Nanjing"),
    ("320583", "江苏省", "苏州市", "昆山市", "0512", "Kunshan, Suzhou"),
    ("510107", "四川省", "成都市", "武侯区", "028", "Wuhou District, Chengdu"),
    ("420106", "湖北省", "武汉市", "武昌区", "027", "Wuchang District, Wuhan"),
    ("610113", "陕西省", "西安市", "雁塔区", "029", "Yanta District, Xi'an"),
    ("370102", "山东省", "济南市", "历下区", "0531", "Lixia District, Jinan"),
    ("370103", "山东省", "济南市", "市中区", "0531", "Shizhong District, Jinan"),
    ("370202", "山东省", "青岛市", "市南区", "0532", "Shinan District, Qingdao"),
    ("350203", "福建省", "厦门市", "思明区", "0592", "Siming District, Xiamen"),
    ("430104", "湖南省", "长沙市", "岳麓区", "0731", "Yuelu District, Changsha"),
    ("410105", "河南省", "郑州市", "金水区", "0371", "Jinshui District, Zhengzhou"),
    ("210102", "辽宁省", "沈阳市", "和平区", "024", "Heping District, Shenyang"),
    ("130102", "河北省", "石家庄市", "长安区", "0311", "Chang'an District, Shijiazhuang"),
    ("130423", "河北省", "邯郸市", "临漳县", "0310", "Linzhang County, Handan"),
    ("340104", "安徽省", "合肥市", "蜀山区", "0551", "Shushan District, Hefei"),
    ("530102", "云南省", "昆明市", "五华区", "0871", "Wuhua District, Kunming"),
    ("450103", "广西壮族自治区", "南宁市", "青秀区", "0771", "Qingxiu District, Nanning"),
    ("150102", "内蒙古自治区", "呼和浩特市", "新城区", "0471", "Xincheng District, Hohhot"),
    ("650102", "新疆维吾尔自治区", "乌鲁木齐市", "天山区", "0991", "Tianshan District, Urumqi"),
    ("230102", "黑龙江省", "哈尔滨市", "道里区", "0451", "Daoli District, Harbin"),
    ("140105", "山西省", "太原市", "小店区", "0351", "Xiaodian District, Taiyuan"),
    ("460106", "海南省", "海口市", "龙华区", "0898", "Longhua District, Haikou"),
)
_STREETS = (
    ("建国路", "Jianguo Road"),
    ("人民路", "Renmin Road"),
    ("中山路", "Zhongshan Road"),
    ("解放大道", "Jiefang Avenue"),
    ("长安街", "Chang'an Street"),
    ("新华街", "Xinhua Street"),
    ("文化路", "Wenhua Road"),
    ("东风路", "Dongfeng Road"),
    ("和平路", "Heping Road"),
    ("胜利街", "Shengli Street"),
    ("青年路", "Qingnian Road"),
    ("学府路", "Xuefu Road"),
    ("滨河路", "Binhe Road"),
    ("迎宾大道", "Yingbin Avenue"),
    ("光明街", "Guangming Street"),
    ("幸福路", "Xingfu Road"),
    ("花园路", "Huayuan Road"),
    ("科技园路", "Kejiyuan Road"),
    ("朝阳北路", "Chaoyang North Road"),
    ("金融街", "Jinrong Street"),
)
_COMPOUNDS = (
    "阳光花园",
    "锦绣家园",
    "幸福里小区",
    "金色家园",
    "翠苑小区",
    "和平新村",
    "碧水湾",
    "御景华庭",
    "世纪城",
    "书香门第",
    "紫荆公寓",
    "盛世华庭",
    "滨江花园",
    "丽景苑",
)
_TOWNS = ("城关镇", "新华镇", "永安镇", "太平乡", "红星乡", "河西镇")
_VILLAGES = ("王家村", "李庄村", "东河村", "前进村", "南湾村", "石桥村")
_COMPOUND_SURNAMES = (
    "欧阳",
    "司马",
    "诸葛",
    "上官",
    "慕容",
    "东方",
    "皇甫",
    "令狐",
    "尉迟",
    "公孙",
    "夏侯",
    "司徒",
)
_GIVEN_CHARS = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍建国志红梅文斌浩宇欣怡嘉"
_MOBILE_PREFIXES = tuple(
    str(p)
    for p in (
        *range(130, 140),
        150,
        151,
        152,
        153,
        155,
        156,
        157,
        158,
        159,
        166,
        170,
        173,
        175,
        176,
        177,
        178,
        *range(180, 190),
        191,
        193,
        195,
        198,
        199,
    )
)
_CARD_BINS = ("622202", "622848", "621700", "622588", "621226", "623058", "622908", "621483")
_MAIL_DOMAINS = (
    "qq.com",
    "163.com",
    "126.com",
    "sina.com",
    "sohu.com",
    "foxmail.com",
    "gmail.com",
    "outlook.com",
    "hotmail.com",
    "yeah.net",
    "aliyun.com",
    "139.com",
)
_BANKS = ("中国工商银行", "中国农业银行", "中国建设银行", "中国银行", "农商银行", "邮储银行")
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ORG_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWY"
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def id_check_digit(body17: str) -> str:
    """ISO 7064 MOD 11-2 check character of a 17-digit resident ID body."""
    # Written apart from the recognizer's check_digit on purpose: test data generated with
    # the validator's own arithmetic could not catch a bug in it.
    total = sum(int(c) * w for c, w in zip(body17, _ID_WEIGHTS, strict=True))
    return "10X98765432"[total % 11]


def _org_check_digit(body8: str) -> str:
    """GB 11714 organisation code check character."""
    total = sum(int(c, 36) * w for c, w in zip(body8, _ORG_WEIGHTS, strict=True))
    return "0123456789X0"[11 - total % 11]


def luhn_check_digit(body: str) -> str:
    """Luhn check digit to append to body."""
    return luhn.calc_check_digit(body)


def luhn_valid(number: str) -> bool:
    """Whether a digit string passes the Luhn check."""
    return number.isdigit() and luhn.is_valid(number)


def looks_personal(value: str) -> bool:
    """Whether a digit string would pass an ID or bank-card check (distractors must not)."""
    if not value[:-1].isdigit():
        return False
    if len(value) == 18 and id_check_digit(value[:17]) == value[17]:
        return True
    return value.isdigit() and 15 <= len(value) <= 19 and luhn_valid(value)


class _Doc:
    """Text under construction with exact character spans."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.pos = 0

    def t(self, *texts: str) -> _Doc:
        """Append unlabelled text."""
        for text in texts:
            self.parts.append(text)
            self.pos += len(text)
        return self

    def e(self, value: str, label: str) -> _Doc:
        """Append a labelled value."""
        self.spans.append({"start": self.pos, "end": self.pos + len(value), "label": label})
        return self.t(value)

    def record(self, genre: str) -> dict:
        """The finished record."""
        return {"text": "".join(self.parts), "spans": self.spans, "genre": genre}


class _Gen:
    """Value generators over one seeded random source."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.zh = Faker("zh_CN")
        self.zh.seed_instance(seed)
        self.en = Faker("en_US")
        self.en.seed_instance(seed + 1)

    def pick(self, seq: Sequence[T]) -> T:
        """Uniform choice."""
        return self.r.choice(seq)

    def chance(self, p: float) -> bool:
        """True with probability p."""
        return self.r.random() < p

    def digits(self, n: int) -> str:
        """n random digits."""
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def region(self) -> tuple[str, ...]:
        """A random region row."""
        return self.pick(_REGIONS)

    def day(self, start: int = 2021, end: int = 2024) -> date:
        """A random date between two years."""
        first = date(start, 1, 1)
        return first + timedelta(days=self.r.randrange((date(end, 12, 31) - first).days + 1))

    def zh_date(self, start: int = 2021, end: int = 2024) -> str:
        """A Chinese-formatted date (distractor)."""
        d = self.day(start, end)
        return f"{d.year}年{d.month}月{d.day}日"

    def amount(self) -> str:
        """A money amount (distractor)."""
        value = self.r.choice((200, 500, 800, 1000, 1200, 1500, 2000, 3000, 5000, 10000, 20000))
        return f"{value:,}" if self.chance(0.5) else str(value)

    # --- people -------------------------------------------------------------------------
    def name_zh(self) -> str:
        """A Chinese personal name of 2-4 characters."""
        if self.chance(0.1):
            given = "".join(self.pick(_GIVEN_CHARS) for _ in range(self.r.randint(1, 2)))
            return self.pick(_COMPOUND_SURNAMES) + given
        return self.zh.name()

    def name_en(self) -> str:
        """An English or romanized Chinese personal name."""
        if self.chance(0.3):
            first, last = self.zh.first_romanized_name(), self.zh.last_romanized_name()
            return f"{last} {first}" if self.chance(0.5) else f"{first} {last}"
        return f"{self.en.first_name()} {self.en.last_name()}"

    def surname(self) -> str:
        """A single Chinese surname."""
        return self.zh.last_name()

    def masked_name(self) -> str:
        """An already de-identified name (distractor)."""
        s = self.surname()
        return self.pick((f"{s}某", f"{s}某某", f"{s}*", f"{s}**", f"{s}某某"))

    def honorific(self) -> str:
        """先生 or 女士."""
        return self.pick(("先生", "女士"))

    # --- identifiers --------------------------------------------------------------------
    def resident_id(self, region: str | None = None, male: bool | None = None) -> str:
        """A valid 18-digit resident ID."""
        code = region or self.region()[0]
        born = self.day(1950, 2005)
        seq = self.r.randrange(1000)
        if male is not None and seq % 2 != int(male):
            seq = (seq + 1) % 1000
        body = f"{code}{born:%Y%m%d}{seq:03d}"
        return body + id_check_digit(body)

    def legacy_id(self) -> str:
        """A valid-looking 15-digit first-generation ID (YYMMDD birth date)."""
        born = self.day(1930, 1984)
        return f"{self.region()[0]}{born:%y%m%d}{self.r.randrange(1000):03d}"

    def invalid_id(self) -> str:
        """An 18-digit ID with a wrong check digit (distractor)."""
        while True:
            good = self.resident_id()
            bad = good[:-1] + self.pick([c for c in "0123456789X" if c != good[-1]])
            if not looks_personal(bad):
                return bad

    def masked_id(self) -> str:
        """A partially masked ID (distractor)."""
        full = self.resident_id()
        if self.chance(0.7):
            return full[:6] + "********" + full[-4:]
        return full[:3] + "*" * 11 + full[-4:]

    def mobile(self, international: bool = False) -> str:
        """A mobile number in one of the usual spellings."""
        number = self.pick(_MOBILE_PREFIXES) + self.digits(8)
        style = self.r.random()
        if international or style < 0.1:
            return self.pick(("+86 ", "+86-", "+86", "(+86)")) + number
        if style < 0.2:
            return f"{number[:3]}-{number[3:7]}-{number[7:]}"
        if style < 0.28:
            return f"{number[:3]} {number[3:7]} {number[7:]}"
        return number

    def masked_mobile(self) -> str:
        """A masked mobile number (distractor)."""
        number = self.pick(_MOBILE_PREFIXES) + self.digits(8)
        return number[:3] + "****" + number[7:]

    def landline(self, area: str | None = None) -> str:
        """A fixed-line number with area code."""
        area = area or self.region()[4]
        rest = 7 if len(area) == 3 or self.chance(0.5) else 6
        local = str(self.r.randint(2, 8)) + self.digits(rest)
        style = self.r.random()
        if style < 0.15:
            return f"({area}){local}"
        if style < 0.25:
            return f"{area} {local}"
        return f"{area}-{local}"

    def email(self) -> str:
        """A personal e-mail address."""
        style = self.r.random()
        if style < 0.2:
            return f"{self.r.randint(10000, 3999999999)}@qq.com"
        if style < 0.27:
            number = self.pick(_MOBILE_PREFIXES) + self.digits(8)
            return f"{number}@{self.pick(('139.com', '163.com'))}"
        first = self.zh.first_romanized_name().lower()
        last = self.zh.last_romanized_name().lower()
        sep = self.pick(("", ".", "_", ""))
        tail = self.pick(("", str(self.r.randint(1, 99)), str(self.r.randint(1970, 2005))))
        user = f"{last}{sep}{first}{tail}" if self.chance(0.6) else f"{first}{sep}{last}{tail}"
        return f"{user}@{self.pick(_MAIL_DOMAINS)}"

    def email_en(self) -> str:
        """An English-style personal e-mail address."""
        first, last = self.en.first_name().lower(), self.en.last_name().lower()
        tail = self.r.randint(1, 99)
        user = self.pick((f"{first}.{last}", f"{first[0]}{last}", f"{first}{tail}"))
        return f"{user}@{self.pick(('gmail.com', 'outlook.com', 'yahoo.com', 'hotmail.com'))}"

    def bank_card(self) -> str:
        """A Luhn-valid bank card number, mostly UnionPay 62, sometimes grouped by 4."""
        while True:
            if self.chance(0.88):
                length = self.pick((16, 17, 18, 19, 19, 19))
                body = self.pick(_CARD_BINS) + self.digits(length - 7)
            else:
                body = self.pick(("4", "51", "52", "53", "54", "55"))
                body += self.digits(15 - len(body))
            number = body + luhn_check_digit(body)
            if not (len(number) == 18 and id_check_digit(number[:17]) == number[17]):
                break
        if self.chance(0.35):
            return " ".join(number[i : i + 4] for i in range(0, len(number), 4))
        return number

    def masked_card(self) -> str:
        """A masked card number (distractor)."""
        middle = self.pick((" **** **** ", "**********", "*** "))
        return self.pick(_CARD_BINS)[:4] + middle + self.digits(4)

    def uscc(self) -> str:
        """A valid unified social credit code (distractor: not a personal ID)."""
        while True:
            body = self.pick(("91", "92", "12", "11", "52", "93")) + self.region()[0]
            org = "".join(self.pick(_ORG_CODE_CHARS) for _ in range(8))
            if self.chance(0.5):
                org = "MA" + org[2:]
            code = body + org + _org_check_digit(org)
            code += uscc.calc_check_digit(code)
            if not looks_personal(code):
                return code

    def numeric18(self) -> str:
        """An 18-digit order/case number failing both ID and Luhn checks (distractor)."""
        while True:
            value = f"{self.day(2021, 2024):%Y%m%d}{self.digits(10)}"
            if not looks_personal(value):
                return value

    def serial19(self) -> str:
        """A 19-digit transaction serial that fails Luhn (distractor)."""
        while True:
            value = f"{self.day(2021, 2024):%Y%m%d}{self.digits(11)}"
            if not looks_personal(value):
                return value

    def exam_no(self) -> str:
        """A 准考证号 (distractor)."""
        return f"{self.r.randint(2021, 2024)}{self.r.randint(1, 40):02d}{self.digits(6)}"

    def ticket_no(self) -> str:
        """A 12345 hotline ticket number (distractor)."""
        if self.chance(0.5):
            return self.numeric18()
        return f"{self.pick(('GD', 'ZX', 'RX'))}{self.day(2021, 2024):%Y%m%d}{self.digits(5)}"

    # --- places -------------------------------------------------------------------------
    def address(self, region: tuple[str, ...] | None = None) -> str:
        """A detailed Chinese address (to the room)."""
        code, province, city, district, *_ = region or self.region()
        prefix = (province if self.chance(0.6) else "") + city + district
        if self.chance(0.15):
            prefix = district
        street = self.pick(_STREETS)[0]
        number = self.r.randint(1, 399)
        building, unit = self.r.randint(1, 32), self.r.randint(1, 6)
        room = self.r.randint(1, 28) * 100 + self.r.randint(1, 8)
        style = self.r.random()
        compound = self.pick(_COMPOUNDS)
        if style < 0.35:
            return f"{prefix}{street}{number}号{compound}{building}栋{unit}单元{room}室"
        if style < 0.6:
            return f"{prefix}{street}{number}号{building}号楼{room}室"
        if style < 0.75:
            return f"{prefix}{street}{number}号院{building}号楼{unit}单元{room}"
        if style < 0.88:
            return f"{prefix}{compound}{building}幢{unit}单元{room}室"
        village = self.pick(_TOWNS) + self.pick(_VILLAGES)
        return f"{prefix}{village}{self.r.randint(1, 12)}组{number}号"

    def address_en(self) -> str:
        """A Chinese address written in English."""
        locality = self.region()[5]
        street = self.pick(_STREETS)[1]
        return (
            f"Room {self.r.randint(1, 28) * 100 + self.r.randint(1, 8)}, "
            f"Building {self.r.randint(1, 32)}, No. {self.r.randint(1, 399)} {street}, {locality}"
        )

    def org(self, region: tuple[str, ...] | None = None, bodies: Sequence[str] = ()) -> str:
        """A government body name (distractor)."""
        _, _, city, district, *_ = region or self.region()
        place = self.pick((city, city + district, district))
        return place + self.pick(bodies or _BODIES)

    def company(self) -> str:
        """A company name (distractor)."""
        return self.zh.company()


# --- genres ---------------------------------------------------------------------------------
_BODIES = (
    "市场监督管理局",
    "城市管理综合执法局",
    "生态环境局",
    "人力资源和社会保障局",
    "住房和城乡建设局",
    "民政局",
    "信访局",
    "卫生健康委员会",
    "交通运输局",
)
_ENFORCERS = MappingProxyType(
    {"市场监督管理局": "市监", "城市管理综合执法局": "城管", "生态环境局": "环", "交通运输局": "交"}
)
_VIOLATIONS = (
    "销售超过保质期的食品",
    "未取得食品经营许可从事食品经营活动",
    "使用未经检定的计量器具",
    "占道经营",
    "擅自改变房屋用途",
    "无证排放污水",
    "销售不合格电动自行车",
)
_ISSUES = (
    "小区噪音扰民",
    "物业费收费标准",
    "房屋漏水维修",
    "拖欠工资",
    "垃圾清运不及时",
    "道路积水",
    "违章搭建",
    "停车位分配",
    "社保缴费记录",
    "供暖温度不达标",
)


def _penalty(g: _Gen) -> dict:
    """行政处罚决定书."""
    d, reg = _Doc(), g.region()
    body = g.pick(tuple(_ENFORCERS))
    org = g.org(reg, (body,))
    number = f"{reg[3][:1]}{_ENFORCERS[body]}罚〔{g.r.randint(2021, 2024)}〕{g.r.randint(1, 899)}号"
    d.t(f"{org}\n行政处罚决定书\n{number}\n")
    kind = g.r.random()
    person: str | None = None
    if kind < 0.55:
        person = g.name_zh()
        male = g.chance(0.5)
        d.t("当事人：").e(person, "PERSON").t(f"，性别：{'男' if male else '女'}，")
        if g.chance(0.85):
            d.t(g.pick(("身份证号码：", "公民身份号码：", "身份证号：")))
            d.e(g.resident_id(male=male), "CN_RESIDENT_ID")
        else:
            d.t("身份证号码：").e(g.legacy_id(), "CN_RESIDENT_ID")
        d.t("，住址：").e(g.address(reg), "CN_ADDRESS")
        if g.chance(0.5):
            d.t("，联系电话：").e(g.mobile(), "CN_MOBILE")
        d.t("。\n")
    elif kind < 0.8:
        person = g.name_zh()
        d.t(f"当事人：{g.company()}\n统一社会信用代码：{g.uscc()}\n住所：")
        d.e(g.address(reg), "CN_ADDRESS")
        d.t("\n法定代表人：").e(person, "PERSON")
        if g.chance(0.6):
            d.t("，身份证号码：").e(g.resident_id(), "CN_RESIDENT_ID")
        d.t("。\n")
    else:
        d.t(f"当事人：{g.masked_name()}，身份证号码：{g.masked_id()}，住址：{reg[2]}{reg[3]}。\n")
    when = g.zh_date()
    if person and g.chance(0.6):
        d.e(person, "PERSON").t(f"于{when}在{reg[3]}{g.pick(_STREETS)[0]}")
    else:
        d.t(f"{when}，本局执法人员在{reg[3]}{g.pick(_STREETS)[0]}检查时发现，当事人")
    d.t(
        f"{g.pick(_VIOLATIONS)}。以上事实有现场检查笔录、询问笔录（案卷编号{g.numeric18()}）等证据证实。"
    )
    if g.chance(0.35):
        d.t(f"经核查，举报材料所附号码{g.invalid_id()}与当事人信息不符。")
    d.t(f"依据相关法律规定，决定对当事人处以罚款人民币{g.amount()}元。")
    d.t(f"如不服本决定，可在收到本决定书之日起六十日内向{reg[2]}人民政府申请行政复议。\n")
    if g.chance(0.7):
        d.t("执法人员：").e(g.name_zh(), "PERSON").t("、").e(g.name_zh(), "PERSON").t("\n")
    return d.t(f"{org}\n{g.zh_date()}").record("行政处罚决定书")


def _petition(g: _Gen) -> dict:
    """信访答复."""
    d, reg = _Doc(), g.region()
    name = g.name_zh()
    if g.chance(0.3):
        d.t(f"{g.surname()}{g.honorific()}：\n")
    else:
        d.e(name, "PERSON").t(g.pick(("先生：", "女士：", "同志：", "：")) + "\n")
    d.t(f"您于{g.zh_date()}通过{g.pick(('12345政务服务便民热线', '网上信访平台', '来信'))}反映的")
    d.t(f"{g.pick(_ISSUES)}问题收悉（受理编号：{g.numeric18()}）。现答复如下：\n")
    if g.chance(0.6):
        d.t("信访人：").e(name, "PERSON").t("，联系电话：").e(g.mobile(), "CN_MOBILE")
        if g.chance(0.6):
            d.t("，电子邮箱：").e(g.email(), "EMAIL_ADDRESS")
        if g.chance(0.5):
            d.t("，住址：").e(g.address(reg), "CN_ADDRESS")
        d.t("。\n")
    d.t(f"经{g.org(reg)}调查核实，您反映的情况属实，已责令{g.company()}于{g.zh_date()}前整改完毕。")
    if g.chance(0.4):
        d.t("工作人员已于次日电话联系").e(g.name_zh(), "PERSON").t("告知处理结果。")
    d.t(f"如对本答复意见不服，可自收到之日起30日内向{g.org(reg)}提出复查申请。")
    if g.chance(0.6):
        d.t("\n承办人：").e(g.name_zh(), "PERSON")
        d.t("，联系电话：").e(g.landline(reg[4]), "CN_LANDLINE")
        if g.chance(0.4):
            d.t("，邮箱：").e(g.email(), "EMAIL_ADDRESS")
    return d.t(f"\n{g.org(reg)}\n{g.zh_date()}").record("信访答复")


def _subsidy(g: _Gen) -> dict:
    """补贴名单 rendered as lines."""
    d, reg = _Doc(), g.region()
    what = g.pick(("城乡低保", "高龄津贴", "耕地地力保护补贴", "残疾人两项补贴", "就业见习补贴"))
    quarter = f"{g.r.randint(2021, 2024)}年第{g.pick('一二三四')}季度"
    d.t(f"{reg[2]}{reg[3]}{quarter}{what}发放名单公示\n")
    table = g.chance(0.35)
    if table:
        d.t("序号 | 姓名 | 身份证号 | 银行卡号 | 金额（元）\n")
    for i in range(1, g.r.randint(2, 5) + 1):
        money = g.amount()
        if g.chance(0.2) and table:
            d.t(f"{i} | {g.masked_name()} | {g.masked_id()} | {g.masked_card()} | {money}\n")
            continue
        if g.chance(0.2):
            d.t(f"{i}. {g.masked_name()}，身份证号{g.masked_id()}，")
            d.t(f"卡号{g.masked_card()}，金额{money}元\n")
            continue
        ident = g.resident_id() if g.chance(0.9) else g.legacy_id()
        if table:
            d.t(f"{i} | ").e(g.name_zh(), "PERSON").t(" | ").e(ident, "CN_RESIDENT_ID").t(" | ")
            d.e(g.bank_card(), "BANK_CARD").t(f" | {money}\n")
            continue
        d.t(f"{i}. ").e(g.name_zh(), "PERSON").t("，身份证号：").e(ident, "CN_RESIDENT_ID")
        d.t(f"，{g.pick(_BANKS)}卡号：").e(g.bank_card(), "BANK_CARD").t(f"，发放金额{money}元")
        if g.chance(0.3):
            d.t("，联系电话：").e(g.mobile(), "CN_MOBILE")
        d.t("。\n")
    d.t(
        f"发放批次流水号：{g.serial19()}。公示期：{g.zh_date()}起7个工作日。监督举报请拨打12345热线或{reg[2]}民政服务热线。"
    )
    return d.record("补贴名单")


def _recruitment(g: _Gen) -> dict:
    """招聘公示 with 准考证号 distractors."""
    d, reg = _Doc(), g.region()
    year = g.r.randint(2021, 2024)
    d.t(f"{g.org(reg)}{year}年公开招聘事业单位工作人员拟聘用人员公示\n")
    d.t("根据公开招聘有关规定，经笔试、面试、体检和考察，现将拟聘用人员名单公示如下：\n")
    for i in range(1, g.r.randint(2, 4) + 1):
        born = g.day(1990, 2001)
        d.t(f"{i}. 准考证号：{g.exam_no()}，姓名：").e(g.name_zh(), "PERSON")
        d.t(f"，性别：{g.pick('男女')}，出生年月：{born.year}.{born.month:02d}，")
        d.t(f"学历：{g.pick(('本科', '硕士研究生', '大专'))}，")
        d.t(f"拟聘岗位：{g.pick(('综合管理', '财务会计', '信息技术'))}\n")
    start = g.day(year, year)
    end = start + timedelta(days=g.pick((5, 7, 10)))
    d.t(
        f"公示期为{start.year}年{start.month}月{start.day}日至{end.year}年{end.month}月{end.day}日。"
    )
    if g.chance(0.4):
        d.t("拟聘人员").e(g.name_zh(), "PERSON").t("因个人原因放弃，由递补人员")
        d.t(f"{g.masked_name()}（准考证号{g.exam_no()}）递补。")
    d.t("如有异议，请以书面形式实名反映，或拨打12345政务服务便民热线。")
    return d.record("招聘公示")


def _contacts(g: _Gen) -> dict:
    """通讯录 / 联系人名单."""
    d, reg = _Doc(), g.region()
    d.t(f"{g.org(reg)}{g.pick(('工作联络员名单', '应急值班联系表', '项目联系人'))}\n")
    for _ in range(g.r.randint(2, 5)):
        style = g.r.random()
        if style < 0.3:
            d.e(g.name_zh(), "PERSON").t(" ").e(g.mobile(), "CN_MOBILE").t("\n")
            continue
        d.t(g.pick(("联系人：", "姓名：", ""))).e(g.name_zh(), "PERSON")
        d.t(f"  {g.pick(('科长', '副主任', '科员', '联络员', '值班员'))}")
        d.t("  手机：").e(g.mobile(), "CN_MOBILE")
        if g.chance(0.7):
            d.t("  办公电话：").e(g.landline(reg[4]), "CN_LANDLINE")
        if g.chance(0.6):
            d.t("  邮箱：").e(g.email(), "EMAIL_ADDRESS")
        d.t("\n")
    if g.chance(0.3):
        d.t(f"（本表联系人{g.masked_name()}已调离，手机{g.masked_mobile()}停用）")
    return d.record("通讯录")


def _hotline(g: _Gen) -> dict:
    """12345 hotline ticket summary."""
    d, reg = _Doc(), g.region()
    d.t(f"12345政务服务便民热线工单\n工单编号：{g.ticket_no()}\n来电时间：{g.day():%Y-%m-%d} ")
    d.t(f"{g.r.randint(8, 21):02d}:{g.r.randint(0, 59):02d}\n")
    name = g.name_zh()
    named = g.chance(0.6)
    if named:
        d.t("来电人：").e(name, "PERSON")
    else:
        d.t(f"来电人：{g.surname()}{g.honorific()}")
    d.t("，来电号码：").e(g.mobile(), "CN_MOBILE").t("\n诉求内容：")
    if named and g.chance(0.5):
        d.e(name, "PERSON").t("来电反映，其居住的")
    else:
        d.t("市民反映，")
    d.e(g.address(reg), "CN_ADDRESS").t(f"附近存在{g.pick(_ISSUES)}问题，")
    d.t(f"已持续约{g.r.randint(2, 30)}天，")
    d.t(f"希望相关部门尽快处理。\n办理结果：{g.org(reg)}已于{g.zh_date()}现场核查并处理，")
    if named and g.chance(0.5):
        d.t("已电话回复").e(name, "PERSON").t(g.honorific())
    else:
        d.t("已电话回复来电人")
    d.t(f"，市民表示{g.pick(('满意', '基本满意', '不满意'))}。")
    if g.chance(0.3):
        d.t("回访邮箱：").e(g.email(), "EMAIL_ADDRESS").t("。")
    return d.record("12345热线工单")


def _english(g: _Gen) -> dict:
    """English contact note."""
    d = _Doc()
    d.t(f"Contact note ({g.day():%Y-%m-%d}), case no. {g.ticket_no()}: spoke with ")
    topic = g.pick(("a permit application", "an open data request", "a noise complaint"))
    d.e(g.name_en(), "PERSON").t(f" about {topic}. ")
    d.t("Phone: ").e(g.mobile(international=g.chance(0.7)), "CN_MOBILE")
    d.t(", email: ").e(g.email_en() if g.chance(0.7) else g.email(), "EMAIL_ADDRESS").t(".")
    if g.chance(0.5):
        where = g.address_en() if g.chance(0.6) else g.address()
        d.t(" Mailing address: ").e(where, "CN_ADDRESS").t(".")
    if g.chance(0.4):
        d.t(" Office line: ").e(g.landline(), "CN_LANDLINE").t(".")
    d.t(f" The caller had first phoned the 12345 hotline; fee quoted RMB {g.amount()}. ")
    d.t("Follow-up assigned to ").e(g.name_en(), "PERSON").t(".")
    return d.record("English contact note")


_GENRES: tuple[tuple[Callable[[_Gen], dict], float], ...] = (
    (_penalty, 0.17),
    (_petition, 0.16),
    (_subsidy, 0.14),
    (_recruitment, 0.11),
    (_contacts, 0.15),
    (_hotline, 0.16),
    (_english, 0.11),
)


def generate_corpus(n: int, seed: int = DEFAULT_SEED) -> Iterator[dict]:
    """Yield n labelled records, deterministically for a given seed."""
    if n < 0:
        raise ValueError(f"n must be >= 0, got {n}")
    g = _Gen(seed)
    makers = [m for m, _ in _GENRES]
    weights = [w for _, w in _GENRES]
    for _ in range(n):
        yield g.r.choices(makers, weights)[0](g)


def label_counts(records: list[dict]) -> Counter[str]:
    """Number of gold spans per label."""
    return Counter(span["label"] for record in records for span in record["spans"])


def main(argv: list[str] | None = None) -> int:
    """CLI: write a corpus as JSON lines."""
    parser = argparse.ArgumentParser(prog="python -m privacy.corpus", description=__doc__)
    parser.add_argument("--n", type=int, default=1500, help="number of records (default 1500)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="random seed")
    parser.add_argument("--out", default="-", help="output .jsonl path, '-' for stdout")
    args = parser.parse_args(argv)
    records = list(generate_corpus(args.n, args.seed))
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    if args.out == "-":
        sys.stdout.write(lines)
    else:
        out = Path(args.out)
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_suffix(out.suffix + ".tmp")
        tmp.write_text(lines, encoding="utf-8")
        tmp.replace(out)
    counts = label_counts(records)
    genres = Counter(r["genre"] for r in records)
    print(f"{len(records)} records; spans {dict(counts)}; genres {dict(genres)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
