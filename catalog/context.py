"""The opened catalog: settings, store, files and search index, built by one factory."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from catalog import db
from catalog.search import SearchBackend, open_search
from catalog.settings import Settings
from catalog.storage import FileStore
from privacy import Policy, Screener


class CatalogNotInitialised(RuntimeError):
    """The store has no (or an outdated) schema."""


@dataclass
class Catalog:
    """Everything a service needs to act on one catalog; pass it, never make it global."""

    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    files: FileStore
    search: SearchBackend
    _screener: Screener | None = field(default=None, repr=False)

    @cached_property
    def screener(self) -> Screener:
        """The privacy screen, built on first use (loading it takes a second or two)."""
        return self._screener or Screener(review_threshold=self.settings.review_threshold,
                                          workers=self.settings.screen_workers)

    def screener_for(self, policy: dict[str, Any] | None, source: str = "policy") -> Screener:
        """The screen under a publisher's policy (the default screen when it has none)."""
        if not policy:
            return self.screener
        key = self.settings.pseudonym_key
        return Screener(
            self.screener.analyzer,
            review_threshold=self.settings.review_threshold,
            policy=Policy.from_mapping(policy, source=source),
            pseudonym_key=key.encode("utf-8") if key else None,
            workers=self.settings.screen_workers,
        )

    def close(self) -> None:
        self.engine.dispose()


def init_catalog(settings: Settings) -> Catalog:
    """Create or migrate the catalog under `settings` and open it."""
    settings.home.mkdir(parents=True, exist_ok=True)
    engine = db.make_engine(settings.database_url)
    db.upgrade(engine)
    return _assemble(settings, engine)


def open_catalog(settings: Settings, screener: Screener | None = None) -> Catalog:
    """Open an initialised catalog; a clear error if it was never initialised."""
    if settings.database_url.startswith("sqlite") and not (settings.home.exists()):
        raise CatalogNotInitialised(
            f"no catalog at {settings.home}: run `govcat init` (or set GOVCAT_HOME)"
        )
    engine = db.make_engine(settings.database_url)
    if not db.schema_is_current(engine):
        engine.dispose()
        raise CatalogNotInitialised(
            f"the catalog store at {settings.home} is not initialised or is outdated: "
            "run `govcat init`"
        )
    return _assemble(settings, engine, screener)


def _assemble(settings: Settings, engine: Engine, screener: Screener | None = None) -> Catalog:
    return Catalog(
        settings=settings,
        engine=engine,
        sessions=db.make_sessionmaker(engine),
        files=FileStore(settings.files_dir),
        search=open_search(settings.search_url, settings.home),
        _screener=screener,
    )
