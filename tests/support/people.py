"""Synthetic personal information with valid check digits, for leak and screen tests."""

from __future__ import annotations

import random
from dataclasses import dataclass

from faker import Faker
from stdnum import luhn

from privacy.corpus import id_check_digit


def resident_id(rng: random.Random, region: str = "110105") -> str:
    """An 18-digit resident ID number with a correct ISO 7064 check character."""
    year = rng.randint(1950, 2005)
    body = (
        f"{region}{year}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 999):03d}"
    )
    return body + id_check_digit(body)


def bank_card(rng: random.Random, prefix: str = "622202") -> str:
    """A 19-digit UnionPay-style card number with a correct Luhn check digit."""
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(12))
    return body + luhn.calc_check_digit(body)


MOBILE_PREFIXES = ("130", "133", "135", "138", "139", "147", "150", "152", "158", "166", "177",
                   "180", "186", "189", "191", "198", "199")  # fmt: skip


def mobile(rng: random.Random) -> str:
    """A mobile number in a segment the carriers actually assign."""
    return f"{rng.choice(MOBILE_PREFIXES)}{rng.randint(0, 99999999):08d}"


@dataclass(frozen=True)
class Person:
    name: str
    resident_id: str
    mobile: str
    email: str
    bank_card: str


def people(n: int, seed: int = 7) -> list[Person]:
    """`n` distinct synthetic people (Faker zh_CN names)."""
    rng = random.Random(seed)
    fake = Faker("zh_CN")
    fake.seed_instance(seed)
    out, seen = [], set()
    while len(out) < n:
        name = fake.name()
        if name in seen or len(name) < 2:
            continue
        seen.add(name)
        out.append(
            Person(
                name=name,
                resident_id=resident_id(rng),
                mobile=mobile(rng),
                email=f"user{rng.randint(1000, 9999)}{len(out)}@example.com",
                bank_card=bank_card(rng),
            )
        )
    return out
