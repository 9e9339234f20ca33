"""Policy files and keyed pseudonyms."""

from __future__ import annotations

import hashlib
import json
import re

import pytest

import privacy.policy
from privacy import Screener
from privacy.errors import PolicyError
from privacy.policy import ENTITIES, Policy, load_policy
from privacy.pseudonym import KEY_ENV, Pseudonymizer, key_from_env, normalize
from privacy.recognizers import build_recognizers

KEY = b"0123456789abcdef0123456789abcdef"


def test_defaults_mask_everything():
    policy = Policy()
    assert policy.action("PERSON") == policy.action("SENSITIVE_HEALTH") == "mask"
    assert policy.explicit("AGE") is None and not policy.pseudonymizes
    assert (policy.k_threshold, policy.quasi_identifiers, policy.pseudonym_scope) == (
        5, None, "dataset")
    assert policy.review_sensitive and not policy.individual_rows


def test_from_mapping_normalizes_and_freezes():
    policy = Policy.from_mapping({"actions": {"person": "pseudonymize", " age ": "generalize"},
                                  "quasi_identifiers": ["性别", "年龄", "性别"]})
    assert dict(policy.actions) == {"PERSON": "pseudonymize", "AGE": "generalize"}
    assert policy.quasi_identifiers == ("性别", "年龄") and policy.pseudonymizes
    with pytest.raises(TypeError):
        policy.actions["PERSON"] = "mask"  # type: ignore[index]
    assert Policy.from_mapping(None) == Policy() == Policy.from_mapping({"actions": None})


def test_every_recognized_entity_can_be_named_in_a_policy():
    entities = {e for r in build_recognizers("zh") for e in r.supported_entities}
    assert entities <= ENTITIES


def test_the_documented_example_loads(tmp_path):
    doc = privacy.policy.__doc__
    example = doc.split("::\n", 1)[1].split("\n\n", 1)[0]
    path = tmp_path / "policy.yaml"
    path.write_text(re.sub(r"(?m)^    ", "", example), encoding="utf-8")
    policy = load_policy(path)
    assert policy.action("PERSON") == "pseudonymize" and policy.action("BANK_CARD") == "drop"
    assert policy.action("SENSITIVE_HEALTH") == "block" and policy.action("EMAIL_ADDRESS") == "mask"
    assert policy.k_threshold == 5 and policy.pseudonym_scope == "dataset"


def test_load_json_and_empty_files(tmp_path):
    path = tmp_path / "p.json"
    path.write_text(json.dumps({"actions": {"CN_MOBILE": "drop"}, "k_threshold": 3,
                                "pseudonym_scope": "global", "review_sensitive": False}))
    policy = load_policy(path)
    assert (policy.action("CN_MOBILE"), policy.k_threshold, policy.pseudonym_scope) == (
        "drop", 3, "global")
    assert not policy.review_sensitive
    for name, text in (("e.yaml", ""), ("e.json", "  "), ("c.yml", "# nothing yet\n")):
        (tmp_path / name).write_text(text)
        assert load_policy(tmp_path / name) == Policy()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("k_threshhold: 5\n", "unknown key 'k_threshhold'"),
        ("actions:\n  PERSN: mask\n", "actions.PERSN: unknown entity"),
        ("actions:\n  PERSON: hide\n", "actions.PERSON: unknown action 'hide'"),
        ("actions:\n  PERSON: generalize\n", "actions.PERSON: PERSON cannot be generalized"),
        ("actions:\n  SENSITIVE_HEALTH: generalize\n", "cannot be generalized"),
        ("actions:\n  PERSON: mask\n  person: drop\n", "PERSON is given twice"),
        ("actions: [PERSON]\n", "actions: expected a mapping"),
        ("k_threshold: 0\n", "k_threshold: expected an integer >= 1"),
        ("k_threshold: five\n", "k_threshold: expected an integer >= 1"),
        ("k_threshold: true\n", "k_threshold: expected an integer >= 1"),
        ("pseudonym_scope: everywhere\n", "pseudonym_scope: expected one of dataset, global"),
        ("quasi_identifiers: 性别\n", "quasi_identifiers: expected a list"),
        ("quasi_identifiers: [性别, 3]\n", "quasi_identifiers: expected column names"),
        ("review_sensitive: maybe\n", "review_sensitive: expected true or false"),
        ("individual_rows: 1\n", "individual_rows: expected true or false"),
        ("- PERSON\n", "a policy must be a mapping"),
        ("actions:\n\tPERSON: mask\n", "line 2: invalid YAML"),
    ],
)
def test_invalid_policy_files_name_the_file_and_key(tmp_path, text, message):
    path = tmp_path / "publisher.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PolicyError) as info:
        load_policy(path)
    text = str(info.value)
    assert text.startswith(f"{path}: ") and message in text and "\n" not in text
    assert isinstance(info.value, ValueError)


def test_invalid_json_and_missing_files(tmp_path):
    path = tmp_path / "p.json"
    path.write_text('{"actions": {"PERSON": "mask",}}')
    with pytest.raises(PolicyError, match=r"p\.json: line 1: invalid JSON"):
        load_policy(path)
    with pytest.raises(PolicyError, match="cannot read the policy file"):
        load_policy(tmp_path / "missing.yaml")


def test_pseudonymize_requires_a_key(analyzer, monkeypatch):
    policy = Policy(actions={"PERSON": "pseudonymize"})
    monkeypatch.delenv(KEY_ENV, raising=False)
    with pytest.raises(PolicyError, match=KEY_ENV):
        Screener(analyzer, policy=policy)
    with pytest.raises(PolicyError, match="too short"):
        Screener(analyzer, policy=policy, pseudonym_key=b"short")
    monkeypatch.setenv(KEY_ENV, KEY.decode())
    assert key_from_env() == KEY
    screener = Screener(analyzer, policy=policy)
    assert screener._pseudonym_key == KEY and KEY.decode() not in repr(screener)
    Screener(analyzer)  # no pseudonyms, no key needed
    monkeypatch.delenv(KEY_ENV)
    Screener(analyzer, policy=Policy(actions={"PERSON": "drop"}))


def test_dataset_scope_needs_the_dataset_identity(analyzer):
    screener = Screener(analyzer, policy=Policy(actions={"PERSON": "pseudonymize"}),
                        pseudonym_key=KEY)
    with pytest.raises(PolicyError, match="context="):
        screener.screen_text("申请人王小明")
    assert screener.screen_text("申请人王小明", context="ds-1").text.startswith("申请人PERSON-")


def test_pseudonyms_are_keyed_typed_and_scoped():
    one = Pseudonymizer(KEY, "dataset", "dataset-1")
    again = Pseudonymizer(KEY, "dataset", "dataset-1")
    other = Pseudonymizer(KEY, "dataset", "dataset-2")
    value = one("PERSON", "王小明")
    assert re.fullmatch(r"PERSON-[0-9a-f]{12}", value)
    assert value == again("PERSON", "王小明") == one("PERSON", " 王小明 ")
    assert value != other("PERSON", "王小明") and value != one("PERSON", "王小红")
    assert value != Pseudonymizer(b"another key of 32 bytes........", "dataset", "dataset-1")(
        "PERSON", "王小明")
    assert value[7:] not in hashlib.sha256("王小明".encode()).hexdigest()
    glob_a = Pseudonymizer(KEY, "global", "dataset-1")("PERSON", "王小明")
    assert glob_a == Pseudonymizer(KEY, "global", "dataset-2")("PERSON", "王小明") != value
    assert one("CN_RESIDENT_ID", "11010119900307123x").startswith("ID-")
    assert one("CN_RESIDENT_ID", "11010119900307123x") == one("CN_RESIDENT_ID",
                                                              "11010119900307123X")
    assert one("CN_MOBILE", "+86 138-1234-5678") == one("CN_MOBILE", "13812345678")
    assert one("SENSITIVE_HEALTH", "高血压").startswith("HEALTH-") and one("PERSON", "") == ""
    assert "KEY" not in repr(one) and KEY.decode() not in repr(one)
    assert normalize("EMAIL", " A@Example.COM ") == "a@example.com"
    with pytest.raises(PolicyError):
        Pseudonymizer(KEY, "dataset", "")
