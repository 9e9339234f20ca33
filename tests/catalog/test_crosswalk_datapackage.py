"""The Data Package crosswalk: real descriptors read into the standard, and back."""

from __future__ import annotations

import json

import pytest
import yaml

from catalog.crosswalk.datapackage import (
    DataPackageDataset,
    DataPackageResource,
    from_datapackage,
    to_datapackage,
)
from catalog.metadata import load_metadata

REAL = ("datapackage/datasets-gdp/datapackage.json",
        "datapackage/datasets-country-codes/json_era/datapackage.json",
        "datapackage/datasets-country-codes/head/datapackage.yml")


def _read(path):
    text = path.read_text(encoding="utf-8")
    return yaml.safe_load(text) if path.suffix == ".yml" else json.loads(text)


@pytest.mark.parametrize("relative", REAL)
def test_real_descriptors_map_onto_the_standard(fixtures_dir, relative):
    package = _read(fixtures_dir / relative)
    dataset = from_datapackage(package, "folder")
    load_metadata(dataset.metadata, relative)  # valid in the standard
    assert dataset.metadata["name"] == package["name"]
    assert dataset.metadata["license"] == "ODC-PDDL-1.0"
    assert [r.path for r in dataset.resources] == [r["path"] for r in package["resources"]]
    assert "views" not in dataset.provenance and "resources" not in dataset.provenance


def test_what_the_standard_has_no_field_for_is_kept(fixtures_dir):
    package = _read(fixtures_dir / REAL[1])
    dataset = from_datapackage(package, "folder")
    assert dataset.metadata["modified"] == "2023-09-25"
    assert dataset.provenance["sources"] == package["sources"]
    assert dataset.provenance["contributors"] == package["contributors"]
    assert dataset.provenance["repository"]["url"] == "https://github.com/datasets/country-codes"


@pytest.mark.parametrize("relative", REAL)
def test_real_descriptors_round_trip(fixtures_dir, relative):
    dataset = from_datapackage(_read(fixtures_dir / relative), "folder")
    again = from_datapackage(to_datapackage(dataset), "elsewhere")
    assert again == dataset


def test_the_standard_s_own_fields_round_trip_under_govcat():
    dataset = DataPackageDataset(
        metadata={"title": "常住人口", "name": "population", "description": "分区县常住人口",
                  "keywords": ["人口"], "license": "CC-BY-4.0", "issued": "2024-01-05",
                  "modified": "2024-03-01", "theme": "人口与就业", "update_frequency": "annual",
                  "open_condition": "conditional", "legal_basis": "article_15",
                  "spatial": "330100", "title_en": "Resident population"},
        resources=[DataPackageResource(path="data/population.csv", name="population",
                                       format="csv", schema={"fields": [{"name": "区县"}]})],
        provenance={"version": "1.2.0", "homepage": "https://tjj.hangzhou.gov.cn"})
    load_metadata(dataset.metadata)
    descriptor = to_datapackage(dataset)
    assert descriptor["govcat"]["theme"] == "人口与就业"
    assert descriptor["licenses"] == [{"name": "CC-BY-4.0"}]
    assert from_datapackage(descriptor, "x") == dataset
