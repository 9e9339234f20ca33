"""Fixtures for the privacy tests: one offline analyzer per session and value generators."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from faker import Faker

from privacy import Screener, build_analyzer

_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
_ID_CHECK = "10X98765432"


def id_check_digit(first17: str) -> str:
    """GB 11643 check character, computed independently of the code under test."""
    return _ID_CHECK[sum(int(d) * w for d, w in zip(first17, _ID_WEIGHTS, strict=False)) % 11]


def make_resident_id(area: str = "110101", born: dt.date = dt.date(1990, 3, 7),
                     seq: int = 123) -> str:
    """A valid 18-digit resident ID number."""
    body = f"{area}{born:%Y%m%d}{seq:03d}"
    return body + id_check_digit(body)


def bad_checksum(rid: str) -> str:
    """The same ID with a wrong check character."""
    return rid[:17] + ("0" if rid[17] != "0" else "1")


def luhn_digit(body: str) -> str:
    """Luhn check digit for body."""
    total = 0
    for i, d in enumerate(reversed(body)):
        n = int(d)
        if i % 2 == 0:
            n *= 2
            n -= 9 if n > 9 else 0
        total += n
    return str((10 - total % 10) % 10)


def make_card(prefix: str = "622202", length: int = 16, rng: random.Random | None = None) -> str:
    """A Luhn-valid card number."""
    rng = rng or random.Random(1)
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    return body + luhn_digit(body)


def make_mobile(rng: random.Random | None = None, segment: str = "138") -> str:
    """An 11-digit mobile number in an allocated segment."""
    rng = rng or random.Random(2)
    return segment + "".join(rng.choice("0123456789") for _ in range(8))


class Gen:
    """Deterministic generator of synthetic personal data."""

    def __init__(self, seed: int = 1234) -> None:
        self.rng = random.Random(seed)
        self.faker = Faker("zh_CN")
        self.faker.seed_instance(seed)
        self.areas = ["110101", "310104", "440305", "510107", "330106", "420102", "610113"]

    def resident_id(self) -> str:
        """A valid resident ID with a random area, birth date and sequence."""
        born = dt.date(1940, 1, 1) + dt.timedelta(days=self.rng.randrange(0, 365 * 80))
        return make_resident_id(self.rng.choice(self.areas), born, self.rng.randrange(1000))

    def card(self) -> str:
        """A valid UnionPay-style card number."""
        return make_card(self.rng.choice(["622202", "621700", "622848", "4367", "5187"]),
                         self.rng.choice([16, 19]), self.rng)

    def mobile(self) -> str:
        """A valid mobile number."""
        return make_mobile(self.rng, self.rng.choice(["138", "139", "150", "186", "177", "199"]))

    def name(self) -> str:
        """A Faker zh_CN personal name."""
        return self.faker.name()

    def email(self) -> str:
        """A Faker e-mail address."""
        return self.faker.email()


@pytest.fixture(scope="session")
def analyzer():
    """One offline analyzer for the whole session."""
    return build_analyzer()


@pytest.fixture(scope="session")
def screener(analyzer):
    """A Screener sharing the session analyzer."""
    return Screener(analyzer)


@pytest.fixture
def gen():
    """A fresh deterministic generator."""
    return Gen()
