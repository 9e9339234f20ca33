"""The publication pipeline: intake → validate → screen → decide → publish (atomically)."""

from __future__ import annotations

import hashlib
import json
import logging
import re
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from slugify import slugify
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from catalog import indexing
from catalog.actor import Actor
from catalog.audit import record as audit
from catalog.context import Catalog
from catalog.db import transaction
from catalog.errors import CatalogError, NotFound
from catalog.gate import TableGate, sheet_resources, table_resources, validate_intake
from catalog.housekeeping import working_directory
from catalog.intake import CarriedResource, IntakeLink, IntakeRecord, IntakeResource
from catalog.metadata import FORMAT_MEDIA_TYPES, PUBLISHED_AS, dump_metadata, load_metadata
from catalog.models import (
    Dataset,
    PrivacyFinding,
    Publisher,
    Resource,
    Revision,
    RevisionStatus,
    ValidationReport,
    new_id,
    utcnow,
)
from catalog.rowstore.sync import sync_datasets
from catalog.storage import StoredFile
from catalog.validation import TableValidation, ValidationError, served_schema, validate_table
from catalog.withdrawal import restore
from privacy import Finding, Screener, TableReadError
from privacy.findings import decide
from privacy.recordcheck import RecordCheckFailed

log = logging.getLogger(__name__)

# What the screen's decision means for the revision.
DECISION_STATUS = {
    "publish": RevisionStatus.PUBLISHED,
    "review": RevisionStatus.HELD,
    "block": RevisionStatus.BLOCKED,
}

# Media types of formats a link resource may name (others get none)
LINK_MEDIA_TYPES = {
    **FORMAT_MEDIA_TYPES, "TSV": "text/tab-separated-values", "PDF": "application/pdf",
    "ZIP": "application/zip", "XML": "application/xml", "HTML": "text/html",
    "XLS": "application/vnd.ms-excel", "GEOJSON": "application/geo+json",
    "KML": "application/vnd.google-earth.kml+xml", "DOC": "application/msword",
    "RDF": "application/rdf+xml",
    "DOCX": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}  # fmt: skip

# Metadata fields that carry free text and are screened before anything is stored.
# Free text a department (or a harvested portal) writes: license too, a portal's free string
SCREENED_TEXT_FIELDS = ("title", "title_en", "description", "access_conditions", "license")
LABEL_FIELDS = ("title", "title_en", "license")  # screened as labels, not prose


@dataclass
class ScreenedResource:
    """A resource after the screen: the remediated file and what was found in it."""

    name: str
    title: str | None
    description: str | None
    fmt: str
    encoding: str | None
    output: Path
    row_count: int
    table_schema: dict[str, Any] | None
    findings: list[Finding]


@dataclass
class ScreenedLink:
    """A link resource after the screen: its texts screened; its address withheld (None)
    when the address itself holds personal data (a file named after a person)."""

    name: str
    description: str | None
    fmt: str
    url: str | None  # None: withheld
    findings: list[Finding]


@dataclass
class PublishOutcome:
    """What the pipeline decided for one intake record."""

    dataset_id: str
    dataset_name: str
    status: str  # a RevisionStatus, or "unchanged"
    revision: int | None = None
    validations: list[TableValidation] = field(default_factory=list)
    findings: list[dict[str, Any]] = field(default_factory=list)
    restored: bool = False  # a withdrawn dataset back at its source
    renamed_from: str | None = None  # a new dataset's name, taken: it got a suffix
    was: str | None = None  # unchanged: the status of the revision it was made into

    def to_dict(self) -> dict[str, Any]:
        """JSON form for the CLI and API (no personal values: findings are counts/offsets)."""
        return {
            "dataset": self.dataset_name,
            "id": self.dataset_id,
            "status": self.status,
            "revision": self.revision,
            "validation": [
                {
                    "resource": v.resource,
                    "valid": v.valid,
                    "errors": [e.to_dict() for e in v.errors],
                }
                for v in self.validations
            ],
            "findings": self.findings,
        }

    @property
    def public(self) -> bool:
        return self.status == RevisionStatus.PUBLISHED

    @property
    def invalid(self) -> bool:
        """Its files were refused by validation (this time, or unchanged since)."""
        return RevisionStatus.INVALID in (self.status, self.was)

    def summary(self) -> str:
        status = f"{self.was} (unchanged)" if self.status == "unchanged" and \
            self.was == RevisionStatus.INVALID else self.status
        text = f"{self.dataset_name}: {status}"
        if self.revision is not None:
            text += f" (revision {self.revision})"
        if self.findings:
            review = sum(1 for f in self.findings if f["needs_review"])
            text += f"; {len(self.findings)} privacy finding(s), {review} for review"
        return text


def publish(
    catalog: Catalog,
    record: IntakeRecord,
    *,
    publisher_code: str,
    source_id: str | None = None,
    actor: Actor | None = None,
    action: str = "dataset.publish",
    create: bool = False,
) -> PublishOutcome:
    """Run one intake record through the whole pipeline; the store stays consistent.

    actor: who publishes (default: the catalog itself); the revision written is audited as
    theirs, under `action`. create: the record must make a new dataset (a name already in
    use is refused, NameTaken) rather than revise the dataset of its name."""
    with Publication(catalog) as publication:
        ticket = publication.add(record, publisher_code=publisher_code, source_id=source_id,
                                 actor=actor or Actor.system(), action=action, create=create)
    return ticket.result()


class NameTaken(CatalogError):
    """A new dataset's name is another dataset's."""


class Ticket:
    """What became of one record given to a Publication, once its revision is written (or
    it turned out unchanged, or failed with a CatalogError)."""

    def __init__(self) -> None:
        self.outcome: PublishOutcome | None = None
        self.error: CatalogError | None = None

    @property
    def done(self) -> bool:
        return self.outcome is not None or self.error is not None

    def settle(self, result: PublishOutcome | CatalogError) -> None:
        if isinstance(result, CatalogError):
            self.error = result
        else:
            self.outcome = result

    def result(self) -> PublishOutcome:
        """The outcome; the record's CatalogError raised."""
        if self.error is not None:
            raise self.error
        if self.outcome is None:
            raise RuntimeError("the record's revision has not been written yet")
        return self.outcome


class Publication:
    """Publishes of one job (a harvest, or a single publish): each record is validated,
    screened and decided when it is added; its revision is written with those of up to
    `batch` records in one transaction (sooner when the oldest has waited max_wait seconds),
    and the search index follows each such batch, then is repaired once when the
    publication ends.

    Each dataset's publish stays atomic: its files are stored before the transaction that
    records its revision and switches the dataset, so an interruption leaves every dataset at
    its old or its new revision. What the job's publishes share is looked up once: each
    publisher's policy and screen, the source's key generation, screened provenance labels.
    A policy changed while the job runs applies from the next job.
    """

    def __init__(self, catalog: Catalog, *, batch: int = 1, max_wait: float = 2.0) -> None:
        self.catalog = catalog
        self.batch, self.max_wait = max(batch, 1), max_wait
        self._publishers: dict[str, tuple[str, dict[str, Any] | None, Screener]] = {}
        # catalog.screen_label, the most recent labels remembered while the job lasts (a
        # source's name, its organisations and their extras come back with every dataset)
        self._label: Callable[[str], str] = lru_cache(maxsize=_LABELS)(catalog.screen_label)
        self._checked_sources: set[str] = set()  # key generation checked
        self._keys: dict[str, set[str]] = {}  # source id → its datasets' keys, at first use
        self._pending: list[_Pending] = []
        self._claims: set[tuple[str, ...]] = set()  # keys and names of the pending records
        self._first_pending = 0.0
        self._to_index: set[str] = set()
        self._reader: Session | None = None  # the batch's lookups before writing
        self._workdir: ExitStack | None = None  # the batch's working directory, held
        self._root = Path()
        self._records = 0

    def __enter__(self) -> Publication:
        return self

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        if kind is None:
            self.flush()
            indexing.after_publish(self.catalog, None)  # repairs what else lags
        elif issubclass(kind, Exception):
            # what was validated and screened before the failure is still written, as each
            # record would have been had it not waited for its batch
            try:
                self.flush()
            except Exception:  # noqa: BLE001 - the failure that ended the job is the one raised
                log.exception("writing the last revisions of a failed job failed")
        else:
            self._close_workdir()

    def add(self, record: IntakeRecord, *, publisher_code: str,
            source_id: str | None = None, actor: Actor | None = None,
            action: str = "dataset.publish", create: bool = False) -> Ticket:
        """Validate, screen and decide record; its revision is written with its batch.

        actor: when given, the revision written is audited as theirs under `action` (a
        harvest audits its job instead of each dataset). create: see publish()."""
        ticket = Ticket()
        try:
            pending = self._prepare(record, publisher_code, source_id, ticket, create)
            if pending is not None:
                pending.actor, pending.action = actor, action
        except CatalogError as exc:
            ticket.settle(exc)
            return ticket
        if pending is not None:
            if not self._pending:
                self._first_pending = time.monotonic()
            self._pending.append(pending)
            self._claims |= pending.claims
            if len(self._pending) >= self.batch or \
                    time.monotonic() - self._first_pending >= self.max_wait:
                self.flush()
        return ticket

    def flush(self) -> None:
        """Write the pending revisions (their files stored first), then index them."""
        batch, self._pending, self._claims = self._pending, [], set()
        self._close_reader()
        # the search index's dictionaries load while SQLite builds the row tables' indexes and
        # commits (seconds for a large table, without Python: a CPU is free)
        warming = indexing.Warming(self.catalog) if any(
            p.status == RevisionStatus.PUBLISHED for p in batch) else None
        try:
            if batch:
                self._store_files(batch)
                results = _write_all(self.catalog, batch, self._checked_sources,
                                     warming.start if warming else None)
                for pending, result in zip(batch, results, strict=True):
                    pending.ticket.settle(result)
                    if isinstance(result, PublishOutcome) and (result.public or result.restored):
                        self._to_index.add(result.dataset_id)
        finally:
            self._close_workdir()
            if warming is not None:
                warming.join()
        if self._to_index:
            ids, self._to_index = self._to_index, set()
            indexing.index_datasets(self.catalog, ids)

    def _store_files(self, batch: list[_Pending]) -> None:
        """Store the batch's screened files (before the transaction that refers to them)."""
        outputs = [item.output for pending in batch for item in pending.screened]
        if not outputs:
            return
        # each file is made durable (fsync) before it counts as stored: in threads, the
        # file system commits the batch's syncs together instead of one after another. The
        # screened files are the publication's own: moved into the store, not copied
        with ThreadPoolExecutor(max_workers=min(len(outputs), _STORING_THREADS)) as pool:
            stored = iter(list(pool.map(self.catalog.files.adopt, outputs)))
        for pending in batch:
            pending.stored = [next(stored) for _ in pending.screened]

    def _prepare(self, record: IntakeRecord, publisher_code: str, source_id: str | None,
                 ticket: Ticket, create: bool = False) -> _Pending | None:
        """The record validated, screened and decided (None: it is unchanged)."""
        metadata = load_metadata(record.metadata, record.where)
        resources = table_resources(record)
        publisher_id, policy, screener = self._publisher(publisher_code)
        context = _pseudonym_context(record, metadata, publisher_code, source_id)
        fingerprint = _fingerprint(record, policy)
        identity = _Identity(
            publisher_id, source_id,
            self.catalog.source_key_digest(record.source_key) if record.source_key else None,
        )  # fmt: skip
        public_meta, meta_findings = screen_metadata(screener, metadata, context)
        claims = _claims(public_meta, identity)
        if claims & self._claims:
            self.flush()  # the same dataset twice: its first revision is written first
        if resources and not record.carried and not create:
            # Unchanged files are neither validated nor screened again (a record without
            # files is found unchanged when its revision is written)
            unchanged = self._unchanged(record, public_meta, identity, fingerprint)
            if unchanged is not None:
                ticket.settle(unchanged)
                return None
        pending = _Pending(record, public_meta, identity, fingerprint, ticket, claims,
                           _public_provenance(self._label, record, utcnow()), create=create)
        if resources:
            screened = self._validate_and_screen(resources, screener, context)
            pending.validations = [v.screened(self._label) for v in screened[1]]
            if screened[0] is None:
                pending.status = RevisionStatus.INVALID
                return pending
            pending.screened = screened[0]
        pending.links = [_screen_link(screener, link, position, context)
                         for position, link in enumerate(record.links)]
        pending.carried = [self._carry(screener, carried, context) for carried in record.carried]
        pending.meta_findings = meta_findings
        findings = meta_findings + [f for s in [*pending.screened, *pending.links]
                                    for f in s.findings]
        findings += [f for c in pending.carried for f in c.deciding()]
        pending.status = DECISION_STATUS[decide(findings)]
        return pending

    def _carry(self, screener: Screener, carried: CarriedResource, context: str) -> _Carried:
        """A stored resource the new revision keeps: its row and findings as they are, a new
        name, title or description screened."""
        row = self._reading().get(Resource, carried.resource_id)
        if row is None:
            raise NotFound(f"resource {carried.resource_id!r} not found")
        revision = row.revision
        findings = [_finding_of(f) for f in revision.findings if f.resource_name == row.name]
        values = {name: getattr(row, name) for name in _CARRIED_COLUMNS}
        kept = _Carried(values, revision.dataset_id,
                        revision.status in (RevisionStatus.PUBLISHED,
                                            RevisionStatus.SUPERSEDED), findings)
        for part in ("name", "title", "description"):
            text = getattr(carried, part)
            if text is None:
                continue
            result = screener.screen_text(text, field=f"resource.{part}", context=context,
                                          label=part != "description")
            kept.changes[part] = result.text or None
            kept.new_findings += result.findings
        if not kept.changes.get("name", row.name):
            raise CatalogError("a resource needs a name")
        return kept

    def _validate_and_screen(self, resources: list[tuple[IntakeResource, str]],
                             screener: Screener, context: str,
                             ) -> tuple[list[ScreenedResource] | None, list[TableValidation]]:
        """The tables (a workbook's sheets each) validated and screened (None: one is
        invalid; then none is screened, unless its validation ran in its screen), and their
        validations."""
        limits = self.catalog.settings.table_limits
        resources = sheet_resources(resources, limits)
        gates = [TableGate(resource, fmt, limits, screener.workers)
                 for resource, fmt in resources]
        # the tables the screen cannot validate in its first pass are validated first
        valid = all(gate.run().valid for gate in gates if gate.check is None)
        screened: list[ScreenedResource] = []
        if valid:
            workdir, prefix = self._files()
            for position, ((resource, fmt), gate) in enumerate(
                    zip(resources, gates, strict=True)):
                result = _screen_resource(screener, resource, fmt, gate, workdir, position,
                                          context, prefix)
                if result is None:
                    valid = False
                    break
                screened.append(result)
        validations = [gate.validation or gate.run() for gate in gates]
        return (screened if valid else None), validations

    def _unchanged(self, record: IntakeRecord, public_meta: dict[str, Any], identity: _Identity,
                   fingerprint: str) -> PublishOutcome | None:
        """The outcome of a record whose dataset's newest revision was made from the same
        content (a withdrawn one is restored), else None."""
        session = self._reading()
        if identity.source_id and identity.source_key:
            # a harvested record, by its key alone (one it would take over by name is found
            # unchanged, if it is, when its revision is written), and only when its source
            # has a dataset of that key
            if identity.source_key not in self._source_keys(identity.source_id):
                return None
            existing = session.scalar(select(Dataset).where(
                Dataset.source_id == identity.source_id,
                Dataset.source_key == identity.source_key))
        else:
            existing = _find_dataset(session, record, public_meta, identity,
                                     checked=self._checked_sources)
        latest = _latest(session, existing, None) if existing is not None else None
        if existing is None or latest is None or latest[1] != fingerprint:
            return None
        outcome = PublishOutcome(existing.id, existing.name, "unchanged", latest[0],
                                 restored=existing.withdrawn_at is not None,
                                 was=latest[2])
        if outcome.was == RevisionStatus.INVALID:  # still invalid: say why again
            outcome.validations = _stored_validations(session, existing.id, latest[0])
        if outcome.restored:
            _restore_unchanged(self.catalog, outcome.dataset_id, identity)
            self._to_index.add(outcome.dataset_id)
        return outcome

    def _source_keys(self, source_id: str) -> set[str]:
        """The keys of a source's datasets (withdrawn ones too), read once a job; the
        datasets the job adds are found when their revisions are written."""
        if source_id not in self._keys:
            self._keys[source_id] = set(self._reading().scalars(
                select(Dataset.source_key).where(Dataset.source_id == source_id,
                                                 Dataset.source_key.is_not(None))))
        return self._keys[source_id]

    def _reading(self) -> Session:
        """The session the batch's records are looked up in before they are written (its
        snapshot ends with the batch: each revision's writing looks again, locked)."""
        if self._reader is None:
            self._reader = self.catalog.sessions()
        return self._reader

    def _publisher(self, code: str) -> tuple[str, dict[str, Any] | None, Screener]:
        """A publisher's id, policy and screen (looked up once a job)."""
        if code not in self._publishers:
            with self.catalog.sessions() as session:
                publisher = _publisher(session, code)
                publisher_id, policy = publisher.id, publisher.privacy_policy
            screener = self.catalog.screener_for(policy, source=f"policy of publisher {code}")
            self._publishers[code] = (publisher_id, policy, screener)
        return self._publishers[code]

    def _files(self) -> tuple[Path, str]:
        """Where one record's screened files go: the batch's working directory (which holds
        the file store's lock until the batch is written), under a prefix of the record's
        own (not a folder each: folders take long to remove)."""
        if self._workdir is None:
            self._workdir = ExitStack()
            self._root = self._workdir.enter_context(working_directory(self.catalog))
        self._records += 1
        return self._root, f"{self._records}-"

    def _close_reader(self) -> None:
        if self._reader is not None:
            reader, self._reader = self._reader, None
            reader.close()

    def _close_workdir(self) -> None:
        self._close_reader()
        if self._workdir is not None:
            workdir, self._workdir = self._workdir, None
            workdir.close()


_LABELS = 1024  # screened labels a Publication remembers
_STORING_THREADS = 8


def _claims(public_meta: dict[str, Any], identity: _Identity) -> set[tuple[str, ...]]:
    """What identifies the dataset a record revises: its source key, its name."""
    name = public_meta.get("name") or _slug(public_meta["title"])
    claims = {("name", name)}
    if identity.source_id and identity.source_key:
        claims.add(("key", identity.source_id, identity.source_key))
    return claims


def preview(catalog: Catalog, record: IntakeRecord, *, source_id: str) -> str:
    """What publishing a harvested record would count as, with nothing screened or stored:
    "added" (a dataset the source has not given before), "updated", "unchanged" or
    "invalid" (its metadata or a table fails validation)."""
    key = catalog.source_key_digest(record.source_key) if record.source_key else None
    with catalog.sessions() as session:
        existing = session.scalar(select(Dataset).where(
            Dataset.source_id == source_id, Dataset.source_key == key)) if key else None
        latest = existing.revisions[-1] if existing is not None and existing.revisions else None
        policy = existing.publisher.privacy_policy if existing is not None else None
        if latest is not None and latest.fingerprint == _fingerprint(record, policy):
            return "unchanged"
    try:
        load_metadata(record.metadata, record.where)
        valid = all(v.valid for v in validate_intake(record, catalog.settings.table_limits))
    except CatalogError:
        return "invalid"
    if not valid:
        return "invalid"
    return "added" if existing is None else "updated"


@dataclass(frozen=True)
class _Identity:
    """Who a dataset belongs to: its publisher, and its source with the hashed source key."""

    publisher_id: str
    source_id: str | None
    source_key: str | None  # Catalog.source_key_digest of the record's key


def screen_metadata(
    screener: Screener, metadata: dict[str, Any], context: str = ""
) -> tuple[dict[str, Any], list[Finding]]:
    """Screened copy of the metadata (JSON-ready) and the findings, fields named."""
    public = dump_metadata(metadata)
    language = "en" if public.get("language") == "en" else "zh"
    findings: list[Finding] = []

    def screen(text: str, field_name: str) -> str:
        result = screener.screen_text(text, field=field_name, language=language, context=context,
                                      label=field_name in LABEL_FIELDS or field_name == "name")
        findings.extend(result.findings)
        return result.text

    for name in SCREENED_TEXT_FIELDS:
        if public.get(name):
            public[name] = screen(public[name], name)
    # A URL name that holds personal data (zhangwei-13800138000) is dropped, not masked (a
    # mask is not a valid name): one is derived from the screened title instead.
    if public.get("name") and screen(public["name"], "name") != public["name"]:
        del public["name"]
    public["keywords"] = [
        screen(keyword, f"keywords[{i}]") for i, keyword in enumerate(public.get("keywords", []))
    ]
    # The contact point is the publishing office's official contact, which the 条例 requires
    # to be public; an institution's mailbox is kept, but a person's name or mobile put there
    # is screened, and so is any other mailbox (a portal's maintainer@gmail.com is a person's).
    contact = public.get("contact_point") or {}
    for key in ("name", "phone"):
        if contact.get(key):
            contact[key] = screen(contact[key], f"contact_point.{key}")
    if contact.get("email") and not institutional_mailbox(contact["email"]):
        contact["email"] = screen(contact["email"], "contact_point.email")
    return public, findings


# Domains of governments, schools and research bodies: their mailboxes are an office's
_INSTITUTIONAL = re.compile(r"(?:^|\.)(?:gov|edu|ac|mil|int)(?:\.[a-z]{2})?$|"
                            r"(?:^|\.)gov\.[a-z.]+$|\.(?:gov|edu)$")


def institutional_mailbox(address: str) -> bool:
    """Whether an e-mail address is at a government, school or research domain."""
    domain = address.rpartition("@")[2].strip().lower().rstrip(".")
    return bool(domain) and _INSTITUTIONAL.search(domain) is not None


def _restore_unchanged(catalog: Catalog, dataset_id: str, identity: _Identity) -> None:
    """A withdrawn dataset is back at its source, unchanged: it is public again (the caller
    indexes it)."""
    with transaction(catalog.sessions) as session:
        dataset = session.get(Dataset, dataset_id)
        if dataset is not None:
            restore(dataset)
            _adopt(dataset, identity)
            sync_datasets(session, catalog.files, [dataset],
                          workers=catalog.settings.screen_workers)


def _adopt(dataset: Dataset, identity: _Identity) -> None:
    """A dataset whose source was removed joins the source that harvests it again."""
    if dataset.source_id is None and identity.source_id and identity.source_key:
        dataset.source_id, dataset.source_key = identity.source_id, identity.source_key


def _fingerprint(record: IntakeRecord, policy: dict[str, Any] | None) -> str:
    """What a revision was made from: the record's content and the publisher's policy (a new
    policy, an allow-list grown by a review among others, screens the record anew)."""
    if not policy:
        return record.fingerprint()
    stated = json.dumps(policy, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(f"{record.fingerprint()}\x00{stated}".encode()).hexdigest()


def _pseudonym_context(
    record: IntakeRecord, metadata: dict[str, Any], publisher_code: str, source_id: str | None
) -> str:
    """A dataset identity that stays the same across its revisions (scopes pseudonyms)."""
    if source_id and record.source_key:
        return f"source:{source_id}:{record.source_key}"
    return f"publisher:{publisher_code}:{metadata.get('name') or _slug(metadata['title'])}"


def _publisher(session: Session, code: str) -> Publisher:
    publisher = session.scalar(select(Publisher).where(Publisher.code == code))
    if publisher is None:
        raise NotFound(f"unknown publisher {code!r}: add it with `govcat publisher add`")
    return publisher


def _screen_resource(
    screener: Screener,
    resource: IntakeResource,
    fmt: str,
    gate: TableGate,
    workdir: Path,
    position: int,
    context: str,
    prefix: str = "",
) -> ScreenedResource | None:
    """The table screened, its validation run in the screen's first pass unless it ran
    before (None: the table is invalid, and nothing of it was written)."""
    encoding = gate.encoding
    # in the source's format and conventions (a .tsv stays tab-separated)
    output = workdir / f"{prefix}{position}{resource.path.suffix.lower()}"
    if fmt in PUBLISHED_AS:  # a sheet of an XLS or ODS workbook is published as XLSX
        output, fmt = output.with_suffix(f".{PUBLISHED_AS[fmt].lower()}"), PUBLISHED_AS[fmt]
    try:
        table = screener.screen_file(resource.path, output, encoding=encoding, context=context,
                                     table=gate.table, check=gate.check)
    except RecordCheckFailed:
        gate.screened()
        return None
    except TableReadError as exc:
        # the screen reads stricter than the validation, and stops at its limits: a table
        # whose validation did not finish is validated alone, which may say why
        if gate.check is not None and not gate.run().valid:
            return None
        raise CatalogError(str(exc)) from None
    validation = gate.screened() if gate.check is not None else gate.run()
    names = screener.screen_text(resource.name, field="resource.name", context=context,
                                 label=True)
    findings = [*table.findings, *names.findings]
    title = description = None
    if resource.title:
        screened = screener.screen_text(resource.title, field="resource.title", context=context,
                                        label=True)
        title, findings = screened.text, findings + screened.findings
    # the rows around the table (a title above, footnotes and totals below) are its notes
    notes = "\n".join(gate.table.notes) if gate.table is not None else ""
    given = "\n\n".join(part for part in (resource.description, notes) if part)
    if given:
        screened = screener.screen_text(given, field="resource.description", context=context)
        description, findings = screened.text, findings + screened.findings
    # The published Table Schema describes the file that is served, after remediation: derived
    # from the validated source schema, or (when that does not fit) inferred from the file.
    schema = served_schema(validation.table_schema, table.published_columns(),
                           typed=fmt != "CSV")
    if schema is None:
        schema = validate_table(output, fmt=fmt, encoding="utf-8", name=resource.name).table_schema
    # named as what is served: a sheet of an XLS or ODS workbook as an .xlsx
    public_name = names.text if output.suffix == resource.path.suffix.lower() \
        else Path(names.text).with_suffix(output.suffix).name
    return ScreenedResource(
        name=public_name,
        title=title,
        description=description,
        fmt=fmt,
        encoding=encoding,
        output=output,
        row_count=table.row_count,
        table_schema=schema,
        findings=findings,
    )


def _screen_link(screener: Screener, link: IntakeLink, position: int,
                 context: str) -> ScreenedLink:
    """A link resource's name, description and address screened (nothing is fetched)."""
    where = f"links[{position}]"
    findings: list[Finding] = []

    def screen(text: str, part: str, label: bool = True) -> str:
        result = screener.screen_text(text, field=f"{where}.{part}", context=context,
                                      label=label)
        findings.extend(result.findings)
        return result.text

    name = screen(link.name, "name")[:200] if link.name.strip() else f"link-{position + 1}"
    description = screen(link.description, "description", label=False) \
        if link.description else None
    # only a web address is linked to (never javascript:, data: or file:), and only when what
    # it names after its host (a file named after a person, an ID in a query) is not personal
    url: str | None = link.url.strip()
    parts = urlsplit(url)
    named = unquote(parts._replace(scheme="", netloc="").geturl())
    if parts.scheme.lower() not in ("http", "https", "ftp") or not parts.netloc or \
            screen(named, "url") != named:
        url = None
    return ScreenedLink(name, description, (link.format.strip(". ").upper() or "LINK")[:20],
                        url, findings)


def _find_dataset(
    session: Session, record: IntakeRecord, public_meta: dict[str, Any], identity: _Identity,
    *, lock: bool = False, checked: set[str] | None = None, written: _Written | None = None,
    create: bool = False,
) -> Dataset | None:
    """The dataset a record revises: by its source key, else by name (lock: FOR UPDATE);
    among those written, not yet flushed, in the session's transaction too.

    checked: the sources whose key generation is known to be this one's (grows). create: the
    record makes a new dataset: None, or NameTaken when its own name is in use (a name
    derived from its title gets a suffix instead)."""
    def one(claim: tuple[str, ...], query: Any) -> Dataset | None:
        if written is not None:
            return written.look_up(session, claim, query, lock=lock)
        return session.scalar(query.with_for_update() if lock else query)

    if identity.source_id and identity.source_key:
        found = one(("key", identity.source_id, identity.source_key),
                    select(Dataset).where(Dataset.source_id == identity.source_id,
                                          Dataset.source_key == identity.source_key))
        if found is not None:
            return found
        if checked is None or identity.source_id not in checked:
            _check_key_generation(session, identity)
            if checked is not None:
                checked.add(identity.source_id)
    name = public_meta.get("name") or _slug(public_meta["title"])
    found = one(("name", name), select(Dataset).where(Dataset.name == name))
    if found is None:
        return None
    if create:
        if public_meta.get("name"):
            raise NameTaken(f"dataset name {name!r} is already in use")
        return None
    if found.publisher_id != identity.publisher_id:
        if public_meta.get("name") and not identity.source_id:
            raise CatalogError(
                f"{record.where}: dataset name {name!r} is already used by another publisher"
            )
        return None
    if identity.source_id and found.source_id not in (None, identity.source_id):
        return None
    return found


def _check_key_generation(session: Session, identity: _Identity) -> None:
    """Refuse to harvest on when the source's datasets were keyed under another secret key."""
    # Their keys could never match again, and every item would become a new dataset.
    assert identity.source_key is not None
    generation = identity.source_key.rsplit(":", 1)[0] + ":"
    other = session.scalar(
        select(Dataset.id).where(Dataset.source_id == identity.source_id,
                                 Dataset.source_key.is_not(None),
                                 Dataset.source_key.not_like(f"{generation}%")).limit(1)
    )
    if other is not None:
        raise CatalogError(
            "the datasets of this source were harvested under another GOVCAT_SECRET_KEY: "
            "restore that key to harvest the source again"
        )


def _slug(title: str) -> str:
    slug = slugify(title, max_length=80, word_boundary=True, save_order=True)
    return slug if len(slug) >= 2 else "dataset"


def _unique_name(session: Session, base: str, written: _Written) -> str:
    name, n = base, 1
    while written.look_up(session, ("name", name),
                          select(Dataset).where(Dataset.name == name)) is not None:
        n += 1
        name = f"{base[:95]}-{n}"
    return name


@dataclass
class _Pending:
    """A record validated, screened and decided, waiting for its revision to be written."""

    record: IntakeRecord
    public_meta: dict[str, Any]
    identity: _Identity
    fingerprint: str
    ticket: Ticket
    claims: set[tuple[str, ...]]
    provenance: dict[str, Any]
    status: str = RevisionStatus.INVALID
    validations: list[TableValidation] = field(default_factory=list)
    screened: list[ScreenedResource] = field(default_factory=list)
    meta_findings: list[Finding] = field(default_factory=list)
    links: list[ScreenedLink] = field(default_factory=list)
    stored: list[StoredFile] = field(default_factory=list)  # the screened files, stored
    carried: list[_Carried] = field(default_factory=list)
    actor: Actor | None = None  # audited as the revision's author when set
    action: str = "dataset.publish"
    create: bool = False  # must make a new dataset (see publish)


@dataclass
class _Carried:
    """A stored resource kept by a new revision, with its findings. Those of a revision that
    was published were decided then (approved, or needing nothing): they are kept on record
    but decide nothing again; those of a held (or refused) revision decide again."""

    values: dict[str, Any]  # the stored row's columns (_CARRIED_COLUMNS)
    dataset_id: str
    decided: bool
    findings: list[Finding]
    changes: dict[str, str | None] = field(default_factory=dict)  # new name, title...
    new_findings: list[Finding] = field(default_factory=list)  # of the new texts

    def deciding(self) -> list[Finding]:
        """The findings the new revision's decision weighs."""
        return self.new_findings + ([] if self.decided else self.findings)

    def copy(self, position: int) -> tuple[Resource, list[Finding]]:
        """The resource row of the new revision, and every finding it keeps."""
        values = {**self.values, **self.changes}
        return Resource(position=position, **values), self.findings + self.new_findings


# What a kept resource's new row copies of the stored one
_CARRIED_COLUMNS = ("name", "title", "description", "format", "media_type", "size", "checksum",
                    "storage_key", "url", "row_count", "table_schema", "source_encoding",
                    "validation_status")


@dataclass
class _Written:
    """What one transaction has looked up and written so far. Its objects are flushed when
    it ends (the queries of its later records would not see them), and what it looked up
    stays as it was while it lasts (it holds the lock), but for what it wrote itself."""

    # ("key", source id, source key) or ("name", name) → the dataset, None: there is none
    found: dict[tuple[str, ...], Dataset | None] = field(default_factory=dict)
    # id → number, fingerprint and status of its newest revision
    latest: dict[str, tuple[int, str, str]] = field(default_factory=dict)

    def prefetch(self, session: Session, pending: list[_Pending]) -> None:
        """Look up the datasets of a batch's records, by key and by name, a query each
        (locked, in a stable order), so that writing them asks nothing more."""
        claims = sorted({claim for item in pending for claim in item.claims})
        keys: dict[str, list[str]] = {}
        for claim in claims:
            if claim[0] == "key":
                keys.setdefault(claim[1], []).append(claim[2])
        for source_id, source_keys in keys.items():
            self._fetch(session, ("key", source_id), Dataset.source_key, source_keys,
                        Dataset.source_id == source_id)
        names = [claim[1] for claim in claims if claim[0] == "name"]
        if names:
            self._fetch(session, ("name",), Dataset.name, names)

    def _fetch(self, session: Session, prefix: tuple[str, ...], column: Any, values: list[str],
               *conditions: Any) -> None:
        query = select(Dataset).where(*conditions, column.in_(values)).order_by(Dataset.id)
        for dataset in session.scalars(query.with_for_update()):
            self.found[(*prefix, getattr(dataset, column.key))] = dataset
        for value in values:
            self.found.setdefault((*prefix, value), None)

    def look_up(self, session: Session, claim: tuple[str, ...], query: Any, *,
                lock: bool = True) -> Dataset | None:
        """The dataset of claim (a key or a name): as written or looked up in this
        transaction, else queried."""
        if claim not in self.found:
            self.found[claim] = session.scalar(query.with_for_update() if lock else query)
        return self.found[claim]

    def add(self, dataset: Dataset, number: int, fingerprint: str, status: str) -> None:
        self.found[("name", dataset.name)] = dataset
        if dataset.source_id and dataset.source_key:
            self.found[("key", dataset.source_id, dataset.source_key)] = dataset
        self.latest[dataset.id] = (number, fingerprint, status)


_ATTEMPTS = 5  # tries of a revision's transaction that clashes with concurrent publishes


def _write_all(catalog: Catalog, pending: list[_Pending], checked: set[str],
               meanwhile: Callable[[], None] | None = None
               ) -> list[PublishOutcome | CatalogError]:
    """Write the revisions of pending records (their files stored), in one transaction.

    Concurrent publishes of one dataset are serialised: the transaction holds the dataset's
    lock (SQLite's write lock; FOR UPDATE elsewhere) while it numbers the revision and
    switches the dataset. When the transaction fails on one record (a clash on a new
    dataset's name or a revision number, possible where rows not yet written cannot be
    locked; or a dataset that cannot be written), the records are written one by one, each
    in its own transaction, a clash retried on the state that won. meanwhile: see
    sync_datasets.
    """
    if len(pending) > 1:
        try:
            return list(_write_together(catalog, pending, checked, meanwhile))
        except (IntegrityError, CatalogError, OperationalError) as exc:
            if isinstance(exc, OperationalError) and not _deadlock(exc):
                raise
            log.info("a batch of %d revisions was refused; writing them one by one",
                     len(pending))
    results: list[PublishOutcome | CatalogError] = []
    for item in pending:
        try:
            results.append(_write_alone(catalog, item, checked, meanwhile))
        except CatalogError as exc:
            results.append(exc)
    return results


def _deadlock(exc: OperationalError) -> bool:
    """Whether the database chose this transaction to end a deadlock (PostgreSQL: two
    batches that lock some of the same datasets in another order)."""
    return getattr(exc.orig, "sqlstate", None) == "40P01"


def _write_alone(catalog: Catalog, pending: _Pending, checked: set[str],
                 meanwhile: Callable[[], None] | None = None) -> PublishOutcome:
    for attempt in range(1, _ATTEMPTS + 1):
        try:
            return _write_together(catalog, [pending], checked, meanwhile)[0]
        except IntegrityError:
            if attempt == _ATTEMPTS:
                raise
            name = pending.public_meta.get("name")
            log.info("publish of %s clashed with a concurrent one; retrying",
                     name or "a new dataset")
    raise AssertionError("unreachable")  # the loop returns or raises


def _write_together(catalog: Catalog, pending: list[_Pending], checked: set[str],
                    meanwhile: Callable[[], None] | None = None) -> list[PublishOutcome]:
    """One transaction for the revisions of pending (IntegrityError when a concurrent
    publish won a clash; CatalogError when one of them cannot be written)."""
    now = utcnow()
    written = _Written()
    with transaction(catalog.sessions) as session, session.no_autoflush:
        written.prefetch(session, pending)
        results = [_write_revision(session, item, checked, written, now) for item in pending]
        session.flush()
        # the row tables change with the revisions, in the same transaction
        sync_datasets(session, catalog.files,
                      [session.get_one(Dataset, outcome.dataset_id) for outcome in results],
                      workers=catalog.settings.screen_workers, meanwhile=meanwhile)
        return results


def _write_revision(session: Session, pending: _Pending, checked: set[str], written: _Written,
                    now: Any) -> PublishOutcome:
    """One record's revision, in the transaction of session (flushed when it commits)."""
    record, public_meta, identity = pending.record, pending.public_meta, pending.identity
    dataset = _find_dataset(session, record, public_meta, identity, lock=True, checked=checked,
                            written=written, create=pending.create)
    if any(c.dataset_id != (dataset.id if dataset else None) for c in pending.carried):
        raise CatalogError(f"{record.where}: a kept resource belongs to another dataset")
    latest = _latest(session, dataset, written) if dataset is not None else None
    if dataset is not None and latest is not None and latest[1] == pending.fingerprint:
        # made from the same content as its newest revision (published meanwhile): unchanged
        restored = dataset.withdrawn_at is not None
        if restored:
            restore(dataset)
            _adopt(dataset, identity)
        return PublishOutcome(dataset.id, dataset.name, "unchanged", latest[0],
                              restored=restored, was=latest[2])
    base = None
    if dataset is None:
        base = public_meta.get("name") or _slug(public_meta["title"])
        dataset = Dataset(
            id=new_id(),  # known before the flush, which comes when the transaction commits
            name=_unique_name(session, base, written),
            publisher_id=identity.publisher_id,
            source_id=identity.source_id,
            source_key=identity.source_key,
        )
        session.add(dataset)
    restored = restore(dataset)  # back at its source: no longer withdrawn
    _adopt(dataset, identity)
    if identity.source_id and dataset.source_id == identity.source_id:
        # moved to another organisation at its source (a portal's datasets are published
        # under their organisations' publishers)
        dataset.publisher_id = identity.publisher_id
    number = (latest[0] if latest is not None else 0) + 1
    written.add(dataset, number, pending.fingerprint, pending.status)
    status, validations, links = pending.status, pending.validations, pending.links
    screened = list(zip(pending.screened, pending.stored, strict=True))
    meta_findings = pending.meta_findings
    revision = Revision(
        id=new_id(),
        dataset_id=dataset.id,
        number=number,
        status=status,
        metadata_json={**public_meta, "name": dataset.name},
        provenance=pending.provenance,
        fingerprint=pending.fingerprint,
        validation_status="valid" if all(v.valid for v in validations) else "invalid",
        privacy_status=_privacy_status(
            meta_findings + [f for item, _ in screened for f in item.findings]
            + [f for link in links for f in link.findings]
            + [f for carried in pending.carried for f in carried.deciding()]
        ),
        created_at=now,
        decided_at=now if status == RevisionStatus.PUBLISHED else None,
        decided_by="pipeline" if status == RevisionStatus.PUBLISHED else None,
    )
    session.add(revision)
    for validation in validations:
        revision.validation_reports.append(
            ValidationReport(
                resource_name=validation.resource,
                valid=validation.valid,
                error_count=validation.error_count,
                errors=[e.to_dict() for e in validation.errors],
            )
        )
    for finding in meta_findings:
        revision.findings.append(_finding_row(finding, ""))
    # kept resources first (in their order), then the new files, then the links
    for position, carried in enumerate(pending.carried):
        row, kept = carried.copy(position)
        revision.resources.append(row)
        for finding in kept:
            revision.findings.append(_finding_row(finding, row.name))
    for position, (item, file) in enumerate(screened, start=len(pending.carried)):
        revision.resources.append(
            Resource(
                position=position,
                name=item.name,
                title=item.title,
                description=item.description,
                format=item.fmt,
                media_type=LINK_MEDIA_TYPES["TSV"] if item.output.suffix == ".tsv"
                else FORMAT_MEDIA_TYPES[item.fmt],
                size=file.size,
                checksum=file.checksum,
                storage_key=file.key,
                row_count=item.row_count,
                table_schema=item.table_schema,
                source_encoding=item.encoding,
                validation_status="valid",
            )
        )
        for finding in item.findings:
            revision.findings.append(_finding_row(finding, item.name))
    for position, link in enumerate(links, start=len(screened) + len(pending.carried)):
        revision.resources.append(Resource(
            position=position, name=link.name, description=link.description,
            format=link.fmt, media_type=LINK_MEDIA_TYPES.get(link.fmt, ""), url=link.url,
            validation_status="not_checked"))
        for finding in link.findings:
            revision.findings.append(_finding_row(finding, link.name))
    if status == RevisionStatus.PUBLISHED:
        make_current(session, dataset, revision, now)
    if pending.actor is not None:
        audit(session, pending.actor, pending.action, f"dataset:{dataset.name}",
              revision=number, status=status)
    return PublishOutcome(
        dataset_id=dataset.id,
        dataset_name=dataset.name,
        status=status,
        revision=number,
        validations=validations,
        findings=[row.to_dict() for row in revision.findings],
        restored=restored,
        renamed_from=base if base is not None and base != dataset.name else None,
    )


def _latest(session: Session, dataset: Dataset,
            written: _Written | None) -> tuple[int, str | None, str] | None:
    """The number, fingerprint and status of the dataset's newest revision (None: it has
    none)."""
    if written is not None and dataset.id in written.latest:
        return written.latest[dataset.id]
    row = session.execute(select(Revision.number, Revision.fingerprint, Revision.status)
                          .where(Revision.dataset_id == dataset.id)
                          .order_by(Revision.number.desc()).limit(1)).first()
    return None if row is None else (row[0], row[1], row[2])


def _stored_validations(session: Session, dataset_id: str,
                        number: int) -> list[TableValidation]:
    """The validation reports of a dataset's revision, as they were stored (screened)."""
    revision = session.scalar(select(Revision).where(Revision.dataset_id == dataset_id,
                                                     Revision.number == number))
    if revision is None:
        return []
    return [TableValidation(report.resource_name, report.valid,
                            [ValidationError(e["type"], e["title"], e.get("row"),
                                             e.get("field_number"), e.get("note", ""))
                             for e in report.errors or []],
                            report.error_count)
            for report in revision.validation_reports]


def make_current(session: Session, dataset: Dataset, revision: Revision, now: Any) -> None:
    """Point the dataset at `revision`; the previous public revision is superseded."""
    previous = dataset.current_revision
    if previous is not None and previous.id != revision.id:
        previous.status = RevisionStatus.SUPERSEDED
    revision.status = RevisionStatus.PUBLISHED
    dataset.current_revision = revision
    dataset.modified_at = now


def _public_provenance(label: Callable[[str], str], record: IntakeRecord,
                       now: Any) -> dict[str, Any]:
    """The record's provenance with every text screened (by label, the catalog's
    screen_label), however deep (a source id may be a file name; a portal's extras, a name
    and a number)."""

    def screened(value: Any) -> Any:
        if isinstance(value, str):
            return label(value)
        if isinstance(value, dict):
            return {screened(str(k)): screened(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [screened(v) for v in value]
        return value

    provenance = {key: screened(value) for key, value in record.provenance.items()}
    provenance.setdefault("harvested_at", now.isoformat())
    return provenance


def _privacy_status(findings: list[Finding]) -> str:
    if not findings:
        return "clean"
    return {"block": "blocked", "review": "needs_review"}.get(decide(findings), "remediated")


def _finding_of(row: PrivacyFinding) -> Finding:
    """A stored finding as the screen gave it."""
    return Finding(entity=row.entity, field=row.field, scope=row.scope, count=row.count,
                   offsets=tuple(tuple(o) for o in row.offsets), confidence=row.confidence,
                   action=row.action, needs_review=row.needs_review, note=row.note or "",
                   terms=tuple(row.terms or ()))


def _finding_row(finding: Finding, resource_name: str) -> PrivacyFinding:
    return PrivacyFinding(
        resource_name=resource_name,
        field=finding.field,
        entity=finding.entity,
        scope=finding.scope,
        count=finding.count,
        offsets=[list(o) for o in finding.offsets],
        confidence=finding.confidence,
        action=finding.action,
        needs_review=finding.needs_review,
        note=finding.note or None,
        terms=list(finding.terms),
    )
