"""Keyed pseudonyms: HMAC-SHA256 of a normalized value, short and typed (PERSON-1a2b3c4d5e6f)."""
# The secret key never becomes a pseudonym key directly: a per-dataset key is derived from it
# and the caller's dataset identity (scope "dataset"), or one global key (scope "global", when
# the publisher opts in to linking the same person across datasets). Without the secret key
# a pseudonym cannot be reversed or recomputed, even for a small set of candidate values.

from __future__ import annotations

import hashlib
import hmac
import os
import re
import unicodedata
from collections.abc import Mapping

from privacy.errors import PolicyError

KEY_ENV = "GOVCAT_PSEUDONYM_KEY"
MIN_KEY_BYTES = 16
DIGEST_CHARS = 12  # 48 bits: collisions stay unlikely (~1 in 500) at a million values
_LABEL = b"govcat/pseudonym/v1/"
PREFIXES: Mapping[str, str] = {
    "PERSON": "PERSON", "CN_RESIDENT_ID": "ID", "CN_PASSPORT": "PASSPORT",
    "CN_TRAVEL_PERMIT": "PERMIT", "CN_MOBILE": "PHONE", "CN_LANDLINE": "PHONE",
    "PHONE_NUMBER": "PHONE", "EMAIL_ADDRESS": "EMAIL", "BANK_CARD": "CARD", "CREDIT_CARD": "CARD",
    "CN_ADDRESS": "ADDRESS", "CN_LICENSE_PLATE": "PLATE", "IP_ADDRESS": "IP",
    "DATE_OF_BIRTH": "DOB", "AGE": "AGE", "US_SSN": "SSN", "IBAN_CODE": "IBAN",
    "STREET_ADDRESS": "ADDRESS",
}
_COMPACT = frozenset({"ID", "PASSPORT", "PERMIT", "PHONE", "CARD", "PLATE", "SSN", "IBAN"})
_SPACE = re.compile(r"\s+")
_NOT_ALNUM = re.compile(r"[\W_]+")


def key_from_env(environ: Mapping[str, str] | None = None) -> bytes | None:
    """The secret pseudonym key from GOVCAT_PSEUDONYM_KEY (UTF-8), or None when unset."""
    value = (os.environ if environ is None else environ).get(KEY_ENV, "")
    return value.encode("utf-8") if value.strip() else None


def check_key(key: bytes | None) -> bytes:
    """The key if usable; PolicyError when missing or shorter than MIN_KEY_BYTES."""
    if not key:
        raise PolicyError(f"the policy pseudonymizes but no key is set: set {KEY_ENV} "
                          "(a secret of at least 16 bytes) or pass pseudonym_key")
    if len(key) < MIN_KEY_BYTES:
        raise PolicyError(f"the pseudonym key is too short ({len(key)} bytes; at least "
                          f"{MIN_KEY_BYTES} are required)")
    return key


def prefix_of(entity: str) -> str:
    """The type prefix of an entity's pseudonyms (SENSITIVE_HEALTH -> HEALTH)."""
    return PREFIXES.get(entity, entity.removeprefix("SENSITIVE_"))


def normalize(prefix: str, value: str) -> str:
    """The comparable form of a value, so spacing and case do not change its pseudonym."""
    text = unicodedata.normalize("NFKC", value).strip().casefold()
    if prefix in _COMPACT:
        text = _NOT_ALNUM.sub("", text)
        if prefix == "PHONE" and len(text) == 13 and text.startswith("86"):
            text = text[2:]
        elif prefix == "PHONE" and len(text) == 15 and text.startswith("0086"):
            text = text[4:]
        return text
    return _SPACE.sub(" ", text)


class Pseudonymizer:
    """Renders stable pseudonyms under a key derived for one dataset (or globally)."""

    def __init__(self, key: bytes, scope: str = "dataset", context: str = "") -> None:
        key = check_key(key)
        if scope == "global":
            label = _LABEL + b"global"
        elif scope == "dataset":
            if not context.strip():
                raise PolicyError("pseudonym_scope 'dataset' needs the dataset's identity: "
                                  "pass context= to the screen")
            label = _LABEL + b"dataset\x00" + context.strip().encode("utf-8")
        else:
            raise PolicyError(f"unknown pseudonym_scope {scope!r}")
        self._key = hmac.new(key, label, hashlib.sha256).digest()

    def __repr__(self) -> str:
        return "Pseudonymizer(<key hidden>)"

    def __call__(self, entity: str, value: str) -> str:
        """The pseudonym of value as entity, e.g. PERSON-1a2b3c4d5e6f ("" stays "")."""
        if not value.strip():
            return value
        prefix = prefix_of(entity)
        message = prefix.encode() + b"\x1f" + normalize(prefix, value).encode("utf-8")
        digest = hmac.new(self._key, message, hashlib.sha256).hexdigest()
        return f"{prefix}-{digest[:DIGEST_CHARS]}"
