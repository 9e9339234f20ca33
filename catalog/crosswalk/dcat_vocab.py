"""The controlled vocabularies of DCAT-AP (the EU Publications Office's authority tables, and
the older ones still found in catalogs) ↔ the values of the catalog's metadata standard."""

from __future__ import annotations

import re
from urllib.parse import quote, unquote

from catalog.crosswalk.ckan import LICENSES, THEME_GROUPS
from catalog.crosswalk.datajson import FREQUENCIES as DATAJSON_FREQUENCIES
from catalog.metadata import THEMES

EU = "http://publications.europa.eu/resource/authority/"
IANA_MEDIA_TYPES = "http://www.iana.org/assignments/media-types/"

# EU licence codes ↔ SPDX-style ids (the standard's license field)
_EU_LICENCES = {
    "CC0": "CC0-1.0", "CC_BY_4_0": "CC-BY-4.0", "CC_BYSA_4_0": "CC-BY-SA-4.0",
    "CC_BYNC_4_0": "CC-BY-NC-4.0", "CC_BYND_4_0": "CC-BY-ND-4.0",
    "CC_BYNCSA_4_0": "CC-BY-NC-SA-4.0", "CC_BYNCND_4_0": "CC-BY-NC-ND-4.0",
    "CC_BY_3_0": "CC-BY-3.0", "CC_BYSA_3_0": "CC-BY-SA-3.0", "CC_BYNC_3_0": "CC-BY-NC-3.0",
    "CC_BYND_3_0": "CC-BY-ND-3.0", "CC_BYNCSA_3_0": "CC-BY-NC-SA-3.0",
    "CC_BYNCND_3_0": "CC-BY-NC-ND-3.0", "ODC_BY": "ODC-By-1.0", "ODC_BL": "ODbL-1.0",
    "ODC_PDDL": "PDDL-1.0", "GFDL_1_3": "GFDL-1.3", "CC_PDM_1_0": "PDM-1.0",
}  # fmt: skip
_TO_EU_LICENCE = {v: k for k, v in _EU_LICENCES.items()}
# creativecommons.org/licenses/by-nc-sa/4.0/ and publicdomain/zero/1.0/
_CC = re.compile(r"^https?://(?:www\.)?creativecommons\.org/licenses/"
                 r"(by(?:-nc)?(?:-sa|-nd)?)/(\d\.\d)(?:/.*)?$", re.IGNORECASE)
_CC0 = re.compile(r"^https?://(?:www\.)?creativecommons\.org/publicdomain/zero/1\.0(?:/.*)?$",
                  re.IGNORECASE)
_SPDX = re.compile(r"^https?://spdx\.org/licenses/([\w.+-]+?)(?:\.html)?$")
# opendefinition.org and dcat-ap.de name licences by CKAN's ids (cc-zero, odc-by...)
_BY_CKAN_ID = re.compile(r"^https?://(?:www\.)?(?:opendefinition\.org|dcat-ap\.de/def)/"
                         r"licenses/([\w.-]+?)/?$", re.IGNORECASE)

# EU frequencies and Dublin Core's (purl.org/cld/freq) ↔ the standard's update frequencies
_EU_FREQUENCIES = {
    "UPDATE_CONT": "realtime", "CONT": "realtime", "DAILY": "daily", "WEEKLY": "weekly",
    "MONTHLY": "monthly", "QUARTERLY": "quarterly", "ANNUAL_2": "semiannual",
    "ANNUAL": "annual", "IRREG": "irregular",
}  # fmt: skip
_TO_EU_FREQUENCY = {"realtime": "UPDATE_CONT", **{v: k for k, v in _EU_FREQUENCIES.items()
                                                  if k not in ("UPDATE_CONT", "CONT")}}
_CLD_FREQUENCIES = {"continuous": "realtime", "daily": "daily", "weekly": "weekly",
                    "monthly": "monthly", "quarterly": "quarterly", "semiannual": "semiannual",
                    "annual": "annual", "irregular": "irregular"}

# EU data themes that lie wholly within one theme of the standard; the others (economy and
# finance, education-culture-sport, justice, regions, society, international) span several.
_EU_THEMES = {"AGRI": "农业农村", "ENER": "资源能源", "ENVI": "生态环境", "GOVE": "综合政务",
              "HEAL": "卫生健康", "TRAN": "工业交通", "TECH": "教育科技"}
# ...and back, only where the two are the same thing (工业交通 is more than transport)
_TO_EU_THEME = {"农业农村": "AGRI", "资源能源": "ENER", "生态环境": "ENVI", "综合政务": "GOVE",
                "卫生健康": "HEAL"}

# the standard's themes that have no EU equivalent are concepts of a scheme of our own: by
# default these URNs; a catalog that serves its themes names them under its own address
OWN_THEMES = "urn:govcat:theme:"
THEMES_SCHEME = EU + "data-theme"

_LANGUAGES = {"en": "en", "eng": "en", "zh": "zh-CN", "zho": "zh-CN", "chi": "zh-CN"}
_TO_EU_LANGUAGE = {"en": "ENG", "zh-CN": "ZHO"}


def _last(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1]


def licence_id(value: str) -> str:
    """A licence IRI or name as the standard's id (SPDX-style) when it is a known one."""
    value = value.strip()
    if value.startswith(EU + "licence/"):
        return _EU_LICENCES.get(_last(value), value)
    if match := _CC.match(value):
        return f"CC-{match[1].upper()}-{match[2]}"
    if _CC0.match(value):
        return "CC0-1.0"
    if match := _SPDX.match(value):
        return match[1]
    if match := _BY_CKAN_ID.match(value):
        return LICENSES.get(match[1].lower(), value)
    return LICENSES.get(value, value)


def licence_iri(licence: str) -> str | None:
    """The EU licence IRI of one of the standard's ids (None: not in the EU table)."""
    code = _TO_EU_LICENCE.get(licence)
    return f"{EU}licence/{code}" if code else None


def frequency(value: str) -> str | None:
    """The standard's update frequency of a frequency IRI or name (None: no obvious one)."""
    if value.startswith(EU + "frequency/"):
        return _EU_FREQUENCIES.get(_last(value))
    if value.startswith(("http://purl.org/cld/freq/", "https://purl.org/cld/freq/")):
        return _CLD_FREQUENCIES.get(_last(value))
    # DCAT-US writes ISO 8601 repeating durations (R/P1M)
    return DATAJSON_FREQUENCIES.get(value.strip()) or _CLD_FREQUENCIES.get(value.strip().lower())


def frequency_iri(value: str) -> str:
    return f"{EU}frequency/{_TO_EU_FREQUENCY[value]}"


def theme(value: str) -> str | None:
    """The standard's theme of an EU data-theme IRI (or of one of its own names)."""
    if value.startswith(EU + "data-theme/"):
        return _EU_THEMES.get(_last(value))
    if value.startswith(OWN_THEMES):
        value = unquote(value[len(OWN_THEMES):])
    return value if value in THEMES else None


def theme_iri(value: str, scheme: str | None = None) -> str:
    """The EU data-theme IRI of a theme that is one, else its IRI in our own scheme: under
    scheme (a slug each: 工业交通 is {scheme}/industry-transport), or an OWN_THEMES URN."""
    code = _TO_EU_THEME.get(value)
    if code:
        return f"{EU}data-theme/{code}"
    return f"{scheme.rstrip('/')}/{THEME_GROUPS[value]}" if scheme else OWN_THEMES + quote(value)


def theme_scheme(iri: str, scheme: str | None = None) -> str | None:
    """The concept scheme a theme IRI of theme_iri belongs to (None: the URNs have none)."""
    if iri.startswith(THEMES_SCHEME + "/"):
        return THEMES_SCHEME
    return scheme.rstrip("/") if scheme and iri.startswith(scheme.rstrip("/") + "/") else None


def language(value: str) -> str | None:
    """The standard's language of a language IRI or tag (ENG, en, en-US, zh-CN, ZHO)."""
    code = _last(value).lower() if "/" in value else value.strip().lower()
    return _LANGUAGES.get(code) or _LANGUAGES.get(code.split("-", 1)[0])


def language_iri(value: str) -> str:
    return f"{EU}language/{_TO_EU_LANGUAGE[value]}"


def media_type(value: str) -> str:
    """An IANA media-type IRI as its media type (text/csv); any other value as it is."""
    for prefix in (IANA_MEDIA_TYPES, "https://www.iana.org/assignments/media-types/"):
        if value.startswith(prefix):
            return value[len(prefix):]
    return value


# SPDX checksum algorithms (spdx:checksumAlgorithm_sha256) ↔ the names the catalog writes
# before a checksum's value (sha256:…)
SPDX_TERMS = "http://spdx.org/rdf/terms#"
_CHECKSUM_ALGORITHM = re.compile(r"^checksumAlgorithm_(md5|sha1|sha224|sha256|sha384|sha512)$")


def checksum_algorithm(iri: str) -> str | None:
    """The algorithm's name (sha256) of an SPDX checksum-algorithm IRI it knows."""
    match = _CHECKSUM_ALGORITHM.match(iri[len(SPDX_TERMS):]) \
        if iri.startswith(SPDX_TERMS) else None
    return match[1] if match else None


def checksum_algorithm_iri(name: str) -> str | None:
    """The SPDX checksum-algorithm IRI of an algorithm's name (None: not one SPDX names)."""
    iri = f"{SPDX_TERMS}checksumAlgorithm_{name.lower()}"
    return iri if checksum_algorithm(iri) else None


def file_type(value: str) -> str:
    """An EU file-type IRI as its name (CSV); any other value as it is."""
    return _last(value) if value.startswith(EU + "file-type/") else value


def file_type_iri(value: str) -> str | None:
    """The EU file-type IRI of a format name written as the table writes it (CSV, XLSX)."""
    return f"{EU}file-type/{value}" if re.fullmatch(r"[A-Z0-9_]{2,20}", value) else None
