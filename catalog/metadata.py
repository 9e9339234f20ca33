"""The catalog's metadata standard (DCAT-AP + 政务信息资源目录), as marshmallow schemas."""

from __future__ import annotations

import re
from typing import Any

from marshmallow import (
    EXCLUDE,
    RAISE,
    Schema,
    ValidationError,
    fields,
    pre_load,
    validate,
    validates_schema,
)

from catalog.errors import CatalogError

THEMES = (
    "综合政务", "经济管理", "财税金融", "农业农村", "工业交通", "城乡建设", "生态环境",
    "教育科技", "文化旅游", "卫生健康", "社会保障", "公共安全", "人口与就业", "市场监管",
    "民政服务", "资源能源", "信用服务", "气象服务", "地理空间", "法律服务",
)  # fmt: skip

OPEN_CONDITIONS = {
    "unconditional": "无条件开放",
    "conditional": "有条件开放",
    "not_open": "不予开放",
}

# 政府信息公开条例 (2019): the articles under which information is not (fully) disclosed.
LEGAL_BASES = {
    "article_14": "第十四条：国家秘密、法律法规禁止公开、危及国家安全公共安全经济安全社会稳定",
    "article_15": "第十五条：商业秘密、个人隐私",
    "article_16": "第十六条：内部事务信息、过程性信息、行政执法案卷信息",
}

# What a not-open dataset (不予开放) shows of itself: that it exists (its title, and its name and
# publisher, which are the dataset's own), its open condition and the legal basis for not
# opening it, nothing else (no description, keywords, coverage, contact, resources or schema):
# every public output takes a published revision's metadata through shown_metadata.
NOT_OPEN_FIELDS = ("title", "title_en", "open_condition", "legal_basis")


def shown_metadata(metadata: dict[str, Any]) -> dict[str, Any]:
    """The part of a published revision's metadata the public sees: all of it, except for a
    not-open dataset (NOT_OPEN_FIELDS only)."""
    if not is_not_open(metadata):
        return dict(metadata)
    return {key: metadata[key] for key in NOT_OPEN_FIELDS if key in metadata}


def is_not_open(metadata: dict[str, Any]) -> bool:
    """Whether metadata says 不予开放: then no resource of it is shown, listed or served."""
    return metadata.get("open_condition") == "not_open"


UPDATE_FREQUENCIES = (
    "realtime", "daily", "weekly", "monthly", "quarterly", "semiannual", "annual", "irregular",
)  # fmt: skip

# The words departments write for the standard's enumerated values (更新周期：每月), each to
# its canonical value; the labels of OPEN_CONDITIONS and LEGAL_BASES are taken too.
VALUE_WORDS: dict[str, dict[str, str]] = {
    "update_frequency": {
        "实时": "realtime", "实时更新": "realtime", "每日": "daily", "每天": "daily",
        "按日": "daily", "日": "daily", "日更新": "daily", "每周": "weekly", "按周": "weekly",
        "周": "weekly", "每星期": "weekly", "每月": "monthly", "按月": "monthly", "月": "monthly",
        "月度": "monthly", "逐月": "monthly", "每季度": "quarterly", "每季": "quarterly",
        "按季": "quarterly", "按季度": "quarterly", "季": "quarterly", "季度": "quarterly",
        "每半年": "semiannual", "半年": "semiannual", "半年度": "semiannual",
        "每年": "annual", "按年": "annual", "年": "annual", "年度": "annual",
        "每年度": "annual", "不定期": "irregular", "不定时": "irregular",
    },
    "open_condition": {
        **{label: key for key, label in OPEN_CONDITIONS.items()},
        "无条件": "unconditional", "有条件": "conditional", "不开放": "not_open",
    },
    "legal_basis": {
        "第十四条": "article_14", "第十五条": "article_15", "第十六条": "article_16",
        "条例第十四条": "article_14", "条例第十五条": "article_15",
        "条例第十六条": "article_16", "14": "article_14", "15": "article_15",
        "16": "article_16",
    },
    "language": {"中文": "zh-CN", "简体中文": "zh-CN", "汉语": "zh-CN", "zh": "zh-CN",
                 "zh-cn": "zh-CN", "英文": "en", "英语": "en"},
}

# The standard's names for its fields (DESIGN.md), for "did you mean" on an unknown key
FIELD_LABELS = {
    "名称": "title", "标题": "title", "摘要": "description", "描述": "description",
    "简介": "description", "数据领域": "theme", "主题": "theme", "关键词": "keywords",
    "关键字": "keywords", "标签": "keywords", "开放属性": "open_condition",
    "开放类型": "open_condition", "不予开放依据": "legal_basis", "法律依据": "legal_basis",
    "开放条件": "access_conditions", "许可": "license", "许可协议": "license",
    "更新周期": "update_frequency", "更新频率": "update_frequency", "发布日期": "issued",
    "发布时间": "issued", "更新日期": "modified", "更新时间": "modified",
    "开始时间": "temporal_start", "结束时间": "temporal_end", "行政区划代码": "spatial",
    "空间范围": "spatial", "联系方式": "contact_point", "联系人": "contact_point",
    "语言": "language", "资源": "resources", "英文名称": "title_en",
    "形成日期": "formed", "形成时间": "formed", "生成日期": "formed", "产生日期": "formed",
}  # fmt: skip

NAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{1,99}$")
SPATIAL_PATTERN = re.compile(r"^[1-8]\d{5}$")  # 6-digit 行政区划代码, first digit a region
FORMAT_MEDIA_TYPES = {
    "CSV": "text/csv",
    "XLSX": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "JSON": "application/json",
}
# The tables the screen reads, by suffix; XLS and ODS are published as XLSX (PUBLISHED_AS)
TABLE_SUFFIXES = {".csv": "CSV", ".tsv": "CSV", ".xlsx": "XLSX", ".xls": "XLS", ".ods": "ODS",
                  ".json": "JSON"}
PUBLISHED_AS = {"XLS": "XLSX", "ODS": "XLSX"}
WORKBOOK_FORMATS = ("XLSX", "XLS", "ODS")


class _SheetField(fields.Field):
    """A sheet by name, or by its 1-based position (a number)."""

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> str:
        if isinstance(value, bool) or not isinstance(value, str | int) or \
                (isinstance(value, int) and value < 1) or \
                (isinstance(value, str) and not value.strip()):
            raise ValidationError("must be a sheet's name or its position (1, 2, …)")
        return str(value).strip() if isinstance(value, str) else str(value)


class ContactPointSchema(Schema):
    class Meta:
        unknown = RAISE

    name = fields.String(validate=validate.Length(max=200))
    email = fields.Email()
    phone = fields.String(validate=validate.Length(max=50))


class ResourceInputSchema(Schema):
    """A resource as a publisher describes it (files come from the intake)."""

    class Meta:
        unknown = RAISE

    path = fields.String(required=True)
    name = fields.String(validate=validate.Length(min=1, max=200))
    title = fields.String(validate=validate.Length(max=500))
    description = fields.String(validate=validate.Length(max=5000))
    # where the table lies in its file, when govcat's detection is wrong
    sheet = _SheetField(metadata={"description": "a workbook's sheet: its name or position"})
    header_rows = fields.Integer(strict=True, validate=validate.Range(min=1, max=20),
                                 metadata={"description": "how many rows the header has"})
    skip_rows = fields.Integer(strict=True, validate=validate.Range(min=0, max=10000),
                               metadata={"description": "how many rows lie above the header"})


class DatasetMetadataSchema(Schema):
    """Metadata a publisher supplies for a dataset; unknown keys are an error, not ignored."""

    class Meta:
        unknown = RAISE
        ordered = True

    name = fields.String(
        validate=validate.Regexp(
            NAME_PATTERN, error="must be 2-100 characters of a-z, 0-9, '-' or '_'"
        )
    )
    title = fields.String(required=True, validate=validate.Length(min=1, max=500))
    title_en = fields.String(validate=validate.Length(max=500))
    description = fields.String(load_default="", validate=validate.Length(max=20000))
    theme = fields.String(validate=validate.OneOf(THEMES), allow_none=True)
    keywords = fields.List(
        fields.String(validate=validate.Length(min=1, max=100)),
        load_default=list,
        validate=validate.Length(max=50),
    )
    open_condition = fields.String(
        load_default="unconditional", validate=validate.OneOf(tuple(OPEN_CONDITIONS))
    )
    legal_basis = fields.String(validate=validate.OneOf(tuple(LEGAL_BASES)), allow_none=True)
    access_conditions = fields.String(validate=validate.Length(max=5000), allow_none=True)
    license = fields.String(load_default="CC-BY-4.0", validate=validate.Length(max=100))
    update_frequency = fields.String(validate=validate.OneOf(UPDATE_FREQUENCIES), allow_none=True)
    issued = fields.Date(allow_none=True)
    modified = fields.Date(allow_none=True)
    # 形成日期: when the information was formed or last changed, from which the 条例 (art. 26)
    # gives 20 working days to disclose it proactively (the publisher dashboard checks it)
    formed = fields.Date(allow_none=True, metadata={
        "description": "形成日期: when the information was formed or changed (条例 art. 26)"})
    temporal_start = fields.Date(allow_none=True)
    temporal_end = fields.Date(allow_none=True)
    spatial = fields.String(
        validate=validate.Regexp(SPATIAL_PATTERN, error="must be a 6-digit 行政区划代码"),
        allow_none=True,
    )
    contact_point = fields.Nested(ContactPointSchema, allow_none=True)
    language = fields.String(load_default="zh-CN", validate=validate.OneOf(("zh-CN", "en")))
    resources = fields.List(fields.Nested(ResourceInputSchema), load_default=list)

    @pre_load
    def _strip_strings(self, data: Any, **_: Any) -> Any:
        if isinstance(data, dict):
            data = {k: v.strip() if isinstance(v, str) else v for k, v in data.items()}
            for key, words in VALUE_WORDS.items():
                value = data.get(key)
                if isinstance(value, str):
                    data[key] = words.get(value, words.get(value.replace(" ", ""), value))
        return data

    @validates_schema
    def _check_consistency(self, data: dict[str, Any], **_: Any) -> None:
        if data.get("open_condition", "unconditional") != "unconditional" and not data.get(
            "legal_basis"
        ):
            raise ValidationError(
                "required when open_condition is not 'unconditional' (条例第十四、十五、十六条)",
                "legal_basis",
            )
        start, end = data.get("temporal_start"), data.get("temporal_end")
        if start and end and start > end:
            raise ValidationError("must not be before temporal_start", "temporal_end")
        issued, modified = data.get("issued"), data.get("modified")
        if issued and modified and modified < issued:
            raise ValidationError("must not be before issued", "modified")


class MetadataError(CatalogError):
    """Dataset metadata does not meet the standard; `messages` says which fields and why."""

    def __init__(self, messages: dict[str, Any], where: str = "") -> None:
        self.messages = messages
        self.where = where
        prefix = f"{where}: " if where else ""
        super().__init__(f"{prefix}invalid metadata: {format_errors(messages)}")


def format_errors(messages: dict[str, Any], prefix: str = "") -> str:
    """Flatten marshmallow's nested messages into 'field: message; …'."""
    parts = []
    for key, value in messages.items():
        path = f"{prefix}{key}"
        if isinstance(value, dict):
            parts.append(format_errors(value, f"{path}."))
        elif isinstance(value, list):
            parts.append(f"{path}: {' '.join(str(v) for v in value)}")
        else:
            parts.append(f"{path}: {value}")
    return "; ".join(parts)


def load_metadata(raw: dict[str, Any], where: str = "") -> dict[str, Any]:
    """Validate publisher-supplied metadata; dates stay `datetime.date`."""
    if not isinstance(raw, dict):
        raise MetadataError({"_schema": ["metadata must be a JSON/YAML object"]}, where)
    try:
        return DatasetMetadataSchema().load(raw)
    except ValidationError as exc:
        messages = exc.normalized_messages()
        _suggest(messages, DatasetMetadataSchema())
        raise MetadataError(messages, where) from None


def load_resources(items: Any, where: str = "") -> list[dict[str, Any]]:
    """Validate the resources a dataset's metadata lists (path, names, layout overrides)."""
    if not isinstance(items, list):
        raise MetadataError({"resources": ["must be a list"]}, where)
    try:
        return ResourceInputSchema(many=True).load(items)
    except ValidationError as exc:
        messages = {"resources": exc.normalized_messages()}
        _suggest(messages, DatasetMetadataSchema())
        raise MetadataError(messages, where) from None


_NESTED = {"resources": ResourceInputSchema, "contact_point": ContactPointSchema}


def _suggest(messages: dict[str, Any], schema: Schema) -> None:
    """An unknown key's message says which field it may be ("did you mean")."""
    import difflib

    known = list(schema.fields)
    for key, value in list(messages.items()):
        if isinstance(value, dict) and key in _NESTED:
            nested = _NESTED[key]()
            items = value.values() if all(isinstance(k, int) for k in value) else [value]
            for item in items:
                if isinstance(item, dict):
                    _suggest(item, nested)
            continue
        if value != ["Unknown field."]:
            continue
        guess = FIELD_LABELS.get(str(key).strip()) if schema.__class__ is \
            DatasetMetadataSchema else None
        if guess is None:
            close = difflib.get_close_matches(str(key).lower().replace("-", "_"), known, n=1,
                                              cutoff=0.6)
            guess = close[0] if close else None
        if guess is not None:
            messages[key] = [f"Unknown field; did you mean {guess!r}?"]


def dump_metadata(data: dict[str, Any]) -> dict[str, Any]:
    """JSON-ready form of loaded metadata (dates as ISO strings)."""
    out = DatasetMetadataSchema(exclude=("resources",)).dump(data)
    return {k: v for k, v in out.items() if v not in (None, "", [])}


class DownloadSchema(Schema):
    """One download of a resource: its own screened file, or the same screened table in
    another format or encoding."""

    class Meta:
        ordered = True

    name = fields.String(metadata={
        "enum": ["csv", "csv-excel", "json", "xlsx"],
        "description": "csv-excel: CSV in UTF-8 with a byte-order mark, which Excel opens "
                       "as UTF-8 in every language"})
    format = fields.String(metadata={"enum": ["CSV", "JSON", "XLSX"]})
    media_type = fields.String()
    encoding = fields.String(allow_none=True, metadata={
        "description": "utf-8, utf-8-sig (with a byte-order mark), or null (XLSX)"})
    url = fields.String()


class PublicResourceSchema(Schema):
    """A resource as the API shows it."""

    class Meta:
        unknown = EXCLUDE
        ordered = True

    id = fields.String()
    name = fields.String()
    title = fields.String(allow_none=True)
    description = fields.String(allow_none=True)
    format = fields.String()
    media_type = fields.String()
    size = fields.Integer(allow_none=True)
    checksum = fields.String(allow_none=True)
    row_count = fields.Integer(allow_none=True)
    schema = fields.Dict(attribute="table_schema", allow_none=True)
    validation_status = fields.String()
    download_url = fields.String(allow_none=True)
    downloads = fields.List(fields.Nested(DownloadSchema), metadata={
        "description": "What download_url serves, first, then the same screened table in the "
                       "other formats (none where the resource is not downloadable)"})
    # A link resource: its address at the source, which govcat neither screened nor serves
    url = fields.String(allow_none=True)
    screened = fields.Function(
        lambda resource: resource.storage_key is not None,
        metadata={"type": "boolean",
                  "description": "false for a link resource: its content was not screened"})


class PublisherRefSchema(Schema):
    """The publisher a public dataset names."""

    code = fields.String(required=True)
    name = fields.String(required=True)


class ProvenanceSchema(Schema):
    """What of a dataset's provenance is public (no local paths)."""

    source = fields.String()
    source_type = fields.String()
    source_id = fields.String()
    harvested_at = fields.DateTime()


class QualityCriterionSchema(Schema):
    """One criterion of a dataset's quality score (catalog.quality)."""

    class Meta:
        ordered = True

    key = fields.String(required=True, metadata={
        "description": "the criterion (catalog.quality.CRITERIA): description, metadata, "
                       "coverage, …"})
    label = fields.String(required=True)
    points = fields.Integer(required=True, metadata={"description": "points earned"})
    max = fields.Integer(required=True, metadata={"description": "points possible"})
    reason = fields.String(required=True)
    fix = fields.String(required=True, allow_none=True, metadata={
        "description": "what would earn the missing points (null when none are missing)"})


class QualitySchema(Schema):
    """A dataset's quality score on a day (catalog.quality), with its breakdown."""

    class Meta:
        ordered = True

    score = fields.Integer(required=True, metadata={"description": "0 to 100"})
    max = fields.Integer(required=True)
    as_of = fields.Date(required=True, metadata={
        "description": "the day (China's) the score was computed for: timeliness changes "
                       "with the days"})
    last_updated = fields.Date(required=True, allow_none=True, metadata={
        "description": "the dataset's modified date, else the day it was published"})
    next_update_due = fields.Date(required=True, allow_none=True, metadata={
        "description": "the last day of its next update by its update_frequency (null: "
                       "none declared, or irregular)"})
    overdue = fields.Boolean(required=True)
    criteria = fields.List(fields.Nested(QualityCriterionSchema), required=True)


class PublicDatasetSchema(DatasetMetadataSchema):
    """A dataset's published revision as the API shows it (catalog.queries.serialize_dataset):
    the standard's fields it has, its resources, and the catalog's own state."""

    id = fields.String(required=True)
    name = fields.String(required=True)
    publisher = fields.Nested(PublisherRefSchema, required=True)
    open_condition_label = fields.String(required=True, metadata={"description": "开放属性"})
    resources = fields.List(fields.Nested(PublicResourceSchema), required=True)
    provenance = fields.Nested(ProvenanceSchema, required=True)
    revision = fields.Integer(required=True)
    metadata_modified = fields.DateTime(required=True, metadata={
        "description": "when the catalog's record last changed (its publication), UTC"})
    published_at = fields.DateTime(required=True, allow_none=True)
    validation_status = fields.String(required=True)
    privacy_status = fields.String(required=True)
    quality = fields.Nested(QualitySchema, required=True)
