"""Re-identification risk of tables (k-anonymity) and generalization helpers.

Generalizers never return more detail than asked: input they cannot parse becomes ""
(suppressed), never the input itself.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import date
from types import MappingProxyType

from privacy.traditional import simplified

QUASI_IDENTIFIER_HINTS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "sex": ("性别", "sex", "gender"),
        "age": ("年龄", "age"),
        "birth_year": (
            "出生年份", "出生年月", "出生日期", "生日",
            "birth", "birthday", "birthdate", "dob", "born",
        ),
        "district": (
            "区县", "街道", "乡镇", "区", "县",
            "district", "county", "subdistrict", "township",
        ),
        "birthplace": ("籍贯", "出生地", "户籍地", "birthplace", "hometown"),
        "postcode": ("邮编", "邮政编码", "postcode", "postal", "zip", "zipcode"),
        "ethnicity": ("民族", "ethnicity", "ethnic"),
        "occupation": ("职业", "工作单位", "occupation", "employer", "job"),
        "education": ("学历", "文化程度", "education"),
        "marital": ("婚姻状况", "婚姻", "marital"),
    }
)

# Suggested generalization per kind (zh / en); order of suggestions follows distinct counts.
_SUGGESTIONS: Mapping[str, str] = MappingProxyType(
    {
        "age": "5岁分段 / 5-year bands (e.g. 35-39), top-code 90+",
        "birth_year": "仅保留年份 / year only",
        "district": "保留至区县级 / district level",
        "district_top": "合并至地市级或合并小区县 / city level or merge small districts",
        "birthplace": "保留至省级 / province level",
        "postcode": "保留前3位 / first 3 digits",
        "ethnicity": "少数民族合并为“其他” / group small categories as other",
        "occupation": "归入职业大类 / broad occupation groups",
        "education": "合并学历层级 / coarser levels (e.g. 高中及以下, 大专, 本科及以上)",
        "marital": "合并为已婚/未婚/其他 / married, unmarried, other",
        "sex": "必要时删除该列 / drop the column if still below k",
        "other": "合并为更粗类别或删除 / coarser categories or drop",
    }
)

_SUB_DISTRICT_WORDS = ("街道", "乡镇", "社区", "村", "street", "subdistrict", "township")
_NOT_PLACE = ("区号", "电话", "号码", "编号")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_TOKEN = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")


def _tokens(text: str) -> set[str]:
    """Lower-cased word tokens of an (English, snake/camel case) header."""
    return {t.lower() for t in _TOKEN.findall(text)}


def _matches(header: str, hint: str) -> bool:
    """Whether one header matches one hint (CJK: substring; English: whole token)."""
    if _CJK.search(hint):
        if len(hint) > 1:
            return hint in header
        core = re.sub(r"(名称|名|代码|编码)$", "", header)
        if any(word in core for word in _NOT_PLACE):
            return False
        return core.startswith(hint) or core.endswith(hint)
    return hint in _tokens(header)


def quasi_identifier_kind(column: str) -> str | None:
    """Quasi-identifier kind of a column header ("age", "birth_year", "district", ...), or None
    (traditional characters read as simplified: 性別, 年齡)."""
    name = simplified(column.strip())
    for kind, hints in QUASI_IDENTIFIER_HINTS.items():
        if any(_matches(name, hint) for hint in hints):
            return kind
    return None


def detect_quasi_identifiers(header: Sequence[str]) -> dict[str, str]:
    """Map each quasi-identifier column name in header to its kind."""
    found: dict[str, str] = {}
    for column in header:
        kind = quasi_identifier_kind(str(column))
        if kind is not None and column not in found:
            found[column] = kind
    return found


@dataclass(frozen=True)
class RiskReport:
    """Aggregate k-anonymity result; holds no cell values."""

    quasi_identifiers: tuple[str, ...]
    rows: int
    min_k: int | None
    threshold: int
    rows_below: int
    share_below: float
    classes: int
    suggestions: tuple[str, ...] = ()

    @property
    def below_threshold(self) -> bool:
        """True when some equivalence class is smaller than the threshold."""
        return self.min_k is not None and self.min_k < self.threshold

    def to_dict(self) -> dict:
        """JSON-ready summary (counts and column names only)."""
        out = asdict(self)
        out["quasi_identifiers"] = list(self.quasi_identifiers)
        out["suggestions"] = list(self.suggestions)
        out["below_threshold"] = self.below_threshold
        return out


def _suggest(column: str, distinct: int) -> str:
    """One suggestion line for a quasi-identifier column."""
    kind = quasi_identifier_kind(column) or "other"
    if kind == "district" and not any(w in column.lower() for w in _SUB_DISTRICT_WORDS):
        kind = "district_top"
    return f"{column} ({distinct} distinct): {_SUGGESTIONS[kind]}"


class KAnonymityCounter:
    """Counts equivalence classes of quasi-identifier values row by row (no third read)."""
    # Each column's values get small integer ids and a row's class is those ids packed into
    # one integer: exact (no hashing), and memory grows with the number of classes and
    # distinct values, not with the length of the values.

    _BITS = 32

    def __init__(self, quasi_identifiers: Sequence[str], positions: Sequence[int],
                 threshold: int = 5) -> None:
        if threshold < 1:
            raise ValueError(f"threshold must be >= 1, got {threshold}")
        self.quasi_identifiers = tuple(quasi_identifiers)
        self.positions = tuple(positions)
        self.threshold = threshold
        self.rows = 0
        self.classes: Counter[int] = Counter()
        self._ids: list[dict[str, int]] = [{} for _ in self.positions]

    def add(self, row: Sequence[object]) -> None:
        """Account for one row (missing cells count as empty)."""
        self.rows += 1
        if not self.positions:
            return
        key, bits, width = 0, self._BITS, len(row)
        for ids, i in zip(self._ids, self.positions, strict=True):
            value = "" if i >= width or row[i] is None else str(row[i])
            number = ids.get(value)
            if number is None:
                number = ids[value] = len(ids)
            key = (key << bits) | number
        self.classes[key] += 1

    def empty(self) -> KAnonymityCounter:
        """A counter of the same quasi-identifiers and threshold, with nothing counted."""
        return KAnonymityCounter(self.quasi_identifiers, self.positions, self.threshold)

    def merge(self, other: KAnonymityCounter) -> None:
        """Add the rows another counter of the same quasi-identifiers has seen."""
        if other.positions != self.positions:
            raise ValueError("cannot merge counters of different quasi-identifier columns")
        self.rows += other.rows
        if not self.positions:
            return
        # Value ids are each counter's own: other's classes are unpacked into values and
        # re-packed with this counter's ids.
        values = [list(ids) for ids in other._ids]     # id -> value (dicts keep id order)
        mask, bits = (1 << self._BITS) - 1, self._BITS
        last = len(self.positions) - 1
        for key, count in other.classes.items():
            mine = 0
            for column, ids in enumerate(self._ids):
                number = (key >> (bits * (last - column))) & mask
                value = values[column][number]
                own = ids.get(value)
                if own is None:
                    own = ids[value] = len(ids)
                mine = (mine << bits) | own
            self.classes[mine] += count

    def report(self) -> RiskReport:
        """The k-anonymity report of the rows seen so far."""
        qis, classes, count, threshold = (self.quasi_identifiers, self.classes, self.rows,
                                          self.threshold)
        if not qis or not count:
            return RiskReport(qis, count, None, threshold, 0, 0.0, len(classes))
        min_k = min(classes.values())
        rows_below = sum(n for n in classes.values() if n < threshold)
        suggestions: tuple[str, ...] = ()
        if min_k < threshold:
            distinct = {q: len(ids) for q, ids in zip(qis, self._ids, strict=True)}
            ranked = sorted(qis, key=lambda q: -distinct[q])
            lines = [_suggest(q, distinct[q]) for q in ranked]
            lines.append(
                f"或删除 {rows_below} 行小于 k={threshold} 的记录 / or suppress those rows"
            )
            suggestions = tuple(lines)
        return RiskReport(
            qis, count, min_k, threshold, rows_below, rows_below / count, len(classes),
            suggestions,
        )


def assess_k_anonymity(
    header: Sequence[str],
    rows: Iterable[Sequence[str]],
    *,
    threshold: int = 5,
    quasi_identifiers: Sequence[str] | None = None,
) -> RiskReport:
    """Measure k-anonymity over the quasi-identifier columns in one streaming pass."""
    if threshold < 1:
        raise ValueError(f"threshold must be >= 1, got {threshold}")
    header = [str(h) for h in header]
    if quasi_identifiers is None:
        qis = tuple(detect_quasi_identifiers(header))
    else:
        missing = [q for q in quasi_identifiers if q not in header]
        if missing:
            raise ValueError(f"quasi-identifier columns not in header: {missing}")
        qis = tuple(dict.fromkeys(quasi_identifiers))
    counter = KAnonymityCounter(qis, [header.index(q) for q in qis], threshold)
    for row in rows:
        counter.add(row)
    return counter.report()


_AGE = re.compile(r"^\s*(\d{1,3})(?:\.\d+)?\s*(?:岁|周岁|years?|yrs?)?\s*$", re.IGNORECASE)


def generalize_age(value: object, width: int = 5, top: int = 90) -> str:
    """Age to a band ("37" -> "35-39"); ages >= top become "90+"; unparseable -> ""."""
    if width < 1:
        raise ValueError(f"width must be >= 1, got {width}")
    match = _AGE.match(str(value)) if value is not None else None
    if not match:
        return ""
    age = int(match.group(1))
    if age > 130:
        return ""
    if age >= top:
        return f"{top}+"
    low = age - age % width
    return f"{low}-{min(low + width - 1, top - 1)}"


_BIRTH = (
    re.compile(r"^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?:[ T].*)?$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
    re.compile(r"^(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})[日号]?)?)?$"),
    re.compile(r"^(\d{4})$"),
)


def generalize_birth_date(value: object) -> str:
    """Birth date in a common format to its year ("1990年3月7日" -> "1990"); else ""."""
    text = "" if value is None else str(value).strip()
    for pattern in _BIRTH:
        match = pattern.match(text)
        if not match:
            continue
        year, month, day = (int(g) if g else None for g in (match.groups() + (None, None))[:3])
        if not 1850 <= year <= 2100:
            return ""
        try:
            date(year, month or 1, day or 1)
        except ValueError:
            return ""
        return f"{year:04d}"
    return ""


# Name bodies may start with any CJK char but may not continue over street-level words,
# digits or a lower administrative suffix, so "建国路市场" is never taken for a city.
_BODY = r"[\u4e00-\u9fff](?:(?![路街道号巷弄楼栋幢室座区县镇乡村])[\u4e00-\u9fff]){0,8}?"
_ADDRESS = re.compile(
    rf"""^(?P<province>(?:北京|天津|上海|重庆)市|{_BODY}(?:省|自治区|特别行政区))?
         (?P<city>{_BODY}(?:自治州|地区|盟|市))?
         (?P<district>{_BODY}(?:自治县|自治旗|林区|特区|新区|区|县|市|旗))?""",
    re.VERBOSE,
)
_NOT_DISTRICT = ("小区", "社区", "校区", "景区", "片区", "厂区", "园区")


# A value of coordinates only: one or more decimal degrees, separated by commas, semicolons,
# slashes or spaces (120.090829,30.346722)
_COORDINATE = re.compile(r"[+-]?\d{1,3}(?:\.\d+)?")
_COORDINATES = re.compile(
    r"\s*[+-]?\d{1,3}(?:\.\d+)?(?:\s*[,，;；/ ]\s*[+-]?\d{1,3}(?:\.\d+)?)*\s*")


def generalize_coordinates(value: object, places: int = 2) -> str:
    """Decimal degrees rounded to places decimals (0.01°, about 1 km): "120.090829" ->
    "120.09"; "" when the value is not coordinates (it is then masked)."""
    text = "" if value is None else str(value)
    if not _COORDINATES.fullmatch(text):
        return ""
    numbers = [float(m.group()) for m in _COORDINATE.finditer(text)]
    if any(abs(number) > 180 for number in numbers):
        return ""

    def rounded(match: re.Match[str]) -> str:
        number = round(float(match.group()), places) + 0.0  # no "-0"
        return f"{number:.{places}f}".rstrip("0").rstrip(".") if "." in match.group() \
            else match.group()

    return _COORDINATE.sub(rounded, text.strip())


def generalize_address(value: object) -> str:
    """Chinese address to its province/city/district prefix; "" when none is recognised."""
    text = re.sub(r"\s+", "", "" if value is None else str(value))
    match = _ADDRESS.match(text)
    if not match:
        return ""
    parts = [match.group("province"), match.group("city"), match.group("district")]
    if parts[2] and parts[2].endswith(_NOT_DISTRICT):
        parts[2] = None
    return "".join(p for p in parts if p)
