"""A dataset's quality score: 0–100, and for each criterion the points earned, the points
possible, why, and what would earn the rest.

Learnt from data.gouv.fr's score (udata's Dataset.quality: a description worth reading, an
open format, a licence, temporal and spatial coverage, a declared update frequency and
updates on time) and from the data layer of 开放数林 (quantity, quality, conformance,
openness), with what govcat knows besides: whether each table passed Frictionless' checks,
has a Table Schema, and is a file govcat screened and serves rather than a link.

The score is computed from a revision when it is read, never stored: timeliness depends on
the day it is read (a dataset becomes overdue without anything of it changing, as udata
found: it keeps its update check out of its cached score for that reason), and everything
else is a few lookups in the revision's metadata and resources that a read has loaded
anyway (bench/quality_bench.py measures it).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from catalog.clock import china_day, china_today, iso_day, parse_day
from catalog.crosswalk.licenses import OPEN_LICENSES

MAX_SCORE = 100
# A description worth reading: 50 Chinese characters, or 100 letters and digits (udata asks
# for 100 characters of French; a Chinese character says about what two letters do)
DESCRIPTION_WEIGHT = 100
DESCRIPTION_MIN_WEIGHT = 10  # less than this beside the title repeats the title
# The longest a dataset of each update frequency (更新周期) may go without an update, and a
# day's grace (udata's: a harvest may lag a day behind the source)
UPDATE_PERIODS = {
    "realtime": dt.timedelta(days=1), "daily": dt.timedelta(days=1),
    "weekly": dt.timedelta(days=7), "monthly": dt.timedelta(days=31),
    "quarterly": dt.timedelta(days=92), "semiannual": dt.timedelta(days=183),
    "annual": dt.timedelta(days=366),
}  # fmt: skip
GRACE = dt.timedelta(days=1)
_NOT_ALNUM = re.compile(r"[\W_]+")
# CJK ideographs, kana and hangul (East Asian wide letters): a character says about a word
_WIDE = re.compile("[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003ffff]")
# Formats a program reads without a person: tables, structured documents, geodata
MACHINE_READABLE = frozenset({
    "CSV", "TSV", "JSON", "JSONL", "NDJSON", "XLSX", "XLS", "ODS", "XML", "GEOJSON", "KML",
    "KMZ", "GML", "GPKG", "SHP", "RDF", "TTL", "JSONLD", "JSON-LD", "NT", "N3", "PARQUET",
    "SQLITE", "API", "WMS", "WFS",
})  # fmt: skip
# The metadata completeness criterion's fields (the others are criteria of their own)
COMPLETENESS_FIELDS = (("theme", "数据领域"), ("keywords", "关键词"), ("issued", "发布日期"),
                       ("modified", "更新日期"), ("title_en", "英文名称"))

# key, label, points possible: the breakdown's order
CRITERIA = (
    ("description", "摘要 description", 15),
    ("metadata", "元数据完整 metadata completeness", 10),
    ("coverage", "时空范围 temporal and spatial coverage", 10),
    ("contact_point", "联系方式 contact point", 5),
    ("update_frequency", "更新周期 update frequency", 5),
    ("timeliness", "按期更新 updated on time", 15),
    ("license", "开放许可 open licence", 10),
    ("formats", "机器可读 machine-readable formats", 10),
    ("schema", "数据结构 Table Schema", 5),
    ("validation", "校验 validation", 5),
    ("downloads", "可下载 files govcat serves", 10),
)
assert sum(points for _, _, points in CRITERIA) == MAX_SCORE


class ResourceFacts(Protocol):
    """What the score reads of a resource (catalog.models.Resource has it)."""

    format: str
    storage_key: str | None
    table_schema: dict[str, Any] | None
    validation_status: str


@dataclass(frozen=True, slots=True)
class Criterion:
    """One line of the breakdown; fix is None when every point is earned."""

    key: str
    label: str
    points: int
    max_points: int
    reason: str
    fix: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "label": self.label, "points": self.points,
                "max": self.max_points, "reason": self.reason, "fix": self.fix}


@dataclass(frozen=True, slots=True)
class Timeliness:
    """A dataset's updates against its declared frequency, on a given day."""

    frequency: str | None
    last_updated: dt.date | None  # the department's `modified`, else the day it was published
    due: dt.date | None  # the last day of the next update (None: no regular update declared)
    overdue: bool


@dataclass(frozen=True, slots=True)
class Quality:
    score: int
    criteria: tuple[Criterion, ...]
    timeliness: Timeliness
    as_of: dt.date

    def to_dict(self) -> dict[str, Any]:
        """The JSON form (catalog.metadata.QualitySchema)."""
        return {"score": self.score, "max": MAX_SCORE, "as_of": self.as_of.isoformat(),
                "last_updated": iso_day(self.timeliness.last_updated),
                "next_update_due": iso_day(self.timeliness.due),
                "overdue": self.timeliness.overdue,
                "criteria": [c.to_dict() for c in self.criteria]}


def revision_quality(revision: Any, today: dt.date | None = None) -> Quality:
    """The quality of a stored revision (its metadata and resources loaded) on `today`
    (China's date by default)."""
    published = china_day(revision.decided_at) if revision.decided_at is not None else None
    return assess(revision.metadata_json, revision.resources, published,
                  today or china_today())


def assess(metadata: Mapping[str, Any], resources: Sequence[ResourceFacts],
           published: dt.date | None, today: dt.date) -> Quality:
    """The score of a revision's metadata (the standard's JSON form) and resources;
    `published`: the day the revision was published (None: not yet)."""
    timeliness = assess_timeliness(metadata, published, today)
    found = {
        "description": _description(metadata),
        "metadata": _completeness(metadata),
        "coverage": _coverage(metadata),
        "contact_point": _contact(metadata),
        "update_frequency": _frequency(metadata),
        "timeliness": _timeliness(timeliness, today),
        "license": _license(metadata),
        "formats": _formats(resources),
        "schema": _schema(resources),
        "validation": _validation(resources),
        "downloads": _downloads(resources),
    }
    criteria = []
    for key, label, possible in CRITERIA:
        share, reason, fix = found[key]
        points = min(possible, max(0, int(share * possible + 1e-9)))
        criteria.append(Criterion(key, label, points, possible, reason,
                                  None if points == possible else fix))
    return Quality(sum(c.points for c in criteria), tuple(criteria), timeliness, today)


def assess_timeliness(metadata: Mapping[str, Any], published: dt.date | None,
                      today: dt.date) -> Timeliness:
    """When the dataset was last updated and when its next update is due."""
    frequency = metadata.get("update_frequency") or None
    last = parse_day(metadata.get("modified")) or published
    period = UPDATE_PERIODS.get(frequency or "")
    if last is None or period is None:
        return Timeliness(frequency, last, None, False)
    due = min(last, today) + period + GRACE
    return Timeliness(frequency, last, due, today > due)


# Each criterion: (share of its points earned, why, what to do)
Found = tuple[float, str, str]


def _description(metadata: Mapping[str, Any]) -> Found:
    text = str(metadata.get("description") or "").strip()
    fix = (f"write a description (摘要) of at least {DESCRIPTION_WEIGHT // 2} Chinese "
           f"characters or {DESCRIPTION_WEIGHT} letters beside the title: what the data "
           "holds, where it comes from, how it is collected and updated")
    if not text:
        return 0.0, "no description", fix
    rest = text
    for title in (metadata.get("title"), metadata.get("title_en")):
        if title:
            rest = rest.replace(str(title).strip(), "")
    weight = text_weight(rest)
    if weight < DESCRIPTION_MIN_WEIGHT:
        return 0.0, "the description only repeats the title", fix
    if weight >= DESCRIPTION_WEIGHT:
        return 1.0, f"a description of {len(text)} characters", fix
    return (weight / DESCRIPTION_WEIGHT,
            f"a short description: {weight} of {DESCRIPTION_WEIGHT} (a Chinese character "
            "counts 2, a letter or digit 1; the title is not counted)", fix)


def text_weight(text: str) -> int:
    """What a text says, roughly: 2 for a CJK character, 1 for a letter or digit;
    punctuation and spaces count nothing."""
    kept = _NOT_ALNUM.sub("", text)
    return len(kept) + len(_WIDE.findall(kept))


def _completeness(metadata: Mapping[str, Any]) -> Found:
    missing = [f"{label} ({key})" for key, label in COMPLETENESS_FIELDS if not metadata.get(key)]
    given = len(COMPLETENESS_FIELDS) - len(missing)
    reason = f"{given} of {len(COMPLETENESS_FIELDS)} fields given"
    if missing:
        reason += f"; missing: {', '.join(missing)}"
    return given / len(COMPLETENESS_FIELDS), reason, f"add {', '.join(missing)}"


def _coverage(metadata: Mapping[str, Any]) -> Found:
    temporal = bool(metadata.get("temporal_start") or metadata.get("temporal_end"))
    spatial = bool(metadata.get("spatial"))
    missing = [what for what, given in (
        ("the time it covers (temporal_start, temporal_end)", temporal),
        ("the area it covers (spatial: 行政区划代码)", spatial)) if not given]
    if not missing:
        return 1.0, "temporal and spatial coverage given", ""
    return (temporal + spatial) / 2, f"not given: {'; '.join(missing)}", \
        f"add {' and '.join(missing)}"


def _contact(metadata: Mapping[str, Any]) -> Found:
    contact = metadata.get("contact_point") or {}
    fix = "give the responsible office's contact_point with an e-mail address or a phone"
    if contact.get("email") or contact.get("phone"):
        return 1.0, "a contact point with an e-mail address or phone", fix
    if contact.get("name"):
        return 0.4, "a contact point without an e-mail address or phone", fix
    return 0.0, "no contact point", fix


def _frequency(metadata: Mapping[str, Any]) -> Found:
    frequency = metadata.get("update_frequency")
    if frequency:
        return 1.0, f"declared: {frequency}", ""
    return 0.0, "no update frequency (更新周期) declared", \
        "declare update_frequency (realtime, daily, …, annual, or irregular)"


def _timeliness(timeliness: Timeliness, today: dt.date) -> Found:
    frequency, last, due = timeliness.frequency, timeliness.last_updated, timeliness.due
    if not frequency:
        return 0.0, "no update frequency declared to check updates against", \
            "declare update_frequency"
    if frequency == "irregular":
        return 1.0, "updated irregularly: no regular update to check", ""
    if due is None:
        return 0.0, "the date of its last update is unknown", "give modified (更新日期)"
    if timeliness.overdue:
        late = (today - due).days
        return (0.0, f"last updated {last}; a {frequency} update was due by {due}, "
                     f"{late} day{'s' if late != 1 else ''} ago",
                "publish the new data (and its modified date), or correct update_frequency")
    return 1.0, f"last updated {last}; the next {frequency} update is due by {due}", ""


def _license(metadata: Mapping[str, Any]) -> Found:
    name = str(metadata.get("license") or "")
    fix = ("publish under an open licence (the Open Definition's): "
           f"{', '.join(sorted(OPEN_LICENSES))}")
    if not name:
        return 0.0, "no licence", fix
    if name in OPEN_LICENSES:
        return 1.0, f"{name} is an open licence", fix
    return 0.0, f"{name} is not an open licence the catalog knows (it may restrict use or " \
                "reuse)", fix


def _formats(resources: Sequence[ResourceFacts]) -> Found:
    if not resources:
        return 0.0, "no resources", "add the data as CSV, JSON or XLSX"
    formats = [(r.format or "?").upper() for r in resources]
    readable = sum(1 for f in formats if f in MACHINE_READABLE)
    others = sorted({f for f in formats if f not in MACHINE_READABLE})
    reason = f"{readable} of {len(resources)} resources machine-readable"
    if others:
        reason += f" (not: {', '.join(others)})"
    return readable / len(resources), reason, \
        "publish the data itself as CSV, JSON or XLSX beside documents and images"


def _schema(resources: Sequence[ResourceFacts]) -> Found:
    if not resources:
        return 0.0, "no resources", "add a table"
    described = sum(1 for r in resources if (r.table_schema or {}).get("fields"))
    return described / len(resources), \
        f"{described} of {len(resources)} resources have a Table Schema (信息项)", \
        "publish the data as tables: govcat derives each one's Table Schema"


def _validation(resources: Sequence[ResourceFacts]) -> Found:
    if not resources:
        return 0.0, "no resources", "add a table"
    valid = sum(1 for r in resources if r.validation_status == "valid")
    reason = f"{valid} of {len(resources)} resources passed Frictionless' checks without " \
             "an error"
    if valid < len(resources):
        reason += " (links are not checked)"
    return valid / len(resources), reason, \
        "publish the tables themselves rather than links, so that govcat checks them"


def _downloads(resources: Sequence[ResourceFacts]) -> Found:
    if not resources:
        return 0.0, "no resources", "add the data's files"
    served = sum(1 for r in resources if r.storage_key is not None)
    reason = f"{served} of {len(resources)} resources are files govcat screened and serves"
    if served < len(resources):
        reason += f"; {len(resources) - served} only link to the source"
    return served / len(resources), reason, \
        "give the files (harvest with --resources fetch, or upload them) instead of links"
