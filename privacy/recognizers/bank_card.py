"""BANK_CARD: payment card numbers (13-19 digits, Luhn-valid, known issuer prefix; 12-digit
Maestro numbers, and numbers failing the Luhn check alone, next to a card word)."""

from __future__ import annotations

import re

from privacy.recognizers.base import Candidate, CellHints, ScreenRecognizer
from privacy.recognizers.resident_id import validate_resident_id

# (?=[0-9]): a match's first character, checked first (faster than the lookbehind alone)
# The whole part of a decimal number (2616156223977.466, an amount) is no card.
_CARD = re.compile(r"(?=[0-9])(?<![0-9A-Za-z])(?P<v>[0-9](?:[ -]?[0-9]){11,18})"
                   r"(?![0-9A-Za-z]|\.[0-9])")
_SHAPE = re.compile(r"[0-9](?:[ -]?[0-9]){11,18}")
_GROUPS = re.compile(r"[ -]")
# Issuer identification prefixes: UnionPay 62/81, Visa 4, Mastercard 51-55/2221-2720,
# Amex 34/37, JCB 35/2131/1800, Diners 30/36/38/39, Discover 6011/64/65, Maestro
# 50/56-58/67/6304/6390/0604, Mir 2200-2204.
_PREFIXES = ("62", "81", "4", "51", "52", "53", "54", "55", "34", "37", "35", "30", "36",
             "38", "39", "6011", "64", "65", "50", "56", "57", "58", "67", "60", "2131", "1800",
             "6304", "6390", "0604")
_MAESTRO = ("50", "56", "57", "58", "67", "6304", "6390", "0604")  # the only 12-digit cards
# A 12-digit number is a card only with one of these just before it (an order or a ticket
# number is as likely otherwise).
_CARD_WORDS = re.compile(r"(?i:card|maestro|卡号|银行卡|信用卡|借记卡)\W{0,3}(?:(?i:number|no)\.?"
                         r"\W{0,3})?$")
_DOUBLED = {str(d): sum(divmod(2 * d, 10)) for d in range(10)}  # Luhn: a doubled digit's sum
# The same as characters ("7" doubled is 14: "5"), to sum ASCII digits as bytes at C speed.
_DOUBLED_CHARS = str.maketrans({d: str(s) for d, s in _DOUBLED.items()})


def luhn_valid(digits: str) -> bool:
    """Whether a string of ASCII digits passes the Luhn check."""
    if not digits.isascii():  # other digits (as str.isdigit() allows): one at a time
        odd = sum(map(int, digits[-1::-2]))
        even = sum(map(_DOUBLED.__getitem__, digits[-2::-2]))
        return (odd + even) % 10 == 0
    # the byte values of the digits, less 48 ("0") each
    odd = sum(digits[-1::-2].encode())
    even = sum(digits[-2::-2].translate(_DOUBLED_CHARS).encode())
    return (odd + even - 48 * len(digits)) % 10 == 0


def _prefix_ok(digits: str) -> bool:
    """Return True if the number starts with a known card-issuer prefix."""
    if digits.startswith(_PREFIXES):
        return True
    head = int(digits[:4])
    return 2221 <= head <= 2720 or 2200 <= head <= 2204


def _grouping_ok(candidate: str) -> bool:
    """Accept ungrouped numbers, 4-4-4-4(-3) groups and Amex 4-6-5 groups."""
    if candidate.isdigit():
        return True  # ungrouped
    parts = _GROUPS.split(candidate)
    if len(parts) == 1:
        return True
    if len({c for c in candidate if not c.isdigit()}) > 1:
        return False
    sizes = [len(p) for p in parts]
    return all(s == 4 for s in sizes[:-1]) and 1 <= sizes[-1] <= 4 or sizes == [4, 6, 5]


def card_problem(candidate: str) -> str | None:
    """Return None for a plausible card number, else a short reason."""
    digits = candidate if candidate.isdigit() else "".join(c for c in candidate if c.isdigit())
    if not 12 <= len(digits) <= 19 or not _grouping_ok(candidate):
        return "format"
    if len(digits) == 12 and not digits.startswith(_MAESTRO):
        return "prefix"
    if not digits.isascii() or not luhn_valid(digits):
        return "checksum"
    if not _prefix_ok(digits):
        return "prefix"
    if len(digits) in (15, 18) and validate_resident_id(digits) is None:
        return "resident_id"
    return None


class BankCardRecognizer(ScreenRecognizer):
    """Bank/payment card numbers; never a valid resident ID."""

    ENTITY = "BANK_CARD"
    REGEX = _CARD
    TRIGGER = re.compile(r"[0-9](?:[ -]?[0-9]){11}")
    CONTEXT = ("银行卡", "卡号", "信用卡", "借记卡", "账号", "帐号", "银行", "card", "account")
    SCORE = 0.9
    # A number that fails the Luhn check alone right after a card word (银行卡号6222…): a card
    # mistyped, or one of the older cards that never passed it, is still someone's (raised by
    # the context to 0.95).
    SCORE_MISTYPED = 0.6

    def score(self, candidate: str) -> float | None:  # noqa: D102
        return self.SCORE if card_problem(candidate) is None else None

    def find(self, text: str) -> list[Candidate]:  # noqa: D102
        out = []
        for match in _CARD.finditer(text):
            candidate = match.group("v")
            problem = card_problem(candidate)
            if problem not in (None, "checksum"):
                continue
            if (problem or sum(c.isdigit() for c in candidate) == 12) and not (
                    _CARD_WORDS.search(text, max(0, match.start() - 24), match.start())):
                continue
            score = self.SCORE_MISTYPED if problem else self.SCORE
            out.append(Candidate(match.start("v"), match.end("v"), score))
        return out

    def may_match(self, hints: CellHints) -> bool:  # noqa: D102
        return hints.digits >= 12

    def classify(self, value: str) -> str | None:  # noqa: D102
        value = value.strip()
        if not _SHAPE.fullmatch(value):
            return None
        problem = card_problem(value) if sum(c.isdigit() for c in value) > 12 else "format"
        if problem is None:
            return "valid"
        return None if problem == "resident_id" else "invalid"
