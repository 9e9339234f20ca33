"""The Flask application factory: REST API v1 and the web portal over one opened catalog."""

from __future__ import annotations

import logging

from flask import Flask, jsonify, request
from werkzeug.exceptions import HTTPException

from catalog.context import Catalog, open_catalog
from catalog.indexing import sync_index
from catalog.settings import Settings

log = logging.getLogger(__name__)


def create_app(catalog: Catalog | None = None, settings: Settings | None = None) -> Flask:
    """Build the app; pass an opened catalog (tests) or let it open one from settings."""
    if catalog is None:
        catalog = open_catalog(settings or Settings.from_env())
    app = Flask(__name__)
    app.config["SECRET_KEY"] = catalog.settings.secret_key
    app.config["JSON_SORT_KEYS"] = False
    app.json.ensure_ascii = False  # type: ignore[attr-defined]
    app.json.sort_keys = False  # type: ignore[attr-defined]
    app.extensions["govcat"] = catalog

    repaired = sync_index(catalog)
    if repaired:
        log.warning("search index was behind the store; repaired %d entries", repaired)

    from api.portal import portal
    from api.v1 import api_v1

    app.register_blueprint(api_v1)
    app.register_blueprint(portal)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _unexpected_error)
    return app


def _wants_json() -> bool:
    return request.path.startswith("/api/")


def _http_error(error: HTTPException):
    if _wants_json():
        body = {
            "error": {"code": error.name.lower().replace(" ", "_"), "message": error.description}
        }
        return jsonify(body), error.code
    return error


def _unexpected_error(error: Exception):
    # The message of an unexpected error may quote data; log the type only, never the text.
    log.error("unexpected %s on %s %s", type(error).__name__, request.method, request.path)
    if _wants_json():
        body = {"error": {"code": "internal_error", "message": "internal server error"}}
        return jsonify(body), 500
    return "internal server error", 500
