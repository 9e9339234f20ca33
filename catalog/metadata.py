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

UPDATE_FREQUENCIES = (
    "realtime", "daily", "weekly", "monthly", "quarterly", "semiannual", "annual", "irregular",
)  # fmt: skip

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
            return {k: v.strip() if isinstance(v, str) else v for k, v in data.items()}
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
        raise MetadataError(exc.normalized_messages(), where) from None


def dump_metadata(data: dict[str, Any]) -> dict[str, Any]:
    """JSON-ready form of loaded metadata (dates as ISO strings)."""
    out = DatasetMetadataSchema(exclude=("resources",)).dump(data)
    return {k: v for k, v in out.items() if v not in (None, "", [])}


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
