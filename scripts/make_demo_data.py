"""Generate govcat's bundled demo data under ``api/demo_data/``.

``govcat demo`` registers the departments in ``publishers.json`` as publishers, adds a
*directory harvest source* per department folder (``sources/<publisher code>/``) and a
*datajson source* per department catalogue (``portal/<publisher code>/data.json``, served
over HTTP while the demo harvests it), and harvests them. This script produces those
directories, plus ``README.md`` and ``expectations.json`` (the machine-readable facts tests
rely on).

The city is Hangzhou (杭州市, 330100) so that administrative division codes, districts,
streets and coordinates are real, but **every value is synthetic**: statistics are drawn
from plausible trends, and names come from a seeded Faker (zh_CN); resident ID numbers,
bank cards and mobile numbers are generated with valid check digits and do not belong to
anyone. Output is deterministic: each dataset has its own random source seeded from
``BASE_SEED`` and the dataset's name, so re-running reproduces byte-identical files
(for the pinned Faker version) and adding a dataset does not change the others.

Datasets that deliberately **fail Frictionless validation** (realistic hand-edited exports):

* ``hzjtj/出租汽车企业服务质量信誉考核结果（2023年度）.csv`` (``taxi-service-quality-2023``):
  a row appended by hand whose 备注 has an unquoted comma -> ``extra-cell``.
* ``hzrsj/人力资源服务机构名录.xlsx`` (``hr-service-agencies``): a notes column typed in
  without a header -> ``blank-label`` (Frictionless v5's name for a blank header).

Datasets carrying **personal information** the privacy screen must find (entities in
``expectations.json``): ``public-institution-recruitment-2024``,
``flexible-employment-subsidy-2024q1``, ``employment-subsidy-bank-payment-2024-03``,
``administrative-penalties-2024``, ``food-business-licenses-2024``,
``hotline-12345-market-2024q1``, ``ride-hailing-driver-permits-2024q2`` and, in 杭州市民政局's
data.json, the list of elderly care institutions (their heads and mobile numbers).

Run: ``.venv/bin/python scripts/make_demo_data.py [--out DIR]``.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import random
import re
import shutil
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import faker
import openpyxl
from faker import Faker
from openpyxl.styles import Font
from slugify import slugify

REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO / "api" / "demo_data"
BASE_SEED = 20240601

CITY = "杭州市"
CITY_CODE = "330100"
DEMO_NOTE = "本数据集为 govcat 演示用合成数据，数值与名单均由程序生成，不代表官方发布。"

# Entity labels used in expectations.json (the privacy screen's vocabulary).
PERSON = "PERSON"
CN_RESIDENT_ID = "CN_RESIDENT_ID"
CN_MOBILE = "CN_MOBILE"
BANK_CARD = "BANK_CARD"
EMAIL = "EMAIL_ADDRESS"
ORGANISATION = "ORGANISATION"  # not personal: the column also holds organisations' names


# --------------------------------------------------------------------------------------
# Geography of the city (real division codes, street and road names; rough centroids)
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class District:
    """A county-level division of the city."""

    code: str
    name: str
    lon: float
    lat: float
    population: float  # resident population, 10k persons (approximate scale only)
    gdp: float  # GDP, 100 million yuan (approximate scale only)
    urban: bool
    streets: tuple[str, ...]
    towns: tuple[str, ...]


def _district(
    code: str,
    name: str,
    lon: float,
    lat: float,
    population: float,
    gdp: float,
    urban: bool,
    streets: str,
    towns: str,
) -> District:
    """A District from space-separated street and town names (keeps the table compact)."""
    return District(
        code, name, lon, lat, population, gdp, urban, tuple(streets.split()), tuple(towns.split())
    )


# fmt: off
DISTRICTS: tuple[District, ...] = (
    _district("330102", "上城区", 120.197, 30.262, 138.0, 3100.0, True,
              "延安路 解放路 庆春路 望江路 秋涛路 钱江路 新塘路 凯旋路",
              "湖滨街道 清波街道 小营街道 望江街道 采荷街道 四季青街道 九堡街道 笕桥街道"),
    _district("330105", "拱墅区", 120.143, 30.319, 118.0, 1750.0, True,
              "莫干山路 湖墅南路 上塘路 大关路 登云路 丽水路 东新路 石祥路",
              "米市巷街道 湖墅街道 小河街道 大关街道 祥符街道 石桥街道 武林街道 朝晖街道"),
    _district("330106", "西湖区", 120.13, 30.272, 117.0, 2800.0, True,
              "文三路 文二路 文一西路 天目山路 古墩路 学院路 教工路 留和路",
              "北山街道 西溪街道 翠苑街道 古荡街道 文新街道 蒋村街道 三墩镇 留下街道"),
    _district("330108", "滨江区", 120.212, 30.208, 54.0, 2300.0, True,
              "江南大道 滨盛路 江陵路 长河路 滨安路 六和路",
              "西兴街道 长河街道 浦沿街道"),
    _district("330109", "萧山区", 120.264, 30.184, 205.0, 2350.0, True,
              "市心路 人民路 金城路 北干山南路 通惠路 萧绍路",
              "城厢街道 北干街道 蜀山街道 新塘街道 宁围街道 闻堰街道 瓜沥镇"),
    _district("330110", "余杭区", 119.99, 30.29, 135.0, 3050.0, True,
              "五常大道 文一西路 余杭塘路 良渚路 荆长大道",
              "五常街道 仓前街道 闲林街道 中泰街道 良渚街道 瓶窑镇 径山镇"),
    _district("330111", "富阳区", 119.96, 30.049, 84.0, 1020.0, False,
              "金桥北路 春秋北路 富春街 江滨西大道 桂花路",
              "富春街道 银湖街道 东洲街道 春江街道 新登镇"),
    _district("330112", "临安区", 119.724, 30.234, 65.0, 720.0, False,
              "钱王街 苕溪北街 万马路 衣锦街 城中街",
              "锦城街道 锦北街道 青山湖街道 玲珑街道 於潜镇"),
    _district("330113", "临平区", 120.299, 30.419, 117.0, 1120.0, True,
              "临平大道 世纪大道 人民大道 星光街 迎宾路 北沙路",
              "临平街道 南苑街道 东湖街道 星桥街道 乔司街道 塘栖镇"),
    _district("330114", "钱塘区", 120.493, 30.323, 83.0, 1010.0, True,
              "文泽路 学林街 下沙路 金沙大道 文渊路",
              "下沙街道 白杨街道 河庄街道 义蓬街道 新湾街道"),
    _district("330122", "桐庐县", 119.691, 29.793, 46.0, 470.0, False,
              "迎春南路 学圣路 白云源路 富春路",
              "桐君街道 城南街道 旧县街道 分水镇"),
    _district("330127", "淳安县", 119.042, 29.609, 33.0, 290.0, False,
              "新安大街 环湖北路 千岛湖大道 梦姑路",
              "千岛湖镇 文昌镇 石林镇 威坪镇"),
    _district("330182", "建德市", 119.281, 29.475, 44.0, 460.0, False,
              "新安路 严州大道 府东街 江滨路",
              "新安江街道 洋溪街道 更楼街道 梅城镇"),
)
# fmt: on

URBAN = tuple(d for d in DISTRICTS if d.urban)

# County codes a resident ID may carry, with the years they were in use (GB/T 2260).
# An ID's region is the one in force when the number was assigned; we keep it valid for
# the birth year, which is also what python-stdnum checks.
ID_REGIONS: tuple[tuple[str, int, int, int], ...] = (
    # code, first year, last year, weight
    ("330102", 1983, 2100, 8),
    ("330103", 1983, 2021, 6),
    ("330104", 1983, 2021, 6),
    ("330105", 1983, 2100, 6),
    ("330106", 1983, 2100, 8),
    ("330108", 1996, 2100, 3),
    ("330109", 2001, 2100, 5),
    ("330110", 2001, 2100, 5),
    ("330121", 1900, 1987, 5),
    ("330122", 1900, 2100, 3),
    ("330123", 1900, 1994, 3),
    ("330124", 1900, 1996, 2),
    ("330125", 1900, 1994, 3),
    ("330126", 1900, 1992, 2),
    ("330127", 1900, 2100, 2),
    ("330181", 1989, 2001, 4),
    ("330182", 1992, 2100, 2),
    ("330183", 1994, 2014, 2),
    ("330184", 1994, 2001, 2),
    ("330185", 1996, 2017, 2),
)
# Elsewhere in Zhejiang and Anhui (for a workforce that is partly from outside the city).
ID_REGIONS_OUTSIDE: tuple[tuple[str, int, int, int], ...] = (
    ("330302", 1984, 2100, 2),
    ("330381", 1989, 2100, 2),
    ("330602", 1983, 2100, 2),
    ("331002", 1994, 2100, 1),
    ("340822", 1988, 2100, 2),
    ("341821", 2000, 2100, 1),
)

MOBILE_PREFIXES = (
    "130",
    "131",
    "132",
    "133",
    "134",
    "135",
    "136",
    "137",
    "138",
    "139",
    "147",
    "150",
    "151",
    "152",
    "153",
    "155",
    "156",
    "157",
    "158",
    "159",
    "166",
    "173",
    "177",
    "178",
    "180",
    "181",
    "182",
    "183",
    "185",
    "186",
    "187",
    "188",
    "189",
    "191",
    "195",
    "198",
    "199",
)
# UnionPay debit card BINs (issuer, prefix, length).
BANK_BINS = (
    ("中国工商银行", "622202", 19),
    ("中国农业银行", "622848", 19),
    ("中国建设银行", "621700", 19),
    ("中国银行", "621661", 19),
    ("中国邮政储蓄银行", "621799", 19),
)
BRAND_CHARS = "恒信锦华瑞丰鼎盛佳禾润泽博远誉达新源宏泰兴隆德昌汇通安康诚益顺和聚福嘉晟睿卓越明辰星"
EMAIL_DOMAINS = ("example.com", "example.net", "example.org")
# Faker's zh_CN male given names include a few that read as female; skip them.
UNISEX_EXCLUDED = frozenset({"红霞", "楠", "欢"})


# --------------------------------------------------------------------------------------
# Deterministic generators
# --------------------------------------------------------------------------------------


def resident_id_check_digit(body: str) -> str:
    """ISO 7064 MOD 11-2 check character of the first 17 digits of a resident ID."""
    total = sum(int(c) * (2 ** (17 - i) % 11) for i, c in enumerate(body))
    return "10X98765432"[total % 11]


def luhn_check_digit(body: str) -> str:
    """Luhn check digit to append to ``body``."""
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def org_code_check_digit(body: str) -> str:
    """GB 11714 check character of an 8-character organization code."""
    weights = (3, 7, 9, 10, 5, 8, 4, 2)
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    total = sum(alphabet.index(c) * w for c, w in zip(body, weights, strict=False))
    check = 11 - total % 11
    return {10: "X", 11: "0"}.get(check, str(check))


def uscc_check_digit(body: str) -> str:
    """GB 32100 check character of the first 17 characters of a USCC."""
    alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    weights = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
    total = sum(alphabet.index(c) * w for c, w in zip(body, weights, strict=False))
    return alphabet[(31 - total) % 31]


def seed_for(key: str) -> int:
    """A stable 64-bit seed derived from ``BASE_SEED`` and ``key``."""
    digest = hashlib.sha256(f"{BASE_SEED}:{key}".encode()).digest()
    return int.from_bytes(digest[:8], "big")


class Gen:
    """Deterministic random source for one dataset: ``random.Random`` plus a seeded Faker."""

    def __init__(self, key: str) -> None:
        seed = seed_for(key)
        self.rng = random.Random(seed)
        self.fake = Faker("zh_CN")
        self.fake.seed_instance(seed)
        self._used_names: set[str] = set()

    # -- basic draws --------------------------------------------------------------------
    def choice(self, seq: Sequence[Any]) -> Any:
        return self.rng.choice(seq)

    def weighted(self, options: Sequence[tuple[Any, float]]) -> Any:
        values, weights = zip(*options, strict=True)
        return self.rng.choices(values, weights=weights, k=1)[0]

    def uniform(self, lo: float, hi: float) -> float:
        return self.rng.uniform(lo, hi)

    def randint(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)

    def date_between(self, start: date, end: date) -> date:
        return start + timedelta(days=self.rng.randint(0, (end - start).days))

    def workday_between(self, start: date, end: date) -> date:
        day = self.date_between(start, end)
        while day.weekday() >= 5:
            day -= timedelta(days=1)
        return max(day, start)

    def district(self, weighted_by_population: bool = True) -> District:
        if weighted_by_population:
            return self.weighted([(d, d.population) for d in DISTRICTS])
        return self.choice(DISTRICTS)

    # -- people -------------------------------------------------------------------------
    def person(self, male: bool | None = None) -> tuple[str, bool]:
        """A synthetic Chinese full name and sex (True = male); unique within the dataset."""
        if male is None:
            male = self.rng.random() < 0.5
        name = ""
        for _ in range(50):
            given = self.fake.first_name_male() if male else self.fake.first_name_female()
            if given in UNISEX_EXCLUDED:
                continue
            name = self.fake.last_name() + given
            if name not in self._used_names:
                break
        self._used_names.add(name)
        return name, male

    @staticmethod
    def masked(name: str) -> str:
        """How publications usually anonymize a name: 张伟 -> 张某某."""
        surname = name[:2] if name[:2] in ("欧阳", "上官", "司马", "诸葛") else name[0]
        return surname + "某某"

    def birth_date(self, first_year: int, last_year: int) -> date:
        return self.date_between(date(first_year, 1, 1), date(last_year, 12, 31))

    def resident_id(self, birth: date, male: bool, outside_share: float = 0.0) -> str:
        """An 18-digit resident ID with a region valid at ``birth`` and a correct check digit."""
        outside = self.rng.random() < outside_share
        regions = [
            (code, w)
            for code, lo, hi, w in (ID_REGIONS_OUTSIDE if outside else ID_REGIONS)
            if lo <= birth.year <= hi
        ]
        if not regions:  # no outside code was in force that year
            regions = [(code, w) for code, lo, hi, w in ID_REGIONS if lo <= birth.year <= hi]
        region = self.weighted(regions)
        seq = self.rng.randint(0, 499) * 2 + (1 if male else 0)  # odd = male, even = female
        body = f"{region}{birth:%Y%m%d}{seq:03d}"
        return body + resident_id_check_digit(body)

    def mobile(self) -> str:
        return self.choice(MOBILE_PREFIXES) + f"{self.rng.randint(0, 99_999_999):08d}"

    def email(self) -> str:
        """A personal-looking address on a reserved example domain (RFC 2606)."""
        return f"{self.fake.user_name()}{self.rng.randint(1, 999)}@{self.choice(EMAIL_DOMAINS)}"

    def bank_card(self) -> tuple[str, str]:
        """(issuing bank, Luhn-valid UnionPay debit card number)."""
        bank, prefix, length = self.choice(BANK_BINS)
        body = prefix + "".join(
            str(self.rng.randint(0, 9)) for _ in range(length - len(prefix) - 1)
        )
        return bank, body + luhn_check_digit(body)

    # -- organizations -------------------------------------------------------------------
    def uscc(self, region: str, individual: bool = False, prefix: str | None = None) -> str:
        """A Unified Social Credit Code: 91 (enterprise) or 92 (individual business), or the
        ``prefix`` given: 12 (public institution, organisation code "MB…") or 52 (social
        service organisation registered by civil affairs, "MJ…")."""
        if prefix in ("12", "52"):
            org = {"12": "MB", "52": "MJ"}[prefix] + "".join(
                self.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6)
            )
            body = f"{prefix}{region}{org}{org_code_check_digit(org)}"
            return body + uscc_check_digit(body)
        prefix = "92" if individual else "91"
        if self.rng.random() < 0.6:  # codes issued since 2015 carry "MA" + 6 characters
            org = "MA" + "".join(self.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
        else:
            org = "".join(str(self.rng.randint(0, 9)) for _ in range(8))
        org += org_code_check_digit(org)
        body = f"{prefix}{region}{org}"
        return body + uscc_check_digit(body)

    def brand(self) -> str:
        return "".join(self.rng.sample(BRAND_CHARS, 2))

    def company(self, trade: str, form: str = "有限公司") -> str:
        return f"杭州{self.brand()}{trade}{form}"

    def address(self, district: District) -> str:
        return f"{CITY}{district.name}{self.choice(district.streets)}{self.rng.randint(1, 999)}号"

    def point_near(self, district: District, spread: float = 0.05) -> tuple[float, float]:
        """A (lon, lat) near a district's centre, rounded to 6 decimals (WGS-84)."""
        lon = district.lon + self.rng.gauss(0, spread)
        lat = district.lat + self.rng.gauss(0, spread * 0.8)
        return round(lon, 6), round(lat, 6)


# --------------------------------------------------------------------------------------
# Tables and writers
# --------------------------------------------------------------------------------------


@dataclass
class Table:
    """A rectangular table; ``raw_tail`` lines are appended verbatim to a CSV (hand edits)."""

    header: list[str]
    rows: list[list[Any]]
    raw_tail: list[str] = field(default_factory=list)

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.header, row, strict=True)) for row in self.rows]


def cell_text(value: Any) -> str:
    """How a value is written to CSV."""
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return str(value)


def write_csv(path: Path, table: Table, encoding: str = "utf-8") -> None:
    """Write a CSV. ``utf-8-sig`` adds a BOM; GB18030/GBK files use CRLF like Windows exports."""
    crlf = encoding not in ("utf-8",)
    newline = "\r\n" if crlf else "\n"
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator=newline)
    writer.writerow(table.header)
    for row in table.rows:
        writer.writerow([cell_text(v) for v in row])
    for line in table.raw_tail:
        buf.write(line + newline)
    path.write_bytes(buf.getvalue().encode(encoding))


FIXED_TIME = datetime(2024, 6, 28, 9, 0, 0)


def write_xlsx(path: Path, table: Table, sheet_title: str) -> None:
    """Write a one-sheet workbook, then re-zip it with fixed timestamps (reproducible bytes)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet_title
    ws.append([h if h else None for h in table.header])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in table.rows:
        ws.append(row)
    for col in ws.columns:
        width = max(len(str(c.value)) if c.value is not None else 0 for c in col)
        ws.column_dimensions[col[0].column_letter].width = min(max(width * 1.6, 8), 60)
    wb.properties.creator = "govcat demo"
    wb.properties.created = FIXED_TIME
    raw = io.BytesIO()
    wb.save(raw)  # openpyxl stamps dcterms:modified with the current time here
    raw.seek(0)
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + stamp, data)
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, data)
    path.write_bytes(out.getvalue())


def write_json(path: Path, obj: Any) -> None:
    path.write_text(json.dumps(obj, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def add_years(day: date, years: int) -> date:
    """``day`` moved by ``years`` (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def town_short(town: str) -> str:
    """湖滨街道 -> 湖滨, 三墩镇 -> 三墩."""
    return town.removesuffix("街道").removesuffix("镇")


def months(start: date, count: int) -> list[date]:
    """First days of ``count`` consecutive months from ``start``."""
    out = []
    y, m = start.year, start.month
    for _ in range(count):
        out.append(date(y, m, 1))
        m += 1
        if m > 12:
            y, m = y + 1, 1
    return out


def r1(x: float) -> float:
    return round(x, 1)


def r2(x: float) -> float:
    return round(x, 2)


# --------------------------------------------------------------------------------------
# Publishers and metadata helpers
# --------------------------------------------------------------------------------------

PUBLISHER_NOTE = "（govcat 演示部门，数据为合成数据）"
PUBLISHERS: list[dict[str, Any]] = [
    {
        "code": "hztjj",
        "name": "杭州市统计局",
        "name_en": "Hangzhou Municipal Bureau of Statistics",
        "description": (
            "负责全市统计调查、国民经济核算和统计信息发布，"
            "开放人口、经济运行、价格与居民收支等统计数据。" + PUBLISHER_NOTE
        ),
    },
    {
        "code": "hzrsj",
        "name": "杭州市人力资源和社会保障局",
        "name_en": "Hangzhou Municipal Human Resources and Social Security Bureau",
        "description": (
            "负责全市就业创业、社会保险、人才人事和劳动关系工作，"
            "开放就业、参保、工资标准及各类补贴公示数据。" + PUBLISHER_NOTE
        ),
        # The department's privacy policy (govcat publisher policy): a payment list says
        # who was paid, never into which account; birth dates are published as years.
        "privacy_policy": {"actions": {"BANK_CARD": "drop", "DATE_OF_BIRTH": "generalize"}},
    },
    {
        "code": "hzscjg",
        "name": "杭州市市场监督管理局",
        "name_en": "Hangzhou Administration for Market Regulation",
        "description": (
            "负责市场主体登记、食品安全监管、行政执法和消费维权工作，"
            "开放登记注册统计、抽检结果、行政许可与行政处罚公示等数据。" + PUBLISHER_NOTE
        ),
    },
    {
        "code": "hzjtj",
        "name": "杭州市交通运输局",
        "name_en": "Hangzhou Municipal Transportation Bureau",
        "description": (
            "负责全市综合交通运输规划与管理，"
            "开放公交线路与站点、公共充电设施、公共自行车、客运量及运输行业许可等数据。"
            + PUBLISHER_NOTE
        ),
    },
    {
        "code": "hzmzj",
        "name": "杭州市民政局",
        "name_en": "Hangzhou Municipal Civil Affairs Bureau",
        "description": (
            "负责全市社会救助、养老服务、婚姻登记和社会组织管理工作，"
            "通过本部门的数据开放目录（data.json）开放养老机构、最低生活保障和婚姻登记服务等数据。"
            + PUBLISHER_NOTE
        ),
    },
]

OFFICES: dict[str, dict[str, tuple[str, str]]] = {
    # publisher -> office -> (email local part, phone suffix); phones use the unassigned
    # 0571-1xxxxxxx range so they cannot reach a real line.
    "hztjj": {
        "综合处": ("tjj-zhc", "12340101"),
        "人口和就业统计处": ("tjj-rkc", "12340102"),
        "国民经济核算处": ("tjj-hsc", "12340103"),
        "工业统计处": ("tjj-gyc", "12340104"),
        "住户调查处": ("tjj-zhdc", "12340105"),
    },
    "hzrsj": {
        "就业促进处": ("rsj-jyc", "12340201"),
        "社会保险处": ("rsj-sbc", "12340202"),
        "劳动关系处": ("rsj-ldgx", "12340203"),
        "事业单位人事管理处": ("rsj-sydw", "12340204"),
        "人力资源市场处": ("rsj-scc", "12340205"),
    },
    "hzscjg": {
        "登记注册局": ("scjg-djc", "12340301"),
        "食品安全抽检监测处": ("scjg-cjc", "12340302"),
        "执法稽查局": ("scjg-jcj", "12340303"),
        "食品经营监管处": ("scjg-jyc", "12340304"),
        "消费者权益保护处": ("scjg-xbc", "12340305"),
        "信用监督管理处": ("scjg-xyc", "12340306"),
    },
    "hzjtj": {
        "综合规划处": ("jtj-ghc", "12340401"),
        "城市客运管理处": ("jtj-kyc", "12340402"),
        "科技信息处": ("jtj-kjc", "12340403"),
        "运输管理处": ("jtj-ysc", "12340404"),
    },
    "hzmzj": {
        "养老服务处": ("mzj-ylc", "12340501"),
        "社会救助处": ("mzj-jzc", "12340502"),
        "社会事务处": ("mzj-swc", "12340503"),
    },
}


def meta(publisher: str, office: str, **fields: Any) -> dict[str, Any]:
    """Dataset metadata with the publisher's contact point and common defaults filled in.

    Keyword names are the sidecar fields; the demo note is appended to ``description``.
    """
    email, phone = OFFICES[publisher][office]
    md: dict[str, Any] = {}
    for key in (
        "name",
        "title",
        "title_en",
        "description",
        "theme",
        "keywords",
        "open_condition",
        "legal_basis",
        "access_conditions",
        "license",
        "update_frequency",
        "issued",
        "modified",
        "temporal_start",
        "temporal_end",
        "spatial",
    ):
        if key in fields:
            md[key] = fields.pop(key)
    md["description"] = md["description"] + DEMO_NOTE
    md.setdefault("open_condition", "unconditional")
    if md["open_condition"] == "unconditional":
        md.setdefault("license", "CC-BY-4.0")
    md.setdefault("spatial", CITY_CODE)
    md["contact_point"] = {
        "name": office,
        "email": f"{email}@example.gov.cn",
        "phone": f"0571-{phone}",
    }
    md["language"] = fields.pop("language", "zh-CN")
    if "resources" in fields:
        md["resources"] = fields.pop("resources")
    if fields:
        raise TypeError(f"unknown metadata fields: {sorted(fields)}")
    return md


# --------------------------------------------------------------------------------------
# Dataset builders: 杭州市统计局 (hztjj)
# --------------------------------------------------------------------------------------


def population_by_district(g: Gen) -> Table:
    """District resident population 2021–2023, with a city total row per year."""
    header = [
        "年份",
        "区划代码",
        "区县",
        "年末常住人口(万人)",
        "男性(万人)",
        "女性(万人)",
        "城镇人口(万人)",
        "城镇化率(%)",
        "出生率(‰)",
        "死亡率(‰)",
        "自然增长率(‰)",
    ]
    rows: list[list[Any]] = []
    for year in (2021, 2022, 2023):
        totals = [0.0, 0.0, 0.0, 0.0]
        births = deaths = 0.0
        year_rows = []
        for d in DISTRICTS:
            pop = d.population * (1 + 0.018 * (year - 2023)) * g.uniform(0.985, 1.015)
            male = pop * g.uniform(0.512, 0.528)
            urban_rate = g.uniform(0.93, 0.995) if d.urban else g.uniform(0.55, 0.72)
            birth = g.uniform(5.2, 7.8) - 0.6 * (year - 2021)
            death = g.uniform(4.8, 6.9) if d.urban else g.uniform(6.2, 8.4)
            year_rows.append(
                [
                    year,
                    d.code,
                    d.name,
                    r2(pop),
                    r2(male),
                    r2(pop - male),
                    r2(pop * urban_rate),
                    r2(urban_rate * 100),
                    r2(birth),
                    r2(death),
                    r2(birth - death),
                ]
            )
            totals = [
                totals[0] + pop,
                totals[1] + male,
                totals[2] + pop - male,
                totals[3] + pop * urban_rate,
            ]
            births += birth * pop
            deaths += death * pop
        b, dth = births / totals[0], deaths / totals[0]
        rows.append(
            [
                year,
                CITY_CODE,
                "全市",
                r2(totals[0]),
                r2(totals[1]),
                r2(totals[2]),
                r2(totals[3]),
                r2(totals[3] / totals[0] * 100),
                r2(b),
                r2(dth),
                r2(b - dth),
            ]
        )
        rows.extend(year_rows)
    return Table(header, rows)


def population_by_age(g: Gen) -> Table:
    """Resident population by five-year age group and sex (sample survey extrapolation)."""
    header = ["年份", "年龄组", "男性(人)", "女性(人)", "合计(人)", "占总人口比重(%)"]
    groups = [f"{a}-{a + 4}岁" for a in range(0, 85, 5)] + ["85岁及以上"]
    # shape of Hangzhou's age pyramid: a bulge at 25–44 (in-migration)
    shape = [
        4.0,
        4.6,
        4.4,
        4.0,
        5.2,
        8.9,
        10.4,
        9.6,
        8.3,
        7.4,
        7.1,
        6.9,
        5.9,
        4.9,
        3.6,
        2.2,
        1.4,
        1.2,
    ]
    rows: list[list[Any]] = []
    for year, total in ((2022, 12_376_000), (2023, 12_522_000)):
        weights = [s * g.uniform(0.97, 1.03) for s in shape]
        scale = total / sum(weights)
        for i, (label, w) in enumerate(zip(groups, weights, strict=True)):
            people = round(w * scale)
            male_share = 0.53 if i < 12 else 0.49 - 0.01 * (i - 12)
            male = round(people * male_share * g.uniform(0.99, 1.01))
            rows.append([year, label, male, people - male, people, r2(people / total * 100)])
    return Table(header, rows)


def population_history(g: Gen) -> Table:
    """Year-end resident and registered population, births and deaths since 2000."""
    header = [
        "年份",
        "年末常住人口(万人)",
        "年末户籍人口(万人)",
        "出生人口(人)",
        "死亡人口(人)",
        "常住人口净增(万人)",
    ]
    rows: list[list[Any]] = []
    resident, registered = 688.0, 621.0
    for year in range(2000, 2024):
        growth = (
            g.uniform(8, 14)
            if year < 2010
            else g.uniform(12, 20)
            if year < 2017
            else g.uniform(30, 56)
            if year < 2021
            else g.uniform(15, 25)
        )
        prev = resident
        resident += growth if year > 2000 else 0
        registered += g.uniform(4, 9) if year < 2016 else g.uniform(12, 22)
        birth_rate = (
            0.0095 if year < 2016 else 0.0115 if year < 2018 else 0.0085 - 0.0004 * (year - 2018)
        )
        births = round(resident * 10_000 * birth_rate * g.uniform(0.96, 1.04))
        deaths = round(resident * 10_000 * 0.0058 * g.uniform(0.95, 1.05))
        rows.append([year, r1(resident), r1(registered), births, deaths, r1(resident - prev)])
    return Table(header, rows)


def economy_main_indicators(g: Gen) -> Table:
    """Monthly cumulative key indicators; January is published together with February."""
    header = [
        "统计期",
        "规模以上工业增加值累计增速(%)",
        "固定资产投资累计增速(%)",
        "社会消费品零售总额累计(亿元)",
        "社会消费品零售总额累计增速(%)",
        "货物进出口总额累计(亿元)",
        "一般公共预算收入累计(亿元)",
        "居民消费价格累计涨幅(%)",
        "城镇调查失业率(%)",
    ]
    annual_retail = {2022: 7294.0, 2023: 7671.0, 2024: 8050.0}
    annual_trade = {2022: 7565.0, 2023: 7723.0, 2024: 8100.0}
    annual_revenue = {2022: 2451.0, 2023: 2616.0, 2024: 2700.0}
    rows: list[list[Any]] = []
    for m in months(date(2022, 2, 1), 29):
        if m.month == 1:
            continue
        frac = m.month / 12 * g.uniform(0.97, 1.03)
        label = f"{m.year}年1-2月" if m.month == 2 else f"{m.year}年1-{m.month}月"
        rows.append(
            [
                label,
                r1(g.uniform(-1.5, 9.5)),
                r1(g.uniform(-3.0, 8.5)),
                r1(annual_retail[m.year] * frac),
                r1(g.uniform(2.0, 9.0)),
                r1(annual_trade[m.year] * frac),
                r1(annual_revenue[m.year] * frac * g.uniform(1.05, 1.15)),
                r1(g.uniform(0.1, 2.1)),
                r1(g.uniform(3.6, 4.6)),
            ]
        )
    return Table(header, rows)


def cpi_monthly(g: Gen) -> Table:
    """CPI by category, 24 months (index, previous period = 100)."""
    header = [
        "月份",
        "类别",
        "同比指数(上年同月=100)",
        "环比指数(上月=100)",
        "累计指数(上年同期=100)",
    ]
    categories = [
        "居民消费价格总指数",
        "食品烟酒",
        "衣着",
        "居住",
        "生活用品及服务",
        "交通通信",
        "教育文化娱乐",
        "医疗保健",
        "其他用品及服务",
    ]
    volatility = {"食品烟酒": 2.8, "交通通信": 2.2, "衣着": 0.9}
    rows: list[list[Any]] = []
    for m in months(date(2022, 7, 1), 24):
        for cat in categories:
            vol = volatility.get(cat, 0.8)
            yoy = 100 + g.uniform(-vol, vol) + (0.6 if m.year == 2022 else 0.0)
            mom = 100 + g.uniform(-vol / 2.5, vol / 2.5)
            cum = (yoy + 100 + g.uniform(-0.3, 0.3)) / 2 if m.month > 1 else yoy
            rows.append([f"{m.year}年{m.month}月", cat, r1(yoy), r1(mom), r1(cum)])
    return Table(header, rows)


def household_income(g: Gen) -> Table:
    """Per-capita disposable income and consumption, cumulative by quarter."""
    header = [
        "年份",
        "统计期",
        "全体居民人均可支配收入(元)",
        "全体居民收入增速(%)",
        "城镇居民人均可支配收入(元)",
        "城镇居民收入增速(%)",
        "农村居民人均可支配收入(元)",
        "农村居民收入增速(%)",
        "全体居民人均消费支出(元)",
        "全体居民消费支出增速(%)",
    ]
    periods = (("一季度", 0.27), ("上半年", 0.50), ("前三季度", 0.75), ("全年", 1.0))
    base = {
        2019: 59261.0,
        2020: 61879.0,
        2021: 67709.0,
        2022: 70281.0,
        2023: 73797.0,
        2024: 77000.0,
    }
    rows: list[list[Any]] = []
    for year in range(2019, 2025):
        for label, share in periods:
            if year == 2024 and share > 0.5:
                break
            total = base[year] * share * g.uniform(0.985, 1.015)
            urban, rural = total * 1.095, total * 0.665
            consumption = total * g.uniform(0.62, 0.68)
            growth = 2.5 if year == 2020 else g.uniform(4.0, 9.5)
            rows.append(
                [
                    year,
                    label,
                    round(total),
                    r1(growth),
                    round(urban),
                    r1(growth - g.uniform(0.2, 0.8)),
                    round(rural),
                    r1(growth + g.uniform(0.5, 1.6)),
                    round(consumption),
                    r1(g.uniform(-4.0, 3.0) if year == 2020 else g.uniform(3.0, 11.0)),
                ]
            )
    return Table(header, rows)


def district_indicators(g: Gen) -> Table:
    """Key economic indicators by district 2019–2023 (English column names)."""
    header = [
        "year",
        "division_code",
        "district",
        "gdp",
        "gdp_growth",
        "primary_industry",
        "secondary_industry",
        "tertiary_industry",
        "fiscal_revenue",
        "resident_population",
    ]
    rows: list[list[Any]] = []
    for year in range(2019, 2024):
        for d in DISTRICTS:
            gdp = d.gdp * (1 - 0.055 * (2023 - year)) * g.uniform(0.98, 1.02)
            primary = gdp * (g.uniform(0.002, 0.01) if d.urban else g.uniform(0.05, 0.12))
            secondary = gdp * (
                g.uniform(0.18, 0.45)
                if d.code not in ("330102", "330106")
                else g.uniform(0.08, 0.16)
            )
            pop = d.population * (1 - 0.018 * (2023 - year))
            rows.append(
                [
                    year,
                    d.code,
                    d.name,
                    r2(gdp),
                    r1(g.uniform(-1.0, 2.5) if year == 2020 else g.uniform(3.5, 9.0)),
                    r2(primary),
                    r2(secondary),
                    r2(gdp - primary - secondary),
                    r2(gdp * g.uniform(0.07, 0.11)),
                    r2(pop),
                ]
            )
    return Table(header, rows)


def district_indicators_package() -> dict[str, Any]:
    """Frictionless Data Package descriptor (with Table Schema) for ``district_indicators``."""

    def num(name: str, title: str, unit_note: str) -> dict[str, Any]:
        return {
            "name": name,
            "type": "number",
            "title": title,
            "description": unit_note,
            "constraints": {"required": True},
        }

    return {
        "profile": "tabular-data-package",
        "name": "district-key-indicators",
        "title": "分区县主要经济指标（2019—2023年）",
        "description": "杭州市各区、县（市）2019年至2023年地区生产总值、三次产业增加值、"
        "一般公共预算收入和常住人口等主要指标，"
        "按现行行政区划口径整理。地区生产总值增速按可比价格计算。" + DEMO_NOTE,
        "keywords": ["地区生产总值", "区县", "三次产业", "统计年鉴"],
        # an additional property (allowed by the Data Package spec): govcat's own metadata fields
        "govcat": {
            "title_en": "Key economic indicators by district (2019–2023)",
            "theme": "经济管理",
            "update_frequency": "annual",
            "issued": "2024-04-20",
            "modified": "2024-04-20",
            "temporal_start": "2019-01-01",
            "temporal_end": "2023-12-31",
            "spatial": CITY_CODE,
            "contact_point": {
                "name": "国民经济核算处",
                "email": "tjj-hsc@example.gov.cn",
                "phone": "0571-12340103",
            },
        },
        "licenses": [
            {
                "name": "CC-BY-4.0",
                "title": "Creative Commons Attribution 4.0",
                "path": "https://creativecommons.org/licenses/by/4.0/",
            }
        ],
        "contributors": [
            {
                "title": "杭州市统计局 国民经济核算处",
                "email": "tjj-hsc@example.gov.cn",
                "role": "publisher",
            }
        ],
        "created": "2024-04-20T09:00:00Z",
        "resources": [
            {
                "profile": "tabular-data-resource",
                "name": "district_indicators",
                "title": "Key economic indicators by district, 2019–2023",
                "path": "district_indicators.csv",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": {
                    "fields": [
                        {
                            "name": "year",
                            "type": "integer",
                            "title": "年份",
                            "constraints": {"required": True, "minimum": 2019, "maximum": 2023},
                        },
                        {
                            "name": "division_code",
                            "type": "string",
                            "title": "区划代码",
                            "constraints": {"required": True, "pattern": "3301[0-9]{2}"},
                        },
                        {
                            "name": "district",
                            "type": "string",
                            "title": "区县",
                            "constraints": {"required": True},
                        },
                        num("gdp", "地区生产总值", "亿元，当年价"),
                        num("gdp_growth", "地区生产总值增速", "%，可比价"),
                        num("primary_industry", "第一产业增加值", "亿元"),
                        num("secondary_industry", "第二产业增加值", "亿元"),
                        num("tertiary_industry", "第三产业增加值", "亿元"),
                        num("fiscal_revenue", "一般公共预算收入", "亿元"),
                        num("resident_population", "年末常住人口", "万人"),
                    ],
                    "primaryKey": ["year", "division_code"],
                },
            }
        ],
    }


INDUSTRIES = (
    ("C3971", "电子元件及电子专用材料制造", "电子科技"),
    ("C3989", "其他电子元件制造", "电子"),
    ("C2651", "初级形态塑料及合成树脂制造", "新材料"),
    ("C1713", "棉印染精加工", "印染"),
    ("C3360", "金属表面处理及热处理加工", "金属制品"),
    ("C3484", "机械零部件加工", "机械"),
    ("C3670", "汽车零部件及配件制造", "汽车部件"),
    ("C3824", "电力电子元器件制造", "电气"),
    ("C2710", "化学药品原料药制造", "制药"),
    ("C1495", "食品及饲料添加剂制造", "生物科技"),
    ("C2231", "纸和纸板容器制造", "包装"),
    ("C1810", "机织服装制造", "服饰"),
    ("C3891", "电气信号设备装置制造", "智能科技"),
    ("C4090", "其他仪器仪表制造业", "仪器"),
)


def industrial_enterprises(g: Gen) -> Table:
    """Enterprise-level register of industrial enterprises above designated size."""
    header = [
        "统一社会信用代码",
        "企业名称",
        "区划代码",
        "所在区县",
        "国民经济行业代码",
        "行业名称",
        "营业收入(万元)",
        "利润总额(万元)",
        "从业人员平均人数(人)",
        "登记注册类型",
    ]
    rows: list[list[Any]] = []
    industrial = [d for d in DISTRICTS if d.code not in ("330102", "330105")]
    for _ in range(220):
        d = g.weighted([(x, x.gdp) for x in industrial])
        code, label, trade = g.choice(INDUSTRIES)
        revenue = round(2000 * (1 / (1 - g.rng.random()) ** 0.6) + g.uniform(0, 800))
        kind = g.weighted(
            [("有限责任公司", 60), ("股份有限公司", 12), ("私营企业", 18), ("外商投资企业", 10)]
        )
        rows.append(
            [
                g.uscc(d.code),
                g.company(trade, "股份有限公司" if kind == "股份有限公司" else "有限公司"),
                d.code,
                d.name,
                code,
                label,
                revenue,
                round(revenue * g.uniform(-0.03, 0.12)),
                max(20, round(revenue / g.uniform(60, 180))),
                kind,
            ]
        )
    rows.sort(key=lambda r: (r[2], r[0]))
    return Table(header, rows)


# --------------------------------------------------------------------------------------
# 杭州市人力资源和社会保障局 (hzrsj)
# --------------------------------------------------------------------------------------


def urban_new_employment(g: Gen) -> Table:
    header = [
        "统计月份",
        "区划代码",
        "区县",
        "城镇新增就业人数(人)",
        "失业人员再就业人数(人)",
        "就业困难人员实现就业人数(人)",
        "期末城镇登记失业人数(人)",
    ]
    rows: list[list[Any]] = []
    for m in months(date(2023, 1, 1), 18):
        season = 0.7 if m.month == 2 else 1.25 if m.month in (3, 7) else 1.0
        for d in DISTRICTS:
            new = round(d.population * 22 * season * g.uniform(0.85, 1.15))
            rows.append(
                [
                    f"{m:%Y-%m}",
                    d.code,
                    d.name,
                    new,
                    round(new * g.uniform(0.18, 0.26)),
                    round(new * g.uniform(0.03, 0.06)),
                    round(d.population * 95 * g.uniform(0.9, 1.1)),
                ]
            )
    return Table(header, rows)


def social_insurance_enrollment(g: Gen) -> Table:
    header = [
        "统计月份",
        "企业职工基本养老保险参保人数(万人)",
        "机关事业单位养老保险参保人数(万人)",
        "城乡居民基本养老保险参保人数(万人)",
        "失业保险参保人数(万人)",
        "工伤保险参保人数(万人)",
        "领取基本养老金人数(万人)",
    ]
    rows: list[list[Any]] = []
    enterprise, rural, unemployment, injury, pensioners = 862.0, 196.0, 618.0, 705.0, 241.0
    for m in months(date(2021, 7, 1), 36):
        enterprise += g.uniform(1.2, 4.0) - (3.0 if m.month == 2 else 0)
        rural -= g.uniform(0.05, 0.4)
        unemployment += g.uniform(0.8, 3.0) - (2.5 if m.month == 2 else 0)
        injury += g.uniform(0.8, 3.2)
        pensioners += g.uniform(0.3, 0.8)
        rows.append(
            [
                f"{m:%Y-%m}",
                r2(enterprise),
                r2(38.6 + g.uniform(-0.3, 0.3)),
                r2(rural),
                r2(unemployment),
                r2(injury),
                r2(pensioners),
            ]
        )
    return Table(header, rows)


def minimum_wage(g: Gen) -> Table:
    header = [
        "执行日期",
        "区划代码",
        "适用地区",
        "档次",
        "月最低工资标准(元)",
        "非全日制工作小时最低工资标准(元)",
    ]
    standards = (  # date, {tier: (monthly, hourly)}
        ("2015-11-01", {"一档": (1860, 17.0), "二档": (1660, 15.0), "三档": (1530, 13.8)}),
        ("2017-12-01", {"一档": (2010, 18.4), "二档": (1800, 16.5), "三档": (1660, 15.0)}),
        ("2021-08-01", {"一档": (2280, 22.0), "二档": (2070, 20.0), "三档": (1840, 18.0)}),
        ("2024-07-01", {"一档": (2490, 24.0), "二档": (2260, 22.0), "三档": (2010, 20.0)}),
    )
    tiers = {"330122": "二档", "330182": "二档", "330127": "三档"}
    rows = [
        [day, d.code, d.name, tiers.get(d.code, "一档"), *values[tiers.get(d.code, "一档")]]
        for day, values in standards
        for d in DISTRICTS
    ]
    return Table(header, rows)


RECRUITING_UNITS = {
    "杭州市就业管理服务中心": ("就业服务", "综合管理", "信息技术"),
    "杭州市社会保险管理服务中心": ("社保经办", "财务会计", "信息技术"),
    "杭州市人事考试院": ("考试组织", "综合文字"),
    "杭州市劳动人事争议仲裁院": ("仲裁员", "法律事务"),
    "杭州市职业能力建设指导中心": ("职业技能鉴定", "综合管理"),
    "杭州技师学院": ("机电一体化教师", "计算机教师", "学生管理"),
}
UNIVERSITIES = (
    "浙江大学",
    "浙江工业大学",
    "杭州电子科技大学",
    "浙江师范大学",
    "浙江工商大学",
    "中国计量大学",
    "杭州师范大学",
    "浙江理工大学",
    "宁波大学",
    "浙江财经大学",
    "华东政法大学",
    "南京大学",
    "上海财经大学",
    "武汉大学",
    "浙江科技大学",
)


def recruitment_list(g: Gen) -> Table:
    """拟聘用人员公示: names, birth month, education, exam ticket numbers and scores."""
    header = [
        "序号",
        "招聘单位",
        "岗位名称",
        "姓名",
        "性别",
        "出生年月",
        "学历",
        "毕业院校",
        "准考证号",
        "笔试成绩",
        "面试成绩",
        "总成绩",
    ]
    rows: list[list[Any]] = []
    n = 0
    for unit, posts in RECRUITING_UNITS.items():
        for post_no, post in enumerate(posts, start=1):
            for _ in range(g.randint(2, 5)):
                n += 1
                name, male = g.person()
                edu = g.weighted([("硕士研究生", 55), ("大学本科", 40), ("博士研究生", 5)])
                birth = g.birth_date(1994 if edu != "大学本科" else 1997, 2001)
                written, interview = r2(g.uniform(62, 86)), r2(g.uniform(72, 92))
                unit_no = list(RECRUITING_UNITS).index(unit) + 1
                ticket = f"2403{unit_no:02d}{post_no:02d}{g.randint(1, 9999):04d}"
                rows.append(
                    [
                        n,
                        unit,
                        post,
                        name,
                        "男" if male else "女",
                        f"{birth:%Y-%m}",
                        edu,
                        g.choice(UNIVERSITIES),
                        ticket,
                        written,
                        interview,
                        r2(written * 0.5 + interview * 0.5),
                    ]
                )
    return Table(header, rows)


def flexible_employment_subsidy(g: Gen) -> Table:
    """灵活就业社会保险补贴发放名单: 4050 persons with full ID and mobile numbers (unmasked)."""
    header = [
        "序号",
        "姓名",
        "身份证号",
        "手机号码",
        "所属区县",
        "街道（乡镇）",
        "补贴期间",
        "补贴月数",
        "补贴金额(元)",
    ]
    rows: list[list[Any]] = []
    for i in range(1, 181):
        name, male = g.person()
        # 就业困难人员 "4050": women aged 40+, men aged 50+
        birth = g.birth_date(1965, 1974) if male else g.birth_date(1965, 1984)
        d = g.district()
        n_months = g.weighted([(3, 80), (2, 12), (1, 8)])
        start_month = 4 - n_months
        period = f"2024年{start_month}-3月" if n_months > 1 else "2024年3月"
        rows.append(
            [
                i,
                name,
                g.resident_id(birth, male),
                g.mobile(),
                d.name,
                g.choice(d.towns),
                period,
                n_months,
                f"{n_months * 635.60:.2f}",
            ]
        )
    return Table(header, rows)


SUBSIDY_ITEMS = (
    ("灵活就业社会保险补贴", 1906.80),
    ("一次性创业补贴", 5000.00),
    ("求职创业补贴", 2000.00),
    ("职业技能提升补贴", 1500.00),
    ("一次性扩岗补助", 1500.00),
)


def bank_payment(g: Gen) -> Table:
    """银行代发明细 for March 2024 subsidies: full ID numbers and bank card numbers."""
    header = [
        "序号",
        "姓名",
        "身份证号",
        "开户银行",
        "银行卡号",
        "补贴项目",
        "发放金额(元)",
        "发放日期",
    ]
    rows: list[list[Any]] = []
    for i in range(1, 151):
        name, male = g.person()
        birth = g.birth_date(1966, 2003)
        bank, card = g.bank_card()
        item, amount = g.weighted(
            [(x, w) for x, w in zip(SUBSIDY_ITEMS, (40, 15, 20, 15, 10), strict=True)]
        )
        pay_day = g.choice(("2024-03-15", "2024-03-22", "2024-03-29"))
        rows.append(
            [
                i,
                name,
                g.resident_id(birth, male, outside_share=0.1),
                bank,
                card,
                item,
                f"{amount:.2f}",
                pay_day,
            ]
        )
    return Table(header, rows)


def hr_service_agencies(g: Gen) -> Table:
    """人力资源服务机构名录 with a hand-typed notes column that has no header (blank-header)."""
    header = [
        "序号",
        "机构名称",
        "统一社会信用代码",
        "许可证编号",
        "住所",
        "所在区县",
        "许可业务范围",
        "发证日期",
        "",
    ]
    scopes = (
        "职业介绍；人力资源供求信息的收集和发布",
        "职业介绍；人才推荐；人才招聘",
        "人力资源供求信息的收集和发布；就业和创业指导；人力资源管理咨询",
        "职业介绍；人力资源测评；人力资源培训",
        "劳务派遣；职业介绍",
    )
    notes = ("2024年3月变更住所", "法定代表人已变更", "许可证已延续", "待核实")
    rows: list[list[Any]] = []
    for i in range(1, 86):
        d = g.weighted([(x, x.population + (60 if x.urban else 0)) for x in DISTRICTS])
        issued = g.date_between(date(2019, 1, 1), date(2024, 5, 31))
        licence = f"(浙)人服证字〔{issued.year}〕第{d.code[2:]}{g.randint(1, 9999):04d}号"
        note = g.choice(notes) if g.rng.random() < 0.12 else None
        rows.append(
            [
                i,
                g.company(g.choice(("人力资源", "人才服务", "企业管理咨询", "劳务服务"))),
                g.uscc(d.code),
                licence,
                g.address(d),
                d.name,
                g.choice(scopes),
                issued,
                note,
            ]
        )
    return Table(header, rows)


# --------------------------------------------------------------------------------------
# 杭州市市场监督管理局 (hzscjg)
# --------------------------------------------------------------------------------------


def market_registration(g: Gen) -> Table:
    header = [
        "统计月份",
        "区划代码",
        "区县",
        "新设企业(户)",
        "新设个体工商户(户)",
        "新设农民专业合作社(户)",
        "期末实有企业(户)",
        "期末实有个体工商户(户)",
        "新设企业注册资本(亿元)",
    ]
    rows: list[list[Any]] = []
    stock = {
        d.code: (d.gdp * 40 * g.uniform(0.9, 1.1), d.population * 420 * g.uniform(0.9, 1.1))
        for d in DISTRICTS
    }
    for m in months(date(2023, 1, 1), 12):
        season = 0.55 if m.month == 2 else 1.15 if m.month == 3 else 1.0
        for d in DISTRICTS:
            ent, ind = stock[d.code]
            new_ent = round(d.gdp * 0.55 * season * g.uniform(0.8, 1.2))
            new_ind = round(d.population * 9.5 * season * g.uniform(0.8, 1.2))
            coop = 0 if d.urban and g.rng.random() < 0.7 else g.randint(0, 6)
            ent += new_ent * g.uniform(0.55, 0.7)
            ind += new_ind * g.uniform(0.4, 0.6)
            stock[d.code] = (ent, ind)
            rows.append(
                [
                    f"{m:%Y-%m}",
                    d.code,
                    d.name,
                    new_ent,
                    new_ind,
                    coop,
                    round(ent),
                    round(ind),
                    r2(new_ent * g.uniform(0.004, 0.012)),
                ]
            )
    return Table(header, rows)


FOODS = (  # name, category, spec, producer required
    ("纯牛奶", "乳制品", "250mL/盒", True),
    ("酸奶", "乳制品", "200g/杯", True),
    ("挂面", "粮食加工品", "1kg/袋", True),
    ("大米", "粮食加工品", "5kg/袋", True),
    ("食用植物调和油", "食用油、油脂及其制品", "5L/桶", True),
    ("酱油", "调味品", "500mL/瓶", True),
    ("香醋", "调味品", "420mL/瓶", True),
    ("火腿肠", "肉制品", "240g/袋", True),
    ("饼干", "饼干", "100g/袋", True),
    ("月饼", "糕点", "100g/个", True),
    ("包装饮用水", "饮料", "550mL/瓶", True),
    ("绿茶", "茶叶及相关制品", "250g/罐", True),
    ("豆腐", "豆制品", "散装", False),
    ("猪肉", "食用农产品", "散装", False),
    ("鸡蛋", "食用农产品", "散装", False),
    ("芹菜", "食用农产品", "散装", False),
    ("豇豆", "食用农产品", "散装", False),
    ("基围虾", "食用农产品", "散装", False),
    ("香蕉", "食用农产品", "散装", False),
    ("大黄鱼", "食用农产品", "散装", False),
)
FAILURES = {
    "食用农产品": ("毒死蜱", "克百威", "恩诺沙星", "铅（以Pb计）"),
    "乳制品": ("菌落总数",),
    "调味品": ("苯甲酸及其钠盐（以苯甲酸计）",),
    "糕点": ("过氧化值（以脂肪计）",),
    "豆制品": ("脱氢乙酸及其钠盐（以脱氢乙酸计）",),
    "饼干": ("霉菌",),
    "饮料": ("铜绿假单胞菌",),
}
LABS = ("杭州市食品药品检验研究院", "浙江省食品药品检验研究院", "浙江公正检验中心有限公司")


def food_sampling(g: Gen) -> Table:
    header = [
        "抽样编号",
        "标称生产企业名称",
        "被抽样单位名称",
        "被抽样单位所在区县",
        "食品名称",
        "规格型号",
        "生产日期/批号",
        "食品大类",
        "检验结果",
        "不合格项目",
        "检验机构",
        "公告日期",
    ]
    rows: list[list[Any]] = []
    for i in range(1, 301):
        d = g.district()
        food, cat, spec, packaged = g.choice(FOODS)
        sampled = g.date_between(date(2024, 1, 8), date(2024, 5, 20))
        shop = g.choice(("超市", "便利店", "农贸市场", "食品商行", "生鲜超市"))
        seller = f"{CITY}{d.name}{g.brand()}{shop}" if shop != "超市" else g.company("超市")
        failed = g.rng.random() < 0.035 and cat in FAILURES
        rows.append(
            [
                f"DC24330100{sampled:%m%d}{i:05d}",
                g.company(g.choice(("乳业", "食品", "粮油", "调味品", "饮品")))
                if packaged
                else "/",
                seller,
                d.name,
                food,
                spec,
                (sampled - timedelta(days=g.randint(5, 120))).isoformat()
                if packaged
                else f"{sampled:%Y-%m-%d}（购进日期）",
                cat,
                "不合格" if failed else "合格",
                g.choice(FAILURES[cat]) if failed else "",
                g.choice(LABS),
                (sampled + timedelta(days=g.randint(25, 40))).isoformat(),
            ]
        )
    return Table(header, rows)


VIOLATIONS = (
    # type, what, legal basis (violated; penalty), penalty range in yuan
    (
        "销售超过保质期的食品",
        "《中华人民共和国食品安全法》第三十四条第（十）项；第一百二十四条第一款第（五）项",
        (5000, 50000),
    ),
    (
        "未取得食品经营许可从事食品经营",
        "《中华人民共和国食品安全法》第三十五条第一款；第一百二十二条第一款",
        (5000, 30000),
    ),
    ("不按规定明码标价", "《中华人民共和国价格法》第十三条第一款；第四十二条", (500, 5000)),
    ("发布虚假广告", "《中华人民共和国广告法》第二十八条第一款；第五十五条第一款", (10000, 200000)),
    ("销售不合格产品", "《中华人民共和国产品质量法》第三十九条；第五十条", (3000, 60000)),
    (
        "使用未经检定的计量器具",
        "《中华人民共和国计量法》第九条第一款；《中华人民共和国计量法实施细则》第四十三条",
        (200, 1000),
    ),
)
GOODS = {
    "销售超过保质期的食品": ("酸奶", "面包", "火腿肠", "饮料"),
    "销售不合格产品": ("电动自行车头盔", "插座", "电线", "儿童服装"),
    "发布虚假广告": ("保健食品", "净水器", "培训课程"),
    "不按规定明码标价": ("洗车服务", "水果", "理发服务"),
    "未取得食品经营许可从事食品经营": ("盒饭", "熟食"),
    "使用未经检定的计量器具": ("电子计价秤",),
}


def penalty_fact(
    g: Gen,
    kind: str,
    person: str,
    individual: bool,
    reveal: bool,
    employee: str,
    phone: str,
    day: date,
) -> str:
    """The 违法事实 paragraph of a penalty decision.

    ``person`` is the operator of an individual business (``individual``) or the legal
    representative of a company; with ``reveal`` False the names were anonymized by hand
    (张伟 -> 张某某), otherwise they appear in full, as in many real publications.
    """
    item = g.choice(GOODS[kind])
    who = person if reveal else Gen.masked(person)
    staff = employee if reveal else Gen.masked(employee)
    subject = f"当事人{who}" if individual else "当事人"
    head = f"经营者{who}" if individual else f"法定代表人{who}"
    n, value = g.randint(3, 60), g.randint(60, 3000)
    day_s = f"{day.year}年{day.month}月{day.day}日"
    if kind == "销售超过保质期的食品":
        return (
            f"经查，{subject}于{day_s}在其经营场所销售超过保质期的{item}共{n}件，货值金额{value}元，"
            f"违法所得{value // 5}元。执法人员现场检查时，店员{staff}（联系电话{phone}）"
            "在场并签字确认。"
        )
    if kind == "未取得食品经营许可从事食品经营":
        return (
            f"经查，{subject}自{day_s}起未取得食品经营许可，"
            f"在{g.choice(('居民小区', '工地附近', '学校周边'))}"
            f"制作并销售{item}，截至案发违法所得{value}元。{head}对上述事实无异议。"
        )
    if kind == "不按规定明码标价":
        return (
            f"{day_s}，执法人员检查发现当事人经营的{item}未按规定明码标价。经询问，{head}"
            f"承认系疏忽所致，联系电话{phone}。"
        )
    if kind == "发布虚假广告":
        return (
            f"经查，{subject}于{day_s}起通过微信公众号发布{item}广告，宣称具有“治疗”“根治”等功效，无事实依据。"
            f"该广告由员工{staff}负责撰写并发布，广告费用{value * 10}元。"
        )
    if kind == "销售不合格产品":
        return (
            f"{day_s}，经监督抽查，当事人销售的{item}经检验不合格。"
            f"经查，当事人共购进该批次{item}{n * 5}件，"
            f"已售出{n}件，违法所得{value}元。{head}对检验结论无异议。"
        )
    return (
        f"{day_s}，执法人员在检查中发现当事人使用的{item}{g.randint(1, 3)}台未按规定申请强制检定。"
        f"{head}表示已立即停止使用并申请检定。"
    )


def administrative_penalties(g: Gen) -> Table:
    """行政处罚决定书公示 (JSON): party names, free-text facts naming people, phone numbers."""
    header = [
        "行政处罚决定书文号",
        "当事人名称",
        "统一社会信用代码",
        "法定代表人（负责人）",
        "违法行为类型",
        "违法事实",
        "处罚依据",
        "处罚内容",
        "罚没款金额(元)",
        "处罚决定日期",
        "处罚机关",
        "联系电话",
    ]
    prefixes = {
        "330102": "杭上",
        "330105": "杭拱",
        "330106": "杭西",
        "330108": "杭滨",
        "330109": "杭萧",
        "330110": "杭余",
        "330111": "杭富",
        "330112": "杭临",
        "330113": "杭临平",
        "330114": "杭钱塘",
        "330122": "桐",
        "330127": "淳",
        "330182": "建",
    }
    rows: list[list[Any]] = []
    for _ in range(60):
        d = g.district()
        kind, basis, (lo, hi) = g.choice(VIOLATIONS)
        person, _ = g.person()
        employee, _ = g.person()
        individual = (
            kind in ("未取得食品经营许可从事食品经营", "不按规定明码标价") or g.rng.random() < 0.3
        )
        if individual:
            party_name = f"{CITY}{d.name}{person}{g.choice(('食品店', '便利店', '商行', '小吃店'))}"
        else:
            party_name = g.company(g.choice(("商贸", "食品", "电子商务", "健康科技", "贸易")))
        decided = g.workday_between(date(2024, 1, 10), date(2024, 6, 20))
        found = decided - timedelta(days=g.randint(40, 150))
        fine = round(g.randint(lo, hi), -2)
        gains = g.randint(0, 2000) if g.rng.random() < 0.5 else 0
        content = "警告；" if fine < 1000 else ""
        content += f"没收违法所得{gains}元；罚款{fine}元" if gains else f"罚款{fine}元"
        reveal = g.rng.random() < 0.55  # about half of the facts were not anonymized by hand
        city_level = g.rng.random() < 0.2
        authority = f"{CITY}市场监督管理局" if city_level else f"{CITY}{d.name}市场监督管理局"
        prefix = "杭" if city_level else prefixes[d.code]
        rows.append(
            [
                f"{prefix}市监处罚〔2024〕{g.randint(12, 480)}号",
                party_name,
                g.uscc(d.code, individual=individual),
                person,
                kind,
                penalty_fact(g, kind, person, individual, reveal, employee, g.mobile(), found),
                basis,
                content,
                fine + gains,
                decided.isoformat(),
                authority,
                g.mobile(),
            ]
        )
    rows.sort(key=lambda r: r[9])
    return Table(header, rows)


BUSINESS_TYPES = (
    (
        "食品销售经营者",
        "预包装食品（含冷藏冷冻食品）销售；散装食品（不含冷藏冷冻食品）销售",
        "1",
        ("超市", "便利店", "食品商行"),
    ),
    ("餐饮服务经营者", "热食类食品制售；冷食类食品制售", "2", ("餐饮管理", "小吃店", "面馆")),
    ("单位食堂", "热食类食品制售", "3", ("食堂",)),
)


def food_business_licenses(g: Gen) -> Table:
    """食品经营许可公示 (UTF-8 with BOM): includes the names of legal representatives."""
    header = [
        "许可证编号",
        "经营者名称",
        "统一社会信用代码",
        "法定代表人（负责人）",
        "经营场所",
        "主体业态",
        "经营项目",
        "发证日期",
        "有效期至",
        "发证机关",
    ]
    rows: list[list[Any]] = []
    for _ in range(240):
        d = g.district()
        kind, items, digit, shapes = g.choice(BUSINESS_TYPES)
        shape = g.choice(shapes)
        person, _ = g.person()
        individual = shape in ("便利店", "食品商行", "小吃店", "面馆") and g.rng.random() < 0.6
        if kind == "单位食堂":
            owner = g.company(g.choice(("科技", "电子", "物流")))
            name = f"{owner}{town_short(g.choice(d.towns))}园区食堂"
        elif individual:
            name = f"{CITY}{d.name}{g.brand()}{shape}"
        else:
            name = g.company(shape if shape not in ("食品商行", "小吃店", "面馆") else "餐饮管理")
        issued = g.workday_between(date(2024, 1, 2), date(2024, 6, 28))
        rows.append(
            [
                f"JY{digit}{d.code}{g.randint(0, 999999):06d}{g.randint(0, 9)}",
                name,
                g.uscc(d.code, individual=individual),
                person,
                g.address(d),
                kind,
                items,
                issued.isoformat(),
                add_years(issued, 5).isoformat(),
                f"{CITY}{d.name}市场监督管理局",
            ]
        )
    rows.sort(key=lambda r: r[7])
    return Table(header, rows)


@dataclass(frozen=True)
class Complaint:
    """A kind of 12345 request: wording, where it happens, what it concerns, how it ends."""

    category: str
    area: str
    template: str  # formatted with place, item, money
    demand: str  # e.g. 要求退货退款
    places: tuple[str, ...]
    items: tuple[str, ...]
    outcomes: tuple[str, ...]


RESOLVED = "经承办单位核实，反映情况属实，已责令经营者整改并依法立案调查，处理结果已向诉求人反馈。"
MEDIATED = "经承办单位组织调解，经营者同意退货退款，诉求人表示认可。"
NOT_FOUND = "经现场核查，未发现反映的问题，已向诉求人做好解释说明。"
COURT = "双方未能达成调解协议，已告知诉求人可通过民事诉讼途径解决。"
COMPLAINTS = (
    Complaint(
        "消费投诉",
        "食品",
        "{date}在{place}购买的{item}已过保质期，与商家协商退赔未果",
        "要求退一赔十",
        ("某超市", "某便利店", "某生鲜店"),
        ("牛奶", "面包", "冷冻水饺", "火腿肠"),
        (MEDIATED, RESOLVED, COURT),
    ),
    Complaint(
        "消费投诉",
        "预付卡",
        "办理会员卡的{place}突然闭店，卡内余额{money}元无法退还",
        "要求退还余额",
        ("某健身房", "某理发店", "某培训机构", "某美容店"),
        ("",),
        (MEDIATED, COURT),
    ),
    Complaint(
        "消费投诉",
        "网络购物",
        "{date}在网店购买的{item}与页面描述不符，商家拒绝七天无理由退货",
        "要求退货退款",
        ("",),
        ("羽绒服", "蓝牙耳机", "儿童玩具", "电饭煲"),
        (MEDIATED, COURT),
    ),
    Complaint(
        "举报",
        "价格",
        "{place}结账价格高于货架标示价格，每件多收{money}元",
        "要求查处价格违法行为",
        ("某超市", "某水果店", "某药店"),
        ("",),
        (RESOLVED, NOT_FOUND),
    ),
    Complaint(
        "举报",
        "计量",
        "{place}摊位电子秤短斤少两，{date}购买的{item}少了约二两",
        "要求核查处理",
        ("某农贸市场",),
        ("猪肉", "螃蟹", "草莓", "带鱼"),
        (RESOLVED, NOT_FOUND),
    ),
    Complaint(
        "举报",
        "特种设备",
        "所住小区电梯近一周多次停运困人，物业未及时维修",
        "要求督促维保单位整改",
        ("",),
        ("",),
        ("经现场检查，已责令电梯维保单位限期整改，电梯已恢复正常运行。", NOT_FOUND),
    ),
    Complaint(
        "咨询",
        "登记注册",
        "个体工商户如何办理经营场所变更登记",
        "希望告知办理流程",
        ("",),
        ("",),
        ("已告知诉求人可通过浙江政务服务网在线办理变更登记，并提供办事指南。",),
    ),
)


def hotline_12345(g: Gen) -> Table:
    """12345 热线市场监管类诉求: summaries with caller names, mobiles and e-mail addresses."""
    header = [
        "工单编号",
        "受理时间",
        "诉求类别",
        "涉及领域",
        "诉求摘要",
        "承办单位",
        "办理结果",
        "办结日期",
        "满意度",
    ]
    rows: list[list[Any]] = []
    for i in range(1, 121):
        d = g.district()
        c: Complaint = g.choice(COMPLAINTS)
        received = datetime.combine(
            g.date_between(date(2024, 1, 2), date(2024, 3, 31)),
            time(g.randint(8, 20), g.randint(0, 59)),
        )
        bought = received.date() - timedelta(days=g.randint(1, 10))
        name, male = g.person()
        what = c.template.format(
            place=d.name + g.choice(c.places),
            item=g.choice(c.items),
            money=g.randint(5, 3000) if c.area == "预付卡" else g.randint(1, 20),
            date=f"{bought.month}月{bought.day}日",
        )
        caller = name if g.rng.random() < 0.65 else name[0] + ("先生" if male else "女士")
        verb = "咨询" if c.category == "咨询" else "来电反映"
        summary = f"市民{caller}{verb}：{what}，{c.demand}。联系电话{g.mobile()}"
        if g.rng.random() < 0.35:
            summary += f"，电子邮箱{g.email()}"
        summary += "。"
        closed = received.date() + timedelta(days=g.randint(2, 12))
        rows.append(
            [
                f"HZ12345-{received:%Y%m%d}-{i:04d}",
                received.strftime("%Y-%m-%d %H:%M"),
                c.category,
                c.area,
                summary,
                f"{d.name}市场监督管理局{town_short(g.choice(d.towns))}市场监督管理所",
                g.choice(c.outcomes),
                closed.isoformat(),
                g.weighted([("满意", 70), ("基本满意", 20), ("不满意", 10)]),
            ]
        )
    return Table(header, rows)


def credit_risk_classification(g: Gen) -> Table:
    """企业信用风险分类结果 (internal supervision data; not open)."""
    header = [
        "统一社会信用代码",
        "企业名称",
        "所在区县",
        "行业门类",
        "信用风险等级",
        "风险评分",
        "分类日期",
        "监管措施建议",
    ]
    sectors = (
        ("批发和零售业", "商贸"),
        ("制造业", "机械"),
        ("住宿和餐饮业", "餐饮管理"),
        ("信息传输、软件和信息技术服务业", "网络科技"),
        ("租赁和商务服务业", "企业管理"),
        ("建筑业", "建设工程"),
    )
    rows: list[list[Any]] = []
    for _ in range(200):
        d = g.district()
        sector, trade = g.choice(sectors)
        level = g.weighted(
            [
                ("A类（信用风险低）", 35),
                ("B类（信用风险一般）", 45),
                ("C类（信用风险较高）", 15),
                ("D类（信用风险高）", 5),
            ]
        )
        score = {"A": (85, 100), "B": (70, 85), "C": (55, 70), "D": (20, 55)}[level[0]]
        measure = {
            "A": "降低抽查比例和频次",
            "B": "按常规比例和频次抽查",
            "C": "适当提高抽查比例和频次",
            "D": "列为重点监管对象，有针对性提高抽查比例",
        }[level[0]]
        rows.append(
            [
                g.uscc(d.code),
                g.company(trade),
                d.name,
                sector,
                level,
                r1(g.uniform(*score)),
                "2024-04-30",
                measure,
            ]
        )
    return Table(header, rows)


# --------------------------------------------------------------------------------------
# 杭州市交通运输局 (hzjtj)
# --------------------------------------------------------------------------------------

OPERATORS = (
    "杭州恒通新能源科技有限公司",
    "杭州瑞电充电服务有限公司",
    "杭州城投新能源有限公司",
    "杭州绿驰能源科技有限公司",
)


def charging_stations(g: Gen) -> Table:
    header = [
        "站点编号",
        "站点名称",
        "区县",
        "区划代码",
        "详细地址",
        "经度",
        "纬度",
        "运营单位",
        "直流桩数量(个)",
        "交流桩数量(个)",
        "开放时间",
        "充电服务费(元/kWh)",
    ]
    places = (
        "公共停车场",
        "P+R停车场",
        "公园停车场",
        "商业中心地下停车场",
        "体育中心停车场",
        "公交首末站",
        "高速服务区",
    )
    rows: list[list[Any]] = []
    for i in range(1, 241):
        d = g.district()
        lon, lat = g.point_near(d, 0.045 if d.urban else 0.07)
        place = g.choice(places)
        road = g.choice(d.streets) if g.rng.random() < 0.5 else ""
        name = f"{town_short(g.choice(d.towns))}{road}{place}充电站"
        dc = g.randint(0, 20)
        rows.append(
            [
                f"HZCD{d.code[-4:]}{i:04d}",
                name,
                d.name,
                d.code,
                g.address(d),
                lon,
                lat,
                g.choice(OPERATORS),
                dc,
                g.randint(0 if dc else 2, 16),
                g.choice(("00:00-24:00", "00:00-24:00", "07:00-22:00")),
                f"{g.choice((0.4, 0.5, 0.6, 0.8)):.2f}",
            ]
        )
    return Table(header, rows)


BUS_OPERATORS = {
    "330109": "杭州萧山公交客运有限公司",
    "330110": "杭州余杭公交客运有限公司",
    "330113": "杭州临平公交客运有限公司",
    "330114": "杭州钱塘公交客运有限公司",
}
MAIN_BUS_OPERATOR = "杭州市公共交通集团有限公司"


def bus_network(g: Gen) -> tuple[Table, Table]:
    """Routes and their stops (one direction) laid out as a random walk on the road grid."""
    routes = Table(
        [
            "线路编号",
            "线路名称",
            "起点站",
            "终点站",
            "首班时间",
            "末班时间",
            "票价(元)",
            "线路长度(公里)",
            "运营单位",
            "线路类型",
        ],
        [],
    )
    stops = Table(["线路编号", "方向", "站序", "站点名称", "经度", "纬度"], [])
    numbers = sorted(g.rng.sample(range(1, 600), 28))
    for num in numbers:
        d = g.choice(URBAN)
        route_id = f"{num:04d}"
        lon, lat = g.point_near(d, 0.03)
        heading = g.choice(((1, 0), (0, 1), (-1, 0), (0, -1)))
        # candidate stop names: road crossings, roads, and neighbourhoods (each used once)
        pool = [f"{a}{b}口" for i, a in enumerate(d.streets) for b in d.streets[i + 1 :]]
        pool += [f"{a}站" for a in d.streets] + [town_short(t) for t in d.towns]
        names = g.rng.sample(pool, g.randint(9, 18))
        names[0] = f"{town_short(g.choice(d.towns))}公交中心站"
        stop_rows: list[list[Any]] = []
        for seq, stop in enumerate(names, start=1):
            if g.rng.random() < 0.25:
                heading = g.choice(((1, 0), (0, 1), (-1, 0), (0, -1)))
            lon += heading[0] * g.uniform(0.004, 0.009)
            lat += heading[1] * g.uniform(0.003, 0.007)
            stop_rows.append([route_id, "上行", seq, stop, round(lon, 6), round(lat, 6)])
        stops.rows.extend(stop_rows)
        kind = g.weighted([("常规公交", 70), ("快速公交", 5), ("社区微公交", 15), ("夜间公交", 10)])
        first, last = (
            ("21:30", "02:30")
            if kind == "夜间公交"
            else (
                f"0{g.randint(5, 6)}:{g.choice(('00', '20', '30'))}",
                f"{g.randint(20, 22)}:{g.choice(('00', '30'))}",
            )
        )
        length = len(names) * g.uniform(0.55, 0.9)
        routes.rows.append(
            [
                route_id,
                f"{num}路",
                names[0],
                names[-1],
                first,
                last,
                f"{(3 if kind == '快速公交' else 2 if length > 8 else 1):.2f}",
                r1(length),
                BUS_OPERATORS.get(d.code, MAIN_BUS_OPERATOR),
                kind,
            ]
        )
    return routes, stops


def bicycle_stations(g: Gen) -> Table:
    header = ["服务点编号", "服务点名称", "所属区县", "经度", "纬度", "锁止器数量", "服务时间"]
    rows: list[list[Any]] = []
    for i in range(1, 151):
        d = g.choice(URBAN[:6])
        lon, lat = g.point_near(d, 0.025)
        a, b = g.rng.sample(d.streets, 2)
        rows.append(
            [
                f"{d.code[-2:]}{i:04d}",
                f"{a}{b}口",
                d.name,
                lon,
                lat,
                g.choice((10, 15, 20, 20, 25, 30, 40)),
                g.choice(("06:00-21:00", "06:00-21:00", "24小时")),
            ]
        )
    return Table(header, rows)


def passenger_volume(g: Gen) -> Table:
    """Monthly passenger volume by mode (English column names)."""
    header = [
        "month",
        "bus_10k_trips",
        "metro_10k_trips",
        "taxi_10k_trips",
        "ride_hailing_10k_trips",
        "water_bus_10k_trips",
        "public_bicycle_10k_rentals",
    ]
    rows: list[list[Any]] = []
    for m in months(date(2022, 1, 1), 30):
        covid = (
            0.55
            if (m.year == 2022 and m.month in (4, 5, 12)) or (m.year == 2023 and m.month == 1)
            else 1.0
        )
        season = 0.8 if m.month == 2 else 1.08 if m.month in (9, 10) else 1.0
        k = covid * season * g.uniform(0.96, 1.04)
        metro = 3600 * k * (1 + 0.012 * (m.year - 2022) * 12 + 0.01 * m.month)
        rows.append(
            [
                f"{m:%Y-%m}",
                r1(4900 * k),
                r1(metro),
                r1(1550 * k),
                r1(2100 * k * (1.06 if m.year > 2022 else 1)),
                r1(12 * k * (1.4 if m.month in (7, 8) else 1)),
                r1(1300 * k * (1.2 if m.month in (4, 5, 10) else 1)),
            ]
        )
    return Table(header, rows)


def ride_hailing_permits(g: Gen) -> Table:
    """网约车驾驶员证核发公示: the certificate number is the driver's resident ID number."""
    header = [
        "序号",
        "姓名",
        "性别",
        "从业资格证号",
        "准驾车型",
        "初次领取驾驶证日期",
        "发证日期",
        "有效期至",
        "发证机关",
    ]
    rows: list[list[Any]] = []
    for i in range(1, 121):
        name, male = g.person(male=g.rng.random() < 0.9)
        birth = g.birth_date(1970, 1999)
        licensed = g.date_between(date(max(birth.year + 19, 1995), 1, 1), date(2021, 6, 30))
        issued = g.workday_between(date(2024, 4, 1), date(2024, 6, 28))
        rows.append(
            [
                i,
                name,
                "男" if male else "女",
                g.resident_id(birth, male, outside_share=0.35),
                g.choice(("C1", "C1", "C2", "B2", "A1")),
                licensed.isoformat(),
                issued.isoformat(),
                add_years(issued, 6).isoformat(),
                "杭州市道路运输管理服务中心",
            ]
        )
    return Table(header, rows)


def taxi_service_quality(g: Gen) -> Table:
    """出租汽车企业服务质量信誉考核: the last row was added by hand (unquoted comma in 备注)."""
    header = [
        "序号",
        "企业名称",
        "统一社会信用代码",
        "营运车辆数(辆)",
        "考核得分",
        "信誉等级",
        "备注",
    ]
    rows: list[list[Any]] = []
    for i in range(1, 46):
        d = g.choice(DISTRICTS)
        score = r1(g.uniform(72, 99))
        grade = "AAA" if score >= 90 else "AA" if score >= 80 else "A" if score >= 70 else "B"
        rows.append(
            [
                i,
                g.company("出租汽车", "有限公司"),
                g.uscc(d.code),
                g.randint(30, 900),
                score,
                grade,
                "" if g.rng.random() < 0.85 else g.choice(("考核期内新增车辆", "存在有效投诉扣分")),
            ]
        )
    late = g.company("出租汽车", "有限公司")
    return Table(header, rows, raw_tail=[f"46,{late},{g.uscc('330106')},120,86.5,AA,补录,原表漏报"])


def bus_card_od(g: Gen) -> Table:
    """Aggregated bus IC card origin–destination flows between urban districts."""
    header = ["日期", "时段", "上车区县", "下车区县", "客流量(人次)", "平均乘距(公里)"]
    rows: list[list[Any]] = []
    urban = URBAN[:10]
    for day in ("2024-03-13", "2024-03-16"):
        weekend = day.endswith("16")
        for period in ("早高峰(07:00-09:00)", "晚高峰(17:00-19:00)"):
            for a in urban:
                for b in urban:
                    base = a.population * b.population / (40 if a is b else 400)
                    flow = round(base * (0.6 if weekend else 1.0) * g.uniform(0.8, 1.2) * 10)
                    dist = g.uniform(3.0, 6.5) if a is b else g.uniform(8.0, 22.0)
                    rows.append([day, period, a.name, b.name, flow, r1(dist)])
    return Table(header, rows)


# --------------------------------------------------------------------------------------
# Dataset builders: 杭州市民政局 (hzmzj), published through its own data.json catalogue
# --------------------------------------------------------------------------------------

CARE_HOME_KINDS = (("养老院", 4.0), ("颐养院", 2.0), ("护理院", 1.5), ("老年公寓", 1.0))
CARE_HOME_GRADES = (
    ("五级", 0.5),
    ("四级", 1.5),
    ("三级", 3.0),
    ("二级", 2.5),
    ("一级", 1.0),
    ("未评定", 1.5),
)


def elderly_care_institutions(g: Gen) -> Table:
    """养老机构名录: each home's head (负责人) and a contact mobile number, as published."""
    header = [
        "序号",
        "机构名称",
        "统一社会信用代码",
        "区县",
        "机构地址",
        "机构性质",
        "核定床位数",
        "护理型床位数",
        "等级评定",
        "负责人",
        "联系电话",
    ]
    rows: list[list[Any]] = []
    names: set[str] = set()
    for d in DISTRICTS:
        for _ in range(max(6, round(d.population / 12))):
            nature = g.weighted((("公办", 0.3), ("公办民营", 0.3), ("民办", 0.4)))
            town = town_short(g.choice(d.towns))
            prefix = CITY if d.name.endswith("区") else ""
            if nature == "公办":
                name = f"{prefix}{d.name}{town}{'敬老院' if d.urban else '中心敬老院'}"
                beds = g.randint(40, 300)
            elif nature == "公办民营":
                name = f"{prefix}{d.name}{town}颐养中心"
                beds = g.randint(80, 400)
            else:
                name = f"杭州{g.brand()}{g.weighted(CARE_HOME_KINDS)}"
                beds = g.randint(50, 600)
            while name in names:  # a second home of the town, or a brand drawn twice
                name = f"杭州{g.brand()}{g.weighted(CARE_HOME_KINDS)}"
            names.add(name)
            head, _ = g.person()
            rows.append(
                [
                    len(rows) + 1,
                    name,
                    g.uscc(d.code, prefix="12" if nature == "公办" else "52"),
                    d.name,
                    g.address(d),
                    nature,
                    beds,
                    round(beds * g.uniform(0.45, 0.85)),
                    g.weighted(CARE_HOME_GRADES),
                    head,
                    g.mobile(),
                ]
            )
    return Table(header, rows)


def minimum_living_allowance(g: Gen) -> Table:
    """城乡最低生活保障情况 by district and month (aggregates only)."""
    header = [
        "月份",
        "区县",
        "城市低保户数(户)",
        "城市低保人数(人)",
        "农村低保户数(户)",
        "农村低保人数(人)",
        "保障标准(元/人·月)",
        "当月支出(万元)",
    ]
    rows: list[list[Any]] = []
    base = {
        d.code: (d.population * (28 if d.urban else 9), d.population * (6 if d.urban else 42))
        for d in DISTRICTS
    }
    for m in months(date(2024, 1, 1), 6):
        for d in DISTRICTS:
            urban, rural = (round(n * g.uniform(0.97, 1.03)) for n in base[d.code])
            urban_people = round(urban * g.uniform(1.35, 1.6))
            rural_people = round(rural * g.uniform(1.5, 1.85))
            spent = (urban_people + rural_people) * 1240 * g.uniform(0.55, 0.7) / 10000
            rows.append(
                [f"{m:%Y-%m}", d.name, urban, urban_people, rural, rural_people, 1240, r1(spent)]
            )
    return Table(header, rows)


def marriage_registration_offices(g: Gen) -> Table:
    """婚姻登记机关: one office per district, with its hours and location."""
    header = ["登记机关", "区县", "办公地址", "办公时间", "网上预约", "经度", "纬度"]
    rows: list[list[Any]] = []
    for d in DISTRICTS:
        lon, lat = g.point_near(d, 0.01)
        saturday = d.urban and g.rng.random() < 0.4
        rows.append(
            [
                f"{CITY if d.name.endswith('区') else ''}{d.name}民政局婚姻登记处",
                d.name,
                g.address(d),
                "周一至周五 8:30-12:00，13:30-17:00"
                + ("；周六 9:00-12:00（仅办理结婚登记）" if saturday else "")
                + "（法定节假日除外）",
                "支持（浙里办“婚姻登记预约”）",
                lon,
                lat,
            ]
        )
    return Table(header, rows)


# --------------------------------------------------------------------------------------
# The catalogue of demo datasets
# --------------------------------------------------------------------------------------


@dataclass
class Resource:
    """One table file of a folder dataset."""

    file: str
    build: Callable[[Gen], Table]


@dataclass
class Document:
    """A document a data.json distribution links to on the department's own website: no
    table, so the harvester lists it as a link and never fetches it. Its address is absolute
    and stable (not the demo server's, whose port changes at every run)."""

    url: str
    title: str
    media_type: str


@dataclass
class DemoDataset:
    """One dataset of a department's directory source, or of its data.json catalogue.

    ``file`` is a top-level file name, or a folder name when ``resources`` is given (the
    folder gets ``dataset.json``) or ``datapackage`` is given (the folder gets
    ``datapackage.json``). ``meta`` is the sidecar / ``dataset.json`` (None: no sidecar).

    With ``source="datajson"`` the dataset is a record of ``portal/<publisher>/data.json``
    instead (``identifier``, ``meta`` turned into DCAT-US fields), whose distributions are
    ``file`` (a table, written next to the data.json) and the ``documents``.
    """

    publisher: str
    file: str
    meta: dict[str, Any] | None
    build: Callable[[Gen], Table] | None = None
    encoding: str = "utf-8"
    sheet: str = "Sheet1"
    resources: list[Resource] = field(default_factory=list)
    datapackage: Callable[[], dict[str, Any]] | None = None
    personal: dict[str, list[str]] = field(default_factory=dict)  # column -> entities
    invalid: str | None = None  # expected Frictionless (v5) error type
    source: str = "directory"  # or "datajson"
    identifier: str | None = None  # the data.json record's identifier
    documents: list[Document] = field(default_factory=list)

    @property
    def name(self) -> str | None:
        if self.source == "datajson":
            assert self.meta is not None
            return harvested_name(self.meta["title"])
        if self.datapackage is not None:
            return self.datapackage()["name"]
        return self.meta.get("name") if self.meta else None

    @property
    def key(self) -> str:
        return f"{self.folder}/{self.file}" if self.source == "datajson" \
            else f"{self.publisher}/{self.file}"

    @property
    def folder(self) -> str:
        """Where its files are, relative to the demo data folder."""
        return f"{'portal' if self.source == 'datajson' else 'sources'}/{self.publisher}"


def harvested_name(title: str) -> str:
    """The name govcat gives a harvested dataset whose title is no name (a Chinese title,
    as in data.json, which has no name field): the title transliterated, as the
    publication pipeline does (catalog/pipeline.py, _slug)."""
    return slugify(title, max_length=80, word_boundary=True, save_order=True)


def catalogue() -> list[DemoDataset]:
    """All demo datasets, department by department."""
    T, R, S, J, M = "hztjj", "hzrsj", "hzscjg", "hzjtj", "hzmzj"
    return [
        # ---------------------------------------------------------------- 统计局
        DemoDataset(
            T,
            "常住人口统计年报2023",
            meta(
                T,
                "人口和就业统计处",
                name="population-annual-2023",
                title="常住人口统计年报（2023年）",
                title_en="Resident population annual report (2023)",
                description="根据2023年全国人口变动情况抽样调查结果推算，发布全市及各区、县（市）年末常住人口、性别构成、"
                "城镇化率和人口自然变动情况，并附年龄构成和2000年以来的历年人口数据。",
                theme="人口与就业",
                keywords=["常住人口", "人口变动", "城镇化率", "年龄构成", "统计年报"],
                update_frequency="annual",
                issued="2024-03-15",
                modified="2024-03-15",
                temporal_start="2000-01-01",
                temporal_end="2023-12-31",
                resources=[
                    {
                        "path": "分区县常住人口.csv",
                        "title": "分区县常住人口（2021—2023年）",
                        "description": "全市及各区、县（市）年末常住人口、性别、城镇人口"
                        "与自然变动。",
                    },
                    {
                        "path": "年龄构成.csv",
                        "title": "常住人口年龄构成",
                        "description": "按五岁年龄组分性别的常住人口。",
                    },
                    {
                        "path": "历年常住人口.csv",
                        "title": "历年常住人口（2000—2023年）",
                        "description": "年末常住人口、户籍人口、出生与死亡人口。",
                    },
                ],
            ),
            resources=[
                Resource("分区县常住人口.csv", population_by_district),
                Resource("年龄构成.csv", population_by_age),
                Resource("历年常住人口.csv", population_history),
            ],
        ),
        DemoDataset(
            T,
            "国民经济主要指标月度.csv",
            meta(
                T,
                "综合处",
                name="economy-main-indicators-monthly",
                title="国民经济主要指标（月度）",
                title_en="Key economic indicators (monthly)",
                description="按月发布规模以上工业增加值、固定资产投资、社会消费品零售总额、货物进出口、一般公共预算收入、"
                "居民消费价格和城镇调查失业率等主要经济指标的累计数据。1月数据与2月合并发布。",
                theme="经济管理",
                keywords=["经济运行", "月度数据", "社会消费品零售总额", "固定资产投资"],
                update_frequency="monthly",
                issued="2022-03-20",
                modified="2024-07-18",
                temporal_start="2022-01-01",
                temporal_end="2024-06-30",
            ),
            build=economy_main_indicators,
        ),
        DemoDataset(
            T,
            "居民消费价格指数.csv",
            meta(
                T,
                "住户调查处",
                name="cpi-monthly",
                title="居民消费价格指数（月度）",
                title_en="Consumer price index (monthly)",
                description="全市居民消费价格总指数及食品烟酒、衣着、居住等八大类价格指数，含同比、环比和累计指数。"
                "数据来源于城市居民消费价格调查。",
                theme="经济管理",
                keywords=["CPI", "居民消费价格", "物价", "价格指数"],
                update_frequency="monthly",
                issued="2022-08-12",
                modified="2024-07-12",
                temporal_start="2022-07-01",
                temporal_end="2024-06-30",
            ),
            build=cpi_monthly,
            encoding="gbk",
        ),
        DemoDataset(
            T,
            "城乡居民收支.xlsx",
            meta(
                T,
                "住户调查处",
                name="household-income-expenditure-quarterly",
                title="城乡居民人均收支情况（季度）",
                title_en="Per-capita household income and consumption expenditure (quarterly)",
                description="按季度累计发布全体居民、城镇居民和农村居民人均可支配收入及增速，以及全体居民人均消费支出。"
                "数据来源于城乡一体化住户收支与生活状况调查。",
                theme="经济管理",
                keywords=["人均可支配收入", "消费支出", "住户调查", "城乡居民"],
                update_frequency="quarterly",
                issued="2019-04-25",
                modified="2024-07-22",
                temporal_start="2019-01-01",
                temporal_end="2024-06-30",
            ),
            build=household_income,
            sheet="居民收支",
        ),
        DemoDataset(
            T,
            "district-key-indicators",
            None,
            datapackage=district_indicators_package,
            resources=[Resource("district_indicators.csv", district_indicators)],
        ),
        DemoDataset(
            T,
            "规模以上工业企业名录.csv",
            meta(
                T,
                "工业统计处",
                name="industrial-enterprises-above-designated-size",
                title="规模以上工业企业名录及主要指标",
                title_en="Register of industrial enterprises above designated size",
                description="年主营业务收入2000万元及以上工业法人单位的名录及营业收入、利润总额和从业人员等主要指标。"
                "根据《中华人民共和国统计法》第二十五条，能够识别单个统计调查对象的资料不得对外提供，本数据集仅登记目录、不予开放。",
                theme="工业交通",
                keywords=["规模以上工业", "企业名录", "工业统计"],
                open_condition="not_open",
                legal_basis="article_14",
                update_frequency="annual",
                issued="2024-05-10",
                modified="2024-05-10",
                temporal_start="2023-01-01",
                temporal_end="2023-12-31",
            ),
            build=industrial_enterprises,
        ),
        # ---------------------------------------------------------------- 人社局
        DemoDataset(
            R,
            "城镇新增就业.csv",
            meta(
                R,
                "就业促进处",
                name="urban-new-employment-monthly",
                title="城镇新增就业情况（分区县月度）",
                title_en="New urban employment by district (monthly)",
                description="各区、县（市）每月城镇新增就业人数、失业人员再就业人数、就业困难人员实现就业人数及期末城镇登记失业人数。",
                theme="人口与就业",
                keywords=["城镇新增就业", "再就业", "登记失业", "就业困难人员"],
                update_frequency="monthly",
                issued="2023-02-15",
                modified="2024-07-15",
                temporal_start="2023-01-01",
                temporal_end="2024-06-30",
            ),
            build=urban_new_employment,
        ),
        DemoDataset(
            R,
            "社会保险参保人数.xlsx",
            meta(
                R,
                "社会保险处",
                name="social-insurance-enrollment-monthly",
                title="社会保险参保人数（月度）",
                title_en="Social insurance enrollment (monthly)",
                description="全市企业职工基本养老保险、机关事业单位养老保险、城乡居民基本养老保险、失业保险和工伤保险月末参保人数，"
                "以及领取基本养老金人数。",
                theme="社会保障",
                keywords=["社会保险", "养老保险", "失业保险", "工伤保险", "参保人数"],
                update_frequency="monthly",
                issued="2021-08-20",
                modified="2024-07-20",
                temporal_start="2021-07-01",
                temporal_end="2024-06-30",
            ),
            build=social_insurance_enrollment,
            sheet="参保人数",
        ),
        DemoDataset(
            R,
            "minimum-wage-standards.json",
            meta(
                R,
                "劳动关系处",
                name="minimum-wage-standards",
                title="最低工资标准",
                title_en="Minimum wage standards",
                description="2015年以来历次调整后各区、县（市）执行的月最低工资标准和非全日制工作小时最低工资标准及适用档次，"
                "按现行行政区划整理。",
                theme="社会保障",
                keywords=["最低工资", "工资标准", "劳动关系"],
                update_frequency="irregular",
                issued="2015-10-20",
                modified="2024-06-25",
                temporal_start="2015-11-01",
            ),
            build=minimum_wage,
        ),
        DemoDataset(
            R,
            "2024年事业单位公开招聘拟聘用人员公示.csv",
            meta(
                R,
                "事业单位人事管理处",
                name="public-institution-recruitment-2024",
                title="2024年局属事业单位公开招聘拟聘用人员名单",
                description="根据公开招聘笔试、面试、体检和考察结果，现将局属事业单位2024年公开招聘拟聘用人员名单予以公示，"
                "公示期7个工作日。对公示人员如有异议，可在公示期内向事业单位人事管理处反映。",
                theme="人口与就业",
                keywords=["事业单位", "公开招聘", "拟聘用", "公示"],
                update_frequency="irregular",
                issued="2024-06-14",
                modified="2024-06-14",
                temporal_start="2024-06-14",
                temporal_end="2024-06-24",
            ),
            build=recruitment_list,
            personal={"姓名": [PERSON]},
        ),
        DemoDataset(
            R,
            "灵活就业人员社会保险补贴发放名单（2024年第一季度）.csv",
            meta(
                R,
                "就业促进处",
                name="flexible-employment-subsidy-2024q1",
                title="灵活就业人员社会保险补贴发放名单（2024年第一季度）",
                description="根据就业补助资金管理有关规定，对2024年第一季度符合条件的就业困难人员灵活就业社会保险补贴发放情况予以公示。"
                "补贴标准按当期社会保险缴费基数下限的一定比例核定。",
                theme="社会保障",
                keywords=["灵活就业", "社保补贴", "就业困难人员", "补贴公示"],
                update_frequency="quarterly",
                issued="2024-04-18",
                modified="2024-04-18",
                temporal_start="2024-01-01",
                temporal_end="2024-03-31",
            ),
            build=flexible_employment_subsidy,
            encoding="gb18030",
            personal={"姓名": [PERSON], "身份证号": [CN_RESIDENT_ID], "手机号码": [CN_MOBILE]},
        ),
        DemoDataset(
            R,
            "employment-subsidy-bank-payment-202403.csv",
            meta(
                R,
                "就业促进处",
                name="employment-subsidy-bank-payment-2024-03",
                title="就业补贴资金银行代发明细（2024年3月）",
                title_en="Employment subsidy bank payment details (March 2024)",
                description="2024年3月通过代发银行发放的灵活就业社保补贴、一次性创业补贴、求职创业补贴等就业补贴资金明细，"
                "含收款人身份证号和银行卡号，用于资金监管和审计。",
                theme="社会保障",
                keywords=["就业补贴", "银行代发", "资金发放"],
                open_condition="conditional",
                legal_basis="article_15",
                access_conditions="仅向承担就业补助资金审计、监督检查职责的单位及经批准的科研机构提供；申请人须提交用途说明并签署"
                "数据使用承诺书，数据仅限约定用途使用，不得对外提供或用于识别个人。",
                update_frequency="monthly",
                issued="2024-04-08",
                modified="2024-04-08",
                temporal_start="2024-03-01",
                temporal_end="2024-03-31",
            ),
            build=bank_payment,
            personal={"姓名": [PERSON], "身份证号": [CN_RESIDENT_ID], "银行卡号": [BANK_CARD]},
        ),
        DemoDataset(
            R,
            "人力资源服务机构名录.xlsx",
            meta(
                R,
                "人力资源市场处",
                name="hr-service-agencies",
                title="经营性人力资源服务机构名录",
                title_en="Licensed human resources service agencies",
                description="取得人力资源服务许可证的经营性人力资源服务机构名录，包括机构名称、统一社会信用代码、许可证编号、住所和许可业务范围。",
                theme="人口与就业",
                keywords=["人力资源服务", "许可", "机构名录"],
                update_frequency="monthly",
                issued="2020-01-10",
                modified="2024-06-05",
                temporal_end="2024-05-31",
            ),
            build=hr_service_agencies,
            sheet="机构名录",
            invalid="blank-label",
        ),
        # ---------------------------------------------------------------- 市场监管局
        DemoDataset(
            S,
            "market-entity-registration-monthly.csv",
            meta(
                S,
                "登记注册局",
                name="market-entity-registration-monthly",
                title="市场主体登记注册统计（分区县月度）",
                title_en="Market entity registrations by district (monthly)",
                description="各区、县（市）每月新设企业、个体工商户、农民专业合作社户数，期末实有企业和个体工商户户数，以及新设企业注册资本。",
                theme="市场监管",
                keywords=["市场主体", "企业登记", "个体工商户", "注册资本"],
                update_frequency="monthly",
                issued="2023-02-10",
                modified="2024-01-12",
                temporal_start="2023-01-01",
                temporal_end="2023-12-31",
            ),
            build=market_registration,
        ),
        DemoDataset(
            S,
            "食品安全监督抽检结果.csv",
            meta(
                S,
                "食品安全抽检监测处",
                name="food-safety-sampling-2024",
                title="食品安全监督抽检结果（2024年上半年）",
                title_en="Food safety sampling inspection results (H1 2024)",
                description="2024年上半年市级食品安全监督抽检结果，涵盖乳制品、粮食加工品、调味品和食用农产品等类别。"
                "不合格产品已责令经营者下架召回，并依法开展核查处置。",
                theme="市场监管",
                keywords=["食品安全", "监督抽检", "不合格食品", "食用农产品"],
                update_frequency="monthly",
                issued="2024-02-20",
                modified="2024-06-28",
                temporal_start="2024-01-01",
                temporal_end="2024-06-30",
            ),
            build=food_sampling,
            encoding="gb18030",
        ),
        DemoDataset(
            S,
            "administrative-penalties-2024.json",
            meta(
                S,
                "执法稽查局",
                name="administrative-penalties-2024",
                title="行政处罚决定书公示（2024年）",
                title_en="Administrative penalty decisions (2024)",
                description="依据《市场监督管理行政处罚信息公示规定》，公示全市市场监管部门2024年作出的适用普通程序的行政处罚决定信息，"
                "包括当事人、违法事实、处罚依据和处罚内容。",
                theme="信用服务",
                keywords=["行政处罚", "双公示", "执法", "违法事实"],
                update_frequency="weekly",
                issued="2024-01-20",
                modified="2024-06-28",
                temporal_start="2024-01-01",
                temporal_end="2024-06-30",
            ),
            build=administrative_penalties,
            personal={
                "法定代表人（负责人）": [PERSON],
                # companies, and individual businesses named after their owner (the names
                # inside those are masked; a company's name is not personal)
                "当事人名称": [PERSON, ORGANISATION],
                "违法事实": [PERSON, CN_MOBILE],
                "联系电话": [CN_MOBILE],
            },
        ),
        DemoDataset(
            S,
            "食品经营许可公示.csv",
            meta(
                S,
                "食品经营监管处",
                name="food-business-licenses-2024",
                title="食品经营许可信息公示（2024年）",
                title_en="Food business licences granted (2024)",
                description="2024年全市新核发的食品经营许可证信息，包括许可证编号、经营者名称、法定代表人（负责人）、经营场所、"
                "主体业态、经营项目和有效期。",
                theme="市场监管",
                keywords=["食品经营许可", "行政许可", "双公示"],
                update_frequency="daily",
                issued="2024-01-03",
                modified="2024-06-28",
                temporal_start="2024-01-01",
                temporal_end="2024-06-30",
            ),
            build=food_business_licenses,
            encoding="utf-8-sig",
            personal={"法定代表人（负责人）": [PERSON]},
        ),
        DemoDataset(
            S,
            "12345热线市场监管类诉求办理情况.csv",
            meta(
                S,
                "消费者权益保护处",
                name="hotline-12345-market-2024q1",
                title="12345热线市场监管类诉求办理情况（2024年第一季度）",
                title_en="12345 hotline market-regulation requests and responses (Q1 2024)",
                description="12345政务服务便民热线转办的市场监管类投诉、举报和咨询工单的诉求摘要、承办单位及办理结果。"
                "诉求摘要由话务员根据来电整理。",
                theme="市场监管",
                keywords=["12345", "投诉举报", "消费维权", "诉求办理"],
                update_frequency="quarterly",
                issued="2024-04-15",
                modified="2024-04-15",
                temporal_start="2024-01-01",
                temporal_end="2024-03-31",
            ),
            build=hotline_12345,
            personal={"诉求摘要": [PERSON, CN_MOBILE, EMAIL]},
        ),
        DemoDataset(
            S,
            "enterprise-credit-risk-classification.csv",
            meta(
                S,
                "信用监督管理处",
                name="enterprise-credit-risk-classification",
                title="企业信用风险分类结果",
                title_en="Enterprise credit risk classification",
                description="根据企业信用风险分类管理办法，对企业按信用风险高低划分为A、B、C、D四类，用于差异化配置“双随机、一公开”抽查比例。"
                "分类结果属于内部监管信息，原则上不对外公开。",
                theme="信用服务",
                keywords=["信用风险分类", "双随机一公开", "信用监管"],
                open_condition="not_open",
                legal_basis="article_16",
                update_frequency="semiannual",
                issued="2024-05-06",
                modified="2024-05-06",
                temporal_end="2024-04-30",
            ),
            build=credit_risk_classification,
        ),
        # ---------------------------------------------------------------- 交通运输局
        DemoDataset(
            J,
            "ev-charging-stations.csv",
            meta(
                J,
                "综合规划处",
                name="public-ev-charging-stations",
                title="公共充电站分布",
                title_en="Public EV charging stations",
                description="全市对社会开放的电动汽车公共充电站位置、直流和交流充电桩数量、开放时间及充电服务费标准。"
                "坐标采用WGS-84坐标系。",
                theme="资源能源",
                keywords=["充电桩", "新能源汽车", "充电站", "地理位置"],
                update_frequency="monthly",
                issued="2023-06-01",
                modified="2024-06-30",
                temporal_end="2024-06-30",
            ),
            build=charging_stations,
        ),
        DemoDataset(
            J,
            "bus-routes",
            meta(
                J,
                "城市客运管理处",
                name="bus-routes-and-stops",
                title="公交线路及站点",
                title_en="Bus routes and stops",
                description="全市部分常规公交、快速公交、社区微公交和夜间公交线路的起终点、首末班时间、票价、线路长度，"
                "以及各线路上行方向的站点顺序和坐标（WGS-84）。",
                theme="工业交通",
                keywords=["公交线路", "公交站点", "公共交通"],
                update_frequency="monthly",
                issued="2023-03-01",
                modified="2024-06-20",
                temporal_end="2024-06-20",
                resources=[
                    {
                        "path": "routes.csv",
                        "title": "公交线路",
                        "description": "线路编号、起终点、首末班时间、票价和运营单位。",
                    },
                    {
                        "path": "stops.csv",
                        "title": "公交站点",
                        "description": "各线路上行方向的站序、站点名称和经纬度。",
                    },
                ],
            ),
            resources=[
                Resource("routes.csv", lambda g: bus_network(g)[0]),
                Resource("stops.csv", lambda g: bus_network(g)[1]),
            ],
        ),
        DemoDataset(J, "公共自行车服务点.json", None, build=bicycle_stations),
        DemoDataset(
            J,
            "passenger-volume-monthly.xlsx",
            meta(
                J,
                "综合规划处",
                name="passenger-volume-monthly",
                title="城市客运量（月度）",
                title_en="Urban passenger volume by mode (monthly)",
                description="全市公交、地铁、巡游出租汽车、网络预约出租汽车、水上巴士客运量和公共自行车租用量月度统计，单位为万人次。",
                theme="工业交通",
                keywords=["客运量", "公共交通", "地铁", "出租汽车"],
                update_frequency="monthly",
                issued="2022-02-15",
                modified="2024-07-15",
                temporal_start="2022-01-01",
                temporal_end="2024-06-30",
            ),
            build=passenger_volume,
            sheet="passenger_volume",
        ),
        DemoDataset(
            J,
            "网约车驾驶员证核发公示（2024年第二季度）.csv",
            meta(
                J,
                "运输管理处",
                name="ride-hailing-driver-permits-2024q2",
                title="网络预约出租汽车驾驶员证核发公示（2024年第二季度）",
                description="2024年第二季度经考核合格、核发网络预约出租汽车驾驶员证的人员名单。从业资格证号与驾驶员居民身份证号码一致。",
                theme="工业交通",
                keywords=["网约车", "驾驶员证", "从业资格", "行政许可"],
                update_frequency="quarterly",
                issued="2024-07-05",
                modified="2024-07-05",
                temporal_start="2024-04-01",
                temporal_end="2024-06-30",
            ),
            build=ride_hailing_permits,
            personal={"姓名": [PERSON], "从业资格证号": [CN_RESIDENT_ID]},
        ),
        DemoDataset(
            J,
            "出租汽车企业服务质量信誉考核结果（2023年度）.csv",
            meta(
                J,
                "城市客运管理处",
                name="taxi-service-quality-2023",
                title="出租汽车企业服务质量信誉考核结果（2023年度）",
                title_en="Taxi company service quality ratings (2023)",
                description="依据出租汽车服务质量信誉考核办法，对全市巡游出租汽车企业2023年度服务质量信誉进行考核，"
                "考核等级分为AAA、AA、A和B四级。",
                theme="信用服务",
                keywords=["出租汽车", "服务质量", "信誉考核"],
                update_frequency="annual",
                issued="2024-03-28",
                modified="2024-04-02",
                temporal_start="2023-01-01",
                temporal_end="2023-12-31",
            ),
            build=taxi_service_quality,
            invalid="extra-cell",
        ),
        DemoDataset(
            J,
            "bus-ic-card-od-flows-202403.csv",
            meta(
                J,
                "科技信息处",
                name="bus-card-od-flows-2024-03",
                title="公交IC卡刷卡客流OD汇总（2024年3月样本日）",
                title_en="Bus smart-card origin–destination flows (sample days, March 2024)",
                description="基于公交IC卡和移动支付刷卡记录汇总的主城区各区之间早晚高峰客流OD矩阵，选取工作日和休息日各一天。"
                "数据已按区级汇总，不含个人出行记录。",
                theme="工业交通",
                keywords=["公交客流", "OD", "出行特征", "交通规划"],
                open_condition="conditional",
                legal_basis="article_15",
                access_conditions="面向交通规划研究机构、高等院校申请使用；须提交研究方案并签订数据使用协议，承诺不尝试识别个人、"
                "不向第三方提供，成果发表前须经数据提供部门审核。",
                update_frequency="irregular",
                issued="2024-04-25",
                modified="2024-04-25",
                temporal_start="2024-03-13",
                temporal_end="2024-03-16",
            ),
            build=bus_card_od,
        ),
        # ---------------------------------------------------------------- 民政局
        # Not a folder: records of the department's data.json catalogue, which `govcat demo`
        # serves over HTTP on 127.0.0.1 while it harvests them (api/demo_portal.py).
        DemoDataset(
            M,
            "elderly-care-institutions.csv",
            meta(
                M,
                "养老服务处",
                title="杭州市养老机构名录",
                description="全市已备案养老机构的名称、统一社会信用代码、地址、机构性质、核定床位数和护理型床位数（张）、"
                "等级评定结果及负责人和联系电话。",
                theme="民政服务",
                keywords=["养老机构", "养老服务", "床位", "等级评定"],
                update_frequency="quarterly",
                issued="2022-03-31",
                modified="2024-06-30",
            ),
            build=elderly_care_institutions,
            personal={"负责人": [PERSON], "联系电话": [CN_MOBILE]},
            source="datajson",
            identifier="330100-hzmzj-elderly-care-institutions",
        ),
        DemoDataset(
            M,
            "minimum-living-allowance-monthly.xlsx",
            meta(
                M,
                "社会救助处",
                title="城乡最低生活保障情况（月度）",
                description="各区、县（市）城乡最低生活保障户数、人数、保障标准和当月资金支出。2024年7月起保障标准调整，"
                "见所附通知。",
                theme="社会保障",
                keywords=["最低生活保障", "低保", "社会救助"],
                update_frequency="monthly",
                issued="2024-02-10",
                modified="2024-07-10",
                temporal_start="2024-01-01",
                temporal_end="2024-06-30",
            ),
            build=minimum_living_allowance,
            sheet="低保月报",
            source="datajson",
            identifier="330100-hzmzj-minimum-living-allowance-monthly",
            documents=[
                Document(
                    "https://mz.hangzhou.gov.cn/",
                    "关于调整2024年杭州市最低生活保障标准的通知（杭州市民政局网站）",
                    "text/html",
                )
            ],
        ),
        DemoDataset(
            M,
            "marriage-registration-offices.json",
            meta(
                M,
                "社会事务处",
                title="婚姻登记机关办公地址及时间",
                description="全市各区、县（市）婚姻登记机关的办公地址、办公时间、网上预约方式和位置坐标（WGS-84）。",
                theme="民政服务",
                keywords=["婚姻登记", "办事指南", "民政服务"],
                update_frequency="irregular",
                issued="2023-05-20",
                modified="2024-05-20",
            ),
            build=marriage_registration_offices,
            source="datajson",
            identifier="330100-hzmzj-marriage-registration-offices",
        ),
    ]


# --------------------------------------------------------------------------------------
# Writing everything
# --------------------------------------------------------------------------------------


def write_table(path: Path, table: Table, encoding: str, sheet: str) -> None:
    """Write ``table`` in the format implied by the file suffix."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        write_csv(path, table, encoding)
    elif suffix == ".xlsx":
        write_xlsx(path, table, sheet)
    elif suffix == ".json":
        write_json(path, table.records())
    else:
        raise ValueError(f"unsupported table format: {path}")


def emit(ds: DemoDataset, out: Path) -> dict[str, Any]:
    """Write one dataset's files under ``out`` and return its expectations entry."""
    base = out / ds.folder
    base.mkdir(parents=True, exist_ok=True)
    g = Gen(ds.name or ds.key)
    files: list[dict[str, Any]] = []
    if ds.resources:  # folder dataset (dataset.json or datapackage.json)
        folder = base / ds.file
        folder.mkdir()
        for res in ds.resources:
            # every resource builder gets a fresh generator seeded by the dataset, so the
            # builders of one folder can derive consistent tables (bus routes and stops)
            table = res.build(Gen(ds.name or ds.key))
            write_table(folder / res.file, table, ds.encoding, ds.sheet)
            files.append(
                {
                    "path": f"{ds.file}/{res.file}",
                    "rows": len(table.rows) + len(table.raw_tail),
                    "columns": len(table.header),
                }
            )
        if ds.datapackage is not None:
            write_json(folder / "datapackage.json", ds.datapackage())
        elif ds.meta is not None:
            write_json(folder / "dataset.json", ds.meta)
        kind = "datapackage" if ds.datapackage is not None else "folder"
    else:
        assert ds.build is not None
        table = ds.build(g)
        write_table(base / ds.file, table, ds.encoding, ds.sheet)
        # a data.json dataset's metadata is a record of the folder's data.json instead
        if ds.source != "datajson" and ds.meta is not None:
            write_json(base / f"{ds.file}.meta.json", ds.meta)
        files.append(
            {
                "path": ds.file,
                "rows": len(table.rows) + len(table.raw_tail),
                "columns": len(table.header),
            }
        )
        kind = Path(ds.file).suffix.lstrip(".")
        for col in ds.personal:
            assert col in table.header, (ds.key, col)
    title = (
        ds.datapackage()["title"]
        if ds.datapackage
        else ds.meta["title"]
        if ds.meta
        else Path(ds.file).stem
    )
    open_condition = ds.meta.get("open_condition", "unconditional") if ds.meta else "unconditional"
    entry = {
        "publisher": ds.publisher,
        "source": ds.source,
        "folder": ds.folder,
        "path": ds.file,
        "name": ds.name,
        "title": title,
        "kind": kind,
        "encoding": ds.encoding if kind == "csv" or ds.resources else None,
        "open_condition": open_condition,
        "files": files,
    }
    if ds.source == "datajson":
        entry["identifier"] = ds.identifier
        entry["links"] = [document.url for document in ds.documents]
    return entry


MEDIA_TYPES = {
    ".csv": "text/csv",
    ".json": "application/json",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
ACCRUAL_PERIODICITY = {"daily": "R/P1D", "monthly": "R/P1M", "quarterly": "R/P3M",
                       "annual": "R/P1Y", "irregular": "irregular"}
LICENSE_URLS = {"CC-BY-4.0": "https://creativecommons.org/licenses/by/4.0/"}


def datajson_record(ds: DemoDataset) -> dict[str, Any]:
    """The DCAT-US 1.1 record of a data.json dataset. Its downloadURLs are relative to the
    data.json (the files lie next to it): the demo's server makes them absolute with the
    address it serves at. data.json has no field for an English title (title_en is left)."""
    assert ds.meta is not None and ds.identifier
    md = ds.meta
    suffix = Path(ds.file).suffix
    publisher = next(p["name"] for p in PUBLISHERS if p["code"] == ds.publisher)
    record: dict[str, Any] = {
        "@type": "dcat:Dataset",
        "identifier": ds.identifier,
        "title": md["title"],
        "description": md["description"],
        "keyword": md["keywords"],
        "issued": md["issued"],
        "modified": md["modified"],
        "publisher": {"@type": "org:Organization", "name": publisher},
        "contactPoint": {
            "@type": "vcard:Contact",
            "fn": md["contact_point"]["name"],
            "hasEmail": f"mailto:{md['contact_point']['email']}",
        },
        "accessLevel": "public",
        "license": LICENSE_URLS[md["license"]],
        "accrualPeriodicity": ACCRUAL_PERIODICITY[md["update_frequency"]],
        "spatial": md["spatial"],
        "theme": [md["theme"]],
        "language": ["zh-CN"],
    }
    if md.get("temporal_start"):
        record["temporal"] = f"{md['temporal_start']}/{md['temporal_end']}"
    record["distribution"] = [
        {
            "@type": "dcat:Distribution",
            "title": f"{md['title']}（{suffix.lstrip('.').upper()}）",
            "downloadURL": ds.file,
            "mediaType": MEDIA_TYPES[suffix],
            "format": suffix.lstrip(".").upper(),
        },
        *(
            {
                "@type": "dcat:Distribution",
                "title": document.title,
                "accessURL": document.url,
                "mediaType": document.media_type,
                "format": "HTML",
            }
            for document in ds.documents
        ),
    ]
    return record


def write_data_json(datasets: list[DemoDataset], out: Path) -> None:
    """Each department's data.json catalogue of its data.json datasets."""
    for code in dict.fromkeys(ds.publisher for ds in datasets if ds.source == "datajson"):
        write_json(
            out / "portal" / code / "data.json",
            {
                "@context": "https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld",
                "@type": "dcat:Catalog",
                "conformsTo": "https://project-open-data.cio.gov/v1.1/schema",
                "describedBy": "https://project-open-data.cio.gov/v1.1/schema/catalog.json",
                "dataset": [
                    datajson_record(ds)
                    for ds in datasets
                    if ds.source == "datajson" and ds.publisher == code
                ],
            },
        )


README = """\
# govcat demo data

Bundled data for `govcat demo`: five departments of 杭州市 (Hangzhou; real division codes,
districts, roads and coordinates) with **entirely synthetic** content — statistics drawn from
plausible trends, names from a seeded Faker (zh_CN), resident IDs / bank cards / mobile
numbers generated with valid check digits. Nothing here describes a real person.

* `publishers.json` — the departments (`code`, `name`, `name_en`, `description`, and a
  `privacy_policy` where a department has one, as `govcat publisher policy` sets it: hzrsj drops
  bank card columns and publishes birth dates as years).
* `sources/<publisher code>/` — a *directory harvest source* per department: each top-level
  `.csv`/`.xlsx`/`.json` file is a dataset with an optional `<file>.meta.json` sidecar; each
  sub-folder is a dataset described by `dataset.json`, or by `datapackage.json` (Frictionless
  Data Package with a Table Schema: `hztjj/district-key-indicators/`).
* `portal/<publisher code>/` — a department that publishes through its own *data.json*
  catalogue (DCAT-US 1.1) instead of a folder: `hzmzj` (杭州市民政局). `govcat demo` serves
  `portal/` over HTTP on 127.0.0.1 (a free port, only while it harvests; `api/demo_portal.py`)
  and harvests `http://127.0.0.1:<port>/hzmzj/data.json` as a `datajson` source, as it would a
  real portal: the table distributions (CSV, XLSX, JSON) are downloaded, validated and
  screened; the allowance notice, a page of the bureau's website, is listed as a link to it
  and never fetched. The bundled data.json gives each table's `downloadURL` relative to
  itself (the file next to it); the server writes them absolute, with its address, when it
  serves the data.json. DCAT-US has no field for an English
  title, so these datasets have none, and their names are their transliterated titles.
* `expectations.json` — machine-readable facts for tests (see below).

Regenerate (byte-identical for the pinned Faker version; do not edit the files by hand):

    .venv/bin/python scripts/make_demo_data.py

## Datasets ({total} in total)

{table}

Formats: CSV in UTF-8 (most), GBK (`hztjj/居民消费价格指数.csv`), GB18030
(`hzrsj/灵活就业人员社会保险补贴发放名单（2024年第一季度）.csv`, `hzscjg/食品安全监督抽检结果.csv`),
UTF-8 with BOM (`hzscjg/食品经营许可公示.csv`); XLSX; JSON arrays of objects.
`hzjtj/公共自行车服务点.json` deliberately has no sidecar (its title is the file stem).

## Personal information (the privacy screen must find and remediate it)

{personal}

## Expected to fail Frictionless validation

{invalid}

## expectations.json

`{{"total_datasets": N, "invalid": [names], "invalid_errors": {{name: frictionless error type}},
"personal": {{name: [entities]}}, "personal_columns": {{name: {{column: [entities]}}}},
"open_conditions": {{name: condition}}, "datasets": [{{publisher, source, folder, path, name, title,
kind, encoding, open_condition, files: [{{path, rows, columns}}]}}]}}` — `source` is `directory` or
`datajson`; `folder` is where the files are (relative to this folder), and `files[].path` is
relative to it; a `datajson` dataset also has its record's `identifier` and the `links` it
lists without fetching. `name` is null for the one dataset without metadata. Entity labels:
`PERSON`, `CN_RESIDENT_ID`, `CN_MOBILE`, `BANK_CARD`, `EMAIL_ADDRESS`.
"""


def render_readme(datasets: list[DemoDataset], entries: list[dict[str, Any]]) -> str:
    labels = {"unconditional": "无条件开放", "conditional": "有条件开放", "not_open": "不予开放"}
    lines = [
        "| publisher | source | file / folder | name | format | open condition | rows |",
        "|---|---|---|---|---|---|---|",
    ]
    for e in entries:
        fmt = e["kind"] + (f" ({e['encoding']})" if e["encoding"] not in (None, "utf-8") else "")
        rows = " + ".join(str(f["rows"]) for f in e["files"])
        lines.append(
            f"| {e['publisher']} | {e['source']} | `{e['path']}` | `{e['name'] or '—'}` | {fmt} | "
            f"{labels[e['open_condition']]} | {rows} |"
        )
    personal = [
        f"* `{ds.name}` ({ds.key}): "
        + "; ".join(f"{col} → {', '.join(ents)}" for col, ents in ds.personal.items())
        for ds in datasets
        if ds.personal
    ]
    invalid = [f"* `{ds.name}` ({ds.key}): `{ds.invalid}`" for ds in datasets if ds.invalid]
    invalid.append(
        "\n`taxi-service-quality-2023`: the last row was typed in by hand and its 备注 contains an "
        "unquoted comma. `hr-service-agencies`: a notes column (column I) was added without "
        "a header. "
        "Error types are Frictionless v5 names. Every other file validates cleanly."
    )
    return README.format(
        total=len(entries),
        table="\n".join(lines),
        personal="\n".join(personal),
        invalid="\n".join(invalid),
    )


def generate(out: Path) -> list[dict[str, Any]]:
    """Regenerate everything under ``out`` (its ``sources/`` and ``portal/`` are replaced)."""
    datasets = catalogue()
    names = [ds.name for ds in datasets if ds.name]
    assert len(names) == len(set(names)), "dataset names must be unique"
    for folder in (out / "sources", out / "portal"):
        if folder.exists():
            shutil.rmtree(folder)
    (out / "sources").mkdir(parents=True)
    write_json(out / "publishers.json", PUBLISHERS)
    entries = [emit(ds, out) for ds in datasets]
    write_data_json(datasets, out)
    expectations = {
        "total_datasets": len(entries),
        "generator": {
            "script": "scripts/make_demo_data.py",
            "seed": BASE_SEED,
            "faker": faker.VERSION,
        },
        "invalid": [ds.name for ds in datasets if ds.invalid],
        "invalid_errors": {ds.name: ds.invalid for ds in datasets if ds.invalid},
        "personal": {
            ds.name: sorted({e for ents in ds.personal.values() for e in ents})
            for ds in datasets
            if ds.personal
        },
        "personal_columns": {ds.name: ds.personal for ds in datasets if ds.personal},
        "open_conditions": {e["name"] or e["path"]: e["open_condition"] for e in entries},
        "datasets": entries,
    }
    write_json(out / "expectations.json", expectations)
    (out / "README.md").write_text(render_readme(datasets, entries), encoding="utf-8")
    return entries


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out", type=Path, default=DEFAULT_OUT, help="output directory (default: api/demo_data)"
    )
    args = parser.parse_args()
    entries = generate(args.out)
    print(f"wrote {len(entries)} datasets to {args.out}")


if __name__ == "__main__":
    main()
