"""CKAN portals: ``package_search`` through ckanapi, paged, incremental, via the guarded
session; every resource the screen reads is downloaded to the job's workspace.

- Pages of ``rows`` datasets in a stable order (``metadata_modified asc, id asc``), filtered
  by organisation and group (``fq``); after a successful run, only what changed since it
  (``metadata_modified:[T TO *]``, T the last successful gather less an hour of overlap).
- The whole dataset dict comes from the search: no per-dataset round trips.
- A dataset's identity in the source is its remote id, so a renamed dataset updates in place.
- CKAN's errors are turned into our own messages: nothing from a response body is quoted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from typing import Any

import ckanapi
from ckanapi.errors import CKANAPIError
from marshmallow import RAISE, Schema, fields, validate

from catalog.crosswalk.ckan import CkanDataset, from_ckan
from catalog.errors import CatalogError
from catalog.intake import IntakeRecord
from harvesters.base import HarvestContext, HarvestItem
from harvesters.config import RESOURCES_FIELD, ConfiguredHarvester
from harvesters.network import USER_AGENT, NetworkError
from harvesters.resources import RemoteResource, fetch_tables

PAGE_ROWS = 100
OVERLAP = dt.timedelta(hours=1)  # clocks and commits at the portal: gather a bit before T


class CkanConfig(Schema):
    """A CKAN source's configuration (``govcat source add --type ckan``)."""

    class Meta:
        unknown = RAISE

    url = fields.Url(required=True, schemes={"http", "https"}, require_tld=False)
    organizations = fields.List(fields.String(validate=validate.Length(min=1, max=100)),
                                load_default=list)
    groups = fields.List(fields.String(validate=validate.Length(min=1, max=100)),
                         load_default=list)
    rows = fields.Integer(load_default=PAGE_ROWS, validate=validate.Range(min=1, max=1000))
    resources = RESOURCES_FIELD
    allow_private_network = fields.Boolean(load_default=False)


class CkanHarvester(ConfiguredHarvester):
    """Every dataset of a CKAN portal (or of some of its organisations and groups)."""

    type_name = "ckan"
    config_schema = CkanConfig
    incremental = True  # gathers only what changed since context.last_success when given
    names_organizations = True  # provenance["organization"]: the remote publisher

    @classmethod
    def check_config(cls, config: Mapping[str, Any]) -> dict[str, Any]:  # noqa: D102
        checked = super().check_config(config)
        checked["url"] = checked["url"].rstrip("/")
        return checked

    def gather(self, context: HarvestContext) -> Iterator[HarvestItem]:
        portal = ckanapi.RemoteCKAN(self.config["url"], user_agent=USER_AGENT, get_only=True,
                                    session=context.session.requests_session())
        for package in self._packages(portal, context):
            dataset = from_ckan(package)
            key = dataset.remote_id or str(package.get("name") or "")
            if dataset.modified and context.stamp_of(key) == dataset.modified:
                yield HarvestItem(key, unchanged=True)  # no download, no screen
                continue
            try:
                yield HarvestItem(key, record=self._record(dataset, context))
            except CatalogError as exc:
                yield HarvestItem(key, error=str(exc))

    def _query(self, context: HarvestContext) -> dict[str, Any]:
        """package_search's parameters but start."""
        filters = []
        for field_name, values in (("organization", self.config.get("organizations")),
                                   ("groups", self.config.get("groups"))):
            if values:
                filters.append(f"{field_name}:({' OR '.join(_quoted(v) for v in values)})")
        if context.last_success is not None:
            since = (context.last_success - OVERLAP).astimezone(dt.UTC)
            filters.append(f"metadata_modified:[{since:%Y-%m-%dT%H:%M:%SZ} TO *]")
        query: dict[str, Any] = {"rows": self.config.get("rows", PAGE_ROWS),
                                 "sort": "metadata_modified asc, id asc"}
        if filters:
            query["fq"] = " AND ".join(filters)
        return query

    def _packages(self, portal: ckanapi.RemoteCKAN,
                  context: HarvestContext) -> Iterator[dict[str, Any]]:
        """Every dataset dict of the search, page by page."""
        query = self._query(context)
        start, previous = 0, None
        while True:
            result = _call(portal, "package_search", {**query, "start": start},
                           self.config["url"])
            results = result.get("results") if isinstance(result, dict) else None
            if not isinstance(results, list):
                raise CatalogError(f"{self.config['url']}: package_search did not answer with "
                                   "a list of results (is this a CKAN portal?)")
            if not results:
                return
            ids = [p.get("id") for p in results if isinstance(p, dict)]
            if ids == previous:
                raise CatalogError(f"{self.config['url']}: package_search repeats the page at "
                                   f"start={start} (the portal ignores paging)")
            previous = ids
            yield from (p for p in results if isinstance(p, dict))
            start += len(results)
            count = result.get("count")
            if isinstance(count, int) and start >= count:
                return

    def _record(self, dataset: CkanDataset, context: HarvestContext) -> IntakeRecord:
        """The intake record of a dataset, its table resources downloaded."""
        resources, links = fetch_tables(context, dataset.remote_id, [
            RemoteResource(r.url, r.name, r.description, r.format) for r in dataset.resources])
        provenance = {"source": self.source_name, "source_type": self.type_name,
                      "source_id": dataset.remote_id, "source_modified": dataset.modified,
                      **{k: v for k, v in dataset.provenance.items() if k != "remote_id"}}
        return IntakeRecord(metadata=dataset.metadata, resources=resources, links=links,
                            where=f"{self.config['url']} dataset {dataset.remote_id}",
                            source_key=dataset.remote_id, provenance=provenance)


def _quoted(value: str) -> str:
    """A Solr phrase (organisation and group names are slugs, but quote them anyway)."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _call(portal: ckanapi.RemoteCKAN, action: str, data: dict[str, Any], url: str) -> Any:
    """An action's result; our own error otherwise (ckanapi's quote the response body)."""
    try:
        return portal.call_action(action, data)
    except NetworkError:
        raise
    except CKANAPIError as exc:
        kind = type(exc).__name__
        raise CatalogError(f"{url}: {action} failed ({kind}: not a CKAN Action API answer, "
                           "or an error the portal reported)") from None
