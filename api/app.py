"""The Flask application factory: REST API v1 and the web portal over one opened catalog."""

from __future__ import annotations

import logging
import threading
import time

from flask import Flask, jsonify, request
from werkzeug.exceptions import HTTPException

from api import http
from api.ckan.views import http_error, is_ckan_path
from api.store import open_catalog
from catalog.context import Catalog
from catalog.housekeeping import clean_leftovers
from catalog.indexing import sync_index
from catalog.search import SearchError, SearchQuery
from catalog.settings import Settings

log = logging.getLogger(__name__)


def create_app(catalog: Catalog | None = None, settings: Settings | None = None) -> Flask:
    """Build the app; pass an opened catalog (tests) or let it open one from settings."""
    if catalog is None:
        catalog = open_catalog(settings or Settings.from_env())
    app = Flask(__name__)
    app.config["SECRET_KEY"] = catalog.secret_key
    # With GOVCAT_BASE_URL set, a request naming any other host is refused (400): links are
    # built from the base URL, never from the Host header (see api.v1.absolute_url).
    app.config["TRUSTED_HOSTS"] = catalog.settings.trusted_hosts
    app.config["JSON_SORT_KEYS"] = False
    # the write API's uploads (a request's form fields and multipart framing are small)
    app.config["MAX_CONTENT_LENGTH"] = catalog.settings.upload_max_bytes + (1 << 20)
    app.json.ensure_ascii = False  # type: ignore[attr-defined]
    app.json.sort_keys = False  # type: ignore[attr-defined]
    app.extensions["govcat"] = catalog

    clean_leftovers(catalog)
    repair = IndexRepair(catalog)
    try:
        repair.run()
        # a first search loads what searches need in memory (the embedded index's columns,
        # jieba's dictionary, pypinyin's syllables), so that no visitor's request waits for it
        catalog.search.search(SearchQuery(q="数据 shuju", per_page=1))
    except SearchError as error:  # the portal's other pages still work; tried again later
        log.warning("search index repair failed: %s", error)
    app.before_request(repair.when_due)

    from api import portal_account, sessions, v1_write  # noqa: F401 - their routes
    from api.ckan.views import ckan_api
    from api.exports.datajson import datajson_export
    from api.exports.dcat import dcat_export
    from api.exports.feeds import feeds
    from api.portal import portal
    from api.portal_forms import forms
    from api.v1 import api_v1
    from api.v1_access import api_access
    from api.v1_requests import api_requests, install_rate_limit

    app.register_blueprint(api_v1)
    app.register_blueprint(api_requests)
    app.register_blueprint(api_access)
    app.register_blueprint(forms)
    install_rate_limit(app, catalog.settings.request_rate_limit, api_access, forms)
    app.register_blueprint(ckan_api)
    app.register_blueprint(datajson_export)
    app.register_blueprint(dcat_export)
    app.register_blueprint(feeds)
    app.register_blueprint(portal)
    sessions.install(app)
    http.install(app)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(SearchError, _search_unavailable)
    app.register_error_handler(Exception, _unexpected_error)
    return app


class IndexRepair:
    """Brings the search index in line with the store when the app starts, then at most every
    GOVCAT_INDEX_REPAIR_SECONDS, before the request that finds it due (cheap: it compares
    revision numbers). A crash between a commit and its indexing is mended this way."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.every = catalog.settings.index_repair_seconds
        self._last = 0.0
        self._lock = threading.Lock()

    def run(self) -> None:
        self._last = time.monotonic()
        repaired = sync_index(self.catalog)
        if repaired:
            log.warning("search index was behind the store; repaired %d entries", repaired)

    def when_due(self) -> None:
        if time.monotonic() - self._last < self.every or not self._lock.acquire(blocking=False):
            return
        try:
            if time.monotonic() - self._last >= self.every:  # not just run by another thread
                self.run()
        except SearchError as error:  # one line: the backend is down or refuses
            log.warning("search index repair failed: %s; it is tried again later", error)
        except Exception:  # noqa: BLE001 - a repair that fails must not fail the request
            log.exception("search index repair failed; it is tried again later")
        finally:
            self._lock.release()


def _wants_json() -> bool:
    return request.path.startswith("/api/")


def _http_error(error: HTTPException):
    # each API answers in its own envelope; the CKAN Action API's is CKAN's
    if is_ckan_path(request.path):
        return http_error(error.code or 500, error.description or error.name)
    if _wants_json():
        body = {
            "error": {"code": error.name.lower().replace(" ", "_"), "message": error.description}
        }
        # The error's own headers (405's Allow, for one) travel with the JSON body.
        headers = [(k, v) for k, v in error.get_headers() if k.lower() != "content-type"]
        return jsonify(body), error.code, headers
    return error


def _search_unavailable(error: SearchError):
    # The operator's log names the backend and the fault; the public learns only that search
    # is down (the message names an internal host).
    log.error("search failed on %s %s: %s", request.method, request.path, error)
    if is_ckan_path(request.path):
        return http_error(503, "search is unavailable; try again later")
    if _wants_json():
        body = {"error": {"code": "search_unavailable",
                          "message": "search is unavailable; try again later"}}
        return jsonify(body), 503
    return "search is unavailable; try again later", 503


def _unexpected_error(error: Exception):
    # The message of an unexpected error may quote data; log the type only, never the text.
    log.error("unexpected %s on %s %s", type(error).__name__, request.method, request.path)
    if is_ckan_path(request.path):
        return http_error(500, "internal server error")
    if _wants_json():
        body = {"error": {"code": "internal_error", "message": "internal server error"}}
        return jsonify(body), 500
    return "internal server error", 500
