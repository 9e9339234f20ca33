"""Publishers (departments): registering and listing them."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import select

from catalog.actor import Actor
from catalog.audit import record
from catalog.context import Catalog
from catalog.db import transaction
from catalog.errors import CatalogError, NotFound
from catalog.models import Publisher
from privacy import Policy

CODE_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{1,63}$")


def add_publisher(
    catalog: Catalog,
    code: str,
    name: str,
    *,
    name_en: str | None = None,
    description: str | None = None,
    exist_ok: bool = False,
    actor: Actor | None = None,
) -> Publisher:
    """Register a department; its code is how sources, the API and the CLI name it.
    Audited as actor's (default: the catalog itself, as a harvest adds a portal's
    organisations)."""
    if not CODE_PATTERN.match(code):
        raise CatalogError(
            f"invalid publisher code {code!r}: use 2-64 characters of a-z, 0-9 and '-'"
        )
    if not name.strip():
        raise CatalogError("a publisher needs a name")
    with transaction(catalog.sessions) as session:
        existing = session.scalar(select(Publisher).where(Publisher.code == code))
        if existing is not None:
            if exist_ok:
                return existing
            raise CatalogError(f"publisher {code!r} already exists")
        publisher = Publisher(
            code=code, name=name.strip(), name_en=name_en, description=description
        )
        session.add(publisher)
        record(session, actor or Actor.system(), "publisher.add", f"publisher:{code}")
        return publisher


def get_publisher(catalog: Catalog, code: str) -> Publisher:
    with catalog.sessions() as session:
        publisher = session.scalar(select(Publisher).where(Publisher.code == code))
        if publisher is None:
            raise NotFound(f"unknown publisher {code!r}: add it with `govcat publisher add`")
        return publisher


def set_policy(catalog: Catalog, code: str, policy: dict[str, Any] | None, *,
               actor: Actor | None = None) -> None:
    """Set (or with None, clear) a publisher's privacy policy; it is checked before it is kept."""
    if policy is not None:
        Policy.from_mapping(policy, source=f"policy of publisher {code}")
    with transaction(catalog.sessions) as session:
        publisher = session.scalar(select(Publisher).where(Publisher.code == code))
        if publisher is None:
            raise NotFound(f"unknown publisher {code!r}: add it with `govcat publisher add`")
        publisher.privacy_policy = policy
        record(session, actor or Actor.system(), "publisher.policy", f"publisher:{code}",
               policy=policy)


def get_policy(catalog: Catalog, code: str) -> dict[str, Any] | None:
    return get_publisher(catalog, code).privacy_policy
