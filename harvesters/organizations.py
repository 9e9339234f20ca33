"""A portal's organisations as the catalog's publishers: a source added without --publisher
publishes each dataset under the publisher of its remote organisation (created when first
seen), and the datasets with no organisation under the source's own publisher."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from contextlib import suppress
from typing import Any

from sqlalchemy.exc import IntegrityError

from catalog.context import Catalog
from publishers.services import CODE_PATTERN, add_publisher

_NOT_IN_CODES = re.compile(r"[^a-z0-9]+")


def publisher_code(name: str) -> str:
    """A publisher code from an organisation's (or a source's) name: its slug when it makes
    one (transport_bureau: transport-bureau), else a stable code from its digest (杭州市统计局:
    org-…)."""
    slug = _NOT_IN_CODES.sub("-", name.strip().lower()).strip("-")[:64].rstrip("-")
    if CODE_PATTERN.match(slug):
        return slug
    return "org-" + hashlib.sha256(name.strip().encode("utf-8")).hexdigest()[:12]


class OrganizationPublishers:
    """The publisher code of each item of one job (publishers created as they appear)."""

    def __init__(self, catalog: Catalog, default_code: str) -> None:
        self.catalog, self.default_code = catalog, default_code
        self.known: dict[str, str] = {}  # organisation key → publisher code, for this job

    def code_for(self, provenance: Mapping[str, Any]) -> str:
        """The publisher of a record whose provenance names its remote organisation."""
        organization = provenance.get("organization")
        if not isinstance(organization, Mapping):
            return self.default_code
        name = str(organization.get("name") or "").strip()
        title = str(organization.get("title") or "").strip()
        key = name or title
        if not key:
            return self.default_code
        if key not in self.known:
            code = publisher_code(key)
            # the title a portal gives is shown as the department's name: screened, as every
            # label is (an organisation may be a person's own)
            shown = self.catalog.screen_label(title or name)[:200]
            # (IntegrityError: created by a concurrent harvest between the check and the insert)
            with suppress(IntegrityError):
                add_publisher(self.catalog, code, shown, exist_ok=True)
            self.known[key] = code
        return self.known[key]
