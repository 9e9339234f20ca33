"""Vocabulary of sensitive personal information (PIPL art. 28): header words and values."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

# Chinese header words per category (substring match), checked in this order.
ZH_HEADERS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "SENSITIVE_MINOR": ("监护人", "家长", "未成年", "儿童", "幼儿", "婴儿"),
    "SENSITIVE_HEALTH": (
        "诊断", "病情", "疾病", "病史", "病种", "病名", "病因", "既往史", "过敏史", "健康状况",
        "健康状态", "身体状况", "残疾", "伤残", "症状", "检查结果", "检验结果", "化验", "体检",
        "就诊", "用药", "病历", "传染病", "精神状况", "艾滋", "HIV", "核酸", "患病", "病残",
    ),
    "SENSITIVE_RELIGION": ("宗教", "信仰", "教派"),
    "SENSITIVE_BIOMETRIC": (
        "指纹", "人脸", "面部", "虹膜", "声纹", "掌纹", "指静脉", "基因", "DNA", "步态", "照片",
        "头像", "人像",
    ),
    "SENSITIVE_FINANCIAL": (
        "银行账户", "银行账号", "银行帐号", "银行卡", "存款", "余额", "征信", "信用报告", "贷款",
        "理财", "证券账户", "股票账户", "支付账号", "公积金账号",
    ),
    "SENSITIVE_WHEREABOUTS": (
        "行踪", "轨迹", "行程", "位置", "定位", "住宿记录", "入住", "退房", "出行记录",
        "出入记录", "到访", "经纬度", "经度", "纬度", "坐标", "GPS", "打卡地点", "活动地点",
    ),
})
# Headers about counts or rates of a category are aggregate statistics, not a person's data.
ZH_AGGREGATE = ("人数", "数量", "个数", "人次", "户数", "率", "比例", "占比", "比重", "总数")

# English header tokens per category; a pair means both tokens must occur.
EN_HEADERS: Mapping[str, tuple[str | tuple[str, str], ...]] = MappingProxyType({
    "SENSITIVE_MINOR": ("guardian", "guardians", "parent", "parents", "minor", "minors",
                        "child", "children", "kid", "kids", "infant"),
    "SENSITIVE_HEALTH": (
        "diagnosis", "diagnoses", "disease", "diseases", "illness", "medical", "disability",
        "disabilities", "symptom", "symptoms", "medication", "medications", "allergy",
        "allergies", "hiv", "comorbidity", "comorbidities", ("health", "status"),
        ("health", "condition"), ("health", "record"),
    ),
    "SENSITIVE_RELIGION": ("religion", "religious", "faith", "denomination"),
    "SENSITIVE_BIOMETRIC": (
        "fingerprint", "fingerprints", "face", "facial", "iris", "biometric", "biometrics",
        "voiceprint", "dna", "genetic", "genome", "photo", "portrait",
    ),
    "SENSITIVE_FINANCIAL": (
        "deposit", "deposits", "balance", "loan", "loans", "iban", "mortgage",
        ("bank", "account"), ("bank", "card"), ("credit", "score"), ("credit", "report"),
        ("credit", "record"), ("credit", "history"),
    ),
    "SENSITIVE_WHEREABOUTS": (
        "location", "whereabouts", "trajectory", "track", "itinerary", "gps", "latitude",
        "longitude", "lat", "lng", "lon", "coordinates", "checkin", "geolocation", "movement",
        "movements", ("check", "in"),
    ),
})
EN_AGGREGATE = frozenset({"count", "rate", "number", "total", "share", "pct", "percent",
                          "ratio", "prevalence", "cases"})

# Values naming a disease or a religion (whole short cells are matched, never free text).
ZH_VALUES: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "SENSITIVE_HEALTH": (
        "高血压", "糖尿病", "艾滋病", "乙肝", "丙肝", "肝炎", "肺结核", "结核病",
        "精神分裂", "精神病", "抑郁症", "双相情感", "癫痫", "癌", "肿瘤", "白血病",
        "淋巴瘤", "心脏病", "冠心病", "脑梗", "脑卒中", "中风", "尿毒症", "肾衰竭",
        "哮喘", "慢阻肺", "梅毒", "淋病", "性病", "帕金森", "阿尔茨海默", "老年痴呆",
        "自闭症", "孤独症", "唐氏", "血友病", "红斑狼疮", "残疾", "瘫痪", "失明",
        "聋哑", "智力障碍", "新冠", "肺炎",
    ),
    "SENSITIVE_RELIGION": (
        "佛教", "基督教", "天主教", "伊斯兰教", "道教", "东正教", "犹太教", "新教", "印度教",
        "喇嘛教", "穆斯林", "基督徒", "宗教",
    ),
})
EN_VALUES: Mapping[str, str] = MappingProxyType({
    "SENSITIVE_HEALTH": (
        r"hypertension|diabetes|hiv|aids|hepatitis|tuberculosis|schizophrenia|depression|bipolar"
        r"|epilepsy|cancer|tumou?r|leukaemia|leukemia|lymphoma|heart disease|stroke|asthma|copd"
        r"|syphilis|dementia|alzheimer'?s?|parkinson'?s?|autism|disability|disabled"
        r"|covid(?:-19)?"
    ),
    "SENSITIVE_RELIGION": (
        r"buddhis[mt]|christian(?:ity)?|catholic|islam(?:ic)?|muslim|taois[mt]|daois[mt]"
        r"|protestant|orthodox|jewish|judaism|hindu(?:ism)?|sikh"
    ),
})

LABELS: Mapping[str, str] = MappingProxyType({
    "SENSITIVE_HEALTH": "health / 健康医疗",
    "SENSITIVE_RELIGION": "religion / 宗教信仰",
    "SENSITIVE_BIOMETRIC": "biometrics / 生物识别",
    "SENSITIVE_FINANCIAL": "financial account / 金融账户",
    "SENSITIVE_WHEREABOUTS": "whereabouts / 行踪轨迹",
    "SENSITIVE_MINOR": "minors under 14 / 不满十四周岁未成年人",
})
