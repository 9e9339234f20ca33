"""Loading a row table from a screened file (catalog.rowstore.load.build) on SQLite, and on
PostgreSQL when GOVCAT_TEST_POSTGRES is set: read in worker processes over byte ranges of a
CSV, the table holds exactly what one process loads, row numbers and errors included."""

from __future__ import annotations

import csv
import io
import random
from pathlib import Path

import pytest
from sqlalchemy import inspect, select

from catalog.db import make_engine
from catalog.rowstore.fields import Layout
from catalog.rowstore.load import RowLoadError, build

SCHEMA = {"fields": [
    {"name": "序号", "type": "integer"},
    {"name": "姓名", "type": "string",
     "constraints": {"pattern": "([一-鿿]\\*|[一-鿿]\\*{2})"}},  # masked by the screen
    {"name": "区县", "type": "string"},
    {"name": "金额", "type": "number"},
    {"name": "日期", "type": "date"},
    {"name": "时间", "type": "datetime"},
    {"name": "达标", "type": "boolean"},
    {"name": "属性", "type": "object"},
    {"name": "备注", "type": "string"},
]}
DISTRICTS = ("西湖区", "上城区", "Binjiang", "富阳区")


def _table(rows: int, seed: int = 7, bad_row: int | None = None) -> str:
    """A screened CSV of the schema's fields: plain cells, and the forms a field's own cast
    reads (a date and a time in other forms, True, a number with an exponent), empty cells,
    quoted cells, and a NUL."""
    draw = random.Random(seed)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([f["name"] for f in SCHEMA["fields"]])
    for number in range(1, rows + 1):
        day = f"2024-{draw.randint(1, 12):02d}-{draw.randint(1, 28):02d}"
        row = [str(number), draw.choice(["张*", "欧阳**", ""]), draw.choice(DISTRICTS),
               draw.choice(["12.5", "1e3", "", "-0.25", "7"]),
               draw.choice([day, day, "", "2024-W05-2"]),
               draw.choice([f"{day}T08:30:00", f"{day} 23:59:59.5", "",
                            f"{day}T08:30:00+08:00"]),
               draw.choice(["true", "false", "True", "0", ""]),
               draw.choice(['{"层": 3}', "", '{"a": [1, 2]}']),
               draw.choice(["", "含景区", "A \"quoted\", NOTE", "x\x00y"])]
        if number == bad_row:
            row[0] = "约130"
        writer.writerow(row)
    return out.getvalue()


def _load(url: str, path: Path, workers: int, chunk_bytes: int = 512) -> tuple[list, list]:
    """The rows and indexed fields of the table build loads (then dropped)."""
    layout = Layout.of(SCHEMA)
    table = layout.table("rows_t")
    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            loaded = build(connection, table, layout, path, "CSV", workers=workers,
                           parallel_min_bytes=0, chunk_bytes=chunk_bytes)
            rows = connection.execute(select(table).order_by(table.c["_id"])).all()
            table.drop(connection)
        return [tuple(r) for r in rows], loaded.indexed
    finally:
        engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.sqlite'}"
    return request.getfixturevalue("postgres_url")


def test_workers_load_exactly_what_one_process_loads(store_url: str, tmp_path: Path) -> None:
    path = tmp_path / "stored"
    path.write_text(_table(600), encoding="utf-8")
    alone, indexed = _load(store_url, path, workers=1)
    # ranges of a few rows, and of a few hundred (SQLite: copied from each worker's database)
    for chunk_bytes in (512, 32768):
        together, indexed_together = _load(store_url, path, workers=2,
                                           chunk_bytes=chunk_bytes)
        assert together == alone and indexed_together == indexed
    assert [r[0] for r in alone] == list(range(1, 601))  # _id: the row's number in the file
    assert len({r[5] for r in alone}) > 3  # dates of several forms read
    # the masked name identifies nobody: no index; the district, date, time, flag are
    assert indexed == ["序号", "区县", "日期", "时间", "达标", "备注"]


def test_sqlite_keeps_each_value_s_storage_class_and_no_staged_rows(tmp_path: Path) -> None:
    """Copied from the workers' databases, every value has the storage class binding it here
    gives (7 and 7.0 are equal in Python, not in the table), and the staging schema the
    copies go through is left empty for the next load on the connection."""
    path = tmp_path / "stored"
    path.write_text(_table(300), encoding="utf-8")
    layout = Layout.of(SCHEMA)
    engine = make_engine(f"sqlite:///{tmp_path / 'store.sqlite'}")
    kinds = []
    try:
        with engine.begin() as connection:
            for name, workers in (("rows_alone", 1), ("rows_workers", 2), ("rows_again", 2)):
                build(connection, layout.table(name), layout, path, "CSV", workers=workers,
                      parallel_min_bytes=0, chunk_bytes=512)
                columns = ", ".join(f"typeof({c.name}), {c.name}"
                                    for c in layout.table(name).columns)
                kinds.append(connection.exec_driver_sql(
                    f"SELECT {columns} FROM {name} ORDER BY _id").all())
            staged = connection.exec_driver_sql(
                "SELECT count(*) FROM govcat_staging.sqlite_master").scalar()
    finally:
        engine.dispose()
    assert kinds[0] == kinds[1] == kinds[2] and len(kinds[0]) == 300
    assert {row[2] for row in kinds[0]} == {"integer"}  # 序号
    assert {row[2 * 4] for row in kinds[0]} == {"real", "null"}  # 金额: 7, 12.5, ""
    assert staged == 0


def test_meanwhile_comes_once_the_rows_are_written_and_before_the_indexes(
        tmp_path: Path) -> None:
    """A caller's work in a thread (the publish loads the search index's dictionaries) starts
    when only SQLite's own work is left: the rows all there, no index yet."""
    path = tmp_path / "stored"
    path.write_text(_table(200), encoding="utf-8")
    layout = Layout.of(SCHEMA)
    table = layout.table("rows_t")
    engine = make_engine(f"sqlite:///{tmp_path / 'store.sqlite'}")
    seen = []
    try:
        with engine.begin() as connection:
            def meanwhile() -> None:
                seen.append((connection.exec_driver_sql("SELECT count(*) FROM rows_t").scalar(),
                             inspect(connection).get_indexes("rows_t")))

            loaded = build(connection, table, layout, path, "CSV", workers=2,
                           parallel_min_bytes=0, chunk_bytes=512, meanwhile=meanwhile)
            indexes = inspect(connection).get_indexes("rows_t")
    finally:
        engine.dispose()
    assert seen == [(200, [])]
    assert len(indexes) == len(loaded.indexed) > 0


def test_a_cut_inside_a_quoted_cell_reads_the_file_again_in_one_stream(store_url: str,
                                                                        tmp_path: Path) -> None:
    text = _table(300)
    lines = text.split("\n", 151)
    long_note = "\n".join(["很长的备注"] * 400)  # longer than a range: a cut falls inside it
    path = tmp_path / "stored"
    path.write_text("\n".join(lines[:151]) + f'\n151,张*,西湖区,1,,,,,"{long_note}"\n' +
                    lines[151], encoding="utf-8")
    alone, _ = _load(store_url, path, workers=1)
    together, _ = _load(store_url, path, workers=2, chunk_bytes=256)
    assert together == alone and len(alone) == 301
    assert alone[150][-2] == long_note


def test_a_refused_cell_is_named_by_its_row_in_the_whole_file(store_url: str,
                                                              tmp_path: Path) -> None:
    path = tmp_path / "stored"
    path.write_text(_table(600, bad_row=537), encoding="utf-8")
    layout = Layout.of(SCHEMA)
    engine = make_engine(store_url)
    try:
        for workers in (1, 2):
            with pytest.raises(RowLoadError, match=r"^row 537, field 1 \(序号\)"), \
                    engine.begin() as connection:
                build(connection, layout.table("rows_t"), layout, path, "CSV",
                      workers=workers, parallel_min_bytes=0, chunk_bytes=512)
        with engine.connect() as connection:  # each failed build left nothing
            assert "rows_t" not in inspect(connection).get_table_names()
    finally:
        engine.dispose()
