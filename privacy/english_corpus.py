"""Seeded English development corpus for the privacy screen, as span-labelled JSON.

Forms, letters, complaints, contact lists, e-mails, stories, access logs and bilingual
notices, written from templates and filled with Faker's English locales. The shape is
``[{"full_text", "spans": [{"entity_type", "start_position", "end_position"}]}]`` (end
exclusive), which ``govcat privacy eval`` reads.

Two parts: ``tuning`` (the screen is tuned on it) and ``check`` (held aside: another seed,
and half of its people are named from Faker locales the name lexicon leaves out, see
privacy.names.latin.HELD_OUT_LOCALES). Cities (GPE) and companies (ORGANIZATION) are
labelled but are not personal; many of them hold a name (West Jerry, Webster and Sons), as
real ones do, so masking them counts as over-masking.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Callable
from pathlib import Path

from faker import Faker

from privacy.names.latin import HELD_OUT_LOCALES

DATA = Path(__file__).parent / "data"
PARTS = {"tuning": (20261202, 1500), "check": (20261203, 1000)}
LOCALES = ("en_US", "en_GB", "en_AU", "en_CA", "en_IE", "en_IN", "en_NZ")
NAME_LOCALES = ("en_US", "en_GB", "en_IE", "en_IN", "de_DE", "fr_FR", "es_ES", "it_IT",
                "nl_NL", "pl_PL", "pt_BR", "sv_SE", "tr_TR", "id_ID", "en_KE", "fi_FI")
PERSONAL = ("PERSON", "PHONE_NUMBER", "STREET_ADDRESS", "CREDIT_CARD", "IBAN_CODE",
            "US_SSN", "EMAIL_ADDRESS", "IP_ADDRESS")

Span = dict[str, object]


class _Text:
    """A text under construction with its labelled spans."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.spans: list[Span] = []

    def add(self, text: str, label: str | None = None) -> None:
        if label is not None and text:
            self.spans.append({"entity_type": label, "start_position": self.size,
                               "end_position": self.size + len(text)})
        self.parts.append(text)
        self.size += len(text)

    def record(self) -> dict[str, object]:
        return {"full_text": "".join(self.parts), "spans": self.spans}


class _Values:
    """Faker values for one record: people, contacts, places, companies."""

    def __init__(self, rng: random.Random, fakers: dict[str, Faker],
                 name_fakers: list[Faker]) -> None:
        self.rng = rng
        self.local = fakers[rng.choice(LOCALES)]
        self.us = fakers["en_US"]
        self.name_fakers = name_fakers

    def _namer(self) -> Faker:
        return self.rng.choice(self.name_fakers)

    def first(self) -> str:
        return self._namer().first_name().split()[0]

    def last(self) -> str:
        return self._namer().last_name().split()[0]

    def full(self) -> str:
        namer = self._namer()
        first, last = namer.first_name().split()[0], namer.last_name().split()[0]
        roll = self.rng.random()
        if roll < 0.12:
            return f"{first} {self.rng.choice('ABCDEFGHJKLMNPRSTW')}. {last}"
        if roll < 0.18:
            return f"{last}, {first}"
        return f"{first} {last}"

    def title(self) -> str:
        return self.rng.choice(("Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Ms", "Prof."))

    def phone(self) -> str:
        return self.local.phone_number()

    def email(self) -> str:
        return self.local.email()

    def street(self) -> str:
        return self.local.street_address()

    def address(self) -> str:
        return self.local.address().replace("\n", ", ")

    def city(self) -> str:
        return self.local.city()

    def company(self) -> str:
        return self.local.company()

    def card(self) -> str:
        number = self.us.credit_card_number()
        if self.rng.random() < 0.4 and len(number) == 16:
            sep = self.rng.choice(" -")
            number = sep.join(number[i:i + 4] for i in range(0, 16, 4))
        return number

    def iban(self) -> str:
        locale = self.rng.choice(("en_GB", "de_DE", "fr_FR", "nl_NL", "es_ES", "it_IT"))
        iban = self.fakers_iban(locale)
        if self.rng.random() < 0.4:
            iban = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
        return iban

    def fakers_iban(self, locale: str) -> str:
        faker = Faker(locale)
        faker.seed_instance(self.rng.getrandbits(32))
        return faker.iban()

    def ssn(self) -> str:
        return self.us.ssn()

    def ip(self) -> str:
        return self.us.ipv4() if self.rng.random() < 0.8 else self.us.ipv6()

    def date(self) -> str:
        year, month, day = self.rng.randint(2019, 2026), self.rng.randint(1, 12), \
            self.rng.randint(1, 28)
        months = ("January", "February", "March", "April", "May", "June", "July",
                  "August", "September", "October", "November", "December")
        return self.rng.choice((f"{months[month - 1]} {day}, {year}",
                                f"{day} {months[month - 1]} {year}",
                                f"{year}-{month:02d}-{day:02d}"))

    def amount(self) -> str:
        return f"${self.rng.randint(20, 9000):,}.{self.rng.randint(0, 99):02d}"


Template = Callable[[_Text, _Values], None]


def _form(t: _Text, v: _Values) -> None:
    t.add(v.rng.choice(("APPLICATION FORM\n", "Request for information\n", "Registration\n")))
    t.add(v.rng.choice(("Full name: ", "Name: ", "Applicant: ", "Name of applicant: ")))
    t.add(v.full(), "PERSON")
    t.add("\nDate: " + v.date())
    t.add("\nAddress: ")
    t.add(v.address(), "STREET_ADDRESS")
    t.add(v.rng.choice(("\nPhone: ", "\nTelephone: ", "\nTel: ", "\nMobile: ")))
    t.add(v.phone(), "PHONE_NUMBER")
    t.add("\nE-mail: ")
    t.add(v.email(), "EMAIL_ADDRESS")
    t.add("\nEmployer: ")
    t.add(v.company(), "ORGANIZATION")


def _letter(t: _Text, v: _Values) -> None:
    last = v.last()
    t.add(f"Dear {v.title()} ")
    t.add(last, "PERSON")
    t.add(",\n\nThank you for your letter of " + v.date() + " about the "
          + v.rng.choice(("planning permit", "parking fine", "school place", "tax refund",
                          "road works", "noise complaint")) + ". ")
    t.add(v.rng.choice(("Your case has been passed to ", "We have asked ", "Please contact ")))
    t.add(v.full(), "PERSON")
    t.add(v.rng.choice((" at ", " on ")))
    t.add(v.phone(), "PHONE_NUMBER")
    t.add(" if you have any questions.\n\nYours sincerely,\n")
    t.add(v.full(), "PERSON")
    t.add("\n" + v.rng.choice(("Case Officer", "Head of Licensing", "Customer Services",
                               "Records Manager")) + ", ")
    t.add(v.city(), "GPE")
    t.add(" City Council")


def _complaint(t: _Text, v: _Values) -> None:
    t.add(v.rng.choice(("I, ", "My name is ", "I am ", "This complaint is made by ")))
    t.add(v.full(), "PERSON")
    t.add(v.rng.choice((", and I live at ", ", residing at ", " of ")))
    t.add(v.street(), "STREET_ADDRESS")
    t.add(", ")
    t.add(v.city(), "GPE")
    t.add(". On " + v.date() + " a delivery van from ")
    t.add(v.company(), "ORGANIZATION")
    t.add(v.rng.choice((" blocked our driveway for three hours. ",
                        " damaged the fence in front of my house. ",
                        " left rubbish on the pavement again. ")))
    t.add(v.rng.choice(("My neighbour ", "The driver, ", "A witness, ")))
    t.add(v.full(), "PERSON")
    t.add(v.rng.choice((", saw it happen.", ", took photos.", ", can confirm this.")))
    t.add(" You can reach me on ")
    t.add(v.phone(), "PHONE_NUMBER")
    t.add(" or at ")
    t.add(v.email(), "EMAIL_ADDRESS")
    t.add(".")


def _contacts(t: _Text, v: _Values) -> None:
    t.add(v.rng.choice(("Contact list\n", "Emergency contacts:\n", "Committee members\n")))
    for _ in range(v.rng.randint(2, 4)):
        t.add("- ")
        t.add(v.full(), "PERSON")
        t.add(v.rng.choice((", ", " | ", " - ")))
        t.add(v.phone(), "PHONE_NUMBER")
        t.add(v.rng.choice((", ", " | ", " - ")))
        t.add(v.email(), "EMAIL_ADDRESS")
        t.add("\n")


def _email(t: _Text, v: _Values) -> None:
    first = v.first()
    t.add(v.rng.choice(("Hi ", "Hello ", "Good morning ")))
    t.add(first, "PERSON")
    t.add(v.rng.choice((",\n", "!\n")))
    t.add(v.rng.choice(("Following our call, ", "As discussed, ", "Quick update: ")))
    t.add(v.rng.choice(("the invoice of ", "the refund of ", "the payment of ")) + v.amount()
          + " was sent to " )
    t.add(v.company(), "ORGANIZATION")
    t.add(" on " + v.date() + ". ")
    t.add(v.rng.choice(("Could you ask ", "Please remind ", "I have copied ")))
    t.add(v.first(), "PERSON")
    t.add(v.rng.choice((" to check it?", " about the documents?", " on this.")))
    t.add(v.rng.choice(("\n\nBest,\n", "\n\nThanks,\n", "\n\nRegards,\n", "\n\nCheers,\n")))
    t.add(v.first(), "PERSON")


def _story(t: _Text, v: _Values) -> None:
    a, b = v.first(), v.full()
    t.add(a, "PERSON")
    t.add(v.rng.choice((" grew up in ", " moved to ", " was born in ")))
    t.add(v.city(), "GPE")
    t.add(v.rng.choice((" and worked for ", ", where she joined ", ", where he joined ")))
    t.add(v.company(), "ORGANIZATION")
    t.add(" in " + str(v.rng.randint(1990, 2024)) + ". ")
    t.add(v.rng.choice(("Years later ", "In the spring ", "One day ")))
    t.add(v.rng.choice(("she met ", "he met ", "they met ")))
    t.add(b, "PERSON")
    t.add(v.rng.choice((" at a conference.", " on a train to ", " while volunteering in ")))
    if not t.parts[-1].endswith("."):
        t.add(v.city(), "GPE")
        t.add(".")
    t.add(" " + v.rng.choice(("Together they ", "Later the two ")) +
          v.rng.choice(("opened a bakery.", "started a charity for local schools.",
                        "wrote a book about the region.")))


def _payment(t: _Text, v: _Values) -> None:
    t.add(v.rng.choice(("Payment details\n", "Refund request\n", "Direct debit form\n")))
    t.add("Account holder: ")
    t.add(v.full(), "PERSON")
    if v.rng.random() < 0.5:
        t.add(v.rng.choice(("\nCard number: ", "\nCredit card: ", "\nPlease charge card ")))
        t.add(v.card(), "CREDIT_CARD")
    else:
        t.add(v.rng.choice(("\nIBAN: ", "\nBank account (IBAN): ", "\nPay to IBAN ")))
        t.add(v.iban(), "IBAN_CODE")
    t.add("\nAmount: " + v.amount() + "\nReference: INV-" + str(v.rng.randint(10000, 99999)))


def _benefits(t: _Text, v: _Values) -> None:
    t.add(v.rng.choice(("Benefit claim for ", "Claimant: ", "Case file of ")))
    t.add(v.full(), "PERSON")
    t.add(v.rng.choice((". Social Security Number: ", ", SSN ", ". SSN: ")))
    t.add(v.ssn(), "US_SSN")
    t.add(v.rng.choice((". Mailing address: ", ". Lives at ")))
    t.add(v.address(), "STREET_ADDRESS")
    t.add(". Claim received " + v.date() + "; caseworker ")
    t.add(v.full(), "PERSON")
    t.add(".")


def _log(t: _Text, v: _Values) -> None:
    user = v.first()
    t.add(v.date() + " 10:" + f"{v.rng.randint(0, 59):02d}" + " login ")
    t.add(v.rng.choice(("failed", "succeeded")) + " for user ")
    t.add(user, "PERSON")
    t.add(" from ")
    t.add(v.ip(), "IP_ADDRESS")
    t.add("; alert sent to ")
    t.add(v.email(), "EMAIL_ADDRESS")
    t.add(".")


def _meeting(t: _Text, v: _Values) -> None:
    t.add("Minutes of the " + v.rng.choice(("planning", "finance", "transport", "housing"))
          + " committee, " + v.date() + ". Present: ")
    count = v.rng.randint(2, 4)
    for i in range(count):
        t.add(v.rng.choice(("", v.title() + " ")) if i else "")
        t.add(v.full(), "PERSON")
        t.add(", " if i < count - 1 else ". ")
    t.add(v.rng.choice(("The chair", "The committee")) + " approved the budget of "
          + v.amount() + " for the " + v.rng.choice(("Riverside", "Central", "Harbour",
                                                      "North")) + " Library project. ")
    t.add("Apologies from ")
    t.add(v.full(), "PERSON")
    t.add(".")


def _notice(t: _Text, v: _Values) -> None:
    # Government notices without personal data: places, companies, dates, amounts only.
    t.add(v.rng.choice(("Road closure: ", "Public notice: ", "Consultation: ")))
    t.add(v.rng.choice(("Main Street", "High Street", "Church Road", "Station Road",
                        "Park Avenue")) + " in ")
    t.add(v.city(), "GPE")
    t.add(" will be closed from " + v.date() + " while ")
    t.add(v.company(), "ORGANIZATION")
    t.add(v.rng.choice((" replaces the water main. ", " resurfaces the road. ",
                        " repairs the bridge. ")))
    t.add("Buses will divert via " + v.rng.choice(("Queen Street", "King Street",
                                                   "Victoria Road", "Mill Lane")) + ". ")
    t.add("The project costs " + v.amount() + " and is funded by the Department for "
          + v.rng.choice(("Transport", "Communities", "Education")) + ".")


def _bilingual(t: _Text, v: _Values) -> None:
    # An English name (or pinyin) inside Chinese prose.
    t.add(v.rng.choice(("申请人", "外籍人员", "联系人", "来访人员")))
    t.add(v.full(), "PERSON")
    t.add(v.rng.choice(("（护照）于", "于")) + v.rng.choice(("3月5日", "2024年6月", "上周"))
          + v.rng.choice(("提交申请，联系电话", "到访，电话")))
    t.add(v.phone(), "PHONE_NUMBER")
    t.add("，邮箱")
    t.add(v.email(), "EMAIL_ADDRESS")
    t.add("。")


def _pinyin(t: _Text, v: _Values) -> None:
    surname = v.rng.choice(("Zhang", "Wang", "Li", "Liu", "Chen", "Yang", "Huang", "Zhao",
                            "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin"))
    given = v.rng.choice(("Wei", "Fang", "Na", "Min", "Jing", "Lei", "Yang", "Xiuying",
                          "Qiang", "Jun", "Hao", "Yuxuan", "Zihan", "Haoran", "Xin"))
    name = f"{surname} {given}" if v.rng.random() < 0.7 else f"{given} {surname}"
    t.add(v.rng.choice(("Contact person: ", "The exchange student ", "Our colleague ",
                        "Visiting scholar ")))
    t.add(name, "PERSON")
    t.add(v.rng.choice((" arrives in ", " will give a talk in ", " has moved to ")))
    t.add(v.city(), "GPE")
    t.add(" on " + v.date() + ". Call ")
    t.add(v.phone(), "PHONE_NUMBER")
    t.add(".")


TEMPLATES: tuple[Template, ...] = (_form, _letter, _complaint, _contacts, _email, _story,
                                   _payment, _benefits, _log, _meeting, _notice, _bilingual,
                                   _pinyin)


def generate(part: str) -> list[dict[str, object]]:
    """The records of one part ("tuning" or "check"), the same on every run."""
    seed, count = PARTS[part]
    rng = random.Random(seed)
    fakers = {}
    for locale in LOCALES:
        fakers[locale] = Faker(locale)
        fakers[locale].seed_instance(seed)
    name_fakers = [Faker(locale) for locale in NAME_LOCALES]
    if part == "check":
        name_fakers = name_fakers + [Faker(locale) for locale in HELD_OUT_LOCALES] * 2
    for i, faker in enumerate(name_fakers):
        faker.seed_instance(seed + i)
    records = []
    for _ in range(count):
        text = _Text()
        rng.choice(TEMPLATES)(text, _Values(rng, fakers, name_fakers))
        records.append(text.record())
    return records


def main(argv: list[str] | None = None) -> int:
    """Write the two parts to privacy/data/en_dev_{tuning,check}.json."""
    parser = argparse.ArgumentParser(prog="python -m privacy.english_corpus",
                                     description=__doc__)
    parser.add_argument("--output-dir", type=Path, default=DATA)
    args = parser.parse_args(argv)
    for part in PARTS:
        records = generate(part)
        path = args.output_dir / f"en_dev_{part}.json"
        path.write_text(json.dumps(records, ensure_ascii=False, indent=0) + "\n",
                        encoding="utf-8")
        labels: dict[str, int] = {}
        for record in records:
            for span in record["spans"]:  # type: ignore[union-attr]
                labels[span["entity_type"]] = labels.get(span["entity_type"], 0) + 1
        print(f"{path}: {len(records):,} records; " +
              ", ".join(f"{k} {n:,}" for k, n in sorted(labels.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
