"""The publication pipeline end to end, through its public functions and a real store."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from catalog import pipeline
from catalog.errors import CatalogError, NotFound
from catalog.intake import IntakeRecord, IntakeResource
from catalog.metadata import MetadataError
from catalog.models import Dataset, PrivacyFinding, Revision, RevisionStatus, ValidationReport
from catalog.search import SearchQuery
from publishers.services import add_publisher

POPULATION = "区县,常住人口（万人）,年份\n东城区,70.4,2023\n西城区,110.6,2023\n朝阳区,344.2,2023\n"


def record(path: Path, **metadata) -> IntakeRecord:
    metadata.setdefault("title", path.stem)
    return IntakeRecord(metadata, (IntakeResource(path, path.name),), str(path))


@pytest.fixture
def stats(catalog):
    add_publisher(catalog, "stats", "示例市统计局")
    return catalog


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_clean_table_is_published_stored_and_indexed(stats, tmp_path: Path) -> None:
    path = write(tmp_path, "population.csv", POPULATION)
    outcome = pipeline.publish(
        stats, record(path, title="常住人口统计年报", name="population"), publisher_code="stats"
    )
    assert outcome.status == RevisionStatus.PUBLISHED and outcome.revision == 1
    with stats.sessions() as session:
        dataset = session.scalar(select(Dataset).where(Dataset.name == "population"))
        revision = dataset.current_revision
        resource = revision.resources[0]
        assert revision.privacy_status == "clean"
        assert resource.row_count == 3
        assert resource.format == "CSV"
        served = stats.files.path_for(resource.storage_key).read_text(encoding="utf-8")
        assert served.splitlines() == POPULATION.splitlines()
    hits = stats.search.search(SearchQuery(q="人口"))
    assert hits.ids == [outcome.dataset_id]


def test_gb18030_input_is_published_as_utf8(stats, tmp_path: Path) -> None:
    path = write(tmp_path, "gbk.csv", POPULATION, "gb18030")
    outcome = pipeline.publish(stats, record(path), publisher_code="stats")
    with stats.sessions() as session:
        resource = session.get(Dataset, outcome.dataset_id).current_revision.resources[0]
        assert resource.source_encoding == "gb18030"
        served = stats.files.path_for(resource.storage_key).read_text(encoding="utf-8")
        assert served.splitlines() == POPULATION.splitlines()


def test_invalid_table_blocks_the_revision_and_keeps_the_old_one(
    stats, tmp_path: Path, fixtures_dir: Path
) -> None:
    path = write(tmp_path, "population.csv", POPULATION)
    first = pipeline.publish(stats, record(path, name="population"), publisher_code="stats")
    shutil.copy(fixtures_dir / "datapackage/frictionless-py/data/invalid.csv", path)
    second = pipeline.publish(stats, record(path, name="population"), publisher_code="stats")
    assert second.status == RevisionStatus.INVALID and second.revision == 2
    assert second.dataset_id == first.dataset_id
    with stats.sessions() as session:
        dataset = session.get(Dataset, first.dataset_id)
        assert dataset.current_revision.number == 1
        invalid = session.scalar(select(Revision).where(Revision.number == 2))
        assert invalid.resources == []  # nothing of it is stored
        report = session.scalar(
            select(ValidationReport).where(ValidationReport.revision_id == invalid.id)
        )
        assert not report.valid and report.error_count == 8


def test_new_dataset_that_is_invalid_is_never_public(
    stats, tmp_path: Path, fixtures_dir: Path
) -> None:
    path = tmp_path / "invalid.csv"
    shutil.copy(fixtures_dir / "datapackage/frictionless-py/data/invalid.csv", path)
    outcome = pipeline.publish(stats, record(path), publisher_code="stats")
    assert outcome.status == "invalid"
    assert stats.search.search(SearchQuery()).total == 0
    with stats.sessions() as session:
        assert session.get(Dataset, outcome.dataset_id).current_revision_id is None


def test_wrong_encoding_is_a_validation_error_not_a_crash(stats, tmp_path: Path) -> None:
    path = tmp_path / "broken.csv"
    path.write_bytes("地区,人口\n".encode() + b"\xff\xfe\xfa\xfb broken\n")
    outcome = pipeline.publish(stats, record(path), publisher_code="stats")
    assert outcome.status == "invalid"


def test_unchanged_input_creates_no_revision(stats, tmp_path: Path) -> None:
    path = write(tmp_path, "population.csv", POPULATION)
    pipeline.publish(stats, record(path), publisher_code="stats")
    again = pipeline.publish(stats, record(path), publisher_code="stats")
    assert again.status == "unchanged"
    changed = write(tmp_path, "population.csv", POPULATION + "海淀区,312.4,2023\n")
    third = pipeline.publish(stats, record(changed), publisher_code="stats")
    assert third.status == "published" and third.revision == 2
    with stats.sessions() as session:
        statuses = [r.status for r in session.scalars(select(Revision).order_by(Revision.number))]
    assert statuses == [RevisionStatus.SUPERSEDED, RevisionStatus.PUBLISHED]


def test_personal_information_is_masked_and_findings_hold_no_values(stats, tmp_path: Path) -> None:
    text = (
        "姓名,身份证号,手机号,补贴金额\n"
        "张伟,110105199003071233,13812345678,1200\n"
        "李秀英,110105198511230021,13987654321,800\n"
    )
    path = write(tmp_path, "subsidy.csv", text)
    outcome = pipeline.publish(stats, record(path, title="补贴发放名单"), publisher_code="stats")
    assert outcome.status in ("published", "held")
    with stats.sessions() as session:
        revision = session.get(Dataset, outcome.dataset_id).revisions[-1]
        served = stats.files.path_for(revision.resources[0].storage_key).read_text(encoding="utf-8")
        findings = session.scalars(select(PrivacyFinding)).all()
        stored = " ".join(str(f.__dict__) for f in findings) + str(revision.metadata_json)
    for value in ("张伟", "李秀英", "110105199003071233", "13812345678", "13987654321"):
        assert value not in served
        assert value not in stored
    assert "1200" in served and "800" in served
    assert {f.entity for f in findings} >= {"PERSON", "CN_MOBILE"}


def test_metadata_text_is_screened(stats, tmp_path: Path) -> None:
    path = write(tmp_path, "population.csv", POPULATION)
    outcome = pipeline.publish(
        stats,
        record(path, title="人口统计", description="如有疑问请联系13812345678。"),
        publisher_code="stats",
    )
    with stats.sessions() as session:
        meta = session.get(Dataset, outcome.dataset_id).revisions[-1].metadata_json
    assert "13812345678" not in meta["description"]
    assert "138****5678" in meta["description"]


def test_errors_before_any_revision(stats, tmp_path: Path) -> None:
    path = write(tmp_path, "population.csv", POPULATION)
    with pytest.raises(NotFound, match="unknown publisher"):
        pipeline.publish(stats, record(path), publisher_code="nobody")
    with pytest.raises(MetadataError, match="open_condition"):
        pipeline.publish(stats, record(path, open_condition="x"), publisher_code="stats")
    pdf = write(tmp_path, "report.pdf", "%PDF-1.4")
    with pytest.raises(CatalogError, match="unsupported resource format"):
        pipeline.publish(stats, record(pdf), publisher_code="stats")
    with stats.sessions() as session:
        assert session.scalars(select(Revision)).all() == []


def test_dataset_name_of_another_publisher_is_refused(stats, tmp_path: Path) -> None:
    add_publisher(stats, "health", "示例市卫生健康委员会")
    path = write(tmp_path, "population.csv", POPULATION)
    pipeline.publish(stats, record(path, name="population"), publisher_code="stats")
    other = write(tmp_path, "other.csv", POPULATION + "丰台区,201.5,2023\n")
    with pytest.raises(CatalogError, match="already used by another publisher"):
        pipeline.publish(stats, record(other, name="population"), publisher_code="health")


def test_a_crash_before_commit_leaves_the_old_revision_visible(
    stats, tmp_path: Path, monkeypatch
) -> None:
    path = write(tmp_path, "population.csv", POPULATION)
    first = pipeline.publish(stats, record(path, name="population"), publisher_code="stats")
    changed = write(tmp_path, "population.csv", POPULATION + "海淀区,312.4,2023\n")

    def crash(*args, **kwargs):
        raise RuntimeError("power cut")

    monkeypatch.setattr(pipeline, "make_current", crash)
    with pytest.raises(RuntimeError):
        pipeline.publish(stats, record(changed, name="population"), publisher_code="stats")
    with stats.sessions() as session:
        dataset = session.get(Dataset, first.dataset_id)
        assert dataset.current_revision.number == 1
        assert len(dataset.revisions) == 1
    assert stats.search.indexed_revisions() == {first.dataset_id: 1}


def test_publisher_policy_pseudonymizes_drops_and_blocks(catalog, tmp_path: Path) -> None:
    from dataclasses import replace

    from publishers.services import set_policy

    catalog.settings = replace(catalog.settings, pseudonym_key="k" * 32)
    add_publisher(catalog, "civil", "示例市民政局")
    set_policy(catalog, "civil", {"actions": {"PERSON": "pseudonymize", "CN_MOBILE": "drop"}})
    text = "姓名,手机号,区县\n张伟,13812345678,朝阳区\n李秀英,13987654321,海淀区\n"
    path = write(tmp_path, "people.csv", text)
    first = pipeline.publish(catalog, record(path, name="people"), publisher_code="civil")
    with catalog.sessions() as session:
        revision = session.get(Dataset, first.dataset_id).revisions[-1]
        served = catalog.files.path_for(revision.resources[0].storage_key).read_text("utf-8")
    header, *rows = [line.split(",") for line in served.splitlines()]
    assert header == ["姓名", "区县"]
    assert all(row[0].startswith("PERSON-") for row in rows) and rows[0][0] != rows[1][0]
    assert "张伟" not in served and "1381234" not in served
    assert revision.resources[0].table_schema == {
        "fields": [{"name": "姓名", "type": "string"}, {"name": "区县", "type": "string"}]
    }

    set_policy(catalog, "civil", {"actions": {"PERSON": "block"}})
    blocked = pipeline.publish(
        catalog, record(write(tmp_path, "more.csv", text), name="more"), publisher_code="civil"
    )
    assert blocked.status == RevisionStatus.BLOCKED
    with catalog.sessions() as session:
        assert session.get(Dataset, blocked.dataset_id).current_revision_id is None


def test_bad_policy_is_refused_before_it_is_kept(stats) -> None:
    from privacy import PolicyError
    from publishers.services import get_policy, set_policy

    with pytest.raises(PolicyError, match="unknown action"):
        set_policy(stats, "stats", {"actions": {"PERSON": "hide"}})
    assert get_policy(stats, "stats") is None


def test_served_schema_keeps_the_types_of_unchanged_columns(stats, tmp_path: Path) -> None:
    text = ("序号,姓名,身份证号,补贴金额,发放日期,备注\n"
            "1,张伟,110101199003071234,1200.50,2024-03-01,已发放\n"
            "2,李秀英,110101198512120021,980.00,2024-03-02,联系人王芳13812345678\n")
    outcome = pipeline.publish(stats, record(write(tmp_path, "subsidy.csv", text)),
                               publisher_code="stats")
    with stats.sessions() as session:
        resource = session.get(Dataset, outcome.dataset_id).revisions[-1].resources[0]
        fields = resource.table_schema["fields"]
    assert [(f["name"], f["type"]) for f in fields] == [
        ("序号", "integer"), ("姓名", "string"), ("身份证号", "string"), ("补贴金额", "number"),
        ("发放日期", "date"), ("备注", "string"),
    ]


def _rows_file(tmp_path: Path, name: str, rows: int, bad: dict[int, str] | None = None) -> Path:
    lines = ["序号,区县,人口"] + [f"{n},东城区,{n * 3}" for n in range(1, rows + 1)]
    for number, line in (bad or {}).items():
        lines[number - 1] = line
    return write(tmp_path, name, "\n".join(lines) + "\n")


def test_a_csv_table_is_validated_in_the_screens_first_pass(
    stats, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from catalog import fastvalidation

    def no_second_pass(*args, **kwargs):
        raise AssertionError("validated in a pass of its own")

    monkeypatch.setattr(fastvalidation, "check_table", no_second_pass)
    valid = _rows_file(tmp_path, "valid.csv", 1500)
    outcome = pipeline.publish(stats, record(valid, name="valid"), publisher_code="stats")
    assert outcome.status == RevisionStatus.PUBLISHED
    # errors after the sample the types are inferred from: the screen stops after its first
    # pass, and the errors are those frictionless reports
    invalid = _rows_file(tmp_path, "invalid.csv", 1500, {1201: "x,西城区,1", 1301: "7,朝阳区"})
    outcome = pipeline.publish(stats, record(invalid, name="invalid"), publisher_code="stats")
    assert outcome.status == RevisionStatus.INVALID
    (validation,) = outcome.validations
    assert [(e.type, e.row, e.field_number) for e in validation.errors] == [
        ("type-error", 1201, 1), ("missing-cell", 1301, 3)]
    with stats.sessions() as session:
        revision = session.get(Dataset, outcome.dataset_id).revisions[-1]
        assert revision.resources == []  # nothing of it is stored


def test_tables_the_screen_reads_otherwise_are_validated_before_any_screen(
    stats, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from privacy import Screener

    screened: list[Path] = []
    real = Screener.screen_file

    def screen_file(self, path, *args, **kwargs):
        screened.append(Path(path))
        return real(self, path, *args, **kwargs)

    monkeypatch.setattr(Screener, "screen_file", screen_file)
    good = _rows_file(tmp_path, "good.csv", 20)
    spaced = write(tmp_path, "spaced.csv", "a, b\n1, 2\n3, x\n")  # read alike, and valid
    headless = write(tmp_path, "headless.csv", "a,,a\n1,2,3\n")  # invalid header
    source = IntakeRecord({"title": "两表"}, (IntakeResource(good, "good.csv"),
                                            IntakeResource(spaced, "spaced.csv"),
                                            IntakeResource(headless, "headless.csv")), "x")
    outcome = pipeline.publish(stats, source, publisher_code="stats")
    assert outcome.status == RevisionStatus.INVALID
    assert screened == []  # the header's errors were known before any screen began
    assert [v.valid for v in outcome.validations] == [True, True, False]
    assert [e.type for e in outcome.validations[2].errors] == ["blank-label", "duplicate-label"]
