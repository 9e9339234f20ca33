"""Products, platforms and services that hotline records and posts name, the time-honoured
brands commerce notices list (胡庆余堂, 张小泉剪刀), government bodies as notices shorten them,
and the occupations and relatives records name people by: no one's name.

jieba's dictionary predates nearly all of them, so to the name model and the rules 抖音, 唯品会,
丰巢 and 曹操出行 are unknown words in a name's place (放入丰巢柜, 唯品会客服电话): the screen
masked 抖*, 丰*柜, 唯*会, *操出行. A name the person recognizer finds inside one of these words
is dropped, and one running into such a word ends where the word begins
(privacy.recognizers.person_zh).

The list of products holds no word that reads as a person's name, a surname and given-name
characters (高德, 华为, 吉利, 申通): a person may be called so, and a listed word is never
masked. Such a product is listed in the longer form that tells it apart (高德地图, 申通快递).
The occupations and relatives (privacy.recognizers.cues.OCCUPATIONS, RELATIVES) are the
exception: 房东, 保姆, 楼长 and 伯父 read as a surname and a given name to the model, which
masked 房*要求提前退租 and 由*母抚养, and a reader reads them as what they are; someone called
房东 is published there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from privacy.chinese import alternatives
from privacy.lexicon import lexicon
from privacy.recognizers.cues import OCCUPATIONS, RELATIVES
from privacy.recognizers.surnames import COMMON_SURNAMES, COMPOUND_SURNAMES

PRODUCTS = frozenset("""
抖音 快手 小红书 微信 微博 支付宝 淘宝 天猫 京东 拼多多 美团 饿了么 滴滴 滴滴出行 高德地图
百度 百度地图 闲鱼 哔哩哔哩 唯品会 携程 去哪儿 飞猪 今日头条 钉钉 企业微信 视频号 公众号 小程序
知乎 豆瓣 百度贴吧 优酷 爱奇艺 腾讯视频 芒果TV 西瓜视频 陌陌 探探 得物 链家 安居客 58同城
赶集网 智联招聘 前程无忧 BOSS直聘 猎聘 大众点评 猫眼 淘票票 喜马拉雅 网易云音乐 酷狗 QQ音乐
作业帮 小猿搜题 猿辅导 学而思 新东方 腾讯会议 飞书 企查查 天眼查 水滴筹 轻松筹 平安好医生
好大夫在线 丁香医生 京东健康 阿里健康 美团买药 马蜂窝 途牛 同程旅行 铁路12306 交管12123
学习强国 国家反诈中心
余额宝 花呗 借呗 微粒贷 京东白条 云闪付 数字人民币
浙里办 粤省事 随申办 随申码 一网通办 皖事通 鄂汇办 苏服办 闽政通 渝快办 赣服通 爱山东 冀时办
豫事办 湘易办 蒙速办 辽事通 吉事办 新湘事成 穗好办
顺丰 顺丰速运 圆通 中通 申通快递 韵达 极兔 菜鸟驿站 丰巢 丰巢柜 货拉拉 曹操出行 花小猪 哈啰
哈啰出行 哈啰单车 青桔单车 美团单车
盒马 叮咚买菜 多多买菜 兴盛优选 瑞幸 星巴克 蜜雪冰城 喜茶 肯德基 麦当劳 王老吉 加多宝
沃尔玛 家乐福 大润发 永辉超市 华润万家 物美超市 屈臣氏 苏宁易购 国美电器 老凤祥 优衣库 宜家
名创优品 海底捞 安踏 特步 鸿星尔克 蒙牛 娃哈哈 农夫山泉
比亚迪 蔚来 小鹏汽车 理想汽车 五菱 魅族 联想 海尔 格力 奇瑞
腾讯 阿里巴巴 网易 新浪 搜狐
网约车 共享单车 健康码 行程码 场所码 二维码 外卖 快递柜 物业 业主群 微信群
马拉松 高尔夫 保龄球
胡庆余堂 方回春堂 同仁堂 张小泉剪刀 王星记扇子 王致和腐乳 张一元茶庄 知味观 楼外楼 全聚德烤鸭
阿尔茨海默病 阿尔茨海默症 帕金森病 帕金森综合征 唐氏综合征
金毛 萨摩耶 比熊 博美 拉布拉多
""".split())  # noqa: SIM905 (a list of words reads best as one)

# Government bodies as their own notices shorten them, after their level (区卫健局, 市纪委) or
# where no ideograph is before them (检查人员：市场监管局 卫健委; 渔政执法人员…) or a preposition or
# a conjunction is (经卫健委调查, 由民宗局牵头, 会同公安、住建局): 卫健, 文广, 民宗
# and 渔政 are unknown or rare words to jieba, a surname and given-name characters to the screen
# (区卫健局 was masked 区**局). Only there: 张卫健委托其女儿 names 张卫健.
GOVERNMENT_BODIES = frozenset("""
卫健委 卫健局 卫计委 卫计局 卫生健康委 卫生健康局 发改委 发改局 经信委 经信局 住建委 住建局
规资局 自规局 资规局 规划资源局 人社局 民宗局 民宗委 文广局 文广新局 文广旅局 文广旅体局 文旅局
文旅体局 市监局 市场监管局 城管局 综合执法局 应急局 应急管理局 医保局 退役军人事务局 科技局
教育局 公安局 司法局 财政局 审计局 统计局 税务局 交通局 交通运输局 水利局 林业局 生态环境局
商务局 信访局 大数据局 数据资源局 机关事务局 农业农村局 自然资源局 残联 妇联 团委 工商联
纪委 监委 纪委监委 政法委 教委 科委 体委 国资委 侨办 台办 金融办 编办 管委会 党工委 人大常委会
渔政 海事局 渔政局 海关 网信办 安监局 安监站 房管局 环保局 交警队
""".split())  # noqa: SIM905 (a list of words reads best as one)


def a_body_shortened(word: str) -> bool:
    """Whether word is a government body's short form without its 局, 委, 办 or 队 (交安监处理,
    转住建核实)."""
    return any(word + end in GOVERNMENT_BODIES for end in "局委办队")


def _longest_first(words: Iterable[str]) -> str:
    """An alternation of words, the longest first: 丰巢柜 before 丰巢, 百度地图 before 百度
    (alternatives keeps that order)."""
    return alternatives(sorted(words, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def _mention() -> re.Pattern[str]:
    return re.compile("(?:" + _longest_first(PRODUCTS.union(OCCUPATIONS))
                      # 李小红书记: a secretary, 书记 (not 小红书, an app; but 在小红书记录…)
                      + ")(?<!书(?=记(?![录载得住者忆])))"
                      + "|(?:" + _longest_first(RELATIVES) + ")(?!士)"  # 孙晶孙女士: 孙 and 女士
                      + "|(?:[省市区县镇乡]|自治州|街道|(?<![\u4e00-\u9fff])"
                      + "|(?<=[经由向与和及据被对、]))"
                      + "(?:" + _longest_first(GOVERNMENT_BODIES)
                      + ")(?![托员理])")  # 区卫健委托: 委托, entrusts (委员, 办理)


@lru_cache(maxsize=1)
def _longest() -> int:
    """The most characters a mention has (a level, 自治州, and the longest body)."""
    words = PRODUCTS.union(OCCUPATIONS, RELATIVES)
    return max(max(map(len, words)), 3 + max(map(len, GOVERNMENT_BODIES)))


def product_mentions(text: str, near: Sequence[tuple[int, int]] = ()
                     ) -> list[tuple[int, int]]:
    """Where text names a listed product, platform, service, government body, occupation or
    relative; only around the spans near (sorted by start), if any: a scan of the whole text
    cost as much as the rest of the name rules' checks on it."""
    mention = _mention()
    if not near:
        return [m.span() for m in mention.finditer(text)]
    reach = _longest()
    out: list[tuple[int, int]] = []
    window_start, window_end = -1, -1
    for start, end in [*near, (len(text) + 2 * reach, 0)]:
        low, high = max(0, start - reach), min(len(text), end + reach + 1)
        if low > window_end:  # a window of its own: scan the one before
            if window_end >= 0:
                out += [m.span() for m in mention.finditer(text, window_start, window_end)]
            window_start = low
        window_end = max(window_end, high)
    return out


# Generic drugs' names end in their class's stem, in Chinese as in Latin (阿莫西林, amoxicillin;
# 左氧氟沙星, levofloxacin; 阿托伐他汀, atorvastatin), and cephalosporins' begin with 头孢:
# transliterations, which the model reads as names (阿莫西林胶囊 was masked 阿莫**, 华法林 华**,
# 头孢拉定 头孢拉*). The stems no given name ends in make a drug of any word of three characters or
# more they end; those a name may end in (王西林, 陈地平) only a dictionary's word (阿司匹林), one
# before a dosage form (阿莫西林胶囊) or one listed with another drug (华法林与阿司匹林).
_DRUG_STEMS = ("霉素", "沙星", "他汀", "替丁", "拉唑", "西泮", "唑仑", "司琼", "卡因", "替尼",
               "单抗", "康唑", "米松", "尼松", "洛芬", "昔康", "洛韦", "他韦", "韦林", "双胍",
               "噻嗪")
_NAMELIKE_DRUG_STEMS = ("西林", "普利", "地平", "法林", "匹林", "洛尔", "沙坦")
_DRUG_STEM = re.compile(alternatives([*_DRUG_STEMS, *_NAMELIKE_DRUG_STEMS]))
_CEPHALOSPORIN = "头孢"
_DOSAGE_FORM = re.compile("胶囊|片|颗粒|注射液|针剂|缓释|控释|肠溶|口服液|混悬|软膏|滴眼液"
                          "|钠|钾|钙")
# another drug listed after one (华法林与阿司匹林, 阿莫西林、头孢拉定): up to five characters of it
_ANOTHER_DRUG = re.compile("[与和及、或][\u4e00-\u9fff]{1,5}?(?=" + _DRUG_STEM.pattern + ")")


def a_drug_stem_in(text: str) -> bool:
    """Whether text holds a drug's stem or 头孢 anywhere."""
    return _DRUG_STEM.search(text) is not None or _CEPHALOSPORIN in text


def in_a_drug_name(text: str, start: int, end: int) -> bool:
    """Whether a drug's stem starts inside text[start:end], past its first character (莫西林
    of 阿莫西林, 华法 of 华法林), or right after it or one character later where no common
    surname begins it (阿托伐|他汀, 阿托|伐他汀; not 石波|替丁…: 替, for), or 头孢 ends right
    before it or inside it (拉定 of 头孢拉定)."""
    if _CEPHALOSPORIN in text[max(0, start - 2):end]:
        return True
    touching = text[start] not in COMMON_SURNAMES and text[start:start + 2] not in COMPOUND_SURNAMES
    for stem in _DRUG_STEM.finditer(text, start + 1, end + 3):
        if stem.start() > end + 1 or (stem.start() >= end and not touching):
            break
        if _a_drug(text, stem) or (
                (listed := _ANOTHER_DRUG.match(text, stem.end())) is not None
                and _a_drug(text, _DRUG_STEM.match(text, listed.end()))):
            return True
    return False


def _a_drug(text: str, stem: re.Match[str]) -> bool:
    """Whether the word a stem ends is a drug's: a stem no name ends in, a dosage form after
    it, or a word of the dictionary, of four characters or one jieba does not tag as a name
    (阿司匹林; not 卡洛尔 of 刘易斯·卡洛尔)."""
    words = lexicon()
    return (stem.group() in _DRUG_STEMS or _DOSAGE_FORM.match(text, stem.end()) is not None
            or any(words.frequency(text, at, stem.end()) and (
                stem.end() - at >= 4 or not words.tag(text[at:stem.end()]).startswith("nr"))
                   for at in range(max(0, stem.start() - 3), stem.start())))
