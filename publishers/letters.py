"""The letters a request gets (答复书, 补正告知书, 延期答复告知书), as text, Markdown or HTML
from templates. A letter goes to its applicant only: it is written for the department
(`govcat requests letter`), never served publicly."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from catalog.context import Catalog
from catalog.errors import CatalogError
from publishers.calendar import WorkingCalendar
from publishers.requests import calendar_of, get_request
from publishers.vocabulary import OUTCOMES

FORMATS = {"text": "letter.txt.j2", "markdown": "letter.md.j2", "html": "letter.html.j2"}
LAW = "《中华人民共和国政府信息公开条例》"
REMEDY = ("如对本答复不服，可以自收到本答复之日起六十日内依法申请行政复议，或者自收到本答复之日"
          "起六个月内依法向人民法院提起行政诉讼。")
# Why information is withheld, as the reply says it (arts. 14–16, 36(7))
WITHHELD = {
    "withheld_state_secret": "属于国家秘密",
    "withheld_prohibited_by_law": "属于法律、行政法规禁止公开的政府信息",
    "withheld_security_stability": "公开后可能危及国家安全、公共安全、经济安全、社会稳定",
    "withheld_third_party": "涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害",
    "withheld_internal_affairs": "属于人事管理、后勤管理、内部工作流程等内部事务信息",
    "withheld_process_information": "属于讨论记录、过程稿、磋商信函、请示报告等过程性信息",
    "withheld_enforcement_file": "属于行政执法案卷信息",
    "withheld_query_matter": "属于有关法律、行政法规对信息的获取有特别规定的行政查询事项",
}
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")  # what would turn text into markup


def chinese_date(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _due(view: dict[str, Any], key: str = "due") -> str:
    day = dt.date.fromisoformat(view[key])
    text = chinese_date(day)
    if view["provisional"]:
        text += f"（{day.year}年节假日安排公布前按周末推算，以届时公布的安排为准）"
    return text


def _answer_paragraphs(view: dict[str, Any]) -> list[str]:
    outcome = OUTCOMES[view["outcome"]]
    basis = f"{LAW}{outcome.basis}"
    correction = view["correction"]
    notice = f"于{chinese_date(dt.date.fromisoformat(correction['notice_on']))}" \
        if correction else ""
    texts = {
        "disclosed": f"经审查，您申请公开的政府信息属于公开范围。根据{basis}的规定，本机关予以"
                     "公开，随本答复书提供该政府信息（或获取该政府信息的方式、途径和时间）。",
        "partly_disclosed": f"经审查，您申请公开的政府信息中含有不应当公开的内容，但能够作区分"
                            f"处理。根据{basis}的规定，本机关向您提供可以公开的政府信息内容，"
                            "并对不予公开的内容说明理由。",
        "unavailable_not_held": f"经检索，本机关没有制作或者获取您申请公开的政府信息。根据{basis}"
                                "的规定，特此告知。",
        "unavailable_needs_creation": f"您申请公开的政府信息需要本机关对现有政府信息进行加工、分析"
                                      f"方能形成。根据{basis}的规定，本机关不予提供。",
        "unavailable_unclear_after_correction": f"您补正后的申请内容仍不明确，本机关无法确定您所"
                                                f"需要的政府信息。根据{basis}的规定，特此告知。",
        "not_processed_petition": f"您的申请系以政府信息公开申请的形式进行信访、投诉、举报等活动。"
                                  f"根据{basis}的规定，本机关不作为政府信息公开申请处理，您可以"
                                  "通过相应渠道提出。",
        "not_processed_repeat": f"本机关已就您提出的政府信息公开申请作出答复，您重复申请公开相同"
                                f"政府信息。根据{basis}的规定，本机关不予重复处理。",
        "not_processed_publication": f"您申请获取的是政府公报、报刊、书籍等公开出版物。根据{basis}"
                                     "的规定，特告知获取途径，本机关不作为政府信息公开申请处理。",
        "not_processed_excessive": f"您申请公开政府信息的数量、频次明显超过合理范围，且说明的理由"
                                   f"不合理。根据{basis}的规定，本机关不予处理。",
        "not_processed_confirmation": "您的申请系要求本机关确认或者重新出具您已获取的信息，不属于"
                                      f"{LAW}所称的政府信息公开申请，本机关不作为政府信息公开申请"
                                      "处理。",
        "other_no_correction": f"本机关已{notice}告知您补正申请，您未在补正期限内补正。根据"
                               f"{basis}的规定，视为放弃申请，本机关不再处理该政府信息公开申请。",
        "other_unpaid_fee": f"您未在收费通知要求的期限内缴纳信息处理费。根据{basis}及《政府信息"
                            "公开信息处理费管理办法》的规定，本机关不再处理该政府信息公开申请。",
        "other": "本机关对您的申请处理如下。",
    }
    if outcome.group == "withheld":
        text = (f"经审查，您申请公开的政府信息{WITHHELD[outcome.code]}。根据{basis}的规定，本机关"
                "决定不予公开。")
        if outcome.code == "withheld_query_matter":
            text = text[:-1] + "，请依照有关法律、行政法规的规定办理。"
    else:
        text = texts[outcome.code]
    paragraphs = [text]
    if view["note"]:
        paragraphs.append(f"说明：{view['note']}")
    if view["outcome"] != "other_no_correction":
        paragraphs.append(REMEDY)
    return paragraphs


def letter_context(view: dict[str, Any], signer: str) -> dict[str, Any]:
    """The letter a request's state calls for: the answer once answered (or withdrawn), else
    the correction notice while one is awaited, else the extension notice once extended."""
    received = chinese_date(dt.date.fromisoformat(view["received"]))
    opening = (f"本机关于{received}收到您提出的政府信息公开申请（受理编号："
               f"{view['receipt_code']}）。")
    if view["status"] in ("answered", "withdrawn"):
        title, day = "政府信息公开申请答复书", view["answered"]
        paragraphs = [opening, *_answer_paragraphs(view)]
    elif view["status"] == "awaiting_correction":
        correction = view["correction"]
        title, day = "政府信息公开申请补正告知书", correction["notice_on"]
        paragraphs = [
            opening,
            f"经审查，您的申请内容不明确。根据{LAW}第三十条的规定，请您于"
            f"{_due(view, 'correction_due')}前（{correction['within']}个工作日内）对以下事项"
            f"作出补正：{correction['items']}",
            "答复期限自本机关收到补正的申请之日起计算。您无正当理由逾期不补正的，视为放弃申请，"
            "本机关不再处理该政府信息公开申请。"]
    elif view["extension"] is not None:
        extension = view["extension"]
        title, day = "政府信息公开申请延期答复告知书", extension["on"]
        paragraphs = [
            opening,
            f"因{extension['reason']}，本机关不能在法定期限内作出答复。根据{LAW}第三十三条第二款的"
            f"规定，经本机关政府信息公开工作机构负责人同意，答复期限延长{extension['days']}个"
            f"工作日，至{_due(view)}。"]
    else:
        raise CatalogError(f"request {view['receipt_code']} has no letter yet: answer it, extend "
                           "it or ask for its correction first")
    name = (view["applicant"] or {}).get("name")
    return {"title": title, "reference": f"受理编号：{view['receipt_code']}",
            "salutation": name or "申请人", "paragraphs": paragraphs, "signer": signer,
            "date": chinese_date(dt.date.fromisoformat(day))}


def render_letter(catalog: Catalog, ref: str, fmt: str = "text", *,
                  calendar: WorkingCalendar | None = None,
                  today: dt.date | None = None) -> str:
    """The letter of request `ref` in `fmt` (text, markdown or html), signed by its publisher
    (or GOVCAT_CATALOG_PUBLISHER when it has none)."""
    if fmt not in FORMATS:
        raise CatalogError(f"unknown letter format {fmt!r}; expected one of {', '.join(FORMATS)}")
    from publishers.services import get_publisher

    view = get_request(catalog, ref, calendar=calendar or calendar_of(catalog), today=today)
    signer = catalog.settings.catalog_publisher
    if view["publisher"]:
        signer = get_publisher(catalog, view["publisher"]).name
    return templates().get_template(FORMATS[fmt]).render(**letter_context(view, signer))


def templates() -> Any:
    """The Jinja environment of publishers/templates (HTML templates escape what they show)."""
    import jinja2

    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("publishers", "templates"),
        autoescape=jinja2.select_autoescape(["html.j2"]),
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined)
    environment.filters["md"] = lambda text: _MD_SPECIAL.sub(r"\\\1", str(text))
    return environment
