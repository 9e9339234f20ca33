"""REST API v1 of the law's public side: submitting a disclosure request (依申请公开) and
looking its status up by receipt code, and the annual report. Nothing here ever answers with
who asked or what they asked."""

from __future__ import annotations

from flask import Blueprint, Flask, Response, jsonify, request, url_for
from marshmallow import ValidationError

from api.schemas import RequestSubmissionSchema
from api.v1 import catalog, refused_body
from api.v1 import error as _error
from catalog.actor import Actor
from catalog.errors import CatalogError, NotFound
from publishers.auth import PUBLIC as PUBLIC_ROLE
from publishers.calendar import china_today
from publishers.report import annual_report
from publishers.report_render import render_report
from publishers.requests import add_request, request_status

api_requests = Blueprint("api_requests", __name__, url_prefix="/api/v1")

MAX_BODY_BYTES = 64 * 1024  # a request's text is at most 10,000 characters
PUBLIC = Actor("anonymous", PUBLIC_ROLE, "api")  # never the applicant's name
REPORT_MEDIA_TYPES = {
    "json": "application/json",
    "html": "text/html; charset=utf-8",
    "md": "text/markdown; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


@api_requests.errorhandler(NotFound)
def _not_found(exc: NotFound):
    return _error("not_found", str(exc), 404)


@api_requests.errorhandler(CatalogError)
def _refused(exc: CatalogError):
    return _error("bad_request", str(exc), 400)


@api_requests.errorhandler(ValidationError)
def _invalid(exc: ValidationError):
    return refused_body(exc, RequestSubmissionSchema())


@api_requests.post("/requests")
def submit_request():
    """A request submitted online: received today (China's date; art. 31: online, the day
    its receipt is confirmed, which this answer is)."""
    request.max_content_length = MAX_BODY_BYTES
    if not request.is_json:
        return _error("bad_request", "send the request as JSON (Content-Type: application/json)",
                      400)
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        return _error("bad_request", "the body must be a JSON object", 400)
    given = RequestSubmissionSchema().load(body)
    applicant = given.get("applicant") or {}
    try:
        receipt = add_request(catalog(), PUBLIC, received=china_today(),
                              applicant_type=given["applicant_type"], content=given["content"],
                              channel="online", publisher=given.get("publisher"),
                              applicant_name=applicant.get("name"),
                              applicant_contact=applicant.get("contact"))
    except NotFound:  # the one thing a submission names that may not exist
        return _error("bad_request", f"unknown publisher {given.get('publisher')!r}: see "
                      "GET /api/v1/publishers", 400)
    answer = {"receipt_code": receipt["receipt_code"], "received": receipt["received"],
              "status": "pending", "due": receipt["due"],
              "provisional": receipt["provisional"]}
    response = jsonify(answer)
    response.status_code = 201
    response.headers["Location"] = catalog().settings.public_url + url_for(
        "api_requests.request_status_view", receipt_code=receipt["receipt_code"])
    return response


@api_requests.get("/requests/<receipt_code>")
def request_status_view(receipt_code: str):
    response = jsonify(request_status(catalog(), receipt_code))
    response.headers["Cache-Control"] = "no-store"  # a status changes; keep it out of caches
    return response


@api_requests.get("/reports/annual/<year>")
def annual_report_view(year: str):
    if not (year.isascii() and year.isdigit() and len(year) == 4):
        return _error("bad_request", "the year is four digits, such as 2026", 400)
    fmt = request.args.get("format", "json")
    if fmt not in REPORT_MEDIA_TYPES:
        return _error("bad_request", f"format must be one of {', '.join(REPORT_MEDIA_TYPES)}",
                      400)
    report = annual_report(catalog(), int(year), request.args.get("publisher") or None)
    if fmt == "json":
        return jsonify(report)
    response = Response(render_report(report, fmt), mimetype=REPORT_MEDIA_TYPES[fmt])
    if fmt == "xlsx":
        scope = report["publisher"] or "all"
        response.headers["Content-Disposition"] = \
            f'attachment; filename="annual-report-{year}-{scope}.xlsx"'
    return response


def install_rate_limit(app: Flask, limits: str, *others: Blueprint) -> None:
    """Bound how many submissions one address makes (GOVCAT_REQUEST_RATE_LIMIT), to each
    POST route of api_requests and of the `others` blueprints (the access applications, the
    portal's public forms): a 429 with Retry-After past it. Counted for all the machine's
    server processes together (api.ratelimit: GOVCAT_HOME/ratelimits.sqlite, no address
    stored); behind a proxy, give the app the client's address (ProxyFix) or all share one."""
    from flask_limiter import Limiter
    from flask_limiter.util import get_remote_address

    from api.ratelimit import storage_uri  # registers its storage scheme with limits

    home = app.extensions["govcat"].settings.home
    limiter = Limiter(get_remote_address, app=app,
                      storage_uri=storage_uri(home / "ratelimits.sqlite"),
                      storage_options={"secret": str(app.config["SECRET_KEY"])},
                      headers_enabled=True)
    for blueprint in (api_requests, *others):
        limiter.limit(limits, methods=["POST"])(blueprint)
