"""The catalog store as the composition root opens it: its schema is every package's tables,
made by the Alembic environment here (api/migrations), which sees all their models."""

from __future__ import annotations

from pathlib import Path

import catalog.models
import harvesters.models
import publishers.models
from catalog import context
from catalog.context import Catalog
from catalog.settings import Settings
from privacy import Screener

MIGRATIONS_DIR = Path(__file__).with_name("migrations")

# The models module of every package that owns tables. They share one declarative base, so
# METADATA holds all their tables: the migrations' env.py compares against it, and tests check
# the migrated schema matches it.
MODELS = (catalog.models, harvesters.models, publishers.models)
METADATA = catalog.models.Base.metadata


def init_catalog(settings: Settings) -> Catalog:
    """Create or migrate the catalog under `settings` and open it (`govcat init`)."""
    return context.init_catalog(settings, migrations=MIGRATIONS_DIR)


def open_catalog(settings: Settings, screener: Screener | None = None) -> Catalog:
    """Open an initialised catalog whose schema is at the newest migration."""
    return context.open_catalog(settings, screener, migrations=MIGRATIONS_DIR)
