"""What the HTTP interfaces answer beyond the metadata standard, as marshmallow schemas: the
OpenAPI document (api/openapi.py) is generated from them and from catalog.metadata's."""

from __future__ import annotations

from marshmallow import INCLUDE, Schema, fields, validate

from catalog.metadata import (
    OPEN_CONDITIONS,
    THEMES,
    DatasetMetadataSchema,
    PublicDatasetSchema,
)
from catalog.rowstore.query import DEFAULT_LIMIT as ROWS_DEFAULT
from catalog.rowstore.query import MAX_LIMIT as ROWS_MAX
from catalog.search import FACET_FIELDS, SORTS
from catalog.search.model import MAX_RESULT_WINDOW
from harvesters.jobs import COUNTS, JOB_STATUSES
from publishers.access import STATUSES as ACCESS_STATUSES
from publishers.requests import MAX_CONTENT_CHARS
from publishers.requests import STATUSES as REQUEST_STATUSES
from publishers.vocabulary import APPLICANT_TYPES, OUTCOMES

PER_PAGE_DEFAULT, PER_PAGE_MAX = 20, 100  # v1's search pages (api/v1.py parse_search_query)
# Filters over a closed vocabulary: any other value is refused (400), not an empty result.
# Not format: a link resource's format is whatever its source names (PDF, ZIP, "Query API"),
# and the format facet offers those values.
FILTER_VOCABULARIES: dict[str, tuple[str, ...]] = {
    "theme": THEMES,
    "open_condition": tuple(OPEN_CONDITIONS),
}


class ErrorDetailSchema(Schema):
    code = fields.String(required=True, metadata={"description": "e.g. not_found, bad_request"})
    message = fields.String(required=True)


class ErrorSchema(Schema):
    """Every error of API v1."""

    error = fields.Nested(ErrorDetailSchema, required=True)


class TombstoneSchema(Schema):
    """When and why a dataset was withdrawn (catalog.errors.Gone.tombstone)."""

    name = fields.String(required=True)
    withdrawn_at = fields.DateTime(required=True, allow_none=True)
    reason = fields.String(required=True)


class GoneSchema(ErrorSchema):
    """410: the dataset was withdrawn (it left its source)."""

    withdrawn = fields.Nested(TombstoneSchema, required=True)


class FacetValueSchema(Schema):
    value = fields.String(required=True)
    count = fields.Integer(required=True)


FacetsSchema = Schema.from_dict(
    {name: fields.List(fields.Nested(FacetValueSchema), required=True) for name in FACET_FIELDS},
    name="FacetsSchema")


# The same search at other pages (also in the Link header); null where there is none
PageLinksSchema = Schema.from_dict(
    {rel: fields.String(required=True, allow_none=rel in ("prev", "next"))
     for rel in ("self", "first", "prev", "next", "last")}, name="PageLinksSchema")


class DatasetPageSchema(Schema):
    """A page of search results with the facet counts of the whole result."""

    data = fields.List(fields.Nested(PublicDatasetSchema), required=True)
    total = fields.Integer(required=True)
    page = fields.Integer(required=True)
    per_page = fields.Integer(required=True)
    links = fields.Nested(PageLinksSchema, required=True)
    facets = fields.Nested(FacetsSchema, required=True)


def _filter(name: str) -> fields.Field:
    """A facet filter: repeat the parameter for OR."""
    vocabulary = FILTER_VOCABULARIES.get(name)
    item = fields.String(validate=validate.OneOf(vocabulary)) if vocabulary else fields.String()
    return fields.List(item, metadata={"description": f"{name}; repeat for OR"})


SearchArgsSchema = Schema.from_dict({
    "q": fields.String(metadata={"description": "Free text; Chinese is segmented into words."}),
    **{name: _filter(name) for name in FACET_FIELDS},
    "modified_since": fields.String(metadata={
        "description": "Only datasets modified at or after this ISO 8601 date or datetime."}),
    "modified_until": fields.String(metadata={
        "description": "Only datasets modified at or before this ISO 8601 date (its whole "
                       "day) or datetime."}),
    "sort": fields.String(validate=validate.OneOf(SORTS), load_default="relevance"),
    "page": fields.Integer(load_default=1, validate=validate.Range(1, MAX_RESULT_WINDOW),
                           metadata={"description": f"page × per_page may reach result "
                                                    f"{MAX_RESULT_WINDOW} at most"}),
    "per_page": fields.Integer(load_default=PER_PAGE_DEFAULT,
                               validate=validate.Range(1, PER_PAGE_MAX)),
}, name="SearchArgsSchema")


RowsArgsSchema = Schema.from_dict({
    "q": fields.String(metadata={
        "description": "Words that must all appear in a row (in any of its fields), ignoring "
                       "case; a word may be part of a longer one (西湖 finds 西湖区)."}),
    "filters": fields.String(metadata={
        "description": 'A JSON object of field names and values: each field equal to its '
                       'value, or to any of a list of values ({"区县": "西湖区", "年份": '
                       '[2022, 2023]}); null matches an empty cell.'}),
    "sort": fields.String(metadata={
        "description": 'Fields to order by, comma-separated, each optionally followed by asc '
                       'or desc ("年份 desc, 区县"); then by the row\'s place in the file.'}),
    "fields": fields.String(metadata={
        "description": "The fields to return, comma-separated (default: all, in the Table "
                       "Schema's order)."}),
    "limit": fields.Integer(load_default=ROWS_DEFAULT, validate=validate.Range(0, ROWS_MAX),
                            metadata={"description": "Rows to return (0: only the total)."}),
    "offset": fields.Integer(load_default=0, validate=validate.Range(0),
                             metadata={"description": "Rows to skip."}),
}, name="RowsArgsSchema")


class TableSchemaFieldSchema(Schema):
    """A field of a Table Schema (https://specs.frictionlessdata.io/table-schema/)."""

    class Meta:
        unknown = INCLUDE

    name = fields.String(required=True)
    type = fields.String(required=True, metadata={
        "description": "integer, number, boolean, date, datetime, string, …"})
    format = fields.String()


class TableSchemaSchema(Schema):
    """The Table Schema of the rows served: masked columns are strings."""

    class Meta:
        unknown = INCLUDE

    fields_ = fields.List(fields.Nested(TableSchemaFieldSchema), required=True,
                          data_key="fields")
    missingValues = fields.List(fields.String())


class RowLinksSchema(Schema):
    """The same query at other offsets (null where there is none)."""

    self = fields.String(required=True)
    prev = fields.String(required=True, allow_none=True)
    next = fields.String(required=True, allow_none=True)


class RowPageSchema(Schema):
    """A page of a resource's rows, typed by its Table Schema."""

    data = fields.List(fields.Dict(), required=True, metadata={
        "description": "The rows: field name → value, typed by the schema (integer and "
                       "number as JSON numbers, boolean as true/false, date and datetime as "
                       "ISO 8601 text, an empty cell as null)."})
    total = fields.Integer(required=True, metadata={"description": "Rows that match."})
    limit = fields.Integer(required=True)
    offset = fields.Integer(required=True)
    schema = fields.Nested(TableSchemaSchema, required=True)
    links = fields.Nested(RowLinksSchema, required=True)


class PublisherSchema(Schema):
    """A publisher (department) with its number of public datasets."""

    id = fields.String(required=True)
    code = fields.String(required=True)
    name = fields.String(required=True)
    name_en = fields.String(required=True, allow_none=True)
    description = fields.String(required=True, allow_none=True)
    dataset_count = fields.Integer(required=True)
    created = fields.DateTime(required=True)


class PublisherListSchema(Schema):
    data = fields.List(fields.Nested(PublisherSchema), required=True)
    total = fields.Integer(required=True)


class JobErrorSchema(Schema):
    """What went wrong with one item (key and message screened)."""

    key = fields.String(required=True)
    message = fields.String(required=True)


JobCountsSchema = Schema.from_dict(
    {name: fields.Integer(required=True) for name in COUNTS}, name="JobCountsSchema")


class JobSchema(Schema):
    """A harvest job (harvesters.jobs.job_dict)."""

    id = fields.String(required=True)
    source = fields.String(required=True)
    status = fields.String(required=True, validate=validate.OneOf(JOB_STATUSES))
    started = fields.DateTime(required=True)
    finished = fields.DateTime(required=True, allow_none=True)
    counts = fields.Nested(JobCountsSchema, required=True)
    errors = fields.List(fields.Nested(JobErrorSchema), required=True)


class JobListSchema(Schema):
    data = fields.List(fields.Nested(JobSchema), required=True)
    total = fields.Integer(required=True)


class SourceSchema(Schema):
    """A harvest source as the public sees it (harvesters.jobs.public_sources): where a
    remote source reads, never a local path."""

    name = fields.String(required=True)
    type = fields.String(required=True)
    publisher = fields.String(required=True)
    url = fields.String(metadata={"description": "a remote source's address"})
    organizations = fields.List(fields.String(), metadata={
        "description": "the remote organisations a CKAN source harvests"})
    groups = fields.List(fields.String(), metadata={
        "description": "the remote groups a CKAN source harvests"})
    last_job = fields.Nested(JobSchema, required=True, allow_none=True)


class SourceListSchema(Schema):
    data = fields.List(fields.Nested(SourceSchema), required=True)
    total = fields.Integer(required=True)


class CkanEnvelopeSchema(Schema):
    """Every successful answer of the CKAN Action API."""

    help = fields.String(required=True, metadata={"description": "help_show of the action"})
    success = fields.Boolean(required=True, validate=validate.Equal(True))
    result = fields.Raw(required=True, metadata={
        "description": "the action's result (help_show says what it is)"})


class CkanErrorDetailSchema(Schema):
    """CKAN's error: its type (what clients dispatch on), message and, for a Validation
    Error, each wrong field's messages."""

    class Meta:
        unknown = INCLUDE  # a Validation Error adds {field: [messages]}

    type_ = fields.String(required=True, data_key="__type", metadata={
        "description": "Not Found Error, Authorization Error, Validation Error, Search Query "
                       "Error or Bad request"})
    message = fields.String(required=True)


class CkanErrorSchema(Schema):
    """Every error of the CKAN Action API."""

    help = fields.String(required=True)
    success = fields.Boolean(required=True, validate=validate.Equal(False))
    error = fields.Nested(CkanErrorDetailSchema, required=True)


class DataJsonCatalogSchema(Schema):
    """DCAT-US 1.1's catalog (its datasets described by the DCAT-US schema, describedBy)."""

    class Meta:
        unknown = INCLUDE

    context = fields.String(required=True, data_key="@context")
    id = fields.String(required=True, data_key="@id")
    type = fields.String(required=True, data_key="@type")
    conformsTo = fields.String(required=True)
    describedBy = fields.String(required=True)
    dataset = fields.List(fields.Dict(), required=True)


class SuggestionSchema(Schema):
    """A dataset offered while a search is typed."""

    name = fields.String(required=True)
    title = fields.String(required=True)


class SuggestionListSchema(Schema):
    data = fields.List(fields.Nested(SuggestionSchema), required=True)


class ApplicantSchema(Schema):
    """Who asks (personal data: kept for the reply, never shown to anyone else)."""

    name = fields.String(validate=validate.Length(max=200), metadata={
        "description": "the applicant's name, or the organisation's"})
    contact = fields.String(validate=validate.Length(max=500), metadata={
        "description": "where the reply goes: an address, e-mail or telephone"})


class RequestSubmissionSchema(Schema):
    """A disclosure request (依申请公开) submitted online."""

    applicant_type = fields.String(required=True, validate=validate.OneOf(APPLICANT_TYPES),
                                   metadata={"description": "natural_person (自然人), or an "
                                             "organisation: commercial (商业企业), research (科研"
                                             "机构), public_interest (社会公益组织), "
                                             "legal_services (法律服务机构), other_org (其他)"})
    content = fields.String(required=True,
                            validate=validate.Length(min=1, max=MAX_CONTENT_CHARS),
                            metadata={"description": "the information asked for"})
    publisher = fields.String(validate=validate.Length(max=64), metadata={
        "description": "the code of the department asked (GET /api/v1/publishers)"})
    applicant = fields.Nested(ApplicantSchema)


class RequestReceiptSchema(Schema):
    """The receipt of a request just submitted: keep its code to look the status up."""

    receipt_code = fields.String(required=True)
    received = fields.Date(required=True, metadata={
        "description": "the receipt date (条例 art. 31: online, the day receipt is confirmed)"})
    status = fields.String(required=True, validate=validate.OneOf(REQUEST_STATUSES))
    due = fields.Date(required=True, metadata={"description": "the last day to answer"})
    provisional = fields.Boolean(required=True, metadata={
        "description": "true when the deadline was counted over a year whose holidays are not "
                       "known yet (weekends only)"})


class RequestStatusSchema(Schema):
    """Where a request stands; never who asked or what."""

    receipt_code = fields.String(required=True)
    received = fields.Date(required=True)
    status = fields.String(required=True, validate=validate.OneOf(REQUEST_STATUSES), metadata={
        "description": "pending, consulting (a third party's opinion is sought: its time does "
                       "not count), awaiting_correction (the applicant was asked to correct "
                       "the request), answered, withdrawn (no correction in time)"})
    due = fields.Date(required=True, allow_none=True, metadata={
        "description": "the last day to answer; null while a correction is awaited"})
    provisional = fields.Boolean(required=True)
    extended = fields.Boolean(required=True)
    correction_due = fields.Date(required=True, allow_none=True, metadata={
        "description": "the applicant's last day to correct, while a correction is awaited"})
    answered = fields.Date(required=True, allow_none=True)
    outcome = fields.String(required=True, allow_none=True,
                            validate=validate.OneOf(OUTCOMES), metadata={
                                "description": "the outcome code (table 三 of the annual report)"})


class AccessApplicantSchema(Schema):
    """Who applies for access (personal data: for the publisher's decision only)."""

    name = fields.String(required=True, validate=validate.Length(min=1, max=200), metadata={
        "description": "the applicant's name"})
    organisation = fields.String(validate=validate.Length(max=200), metadata={
        "description": "the organisation applying, if any"})
    contact = fields.String(required=True, validate=validate.Length(min=1, max=500), metadata={
        "description": "where the publisher reaches the applicant: e-mail, telephone, address"})


class AccessApplicationSchema(Schema):
    """An application for access to a conditionally open dataset (有条件开放)."""

    applicant = fields.Nested(AccessApplicantSchema, required=True)
    purpose = fields.String(required=True, validate=validate.Length(min=1, max=5000),
                            metadata={"description": "why the data is needed"})
    requested_use = fields.String(required=True, validate=validate.Length(min=1, max=5000),
                                  metadata={"description": "how it will be used, by whom, "
                                            "how long, and how it is kept"})


class AccessReceiptSchema(Schema):
    """An application just filed: keep the receipt code (the status) and the access key (the
    access, once approved). The key is shown this once: govcat keeps only its digest."""

    receipt_code = fields.String(required=True)
    key = fields.String(required=True, metadata={
        "description": "the access key (govcat_access_…): once approved, send it as "
                       "`Authorization: Bearer <key>` to the dataset's downloads and rows"})
    dataset = fields.String(required=True)
    status = fields.String(required=True, validate=validate.OneOf(ACCESS_STATUSES))
    submitted = fields.Date(required=True, metadata={"description": "China's date"})


class AccessStatusSchema(Schema):
    """Where an access application stands; never who applied, why, or on what terms."""

    receipt_code = fields.String(required=True)
    dataset = fields.String(required=True)
    status = fields.String(required=True, validate=validate.OneOf(ACCESS_STATUSES), metadata={
        "description": "pending, approved (the key opens the dataset until expires), refused, "
                       "revoked, expired (approved, past its last day)"})
    submitted = fields.Date(required=True)
    decided = fields.Date(required=True, allow_none=True)
    expires = fields.Date(required=True, allow_none=True, metadata={
        "description": "the last day of access (China's date), once approved"})


class MissingInputSchema(Schema):
    key = fields.String(required=True, metadata={"description": "its key in the input file"})
    label = fields.String(required=True)


class ReportCheckSchema(Schema):
    name = fields.String(required=True)
    holds = fields.Boolean(required=True)
    first_plus_second = fields.Integer(required=True)
    third_plus_fourth = fields.Integer(required=True)


class AnnualReportSchema(Schema):
    """The annual report on government information disclosure (国办公开办函〔2021〕30号)."""

    year = fields.Integer(required=True)
    publisher = fields.String(required=True, allow_none=True)
    organisation = fields.String(required=True)
    title = fields.String(required=True)
    as_of = fields.Date(required=True, metadata={"description": "the last day counted"})
    complete = fields.Boolean(required=True, metadata={
        "description": "the year is over and nothing is missing"})
    sections = fields.Dict(required=True, metadata={
        "description": "overview (一), proactive (二), requests (三), review_litigation (四), "
                       "problems (五), other (六)"})
    missing = fields.List(fields.Nested(MissingInputSchema), required=True, metadata={
        "description": "what the department has yet to give (never invented)"})
    checks = fields.List(fields.Nested(ReportCheckSchema), required=True)


class DatasetWriteSchema(DatasetMetadataSchema):
    """What POST /api/v1/datasets, PUT and PATCH take: the metadata standard's fields (PATCH:
    any of them, null removes one) and, to create, the publisher's code."""

    class Meta:
        exclude = ("resources",)

    publisher = fields.String(metadata={
        "description": "the publisher's code (to create; a token limited to one publisher "
                       "may leave it out); a dataset never moves to another publisher"})


class WriteValidationErrorSchema(Schema):
    """A validation error, described by position only (no cell value, no header text)."""

    type = fields.String(required=True)
    title = fields.String(required=True)
    row = fields.Integer(required=True, allow_none=True)
    field_number = fields.Integer(required=True, allow_none=True)
    note = fields.String(required=True)
    message = fields.String(required=True)


class WriteValidationSchema(Schema):
    resource = fields.String(required=True)
    valid = fields.Boolean(required=True)
    errors = fields.List(fields.Nested(WriteValidationErrorSchema), required=True)


class FindingSchema(Schema):
    """What the privacy screen found: where, what kind, how many, what was done; never the
    values."""

    resource = fields.String(required=True)
    field = fields.String(required=True)
    entity = fields.String(required=True)
    scope = fields.String(required=True)
    count = fields.Integer(required=True)
    confidence = fields.Float(required=True)
    action = fields.String(required=True)
    needs_review = fields.Boolean(required=True)
    note = fields.String(required=True)


class OutcomeSchema(Schema):
    """What the pipeline decided for the revision a write made (catalog.pipeline)."""

    dataset = fields.String(required=True)
    id = fields.String(required=True)
    status = fields.String(required=True, validate=validate.OneOf(
        ("published", "held", "invalid", "blocked", "unchanged")), metadata={
        "description": "published: public now; held: waits for a privacy review (the "
                       "published revision, if any, stays); invalid: a table failed "
                       "validation; blocked: the publisher's policy refuses it"})
    revision = fields.Integer(required=True, allow_none=True)
    validation = fields.List(fields.Nested(WriteValidationSchema), required=True)
    findings = fields.List(fields.Nested(FindingSchema), required=True)


class WriteErrorDetailSchema(ErrorDetailSchema):
    fields = fields.Dict(keys=fields.String(), values=fields.List(fields.String()),
                         metadata={"description": "each wrong field's messages (screened)"})


class WriteAnswerSchema(Schema):
    """The answer to a write: the outcome and the dataset as the new revision made it
    (screened; downloadable only once published). 422 adds an error."""

    outcome = fields.Nested(OutcomeSchema, required=True)
    dataset = fields.Nested(PublicDatasetSchema)
    error = fields.Nested(ErrorDetailSchema)


class WriteErrorSchema(Schema):
    """A write refused before the pipeline ran (401, 403, 404, 409, 422 invalid metadata)."""

    error = fields.Nested(WriteErrorDetailSchema, required=True)


class WithdrawnSchema(Schema):
    dataset = fields.String(required=True)
    withdrawn = fields.Boolean(required=True)
    reason = fields.String(required=True)


# --- The publisher dashboard (publishers/dashboard.py): counts, no personal data ---

class DashboardPublisherSchema(Schema):
    code = fields.String(required=True)
    name = fields.String(required=True)
    name_en = fields.String(required=True, allow_none=True)


class OpenConditionCountSchema(Schema):
    open_condition = fields.String(required=True, validate=validate.OneOf(OPEN_CONDITIONS))
    label = fields.String(required=True, metadata={"description": "开放属性"})
    count = fields.Integer(required=True)


class DashboardDatasetsSchema(Schema):
    total = fields.Integer(required=True, metadata={"description": "public datasets"})
    by_open_condition = fields.List(fields.Nested(OpenConditionCountSchema), required=True)


class OverdueDatasetSchema(Schema):
    name = fields.String(required=True)
    title = fields.String(required=True)
    update_frequency = fields.String(required=True)
    last_updated = fields.Date(required=True, allow_none=True)
    due = fields.Date(required=True, metadata={"description": "the last day of the update"})
    days_overdue = fields.Integer(required=True)


class OverdueUpdatesSchema(Schema):
    count = fields.Integer(required=True)
    datasets = fields.List(fields.Nested(OverdueDatasetSchema), required=True, metadata={
        "description": "every dataset past its update frequency, the longest overdue first"})


class HistogramBucketSchema(Schema):
    from_ = fields.Integer(required=True, data_key="from")
    to = fields.Integer(required=True)
    count = fields.Integer(required=True)


class CriterionSummarySchema(Schema):
    key = fields.String(required=True)
    label = fields.String(required=True)
    max = fields.Integer(required=True)
    mean_points = fields.Float(required=True, allow_none=True)
    datasets_short = fields.Integer(required=True, metadata={
        "description": "datasets that miss some of the criterion's points"})


class QualityDistributionSchema(Schema):
    datasets = fields.Integer(required=True)
    mean = fields.Float(required=True, allow_none=True)
    median = fields.Float(required=True, allow_none=True)
    histogram = fields.List(fields.Nested(HistogramBucketSchema), required=True)
    criteria = fields.List(fields.Nested(CriterionSummarySchema), required=True)


class FindingKindSchema(Schema):
    entity = fields.String(required=True, metadata={"description": "the kind (PERSON, …)"})
    findings = fields.Integer(required=True)
    occurrences = fields.Integer(required=True)
    datasets = fields.Integer(required=True)


class DashboardFindingsSchema(Schema):
    total = fields.Integer(required=True)
    by_kind = fields.List(fields.Nested(FindingKindSchema), required=True)


class DashboardRequestsSchema(Schema):
    """Counts only: nothing of who asked or what."""

    received = fields.Integer(required=True)
    answered = fields.Integer(required=True)
    answered_on_time = fields.Integer(required=True)
    answered_late = fields.Integer(required=True)
    withdrawn = fields.Integer(required=True, metadata={
        "description": "no correction within its period (art. 30)"})
    open = fields.Integer(required=True)
    open_overdue = fields.Integer(required=True)
    provisional = fields.Boolean(required=True, metadata={
        "description": "a deadline was counted over a year the calendar does not know"})


class LateDisclosureSchema(Schema):
    name = fields.String(required=True)
    title = fields.String(required=True)
    formed = fields.Date(required=True)
    due = fields.Date(required=True)
    disclosed = fields.Date(required=True)
    working_days_late = fields.Integer(required=True)


class ProactiveDisclosureSchema(Schema):
    rule = fields.String(required=True)
    datasets_with_formation_date = fields.Integer(required=True)
    datasets_without_formation_date = fields.Integer(required=True)
    within_20_working_days = fields.Integer(required=True)
    late = fields.Integer(required=True)
    share_within = fields.Float(required=True, allow_none=True)
    provisional = fields.Boolean(required=True)
    late_datasets = fields.List(fields.Nested(LateDisclosureSchema), required=True)


class PublisherDashboardSchema(Schema):
    """A publisher's dashboard (publishers/dashboard.py): public, counts and dataset names."""

    publisher = fields.Nested(DashboardPublisherSchema, required=True)
    as_of = fields.Date(required=True)
    datasets = fields.Nested(DashboardDatasetsSchema, required=True)
    overdue_updates = fields.Nested(OverdueUpdatesSchema, required=True)
    quality = fields.Nested(QualityDistributionSchema, required=True)
    privacy_findings = fields.Nested(DashboardFindingsSchema, required=True)
    requests = fields.Nested(DashboardRequestsSchema, required=True)
    proactive_disclosure = fields.Nested(ProactiveDisclosureSchema, required=True)
