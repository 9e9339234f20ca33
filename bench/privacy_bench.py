"""Privacy screen benchmark: the ``govcat screen`` command against a fixed Presidio reference.

    .venv/bin/python bench/privacy_bench.py [--rows 1000000] [--reference-rows 20000]
                                            [--shape subsidy|hotline|both] [--seed N]
                                            [--workdir DIR] [--json OUT] [--keep]
                                            [--pool N] [--startup-runs 3]

What is measured, for each table shape (``--shape``, default both):

1. A table is generated, seeded, and streamed to a UTF-8 CSV file (never whole in memory):

   - ``subsidy``: a government subsidy list of 8 columns (序号, 姓名, 身份证号, 联系电话, 区县,
     补贴金额, 发放日期, 备注) with valid resident IDs, mobiles, Luhn-valid bank cards, e-mail
     addresses and names, mixed into free-text remarks (备注) for a quarter of the rows;
   - ``hotline``: a 12345 政务服务便民热线 ticket table of 8 columns (工单编号, 受理时间, 来电人,
     联系电话, 所属区县, 诉求类型, 诉求内容, 办理结果) for the districts of one city; 诉求内容 is
     free text of 30–120 characters from varied templates that names a person in a third of the
     rows (the caller, a relative, a neighbour, a driver, a shop owner …) and holds detailed
     addresses, mobiles in their usual spellings, landlines, e-mail addresses, resident IDs and
     bank cards; 来电人 is a full name, a surname with 先生/女士, or 匿名; 办理结果 sometimes
     names the officer in charge; tickets are in time order, about 1,440 a day (Hangzhou).

   Names come from a pool (``--pool``, default 20,000) drawn once per seed: Faker zh_CN's
   frequency-weighted surnames (about 400 of them) with its given names, a quarter of them with
   present-day given names instead, a tenth with compound surnames (欧阳, 司马 …, from
   ``privacy.corpus``), so they are not only the commonest surnames. Addresses, phone
   spellings (+86, dashes, spaces), e-mail addresses and bank cards (sometimes grouped by 4)
   come from ``privacy.corpus``'s generator. Every personal value is planted with its column,
   span and kind (the ground truth), which is never held for the whole table: the generator
   stream is replayed (same seed) when the output is checked.
2. ``govcat screen FILE --output OUT.csv --workers auto`` (the default: one worker process per
   CPU for a CSV file of 8 MB or more), then ``--workers 1`` (one process), are run as a user
   runs them: a subprocess of the ``govcat`` beside the bench's Python (``.venv/bin/govcat``)
   with the default settings (no ``GOVCAT_*`` variable but an unused ``GOVCAT_HOME``), timed
   from before the process starts to after it has exited, so interpreter start-up, imports,
   building the analyzer, reading, detecting, remediating and writing are all in the wall
   time. The two outputs must be
   byte-identical. Memory is the peak of the summed PSS (proportional set size: pages shared
   by forked workers counted once) of the CLI process and all its descendants, sampled every
   100 ms from /proc; the largest single process's peak RSS and the CPU seconds of the CLI
   and its workers (``wait4``) are printed too, with the load average before each run (other
   work on the machine slows every figure).
3. The fixed reference: what a user would assemble from Presidio instead of govcat, built from
   Presidio's own classes only and containing none of govcat's recognizers, so that it cannot
   move when they change. An ``AnalyzerEngine`` over a ``SpacyNlpEngine`` that loads a blank
   Chinese spaCy pipeline (``spacy.blank("zh")``, default segmenter "char"; saved to a
   temporary folder and loaded from that path, so no model is ever downloaded), a
   ``RecognizerRegistry`` for "zh" of Presidio's predefined ``EmailRecognizer``,
   ``CreditCardRecognizer`` and ``IpRecognizer``, and two ``PatternRecognizer``s:

   - CN_RESIDENT_ID, score 0.5: ``RESIDENT_ID_PATTERN`` (18 characters: a region code not
     starting with 0, a birth date of 18xx/19xx/20xx with a plausible month and day, a
     3-digit sequence, a digit or X check character; no checksum);
   - CN_MOBILE, score 0.5: ``MOBILE_PATTERN`` (11 digits, 1 then 3-9).

   Both are bounded by "no digit before/after" lookarounds rather than ``\\b``: in Chinese text
   a number usually touches a CJK character, which is a word character to ``re``, so ``\\b``
   would never match there (Presidio's predefined patterns do use ``\\b``, and so miss such
   e-mail addresses and cards; that is part of the reference). tldextract, which
   ``EmailRecognizer`` calls, is pointed at its bundled public-suffix snapshot with its cache
   off (``TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS`` and ``TLDEXTRACT_CACHE`` empty), so it neither
   downloads nor writes. Wrapped in a ``BatchAnalyzerEngine``, it analyzes the first
   ``--reference-rows`` rows of the same table cell by cell with ``analyze_dict`` (one column
   at a time, the header as context, language "zh", Presidio's default score threshold,
   ``n_process=1``: spaCy's multiprocessing parallelizes only the tokenizer, not the
   recognizers, and starts its processes anew for every column; on the 2-core development
   machine ``n_process=2`` ran at 85 rows/s against 690 with 1, on 2,000 hotline rows), in a
   fresh child process; building the engine is not timed.
4. Recall: a planted value counts as found by the screen when it is no longer present in its
   output cell (over all rows, and over the reference's rows), and by the reference when one
   of its results of a plausible entity overlaps the planted span. A planted name in free
   text is also counted as hidden whole when every character that masking hides (all but a
   surname) changed: 张*丰 is found but not whole (reported, not a target).

Targets, judged per table shape (benchmarks, not timed tests): govcat's rows/s with the
default workers, end to end, at least 50× the reference's rows/s (the one-process ratio is
printed beside it); the screen's recall at least the reference's; peak memory (summed PSS)
under 500 MB in both runs; both outputs identical. Start-up, measured once (median of
``--startup-runs`` runs): ``govcat --help`` within 0.5 s, and ``govcat screen`` of a two-line
CSV file (its header and first row) within 2 s. A table of figures is printed per shape with
PASS/FAIL for each target, then the start-up figures and the list of failing targets.
``--json`` writes every figure. Generated and screened files are removed unless ``--keep``.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import filecmp
import json
import multiprocessing as mp
import os
import random
import re
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GOVCAT_PACKAGES = ("api", "catalog", "harvesters", "privacy", "publishers")  # setup.py's
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from privacy import corpus  # noqa: E402 - after the path
from privacy.corpus import id_check_digit, luhn_check_digit  # noqa: E402
from privacy.evaluation import hidden_whole as name_hidden_whole  # noqa: E402

TARGET_RATIO = 50.0
TARGET_MEMORY_MB = 500.0
TARGET_HELP_SECONDS = 0.5
TARGET_SMALL_SCREEN_SECONDS = 2.0

# The reference's own patterns (see the module docstring).
RESIDENT_ID_PATTERN = (
    r"(?<![0-9])[1-9][0-9]{5}(?:18|19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])"
    r"[0-9]{3}[0-9Xx](?![0-9Xx])"
)
MOBILE_PATTERN = r"(?<![0-9])1[3-9][0-9]{9}(?![0-9])"
REFERENCE_ENV = {"TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": "", "TLDEXTRACT_CACHE": ""}

# Which entities of the reference count as finding a planted value of each kind.
PLAUSIBLE = {
    "PERSON": {"PERSON"},
    "CN_RESIDENT_ID": {"CN_RESIDENT_ID"},
    "CN_MOBILE": {"CN_MOBILE", "CN_LANDLINE", "PHONE_NUMBER"},
    "CN_LANDLINE": {"CN_LANDLINE", "CN_MOBILE", "PHONE_NUMBER"},
    "EMAIL_ADDRESS": {"EMAIL_ADDRESS"},
    "BANK_CARD": {"BANK_CARD", "CREDIT_CARD"},
    "CN_ADDRESS": {"CN_ADDRESS", "ADDRESS", "LOCATION"},
}

POOL = 20000  # names pre-drawn per seed and sampled from (e-mail addresses: a quarter)

# Present-day and older given names, beside Faker zh_CN's (which are few and generic).
_GIVEN_NAMES = (
    "子涵", "浩然", "梓萱", "一诺", "欣怡", "宇轩", "思远", "俊杰", "雨桐", "佳怡", "子轩", "梓涵",
    "诗涵", "博文", "皓轩", "若曦", "语嫣", "铭泽", "奕辰", "沐阳", "嘉懿", "煜城", "梦琪", "忆南",
    "晓东", "建新", "国庆", "卫东", "淑珍", "桂芬", "玉梅", "德华", "志刚", "海燕", "春花", "秋菊",
    "振华", "永强", "雪松", "丽君", "文博", "天佑", "紫萱", "俊熙", "安琪", "明轩", "慧敏", "晨曦",
    "泽宇", "昊天", "婉清", "思琪", "家豪", "凯", "琳", "鑫", "晶", "昕", "瑶", "磊",
)


def name_pool(gen: corpus._Gen, size: int) -> list[tuple[str, str]]:
    """size (surname, given name) pairs: Faker zh_CN's weighted surnames and given names, 25%
    present-day given names, 10% compound surnames (with privacy.corpus's given characters)."""
    names = []
    for _ in range(size):
        roll = gen.r.random()
        if roll < 0.1:
            given = "".join(gen.pick(corpus._GIVEN_CHARS) for _ in range(gen.r.randint(1, 2)))
            names.append((gen.pick(corpus._COMPOUND_SURNAMES), given))
        elif roll < 0.35:
            names.append((gen.surname(), gen.pick(_GIVEN_NAMES)))
        else:
            names.append((gen.surname(), gen.zh.first_name()))
    return names


def fill(
    template: str, value: Callable[[str], tuple[str, str | None]]
) -> tuple[str, list[tuple[int, int, str, str]]]:
    """A template's text with each {k} replaced, and the (start, end, kind, value) planted."""
    parts: list[str] = []
    spans: list[tuple[int, int, str, str]] = []
    length, pos = 0, 0
    while True:
        brace = template.find("{", pos)
        if brace < 0:
            parts.append(template[pos:])
            return "".join(parts), spans
        parts.append(template[pos:brace])
        length += brace - pos
        text, kind = value(template[brace + 1])
        if kind:
            spans.append((length, length + len(text), kind, text))
        parts.append(text)
        length += len(text)
        pos = brace + 3


@dataclass(frozen=True)
class Planted:
    """One personal value planted in a cell: its column, span and kind (the ground truth)."""

    column: int
    start: int
    end: int
    kind: str
    value: str


# ------------------------------------------------------------------- the subsidy table

_AREAS = (
    "330102", "330105", "330106", "330108", "330109", "330110", "330111", "330122", "330127",
    "110101", "110102", "110105", "110106", "110108", "310101", "310104", "310105", "310115",
    "440103", "440104", "440106", "440305", "510104", "510107", "420102", "420106", "610113",
    "320102", "320505", "370102", "430102", "500103", "210102", "350102", "410105", "130102",
)
_DISTRICTS = (
    "上城区", "拱墅区", "西湖区", "滨江区", "萧山区", "余杭区", "临平区", "钱塘区", "富阳区",
    "临安区", "桐庐县", "淳安县", "建德市",
)
_MOBILE_SEGMENTS = (
    "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155",
    "156", "157", "158", "159", "166", "173", "175", "176", "177", "180", "181", "182", "183",
    "185", "186", "187", "188", "189", "191", "199",
)
_CARD_PREFIXES = (
    "622202", "621700", "622848", "622588", "621226", "623058", "622908", "621661", "625911",
)

# Remarks holding personal values ({n} name, {i} resident ID, {m} mobile, {e} e-mail, {c} bank
# card), and plain ones ({y} year, {q} quarter, {d} date, {a} amount).
_PERSONAL_NOTES = (
    "申请人{n}，身份证号码{i}，联系电话{m}，材料已审核。",
    "补贴已转入{n}名下银行卡{c}。",
    "如有疑问请联系经办人{n}，电话{m}。",
    "{n}反映{d}未收到补贴，已核实补发。",
    "申领人邮箱{e}，已通过电子邮件告知审核结果。",
    "委托{n}代领，代理人身份证{i}。",
    "收款账号{c}，户名{n}。",
    "联系人：{n} {m}；邮箱：{e}",
    "已电话告知{n}（{m}）补发事宜。",
    "{n}、{n}两户已退出低保，自{d}起停发。",
    "原银行卡{c}已注销，改发至新卡{c}。",
    "家属{n}代为签收，联系方式{m}。",
    "经核查，户主{n}家庭人均收入超标，停发。",
    "请将回执发送至{e}，或致电{m}。",
    "身份证号{i}与户籍信息不符，待{n}补充材料。",
    "监护人{n}，手机{m}，银行卡号{c}。",
)
_PLAIN_NOTES = (
    "{y}年第{q}季度补贴已按时发放。",
    "材料齐全，审核通过。",
    "按政策标准发放{a}元。",
    "因户籍迁出停发，自{d}起生效。",
    "低保边缘家庭，按月发放。",
    "系统自动核发，无需本人到场。",
    "社区已入户核查，情况属实。",
    "{y}年度复核通过。",
    "补发{q}个月差额{a}元。",
    "已张贴公示，公示期内无异议。",
    "高龄津贴，{d}起调整标准。",
    "因信息变更暂缓发放，待街道复核。",
    "年审已完成。",
    "残疾等级变更，按新标准于{d}起执行。",
    "首次申领。",
)
PERSONAL_SHARE = 0.25  # share of subsidy rows whose remark holds personal values
PLAIN_SHARE = 0.6  # share with a plain remark (the rest have none)


class SubsidyTable:
    """A seeded stream of subsidy-list rows and their planted values (replayable by seed)."""

    name = "subsidy"
    HEADER = ("序号", "姓名", "身份证号", "联系电话", "区县", "补贴金额", "发放日期", "备注")
    FREE_TEXT = "备注"

    def __init__(self, seed: int = 20240601, pool: int = POOL) -> None:
        gen = corpus._Gen(seed)
        self.seed = seed
        self.names = [surname + given for surname, given in name_pool(gen, pool)]
        self.emails = [gen.email() for _ in range(max(1, pool // 4))]
        self.first_day = dt.date(2023, 1, 1)

    def resident_id(self, rng: random.Random) -> str:
        """A valid 18-character resident ID number."""
        born = dt.date(1935, 1, 1) + dt.timedelta(days=rng.randrange(365 * 70))
        body = f"{rng.choice(_AREAS)}{born:%Y%m%d}{rng.randrange(1000):03d}"
        return body + id_check_digit(body)

    def mobile(self, rng: random.Random) -> str:
        """An 11-digit mobile number in an allocated segment."""
        return rng.choice(_MOBILE_SEGMENTS) + f"{rng.randrange(10**8):08d}"

    def card(self, rng: random.Random) -> str:
        """A Luhn-valid UnionPay card number of 16 or 19 digits."""
        prefix = rng.choice(_CARD_PREFIXES)
        length = 19 if rng.random() < 0.3 else 16
        body = prefix + "".join(rng.choices("0123456789", k=length - len(prefix) - 1))
        return body + luhn_check_digit(body)

    def date(self, rng: random.Random) -> str:
        """A date of 2023-2024 in ISO form."""
        return (self.first_day + dt.timedelta(days=rng.randrange(730))).isoformat()

    def _note(self, rng: random.Random) -> tuple[str, list[tuple[int, int, str, str]]]:
        roll = rng.random()
        if roll >= PERSONAL_SHARE + PLAIN_SHARE:
            return "", []
        personal = roll < PERSONAL_SHARE
        template = rng.choice(_PERSONAL_NOTES if personal else _PLAIN_NOTES)
        if not personal and rng.random() < 0.3:
            template += rng.choice(_PLAIN_NOTES)
        return fill(template, lambda key: self._value(key, rng))

    def _value(self, key: str, rng: random.Random) -> tuple[str, str | None]:
        if key == "n":
            return rng.choice(self.names), "PERSON"
        if key == "i":
            return self.resident_id(rng), "CN_RESIDENT_ID"
        if key == "m":
            return self.mobile(rng), "CN_MOBILE"
        if key == "e":
            return rng.choice(self.emails), "EMAIL_ADDRESS"
        if key == "c":
            return self.card(rng), "BANK_CARD"
        if key == "y":
            return str(rng.choice([2022, 2023, 2024])), None
        if key == "q":
            return str(rng.randint(1, 4)), None
        if key == "d":
            return self.date(rng), None
        return f"{rng.randrange(100, 5000)}.{rng.choice(['00', '50'])}", None

    def rows(self, count: int) -> Iterator[tuple[list[str], list[Planted]]]:
        """Yield count rows (strings) with their planted values; the same seed, the same rows."""
        rng = random.Random(self.seed)
        note_column = self.HEADER.index(self.FREE_TEXT)
        for number in range(1, count + 1):
            name = rng.choice(self.names)
            rid = self.resident_id(rng)
            if rng.random() < 0.05:
                phone, phone_kind = f"0571-8{rng.randrange(10**7):07d}", "CN_LANDLINE"
            else:
                phone, phone_kind = self.mobile(rng), "CN_MOBILE"
            note, spans = self._note(rng)
            row = [
                str(number),
                name,
                rid,
                phone,
                rng.choice(_DISTRICTS),
                f"{rng.randrange(50, 3000)}.{rng.choice(['00', '50'])}",
                self.date(rng),
                note,
            ]
            planted = [
                Planted(1, 0, len(name), "PERSON", name),
                Planted(2, 0, len(rid), "CN_RESIDENT_ID", rid),
                Planted(3, 0, len(phone), phone_kind, phone),
            ]
            planted += [Planted(note_column, s, e, kind, value) for s, e, kind, value in spans]
            yield row, planted


# ------------------------------------------------------------------- the hotline table

# The districts of Hangzhou: (region code, province, city, district, area code, English).
_HANGZHOU = tuple(
    (code, "浙江省", "杭州市", district, "0571", "")
    for code, district in (
        ("330102", "上城区"), ("330105", "拱墅区"), ("330106", "西湖区"), ("330108", "滨江区"),
        ("330109", "萧山区"), ("330110", "余杭区"), ("330111", "富阳区"), ("330112", "临安区"),
        ("330113", "临平区"), ("330114", "钱塘区"), ("330122", "桐庐县"), ("330127", "淳安县"),
        ("330182", "建德市"),
    )
)
_ROADS = (
    "文三路", "天目山路", "莫干山路", "延安路", "解放路", "凤起路", "庆春路", "体育场路", "秋涛路",
    "江南大道", "滨盛路", "文一西路", "古墩路", "西溪路", "环城北路", "建国北路", "湖墅南路",
    "金城路", "星光大道", "临平大道", "余杭塘路", "东新路", "石桥路", "德胜路",
)
_COMMUNITIES = (
    "翠苑一区", "古荡新村", "朝晖六区", "和睦新村", "景芳三区", "濮家新村", "三墩北苑", "闻涛苑",
    "金色海岸", "城市花园", "华丰新村", "星洲花园", "嘉绿苑", "米市巷小区", "大关西苑",
)
_BODIES = (
    "城市管理局", "市场监督管理局", "住房和城乡建设局", "人力资源和社会保障局", "生态环境分局",
    "交通运输局", "教育局", "卫生健康局", "医疗保障局", "公安分局", "民政局",
)
_STREET_OFFICES = (
    "西溪", "翠苑", "文新", "古荡", "朝晖", "湖滨", "小营", "米市巷", "闸弄口", "长庆",
)
_ISSUES = (
    "小区噪音扰民", "物业费收费不合理", "房屋漏水", "垃圾清运不及时", "道路积水", "违章搭建",
    "停车位分配", "楼道堆物", "电梯故障", "供水压力不足", "夜间施工扰民", "共享单车乱停放",
)
_KIN = ("母亲", "父亲", "奶奶", "爷爷", "外婆", "儿子", "女儿", "丈夫", "妻子", "哥哥")

# 诉求内容 templates, (诉求类型, text). {N} the caller's name, {n} another person's name, {m}
# mobile, {l} landline, {a} detailed address, {e} e-mail, {i} resident ID, {c} bank card (all
# planted); {s} surname, {h} 先生/女士, {x} issue, {k} days, {d} date, {r} road, {v} housing
# estate, {o} company, {b} government body, {t} amount, {p} relative, {y} year (not planted).
_NAMED_APPEALS = (
    ("投诉",
     "{N}来电反映，{a}楼上住户装修噪音大，"
     "晚上十点后仍在施工，影响休息，希望相关部门尽快处理。"),
    ("投诉",
     "来电人{N}反映其在{o}工作期间被拖欠工资{t}元，"
     "多次讨要未果，请求劳动监察部门协调解决，联系电话{m}。"),
    ("举报", "市民反映邻居{n}在{a}楼顶私自搭建彩钢棚，存在安全隐患，请求城管部门核查处理。"),
    ("投诉",
     "来电人{N}反映所住{v}物业经理{n}态度恶劣，"
     "{x}问题拖延{k}天仍未处理，要求物业公司整改。"),
    ("投诉", "投诉出租车驾驶员{n}绕路多收费，乘车时间{d}，上车地点{r}，来电人要求退还多收费用。"),
    ("投诉", "{N}{h}反映在{o}购买的电动自行车存在质量问题，商家拒绝退货，要求市场监管部门介入。"),
    ("投诉", "来电人反映{r}一家餐馆油烟扰民，店主{n}多次沟通无果，请求生态环境部门检测处理。"),
    ("投诉", "来电人{N}反映孩子所在学校违规收取资料费每人{t}元，请求教育部门核查，回电{m}。"),
    ("举报", "来电人反映社区网格员{n}上门登记时索要身份证照片，担心个人信息泄露，要求核实其身份。"),
    ("咨询", "{N}{h}咨询新生儿医保参保办理流程，孩子出生于{d}，希望告知所需材料和办理地点。"),
    ("咨询", "来电人称其{p}{n}（身份证号{i}）的养老金自{d}起未到账，请求社保部门核实原因。"),
    ("咨询",
     "咨询公租房申请进度，申请人{N}，于{d}提交材料，"
     "至今未收到审核结果，联系电话{m}，邮箱{e}。"),
    ("咨询", "{N}咨询灵活就业人员社保缴费基数及缴费方式，希望工作人员回电{l}。"),
    ("咨询", "来电人{N}咨询其名下银行卡{c}收到的一笔补贴款项来源，希望相关部门说明。"),
    ("求助", "求助：老人{n}走失，约七十岁，身穿蓝色外套，最后出现在{r}附近，家属{N}电话{m}。"),
    ("求助", "{N}来电称，{a}家中水管爆裂，物业无人处理，请求紧急协调维修。"),
    ("求助", "来电人{N}反映其{p}{n}独居，近{k}天联系不上，住址{a}，请求社区上门查看。"),
    ("求助", "{N}反映其银行卡{c}被冻结，怀疑遭遇电信诈骗，请求公安机关协助处理。"),
    ("建议", "{N}建议在{r}与{r}交叉口增设红绿灯，高峰期行人过马路困难，希望交通部门考虑。"),
    ("表扬", "来电人表扬{b}工作人员{n}服务热情、办事高效，帮助其解决了{x}问题。"),
    ("举报", "举报{a}有人利用住宅开设棋牌室，经营者{n}，噪音扰民，请求公安部门查处。"),
    ("投诉", "来电人{N}（{m}）反映快递员{n}多次未经同意将包裹放在{v}门口，导致丢失，要求赔偿。"),
    ("咨询", "{N}来电咨询二手房交易个税政策，房屋位于{a}，希望税务部门答复，邮箱{e}。"),
)
_UNNAMED_APPEALS = (
    ("投诉", "市民反映{a}附近{x}，已持续约{k}天，希望相关部门尽快处理。"),
    ("投诉", "来电人反映{r}路段夜间渣土车抛洒严重，道路扬尘大，请求城管部门加强监管。"),
    ("咨询", "咨询{y}年度城乡居民医保缴费截止时间及缴费渠道，来电人希望工作人员尽快回复。"),
    ("投诉", "反映{v}电梯频繁故障，物业维修不及时，存在安全隐患，请求住建部门督促整改。"),
    ("投诉", "来电人{s}{h}反映在{o}办理的预付卡无法使用，商家已关门，要求退款，联系电话{m}。"),
    ("建议", "市民来电建议在{r}增设公共自行车停放点，方便周边居民出行，希望相关部门考虑。"),
    ("投诉", "反映{a}一楼商铺占道经营，堆放杂物，影响行人通行，请求城管部门处理。"),
    ("咨询", "来电人咨询新能源汽车购置补贴申领条件，表示已于{d}在{o}购车，希望告知办理渠道。"),
    ("投诉", "来电人反映{o}拖欠{k}名工人工资共计{t}元，请求劳动监察部门介入，回电{m}。"),
    ("求助", "市民反映{r}附近路灯不亮已有{k}天，夜间出行不便，希望尽快维修。"),
    ("投诉", "反映{v}楼下垃圾桶满溢无人清运，气味难闻，请求环卫部门及时处理。"),
    ("咨询", "来电人咨询住房公积金提取办理流程及所需材料，联系电话{l}，邮箱{e}。"),
    ("投诉", "来电人反映邻居{s}某长期在楼道堆放杂物，多次协商无果，请求社区协调处理。"),
    ("投诉", "{s}{h}来电反映，{v}二次供水水压不足，高峰时段高层住户无水可用，要求供水公司整改。"),
    ("求助", "来电人反映{r}公交站台顶棚破损，雨天无法避雨，希望交通部门尽快维修。"),
    ("咨询", "咨询{b}办公时间及营业执照变更所需材料，来电人希望得到书面答复。"),
    ("投诉", "来电人反映{a}附近工地夜间施工，噪音扰民，已持续{k}天，请求执法部门查处。"),
    ("咨询", "来电人咨询身份证号{i}名下的社保缴费记录为何中断，希望社保部门核实。"),
)
# Clauses a call-taker adds after the appeal (to some of the rows).
_TAILS = (
    "此前已多次拨打热线反映，问题仍未解决。",
    "来电人情绪激动，要求相关部门尽快给予答复。",
    "来电人表示如不处理将向上级部门反映。",
    "来电人可接受电话回访，回访时间为工作日白天。",
    "备用联系电话{m}。",
    "回访请发邮件至{e}。",
    "来电人要求对其个人信息保密。",
    "来电人希望承办单位在{k}个工作日内书面答复。",
)
_RESULTS = (
    "已转{b}办理，{d}已电话回复来电人，来电人表示满意。",
    "经{b}现场核查，情况属实，已责令相关责任方限期整改。",
    "已告知来电人相关政策及办理渠道，来电人表示理解。",
    "承办单位{b}已联系来电人，约定{d}上门处理。",
    "该诉求不属于本单位职责范围，已退回并说明理由。",
    "正在办理中。",
    "经核实，来电人反映问题已解决，工单办结。",
    "{b}已受理，将于五个工作日内答复。",
)
_NAMED_RESULTS = (
    "已转{b}办理，经办人{n}，联系电话{l}。",
    "已电话回复{N}{h}，来电人对处理结果表示基本满意。",
    "{b}工作人员{n}已于{d}上门核实并处理完毕。",
)
NAMED_APPEAL_SHARE = 1 / 3  # rows whose 诉求内容 names a person
NAMED_RESULT_SHARE = 0.1  # rows whose 办理结果 names a person
TAIL_SHARE = 0.4  # rows whose 诉求内容 has a clause added
APPEAL_LENGTH = (30, 120)  # characters of 诉求内容


class HotlineTable:
    """A seeded stream of 12345 hotline tickets and their planted values (replayable by seed)."""

    name = "hotline"
    HEADER = (
        "工单编号", "受理时间", "来电人", "联系电话",
        "所属区县", "诉求类型", "诉求内容", "办理结果",
    )
    FREE_TEXT = "诉求内容"

    def __init__(self, seed: int = 20240601, pool: int = POOL) -> None:
        gen = corpus._Gen(seed)
        self.seed = seed
        pairs = name_pool(gen, pool)
        self.names = [surname + given for surname, given in pairs]
        self.surnames = [surname for surname, _ in pairs]
        self.givens = [given for _, given in pairs]
        self.emails = [gen.email() for _ in range(max(1, pool // 4))]
        self.companies = [gen.company() for _ in range(max(1, pool // 40))]

    def rows(self, count: int) -> Iterator[tuple[list[str], list[Planted]]]:
        """Yield count rows (strings) with their planted values; the same seed, the same rows."""
        gen = corpus._Gen(self.seed + 1)  # the row stream uses only gen.r (no Faker calls)
        rng = gen.r
        when = dt.datetime(2023, 1, 1, 0, 0, 0)
        day, serial = when.date(), 0
        appeal_column = self.HEADER.index(self.FREE_TEXT)
        for _ in range(count):
            when += dt.timedelta(seconds=rng.randrange(10, 110))  # about 1,440 tickets a day
            if when.date() != day:
                day, serial = when.date(), 0
            serial += 1
            region = rng.choice(_HANGZHOU)
            planted: list[Planted] = []
            roll = rng.random()
            if roll < 0.55:  # a full name
                caller = caller_name = rng.choice(self.names)
                planted.append(Planted(2, 0, len(caller), "PERSON", caller))
            elif roll < 0.9:  # a surname and 先生/女士: a name in the text keeps the surname
                surname = rng.choice(self.surnames)
                caller = surname + rng.choice(("先生", "女士"))
                caller_name = surname + rng.choice(self.givens)
            else:
                caller, caller_name = "匿名", rng.choice(self.names)
            roll = rng.random()
            if roll < 0.85:
                phone = rng.choice(_MOBILE_SEGMENTS) + f"{rng.randrange(10**8):08d}"
                planted.append(Planted(3, 0, 11, "CN_MOBILE", phone))
            elif roll < 0.95:
                phone = f"0571-8{rng.randrange(10**7):07d}"
                planted.append(Planted(3, 0, len(phone), "CN_LANDLINE", phone))
            else:
                phone = ""

            def value(key: str, region=region, caller_name=caller_name) -> tuple[str, str | None]:
                return self._value(key, gen, region, caller_name)

            named = rng.random() < NAMED_APPEAL_SHARE
            for _attempt in range(20):
                kind, template = rng.choice(_NAMED_APPEALS if named else _UNNAMED_APPEALS)
                if rng.random() < TAIL_SHARE:
                    template += rng.choice(_TAILS)
                appeal, spans = fill(template, value)
                if APPEAL_LENGTH[0] <= len(appeal) <= APPEAL_LENGTH[1]:
                    break
            planted += [Planted(appeal_column, s, e, k, v) for s, e, k, v in spans]
            if rng.random() < NAMED_RESULT_SHARE:
                result, spans = fill(rng.choice(_NAMED_RESULTS), value)
            else:
                result, spans = fill(rng.choice(_RESULTS), value)
            planted += [Planted(7, s, e, k, v) for s, e, k, v in spans]
            row = [
                f"GD{when:%Y%m%d}{serial:05d}",
                f"{when:%Y-%m-%d %H:%M:%S}",
                caller,
                phone,
                region[3],
                kind,
                appeal,
                result,
            ]
            yield row, planted

    def _value(
        self, key: str, gen: corpus._Gen, region: tuple[str, ...], caller: str
    ) -> tuple[str, str | None]:
        rng = gen.r
        if key == "N":
            return caller, "PERSON"
        if key == "n":
            return rng.choice(self.names), "PERSON"
        if key == "m":
            return gen.mobile(), "CN_MOBILE"
        if key == "l":
            return gen.landline(region[4]), "CN_LANDLINE"
        if key == "a":
            return gen.address(region), "CN_ADDRESS"
        if key == "e":
            return rng.choice(self.emails), "EMAIL_ADDRESS"
        if key == "i":
            return gen.resident_id(region[0] if rng.random() < 0.6 else None), "CN_RESIDENT_ID"
        if key == "c":
            return gen.bank_card(), "BANK_CARD"
        if key == "s":
            return rng.choice(self.surnames), None
        if key == "h":
            return rng.choice(("先生", "女士")), None
        if key == "x":
            return rng.choice(_ISSUES), None
        if key == "k":
            return str(rng.randint(2, 30)), None
        if key == "d":
            return gen.zh_date(2023, 2024), None
        if key == "r":
            return rng.choice(_ROADS), None
        if key == "v":
            return rng.choice(_COMMUNITIES), None
        if key == "o":
            return rng.choice(self.companies), None
        if key == "b":
            if rng.random() < 0.3:
                return rng.choice(_STREET_OFFICES) + "街道办事处", None
            return region[3] + rng.choice(_BODIES), None
        if key == "t":
            return gen.amount(), None
        if key == "p":
            return rng.choice(_KIN), None
        if key == "y":
            return str(rng.choice((2023, 2024))), None
        raise KeyError(key)


SHAPES: dict[str, type[SubsidyTable] | type[HotlineTable]] = {
    "subsidy": SubsidyTable,
    "hotline": HotlineTable,
}


def write_input(path: Path, table: SubsidyTable | HotlineTable, rows: int) -> None:
    """Write rows of the generated table as UTF-8 CSV, streamed."""
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(table.HEADER)
        writer.writerows(row for row, _ in table.rows(rows))


# ------------------------------------------------------------------------ measuring


class TreeMemory:
    """Samples the summed PSS of a process and all its descendants (Linux /proc) in a thread."""

    def __init__(self, pid: int, interval: float = 0.1) -> None:
        self.pid = pid
        self.interval = interval
        self.peak_pss_mb = 0.0
        self.peak_processes = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    @staticmethod
    def available() -> bool:
        """Whether /proc gives PSS here."""
        return Path(f"/proc/{os.getpid()}/smaps_rollup").exists()

    def _pids(self) -> list[int]:
        """The process and its descendants (children of any of their threads)."""
        found, todo = [], [self.pid]
        while todo:
            pid = todo.pop()
            found.append(pid)
            try:
                tasks = os.listdir(f"/proc/{pid}/task")
            except OSError:
                continue
            for task in tasks:
                try:
                    text = Path(f"/proc/{pid}/task/{task}/children").read_text()
                except OSError:
                    continue
                todo.extend(int(child) for child in text.split())
        return found

    @staticmethod
    def _pss_kb(pid: int) -> int:
        try:
            with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as handle:
                for line in handle:
                    if line.startswith("Pss:"):
                        return int(line.split()[1])
        except OSError:
            pass  # the process ended between listing and reading
        return 0

    def sample(self) -> None:
        """Take one sample now."""
        pids = self._pids()
        total = sum(self._pss_kb(pid) for pid in pids) / 1024
        if total > self.peak_pss_mb:
            self.peak_pss_mb, self.peak_processes = total, len(pids)

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.sample()

    def __enter__(self) -> TreeMemory:
        self.sample()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def govcat_command() -> str:
    """The govcat console script of the environment running the bench."""
    beside = Path(sys.executable).parent / "govcat"
    if beside.exists():
        return str(beside)
    raise SystemExit(f"no govcat next to {sys.executable}: run the bench with .venv/bin/python")


def cli_env(workdir: Path) -> dict[str, str]:
    """The environment of the CLI runs: the user's, with an unused catalog home of the bench."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GOVCAT_")}
    env["GOVCAT_HOME"] = str(workdir / "govcat-home")  # `govcat screen` writes nothing there
    return env


def run_cli(args: list[str], env: dict[str, str], workdir: Path, memory: bool = True) -> dict:
    """Run the CLI as a user does and time it from before the start to after the exit."""
    out_path, err_path = workdir / "cli.stdout", workdir / "cli.stderr"
    load_before = os.getloadavg()[0]
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        started = time.perf_counter()
        process = subprocess.Popen(args, stdout=out, stderr=err, env=env, cwd=workdir)
        sampler = TreeMemory(process.pid) if memory and TreeMemory.available() else None
        if sampler:
            sampler.__enter__()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            if sampler:
                sampler.__exit__()
        seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    stdout = out_path.read_text(encoding="utf-8", errors="replace")
    stderr = err_path.read_text(encoding="utf-8", errors="replace")
    out_path.unlink()
    err_path.unlink()
    if process.returncode:
        raise SystemExit(
            f"{' '.join(args[1:])} exited with {process.returncode}: {stderr.strip()[-2000:]}"
        )
    figures = {
        "seconds": seconds,
        "cpu_seconds": usage.ru_utime + usage.ru_stime,  # the CLI and its reaped workers
        "load_before": load_before,
        "peak_rss_mb": usage.ru_maxrss / 1024,
        "stdout": stdout,
    }
    if sampler:
        figures["peak_pss_mb"] = sampler.peak_pss_mb
        figures["processes"] = sampler.peak_processes
    return figures


def _reference_child(columns: dict[str, list[str]], queue: Any) -> None:
    """Child process: the fixed reference analyzes every cell with analyze_dict."""
    import resource

    started = time.perf_counter()
    batch = build_reference()
    batch.analyzer_engine.analyze("预热 warm-up 13812345678", language="zh")
    built = time.perf_counter()
    cpu = resource.getrusage(resource.RUSAGE_SELF)
    found: dict[str, list[list[tuple[int, int, str]]]] = {}
    for item in batch.analyze_dict(columns, language="zh"):
        found[item.key] = [
            [(r.start, r.end, r.entity_type) for r in cell] for cell in item.recognizer_results
        ]
    done = time.perf_counter()
    used = resource.getrusage(resource.RUSAGE_SELF)
    queue.put(
        {
            "build_seconds": built - started,
            "seconds": done - built,
            "cpu_seconds": used.ru_utime + used.ru_stime - cpu.ru_utime - cpu.ru_stime,
            "found": found,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        }
    )


def build_reference() -> Any:
    """The fixed reference: Presidio's classes over a blank Chinese spaCy pipeline (offline).

    Call it in a process started with REFERENCE_ENV, so that tldextract (which Presidio's
    EmailRecognizer uses) was imported with its bundled snapshot and no cache.
    """
    import tempfile

    import spacy
    import tldextract
    from presidio_analyzer import (
        AnalyzerEngine,
        BatchAnalyzerEngine,
        Pattern,
        PatternRecognizer,
        RecognizerRegistry,
    )
    from presidio_analyzer.nlp_engine import SpacyNlpEngine
    from presidio_analyzer.predefined_recognizers import (
        CreditCardRecognizer,
        EmailRecognizer,
        IpRecognizer,
    )

    if tldextract.tldextract.TLD_EXTRACTOR.suffix_list_urls or os.environ.get(
        "TLDEXTRACT_CACHE"
    ) != "":
        raise RuntimeError("tldextract would download or cache: start with REFERENCE_ENV")
    pipeline = spacy.blank("zh")
    if str(pipeline.tokenizer.segmenter) != "char":
        raise RuntimeError(f"spacy.blank('zh') segments by {pipeline.tokenizer.segmenter}")
    with tempfile.TemporaryDirectory(prefix="govcat-bench-zh-") as folder:
        pipeline.to_disk(folder)  # a model path: SpacyNlpEngine.load() downloads nothing
        nlp_engine = SpacyNlpEngine(models=[{"lang_code": "zh", "model_name": folder}])
        nlp_engine.load()
    resident_id = PatternRecognizer(
        supported_entity="CN_RESIDENT_ID",
        name="CnResidentIdRecognizer",
        supported_language="zh",
        patterns=[Pattern("resident id (18)", RESIDENT_ID_PATTERN, 0.5)],
        context=["身份证", "证件", "公民身份号码"],
    )
    mobile = PatternRecognizer(
        supported_entity="CN_MOBILE",
        name="CnMobileRecognizer",
        supported_language="zh",
        patterns=[Pattern("mainland mobile", MOBILE_PATTERN, 0.5)],
        context=["手机", "电话", "联系"],
    )
    registry = RecognizerRegistry(
        recognizers=[
            EmailRecognizer(supported_language="zh"),
            CreditCardRecognizer(supported_language="zh"),
            IpRecognizer(supported_language="zh"),
            resident_id,
            mobile,
        ],
        supported_languages=["zh"],
    )
    analyzer = AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["zh"])
    return BatchAnalyzerEngine(analyzer_engine=analyzer)


def _run_child(target: Any, *args: Any, env: dict[str, str] | None = None) -> dict:
    """Run target(*args, queue) in a fresh (spawned) process, env added to its environment."""
    context = mp.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=target, args=(*args, queue))
    saved = {key: os.environ.get(key) for key in env or {}}
    os.environ.update(env or {})
    try:
        process.start()
    finally:
        for key, old in saved.items():
            if old is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = old
    try:
        result = queue.get()
    finally:
        process.join()
    if process.exitcode:
        raise SystemExit(f"{target.__name__} failed with exit code {process.exitcode}")
    return result


class Recall:
    """Planted and found counts, per kind."""

    def __init__(self) -> None:
        self.planted: Counter[str] = Counter()
        self.found: Counter[str] = Counter()

    def add(self, kind: str, found: bool) -> None:
        """Count one planted value."""
        self.planted[kind] += 1
        self.found[kind] += found

    @property
    def value(self) -> float:
        """Overall recall (1.0 when nothing was planted)."""
        total = sum(self.planted.values())
        return sum(self.found.values()) / total if total else 1.0

    def by_kind(self) -> dict[str, float]:
        """Recall per kind of planted value."""
        return {k: self.found[k] / n for k, n in sorted(self.planted.items())}

    def to_dict(self) -> dict:
        """JSON-able figures."""
        return {
            "recall": self.value,
            "planted": sum(self.planted.values()),
            "found": sum(self.found.values()),
            "by_kind": self.by_kind(),
            "planted_by_kind": dict(sorted(self.planted.items())),
        }


@dataclass
class ScreenCheck:
    """What the replayed ground truth says of a screened output."""

    everything: Recall
    sample: Recall
    altered: dict[str, int]  # cells without a planted value that the screen changed, by column
    rows: int
    rows_naming_a_person: int  # rows whose free-text column holds a planted name
    names_in_text: int  # planted names in free text (not a whole cell)
    names_hidden_whole: int  # of which every character that masking hides was changed


def hidden_whole(item: Planted, cell: str) -> bool:
    """Whether the screened cell changed every character of the planted name that masking
    hides (all but a surname: 张三丰 → 张** is whole, 张*丰 is not; as make eval counts it)."""
    seen = cell[item.start:item.end]
    if len(seen) != len(item.value):
        return item.value not in cell
    changed = bytes(s != v for s, v in zip(seen, item.value, strict=True))
    return name_hidden_whole(item.value, changed)


def screen_recall(
    output: Path, table: SubsidyTable | HotlineTable, rows: int, sample: int
) -> ScreenCheck:
    """Recall of the screen over all rows and over the first sample rows (output vs replay)."""
    everything, first = Recall(), Recall()
    altered: Counter[str] = Counter()
    header = table.HEADER
    free_text = header.index(table.FREE_TEXT)
    naming = names = whole = 0
    with open(output, encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        published = {name: index for index, name in enumerate(next(reader))}
        # where each input column is in the output (None: the policy dropped it)
        where = [published.get(name) for name in header]
        for index, ((row, planted), out) in enumerate(
            zip(table.rows(rows), reader, strict=True)
        ):
            for item in planted:
                column = where[item.column]
                gone = column is None or item.value not in out[column]
                everything.add(item.kind, gone)
                if index < sample:
                    first.add(item.kind, gone)
                if item.kind == "PERSON" and len(item.value) < len(row[item.column]):
                    names += 1
                    whole += column is None or hidden_whole(item, out[column])
            holding = {item.column for item in planted}
            naming += any(p.column == free_text and p.kind == "PERSON" for p in planted)
            for column, (cell, position) in enumerate(zip(row, where, strict=True)):
                if position is not None and cell != out[position] and column not in holding:
                    altered[header[column]] += 1
    return ScreenCheck(everything, first, dict(altered), rows, naming, names, whole)


def reference_recall(
    found: dict[str, list[list[tuple[int, int, str]]]],
    planted_rows: list[list[Planted]],
    header: tuple[str, ...],
) -> Recall:
    """Recall of the reference: a result of a plausible entity overlaps the planted span."""
    recall = Recall()
    for index, planted in enumerate(planted_rows):
        for item in planted:
            results = found[header[item.column]][index]
            hit = any(
                start < item.end and item.start < end and entity in PLAUSIBLE[item.kind]
                for start, end, entity in results
            )
            recall.add(item.kind, hit)
    return recall


_SUMMARY = re.compile(r": (\d+) rows, decision: (\S+)")


def _screen_figures(run: dict, rows: int, mb: float, reference_rps: float) -> dict:
    """Figures of one CLI screen run."""
    match = _SUMMARY.search(run.pop("stdout"))
    run["rows_reported"] = int(match.group(1)) if match else None
    run["decision"] = match.group(2) if match else None
    run["rows"] = rows
    run["mb"] = mb
    run["rows_per_s"] = rows / run["seconds"]
    run["mb_per_s"] = mb / run["seconds"]
    run["ratio"] = run["rows_per_s"] / reference_rps
    run["peak_memory_mb"] = run.get("peak_pss_mb", run["peak_rss_mb"])
    return run


# ------------------------------------------------------------------------ the run


def run_reference(table: SubsidyTable | HotlineTable, rows: int) -> tuple[dict, Recall]:
    """The fixed reference on the first rows of the table (in a child process), its recall."""
    sample_rows: list[list[str]] = []
    sample_truth: list[list[Planted]] = []
    for row, planted in table.rows(rows):
        sample_rows.append(row)
        sample_truth.append(planted)
    columns = {name: [row[i] for row in sample_rows] for i, name in enumerate(table.HEADER)}
    load_before = os.getloadavg()[0]
    ref = _run_child(_reference_child, columns, env=REFERENCE_ENV)
    recall = reference_recall(ref.pop("found"), sample_truth, table.HEADER)
    mb = sum(len(",".join(r).encode()) + 1 for r in sample_rows) / 1e6
    figures = {
        "engine": "presidio_analyzer.BatchAnalyzerEngine(AnalyzerEngine(SpacyNlpEngine("
        "spacy.blank('zh')), Email/CreditCard/IpRecognizer + CN_RESIDENT_ID, CN_MOBILE "
        "PatternRecognizers)).analyze_dict",
        "patterns": {"CN_RESIDENT_ID": RESIDENT_ID_PATTERN, "CN_MOBILE": MOBILE_PATTERN},
        "rows": rows,
        "mb": mb,
        "seconds": ref["seconds"],
        "cpu_seconds": ref["cpu_seconds"],
        "load_before": load_before,
        "rows_per_s": rows / ref["seconds"],
        "mb_per_s": mb / ref["seconds"],
        "peak_rss_mb": ref["peak_rss_mb"],
        "build_seconds": ref["build_seconds"],
    }
    return figures, recall


def run_shape(
    shape: str,
    rows: int,
    reference_rows: int,
    seed: int,
    workdir: Path,
    keep: bool = False,
    log: Callable[[str], None] = print,
    pool: int = POOL,
) -> dict:
    """Generate one table shape, screen it through the CLI twice, run the reference, score."""
    from privacy.parallel import default_workers

    table = SHAPES[shape](seed, pool)
    reference_rows = min(reference_rows, rows)
    source = workdir / f"{shape}_{rows}_{seed}.csv"
    output = workdir / f"{shape}_{rows}_{seed}.screened.csv"
    single_output = workdir / f"{shape}_{rows}_{seed}.screened-1.csv"
    govcat, env = govcat_command(), cli_env(workdir)

    log(f"[{shape}] generating {rows:,} rows (seed {seed}) → {source}")
    started = time.perf_counter()
    write_input(source, table, rows)
    generate_seconds = time.perf_counter() - started
    mb = source.stat().st_size / 1e6

    runs = {}
    for label, workers, out in (("default", "auto", output), ("one_process", "1", single_output)):
        command = [govcat, "screen", str(source), "--output", str(out), "--workers", workers]
        log(f"[{shape}] govcat screen {source.name} --output {out.name} --workers {workers} …")
        runs[label] = run_cli(command, env, workdir)
        runs[label]["command"] = ["govcat", *command[1:]]
        runs[label]["workers"] = default_workers() if workers == "auto" else int(workers)
        log(f"  {runs[label]['seconds']:.1f} s")
    identical = filecmp.cmp(output, single_output, shallow=False)
    if not keep:
        single_output.unlink(missing_ok=True)

    log(f"[{shape}] checking the screened output against the replayed ground truth …")
    check = screen_recall(output, table, rows, reference_rows)
    if not keep:
        output.unlink(missing_ok=True)
        source.unlink(missing_ok=True)

    log(f"[{shape}] reference: BatchAnalyzerEngine on the first {reference_rows:,} rows …")
    ref, recall_ref = run_reference(table, reference_rows)
    log(f"  {ref['seconds']:.1f} s")

    ref_rps = ref["rows_per_s"]
    default = _screen_figures(runs["default"], rows, mb, ref_rps)
    single = _screen_figures(runs["one_process"], rows, mb, ref_rps)
    memory = max(default["peak_memory_mb"], single["peak_memory_mb"])
    recall_all, recall_sample = check.everything.value, check.sample.value
    targets = {
        "throughput": {
            "target": f"govcat rows/s, default workers, end to end >= {TARGET_RATIO:g}x the "
            "reference's",
            "value": default["ratio"],
            "pass": default["ratio"] >= TARGET_RATIO,
        },
        "recall": {
            "target": "screen recall (reference rows / all rows) >= reference recall",
            "value": [recall_sample, recall_all, recall_ref.value],
            "pass": min(recall_sample, recall_all) >= recall_ref.value,
        },
        "memory": {
            "target": f"peak memory (summed PSS), both runs < {TARGET_MEMORY_MB:g} MB",
            "value": memory,
            "pass": memory < TARGET_MEMORY_MB,
        },
        "identical": {
            "target": "--workers 1 output byte-identical to the default workers'",
            "value": float(identical),
            "pass": identical,
        },
    }
    return {
        "shape": shape,
        "header": list(table.HEADER),
        "rows": rows,
        "mb": mb,
        "generate_seconds": generate_seconds,
        "free_text_column": table.FREE_TEXT,
        "rows_naming_a_person_share": check.rows_naming_a_person / rows if rows else 0.0,
        "govcat": {"default": default, "one_process": single},
        "identical_output": identical,
        "recall": {
            "screen": check.everything.to_dict(),
            "screen_reference_rows": check.sample.to_dict(),
            "reference": recall_ref.to_dict(),
        },
        "unplanted_cells_altered": check.altered,
        "names_in_text": {"planted": check.names_in_text,
                          "hidden_whole": check.names_hidden_whole},
        "reference": ref,
        "targets": targets,
        "pass": all(t["pass"] for t in targets.values()),
    }


def run_startup(workdir: Path, table: SubsidyTable | HotlineTable, runs: int = 3) -> dict:
    """Wall time of `govcat --help` and of `govcat screen` on a two-line CSV file (medians).

    govcat's modules are byte-compiled first, as installing a wheel does: an editable install
    compiles on first import, and not at all where PYTHONDONTWRITEBYTECODE is set, which would
    add compiling ~75 modules to every start measured."""
    govcat, env = govcat_command(), cli_env(workdir)
    subprocess.run([sys.executable, "-m", "compileall", "-q",
                    *(str(ROOT / package) for package in GOVCAT_PACKAGES)], check=True)
    small = workdir / "startup_two_lines.csv"
    small_out = workdir / "startup_two_lines.screened.csv"
    write_input(small, table, 1)
    helps = [run_cli([govcat, "--help"], env, workdir, memory=False)["seconds"]
             for _ in range(runs)]
    screens = [
        run_cli([govcat, "screen", str(small), "--output", str(small_out)], env, workdir,
                memory=False)["seconds"]
        for _ in range(runs)
    ]
    small.unlink(missing_ok=True)
    small_out.unlink(missing_ok=True)
    help_median, screen_median = statistics.median(helps), statistics.median(screens)
    targets = {
        "startup_help": {
            "target": f"govcat --help <= {TARGET_HELP_SECONDS:g} s (median of {runs})",
            "value": help_median,
            "pass": help_median <= TARGET_HELP_SECONDS,
        },
        "startup_screen": {
            "target": f"govcat screen of a two-line CSV <= {TARGET_SMALL_SCREEN_SECONDS:g} s "
            f"(median of {runs})",
            "value": screen_median,
            "pass": screen_median <= TARGET_SMALL_SCREEN_SECONDS,
        },
    }
    return {
        "runs": runs,
        "file": f"{table.name} header and first row",
        "help_seconds": helps,
        "help_median": help_median,
        "screen_seconds": screens,
        "screen_median": screen_median,
        "targets": targets,
        "pass": all(t["pass"] for t in targets.values()),
    }


def run(
    rows: int,
    reference_rows: int,
    seed: int,
    workdir: Path,
    shapes: tuple[str, ...] = ("subsidy", "hotline"),
    keep: bool = False,
    log: Callable[[str], None] = print,
    pool: int = POOL,
    startup_runs: int = 3,
) -> dict:
    """Start-up figures, then each table shape; every figure and the failing targets."""
    from privacy.parallel import default_workers

    workdir = workdir.resolve()
    workdir.mkdir(parents=True, exist_ok=True)
    log(f"start-up: govcat --help and govcat screen of a two-line file, {startup_runs} runs …")
    startup = run_startup(workdir, SHAPES[shapes[0]](seed, min(pool, 200)), startup_runs)
    results = {
        shape: run_shape(shape, rows, reference_rows, seed, workdir, keep, log, pool)
        for shape in shapes
    }
    failing = [f"{shape} {name}" for shape, fig in results.items()
               for name, target in fig["targets"].items() if not target["pass"]]
    failing += [name for name, target in startup["targets"].items() if not target["pass"]]
    return {
        "seed": seed,
        "python": sys.version.split()[0],
        "cpus": os.cpu_count(),
        "default_workers": default_workers(),
        "load_average_at_end": os.getloadavg()[0],
        "startup": startup,
        "shapes": results,
        "failing": failing,
        "pass": not failing,
    }


# ------------------------------------------------------------------------ the report


def _status(target: dict) -> str:
    return "PASS" if target["pass"] else "FAIL"


def report_shape(fig: dict) -> list[str]:
    """One shape's figures as a plain-text table."""
    default, single = fig["govcat"]["default"], fig["govcat"]["one_process"]
    ref, recall = fig["reference"], fig["recall"]
    lines = [
        f"== {fig['shape']} table: {fig['rows']:,} rows × {len(fig['header'])} columns "
        f"({', '.join(fig['header'])}), {fig['mb']:.1f} MB; rows naming a person in "
        f"{fig['free_text_column']}: {fig['rows_naming_a_person_share']:.1%}",
    ]
    head = (
        f"{'':<36}{'rows':>10}{'seconds':>9}{'rows/s':>10}{'MB/s':>7}{'ratio':>8}"
        f"{'peak MB':>9}{'recall':>8}"
    )
    lines += [head, "-" * len(head)]
    sides = (
        (f"govcat screen, default ({default['workers']} workers)", default,
         recall["screen"]["recall"]),
        ("govcat screen, --workers 1", single, None),
        ("Presidio fixed reference", ref, recall["reference"]["recall"]),
    )
    for label, side, value in sides:
        memory = side.get("peak_memory_mb", side["peak_rss_mb"])
        ratio = side.get("ratio", 1.0)
        shown = f"{value:>8.4f}" if value is not None else f"{'(same)':>8}"
        lines.append(
            f"{label:<36}{side['rows']:>10,}{side['seconds']:>9.1f}{side['rows_per_s']:>10,.0f}"
            f"{side['mb_per_s']:>7.2f}{ratio:>7.1f}x{memory:>9.0f}{shown}"
        )
    lines.append("-" * len(head))
    lines.append(
        "govcat: wall time of the CLI process, start-up included; peak MB = summed PSS of the "
        f"CLI and its workers ({default.get('processes', 1)} processes at the peak); largest "
        f"single-process RSS {default['peak_rss_mb']:.0f} MB (default), "
        f"{single['peak_rss_mb']:.0f} MB (one process); decision {default['decision']}, "
        f"{default['rows_reported']:,} rows reported"
    )
    lines.append(
        f"reference: analyze_dict on the first {ref['rows']:,} rows, engine build "
        f"{ref['build_seconds']:.1f} s not timed; peak MB = its RSS"
    )
    lines.append(
        f"CPU seconds: {default['cpu_seconds']:.1f} (default), {single['cpu_seconds']:.1f} "
        f"(one process), {ref['cpu_seconds']:.1f} (reference); 1-minute load average before "
        f"each: {default['load_before']:.2f}, {single['load_before']:.2f}, "
        f"{ref['load_before']:.2f} on {os.cpu_count()} CPUs (the bench's own previous step "
        "counts; more means other work competed)"
    )
    lines.append(cpu_per_row(default, single, ref))
    kinds = sorted(set(recall["screen"]["by_kind"]) | set(recall["reference"]["by_kind"]))
    lines.append("")
    lines.append(
        f"{'recall by kind':<18}{'planted (all)':>14}{'govcat all':>12}{'govcat ref rows':>17}"
        f"{'reference':>11}"
    )
    nan = float("nan")
    for kind in kinds:
        lines.append(
            f"{kind:<18}{recall['screen']['planted_by_kind'].get(kind, 0):>14,}"
            f"{recall['screen']['by_kind'].get(kind, nan):>12.4f}"
            f"{recall['screen_reference_rows']['by_kind'].get(kind, nan):>17.4f}"
            f"{recall['reference']['by_kind'].get(kind, nan):>11.4f}"
        )
    lines.append(
        f"{'all':<18}{recall['screen']['planted']:>14,}{recall['screen']['recall']:>12.4f}"
        f"{recall['screen_reference_rows']['recall']:>17.4f}"
        f"{recall['reference']['recall']:>11.4f}"
    )
    names = fig["names_in_text"]
    lines.append(
        f"planted names in text hidden whole (every character masking hides changed): "
        f"{names['hidden_whole']:,} of {names['planted']:,}"
    )
    altered = fig["unplanted_cells_altered"]
    lines.append(
        "cells without a planted value that the screen changed: "
        + (", ".join(f"{k} {v:,}" for k, v in altered.items()) or "none")
    )
    lines.append("")
    for name, target in fig["targets"].items():
        value = target["value"]
        shown = " / ".join(f"{v:.4f}" for v in value) if isinstance(value, list) else f"{value:.1f}"
        lines.append(f"{_status(target)}  {name:<11} {target['target']}: {shown}")
    lines.append(
        f"      (one process: {single['ratio']:.1f}x the reference's rows/s, reported only)"
    )
    return lines


def cpu_per_row(default: dict, single: dict, reference: dict, cpus: int | None = None) -> str:
    """CPU time per row of each run, against what the throughput target leaves for a row."""
    # At TARGET_RATIO times the reference's rows/s, with every CPU busy for the whole
    # run (start-up included), a row may cost at most this much CPU time: the gap between it
    # and the screen's own cost says how far the target is, whatever the host's speed today.
    cpus = cpus or os.cpu_count() or 1
    budget = cpus / (TARGET_RATIO * reference["rows_per_s"])
    return (
        f"CPU per row: {default['cpu_seconds'] / default['rows'] * 1e6:.0f} µs (default), "
        f"{single['cpu_seconds'] / single['rows'] * 1e6:.0f} µs (one process), "
        f"{reference['cpu_seconds'] / reference['rows'] * 1e6:.0f} µs (reference); "
        f"{TARGET_RATIO:.0f}x the reference's rows/s on {cpus} busy CPUs leaves at most "
        f"{budget * 1e6:.0f} µs a row"
    )


def report(figures: dict) -> str:
    """The figures as plain text: a table per shape, start-up, and what fails."""
    lines: list[str] = []
    for fig in figures["shapes"].values():
        lines += report_shape(fig)
        lines.append("")
    startup = figures["startup"]
    lines.append(f"== start-up (median of {startup['runs']} runs)")
    for name, key in (("startup_help", "help"), ("startup_screen", "screen")):
        target = startup["targets"][name]
        runs = ", ".join(f"{s:.2f}" for s in startup[f"{key}_seconds"])
        lines.append(f"{_status(target)}  {target['target']}: {target['value']:.2f} s ({runs})")
    lines.append("")
    if figures["failing"]:
        lines.append("FAILING: " + ", ".join(figures["failing"]))
    else:
        lines.append("all targets met")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000, help="rows of each table")
    parser.add_argument(
        "--reference-rows", type=int, default=20_000,
        help="rows analyzed by the fixed Presidio reference",
    )
    parser.add_argument("--shape", choices=("subsidy", "hotline", "both"), default="both")
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument(
        "--workdir", type=Path, default=ROOT / "bench" / "out",
        help="where the generated and screened tables are written",
    )
    parser.add_argument("--json", type=Path, help="write the figures to this JSON file")
    parser.add_argument("--keep", action="store_true", help="keep the generated tables")
    parser.add_argument(
        "--pool", type=int, default=POOL, help="personal names pre-drawn and sampled from"
    )
    parser.add_argument(
        "--startup-runs", type=int, default=3, help="runs of each start-up command (median)"
    )
    args = parser.parse_args(argv)
    shapes = ("subsidy", "hotline") if args.shape == "both" else (args.shape,)
    figures = run(
        args.rows,
        args.reference_rows,
        args.seed,
        args.workdir,
        shapes,
        args.keep,
        log=lambda message: print(message, file=sys.stderr, flush=True),
        pool=args.pool,
        startup_runs=max(1, args.startup_runs),
    )
    print(report(figures))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(
            json.dumps(figures, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
