"""Every role against every write action, through REST v1 and CKAN's Action API: the
allowed ones change the dataset and are audited in the caller's name, role and channel; the
refused ones change nothing."""

from __future__ import annotations

import io
from collections.abc import Callable
from itertools import count
from pathlib import Path

import pytest

from api.app import create_app
from catalog import editing
from catalog.audit import recent_events
from catalog.intake import IntakeResource
from publishers.services import add_publisher
from tests.support.accounts import OPERATOR, role_tokens

ALLOWED = {"site_admin", "admin", "editor"}  # who may write datasets (publishers.auth)
PRINCIPALS = ("site_admin", "admin", "editor", "privacy_reviewer", "disclosure_officer",
              "nobody")
TABLE = "区县,常住人口\n东城区,70.4\n"


@pytest.fixture
def site(catalog, tmp_path: Path):
    add_publisher(catalog, "stats", "示例市统计局")
    add_publisher(catalog, "health", "示例市卫生健康委员会")
    tokens = role_tokens(catalog, "stats")
    app = create_app(catalog)
    app.testing = True
    names = count(1)

    def dataset() -> tuple[str, str]:
        """A new published dataset of stats with one table: its name and resource id."""
        name = f"d{next(names)}"
        path = tmp_path / f"{name}.csv"
        path.write_text(TABLE, encoding="utf-8")
        editing.create_dataset(catalog, "stats", {"name": name, "title": f"统计表{name}"},
                               actor=OPERATOR, files=[IntakeResource(path, path.name)])
        return name, _first_resource(catalog, name)

    return app.test_client(), tokens, dataset, catalog


def _first_resource(catalog, name: str) -> str:
    from catalog.queries import get_dataset

    return get_dataset(catalog, name, lambda d, r: "")["resources"][0]["id"]


def _upload() -> tuple[io.BytesIO, str]:
    return io.BytesIO(TABLE.encode()), "table.csv"


# (action, audit action, the call: (client, headers, dataset name, resource id) → response)
V1: dict[str, tuple[str, Callable]] = {
    "package_create": ("dataset.create", lambda c, h, n, r: c.post(
        "/api/v1/datasets", headers=h,
        json={"publisher": "stats", "title": "新表", "name": f"{n}-new"})),
    "package_update": ("dataset.update", lambda c, h, n, r: c.put(
        f"/api/v1/datasets/{n}", headers=h, json={"title": "新标题"})),
    "package_patch": ("dataset.patch", lambda c, h, n, r: c.patch(
        f"/api/v1/datasets/{n}", headers=h, json={"description": "说明"})),
    "package_delete": ("dataset.withdraw", lambda c, h, n, r: c.delete(
        f"/api/v1/datasets/{n}", headers=h)),
    "resource_create": ("resource.create", lambda c, h, n, r: c.post(
        f"/api/v1/datasets/{n}/resources", headers=h, data={"file": _upload()})),
}
CKAN: dict[str, tuple[str, Callable]] = {
    "package_create": ("dataset.create", lambda c, h, n, r: c.post(
        "/api/3/action/package_create", headers=h,
        json={"name": f"{n}-new", "title": "新表", "owner_org": "stats"})),
    "package_update": ("dataset.update", lambda c, h, n, r: c.post(
        "/api/3/action/package_update", headers=h, json={"id": n, "title": "新标题"})),
    "package_patch": ("dataset.patch", lambda c, h, n, r: c.post(
        "/api/3/action/package_patch", headers=h, json={"id": n, "notes": "说明"})),
    "package_delete": ("dataset.withdraw", lambda c, h, n, r: c.post(
        "/api/3/action/package_delete", headers=h, json={"id": n})),
    "resource_create": ("resource.create", lambda c, h, n, r: c.post(
        "/api/3/action/resource_create", headers=h,
        data={"package_id": n, "name": "表", "upload": _upload()})),
    "resource_update": ("resource.update", lambda c, h, n, r: c.post(
        "/api/3/action/resource_update", headers=h, json={"id": r, "description": "新说明"})),
    "resource_delete": ("resource.delete", lambda c, h, n, r: c.post(
        "/api/3/action/resource_delete", headers=h, json={"id": r})),
}
HEADERS = {  # each way a token may be sent
    "bearer": lambda t: {"Authorization": f"Bearer {t}"},
    "ckan": lambda t: {"Authorization": t},
    "ckan-key": lambda t: {"X-CKAN-API-Key": t},
}


def _revisions(catalog, name: str) -> int:
    from catalog.queries import get_dataset

    try:
        return get_dataset(catalog, name, lambda d, r: "")["revision"]
    except Exception:  # noqa: BLE001 - withdrawn
        return -1


@pytest.mark.parametrize(("api", "calls"), [("v1", V1), ("ckan", CKAN)])
def test_each_role_against_each_write_action(site, api: str, calls) -> None:
    client, tokens, dataset, catalog = site
    shared, shared_resource = dataset()  # what refused calls try to change
    for action, (audited, call) in calls.items():
        for who in PRINCIPALS:
            allowed = who in ALLOWED
            name, resource = dataset() if allowed else (shared, shared_resource)
            header = HEADERS["bearer" if api == "v1" else ("ckan", "ckan-key")[len(who) % 2]]
            before = _revisions(catalog, name)
            response = call(client, header(tokens[who]), name, resource)
            case = (api, action, who, response.get_data(as_text=True)[:300])
            if allowed:
                assert response.status_code in (200, 201), case
                event = recent_events(catalog, limit=1)[0]
                assert (event["action"], event["channel"]) == (audited, "api"), case
                assert event["role"] == who, case
            else:
                assert response.status_code == 403, case
                if api == "ckan":
                    assert response.get_json()["error"]["__type"] == "Authorization Error"
                assert _revisions(catalog, shared) == before, case
    # nothing refused reached the trail
    refused = {f"stats-{who.replace('_', '-')}" for who in PRINCIPALS if who not in ALLOWED}
    assert not refused & {e["actor"] for e in recent_events(catalog, limit=1000)}


@pytest.mark.parametrize("api", ["v1", "ckan"])
def test_no_token_a_bad_one_or_another_publisher_s(site, api: str) -> None:
    client, tokens, dataset, catalog = site
    name, resource = dataset()
    calls = V1 if api == "v1" else CKAN
    _, update = calls["package_update"]
    expected = 401 if api == "v1" else 403
    assert update(client, {}, name, resource).status_code == expected
    assert update(client, {"Authorization": "Bearer govcat_forged"}, name,
                  resource).status_code == expected
    # a health editor with a valid token may not touch a stats dataset
    from publishers.accounts import add_member, add_user
    from publishers.tokens import create_token

    add_user(catalog, "health-editor", None, actor=OPERATOR)
    add_member(catalog, "health-editor", "health", "editor", actor=OPERATOR)
    _, other = create_token(catalog, "health-editor", actor=OPERATOR)
    assert update(client, {"Authorization": f"Bearer {other}"}, name,
                  resource).status_code == 403
    assert _revisions(catalog, name) == 1
