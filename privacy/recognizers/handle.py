"""PERSON: social-media handles (@昵称 in a post or a complaint), which name an account's holder."""

from __future__ import annotations

import re

from privacy.recognizers.base import CellHints, ScreenRecognizer

# An organisation's or a medium's account, by the word it ends with (@咸阳交警官方微博,
# @创业家杂志, @今日头条, @北京发布, @财经网; not @平安北京): no one's name, and government
# posts quote them often.
_ORGANISATION = re.compile(
    "(?:官方|官微|网|商城|旗舰店|专卖店|杂志|日报|晚报|新闻|新闻社|头条|电视台|广播|电台"
    "|发布|中央"
    "|旅游局|公安|交警|消防|税务|地税|国税|法院|检察院|政府|政务|银行|医院|大学|学院|协会|排行榜)"
    "(?:微博)?$"
)  # (not 公司, 集团, 工作室, 基金会, 俱乐部: @王伟工作室 is named after a person)
_HANDLE_CHAR = r"[\u4e00-\u9fffA-Za-z0-9_\-]"  # what a handle is written with
# … and the whole of such an account, however long, ended as a handle is in a post (a space,
# a colon, the next @, a bracket). Never across a particle or a verb of motion, which make it
# a sentence going on: @王伟到市政府 names 王伟, whom the name model must still find.
_ACCOUNT_NAME = re.compile(rf"(?:(?![的了着把被到在去向给和与跟及是]){_HANDLE_CHAR}){{2,20}}")
_ACCOUNT = re.compile(rf"@({_ACCOUNT_NAME.pattern})(?=[:：\s@)）]|$)")


def _is_organisation(name: str) -> bool:
    """Whether an account's name is an organisation's (above)."""
    return _ACCOUNT_NAME.fullmatch(name) is not None and _ORGANISATION.search(name) is not None


class SocialHandleRecognizer(ScreenRecognizer):
    """An @handle of 2 to 6 characters ended by punctuation, a space, another handle or an
    emoticon ([嘻嘻], as Weibo writes them); in a list of handles (@A@B), up to 12 characters
    before the next; in a repost chain (//@name:) or a reply (回复@name:), up to 20 characters
    before the colon.

    Not the @ of an e-mail address (a letter or digit before it), and not longer runs, which
    in Chinese text are more often the sentence going on (@市民热线反映的问题) than a handle.
    """

    ENTITY = "PERSON"
    PATTERN_NAME = "social_handle"
    REGEX = re.compile(
        # an e-mail address's @ follows its local part, but its domain is never Chinese: after
        # a letter or digit, an @ before a Chinese character is the next handle of a list
        # (@大兵_13@凌云baby, @xzz119@笨kitty)
        r"(?:(?<![A-Za-z0-9._%+\-])|(?=@[\u4e00-\u9fff]))@(?P<v>"
        # a repost chain's or a reply's account (//@尐胖釨_nancy:, 回复@体重失控的小胖子：): the
        # colon closes the name, however long, with the marks nicknames are written with
        r"(?:(?<=//@)|(?<=复@))[\u4e00-\u9fffA-Za-z0-9_\-丶灬·]{2,20}(?=[:：])"
        # in a list of handles the next @ closes one, up to 12 characters (@邓远清JENNY@)
        rf"|{_HANDLE_CHAR}{{2,12}}(?=@[\u4e00-\u9fffA-Za-z])"
        rf"|{_HANDLE_CHAR}{{2,6}}(?=[:：\s@/（(，,。！!？?)）\[【]|$))"
    )
    SCORE = 0.85  # masked, not held for review: an account name is personal, never a place

    def may_match(self, hints: CellHints) -> bool:  # noqa: D102
        return hints.at

    def score(self, candidate: str) -> float | None:
        """None for digits (@12345, a hotline), Latin capitals (@SUM in a formula), what is
        anonymised already (王建国@某社区: at some community) and an organisation's account."""
        if (candidate.isascii() and candidate.upper() == candidate) or candidate[0] == "某":
            return None
        if _is_organisation(candidate):
            return None
        return self.SCORE


def organisation_accounts(text: str) -> list[tuple[int, int]]:
    """The spans of the @handles in text that are an organisation's account (whose name names
    no one, though a name model reads any handle as a person's)."""
    if "@" not in text:
        return []
    return [m.span(1) for m in _ACCOUNT.finditer(text) if _is_organisation(m.group(1))]


# The words a record names an account by (微信昵称 before 昵称: the longest first), or a person
# by what others call them (绰号“石头”, 外号叫…)
_ACCOUNT_WORDS = "微信昵称|微信名|抖音名|用户名|网名|昵称|绰号|外号|诨号"


class NicknameRecognizer(ScreenRecognizer):
    """An account's name a complaint quotes by what it is (网名“浪里白条”的用户, 昵称为阿花，),
    or a person's nickname a record gives (被告人石磊（绰号“石头”）): a handle written without
    its @, masked as the handle is: after 为, 叫, 是, a colon or in
    quotes, 2 to 20 characters ended by punctuation, a space or the user it names (的用户, 的网友;
    not 用户名和密码不能为空)."""

    ENTITY = "PERSON"
    PATTERN_NAME = "nickname"
    REGEX = re.compile(
        rf"(?:{_ACCOUNT_WORDS})(?=为|叫|是|[:：]|[ \t]*[“\"「『])"
        r"(?:为|叫|是)?[:：]?[ \t]*[“\"「『]?"
        r"(?P<v>[^“”\"「」『』，,。；;、：:\s]{2,20}?)"
        r"(?=[”\"」』，,。；;、\s）)]|的用户|的网友|$)"
    )
    TRIGGER = re.compile(_ACCOUNT_WORDS)
    SCORE = 0.85  # masked, not held for review, as a handle is

    def may_match(self, hints: CellHints) -> bool:  # noqa: D102
        return hints.cjk

    def score(self, candidate: str) -> float | None:  # noqa: D102
        return self.SCORE
