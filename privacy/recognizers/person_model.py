"""PERSON (Chinese): the names the statistical model finds (privacy.names), filtered by rule."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cached_property, lru_cache
from pathlib import Path

from privacy.chinese import NAME_TAGS, WORDS_TAGGED_AS_NAMES, alternatives, is_cjk
from privacy.lexicon import lexicon
from privacy.recognizers.base import Candidate
from privacy.recognizers.cues import (
    ELDERS,
    FAMILY,
    HELD_FOR,
    HONORIFICS,
    KIN,
    OCCUPATIONS,
    PARTICIPANTS,
    PARTIES,
    PEOPLE,
    RECIPIENTS,
    RELATIVES,
    REPORTS,
    ROLES,
    TITLES,
)
from privacy.recognizers.name_context import (
    COMPANY_INDUSTRIES,
    GLUED_LEFT,
    LEVELS,
    PLACE_TAGS,
    PREPOSITIONS_TO,
    a_brand,
    a_date_after,
    a_post_at_a_level,
    begins_a_word,
    followed_by_a_thing,
    glued_left,
    going_to_a_place,
    names_a_thing,
    right_crossing,
    this_body_end,
    towards_this_body,
)
from privacy.recognizers.surnames import (
    AMBIGUOUS_SURNAMES,
    BEFORE_A_NOUN,
    COMMON_SURNAMES,
    COMPOUND_SURNAMES,
    FUNCTION_SURNAMES,
    GIVEN_NAME_CHARS,
    SINGLE_SURNAMES,
    STOP_CHARS,
    TRANSLITERATION_CHARS,
    surname_of,
)

MODEL = Path(__file__).resolve().parents[1] / "data" / "names.npz"
# Characters a Chinese name is written with: ideographs, and the dots of transliterations.
NAME_DOTS = frozenset("·•・")  # between the parts of a name (艾力·买买提)
_NOT_IN_A_NAME = frozenset("某○〇")  # masks that are ideographs (others are not CJK)
_MASK_AFTER = frozenset("某*＊×○〇")  # after a surname: an anonymised name (欧阳某某, 王*)
_CIRCLES = frozenset("○〇")  # … or, after a whole name, a separator (记者朱宇琛○编辑朱贤佳)
# a likely span that starts with one is no name (来电人, 代领, 其爷爷) …
_CUE_WORDS = (*ROLES, *TITLES, *HELD_FOR, *KIN)
# … nor with a word for who someone is (孤儿刘伟: 孤儿, an orphan, was masked 孤*)
_NO_NAME_STARTS = (*_CUE_WORDS, *PEOPLE, *OCCUPATIONS, *RECIPIENTS)
# The verbs of reporting after a name whose first character no given name is written with (来电人
# 丁琳咨询: the model read 丁琳咨 as the name; not 求 and 来 of 求助, 来电: 求真, 来福)
_REPORTING = frozenset([*(verb for verb in REPORTS if verb[0] not in "求来"),
                        "述称", "辩称", "供述", "陈述"])  # (第三人郭文述|称: 述 was masked)
# The "hereby" of certificates and letters, which a span the model reads from it starts after
# (兹证明|童雷系…, 兹有|张三同志前往: 兹 is a rare surname)
_HEREBY = re.compile("兹(?:证明|有|定于|聘请|任命|通知|收到|委托|介绍|因)")
# … nor one that holds an ordinary word jieba tags as a name (高峰 in 早高峰)
_TAGGED_WORD = re.compile(alternatives(sorted(WORDS_TAGGED_AS_NAMES)))
# … nor one that ends in one: a road, a town, the docks and creeks of southern villages
# (高家坞, 沈家浜), a lake, an island, a palace, a pavilion, a tower (邵伯湖, 苏梅岛, 卢浮宫,
# 老君阁, 黄鹤楼: out of fold, 93 characters over-masked fewer and no name lost)
_PLACE_ENDS = frozenset("路街巷弄村镇乡区县市省苑坞埭浜岙畈圩垟湾塘堰坝湖岛宫阁楼坳峡")
# … and of those the characters no name of the tuning parts ends in (路, 巷, 苑, 省 end a few;
# 村 ends Japanese surnames, 中村, 木村): what ends so is no name even where the model is sure
ONLY_PLACES_END = _PLACE_ENDS - frozenset("路巷苑省村") | frozenset("祠寺庙")
# A document a likely span names, a verb or a noun of the dictionary and 书 (不予公开告知书:
# 告 is a surname, 告知 a verb; 答复书, 承诺书), the words jieba tags them
_DOCUMENT_TAGS = frozenset(["v", "vn", "n"])
# … and the words that end the names of districts and sites of four characters or more (钱江新城,
# 西溪湿地), which given names of two do too (李新城)
_PLACE_NAME_ENDS = frozenset(["新城", "城区", "新区", "湿地", "古镇", "景区", "园区"])
_TITLES = (*TITLES, "省长", "院士", "馆长", "场长", "园长")  # after a name, not a place's word
# Surnames that government text uses for duties after a role word (申请人须提交, 应当).
_DUTY = frozenset("须应")
# After a surname alone, these make it a reference (李先生): a name only when Viterbi decodes it.
_HONORIFICS = ("先生", "女士", "小姐", "同志", "老师", "师傅")
_ADDRESSED_AFTER_A_NAME = frozenset(["先生", "女士", "小姐", "同志"])  # (老师 and 师傅 are role
# words before a name too: 班主任老师王伟)
CONFIDENT = 0.5  # name probability from which a span is the model's own decision
PARTICLE_IN_A_NAME = 0.9  # a particle ending a span is the name's from this probability
LIKELY = 0.85    # the score of a span the model only finds likely
# A likely span starts at its first character at least this share as likely as its likeliest:
# the characters before (受 of 接受厄普顿, 和 of 伊瓜因和罗本) only border the name.
LIKELY_TRIM = 0.2
# … and it ends at its last character at least this share as likely: what follows only borders
# the name (财富 of 普益财富). Out of fold on the tuning parts (with names_a_thing's dictionary
# words ending in a place's character): four names more (特维斯, 温格 …), none lost, and
# over-masking 2.67 → 2.61 % on CLUENER, 3.30 → 3.18 % on Weibo, 1.04 → 1.02 % on MSRA.
LIKELY_END_TRIM = 0.05
# the score of a rules' name with clean evidence around it (a role word before, a title after)
EVIDENT = 0.95
# from this score a name is sure: the model's all but sure of (a probability of 0.97 or more,
# score()) and the rules' EVIDENT ones
SURE = 0.94


# A run of the characters a name is written with: ideographs and dots, no mask (某).
_NAME_RUN = re.compile("(?:(?![" + "".join(sorted(_NOT_IN_A_NAME)) + "])[\u4e00-\u9fff\u3400-\u4dbf"
                       + "".join(sorted(NAME_DOTS)) + "])+")


# A name of two or three written with one or two spaces after its surname, as forms and tables
# align names of two with those of three (姓名：张　伟, 经办人：王  芳): a name the model finds
# whole, which the run of a name's characters would cut at the space (张 alone was masked, 伟
# published)
_SPACED_NAME = re.compile("(?:" + alternatives(sorted(COMPOUND_SURNAMES)) + "|["
                          + "".join(sorted(SINGLE_SURNAMES)) + "])[ \u3000]{1,2}"
                          "[\u4e00-\u9fff]{1,2}")
_IDEOGRAPH = re.compile("[\u4e00-\u9fff]")
# the words a spaced name may spell, as rare as this (东西 and 南北, tagged ns, are not)
_SPELT_OUT_ALIKE = frozenset({*NAME_TAGS, "nz", "ns"})
_COMMON_SPELT_OUT = 2000


def spaced_names(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The names in text[start:end] written with spaces after their surnames (_SPACED_NAME)
    that start and end where their ideographs do (姓名：宋  琳|  性别, 值班人员：李  明、黄  旭;
    not 王 府|井大街, nor 文/董长|江 图/: a name's end and a byline's next word), and are no
    common word spelt out (东 西 南 北; but 苏  丹 and 高  阳, places' names too)."""
    out = []
    words = lexicon()
    for spaced in _SPACED_NAME.finditer(text, start, len(text) if end is None else end):
        at, stop = spaced.span()
        if (at and _IDEOGRAPH.match(text[at - 1])) or _IDEOGRAPH.match(text[stop:stop + 1]):
            continue
        joined = "".join(spaced.group().split())
        frequency = words.frequency(joined) or 0
        if not frequency or (words.tag(joined) in _SPELT_OUT_ALIKE
                             and frequency < _COMMON_SPELT_OUT):
            out.append((at, stop))
    return out


def _a_word_spaced_out(text: str, at: int) -> bool:
    """Whether the character at at and the next ideograph after blanks are a common word of
    the dictionary but a name's, spaced out as a form's headings are to align (成　员, 组　长)."""
    blanks = at + 1
    while text[blanks:blanks + 1] in (" ", "\u3000"):
        blanks += 1
    if blanks == at + 1 or blanks >= len(text):
        return False
    word = text[at] + text[blanks]
    return ((lexicon().frequency(word) or 0) >= COMMON_WORD
            and lexicon().tag(word) not in NAME_TAGS)


def is_cjk_name(span: str) -> bool:
    """Whether a span can be a name as the model means it: ideographs (and ·), no mask."""
    return not span or _NAME_RUN.fullmatch(span) is not None


@lru_cache(maxsize=4)
def load_model(path: Path):
    """The name model at path, loaded once per process (workers forked later share it)."""
    from privacy.names.crf import NameModel

    return NameModel.load(path)


class ModelNames:
    """The candidate names the name CRF finds in a text, its spans filtered by rule.

    A span is kept when it can be a name: ideographs (a transliteration's dots too) or a run of
    Latin letters written as a name, no mask character (张某, 李某某 and 王* are already
    anonymised), not an ordinary word the model is unsure of, not followed by an
    organisation's or a place's word. Viterbi's names score 0.86 to 0.94 with the model's
    probability; spans it only finds likely (probability at least the model's threshold,
    chosen when it was trained) must also have a name's shape, and score LIKELY.
    """

    def __init__(self, path: Path = MODEL) -> None:
        self.path = path

    @cached_property
    def model(self):
        return load_model(self.path)

    @cached_property
    def threshold(self) -> float:
        return self.model.threshold

    def spans(self, text: str) -> list[tuple[int, int, float]]:
        """The model's raw spans: names, and characters at least threshold likely (a run of
        them trimmed at both ends, unless it is one dictionary word: 尤伯杯, 格林童话)."""
        spans = self.model.trimmed_spans(text, self.threshold, LIKELY_TRIM, LIKELY_END_TRIM)
        if all(end == run_end for _, end, _, run_end in spans):
            return [(start, end, probability) for start, end, probability, _ in spans]
        words = lexicon()
        return [(start, run_end if end < run_end and words.frequency(text, start, run_end)
                 else end, probability) for start, end, probability, run_end in spans]

    def find(self, text: str, spans: list[tuple[int, int, float]] | None = None
             ) -> list[Candidate]:
        """The model's names in text, filtered (spans: its raw spans, if already decoded)."""
        out = []
        short = len(text) <= SHORT_TEXT
        # English text is the English recognizers' to read; text without Latin letters has
        # no Latin name to look for
        no_latin = text.isascii() or _ANY_LATIN.search(text) is None
        named_ends: set[int] = set()  # where a list of names may go on (after 、)
        sure_end = -1  # where the last span the model is sure of ends, if more than a surname
        sure_start = -1  # … and where it starts
        if spans is None:
            spans = self.spans(text)
        of_kin = "之" in text  # (王秀梅之子: the kin checks below are for such texts only)
        if of_kin:
            spans = list(_apart_at_kin(text, spans))
        if "的" in text:
            spans = list(_apart_at_particles(text, spans))
        if "是" in text:
            spans = list(_apart_at_being(text, spans))
        if "携" in text or "继" in text or "养" in text:  # (李玉梅携子万海洋前来…: the model
            # read one span to 万)
            spans = list(_apart_at_kin_taken(text, spans))
        if "随" in text:  # (子女随岳秀梅生活, 新生儿随父林成落户: 随 and 父 were read as names)
            starts = {span[0] for span in spans}
            spans = [_after_going_with(text, *span, starts) for span in spans]
        if "因" in text or "于" in text or "为" in text:  # (因程建国拒不履行…, 由于|于广鹏的…:
            # the model read 因, or the end of 由于, as the surname)
            spans = [_without_a_function_word(text, *span) for span in spans]
        spans = _bidden_joined(text, list(_apart_at_bidding(text, spans)))
        spans = _compound_joined(text, spans)
        terms = nameless_terms(text)
        if terms:  # 未批先建: building before approval (先建 and 批先建 were masked)
            spans = list(_outside_terms(spans, terms))
        for start, end, probability in spans:
            listed = after_a_word = False
            nickname = None
            latin = [] if no_latin else (
                _latin_names(text, start, end, probability)  # jack, 侯天(HouTian
                if probability >= LATIN_EVIDENCE else _known_latin_names(text, start, end))
            out += [Candidate(s, e, score(probability)) for s, e in latin]
            spaced = spaced_names(text, start, end) if probability >= CONFIDENT else []
            if spaced:  # 姓名：张　伟 (the model reads on to 性别, or over a list of them)
                out += [Candidate(s, e, score(probability)) for s, e in spaced]
                continue
            if "、" in text and (_a_place_among_places(text, start, end) or (
                    probability < CONFIDENT and _a_short_word_among_places(text, start, end))):
                continue  # 来自巴基斯坦、孟加拉国、尼泊尔等: a country among others (jieba tags
                # 尼泊尔 as a name, 孟加拉国 is the model's)
            # the name inside brackets or quotes: (黄远康), “比利”
            decoded = text[start:end]
            after_a_sure_name, sure_before = start == sure_end, sure_end
            sure_name_before = (sure_start, sure_end)
            if probability >= CONFIDENT and surname_of(text[start:end + 1]) != text[start:end]:
                sure_start, sure_end = start, end
            kept = _name_characters(text, start, end)
            if probability >= CONFIDENT:
                out += [Candidate(s, e, score(probability))
                        for s, e in _names_apart(text, start, end, kept)]
            start, end = kept
            if (start and text[start - 1:start + 1] in _TWO_CHARACTER_ADVERBS
                    and text[start] not in COMMON_SURNAMES):
                continue  # 韩荣始|终坚守: a span from inside how the named acts (终 is a
                # surname too, and 终坚守 was masked; not 当时|常海燕先动手…)
            if end - start >= 3:
                end = _before_linking(text, start, end)  # 王成|在群里说, 陈梅|有没有
                start = _after_a_doubled_word(text, start, end)  # 谢谢|田成的关注
            if probability >= CONFIDENT:
                start += _role_word_read_on(text, start, end)  # 护理员|江华: a role word's last
                # character read as a surname (员江华 overlapped the occupation, so the name was
                # dropped with it), 本村林长|全和平 (林长全 was read)
            if end - start >= 3:
                end = _before_a_festival(text, start, end)  # 黄丹清明祭扫时…, 黄玲清|明祭扫…
            if "家" in decoded or not _BUILDING.isdisjoint(decoded):
                end = _before_a_home(text, start, end)  # 余丹|家阳台, 和敏|家庭, 能波|建房
                if start >= end:
                    continue
            if _role_word_ending_at(text, end) > end - start:
                continue  # 本村林长: the end of a role word (林长文博 was read)
            if (probability < CONFIDENT and text[end - 1] in _NAMING_LAST
                    and any(text[end - n:end] in WORDS_NAMING_SOMEONE
                            for n in _NAMING_LENGTHS if n < end - start)
                    and glued_left(text, start)):
                continue  # 被欺凌学生曾宁: only likely, a word's end and a role word (凌学生; not
                # 漆业主, a surname addressing someone by their role)
            if "于" in decoded:
                end = _before_a_date(text, start, end)  # 文长江|于八时五十分到会
            kin = OF_KIN.search(text, start, end + 1) if of_kin else None
            if kin is not None and kin.start() > start:
                # 王秀|梅之子, 黄建之|子: "the son of" ends a name (masked 王*梅**, publishing
                # 梅; 黄**子孙振华, the name after it was not found)
                end = kin.start()
                if end - start == 1 and after_a_sure_name and _two_before(out, start):
                    out[-1] = Candidate(out[-1].start, end, out[-1].score)
                    continue
            if end - start >= 3 and (text[end - 1:end + 1] in _REPORTING
                                     or text[end - 1:end + 1] == "开的"
                                     or text[end - 1:end + 1] in _TWO_CHARACTER_TITLES
                                     or text[end - 1:end + 1] in _MEMBERS_OF_A_CONGRESS
                                     or (text[end - 1] == "以"
                                         and _ON_GROUNDS.match(text, end) is not None)
                                     or (end - start == 3 and end < len(text)
                                         and text[end - 1] not in GIVEN_NAME_CHARS
                                         and text[start] in SINGLE_SURNAMES
                                         and not lexicon().frequency(text, start + 1, end)
                                         and _dictionary_tag(text, end - 1, end + 1) == "v"
                                         and lexicon().frequency(text, end - 1, end + 1)
                                         >= _COMMON_VERB)):
                end -= 1  # 来电人丁琳咨|询: the verb's first character is no name's, nor the
                # 开 of whose shop it is (彭琳开的饭店 was masked 彭**), nor a title's (韩雪师|傅),
                # nor a deputy's (诸葛明代|表建议), nor 以 of the grounds someone gives (请求人杨建
                # 以|错误羁押为由…: 以 was masked), nor a common verb's that no given name holds
                # (保险代理人师鹏夸|大保险责任: 夸 was masked)
            if (end - start >= 3 and text.endswith(_TITLES, start + 1, end)
                    and text[start] not in SINGLE_SURNAMES):
                continue  # 幼儿园|园长: a title and the character before it, which is no
                # surname (幼儿园园长王芳 was masked 幼儿园**王*)
            if end - start >= 4 and text.endswith(ELDERS, start + 2, end):
                end -= 2  # 邹东大姐说…: how the named is addressed (邹东大姐 was read)
            if (end - start >= 4 and text[end - 2] == text[end - 1]
                    and lexicon().tag(text[end - 2:end]) in _HOW_OFTEN_TAGS):
                end -= 2  # 隔壁的华海燕天天在楼道里…: how often the named does it (天天 was read)
            weekday = (next((w for w in WEEKDAYS if text.startswith(w, start)), "")
                       if text[start] in _WEEKDAY_FIRST else "")
            if (weekday and end - start > len(weekday) + 1
                    and text[start + len(weekday)] in COMMON_SURNAMES):
                start += len(weekday)  # 值班：周二阳杰: the day of a roster, then the name (not
                # 周一支璐, masked whole: 支 is a rare surname, 一支 a word, and 支璐 no name alone)
            if (start - 1 <= sure_before <= start
                    and text[start - 1:start + 1] in _TWO_CHARACTER_TITLES):
                continue  # 邓莹师傅开的出租车: inside the title after a name (傅开 was read;
                # and where the model read 韩雪师 too)
            if out and out[-1].end == start and end - start >= 2 and (
                    out[-1].end - out[-1].start >= 3 and text[start - 1] in _JOINING_NAMES):
                out[-1] = Candidate(out[-1].start, out[-1].end - 1, out[-1].score)
                # 刘华同|赵兰英系母子关系: what joins two names is neither's (刘华同 was read)
            if after_a_sure_name and (starts_an_act(text, start)
                                      or text[start] in _BECAUSE_OR_BEING):
                continue  # 郝帅天天在楼道里踢球, 牛奔曾因盗窃罪…, 秦丽娟大姐说…: how often or when
                # the named acted, or how they are addressed (天天 was masked, the model sure of
                # it; 曾因 and 大姐 read as names, 曾 being a surname), or what they did
                # (纳税人张凤兰少缴…: 少缴 was read as a name), or why, or what they are (李荣因新冠
                # 肺炎…: 因新冠 was read as a name)
            if text[start] == "来" and text.endswith(_SOMEONE, 0, start):
                continue  # 没人来修, 叫人来修 (the model sure of 来修): someone comes, no one named
            if text[start] == "兹" and (hereby := _HEREBY.match(text, start)) is not None:
                start = hereby.end()  # 兹证明|童雷
            if of_kin and OF_KIN.match(text, start):
                start += 2  # 之子|东门博: a span from "the son of" starts after it …
            elif of_kin and start and OF_KIN.match(text, start - 1):
                start += 1  # … as one from its 子 does (之子|钟和平)
            if start >= end:
                continue
            if latin and end - start < 2:
                continue  # HaraldZwart来: the character after the name is none
            if any(c.isdigit() for c in decoded) and (
                    text[start] not in SINGLE_SURNAMES if end - start == 1
                    else a_verb(text, start, end)):
                continue  # 银行卡6228 4828 …, 回电0571 …: a number the model read on, and a
                # character or a verb before it
            if text.endswith("家的", 0, start):
                continue  # 张秀兰家的车库门: what a household has (车 read as a surname)
            if _inside_an_idiom(text, start, end):
                continue  # 以次充好: part of a four-character idiom
            if end - start > 4 and _a_dictionary_idiom_at(text, start):
                start += 4  # 持之以恒|纠治“四风”: an idiom the model read on from (masked whole)
            if _people_served(text, start, end):
                continue  # 为师生作专题讲座: whom something is done for (师生, which jieba tags as
                # a name; 为 is a surname too)
            if (end - start >= 2 and text[start] in BEFORE_A_NOUN
                    and text[start + 1] in _PRONOUNS) or towards_this_body(text, start):
                continue  # 工作人员向其解释政策, 向本机关提出: a preposition and whom or what
                # it points to
            if ((probability < CONFIDENT or text[end:end + 1] in SINGLE_SURNAMES)
                    and text[start - 1:start] in _WHOSE and text[start:end] in _KIN_WORDS):
                continue  # 赠与其孙子: his or her kin (孙子 was read as a name, 子 masked), even
                # where the model is sure of it before the kin's name (将其孙子卢秀兰的户口…)
            if probability < CONFIDENT and text[start:end] in FAMILY:
                continue  # …去世后，兄妹几人因遗产…: siblings, only likely (妹 was masked)
            if (probability < CONFIDENT and end - start == 2
                    and text[start + 1] in _NO_GIVEN_NAME_ALONE):
                continue  # 大家都有老的一天: only likely, a surname and a function word that is
                # no given name of one character (有 was masked; 王有才 names one of two)
            if (probability < CONFIDENT and text[start:end] in _GATES and start
                    and is_cjk(text[start - 1]) and text[start - 1] not in _NOT_A_PLACE_END):
                continue  # 摊位位于菜市场东门, 请到医院南门等候: a place's gate (东门 and 南门 are
                # compound surnames too), only likely
            if (probability < CONFIDENT and end - start == 3 and does_an_act(text, start + 1)
                    and (lexicon().frequency(text, start + 1, end) or 0) >= ORDINARY):
                continue  # 就探望权达成协议: only likely, a character and a word of what someone
                # does (达成, reach, was masked; 权 is a surname too)
            if (probability < CONFIDENT and end - start == 2 and text[start - 1:start] == "其"
                    and lexicon().frequency(text, start, end)):
                continue  # 其托运的行李箱: what he or she does, a word (托运, which jieba tags as
                # a name, was masked); a name after 其 follows a kin word (其妻张伟)
            if a_date_after(text, start):
                continue  # 被告花秀英于本判决生效之日起: when, not who (even where the model is
                # sure of 于本: 被告赵磊于本判决…)
            if (probability < CONFIDENT and text[start] in _ADVERBS_AFTER_A_SUBJECT
                    and text[start - 1:start] in _CLAUSE_ENDS
                    and (lexicon().frequency(text, start + 1, start + 3) or 0) >= ORDINARY
                    and lexicon().tag(text[start + 1:start + 3]) not in NAME_TAGS):
                continue  # 出庭作证称，曾亲眼看见…: an adverb that begins a clause whose subject
                # is the last one's, before a word (曾 was masked: a surname too)
            if _a_season(text, start, end) or a_demonstrative(text, start):
                continue  # 白露节气过后, 谷雨前后种瓜点豆, 金秋十月 (白露 is a name too: 白露说…);
                # 那名男子, that man (那 is a surname too)
            if text[start] == "成" and text[start - 1:start] in _MADE_INTO:
                continue  # 被拍成微电影: what something is made into (成微 was masked at 0.62: 成
                # is a surname too)
            if (end - start == 1 and text[start] in BIDDING
                    and any(at == end and sure >= CONFIDENT for at, _, sure in spans)):
                continue  # 请帮王伟预约…: the bidding word before a name, not a surname alone
            if text.startswith(_A_DUTY, start):
                continue  # 被申请人应于本裁决书生效之日起…: shall, by (应于本 was masked at 0.61)
            if start and text[start] in _UNITS_AFTER_A_NUMBER and (
                    text[start - 1].isdigit() or text[start - 1] == "号"):
                continue  # 投入3号楼信箱: a building's, not the surname 楼
            if probability < CONFIDENT and (
                    _ADVERB_READING.match(text, start) is not None
                    or (start and end - start >= 2
                        and _ADVERB_READING.match(text, start + 1) is not None
                        and lexicon().frequency(text, start - 1, start + 1))):
                continue  # 作业人员易发生中暑, 该路段易发生…: easily, then a verb (易发生 was
                # masked; and 段易, after the word 路段 ends at the surname)
            if text[start] == "本":
                start = this_body_end(text, start)  # 本院查明: this court, then what it found
                if end - start < 2:                 # (本院查明 was masked 本***)
                    continue
            if end - start == 2 and text[start] in _NUMERALS and text[start + 1] in _MEASURES:
                continue  # 徐卫东等三名同志: a number of people (三 was read as a surname)
            if (after_a_sure_name and text[start] in _ADVERBS_AFTER_A_SUBJECT
                    and text.startswith(ADVERBIALS, start + 1)):
                continue  # 证明秦瑜曾多次到现场: what is said of the name before, not 曾*
            if probability < CONFIDENT and (inside_a_word(text, start, end) or (
                    end - start > 1 and is_cjk(text[start + 1])
                    and (text[start + 1] not in GIVEN_NAME_CHARS
                         or (end - start == 3 and _dictionary_tag(text, start + 1, end) == "v"))
                    and _ends_a_word(text, start))):
                continue  # 失物招领: only likely, and the tail of a word begun before it; 养老金
                # 本月未到账: the last character of one, and no given name after it (金本月
                # was masked; not 学生包|建设, a schoolbag, nor 买买提|·吐尔逊), or a verb
                # (扶助金申领手续: 申领 was masked)
            if probability < CONFIDENT and _a_words_tail_before_a_word(text, start, end):
                continue  # 经核|查属实: only likely, the end of a common word and a common word
            if text[end - 1] in ONLY_PLACES_END:
                continue  # 严家弄, 于谦祠, 沈家浜: what ends so is a place, however sure the model
            if end - start == 1 and _a_word_spaced_out(text, start):
                continue  # 成　员：杨楠、…: a form's heading spaced out to align, no surname
            if (end - start >= 4 and text.endswith(COMPANY_INDUSTRIES, start + 2, end)
                    and not all(c in TRANSLITERATION_CHARS for c in text[start:end - 2])):
                continue  # 钱江摩托, 顾家家居: a company's brand and its industry
            if (probability < CONFIDENT and end - start == 1 and out and out[-1].end == start
                    and out[-1].end - out[-1].start == 1 and out[-1].score > LIKELY
                    and text[start] in GIVEN_NAME_CHARS
                    and text[start] not in STOP_CHARS and text[start] not in HOUSEHOLD
                    and not text.startswith((*ADDRESSING, *_HONORIFICS), start)
                    and _dictionary_tag(text, start, start + 2)[:1] != "n"):
                out[-1] = Candidate(out[-1].start, end, out[-1].score)
                continue  # 梁|超出境后…: the given name after a surname the model is sure of
                # alone (超出 is a word, and 超 was published), not a title or another noun
                # the surname names someone by, nor a household (杨|先生, 唐|知县, 刘|家)
            if (probability < CONFIDENT and out and out[-1].end == start == sure_end
                    and out[-1].end - out[-1].start == 2 and text[start] in GIVEN_NAME_CHARS
                    and text[start] not in STOP_CHARS and start + 1 < len(text)
                    and lexicon().frequency(text, start, start + 2)
                    and text[start + 1] not in BEFORE_A_NOUN and does_an_act(text, start + 1)):
                out[-1] = Candidate(out[-1].start, start + 1, out[-1].score)
                continue  # 葛秀|英勇斗…: a given name's last character, the first of a word
                # whose second begins what the named did (英勇 and 勇斗: 英 was published; not
                # 班宇|生于1986年, a preposition before when)
            if probability < CONFIDENT:  # only likely: kept when it has a name's shape
                role = _A_ROLE.search(text, start + 1, end) if end - start >= 5 else None
                if role is not None and role.end() - role.start() >= 3:
                    start = role.end()  # 林权权利人信守诚: the name after a role word the
                    # span ran over (权权利人 was masked)
                    if start >= end:
                        continue
                if (end - start == 3 and text[start - 1:start] in _DISPOSING
                        and text[start + 1] not in GIVEN_NAME_CHARS
                        and _dictionary_tag(text, start + 1, start + 2) == "v"
                        and not all(c in TRANSLITERATION_CHARS for c in text[start:end])):
                    continue  # 协助将车停稳: what is done to the thing 将 points to (车停稳
                    # was masked; not 把拉塞尔·, a transliteration)
                disposed = next((at - 1 for at in range(start, end)
                                 if text[at - 1:at] in _DISPOSING and _a_thing(text[at])
                                 and _dictionary_tag(text, at + 1, at + 2) == "v"), None)
                if disposed is not None:
                    if disposed - start < 2:
                        continue  # 叶荣将车停在…: the same where the model read 车停 or 将车停
                        # (车 was masked)
                    end = disposed  # … and where it read 叶荣将车停: the name ends before 将
                word = _TAGGED_WORD.match(text, start)
                if word is not None and end - word.end() >= 3 and surname_of(
                        text[word.end():end]):
                    # 弘扬|徐悲鸿: a word jieba tags as a name, then a name of three the model
                    # read on to (a word of the dictionary too, as the name alone it is less
                    # likely; not 养老|金自2024年, two characters after such a word)
                    start, after_a_word = word.end(), True
                if text[end - 1] in "人者员台" and text[end:end + 1] in ("：", ":"):
                    continue  # 申领人：习建军, 交通违法曝光台：驾驶人…: a form's field or a
                    # column's heading, the one named after its colon (光台 was masked)
                if text[end - 1] == "名" and text[end:end + 1] in _NAME_GIVEN:
                    continue  # 犬名“豆豆”: the field of a name (犬名 was masked)
                if text[start] == "有" and text[start + 1:start + 2] in _NUMERALS:
                    continue  # 李荣育有一子一女: what someone has, counted (有一子 was read)
                if (end - start == 2 and text[start + 1] in _REACHING
                        and (text[end:end + 1].isdigit() or text[end:end + 1] in _NUMERALS)):
                    continue  # 跌幅高达60%, 将多达1000条: as much as a number (高达 was read)
                if text[start] in _GIVING and text[start + 1:start + 2] in _HANDED:
                    continue  # 为村民送上新春对联: what is handed to someone (送上新春 was masked)
                if text[start - 1:start] == "家" and text.startswith(HOME_PARTS, start):
                    continue  # 李娜家阳台: a part of the home (阳 was masked)
                if (end - start >= 3 and text[start] not in COMMON_SURNAMES
                        and lexicon().tag(text[start:start + 2]) == "t"
                        and (lexicon().frequency(text, start, start + 2) or 0) >= ORDINARY):
                    continue  # 秋季学期新生…: a word of time, then what it is the time of (秋季学
                    # was masked; not after a common surname: 驾驶员周一诺, 周一 being Monday)
                if (end - start == 2 and start and text[end - 1] == "金"
                        and lexicon().frequency(text, start - 1, start + 1)
                        and lexicon().tag(text[start - 1:start + 1]) in ("v", "vn")):
                    continue  # 特困供养金按月发放: the money of what is done (供养, 补助, 慰问),
                    # not a name (养金 was masked)
                if end - start == 2 and text[start] == "金" and _ends_a_word(text, start):
                    continue  # 基本养老金自2026年1月起…: a fund's name ends at 金 (金自 was read)
                if text[start] in BEFORE_A_NOUN and text[start + 1:start + 2] in LEVELS:
                    continue  # 黄玲向区慈善基金会捐赠…: to a body of the district (向区慈 was
                    # read as a name: 向 is a surname, and 区 was masked)
                if text.endswith(_BEFORE_A_VERB, 0, start):
                    continue  # 用电户梁鑫私自绕越计量装置: what is done without leave (绕越 was
                    # read as a name, 越 masked)
                if end - start >= 4 and _ends_in_a_verb(text, start, end):
                    end -= 2  # 在萨格勒布成长, 物管处保守统计: not what is done
                elif (end - start == 4 and text[start] in SINGLE_SURNAMES
                      and text[start:start + 2] not in COMPOUND_SURNAMES
                      and not (text[end - 2] in TRANSLITERATION_CHARS
                               and text[end - 1] in TRANSLITERATION_CHARS)
                      and not lexicon().frequency(text, start, end)
                      and lexicon().tag(text[start:start + 3]) in NAME_TAGS):
                    end -= 1  # 习近平|新时代, 范冰冰|素颜: a name of the dictionary and what
                    # follows it (not 范博梅尔, whose end is a transliteration's, nor 阿拉法特,
                    # a name of four the dictionary holds)
                if (start == sure_end and end - start == 1 and probability >= THIRD_CHARACTER
                        and is_cjk_name(text[start]) and _may_be_a_third(text[start])
                        and text[start] not in PERSONAL_PRONOUNS  # (刘军|他爸: his dad)
                        and text[start] not in _MASK_AFTER
                        and not text.startswith(SQUAD_LEADERS, start)  # (王伟|中队长)
                        and not _HOUSEHOLDS_COUNTED.match(text, start)  # (华敏|家等5户)
                        and not (out and acts_after_a_name(text, out[-1].start, end))
                        and not _all_of_those_joined(text, out, start)
                        and ((_two_before(out, start)
                              and _word_after_a_name(text, start) < _RARE_STRADDLING)
                             or (_compound_and_one_before(text, out, start)
                                 and not text.startswith(_EVIDENCE_WORDS, start)
                                 and _word_from(text, start, tagged=("v", "d"))
                                 < _RARE_STRADDLING))):
                    # 罗红|旗: the third character of a name the model is sure of the first
                    # two of (masked 罗*旗, the given name was half published); not one that
                    # begins a word (吕强|私拆) or is a verb or a preposition (陈洋|绕路,
                    # 王健|走失); after a compound surname and one character, the given name's
                    # second though it begins a word (司马霞|静态度: masked 司马*静), unless
                    # that word says a name ended (夏侯X|名下, 欧阳X|先生) or is what is
                    # done (司马磊|索要红包), nor what is said of the name (车成|正在三楼作业,
                    # 郭琳|户选择…)
                    out[-1] = Candidate(out[-1].start, end, out[-1].score)
                    continue
                if start == sure_end and text.startswith(_HONORIFICS_AFTER_A_NAME, start):
                    continue  # 罗芳牧师表示, 田芳阿訇…: a title right after a name the model is
                    # sure of (牧 and 阿 were masked: 牧 is a surname too)
                if start == sure_end and text[start] not in SINGLE_SURNAMES and (
                        lexicon().frequency(text, start, end) or _word_from(text, start)
                        or text[start] in _LINKING or going_to_a_place(text, start)):
                    continue  # 胡杨出面, 庄辉绕路多收费: the word right after a name the model
                    # is sure of, or what starts with one, or a word that links the name to
                    # what is said of it (李伟因新冠肺炎确诊: 因新 was read as a name), or
                    # going to a place (李荣赴港后: 港 was masked)
                if (start == sure_end and text[start] in _NEGATIONS and out
                        and out[-1].end - out[-1].start >= 2):
                    continue  # 刘雷不听劝阻: what the named did not do, after a whole name (不 is a
                    # surname too, and 不听 was masked)
                if text.endswith(_ENGAGED_IN, 0, start):
                    continue  # 从事托育服务工作: the line of work someone is in (托 is a surname)
                if text[start] == "自" and text[start + 1:start + 2] in _NOW_OR_NEXT:
                    continue  # 自本公告发出之日起: from this notice (自 is a surname too)
                if text.startswith(_ERAS, end):
                    continue  # 于明洪武年间: a reign's years, not a name (明洪武 was masked)
                if (end - start == 1 and text[start - 1:start] in _CLAUSE_ENDS
                        and _a_common_adverb(text[start])):
                    continue  # 家贫，常借书于邻人: an adverb (often) at a clause's start, no
                    # surname alone
                if (end - start == 2 and text[start - 1:start] in _DISPOSING
                        and _dictionary_tag(text, end, end + 2) == "n"
                        and (lexicon().frequency(text, end, end + 2) or 0) >= _COMMON_NOUN
                        and not _naming_word_at(text, end)):
                    continue  # 将厨余垃圾混入…: what is said of the thing disposed of, not whose
                    # (余 was masked; not 将张伟家属送回, a word naming someone)
                if end - start == 2 and text[end:end + 1] in _CLAUSE_ENDS and _done_by_a_role(
                        text, start):
                    continue  # 被工作人员劝离。: what someone a role word names did, at the
                    # clause's end (劝 is a surname too, and 劝离 was masked)
                if (end - start == 2 and text[start] in _DEGREES
                        and (end == len(text) or text[end] in _CLAUSE_ENDS or text[end] in "了啦")):
                    continue  # 伙食太咸，: too salty, at the clause's end (太 is a surname too, and
                    # 咸 was masked)
                if (start == sure_end and text[start] in BEFORE_A_NOUN and end - start in (2, 3)
                        and _a_word_across(text, start + 1, end)):
                    continue  # 劝阻陈瑜向陌生账户汇款, 受害人冯雷向妇联求助: a preposition after a
                    # name the model is sure of, before a word (陌生 and 妇 were masked)
                if start == sure_end and starts_an_act(text, start):
                    continue  # 喻文|和同事们加班加点: what the named does, right after a name the
                    # model is sure of (和 was read as a surname and masked)
                if start == sure_end and _inside_an_act(text, start):
                    continue  # 冯云查|阅其父亲的档案: inside what the named does, whose first
                    # character the model read as the name's (查 was cut off it, 阅其 masked)
                if text[start:end] in WEEKDAYS:
                    continue  # 值班：周一孙涛，周二赖霞: a day of the roster, only likely a name
                if (start - 2 == sure_end and (text[sure_end:start] in _ADDRESSED_AFTER_A_NAME
                                               or text[sure_end:start] in _MEMBERS_OF_A_CONGRESS)
                        and _a_word_but_a_name(text[start:start + 2])
                        and text[start:start + 2] not in COMPOUND_SURNAMES):
                    continue  # 给予陈桂兰同志记功奖励, 陈华委员领衔提出: a word said of the one
                    # addressed (记功, a merit recorded, and 领衔 were read; not 倩倩小姐胡小亭, a
                    # list of names, nor one going on with a compound surname: 先生端木…)
                because = (text[start] == "因"
                           and text[start + 1:start + 2] not in TRANSLITERATION_CHARS)
                if (because or text.startswith(_AFTERWARDS, start)) and _at_a_clause_start(
                        text, start):
                    continue  # …发生口角，后经民警调解, ，因建房需要…: afterwards or because, at a
                    # clause's start (后经民 and 因建房 were read as names: 后 and 因 are surnames;
                    # not 因斯, Ince)
                if text[start] == "来" and start == sure_end:
                    continue  # 王伟来我局反映: coming, not the surname 来
                if text[start] in _MEASURES and _after_a_number(text, start):
                    continue  # 拖延8天仍未处理: 天 counts the days, it begins no name
                if _a_number_written(text, start, end) or _counted(text, start):
                    continue  # 以十秒二一的成绩夺冠: a number in words (二一 was masked); 处理十吨
                    # 鲜叶: what is counted by its measure (鲜 is a surname too)
                if end - start >= 3 and text[end - 2] in _NUMERALS and text[end - 1] in _MEASURES:
                    end -= 2  # 常爱国、和林二人在…: how many the names before it are (二人 was
                    # masked)
                if text[start] == "老" and start and text[start - 1] in SINGLE_SURNAMES:
                    continue  # 林老百年: 老 addresses an elder by the surname before it
                if _doubled_word(text, start):
                    continue  # 退款迟迟未到账: an adverb that doubles a surname (迟) is no one
                if short and not text.startswith(_TITLES, end):
                    continue  # a cell's likely name needs a title after it (谢名优先生, 蒙教授)
                named_start = _name_start(text, start, end, sure_name_before)
                if (named_start is not None and named_start == sure_name_before[0] < start
                        and end - named_start - len(surname_of(text[named_start:end])) > 2
                        and probability < AFTER_A_SURE_NAME_EVIDENCE):
                    continue  # 曹利私拉电线: no given name of three goes on from the name the
                    # model is sure of (私拉 was masked, its surname taken for theirs; not 张博抱着
                    # 大郅, 0.35 likely: a nickname after a name)
                # a nickname when no surname starts the span, or the one that does ends a
                # word (感谢兔兔: 谢 is 感谢's)
                nickname = _nickname(text, start, end) if named_start is None or glued_left(
                    text, named_start, LIKELY_GLUED_LEFT) else None
                if nickname is not None:
                    start, end = nickname  # 胖胖, 超超: a nickname's shape, no surname
                elif named_start is None and (probability < NAME_START_EVIDENCE
                                              or text[end - 1] in STOP_CHARS
                                              or text[start] in _DUTY
                                              or (text[start] in _ADVERBS_AFTER_A_SUBJECT
                                                  and not (text[start] in SINGLE_SURNAMES
                                                           and text[start + 1:start + 2]
                                                           in GIVEN_NAME_CHARS))
                                              or _predicate(text, start, end)
                                              or (end - start >= 4
                                                  and a_verb(text, start, start + 2))):
                    continue  # 数据集为, 须提交: no surname, and a particle at an end; 遛狗致人:
                    # no surname, and a verb that begins what is done; 工作人员已约谈…: no
                    # surname, and an adverb of a subject (已约 was masked; not 都 or 曾, surnames
                    # too, before a given name's character: 待都梓涵补充材料)
                elif (end - start == 2 and text[start] != text[start + 1]
                      and start not in named_ends and a_verb(text, start, end)):
                    continue  # 首次申领, 工作人员回电: a verb of the dictionary, not 申* or 回*
                    # (解解 is a nickname; 方力钧、展望、张晓刚 a list of names)
                elif (end - start >= 4 and probability < WORDS_EVIDENCE
                      and text[start:start + 2] not in COMPOUND_SURNAMES
                      and _made_of_words(text, start, end)):
                    continue  # 高龄津贴: words of the dictionary, none a name or a place (苏丹
                    # 上门), not after a compound surname (东方天佑)
                elif end - start >= 4 and text[end - 2:end] in _PLACE_NAME_ENDS:
                    continue  # 钱江新城, 西溪湿地: a place's name of four or more
                elif probability < NAME_START_EVIDENCE:
                    if (named_start < start and is_cjk_name(text[named_start:end])
                            and end - named_start - len(surname_of(text[named_start:end])) > 2):
                        # no given name of three or more goes on from the surname before a span
                        # barely likely (剩余|卡内余额: 余卡内余额 was masked), but its last two
                        # may be one, alone (《骆驼祥子》: 祥子)
                        if lexicon().frequency(text, end - 2, end) or not all(
                                c in GIVEN_NAME_CHARS for c in text[end - 2:end]):
                            continue
                        start = end - 2
                    else:
                        start = named_start
                if (end - start >= 3 and a_verb(text, end - 2, end)
                        and any(s == end and p >= CONFIDENT for s, _, p in spans)):
                    continue  # 经查疑似王璐: a verb whose object is the name the model is sure
                    # of right after it (疑似 was masked, 查 read as a surname)
                if (end - start == 2 and glued_left(text, start)
                        and any(s == end and p >= CONFIDENT for s, _, p in spans)):
                    continue  # 上门陪罗桂珍: two characters, the first a word's end, before the
                    # name the model is sure of (门陪 was masked: 门 is a surname too)
                listed = start in named_ends  # 记者戴鹏、江山: the next name of a list
                if not listed and (
                        (_starts_with_a_word(text, start, end)
                         and not _a_typical_name_of_three(text, start, end, probability))
                        # a single likely character that ends a word is that word's (邻居)
                        or (glued_left(text, start, LIKELY_GLUED_LEFT if end - start > 1
                                       or _addressed_surname(text, start, end) else GLUED_LEFT)
                            and not _word_ends_at(text, start))
                        or (begins_a_word(text, start, end)
                            and not (end - start == 1 and text.startswith(ADDRESSING, end)))
                        or text.startswith(_NO_NAME_STARTS, start)
                        or _tagged_word_in(text, start, end, probability)
                        or _a_word_before_a_role(text, start)
                        or _ends_a_role(text, start)
                        or ((text[start] in BEFORE_A_NOUN
                             or text[start + 1:start + 2] in _NOW_OR_NEXT)
                            and _a_time_after(text, start))
                        or (end - start in (2, 3) and text[start + 1] in _LOCATIVES
                            and glued_left(text, start))
                        or (end - start == 2 and text[start + 1] == "里"
                            and text[start] not in TRANSLITERATION_CHARS)
                        or (end - start in (2, 3) and text[start + 1] == "内"
                            and text[start] not in TRANSLITERATION_CHARS)
                        or (end - start == 3 and text[end - 1] in _LOCATIVES
                            and _a_common_noun_word(text, start, end - 1))
                        or _a_noun_across_the_end(text, start, end)
                        or _a_word_before_a_noun(text, start, end, probability)
                        or _a_family_place(text, start)
                        or _how_a_policy_is_carried_out(text, start, end)
                        or _listed_with_things(text, start, end)
                        or _a_verb_and_a_word_begun(text, start, end)
                        or _a_function_word_given(text, start, end)):
                    continue  # 基本养老保险, 不代表官方发布, 书香门第, 来电人表示, 早高峰 (江主席
                    # is a word, but names 江), 原法定代表人 (former: a role word after it),
                    # 乙方须 (the end of a role word), 在行程中, 一周内修好, 包内有现金 (where or
                    # when: 程中, 周内修 and 包内有 were read)
                if (end - start == 3 and text[end - 1] == "家" and text[end:end + 1] == "的"
                        and text[start] in SINGLE_SURNAMES):
                    end -= 1  # 高欢家的鱼塘: the household's, not a name's third character (家
                    # was masked)
                if end - start >= 3 and going_to_a_place(text, end - 1):
                    end -= 1  # 李杨|入院后…: going into a place, not a place's name (李杨入院
                    # was read as one, and the name was published)
                if text[end - 1] in _PLACE_ENDS or (
                        names_a_thing(text, end) and not text.startswith(_TITLES, end)
                        and not (text[end:end + 1] == "家"  # (杨红梅家院子里…: a household's)
                                 and text.startswith(HOME_PARTS, end + 1))
                        and not (end - start > 2 and (text[end - 1] in PREPOSITIONS_TO
                                                      or starts_an_act(text, end - 1)))):
                    continue  # 闻涛苑, 秋涛路, 濮家新村, 景芳三区: a place's name (not 陈希同市长,
                    # nor 黄亮向|区信访局反映: a name the model read on to a preposition, which
                    # no place's name holds, and what follows it is judged after the name below;
                    # nor 冯刚荣|获省劳动模范称号, read on to what the named did: 获省 is no
                    # province)
                if (end - start >= 3 and text[end - 1] == "书"
                        and lexicon().tag(text[end - 3:end - 1]) in _DOCUMENT_TAGS):
                    continue  # 告知书: a document
            if start is None or start >= end:
                continue
            if end - start > 2 and text[end - 1] in STOP_CHARS:
                end = self._particle_trimmed(text, start, end)
            end = next((at for at in range(start + 1, end) if text[at] in PERSONAL_PRONOUNS
                        or (text[at] == "系" and at > start + 1)), end)
            # (师杰他爸昨天…: the model read on into his dad, 他 and 爸 were masked; 冯雷系初犯:
            # the verb of being and what the named is)
            idiom = next((at for at in (start + 1, start + 2, start + 3)
                          if at < end - 1 and _an_idiom_at(text, at)
                          and (at > start + 1 or probability < CONFIDENT)), None)
            if idiom is not None:
                end = idiom  # 与蒋玉交头接耳: an idiom of what the named does, the model sure
                # of all six characters, or of its first two (交头接耳 or 交头 was masked), or one
                # after a single character only likely (看望因|见义勇为受伤的…: 因见义勇 was read)
                if (probability < CONFIDENT and end - start == 2
                        and (text[start] in _ADVERBS_AFTER_A_SUBJECT or text[start] == "特")
                        and text[start + 1] in _POINTING):
                    continue  # 特向拾金不昧的…提出表扬: only likely, an adverb and a preposition
                    # before an idiom (特向, to whom specially, was masked: 特 and 向 are
                    # surnames too)
            elif end - start > 4 and probability < CONFIDENT:
                given = start + max(1, len(surname_of(text[start:end])))
                end = next((at for at in (given + 1, given + 2)
                            if at < end - 2 and starts_an_act(text, at)), end)  # 原想家孩子出生
                # 后…: a likely span longer than a name, over what the named's household did
                # (令狐秋月多收霍欢停车费: after a compound surname's given name too)
            if (end - start > 3 and text.startswith(_ACTS_WITH_A_CHARACTER, end - 2)
                    and acts_after_a_name(text, start, end - 1)):
                end -= 2  # 明卫东遛狗, 和鹏借阅, 师波因病: the whole of what the named does, or
                # why (遛狗, 借阅 and 因病 were masked)
            elif (end - start > 2 and acts_after_a_name(text, start, end)
                    and not (_a_word_but_a_name(text[start:end - 1])
                             and (lexicon().frequency(text, start, end - 1) or 0) >= RARE_WORD)):
                end -= 1  # 韩刚系被收养人, 郭琳笑着说, 田伟随母亲: what the named does, though
                # the model is sure of it as a third character (masked 韩**, the verb masked);
                # not where the name left is a word but a name's (安静可在…: 安静 would be none;
                # jieba tags it as a name, as it does 萧红 of 萧红家被评为…), unless a rare one
                # (高军家饲养的生猪: 高军, a rare noun, and 家 was masked)
            elif (end - start == 4 and (probability >= CONFIDENT
                                        or text[start + 1] not in FUNCTION_SURNAMES)
                    and text[start:start + 2] not in COMPOUND_SURNAMES
                    and text[start] in SINGLE_SURNAMES and _a_word_done_after(text, end - 2, end)
                    and text[end - 2] not in GIVEN_NAME_CHARS
                    and not all(c in TRANSLITERATION_CHARS for c in text[start:end])):
                end -= 2  # 上门陪顾凯|聊天: a name of two the model is sure of and a common
                # word after it that begins with no given name's character (聊天 was masked; a
                # name of four with a single surname is rare; not 李建|华为…, a name of three
                # and a character after it; nor where only likely: 考官和|爱国 holds a name of
                # three whatever it starts at)
            end = before_a_number_in_words(  # 陈丽娟|二〇二六年…出生, 罗秀|荣|二〇…: the end of
                text, start, end, 1 if after_a_sure_name else 2)  # a name the model split
            if (end - start == 1 and probability >= CONFIDENT and text[start] in SINGLE_SURNAMES
                    and _a_given_word_ending_a_name(text, end)):
                end += 2  # 程|建设因装修噪音…: a surname the model is sure of alone, and the word
                # of a given name after it (程, a word, was dropped and 建设 published)
            span = text[start:end]
            if probability < CONFIDENT and end - start > 2:
                naming = next((n for n in (3, 2) if span[-n:] in _UNADDRESSED), 0)
                if naming and (end - start - naming < 2 or text[end - naming - 1] in _LOCATIVES):
                    continue  # 民宿业主, 跟朋友一起: a likely span ending in a word naming
                    # someone, a character before it (宿, 跟) being no name, nor a place's
                    # word (族内长辈: within the clan)
                if naming:
                    end -= naming  # 子女单鹏为|父亲杨芳: a name before it, the word cut off
                    span = text[start:end]
            if ((text[end:end + 1] in _MASK_AFTER and (end - start <= 2
                                                        or text[end] not in _CIRCLES))
                    or (_MASK_LETTERS_AFTER.match(text, end) and (
                        end - start == 1 or span in COMPOUND_SURNAMES))):
                continue  # the surname of 欧阳某某 or 张XX: already anonymised (not
                # 记者朱宇琛○编辑, nor 张伟 of 张伟X光片)
            # What follows: an organisation's or a place's word (卓X机械有限公司, 白X体育中心). A
            # span Viterbi decoded is judged on the words right after it only: the model has
            # read the sentence, and 刘明康介绍我国银行 names a person before a bank.
            if (not is_cjk_name(span) or span[0] in _NEVER_FIRST or _HIS_KIN.search(span)
                    or (span[0] == "其" and probability < CONFIDENT
                        and (text[start - 1:start] in _CLAUSE_ENDS  # ，其正准备: he, his
                             or text.startswith(_IN_ONES_NAME, start + 1)))  # 将其名下: his
                    or (_word_without_evidence(span, probability,
                                               not text[end:end + 1].isascii()
                                               and text[start - 1:start] not in FIELD_MARKS)
                        and not (
                        probability < CONFIDENT and (listed or after_a_word))
                        and nickname is None
                        and not _addressed_surname(text, start, end))
                    or followed_by_a_thing(text, end, near=probability < CONFIDENT
                                           or text[start - 1:start] == "在")
                    or a_brand(text, end)
                    or (probability < CONFIDENT and _a_noun_owned(text, start, end))
                    or (probability < CONFIDENT and _common_words_in_a_name(text, start, end))
                    or (probability < CONFIDENT and end - start == 3
                        and span[1:] in _TWO_CHARACTER_ACTS)  # 失业金申领: 金 and applying
                    or (end - start == 3 and span[1:] in _TOO_MUCH)  # 物业管理费太高
                    or (probability < CONFIDENT and span in _STILL_LEFT)  # 预付卡尚余…元
                    or (probability < CONFIDENT and span[-1] in _ANIMALS)  # 饲养的泰迪犬
                    or (probability < CONFIDENT and span[-2:] in _KINDS_OF_RECORD)  # 调解笔录
                    or (probability < CONFIDENT  # (剩余卡内余额1,150元)
                        and _a_surname_and_a_common_noun(text, start, end))
                    or (probability < CONFIDENT and _a_side_or_a_fee(span))
                    or (end - start >= 3 and span[-1] == _FEE)  # 以“加钟费”名义: sure of a fee
                    or (probability < CONFIDENT and (span[-1] == _STAFF_END  # 巡库员陈瑜报告…
                                                     or _before_a_staff_words_end(text, end)))
                    or (probability < CONFIDENT and end - start == 2 and span[1] == _ITS
                        and text[end:end + 1] in _LINKING)  # 时段|其与邻居被困…
                    or (span[0] in _MEASURES and span[1:2] in _WITHIN and _after_a_number(
                        text, start))  # 骑手辛秀荣一|周内3次…: however sure, a time counted
                    or (text[end:end + 1] in FIELD_MARKS
                        and (_a_words_end_before_a_colon(text, start, end)
                             or (probability < CONFIDENT_WORD
                                 and _a_fields_label(text, start, end))))
                    or (probability < _BARELY and _a_word_and_a_verb_done(text, start, end))
                    or (probability < _BARELY_A_WORDS_END
                        and _a_words_end_and_a_word(text, start, end))):
                continue
            start, end = _surname_alone(text, start, end, probability)
            if start >= end:
                continue
            if probability < CONFIDENT and _a_thing_among_things(text, start, end):
                continue  # 土豆片、宽粉、金针菇, 西红柿、黄|瓜: only likely, and listed with
                # things or inside one
            span = text[start:end]
            if end - start == 1 and _a_family_place(text, start):
                continue  # 刘家湾社区开展了活动: a village named after a family (刘 was masked,
                # the model sure of it as the surname alone)
            if end - start == 1 and probability < CONFIDENT and (
                    span not in SINGLE_SURNAMES or text.startswith(_HONORIFICS, end)
                    or _ends_a_common_word(text, start)
                    or (after_a_sure_name and (span in _NO_NAME_ALONE_AFTER_A_NAME
                                               or span in _NEVER_LAST))
                    or (text[start - 1:start] in _PARTICLES and _a_common_noun(span))
                    or (span in BEFORE_A_NOUN and any(
                        s == end and p >= CONFIDENT for s, _, p in spans))):
                # one character only likely: a surname (张的丈夫), not 类 in A类, nor a thing
                # someone has (你欠的钱什么时候还: 钱 was masked); before an honorific, the
                # rules' (李先生, privacy.recognizers.person_zh), nor after an aspect's particle
                # (你向他借过钱？答：…); 于, 时 or 向 after a name the
                # model is sure of (请沈娟于收到…, 见到李建时, 劝阻梁鑫向…: masked; not 和,
                # which ends names: 边春和), as is a character that ends no name (_NEVER_LAST:
                # 通知刘芳后，…), or a preposition before one (督促用人单位向杨秀珍支付: 向
                # was masked), nor the end of a common word (陈丽娟缴费满15年: 费 was masked)
                continue
            if (((end - start == 1 and span in SINGLE_SURNAMES) or span in COMPOUND_SURNAMES)
                    and text[start - 1:start] not in _OLD_YOUNG):  # 小宋|不幸: he is 小宋
                end = _given_word_after(text, end)  # (司徒|建国: masked **建国)
                if end - start == len(span) and (len(span) == 2 or not any(
                        s == end for s, _, _ in spans)):  # (东门|明于, 江|超出村时…; not where
                    # the model reads on from the given name: 王|杨于昨日, 杨于 is its)
                    end = _given_character_after(text, end, len(span) == 2)
            elif (end - start == 2 and probability >= CONFIDENT and span[0] in SINGLE_SURNAMES
                  and span not in COMPOUND_SURNAMES):
                # (only where the model is sure: its likely spans of two are as often cut from
                # other words, 任西|南, 张信|用卡)
                end = _given_word_ending(text, end)
            elif (end - start == 2 and span[0] in SINGLE_SURNAMES
                  and span not in COMPOUND_SURNAMES and _a_given_word_ending_a_name(text, end - 1)):
                end += 1  # 明建|设在景区文物上刻字: a likely span of two, the given name's word
                # going on to where a name ends (设 was published)
            if probability >= CONFIDENT and _towards_a_surname(text, start, end):
                end = _name_after_towards(text, start, end)
            if terms and any(a <= start < b for a, b in terms):
                continue  # 古树认养人: widened back into a term (古树认 was read)
            if (probability >= CONFIDENT and end - start == 2 and out and out[-1].end == start
                    and out[-1].end - out[-1].start == 1 and text[start - 1] in SINGLE_SURNAMES
                    and text[start] not in COMMON_SURNAMES and text[end - 1] != "家"
                    and not acts_after_a_name(text, start - 1, end)):
                out[-1] = Candidate(out[-1].start, end, score(probability))
                continue  # 感谢谢|玉梅对…: the given name the model is sure of after a surname
                # it read alone (masked apart, 玉 was kept as a surname and published); not
                # what the named does or their household (新生儿师|磊随母亲…, 师|鹏家被评为…)
            if (probability >= CONFIDENT and end - start == 2 and start >= 3
                    and text[start - 1] == text[start - 2] and text[start - 1] in SINGLE_SURNAMES
                    and (not out or out[-1].end < start)
                    and lexicon().frequency(text, start - 3, start - 1)):
                start -= 1  # 带队老师师|桂芳负责: a doubled character after a word it ends
                # begins the name the model is sure of after it (师 was published)
            if (probability >= CONFIDENT and end - start == 2 and start
                    and (start == 1 or text[start - 2] in _CLAUSE_ENDS)
                    and text[start - 1] in SINGLE_SURNAMES and text[start - 1] not in BEFORE_A_NOUN
                    and (not out or out[-1].end < start)
                    and not lexicon().frequency(text, start - 1, start + 1)):
                start -= 1  # 时|金凤、梁伟两位同学…: a surname alone at a clause's start, before
                # a name the model is sure of, is that name's (时 was published)
            out.append(Candidate(start, end, score(probability)))
            if probability >= CONFIDENT and text[end:end + 1] == "、":
                named_ends.add(end + 1)
        return merge([], out)  # a widened span may now overlap its neighbour

    def _particle_trimmed(self, text: str, start: int, end: int) -> int:
        """The end of a span of three or more characters without the particles it ends in (李俊
        在2023年: a name does not end in a particle), unless the model is all but sure of a
        particle as a name's (张立和，男; 闫大为称; 纳斯里: the model read the whole name, and
        a reader would see 和, 为, 里 of a name masked without them)."""
        probabilities = self.model.probabilities(text)
        while (end - start > 2 and text[end - 1] in STOP_CHARS
               and probabilities[end - 1] < PARTICLE_IN_A_NAME
               and not (text[end - 1] in _DAYS and text[end - 2] not in _NUMERALS)):
            end -= 1
        return end

    @staticmethod
    def vetoes(text: str, spans: list[tuple[int, int, float]], candidate: Candidate,
               evident: bool, vouched: bool = False) -> bool:
        """Whether the model rules out a name the rules found (spans: its raw spans).

        A name with evidence around it (evident: 原告邴来信, a role word before) stands, as the
        model has too little context in a short cell to overrule a role word on its own, unless
        its surname is also a function or place word (申请人须提供, 联系人和平路). Those, and
        names without evidence (the rules' guesses in a cell), need SHAPE_EVIDENCE from the
        model: 闲林余杭塘路 has no 林余 in it. After a role word a place word that begins no
        dictionary word there stands (房东花利, 户主华建国, where the model finds no one). After
        a role word a function word (须, 于) needs the model's own decision (CONFIDENT) where it
        reads as words: the model has learnt that role words are followed by names, and
        申请人须提交 (a verb after 须) or 联系人和平路 (和平) are likely to it; where neither
        the surname begins a word nor the given name a verb (驾驶员成丹绕路, 驾驶员应建国),
        SHAPE_EVIDENCE, unless the surname is no preposition (BEFORE_A_NOUN), no word starts
        at it, none but a rare one at the given name, and none ends in it from the left
        (网约车司机广磊中途, 其母亲全杨住院, 其妻子信玲到; not 博士后导师); so does a compound
        surname that is no common word, before any given name (其祖父南宫胜利; not 东方). A
        name with evidence after it too (vouched: a title, an ID or a contact number right
        after it, or what is held in its name) stands whatever the model says: 白雪女士,
        家属于磊电话1339…. No word before a role word is a name (原法定代表人: former), and
        a place's name of the dictionary read whole before what a subject does needs
        PLACE_READ_AS_A_NAME from the model wherever no word naming someone or kin is before
        it (据调查，杭州存在…).
        """
        if ((candidate.end < len(text)
             and text[candidate.start:candidate.end + 1] in WORDS_TAGGED_AS_NAMES)
                or text.startswith(_NOTICE, candidate.start)):
            return True  # 申请人许可证编号: 许可 is cut out of a word; 申请人须知：… (not a
            # name that ends the text, 申请人：高峰, which is no longer word cut short)
        if _a_word_before_a_role(text, candidate.start):
            return True  # 当事人原承租人, 申请人原负责人: 原 (former) before a role word
        if _a_season(text, candidate.start, candidate.end):
            return True  # 白露节气过后: a season
        if a_demonstrative(text, candidate.start):
            return True  # 其母亲那名男子: that (one), not 那 the surname
        if a_date_after(text, candidate.start):
            return True  # 请当事人于收到本通知之日起…: when, not who (于收 was read)
        span = text[candidate.start:candidate.end]
        if (lexicon().tag(span) == "ns" and _DONE_AT.match(text, candidate.end) is not None
                and not text.startswith(HELD_FOR, candidate.end)
                and not _role_word_ending_at(text, candidate.start)
                and not text.endswith(_CUE_WORDS, 0, candidate.start)
                and _support(spans, candidate) < PLACE_READ_AS_A_NAME):
            return True  # 据调查，杭州存在多处违规建筑: a place's name, whole, before what a
            # subject does, and no role or kin word before it (江山被困电梯, 0.07, stands; 与同事
            # 广林合力…: a colleague), not before a call or what is held in a name (王国咨询…,
            # 补贴已转入华东名下: those vouch for it)
        if (text[candidate.end:candidate.end + 1] == _AND_OTHERS and lexicon().tag(span) == "ns"
                and not _COUNTED.match(text, candidate.end + 1)
                and _support(spans, candidate) < PLACE_READ_AS_A_NAME):
            return True  # 金华、东阳等村民: places, whose people are named after them (not 广涛等
            # 村民, nor 退出广林等3户: households counted)
        if span in _STATEMENTS and not text.startswith(_ADDRESSED_AFTER, candidate.end):
            return True  # 当事人陈述：…, 申请人陈述、申辩: what a party states, not who (not
            # 陈述先生)
        if (evident and vouched) or text.startswith(HELD_FOR, candidate.end):
            return False  # 白雪女士, 家属于磊电话…, 转入向俊名下: evidence after the name too
        if (evident and len(span) == 2 and span[0] == span[1]
                and text[candidate.end:candidate.end + 1] in _CLAUSE_OR_TEXT_ENDS):
            return False  # 负责人明明，: a doubled adverb (obviously) ends no clause, a name does
        word = span in WORDS_TAGGED_AS_NAMES  # 联系人：许可
        surname = text[candidate.start]
        if evident and _ADVERB_READING.match(text, candidate.start) is not None:
            return _support(spans, candidate) < CONFIDENT  # 申请人方可办理, 作业人员易发生中暑:
            # only then, easily (方可 and 易 before a verb), unless the model is sure
        if (evident and word and surname not in AMBIGUOUS_SURNAMES and written_as_a_name(span)
                and text[candidate.start - 1:candidate.start] not in LIST_GLUE
                and not begins_a_word(text, candidate.start, candidate.end)):
            return False  # 驾驶员高峰绕路, 申请人陆军，: a word jieba tags as a name that is
            # written as one is one after a role word (not 驾驶员高峰期间, 申请人许可证, nor
            # where a list may go on: 申请人高峰，高峰时段)
        if evident and not word and (surname not in AMBIGUOUS_SURNAMES or _rare_compound(span) or (
                len(span) > 2 and lexicon().tag(span) in NAME_TAGS
                and not (surname in BEFORE_A_NOUN and _a_time_after(text, candidate.start)))
                or _surname_reads_as_none(text, candidate.start, surname)):
            return False  # (帮扶对象：华国锋: a surname that is a word too, in a known name;
            # not 驾驶员须知, a notice jieba tags as a name, nor 请市民于本周五前: at this week)
        given = span[len(surname_of(span)):]
        if (evident and len(given) == 2 and given not in WORDS_TAGGED_AS_NAMES
                and lexicon().tag(given) in NAME_TAGS
                and not followed_by_a_thing(text, candidate.end)):
            return False  # 及其妻子金|海燕到, 及其妻子向|卫东: a given name jieba knows as a
            # name's after a role word, whatever the surname is besides (金海 is a word); not
            # an organisation's name (教授和乔治城大学)
        if (evident and len(given) == 2 and surname in CONJUNCTION_SURNAMES
                and lexicon().tag(given) in _ADJECTIVE_TAGS
                and not followed_by_a_thing(text, candidate.end)
                and not right_crossing(text, candidate.end - 2, candidate.end)):
            return False  # 患者和平安在手术后, 村民和顺利: "and" joins no adjective to a role
            # word, the name does (not 保障居民和平安全: 安全 crosses its end)
        if (evident and len(given) == 2 and surname in CONJUNCTION_SURNAMES
                and a_rare_noun(given)
                and given not in SOMEONE_WORDS
                and text[candidate.end:candidate.end + 1] in _AFTER_A_SUBJECT
                and not followed_by_a_thing(text, candidate.end)
                and not right_crossing(text, candidate.end - 2, candidate.end)):
            return False  # 骑手和春风所在的配送站: nor to a rare noun a given name may be (a spring
            # breeze) before where or whose, but one naming someone (业主和物业在协商, 房东和
            # 租户) or what is done (把名字和定位做到了…)
        if (evident and len(given) == 2 and surname in AMBIGUOUS_SURNAMES
                and lexicon().tag(given) in _ROLE_NAMED_WORD_TAGS
                and given not in SOMEONE_WORDS
                and (text.startswith(_GOING_ON_AFTER_A_SUBJECT, candidate.end)
                     or text.startswith(DONE_IN_A_ROLE, candidate.end)
                     or text[candidate.end:candidate.end + 1] in _TOWARDS_AFTER_A_SUBJECT
                     or text.startswith(ADVERBIALS, candidate.end)
                     or WITHIN_A_TIME.match(text, candidate.end) is not None
                     or _another_in_a_role_listed(text, candidate.start, candidate.end)
                     or does_an_act(text, candidate.end)
                     or (a_verb_at(text, candidate.end)
                         and not text.endswith(_WORDS_FOR_A_NAME, 0, candidate.start))
                     or acts_right_after(text, candidate.end)
                     or _word_from(text, candidate.end, tagged=("t",)) > 0
                     or ((text[candidate.end:candidate.end + 1] in _CLAUSE_OR_TEXT_ENDS
                          or text[candidate.end:candidate.end + 1].isspace())
                         and (lexicon().frequency(given) or 0) >= RARE_WORD
                         and not lexicon().frequency(span)))
                and not followed_by_a_thing(text, candidate.end)
                and not right_crossing(text, candidate.end - 2, candidate.end)):
            return False  # 失主时平安已领回, 网吧经营者成和平仍允许…: a word a given name may be
            # (平安, 和平) between a role word and how its subject goes on (已, 仍), what it
            # does (志愿者能红旗负责引导观众…, 护士长时爱国组织家属…, 调查员信文明编造…: a verb
            # of the dictionary) or how or when (站务员成长江迅速按下…, 民警时光明不听…: an
            # adverb; 护士和建平凌晨上门…: a word of time) or to whom or what
            # (科长时文明对审核流程作了说明) or how or when (园长时光明当场答复…, 骑手于爱国一周内
            # 3次逆行…), or another in a role listed after it (家委会主任和长江、副主任…), or a
            # common one before the end of a clause (已联系失主成和平。, 采访人广光明，讲述了…)
            # or of a field (男方 时光明　女方…), whatever the surname reads as (时, when; 成,
            # to become; not 其邻居为双胞胎，: a word whole, nor 让该居民来管账，: 管账 is rare)
        if (evident and len(given) == 1 and surname in CONJUNCTION_SURNAMES
                and (lexicon().tag(given) == "nr"
                     or text.startswith(DONE_IN_A_ROLE, candidate.end)
                     or text.startswith(ADVERBIALS, candidate.end)
                     or (text[candidate.end:candidate.end + 1] in _TOWARDS_AFTER_A_SUBJECT
                         and lexicon().tag(given) not in _THINGS_JOINED_TAGS))
                and not right_crossing(text, candidate.end - 1, candidate.end)):
            return False  # 乡镇兽医和磊对全村的家禽…: nor to a character that is only a name's,
            # or one before what someone in a role does or how (园长和华组织…, 营地医生和敏立即
            # 处置…) or to whom (门口保安和华对接送家长…; not 工作人员和静脉…: 静脉 crosses its
            # end, nor a noun or a pronoun "and" may join: 保安和人对…)
        support = _support(spans, candidate)
        function_word = (evident and surname in FUNCTION_SURNAMES
                         and _reads_as_words(text, candidate.start))
        return support < (CONFIDENT if word or function_word else SHAPE_EVIDENCE)


# what someone is called, after which no role's name is read before a verb (修改昵称后重新登录,
# 把名字和定位做到了…: 后 and 和 are no surnames there)
_WORDS_FOR_A_NAME = ("名字", "昵称", "网名", "用户名", "账号", "账户名")


def a_verb_at(text: str, at: int) -> bool:
    """Whether a verb of two characters of the dictionary, tagged only as one (v: 编造, 开展;
    not 发展, vn, as a_verb takes it, nor 报警, n), starts at at."""
    return _dictionary_tag(text, at, at + 2) == "v"


_ADVERB_TAGS = frozenset(["d", "ad"])  # (jieba's adverbs: 立刻, 迅速)


def acts_right_after(text: str, at: int) -> bool:
    """Whether how or what a subject does starts at at: an adverb of two characters of the
    dictionary (迅速, 立刻), or a negation before a verb (不听劝阻, 没交)."""
    return (_dictionary_tag(text, at, at + 2) in _ADVERB_TAGS
            or (text[at:at + 1] in _NEGATIONS and lexicon().tag(text[at + 1:at + 2]) == "v"))


# how a subject goes on, already, still, now, once, not yet, in person or on a ground it quotes
# (房东成长江以“墙面有污渍”为由…), which follow no word a given name may be but a name
_GOING_ON_AFTER_A_SUBJECT = ("已", "仍", "正在", "曾", "尚未", "未", "前来", "亲自", "以“")
_DEPUTY = "副"
_PLACE_BEFORE_A_ROLE = 8  # (the longest a list's item says where its role is, 东城中学)


def _another_in_a_role_listed(text: str, start: int, end: int) -> bool:
    """Whether the next item of a list after end begins with a role word or a title, a deputy's
    too (主任和长江、副主任万芳: 和 is no "and" in a list of those in roles), or holds the role
    word before start again within its first characters, where its own place is said first
    (红星路小学保安成建设、东城中学保安万建军: 建设 is a word, and 成 to become)."""
    if text[end:end + 1] != "、":
        return False
    at = end + 2 if text[end + 1:end + 2] == _DEPUTY else end + 1
    if _A_ROLE.match(text, at) is not None or text.startswith(_TITLES, at):
        return True
    role = _role_word_ending_at(text, start)
    return role > 1 and text.find(text[start - role:start], at,
                                  at + _PLACE_BEFORE_A_ROLE + role) >= 0


# within or after a time counted (骑手于爱国一周内3次…, 三天后): when a subject did something, and
# no given name (执法人员于|一周后进行了复查)
WITHIN_A_TIME = re.compile("[0-9一二三四五六七八九十两几]{1,3}(?:天|日|周|个月|年|小时)"
                           "(?:内|后|以来)")
# (prepositions of to whom, about what, and by whom a subject is acted on: 车主于红旗被消防人员背出)
_TOWARDS_AFTER_A_SUBJECT = frozenset("对向就把将给跟替被")
# (what a character alone joined to a role word by 和 may be: a noun, a pronoun, a measure or a
# number, 保安和人对…, and no given name)
_THINGS_JOINED_TAGS = frozenset(["n", "r", "q", "m"])
_AND_OTHERS = "等"
_COUNTED = re.compile("[0-9一二三四五六七八九十两]")
FIELD_MARKS = frozenset("：:")  # (what a field's value follows: 代理人：季风)
BLANKS = frozenset(" \t\u3000")  # (between a form's fields)
# … and what someone in a role does (志愿者能红旗负责引导观众入场)
DONE_IN_A_ROLE = ("负责", "组织", "通报", "主持", "带领", "带队", "巡检", "巡查", "协助", "配合",
                  "介绍", "汇报", "讲解", "指导", "护理", "照料", "看护", "值守", "报告", "上报",
                  "发现", "陪同", "驾驶")
# too much of something, which no given name is, though the model is sure of a surname before
# it at a text's end (物业管理费太高: 费太高 was masked)
_TOO_MUCH = frozenset("太" + much for much in "高低贵慢多少差吵脏乱远晚久难")
# the records a title names, which end no name (调解笔录：…, 值班日志：…, 原台账: 解笔录, 班日志 and
# 台账 were read as names)
_KINDS_OF_RECORD = frozenset(["笔录", "日志", "记录", "纪要", "台账", "清单", "底册"])
# what ends a dog's breed or kind and no name (泰迪犬, 柯基犬, 中华田园犬, 无主犬; not 猫 nor 狗,
# which nicknames end: 陵猫猫, 二狗)
_ANIMALS = frozenset("犬")
# what is still left or owed, which jieba does not hold as words (预付卡尚余一千二百元: 尚余 was
# read as a name, 尚 being a surname too)
_STILL_LEFT = frozenset(still + left for still in "尚仅还" for left in "余剩欠存缺差")
# a party's statement and defence, which jieba tags as names (陈述; 申辩)
_STATEMENTS = frozenset(["陈述", "申辩"])
# a noun rarer than this may be a given name (春风, a spring breeze: 和春风老师; not 关于全体同志)
NOUN_AS_GIVEN = 2000


def a_rare_noun(word: str) -> bool:
    """Whether word is a common noun rarer than NOUN_AS_GIVEN, as given names may be."""
    return lexicon().tag(word) == "n" and (lexicon().frequency(word) or 0) < NOUN_AS_GIVEN


_AFTER_A_SUBJECT = frozenset("在的所因被已于。，,；;")  # (where, whose, why …, or a pause)


# the model's support a place's name of the dictionary read whole as a name needs, without a role
# word before it (杭州 0, 黄山 0.005; 江山, a name too, 0.02 to 0.07)
PLACE_READ_AS_A_NAME = 0.01


def _before_a_date(text: str, start: int, end: int) -> int:
    """Where a span of a name and more ends: before 于 and a date inside it (a_date_after:
    文长江|于八时五十分到会, where the model read on over 于八), or at end."""
    return next((at for at in range(start + 2, end) if a_date_after(text, at)), end)


def _support(spans: list[tuple[int, int, float]], candidate: Candidate) -> float:
    """The highest probability of the model's spans overlapping candidate (0 if none)."""
    return max((p for s, e, p in spans if s < candidate.end and candidate.start < e),
               default=0.0)


_NAME_GIVEN = frozenset("“\"「『：:")  # (after 名: what a name's field gives, 犬名“豆豆”)
_GIVING = frozenset("送带寄捎献递赠")  # (with _HANDED after: a verb of handing, 送上, 送去)
_HANDED = frozenset("上去来到给")
_NO_NAME_ALONE_AFTER_A_NAME = ("于", "时", "向")  # (when or towards, after a name)
_BECAUSE_OR_BEING = frozenset("因系")  # (which begin no name right after one)
_CLAUSE_ENDS = frozenset("，,。；;：:")  # (其 after one is he or his: ，其正准备…)
# what ends a clause, a sentence or the text ('' at its end), but a colon (联系人和平：… may
# introduce what the contact is)
_CLAUSE_OR_TEXT_ENDS = (_CLAUSE_ENDS - {"：", ":"}) | {"", "！", "!", "？", "?"}
_DEGREES = frozenset("太很挺更最")  # (how much, before an adjective)
_POINTING = frozenset("向对为给与和从由在把将被")  # (prepositions, after an adverb)


def _at_a_clause_start(text: str, at: int) -> bool:
    """Whether at is the text's start or a line's, or right after _CLAUSE_ENDS."""
    return at == 0 or text[at - 1] in _CLAUSE_ENDS or text[at - 1] == "\n"


_HOW_OFTEN_TAGS = frozenset(["d", "t"])  # (a doubled adverb or word of time: 天天, 常常)
# What no name starts with: the personal pronouns (车成他爸昨天…: the model read 他爸, his dad)
PERSONAL_PRONOUNS = frozenset("我你您他她它咱俺")
# … nor the particle 的 (邓莹的书法作品: 的书法 was read), though a span may run on past one (桑德兰
# 的琼斯: the model's one name hides Jones)
_NEVER_FIRST = PERSONAL_PRONOUNS | {"的"}
# … nor holds one's kin (来电人代其父邓莹咨询…: 代其父, on behalf of his father, was masked)
_HIS_KIN = re.compile("其[父母子女妻夫兄弟姐妹]")
# Terms of planning law, of the chiefs' systems, of driving schools and of old trees the model
# reads names in (未批先建, building before approval; 林长制, the forest chief system; 科目二, a
# driving test's second part; 练车, driving practice; 古树, 古银杏, an old tree, an old ginkgo;
# 古尔邦节, the feast of sacrifice; 屠宰, slaughtering; 执照正本, a licence's original, whose 照正
# was read; 维保, a lift's maintenance; 隆鼻, a nose job; 入河, into a river, as sewage goes; 养犬,
# keeping a dog, as its registration is named: 养 was masked as a surname alone; and the terms of
# policies and statistics jieba lacks: 普惠, for all, 碳达峰, carbon peaking, 占比, a share,
# 中欧班列, the China-Europe freight trains; and the styles of conduct: 师德师风建设, 家风建设,
# whose 风建设 was read as a name; and 研学, study tours: 在研学活动中, 学 was masked; 步道, a
# footpath: 在健身步道上晨跑, 步道 was masked; 定损, an insurer's assessment of a loss; 巡河, a
# river's patrol, as its chief walks it; 林权证, a forest right's certificate, and its reform,
# not 林权 alone, a name too; 高消费, the high spending a court forbids a debtor: 限制邓莹高消费…
# read 邓莹高; 新冠, COVID-19, younger than jieba's dictionary: 患者因新冠肺炎住院, 新冠 was masked;
# 携犬, taking a dog along: 居民携犬出门须牵绳, 犬 was masked as 携's given name; stopping
# or resuming social insurance: 办理停保手续, 保 was masked; 楼栋, a block of flats, younger than
# jieba's dictionary: 王伟所在楼栋的电梯, 楼 was masked; 截水, cutting off water, as a dam does:
# 非法筑坝截水, 水 was masked after 截, a surname too; the levels of adult education: 报考层次：
# 高起专, 高 was read as a surname; 连 as "even", before 都 or 也 and a negation or 是:
# 高峰时连饭都是在…吃的, 连饭 was masked; a grandchild after a pronoun: 比我孙子来得还
# 准时, not after 的 or 其, where a name may follow: 何慧的孙子安立新…; and terms younger than
# jieba's dictionary or missing from it: 扬尘, dust raised, 居家适老化, making a home fit for
# the old, 送达回证, a service's receipt, 盘车放人, cranking a stuck lift to free its passengers)
_NAMELESS_TERMS = re.compile("未批先建|未批先占|先建后批|边批边建|未批先用|[河湖林田路山街巷]长制"
                             "|科目[一二三四]|练车|古(?:树|银杏|樟树|柏树|槐树|榕树|尔邦节)|屠宰"
                             "|执照[正副]本|维保|隆[鼻胸]|入[河湖海]|养犬|普惠|碳达峰|占比"
                             "|师德|[家师学作党民校政行]风|中欧班列|研学|步道|定损|巡[河湖林山]"
                             "|林权(?:证|制度|改革|流转|抵押)|高消费|新冠|携犬|[停断续退]保手续"
                             "|楼栋|截[水流]|高起[专本]|专升本|连.[都也](?=[不没是])"
                             "|(?<=[我你他她俺])孙[子女]|扬尘|适老化|送达回证|盘车")
# (a search for what every term holds first: the terms' own search is slower where none is)
_NAMELESS_TERM_HINT = re.compile("批|长制|科目|练车|古|屠宰|执照|维保|隆|入[河湖海]|养犬|普惠"
                                 "|达峰|占比|师德|风|班列|研学|步道|定损|巡|林权|高消费|新冠|携犬"
                                 "|保手续|楼栋|截|高起|专升|连|孙|扬尘|适老|回证|盘车")


def _outside_terms(spans: list[tuple[int, int, float]], terms: list[tuple[int, int]]
                   ) -> Iterator[tuple[int, int, float]]:
    """spans but those inside a term, each that runs into one ending where it begins
    (限制邓莹|高消费) unless one character would be left (患者因|新冠肺炎: not 因 alone)."""
    for start, end, probability in spans:
        if any(a <= start and end <= b for a, b in terms):
            continue
        cut = min([end, *(a for a, _ in terms if start < a < end)])
        if cut == end or cut - start >= 2:
            yield start, cut, probability


def nameless_terms(text: str) -> list[tuple[int, int]]:
    """Where text holds a term no name is inside (_NAMELESS_TERMS: 未批先建, 路长制, 科目二)."""
    if _NAMELESS_TERM_HINT.search(text) is None:
        return []
    return [match.span() for match in _NAMELESS_TERMS.finditer(text)]


# A festival and what says it is the time of what someone did, after a name (高明清明祭扫时…)
_FESTIVALS = ["清明", "春节", "端午", "中秋", "国庆", "元旦", "重阳", "除夕", "元宵", "七夕",
              "冬至"]
_FESTIVAL_TIME = re.compile(alternatives(_FESTIVALS)
                            + "(?:节|期间|前后|前夕|假期|当天|祭扫|前|后|时)")
_FESTIVAL_FIRST = frozenset(festival[0] for festival in _FESTIVALS)
# The solar terms, the festivals and the golden autumn, which some names are too (白露, 小雪,
# 谷雨), and what after one says it is a time (白露节气过后, 谷雨前后, 金秋十月)
_SEASONS = frozenset(["立春", "雨水", "惊蛰", "春分", "清明", "谷雨", "立夏", "小满", "芒种",
                      "夏至", "小暑", "大暑", "立秋", "处暑", "白露", "秋分", "寒露", "霜降",
                      "立冬", "小雪", "大雪", "冬至", "小寒", "大寒", "金秋", *_FESTIVALS])
_A_SEASONS_TIME = re.compile("节气|时节|前后|过后|期间|前夕|当天|这天|之际"
                             "|[一二三四五六七八九十]+月")


def _a_season(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a season (_SEASONS) that what follows says is a time."""
    return text[start:end] in _SEASONS and _A_SEASONS_TIME.match(text, end) is not None


def _before_a_festival(text: str, start: int, end: int) -> int:
    """The end of a span that runs into the time of a festival after two characters or more
    (黄丹清明祭扫时…, 黄玲清|明祭扫…: 清明 or 清 was masked) at the festival's start; not a
    compound surname's name (欧阳国庆节前…) nor one of three that may end in it (李清明)."""
    for at in range(start + 2, end):
        if text[at] in _FESTIVAL_FIRST and _FESTIVAL_TIME.match(text, at):
            return end if at == start + 2 and text[start:at] in COMPOUND_SURNAMES else at
    return end


_BUILDING = frozenset("建盖")  # (before 房: builds a house)
# The parts of a home that follow its household's name (系黄涛家阳台花盆掉落: the model read 家,
# or 家阳, into the name), and its water, meters and heating (郭丹家自来水出水浑浊: 家 was masked),
# its house and what it farms under contract (赵磊家房屋经鉴定为C级危房, 华飞家承包的茶园), and
# its pets (反映刘华家狗夜间吠叫扰民: 家 or 狗 was masked) and its graves (刘娟家祖坟3座…)
HOME_PARTS = ("阳台", "窗户", "窗台", "窗外", "门口", "门前", "院子", "院内", "院墙", "屋顶",
              "房顶", "楼顶", "厨房", "卫生间", "空调", "自来水", "水管", "水表", "电表",
              "燃气表", "暖气", "老房子", "楼下", "楼上", "楼道", "门", "房屋", "房子", "住房",
              "新房", "老宅", "宅基地", "承包", "责任田", "耕地", "果园", "茶园", "鱼塘", "狗",
              "犬", "猫", "宠物", "祖坟")


_HOUSEHOLD_ENDS = frozenset("，。；、,;")  # (what ends a clause after someone's 家, household)
_GATES = frozenset(["东门", "西门", "南门", "北门"])  # (a place's gates, compound surnames too)
_NO_GIVEN_NAME_ALONE = frozenset("有是了不也就都被把")  # (a given name of one is none)
_NOT_A_PLACE_END = frozenset("的和与及是")  # (before a gate: what ends no place's name)
# Visits, which a household is the object of (走访了独居老人王磊家)
_VISITS = ("走访", "到", "去", "来到", "前往", "探望", "看望", "慰问", "入户")
_VISIT_REACH = 10  # how many characters before a name a visit is looked for, in its clause


def a_visited_household(text: str, start: int, at: int) -> bool:
    """Whether text[at] is the 家 of a household visited, which ends no name starting at start:
    at a clause's end (_HOUSEHOLD_ENDS), a visit (_VISITS) said in the clause before start,
    within _VISIT_REACH (走访了独居老人王磊家，; not 爱心人士李振家，)."""
    if text[at:at + 1] != "家" or text[at + 1:at + 2] not in _HOUSEHOLD_ENDS:
        return False
    before = text[max(0, start - _VISIT_REACH):start]
    clause = before[max(before.rfind(c) for c in "，。；,;！？") + 1:]
    return any(visit in clause for visit in _VISITS)


# A household counted with others (把吴涛家等下游5户群众转移: the family of a name)
HOUSEHOLDS_COUNTED = "家等[\u4e00-\u9fff]{0,4}?[0-9一二三四五六七八九十两]{1,3}户"
_HOUSEHOLDS_COUNTED = re.compile(HOUSEHOLDS_COUNTED)


def _before_a_home(text: str, start: int, end: int) -> int:
    """The end of a span that runs into 家 and a part of a home (余丹家阳台: 家 and 阳 were
    masked) at 家, start for one that starts there, a name of two that ends in 家 keeping it
    (王家|阳台); into a family (和敏|家庭) or a household at a clause's end (王磊|家，) or
    counted (吴涛|家等5户); or into a house built, after two characters or more (能波建房超出…:
    建房 was masked)."""
    at = text.find("家", start, end)
    if at >= 0 and text.startswith(HOME_PARTS, at + 1):
        return at + 1 if at == start + 1 else at
    if at > start and text.startswith("家庭", at):
        return at  # (敏家庭 was read: a family is no part of a name)
    if at == end - 1 and at > start + 1 and (a_visited_household(text, start, at)
                                             or _HOUSEHOLDS_COUNTED.match(text, at)):
        return at  # (走访了独居老人王磊家，, 把吴涛家等下游5户…: 家 was masked)
    at = text.find("房", start + 3, end + 1)
    return at - 1 if at > 0 and text[at - 1] in _BUILDING else end


_COMMON_NOUN_ALONE = 5000  # a surname this frequent as a noun alone is one after 的 (欠的钱)


def _a_noun_owned(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], of two characters after 的, is an ordinary noun of the dictionary
    (张磊承包的果园: an orchard, 园 was masked), as what someone has rather than who."""
    words = lexicon()
    return (end - start == 2 and text[start - 1:start] == "的"
            and words.tag(text[start:end]) == "n"
            and (words.frequency(text, start, end) or 0) >= ORDINARY)


def _a_common_adverb(character: str) -> bool:
    """Whether a surname is an adverb too, as frequent as _COMMON_NOUN_ALONE (常, often; 都,
    all)."""
    words = lexicon()
    return words.tag(character) == "d" and (words.frequency(character) or 0) >= _COMMON_NOUN_ALONE


def _a_noun(word: str, least: int) -> bool:
    """Whether word is a noun of the dictionary at least least frequent (jieba's tag n: not
    one it tags as a name)."""
    words = lexicon()
    return words.tag(word) == "n" and (words.frequency(word) or 0) >= least


def _a_common_noun(character: str) -> bool:
    """Whether a surname is a common noun too (钱, money; 房, a house; 马, a horse)."""
    return _a_noun(character, _COMMON_NOUN_ALONE)


# verbs that 成 after them makes what something is made or turned into (拍成, 改成, 变成, 建成)
_MADE_INTO = frozenset("拍做改变建写画译编制造装分组换修剪缝绣织砌")
_DISPOSING = ("将", "把")  # (the prepositions of what is done to a thing: 将车停稳)
CONJUNCTION_SURNAMES = frozenset("和与及同跟")  # surnames that are conjunctions too
# How frequent a verb is that a name's last character, none a given name holds, begins (夸大
# 389; not the dictionary's rare ones: 来用, 冲到, 3)
_COMMON_VERB = 100
# Adverbs that begin with a surname (方可, 方能: only then; 后可, can afterwards; 特予, hereby
# gives; 易: easily, before a verb; 多, too much)
_ADVERB_READING = re.compile("方(?:可|能|才)|后可|特予"
                             "|易(?:于|发|受|被|造成|引发|导致|出现|产生|形成|感染)"
                             "|多(?:领|收|缴|付|拿|报|占|发|扣|计|退)")  # (多领的养老金: overdrawn)
# a duty by a date, or where or how it is done, however sure the model (应于本…, 业主须在30日前…)
_A_DUTY = ("应于本", "应于收到", "应于接到", "须在", "须于", "须到", "须向", "须按", "须凭", "须持")
# what numbers a building's floors, units and rooms after a number (3号楼信箱: 楼信箱 was masked)
_UNITS_AFTER_A_NUMBER = frozenset("楼栋幢座室")
_IN_ONES_NAME = ("名下", "名义")  # (after 其: in his or her name, 将其名下的房屋)
_ADJECTIVE_TAGS = frozenset(["a", "ad"])  # jieba's adjectives (平安, 顺利)
_COMMON_COMPOUND = 1000  # a compound surname this frequent as a word reads as one (东方, 第五)


def common_compound(surname: str) -> bool:
    """Whether a compound surname is a common word too (东方, the east; 第五, fifth)."""
    return (lexicon().frequency(surname) or 0) >= _COMMON_COMPOUND


def _rare_compound(span: str) -> bool:
    """Whether span starts with a compound surname that is no common word, before a given name
    (其祖父南宫胜利: 南 alone is a direction, and the model is unsure of 胜利, a word)."""
    return len(span) > 2 and span[:2] in COMPOUND_SURNAMES and not common_compound(span[:2])


def _surname_reads_as_none(text: str, start: int, surname: str) -> bool:
    """Whether a surname that is a word too reads as no word where the rules found a name after
    a role word: one that is no function word begins none more frequent than _RARE_WORD there
    (其父亲花军于…, 装修工人华林收…: words as rare as names); one that is, but no preposition,
    begins none but a rare place's (船东广林垫付…), the given name none but a rare one, and
    neither it reads as words nor a word ends in it but across the role word's end (司机广磊
    中途, 其妻子信玲到, 学生成银生一边…: 生成 is a word; not 博士后导师)."""
    surname_word = _word_from(text, start)
    if surname not in FUNCTION_SURNAMES:
        return surname_word < _RARE_WORD
    return (surname not in BEFORE_A_NOUN and surname_word < _RARE_WORD
            and not _word_from(text, start, not_tagged=PLACE_TAGS)
            and _word_from(text, start + 1) < _RARE_WORD
            and not _reads_as_words(text, start)
            and not (glued_left(text, start) and not _role_word_ending_at(text, start)))


_NOTICE = "须知"  # 申请人须知, 考生须知: a notice to those a role word names, not one of them
_ROLE_WORDS = frozenset({*ROLES, *PARTIES, *PARTICIPANTS})
_A_ROLE = re.compile(alternatives(sorted(_ROLE_WORDS, key=len, reverse=True)))
_ROLE_LENGTHS = sorted({len(word) for word in _ROLE_WORDS if len(word) > 1})


# … and every word the rules read as saying who the person named after it is (护理员, 考生,
# 低保户: privacy.recognizers.person_zh)
WORDS_NAMING_SOMEONE = frozenset([*ROLES, *PARTIES, *PARTICIPANTS, *RECIPIENTS, *OCCUPATIONS,
                                  *PEOPLE])
# who is named by a word after a conjunction's surname rather than by a given name (因和邻居提供
# 的证据不足, 对和物业提供的…, 张伟的父亲和朋友，: and the neighbour, and the management company)
SOMEONE_WORDS = frozenset({*WORDS_NAMING_SOMEONE, *RELATIVES, "同事", "朋友", "家人", "亲属",
                           "对方", "物业", "室友", "他人", "别人", "长辈", "晚辈",
                           # (经纪人向记者详解: towards the reporter)
                           "记者"})
_NAMING_LENGTHS = sorted({len(word) for word in WORDS_NAMING_SOMEONE if len(word) > 1})
# (the characters they start and end with: most spans are spared the look-ups below)
_NAMING_FIRST = frozenset(word[0] for word in WORDS_NAMING_SOMEONE)
_NAMING_LAST = frozenset(word[-1] for word in WORDS_NAMING_SOMEONE)


def _role_word_read_on(text: str, start: int, end: int) -> int:
    """How many of a span's first characters are a role word, a name of a surname and more after
    it (养犬人|师磊), or end one begun before it, a surname after them (护理员|江华 read as 员江华:
    1; 本村林长|全, |孙静 read as 林长全, 林长孙静: 2), or 0."""
    if text[start] in _NAMING_FIRST:
        for size in reversed(_NAMING_LENGTHS):
            if (end - start - size >= 2 and text[start + size] in SINGLE_SURNAMES
                    and text[start:start + size] in WORDS_NAMING_SOMEONE):
                return size
    for ended in (1, 2):
        if (end - start in (3, ended + 2) and text[start + ended] in SINGLE_SURNAMES
                and _role_word_ending_at(text, start + ended) > ended):
            return ended
    return 0


FOR_OR_TOWARDS = frozenset("为向给对替")


def _people_served(text: str, start: int, end: int) -> bool:
    """Whether a span is, after 为, 向, 给 … (before it, or its first character), a word naming
    people (WORDS_NAMING_SOMEONE: 师生, 村民), and at most what is done after it (为|师生作)."""
    at = start + 1 if text[start] in FOR_OR_TOWARDS else start
    if text[at - 1:at] not in FOR_OR_TOWARDS:
        return False
    size = _naming_word_at(text, at)
    return size > 0 and (at + size >= end or (
        at + size == end - 1 and starts_an_act(text, end - 1)))


def _naming_word_at(text: str, at: int) -> int:
    """The length of the longest word naming someone (WORDS_NAMING_SOMEONE) that starts at at,
    or 0."""
    return next((size for size in reversed(_NAMING_LENGTHS)
                 if text[at:at + size] in WORDS_NAMING_SOMEONE), 0)


# What policy documents ask to be done, after how (扎实做好, 切实加强, 稳步推进)
_POLICY_VERBS = ("做好", "推进", "加强", "落实", "抓好", "推动", "完善", "实施", "提升", "促进",
                 "强化", "深化", "加快", "做实", "抓实", "办好", "用好")


def _how_a_policy_is_carried_out(text: str, start: int, end: int) -> bool:
    """Whether a likely span of two is a word of the dictionary, not a name's, before what a
    policy asks to be done (扎实|做好: 扎 is a surname, and 实 was masked)."""
    return (end - start == 2 and text.startswith(_POLICY_VERBS, end)
            and (lexicon().frequency(text, start, end) or 0) >= ORDINARY
            and lexicon().tag(text[start:end]) not in NAME_TAGS)


_FUNCTION_WORD_GIVEN = 10000  # a function word this frequent is no given name (可以, 已经)


def _a_function_word_given(text: str, start: int, end: int) -> bool:
    """Whether a likely span of three is a surname and a frequent function word (市民卡可以在
    手机上办理: 卡 is a surname, and 可以 was masked)."""
    words = lexicon()
    return (end - start == 3 and words.tag(text[start + 1:end]) in FUNCTION_TAGS
            and (words.frequency(text, start + 1, end) or 0) >= _FUNCTION_WORD_GIVEN)


def _a_verb_and_a_word_begun(text: str, start: int, end: int) -> bool:
    """Whether a likely span of three is a verb of the dictionary and the first character of a
    word that runs past it (严禁|野外用火: 严 is a surname, and 禁野 was masked)."""
    words = lexicon()
    return (end - start == 3 and _dictionary_tag(text, start, start + 2) == "v"
            and (words.frequency(text, start, start + 2) or 0) >= ORDINARY
            and (words.frequency(text, end - 1, end + 1) or 0) >= ORDINARY)


def _a_place_among_places(text: str, start: int, end: int) -> bool:
    """Whether a span is a word of the dictionary of three characters or more, or inside one,
    listed after a place's word or before one that is a whole item (巴基斯坦、孟加拉国、尼泊尔等:
    not 主席陈昌智、北京市政协副主席…, where the place begins the next item)."""
    word = _word_around(text, start, end)
    if word is None:
        return False
    at, stop = word
    return ((text[at - 1:at] == "、" and _a_place_word_ending_at(text, at - 1))
            or (text[stop:stop + 1] == "、" and _a_place_item_at(text, stop + 1)))


def _a_short_word_among_places(text: str, start: int, end: int) -> bool:
    """Whether a span is a word of the dictionary of two characters that jieba does not tag as
    a name, listed next to a place's word that is a whole item (金华、东阳等居民: 金华 was
    masked)."""
    words = lexicon()
    return (end - start == 2 and bool(words.frequency(text, start, end))
            and words.tag(text[start:end])[:2] != "nr"
            and ((text[end:end + 1] == "、" and _a_place_item_at(text, end + 1))
                 or (text[start - 1:start] == "、" and _a_place_word_ending_at(text, start - 1))))


# what ends an item of a list
_ITEM_BOUNDS = frozenset("、和及与，,。；;：:（(）)“”\"《》 \t\n")
# the last characters of nouns that name people (妻子, 同事, 孩子, 工人, 老师 …): an item that ends
# so is no thing; nor is a noun rarer than _LISTED_THING
_LISTED_THING = 5
_PEOPLE_ENDS = frozenset("人员者师生长工民户友客主家子女儿母父妻夫哥姐弟妹爷奶婆公叔姨舅嫂")


def _a_thing_among_things(text: str, start: int, end: int) -> bool:
    """Whether a span is an item of a list of its own next to a common noun of the dictionary
    naming no one (土豆片、宽粉、金针菇; not 张伟、李娜, nor 安徒生童话、格林|童话: the span is
    part of its item), or is inside such a noun that is listed (西红柿、黄|瓜). Only 、 lists
    here: 和 and 与 join people and what they do too (…驾驶的货车与万海洋驾驶的摩托车)."""
    first = start
    while first > 0 and start - first < 4 and text[first - 1] not in _ITEM_BOUNDS:
        first -= 1
    last = end
    while last < len(text) and last - end < 4 and text[last] not in _ITEM_BOUNDS:
        last += 1
    before = first > 0 and text[first - 1] == "、"
    after = last < len(text) and text[last] == "、"
    if (first, last) == (start, end) and (
            (before and _a_thing_ending_at(text, first - 1))
            or (after and _a_thing_starting_at(text, last + 1))):
        return True
    return (before or after) and any(
        _a_listed_thing(text[first:stop]) for stop in range(end + 1, last + 1))


def _a_listed_thing(word: str) -> bool:
    """Whether word is a common noun of the dictionary that names no one."""
    return (len(word) >= 2 and _a_noun(word, _LISTED_THING) and word[-1] not in _PEOPLE_ENDS
            and word not in WORDS_NAMING_SOMEONE)


def _a_thing_ending_at(text: str, end: int) -> bool:
    """Whether a thing's word (_a_listed_thing) of two to four characters ends at end."""
    return any(_a_listed_thing(text[at:end]) for at in range(max(0, end - 4), end - 1))


def _a_thing_starting_at(text: str, start: int) -> bool:
    """Whether a thing's word (_a_listed_thing) of two to four characters starts at start."""
    return any(_a_listed_thing(text[start:stop])
               for stop in range(start + 2, min(len(text), start + 4) + 1))


def _word_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The longest word of the dictionary of three to six characters that holds text[start:end]
    (布达佩斯 around 达佩斯), or None."""
    words = lexicon()
    best = None
    for at in range(max(0, start - 3), start + 1):
        for stop in range(max(end, at + 3), min(len(text), at + 6) + 1):
            frequency = words.frequency(text, at, stop)
            if frequency is None:
                break
            if frequency and (best is None or stop - at > best[1] - best[0]):
                best = (at, stop)
    return best


_COUNTRY_ENDS = ("国", "斯坦", "亚")  # (孟加拉国, 哈萨克斯坦, 印度尼西亚)


def _a_place_word(word: str) -> bool:
    """Whether a word of the dictionary is a place's: one jieba tags so that is no
    transliteration (which it tags foreign people's names as too: 雷耶斯、克莱尔), or one that ends
    as countries' names do (哈萨克斯坦, jieba's foreign name)."""
    return word.endswith(_COUNTRY_ENDS) or (
        lexicon().tag(word) == "ns" and not all(c in TRANSLITERATION_CHARS for c in word))


def _a_place_word_ending_at(text: str, end: int) -> bool:
    """Whether a place's word of the dictionary (_a_place_word), of two characters or more,
    ends at end (匈牙利)."""
    words = lexicon()
    return any(words.frequency(text, at, end) and _a_place_word(text[at:end])
               for at in range(max(0, end - 6), end - 1))


_ITEM_ENDS = frozenset("、，,。；;：:）)等")  # (what an item of a list ends before)


def _a_place_item_at(text: str, start: int) -> bool:
    """Whether a place's word of the dictionary (_a_place_word), of two characters or more,
    starts at start and is the whole item of a list (尼泊尔等)."""
    words = lexicon()
    for stop in range(start + 2, min(len(text), start + 6) + 1):
        frequency = words.frequency(text, start, stop)
        if frequency is None:
            return False
        if (frequency and _a_place_word(text[start:stop])
                and (stop == len(text) or text[stop] in _ITEM_ENDS)):
            return True
    return False


_ITEM_STARTS = frozenset("，,：:（(；;。、")  # (what an item of a list starts after)


def _listed_with_things(text: str, start: int, end: int) -> bool:
    """Whether a likely span follows 、 after an item that is a common noun of the dictionary
    (剪纸、皮影、木版年画: a list of things, 皮 masked as a surname; not 张伟、王芳), or is a
    common noun of two itself after 和, 与 or 及 and such a noun that names no one, where the
    span starts with a surname or a list's 、 is before that noun (乘坐飞机和高铁, 霜冻和冰雹: 铁
    and 冰雹 were masked; not 同事和高铁, where the span may name a colleague, nor 考官和|春风,
    where 和 is the surname)."""
    if (start >= 3 and text[start - 1] in ("和", "与", "及") and end - start == 2
            and (text[start] in SINGLE_SURNAMES or text[start - 4:start - 3] == "、")):
        words = lexicon()
        return (words.tag(text[start - 3:start - 1]) == "n"
                and bool(words.frequency(text, start - 3, start - 1))
                and text[start - 3:start - 1] not in WORDS_NAMING_SOMEONE
                and words.tag(text[start:end]) == "n" and bool(words.frequency(text, start, end)))
    if text[start - 1:start] != "、":
        return False
    at = start - 1
    while at > 0 and start - 1 - at < 4 and text[at - 1] not in _ITEM_STARTS:
        at -= 1
    item = text[at:start - 1]
    return (1 < len(item) < 5 and (at == 0 or text[at - 1] in _ITEM_STARTS)
            and lexicon().tag(item) == "n" and bool(lexicon().frequency(item)))


def _done_by_a_role(text: str, start: int) -> bool:
    """Whether 被 and a word naming someone come right before start (被工作人员|劝离)."""
    role = _role_word_ending_at(text, start)
    return bool(role) and text[start - role - 1:start - role] == "被"


def _role_word_ending_at(text: str, end: int) -> int:
    """The length of the longest word naming someone (WORDS_NAMING_SOMEONE) that ends at end,
    or 0."""
    if text[end - 1] not in _NAMING_LAST:
        return 0  # (most positions: the look-ups are spared)
    return next((size for size in reversed(_NAMING_LENGTHS)
                 if end >= size and text[end - size:end] in WORDS_NAMING_SOMEONE), 0)


def _ends_a_role(text: str, start: int) -> bool:
    """Whether text[start] is the last character of a role word (乙方|须按期交付: 方 is no
    surname there)."""
    return any(start + 1 >= n and text[start + 1 - n:start + 1] in _ROLE_WORDS
               for n in _ROLE_LENGTHS)


def _a_word_before_a_role(text: str, start: int) -> bool:
    """Whether text[start] is a word, not a surname, before a role word: 原 (former) of
    原法定代表人, 老 of 老业主; not 王 of 王业主, a surname addressing someone by their role."""
    return ((text[start] not in SINGLE_SURNAMES or text[start] in AMBIGUOUS_SURNAMES)
            and _A_ROLE.match(text, start + 1) is not None)


# the probability from which a likely name of three is one though its surname and first given
# character are a word jieba tags as a name that is none (白雪梅在全省…: 白雪, snow)
_HEADED_BY_A_TAGGED_WORD = 0.25


def _tagged_word_in(text: str, start: int, end: int, probability: float = 0.0) -> bool:
    """Whether a likely span holds a word jieba tags as a name that is none (许可证, 早高峰),
    other than as the given name after a surname (汤|文明, 洪|红旗: people are given such
    words, and the span is the whole name), where neither the word runs on (张|兰花费) nor is a
    form of address (从|阿婆那里, 张|师傅) nor the surname a function word; or as a name's
    first two of three the model finds likely enough (_HEADED_BY_A_TAGGED_WORD), whose third
    a given name writes."""
    word = _TAGGED_WORD.search(text, start, end)
    if word is None:
        return False
    surname = surname_of(text[start:end])
    if (probability >= _HEADED_BY_A_TAGGED_WORD and end - start == 3 and len(surname) == 1
            and surname not in FUNCTION_SURNAMES and word.span() == (start, start + 2)
            and text[end - 1] in GIVEN_NAME_CHARS and not _word_from(text, end - 1)):
        return False
    given = start + len(surname)
    return not (surname and word.start() == given and word.end() == end
                and surname not in FUNCTION_SURNAMES and text[given] not in _FORMS_OF_ADDRESS
                and not text.startswith(ADDRESSING, given) and not _word_from(text, end - 1))


FUNCTION_WORD = 20  # a function word begins a word this frequent where it reads as one (和平)


def _reads_as_words(text: str, start: int) -> bool:
    """Whether a function word at start that the rules took for a surname reads as words
    instead: it begins a dictionary word of two to four characters at least FUNCTION_WORD
    frequent (和平, 于是, 成为), or the characters after it begin a verb or a word of time of two
    or more (须|提交, 应|提供, 于|本周); not 成丹 (a rare word), 应建国 (建国 is no verb), nor a
    word of time after a surname that is no preposition or conjunction (其子女成秋月每月支付…: 秋月,
    an autumn moon, is a given name)."""
    return (_word_from(text, start) >= FUNCTION_WORD
            or _word_from(text, start + 1, tagged=(
                ("v", "t") if text[start] in _BEFORE_A_TIME else ("v",))) > 0)


# the function words that are surnames and read as words before a word of time (于本周, 从明天,
# 和去年相比, 但今年以来)
_BEFORE_A_TIME = frozenset("于从由为和与但都能应须别向")


# What a word of time relative to now begins with (本月, 今年, 去年, 上周, 下月, 这周, 每天): no
# given name (罗荣的养老金本月未到账: 金本月 was read as a likely name)
_NOW_OR_NEXT = frozenset("本今去上下这每")


def _a_time_after(text: str, start: int) -> bool:
    """Whether the characters after a preposition at start begin a word of time (请市民于本周五
    前: at this week, not 于本周, a name)."""
    return _word_from(text, start + 1, tagged=("t",)) > 0


# After a surname, words that make it a reference to someone (林老, 江总, 常副局长, 张医生,
# 毛主席): the surname is the name, and masking it hides who is meant (林* would keep it).
ADDRESSING = ("老", "总", "副", "主席", "总理", "部长", "委员", "代表", "教练", *_TITLES)
# the words naming someone that a surname before does not address them by (民宿业主, 跟朋友; not
# 王律师, 李法官, 张县长)
_UNADDRESSED = SOMEONE_WORDS - {*TITLES, *HONORIFICS, *ADDRESSING}
_ELDER_YOUNGER = frozenset("老小")  # 老李, 小王: the surname after them names someone
_AGEING = ("老化", "老旧")  # (after 老, no elder is addressed)
_WHOSE = frozenset("其的")  # (before kin: 其孙子, 她的女儿)
_KIN_WORDS = frozenset(["孙子", *RELATIVES])


_DEGREE = frozenset("大多少")  # a noun and its degree: a predicate (扬尘大, 噪音大, 人多)


def _predicate(text: str, start: int, end: int) -> bool:
    """Whether a likely span without a surname is a predicate rather than a nickname: a verb
    of jieba's dictionary (回电: 希望工作人员回电), or a noun and its degree (道路扬尘大; not
    a name or a place that ends so: 里瓦尔多, 亚历山大)."""
    tag = _dictionary_tag(text, start, end)
    return tag[:1] == "v" or (end - start > 1 and text[end - 1] in _DEGREE
                              and tag[:2] not in ("nr", "ns"))


OF_KIN = re.compile("之[子女妻夫父母孙媳婿]")  # after a name: the son, daughter … of it


def _apart_at_kin(text: str, spans: list[tuple[int, int, float]]
                  ) -> Iterator[tuple[int, int, float]]:
    """spans, each that runs past "the son (daughter …) of" in two: up to it, and after it
    (罗秀梅之子钟|和平: the model read one span to 钟, whose given name was published)."""
    for start, end, probability in spans:
        kin = OF_KIN.search(text, start, end)
        if kin is not None and start < kin.start() and kin.end() < end:
            yield start, kin.end(), probability
            yield kin.end(), end, probability
        else:
            yield start, end, probability


def _apart_at_particles(text: str, spans: list[tuple[int, int, float]]
                        ) -> Iterator[tuple[int, int, float]]:
    """spans, each that runs over 的 in two, without it: a name holds no 的 (高的咂舌的年费 was
    read as one; 桑德兰的琼斯, Sunderland's Jones, is the club's and the player's), but a part
    after it that is a dictionary word other than a name's (师杰的书法作品: 书法, calligraphy)."""
    for start, end, probability in spans:
        at = text.find("的", start + 1, end - 1)
        if at < 0:
            yield start, end, probability
            continue
        while at >= 0:
            yield start, at, probability
            start = at + 1
            at = text.find("的", start + 1, end - 1)
        if not (_a_word_but_a_name(text[start:end])
                and (lexicon().frequency(text, start, end) or 0) >= ORDINARY):
            yield start, end, probability


def _apart_at_being(text: str, spans: list[tuple[int, int, float]]
                    ) -> Iterator[tuple[int, int, float]]:
    """spans, each the model is sure of that is two names of two or three characters joined by
    是, in two without it (熊莉是易超的外孙: one span); the others as they are."""
    for start, end, probability in spans:
        at = text.find("是", start + 2, end - 2)
        if (probability >= CONFIDENT and at >= 0 and at - start <= 3 and end - at - 1 <= 3
                and text[start] in SINGLE_SURNAMES and text[at + 1] in SINGLE_SURNAMES):
            yield start, at, probability
            yield at + 1, end, probability
        else:
            yield start, end, probability


# taking one's son … along, and a step or adoptive parent, between two names
_WITH_KIN = re.compile("携[子女妻夫父母儿]|[继养][父母]")


def _apart_at_kin_taken(text: str, spans: list[tuple[int, int, float]]
                        ) -> Iterator[tuple[int, int, float]]:
    """spans without the words of taking kin along or of a step parent, apart where those were
    (李玉梅携子万海洋: the model's span ended at 万, and 海洋 was published; 刘浩携|子李超: 携 and
    子 were masked; 冯佳继父林伟: one span, which the rules' 林伟 after the kin word replaced)."""
    taken = [kin.span() for kin in _WITH_KIN.finditer(text)]
    for start, end, probability in spans:
        for kin_start, kin_end in taken:
            if kin_start < end and start < kin_end:
                if start < kin_start:
                    yield start, kin_start, probability
                start = max(start, kin_end)
        if start < end:
            yield start, end, probability


# Words of cause, concern or standing that end in a surname (于, 为), before a name
_ENDING_IN_A_SURNAME = frozenset(["由于", "对于", "关于", "鉴于", "至于", "因为", "作为"])


def _without_a_function_word(text: str, start: int, end: int, probability: float
                     ) -> tuple[int, int, float]:
    """A span that reads 因 (because) at a clause's start, or the end of a word of cause or
    concern (由于, 关于, 作为), as a surname, before a surname and a given name that begin no
    word (因程建国拒不履行…, 因师敏…: the span was dropped whole, as 因 begins no name there;
    由于|于广鹏的积极配合) or a compound surname (因令狐建军), without it, and so a span that
    reads an adverb and 为 before them (仍为花宁, _STILL_BEING); others as they are (因高温天气:
    高温 is a word)."""
    if end - start >= 3 and (
            (text[start] == "因" and _at_a_clause_start(text, start))
            or text[start - 1:start + 1] in _ENDING_IN_A_SURNAME):
        at = start + 1
    elif end - start >= 4 and text[start:start + 2] in _STILL_BEING:
        at = start + 2  # 经理仍为|花宁: an adverb and 为, is (the span was dropped whole, as 仍
        # begins no name there)
    else:
        return start, end, probability
    if len(surname := surname_of(text[at:end])) == 2 or (
            surname and not lexicon().frequency(text, at, at + 2)):
        return at, end, probability
    return start, end, probability


def _after_going_with(text: str, start: int, end: int, probability: float,
                      starts: set[int]) -> tuple[int, int, float]:
    """A span that reads 随 (with, following) as a surname before another surname and a given
    name (of three or more, or before another span: starts), or the parent someone goes with
    after it, without that character (子女随|岳秀梅生活, 随父|林成落户: masked 随*, 父*, the names
    half published); others as they are (随文, 随文同志: a name)."""
    if end - start >= 2 and (
            (text[start] == "随" and text[start + 1] in SINGLE_SURNAMES
             and (end - start >= 3 or end in starts))
            or (text[start] in _PARENTS and text[start - 1:start] == "随")):
        return start + 1, end, probability
    return start, end, probability


_PARENTS = frozenset("父母")  # (after 随: 随父落户, with one's father)
# The measure words after 那 (that), which no given name begins with it (那名男子, 那位老人)
_AFTER_THAT = frozenset("名位个些种件次把条张台辆")


def a_demonstrative(text: str, start: int) -> bool:
    """Whether 那 (that) and a measure word begin at start (那名男子), not a surname, or a
    measure word of people after a demonstrative or a number does (这位老人名下的房产: 位 and
    老人 were read as a name before 名下)."""
    return ((text[start] == "那" and text[start + 1:start + 2] in _AFTER_THAT)
            or (text[start] in "位名" and start > 0 and text[start - 1] in _COUNTING))


# what counts people before 位 or 名 (这位, 该名, 两位)
_COUNTING = frozenset("这那该每各哪此首一二两三四五六七八九十几多")


# 为 (is) after an adverb (仍为, 均为, 现为): the name of whoever holds a post or a role follows
_STILL_BEING = frozenset(["仍为", "均为", "即为", "现为", "改为", "变为", "定为", "系为", "皆为",
                          "则为"])


# What one name does to another right after it: bids, asks, has it act, or does something to,
# for or towards it (方林让明志强代其…, 周倩向何杰借款…, 刘华为赵兰英代写…); not 和 nor 与,
# which end names (边春和)
BIDDING = frozenset("让叫请替帮给向为对把被跟同")


def _a_whole_name(span: str) -> bool:
    """Whether span may be a name: a surname and a given name after it."""
    return span not in COMPOUND_SURNAMES and len(span) > len(surname_of(span)) > 0


def _apart_at_bidding(text: str, spans: list[tuple[int, int, float]]
                      ) -> Iterator[tuple[int, int, float]]:
    """spans, each that runs over a word of bidding between two names in two, without it (方林让
    明志强代其…: the model read one span of six, 让 was masked with them); in a span of five,
    not at a given name's character (佟大为荣升父亲: 为 ends 佟大为, 荣升 is promoted)."""
    for start, end, probability in spans:
        bid = None if end - start < 5 else next((
            bid for bid in range(start + 2, min(end - 2, start + 4) + 1)
            if text[bid] in BIDDING and _a_whole_name(text[start:bid])
            and _a_whole_name(text[bid + 1:end])
            and (end - start > 5 or text[bid] not in GIVEN_NAME_CHARS)), None)
        if bid is not None:
            yield start, bid, probability
            yield bid + 1, end, probability
        else:
            yield start, end, probability


def _compound_joined(text: str, spans: list[tuple[int, int, float]]
                     ) -> list[tuple[int, int, float]]:
    """spans, where one the model is sure of is a compound surname alone and the next, right
    after it, a given name of one or two, with the two joined (合作社社长南宫|光明因…: the model
    read 南宫 and 光明 as names of their own, and neither was masked; not 和申屠|老爷谈话: a
    form of address, written with no given name's characters; nor 皇甫|爱|国团队, ending inside
    a word)."""
    out: list[tuple[int, int, float]] = []
    for start, end, probability in spans:
        if (out and out[-1][1] == start and out[-1][2] >= CONFIDENT and end - start <= 2
                and text[out[-1][0]:start] in COMPOUND_SURNAMES
                and all(c in GIVEN_NAME_CHARS for c in text[start:end])
                and not lexicon().frequency(text, end - 1, end + 1)):
            out[-1] = (out[-1][0], end, max(out[-1][2], probability))
        else:
            out.append((start, end, probability))
    return out


def _bidden_joined(text: str, spans: list[tuple[int, int, float]]
                   ) -> list[tuple[int, int, float]]:
    """spans, where a likely one of two right after a span the model is sure of is a word of
    bidding and a surname, and the next span begins where it ends, with the two joined into one
    name without the word (高建华|向关|桂香出具欠条: the model read 向关 and 桂香, and masked 关
    as 向关's given name and kept 桂 as 桂香's surname)."""
    out: list[tuple[int, int, float]] = []
    skip = False
    for at, (start, end, probability) in enumerate(spans):
        if skip:
            skip = False
            continue
        following = spans[at + 1] if at + 1 < len(spans) else None
        if (out and out[-1][1] == start and out[-1][2] >= CONFIDENT
                and probability < CONFIDENT and end - start == 2
                and text[start] in BIDDING and following is not None
                and following[0] == end and 3 <= following[1] - end + 1 <= 4
                and surname_of(text[end - 1:following[1]]) == text[end - 1]):
            out.append((end - 1, following[1], max(probability, following[2])))
            skip = True
        else:
            out.append((start, end, probability))
    return out


def before_the_bidden(text: str, names: list[Candidate]) -> list[Candidate]:
    """names (sorted), each of three or more that ends in a word of bidding where a name the
    model is sure of begins, without it (周倩向|何杰借款…, 律师刘华为|赵兰英代写…: 向 and 为
    were masked)."""
    out = list(names)
    for at, (name, following) in enumerate(zip(names, names[1:], strict=False)):
        if (name.end == following.start and following.score >= SURE
                and name.end - name.start >= 3 and text[name.end - 1] in BIDDING
                and _a_whole_name(text[name.start:name.end - 1])
                and surname_of(text[following.start:following.end])):
            out[at] = Candidate(name.start, name.end - 1, name.score)
    return out


# Words right after a name that say it ended there: a title, what is held in its name (名下)
_EVIDENCE_WORDS = (*_TITLES, *HELD_FOR)


def _compound_and_one_before(text: str, names: list[Candidate], start: int) -> bool:
    """Whether the last of names is a compound surname and one character ending at start (the
    first three of a name whose fourth the model found apart: 司马霞|静)."""
    return (bool(names) and names[-1].end == start and names[-1].end - names[-1].start == 3
            and text[names[-1].start:names[-1].start + 2] in COMPOUND_SURNAMES)


def _two_before(names: list[Candidate], start: int) -> bool:
    """Whether the last of names is one of two characters ending at start (the first two of a
    name whose third the model found apart: 罗红|旗, 王秀|梅之子)."""
    return bool(names) and names[-1].end == start and names[-1].end - names[-1].start == 2


def _all_of_those_joined(text: str, names: list[Candidate], start: int) -> bool:
    """Whether 均 or 皆 at start says all of the names a conjunction joined before it (乔倩与吴涛
    均为…: not a third character of 吴涛, as in 金泰均)."""
    return (text[start] in "均皆" and bool(names) and names[-1].start > 0
            and text[names[-1].start - 1] in "与和及、")


# Measure words after a number (8天, 三个, 2号; 3张 sheets, 300余人 more than, 一周 a week:
# surnames too), and the numerals before them
_MEASURES = frozenset("天年月日时分秒个次元角岁号楼层室户人名件项条只辆台套间张余周")
_SURNAMES_COUNTING = frozenset("张余周")
_WITHIN = frozenset("内后前以来")  # (after a number and a measure: 一周内, 三天后, 两年以来)
_NUMERALS = frozenset("〇零一二三四五六七八九十两几百千万")
_DATE_UNITS = frozenset("年月日号")  # (after a number in words: a date)


def _after_a_number(text: str, start: int) -> bool:
    """Whether text[start] follows a number, in digits or in words; for a measure that is a
    surname too (_SURNAMES_COUNTING), not a numeral that ends a word (继承人之一张波: 之一, one
    of them)."""
    if start == 0:
        return False
    if text[start] in _SURNAMES_COUNTING and text[start - 1] in _NUMERALS:
        return not lexicon().frequency(text, start - 2, start)
    return text[start - 1].isdigit() or text[start - 1] in _NUMERALS


def before_a_number_in_words(text: str, start: int, end: int, shortest: int = 2) -> int:
    """The end of a name longer than shortest before the numerals of a year or a date written in
    words that it runs into (陈丽娟|二〇二六年十月十日出生: 二 was masked)."""
    while (end - start > shortest and text[end - 1] in _NUMERALS
           and (text[end:end + 1] in _NUMERALS or text[end:end + 1] in _DATE_UNITS)):
        end -= 1
    return end
# What goods, not people, are counted by (十吨鲜叶, 三亩茶园): no name follows them (not 本, 张
# or 米: 一本束星北档案, 男子100米刘翔…)
_MEASURES_OF_THINGS = frozenset("吨斤克亩升瓶箱袋")


def _a_number_written(text: str, start: int, end: int) -> bool:
    """Whether a span, or all of it but its first character, is a number written in words: two
    numerals at least, and measures (十秒二一, 以十秒二一; not 王一, 张三)."""
    number = text[start:end] if text[start] in _NUMERALS else text[start + 1:end]
    return (sum(c in _NUMERALS for c in number) >= 2
            and all(c in _NUMERALS or c in _MEASURES for c in number))


def _counted(text: str, start: int) -> bool:
    """Whether a span starts right after a numeral and a measure of things (十吨|鲜叶)."""
    return (start >= 2 and text[start - 1] in _MEASURES_OF_THINGS
            and (text[start - 2].isdigit() or text[start - 2] in _NUMERALS))


_REACHING = frozenset("达逾")  # (after 高, 多, 长 …: as much as the number that follows)
# 月 and 日 end dates (三月, 五日) and given names (邓秋月, 王红日): a name's after no numeral
_DAYS = frozenset("月日")
# the days of the week, as rosters and notices write them before a name
WEEKDAYS = tuple(f"{week}{day}" for week in ("周", "星期", "礼拜") for day in "一二三四五六日天")
_WEEKDAY_FIRST = frozenset(w[0] for w in WEEKDAYS)  # (a span's first character, checked first)
_IDIOM_TAGS = ("i", "l")  # jieba's tags of idioms and set phrases


def _may_be_a_third(char: str) -> bool:
    """Whether char may be the third character of a name found as two: no stop character but
    月 and 日 after no numeral (罗秋|月), nor a verb, a preposition or an adverb that follows a
    clause's subject (陈洋|绕路, 王健|走失, 乔伟|曾多次; not 金泰|均)."""
    return ((char not in STOP_CHARS or char in _DAYS) and char not in _ADVERBS_AFTER_A_SUBJECT
            and lexicon().tag(char)[:1] not in ("v", "p"))


_PRONOUNS = frozenset("其他她它我你您")  # (向其, 于他: no surname and given name)
# (乔伟曾多次, 王伟也表示; 王欢私拉电线: privately, 私 was masked as a third character)
_ADVERBS_AFTER_A_SUBJECT = frozenset("曾又也还都就再已将仍便私")
# Adverbials of two characters that follow a subject, and begin no given name: after a surname,
# it is the name alone (寇多次接受派遣, 韦已经离职: masked 寇**, the surname published and
# the adverb masked)
ADVERBIALS = ("多次", "屡次", "已经", "一直", "曾经", "再次", "仍然", "先后", "立即", "亲自",
              "当场", "随即", "当即", "随后", "早已", "至今", "从未", "一再", "再度", "尚未",
              "并未", "始终", "依然", "擅自", "私自", "拒不", "多年", "长期", "及时", "主动",
              "积极", "耐心", "连续", "连夜")
# … of which those a verb always follows, never a name (not 随后, 当场: 随后王伟赶到), and
# the negations (携犬外出未束犬链: 束 is a surname, and 犬链 was masked)
_NEGATIONS = frozenset("不未没")
_ERAS = ("年间", "年号")  # (after a reign's name: 洪武年间)
_COMMON_NOUN = 1000  # a noun this frequent after a span after 将 is the thing disposed of (垃圾)
_ENGAGED_IN = ("从事",)
_BEFORE_A_VERB = ("擅自", "私自", "拒不", "亲自", *sorted(_NEGATIONS), "勿", "违规", "非法", "故意",
                  "肆意")


def _ends_in_a_verb(text: str, start: int, end: int) -> bool:
    """Whether a likely span ends in a common verb of two characters after a name (萨格|成长)."""
    words = lexicon()
    return ((words.frequency(text, end - 2, end) or 0) >= ORDINARY
            and words.tag(text[end - 2:end])[:1] == "v" and written_as_a_name(text[start:end - 2]))


# Four-character phrases of government text jieba's dictionary lacks (村主任在低保评定中优亲厚友:
# 亲厚友 was read as a name; 白墙黛瓦, of old towns: 黛瓦; 金山银山, of ecology)
_IDIOMS_UNLISTED = ("优亲厚友", "孝老爱亲", "白墙黛瓦", "粉墙黛瓦", "青砖黛瓦", "绿水青山",
                    "金山银山")


def _inside_an_idiom(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies inside a four-character idiom of the dictionary, or one it
    lacks (_IDIOMS_UNLISTED), or is the whole of one, unless a compound surname starts it
    (充好 of 以次充好, 拾金不昧)."""
    if any(text.startswith(_IDIOMS_UNLISTED, at) for at in range(max(0, end - 4), start + 1)):
        return True
    return any(at + 4 <= len(text) and ((at, at + 4) != (start, end)
                                        or text[start:start + 2] not in COMPOUND_SURNAMES)
               and _a_dictionary_idiom_at(text, at)
               for at in range(max(0, end - 4), start + 1))


def inside_a_word(text: str, start: int, end: int) -> bool:
    """Whether a dictionary word of three to five characters, not tagged as a name, starts
    before text[start:end] and runs to its end or past it (物招领 of 失物招领, 领 of 招领 not:
    a word of two characters may end where a name starts)."""
    words = lexicon()
    for at in range(max(0, start - 3), start):
        for stop in range(max(end, at + 3), min(len(text), at + 5) + 1):
            f = words.frequency(text, at, stop)
            if f is None:
                break
            if f and words.tag(text[at:stop]) not in NAME_TAGS:
                return True
    return False


# a common noun this frequent across a likely name's end says the name is none (向农|户)
_NOUN_ACROSS_THE_END = 300


def _a_noun_across_the_end(text: str, start: int, end: int) -> bool:
    """Whether a likely span of two ends inside a common noun at least _NOUN_ACROSS_THE_END
    frequent that the next character ends, which no given name holds, and no word starts
    (向农户发放补贴: 向 read as a surname, and 农 was masked; not 明军团队, where 团队 breaks
    军团)."""
    words = lexicon()
    return (end - start == 2 and end < len(text) and text[end] not in GIVEN_NAME_CHARS
            and (words.frequency(text, end - 1, end + 1) or 0) >= _NOUN_ACROSS_THE_END
            and words.tag(text[end - 1:end + 1]) == "n"
            and not words.frequency(text, end, end + 2))


# A word of the dictionary this frequent before a common noun this frequent heads a noun's
# phrase (_a_word_before_a_noun) …
_HEAD_OF_A_PHRASE = 100
_PHRASE_HEAD_TAGS = frozenset(["ns", "nz"])  # … when jieba tags it as a place or a proper noun


def _a_word_before_a_noun(text: str, start: int, end: int, probability: float) -> bool:
    """Whether a span the model doubts is a place's or another proper noun of the dictionary,
    not written as a transliteration, right before a common noun (金华火腿: a city's ham) or a
    word of 之, neither what names the one before it (王伟同志, 张伟家属, 李娜之子): a noun's
    phrase, no one's name. (jieba tags foreign names as places, 奥巴马态度果断, and given
    names that are words as nouns, 和建军办理, 办理 a noun too; 吴越 and 唐诗 as names: those
    stay masked before 文化 or 之路.)"""
    words = lexicon()
    if (probability >= CONFIDENT or (words.frequency(text, start, end) or 0) < _HEAD_OF_A_PHRASE
            or words.tag(text[start:end]) not in _PHRASE_HEAD_TAGS
            or all(c in TRANSLITERATION_CHARS for c in text[start:end])):
        return False
    if text.startswith(_CUE_WORDS, end) or text.startswith(_HONORIFICS, end) or (
            text.startswith(ADDRESSING, end)):
        return False
    if text[end:end + 1] == "之":
        return OF_KIN.match(text, end) is None and bool(words.frequency(text, end, end + 2))
    return any((words.frequency(text, end, stop) or 0) >= _HEAD_OF_A_PHRASE
               and words.tag(text[end:stop]) == "n" for stop in (end + 2, end + 3))


# What a village, a lane or a bridge named after a family ends with after 家 (冯家湾, 史家胡同,
# 胡家冲, 高家嘴) (not 山, 河 or 湖: 陈家山 may be someone's name)
_FAMILY_PLACE_ENDS = ("村", "湾", "庄", "桥", "坞", "埭", "浜", "岭", "坝", "塘", "港", "滩", "墩",
                      "圩", "寨", "堡", "沟", "峪", "弄", "巷", "胡同", "大院", "嘴", "坪", "冲",
                      "坡", "屯", "洼", "坳", "畈", "垸")


def _a_family_place(text: str, start: int) -> bool:
    """Whether a surname at start and 家 begin a place's name (冯家湾村开展…: 冯 was masked alone;
    史家胡同博物馆: 史家胡)."""
    return (text[start] in SINGLE_SURNAMES and text[start + 1:start + 2] == "家"
            and text.startswith(_FAMILY_PLACE_ENDS, start + 2))


def _ends_a_common_word(text: str, at: int) -> bool:
    """Whether text[at] ends a word of two at least ORDINARY frequent that jieba tags no name's
    and is no elder's or younger's form of address (缴费, 收费; not 老王, 小李)."""
    words = lexicon()
    return (at > 0 and text[at - 1] not in _OLD_YOUNG
            and (words.frequency(text, at - 1, at + 1) or 0) >= ORDINARY
            and words.tag(text[at - 1:at + 1]) not in NAME_TAGS)


# a word of two this frequent that a likely span's surname ends (核查) …
_WORD_ENDING_AT_A_SURNAME = 300
# … and jieba's tags of the words after it that given names are not: verbs and adjectives (not
# 建设 vn, 海洋 ns, 新华 nz, 立新 d: 发现|金海洋, 后来|信新华, 时常|立新 name people)
_ACT_OR_QUALITY_TAGS = frozenset(["v", "a"])


def _a_words_tail_before_a_word(text: str, start: int, end: int) -> bool:
    """Whether a span's surname ends a word of two at least _WORD_ENDING_AT_A_SURNAME frequent
    and the rest of the span is an ordinary verb or adjective (_ACT_OR_QUALITY_TAGS: 经核|查属实,
    核查 and 属实 were read as 查 and a given name)."""
    words = lexicon()
    if start == 0 or (words.frequency(text, start - 1, start + 1) or 0) < _WORD_ENDING_AT_A_SURNAME:
        return False
    rest = text[start + 1:end]
    return (len(rest) >= 2 and (words.frequency(rest) or 0) >= ORDINARY
            and words.tag(rest) in _ACT_OR_QUALITY_TAGS)


def _ends_a_word(text: str, start: int) -> bool:
    """Whether text[start] is the last character of a dictionary word of three or four
    characters (养老|金, 居民|楼; whatever jieba tags them: 养老金 is "nr")."""
    words = lexicon()
    return any(words.frequency(text, at, start + 1) for at in range(max(0, start - 3), start - 1))


def _dictionary_tag(text: str, start: int, end: int) -> str:
    """jieba's tag of text[start:end] when its dictionary has that word, else ""."""
    words = lexicon()
    return words.tag(text[start:end]) if words.frequency(text, start, end) else ""


def a_verb(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a verb of jieba's dictionary (申领, 回电), not a name."""
    return _dictionary_tag(text, start, end)[:1] == "v"


WORDS_EVIDENCE = 0.1  # a likely span of dictionary words is a name from this probability


def _made_of_words(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a sequence of two or more dictionary words of two to four
    characters, and no word in it tagged as a name, a place or another proper noun (高龄|津贴;
    not 高|建军, 苏丹|上门, 东方|天佑, 余音绕梁|品读, nor the one word 格林童话)."""
    words = lexicon()
    reach = {start}  # where a sequence of such words from start ends, at least two of them
    for at in range(start, end):
        for stop in range(at + 2, min(end, at + 4) + 1):
            frequency = words.frequency(text, at, stop)
            if frequency is None:
                break  # no word starts with text[at:stop]
            if not frequency:
                continue
            if words.tag(text[at:stop])[:2] in ("nr", "ns", "nz"):
                return False  # a name's, a place's word anywhere in it (余音绕梁品读)
            if at in reach and (at, stop) != (start, end):
                reach.add(stop)
    return end in reach


def _word_ends_at(text: str, start: int) -> bool:
    """Whether the text before start reads as a dictionary word ending there rather than as
    the start of a word running past it: 父亲|王健, 学生|成银生, 发现|金庸 (亲王, 生成, 现金
    start inside the word before, and are rarer), not 联合国|儿童 nor 设计师 (the word before
    goes on); a day of the week always does (周一|张坤: 一张 is a word too)."""
    if text.endswith(WEEKDAYS, 0, start):
        return True
    words = lexicon()
    before, first = 0, start
    for at in range(max(0, start - 4), start - 1):
        frequency = words.frequency(text, at, start) or 0
        if frequency > before:
            before, first = frequency, at
    if not before:
        return False
    for at in range(max(0, start - 3), start):
        for stop in range(start + 1, min(len(text), at + 4) + 1):
            frequency = words.frequency(text, at, stop)
            if frequency is None:
                break  # no word starts with text[at:stop]
            if frequency and (at <= first or frequency > before):
                return False
    return True


def _addressed_surname(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a surname alone in the form that names someone by it:
    after 老 (老李), or before a word of address (宋院长). A surname is also a word (李, a
    plum), which the model is seldom sure of; there the form is the evidence. Not a surname
    that is also a function or place word (老年), nor one inside a word (古老, 主办方代表);
    not after 小, where it is more often a word (小康, 小冷, 小松基地)."""
    if end - start != 1 or text[start] not in SINGLE_SURNAMES or (
            text[start] in AMBIGUOUS_SURNAMES):
        return False
    if text[start - 1:start] == "老":
        return True
    return (text.startswith(ADDRESSING, end) and not begins_a_word(text, start, end)
            and not glued_left(text, start))


# A surname that is a common noun of a thing (车, 门, 钱, 水) is no name alone in a span the
# model finds this little likely, or this where a verb follows it (车停在楼下): out of fold on
# the tuning parts, 0.05 lost a name and 0.03 none, 0.5 before a verb lost one and 0.2 none (44
# characters fewer over-masked in all).
_UNLIKELY_ALONE = 0.03
_UNLIKELY_ALONE_BEFORE_A_VERB = 0.2
_THING = 5000  # how frequent a surname's character is as a noun to be read as the thing
_NOUN_TAGS = frozenset(["n", "zg"])  # (jieba tags 车 zg)


def _a_thing(surname: str) -> bool:
    """Whether a surname of one character is a common noun of the dictionary (车, 门, 钱)."""
    words = lexicon()
    return words.tag(surname) in _NOUN_TAGS and (words.frequency(surname) or 0) >= _THING


def _surname_alone(text: str, start: int, end: int, probability: float) -> tuple[int, int]:
    """The span of a name that is a surname alone, inside the span text[start:end] the model
    found: a surname followed by a word of address (江总, 林老, 张医生) or an adverbial (寇|多次接受
    派遣), or, in a span the model only finds likely, by a character neither given names nor
    transliterations are written with, alone (张派; not after a surname that is also a word:
    万人), beginning a role word (谭驾驶 of 谭驾驶人), or, in a span longer than a name,
    beginning a word (毛翻领大衣), unless the span stands alone between a field's or a list's
    marks (代理人：季风，: the name is whole, and 季 alone would publish 风;
    _a_field_of_its_own); or by a function word's first character (黄|什么, _function_word_at);
    or a likely 老李 or 小王.
    An empty span (start, start) where that surname is a thing's noun in a span the model
    finds barely likely (把车停在…: _a_thing, _UNLIKELY_ALONE). Else (start, end): a span of
    three is a name's, whose given name may well be a word (赵无极, 范冰冰, 汪潮涌: masked *无极,
    the given name would be published whole)."""
    if end - start < 2:
        return start, end
    if text[start] in _ELDER_YOUNGER and text[start + 1] in SINGLE_SURNAMES and (
            end - start == 2 and probability < CONFIDENT):
        return start + 1, start + 2  # 老于, 小王
    if text[start:start + 2] in COMPOUND_SURNAMES or text[start] not in SINGLE_SURNAMES:
        return start, end
    second = text[start + 1]
    if probability < CONFIDENT and text.startswith(_AGEING, start + 1):
        return start, start  # 燃气软管老化: what has aged (管老 was read as an elder addressed)
    if text.startswith(ADDRESSING, start + 1) or (
            text.startswith(ADVERBIALS, start + 1)
            and text[start] not in _ADVERBS_AFTER_A_SUBJECT):
        return start, start + 1
    if (probability < CONFIDENT and not _a_name_character(second)
            and text[start] not in AMBIGUOUS_SURNAMES
            and not _a_field_of_its_own(text, start, end)
            and NAME_DOTS.isdisjoint(text[start:end + 1])  # (村民阿|不力孜·买买提: not 阿 alone)
            and (end - start == 2 or text.startswith(_CUE_WORDS, start + 1) or (
                end - start > 3 and lexicon().frequency(text, start + 1, start + 3)))):
        if _a_thing(text[start]) and probability < (
                _UNLIKELY_ALONE_BEFORE_A_VERB if lexicon().tag(second) == "v" else _UNLIKELY_ALONE):
            return start, start  # 把车停在消防通道: the model found 车停 barely likely
        return start, start + 1
    if probability < CONFIDENT and end - start == 2 and _function_word_at(text, start + 1):
        return start, start + 1
    return start, end


# what a field or a list item follows (代理人：季风，; 、连翘败毒丸), and what ends one
FIELD_BEFORE = frozenset("：:，,、；;（( \t\n")
_FIELD_AFTER = frozenset("，,、；;。）) \t\n")


def _a_field_of_its_own(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands alone between a field's or a list's marks (代理人：季风，)."""
    return ((start == 0 or text[start - 1] in FIELD_BEFORE)
            and (end == len(text) or text[end] in _FIELD_AFTER))


def _function_word_at(text: str, at: int) -> bool:
    """Whether a common pronoun, adverb, conjunction, preposition or particle of two characters
    starts at at (什么, 怎么, 这个): what no given name begins (叫黄什么不清楚 was masked 黄*么)."""
    words = lexicon()
    return (at + 2 <= len(text) and (words.frequency(text, at, at + 2) or 0) >= ORDINARY
            and words.tag(text[at:at + 2]) in FUNCTION_TAGS)


_OLD_YOUNG = ("老", "小")  # before a surname, what someone is called by (老李, 小王)
# jieba's tags of the words given names are (红旗, 国庆, 秋月, 和平, 爱国, 美丽, 建设: names,
# proper nouns, times, places, adjectives, nouns of verbs) …
GIVEN_WORD_TAGS = ("nr", "nrfg", "nz", "t", "ns", "a", "vn")
# … and a common noun's, but for times: what a role word's name may be (平安 a, 和平 nz, 春风 n,
# 长江 ns, 红旗 nr, 胜利 vn; not 业主和平时已…)
_ROLE_NAMED_WORD_TAGS = frozenset(GIVEN_WORD_TAGS) - {"t"} | {"n"}
# … and of those, the proper nouns and words of time, which are names before a verb too (not
# 犯罪 of 犯罪嫌疑人, an act's noun)
PROPER_WORD_TAGS = ("nr", "nrfg", "nz", "t", "ns")
# What goes between the names of a list (王伟、韩国庆; 张三和李四)
LIST_GLUE = frozenset(["、", ",", "，", "和", "及", "与", " ", "/", "；", ";"])
_FORMS_OF_ADDRESS = frozenset("老小阿大")  # what begins a word of address (老伯, 阿姨, 大爷)
HOUSEHOLD = frozenset("户家")  # after a name where it ends: 龙爱国户, the Long household


def _given_word_after(text: str, end: int) -> int:
    """The end of a name the model found the surname of alone, ending at end: with the word of
    two characters after it when a given name may be that word, where a name ends (before a
    particle, punctuation, a household, a title, a couple, what is said of a name, a verb, an
    adverb, a preposition or a word of time: 任命胡和平为, 曹和平于2026年, 龙爱国户, 雷和平老师,
    顾和平夫妻俩, 司马建设声明, 赵和平拒绝, 朱和平同意, 梁光明通过, 钟和平现年; masked *和平, the
    surname alone published the given name), else end; not a word whose second character begins
    what is said of the name (司马|明代其…: 明代, the Ming)."""
    words = lexicon()
    stop = end + 2
    if stop > len(text) or not words.frequency(text, end, stop):
        return end
    if text[end + 1:end + 3] in _MEMBERS_OF_A_CONGRESS and text[end] in GIVEN_NAME_CHARS:
        return end + 1  # 诸葛明|代表建议: a given name of one before a deputy's title (明代,
        # the Ming, was read, and 代 masked)
    if starts_an_act(text, end + 1):
        return end  # 司马|明代其…: 明代 (the Ming) is no given name where 代其 is an act
    after, tag = text[stop:stop + 1], words.tag(text[end:stop])
    punctuated = after in STOP_CHARS or bool(after and not after.isalnum())
    if tag == "n" and all(c in GIVEN_NAME_CHARS for c in text[end:stop]):
        tag = "nz"  # 杜|光明|于2026年, 燕|建军: a noun of a given name's characters (not
        # 康|军医, 车|钥匙: a noun is a given name's no more often than that)
    elif text[end] == text[end + 1] and punctuated:
        tag = "nz"  # 欧阳|刚刚、: a doubled character where a name ends, an adverb's too
    if tag not in GIVEN_WORD_TAGS or not (
            punctuated or after in HOUSEHOLD or starts_an_act(text, stop)
            or text.startswith(_TITLES, stop) or text.startswith(FAMILY, stop)
            or (tag in PROPER_WORD_TAGS
                and words.tag(text[stop:stop + 2]) in ("v", "t", "p", "d"))):
        return end
    if ((words.frequency(text, end - 1, stop) and words.tag(text[end - 1:stop]) not in NAME_TAGS)
            or begins_a_word(text, end, stop)
            or text.startswith(ADDRESSING, end) or text[end] in _FORMS_OF_ADDRESS):
        return end  # 莫老伯, 江小姐, 王阿姨: the surname and a form of address (not 袁和平, a
        # name of the dictionary)
    return stop


def _given_character_after(text: str, end: int, compound: bool) -> int:
    """The end of a name the model found the surname of alone, ending at end: with the
    character of a given name after it where a name ends after that (a compound surname's: 东门
    明于2026年…, masked **明, the surname alone published the given name; any surname's before
    what is said of a name: 江超出村时…, 超出 being a word), else end."""
    char, after = text[end:end + 1], text[end + 1:end + 2]
    if (char and char in GIVEN_NAME_CHARS and char not in STOP_CHARS
            and ((compound and (after in STOP_CHARS or not after.isalnum()))
                 or starts_an_act(text, end + 1))):
        return end + 1
    return end


def _towards_a_surname(text: str, start: int, end: int) -> bool:
    """Whether a span of two or three starts with 向 (towards, and a surname) before a
    surname, the two no word of the dictionary (向孟, 向成: the model reads 向 as the surname
    far more often than government text writes it so)."""
    return (text[start] == "向" and 2 <= end - start <= 3 and text[start + 1] in SINGLE_SURNAMES
            and not lexicon().frequency(text, start, start + 2))


def _name_after_towards(text: str, start: int, end: int) -> int:
    """The end of the span text[start:end] read both ways: 向's name, or the name after 向
    (民警向成志强了解情况: the model read 向成志, and 强 was published; 法官向全和平释明…: 向全,
    和平 published). The span keeps 向 and covers the other reading's end; not over what is
    said of the name (向明经营的食杂店: 经营 was masked)."""
    if starts_an_act(text, end):
        return end
    if end - start == 2:
        return max(end, _given_word_after(text, end))  # 向|全|和平
    return max(end, _given_word_ending(text, end))  # 向|成志|强


# The probability from which a character right after a two-character name the model is sure
# of is its third: out of fold on the tuning parts, 16 names more hidden whole for 22
# characters more masked (from 0.05, fewer names for as many; from any, 144 characters), and
# on the hotline bench's 200,000 rows four names more and no character
THIRD_CHARACTER = 0.01


_FUNCTION_OR_TIME_TAGS = frozenset(["p", "c", "t"])  # (关于, 由于, 去年: words of their own)


def _word_after_a_name(text: str, at: int) -> int:
    """_word_from(text, at), not counting a word that ends in a particle (强于, 华在: 刘国强于
    2026年 is 刘国强 and 于, not 刘国 and 强于) unless it is a preposition, a conjunction or a
    word of time itself (会议听取了赵阳关于…的汇报: 关于, about; 阳关 was read as the given
    name; 李想去年…: 想去 was)."""
    if (text[at + 1:at + 2] in STOP_CHARS
            and lexicon().tag(text[at:at + 2]) not in _FUNCTION_OR_TIME_TAGS):
        return 0
    return _word_from(text, at)


# What a name ends before (明建设在…, 和建设因…, 王光明的…, a clause's end; not 于: 周|有助于)
_AFTER_A_GIVEN_WORD = frozenset("在因将被的，,。、；;")
# jieba's tags of the words given names are but for times and places (曾|先后被…, 马|德里的)
_GIVEN_WORD_TAGS_NOT_WHEN_OR_WHERE = tuple(t for t in GIVEN_WORD_TAGS if t not in ("t", "ns"))


def _a_given_word_ending_a_name(text: str, at: int) -> bool:
    """Whether a word of two characters jieba tags as a given name's words are (建设, 光明; not a
    time's or a place's) starts at at, and what a name ends before follows it."""
    words = lexicon()
    return (text[at + 2:at + 3] in _AFTER_A_GIVEN_WORD and bool(words.frequency(text, at, at + 2))
            and words.tag(text[at:at + 2]) in _GIVEN_WORD_TAGS_NOT_WHEN_OR_WHERE)


# the leaders of squads, whose first character a name is read on to (王伟|大队长: 伟大 is a word)
SQUAD_LEADERS = ("大队长", "中队长", "支队长")


def _given_word_ending(text: str, end: int) -> int:
    """The end of a name of two characters the model is sure of, ending at end: with the
    character after it where its given name is a word of the dictionary with it (尹国|强于,
    周恩|来为, 陈光|标拟: masked 尹*强, half the given name was published), unless that
    character begins a word as frequent or one that is common (王东|来电: 东来 is a word too)
    that no word as frequent after it breaks where the given name is a name's word (桓淑|英文明),
    or starts what is said of the name (_ACTS_WITH_A_CHARACTER, _ADVERBS_AFTER_A_NAME: 单平|作为
    评审专家) or a question (钟想|有没有…), or goes to a place (冯刚|来院就诊: 刚来 is a word)
    or to a post at a level of government (梁超|任市发展和改革委员会主任), or ends no given name
    (_NEVER_LAST: 李军|户的房屋, 军户 being a word), or is a squad leader's title; else end."""
    words = lexicon()
    if (end + 1 > len(text) or not is_cjk_name(text[end]) or text[end] in STOP_CHARS
            or text[end] in _NEVER_LAST or starts_an_act(text, end) or _a_question_at(text, end)
            or going_to_a_place(text, end) or a_post_at_a_level(text, end)
            or text.startswith(SQUAD_LEADERS, end)):
        return end
    frequency = words.frequency(text, end - 1, end + 1) or 0
    after = _word_after_a_name(text, end)
    if frequency >= 3 and words.tag(text[end - 1:end + 1]) in NAME_TAGS and (
            _word_from(text, end + 1) >= after):
        return end + 1  # 桓淑|英文明: 淑英 is a name's, and 文明 breaks 英文
    if frequency < 3 or after >= frequency or after >= ORDINARY:
        return end
    return end + 1


SHORT_TEXT = 8  # a text this short (a table cell) has too little context for a likely name


LIKELY_GLUED_LEFT = 1000  # a likely span does not start inside a word this frequent (官方)


LATIN_EVIDENCE = 0.02  # the name probability from which a span of Latin letters is a name
# … and a handle (capitals, mixed case, digits: TH000, IdrA). Out of fold on the tuning parts,
# 0.02 would catch a name for every four acronyms it masks (THQ, OGN, EA, LGD, t.cn codes).
HANDLE_EVIDENCE = CONFIDENT
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z'.\- ]*[a-z]")
# A handle: letters, then letters or digits in any case (TH000, IdrA, ForDreaM, MC), at least
# two letters and at most three digits (E12345678 is a passport's number, not a handle).
_HANDLE = re.compile(r"(?=(?:[^0-9]*[0-9]){0,3}[^0-9]*$)(?=[^A-Za-z]*[A-Za-z][^A-Za-z]*[A-Za-z])"
                     r"[A-Za-z][A-Za-z0-9]+")
_WORD_DIGITS = re.compile(r"[A-Za-z][a-z]+[0-9]+")  # a word and a number: dota2, blizzcon2009
_MASK_LETTERS = re.compile(r"[XxＸｘ]+")  # 张XX: already anonymised
# … after a surname too, unless a Latin word goes on (张XX, 李X; not 张Xavier)
_MASK_LETTERS_AFTER = re.compile(_MASK_LETTERS.pattern + "(?![A-Za-z])")
_LETTERS = re.compile(r"[A-Za-z'.\- ]+")


_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z0-9'.\-]*(?: [A-Za-z][A-Za-z0-9'.\-]*)*")
_DOMAIN = re.compile(r"[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}$")
_ANY_LATIN = re.compile("[A-Za-z]")  # what every match of _LATIN_RUN starts with


def _latin_names(text: str, start: int, end: int, probability: float) -> list[tuple[int, int]]:
    """The runs of Latin letters in the span written as names are (jack, SteveNiles), and
    handles when the model is confident of them: runs of capitals, of mixed case or with
    digits (GRUBBY, TH000, IdrA, MC: players' handles; not acronyms such as GDP, which it is
    not). A name written as a word runs up to its digits (jack of jack123, dota of dota2)."""
    out = []
    for m in _LATIN_RUN.finditer(text, start, end):
        run = m.group()
        whole = _whole_run(text, *m.span())
        if _prose(whole) or (
                text[m.start() - 1:m.start()] == "@" and _DOMAIN.match(run)):
            continue  # (example.com of zhangsan@example.com is the address's domain)
        if probability >= HANDLE_EVIDENCE and _HANDLE.fullmatch(run) and not (
                _WORD_DIGITS.fullmatch(run) or _MASK_LETTERS.fullmatch(run)):
            out.append(m.span())
            continue
        letters = _LETTERS.match(run)  # up to the first digit
        if (letters and _LATIN_NAME.fullmatch(letters.group()) and not _a_long_title(whole)
                and not _a_common_word_in_lower_case(letters.group())):
            out.append((m.start(), m.start() + letters.end()))
        elif probability >= HANDLE_EVIDENCE and _written_as_on_a_passport(run):
            out.append(m.span())
    return out


_CAPITAL_WORDS = re.compile(r"[A-Z]{2,}(?: [A-Z]{2,}){1,2}")
_LONG_TITLE = 10  # a run of capitalised words longer than this that no known name begins …
_CAPITALISED_WORDS = re.compile(r"(?:[A-Z][a-z]+){2,}")


def _a_common_word_in_lower_case(letters: str) -> bool:
    """Whether a run of Latin letters is a common English word in lower case (war, news, the,
    baby: out of fold on the tuning parts, 47 letters over-masked fewer and no name lost; not
    War, Alone, which name songs and people alike)."""
    from privacy.names.latin import latin_lexicon

    return letters.islower() and latin_lexicon().is_common(letters)


def _a_long_title(letters: str) -> bool:
    """Whether a run of Latin letters is capitalised words written together, longer than
    _LONG_TITLE, that no known first or last name begins (ParadoxInteractive, InfinityWard,
    GoulburnValley: a studio's, a magazine's, a place's name; not LewisCarroll). Out of fold on
    the tuning parts, 421 letters over-masked and no name."""
    from privacy.names.latin import latin_lexicon

    if len(letters) <= _LONG_TITLE or _CAPITALISED_WORDS.fullmatch(letters) is None:
        return False
    known = latin_lexicon()
    return not any(known.is_name(letters[:at].capitalize())
                   for at in range(3, _LONG_TITLE + 1))


def _written_as_on_a_passport(run: str) -> bool:
    """Whether a run is a name in capitals, as passports and forms write one (LIU YANG, ZHANG
    SAN FENG): two or three words, each a known first or last name (pinyin's syllables are),
    none a common English word (not GDP CPI, nor THE END)."""
    from privacy.names.latin import latin_lexicon

    if _CAPITAL_WORDS.fullmatch(run) is None:
        return False
    known = latin_lexicon()
    return all(known.is_name(word.capitalize()) and not known.is_common(word.lower())
               for word in run.split())


# Longer than the longest names written without spaces (josephmallordwilliamturner, 26), or
# more words than a name has: English prose (Likethewinddunkaspainmemorieswereblown).
LATIN_NAME_LETTERS = 27
LATIN_NAME_WORDS = 4


def _prose(run: str) -> bool:
    """Whether a run of Latin words is too long to be a name (numbers in it are no words:
    138 0000 1111 Li Ming holds a name)."""
    words = [w for w in run.split() if not w.isdigit()]
    return len(words) > LATIN_NAME_WORDS or any(len(w) > LATIN_NAME_LETTERS for w in words)


_RUN_BEFORE = re.compile(r"[A-Za-z0-9'.\- ]*$")
_RUN_AFTER = re.compile(r"[A-Za-z0-9'.\- ]*")


def _whole_run(text: str, start: int, end: int) -> str:
    """The whole run of Latin words that text[start:end] is part of (a span of the model may
    hold only part of one)."""
    before = _RUN_BEFORE.search(text, max(0, start - 200), start)
    after = _RUN_AFTER.match(text, end)
    return text[before.start() if before else start:after.end() if after else end]


_CAMEL_PARTS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


def _known_latin_names(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The runs of Latin letters in a span the model finds less likely than LATIN_EVIDENCE
    that are known first or last names (privacy.names.latin) and not common English words
    (amy, filip, Walker; PeterWoodward: each of its parts), whole words of three letters or
    more, not all capitals. Below LATIN_EVIDENCE most Latin runs are products, words and the
    codes of short links: out of fold on the tuning parts, all of them at 0.005 masked eleven
    of those for each name."""
    from privacy.names.latin import latin_lexicon

    known = latin_lexicon()
    out = []
    for m in _LATIN_RUN.finditer(text, start, end):
        letters = _LETTERS.match(m.group())
        if (not letters or len(letters.group()) < 3 or letters.group().isupper()
                or _LATIN_AROUND.match(text[m.start() - 1:m.start()])
                or _LATIN_AROUND.match(text[m.end():m.end() + 1])):
            continue  # a word cut by the span (Wolfen|stein, vi|sa), a link's code (t.cn/Tu5),
            # capitals (ESA, EVE: acronyms as often as names)
        parts = _CAMEL_PARTS.findall(letters.group()) or [letters.group()]
        if all(known.is_name(part.capitalize()) and not known.is_common(part)
               for part in parts):
            out.append((m.start(), m.start() + letters.end()))
    return out


_LATIN_AROUND = re.compile(r"[A-Za-z0-9/.=?&#_'’\-]")  # what a whole Latin word is not next to


# Below this name probability a likely span must start like a name (a surname, a
# transliteration): most such spans that do not are words. Above it, one that does not (a
# nickname: 壮壮, 小七) must hold no particle (的, 为, 了 …).
NAME_START_EVIDENCE = 0.002
# … and a likely span right after a name the model is sure of, whose surname would be that name's
# (张博抱着大郅, 0.35: a nickname; 李咏以全班, 0.05: no one)
AFTER_A_SURE_NAME_EVIDENCE = 0.1
SHAPE_EVIDENCE = 0.05  # the model's support a rules' name without clean evidence needs


def _names_apart(text: str, start: int, end: int, kept: tuple[int, int]
                 ) -> list[tuple[int, int]]:
    """The names beside the one kept (_name_characters) in a span the model is sure of, apart
    from it by blanks only, each a surname and one or two characters that are no word (工作日志：
    白班　卢明、周伟: the model read 白班　卢明 as one name, and 卢明 was published; not 申领
    of 申领人 万波　申领原因, nor a demonstrative's: 跟车员 那名男子)."""
    runs = [match.span() for match in _NAME_RUN.finditer(text, start, end)]
    if len(runs) < 2 or any(not text[runs[at][1]:runs[at + 1][0]].isspace()
                            for at in range(len(runs) - 1)):
        return []
    return [(a, b) for a, b in runs
            if (a, b) != kept and 2 <= b - a <= 3 and surname_of(text[a:b])
            and len(surname_of(text[a:b])) < b - a and not lexicon().frequency(text, a, b)
            and text[a] not in _COUNTING]


def _name_characters(text: str, start: int, end: int) -> tuple[int, int]:
    """The longest run of characters a name is written with inside text[start:end] (the
    first of the longest; an empty span at start when there is none)."""
    best = (start, start)
    for match in _NAME_RUN.finditer(text, start, end):
        if match.end() - match.start() > best[1] - best[0]:
            best = match.span()
    return best


_PARTICLES = frozenset("的地得了着过")  # (between a surname and a likely span: no name's)


_ADDRESSED_AS = frozenset({*_TITLES, *HONORIFICS, "主席", "总理", "总统", "部长", "委员长"})
_WORD_BEGINNING_A_NAME = 500  # a likely name of three does not begin with a noun this frequent
_NOUN_AS_A_GIVEN_NAME = 5000  # … nor has one this frequent for its given name
_NOUN_AFTER_A_WORD = 1000  # … or one this frequent where its surname ends a word


def _common_words_in_a_name(text: str, start: int, end: int) -> bool:
    """Whether a likely name of a single surname and two characters is a common noun and the
    first character of a word after it (单元门禁损坏: 单元, a block's unit, and 门禁; 小区的单元门
    was masked 单**; not 王家卫挑选…, nor 时光明被责令…), or a surname and a common noun (报修
    内容：: 内容, what is reported; 修内容 was read; not a title, 张教授, 毛主席), or one less
    common after a character that ends a word (送达文书：: 送达, to serve, and 文书, a
    document)."""
    span = text[start:end]
    if len(span) != 3 or span[:2] in COMPOUND_SURNAMES:
        return False
    words = lexicon()
    if span[1:] in _ADDRESSED_AS:
        noun_after = False
    elif start > 0 and (words.frequency(text, start - 1, start + 1) or 0) >= ORDINARY:
        noun_after = _a_noun(span[1:], _NOUN_AFTER_A_WORD)
    else:
        noun_after = span[0] in SINGLE_SURNAMES and _a_noun(span[1:], _NOUN_AS_A_GIVEN_NAME)
    return noun_after or (span[0] in SINGLE_SURNAMES and (
        (_a_noun(span[:2], _WORD_BEGINNING_A_NAME) and bool(words.frequency(text, end - 1,
                                                                            end + 1)))
        # … or a word and a fee (车位费: a parking space's)
        or (span[2] == "费" and bool(words.frequency(span[:2])))))


def _before_linking(text: str, start: int, end: int) -> int:
    """Where a span with a surname ends that the model read on past its name: at a linking
    character after the given name's first (a span longer than any name: 刚才王成|在群里说, the
    model read 王成在群里), or before a question of a verb and its negation (陈梅|有没有向你借
    钱: 有 was masked; 是不是, 会不会)."""
    surname = surname_of(text[start:end])
    if not surname:
        return end
    given = start + len(surname)
    if end - given > 2:
        for at in range(given + 1, end):
            if text[at] in _LINKING_NOT_GIVEN:
                return at
    if end - given == 2 and _a_question_at(text, end - 1):
        return end - 1
    return end


# (jieba tags 谢谢 as a name)
_DOUBLED_VERBS = frozenset({"谢谢", "看看", "想想", "问问", "说说", "试试", "听听", "找找", "催催"})


def _after_a_doubled_word(text: str, start: int, end: int) -> int:
    """Where a span starting with a doubled verb (谢谢田成的关注: thanks, 谢 a surname too) and a
    surname, longer than a name of two, starts its name (not 小小丸子, a nickname); else start."""
    if (end - start >= 4 and text[start:start + 2] in _DOUBLED_VERBS
            and text[start + 2] in SINGLE_SURNAMES):
        return start + 2
    return start


def _a_question_at(text: str, at: int) -> bool:
    """Whether a verb and its negation ask a question at at (有没有, 是不是, 会不会)."""
    return (at + 2 < len(text) and text[at] == text[at + 2] and text[at + 1] in "不没"
            and text[at] != text[at + 1])


def _name_start(text: str, start: int, end: int, named: tuple[int, int] = (-1, -1)
                ) -> int | None:
    """Where a likely name text[start:end] begins: at a surname (the one just before, if the
    likely characters are its given name, and no role word ends before them), or at start if it
    is a transliteration (written with a dot, or with its characters only: 基恩, not 内修复), or
    after 老 or 小 (老李, 小王, 老于: there even a function word is a surname); else None. Not
    at a surname inside a name the model is sure of, named, but at its start (驾驶员龚桂荣|
    绕路多收费: 荣 ends a name, and 荣绕路多 was read; not 边春|和), nor two characters back
    where a particle is between (价值五十万元的彩超: 元的彩超) or a word a given name does not
    go on from (群众公认度高: 公认 is a word, 度 begins no given name, and 公认度高 was read)."""
    if (text[start] in _ELDER_YOUNGER and end - start == 2
            and text[start + 1] in SINGLE_SURNAMES):
        return start + 1
    for at in (start, start - 1, start - 2):
        if at < 0 or (at < start and (_ends_a_role(text, start - 1) or any(
                lexicon().frequency(text, before, start)
                for before in range(max(0, start - 6), start - 3)))):
            break  # (收养人|时海洋: 养 is no surname there, the role word's; nor 斯 of
            # 吉尔吉斯斯坦|等国, the end of a word of four characters or more)
        if named[0] < at < named[1]:
            if (start == named[1] and end - start <= 3 and text[start] in SINGLE_SURNAMES
                    and not lexicon().frequency(text, start - 1, start + 1)):
                return start  # (司马宝武|应纪如: a name right after the one the model is sure
                # of, with a function word's surname; not 张欢绕|路多收费, 绕路 a word)
            continue
        if at == start - 2 and (text[start - 1] in _PARTICLES or (
                text[start] not in GIVEN_NAME_CHARS and lexicon().frequency(text, at, start))):
            break
        if text[at:at + 2] in COMPOUND_SURNAMES or (text[at] in SINGLE_SURNAMES
                                                   and text[at] not in FUNCTION_SURNAMES):
            return at  # a function word (须, 和, 于) is a surname only with more evidence
        if at == start and ("·" in text[at:at + 6]
                            or all(c in TRANSLITERATION_CHARS for c in text[start:end])):
            return at
    return None


# Doubled characters that are no one's nickname: interjections (哈哈, 呵呵, 嘻嘻), Weibo's
# emoticons written out ([赞], [怒], [汗], [泪] without brackets: 赞赞), a pronoun (谁谁), and
# kinship words (妈妈, 哥哥, 宝宝), which call people but name no one.
_NOT_DOUBLED = frozenset("哈呵嘻嘿呜啦嗯哼噢哦唉啊呀嘛哇咯嘎喔嗷吼哟咩哒"
                         "赞怒汗泪心哭笑亲抱"
                         "谁誰"
                         "妈爸哥姐弟妹爷奶宝叔伯舅姑婆公姥娃")
# Tags of jieba's dictionary that make a doubled character a word: adverbs (常常, 慢慢), time
# (天天), verbs (看看), pronouns, interjections, prepositions, conjunctions, particles,
# numerals and measure words, and set phrases (孜孜).
_DOUBLED_WORD_TAGS = ("d", "t", "v", "r", "o", "p", "c", "u", "m", "q", "l")
NICKNAME_WORD = 50  # a doubled character that is a dictionary word this frequent is the word


def _doubled_word(text: str, at: int) -> bool:
    """Whether a character doubled at text[at] is an adverb of the dictionary (迟迟, 频频,
    屡屡), whatever its frequency (a doubled verb may be a nickname: 解解)."""
    return text[at + 1:at + 2] == text[at] and _dictionary_tag(text, at, at + 2) == "d"


def _nickname(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A nickname among a likely span's characters that has no surname: a character doubled
    (胖胖, 超超, 晶晶: how Weibo names a friend; not 天天, 常常, 哈哈, 妈妈, nor 眼睁睁, nor a
    character written three times or more: 汗汗汗, 雪雪雪雪). Its span, or None. The shape
    only: the model's probability is what found it likely.

    小 or 阿 before a character (小亭, 阿瑚) is no such shape: out of fold on the tuning parts
    it masked 小编, 小胜, 小团, 小床 … fifteen times for each nickname it caught."""
    lexicon_ = lexicon()
    for at in range(start, end - 1):
        char = text[at]
        if (char != text[at + 1] or not "\u4e00" <= char <= "\u9fff"
                or char in _NOT_DOUBLED or char in STOP_CHARS
                or text[at - 1:at] == char or text[at + 2:at + 3] == char):
            continue
        frequency = lexicon_.frequency(text, at, at + 2) or 0
        tag = lexicon_.tag(text[at:at + 2]) if frequency else ""
        if ((frequency >= NICKNAME_WORD and tag[:2] != "nr")
                or tag.startswith(_DOUBLED_WORD_TAGS)
                or glued_left(text, at) or begins_a_word(text, at, at + 2)):
            continue
        return at, at + 2
    return None


def written_as_a_name(span: str) -> bool:
    """Whether a span is written as a Chinese name is: a surname, then characters of given
    names (基本养 and 证核发公示 are not); or as a transliteration (a dot, or its characters)."""
    if "·" in span or all(c in TRANSLITERATION_CHARS for c in span):
        return True
    for surname in (span[:2], span[:1]):
        if surname in COMPOUND_SURNAMES or (len(surname) == 1 and surname in SINGLE_SURNAMES):
            given = span[len(surname):]
            return len(given) <= 2 and all(c in GIVEN_NAME_CHARS for c in given)
    return False


COMMON_WORD = 1000  # a likely name does not start with a word this frequent (基本养老)


def _starts_with_a_word(text: str, start: int, end: int) -> bool:
    """Whether a likely span longer than two characters starts with a frequent word jieba
    does not tag as a name (基本 in 基本养老保险, 金额 in 金额为)."""
    if end - start <= 2:
        return False
    head = text[start:start + 2]
    if head in COMPOUND_SURNAMES and written_as_a_name(text[start:end]):
        return False  # 东方霞: 东方 is a word and a surname (not 东方新魔幻)
    words = lexicon()
    return (words.frequency(head) or 0) >= COMMON_WORD and words.tag(head)[:2] != "nr"


def _a_surname_and_a_common_noun(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a surname and four characters or more ending in a common noun
    that is no ruler's title (余|卡内余额: no given name is so long; not 查理士大帝)."""
    surname = surname_of(text[start:end])
    return (bool(surname) and end - start - len(surname) > 3
            and _a_common_noun_word(text, end - 2, end) and text[end - 2:end] not in _RULERS)


_RULERS = frozenset(["大帝", "国王", "皇帝", "女王", "王子", "公主", "亲王", "教皇", "大公", "公爵",
                     "伯爵", "王后", "皇后", "太子", "将军", "元帅", "大师"])


def _a_typical_name_of_three(text: str, start: int, end: int, probability: float) -> bool:
    """Whether a likely span of three is a common surname and two characters given names are
    written with, likely enough (WORDS_EVIDENCE) though the surname and the next are a word
    (导致王国强家卫生间漏水: 王国, a kingdom; not 基本养老, 金额为)."""
    return (end - start == 3 and probability >= WORDS_EVIDENCE
            and text[start] in COMMON_SURNAMES
            and all(c in GIVEN_NAME_CHARS for c in text[start + 1:end]))


def _a_name_character(character: str) -> bool:
    """Whether given names or transliterations are written with character."""
    return character in GIVEN_NAME_CHARS or character in TRANSLITERATION_CHARS


def _word_without_evidence(span: str, probability: float, in_words: bool = True) -> bool:
    """Whether a span is a frequent dictionary word (许可, 高峰) the model is not sure enough
    of: a likely one as common as COMMON_WORD is never a name unless jieba tags it so; else it
    needs WORD_EVIDENCE (NAMED_WORD_EVIDENCE when jieba tags it as a name, which its
    tags of 许可 and 高峰 are too; CONFIDENT_WORD when Viterbi's own but not tagged so, unless
    a transliteration: three characters or more, or two not tagged as a place); a likely
    adverb, pronoun, conjunction, preposition or particle (常年) is none. A rarer word not
    tagged as a name (环比, a statistics term) needs TERM_EVIDENCE, and so does a rarer still
    of two whose second character no name is written with, where in_words (words, not a number
    nor the text's end, follow it, and no field's mark is before it: 引发山火; not 代理人：季风，),
    and so does any such word of two not tagged as a name (延长周末开放: 末). A surname and a
    rarer word's second character the model is sure of (金兵, under _RARE_FOR_A_SURE_NAME, not
    a place's) is a name."""
    if span in WORDS_TAGGED_AS_NAMES or span in _NO_ONES:
        return True  # 许可证: the model reads jieba's tag of it, so it cannot judge it
    words = lexicon()
    frequency = words.frequency(span) or 0
    named = words.tag(span)[:2] == "nr"
    if frequency < ORDINARY:
        # a rarer word jieba does not tag as a name (环比, a term) is one only when likely; so
        # is a rarer still of two whose second character no name is written with, words after
        # it (引发山火，; not a doubled one: 解解, a nickname; nor a compound surname alone, 漆雕
        # 中山路; nor one before a number, 路卜8619…: a contact's name, its mobile after it)
        rarest = (in_words and len(span) == 2 and span[0] != span[1]
                  and span not in COMPOUND_SURNAMES and not _a_name_character(span[1]))
        return (probability < CONFIDENT and not named and probability < TERM_EVIDENCE
                and frequency >= (1 if rarest else RARE_WORD))
    if (probability >= CONFIDENT and frequency < _RARE_FOR_A_SURE_NAME and len(span) == 2
            and span[0] in SINGLE_SURNAMES and words.tag(span)[:2] not in PLACE_TAGS):
        return False  # 金兵在申请公租房时…, 高欢的养老保险…: a surname and a rarer word's
        # second character (the Jin army; a historical emperor), a name the model is sure of
    if probability >= CONFIDENT:
        # A transliteration Viterbi decodes is the model's to judge: jieba tags many foreign
        # names as places or other proper nouns (奥巴马, 巴拉克 ns; 穆勒 nz); only of two
        # characters tagged as a place is it one as often (巴西, 伊朗). Out of fold on the
        # tuning parts, six names for three characters (维利亚 of 塞维利亚).
        return (not named and probability < CONFIDENT_WORD and not (
            len(span) >= 2 and all(c in TRANSLITERATION_CHARS for c in span)
            and (len(span) >= 3 or words.tag(span)[:2] != "ns")))
    if not named and len(span) > 1 and (words.tag(span)[:1] in FUNCTION_TAGS
                                         or words.tag(span) == _TIME_TAG):
        return True  # 户主常年在外: an adverb (a pronoun, a conjunction …) the model only finds
        # likely. Out of fold on the tuning parts, nine characters and no name. So is a time
        # (巡库员乔倩凌晨4点巡查: 凌晨 was masked, at 0.04)
    if frequency >= COMMON_WORD and not named and (len(span) > 1 or span not in SINGLE_SURNAMES):
        # 彭玉建议 (建议 at 0.02), 领导和专家: a common word the model only finds likely. Out of
        # fold on the tuning parts, 80 such over-masks and no name. A surname alone that is
        # such a word (曾, 刘) keeps WORD_EVIDENCE: a single character over-masked costs a
        # reader little, and there the rule would cost two names (刘：, an interview's; C罗)
        # for 35 characters.
        return True
    if (not named and in_words and len(span) == 2 and span[0] != span[1]
            and span not in COMPOUND_SURNAMES and not _a_name_character(span[1])):
        return probability < TERM_EVIDENCE  # 延长周末开放时间: 末 begins and ends no name (周
        # was masked, at 0.026)
    return probability < (NAMED_WORD_EVIDENCE if named else WORD_EVIDENCE)


def _a_words_end_before_a_colon(text: str, start: int, end: int) -> bool:
    """Whether a span before a colon ends a word of the dictionary begun one or two characters
    before it, which jieba tags as no name: a label's (表扬信：感谢…, 扬信 was masked; not
    星展银行程兵：, 回复方娜：, 和雪梅：)."""
    words = lexicon()
    return any(start >= back and words.frequency(text, start - back, end)
               and words.tag(text[start - back:end]) not in NAME_TAGS for back in (1, 2))


def _a_fields_label(text: str, start: int, end: int) -> bool:
    """Whether a span before a colon, at the text's start or after blanks, is a word of the
    dictionary jieba tags as no name: a form's label (带班领导：司马玉兰　雨情：过去6小时…: 情
    was masked; not 　王伟：, no word, nor 刘：, an interview's speaker)."""
    words = lexicon()
    return (end - start >= 2 and (start == 0 or text[start - 1] in BLANKS)
            and (words.frequency(text, start, end) or 0) > 0
            and words.tag(text[start:end]) not in NAME_TAGS)


_BARELY = 0.01  # a likely span this unlikely is checked against the words around it
DONE = "了"  # (after a verb: done)


def _a_word_and_a_verb_done(text: str, start: int, end: int) -> bool:
    """Whether a likely span of two is the end of a word and a verb before 了 (对审核流程作了说明:
    程, the end of 流程, a procedure, and 作 were masked)."""
    words = lexicon()
    return (end - start == 2 and text[end:end + 1] == DONE and start > 0
            and (words.frequency(text, start - 1, start + 1) or 0) >= ORDINARY
            and words.tag(text[start + 1])[:1] == "v")


_BARELY_A_WORDS_END = 0.005  # a likely span this unlikely may start inside a word


def _a_words_end_and_a_word(text: str, start: int, end: int) -> bool:
    """Whether a likely span of three is the end of an ordinary word and a word of the
    dictionary at least _COMMON_VERB frequent whose tag is none that given names' words have
    (_ROLE_NAMED_WORD_TAGS, nor a time's: 缴费|提醒：, 拨付|进度款: 费提醒 and 付进度 were
    masked; not 老师|师平安, 来信|信建军, 对白|白立新: 平安 an adjective, 建军 a name, 立新
    rare)."""
    if end - start != 3 or start == 0:
        return False
    words = lexicon()
    given = text[start + 1:end]
    return ((words.frequency(text, start - 1, start + 1) or 0) >= ORDINARY
            and (words.frequency(given) or 0) >= _COMMON_VERB
            and words.tag(given) not in _ROLE_NAMED_WORD_TAGS and words.tag(given) != "t")


_SOMEONE_OR_A_TITLE = SOMEONE_WORDS | frozenset(_TITLES)
# the parties (方) of a dispute, a contract or talks, by what they are (园方, 校方, 院方: the
# kindergarten's, the school's, the hospital's side; 买方, 甲方, 医患双方) or by their country
# (中方, 葡方, 德方: not 韩方, a name as often)
_SIDE = "方"
_SIDES = frozenset(side + _SIDE for side in "园校院厂店馆警军资劳买卖甲乙丙局企医患租承"
                   "中美英法德日俄苏葡朝意澳越西")
_FEE = "费"  # (月托费, 入园费: a fee, which ends no name)
_ITS = "其"  # (his, her, its: before a preposition or a verb's link, a pronoun, no given name)
_STAFF_END = "员"  # (巡库员, 测报员: a word for staff, which ends no name the model only finds
# likely)


def _before_a_staff_words_end(text: str, end: int) -> bool:
    """Whether 员 of a word for staff follows a span, before a name or a character that may
    begin one (巡库|员常红旗: 巡 was masked; not 员工, staff as a noun)."""
    return text[end:end + 1] == _STAFF_END and text[end + 1:end + 2] in SINGLE_SURNAMES


def a_party(span: str) -> bool:
    """Whether span is a party to something: _SIDES, or a common word for what it does and 方
    (施工方, 运营方: 施 and 运 are surnames)."""
    if span in _SIDES:
        return True
    if len(span) < 3 or span[-1] != _SIDE:
        return False
    words = lexicon()
    tag = words.tag(span[:-1])
    return (tag[:1] in ("n", "v") and tag[:2] not in NAME_TAGS
            and (words.frequency(span[:-1]) or 0) >= ORDINARY)


def _a_side_or_a_fee(span: str) -> bool:
    """Whether a likely span is a party to something (a_party: 园方同意分两次退还, 方 was
    masked), a fee (月托费), or a title or a role word that no surname begins (园长当场答复)."""
    return (a_party(span) or span[-1] == _FEE
            or (not surname_of(span) and span in _SOMEONE_OR_A_TITLE))


def _a_common_noun_word(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a noun of the dictionary at least ORDINARY frequent that
    jieba does not tag as a name (暴雨中，: in the rainstorm, 雨中 was masked)."""
    return _a_noun(text[start:end], ORDINARY)


# the words of place after a noun (在行程中, 在合同上, 一周内): a likely name of two or three
# whose second character is one, starting inside a word, is that noun's end, and so is one
# of two that ends in 里 and is no transliteration's (班级群里老师…: 群 is a surname too; not
# 阿里, 洛里亚)
_LOCATIVES = frozenset("中上里内")
# Characters that link a name to what follows it (因, because; 系, is; 被, by …; the words of
# bidding: 傅欣给个说法, 给个 was read), which are no surnames: no likely name starts with one
# right after a name the model is sure of
_LINKING = frozenset("因系为在将被把对与跟") | BIDDING
# … of which those that no given name or transliteration holds (not 为, 向 or 同: 佟大为荣升…;
# nor 因: 何塞·米格尔·因苏尔萨), where a span longer than a name is cut (_before_linking)
_LINKING_NOT_GIVEN = _LINKING - GIVEN_NAME_CHARS - TRANSLITERATION_CHARS
# Characters that end no given name, and what follows a name after them: the verb of being (系), a
# household (户), a time (时), suing (诉: 原告向东诉被告…), a cause (杨燕因殴打他人…), holding (外籍
# 人士高明持工作签证…: 持 was masked); smiling as someone speaks, going along with kin, why someone
# is in court, what someone may do or did in whose name, taking root, bearing the blame, someone's
# home, household or family (names ending in 家 are rare: two in the corpora), holding what is
# forged or a knife, occupying (刘建国可在收到…, 龙鹏因与被上诉人…, 陈玲以他人名义, 金凤家被评为, 王
# 璐家的宅基地, 周伟家纳入低保, 车成持伪造的证明, 万芳占用人行道, 郝帅弃车逃逸), how an elder is
# addressed (杨楠阿姨), a report someone gives (孟莹作工作报告), handing something in or applying
# (彭健提交的…, 王琴申请…), what is held or collected in one's name (曾宁名下, 马林代领), doing for
# a child (家长花华为孩子报名: 华为 is a word, 为 was masked), showing an identity card (查档人龚洁
# 持身份证…: 持 was masked), a result or the days before (运动员车成以10秒52…, 王超近14天…, 其母亲王
# 杨于昨日…: 以, 近 and 于 were masked), opening, taking part, going on, declaring, joining others,
# a speech, leading, the life before a death (黄想开办的作坊, 刘坤参与竞拍, 能军连续驾驶, 和磊申报债
# 权, 田伟伙同他人, 方军致辞, 黄林带队, 邬红生前系教师: 开, 参, 连, 申, 伙, 致, 带 and 生 were
# masked), coming to an office, excelling, an injury at work, a judge sitting alone, a first day at
# work, leading someone, an office taken (能兵来我局反映…, 师磊以优异成绩…, 常华工伤死亡, 李文独任审
# 理, 邬红入职, 和鹏带着记者, 孟莹任副组长, 郭文以非法占有为目的, 贾坤申领…, 师磊同时在…: 来, 以,
# 工, 独, 入, 带, 任, 申 and 同 were masked), how many a list's names are (李强、刘洋三人: 三 was
# masked), a bid won, what a buyer shall do (竞买人孟丹以最高价竞得…, 买受人和杰应于…: 以 and 应
# were masked), a visit, a site seen, a delegation (向明上门, 王超实地察看, 王伟一行: 上, 实 and 一
# were masked), and what callers say of someone (你们那个邓莹太不负责任, 我是替赵磊打的电话, 李建帮
# 我办的, 和敏知道: 太, 打, 帮 and 知 were masked), a title of office and a report of deeds (王璐总
# 经理, 刘坤副教授, 常超先进事迹报告会: 总, 副 and 先 were masked), and what news says of someone's
# feelings or childhood (师磊信心满满, 上官敏激动得…, 华光明从小…: 信, 激 and 从 were masked), a
# petition's (包欢信访事项: 信 was masked), and what an applicant intends, a sole trader runs, a
# call received, pigs sold, a dog kept, a meal delivered, an exhibition, reappearing or an appeal
# (李静拟在…, 向华经营的…, 钟想接到…, 龙杰出栏…, 黄阳家饲养的…, 刘华送餐…, 杨建展出…, 马波重新出现,
# 赵磊如不服…: 拟, 经, 接, 出, 家, 送, 展, 重 and 如 were masked), driving, a pupil's transfer,
# going into hospital, collecting ashes, winning by a wide vote, where someone lives now, what
# they found and their children (常超驾车时…, 陈建入院后…, 和东平领回, 沈娟以高票当选…, 李荣现住…,
# 张霞捡到…, 李荣育有…: 驾, 入, 领, 以, 现, 捡 and 育 were masked), what someone did wrong or
# suffered (李荣酒驾被查, 陈杰违停, 刘芳闹访, 赵敏失联: 酒, 违, 闹 and 失 were masked), a
# childhood, a team, whom someone teaches, a post at an anonymised body and a price paid (吴雪幼年
# 家贫, 熊云团队研发的…, 邓敏带的班级, 包杰任某县副县长, 江畅以低价收购…: 幼, 团, 带, 任 and 以 were
# masked), and acting for one's kin (马明代其母亲办理…: 明代 is a word, and 代 was masked), taking a
# seat, walking a dog, borrowing, opening, publishing, drawing someone in and a household's size
# (乘客杨燕霸座…, 时欢遛狗…, 和鹏借阅的…, 和杰开设赌场, 张红发表的论文, 被亲戚徐瑞拉入传销组织,
# 和磊一户四口人: 霸, 遛, 借, 开, 发, 拉 and 一 were masked), practising without a licence
# (廖帅无医师资格…: 无医 was masked), objecting, getting in touch, being away (李荣有不同意见, 李荣
# 联系来电人, 经查，李荣不在岗…: 有, 联 and 不 were masked), and a neighbour's home (杨龙家楼上
# 住户…: 龙家 is a word, and 家 was masked; 来电人张伟家窗户…: 家 was read as a given name's), going
# to town and what an office does (来电人张伟进城务工…, 对张伟进行随访: 进 was masked), lateness,
# what is found, a home visited, leaving or entering the country and escorting (高翔超时配送…,
# 经查，胡斌存在拒载行为, 刘洋入户登记时, 邓超出境后…, 冯刚护送…: 超, 存, 入, 出 and 护 were
# masked), issuing, showing and hiring (周杰出具了…, 蒋文杰出示的…, 韩雪聘用…: 杰出 is a word), an
# illness (师波因病去世: 因病 was masked), what came after (街道已联系冯刚后，…: 后 was masked), and
# renting and absconding with the money (周莹承租的…, 黎欢卷款失联: 承 and 卷 were masked), an
# honour, a post, a finding, a fabrication, hiding and a pretext (刘洋荣获…, 刘洋经认定为…, 冯刚虚构
# 原价, 周杰隐匿收入, 邓超以发展下线为名…: 荣, 经, 虚, 隐 and 以 were masked) and a deputy's office
# (梁超副县长的陪同下: 副 was masked); an answer in court, colleagues, carrying someone out
# (李强辩称, 许晴和同事们…, 吴刚背出积水区域: 辩, 和 and 背 were masked), the blame, incitement,
# what someone says and this month (邓超负事故…, 魏东指使员工…, 邹凯称其…, 喻文本月出勤…); a
# document held, a household's child, a letter written for someone, posting, a check-up, a
# notice declared, what is done for someone, a patient's history, a mood, leaving a village,
# drinking, inheriting, staying home, what a reply says to do if, a false report, a call to the
# police, not agreeing, a duty, using, and sports news (高明持离婚证…, 沈娟家孩子…, 朱利为曹雷代写
# 诉状, 孙建寄递的…, 黄晶体检…, 周倩声明：…, 姜华为其…, 杨燕既往…, 汤建国情绪…, 蒋文杰出村…, 韩雪
# 醉酒后…, 李娜继承…, 朱佳居家隔离…, 李莹如对…, 白兵谎报…, 冯静不同意…, 韩雪义务…, 高翔利用…,
# 梁鑫独中两元, 熊莉赛后…, 刘华以总成绩…: the act's first character was masked with the name),
# and what is taken along (张杨携犬外出: 携 was masked, or 携犬 read as a second name),
# knowing and honesty (沈娟明知…, 万长江拾金不昧: 明, 拾 and 金 were masked), and a tomb (朱敏
# 墓在县城西五里处: 墓 was masked); a dog kept and a ward round (刘坤养的狗, 主治医师耿明查房:
# 养 and 查 were masked); an illness, filling in truthfully, a master, through the
# night, a private car and a status (梁超患尿毒症, 李娜如实填报…, 郑爽师从…, 马丽连夜赶赴…,
# 刘洋以私家车…, 朱琳为正式党员: the act's first character was masked), and a household of a
# kind in a visit's notes (王芳家（低保户）: 家 was masked; not 韦国家（男，…）, a name), and a fee
# overcharged (收费员成超多收李涛停车费: 多 was masked), and a newborn (严丽为刚出生的女儿办理…:
# 为刚 was masked); answering for someone, holding up a pennant, a report, an appeal, a check,
# a lavish funeral, a work crew, an injured limb (李娜代接, 李娜手捧锦旗, 李娜通报了…, 王伟可依法
# 申请…, 李娜核对, 王伟大操大办, 王伟带工人…, 伤者王伟左胫腓骨骨折: the act's first character was
# masked)
_NEVER_LAST = frozenset("系户时诉因持拟后")
BEARING_BLAME = ("负主要", "负全部", "负次要", "负同等")  # (马超负主要责任)
_ACTS_WITH_A_CHARACTER = ("笑着", "笑道", "笑说", "随母", "随父", "随其", "随同", "因与", "因涉嫌",
                          "可在", "可于", "可向", "可自", "以他人", "以其", "以个人", "扎根",
                          *BEARING_BLAME, "家被", "家住", "家中", "家里", "家门", "家的", "家庭",
                          "家人", "家属", "家与", "家在", "家纳入", "家列入", "家享受", "家申请",
                          "家获得", "家饲养", "家养的", "家所在", "家楼", "家装修", "家租户",
                          "家房客",
                          "家隔壁", "家对门", "家对面", "送餐", "配送", "展出",
                          "重新", "如不服", "代签", "代收",
                          *("家" + kin for kin in ("孩子", "小孩", "老人", "儿子", "女儿", "父母",
                                                  "老伴")),
                          "持伪造", "持假", "持刀", "持往来", "持港澳",
                          "持因私", "持离婚证", "持结婚证", "持户口", "持房产证", "持不动产",
                          "持驾驶证", "持护照", "持营业执照", "代写", "适用",
                          "寄递", "寄出", "寄送", "体检", "声明", "为其", "为被", "既往", "情绪",
                          "出村", "醉酒", "继承", "为某", "为中共", "居家", "如对", "如有",
                          "如需", "如果", "饮酒", "谎报", "报警", "经民警", "不同意", "义务",
                          "利用", "为本", "独中", "赛后", "赛前", "以总成绩", "以第一名",
                          "经营", "接到", "出栏", "占用", "占据", "占道", "弃车", *ELDERS,
                          "作了", "驾车", "转学", "入院", "领回", "以高票", "现住", "现居",
                          "现就读", "现就职", "现任", "现年", "现为", "现已", "现在", "主诉",
                          "应退还", "应退回", "应返还", "应缴", "应当", "应承担", "应支付", "应予",
                          "受伤", "受轻伤", "受重伤", "受轻微伤", "共领取", "共计", "共获",
                          "共缴纳", "共支付", "共借", "共欠", "共收到",
                          "捡到", "育有", "酒驾", "违停", "私搭", "闹访", "失联", "讨薪", "维权",
                          "信访", "复学", "休学", "补办", "超速", "无照", "乱扔", "溺水", "中暑",
                          "辍学", "幼年", "团队", "带的", "代其", "霸座", "霸占",
                          "遛狗", "借阅", "开设", "发表", "拉入", "一户", "无证", "无医师",
                          "无资质", "有不同", "有异议", "有意见", "联系", "不在", "进行",
                          "超时", "存在", "入户", "出境", "入境", "护送", "出具",
                          "出示", "聘用", "因病", "承租", "卷款", "替考", "酒后", "以假",
                          "骑行", "骑车", "骑电动", "骑摩托", "骑自行车", "骑共享", "荣获", "担任",
                          "经认定", "虚构", "隐匿", "辩称", "确系", "确为", "不符合", "不属于",
                          "不具备",
                          "和同事", "背出", "背起", "负事故", "指使", "向所谓", "称其", "称自己",
                          "本月", "本周", "本年度", "本人", "携", "明知", "拾金不昧", "勇斗",
                          "篡改", "自本", "自收到", "冲入", "冲进", "少时", "幼时", "早年",
                          "晚年", "家户籍", "家常住", *FAMILY, "墓在", "墓位于", "墓地", "墓碑",
                          "获评", "已被", *("以" + number for number in "一二三四五六七八九十两"),
                          *("以" + pretext for pretext in ("发展", "介绍", "帮助", "投资", "招工",
                                                           "恋爱", "结婚", "借款", "办理", "高额",
                                                           "虚假")),
                          *("副" + office for office in ("省长", "市长", "县长", "区长", "镇长",
                                                         "乡长", "处长", "科长", "所长", "队长",
                                                         "厂长", "经理", "总经理")),
                          "进城", "回城", "返城", *("家" + part for part in HOME_PARTS),
                          "作工作", "作重要", "作动员", "作总结", "作专题", "作主旨", "作为",
                          "提交", "申请", "为孩子", "少缴", "少交", "少报", "少申报", "服刑",
                          "查阅", "主动", "著有", "带徒", "收徒", "有能力", "追回", "追讨",
                          "扶到", "扶进", "扶回", "扶起", "答辩", "达成", "网购", "用假", "坐过站",
                          "终于", "调研", "送去", "和老伴", "一审", "二审", "收到", "拨打",
                          "发帖", "补录", "患", "如实", "师从", "连夜", "以私家",
                          "为正式", "坚持", "以总分", "补正", "可以", "绰号", "外号", "别名",
                          "曾用名", "倒在", "倒地", "家养殖", "家种植",
                          *("均" + done for done in ("在", "未", "已", "系", "为", "无", "不",
                                                    "表示", "同意", "到场", "到庭", "签字",
                                                    "认可")),
                          "带孩子", "带小孩", "带女儿", "带儿子", "骑着", "问：", "问:",
                          "代接", "手捧", "拍着", "通报了", "可依法", "核对", "用了", "大操大办",
                          "带工人", "左胫", "右胫", "左手", "右手", "左腿", "右腿", "左臂", "右臂",
                          *("作" + act for act in ("表态", "说明", "汇报", "发言", "检讨", "述职",
                                                  "典型发言", "交流发言")),
                          *("自" + year for year in ("19", "20", "一九", "二〇", "二零")),
                          *("家（" + kind for kind in ("低保", "五保", "特困", "困难", "残疾",
                                                     "独居", "空巢", "留守", "贫困", "建档")),
                          "党内", "回乡", "查询", "一家", "体罚", "闯红灯", "私拆", "拾到", "拾得",
                          "术前", "术后", *HELD_FOR, "持身份证", "持本人", "持有效", "持证",
                          "养的", "查房", "多收", "少收", "乱收", "多扣", "为刚出生", "为新生儿",
                          "开办", "参与", "连续", "申报", "伙同", "致辞", "带队", "生前", "来我局",
                          "来我院", "来我办", "以优异", "工伤", "独任", "入职", "带着", "上门",
                          "实地", "一行", "太不", "太差", "太过", *_TOO_MUCH, "打的", "打电话",
                          "打了",
                          "打来", "帮我", "帮他", "帮她", "帮忙", "知道", "先进事迹", "总经理",
                          "总监", "总工程师", "总裁", "副教授", "副主任", "副院长", "副校长",
                          "副局长", "副书记", "信心", "激动", "从小", "信访事项",
                          "任副", "任某", "任组长", "任主任", "任局长", "任书记", "任队长",
                          "以低价", "以高价",
                          "以非法", "申领", "同时", "以最高", "以最低", "以起拍", "应于",
                          "应当", "应在",
                          "于昨日", "于今日", "于当日", "于次日", "于近日", "于本月", "于上月",
                          *(f"{by}{digit}" for by in "以近于" for digit in "0123456789"),
                          *(f"{count}{who}" for count in "二两三四五六七八九十"
                            for who in "人名位"))
# … and how, when or how often the named acts (龚洁尚未缴纳罚款, 车成正在三楼作业, 牛奔曾因盗窃
# 罪…, 郝帅天天在楼道里踢球, 李莹都会准时出现, 网吧经营者吴飞仍允许…: 尚, 正, 曾, 天天, 都 and 仍
# were masked; 安全员李娜全程驻场: 全程 was read as a second name), early (一早), who struck
# first in a statement, or what each party keeps (当时邓莹先动手打了我, 梁飞、徐瑞各执一份: 先 and
# 各执 were masked)
_ADVERBS_AFTER_A_NAME = (*ADVERBIALS, "正在", "正于", "仍在", "仍未", "仍旧", "仍不", "仍拒",
                         "仍继续", "仍将", "仍要", "仍允许", "尚在", "尚需",
                         "曾因", "曾于", "曾被", "曾在", "曾任", "曾获", "曾荣获", "曾多次", "曾经",
                         "天天", "常常", "经常", "每天", "总是", "老是", "时常", "整天", "成天",
                         "始终", "一直", "都会", "都要", "都在", "都是", "都有", "都能",
                         "先动手", "先动的手", "先出手", "先挑衅", "先骂", "各执", "各持", "各自",
                         "全程", "全天", "全力",
                         # (网格员王畅一早就送来了…: 一 was masked with the name)
                         "一早", "一大早")
# … and how the named is addressed: what, right after a name the model is sure of, begins none
_SAID_AFTER_A_NAME = (*_ADVERBS_AFTER_A_NAME, *ELDERS)
_TWO_CHARACTER_ADVERBS = frozenset(a for a in _ADVERBS_AFTER_A_NAME if len(a) == 2)
_SAID_AFTER_A_NAME_OR_DONE = (*_SAID_AFTER_A_NAME, *_ACTS_WITH_A_CHARACTER)
# (one pattern of them, grouped by first character: str.startswith tries a tuple's every entry)
_SAID_OR_DONE_AT = re.compile(alternatives(sorted(set(_SAID_AFTER_A_NAME_OR_DONE))))
_DONE_AT = re.compile(alternatives(sorted(set(_ACTS_WITH_A_CHARACTER))))
# (a likely name of a surname and one of them is no name: 失业金申领, 金 ends 失业金)
_TWO_CHARACTER_ACTS = frozenset(act for act in _ACTS_WITH_A_CHARACTER if len(act) == 2)


def _inside_an_act(text: str, at: int) -> bool:
    """Whether at is inside one of _ACTS_WITH_A_CHARACTER that starts right before it."""
    done = _DONE_AT.match(text, at - 1) if at else None
    return done is not None and done.end() > at


def _a_word_across(text: str, start: int, end: int) -> bool:
    """Whether a word of the dictionary but a name's starts at start and ends at end or up to
    two characters on (向|陌生, 向|妇联)."""
    return any(_a_word_but_a_name(text[start:stop])
               for stop in range(end, min(len(text), end + 2) + 1) if stop - start >= 2)


def _a_word_but_a_name(span: str) -> bool:
    """Whether span is a word of the dictionary but a name's: one jieba does not tag as a
    name, or one it does that is an ordinary word too (WORDS_TAGGED_AS_NAMES: 安静)."""
    words = lexicon()
    return bool(words.frequency(span)) and (
        words.tag(span) not in NAME_TAGS or span in WORDS_TAGGED_AS_NAMES)


# A given name's 荣 before what the named won (玉秀荣获得…, 董桂荣获评…: 荣获得 and 荣获评 are no
# phrases, 获得 and 获评 are), not 荣获
_RONG_BEFORE_WINNING = ("荣获得", "荣获评")


def starts_an_act(text: str, at: int) -> bool:
    """Whether what is said of a name before at starts there (_ACTS_WITH_A_CHARACTER,
    _ADVERBS_AFTER_A_NAME, ELDERS: 出示, 多次, 大姐), but for _RONG_BEFORE_WINNING."""
    return (_SAID_OR_DONE_AT.match(text, at) is not None
            and not text.startswith(_RONG_BEFORE_WINNING, at))


def does_an_act(text: str, at: int) -> bool:
    """Whether what only a person does starts at at (_ACTS_WITH_A_CHARACTER: 出具, 携, 隐匿;
    not the adverbs nor the words of address starts_an_act also matches, which places and
    bodies have too: 天天, 多次)."""
    return _DONE_AT.match(text, at) is not None and not text.startswith(_RONG_BEFORE_WINNING, at)


def acts_after_a_name(text: str, start: int, end: int) -> bool:
    """Whether the last character of a span of three or more starts what is said of the name
    before it (_NEVER_LAST, _ACTS_WITH_A_CHARACTER, _ADVERBS_AFTER_A_NAME, an idiom: 村支书郭文
    优亲厚友, going to a place: 邓莹进站时, a post held at a level of government: 梁超任市…, what
    is done for people: 陈静为师生…), a given name being left."""
    if len(text[start:end - 1]) - len(surname_of(text[start:end - 1])) < 1:
        return False
    return (text[end - 1] in _NEVER_LAST or starts_an_act(text, end - 1)
            or (text[end - 1] in FOR_OR_TOWARDS and _naming_word_at(text, end) > 0)
            or _an_idiom_at(text, end - 1)
            or going_to_a_place(text, end - 1) or a_post_at_a_level(text, end - 1))


def _an_idiom_at(text: str, at: int) -> bool:
    """Whether a four-character idiom of the dictionary, or one it lacks, starts at at."""
    return text.startswith(_IDIOMS_UNLISTED, at) or _a_dictionary_idiom_at(text, at)


def _a_dictionary_idiom_at(text: str, at: int) -> bool:
    """Whether the four characters at at are an idiom or a set phrase of jieba's dictionary."""
    words = lexicon()
    return bool(words.frequency(text, at, at + 4)) and words.tag(text[at:at + 4]) in _IDIOM_TAGS


# titles and honorifics of two characters, inside which no name starts (师|傅开)
_TWO_CHARACTER_TITLES = frozenset(t for t in (*TITLES, *HONORIFICS) if len(t) == 2)
# a deputy to a people's congress or a member of a political consultative one, after the name
_MEMBERS_OF_A_CONGRESS = frozenset(["代表", "委员"])
# on the grounds of, in the name of or as (以…为由, 以…名义, 以…身份), or for what offence
# (王明以诈骗罪起诉…), after a name
_ON_GROUNDS = re.compile(r"[^，。；！？,;!?]{1,15}?(?:为由|为名|为借口|名义|身份)"
                         r"|[\u4e00-\u9fff]{1,8}?罪(?:[起提控]诉|向|对|被|将|判处|追究)")
_HONORIFICS_AFTER_A_NAME = tuple(sorted(HONORIFICS))
# what joins two names the model reads apart (刘华同|赵兰英系母子关系: with)
_JOINING_NAMES = frozenset("同和与跟及")
# 后 (afterwards) before what happened next, at a clause's start
_AFTERWARDS = ("后经", "后于", "后被", "后又", "后因", "后在", "后由", "后将", "后来", "后到")
# someone, before 来 (没人来修, 派人来查看): who comes is no one named
_SOMEONE = ("没人", "有人", "无人", "派人", "找人", "叫人", "让人", "请人")
# Words no one is named that the model finds likely: a form's headings beside a name in a table's
# row flattened into text (姓名 上官伟 性别 男: 性别 was masked 性*), and words of government text
# jieba's dictionary lacks (新冠, the coronavirus: 因新冠肺炎 was masked 因新*; 特岗, a rural
# teaching post), holds as rare (品目, a subsidy's category of machines: 机具品目 was masked 品*)
# or tags otherwise than as a school's years (编入高二（3）班 was masked 高*), and words of speech
# it lacks (小微企业, small businesses; 发小, a childhood friend: 微 and 小 were masked; 经治医生,
# a medical record's attending doctor: 治 was masked), and a pennant of thanks it tags as a place
# (失主周秀兰送来锦旗: 旗 was masked), the editor of an office's posts (小编提醒: 编 was masked),
# and a promotion (演员佟大为荣升父亲: 荣升 was read as a name before 父亲)
_NO_ONES = frozenset("""
性别 年龄 民族 籍贯 住址 职业 学历 婚姻 文化程度 政治面貌 出生日期 身份证号 联系电话
新冠 特岗 高一 高二 初一 初二 初三 品目 小微 发小 锦旗 经治 小编 荣升
""".split())  # noqa: SIM905 (a list of words reads best as one)
_TIME_TAG = "t"  # jieba's tag of a time word (凌晨, 当天)
FUNCTION_TAGS = ("d", "c", "p", "u", "r")  # jieba's adverbs, conjunctions, prepositions …
CONFIDENT_WORD = 0.8       # … and a Viterbi span that is such a word, untagged as a name
ORDINARY = 50              # a dictionary word this frequent needs more evidence to be a name
RARE_WORD = 20             # … and one at least this frequent, when jieba tags it otherwise
WORD_EVIDENCE = 0.02       # the name probability a likely span that is such a word needs
TERM_EVIDENCE = 0.05       # … that is a rarer word, not a name's (环比, 同比: terms)
NAMED_WORD_EVIDENCE = 0.002  # … when jieba tags the word as a name (列宁, 龙永图; also 许可)
_RARE_FOR_A_SURE_NAME = 200  # a word of two less frequent than this is the sure name's it begins


def score(probability: float) -> float:
    """A model span's score: 0.86 to 0.94 when Viterbi's own, LIKELY when only likely.

    Below 0.95, the score of a name the rules found with clean evidence around it (a role word
    before, a title after): a column of places keeps only those (see privacy.screen). A
    likely name is masked without holding its dataset for review: it is the model's margin
    of safety, as many of them are names as are not, and a reviewer could only unmask them.
    """
    if probability >= CONFIDENT:
        return round(0.86 + 0.08 * (probability - CONFIDENT) / (1 - CONFIDENT), 2)
    return LIKELY


PROPER_GIVEN = NAME_TAGS | {"nz"}  # jieba's tags of names and other proper nouns


def _a_word_done_after(text: str, name_end: int, end: int) -> bool:
    """Whether text[name_end:end] is a common word of two characters (ORDINARY) jieba tags as no
    name, which the name's last character forms no word with (陪顾凯|聊天: 凯聊 is none; not
    陈文|明天, whose 文明 is a word and 明 may be the name's)."""
    words = lexicon()
    return (end - name_end == 2 and (words.frequency(text, name_end, end) or 0) >= ORDINARY
            and words.tag(text[name_end:end]) not in NAME_TAGS
            and not words.frequency(text, name_end - 1, name_end + 1))


def _transliterated(span: str) -> bool:
    """Whether half the characters of span or more are those transliterations are written with."""
    return 2 * sum(c in TRANSLITERATION_CHARS for c in span) >= len(span)


def _completes(text: str, name: Candidate, span: Candidate) -> bool:
    """Whether the model's span is the whole of a name the rules found part of: it holds the
    name and goes on after a dot that ends it (艾力·买买提) or one further on
    (阿卜杜|热合曼·吐尔逊), or it is no longer than a name
    starting where it does (a surname and two characters) and a character it adds at the end
    begins no word that runs on rather than the word after it (来电人胡霞咨询: 咨询; not
    尉迟勇平服务: 服务 is the word; nor 周丽华以, 华以 being a proper name's), unless its last
    two are a name's word (刘昊天上门: 昊天) or a call, a letter or a complaint follows it
    (令狐晓东来电: 东来 is a word)."""
    if not text or not (span.start <= name.start and name.end <= span.end) or (
            (span.start, span.end) == (name.start, name.end)):
        return False
    if text[name.end:name.end + 1] in NAME_DOTS and span.end > name.end + 1:
        return True  # 艾力·买买提: the rules stop at the dot of a name the model reads whole
    if span.start == name.start and (
            not NAME_DOTS.isdisjoint(text[name.end:span.end - 1])
            or (span.end - span.start > 3 and span.score > LIKELY
                and _transliterated(text[span.start:span.end])
                and STOP_CHARS.isdisjoint(text[name.end:span.end]) and not any(
                    (lexicon().frequency(text, at, at + 2) or 0) >= ORDINARY
                    or text.startswith(_EVIDENCE_WORDS, at)
                    for at in range(name.end - 1, span.end)))):
        return True  # 被告人阿卜杜|热合曼·吐尔逊, 艾买提|江: the rules read a surname and two
        # characters of a transliterated name the model reads whole, over its dot or, sure, as
        # four characters or more, half of them a transliteration's, that hold no ordinary
        # word, stop character nor title (热合曼·吐尔逊 was published; not 被告信伟|于本判决…,
        # 委托上官X|代领)
    longest = 4 if text[span.start:span.start + 2] in COMPOUND_SURNAMES else 3
    if span.end - span.start > longest:
        return False
    if span.end - 2 > span.start and lexicon().tag(text[span.end - 2:span.end]) in PROPER_GIVEN:
        return True  # 网格员刘昊|天上门: 昊天 is a name's word, though 天上 runs on
    if text.startswith(REPORTS, span.end):
        return True  # 市民令狐晓东来电反映: a call or a letter starts after the name (东来 is a
        # word, the rules stopped before it)
    if span.score >= SURE and text[span.end:span.end + 1] in CONJUNCTION_SURNAMES:
        return True  # 货车司机陈秀|云和费**反映: a name the model is all but sure of before a
        # conjunction, which the word the two make (云和, a county) does not outweigh
    return span.end == name.end or _word_from(text, span.end - 1, _NAMES_WORDS) <= max(
        _word_from(text, span.end), _RARE_STRADDLING)


def _third_character(text: str, name: Candidate, span: Candidate) -> bool:
    """Whether a likely span of the model is a name the rules found of a surname and one
    character, and a third that names write (华, 英, 月) and no verb or preposition, nor what is
    said of the name (acts_after_a_name: 高军|名下): the rules stop before a word straddling it
    (司机袁丽|华中途: 华中), the model reads on, with the surname or from the given name
    (受援人文雪|梅因经济困难…: 梅因 is a word, the model read 雪梅)."""
    at = name.end
    return (bool(text) and span.start in (name.start, name.start + 1) and span.end == at + 1
            and at - name.start == 2 and text[name.start] in SINGLE_SURNAMES
            and text[at] in GIVEN_NAME_CHARS and _may_be_a_third(text[at])
            and not acts_after_a_name(text, name.start, at + 1))


def _after_a_preposition(text: str, name: Candidate, span: Candidate) -> bool:
    """Whether the rules read a word before a name as its surname, and the model reads the name
    after it, or the word and the name: 书记由龚建明同志担任 (由龚; masked so, 建明 was
    published), 执法人员向孟淑珍宣读了 (向孟, the model 向孟淑珍; 淑珍 was published). Either
    may be right (来电人和桂芬: 和 is a surname in Yunnan), and both are masked as one name."""
    if not text or text[name.start] not in BEFORE_A_NOUN or span.end < name.end:
        return False
    if span.start == name.start + 1:  # (not where the span's end is said of the name: 该村
        # 和明|家被评为, the model read 明家)
        return (surname_of(text[span.start:span.end]) != ""
                and not acts_after_a_name(text, name.start, span.end))
    # from the word on: longer than a name of a single surname, whose third character it might
    # be (家属向柳代为签收 names 向柳, not 向柳代), and not a name and how it is addressed
    # (于明阿姨), nor a name and what the named does (工作人员向明上门查看: 上门 was masked)
    return (span.start == name.start and span.end > name.end and span.end - span.start > 3
            and surname_of(text[span.start + 1:span.end]) != ""
            and not text.endswith(_ADDRESSED_AFTER, span.start, span.end)
            and not starts_an_act(text, name.end))


# … counting no word rarer than this: jieba's dictionary has 东犯 (4) and 梅因 (6), which held
# 被告人雷晓东犯… and 患者尚玉梅因病… to the rules' 雷晓 and 尚玉 (平服 of 尉迟勇平服务, 19,
# stays a word; out of fold 5 and 10 are alike)
_RARE_STRADDLING = 10
# how someone is addressed after a name (阿姨, 先生, 主任 …)
_ADDRESSED_AFTER = (*ADDRESSING, *sorted(HONORIFICS))
# … nor a word jieba tags as a person's or another proper name, which a given name's last
# character begins as often as not (华以, nz: 被告人周丽华以非法占有… was held to the rules' 周丽)
_NAMES_WORDS = frozenset(["nr", "nrfg", "nrt", "nz"])


_RARE_WORD = 100  # a dictionary word less frequent than this is as likely a name (花军, 华阳)


def _word_from(text: str, at: int, not_tagged: frozenset[str] = frozenset(),
               tagged: tuple[str, ...] = ()) -> int:
    """The highest frequency of a dictionary word of two to four characters starting at at (of
    those jieba tags otherwise than not_tagged, and with a tag starting as one of tagged, if
    given)."""
    words = lexicon()
    best = 0
    for stop in range(at + 2, min(len(text), at + 4) + 1):
        frequency = words.frequency(text, at, stop)
        if frequency is None:
            break
        if frequency > best and (not (not_tagged or tagged) or _tag_fits(
                words.tag(text[at:stop]), not_tagged, tagged)):
            best = frequency
    return best


def _tag_fits(tag: str, not_tagged: frozenset[str], tagged: tuple[str, ...]) -> bool:
    return tag not in not_tagged and (not tagged or tag.startswith(tagged))


# prepositions a name the model decodes is before, which the rules may read as its last
# character after a role word (为, for; 向, towards; 对, to …)
_PREPOSITIONS_ENDING_NO_NAME = frozenset("为向对给把被将替跟从由")


def merge(rules: list[Candidate], model: list[Candidate], text: str = "") -> list[Candidate]:
    """The rules' names and the model's, one span where they overlap (sorted by start).

    Where a confident model span overlaps rule names, the span covers them all and takes the
    best score, unless a rule's name has clean evidence around it (0.95: a role word before,
    a title after), whose edges the rules know best; a merely likely span defers to the rules.
    Only (given text) where a confident span holds a rules' name with evidence and is no
    longer than a name, the name is the span's: the rules stop at a given name's rarer
    character (来电人刘安琪: 琪) or take its first for a surname (毕安琪女士: 安琪), and masking
    刘安 or 安琪 would leave a character that names the person.
    """
    if not model:
        return rules
    out = list(rules)
    for candidate in model:
        overlapping = [r for r in out if r.start < candidate.end and candidate.start < r.end]
        if not overlapping:
            out.append(candidate)
        elif (candidate.score > LIKELY and len(overlapping) == 1
              and _completes(text, overlapping[0], candidate)):
            (rule,) = overlapping
            out.remove(rule)
            out.append(Candidate(candidate.start, candidate.end, max(rule.score, candidate.score)))
        elif (candidate.score > LIKELY and len(overlapping) == 1
              and overlapping[0].start == candidate.start
              and overlapping[0].end == candidate.end + 1
              and text[candidate.end] in _PREPOSITIONS_ENDING_NO_NAME):
            (rule,) = overlapping  # 副校长刘宁|为全校师生…: the rules read 宁为 as the given
            out.remove(rule)  # name after a role word, the model a name of two before 为
            out.append(Candidate(candidate.start, candidate.end, max(rule.score, candidate.score)))
        elif (text and candidate.score >= LIKELY and len(overlapping) == 1
              and overlapping[0].start == candidate.start
              and overlapping[0].end < candidate.end - 1
              and all(c in TRANSLITERATION_CHARS for c in text[candidate.start:candidate.end])):
            (rule,) = overlapping  # 主席阿拉|法特: the rules read 阿 as a surname in a name the
            # model reads whole as a foreign one (阿*法特 published 法特)
            out.remove(rule)
            out.append(Candidate(candidate.start, candidate.end, max(rule.score, candidate.score)))
        elif (candidate.score == LIKELY and len(overlapping) == 1
              and _third_character(text, overlapping[0], candidate)):
            (rule,) = overlapping  # 司机袁丽|华中途: masked 袁*华
            out.remove(rule)
            out.append(Candidate(rule.start, candidate.end, rule.score))
        elif (candidate.score > LIKELY and len(overlapping) == 1
              and _after_a_preposition(text, overlapping[0], candidate)):
            (rule,) = overlapping  # 由龚|建明 or 和桂芬: masked whole, whichever it is
            out.remove(rule)
            out.append(Candidate(rule.start, candidate.end, max(rule.score, candidate.score)))
        elif (candidate.score > LIKELY and len(overlapping) == 1
              and candidate.start < overlapping[0].start < candidate.end < overlapping[0].end
              and written_as_a_name(text[candidate.start:candidate.end])):
            (rule,) = overlapping  # 冯云|笑着说: the rules read 云笑着, 云 a surname too, and 冯云
            # was published; one name, whose end is the model's where what the named does
            # follows it, else the rule's
            out.remove(rule)
            end = (candidate.end if starts_an_act(text, candidate.end)
                   else rule.end)
            out.append(Candidate(candidate.start, end, max(rule.score, candidate.score)))
        elif (text and candidate.score >= SURE and len(overlapping) == 1
              and overlapping[0].start < candidate.start < overlapping[0].end < candidate.end
              and Candidate(overlapping[0].start, candidate.start, candidate.score) in model
              and written_as_a_name(text[candidate.start:candidate.end])
              and STOP_CHARS.isdisjoint(text[candidate.start + 1:candidate.end])):
            (rule,) = overlapping  # 研究员冀欣李|雯珊/文: the rules read on into the next name
            out.remove(rule)  # where the model is all but sure of two written as names
            # (冀**雯珊 published 雯珊; not 被告丁秀|兰于本…, the rules' 丁秀兰 before 于)
            out += [Candidate(rule.start, candidate.start, rule.score), candidate]
        elif (text and candidate.score > LIKELY and len(overlapping) == 1
              and overlapping[0].start < candidate.start < overlapping[0].end < candidate.end
              and written_as_a_name(text[overlapping[0].start:candidate.end])
              and text[overlapping[0].end] not in STOP_CHARS
              and text[overlapping[0].end] not in HOUSEHOLD
              and not acts_after_a_name(text, overlapping[0].start, candidate.end)):
            (rule,) = overlapping  # 研究员和丽|华表示: the rules stop before 华表 (a word), the
            # model reads 丽华 (华 was published): one name, written as one, unless what the
            # named does or their home follows the rules' (和敏|可在…, 和斌|笑着说, 和杰|家门前)
            out.remove(rule)
            out.append(Candidate(rule.start, candidate.end, max(rule.score, candidate.score)))
        elif candidate.score > LIKELY and all(r.score < EVIDENT for r in overlapping):
            for r in overlapping:
                out.remove(r)
            group = [candidate, *overlapping]
            end = max(c.end for c in group)
            rules_end = max(r.end for r in overlapping)
            if end > rules_end and starts_an_act(text, rules_end):
                end = rules_end  # 我邻居信长江|天天晚上唱歌: the model read 江天天, a name
                # ending in how often the named acts (天天 was masked), or what the named did
                # (其母亲王杨|于昨日…: the model read 杨于)
            out.append(Candidate(min(c.start for c in group), end, max(c.score for c in group)))
    return sorted(out)
