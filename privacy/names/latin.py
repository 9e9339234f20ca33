"""Latin-script name and street-word lexicon for English (and pinyin) text.

The words ship in ``privacy/data/latin_names.json``, derived from Faker's person and address
providers (MIT licence) by ``python -m privacy.names.latin`` (Faker is a development
dependency only). Some locales are left out on purpose: the English development corpus draws
the names of its held-aside part from them, so that its figures show how the screen does on
names the lexicon has never seen (see privacy.english_corpus).
"""

from __future__ import annotations

import argparse
import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import import_module
from pathlib import Path

LEXICON = Path(__file__).resolve().parent.parent / "data" / "latin_names.json"

# Faker locales whose names are never in the lexicon (the held-aside corpus uses them).
HELD_OUT_LOCALES = ("az_AZ", "en_TH", "ha_NG", "ig_NG", "lt_LT", "lv_LV", "sl_SI", "sw",
                    "tw_GH", "uz_UZ", "yo_NG", "zu_ZA")
_ADDRESS_LOCALES = ("en_US", "en_GB", "en_AU", "en_CA", "en_IE", "en_NZ", "en_IN")
_FIRST = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary",
          "first_romanized_names")
_LAST = ("last_names", "last_romanized_names")
_LATIN_WORD = re.compile(r"[A-Z][a-zà-ɏ'’]+(?:-[A-Z][a-zà-ɏ'’]+)?")
_MONTHS_DAYS = ("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december", "monday", "tuesday",
                "wednesday", "thursday", "friday", "saturday", "sunday")


@dataclass(frozen=True)
class LatinLexicon:
    """Known first names, last names, the common English words among them, street words."""

    first: frozenset[str]
    last: frozenset[str]
    common: frozenset[str]        # lower-cased common English words (may, will, bill, rose)
    street_words: frozenset[str]  # street-type words: Street, Avenue, Viaduct, Crescent...

    def is_first(self, word: str) -> bool:  # noqa: D102
        return word in self.first

    def is_last(self, word: str) -> bool:  # noqa: D102
        return word in self.last

    def is_name(self, word: str) -> bool:
        """A known first or last name."""
        return word in self.first or word in self.last

    def is_common(self, word: str) -> bool:
        """A common English word (a name only with other evidence: May, Will, Grant)."""
        return word.lower() in self.common


@cache
def latin_lexicon() -> LatinLexicon:
    """The shipped lexicon, read once per process (when English text first needs it)."""
    data = json.loads(LEXICON.read_text(encoding="utf-8"))
    return LatinLexicon(frozenset(data["first"]), frozenset(data["last"]),
                        frozenset(data["common"]), frozenset(data["street_words"]))


def _person_providers() -> list[tuple[str, type]]:
    from pkgutil import iter_modules

    import faker.providers.person as person

    return [(m.name, import_module(f"faker.providers.person.{m.name}").Provider)
            for m in iter_modules(person.__path__)]


def _words(provider: type, attributes: tuple[str, ...]) -> set[str]:
    """The single Latin words among a provider's name lists (María Dolores: two words)."""
    out: set[str] = set()
    for attribute in attributes:
        values = getattr(provider, attribute, None)
        if not values or isinstance(values, property):
            continue
        for value in values:
            for word in str(value).replace(".", " ").split():
                word = word if not word.isupper() else word.title()  # zh_TW: CHIEN-HSING
                if _LATIN_WORD.fullmatch(word) and len(word) > 1:
                    out.add(word)
    return out


def build() -> dict[str, object]:
    """The lexicon's content, derived from the installed Faker (development only)."""
    import faker
    from faker.providers.lorem.en_US import Provider as Lorem

    first: set[str] = set()
    last: set[str] = set()
    locales = []
    for locale, provider in _person_providers():
        if locale in HELD_OUT_LOCALES:
            continue
        names_first, names_last = _words(provider, _FIRST), _words(provider, _LAST)
        if names_first or names_last:
            locales.append(locale)
        first |= names_first
        last |= names_last
    street: set[str] = set()
    for locale in _ADDRESS_LOCALES:
        provider = import_module(f"faker.providers.address.{locale}").Provider
        street |= {s for s in getattr(provider, "street_suffixes", ()) if s[:1].isupper()}
    from spacy.lang.en.stop_words import STOP_WORDS

    common = {w for w in Lorem.word_list if len(w) > 1} | set(_MONTHS_DAYS) | {
        w for w in STOP_WORDS if w.isalpha() and len(w) > 1}
    return {
        "source": f"Faker {faker.VERSION}: person providers of {', '.join(locales)}; "
                  f"street suffixes of {', '.join(_ADDRESS_LOCALES)}; common words: the "
                  "en_US lorem word list, spaCy's English stop words, months and days",
        "first": sorted(first),
        "last": sorted(last),
        "common": sorted(common),
        "street_words": sorted(street),
    }


def main(argv: list[str] | None = None) -> int:
    """Write the lexicon file (run after upgrading Faker)."""
    parser = argparse.ArgumentParser(prog="python -m privacy.names.latin", description=__doc__)
    parser.add_argument("--output", type=Path, default=LEXICON)
    args = parser.parse_args(argv)
    data = build()
    args.output.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n",
                           encoding="utf-8")
    print(f"{args.output}: {len(data['first']):,} first names, {len(data['last']):,} last "
          f"names, {len(data['common']):,} common words, {len(data['street_words'])} street "
          "words")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
