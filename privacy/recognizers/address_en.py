"""STREET_ADDRESS: street addresses as English-speaking countries write them.

A building number (or a flat, suite or unit) and up to four capitalised words ending in a
street type (Street, Avenue, Viaduct, Crescent, Marg...; the list ships with the name
lexicon, see privacy.names.latin), then the secondary unit and, when the address goes on to a
postcode, the town and postcode too. P.O. boxes and US military addresses as well.
"""

from __future__ import annotations

import re
from functools import cache

from privacy.names.latin import latin_lexicon
from privacy.recognizers.base import Candidate, CellHints, ScreenRecognizer

_ABBREVIATIONS = ("St", "Ave", "Av", "Rd", "Blvd", "Ln", "Dr", "Ct", "Pl", "Sq", "Hwy", "Pkwy",
                  "Cres", "Tce", "Cl", "Pde", "Mt", "Cir", "Ter", "Trl", "Expy", "Fwy")
_INDIAN = ("Marg", "Nagar", "Chowk", "Zila", "Ganj", "Colony", "Enclave", "Bazar", "Bazaar")
_SECONDARY = r"(?:Apt\.?|Apartment|Suite|Ste\.?|Unit|Flat|Studio|Room|Rm\.?|H\.?[ ]?No\.?|#)"
_POSTCODE = (r"(?:[0-9]{5}(?:-[0-9]{4})?|[0-9]{4,6}|[A-Z][0-9][A-Z][ ]?[0-9][A-Z][0-9]|"
             r"[A-Z]{1,2}[0-9][A-Z0-9]?[ ]?[0-9][A-Z]{2}|[A-Z][0-9]{2}[ ]?[A-Z0-9]{4})")
_YEAR_BEFORE = re.compile(r"(?i:\b(?:in|since|by|of|from|until|to|year|and|before|after)\s+)$")
# Continental Europe writes the number after the street: Hauptstraße 5, Puruntie 82,
# Via Roma 12, Calle Mayor 5 (and France before a lower-case street type: 12 rue de la Paix).
_STREET_THEN_NUMBER = re.compile(
    r"(?<![\w])(?P<v>(?:[A-ZÄÖÜÅÆØ][\wäöüßåæøéèàç'’-]*(?:straße|strasse|str\.|weg|gasse|platz|"
    r"allee|damm|ufer|tie|katu|kuja|vej|gade|vägen|gatan|väg|gata|veien|laan|straat|plein|"
    r"gracht|kade|steeg|dreef|utca|ulica|cesta|iela|gatvė)|"
    r"(?:Via|Viale|Piazza|Corso|Calle|Avenida|Paseo|Plaza|Rua|Travessa|Largo|Ulica|Ul\.|"
    r"Rue|Chemin|Boulevard|Allée|Quai|Impasse)(?:[ ][\w'’-]+){1,4}?),?[ ][0-9]{1,4}[a-zA-Z]?"
    r"(?![\w])|"
    r"[0-9]{1,4}(?:[ ]?bis)?,?[ ](?:rue|avenue|boulevard|chemin|allée|place|impasse|quai|"
    r"route|cours)(?:[ ][\w'’-]+){1,5})"
)
_OTHER = re.compile(
    r"(?<![A-Za-z0-9])(?P<v>P\.?[ ]?O\.?[ ]?Box[ ][0-9]{1,6}|"
    # Indian house numbers: H.No. 45, 86/171, Ahuja
    r"H\.?[ ]?No\.?[ ]?[0-9]{1,5}(?:,?[ ][A-Z][a-z]+)?|[0-9]{1,4}/[0-9]{1,4},[ ][A-Z][a-z]+|"
    r"(?:USNS|USNV|USS|USCGC)[ ][A-Z][a-z]+(?:,?[ ]FPO[ ]A[AEP][ ][0-9]{5})?|"
    r"(?:PSC|Unit)[ ][0-9]{4},?[ ]Box[ ][0-9]{4}(?:,?[ ](?:APO|FPO|DPO)[ ]A[AEP][ ][0-9]{5})?)"
)


@cache
def _street_regex() -> re.Pattern[str]:
    """The street pattern, built from the lexicon's street words when first needed."""
    words = sorted({*latin_lexicon().street_words, *_ABBREVIATIONS, *_INDIAN},
                   key=lambda w: (-len(w), w))
    kinds = "|".join(re.escape(w) for w in words)
    name_word = r"(?:[A-Z][A-Za-z'’\-]*|[0-9]{1,3}(?:st|nd|rd|th))"
    return re.compile(
        r"(?<![A-Za-z0-9])(?P<v>"
        rf"(?:{_SECONDARY}[ ]?[0-9]{{1,5}}[A-Za-z]?,?[ \n]+(?:[0-9]{{1,6}}[A-Za-z]?,?[ \n]+)?|"
        r"(?P<number>[0-9]{1,6})[A-Za-z]?(?:/[0-9]{1,5})?,?(?:[ ]+|\n))"
        rf"(?:{name_word}[ ]+){{1,4}}?(?:{kinds})\.?(?![A-Za-z])(?:[ ](?:N|S|E|W|NE|NW|SE|SW)\b)?"
        rf"(?:,?[ ]+{_SECONDARY}[ ]?[0-9A-Za-z\-]{{1,6}})?"
        # the town and postcode, when the address goes on to one
        rf"(?:(?:,[ ]*|[ ]+|\n)(?:RD[ ][0-9]{{1,2}},?[ ]+)?(?:[A-Z][A-Za-z'\-]+[ ]?){{1,3}},?"
        rf"[ ]*(?:[A-Z]{{2,3}},?[ ]+)?{_POSTCODE}(?![A-Za-z0-9])|"
        rf"[ ]+{_POSTCODE}(?:[ ]+(?:[A-Z][A-Za-z'\-]+[ ]?){{1,3}})?(?![A-Za-z0-9]))?"
        r")"
    )


class _Trigger:
    """search(text) is None when text holds no address: every one has a space between a word
    and a number (tested at C speed first: most cells have no space at all)."""

    _PATTERN = re.compile(r"[0-9][A-Za-z]?,?[ \n]+[A-Za-z]|P\.?[ ]?O\.?[ ]?Box|USNS|USS|PSC|"
                          r"Unit|[0-9]/[0-9]|[a-z.],?[ ][0-9]")

    def search(self, text: str) -> re.Match[str] | None:
        if " " not in text and "\n" not in text:
            return None
        return self._PATTERN.search(text)


class EnglishAddressRecognizer(ScreenRecognizer):
    """Street addresses: 742 Evergreen Terrace, Springfield, IL 62704; Flat 3, 12 Mill Lane."""

    ENTITY = "STREET_ADDRESS"
    TRIGGER = _Trigger()
    SCORE = 0.75

    def may_match(self, hints: CellHints) -> bool:  # noqa: D102
        return hints.alpha and hints.digits >= 1

    def find(self, text: str) -> list[Candidate]:  # noqa: D102
        out = []
        for match in _street_regex().finditer(text):
            number = match.group("number")
            if number and len(number) == 4 and number[:2] in ("19", "20") \
                    and _YEAR_BEFORE.search(text, max(0, match.start() - 12), match.start()):
                continue  # "in 2019 Riverside Park ..." begins with a year
            out.append(Candidate(match.start("v"), match.end("v"), self.SCORE))
        for pattern in (_OTHER, _STREET_THEN_NUMBER):
            for match in pattern.finditer(text):
                out.append(Candidate(match.start("v"), match.end("v"), self.SCORE))
        return out

    def classify(self, value: str) -> str | None:
        """Never classify a column as addresses by its values (most are of offices and
        firms); a header (home address, mailing address) does."""
        return None
