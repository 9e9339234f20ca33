"""govcat's Presidio recognizers (Chinese and English personal information)."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer

from privacy.recognizers.address import AddressRecognizer
from privacy.recognizers.address_en import EnglishAddressRecognizer
from privacy.recognizers.bank_card import BankCardRecognizer
from privacy.recognizers.base import CellHints, ScreenRecognizer, cell_hints
from privacy.recognizers.date_of_birth import DateOfBirthRecognizer
from privacy.recognizers.documents import PassportRecognizer, TravelPermitRecognizer
from privacy.recognizers.email import EmailRecognizer
from privacy.recognizers.handle import NicknameRecognizer, SocialHandleRecognizer
from privacy.recognizers.iban import IbanRecognizer
from privacy.recognizers.ip_address import IpRecognizer
from privacy.recognizers.landline import LandlineRecognizer
from privacy.recognizers.license_plate import LicensePlateRecognizer
from privacy.recognizers.mobile import MobileRecognizer
from privacy.recognizers.national_ids import NationalIdRecognizer
from privacy.recognizers.person_en import EnglishPersonRecognizer
from privacy.recognizers.person_zh import ChinesePersonRecognizer
from privacy.recognizers.phone import PhoneRecognizer
from privacy.recognizers.resident_id import ResidentIdRecognizer
from privacy.recognizers.us_ssn import UsSsnRecognizer

RECOGNIZER_CLASSES: tuple[type[EntityRecognizer], ...] = (
    ResidentIdRecognizer,
    MobileRecognizer,
    EmailRecognizer,
    BankCardRecognizer,
    ChinesePersonRecognizer,
    EnglishPersonRecognizer,
    SocialHandleRecognizer,
    NicknameRecognizer,
    LandlineRecognizer,
    PassportRecognizer,
    TravelPermitRecognizer,
    LicensePlateRecognizer,
    IpRecognizer,
    DateOfBirthRecognizer,
    AddressRecognizer,
    PhoneRecognizer,
    IbanRecognizer,
    UsSsnRecognizer,
    EnglishAddressRecognizer,
    NationalIdRecognizer,
)


def build_recognizers(language: str) -> list[EntityRecognizer]:
    """Fresh instances of all govcat recognizers for one language."""
    return [cls(supported_language=language) for cls in RECOGNIZER_CLASSES]


__all__ = [
    "AddressRecognizer",
    "BankCardRecognizer",
    "DateOfBirthRecognizer",
    "IbanRecognizer",
    "IpRecognizer",
    "LandlineRecognizer",
    "LicensePlateRecognizer",
    "PassportRecognizer",
    "TravelPermitRecognizer",
    "CellHints",
    "ChinesePersonRecognizer",
    "EmailRecognizer",
    "EnglishAddressRecognizer",
    "EnglishPersonRecognizer",
    "MobileRecognizer",
    "NationalIdRecognizer",
    "NicknameRecognizer",
    "PhoneRecognizer",
    "RECOGNIZER_CLASSES",
    "ResidentIdRecognizer",
    "ScreenRecognizer",
    "SocialHandleRecognizer",
    "UsSsnRecognizer",
    "build_recognizers",
    "cell_hints",
]
