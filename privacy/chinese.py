"""Lazy, cached access to jieba (word segmentation and its dictionary), and Chinese text helpers.

jieba is imported on first use (a third of a second): the rules read its dictionary through
privacy.lexicon, and only segmentation and deriving that table load jieba itself.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import jieba

CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def is_cjk(char: str) -> bool:
    """Return True when char (or the first character of a string) is a CJK ideograph."""
    # The ranges of CJK, compared directly: cheaper than a regex call for one character.
    c = char[:1]
    return "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf" or "\uf900" <= c <= "\ufaff"


@lru_cache(maxsize=1)
def segmenter() -> jieba.Tokenizer:
    """jieba's default tokenizer, initialized (shared with spaCy's zh jieba segmenter)."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.dt.initialize()
    return jieba.dt


NAME_TAGS = frozenset(["nr", "nrfg", "nrt"])  # jieba's tags of personal names (nrt: foreign)


@lru_cache(maxsize=1)
def word_tags() -> dict[str, str]:
    """jieba's dictionary part-of-speech tags (word -> tag, e.g. "nr" for person names)."""
    segmenter()
    import jieba.posseg  # imported here: importing it reads the whole dictionary

    return jieba.posseg.dt.word_tag_tab


# Ordinary words, many of them frequent in government text, that jieba's dictionary tags as
# person names ("nr"): 许可证 and 文明 are no one. Not a feature of the name model (its
# features read jieba's tags as they are), only a check on what it finds. (The lines from 银杏
# on: common nouns masked in prose, 银杏叶 and 红茶, and those tagged so that the tuning parts
# hold three times or more and never in a name; not those names are given (高升, 常青, 白云, 玉兰)
# or that a surname begins, as a name may go on from it or a title after it (金秋月, 孙女士, 连胜利,
# 李子明, 王权), but for words no name goes on from: 银行卡, 宣传部, 红茶.)
WORDS_TAGGED_AS_NAMES = frozenset("""
许可 许可证 明白 文明 道德 荣誉 光荣 阳光 明星 权威 封锁 宣言 智慧 贡献者
友谊 英勇 辛勤 光辉 吉祥 宝贵 原谅 林立 呼唤 布满 蓬勃 史诗 红旗 五星红旗
博客 体操 温泉 望远镜 高峰 高潮 齐全 黄金周 立法权 卫星 雷达 陆军 顾问 顾客
公正 保健 康复 养老 双拥 修正 陈述 陈列 荣获 关怀 慈善 晋升 祝贺 杜绝
卓越 小康 宁静 安静 安抚 容纳 通达 周转 诸如 范畴 师范 师生 青少年 小学生
白领 洪水 山洪 谢谢 宁可 高明 古老 言语 冷笑 齐声 寻思 丘陵 胡同 玉米 花岗岩
石英 凤凰 米粉 古建筑 玉石 叶子 祖宗 宝贝 老公 子孙 鱼雷 沙滩 梅花 伯伯
子宫 丛林 老虎 马匹 双喜 松树 兰花 小姑娘 元帅 诸侯 冷汗 天亮 乌云 蓝天
左翼 金刚 宝石 小雨 朱红 童子 仁兄 云母 黑陶 岳父 师傅 小姐 和尚 王朝
武功 武林 侍卫 维生素 帝王 王爷 王公 白雪 祖先 文武 金殿 侍郎 师哥 师兄
师母 大侠 高僧 尼姑 老夫 老汉 相公 大将军 宫殿 公安县 阿姨 阿婆 阿公 阿叔 帅哥
查明 立功 张贴 廉政 严正 拓宽 大修 归公 过敏 加薪 高薪 扬言 安危 迎宾 陈设
付清 周全 温馨 祝福 殷勤 周旋 张罗 胡闹 高喊 雷同 钱财 任凭 时髦 张嘴 张口
周密 朴素 华丽 弘扬 凌厉 满怀 麻木 高悬 慕名 明智 灵敏 高雅 敬仰 敬畏 凯旋 施政
明朗 陶醉 徐徐 高耸 毋宁 凌空 焦黄 铁青 静默 陈旧 巧遇 顾忌 奥妙 高昂 凌辱
练兵 仰天 谢恩 卫冕 比武 张开 白白 汪洋大海 公开信 须知 高三 林木 养蜂
银杏 银杏叶 红茶 银行卡 银联卡 小镇 博士生 博士后 上赛季 大胜 亚军 滑雪 老总 籍贯 宣传部
老先生 索道 格斗 巨星 古董 静谧 蒲公英 红树林 红太阳 拉力赛 世锦赛 公开赛 纪念堂 大礼堂
立方体 特邀 探照灯 幼儿园 宝藏 安全带 哈欠 小提琴 紫檀木 雨林 戈壁 雪山 黑客 祖传 柳树 桂花
仲裁庭 融雪剂 付定金
""".split())  # noqa: SIM905 (a list of words reads best as one)


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """Segment text into (word, start, end) tokens with jieba (HMM on, like spaCy's zh)."""
    return list(segmenter().tokenize(text, HMM=True))


def dictionary() -> dict[str, int]:
    """jieba's dictionary: word -> frequency (0 for prefixes of longer words)."""
    return segmenter().FREQ


def alternatives(words: list[str]) -> str:
    """A regex alternation of words, grouped by first character (same matches, in order)."""
    # Python's re tries a wide alternation's branches one by one, even where no word starts:
    # a lookahead on the first characters skips those positions at once. Grouped under their
    # first character, the branches that can match at a position are tried in the same
    # relative order as in words (no other can match there), so matches are unchanged.
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    firsts = "".join(re.escape(first) for first in groups)
    return f"(?=[{firsts}])(?:" + "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})"
                                          for first, rests in groups.items()) + ")"
