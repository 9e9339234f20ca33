"""REST API v1 (write): create, replace, patch and withdraw datasets, upload resources.

Each write needs an API token (`Authorization: Bearer <token>`), is checked by action name
(publishers.auth) before anything is done, and makes its revision through the one pipeline
(catalog.editing: validate → screen → decide). The answer is the pipeline's outcome with the
dataset as screened: 201/200 published, 202 held for review, 422 invalid or blocked (with its
report). Nothing a caller sent is echoed back unscreened, errors included.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flask import Response, jsonify, request

from api.credentials import Unauthenticated, request_principal
from api.uploads import save_upload, upload_folder
from api.v1 import api_v1, catalog, download_url
from catalog import editing
from catalog.errors import CatalogError, NotFound
from catalog.metadata import MetadataError
from catalog.models import RevisionStatus
from catalog.pipeline import NameTaken, PublishOutcome
from catalog.queries import get_publisher, read_revision, serialize_dataset
from publishers.auth import NotAuthorized, authorize
from publishers.tokens import InvalidToken

# The status of an answer by the pipeline's decision
STATUS = {RevisionStatus.HELD: 202, RevisionStatus.INVALID: 422,
          RevisionStatus.BLOCKED: 422}


class WriteError(CatalogError):
    """A write refused before the pipeline ran: its HTTP status, code and screened message."""

    def __init__(self, status: int, code: str, message: str,
                 fields: dict[str, list[str]] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.fields = status, code, fields


@api_v1.errorhandler(WriteError)
def _write_error(exc: WriteError):
    body: dict[str, Any] = {"error": {"code": exc.code, "message": str(exc)}}
    if exc.fields is not None:
        body["error"]["fields"] = exc.fields
    response = jsonify(body)
    if exc.status == 401:
        response.headers["WWW-Authenticate"] = 'Bearer realm="govcat"'
    return response, exc.status


@api_v1.post("/datasets")
def create_dataset():
    """A new dataset: the metadata standard's fields and its publisher (a code)."""
    principal = _principal()
    body = _json_body()
    publisher = str(body.pop("publisher", "") or principal.publisher or "")
    if not publisher:
        raise WriteError(422, "invalid_metadata", "publisher: Missing value",
                         {"publisher": ["Missing value"]})
    code = _guarded(lambda: get_publisher(catalog(), publisher)["code"])
    actor = _authorized(principal, "package_create", code)
    outcome = _guarded(lambda: editing.create_dataset(catalog(), code, body, actor=actor))
    return _answer(outcome, created=True)


@api_v1.put("/datasets/<dataset>")
def replace_dataset(dataset: str):
    """Replace a dataset's metadata (its resources are kept)."""
    return _update(dataset, "package_update", partial=False)


@api_v1.patch("/datasets/<dataset>")
def patch_dataset(dataset: str):
    """Change some metadata fields of a dataset (null removes one)."""
    return _update(dataset, "package_patch", partial=True)


@api_v1.delete("/datasets/<dataset>")
def withdraw_dataset(dataset: str):
    """Withdraw a dataset (410 Gone from then on; its history stays)."""
    principal = _principal()
    target = _guarded(lambda: editing.find_for_write(catalog(), dataset))
    actor = _authorized(principal, "package_delete", target.publisher)
    _guarded(lambda: editing.withdraw_dataset(catalog(), target.id, actor=actor))
    return jsonify({"dataset": target.name, "withdrawn": True,
                    "reason": editing.WITHDRAWN_BY_PUBLISHER})


@api_v1.post("/datasets/<dataset>/resources")
def upload_resource(dataset: str):
    """Add a table to a dataset: multipart/form-data with the file as `file` (and `title`,
    `description`); validated and screened like every table."""
    principal = _principal()
    target = _guarded(lambda: editing.find_for_write(catalog(), dataset))
    actor = _authorized(principal, "resource_create", target.publisher)
    upload = request.files.get("file")
    if upload is None:
        raise WriteError(400, "bad_request", "send the table as multipart/form-data, "
                                             "in the field `file`")
    limit = catalog().settings.upload_max_bytes
    with upload_folder() as folder:
        def write() -> PublishOutcome:
            file = save_upload(upload.stream, upload.filename, folder, limit,
                               title=request.form.get("title"),
                               description=request.form.get("description"))
            return editing.add_resource(catalog(), target.id, file, actor=actor)
        outcome = _guarded(write)
    return _answer(outcome, created=True)


def _update(dataset: str, action: str, *, partial: bool):
    principal = _principal()
    body = _json_body()
    target = _guarded(lambda: editing.find_for_write(catalog(), dataset))
    actor = _authorized(principal, action, target.publisher)
    given = body.pop("publisher", None)
    if given not in (None, target.publisher):
        raise WriteError(409, "conflict", "a dataset cannot move to another publisher")
    outcome = _guarded(lambda: editing.update_dataset(
        catalog(), target.id, body, actor=actor, partial=partial,
        action="dataset.patch" if partial else "dataset.update"))
    return _answer(outcome, created=False)


def _json_body() -> dict[str, Any]:
    body = request.get_json(silent=True) if request.is_json else None
    if not isinstance(body, dict):
        raise WriteError(400, "bad_request", "the body must be a JSON object "
                                             "(Content-Type: application/json)")
    return body


def _principal():
    try:
        return request_principal()
    except (Unauthenticated, InvalidToken) as exc:
        raise WriteError(401, "unauthorized", str(exc)) from None


def _authorized(principal: Any, action: str, publisher: str):
    try:
        return authorize(principal, action, publisher)
    except NotAuthorized as exc:
        raise WriteError(403, "forbidden", str(exc)) from None


def _guarded(write: Callable[[], Any]) -> Any:
    """write(), its CatalogErrors as answers of their own, messages screened (they may
    quote what the caller sent)."""
    screen = catalog().screen_label
    try:
        return write()
    except WriteError:
        raise
    except NotFound as exc:
        raise WriteError(404, "not_found", screen(str(exc))) from None
    except NameTaken as exc:
        raise WriteError(409, "conflict", screen(str(exc))) from None
    except editing.Conflict as exc:
        raise WriteError(409, "conflict", screen(str(exc))) from None
    except MetadataError as exc:
        fields = {screen(str(key)): [screen(str(m)) for m in (
            value if isinstance(value, list) else [value])]
            for key, value in exc.messages.items()}
        raise WriteError(422, "invalid_metadata", "invalid metadata", fields) from None
    except CatalogError as exc:
        raise WriteError(422, "invalid", screen(" ".join(str(exc).split()))) from None


def _answer(outcome: PublishOutcome, *, created: bool) -> tuple[Response, int]:
    """The outcome, and the dataset as the revision made it (screened)."""
    body: dict[str, Any] = {"outcome": outcome.to_dict()}
    if outcome.revision is not None and outcome.status != RevisionStatus.INVALID:
        body["dataset"] = read_revision(catalog(), outcome.dataset_id, outcome.revision,
                                        lambda d, r: serialize_dataset(d, download_url, r))
    status = STATUS.get(outcome.status, 201 if created else 200)
    if status == 422:
        body["error"] = {"code": outcome.status,
                         "message": f"the new revision is {outcome.status}: see outcome"}
    return jsonify(body), status
