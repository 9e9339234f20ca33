"""PHONE_NUMBER: telephone numbers as people write them outside China (+44 20 7946 0958,
(555) 123-4567, 555.123.4567 x89), found by their shape.

A shape, not phonenumbers' validation: published forms and letters are full of numbers that
no numbering plan assigns (made-up, outdated, 555), and they are personal all the same.
Mainland numbers are left to CN_MOBILE and CN_LANDLINE; in Chinese text this recognizer
takes only numbers written with an international prefix (+44 ..., 0044 ...).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from privacy.recognizers.base import Candidate, CellHints, ScreenRecognizer

# Digit groups joined by one separator each (space, dot, dash, slash) or wrapped in
# parentheses, after an optional international prefix; an optional extension.
_NUMBER = re.compile(
    r"(?<![A-Za-z0-9+.\-/])"
    r"(?P<v>(?:(?P<intl>\+[1-9][0-9]{0,2}|00[1-9][0-9]{0,2}(?=[ .\-(]))[ .\-]?)?"
    r"(?:1[ .\-]?(?=\())?(?:\(0\)[ .\-]?)?"
    r"(?:\([0-9]{1,5}\)[ .\-]?)?"
    r"[0-9]{1,12}(?:[ .\-/][0-9]{1,8}){0,4}"
    r"(?:[ ]?(?:x|ext\.?|extension)[ ]?[0-9]{1,6})?)"
    r"(?![A-Za-z0-9\-/]|\.[0-9])"
)
# A contact list's line: the number, then a separator and an e-mail address
_EMAIL_AFTER = re.compile(r"[ ]*[|,;–-][ ]*[\w.+-]+@")
_SEPARATOR = re.compile(r"[ .\-/()]+")
_EXTENSION = re.compile(r"[ ]?(?:x|ext\.?|extension)[ ]?[0-9]+$")
_CONTEXT = re.compile(
    r"(?i:phone|tel\b|tel\.|telephone|mobile|cell|fax|call|contact|reach|dial|ring|"
    r"whatsapp|ph\b|ph\.|电话|手机|联系|致电|回电|号码)[^0-9]{0,40}$|"
    # a person's name, then "at" or "on": Roy Cooper on 0808 1570022
    r"[A-Z][a-z]+[ ](?:at|on)[ ]$"
)
# Group lengths that are dates, ZIP+4 codes, social security numbers or clock times.
_NOT_PHONES = {(4, 2, 2), (2, 2, 4), (1, 2, 4), (2, 1, 4), (5, 4), (3, 2, 4), (4, 1, 1),
               (4, 2, 1), (4, 1, 2)}


# Numbers said to be something else: a bare 10 or 11 digits after these is not a phone.
_OTHER_NUMBER = re.compile(
    r"(?i:\b(?:invoice|order|ref|reference|account|acct|id|isbn|serial|case|ticket|policy|"
    r"permit|licen[cs]e|passport|ssn|tracking|batch|file|claim|registration|vin|sin|nhs|"
    r"insurance|tfn|medicare|aadhaar|aadhar|pan|nric|fin|itin|tax)"
    r"(?:[ ]?(?:no\.?|number|#|code))?(?:[ ]?(?:is|was|:))?\W{0,3})$"
)
# Mainland shapes: a mobile (138 1234 5678, +86 ...) or a landline with its area code
_MAINLAND_MOBILE = re.compile(r"(?:\+86|0086|86)?[ \-]?1[3-9][0-9][ \-]?[0-9]{4}[ \-]?[0-9]{4}|"
                              r"(?:\+86|0086)[ \-]?.*")
_MAINLAND_LANDLINE = re.compile(r"\(?0[1-9][0-9]{1,2}\)?[ \-]?[0-9]{7,8}")
# Chinese text: ideographs or CJK punctuation (、，。：)
_CHINESE = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
_NORTH_AMERICAN = {(3, 3, 4), (1, 3, 3, 4)}


class _Trigger:
    """search(text) is None when text certainly holds no number this recognizer takes."""
    # Groups of digits (not a date's), an international prefix, an area code in brackets, ten
    # bare digits that are no mainland mobile, a bare number after a trunk 0, or a phone word
    # (a mainland mobile alone, 13812345678, is CN_MOBILE's and does not pass). Chinese text
    # (most free-text cells) is first tested with substring checks, which run at C speed: it
    # needs a separator, a bracket or a plus sign, or a phone word, for a number to be taken.

    _GROUPED = re.compile(r"[0-9]{2}[ .\-/][0-9]{3}|[+(][0-9]")
    _BARE = re.compile(r"(?<![0-9A-Za-z])(?:[02-9][0-9]{9}|0[0-9]{6})")
    # What find() takes in Chinese text: +44…, 0044…, digits in three groups (not a mobile's
    # 138 1234 5678), a bracket before a digit (not an area code's (0571)), ten bare digits
    # that are no mobile. Every match consumes its first character (+, a bracket or a digit)
    # before any look-around, so that re skips the other characters at C speed: a pattern that
    # starts with a lookbehind is tried at every position (three times slower on hotline text).
    _CHINESE_NUMBER = re.compile(
        r"[+(0-9](?:"
        r"(?<=\+)(?!86)[1-9]"
        r"|(?<=\()(?!0[1-9][0-9]{1,2}\))[0-9]"
        r"|(?<![0-9].)(?<=0)0(?!86)[1-9][0-9]"
        r"|(?<![0-9].)(?:(?<=1)(?![3-9][0-9])|(?<=[02-9]))[0-9]{1,3}[ .\-/][0-9]{3,4}[ .\-/]"
        r"[0-9]{3,4}(?![ .\-/]?[0-9])"
        r"|(?<![0-9].)(?<=[02-9])[0-9]{9}(?![0-9]))"
    )
    _WORDS = ("tel", "phone", "call", "fax", "mobile", "cell", "ring", "contact", "reach",
              "dial", " at ", " on ")

    def search(self, text: str) -> object | None:
        if text.isdigit():
            return None  # a bare number alone: a mainland mobile's, an ID's, an amount's
        if text.isascii():
            if " " not in text:  # one token (an ID, a date, a number): grouped only
                if _MAINLAND_LANDLINE.fullmatch(text) or _MAINLAND_MOBILE.fullmatch(text):
                    return None  # CN_LANDLINE's and CN_MOBILE's (a bare one is an office's)
                return self._GROUPED.search(text)
        elif not ("+" in text or "(" in text or "-" in text or "." in text or " " in text
                  or "/" in text or "电话" in text or "手机" in text or "联系" in text
                  or "回电" in text or "致电" in text or "号码" in text):
            return None
        elif _CHINESE.search(text):
            return self._CHINESE_NUMBER.search(text)
        found = self._GROUPED.search(text) or self._BARE.search(text)
        if found is None and text.isascii():
            lower = text.lower()
            return True if any(word in lower for word in self._WORDS) else None
        return found


class _Shape(NamedTuple):
    """What find() judges a number by."""

    main: str                   # the number without its extension
    groups: tuple[int, ...]     # its groups' lengths in digits
    international: bool         # written with +44 or 0044
    worded: bool                # a phone word before it, or an e-mail address after it
    extension: bool             # x123, ext. 123


def _groups(number: str) -> tuple[int, ...]:
    return tuple(len(g) for g in _SEPARATOR.split(number) if g)


class PhoneRecognizer(ScreenRecognizer):
    """Telephone numbers in international and national formats (not mainland China's)."""

    ENTITY = "PHONE_NUMBER"
    TRIGGER = _Trigger()
    # no CONTEXT: the phone words decide whether a number is taken, not its score, so that
    # CN_MOBILE and CN_LANDLINE (scored higher) keep the numbers both find
    STRONG = 0.75    # an international prefix, or national groups beside a phone word
    GROUPED = 0.6    # grouped like a phone number, no phone word around it
    BARE = 0.5       # 10 or 11 digits in a row, no phone word around them

    def may_match(self, hints: CellHints) -> bool:
        """Seven digits at least, and not a time of day alone (2023-01-01 08:30:00)."""
        return hints.digits >= 7 and (hints.colons < 2 or hints.alpha or hints.cjk)

    def find(self, text: str) -> list[Candidate]:  # noqa: D102
        out: list[Candidate] = []
        chinese: bool | None = None
        for match in _NUMBER.finditer(text):
            found = match.group("v")
            if len(found) < 7:
                continue  # fewer than 7 digits (a house number, a year, an amount)
            number = found.strip(" .-")
            start = match.start("v") + len(found) - len(found.lstrip(" .-"))
            extension = _EXTENSION.search(number) if "x" in number or "e" in number else None
            main = number[:extension.start()] if extension else number
            groups = _groups(main.lstrip("+"))
            if not 7 <= sum(groups) <= 15:
                continue
            if chinese is None:
                chinese = _CHINESE.search(text) is not None
            worded = _CONTEXT.search(text, max(0, start - 50), start) is not None or \
                _EMAIL_AFTER.match(text, start + len(number)) is not None
            if _MAINLAND_MOBILE.fullmatch(main) or _MAINLAND_LANDLINE.fullmatch(main) and (
                    chinese or not worded):
                # CN_MOBILE's and CN_LANDLINE's (a bare landline is an office's, public);
                # in English beside a phone word the same shape is a number abroad
                # (0116 4960157; CN_LANDLINE's higher score wins where it sees an area code)
                continue
            shape = _Shape(main, groups, match.group("intl") is not None, worded,
                           extension is not None)
            score = self._in_chinese(shape) if chinese else self._in_english(
                shape, _OTHER_NUMBER.search(text, max(0, start - 30), start) is not None)
            if score:
                out.append(Candidate(start, start + len(number), score))
        return out

    def _in_chinese(self, shape: _Shape) -> float:
        """In Chinese text: numbers written the international way, as North America writes
        them, or beside a phone word in groups or with a trunk 0 (mainland shapes are
        CN_MOBILE's and CN_LANDLINE's)."""
        groups, digits = shape.groups, sum(shape.groups)
        if shape.international or groups in _NORTH_AMERICAN:
            return self.STRONG
        if not shape.worded:
            return 0.0
        if len(groups) > 1:
            return self.STRONG if groups[-1] >= 3 and groups not in _NOT_PHONES else 0.0
        if digits == 10 and not shape.main.startswith("1") \
                or 8 <= digits <= 12 and shape.main.startswith("0"):
            return self.STRONG
        return 0.0

    def _in_english(self, shape: _Shape, said_to_be_other: bool) -> float:
        """Elsewhere: international numbers; grouped national numbers that are no date,
        ZIP+4, social security number or IP address; a bare run of digits beside a phone
        word, or as long as a national number; none that is said to be another number (an
        account, a passport, an insurance number)."""
        groups, digits = shape.groups, sum(shape.groups)
        if shape.international:
            return self.STRONG if digits >= 8 else 0.0
        if said_to_be_other:
            return 0.0  # passport no. 912803456, SIN: 046 454 286
        if len(groups) == 1:
            if shape.worded and digits <= 12:
                return self.STRONG
            return self.BARE if digits in (10, 11) else 0.0
        if groups in _NOT_PHONES or "." in shape.main and len(groups) >= 4 \
                and max(groups) <= 3:
            return 0.0
        if groups[-1] < 3 or digits > 12:
            return 0.0
        strong = shape.worded or "(" in shape.main or shape.extension
        if len(groups) == 2 and not strong:
            return 0.0  # two groups alone (2131/1800, 2019 2024) are too many other things
        return self.STRONG if strong else self.GROUPED

    def classify(self, value: str) -> str | None:
        """Never classify a column as phone numbers by its values (many are offices'); a
        header (phone, telephone) does."""
        return None
