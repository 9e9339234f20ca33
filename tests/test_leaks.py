"""The privacy invariant end to end: personal values fed in never come out of any output."""

from __future__ import annotations

import csv
import json
import logging
import threading
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from api.app import create_app
from catalog import pipeline
from catalog.actor import Actor
from catalog.indexing import reindex
from catalog.review import approve
from harvesters.files import intake_from_path
from publishers.services import add_publisher
from tests.support.people import people

REVIEWER = Actor("reviewer", "privacy_reviewer", "cli")


@pytest.fixture
def leaky_csv(tmp_path: Path) -> tuple[Path, list[str], list[str]]:
    """A CSV whose columns and free text carry every kind of personal value the screen knows."""
    folks = people(12)
    path = tmp_path / "complaints.csv"
    secrets, kept = [], []
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            [
                "编号",
                "申请人姓名",
                "身份证号码",
                "联系电话",
                "电子邮箱",
                "银行卡号",
                "区县",
                "办理情况",
            ]
        )
        for i, p in enumerate(folks):
            other = folks[(i + 1) % len(folks)]
            summary = (
                f"申请人{other.name}反映小区路灯损坏，联系电话{other.mobile}，"
                f"邮箱{other.email}，身份证{other.resident_id}，补贴打入银行卡{other.bank_card}，已于3日内修复。"
            )
            code = f"GD2024{i:04d}"
            writer.writerow(
                [code, p.name, p.resident_id, p.mobile, p.email, p.bank_card, "朝阳区", summary]
            )
            secrets += [p.name, p.resident_id, p.mobile, p.email, p.bank_card]
            kept += [code]
    return path, secrets, kept


def serve(app):
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, f"http://127.0.0.1:{server.server_port}"


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - loopback only
        return response.read().decode("utf-8")


def test_no_personal_value_reaches_any_output(catalog, leaky_csv, caplog) -> None:
    path, secrets, kept = leaky_csv
    caplog.set_level(logging.DEBUG)
    add_publisher(catalog, "xf", "示例市信访局")
    record = intake_from_path(path, title="12345热线工单办理情况")
    outcome = pipeline.publish(catalog, record, publisher_code="xf")
    entities = {f["entity"] for f in outcome.findings}
    assert {"PERSON", "CN_RESIDENT_ID", "CN_MOBILE", "EMAIL_ADDRESS", "BANK_CARD"} <= entities
    # Bank accounts of identified people are sensitive (PIPL art. 28): a reviewer publishes.
    assert outcome.status == "held" and "SENSITIVE_FINANCIAL" in entities
    approve(catalog, outcome.dataset_name, actor=REVIEWER, note="masked")
    reindex(catalog)

    server, base = serve(create_app(catalog))
    try:
        outputs = []
        listing = fetch(f"{base}/api/v1/datasets")
        outputs.append(listing)
        dataset = json.loads(fetch(f"{base}/api/v1/datasets/{outcome.dataset_name}"))
        outputs.append(json.dumps(dataset, ensure_ascii=False))
        public = catalog.settings.public_url  # links are built from it, not from the request
        download = fetch(dataset["resources"][0]["download_url"].replace(public, base))
        outputs.append(download)
        resource = dataset["resources"][0]["id"]
        rows = fetch(f"{base}/api/v1/datasets/{outcome.dataset_name}/resources/{resource}/rows")
        outputs.append(rows)
        assert json.loads(rows)["total"] == len(kept)
        outputs.append(fetch(f"{base}/api/3/action/datastore_search?resource_id={resource}"))
        outputs += [fetch(f"{base}/"), fetch(f"{base}/datasets/{outcome.dataset_name}")]
        outputs += [fetch(f"{base}/api/v1/publishers"), fetch(f"{base}/api/v1/openapi.json"),
                    fetch(f"{base}/api/v1/publishers/xf/dashboard")]
        # Everything the catalog logged while publishing and serving (the access log of the
        # searches below only echoes this test's own queries, so it is read before them).
        outputs.append(caplog.text)
        for value in secrets:
            found = json.loads(fetch(f"{base}/api/v1/datasets?q={urllib.parse.quote(value)}"))
            assert found["total"] == 0, "a raw value must not be searchable"
            in_rows = json.loads(fetch(f"{base}/api/3/action/datastore_search?resource_id="
                                       f"{resource}&q={urllib.parse.quote(value)}"))
            assert in_rows["result"]["total"] == 0, "a raw value must not be found in rows"
    finally:
        server.shutdown()

    everything = "\n".join(outputs)
    for value in secrets:
        assert value not in everything
    for code in kept:  # non-personal columns are intact
        assert code in download
    assert download.count("朝阳区") == len(kept)
    assert "已于3日内修复" in download


def test_nothing_raw_is_stored_anywhere_under_home(catalog, leaky_csv) -> None:
    """Store, index and files hold only screened content (so no later output can leak it)."""
    path, secrets, _ = leaky_csv
    add_publisher(catalog, "xf", "示例市信访局")
    pipeline.publish(catalog, intake_from_path(path), publisher_code="xf")
    catalog.engine.dispose()
    blobs = [p.read_bytes() for p in catalog.settings.home.rglob("*") if p.is_file()]
    for value in secrets:
        encoded = value.encode("utf-8")
        assert not any(encoded in blob for blob in blobs), "raw value stored under GOVCAT_HOME"


EVERY_RECOGNIZER = {
    "CN_RESIDENT_ID": ("身份证号码：{}", "330106198705123411"),
    "CN_MOBILE": ("手机：{}", "13905711234"),
    "CN_LANDLINE": ("家庭电话：{}", "0571-86001234"),
    "EMAIL_ADDRESS": ("邮箱：{}", "li.na1987@example.net"),
    "BANK_CARD": ("银行卡号：{}", "6222021202041701419"),
    "CN_PASSPORT": ("护照号码：{}", "E12345678"),
    "CN_TRAVEL_PERMIT": ("港澳居民来往内地通行证：{}", "H12345678"),
    "CN_LICENSE_PLATE": ("车牌号：{}", "浙A8K2M7"),
    "IP_ADDRESS": ("登录IP地址：{}", "203.0.113.57"),
    "DATE_OF_BIRTH": ("出生日期：{}", "1987年5月12日"),
    "CN_ADDRESS": ("家住{}", "杭州市西湖区文三路259号3幢2单元501室"),
    "PERSON": ("申请人{}反映情况", "欧阳娜娜"),
}
# English text: (the cell, with {} where the value goes; the value)
EVERY_ENGLISH_RECOGNIZER = {
    "PERSON": ("The caller, {}, reported a broken street light", "Hamish Macleod"),
    "PHONE_NUMBER": ("Please call the resident back on {}", "(415) 555-0132 x77"),
    "STREET_ADDRESS": ("The tenant lives at {} and asked for a visit",
                       "742 Evergreen Terrace, Springfield, IL 62704"),
    "BANK_CARD": ("The refund goes to card {}", "4111 1111 1111 1111"),  # credit cards too
    "IBAN_CODE": ("The grant is paid to IBAN {}", "GB82 WEST 1234 5698 7654 32"),
    "US_SSN": ("Claimant SSN: {}", "536-22-8726"),
    "EMAIL_ADDRESS": ("Reply to {}", "hamish.macleod@example.org"),
    "IP_ADDRESS": ("The form was sent from {}", "198.51.100.23"),
    "UK_NHS": ("The patient's NHS number is {}", "943 476 5919"),
    "US_PASSPORT": ("Passport number: {}", "912803456"),
}
_LEAK_CASES = [("zh", e) for e in sorted(EVERY_RECOGNIZER)] + \
    [("en", e) for e in sorted(EVERY_ENGLISH_RECOGNIZER)]


@pytest.mark.parametrize(("language", "entity"), _LEAK_CASES)
def test_every_recognizer_keeps_its_values_out_of_every_output(catalog, tmp_path, language,
                                                               entity) -> None:
    if language == "zh":
        template, value = EVERY_RECOGNIZER[entity]
        cell, done = "经核实，" + template.format(value) + "，已办结。", "已办结"
    else:
        template, value = EVERY_ENGLISH_RECOGNIZER[entity]
        cell, done = template.format(value) + ". Case closed.", "Case closed"
    path = tmp_path / "notes.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["编号", "办理情况"])
        writer.writerow(["A001", cell])
        writer.writerow(["A002", "无"])
    add_publisher(catalog, "xf", "示例市信访局")
    outcome = pipeline.publish(catalog, intake_from_path(path), publisher_code="xf")
    assert entity in {f["entity"] for f in outcome.findings}
    if outcome.status == "held":
        approve(catalog, outcome.dataset_name, actor=REVIEWER)
    client = create_app(catalog).test_client()
    dataset = client.get(f"/api/v1/datasets/{outcome.dataset_name}").get_json()
    download = client.get(dataset["resources"][0]["download_url"].replace("http://localhost", ""))
    served = download.data.decode("utf-8") + json.dumps(dataset, ensure_ascii=False)
    served += client.get("/api/v1/datasets").get_data(as_text=True)
    assert value not in served
    assert done in served and "A001" in served
    catalog.engine.dispose()
    for stored in catalog.settings.home.rglob("*"):
        if stored.is_file():
            assert value.encode("utf-8") not in stored.read_bytes(), stored.name


# ---------------------------------------------------------------- values planted in names


def _planted_source(root: Path) -> list[str]:
    """A department folder whose file, folder, sheet and header names carry personal values."""
    import openpyxl

    folks = people(8, seed=31)
    secrets = []

    def plant(person, *, card: bool = False) -> str:
        secrets.extend([person.name, person.resident_id, person.mobile])
        return f"{person.name}-{person.resident_id}-{person.mobile}"

    root.mkdir()
    table = "区县,人数\n朝阳区,12\n海淀区,9\n"
    # a file name
    (root / f"{plant(folks[0])}.csv").write_text(table, encoding="utf-8")
    # a folder name, and a file name inside it
    folder = root / plant(folks[1])
    folder.mkdir()
    (folder / f"{plant(folks[2])}.csv").write_text(table, encoding="utf-8")
    # a sheet name and header cells of a workbook
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = f"{folks[3].name}{folks[3].mobile}"
    secrets.extend([folks[3].name, folks[3].mobile])
    sheet.append(["区县", f"{plant(folks[4])}"])
    sheet.append(["朝阳区", 12])
    workbook.save(root / "统计表.xlsx")
    # an invalid table, so that its validation report names it
    (root / f"{plant(folks[5])}.csv").write_text("a,b\n1\n2,3,4\n", encoding="utf-8")
    # metadata whose unknown key (quoted in the error message) is personal
    (root / "补贴.csv").write_text(table, encoding="utf-8")
    (root / "补贴.csv.meta.json").write_text(
        json.dumps({"title": "补贴发放", plant(folks[6]): 1}, ensure_ascii=False), encoding="utf-8"
    )
    # a CSV header cell
    (root / "名册.csv").write_text(f"区县,{plant(folks[7])}\n朝阳区,1\n", encoding="utf-8")
    return secrets


def _every_row_of_the_store(catalog) -> str:
    from sqlalchemy import select

    from catalog.models import Base

    rows = []
    with catalog.sessions() as session:
        for table in Base.metadata.sorted_tables:
            rows += [repr(tuple(row)) for row in session.execute(select(table))]
    return "\n".join(rows)


def test_planted_values_in_names_reach_no_endpoint_no_table_and_no_file(catalog, tmp_path,
                                                                       caplog) -> None:
    """File, folder, sheet and header names: screened everywhere they can appear."""
    from catalog.review import dataset_history, list_held, review_detail
    from harvesters.jobs import add_source, list_sources, run_harvest

    caplog.set_level(logging.DEBUG)
    secrets = _planted_source(tmp_path / "drop")
    add_publisher(catalog, "xf", "示例市信访局")
    add_source(catalog, "drop", "directory", "xf", {"path": str(tmp_path / "drop")})
    shown: list[str] = []
    summary = run_harvest(catalog, "drop", lambda key, outcome, error: shown.append(
        f"{key} {outcome.summary() if outcome else ''} {error or ''}"))
    assert summary.counts["invalid"] == 1 and summary.counts["errored"] == 1
    assert summary.counts["added"] + summary.counts["held"] == 4
    outputs = [*shown, summary.line(), json.dumps(summary.errors, ensure_ascii=False),
               json.dumps(list_sources(catalog), ensure_ascii=False, default=str)]
    for held in list_held(catalog):
        outputs.append(json.dumps(review_detail(catalog, held["dataset"]), ensure_ascii=False))
        approve(catalog, held["dataset"], actor=REVIEWER)
        outputs.append(json.dumps(dataset_history(catalog, held["dataset"]), ensure_ascii=False))

    client = create_app(catalog).test_client()
    listing = client.get("/api/v1/datasets?per_page=100").get_json()
    assert listing["total"] == 4
    outputs += [json.dumps(listing, ensure_ascii=False), client.get("/").get_data(as_text=True)]
    for item in listing["data"]:
        outputs.append(client.get(f"/api/v1/datasets/{item['name']}").get_data(as_text=True))
        outputs.append(client.get(f"/datasets/{item['name']}").get_data(as_text=True))
        outputs.append(json.dumps(dataset_history(catalog, item["name"]), ensure_ascii=False))
        for resource in item["resources"]:
            for variant in resource["downloads"]:  # the file, and the table in every format
                url = urllib.parse.urlsplit(variant["url"])
                download = client.get(f"{url.path}?{url.query}")
                assert download.status_code == 200
                outputs.append(download.data.decode("utf-8", errors="replace"))
                disposition = download.headers.get("Content-Disposition", "")
                outputs.append(urllib.parse.unquote(disposition))
                if variant["format"] == "XLSX":
                    outputs.append(_workbook_text(download.data))
    for path in ("/api/v1/publishers", "/api/v1/openapi.json",
                 "/api/v1/publishers/xf/dashboard"):
        outputs.append(client.get(path).get_data(as_text=True))
    for value in secrets:
        found = client.get(f"/api/v1/datasets?q={urllib.parse.quote(value)}").get_json()
        assert found["total"] == 0, "a raw value must not be searchable"
    outputs += [caplog.text, _every_row_of_the_store(catalog)]

    everything = "\n".join(outputs)
    for value in secrets:
        assert value not in everything
    catalog.engine.dispose()
    for stored in catalog.settings.home.rglob("*"):
        if stored.is_file():
            blob = stored.read_bytes()
            for value in secrets:
                assert value.encode("utf-8") not in blob, stored.name


def _workbook_text(data: bytes) -> str:
    """Every sheet name and cell of a workbook, as text."""
    import io

    import openpyxl

    workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    parts = list(workbook.sheetnames)
    for sheet in workbook.worksheets:
        parts += [str(v) for row in sheet.iter_rows(values_only=True) for v in row]
    return "\n".join(parts)


# ---------------------------------------------------------------- access applications


def test_an_access_applicant_reaches_no_public_output(catalog, tmp_path, caplog) -> None:
    """Who applied for access to a conditionally open dataset, how to reach them and why: in
    no public answer (API, portal, exports, feeds, search, CKAN), error, log or audit event."""
    import dataclasses
    import datetime as dt
    import re

    from catalog.audit import recent_events
    from publishers import access
    from tests.support.catalogs import publish_csv

    caplog.set_level(logging.DEBUG)
    folks = people(3, seed=57)
    applicant = {"name": folks[0].name, "organisation": f"{folks[1].name}研究所",
                 "contact": f"{folks[0].email} {folks[0].mobile}"}
    purpose, use = f"为{folks[2].name}课题研究", f"仅{folks[2].name}本人使用"
    secrets = [folks[0].name, folks[1].name, folks[2].name, folks[0].email, folks[0].mobile]
    add_publisher(catalog, "health", "示例市卫生健康委员会")
    publish_csv(catalog, tmp_path, "cases", "区县,病例\n东城区,3\n", "health",
                title="传染病病例统计", open_condition="conditional", legal_basis="article_15")
    catalog.settings = dataclasses.replace(catalog.settings, request_rate_limit="100/minute")
    app = create_app(catalog)
    app.testing = True
    client = app.test_client()
    body = {"applicant": applicant, "purpose": purpose, "requested_use": use}
    answer = client.post("/api/v1/datasets/cases/access-requests", json=body)
    assert answer.status_code == 201
    receipt = answer.get_json()
    outputs = [answer.get_data(as_text=True)]
    # refused submissions: none echoes what was sent
    for bad in ({**body, "purpose": ""}, {**body, folks[0].name: folks[0].mobile},
                {**body, "applicant": {**applicant, "contact": ""}}):
        refused = client.post("/api/v1/datasets/cases/access-requests", json=bad)
        assert refused.status_code == 400
        outputs.append(refused.get_data(as_text=True))
    page = client.get("/datasets/cases").get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    filed = client.post("/datasets/cases/access", data={
        "applicant_name": applicant["name"], "organisation": applicant["organisation"],
        "contact": applicant["contact"], "purpose": purpose, "requested_use": use,
        "csrf_token": token})
    assert filed.status_code == 201
    access.approve(catalog, Actor("li.na", "disclosure_officer", "cli", "health"),
                   receipt["receipt_code"], terms="仅限科研", expires=dt.date.today() +
                   dt.timedelta(days=30))
    code = receipt["receipt_code"]
    for url in (f"/api/v1/access-requests/{code}", f"/access?code={code}", "/access",
                "/api/v1/datasets", "/api/v1/datasets/cases", "/datasets/cases", "/",
                "/api/3/action/package_show?id=cases", "/api/3/action/package_search",
                "/api/3/action/tag_list", "/data.json", "/catalog.ttl", "/datasets/cases.ttl",
                "/feeds/datasets.atom", "/api/v1/openapi.json", "/api/v1/publishers",
                "/api/v1/access-requests/ZZZZ-ZZZZ-ZZZZ"):
        outputs.append(client.get(url).get_data(as_text=True))
    for value in secrets:
        found = client.get(f"/api/v1/datasets?q={urllib.parse.quote(value)}").get_json()
        assert found["total"] == 0
    outputs += [caplog.text, json.dumps(recent_events(catalog, limit=100), ensure_ascii=False)]
    everything = "\n".join(outputs)
    for value in secrets:
        assert value not in everything, value
    # the publisher sees them, and only there
    shown = access.get_application(catalog, code)
    assert shown["applicant"]["name"] == applicant["name"] and shown["purpose"] == purpose
