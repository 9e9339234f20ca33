"""The official DCAT-AP 3.0.1 SHACL shapes (../shared/fixtures/dcat-ap-shacl/), run with pyshacl.

- ``MANDATORY``: the release's machine-readable shapes (``shacl/dcat-ap-SHACL.ttl`` with
  ``shacl/ranges.ttl``), and the HTML edition's (``html/shacl/shapes.ttl`` with ``range.ttl``).
  ``ranges.ttl`` names five property shapes that neither file defines; an undefined shape
  constrains nothing, but pyshacl refuses a reference to one, so those references are
  dropped (``load``).
- ``RECOMMENDED``: ``shapes_recommended.ttl``, whose results are all warnings.
- ``VOCABULARIES``: ``mdr-vocabularies.shape.ttl``, which checks that a value of a controlled
  vocabulary is in its EU table (``skos:inScheme``). The validator it was written for loads
  the tables themselves; these tests load the entries of the ones govcat writes
  (``eu_tables``) instead.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import rdflib
from rdflib.namespace import RDF, SH, SKOS

from catalog.crosswalk.rdfjson import bind_prefixes

MANDATORY = (("shacl_dcat-ap-SHACL.ttl", "shacl_ranges.ttl"),
             ("html_shacl_shapes.ttl", "html_shacl_range.ttl"))
RECOMMENDED = ("html_shacl_shapes_recommended.ttl",)
VOCABULARIES = ("html_shacl_mdr-vocabularies.shape.ttl",)

EU = "http://publications.europa.eu/resource/authority/"
# the entries of the EU tables that the DCAT crosswalk writes (catalog/crosswalk/dcat_vocab.py)
EU_TABLES = {
    "frequency": "UPDATE_CONT DAILY WEEKLY MONTHLY QUARTERLY ANNUAL_2 ANNUAL IRREG",
    "language": "ZHO ENG",
    "file-type": "CSV XLSX JSON HTML PDF",
    "access-right": "PUBLIC RESTRICTED NON_PUBLIC",
    "data-theme": "AGRI ENER ENVI GOVE HEAL",
}  # fmt: skip


@dataclass(frozen=True, order=True)
class Finding:
    """One result of a validation, as a line of the test's output."""

    severity: str  # Violation | Warning | Info
    focus: str  # the class of the node it is about
    path: str
    constraint: str

    def __str__(self) -> str:
        return f"{self.severity}: {self.focus} {self.path} ({self.constraint})"


def load(folder: Path, names: tuple[str, ...]) -> rdflib.Graph:
    """The shapes of the named files of folder, without references to undefined shapes."""
    shapes = rdflib.Graph()
    for name in names:
        shapes.parse(folder / name, format="turtle")
    for reference in set(shapes.objects(None, SH.property)):
        if (reference, None, None) not in shapes:
            shapes.remove((None, SH.property, reference))
    return shapes


def eu_tables() -> rdflib.Graph:
    """skos:inScheme of every entry of EU_TABLES, as loading the tables themselves gives."""
    graph = rdflib.Graph()
    for table, codes in EU_TABLES.items():
        for code in codes.split():
            graph.add((rdflib.URIRef(f"{EU}{table}/{code}"), SKOS.inScheme,
                       rdflib.URIRef(EU + table)))
    return graph


def validate(data: rdflib.Graph, shapes: rdflib.Graph) -> Counter[Finding]:
    """The top-level results of validating data against shapes, counted."""
    import pyshacl

    _, report, _ = pyshacl.validate(data, shacl_graph=shapes)
    names = bind_prefixes(rdflib.Graph())  # CURIEs in the findings, however data is bound
    found: Counter[Finding] = Counter()
    for result in report.objects(None, SH.result):
        focus = report.value(result, SH.focusNode)
        kind = data.value(focus, RDF.type)
        path = report.value(result, SH.resultPath)
        found[Finding(
            _name(names, report.value(result, SH.resultSeverity)),
            _name(names, kind) if kind is not None else "(untyped)",
            _name(names, path) if isinstance(path, rdflib.URIRef) else "(node)",
            _name(names, report.value(result, SH.sourceConstraintComponent)),
        )] += 1
    return found


def _name(graph: rdflib.Graph, iri: rdflib.term.Node | None) -> str:
    if not isinstance(iri, rdflib.URIRef):
        return str(iri)
    if str(iri).startswith(str(SH)):
        return str(iri)[len(str(SH)):]
    return graph.namespace_manager.normalizeUri(iri)


def report(title: str, found: Counter[Finding]) -> str:
    """found as the lines a test prints (pytest shows them with -rP or on failure)."""
    lines = [f"{title}: {sum(found.values())} results"]
    lines += [f"  {count:4d} × {finding}" for finding, count in sorted(found.items())]
    return "\n".join(lines)
