"""What the harvester types share about their configuration: a marshmallow schema each, checked
when a source is added, and the URL-or-path choice of single-document sources."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from marshmallow import RAISE, Schema, ValidationError, fields, validate, validates_schema

from catalog.errors import CatalogError
from catalog.metadata import format_errors


class ConfiguredHarvester:
    """A harvester type whose configuration is its config_schema (unknown keys refused)."""

    type_name: str
    config_schema: type[Schema]

    def __init__(self, config: Mapping[str, Any], source_name: str) -> None:
        self.config = dict(config)
        self.source_name = source_name

    @classmethod
    def check_config(cls, config: Mapping[str, Any]) -> dict[str, Any]:
        """The configuration, validated (CatalogError naming each wrong field otherwise)."""
        try:
            return cls.config_schema().load({k: v for k, v in config.items()
                                             if v not in (None, [], ())})
        except ValidationError as exc:
            raise CatalogError(f"{cls.type_name} source: "
                               f"{format_errors(exc.normalized_messages())}") from None


class DocumentHarvester(ConfiguredHarvester):
    """A source that is one document (a data.json, a datapackage.json), by URL or by path."""

    document_name: str  # the file a folder given as --path holds

    @classmethod
    def check_config(cls, config: Mapping[str, Any]) -> dict[str, Any]:  # noqa: D102
        checked = super().check_config(config)
        if checked.get("path"):
            path = Path(checked["path"]).expanduser().resolve()
            if path.is_dir():
                path = path / cls.document_name
            if not path.is_file():
                raise CatalogError(f"{path}: no {cls.document_name} there")
            checked["path"] = str(path)
        return checked


# --resources: fetch the tables the screen reads (and link the rest), or link every resource
RESOURCES_FIELD = fields.String(load_default="fetch", validate=validate.OneOf(("fetch", "link")))


class DocumentConfig(Schema):
    """A source that is one document: its URL (through the guarded session) or its path."""

    class Meta:
        unknown = RAISE

    url = fields.Url(schemes={"http", "https"}, require_tld=False)
    path = fields.String()
    resources = RESOURCES_FIELD
    allow_private_network = fields.Boolean(load_default=False)

    @validates_schema
    def _one_place(self, data: dict[str, Any], **_: Any) -> None:
        if bool(data.get("url")) == bool(data.get("path")):
            raise ValidationError("give the document's --url or its --path (one of them)")
        if data.get("path") and data.get("resources") == "link":
            # a link to a file on this server would be no address the public can follow
            raise ValidationError("--resources link needs a --url source (a --path source's "
                                  "files are always read)")
