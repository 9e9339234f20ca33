"""The one view behind every action, and CKAN's envelope: {"help", "success", "result"} or
{"help", "success": false, "error": {"__type", "message"}}."""

from __future__ import annotations

import logging
from typing import Any

from flask import Blueprint, Response, current_app, jsonify, request, url_for

from api.ckan.actions import ACTIONS
from api.ckan.context import ActionContext, Upload
from api.ckan.errors import ActionError
from api.ckan.params import request_data
from api.ckan.writes import WRITE_ACTIONS
from api.credentials import request_principal
from api.grants import private, request_grant
from catalog.context import Catalog
from catalog.models import Dataset, Resource
from publishers.access import Grant

log = logging.getLogger(__name__)

PREFIXES = ("/api/3/action/", "/api/action/")

ckan_api = Blueprint("ckan_api", __name__)


def _catalog() -> Catalog:
    return current_app.extensions["govcat"]


def _help_url(name: str) -> str:
    return f"{_catalog().settings.public_url}/api/3/action/help_show?name={name}"


def _resource_url(dataset: Dataset, resource: Resource) -> str | None:
    """Where a client gets a resource: govcat's screened download, or a link resource's
    address at its source; None when the open condition allows no direct download."""
    revision = dataset.current_revision
    if revision is None or revision.metadata_json.get("open_condition",
                                                      "unconditional") != "unconditional":
        return None
    if resource.storage_key is None:
        return resource.url
    return _catalog().settings.public_url + url_for(
        "api_v1.download", dataset=dataset.name, resource_id=resource.id)


def _page_url(dataset: Dataset) -> str:
    return _catalog().settings.public_url + url_for("portal.dataset_page", name=dataset.name)


@ckan_api.route("/api/3/action/<name>", methods=["GET", "POST"])
@ckan_api.route("/api/action/<name>", methods=["GET", "POST"])
def action(name: str) -> tuple[Response, int]:
    """Dispatch to the action of that name."""
    found = ACTIONS.get(name)
    if found is None:
        return envelope_error(name, 400, {
            "__type": "Bad request", "message": f"Bad request - Action name not known: "
                                                f"{name[:100]}"})
    if name in WRITE_ACTIONS and request.method != "POST":
        return envelope_error(name, 400, {
            "__type": "Bad request", "message": f"Bad request - {name} takes POST"})
    uploads = {key: Upload(file.filename, file.stream) for key, file in request.files.items()}
    granted: list[Grant] = []

    def grant(dataset: str) -> Grant | None:
        found_grant = request_grant(dataset)
        if found_grant is not None:
            granted.append(found_grant)
        return found_grant

    context = ActionContext(_catalog(), _resource_url, _page_url,
                            _catalog().settings.public_url, request_principal, uploads, grant)
    try:
        result = found(context, request_data(request))
    except ActionError as exc:
        return envelope_error(name, exc.status, exc.error_dict())
    response = jsonify({"help": _help_url(name), "success": True, "result": result})
    return (private(response) if granted else response), 200


def envelope_error(name: str, status: int, error: dict[str, Any]) -> tuple[Response, int]:
    """CKAN's error envelope."""
    return jsonify({"help": _help_url(name), "success": False, "error": error}), status


def is_ckan_path(path: str) -> bool:
    """Whether a request is the Action API's (its errors then take CKAN's envelope)."""
    return path.startswith(PREFIXES)


def http_error(status: int, message: str) -> tuple[Response, int]:
    """An error outside any action (405, 500…) in CKAN's envelope."""
    name = request.path.rstrip("/").rsplit("/", 1)[-1]
    kind = {403: "Authorization Error", 404: "Not Found Error"}.get(status, "Bad request")
    return envelope_error(name, status, {"__type": kind, "message": message})
