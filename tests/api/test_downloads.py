"""Downloads that open everywhere, through the real Flask app: every tabular resource as CSV
(UTF-8, and UTF-8 with a BOM for Excel), JSON and XLSX, all derived from the screened file,
named after the resource, with ETags and 304s."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import re
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import openpyxl
import pytest
from werkzeug.http import parse_options_header

from api.app import create_app
from catalog import downloads, pipeline
from catalog.housekeeping import clean_leftovers
from catalog.intake import IntakeRecord, IntakeResource
from publishers.services import add_publisher

SUBSIDY = ("序号,姓名,补贴金额,发放日期,已发放,区划代码\n"
           "1,张伟,1200.50,2024-03-01,true,050001\n"
           "2,李秀英,980,2024-03-02,false,330102\n")


def publish(catalog, path: Path, title: str, **meta: Any) -> None:
    record = IntakeRecord({"title": title, "name": path.stem, **meta},
                          (IntakeResource(path, path.name, title=title),), str(path))
    outcome = pipeline.publish(catalog, record, publisher_code="civil")
    assert outcome.status == "published", outcome.to_dict()


@pytest.fixture
def client(catalog, tmp_path: Path):
    add_publisher(catalog, "civil", "示例市民政局")
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "subsidy.csv").write_text(SUBSIDY, encoding="utf-8")
    publish(catalog, sources / "subsidy.csv", "2024年3月养老服务补贴发放名单")
    (sources / "wages.json").write_text(json.dumps(
        [{"区县": "上城区", "标准": 2490, "小时": 24.0, "执行": True},
         {"区县": "西湖区", "标准": 2290, "小时": 22.5, "执行": False}], ensure_ascii=False),
        encoding="utf-8")
    publish(catalog, sources / "wages.json", "最低工资标准")
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "passenger_volume"
    sheet.append(["月份", "客运量", "日期"])
    sheet.append(["2024-01", 4885.7, dt.datetime(2024, 1, 1)])
    workbook.save(sources / "volume.xlsx")
    publish(catalog, sources / "volume.xlsx", "公交客运量")
    (sources / "closed.csv").write_text("区县,病例\n东城区,3\n", encoding="utf-8")
    publish(catalog, sources / "closed.csv", "传染病病例", open_condition="conditional",
            legal_basis="article_15")
    for path in sources.iterdir():
        path.unlink()  # every download comes from the catalog's screened files
    app = create_app(catalog)
    app.testing = True
    return app.test_client()


def resource(client, name: str) -> dict[str, Any]:
    return client.get(f"/api/v1/datasets/{name}").get_json()["resources"][0]


def get(client, url: str, **headers: str):
    parts = urlsplit(url)
    return client.get(parts.path + (f"?{parts.query}" if parts.query else ""), headers=headers)


def test_every_tabular_resource_lists_its_downloads(client) -> None:
    for name, own in (("subsidy", "csv"), ("wages", "json"), ("volume", "xlsx")):
        found = resource(client, name)
        listed = found["downloads"]
        assert [d["name"] for d in listed][0] == own
        assert {d["name"] for d in listed} == {"csv", "csv-excel", "json", "xlsx"}
        assert listed[0]["url"] == found["download_url"]
        excel = next(d for d in listed if d["name"] == "csv-excel")
        assert excel["encoding"] == "utf-8-sig" and excel["format"] == "CSV"
        assert excel["url"].endswith("?encoding=excel")
    closed = resource(client, "closed")
    assert closed["download_url"] is None and closed["downloads"] == []


def test_a_csv_as_utf8_for_excel_json_and_xlsx(client) -> None:
    found = resource(client, "subsidy")
    urls = {d["name"]: d["url"] for d in found["downloads"]}
    plain = get(client, urls["csv"])
    assert plain.status_code == 200 and plain.mimetype == "text/csv"
    text = plain.data.decode("utf-8")
    assert not text.startswith("\ufeff") and "张伟" not in text and "张*" in text
    excel = get(client, urls["csv-excel"])
    assert excel.data == downloads.BOM + plain.data  # the same bytes, with a byte-order mark
    assert excel.headers["Content-Type"] == "text/csv; charset=utf-8"

    rows = json.loads(get(client, urls["json"]).data)
    assert rows[0] == {"序号": 1, "姓名": "张*", "补贴金额": 1200.5, "发放日期": "2024-03-01",
                       "已发放": True, "区划代码": "050001"}  # the 0 of a code is kept
    assert type(rows[1]["补贴金额"]) is int and rows[1]["区划代码"] == "330102"  # as its column
    book = openpyxl.load_workbook(io.BytesIO(get(client, urls["xlsx"]).data))
    sheet = book.worksheets[0]
    assert book.sheetnames == ["2024年3月养老服务补贴发放名单"]
    assert [c.value for c in sheet[2]] == [1, "张*", 1200.5, dt.datetime(2024, 3, 1), True,
                                           "050001"]


def test_json_and_xlsx_keep_numbers_as_numbers(client) -> None:
    urls = {d["name"]: d["url"] for d in resource(client, "wages")["downloads"]}
    sheet = openpyxl.load_workbook(io.BytesIO(get(client, urls["xlsx"]).data)).worksheets[0]
    assert [[c.value for c in row] for row in sheet.iter_rows()] == [
        ["区县", "标准", "小时", "执行"], ["上城区", 2490, 24, True], ["西湖区", 2290, 22.5, False]]
    assert get(client, urls["csv"]).data.decode("utf-8").splitlines()[1] == "上城区,2490,24,TRUE"
    assert get(client, urls["csv-excel"]).data.startswith(downloads.BOM)

    urls = {d["name"]: d["url"] for d in resource(client, "volume")["downloads"]}
    assert json.loads(get(client, urls["json"]).data) == [
        {"月份": "2024-01", "客运量": 4885.7, "日期": "2024-01-01"}]
    own = openpyxl.load_workbook(io.BytesIO(get(client, urls["xlsx"]).data))
    assert own.sheetnames == ["passenger_volume"]


def _filename(response) -> tuple[str, str]:
    """The ASCII filename and the UTF-8 filename* of an attachment (RFC 6266)."""
    raw = response.headers["Content-Disposition"]
    value, options = parse_options_header(raw)  # Werkzeug prefers filename*, as browsers do
    assert value == "attachment"
    fallback = re.search(r'; filename="([^"]*)"', raw)
    star = re.search(r"; filename\*=UTF-8''([^;]*)", raw)
    assert fallback and star and options["filename"] == unquote(star.group(1))
    return fallback.group(1), unquote(star.group(1))


def test_downloads_are_named_after_the_resource_title(client) -> None:
    for found in resource(client, "subsidy")["downloads"]:
        fallback, name = _filename(get(client, found["url"]))
        suffix = f".{found['format'].lower()}"
        assert name == f"2024年3月养老服务补贴发放名单{suffix}"
        assert fallback.isascii() and fallback.endswith(suffix) and len(fallback) > len(suffix)


def test_every_variant_has_its_etag_and_answers_304(client) -> None:
    tags = set()
    for name in ("subsidy", "wages", "volume"):
        for found in resource(client, name)["downloads"]:
            first = get(client, found["url"])
            tag = first.headers["ETag"]
            assert first.status_code == 200 and tag not in tags
            tags.add(tag)
            again = get(client, found["url"], **{"If-None-Match": tag})
            assert again.status_code == 304 and not again.data
            assert get(client, found["url"]).data == first.data  # derived once, then kept
    assert len(tags) == 12


@pytest.mark.parametrize("query", ["format=pdf", "encoding=gbk", "format=json&encoding=excel",
                                   "page=2"])
def test_bad_download_parameters_are_400(client, query: str) -> None:
    url = resource(client, "subsidy")["download_url"]
    response = get(client, f"{url}?{query}")
    assert response.status_code == 400 and response.get_json()["error"]["code"] == "bad_request"


def test_a_restricted_dataset_has_no_variant_either(client) -> None:
    rid = client.get("/api/v1/datasets/closed").get_json()["resources"][0]["id"]
    for query in ("", "?format=json", "?format=xlsx", "?encoding=excel"):
        response = client.get(f"/api/v1/datasets/closed/resources/{rid}/download{query}")
        assert response.status_code == 403


def test_xlsx_is_not_offered_beyond_a_worksheet() -> None:
    names = [v.name for v in downloads.variants("CSV", downloads.XLSX_MAX_ROWS)]
    assert "xlsx" not in names and names[0] == "csv"
    with pytest.raises(downloads.Unavailable, match="more than a worksheet holds"):
        downloads.choose("JSON", downloads.XLSX_MAX_ROWS, "xlsx", None)
    assert downloads.choose("XLSX", 10, None, None) == downloads.Variant("xlsx")


def test_derived_files_go_with_their_stored_file(client, catalog) -> None:
    for found in resource(client, "subsidy")["downloads"]:
        get(client, found["url"])
    root = catalog.settings.derived_dir
    derived = sorted(p.name for p in root.glob("??/*"))
    assert len(derived) == 3  # json, xlsx, csv-excel; the csv is the stored file itself
    keys = {name.split(".", 1)[0] for name in derived}
    assert all(catalog.files.exists(key) for key in keys)
    assert downloads.remove_stale(root, keys) == 0
    assert downloads.remove_stale(root, set()) == 3  # their stored file is gone
    stale = root / "ab" / f"{'ab' * 32}.json.v{downloads.VERSION}"
    stale.parent.mkdir(exist_ok=True)
    stale.write_text("[]", encoding="utf-8")
    os.utime(stale, (0, 0))
    for found in resource(client, "subsidy")["downloads"]:
        get(client, found["url"])
    clean_leftovers(catalog)  # housekeeping: the derived files in use stay, the stale goes
    assert sorted(p.name for p in root.glob("??/*")) == derived


def test_the_portal_offers_every_download(client) -> None:
    page = client.get("/datasets/subsidy").get_data(as_text=True)
    for found in resource(client, "subsidy")["downloads"]:
        assert f'href="{found["url"]}"' in page
    assert "CSV（Excel）" in page and "UTF-8 with BOM" in page
