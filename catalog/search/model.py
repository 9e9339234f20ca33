"""Value types and constants shared by every search backend."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

FACET_FIELDS: tuple[str, ...] = ("publisher", "theme", "format", "open_condition", "keyword")
SORTS: tuple[str, ...] = ("relevance", "modified", "title")
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
    keywords: tuple[str, ...] = ()
    publisher: str = ""
    publisher_name: str = ""
    theme: str | None = None
    formats: tuple[str, ...] = ()
    open_condition: str = "unconditional"
    modified: str = ""
    extra_text: str = ""

    def facet_values(self) -> dict[str, tuple[str, ...]]:
        """Return the distinct non-empty facet values of this document per facet field."""
        raw: dict[str, Sequence[str]] = {
            "publisher": (self.publisher,),
            "theme": (self.theme or "",),
            "format": self.formats,
            "open_condition": (self.open_condition,),
            "keyword": self.keywords,
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
