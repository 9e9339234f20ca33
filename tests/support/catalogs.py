"""Catalogs for tests: a CSV published in one call, and a catalog as served from a URL."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from catalog import pipeline
from catalog.context import Catalog
from catalog.intake import IntakeRecord, IntakeResource


def publish_csv(catalog: Catalog, folder: Path, name: str, text: str, publisher: str,
                **metadata: Any) -> pipeline.PublishOutcome:
    """Publish a one-table dataset named name (its CSV text written into folder)."""
    path = folder / f"{name}.csv"
    path.write_text(text, encoding="utf-8")
    record = IntakeRecord({"name": name, **metadata}, (IntakeResource(path, path.name),),
                          str(path))
    return pipeline.publish(catalog, record, publisher_code=publisher)


def served_at(catalog: Catalog, url: str) -> Catalog:
    """The catalog as served from url (its links are built from GOVCAT_BASE_URL)."""
    return dataclasses.replace(catalog, settings=dataclasses.replace(catalog.settings,
                                                                     base_url=url))
