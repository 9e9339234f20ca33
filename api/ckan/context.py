"""What every action is handed besides its data dict."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import IO, Any

from api.ckan.dicts import PageUrl, ResourceUrl
from catalog.context import Catalog
from publishers.access import Grant
from publishers.auth import Principal


@dataclass(frozen=True)
class Upload:
    """A file sent with a multipart call (CKAN's `upload` field)."""

    filename: str | None
    stream: IO[bytes]


def _no_principal() -> Principal:
    raise RuntimeError("this call carries no credentials")


def _no_grant(dataset: str) -> Grant | None:
    return None


@dataclass(frozen=True)
class ActionContext:
    """What an action needs besides its data: the catalog, how to link to things, and for
    the write actions, who calls (asked only by them: reads never look at credentials, but
    for the rows of a conditionally open dataset, which need a grant) and the files sent."""

    catalog: Catalog
    resource_url: ResourceUrl
    page_url: PageUrl
    site_url: str
    principal: Callable[[], Principal] = _no_principal
    uploads: Mapping[str, Upload] = None  # type: ignore[assignment]
    # the call's access grant to a conditionally open dataset, by name (its rows: an approved
    # application's key, or its account's token; None when the call presents no credential)
    grant: Callable[[str], Grant | None] = _no_grant

    def upload(self, name: str) -> Upload | None:
        return (self.uploads or {}).get(name)


Action = Callable[[ActionContext, Mapping[str, Any]], Any]
