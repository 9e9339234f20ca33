"""REST API v1 of conditional access (有条件开放): applying for access to a conditionally open
dataset, and looking the application's status up by receipt code. Nothing here ever answers
with who applied, why, or on what terms; the access itself is the downloads' and rows'
(api/v1.py, with the key)."""

from __future__ import annotations

from flask import Blueprint, jsonify, request, url_for
from marshmallow import ValidationError

from api.credentials import presented_token, request_principal
from api.schemas import AccessApplicationSchema
from api.v1 import catalog, refused_body
from api.v1 import error as _error
from catalog.actor import Actor
from catalog.errors import CatalogError, Gone, NotFound
from publishers.access import KEY_PREFIX, AccessError, application_status, apply
from publishers.auth import PUBLIC
from publishers.tokens import InvalidToken

api_access = Blueprint("api_access", __name__, url_prefix="/api/v1")

MAX_BODY_BYTES = 64 * 1024


@api_access.errorhandler(NotFound)
def _not_found(exc: NotFound):
    return _error("not_found", str(exc), 404)


@api_access.errorhandler(Gone)
def _gone(exc: Gone):
    return _error("gone", str(exc), 410)


@api_access.errorhandler(AccessError)
def _conflict(exc: AccessError):
    return _error("conflict", str(exc), 409)


@api_access.errorhandler(InvalidToken)
def _unauthorized(exc: InvalidToken):
    return _error("unauthorized", str(exc), 401)


@api_access.errorhandler(CatalogError)
def _refused(exc: CatalogError):
    return _error("bad_request", catalog().screen_label(str(exc)), 400)


@api_access.errorhandler(ValidationError)
def _invalid(exc: ValidationError):
    return refused_body(exc, AccessApplicationSchema())


@api_access.post("/datasets/<dataset>/access-requests")
def apply_for_access(dataset: str):
    """Apply for access to a conditionally open dataset: the receipt code and the access key
    (shown this once). Sent with an API token, the application is bound to its account too."""
    request.max_content_length = MAX_BODY_BYTES
    if not request.is_json:
        return _error("bad_request", "send the application as JSON (Content-Type: "
                                     "application/json)", 400)
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        return _error("bad_request", "the body must be a JSON object", 400)
    given = AccessApplicationSchema().load(body)
    account = None
    secret = presented_token()
    if secret is not None and not secret.startswith(KEY_PREFIX):
        account = request_principal().name  # InvalidToken: 401
    actor = Actor(account or "anonymous", PUBLIC, "api")
    applicant = given["applicant"]
    receipt = apply(catalog(), actor, dataset, applicant_name=applicant["name"],
                    organisation=applicant.get("organisation"), contact=applicant["contact"],
                    purpose=given["purpose"], requested_use=given["requested_use"],
                    account=account)
    response = jsonify({key: receipt[key] for key in ("receipt_code", "key", "dataset",
                                                      "status", "submitted")})
    response.status_code = 201
    response.headers["Location"] = catalog().settings.public_url + url_for(
        "api_access.access_status", receipt_code=receipt["receipt_code"])
    response.headers["Cache-Control"] = "no-store"  # the key is shown once, kept nowhere
    return response


@api_access.get("/access-requests/<receipt_code>")
def access_status(receipt_code: str):
    response = jsonify(application_status(catalog(), receipt_code))
    response.headers["Cache-Control"] = "no-store"
    return response
