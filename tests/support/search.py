"""Search documents and helpers shared by the search test suites."""

from __future__ import annotations

from catalog.search import SearchBackend, SearchDocument, SearchQuery, SearchResult


def make_doc(id: str, title: str, **fields: object) -> SearchDocument:
    """Build a document with a name and revision derived from its id."""
    fields.setdefault("name", f"dataset-{id}")
    fields.setdefault("revision", 1)
    return SearchDocument(id=id, title=title, **fields)  # type: ignore[arg-type]


CORPUS = (
    make_doc(
        "pop",
        "常住人口统计年报",
        description="全市常住人口的年度统计。",
        keywords=("人口", "统计"),
        publisher="stats",
        publisher_name="市统计局",
        theme="society",
        formats=("CSV", "XLSX"),
        modified="2024-03-01T10:00:00+08:00",
    ),
    make_doc(
        "census",
        "Population census 2020",
        description="Counts of residents by district.",
        keywords=("population", "census"),
        publisher="stats",
        publisher_name="Statistics Bureau",
        theme="society",
        formats=("CSV",),
        open_condition="conditional",
        modified="2023-06-01T00:00:00Z",
    ),
    make_doc(
        "budget",
        "北京市财政预算执行情况",
        description="Budget execution; mentions population only here.",
        keywords=("财政", "预算"),
        publisher="finance",
        publisher_name="市财政局",
        theme="economy",
        formats=("PDF",),
        modified="2024-01-15T00:00:00+00:00",
    ),
    make_doc(
        "air",
        "空气质量监测数据",
        description="Hourly air quality readings.",
        keywords=("环境",),
        publisher="env",
        publisher_name="生态环境局",
        formats=("CSV", "JSON"),
        open_condition="not_open",
        modified="2022-12-31T23:59:59",
        extra_text="监测站 PM2.5 臭氧",
    ),
)


def ids(backend: SearchBackend, q: str = "", **kwargs: object) -> list[str]:
    """Return the ids of the first page for a query."""
    return backend.search(SearchQuery(q=q, **kwargs)).ids  # type: ignore[arg-type]


def facet(result: SearchResult, name: str) -> dict[str, int]:
    """Return one facet field of a result as value -> count."""
    return {value.value: value.count for value in result.facets[name]}
