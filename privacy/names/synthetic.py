"""A synthetic corpus of government records with the names labelled, for training the model.

The shared corpora are news, social media and résumés; what govcat screens is hotline
records, 信访 replies, penalty decisions, notices and lists. These records teach the model
that register: names after role words and before titles, in lists, in letters, a surname
with an honorific (the 王 of 王先生, which names someone as a reader judges); and the
things that are not names although they start with a surname: already-masked forms (张某,
李某某, 王*), and roads, stops, communities and
companies named after a place (杨柳路, 文华社区, 石桥公交站). Seeded: the same seed gives
the same corpus. Names come from Faker's zh_CN locale and from the surname lists, with
given names drawn beyond the typical characters too, and transliterated foreign names.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterator

from faker import Faker

from privacy.chinese import dictionary, word_tags
from privacy.corpus import id_check_digit
from privacy.recognizers.surnames import (
    COMMON_SURNAMES,
    COMPOUND_SURNAMES,
    GIVEN_NAME_CHARS,
    MODEL_STOP_CHARS,
    SINGLE_SURNAMES,
)

Piece = tuple[str, bool]  # a piece of text, and whether it is a person's name

_ROLES = ["申请人", "来电人", "投诉人", "举报人", "当事人", "联系人", "负责人", "经办人", "信访人",
          "法定代表人", "户主", "驾驶人", "承办人", "被申请人", "求助人", "业主", "市民", "患者",
          "村民", "原告", "被告", "证人", "代理人", "监护人", "收件人", "审核人", "填报人"]
_TITLES = ["先生", "女士", "同志", "师傅", "老师", "主任", "科长", "局长", "书记", "经理",
           "医生", "律师", "队长", "所长", "教授"]
_ISSUES = ["噪音扰民", "路灯不亮", "垃圾清运不及时", "占道经营", "停车难", "楼道漏水", "违章搭建",
           "拖欠工资", "物业服务差", "道路积水", "公交班次少", "油烟污染", "井盖缺失", "电梯故障",
           "绿化带被毁", "夜间施工", "无证经营", "食品过期", "房屋渗水", "共享单车乱停"]
_PLACE_SUFFIXES = ["路", "街", "大道", "街道", "社区", "公交站", "小区", "村", "镇", "桥", "路口",
                   "花园", "广场", "首末站", "中学", "小学", "医院", "新城", "公园", "苑", "地铁站",
                   "农贸市场", "家园", "工业园", "大厦"]
_COMPANY_SUFFIXES = ["有限公司", "科技有限公司", "商贸有限公司", "餐饮店", "超市", "便利店",
                     "建筑工程有限公司", "物业管理有限公司", "汽车服务部", "文化传媒有限公司"]
_VERBS = ["反映", "表示", "称", "来电咨询", "投诉", "要求", "询问", "报称", "诉称", "提出"]
_MASKS = ["某", "某某", "*", "**", "×", "××", "XX", "某甲", "某乙"]
_FOREIGN = "约翰史密斯玛丽亚安娜伊万诺夫卡尔马克思彼得杰克逊威廉汤姆森艾米丽索菲亚詹姆斯罗伯特" \
           "迈克尔大卫理查德查尔斯丹尼尔弗朗西斯科奥巴马特朗普布莱尔默克尔普京"
_GENDER = ["男", "女"]
_FIRST_DAY = dt.date(1990, 1, 1)
_DAYS = (dt.date(2025, 12, 31) - _FIRST_DAY).days + 1
# Latin-letter words of government text that name no one: products, formats, terms.
_LATIN_TERMS = ["govcat", "APP", "App", "WiFi", "Android", "iOS", "iPhone", "Excel", "PDF", "CSV",
                "JSON", "API", "CKAN", "GIS", "ETC", "5G", "PM2.5", "CPI", "GDP", "PPI", "QQ",
                "WPS", "Windows", "OD", "WGS-84", "GCJ-02", "IC", "POS", "LED", "OpenData",
                "XLSX", "URL", "DCAT", "ID", "CA", "VIP", "B2B", "O2O", "AI", "IoT", "SaaS"]
# Statistics terms and subjects of published tables.
_TERMS = ["同比", "环比", "累计", "增速", "比重", "指数", "均值", "中位数", "增长率", "构成比"]
_SUBJECTS = ["居民消费价格", "城镇新增就业", "社会保险参保人数", "常住人口", "地区生产总值",
             "规模以上工业增加值", "社会消费品零售总额", "公交客运量", "市场主体登记", "财政收入",
             "固定资产投资", "城乡居民人均可支配收入", "最低工资标准", "出租汽车客运量"]
# Abbreviations of offices in document numbers (杭拱市监处罚〔2024〕12号): often a surname first.
_OFFICES = ["杭拱", "杭西", "杭滨", "杭萧", "杭余", "杭富", "杭临平", "杭上", "浙杭", "杭钱",
            "杭淳", "杭桐", "甬海", "温鹿", "湖吴", "嘉南", "金婺", "衢柯", "舟定", "台椒"]
_COUNTRIES = ["美国", "英国", "法国", "德国", "俄罗斯", "日本", "韩国", "意大利", "西班牙", "巴西",
              "澳大利亚", "加拿大", "南非", "埃及", "印度", "泰国"]


class SyntheticRecords:
    """Generates labelled records of government text (seeded)."""

    def __init__(self, seed: int = 20261201, avoid: frozenset[str] = frozenset()) -> None:
        self.rng = random.Random(seed)
        self.faker = Faker("zh_CN")
        self.faker.seed_instance(seed)
        self.avoid = avoid  # strings that must never be generated (the evaluation's probes)
        self._english: Faker | None = None  # names in Latin letters, made when first needed
        self._common = sorted(COMMON_SURNAMES)
        self._singles = sorted(SINGLE_SURNAMES)
        self._compounds = sorted(COMPOUND_SURNAMES)
        self._typical = sorted(c for c in GIVEN_NAME_CHARS if "\u4e00" <= c <= "\u9fff")
        # given-name characters beyond the typical ones: ordinary characters (jieba's
        # one-character words of some frequency), as real names sometimes use
        # ordinary dictionary words (not names) of 2-4 characters, for table cells
        tags = word_tags()
        self._words = sorted(w for w, f in dictionary().items() if 2 <= len(w) <= 4
                             and f >= 300 and tags.get(w, "n")[:2] != "nr"
                             and all("\u4e00" <= c <= "\u9fff" for c in w))
        self._other = sorted(w for w, f in dictionary().items() if len(w) == 1 and f >= 200
                             and "\u4e00" <= w <= "\u9fff" and w not in MODEL_STOP_CHARS
                             and w not in GIVEN_NAME_CHARS)

    # -- pieces -----------------------------------------------------------------------

    def surname(self) -> str:
        r = self.rng.random()
        if r < 0.03:
            return self.rng.choice(self._compounds)
        return self.rng.choice(self._common if r < 0.8 else self._singles)

    def given(self) -> str:
        size = self.rng.choice([1, 2, 2, 2])
        return "".join(self.rng.choice(self._typical) if self.rng.random() < 0.85
                       else self.rng.choice(self._other) for _ in range(size))

    def name(self) -> str:
        r = self.rng.random()
        if r < 0.35:
            return self.faker.name()
        if r < 0.97:
            return self.surname() + self.given()
        return self.foreign()

    def foreign(self) -> str:
        """A transliterated foreign name (约翰·史密斯)."""
        first = "".join(self.rng.choice(_FOREIGN) for _ in range(self.rng.randint(2, 4)))
        if self.rng.random() < 0.5:
            last = "".join(self.rng.choice(_FOREIGN) for _ in range(self.rng.randint(2, 4)))
            return first + "·" + last
        return first

    def masked(self) -> str:
        return self.surname() + self.rng.choice(_MASKS)

    def place(self) -> str:
        """A place that starts with a surname character (杨柳路, 文华社区)."""
        while True:
            head = self.surname()[-1] + self.rng.choice(self._typical)
            place = head + self.rng.choice(_PLACE_SUFFIXES)
            if not any(a in place or place in a for a in self.avoid):
                return place

    def company(self) -> str:
        head = self.surname()[0] + self.rng.choice(self._typical)
        return self.faker.city_name() + head + self.rng.choice(_COMPANY_SUFFIXES)

    def phone(self) -> str:
        return self.faker.phone_number()

    def date(self) -> str:
        """A date of 1990-2025 (Faker's dates are drawn up to the moment they are made, so a
        corpus of them would change from one run to the next)."""
        day = _FIRST_DAY + dt.timedelta(days=self.rng.randrange(_DAYS))
        return f"{day.year}年{day.month}月{day.day}日"

    def resident_id(self) -> str:
        """A valid resident ID number born 1940-2005 (Faker's ssn() counts from today)."""
        born = dt.date(1940, 1, 1) + dt.timedelta(days=self.rng.randrange(65 * 365))
        body = f"{self.faker.ssn()[:6]}{born:%Y%m%d}{self.rng.randrange(1000):03d}"
        return body + id_check_digit(body)

    # -- records ----------------------------------------------------------------------

    def _templates(self) -> list[Callable[[], list[Piece]]]:
        f, rng = self.faker, self.rng
        return [
            lambda: [(rng.choice(_ROLES) + rng.choice(["", "：", ":", " "]), False),
                     (self.name(), True),
                     (f"{rng.choice(_VERBS)}{self.place()}{rng.choice(_ISSUES)}问题。", False)],
            lambda: [(f"{self.date()}，{rng.choice(_ROLES)}", False), (self.name(), True),
                     (f"（{rng.choice(_GENDER)}，联系电话{self.phone()}）来电称{f.district()}区"
                      f"{self.place()}附近{rng.choice(_ISSUES)}，要求相关部门尽快处理。", False)],
            lambda: [(self.name(), True),
                     (f"，{rng.choice(_GENDER)}，{rng.randint(1950, 2005)}年出生，身份证号码"
                      f"{self.resident_id()}，住{f.address()}。", False)],
            lambda: [("经查，当事人", False), (self.masked(), False),
                     (f"于{self.date()}在{self.place()}{rng.choice(_ISSUES)}，执法人员", False),
                     (self.name(), True), ("、", False), (self.name(), True),
                     ("到场调查取证。", False)],
            lambda: [(f"{self.masked()}（{rng.choice(_GENDER)}，{rng.randint(18, 80)}岁）"
                      f"{rng.choice(_VERBS)}{self.place()}{rng.choice(_ISSUES)}。", False)],
            lambda: [("请", False), (self.surname(), True),
                     (f"{rng.choice(_TITLES[:6])}于{self.date()}前到"
                      f"{self.place()}服务窗口办理相关手续。", False)],
            lambda: [(f"{self.company()}，法定代表人", False), (self.name(), True),
                     (f"，统一社会信用代码{f.bothify('91##############?#').upper()}，住所"
                      f"{f.address()}。", False)],
            lambda: [(f"{self.place()}至{self.place()}段道路改造工程由{self.company()}承建，"
                      f"工期至{self.date()}，途经{self.place()}的公交线路临时绕行。", False)],
            lambda: [("联系人：", False), (self.name(), True),
                     (f"  联系电话：{self.phone()}  地址：{f.address()}", False)],
            lambda: [(self.name(), True), (rng.choice(_TITLES), False),
                     (f"于{self.date()}来访，{rng.choice(_VERBS)}{rng.choice(_ISSUES)}。", False)],
            lambda: [(self.name(), True),
                     (f"同志：你好！你于{self.date()}提出的信访事项已收悉，经{f.district()}区"
                      f"{self.place()}核实，现答复如下。", False)],
            lambda: [("参加会议的有：", False), *self._names_list(), ("等同志。", False)],
            lambda: [("拟聘用人员名单公示：", False), (self.name(), True),
                     (f"（{rng.choice(_GENDER)}，{rng.randint(1985, 2001)}年{rng.randint(1, 12)}月"
                      f"），{f.job()}岗位；", False), (self.name(), True),
                     (f"（{rng.choice(_GENDER)}），{f.job()}岗位。", False)],
            lambda: [("原告", False), (self.name(), True), ("诉被告", False), (self.name(), True),
                     (f"民间借贷纠纷一案，本院于{self.date()}立案受理。", False)],
            lambda: [(f"{f.city_name()}市{rng.choice(['市长', '副市长', '局长', '主任'])}", False),
                     (self.name(), True),
                     (f"{rng.choice(_VERBS)}，将加快{self.place()}周边配套建设。", False)],
            lambda: [(f"{self.place()}{rng.randint(1, 300)}号{rng.randint(1, 30)}幢"
                      f"{rng.randint(1, 6)}单元{rng.randint(101, 2801)}室", False)],
            lambda: [("收件人：", False), (self.name(), True),
                     (f"，{f.address()}，{self.phone()}", False)],
            lambda: [("经办人：", False), (self.name(), True),
                     ("    审核：", False), (self.name(), True), (f"    {self.date()}", False)],
            lambda: [(f"{self.masked()}、{self.masked()}已签收，", False),
                     (self.name(), True), ("未到场。", False)],
            lambda: [("我叫", False), (self.name(), True),
                     (f"，家住{self.place()}，{rng.choice(_ISSUES)}已经三个月了，希望尽快解决。",
                      False)],
            lambda: [("外籍人员", False), (self.foreign(), True),
                     (f"（{rng.choice(_COUNTRIES)}籍，护照号码{f.bothify('E########')}）于"
                      f"{self.date()}办理居留许可。", False)],
            lambda: [(f"{rng.choice(_COUNTRIES)}{rng.choice(['总统', '外长', '大使', '市长'])}",
                      False), (self.foreign(), True),
                     (f"{rng.choice(_VERBS)}，双方将在{rng.choice(_ISSUES[:3])}治理方面加强合作。",
                      False)],
            # dataset descriptions and notices: terms, products, document numbers, no one
            lambda: [(f"全市{rng.choice(_SUBJECTS)}及{rng.choice(_SUBJECTS)}等指标，含"
                      f"{rng.choice(_TERMS)}、{rng.choice(_TERMS)}和{rng.choice(_TERMS)}数据。"
                      f"本数据集为{self.latin_term()}{rng.choice(['', ' '])}演示用合成数据，"
                      "数值与名单均由程序生成。", False)],
            lambda: [(f"可通过{self.latin_term()}或{self.latin_term()}查询，支持"
                      f"{self.latin_term()}格式下载，数据来源于{rng.choice(_SUBJECTS)}统计调查。",
                      False)],
            lambda: [(f"{self.document_number()}：经查，{self.company()}于{self.date()}"
                      f"{rng.choice(_ISSUES)}，依据有关规定作出行政处罚。", False)],
            lambda: [(f"从业资格证号与驾驶员居民身份证号码一致，{rng.choice(_SUBJECTS)}按"
                      f"{rng.choice(_TERMS)}口径统计，{self.latin_term()}数据每月更新。", False)],
            lambda: [(f"外籍申请人{rng.choice(['', ' '])}", False), (self.latin_name(), True),
                     (f"（{rng.choice(_COUNTRIES)}籍）于{self.date()}通过{self.latin_term()}"
                      "提交申请。", False)],
            lambda: [(f"{self.place()}{rng.choice(['站', '站点', '服务点'])}、{self.place()}、"
                      f"{self.place()}等{rng.randint(3, 40)}个站点已完成改造。", False)],
        ]

    def _names_list(self) -> list[Piece]:
        pieces: list[Piece] = []
        for k in range(self.rng.randint(2, 5)):
            if k:
                pieces.append(("、", False))
            pieces.append((self.name(), True))
        return pieces

    def latin_term(self) -> str:
        """A Latin-letter word of government text that names no one (APP, Excel, govcat)."""
        return self.rng.choice(_LATIN_TERMS)

    def latin_name(self) -> str:
        """A foreign name in Latin letters (John Smith, Smith)."""
        if self._english is None:
            english = Faker("en_US")
            english.seed_instance(self.rng.randrange(1 << 30))
            self._english = english
        return self._english.name() if self.rng.random() < 0.7 else self._english.last_name()

    def document_number(self) -> str:
        """An administrative document's number: 杭拱市监处罚〔2024〕430号."""
        kind = self.rng.choice(["市监处罚", "市监罚", "交罚", "人社监"])
        return (f"{self.rng.choice(_OFFICES)}{kind}〔{self.rng.randint(2019, 2025)}〕"
                f"{self.rng.randint(1, 999)}号")

    def _cells(self) -> list[Callable[[], list[Piece]]]:
        """Table cells: short texts with little context, mostly not names."""
        rng = self.rng
        return [
            lambda: [(self.document_number(), False)],
            lambda: [(f"{rng.choice(_TERMS)}{rng.choice(['指数', '(%)', '增速', '(上月=100)'])}"
                      f"{rng.choice(['', '(上年同期=100)', '（%）'])}", False)],
            lambda: [(self.latin_term(), False)],
            lambda: [(self.place(), False)],
            lambda: [(self.company(), False)],
            lambda: [(self.word(), False)],
            lambda: [("、".join(self.word() for _ in range(rng.randint(2, 4))), False)],
            lambda: [(f"{self.word()}{rng.choice(['编号', '名称', '类型', '(万人)', '指数'])}",
                      False)],
            lambda: [(f"{self.place()}{rng.choice(['', '路口', '站', '东', '(南)'])}", False)],
            lambda: [(self.name(), True)],
            lambda: [(self.masked(), False)],
            lambda: [(f"{self.faker.city_name()}市{self.faker.district()}区{self.head()}"
                      f"{rng.choice(['食品商行', '便利店', '餐饮店', '建材经营部'])}", False)],
        ]

    def word(self) -> str:
        """An ordinary word of two to four characters (许可, 环比, 档次), often surname-led."""
        return self.rng.choice(self._words)

    def head(self) -> str:
        """Two characters of a shop's or company's own name."""
        return self.surname()[-1] + self.rng.choice(self._typical)

    def record(self) -> tuple[str, list[tuple[int, int]]]:
        """One record (a fifth of them table cells): its text and the spans of its names."""
        kinds = self._cells() if self.rng.random() < 0.2 else self._templates()
        pieces = self.rng.choice(kinds)()
        text, spans = "", []
        for piece, is_name in pieces:
            if is_name:
                spans.append((len(text), len(text) + len(piece)))
            text += piece
        return text, spans

    def records(self, n: int) -> Iterator[tuple[str, list[tuple[int, int]]]]:
        for _ in range(n):
            yield self.record()
