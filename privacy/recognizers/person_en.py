"""PERSON (English): names introduced by a title (Mr./Dr. …) or a label (Name: …)."""

from __future__ import annotations

import re

from privacy.recognizers.base import Candidate, CellHints, ScreenRecognizer

_WORD = r"(?:[A-Z]['’]|Mc|Mac)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_NAME = rf"{_WORD}(?:[ ](?:[A-Z]\.[ ])?{_WORD}){{0,2}}"
_TITLED = rf"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Madam)\.?[ ](?P<v>{_NAME})"
_LABELLED = (
    r"(?i:\b(?:full[ _]?name|name|contact(?:[ _]person)?|applicant|requester|requestor|"
    r"complainant|submitted[ _]by|signed[ _]by|prepared[ _]by|holder|patient|"
    rf"legal[ _]representative))[ \t]*[:：][ \t]*(?P<w>{_NAME})"
)
_VERBED = (
    r"\b(?:(?:spoke|talked|met|meeting|speaking|talking)[ ]with|(?:assigned|forwarded|sent|"
    r"reported|escalated|referred|addressed|delivered|issued)[ ]to|(?:signed|reported|submitted|"
    r"approved|handled|prepared|reviewed|filed|requested|raised|lodged)[ ]by|contacted|called|"
    r"emailed|phoned|Dear|Attn:?|attention:|cc:?)[ ]"
    rf"(?P<x>{_NAME})"
)
_PERSON = re.compile(rf"{_TITLED}|{_LABELLED}|{_VERBED}")
_QUALIFIER = re.compile(
    r"(?i)\b(?:company|companies|file|dataset|data|project|unit|org|organi[sz]ation|product|"
    r"agency|department|dept|business|enterprise|institution|school|brand|place|street|road|"
    r"city|country|table|column|field|domain|host|resource|package|layer|station|site|"
    r"building|district|region|province|county|village|town|item|category|type|entity|user)"
    r"[ _-]?$"
)


class EnglishPersonRecognizer(ScreenRecognizer):
    """English names after a title, a Name:-style label or a verb phrase (no NER offline)."""
    # English names after Mr./Mrs./Ms./Dr., a "Name:"-style label or a verb phrase such as
    # "spoke with" / "assigned to" / "signed by" (no NER model is available offline).

    ENTITY = "PERSON"
    PATTERN_NAME = "en_person"
    REGEX = _PERSON
    TRIGGER = re.compile(r"[A-Z][a-z]")  # every name (_WORD) holds one
    SCORE = 0.85

    def may_match(self, hints: CellHints) -> bool:  # noqa: D102
        return hints.alpha

    def find(self, text: str) -> list[Candidate]:  # noqa: D102
        out = []
        for match in _PERSON.finditer(text):
            if match.group("v"):
                out.append(Candidate(match.start("v"), match.end("v"), self.SCORE))
            elif match.group("x"):
                if " " in match.group("x"):  # a first and last name, not "called Beijing"
                    out.append(Candidate(match.start("x"), match.end("x"), self.SCORE))
            elif not _QUALIFIER.search(text, max(0, match.start() - 20), match.start()):
                out.append(Candidate(match.start("w"), match.end("w"), self.SCORE))
        return out
