"""What the words around a candidate name say of it: a dictionary word it is glued to or is
the beginning of, an organisation's or a place's word or a document number after it.

Shared by the rules (privacy.recognizers.person_zh) and the model's filters
(privacy.recognizers.person_model); jieba's dictionary is read through privacy.lexicon.
"""

from __future__ import annotations

import re
from functools import lru_cache

from privacy.chinese import NAME_TAGS, alternatives
from privacy.lexicon import lexicon
from privacy.recognizers.cues import REPORTS
from privacy.recognizers.surnames import BEFORE_A_NOUN, STOP_CHARS

GLUED_LEFT = 50  # a word this frequent straddling the surname's left edge vetoes the name

# Words that end a name where they follow it: an organisation's (和泰网络有限公司), a place's, a
# document number (海环罚〔2023〕); a car park, not parking (收费员多收李涛停车费: 停车 was read as
# a place's, and 李涛 published)
_PLACE_WORDS = alternatives(
    ["大道", "大街", "街道", "路口", "园区", "市场", "农贸", "公园", "广场", "小区", "社区", "公交",
     "首末", "停车场", "停车站", "停车库", "停车楼", "停车区", "花园", "新城"])
# Industries, which name a company in its name only: after 的 they are what they say (东方伟所
# 申请的信息, 华军的学籍信息: information)
_INDUSTRY_WORDS = ["有限", "科技", "网络", "传媒", "电子", "信息", "软件", "数码", "贸易", "商贸",
                   "物流", "实业", "家政"]
# … and the kinds of body (what after 的 is one too: 在华万福的店里, 巴厘岛的经济酒店)
_BODIES = (
    ["公司", "集团", "中心", "商行", "商店", "超市", "酒店", "饭店", "餐厅", "工作室", "合作社",
     "协会", "事务所", "研究院", "学校", "医院", "银行", "面馆", "餐馆", "饭馆", "菜馆", "茶馆",
     "酒馆", "宾馆", "旅馆", "小吃", "厂", "店",
     # … and those of the neighbourhood that hotline records name (钟家诊所, 蔡家幼儿园)
     "卫生院", "幼儿园", "诊所", "药房", "驾校", "健身房", "居委会", "村委会", "物业",
     # … and the institutions of care and training (托育机构: 托育 was masked), and the
     # departments a small trader registers (“润发粮油批发部”)
     "机构", "批发部", "经营部", "门市部", "服务部", "营业部",
     # … and pawnshops (质押给金鼎典当行: 金鼎 was masked), and outpatient clinics (其在康美口腔
     # 门诊部种植牙齿: 美 was masked)
     "典当行", "当铺", "门诊部"])
_BODY_WORDS = alternatives(_BODIES)
# The industries a company's short name ends in, after its brand (钱江摩托, 顾家家居, 恒瑞医药,
# 海天味业): no given name is one of them
COMPANY_INDUSTRIES = ("摩托", "家居", "电气", "电器", "家电", "汽车", "医药", "药业", "食品",
                      "化工", "纺织", "服饰", "控股", "股份", "置业", "地产", "味业", "乳业",
                      "酒业", "钢铁", "水泥", "建材", "重工", "电力", "证券", "保险", "航空")
_ORG_WORDS = alternatives(_INDUSTRY_WORDS + _BODIES)
# Prepositions of where, whom to, by or with whom (向街道, 由村委会, 至和泰…公司, 与物业公司): what
# no name of an organisation or a place after a person's name holds (not 和, which 人力资源和社会
# 保障局 holds)
PREPOSITIONS_TO = "向到去往至给对由被把将替与跟"
# (an organisation's name holds no pronoun, particle or such a preposition: 云帅咨询其名下银行卡
# names no bank, 孤寡老人黄娟由村委会安排 no village committee; nor 在 but in 在线: 王浩然在学校被打
# names no school; nor what someone says, asks or wants of it, sues it for or owes it: 来电人邓和平
# 反映物业公司…, 金爱国投诉楼下烧烤店, 来电人王红旗咨询医院…, 花玲称装修公司老板…; nor 该, this: 经
# 了解，马强系该公司员工; nor 就, about, but in 就业: 业委会主任项丽丽就物业费…; nor 某, which
# begins a body of its own: 就餐人员万兵食用某饭店菜品…; nor what someone refuses or pays it: 李荣
# 拒交物业费; nor what someone uses: 易建国利用未公开信息…, 信息 being an industry)
# (咨询 is a consultancy's industry too, 王红旗咨询有限公司, and 希望 a company's name, 新希望)
_SAID_OF_AN_ORGANISATION = (*(r for r in REPORTS if r != "咨询"), "表示", "要求", "请求", "起诉",
                            "状告", "控告", "拖欠", "申请", "联系", "询问", "主张", "称", "拒交",
                            "拒缴", "欠缴", "补交", "缴纳",
                            # … or goes to, asks, pays, funds, joins, thanks, knows, trusts,
                            # doubts, tells or calls on (李荣找医院协商…, 李荣资助医院: read as a
                            # hospital's name, and published)
                            "去", "前往", "找", "质问", "质疑", "赔偿", "资助", "配合", "入职",
                            "致电", "感谢", "感激", "拒绝", "支持", "租用", "购买", "了解",
                            "相信", "沟通", "怀疑", "通知", "召集", "号召", "利用",
                            # … or stays at (经查，韩雪入住旅馆时未登记: read as a hotel's name)
                            "入住", "住进", "投宿",
                            # … or is put under (李强适用社区矫正: a sentence served in the
                            # community, read as a community's name), or stands for (齐杨代表学校
                            # 参加…: read as a school's name), or holds a post at (邵玉兰挂职担任
                            # 县科技副县长: 任县 read as a county), or wins or is named (常爱国
                            # 获评全国优秀科技工作者: read as a technology company's name)
                            "适用", "代表", "挂职", "担任", "获评", "荣获", "当选",
                            # … or objects to (华海燕不服村委会的…: read as a village committee's
                            # name), or publishes or spreads it (快递员王伟发布虚假信息…: read as
                            # an information company's)
                            "不服", "不满", "发布", "散布", "编造")
_SAID_OF_ONE = re.compile(alternatives(_SAID_OF_AN_ORGANISATION))
# through or by way of (谢娟经社区戒毒…, 林涛通过社区推荐: read as a community's name), not 经
# of the words an organisation's name holds (经济技术开发区, 经贸, 经营部, 财经大学)
_THROUGH = "通过|(?<![财曾已神佛月取诗圣正])经(?![济贸营销典纬])"
# What no organisation's or place's name after a person's name runs across: the prepositions
# of whom to, by whom, on what grounds (以) or why (因), 某, which begins a body of its own, 在
# but in 在线, 就 but in 就业, through (_THROUGH), and when (王瑞出院时医院未告知…: not a
# hospital's name) but in 时代 and 时尚, and holding (郭文持医院出具的…: not a hospital's name)
# but in 持股 and 持续, nor going along with one (网格员和敏陪同燃气公司人员…: not a gas company's
# name), nor running one (被告程伟经营文身店期间: not a shop's name) but in 经营部 and 经营店
# (全镇14家农资经营店)
_NOT_ACROSS = (rf"[某以因{PREPOSITIONS_TO}]|在(?!线)|就(?!业)|时(?![代尚])|持(?![股续久])"
               rf"|{_THROUGH}|陪同|会同|协同|经营(?![部店])")
_ORG_NAME = (rf"(?:(?![其的了着该]|{_NOT_ACROSS}"
             r"|咨询(?!有限|服务|管理|公司|中心|顾问)|"
             + alternatives(_SAID_OF_AN_ORGANISATION) + r")[\u4e00-\u9fff]){0,6}?" + _ORG_WORDS)
_DOCUMENT = r"[\u4e00-\u9fff]{0,4}?[罚字]?[〔\[【]"
# …or a place: 秋涛路, 文一西路, 白杨街道, 石林镇, 武林园区, 文渊路口, (下沙)文泽路 (家庭, a family,
# is no place, nor 站 where someone stands: 园林工人东方军站在…)
_PLACE_CHARACTER = (r"(?!家庭)(?:(?![" + "".join(sorted(STOP_CHARS)) + r"])[\u4e00-\u9fff])?"
                    r"(?:[路街镇乡村桥巷弄区县市省港湾馆院场园苑庭寺塔岛湖峡]|站(?![在着出到上起岗]))")
# A place word starting at one of the name's last two characters (五常大道: 常大道) also ends it:
# an organisation's, a document's or a place's word at the name's end, or _PLACE_WORDS one or
# two characters before, in one match at end - 2.
_ORG_OR_PLACE = re.compile(rf"(?s:{_PLACE_WORDS}|.{_PLACE_WORDS}"
                           rf"|..(?:{_ORG_NAME}|{_DOCUMENT}|{_PLACE_CHARACTER}|{_PLACE_WORDS}))")
# … the same without a place's character alone after the name, which may be a word's (绕路 of
# 驾驶员云成绕路 is a detour, not a road)
_ORG_OR_PLACE_BUT_CHARACTER = re.compile(rf"(?s:{_PLACE_WORDS}|.{_PLACE_WORDS}"
                                         rf"|..(?:{_ORG_NAME}|{_DOCUMENT}|{_PLACE_WORDS}))")
_PLACE_CHARACTER_WORD = re.compile(_PLACE_CHARACTER)
PLACE_TAGS = frozenset(["ns", "nt"])  # jieba's tags of places and organisations


# A word this many times as frequent as one it overlaps at a name's end breaks it (服务: 军服)
BREAKING = 50


@lru_cache(maxsize=1 << 12)
def _crossing_in(window: str, edge: int, breakable: bool = False) -> int:
    """Highest dictionary frequency of a word in window that straddles edge (window[edge]);
    if breakable, not counting the words that a word starting at edge, running past their end
    and BREAKING times as frequent, breaks (军服 of 伟军|服务; not 做主 of 王X|做主题, 主题 being
    only 14 times as frequent, nor 伊莎贝尔 of 伊莎|贝尔, which holds 贝尔)."""
    # Cached: the few characters around a name's edges repeat far more often than cells do
    # (two in three look-ups on a table's free-text column hit; a larger cache hits no more).
    # (jieba's dictionary is loaded once and never changed at run time.)
    frequency = lexicon().frequency
    after = []  # (end, frequency) of the words starting at edge, where they can break others
    for c in range(edge + 2, len(window) + 1) if breakable else ():
        f = frequency(window, edge, c)
        if f is None:
            break
        if f:
            after.append((c, f))
    best = 0
    for a in range(edge):
        if frequency(window, a, edge) is None:
            continue  # jieba's dictionary holds every prefix of every word: none starts here
        for b in range(edge + 1, len(window) + 1):
            f = frequency(window, a, b)
            if f is None:
                break
            if f > best and not any(c > b and g >= BREAKING * f for c, g in after):
                best = f
    return best


def left_crossing(text: str, start: int) -> int:
    """Highest frequency of a dictionary word straddling a name's left edge (由|于天)."""
    # Words of up to 3 characters on either side of start.
    low = max(0, start - 3)
    return _crossing_in(text[low : start + 3], start - low) if start else 0


def glued_left(text: str, start: int, frequency: int = GLUED_LEFT) -> bool:
    """Whether a dictionary word at least this frequent straddles start (官|方发布, 由|于天)."""
    return left_crossing(text, start) >= frequency


# what says a date after 于 as a number does (被告花志强于本判决生效之日起…: 强于 is a word), or
# where something was done (岳强于现场被责令…), or on receipt of what (请当事人于收到本通知之日起…:
# 于收 was read as a name)
_A_DATE_WORD = ("本判决", "判决", "本月", "当日", "次日", "同日", "同年", "今年", "去年", "上月",
                "现场", "收到", "接到")
# … or at what time of day, before the hour or a pause (132名群众于凌晨1时前全部转移: 凌 is a
# surname; not 于凌晨同志, a name)
_A_TIME_OF_DAY = re.compile("(?:凌晨|清晨|傍晚|深夜|午夜|当晚|当天|上午|下午|中午|晚上|夜间)"
                            "(?=[0-9〇零一二三四五六七八九十两时前后左，,])")


# a date or an hour in words (于二〇二五年, 于八时五十分), which a name does not start with
_A_DATE_IN_WORDS = re.compile("[〇零一二三四五六七八九十两]{1,4}[年月日时点]")


def a_date_after(text: str, at: int) -> bool:
    """Whether text[at:] is 于 and a date (于2023年, 于八时, 于本判决生效之日起, 于现场, 于收到
    本通知之日起): no name's end nor start."""
    return text[at:at + 1] == "于" and (text[at + 1:at + 2].isdigit()
                                       or text.startswith(_A_DATE_WORD, at + 1)
                                       or _A_TIME_OF_DAY.match(text, at + 1) is not None
                                       or _A_DATE_IN_WORDS.match(text, at + 1) is not None)


def right_crossing(text: str, given_at: int, end: int) -> int:
    """Like left_crossing at a name's right edge, ignoring 于 before a date (张利于2023年,
    花志强于本判决生效之日起) and
    the words that a far more frequent one starting at the edge breaks (诸葛伟军|服务: 军服, a
    uniform)."""
    # Words from the given name's first character (at given_at) to 3 characters after end.
    if a_date_after(text, end):
        return 0
    return _crossing_in(text[given_at : end + 3], end - given_at, True)


# Verbs of going, staying and coming back: before a place's character, where someone goes or
# stays (扶贫干部张峰驻村三年, 回村后, 入园时, 李荣出村时…, 马涛来院就诊…, 包欢离院时…, 李荣转院后),
# not the start of a place's name (离岛, an outlying island)
_GOING = frozenset("驻回返入赴抵出进到来下离转")
_GOING_PLACES = frozenset(["离岛"])
# 站 after a name is the verb "stand" before these, not a stop (村民华红旗站出来作证); not
# 站在 or 站到, which a stop is too (文新站在文一西路, 文新站到武林门站)
_STANDING = ("站着", "站起", "站出", "站住", "站岗")
LEVELS = frozenset("省市县区镇乡村")  # the levels of government and their bodies (区民政局)
_POSTS_AT_A_LEVEL = tuple("任" + level for level in sorted(LEVELS))  # (任市发改委主任)


def a_post_at_a_level(text: str, at: int) -> bool:
    """Whether a post held at a level of government starts at at (任市, 任县)."""
    return text.startswith(_POSTS_AT_A_LEVEL, at)


def going_to_a_place(text: str, at: int) -> bool:
    """Whether a verb of going and a place's character start at at (入院, 回村, 返乡)."""
    return (text[at:at + 1] in _GOING and text[at:at + 2] not in _GOING_PLACES
            and _PLACE_CHARACTER_WORD.fullmatch(text, at, at + 2) is not None)


def names_a_thing(text: str, end: int) -> bool:
    """Whether the words after a name ending at end make it part of an organisation's or a
    place's name (和泰网络有限公司, 秋涛路, 五常大道); not a word of the dictionary other than a
    place's that ends in a place's character (绕路, 走路, 一路), nor such a verb and the
    character (going_to_a_place: 驻村, 回村), nor an adverb of how someone acts (_adverb_at), nor
    standing (_STANDING), nor a post held at a level of government (孙浩任市发改委主任: 任市 is
    no city)."""
    if (end < 2 or _ORG_OR_PLACE.match(text, end - 2) is None or _adverb_at(text, end)
            or text.startswith(_STANDING, end) or a_post_at_a_level(text, end)):
        return False
    word = text[end:end + 2]
    if len(word) < 2 or _PLACE_CHARACTER_WORD.fullmatch(word) is None:
        return True
    words = lexicon()
    if not going_to_a_place(text, end) and (
            not words.frequency(word) or words.tag(word)[:2] in PLACE_TAGS):
        return True
    # the word alone matched: a thing only if something else after the name names one
    return _ORG_OR_PLACE_BUT_CHARACTER.match(text, end - 2) is not None


def _gap(also_not: str = "") -> str:
    """Up to four characters between a name and a thing's word, none of them what no name
    of a body runs across (_NOT_ACROSS: 就餐人员万兵食用某饭店菜品 and 马丽因沉迷网络赌博… name
    no restaurant and no network company), nor 住 but in 住建, nor one of also_not."""
    not_too = f"|[{also_not}]" if also_not else ""
    return rf"(?:(?!{_NOT_ACROSS}|住(?!建){not_too})[\u4e00-\u9fff]){{0,4}}?"


# An organisation's or a place's word a few characters on: 卓X机械有限公司, 白X体育中心; or
# the year of a document number: 杭拱市监处罚〔2024〕430号 (杭拱 is an office's abbreviation).
# Not across a preposition of where, whom to or by whom, nor 在 but in 在线 (as _ORG_NAME),
# nor 住 (lives) but in 住建 (housing), nor 就 (about) but in 就业: 侯晨向街道提交…, 糜荣在社区的
# 帮助下, 潘海洋家住城南社区 and 项丽丽就物业费… name 侯晨, 糜荣, 潘海洋 and 项丽丽 (names of the
# sentence's start were published whole); an industry's word not after 的 (_INDUSTRY_WORDS)
_THING_WORD = re.compile(_gap("的") + "(?:" + _ORG_WORDS + "|" + _PLACE_WORDS + ")"
                         "|" + _gap() + "(?:" + _BODY_WORDS + "|" + _PLACE_WORDS + ")"
                         r"|[\u4e00-\u9fff]{0,6}?[〔【\[](?:19|20)[0-9]{2}[〕】\]]")
_THING_WORD_NEXT = re.compile(_ORG_WORDS + "|" + _PLACE_WORDS)
# A company's or a school's whole name a few characters on, which even a name the model is sure
# of does not run into (恒聪|百汇科技有限公司, 鸿睿思|博中学, 万迅|电脑科技园区): the rest of a
# brand (no stop character: 李明在…, nor a verb: _body_ahead), the place where the company is
# registered in brackets (海淘优选（宁波）贸易有限公司), an industry's word, and the kind
# of body; a school's or a hospital's after a brand's character at least (李明中学毕业 names a
# person)
_INDUSTRY = alternatives([
    "科技", "网络", "电子", "信息", "软件", "数码", "电脑", "贸易", "商贸", "物流", "实业", "传媒",
    "文化", "建设", "建筑", "工程", "咨询", "投资", "置业", "医药", "生物", "食品", "环保", "能源",
    "机械", "汽车", "教育"])
_BRAND_REST = "(?:(?![" + "".join(sorted(STOP_CHARS | set(PREPOSITIONS_TO))) + r"])[\u4e00-\u9fff])"
_BODY_AHEAD = re.compile(
    rf"{_BRAND_REST}{{0,3}}?(?:[（(][\u4e00-\u9fff]{{2,4}}[）)])?(?:{_INDUSTRY})?"
    rf"(?:有限(?:责任)?公司|股份有限公司|集团|科技园区)"
    rf"|{_BRAND_REST}{{1,3}}?(?:中学|小学|幼儿园|医院|卫生院|社区卫生服务中心)")


def followed_by_a_thing(text: str, end: int, near: bool = True) -> bool:
    """Whether an organisation's or a place's word follows within a few characters of end
    (right at end, unless near); names_a_thing without its single place characters: 院士,
    市长 follow names too; not after an adverb of how someone acts (_adverb_at), nor after
    what the one named does to it (_owned_at) or says of it (_SAID_OF_ONE), nor before what
    someone holds at a bank (_BANKED), nor before whose shop it is (_A_PERSONS_SHOP)."""
    return (((_THING_WORD if near else _THING_WORD_NEXT).match(text, end) is not None
             or _body_ahead(text, end)) and not text.startswith(_A_PERSONS_SHOP, end)
            and not _adverb_at(text, end) and not _owned_at(text, end)
            and _SAID_OF_ONE.match(text, end) is None and _BANKED.match(text, end) is None)


# Whose shop it is, a person's, as a place's would be its shops (马文明的店铺, 金军的网店, 华春风的
# 药店, 刘宁店里的除草剂: read as a place's name before a body, and published)
_A_PERSONS_SHOP = ("的店铺", "的网店", "的小店", "的药店", "店里")
# What someone holds at a bank, after their name (冻结了姜帅的银行存款: no bank of 姜帅's)
_BANKED = re.compile("的?银行(?:存款|账户|帐户|卡|流水|贷款)")


def _owned_at(text: str, end: int) -> bool:
    """Whether a verb of two and 的 follow at end: what comes next is what the one named runs or
    sells (发现钱亮经营的小餐馆, 王平承包的工程), no organisation's name, which holds no 的."""
    return text[end + 2:end + 3] == "的" and lexicon().tag(text[end:end + 2]).startswith("v")


def _body_ahead(text: str, end: int) -> bool:
    """Whether a company's or a school's whole name follows a name ending at end (_BODY_AHEAD),
    unless a verb follows it (张伟读中学时, 王伟创办了…公司: what a person does) where no
    registered place in brackets says a company's name goes on (海淘优选（宁波）…: 优选 a verb)."""
    body = _BODY_AHEAD.match(text, end)
    if body is None:
        return False
    if "（" in body.group() or "(" in body.group():
        return True
    words = lexicon()
    return not (words.tag(text[end]) == "v" or words.tag(text[end:end + 2]).startswith("v"))


# Adverbs of how long or how often someone acts (程玉兰长期拖欠物业费), which no organisation's
# or place's name holds right after the name it starts with (not any adverb: 宁波正是…, 年费同样)
_HABITUAL = re.compile(alternatives(["长期", "一直", "经常", "曾经", "多次", "屡次", "擅自", "私自",
                                     "仍然", "始终", "多年", "常年"]))


def _adverb_at(text: str, end: int) -> bool:
    """Whether an adverb of how long or how often someone acts follows at end (_HABITUAL)."""
    return _HABITUAL.match(text, end) is not None


# Words that place something next to what precedes them: a person is not where things are
# (no name of the tuning parts is followed by one)
_LOCATION_AFTER = re.compile(alternatives([
    "附近", "一带", "周边", "周围", "门口", "境内", "辖区", "沿线", "片区", "地区", "地段", "路段",
    "区域", "一侧", "东侧", "西侧", "南侧", "北侧", "以东", "以西", "以南", "以北", "交叉口",
    # … and an expressway's names for itself and its gates (金丽温高速, 从白石出口驶出)
    "高速", "出口", "入口", "收费站", "服务区", "互通"]))
# … and a road's crossing with another (刘路与西安路交叉口: a road's name ends in 路 or 街)
_CROSSING = re.compile(r"[与和][\u4e00-\u9fff]{1,6}?(?:路|街|大道|大街)(?:交叉口|交叉路口|路口)")


def a_location(text: str, end: int) -> bool:
    """Whether a word that places something follows at end (张江附近, 马渚一带, 陈溪路段), or a
    road that ends there crosses another (刘路与西安路交叉口): what ends there is a place, not a
    person."""
    return _LOCATION_AFTER.match(text, end) is not None or (
        text[end - 1:end] in ("路", "街") and _CROSSING.match(text, end) is not None)


# A list whose items are places or bodies: what follows its items' last is 等, or how many
# they are, and a word for places (新增石马、和睦、平安桥等站点; 白马湖、湘湖、铜鉴湖等区域水质;
# 金华、衢州、丽水三地联合…), or 等 and a word for companies and other bodies, a kind before
# it or not (华为、海康威视、网易等企业; 雅戈尔、杉杉、罗蒙等服装企业), not the people of a place
# or a body (张伟、李强等社区工作人员, 王芳等企业负责人, 李强等企业家, 王芳等三人到银行)
_PLACES_LISTED = re.compile(
    r"(?:(?:(?:、[\u4e00-\u9fff]{1,6}?)*等|(?:、[\u4e00-\u9fff]{1,6}?)+[两三四五六七八九十]个?)(?:"
    + alternatives([
        "站点", "车站", "站", "小区", "社区", "街道", "乡镇", "镇街", "村", "村庄", "路段", "道路",
        "景区", "景点", "场所", "区域", "地区", "地块", "地", "城市", "省份", "国家", "河道",
        "水库", "公园", "广场", "园区", "商圈"]) + r")"
    r"|(?:、[\u4e00-\u9fff]{1,8}?)*等(?:(?![人员们名位户家])[\u4e00-\u9fff]){0,4}?(?:"
    + alternatives([
        "企业", "公司", "集团", "房企", "车企", "药企", "品牌", "厂商", "厂家", "银行", "平台",
        "酒店", "商场", "超市", "高校"]) + r"))"
    r"(?![\u4e00-\u9fff]{0,3}(?:人|员|干部|代表|书记|主任|领导|群众|家|主|老板|职工))")


def a_listed_place(text: str, end: int) -> bool:
    """Whether what ends at end is an item of a list of places or bodies (_PLACES_LISTED): 石马
    of 新增石马、和睦、平安桥等站点, 海康威视 of 华为、海康威视、网易等企业."""
    return _PLACES_LISTED.match(text, end) is not None


_SHOP = re.compile(r"[\u4e00-\u9fff]{0,2}?(?:" + _ORG_WORDS + ")")
# A brand: 白杨牌饮料 (not 牌照, a licence plate; 牌价, a listed price)
_BRAND = re.compile("牌(?![照子坊匾楼位价])")


def names_a_shop(text: str, end: int) -> bool:
    """Whether an organisation's word follows within two characters of end: a shop named after
    its owner (老王便利店, 老张面馆; not 小朱以民生银行…, a sentence)."""
    return _SHOP.match(text, end) is not None


# 本 (this) before a body or a place
_THIS_BODY = re.compile(alternatives([
    "本机关", "本单位", "本部门", "本院", "本局", "本委", "本办", "本所", "本站", "本中心",
    "本公司", "本村", "本社区", "本市", "本区", "本县", "本镇", "本乡", "本街道", "本人",
    # … and a school's, a shop's or a building's (本班的家长反映…: 班 was masked)
    "本班", "本校", "本年级", "本小区", "本店", "本厂", "本队", "本组", "本楼",
    # … and this document (以本通知为准: 通知 was masked)
    "本通知", "本办法", "本规定", "本决定", "本方案", "本公告", "本意见", "本答复", "本细则",
    "本条例", "本合同", "本协议",
    # … and this proposal or motion (本提案由…委员领衔提出: 提 was masked)
    "本提案", "本议案", "本建议"]))


def towards_this_body(text: str, start: int) -> bool:
    """Whether a preposition that is a surname too (BEFORE_A_NOUN) at start points to this
    body or place (申请人向本机关提出申请, 于本院): no one is named there."""
    return text[start:start + 1] in BEFORE_A_NOUN and _THIS_BODY.match(text, start + 1) is not None


def this_body_end(text: str, start: int) -> int:
    """Where a word for this body or place at start ends (本院查明: 本院), or start if none is
    there."""
    body = _THIS_BODY.match(text, start) if text[start:start + 1] == "本" else None
    return start if body is None else body.end()


def a_brand(text: str, end: int) -> bool:
    """Whether a span ending at end is a brand's name, its 牌 at its end or after it (白杨牌饮料):
    no name in the tuning parts ends so or is followed so."""
    return (end > 0 and _BRAND.match(text, end - 1) is not None) or (
        _BRAND.match(text, end) is not None)


_OPENING_QUOTES = frozenset("“\"「『‘'")
_CLOSING_QUOTES = frozenset("”\"」』’'")
# a cup, a prize or a match named in quotes (“金秋杯”广场舞大赛 written “金秋”杯)
_NAMED_EVENT = re.compile("[杯奖赛]")


def a_quoted_thing(text: str, start: int, end: int) -> bool:
    """Whether a span is all a quotation holds and an organisation's, a place's or a brand's word
    or a cup's follows the closing quote (“润发”粮油批发部, "康乐家"医疗器械公司, “金秋”杯): the
    name of the body, not of a person."""
    if not (start and text[start - 1] in _OPENING_QUOTES
            and text[end:end + 1] in _CLOSING_QUOTES):
        return False
    after = end + 1
    return (followed_by_a_thing(text, after) or a_brand(text, after + 1)
            or _NAMED_EVENT.match(text, after) is not None)


def begins_a_word(text: str, start: int, end: int) -> bool:
    """Whether a dictionary word starts at start and runs past end (张家港, 高新区, 书香门第)."""
    frequency = lexicon().frequency
    if frequency(text, start, end) is None:
        return False
    for b in range(end + 1, min(len(text), start + 5) + 1):
        f = frequency(text, start, b)
        if f is None:
            return False
        if f:
            return True
    return False


def begins_a_name(text: str, start: int, end: int) -> bool:
    """Whether the first dictionary word that starts at start and runs past end is one jieba
    tags as a name (张伟进, 李俊入: names its corpus cut so, before 进城 and 入住)."""
    words = lexicon()
    for b in range(end + 1, min(len(text), start + 5) + 1):
        if words.frequency(text, start, b):
            return words.tag(text[start:b]) in NAME_TAGS
    return False
