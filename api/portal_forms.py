"""The portal's public forms (CSRF-protected; each POST rate-limited per address by
GOVCAT_REQUEST_RATE_LIMIT, as the API's submissions are): a disclosure request (依申请公开)
and its status by receipt code; an application for access to a conditionally open dataset
(有条件开放), its status, and the access page where the applicant enters the access key and
downloads. Thin views over publishers.requests and publishers.access: the same services as
POST /api/v1/requests and POST /api/v1/datasets/<name>/access-requests."""

from __future__ import annotations

from typing import Any

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    redirect,
    render_template,
    request,
    send_file,
    session,
    url_for,
)
from flask_login import current_user

from api.v1 import BadRequest, download_args, download_label
from catalog import downloads
from catalog.actor import Actor
from catalog.context import Catalog
from catalog.errors import CatalogError, Gone, NotFound
from catalog.metadata import LEGAL_BASES, OPEN_CONDITIONS
from catalog.queries import AccessRestricted, get_dataset, list_publishers, resource_download
from publishers.access import (
    AccessDenied,
    Grant,
    InvalidAccessKey,
    account_applications,
    applicant_view_by_id,
    application_status,
    apply,
    grant_by_id,
    key_application,
    record_download,
)
from publishers.auth import PUBLIC
from publishers.calendar import china_today
from publishers.requests import add_request, request_status
from publishers.vocabulary import APPLICANT_TYPES

forms = Blueprint("forms", __name__, template_folder="templates")

REMEMBERED = "govcat_access"  # the session's list of applications whose key was entered
MAX_REMEMBERED = 20
REQUEST_FIELDS = ("applicant_type", "publisher", "content", "applicant_name",
                  "applicant_contact")
ACCESS_FIELDS = ("applicant_name", "organisation", "contact", "purpose", "requested_use")
APPLICANT_TYPES_EN = {"natural_person": "natural person", "commercial": "business",
                      "research": "research institution", "public_interest": "non-profit",
                      "legal_services": "legal services", "other_org": "other organisation"}


def _catalog() -> Catalog:
    return current_app.extensions["govcat"]


def _message(exc: Exception) -> str:
    """An error's message for the page. The services' messages about a form's fields quote
    nothing that was typed (the fields they would quote, a select's values, are checked by the
    view first), so none repeats an applicant's data."""
    return " ".join(str(exc).split())


def _private(response: Response) -> Response:
    """A page with a secret or an applicant's own data: kept by no cache."""
    response.headers["Cache-Control"] = "no-store"
    return response


def _page(template: str, status: int = 200, **context: Any) -> Response:
    response = current_app.make_response((render_template(template, **context), status))
    return _private(response)


# ---------------------------------------------------------------- disclosure requests


@forms.route("/requests/new", methods=["GET", "POST"])
def request_form():
    """A disclosure request, filed as POST /api/v1/requests files it: received today."""
    values = {name: request.form.get(name, "").strip() for name in REQUEST_FIELDS}
    problem = None
    publishers = list_publishers(_catalog())
    if request.method == "POST":
        if values["applicant_type"] not in APPLICANT_TYPES:
            problem = "请选择申请人类型 / choose the applicant type"
        elif values["publisher"] and values["publisher"] not in {p["code"] for p in publishers}:
            problem = "请选择申请的行政机关 / choose a department from the list"
    if request.method == "POST" and problem is None:
        try:
            receipt = add_request(
                _catalog(), Actor("anonymous", PUBLIC, "portal"), received=china_today(),
                applicant_type=values["applicant_type"], content=values["content"],
                channel="online", publisher=values["publisher"] or None,
                applicant_name=values["applicant_name"] or None,
                applicant_contact=values["applicant_contact"] or None)
        except CatalogError as exc:
            problem = _message(exc)
        else:
            return _page("request_receipt.html", 201, receipt=receipt)
    return _page("request_form.html", 400 if problem else 200, values=values, problem=problem,
                 applicant_types=APPLICANT_TYPES, applicant_types_en=APPLICANT_TYPES_EN,
                 publishers=publishers)


@forms.get("/requests/status")
def request_status_page():
    """A disclosure request's status by its receipt code (no personal data)."""
    code = request.args.get("code", "").strip()
    if not code:
        return _page("request_status.html", status_view=None, code="", problem=None)
    try:
        found = request_status(_catalog(), code)
    except NotFound:
        return _page("request_status.html", 404, status_view=None, code=code[:40],
                     problem="没有此受理编号的申请 / no request has this receipt code")
    return _page("request_status.html", status_view=found, code=found["receipt_code"],
                 problem=None)


# ---------------------------------------------------------------- conditional access


def _signed_in() -> str | None:
    return current_user.principal.name if current_user.is_authenticated else None


def _remember(application_id: str) -> None:
    ids = [i for i in session.get(REMEMBERED, []) if i != application_id]
    session[REMEMBERED] = [application_id, *ids][:MAX_REMEMBERED]


@forms.route("/datasets/<name>/access", methods=["GET", "POST"])
def apply_access(name: str):
    """Apply for access to a conditionally open dataset: the receipt code and the access key,
    shown once. Signed in, the application is bound to the account as well."""
    try:
        dataset = get_dataset(_catalog(), name, lambda d, r: "")
    except Gone:
        abort(410, description=f"数据集 {name} 已撤回 / dataset withdrawn")
    except NotFound:
        abort(404, description=f"数据集 {name} 不存在 / dataset not found")
    values = {field: request.form.get(field, "").strip() for field in ACCESS_FIELDS}
    problem = None
    if request.method == "POST":
        account = _signed_in()
        try:
            receipt = apply(_catalog(), Actor(account or "anonymous", PUBLIC, "portal"),
                            dataset["name"], applicant_name=values["applicant_name"],
                            organisation=values["organisation"], contact=values["contact"],
                            purpose=values["purpose"], requested_use=values["requested_use"],
                            account=account)
        except CatalogError as exc:
            problem = _message(exc)
        else:
            _remember(receipt["id"])
            return _page("access_receipt.html", 201, receipt=receipt, d=dataset)
    return _page("access_apply.html", 400 if problem else 200, d=dataset, values=values,
                 problem=problem, open_conditions=OPEN_CONDITIONS)


@forms.route("/access", methods=["GET", "POST"])
def access_page():
    """The applicant's page: an application's status by receipt code; the access key
    entered (remembered in this browser's signed session, never the key itself); and, for
    each application remembered or made while signed in, its terms and downloads."""
    problem, found_status, status = None, None, 200
    code = request.args.get("code", "").strip()
    if request.method == "POST":
        try:
            application = key_application(_catalog(), request.form.get("key", ""))
        except InvalidAccessKey as exc:
            problem, status = f"访问密钥无效 / {exc}", 400
        else:
            _remember(application["id"])
            return redirect(url_for("forms.access_page"), 303)
    elif code:
        try:
            found_status = application_status(_catalog(), code)
        except NotFound:
            problem, status = "没有此受理编号的申请 / no application has this receipt code", 404
    return _page("access.html", status, problem=problem, code=code[:40],
                 found_status=found_status, applications=_applications())


def _applications() -> list[dict[str, Any]]:
    """The applications this browser may see: remembered ones, then the account's."""
    catalog = _catalog()
    seen: dict[str, dict[str, Any]] = {}
    for application_id in session.get(REMEMBERED, []):
        try:
            grant = grant_by_id(catalog, application_id)
        except AccessDenied:
            grant = None
        view = _view_of(application_id)
        if view is not None:
            seen[application_id] = {**view, "files": _files(grant) if grant else []}
    account = _signed_in()
    if account:
        for view in account_applications(catalog, account):
            if view["id"] not in seen:
                grant = None
                if view["status"] == "approved":
                    try:
                        grant = grant_by_id(catalog, view["id"], account=account)
                    except AccessDenied:
                        grant = None
                seen[view["id"]] = {**view, "files": _files(grant) if grant else []}
    return list(seen.values())


def _view_of(application_id: str) -> dict[str, Any] | None:
    """The applicant's view of a remembered application (None when it is gone)."""
    return applicant_view_by_id(_catalog(), application_id)


def _files(grant: Grant) -> list[dict[str, Any]]:
    """The dataset's resources, each with its downloads through this page."""
    try:
        dataset = get_dataset(_catalog(), grant.dataset, lambda d, r: "")
    except (NotFound, Gone):
        return []
    files = []
    for resource in dataset["resources"]:
        if not resource["screened"]:
            continue  # a link's content was never screened: not served under a grant either
        url = url_for("forms.access_download", application_id=grant.application_id,
                      resource_id=resource["id"])
        files.append({**resource, "links": downloads.listing(resource["format"],
                                                             resource["row_count"], url)})
    return files


@forms.get("/access/<application_id>/resources/<resource_id>/download")
def access_download(application_id: str, resource_id: str):
    """A resource of a granted dataset, for this browser's remembered application or the
    signed-in account's; logged."""
    account = None
    if application_id not in session.get(REMEMBERED, []):
        account = _signed_in()
        if account is None:
            abort(403, description="输入访问密钥后下载 / enter your access key first")
    try:
        grant = grant_by_id(_catalog(), application_id, account=account)
        wanted = download_args(request.args)
        found = resource_download(_catalog(), grant.dataset, resource_id, **wanted,
                                  granted=True)
    except AccessDenied as exc:
        abort(403, description=str(exc))
    except (BadRequest, downloads.Unavailable) as exc:
        abort(400, description=str(exc))
    except AccessRestricted as exc:
        abort(403, description=str(exc))
    except Gone:
        abort(410, description="数据集已撤回 / dataset withdrawn")
    except NotFound as exc:
        abort(404, description=str(exc))
    record_download(_catalog(), grant, resource_id, download_label(**wanted), "portal")
    response = send_file(found.path, mimetype=found.media_type, conditional=True,
                         etag=found.etag)
    response.headers["Content-Disposition"] = found.disposition
    response.headers["Cache-Control"] = "private, no-store"
    return response


@forms.app_context_processor
def _labels() -> dict[str, Any]:
    return {"legal_bases": LEGAL_BASES}
