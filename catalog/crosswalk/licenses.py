"""The licenses the standard names (SPDX-style ids): each one's title and address, for the
exports that describe a license rather than name it (schema.org, CKAN's license_list)."""

from __future__ import annotations

LICENSES: dict[str, tuple[str, str]] = {
    "CC-BY-4.0": ("Creative Commons Attribution 4.0",
                  "https://creativecommons.org/licenses/by/4.0/"),
    "CC-BY-SA-4.0": ("Creative Commons Attribution Share-Alike 4.0",
                     "https://creativecommons.org/licenses/by-sa/4.0/"),
    "CC0-1.0": ("Creative Commons CCZero", "https://creativecommons.org/publicdomain/zero/1.0/"),
    "CC-BY-NC-4.0": ("Creative Commons Non-Commercial 4.0",
                     "https://creativecommons.org/licenses/by-nc/4.0/"),
    "ODC-By-1.0": ("Open Data Commons Attribution License",
                   "https://opendatacommons.org/licenses/by/1-0/"),
    "ODbL-1.0": ("Open Data Commons Open Database License (ODbL)",
                 "https://opendatacommons.org/licenses/odbl/1-0/"),
    "PDDL-1.0": ("Open Data Commons Public Domain Dedication and License (PDDL)",
                 "https://opendatacommons.org/licenses/pddl/1-0/"),
    "GFDL-1.3": ("GNU Free Documentation License", "https://www.gnu.org/licenses/fdl-1.3.html"),
}
# Those of LICENSES that the Open Definition finds conformant (opendefinition.org/licenses):
# anyone may use, change and share the data. A non-commercial clause is not open.
OPEN_LICENSES = frozenset({"CC-BY-4.0", "CC-BY-SA-4.0", "CC0-1.0", "ODC-By-1.0", "ODbL-1.0",
                           "PDDL-1.0", "GFDL-1.3"})


def license_title(license_id: str) -> str:
    """A license's title (its id when the catalog knows no other)."""
    return LICENSES.get(license_id, (license_id, ""))[0]


def license_url(license_id: str) -> str:
    """A license's address ("" when the catalog knows none)."""
    return LICENSES.get(license_id, ("", ""))[1]
