import datetime as dt

import pytest

from catalog.metadata import MetadataError, dump_metadata, load_metadata


def test_minimal_metadata_gets_defaults() -> None:
    meta = load_metadata({"title": "常住人口统计年报"})
    assert meta["open_condition"] == "unconditional"
    assert meta["language"] == "zh-CN"
    assert meta["license"] == "CC-BY-4.0"
    assert meta["keywords"] == []


def test_full_metadata_round_trips() -> None:
    raw = {
        "name": "population-2023",
        "title": "常住人口统计年报（2023年）",
        "theme": "人口与就业",
        "keywords": ["人口"],
        "open_condition": "conditional",
        "legal_basis": "article_15",
        "access_conditions": "经申请后提供",
        "update_frequency": "annual",
        "issued": "2024-03-01",
        "modified": "2024-03-15",
        "spatial": "110000",
        "contact_point": {"name": "综合处", "email": "tjj@example.gov.cn"},
    }
    meta = load_metadata(raw)
    assert meta["issued"] == dt.date(2024, 3, 1)
    dumped = dump_metadata(meta)
    assert dumped["issued"] == "2024-03-01"
    assert dumped["contact_point"]["name"] == "综合处"


@pytest.mark.parametrize(
    ("raw", "field"),
    [
        ({}, "title"),
        ({"title": "x", "open_condition": "maybe"}, "open_condition"),
        ({"title": "x", "open_condition": "not_open"}, "legal_basis"),
        ({"title": "x", "theme": "天气"}, "theme"),
        ({"title": "x", "spatial": "12"}, "spatial"),
        ({"title": "x", "name": "Has Spaces"}, "name"),
        ({"title": "x", "issued": "2024-13-01"}, "issued"),
        ({"title": "x", "issued": "2024-03-02", "modified": "2024-03-01"}, "modified"),
        ({"title": "x", "colour": "red"}, "colour"),
    ],
)
def test_invalid_metadata_names_the_field(raw: dict, field: str) -> None:
    with pytest.raises(MetadataError) as info:
        load_metadata(raw, "meta.json")
    assert field in info.value.messages
    assert str(info.value).startswith("meta.json: invalid metadata: ")


def test_metadata_must_be_an_object() -> None:
    with pytest.raises(MetadataError, match="object"):
        load_metadata(["title"])  # type: ignore[arg-type]


@pytest.mark.parametrize(("field", "written", "canonical"), [
    ("update_frequency", "每月", "monthly"),
    ("update_frequency", "季度", "quarterly"),
    ("update_frequency", "不定期", "irregular"),
    ("open_condition", "有条件开放", "conditional"),
    ("open_condition", "无条件开放", "unconditional"),
    ("legal_basis", "第十五条", "article_15"),
    ("language", "中文", "zh-CN"),
])
def test_chinese_values_are_taken_as_departments_write_them(field: str, written: str,
                                                            canonical: str) -> None:
    raw = {"title": "x", field: written}
    if field == "open_condition" and canonical != "unconditional":
        raw["legal_basis"] = "article_15"
    assert load_metadata(raw)[field] == canonical


@pytest.mark.parametrize(("raw", "key", "guess"), [
    ({"title": "x", "update_frequncy": "monthly"}, "update_frequncy", "update_frequency"),
    ({"title": "x", "更新周期": "每月"}, "更新周期", "update_frequency"),
    ({"title": "x", "keyword": ["人口"]}, "keyword", "keywords"),
])
def test_an_unknown_key_gets_a_did_you_mean(raw: dict, key: str, guess: str) -> None:
    with pytest.raises(MetadataError) as info:
        load_metadata(raw, "meta.json")
    assert info.value.messages[key] == [f"Unknown field; did you mean {guess!r}?"]


def test_resource_layout_overrides_are_checked() -> None:
    meta = load_metadata({"title": "x", "resources": [
        {"path": "a.xlsx", "sheet": 2, "header_rows": 2, "skip_rows": 1}]})
    assert meta["resources"][0] == {"path": "a.xlsx", "sheet": "2", "header_rows": 2,
                                    "skip_rows": 1}
    with pytest.raises(MetadataError) as info:
        load_metadata({"title": "x", "resources": [{"path": "a.xlsx", "header_rows": 0,
                                                    "sheet": True, "skiprows": 1}]})
    messages = info.value.messages["resources"][0]
    assert set(messages) == {"header_rows", "sheet", "skiprows"}
    assert messages["skiprows"] == ["Unknown field; did you mean 'skip_rows'?"]
