"""The row store on a real catalog (SQLite, and PostgreSQL when GOVCAT_TEST_POSTGRES is set):
tables built from the screened file at publish, typed by the Table Schema, queried, and
dropped with the revision that supersedes or withdraws them."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from sqlalchemy import inspect, select

from catalog import pipeline
from catalog.errors import Gone, NotFound
from catalog.intake import IntakeRecord, IntakeResource
from catalog.models import Dataset, RowTable
from catalog.queries import AccessRestricted
from catalog.review import approve
from catalog.rowstore.query import (
    RowQuery,
    RowQueryError,
    RowQueryTimeout,
    bounded,
    search_rows,
)
from catalog.rowstore.sync import is_row_table, repair, table_name
from catalog.withdrawal import withdraw
from publishers.services import add_publisher
from tests.support.catalogs import publish_csv

POPULATION = """区县,代码,年份,常住人口,统计日期,是否主城区,备注
西湖区,XH,2022,113.05,2022-12-31,true,含景区
西湖区,XH,2023,114.2,2023-12-31,true,
上城区,SC,2023,132.89,2023-12-31,true,老城区
富阳区,FY,2023,84.5,2023-12-31,false,
富阳区,FY,2022,,2022-12-31,false,数据缺失
"""


@pytest.fixture(params=["sqlite", "postgresql"])
def any_catalog(request):
    """The catalog fixture on the embedded store, then on PostgreSQL."""
    name = "catalog" if request.param == "sqlite" else "pg_catalog"
    return request.getfixturevalue(name)


@pytest.fixture
def population(any_catalog, tmp_path: Path):
    add_publisher(any_catalog, "stats", "示例市统计局")
    outcome = publish_csv(any_catalog, tmp_path, "population", POPULATION, "stats",
                          title="分区县常住人口")
    return any_catalog, outcome, _resource_id(any_catalog, outcome.dataset_id)


def _resource_id(catalog, dataset_id: str) -> str:
    with catalog.sessions() as session:
        dataset = session.get(Dataset, dataset_id)
        return dataset.current_revision.resources[0].id


def _tables(catalog) -> set[str]:
    with catalog.engine.connect() as connection:
        return {t for t in inspect(connection).get_table_names() if is_row_table(t)}


def test_rows_are_typed_by_the_table_schema(population) -> None:
    catalog, _, resource_id = population
    page = search_rows(catalog, resource_id, RowQuery(row_ids=True))
    assert page.total == 5 and page.dataset == "population"
    assert page.field_names() == ["_id", "区县", "代码", "年份", "常住人口", "统计日期",
                                  "是否主城区", "备注"]
    first, _, _, _, missing = page.records
    assert first == {"_id": 1, "区县": "西湖区", "代码": "XH", "年份": 2022, "常住人口": 113.05,
                     "统计日期": "2022-12-31", "是否主城区": True, "备注": "含景区"}
    assert type(first["年份"]) is int and type(first["常住人口"]) is float
    assert missing["常住人口"] is None and missing["是否主城区"] is False
    assert [f["type"] for f in page.table_schema["fields"]] == [
        "string", "string", "integer", "number", "date", "boolean", "string"]
    with catalog.sessions() as session:
        registered = session.get(RowTable, resource_id)
        # keys, codes, categories, dates and flags are indexed; the measure is not
        assert registered.indexed == ["区县", "代码", "年份", "统计日期", "是否主城区", "备注"]
        assert registered.row_count == 5 and registered.table_name == table_name(resource_id)


def test_remarks_written_as_sentences_are_searched_not_indexed(any_catalog,
                                                              tmp_path: Path) -> None:
    """A short text column with a sentence's punctuation is prose (q finds its words): no
    index; the category beside it keeps one."""
    add_publisher(any_catalog, "civil", "示例市民政局")
    table = "区县,核查结果\n西湖区,社区已入户核查，情况属实。\n上城区,已核查\n富阳区,待复核\n"
    outcome = publish_csv(any_catalog, tmp_path, "checks", table, "civil", title="入户核查")
    with any_catalog.sessions() as session:
        registered = session.get(RowTable, _resource_id(any_catalog, outcome.dataset_id))
        assert registered.indexed == ["区县"]


def test_filters_sort_text_fields_and_paging(population) -> None:
    catalog, _, resource_id = population

    def rows(**query):
        return search_rows(catalog, resource_id, RowQuery(**query))

    west = rows(filters={"区县": "西湖区"})
    assert west.total == 2 and {r["年份"] for r in west.records} == {2022, 2023}
    assert rows(filters={"年份": "2023"}).total == 3  # text of a number is cast to its type
    assert rows(filters={"年份": [2022, 2021]}).total == 2
    assert rows(filters={"是否主城区": False, "年份": 2023}).records[0]["区县"] == "富阳区"
    assert rows(filters={"常住人口": None}).records[0]["备注"] == "数据缺失"
    assert rows(filters={"统计日期": "2023-12-31"}).total == 3
    assert rows(filters={"区县": []}).total == 0
    ordered = rows(sort=["常住人口 desc nulls last", "区县"], fields=["区县", "常住人口"])
    assert [r["常住人口"] for r in ordered.records] == [132.89, 114.2, 113.05, 84.5, None]
    assert list(ordered.records[0]) == ["区县", "常住人口"]
    assert [f["name"] for f in ordered.table_schema["fields"]] == ["区县", "常住人口"]
    assert [r["区县"] for r in rows(sort=['"区县" desc']).records][:2] == ["西湖区", "西湖区"]
    # q: every word somewhere in the row, ignoring case; or words in one field
    assert rows(q="xh 2023").total == 1  # XH, ignoring case
    assert rows(q="西湖 2023").total == 1
    assert rows(q="100%").total == 0  # LIKE's wildcards are plain characters
    assert rows(q={"备注": "城区"}).records[0]["区县"] == "上城区"
    page = rows(limit=2, offset=1, sort=["_id"])
    assert page.total == 5 and [r["年份"] for r in page.records] == [2023, 2023]
    only_total = rows(limit=0, filters={"区县": "富阳区"})
    assert only_total.records == [] and only_total.total == 2
    assert rows(include_total=False).total is None


@pytest.mark.parametrize(("query", "parameter"), [
    (RowQuery(filters={"人口": 1}), "filters"),
    (RowQuery(filters={"年份": "二〇二三"}), "filters"),
    (RowQuery(filters={"年份": 2023.5}), "filters"),
    (RowQuery(filters={"区县": {"$gt": 1}}), "filters"),
    (RowQuery(sort=["区县 sideways, 年份"]), "sort"),
    (RowQuery(sort=["_id; DROP TABLE datasets"]), "sort"),
    (RowQuery(fields=["区县", "x\" FROM datasets --"]), "fields"),
    (RowQuery(fields=["_id"]), "fields"),  # no _id unless row ids are asked for
    (RowQuery(q={"nope": "x"}), "q"),
])
def test_a_wrong_field_value_or_sort_is_refused(population, query, parameter) -> None:
    catalog, _, resource_id = population
    with pytest.raises(RowQueryError) as refused:
        search_rows(catalog, resource_id, query)
    assert refused.value.parameter == parameter
    with catalog.engine.connect() as connection:  # nothing was dropped or run
        assert "datasets" in inspect(connection).get_table_names()


def test_a_query_is_stopped_after_the_time_limit(population) -> None:
    catalog, _, resource_id = population
    endless = "SELECT pg_sleep(5)" if catalog.engine.dialect.name == "postgresql" else \
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"
    started = time.monotonic()
    with pytest.raises(RowQueryTimeout), catalog.sessions() as session:
        connection = session.connection()
        with bounded(connection, 0.2):
            connection.exec_driver_sql(endless)
    assert time.monotonic() - started < 3
    # the connection goes back to the pool without its bound
    assert search_rows(catalog, resource_id, RowQuery(q="西湖")).total == 2


def test_a_new_revision_drops_the_superseded_table(population, tmp_path: Path) -> None:
    catalog, _, old_id = population
    assert _tables(catalog) == {table_name(old_id)}
    outcome = publish_csv(catalog, tmp_path, "population", POPULATION +
                          "临安区,LA,2023,64.1,2023-12-31,false,\n", "stats",
                          title="分区县常住人口")
    new_id = _resource_id(catalog, outcome.dataset_id)
    assert outcome.revision == 2 and new_id != old_id
    assert _tables(catalog) == {table_name(new_id)}  # the old table is gone with its revision
    assert search_rows(catalog, new_id, RowQuery()).total == 6
    with pytest.raises(NotFound):
        search_rows(catalog, old_id, RowQuery())
    with catalog.sessions() as session:
        assert set(session.scalars(select(RowTable.resource_id))) == {new_id}


def test_a_withdrawn_dataset_s_rows_are_gone_and_come_back_with_it(population,
                                                                   tmp_path: Path) -> None:
    catalog, outcome, resource_id = population
    withdraw(catalog, [outcome.dataset_id], "left its source")
    assert _tables(catalog) == set()
    with pytest.raises(NotFound):
        search_rows(catalog, resource_id, RowQuery())
    with pytest.raises(Gone):
        search_rows(catalog, resource_id, RowQuery(), dataset="population")
    again = publish_csv(catalog, tmp_path, "population", POPULATION, "stats",
                        title="分区县常住人口")
    assert again.status == "unchanged" and again.restored
    assert search_rows(catalog, resource_id, RowQuery()).total == 5


def test_rows_are_served_by_open_condition(any_catalog, tmp_path: Path) -> None:
    """A conditionally open dataset's table has rows, served only to an approved applicant
    (granted); a not-open dataset has none at all."""
    add_publisher(any_catalog, "health", "示例市卫生健康委员会")
    outcome = publish_csv(any_catalog, tmp_path, "cases", "区县,病例\n东城区,3\n", "health",
                          title="传染病病例统计", open_condition="conditional",
                          legal_basis="article_15", access_conditions="科研用途申请")
    resource_id = _resource_id(any_catalog, outcome.dataset_id)
    assert _tables(any_catalog) == {table_name(resource_id)}
    with pytest.raises(AccessRestricted, match="approved applicants"):
        search_rows(any_catalog, resource_id, RowQuery())
    with pytest.raises(AccessRestricted):
        search_rows(any_catalog, resource_id, RowQuery(), dataset="cases")
    granted = search_rows(any_catalog, resource_id, RowQuery(), dataset="cases", granted=True)
    assert granted.records == [{"区县": "东城区", "病例": 3}]
    # closed in a new revision: its table is dropped, and a grant opens nothing
    closed = publish_csv(any_catalog, tmp_path, "cases", "区县,病例\n东城区,5\n", "health",
                         title="传染病病例统计", open_condition="not_open",
                         legal_basis="article_15")
    closed_id = _resource_id(any_catalog, closed.dataset_id)
    assert _tables(any_catalog) == set()
    with pytest.raises(AccessRestricted, match="not served"):
        search_rows(any_catalog, closed_id, RowQuery(), dataset="cases", granted=True)
    # opened in a new revision: its table is built then, for anyone
    opened = publish_csv(any_catalog, tmp_path, "cases", "区县,病例\n东城区,4\n", "health",
                         title="传染病病例统计")
    opened_id = _resource_id(any_catalog, opened.dataset_id)
    assert search_rows(any_catalog, opened_id, RowQuery()).records == [{"区县": "东城区",
                                                                        "病例": 4}]


def test_rows_come_from_the_screened_file_only(catalog, tmp_path: Path) -> None:
    add_publisher(catalog, "xf", "示例市信访局")
    text = ("编号,联系电话,区县,身份证号码\n"
            "A001,13905711234,西湖区,330106198705123411\n"
            "A002,13812345678,上城区,330102199001011234\n")
    outcome = publish_csv(catalog, tmp_path, "calls", text, "xf", title="热线工单")
    if outcome.status == "held":
        approve(catalog, outcome.dataset_name, actor="reviewer")
    resource_id = _resource_id(catalog, outcome.dataset_id)
    page = search_rows(catalog, resource_id, RowQuery())
    served = json.dumps(page.records, ensure_ascii=False)
    for raw in ("13905711234", "13812345678", "330106198705123411", "330102199001011234"):
        assert raw not in served
        assert search_rows(catalog, resource_id, RowQuery(q=raw)).total == 0
    assert [r["编号"] for r in page.records] == ["A001", "A002"]
    assert [r["区县"] for r in page.records] == ["西湖区", "上城区"]
    assert page.table_schema["fields"][1]["type"] == "string"  # masked: text now
    assert "pattern" in page.table_schema["fields"][1].get("constraints", {})
    with catalog.sessions() as session:  # masks pick out no one: not worth an index
        assert session.get(RowTable, resource_id).indexed == ["编号", "区县"]


def test_json_and_spreadsheet_rows_are_typed(catalog, tmp_path: Path) -> None:
    import openpyxl

    add_publisher(catalog, "jt", "示例市交通运输局")
    path = tmp_path / "stations.json"
    path.write_text(json.dumps([{"站点": "武林广场", "经度": 120.090829, "泊位": 1860},
                                {"站点": "西湖文化广场", "经度": 120.17, "泊位": None}],
                               ensure_ascii=False), encoding="utf-8")
    record = IntakeRecord({"title": "公共自行车服务点"}, (IntakeResource(path, path.name),),
                          str(path))
    outcome = pipeline.publish(catalog, record, publisher_code="jt")
    records = search_rows(catalog, _resource_id(catalog, outcome.dataset_id), RowQuery()).records
    assert records == [{"站点": "武林广场", "经度": 120.090829, "泊位": 1860},
                       {"站点": "西湖文化广场", "经度": 120.17, "泊位": None}]
    assert type(records[0]["泊位"]) is int
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "passenger_volume"
    sheet.append(["月份", "线路", "客运量"])
    sheet.append(["2024-01", "B1", 1860])
    sheet.append(["2024-02", "B1", 1702.5])
    xlsx = tmp_path / "volume.xlsx"
    book.save(xlsx)
    record = IntakeRecord({"title": "公交客运量"}, (IntakeResource(xlsx, xlsx.name),), str(xlsx))
    outcome = pipeline.publish(catalog, record, publisher_code="jt")
    resource_id = _resource_id(catalog, outcome.dataset_id)
    records = search_rows(catalog, resource_id, RowQuery(filters={"线路": "B1"})).records
    assert [r["客运量"] for r in records] == [1860, 1702.5]


def test_repair_builds_what_is_missing_and_drops_strays(population) -> None:
    catalog, outcome, resource_id = population
    with catalog.engine.begin() as connection:  # as a catalog from before the row store
        connection.exec_driver_sql(f'DROP TABLE "{table_name(resource_id)}"')
        connection.execute(RowTable.__table__.delete())
        connection.exec_driver_sql('CREATE TABLE "rows_0123456789abcdef0123456789abcdef" (x int)')
    with pytest.raises(NotFound):
        search_rows(catalog, resource_id, RowQuery())
    repaired = repair(catalog.sessions, catalog.files)
    assert (repaired.datasets, repaired.strays) == (1, 1)
    assert _tables(catalog) == {table_name(resource_id)}
    assert search_rows(catalog, resource_id, RowQuery()).total == 5
    assert repair(catalog.sessions, catalog.files) == type(repaired)()  # nothing left to do


def test_a_file_that_does_not_fit_its_schema_is_refused_by_row_and_field(tmp_path: Path) -> None:
    from catalog.db import make_engine
    from catalog.rowstore.fields import Layout
    from catalog.rowstore.load import RowLoadError, build

    path = tmp_path / "stored"
    path.write_text("区县,人口\n西湖区,113\n上城区,约130\n", encoding="utf-8")
    layout = Layout.of({"fields": [{"name": "区县", "type": "string"},
                                   {"name": "人口", "type": "integer"}]})
    engine = make_engine(f"sqlite:///{tmp_path / 'store.sqlite'}")  # as the catalog's
    with pytest.raises(RowLoadError, match=r"row 2, field 2 \(人口\)"), engine.begin() as c:
        build(c, layout.table("rows_x"), layout, path, "CSV")
    wrong = Layout.of({"fields": [{"name": "区", "type": "string"},
                                  {"name": "人口", "type": "integer"}]})
    with pytest.raises(RowLoadError, match="header"), engine.begin() as c:
        build(c, wrong.table("rows_y"), wrong, path, "CSV")
    with engine.connect() as c:  # each failed build left nothing
        assert inspect(c).get_table_names() == []
