"""Conditional access (有条件开放): applications for a conditionally open dataset, the
publisher's decisions on them, the access an approval grants and the downloads made under it.

Anyone may apply (the public has no accounts): the application gets a receipt code, to look
its status up, and an access key, shown once and kept only as a SHA-256 digest (as API tokens
are: 256 random bits need no slow hash). Once approved (with terms, until an expiry day) the
key opens the dataset's screened files and rows; an application made while signed in is also
bound to that account, whose portal session and API tokens then open them as the key does.
Deciding (approve, refuse, revoke) and reading applications in full are the publisher's
(publishers.auth: `access_decide`, `access_list`: its admin or disclosure officer, or a site
admin); each decision is audited. The applicant's name, organisation, contact, purpose and
intended use are personal data: they appear in the publisher's views only, never in the audit
trail, a public answer or a log.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from catalog.actor import Actor
from catalog.audit import record
from catalog.context import Catalog
from catalog.db import transaction
from catalog.errors import CatalogError, NotFound
from catalog.metadata import LEGAL_BASES, OPEN_CONDITIONS
from catalog.models import Dataset, Publisher, Resource, as_utc, utcnow
from catalog.queries import public_dataset
from publishers.auth import PUBLIC, NotAuthorized, check_actor
from publishers.calendar import china_today
from publishers.models import AccessApplication, AccessDownload, Account
from publishers.requests import new_receipt_code, normalise_receipt_code

KEY_PREFIX = "govcat_access_"  # what an access key looks like (API tokens are govcat_…)
STATUSES = ("pending", "approved", "refused", "revoked", "expired")
MAX_EXPIRY_DAYS = 3650
LIMITS = {"applicant name": 200, "organisation": 200, "contact": 500, "purpose": 5000,
          "requested use": 5000, "terms": 5000, "reason": 5000}
CHANNELS = ("api", "portal")  # where downloads are made
MAX_DOWNLOADS_LISTED = 10_000


class AccessError(CatalogError):
    """An application, or a decision on one, that the dataset or the application's state
    does not allow."""


class InvalidAccessKey(CatalogError):
    """The key presented is no access key govcat gave out."""


class AccessDenied(CatalogError):
    """A known key (or account) that opens nothing here now: its application is pending,
    refused, revoked or expired, or is for another dataset."""


@dataclass(frozen=True)
class Grant:
    """Access an approved application gives: to one dataset, to the end of a day."""

    application_id: str
    receipt_code: str
    dataset: str  # its name
    expires_on: dt.date


def _digest(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def _text(value: str | None, what: str, *, required: bool = True) -> str | None:
    text = (value or "").strip()
    if not text:
        if required:
            raise AccessError(f"the {what} is required")
        return None
    if len(text) > LIMITS[what]:
        raise AccessError(f"the {what} has more than {LIMITS[what]:,} characters")
    return text


def _condition(dataset: Dataset) -> str:
    revision = dataset.current_revision
    metadata = revision.metadata_json if revision is not None else {}
    return str(metadata.get("open_condition", "unconditional"))


def _require_conditional(dataset: Dataset) -> None:
    """AccessError unless the dataset is open to applicants (有条件开放)."""
    condition = _condition(dataset)
    if condition == "conditional":
        return
    label = OPEN_CONDITIONS.get(condition, condition)
    if condition == "unconditional":
        raise AccessError(f"dataset {dataset.name!r} is {label} ({condition}): anyone may "
                          "download it, no application is needed")
    basis = (dataset.current_revision.metadata_json.get("legal_basis")
             if dataset.current_revision is not None else None)
    raise AccessError(f"dataset {dataset.name!r} is {label} ({condition}"
                      + (f", {LEGAL_BASES.get(basis, basis)}" if basis else "")
                      + "): it is not open to applications")


def apply(catalog: Catalog, actor: Actor, dataset: str, *, applicant_name: str, contact: str,
          purpose: str, requested_use: str, organisation: str | None = None,
          account: str | None = None) -> dict[str, Any]:
    """File an application for access to a conditionally open dataset (by name or id).

    actor is the public's (role `public`; a signed-in applicant's name, else `anonymous`);
    account: the account the applicant is signed in with, to bind the grant to.
    Returns {"id", "receipt_code", "key", "dataset", "status", "submitted"}: the key is
    shown this once."""
    if actor.role != PUBLIC:
        raise NotAuthorized("an access application is made by the applicant (the public)")
    values = {"applicant_name": _text(applicant_name, "applicant name"),
              "organisation": _text(organisation, "organisation", required=False),
              "contact": _text(contact, "contact"),
              "purpose": _text(purpose, "purpose"),
              "requested_use": _text(requested_use, "requested use")}
    key = KEY_PREFIX + secrets.token_urlsafe(32)
    with transaction(catalog.sessions) as session:
        found = public_dataset(session, dataset)
        _require_conditional(found)
        account_id = None
        if account is not None:
            holder = session.scalar(select(Account).where(Account.name == account))
            if holder is None or holder.disabled_at is not None:
                raise NotFound(f"no active account {account!r}")
            account_id = holder.id
        application = AccessApplication(
            receipt_code=new_receipt_code(), key_hash=_digest(key), dataset_id=found.id,
            account_id=account_id, channel=actor.channel, submitted_at=utcnow(),
            status="pending", **values)
        session.add(application)
        session.flush()
        record(session, actor, "access.apply", f"access:{application.id}",
               dataset=found.name, publisher=found.publisher.code,
               bound_to_account=account_id is not None)
        return {"id": application.id, "receipt_code": application.receipt_code, "key": key,
                "dataset": found.name, "status": "pending",
                "submitted": _china_day(application.submitted_at)}


def _china_day(moment: dt.datetime | None) -> str | None:
    """The day (China's date, UTC+8) of a stored moment."""
    moment = as_utc(moment)
    if moment is None:
        return None
    return (moment + dt.timedelta(hours=8)).date().isoformat()


def status_of(application: AccessApplication, today: dt.date) -> str:
    """pending, approved, refused, revoked, or expired (approved, past its last day)."""
    if application.status == "approved" and application.expires_on is not None \
            and today > application.expires_on:
        return "expired"
    return application.status


def public_view(application: AccessApplication, today: dt.date) -> dict[str, Any]:
    """What anyone holding the receipt code may see: where the application stands, never who
    applied, why, or on what terms."""
    status = status_of(application, today)
    return {
        "receipt_code": application.receipt_code,
        "dataset": application.dataset.name,
        "status": status,
        "submitted": _china_day(application.submitted_at),
        "decided": _china_day(application.decided_at),
        "expires": application.expires_on.isoformat()
        if application.expires_on and status in ("approved", "expired", "revoked") else None,
    }


def applicant_view(application: AccessApplication, today: dt.date) -> dict[str, Any]:
    """What the key's holder sees: the status, and the terms of an approval or the reason of
    a refusal (addressed to them)."""
    view = public_view(application, today)
    view.update({"terms": application.terms if application.status != "refused" else None,
                 "refusal_reason": application.refusal_reason
                 if application.status == "refused" else None})
    return view


def detail_view(application: AccessApplication, today: dt.date,
                downloads: tuple[int, dt.datetime | None] = (0, None)) -> dict[str, Any]:
    """Everything about an application, for its publisher (the applicant's data included)."""
    view = {"id": application.id, **applicant_view(application, today)}
    count, last = downloads
    view.update({
        "publisher": application.dataset.publisher.code,
        "channel": application.channel,
        "account": application.account.name if application.account else None,
        "applicant": {"name": application.applicant_name,
                      "organisation": application.organisation,
                      "contact": application.contact},
        "purpose": application.purpose,
        "requested_use": application.requested_use,
        "decided_by": application.decided_by,
        "revoked": None if application.revoked_at is None else {
            "at": as_utc(application.revoked_at).isoformat(), "by": application.revoked_by,
            "reason": application.revocation_reason},
        "downloads": count,
        "last_download": as_utc(last).isoformat() if last else None,
    })
    return view


def _load(session: Session, ref: str, *, lock: bool = False) -> AccessApplication:
    """An application by id or receipt code (NotFound otherwise)."""
    query = select(AccessApplication).options(
        selectinload(AccessApplication.dataset).selectinload(Dataset.publisher),
        selectinload(AccessApplication.account))
    code = normalise_receipt_code(ref)
    query = query.where(AccessApplication.receipt_code == code) if code else \
        query.where(AccessApplication.id == ref.strip())
    if lock:
        query = query.with_for_update()
    found = session.scalar(query)
    if found is None:
        raise NotFound(f"no access application {ref[:60]!r} (give its id or receipt code)")
    return found


def _download_counts(session: Session, ids: list[str]
                     ) -> dict[str, tuple[int, dt.datetime | None]]:
    if not ids:
        return {}
    rows = session.execute(
        select(AccessDownload.application_id, func.count(AccessDownload.id),
               func.max(AccessDownload.at))
        .where(AccessDownload.application_id.in_(ids)).group_by(AccessDownload.application_id))
    return {row[0]: (row[1], row[2]) for row in rows}


def application_publisher(catalog: Catalog, ref: str) -> str:
    """The code of the publisher of the dataset an application (by id or receipt code) is
    for: who may act on it is checked there before anything is done (NotFound)."""
    with catalog.sessions() as session:
        return _load(session, ref).dataset.publisher.code


def get_application(catalog: Catalog, ref: str, *, today: dt.date | None = None
                    ) -> dict[str, Any]:
    """An application by id or receipt code, in full (for its publisher, never the public)."""
    with catalog.sessions() as session:
        found = _load(session, ref)
        counts = _download_counts(session, [found.id])
        return detail_view(found, today or china_today(), counts.get(found.id, (0, None)))


def application_status(catalog: Catalog, receipt_code: str, *,
                       today: dt.date | None = None) -> dict[str, Any]:
    """The public status of the application with receipt_code (NotFound when none has it)."""
    code = normalise_receipt_code(receipt_code)
    missing = NotFound("no access application has this receipt code")
    if code is None:
        raise missing
    with catalog.sessions() as session:
        found = session.scalar(select(AccessApplication).options(
            selectinload(AccessApplication.dataset))
            .where(AccessApplication.receipt_code == code))
        if found is None:
            raise missing
        return public_view(found, today or china_today())


def list_applications(catalog: Catalog, *, publisher: str | None = None,
                      status: str | None = None, dataset: str | None = None,
                      within: Collection[str] | None = None,
                      today: dt.date | None = None) -> list[dict[str, Any]]:
    """Applications in full, newest first (of one publisher, status or dataset); `within`:
    only those to these publishers' datasets (the ones the reader may see)."""
    if status is not None and status not in STATUSES:
        raise AccessError(f"unknown status {status!r}; expected one of {', '.join(STATUSES)}")
    today = today or china_today()
    query = (select(AccessApplication)
             .join(Dataset, Dataset.id == AccessApplication.dataset_id)
             .join(Publisher, Publisher.id == Dataset.publisher_id)
             .options(selectinload(AccessApplication.dataset).selectinload(Dataset.publisher),
                      selectinload(AccessApplication.account))
             .order_by(AccessApplication.submitted_at.desc(), AccessApplication.id))
    if publisher is not None:
        query = query.where(Publisher.code == publisher)
    if within is not None:
        query = query.where(Publisher.code.in_(within))
    if dataset is not None:
        query = query.where(Dataset.name == dataset)
    if status in ("approved", "expired"):
        query = query.where(AccessApplication.status == "approved")
    elif status is not None:
        query = query.where(AccessApplication.status == status)
    with catalog.sessions() as session:
        found = list(session.scalars(query))
        counts = _download_counts(session, [a.id for a in found])
        views = [detail_view(a, today, counts.get(a.id, (0, None))) for a in found]
    return [v for v in views if status is None or v["status"] == status]


def _decided(session: Session, actor: Actor, ref: str, action: str) -> AccessApplication:
    """The application, locked, once actor is allowed to decide it (NotAuthorized)."""
    application = _load(session, ref, lock=True)
    check_actor(actor, action, application.dataset.publisher.code)
    return application


def approve(catalog: Catalog, actor: Actor, ref: str, *, terms: str, expires: dt.date,
            today: dt.date | None = None) -> dict[str, Any]:
    """Approve a pending application with its terms, until the end of `expires` (China's
    date): its key (and account) then open the dataset's files and rows."""
    terms_text = _text(terms, "terms")
    today = today or china_today()
    if expires < today:
        raise AccessError(f"the expiry {expires} is before today ({today})")
    if expires > today + dt.timedelta(days=MAX_EXPIRY_DAYS):
        raise AccessError(f"an approval lasts at most {MAX_EXPIRY_DAYS} days (until "
                          f"{today + dt.timedelta(days=MAX_EXPIRY_DAYS)})")
    with transaction(catalog.sessions) as session:
        application = _decided(session, actor, ref, "access_decide")
        _require_pending(application, today)
        _require_conditional(application.dataset)
        application.status, application.decided_at = "approved", utcnow()
        application.decided_by, application.terms = actor.who, terms_text
        application.expires_on = expires
        record(session, actor, "access.approve", f"access:{application.id}",
               dataset=application.dataset.name, expires=expires.isoformat())
        session.flush()
        return detail_view(application, today)


def refuse(catalog: Catalog, actor: Actor, ref: str, *, reason: str,
           today: dt.date | None = None) -> dict[str, Any]:
    """Refuse a pending application, for a reason the applicant is shown with their key."""
    reason_text = _text(reason, "reason")
    today = today or china_today()
    with transaction(catalog.sessions) as session:
        application = _decided(session, actor, ref, "access_decide")
        _require_pending(application, today)
        application.status, application.decided_at = "refused", utcnow()
        application.decided_by, application.refusal_reason = actor.who, reason_text
        record(session, actor, "access.refuse", f"access:{application.id}",
               dataset=application.dataset.name)
        session.flush()
        return detail_view(application, today)


def revoke(catalog: Catalog, actor: Actor, ref: str, *, reason: str | None = None,
           today: dt.date | None = None) -> dict[str, Any]:
    """End an approved application's access now (before its expiry)."""
    reason_text = _text(reason, "reason", required=False)
    today = today or china_today()
    with transaction(catalog.sessions) as session:
        application = _decided(session, actor, ref, "access_decide")
        status = status_of(application, today)
        if status != "approved":
            raise AccessError(f"application {application.receipt_code} is {status}: only an "
                              "approved one is revoked")
        application.status, application.revoked_at = "revoked", utcnow()
        application.revoked_by, application.revocation_reason = actor.who, reason_text
        record(session, actor, "access.revoke", f"access:{application.id}",
               dataset=application.dataset.name)
        session.flush()
        return detail_view(application, today)


def _require_pending(application: AccessApplication, today: dt.date) -> None:
    status = status_of(application, today)
    if status != "pending":
        raise AccessError(f"application {application.receipt_code} is {status} already "
                          f"(decided {_china_day(application.decided_at)})")


def _grant(application: AccessApplication, dataset: str | None, today: dt.date) -> Grant:
    """The grant of an application for dataset (by name or id; None: any), else AccessDenied
    saying why."""
    found = application.dataset
    if dataset is not None and dataset not in (found.name, found.id):
        raise AccessDenied(f"this access is for dataset {found.name!r}, not {dataset[:100]!r}")
    status = status_of(application, today)
    if status == "approved":
        assert application.expires_on is not None
        return Grant(application.id, application.receipt_code, found.name,
                     application.expires_on)
    why = {"pending": "is pending: the publisher has not decided it yet",
           "refused": "was refused",
           "revoked": "was revoked",
           "expired": f"expired on {application.expires_on}"}[status]
    raise AccessDenied(f"access application {application.receipt_code} {why}")


def _by_key(session: Session, key: str) -> AccessApplication:
    if not key.startswith(KEY_PREFIX) or len(key) > 200:
        raise InvalidAccessKey("not a govcat access key")
    found = session.scalar(select(AccessApplication).options(
        selectinload(AccessApplication.dataset)).where(
        AccessApplication.key_hash == _digest(key)))
    if found is None:
        raise InvalidAccessKey("unknown access key")
    return found


def grant_for_key(catalog: Catalog, key: str, dataset: str | None = None, *,
                  today: dt.date | None = None) -> Grant:
    """The access a key gives to dataset (InvalidAccessKey, AccessDenied)."""
    with catalog.sessions() as session:
        return _grant(_by_key(session, key.strip()), dataset, today or china_today())


def grant_by_id(catalog: Catalog, application_id: str, dataset: str | None = None, *,
                account: str | None = None, today: dt.date | None = None) -> Grant:
    """The access of an application by id: the portal remembers, in its signed session, the
    ones whose key was entered; or (account given) one made while signed in as account.
    AccessDenied when it gives none (now)."""
    with catalog.sessions() as session:
        found = session.scalar(select(AccessApplication).options(
            selectinload(AccessApplication.dataset), selectinload(AccessApplication.account))
            .where(AccessApplication.id == application_id))
        if found is None or (account is not None and (
                found.account is None or found.account.name != account
                or found.account.disabled_at is not None)):
            raise AccessDenied("no such access application")
        return _grant(found, dataset, today or china_today())


def grant_for_account(catalog: Catalog, account: str, dataset: str, *,
                      today: dt.date | None = None) -> Grant:
    """The access an account's approved application gives to dataset (AccessDenied when it
    has none in force)."""
    today = today or china_today()
    with catalog.sessions() as session:
        found = list(session.scalars(
            select(AccessApplication).join(Account, Account.id == AccessApplication.account_id)
            .join(Dataset, Dataset.id == AccessApplication.dataset_id)
            .options(selectinload(AccessApplication.dataset))
            .where(Account.name == account, Account.disabled_at.is_(None),
                   (Dataset.name == dataset) | (Dataset.id == dataset))
            .order_by(AccessApplication.expires_on.desc())))
        for application in found:
            if status_of(application, today) == "approved":
                return _grant(application, dataset, today)
    raise AccessDenied(f"account {account!r} holds no approved access to dataset "
                       f"{dataset[:100]!r}")


def key_application(catalog: Catalog, key: str, *,
                    today: dt.date | None = None) -> dict[str, Any]:
    """What a key's holder sees of their application (InvalidAccessKey)."""
    with catalog.sessions() as session:
        found = _by_key(session, key.strip())
        return {"id": found.id, **applicant_view(found, today or china_today())}


def applicant_view_by_id(catalog: Catalog, application_id: str, *,
                         today: dt.date | None = None) -> dict[str, Any] | None:
    """What the applicant sees of an application by id (None when there is none): for the
    portal, which remembers in its signed session the ones whose key was entered."""
    with catalog.sessions() as session:
        found = session.scalar(select(AccessApplication).options(
            selectinload(AccessApplication.dataset))
            .where(AccessApplication.id == application_id))
        if found is None:
            return None
        return {"id": found.id, **applicant_view(found, today or china_today())}


def account_applications(catalog: Catalog, account: str, *,
                         today: dt.date | None = None) -> list[dict[str, Any]]:
    """The applications made while signed in as account, newest first (their applicant
    views, with their ids)."""
    today = today or china_today()
    with catalog.sessions() as session:
        found = session.scalars(
            select(AccessApplication).join(Account, Account.id == AccessApplication.account_id)
            .options(selectinload(AccessApplication.dataset))
            .where(Account.name == account)
            .order_by(AccessApplication.submitted_at.desc()))
        return [{"id": a.id, **applicant_view(a, today)} for a in found]


def record_download(catalog: Catalog, grant: Grant, resource_id: str, fmt: str,
                    channel: str) -> None:
    """Log one download under grant (its own table: the publisher lists it, no one else)."""
    if channel not in CHANNELS:
        raise ValueError(f"unknown channel {channel!r}")
    with transaction(catalog.sessions) as session:
        session.add(AccessDownload(application_id=grant.application_id,
                                   resource_id=resource_id, format=fmt[:20], at=utcnow(),
                                   channel=channel))


def list_downloads(catalog: Catalog, *, publisher: str | None = None,
                   application: str | None = None, within: Collection[str] | None = None,
                   limit: int = MAX_DOWNLOADS_LISTED) -> list[dict[str, Any]]:
    """Downloads made under grants, newest first (of one publisher's datasets, or one
    application by id or receipt code); `within`: of these publishers' datasets only."""
    query = (select(AccessDownload, AccessApplication.receipt_code, Dataset.name,
                    Publisher.code, Resource.name, Resource.title)
             .join(AccessApplication, AccessApplication.id == AccessDownload.application_id)
             .join(Dataset, Dataset.id == AccessApplication.dataset_id)
             .join(Publisher, Publisher.id == Dataset.publisher_id)
             .join(Resource, Resource.id == AccessDownload.resource_id)
             .order_by(AccessDownload.at.desc(), AccessDownload.id).limit(limit))
    if publisher is not None:
        query = query.where(Publisher.code == publisher)
    if within is not None:
        query = query.where(Publisher.code.in_(within))
    with catalog.sessions() as session:
        if application is not None:
            query = query.where(AccessDownload.application_id == _load(session, application).id)
        return [{"at": as_utc(download.at).isoformat(), "application": download.application_id,
                 "receipt_code": code, "dataset": dataset, "publisher": publisher_code,
                 "resource": download.resource_id, "resource_title": title or name,
                 "format": download.format, "channel": download.channel}
                for download, code, dataset, publisher_code, name, title in session.execute(query)]
