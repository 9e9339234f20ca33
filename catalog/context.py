"""The opened catalog: settings, store, files and search index, built by one factory."""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from catalog import db
from catalog.records import RecordCache
from catalog.rowstore.fields import Layouts
from catalog.rowstore.sync import repair as repair_rows
from catalog.search import SearchBackend, open_search
from catalog.search.synonyms import Synonyms
from catalog.settings import Settings, home_secret
from catalog.storage import FileStore
from privacy import Policy, Screener

SOURCE_KEY_PREFIX = "hmac-sha256:"


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
    # the row tables' layouts, kept between queries (catalog.rowstore.query)
    row_layouts: Layouts = field(default_factory=Layouts, repr=False)
    # records the API built from published revisions, per process (catalog.queries)
    records: RecordCache = field(default_factory=RecordCache, repr=False)

    @cached_property
    def screener(self) -> Screener:
        """The privacy screen, built on first use (loading it takes a second or two)."""
        if self._screener is not None:  # one given to share (its analyzer and settings)
            return self._screener.keyed(self.term_key)
        return Screener(review_threshold=self.settings.review_threshold,
                        workers=self.settings.screen_workers,
                        limits=self.settings.table_limits, term_key=self.term_key)

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
            limits=self.settings.table_limits,
            term_key=self.term_key,
        )

    def screen_label(self, text: str) -> str:
        """A name, key, path or message with any personal value in it masked (default screen).

        For every string that is shown or stored but is not dataset content: file, folder and
        sheet names, source keys, provenance, error messages.
        """
        return self.screener.screen_text(text, field="label").text if text.strip() else text

    @cached_property
    def secret_key(self) -> str:
        """GOVCAT_SECRET_KEY, else the random key kept in GOVCAT_HOME (made on first use)."""
        if self.settings.secret_key:
            return self.settings.secret_key
        key = home_secret(self.settings.home, create=True)
        assert key is not None
        return key

    def source_key_digest(self, source_key: str) -> str:
        """The stored identity of a harvested item: a keyed hash, never the raw key itself.

        "hmac-sha256:<key id>:<hex>": the key id tells hashes made under another secret key.
        """
        # The raw key is often a file or folder name, which may hold a person's name or number.
        subkey = self._source_subkey
        key_id = hmac.new(subkey, b"key id", hashlib.sha256).hexdigest()[:8]
        digest = hmac.new(subkey, source_key.encode("utf-8"), hashlib.sha256).hexdigest()
        return f"{SOURCE_KEY_PREFIX}{key_id}:{digest}"

    @cached_property
    def term_key(self) -> bytes:
        """The key of the digests that findings keep of their terms (privacy.allowlist)."""
        return hmac.new(self.secret_key.encode("utf-8"), b"govcat term key",
                        hashlib.sha256).digest()

    @cached_property
    def _source_subkey(self) -> bytes:
        return hmac.new(self.secret_key.encode("utf-8"), b"govcat source key",
                        hashlib.sha256).digest()

    def close(self) -> None:
        """Release the store's connections and the search backend's."""
        self.engine.dispose()
        self.search.close()


def init_catalog(settings: Settings, *, migrations: Path) -> Catalog:
    """Create or migrate the catalog under `settings` and open it; the home is private.

    migrations: the Alembic environment's folder, which the composition layer hands over (it
    sees every package's tables; api.store.init_catalog).
    """
    _private_dir(settings.home)
    sqlite_file = _sqlite_file(settings.database_url)
    if sqlite_file is not None:
        _private_file(sqlite_file)
    engine = db.make_engine(settings.database_url)
    catalog = _assemble(settings, engine)
    db.upgrade(engine, migrations, {"source_key_digest": catalog.source_key_digest,
                                    "screen_label": catalog.screen_label})
    # the row tables of what was published before the row store existed (or was repaired)
    repair_rows(catalog.sessions, catalog.files, workers=catalog.settings.screen_workers)
    return catalog


def open_catalog(
    settings: Settings, screener: Screener | None = None, *, migrations: Path
) -> Catalog:
    """Open an initialised catalog; a clear error (and nothing written) if it was never made
    or its schema is not at the newest revision of `migrations` (as for init_catalog)."""
    sqlite_file = _sqlite_file(settings.database_url)
    missing = not settings.home.is_dir() if sqlite_file is None else not sqlite_file.is_file()
    if missing:
        raise CatalogNotInitialised(
            f"no catalog at {settings.home}: run `govcat init` (or set GOVCAT_HOME)"
        )
    engine = db.make_engine(settings.database_url)
    if not db.schema_is_current(engine, migrations):
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
        search=open_search(settings.search_url, settings.home, index=settings.search_index,
                           api_key=settings.search_api_key, ca_certs=settings.search_ca_certs,
                           synonyms=Synonyms.from_file(Path(settings.search_synonyms)
                                                       if settings.search_synonyms else None)),
        _screener=screener,
    )


def _sqlite_file(database_url: str) -> Path | None:
    """The file of a SQLite URL (None for other databases and in-memory SQLite)."""
    url = make_url(database_url)
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database).expanduser().resolve()


def _private_dir(path: Path) -> None:
    """Create the folder (and its parents) if needed; only its owner may enter it."""
    path.mkdir(parents=True, exist_ok=True)
    path.chmod(0o700)


def _private_file(path: Path) -> None:
    """Create the file if needed, readable and writable by its owner only from the start."""
    os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
    path.chmod(0o600)
