"""The write actions of CKAN's Action API: package_create, package_update, package_patch,
package_delete, resource_create, resource_update, resource_delete.

Each asks for the caller's API token, checks the action by name (publishers.auth) before
anything is done, reads the dataset dict through the CKAN crosswalk (catalog/crosswalk/ckan.py,
the one mapping both ways) and makes its revision through the one pipeline
(catalog.editing: validate → screen → decide). The answer is the dataset (or resource) as
screened, with the pipeline's outcome under "outcome" (published, held for review); an
invalid table is CKAN's Validation Error (409) with its report. Nothing a caller sent is
echoed back unscreened, errors included.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any

from api.ckan import params
from api.ckan.context import Action, ActionContext, Upload
from api.ckan.dicts import package_dict
from api.ckan.errors import ActionError, AuthorizationError, NotFoundError, ValidationError
from api.uploads import is_descriptor, read_descriptor, save_upload, upload_folder
from catalog import editing
from catalog.crosswalk.ckan import from_ckan
from catalog.crosswalk.datapackage import from_datapackage
from catalog.errors import CatalogError, NotFound
from catalog.intake import IntakeLink
from catalog.metadata import MetadataError
from catalog.models import RevisionStatus
from catalog.pipeline import NameTaken, PublishOutcome
from catalog.queries import get_publisher, read_revision
from publishers.auth import NotAuthorized, Principal, authorize

# What govcat itself sets in a dataset dict (package_show's), ignored when a client sends it
# back: the catalog's own identity, times and states
CATALOG_KEYS = ("id", "metadata_created", "metadata_modified", "state", "revision_id",
                "organization", "owner_org", "num_resources", "num_tags", "isopen",
                "license_title", "license_url", "type", "private", "creator_user_id", "url",
                "groups", "relationships_as_object", "relationships_as_subject", "outcome")
STATE_EXTRAS = frozenset({"validation_status", "privacy_status", "screened", "revision"})
REFUSED = (RevisionStatus.INVALID, RevisionStatus.BLOCKED)


def package_create(context: ActionContext, data: Mapping[str, Any]) -> dict[str, Any]:
    """Create a dataset: name, title, owner_org (the publisher; a token limited to one
    publisher may leave it out), notes, tags, license_id, maintainer, maintainer_email,
    extras (theme, open_condition, legal_basis, spatial_code, update_frequency…); a resource
    given with a url is listed as a link, never fetched. Needs an API token of an editor or
    admin of the publisher. The metadata passes the privacy screen; the result is the
    dataset as screened, its state "active" when published, and "outcome" says what the
    pipeline decided (published, held for review)."""
    principal = _principal(context)
    owner = _owner(context, data, principal)
    actor = _authorize(principal, "package_create", owner)
    metadata, links = _read_package(data)

    def create() -> PublishOutcome:
        return editing.create_dataset(context.catalog, owner, metadata, actor=actor,
                                      links=links)
    return _package_answer(context, _run(context, create))


def package_update(context: ActionContext, data: Mapping[str, Any]) -> dict[str, Any]:
    """Replace a dataset's metadata (id or name; the fields of package_create). Its
    resources are kept unless resources is given: then those listed by id are kept (with
    their new name and description), and those given with a url alone are added as links.
    Needs an API token of an editor or admin of its publisher; the answer is as
    package_create's."""
    principal = _principal(context)
    target = _target(context, data)
    actor = _authorize(principal, "package_update", target.publisher)
    return _update(context, target, data, actor)


def package_patch(context: ActionContext, data: Mapping[str, Any]) -> dict[str, Any]:
    """Change some fields of a dataset (id or name), as package_update does with the
    dataset's newest dict updated by the fields given. Needs an API token of an editor or
    admin of its publisher; the answer is as package_create's."""
    principal = _principal(context)
    target = _target(context, data)
    actor = _authorize(principal, "package_patch", target.publisher)
    current = _found(lambda: read_revision(
        context.catalog, target.id, editing.newest_revision(context.catalog, target.id),
        lambda d, r: package_dict(d, context.resource_url, context.page_url, r)))
    current.pop("resources", None)
    return _update(context, target, {**current, **data}, actor, action="dataset.patch")


def package_delete(context: ActionContext, data: Mapping[str, Any]) -> None:
    """Withdraw a dataset (id or name): it leaves search and listings, its address answers
    410 Gone, its history stays. Needs an API token of an editor or admin of its
    publisher."""
    principal = _principal(context)
    target = _target(context, data)
    actor = _authorize(principal, "package_delete", target.publisher)
    _run(context, lambda: editing.withdraw_dataset(context.catalog, target.id, actor=actor))


def resource_create(context: ActionContext, data: Mapping[str, Any]) -> dict[str, Any]:
    """Add a resource to a dataset (package_id): a table uploaded as multipart/form-data
    (upload: CSV, TSV, XLSX, XLS, ODS or JSON; name, description), validated and
    privacy-screened, or a link (url), never fetched. Needs an API token of an editor or
    admin of its publisher. The result is the resource as screened, with "outcome"
    (published, held for review); an invalid table is a Validation Error with its report. A
    Data Package descriptor uploaded as datapackage.json (as frictionless publishes) is read
    as the dataset's metadata."""
    principal = _principal(context)
    target = _target(context, data, "package_id")
    actor = _authorize(principal, "resource_create", target.publisher)
    upload = context.upload("upload")
    if upload is not None and is_descriptor(upload.filename):
        return _descriptor(context, target, upload, actor)
    if upload is not None:
        outcome = _with_file(context, upload, data, lambda file: editing.add_resource(
            context.catalog, target.id, file, actor=actor))
    elif params.text(data, "url").strip():
        link = IntakeLink(params.text(data, "url").strip(), params.text(data, "name"),
                          params.text(data, "description") or None,
                          params.text(data, "format"))
        outcome = _run(context, lambda: editing.add_resource(
            context.catalog, target.id, link=link, actor=actor))
    else:
        raise ValidationError("upload: Missing value (send a file as upload, or a url)",
                              {"upload": ["Missing value"]})
    return _resource_answer(context, outcome, -1)


def resource_update(context: ActionContext, data: Mapping[str, Any]) -> dict[str, Any]:
    """Replace a resource (id, of the dataset's newest revision): a new upload (validated
    and screened; it then comes after the others) or a new name or description. Needs an
    API token of an editor or admin of its publisher; the answer is as resource_create's."""
    principal = _principal(context)
    resource_id = _required(data, "id")
    target = _found(lambda: editing.resource_owner(context.catalog, resource_id))
    actor = _authorize(principal, "resource_update", target.publisher)
    upload = context.upload("upload")
    kept = _run(context, lambda: editing.resource_ids(context.catalog, target.id, resource_id))
    if upload is not None:
        outcome = _with_file(context, upload, data, lambda file: editing.replace_resource(
            context.catalog, target.id, resource_id, file=file, actor=actor))
        return _resource_answer(context, outcome, -1)
    texts = {key: params.text(data, key) for key in ("name", "description") if key in data}
    outcome = _run(context, lambda: editing.replace_resource(
        context.catalog, target.id, resource_id, actor=actor, **texts))
    return _resource_answer(context, outcome, kept.index(resource_id))


def resource_delete(context: ActionContext, data: Mapping[str, Any]) -> None:
    """Remove a resource (id, of the dataset's newest revision): a new revision without it.
    Needs an API token of an editor or admin of its publisher."""
    principal = _principal(context)
    resource_id = _required(data, "id")
    target = _found(lambda: editing.resource_owner(context.catalog, resource_id))
    actor = _authorize(principal, "resource_delete", target.publisher)
    _refused(context, _run(context, lambda: editing.delete_resource(
        context.catalog, target.id, resource_id, actor=actor)))


def _principal(context: ActionContext) -> Principal:
    try:
        return context.principal()
    except CatalogError as exc:  # no token, or an unknown, expired or revoked one
        raise AuthorizationError(str(exc)) from None


def _authorize(principal: Principal, action: str, publisher: str) -> Any:
    try:
        return authorize(principal, action, publisher)
    except NotAuthorized as exc:
        raise AuthorizationError(f"User not authorized: {exc}") from None


def _required(data: Mapping[str, Any], name: str) -> str:
    value = params.text(data, name).strip()
    if not value:
        raise ValidationError(f"{name}: Missing value", {name: ["Missing value"]})
    return value


def _target(context: ActionContext, data: Mapping[str, Any],
            key: str = "id") -> editing.DatasetRef:
    reference = params.text(data, key).strip() or (params.text(data, "name").strip()
                                                   if key == "id" else "")
    if not reference:
        raise ValidationError(f"{key}: Missing value", {key: ["Missing value"]})
    return _found(lambda: editing.find_for_write(context.catalog, reference))


def _found(read: Callable[[], Any]) -> Any:
    try:
        return read()
    except NotFound:
        raise NotFoundError("Not found") from None


def _owner(context: ActionContext, data: Mapping[str, Any], principal: Principal) -> str:
    """The code of the publisher a new dataset goes under (owner_org: its id or name)."""
    given = params.text(data, "owner_org").strip() or principal.publisher
    if not given:
        raise ValidationError("owner_org: Missing value", {"owner_org": ["Missing value"]})
    try:
        return get_publisher(context.catalog, given)["code"]
    except NotFound:
        raise ValidationError("owner_org: Organization does not exist",
                              {"owner_org": ["Organization does not exist"]}) from None


def _read_package(data: Mapping[str, Any]) -> tuple[dict[str, Any], list[IntakeLink]]:
    """The metadata of a dataset dict (through the CKAN crosswalk) and the links it adds
    (resources with a url and no id)."""
    package = {key: value for key, value in data.items() if key not in CATALOG_KEYS}
    extras = package.get("extras")
    if isinstance(extras, list):
        package["extras"] = [e for e in extras
                             if not (isinstance(e, dict) and e.get("key") in STATE_EXTRAS)]
    if "resources" in package and not isinstance(package["resources"], list):
        raise ValidationError("resources: Not a list", {"resources": ["Not a list"]})
    try:
        read = from_ckan(package)
    except (TypeError, AttributeError, ValueError):
        raise ValidationError("the dataset dict is malformed") from None
    links = [IntakeLink(r.url, r.name, r.description or None, r.format)
             for r in read.resources if not r.id]
    return read.metadata, links


def _resource_edits(data: Mapping[str, Any]) -> list[editing.ResourceEdit] | None:
    """The resources a dataset dict keeps, by id (None: no resources key, keep them all)."""
    if "resources" not in data:
        return None
    edits = []
    for item in data["resources"]:
        if isinstance(item, dict) and item.get("id"):
            edits.append(editing.ResourceEdit(
                str(item["id"]), *(str(item[key]) if item.get(key) is not None else None
                                   for key in ("name", "title", "description"))))
    return edits


def _update(context: ActionContext, target: editing.DatasetRef, data: Mapping[str, Any],
            actor: Any, action: str = "dataset.update") -> dict[str, Any]:
    owner = params.text(data, "owner_org").strip()
    if owner:
        found = _run(context, lambda: get_publisher(context.catalog, owner))
        if found["code"] != target.publisher:
            raise ValidationError("owner_org: a dataset cannot move to another organization",
                                  {"owner_org": ["cannot be changed"]})
    metadata, links = _read_package(data)
    resources = _resource_edits(data)
    return _package_answer(context, _run(context, lambda: editing.update_dataset(
        context.catalog, target.id, metadata, actor=actor, resources=resources, links=links,
        action=action)))


def _with_file(context: ActionContext, upload: Upload, data: Mapping[str, Any],
               write: Callable[[Any], PublishOutcome]) -> PublishOutcome:
    """write() of the uploaded table, saved outside GOVCAT_HOME for the call's length."""
    limit = context.catalog.settings.upload_max_bytes
    with upload_folder() as folder:
        def saved() -> PublishOutcome:
            file = save_upload(upload.stream, upload.filename, folder, limit,
                               title=params.text(data, "name") or None,
                               description=params.text(data, "description") or None)
            return write(file)
        return _run(context, saved)


def _descriptor(context: ActionContext, target: editing.DatasetRef, upload: Upload,
                actor: Any) -> dict[str, Any]:
    """A Data Package descriptor: its metadata (Data Package crosswalk) patched into the
    dataset's; no file resource is made of it (it describes the tables, it is none)."""
    descriptor = _run(context, lambda: read_descriptor(
        upload.stream, context.catalog.settings.upload_max_bytes))
    metadata = from_datapackage(descriptor, target.name).metadata
    metadata.pop("name", None)
    outcome = _run(context, lambda: editing.update_dataset(
        context.catalog, target.id, metadata, actor=actor, partial=True,
        action="dataset.descriptor"))
    _refused(context, outcome)
    return {"package_id": target.id, "name": "datapackage.json", "format": "JSON", "url": "",
            "description": "the dataset's Data Package descriptor, read as its metadata",
            "outcome": outcome.to_dict()}


def _run(context: ActionContext, write: Callable[[], Any]) -> Any:
    """write(), its CatalogErrors as CKAN's errors, their messages screened (they may quote
    what the caller sent)."""
    screen = context.catalog.screen_label
    try:
        return write()
    except ActionError:
        raise
    except NotFound as exc:
        raise NotFoundError(screen(str(exc))) from None
    except NotAuthorized as exc:
        raise AuthorizationError(str(exc)) from None
    except NameTaken:
        raise ValidationError("name: That URL is already in use.",
                              {"name": ["That URL is already in use."]}) from None
    except MetadataError as exc:
        fields = {screen(str(key)): [screen(str(m)) for m in (
            value if isinstance(value, list) else [value])]
            for key, value in exc.messages.items()}
        raise ValidationError("invalid metadata", fields) from None
    except CatalogError as exc:
        raise ValidationError(screen(" ".join(str(exc).split()))) from None


def _refused(context: ActionContext, outcome: PublishOutcome) -> None:
    """A Validation Error when the pipeline refused the revision (invalid, or blocked by
    the publisher's policy), with its report."""
    if outcome.status not in REFUSED:
        return
    problems = [error["message"] for check in outcome.to_dict()["validation"]
                for error in check["errors"]] or \
        [f"the revision is {outcome.status} (see outcome)"]
    raise ValidationError(f"the dataset's new revision is {outcome.status}",
                          {"upload": problems[:50], "outcome": outcome.to_dict()})


def _package_answer(context: ActionContext, outcome: PublishOutcome) -> dict[str, Any]:
    _refused(context, outcome)
    package = read_revision(context.catalog, outcome.dataset_id, outcome.revision or 0,
                            lambda d, r: package_dict(d, context.resource_url, context.page_url,
                                                      r))
    return {**package, "outcome": outcome.to_dict()}


def _resource_answer(context: ActionContext, outcome: PublishOutcome,
                     position: int) -> dict[str, Any]:
    package = _package_answer(context, outcome)
    return {**package["resources"][position], "outcome": package["outcome"]}


WRITE_ACTIONS: Mapping[str, Action] = MappingProxyType({action.__name__: action for action in (
    package_create, package_update, package_patch, package_delete, resource_create,
    resource_update, resource_delete)})
