"""Classifying a column header as naming a kind of personal information."""

from __future__ import annotations

import re

from privacy.traditional import simplified

_ZH_ID = ("身份证", "公民身份号", "身份号码", "证件号")
_ZH_BANK = ("银行卡", "银行账号", "银行帐号", "银行账户", "卡号", "账号", "帐号")
_ZH_PHONE = ("手机", "电话", "联系方式", "联系号码", "座机")
_ZH_EMAIL = ("邮箱", "电子邮件", "电邮", "邮件地址")
_ZH_HOME = ("住址", "家庭地址", "居住地址", "居住地", "户籍地址", "户籍所在地", "家庭住址",
            "现住址")
_ZH_NAME = ("姓名", "名字")
_ZH_ROLES = (
    "被申请人", "申请人", "联系人", "当事人", "负责人", "法定代表人", "法人代表", "法人", "户主",
    "经办人", "被处罚人", "投诉人", "举报人", "信访人", "收件人", "寄件人", "委托人", "代理人",
    "监护人", "患者", "承办人", "审批人", "填报人", "填表人", "办理人", "业主", "车主", "驾驶人",
    "户名", "开户名", "持卡人", "权利人", "受益人", "被告", "原告", "借款人", "担保人",
)
# Institutional qualifiers: a 咨询电话 or 单位邮箱 is public contact data, not personal.
_ZH_PUBLIC = ("单位", "机构", "企业", "公司", "部门", "办公", "咨询", "服务", "监督", "投诉电话",
              "举报电话", "值班", "热线", "政务", "传真", "窗口", "科室")
# Suffixes turning a header into metadata about the thing (证件类型, 手机号归属地, 申请人数).
_ZH_META = ("类型", "类别", "种类", "状态", "数量", "个数", "人数", "性质", "归属地", "位数",
            "是否", "标志", "标识", "日期", "时间", "地址", "住址", "单位", "性别", "年龄", "民族",
            "职务", "职业", "备注", "说明")

_EN_PHONE = {"mobile", "phone", "telephone", "tel", "cellphone", "cell", "mobilephone", "phoneno",
             "phonenumber", "telno", "mobileno"}
_EN_NAME = {"fullname", "surname", "firstname", "lastname", "givenname", "familyname",
            "forename", "middlename", "personname"}
_EN_ROLES = {"contact", "applicant", "complainant", "requester", "requestor", "patient",
             "holder", "cardholder", "respondent", "claimant", "representative", "person"}
_EN_PUBLIC = {"office", "service", "hotline", "fax", "support", "helpdesk", "agency",
              "department", "dept", "organization", "organisation", "org", "company", "unit",
              "business", "enterprise", "institution", "public", "general", "info"}
_EN_NOT_PERSON = _EN_PUBLIC | {
    "dataset", "data", "file", "project", "product", "place", "street", "road", "city", "country",
    "table", "column", "field", "domain", "host", "resource", "package", "layer", "station",
    "site", "building", "district", "region", "province", "county", "village", "town", "item",
    "category", "type", "entity", "user", "brand", "school", "program", "event", "document",
    "display", "short", "code", "sheet", "tag", "group", "role", "app", "application", "model",
    "variable", "bank", "account", "team", "course", "species", "feature", "address"}
_EN_META = {"type", "count", "status", "date", "time", "flag", "verified", "valid", "region",
            "country", "code", "prefix", "format", "length", "id", "kind"}
_TOKEN = re.compile(r"[a-z]+|[0-9]+")
_BRACKETED = re.compile(r"[（(【\[][^）)】\]]*[）)】\]]")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _tokens(header: str) -> list[str]:
    """Lower-case word tokens of a header (camelCase and separators split; e-mail → email)."""
    text = _CAMEL.sub(" ", header).lower().replace("e-mail", "email").replace("e_mail", "email")
    return _TOKEN.findall(text)


def _zh_entity(header: str) -> str | None:
    """Entity named by a Chinese header, if any."""
    header = _BRACKETED.sub("", header).strip() or header  # 法定代表人（负责人） → 法定代表人
    person_role = any(r in header for r in _ZH_ROLES) or any(n in header for n in _ZH_NAME)
    public = any(q in header for q in _ZH_PUBLIC) and not person_role
    meta = header.endswith(_ZH_META)
    if any(k in header for k in _ZH_ID) and not meta:
        return "CN_RESIDENT_ID"
    if any(k in header for k in _ZH_BANK) and not meta and not public:
        return "BANK_CARD"
    if any(k in header for k in _ZH_PHONE) and not meta and not public:
        return "CN_MOBILE"
    if any(k in header for k in _ZH_EMAIL) and not meta and not public:
        return "EMAIL_ADDRESS"
    if any(k in header for k in _ZH_HOME) and not public:
        return "CN_ADDRESS"
    if any(n in header for n in _ZH_NAME) and not header.endswith(("类型", "拼音")):
        return "PERSON"
    # 当事人名称, 申请人名称: the party may be a natural person (or a shop named after one)
    stripped = header.removesuffix("姓名").removesuffix("名字").removesuffix("名称")
    if stripped.endswith(_ZH_ROLES):
        return "PERSON"
    return None


def _en_entity(tokens: list[str]) -> str | None:
    """Entity named by an English header's tokens, if any."""
    words = set(tokens)
    joined = "".join(tokens)
    roles = words & _EN_ROLES
    public = bool(words & _EN_PUBLIC) and not roles
    meta = tokens[-1] in _EN_META and not (tokens[-1] == "id" and len(tokens) > 1
                                           and tokens[-2] in ("national", "resident", "citizen"))
    if not meta and (words & {"ssn", "ssns"} or "social" in words and "security" in words):
        return "US_SSN"
    if not meta and not public and words & {"iban", "ibans"}:
        return "IBAN_CODE"
    if not meta and (
        ("id" in words and words & {"card", "number", "no", "num", "national", "resident",
                                    "citizen"})
        or words & {"idcard", "idno", "idnumber", "identity"}
        or "idcard" in joined
    ):
        return "CN_RESIDENT_ID"
    if not meta and not public and (
        ("bank" in words and words & {"card", "account", "acct"})
        or ("card" in words and words & {"number", "no", "num"})
        or ("account" in words and words & {"number", "no", "num"})
        or words & {"cardno", "cardnumber", "accountno", "accountnumber", "bankcard"}
    ):
        return "BANK_CARD"
    if not meta and not public and words & _EN_PHONE:
        return "CN_MOBILE"
    if not meta and not public and words & {"email", "mail", "emailaddress"}:
        return "EMAIL_ADDRESS"
    if "address" in words and words & {"home", "residential", "residence", "domicile", "mailing",
                                       "postal", "street", "billing", "shipping", "delivery",
                                       "correspondence", "private", "personal"}:
        return "CN_ADDRESS"
    if not meta and "passport" in words:
        return "CN_PASSPORT"
    if words & _EN_NAME:
        return "PERSON"
    if "name" in words and not words & _EN_NOT_PERSON and not meta:
        return "PERSON"
    if roles and not words & (_EN_NOT_PERSON - {"person"}) and not meta:
        return "PERSON"
    return None


def classify_header(header: str) -> str | None:
    """The personal entity a column header names (e.g. 申请人姓名 → PERSON), or None."""
    # 名称 (the name of a thing: 单位名称, 项目名称) is never a person's name; public contact
    # columns (咨询电话, 单位邮箱, office phone) are not personal. Traditional characters are
    # read as simplified (身份證號碼, 聯繫電話: privacy.traditional).
    header = simplified(header.strip())
    if not header:
        return None
    entity = _zh_entity(header)
    if entity is None:
        tokens = _tokens(header)
        entity = _en_entity(tokens) if tokens else None
    return entity


# Headers of columns that hold the names of places and organisations (站点名称, 企业名称,
# 终点站, 道路): a person named in such a cell is masked only with evidence around the name.
_ZH_THINGS = re.compile(
    r"(?:站|站点|站名|线路|道路|路段|路名|街道|乡镇|社区|小区|村|园区|地点|地址|位置|区县|区域|"
    r"场所|场馆|景区|景点|车站|码头|口岸|网点|营业厅|服务点)(?:名称|名)?$|"
    r"(?:单位|企业|公司|机构|学校|医院|商户|门店|组织|协会|项目|产品|品牌|工程|设施)(?:名称|名)$|"
    r"(?:单位|企业|公司|机构)$|"
    r"^(?:起点|终点|始发|途经)"
)


def names_things(header: str) -> bool:
    """Whether a header says its column names places or organisations (and not people)."""
    header = _BRACKETED.sub("", header).strip()
    if not header or classify_header(header) is not None:  # reads it as simplified itself
        return False
    header = simplified(header)
    if _ZH_THINGS.search(header):
        return True
    words = set(_tokens(header))
    return bool(words & {"station", "stop", "road", "street", "place", "site", "company",
                         "organization", "organisation", "agency", "school", "hospital",
                         "country", "city", "region", "district", "province", "county",
                         "state", "town", "village", "nation", "territory", "economy"})
