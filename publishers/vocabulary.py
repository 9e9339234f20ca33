"""The closed vocabularies of disclosure requests (依申请公开): applicant types, channels and
outcomes, exactly the rows and columns of table 三 of the annual report format
(国办公开办函〔2021〕30号), with the article of the 条例 each outcome rests on."""

from __future__ import annotations

from dataclasses import dataclass

# Table 三's columns: 自然人, then 法人或其他组织 in five kinds
APPLICANT_TYPES: dict[str, str] = {
    "natural_person": "自然人",
    "commercial": "商业企业",
    "research": "科研机构",
    "public_interest": "社会公益组织",
    "legal_services": "法律服务机构",
    "other_org": "其他",
}
ORGANISATION_TYPES = tuple(code for code in APPLICANT_TYPES if code != "natural_person")

# How the request came in; the receipt date follows art. 31 for each
CHANNELS: dict[str, str] = {
    "online": "互联网渠道（以双方确认之日为收到申请之日）",
    "post": "邮寄（以签收之日为收到申请之日）",
    "in_person": "当面提交（以提交之日为收到申请之日）",
}


@dataclass(frozen=True)
class Outcome:
    """One row of table 三's 本年度办理结果: its code, group and label, and its legal basis."""

    code: str
    group: str  # the row group's code (a key of GROUPS)
    label: str  # the row's text in the format
    basis: str  # the article(s) of the 条例 the reply cites


# The row groups (一) to (六) of 本年度办理结果, in the format's order
GROUPS: dict[str, str] = {
    "disclosed": "（一）予以公开",
    "partly_disclosed": "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    "withheld": "（三）不予公开",
    "unavailable": "（四）无法提供",
    "not_processed": "（五）不予处理",
    "other": "（六）其他处理",
}

_OUTCOMES = (
    Outcome("disclosed", "disclosed", "予以公开", "第三十六条第（二）项"),
    Outcome("partly_disclosed", "partly_disclosed", "部分公开", "第三十七条"),
    Outcome("withheld_state_secret", "withheld", "属于国家秘密", "第十四条"),
    Outcome("withheld_prohibited_by_law", "withheld", "其他法律行政法规禁止公开", "第十四条"),
    Outcome("withheld_security_stability", "withheld", "危及“三安全一稳定”", "第十四条"),
    Outcome("withheld_third_party", "withheld", "保护第三方合法权益", "第十五条"),
    Outcome("withheld_internal_affairs", "withheld", "属于三类内部事务信息", "第十六条第一款"),
    Outcome("withheld_process_information", "withheld", "属于四类过程性信息",
            "第十六条第二款"),
    Outcome("withheld_enforcement_file", "withheld", "属于行政执法案卷", "第十六条第二款"),
    Outcome("withheld_query_matter", "withheld", "属于行政查询事项", "第三十六条第（七）项"),
    Outcome("unavailable_not_held", "unavailable", "本机关不掌握相关政府信息",
            "第三十六条第（四）项、第（五）项"),
    Outcome("unavailable_needs_creation", "unavailable", "没有现成信息需要另行制作",
            "第三十八条"),
    Outcome("unavailable_unclear_after_correction", "unavailable", "补正后申请内容仍不明确",
            "第三十条"),
    Outcome("not_processed_petition", "not_processed", "信访举报投诉类申请", "第三十九条第一款"),
    Outcome("not_processed_repeat", "not_processed", "重复申请", "第三十六条第（六）项"),
    Outcome("not_processed_publication", "not_processed", "要求提供公开出版物",
            "第三十九条第二款"),
    Outcome("not_processed_excessive", "not_processed", "无正当理由大量反复申请", "第三十五条"),
    Outcome("not_processed_confirmation", "not_processed",
            "要求行政机关确认或重新出具已获取信息", "第二条"),
    Outcome("other_no_correction", "other",
            "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "第三十条"),
    Outcome("other_unpaid_fee", "other",
            "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
            "第四十二条"),
    Outcome("other", "other", "其他", ""),
)
OUTCOMES: dict[str, Outcome] = {outcome.code: outcome for outcome in _OUTCOMES}


def outcome(code: str) -> Outcome:
    """The outcome of `code`; ValueError naming the codes when there is none."""
    try:
        return OUTCOMES[code]
    except KeyError:
        raise ValueError(f"unknown outcome {code!r}; expected one of "
                         f"{', '.join(OUTCOMES)}") from None
