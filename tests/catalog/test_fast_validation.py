"""The validation fast path against frictionless itself: the same errors, positions, cells
and notes, on the shared Data Package fixtures, on generated invalid tables and on random
ones (hypothesis); in one stream, in worker processes, and in the screen's first pass."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from frictionless import Field
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from catalog import fastvalidation
from catalog.fastvalidation import check_table
from catalog.rowcheck import SHORTCUTS, RowChecker
from catalog.validation import MAX_ERRORS, PendingValidation, begin_validation
from privacy.encoding import detect_encoding
from privacy.tabular import read_table

MAX_ROWS = 10_000_000


def begin(path: Path, schema: dict[str, Any] | None = None, *, encoding: str | None = "detect",
          max_rows: int | None = MAX_ROWS, workers: int = 1) -> PendingValidation:
    """A validation begun as the gate begins it (the encoding govcat detects)."""
    if encoding == "detect":
        encoding = detect_encoding(path)
    return begin_validation(path, fmt="CSV", encoding=encoding, name=path.name, schema=schema,
                            max_rows=max_rows, workers=workers)


def frictionless_errors(pending: PendingValidation) -> list[tuple[Any, ...]]:
    """Frictionless' own errors of the table: (type, row, field, cell, note)."""
    resource = pending.resource()
    report = resource.validate(limit_errors=MAX_ERRORS, limit_rows=pending.limit_rows)
    return [(e.type, getattr(e, "row_number", None), getattr(e, "field_number", None),
             getattr(e, "cell", None), e.note)
            for task in report.tasks for e in task.errors] + [
        (e.type, None, None, None, e.note) for e in report.errors]


def fast_errors(pending: PendingValidation, workers: int = 1) -> list[tuple[Any, ...]]:
    """The fast path's errors, uncapped: (type, row, field, cell, note)."""
    plan = pending.plan
    assert plan is not None, "the fast path does not cover this table"
    checked = check_table(plan, limit_rows=pending.limit_rows, limit_errors=MAX_ERRORS,
                          workers=workers)
    return [(e.type, None, getattr(e, "field_number", None), getattr(e, "cell", None), e.note)
            for e in plan.header_errors] + [
        (i.type, i.row, i.field_number, i.cell, i.note) for i in checked.issues]


def report(validation: Any) -> tuple[Any, ...]:
    return (validation.valid, validation.error_count, [e.to_dict() for e in validation.errors],
            validation.row_count, validation.table_schema, validation.encoding)


def assert_same(path: Path, schema: dict[str, Any] | None = None, *, fast: bool = True,
                workers: int = 1, **options: Any) -> list[tuple[Any, ...]]:
    """The fast path's report equals frictionless'; with fast, it covered the table."""
    pending = begin(path, schema, workers=workers, **options)
    expected = pending.frictionless()
    if fast:
        assert pending.plan is not None
        reference = frictionless_errors(pending)
        if len(reference) < MAX_ERRORS:  # below the cap, every error with its cell
            labels = {"blank-label", "duplicate-label", "extra-label", "missing-label",
                      "incorrect-label", "blank-header"}
            got = fast_errors(pending, workers)
            strip = [(t, r, f, None if t in labels else c, n) for t, r, f, c, n in reference]
            assert got == strip
    assert report(pending.run()) == report(expected)
    return [] if not fast else frictionless_errors(pending)


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8") -> Path:
    with open(path, "w", encoding=encoding, newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


# ------------------------------------------------------------------ the shared fixtures


def _fixture_tables(root: Path) -> Iterator[tuple[str, Path, dict[str, Any] | None]]:
    """Every CSV file (schema inferred), and every CSV resource of a package or resource
    descriptor with its declared schema."""
    for path in sorted(root.rglob("*.csv")):
        yield str(path.relative_to(root)), path, None
    for descriptor in sorted([*root.rglob("*.json"), *root.rglob("*.yaml"),
                              *root.rglob("*.yml")]):
        text = descriptor.read_text(encoding="utf-8")
        try:
            loaded = json.loads(text) if descriptor.suffix == ".json" else yaml.safe_load(text)
        except ValueError:
            continue
        if not isinstance(loaded, dict):
            continue
        resources = loaded.get("resources", [loaded])
        for resource in resources if isinstance(resources, list) else []:
            if not isinstance(resource, dict) or not isinstance(resource.get("path"), str):
                continue
            schema = resource.get("schema")
            if isinstance(schema, str):
                schema = json.loads((descriptor.parent / schema).read_text(encoding="utf-8"))
            table = descriptor.parent / resource["path"]
            if isinstance(schema, dict) and table.suffix == ".csv" and table.is_file():
                yield (f"{descriptor.relative_to(root)}:{resource['path']}", table, schema)


def test_every_fixture_table_is_validated_as_frictionless_does(fixtures_dir: Path) -> None:
    root = fixtures_dir / "datapackage"
    tables = list(_fixture_tables(root))
    invalid = fast = 0
    for name, path, schema in tables:
        pending = begin(path, schema)
        covered = pending.plan is not None
        errors = assert_same(path, schema, fast=covered)
        if covered:
            fast += 1
            invalid += bool(errors)
        else:
            # the fast path leaves only keys and unique values to frictionless here
            assert schema and (schema.get("primaryKey") or schema.get("foreignKeys") or any(
                f.get("constraints", {}).get("unique") for f in schema["fields"])), name
    assert len(tables) > 50 and fast >= 45
    assert invalid >= 12  # the fixtures' invalid tables went through the fast path


def test_the_invalid_fixture_errors_are_frictionless_own(fixtures_dir: Path) -> None:
    path = fixtures_dir / "datapackage/frictionless-py/data/invalid.csv"
    errors = assert_same(path)
    assert [(t, r, f) for t, r, f, _, _ in errors] == [
        ("blank-label", None, 3), ("duplicate-label", None, 4), ("missing-cell", 2, 3),
        ("missing-cell", 2, 4), ("missing-cell", 3, 3), ("missing-cell", 3, 4),
        ("blank-row", 4, None), ("extra-cell", 5, 5)]


# ------------------------------------------------------------------ generated tables


def test_type_errors_of_every_inferred_type(tmp_path: Path) -> None:
    rows = [["id", "amount", "day", "moment", "flag", "year", "name"]]
    for n in range(1, 1200):
        rows.append([str(n), f"{n}.5", f"2023-01-{n % 28 + 1:02d}",
                     f"2023-01-02T10:{n % 60:02d}:00", "true" if n % 2 else "false",
                     str(1990 + n % 30), f"名字{n}"])
    rows[1100] = ["x", "1,5", "2023-02-30", "2023-01-02", "yes", "99", "ok"]
    rows[1101] = [" 7 ", "+1e3", "2023-2-3", "2023-01-02T10:00:00+08:00", "1", "2020", ""]
    rows[1102] = ["", "", "", "", "", "", ""]
    errors = assert_same(write_csv(tmp_path / "t.csv", rows))
    assert {e[0] for e in errors} == {"type-error", "blank-row"}


def test_missing_and_extra_cells_and_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("a,b,c\n1,2,3\n1,2\n\n1,2,3,4,\n,,\n,,,x\n1\n\"x\ny\",2,3\n1,2,3\n",
                    encoding="utf-8")
    errors = assert_same(path)
    assert {"missing-cell", "extra-cell", "blank-row"} <= {e[0] for e in errors}


def test_header_errors_with_row_errors(tmp_path: Path) -> None:
    rows = [["id", "", "id", " name ", "x"], ["1", "a", "b", "c", "d"], ["2", "a", "b"],
            ["z", "a", "b", "c", "d", "e"]]
    assert_same(write_csv(tmp_path / "t.csv", rows))


def test_constraints_of_a_declared_schema(tmp_path: Path) -> None:
    rows = [["id", "kind", "code", "score", "note", "when"]]
    for n in range(1, 60):
        rows.append([str(n), ["a", "b", "c", "d"][n % 4], f"X{n:03d}" if n % 7 else f"Y{n}",
                     str(n * 3 % 101), "x" * (n % 12), "" if n % 11 == 0 else "2024-03-01"])
    rows.append(["", "", "", "", "", ""])
    rows.append(["NA", "a", "X001", "5", "ok", "NA"])
    rows.append(["abc", "a", "X001", "5", "ok", "2024-13-01"])
    schema = {
        "fields": [
            {"name": "id", "type": "integer", "constraints": {"required": True}},
            {"name": "kind", "type": "string", "constraints": {"enum": ["a", "b", "c"]}},
            {"name": "code", "type": "string", "constraints": {"pattern": "X[0-9]{3}"}},
            {"name": "score", "type": "integer",
             "constraints": {"minimum": 10, "maximum": 90}},
            {"name": "note", "type": "string", "constraints": {"minLength": 1, "maxLength": 9}},
            {"name": "when", "type": "date", "constraints": {"required": True}},
        ],
        "missingValues": ["", "NA"],
    }
    errors = assert_same(write_csv(tmp_path / "t.csv", rows), schema)
    assert {"constraint-error", "blank-row", "type-error"} <= {e[0] for e in errors}


def test_declared_formats_and_number_options(tmp_path: Path) -> None:
    rows = [["when", "money", "count", "flag"], ["01/02/2023", "1 234,5", "$12", "Y"],
            ["2023-01-02", "1.234,5", "12", "N"], ["13/13/2023", "12", "-", "yes"]]
    schema = {"fields": [
        {"name": "when", "type": "date", "format": "%d/%m/%Y"},
        {"name": "money", "type": "number", "groupChar": " ", "decimalChar": ","},
        {"name": "count", "type": "integer", "bareNumber": False},
        {"name": "flag", "type": "boolean", "trueValues": ["Y"], "falseValues": ["N"]},
    ]}
    assert_same(write_csv(tmp_path / "t.csv", rows), schema)


def test_unique_values_and_keys_are_left_to_frictionless(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "t.csv", [["id", "v"], ["1", "a"], ["1", "b"], ["2", "b"]])
    unique = {"fields": [{"name": "id", "type": "integer"},
                         {"name": "v", "type": "string", "constraints": {"unique": True}}]}
    keyed = {"fields": [{"name": "id", "type": "integer"}, {"name": "v", "type": "string"}],
             "primaryKey": ["id"]}
    for schema in (unique, keyed):
        assert begin(path, schema).plan is None
        errors = assert_same(path, schema, fast=False)
        assert not errors and not begin(path, schema).run().valid


def test_more_errors_than_kept_and_the_row_limit(tmp_path: Path) -> None:
    rows = [["a", "b"]] + [["x" if n % 3 else str(n), str(n)] for n in range(1, 400)]
    rows[1] = ["1", "1"]
    schema = {"fields": [{"name": "a", "type": "integer"}, {"name": "b", "type": "integer"}]}
    path = write_csv(tmp_path / "t.csv", rows)
    for max_rows in (None, 5, 100, 298, 299, 300, 301, 500):
        pending = begin(path, schema, max_rows=max_rows)
        assert pending.plan is not None
        assert report(pending.run()) == report(pending.frictionless())
    header = write_csv(tmp_path / "h.csv", [[""] * 250, ["1"] * 250, ["2"] * 249])
    for max_rows in (None, 0, 1, 2):
        pending = begin(header, max_rows=max_rows)
        assert report(pending.run()) == report(pending.frictionless())


def test_dialects_frictionless_sniffs(tmp_path: Path) -> None:
    semicolons = tmp_path / "s.csv"
    semicolons.write_text("a;b;c\n1;2;3\n4;x;6\n", encoding="utf-8")
    spaces = tmp_path / "p.csv"
    spaces.write_text("a, b, c\n1, 2, 3\n4, 5, x\n", encoding="utf-8")
    tabs = tmp_path / "t.tsv"
    tabs.write_text("a\tb\n1\t2\nx\t3\n", encoding="utf-8")
    crlf = tmp_path / "r.csv"
    crlf.write_bytes(b"a,b\r\n1,2\r\n\r\nx,\"3\r\n4\"\r\n")
    titled = tmp_path / "h.csv"
    titled.write_text("report\nnotes\na,b,c,d\n1,2,3,4\n5,6,7,x\n8,9\n", encoding="utf-8")
    bom = tmp_path / "bom.csv"
    bom.write_bytes("\ufeffa,b\n1,2\n3,x\n".encode())
    gbk = tmp_path / "g.csv"
    gbk.write_bytes("地区,人口\n东城区,70\n西城区,多\n".encode("gb18030"))
    lenient = tmp_path / "q.csv"
    lenient.write_text('a,b\n1,"x"y\n2,3\n', encoding="utf-8")
    for path in (semicolons, spaces, tabs, crlf, titled, bom, gbk, lenient):
        assert_same(path, fast=begin(path).plan is not None)
        assert begin(path).plan is not None, path.name


def test_an_undecodable_table_is_left_to_frictionless(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_bytes(b"a,b\n" + b"1,2\n" * 3000 + b"3,\xff\n")
    pending = begin(path, encoding="utf-8")
    assert pending.plan is not None  # its sample decodes; the rest is read by frictionless
    validation = pending.run()
    assert report(validation) == report(pending.frictionless())
    assert [e.type for e in validation.errors] == ["encoding-error"]


@pytest.mark.parametrize("chunk_bytes", [7, 64, 1000])
def test_in_worker_processes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                             chunk_bytes: int) -> None:
    monkeypatch.setattr(fastvalidation, "PARALLEL_MIN_BYTES", 0)
    monkeypatch.setattr(fastvalidation, "CHUNK_BYTES", chunk_bytes)
    rows = [["id", "v", "d"]] + [[str(n), f"{n}.25", "2024-01-05"] for n in range(1, 500)]
    rows[40] = ["x", "", "2024-02-31"]
    rows[41] = []
    rows[300] = ["1", "2"]
    path = write_csv(tmp_path / "t.csv", rows)
    assert_same(path, workers=2)
    quoted = tmp_path / "q.csv"  # cuts inside quoted fields: read in one stream
    quoted.write_text("a,b\n" + "".join(f'{n},"line\n{n}"\n' for n in range(300)) + "x,1\n",
                      encoding="utf-8")
    assert_same(quoted, workers=2)
    for max_rows in (10, 250):
        pending = begin(path, max_rows=max_rows, workers=2)
        assert report(pending.run()) == report(pending.frictionless())


# ------------------------------------------------------------------ random tables


_CELLS = st.one_of(
    st.integers(-10**20, 10**20).map(str),
    st.decimals(allow_nan=True, places=3).map(str),
    st.dates().map(lambda d: d.isoformat()),
    st.datetimes().map(lambda d: d.isoformat(timespec="seconds")),
    st.sampled_from(["", " ", "true", "False", "1", "0", "NA", "-", "2023-02-29", "2024-02-29",
                     "1e5", "+3", " 4 ", "1_000", "٣", "T", "12:30:00", "2023-05", "P1D"]),
    st.text(alphabet=st.sampled_from(list("09.,-+e :T\"'\n\r\t aé区")), max_size=6),
)
_TYPES = ["string", "integer", "number", "boolean", "date", "datetime", "time", "year",
          "yearmonth", "any", "duration", "geopoint", "object", "array"]


_TYPED = {
    "integer": st.integers(-10**19, 10**19).map(str),
    "number": st.decimals(allow_nan=False, allow_infinity=False, places=2).map(str),
    "date": st.dates().map(lambda d: d.isoformat()),
    "datetime": st.datetimes().map(lambda d: d.isoformat(timespec="seconds")),
    "year": st.integers(0, 9999).map(lambda y: f"{y:04d}"),
    "boolean": st.sampled_from(["true", "false", "True", "0", "1", "yes"]),
}


def _cells_of(fields: list[dict[str, Any]]) -> st.SearchStrategy[list[str]]:
    """Cells mostly of each field's type, sometimes anything; sometimes one cell more or less."""
    def mostly(usual: st.SearchStrategy[Any], other: st.SearchStrategy[Any],
               share: int) -> st.SearchStrategy[Any]:
        return st.integers(0, share).flatmap(lambda k: usual if k else other)

    typed = [_TYPED.get(f["type"], st.text(max_size=4)) for f in fields]
    cells = st.tuples(*[mostly(kind, _CELLS, 12) for kind in typed]).map(list)
    return mostly(cells, st.one_of(cells.map(lambda c: c[:-1]), cells.map(lambda c: [*c, "x"])),
                  8)


@st.composite
def _tables(draw: st.DrawFn) -> tuple[list[list[str]], dict[str, Any] | None]:
    width = draw(st.integers(1, 5))
    header = draw(st.lists(st.sampled_from(["a", "b", "c", "", "a ", "名称"]), min_size=width,
                           max_size=width))
    kinds = draw(st.lists(st.sampled_from(_TYPES), min_size=width, max_size=width))
    rows = [header] + draw(st.lists(_cells_of([{"type": kind} for kind in kinds]), max_size=30))
    if not draw(st.booleans()):
        return rows, None
    fields = []
    for index in range(width):
        field: dict[str, Any] = {"name": f"f{index}", "type": kinds[index]}
        constraints = draw(st.fixed_dictionaries({}, optional={
            "required": st.booleans(), "enum": st.lists(_CELLS, max_size=3),
            "minLength": st.integers(0, 3), "maxLength": st.integers(0, 5)}))
        if field["type"] in ("string", "any"):
            constraints.pop("minLength", None) if field["type"] == "any" else None
            if field["type"] == "any":
                constraints.pop("maxLength", None)
        else:
            constraints.pop("minLength", None)
            constraints.pop("maxLength", None)
        try:
            for value in constraints.get("enum", []):
                # frictionless itself fails on a NaN in an enum of numbers (InvalidOperation)
                if "nan" in value.lower() or Field.from_descriptor(field).read_cell(value)[1]:
                    raise ValueError
        except ValueError:
            constraints.pop("enum", None)
        if constraints:
            field["constraints"] = constraints
        fields.append(field)
    schema = {"fields": fields}
    if draw(st.booleans()):
        schema["missingValues"] = draw(st.sampled_from([["", "NA"], ["-"], []]))
    return rows, schema


def _random_table(tmp_path_factory: pytest.TempPathFactory,
                  table: tuple[list[list[str]], dict[str, Any] | None]) -> None:
    rows, schema = table
    path = write_csv(tmp_path_factory.mktemp("random") / "t.csv", rows)
    assert_same(path, schema, fast=begin(path, schema).plan is not None)


_HEALTH = [HealthCheck.too_slow, HealthCheck.data_too_large]


@settings(max_examples=60, deadline=None, suppress_health_check=_HEALTH)
@given(table=_tables())
def test_random_tables(tmp_path_factory: pytest.TempPathFactory,
                       table: tuple[list[list[str]], dict[str, Any] | None]) -> None:
    _random_table(tmp_path_factory, table)


@pytest.mark.slow
@settings(max_examples=1500, deadline=None, suppress_health_check=_HEALTH)
@given(table=_tables())
def test_random_tables_at_length(tmp_path_factory: pytest.TempPathFactory,
                                 table: tuple[list[list[str]], dict[str, Any] | None]) -> None:
    _random_table(tmp_path_factory, table)


@pytest.mark.parametrize("kind", sorted(SHORTCUTS))
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_a_shortcut_accepts_only_what_frictionless_reads(kind: str, data: st.DataObject) -> None:
    value = data.draw(st.from_regex(SHORTCUTS[kind], fullmatch=True))
    _, notes = Field.from_descriptor({"name": "x", "type": kind}).read_cell(value)
    assert not notes, (kind, value)


_FIELDS = st.lists(st.builds(
    lambda kind, required, missing: {"name": "f", "type": kind,
                                     **({"constraints": {"required": True}} if required else {}),
                                     **({"missingValues": missing} if missing is not None else {})},
    st.sampled_from(["string", "integer", "number", "boolean", "date", "datetime", "year",
                     "any"]),
    st.booleans(), st.one_of(st.none(), st.sampled_from([[""], ["", "NA"], ["-"], [], ["0"]]))),
    min_size=1, max_size=4)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), fields=_FIELDS)
def test_a_line_pattern_matches_only_valid_records(data: st.DataObject,
                                                   fields: list[dict[str, Any]]) -> None:
    import io

    from catalog.rowcheck import line_pattern

    lines = data.draw(st.lists(_cells_of(fields), max_size=8))
    ends = data.draw(st.lists(st.sampled_from(["\n"] * 6 + ["\r\n"] * 3 + ["\r", ""]),
                              min_size=8, max_size=8))
    readers = [Field.from_descriptor(f) for f in fields]
    pattern = line_pattern(readers, csv.excel)
    assert pattern is not None
    text = "".join(",".join(cells) + end for cells, end in zip(lines, ends, strict=False))
    matched = pattern.match(text).end()
    records = list(csv.reader(io.StringIO(text[:matched], newline="")))
    assert len(records) == text.count("\n", 0, matched)
    assert RowChecker(readers).batch(records) == []


def test_a_cell_with_a_newline_never_passes_a_shortcut() -> None:
    field = Field.from_descriptor({"name": "x", "type": "integer"})
    checker = RowChecker([field])
    issues = checker.batch([["1"], ["2\n3"], ["4"]])
    assert [(i.row, i.type, i.cell) for i in issues] == [(1, "type-error", "2\n3")]


# ------------------------------------------------------------------ in the screen's first pass


def _screen_check(path: Path, screener: Any, schema: dict[str, Any] | None = None) -> Any:
    table = read_table(path, limits=screener.limits)
    pending = begin(path, schema, encoding=table.encoding)
    check = pending.screen_check(table)
    assert check is not None
    return pending, check


def test_the_screens_first_pass_validates_as_frictionless(tmp_path: Path,
                                                          screener: Any) -> None:
    from privacy import Screener
    from privacy.recordcheck import RecordCheckFailed

    rows = [["序号", "姓名", "金额"]] + [[str(n), "张三", f"{n}.5"] for n in range(1, 1500)]
    valid = write_csv(tmp_path / "valid.csv", rows)
    rows[1100] = ["x", "李四", "1"]  # beyond the sample the types are inferred from
    rows[1200] = ["7", "王五"]
    rows[1300] = []
    invalid = write_csv(tmp_path / "invalid.csv", rows)
    parallel = Screener(screener.analyzer, workers=2, parallel_min_bytes=0, chunk_bytes=512)
    for screen in (screener, parallel):
        pending, check = _screen_check(valid, screen)
        screen.screen_file(valid, tmp_path / "out.csv", check=check)
        assert report(check.validation) == report(pending.frictionless())
        assert check.validation.valid and check.validation.row_count == 1499
        pending, check = _screen_check(invalid, screen)
        with pytest.raises(RecordCheckFailed):
            screen.screen_file(invalid, tmp_path / "never.csv", check=check)
        assert not (tmp_path / "never.csv").exists()
        assert report(check.validation) == report(pending.frictionless())
        assert [(e.type, e.row) for e in check.validation.errors] == [
            ("type-error", 1101), ("missing-cell", 1201), ("blank-row", 1301)]


def test_no_check_when_the_screen_reads_other_records(tmp_path: Path, screener: Any) -> None:
    spaces = tmp_path / "p.csv"
    spaces.write_text("a, b\n1, 2\n3, 4\n", encoding="utf-8")
    titled = tmp_path / "h.csv"  # frictionless finds the header on row 3
    titled.write_text("report\nnotes\na,b,c,d\n1,2,3,4\n5,6,7,8\n", encoding="utf-8")
    blank = tmp_path / "b.csv"  # invalid header: validated alone (no screen)
    blank.write_text("a,,a\n1,2,3\n", encoding="utf-8")
    for path in (spaces, titled, blank):
        table = read_table(path)
        pending = begin(path, encoding=table.encoding)
        assert pending.plan is not None and pending.screen_check(table) is None
    assert begin(titled).plan.first_row == 4
