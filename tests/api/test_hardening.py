"""Defects found by probing the HTTP API and the served files, each reproduced and fixed."""

from __future__ import annotations

import csv
import io
import stat
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from api.app import create_app
from api.cli import main
from api.store import init_catalog
from catalog import pipeline
from catalog.intake import IntakeRecord, IntakeResource
from catalog.settings import Settings
from publishers.services import add_publisher


def publish(catalog, path: Path, **meta):
    meta.setdefault("title", path.stem)
    record = IntakeRecord(meta, (IntakeResource(path, path.name),), str(path))
    return pipeline.publish(catalog, record, publisher_code="stats")


@pytest.fixture
def published(catalog, tmp_path):
    add_publisher(catalog, "stats", "示例市统计局")
    path = tmp_path / "population.csv"
    path.write_text("区县,常住人口\n东城区,70.4\n", encoding="utf-8")
    publish(catalog, path, name="population", theme="人口与就业")
    return catalog


@pytest.mark.parametrize("url", [
    "/api/v1/datasets?page=9223372036854775808",
    "/api/v1/datasets?page=99999999999999999999",
    "/api/v1/datasets?page=0",
    "/api/v1/datasets?page=-1",
    "/api/v1/datasets?page=1e3",
    "/api/v1/datasets?per_page=0",
    "/api/v1/datasets?per_page=101",
    "/api/v1/datasets?page=501",  # 501 × 20 reaches past result 10,000
    "/api/v1/datasets?theme=AAA",
    "/api/v1/datasets?open_condition=secret",
])
def test_bad_parameters_are_400_with_the_v1_envelope(published, url) -> None:
    response = create_app(published).test_client().get(url)
    assert response.status_code == 400
    body = response.get_json()
    assert body["error"]["code"] == "bad_request" and body["error"]["message"]


def test_huge_page_numbers_on_the_portal_are_400(published) -> None:
    client = create_app(published).test_client()
    assert client.get("/?page=99999999999999999999").status_code == 400
    assert client.get("/?page=9223372036854775808").status_code == 400
    assert client.get("/?page=2").status_code == 200


def test_links_come_from_the_base_url_not_the_host_header(published) -> None:
    client = create_app(published).test_client()
    dataset = client.get("/api/v1/datasets/population",
                         headers={"Host": "evil.example"}).get_json()
    url = dataset["resources"][0]["download_url"]
    assert url.startswith("http://127.0.0.1:5000/api/v1/datasets/population/")
    servers = client.get("/api/v1/openapi.json", headers={"Host": "evil.example"}).get_json()
    assert servers["servers"] == [{"url": "http://127.0.0.1:5000"}]


def test_with_a_base_url_unknown_hosts_are_refused(published, tmp_path) -> None:
    settings = Settings.from_env({"GOVCAT_BASE_URL": "https://data.example.gov.cn/"},
                                 home=str(published.settings.home), secret_key="k")
    published.settings = settings
    client = create_app(published).test_client()
    assert client.get("/api/v1/datasets", headers={"Host": "evil.example"}).status_code == 400
    good = client.get("/api/v1/datasets/population", headers={"Host": "data.example.gov.cn"})
    assert good.status_code == 200
    assert good.get_json()["resources"][0]["download_url"].startswith(
        "https://data.example.gov.cn/api/v1/datasets/population/resources/")


def test_405_names_the_allowed_methods(published) -> None:
    response = create_app(published).test_client().post("/api/v1/publishers")
    assert response.status_code == 405
    assert set(response.headers["Allow"].split(", ")) >= {"GET", "HEAD"}
    assert response.get_json()["error"]["code"] == "method_not_allowed"


def test_download_content_types_are_those_of_the_openapi_document(published, tmp_path) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.append(["区县", "学校数"])
    workbook.active.append(["东城区", 51])
    workbook.save(tmp_path / "schools.xlsx")
    publish(published, tmp_path / "schools.xlsx", name="schools")
    client = create_app(published).test_client()
    documented = set(client.get("/api/v1/openapi.json").get_json()["paths"][
        "/api/v1/datasets/{dataset}/resources/{resource_id}/download"]["get"]["responses"][
        "200"]["content"])
    for name in ("population", "schools"):
        resource = client.get(f"/api/v1/datasets/{name}").get_json()["resources"][0]
        response = client.get(resource["download_url"].removeprefix("http://127.0.0.1:5000"))
        assert response.mimetype in documented
        assert response.mimetype == resource["media_type"]


def test_formula_cells_are_neutralised_in_csv_and_xlsx_downloads_only(published,
                                                                      tmp_path) -> None:
    cells = ["=HYPERLINK(\"http://x.example\",\"点击\")", "+1+1", "-2+3", "@SUM(A1)", "-5",
             "+3.5", "-", "正常文本"]
    path = tmp_path / "notes.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["编号", "备注"])
        writer.writerows([[str(i), cell] for i, cell in enumerate(cells)])
    publish(published, path, name="notes")
    client = create_app(published).test_client()
    resource = client.get("/api/v1/datasets/notes").get_json()["resources"][0]
    body = client.get(resource["download_url"].removeprefix("http://127.0.0.1:5000"))
    served = [row[1] for row in csv.reader(io.StringIO(body.get_data(as_text=True)))][1:]
    assert served == ["'" + cells[0], "'+1+1", "'-2+3", "'@SUM(A1)", "-5", "+3.5", "-",
                      "正常文本"]

    book = tmp_path / "notes.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append(["编号", "备注"])
    for i, cell in enumerate(cells, start=2):
        workbook.active.append([str(i), cell])
        workbook.active.cell(i, 2).data_type = "s"  # text, as a department's sheet holds it
    workbook.save(book)
    publish(published, book, name="notes-xlsx")
    resource = client.get("/api/v1/datasets/notes-xlsx").get_json()["resources"][0]
    data = client.get(resource["download_url"].removeprefix("http://127.0.0.1:5000")).data
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    column = [row[1] for row in sheet.iter_rows(min_row=2)]
    assert [c.value for c in column] == cells  # values unchanged...
    assert {c.data_type for c in column} == {"s"}  # ...and none of them a formula


def test_serve_on_an_uninitialised_home_creates_nothing(tmp_path, monkeypatch) -> None:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("GOVCAT_HOME", str(home))
    result = CliRunner().invoke(main, ["serve"])
    assert result.exit_code == 1 and "govcat init" in result.output
    assert list(home.iterdir()) == []
    result = CliRunner().invoke(main, ["serve"], env={"GOVCAT_HOME": str(tmp_path / "none")})
    assert result.exit_code == 1 and not (tmp_path / "none").exists()


def test_the_home_is_private(tmp_path) -> None:
    settings = Settings.from_env({}, home=str(tmp_path / "home"))
    catalog = init_catalog(settings)
    try:
        add_publisher(catalog, "stats", "示例市统计局")
        path = tmp_path / "t.csv"
        path.write_text("区县,人数\n东城区,1\n", encoding="utf-8")
        publish(catalog, path)
        catalog.secret_key  # noqa: B018 - made on first use
        create_app(catalog).test_client().get("/api/v1/datasets")
    finally:
        catalog.close()
    assert stat.S_IMODE(settings.home.stat().st_mode) == 0o700
    files = [p for p in settings.home.rglob("*") if p.is_file()]
    assert {"govcat.sqlite", "search.sqlite", "secret_key"} <= {p.name for p in files}
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, path.name


def test_utf16_city_names_are_not_taken_for_person_names(published, tmp_path) -> None:
    """杭州, 宁波 and 温州 in a UTF-16 table were masked as names (a surname and a given name)."""
    path = tmp_path / "cities.csv"
    path.write_bytes("城市,人口,备注\n杭州,1200,省会\n宁波,900,港口城市\n温州,950,民营经济\n"
                     .encode("utf-16"))
    outcome = publish(published, path, name="cities")
    assert outcome.status == "published" and outcome.findings == []
    client = create_app(published).test_client()
    resource = client.get("/api/v1/datasets/cities").get_json()["resources"][0]
    body = client.get(resource["download_url"].removeprefix("http://127.0.0.1:5000"))
    assert [row[0] for row in csv.reader(io.StringIO(body.get_data(as_text=True)))] == [
        "城市", "杭州", "宁波", "温州"]
