"""The annual report (publishers.report's data) as a document: HTML and Markdown from
templates, XLSX with openpyxl. A value the department has not given is shown as pending and
listed at the end, never filled in."""

from __future__ import annotations

import io
from typing import Any

from catalog.errors import CatalogError

FORMATS = ("html", "md", "xlsx", "json")
PENDING = "（待填报）"


def cell(value: Any) -> str:
    if value is None:
        return PENDING
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def render_report(report: dict[str, Any], fmt: str) -> str | bytes:
    """The report in `fmt`: html or md (text), xlsx (bytes), json (text)."""
    if fmt == "json":
        from publishers.report import report_json

        return report_json(report)
    if fmt == "xlsx":
        return _xlsx(report)
    if fmt not in ("html", "md"):
        raise CatalogError(f"unknown report format {fmt!r}; expected one of {', '.join(FORMATS)}")
    from publishers.letters import templates

    template = templates().get_template(f"report.{fmt}.j2")
    return template.render(report=report, cell=cell, PENDING=PENDING)


def _xlsx(report: dict[str, Any]) -> bytes:
    """One sheet, the sections in order, tables as the format lays them out."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    book = Workbook()
    sheet = book.active
    sheet.title = f"{report['year']}年度报告"
    bold, pending = Font(bold=True), PatternFill("solid", fgColor="FFF2CC")
    wrap = Alignment(wrap_text=True, vertical="top")
    sections = report["sections"]
    row = 1

    def put(values: list[Any], *, header: bool = False, indent: int = 0) -> None:
        nonlocal row
        for column, value in enumerate(values, 1):
            target = sheet.cell(row=row, column=column)
            if value is None:
                target.value, target.fill = PENDING, pending
            else:
                target.value = value
            if header:
                target.font = bold
            if column == 1 and indent:
                target.alignment = Alignment(indent=indent)
        row += 1

    def title(text: str) -> None:
        nonlocal row
        row += 1
        sheet.cell(row=row, column=1, value=text).font = Font(bold=True, size=12)
        row += 1

    def text(value: str | None) -> None:
        nonlocal row
        target = sheet.cell(row=row, column=1, value=value if value else PENDING)
        target.alignment = wrap
        if not value:
            target.fill = pending
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
        row += 1

    sheet.cell(row=row, column=1, value=report["title"]).font = Font(bold=True, size=14)
    row += 1
    if not report["complete"]:
        sheet.cell(row=row, column=1, value=f"统计截至{report['as_of']}")
        row += 1
    title(sections["overview"]["title"])
    text(sections["overview"]["text"])
    title(sections["proactive"]["title"])
    for block in sections["proactive"]["blocks"]:
        put([block["article"]], header=True)
        put(["信息内容", *block["columns"]], header=True)
        for item in block["rows"]:
            put([item["label"], *item["values"]])
    datasets = sections["proactive"]["datasets"]
    put(["政府数据开放（本平台统计）", *(datasets["labels"][k]
                                      for k in ("published", "updated", "open"))], header=True)
    put(["数据集", datasets["published"], datasets["updated"], datasets["open"]])
    requests = sections["requests"]
    title(requests["title"])
    put([requests["note"], "申请人情况"], header=True)
    put(["", *((f"{c['group']}：" if c["group"] else "") + c["label"]
               for c in requests["columns"])], header=True)
    for item in requests["rows"]:
        if item["values"] is None:
            put([item["label"]], header=True, indent=item["level"])
            continue
        put([item["label"], *(item["total"] if c["key"] == "total" else item["values"][c["key"]]
                              for c in requests["columns"])], indent=item["level"])
    title(sections["review_litigation"]["title"])
    for block in sections["review_litigation"]["blocks"]:
        put([block["label"], *block["columns"]], header=True)
        put(["件数", *block["values"]])
    title(sections["problems"]["title"])
    text(sections["problems"]["text"])
    title(sections["other"]["title"])
    text(sections["other"]["text"])
    for item in sections["other"]["processing_fees"]:
        put([item["label"], item["value"]])
    if report["missing"]:
        title("待补充的数据（本报告未编造任何数据；由本机关填报后方可报送）")
        for item in report["missing"]:
            put([item["label"], item["key"]])
    sheet.column_dimensions["A"].width = 60
    for letter in "BCDEFGH":
        sheet.column_dimensions[letter].width = 16
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
