"""Value types and constants shared by every search backend."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

FACET_FIELDS: tuple[str, ...] = ("publisher", "theme", "format", "open_condition", "keyword",
                                 "license")
# relevance (then newest); modified: newest first; the others ascending, "_desc" descending;
# ties are broken by dataset id, so paging is stable
SORTS: tuple[str, ...] = ("relevance", "modified", "modified_asc", "title", "title_desc", "name",
                          "name_desc")
MAX_PER_PAGE = 1000
MAX_RESULT_WINDOW = 10_000  # the deepest result a page may reach (Elasticsearch's default)
MAX_FACET_VALUES = 50


@dataclass(frozen=True)
class SearchDocument:
    """What the catalog hands to the search index for one dataset revision."""

    id: str
    name: str
    revision: int
    title: str
    description: str = ""
    title_en: str = ""
    keywords: tuple[str, ...] = ()
    publisher: str = ""
    publisher_name: str = ""
    theme: str | None = None
    formats: tuple[str, ...] = ()
    open_condition: str = "unconditional"
    modified: str = ""
    extra_text: str = ""
    license: str = ""

    def facet_values(self) -> dict[str, tuple[str, ...]]:
        """Return the distinct non-empty facet values of this document per facet field."""
        raw: dict[str, Sequence[str]] = {
            "publisher": (self.publisher,),
            "theme": (self.theme or "",),
            "format": self.formats,
            "open_condition": (self.open_condition,),
            "keyword": self.keywords,
            "license": (self.license,),
        }
        return {name: _distinct(values) for name, values in raw.items()}


@dataclass(frozen=True)
class SearchQuery:
    """A search request: free text, facet filters, sort order and page; validated on creation."""

    q: str = ""
    filters: Mapping[str, Sequence[str]] = field(default_factory=dict)
    sort: str = "relevance"
    page: int = 1
    per_page: int = 20
    # only datasets modified in this range (ISO 8601 datetimes or dates, inclusive; None: open)
    modified_since: str | None = None
    modified_until: str | None = None
    names: tuple[str, ...] = ()  # only the datasets of these names
    # the last word of q may be unfinished (a search box as it is typed): it matches the
    # words it starts (常住人 finds 常住人口)
    prefix: bool = False

    def __post_init__(self) -> None:
        """Reject out-of-range pages, unknown sorts and unknown filter fields."""
        if not isinstance(self.q, str):
            raise ValueError(f"q must be a string, got {type(self.q).__name__}")
        if not _is_int(self.page) or self.page < 1:
            raise ValueError(f"page must be an integer >= 1, got {self.page!r}")
        if not _is_int(self.per_page) or not 1 <= self.per_page <= MAX_PER_PAGE:
            raise ValueError(
                f"per_page must be an integer from 1 to {MAX_PER_PAGE}, got {self.per_page!r}"
            )
        if self.page * self.per_page > MAX_RESULT_WINDOW:
            raise ValueError(
                f"page {self.page} of {self.per_page} results reaches past result "
                f"{MAX_RESULT_WINDOW:,}, the deepest served: narrow the search instead"
            )
        if self.sort not in SORTS:
            raise ValueError(f"unknown sort {self.sort!r}; expected one of {', '.join(SORTS)}")
        for bound in (self.modified_since, self.modified_until):
            if bound is not None and _moment(bound) is None:
                raise ValueError(f"not an ISO 8601 date or datetime: {bound[:40]!r}")
        unknown = [name for name in self.filters if name not in FACET_FIELDS]
        if unknown:
            raise ValueError(
                f"unknown filter field {unknown[0]!r}; expected one of {', '.join(FACET_FIELDS)}"
            )

    def filter_values(self) -> dict[str, tuple[str, ...]]:
        """Return the non-empty filters as field -> distinct values (a bare string is one value)."""
        result: dict[str, tuple[str, ...]] = {}
        for name, values in self.filters.items():
            if isinstance(values, str):
                values = (values,)
            distinct = _distinct(str(value) for value in values)
            if distinct:
                result[name] = distinct
        return result


    def modified_keys(self) -> tuple[str | None, str | None]:
        """The modified range as sortable keys (modified_key's form); a date as an end bound
        takes its whole day."""
        since = until = None
        if self.modified_since is not None:
            since = modified_key(self.modified_since)
        if self.modified_until is not None:
            until = modified_key(self.modified_until)
            if len(self.modified_until.strip()) == 10:  # a date: up to its last microsecond
                until = until[:10] + "T23:59:59.999999"
        return since, until


def modified_key(modified: str) -> str:
    """Return a sortable ISO 8601 datetime (aware ones in UTC); the raw text if unparseable."""
    moment = _moment(modified)
    if moment is None:
        return modified
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.isoformat(timespec="microseconds")


def _moment(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text.strip())
    except ValueError:
        return None


@dataclass(frozen=True)
class FacetValue:
    """One value of a facet field and how many matching datasets have it."""

    value: str
    count: int


@dataclass(frozen=True)
class SearchResult:
    """One page of dataset ids, the total number of matches and the facet counts."""

    ids: list[str]
    total: int
    facets: dict[str, list[FacetValue]]


def _distinct(values: Iterable[str]) -> tuple[str, ...]:
    """Return the non-empty values in first-seen order without duplicates."""
    return tuple(dict.fromkeys(value for value in values if value))


def _is_int(value: object) -> bool:
    """Tell whether value is an int (and not a bool)."""
    return isinstance(value, int) and not isinstance(value, bool)
