"""DCAT sources: ckanext-dcat's real example catalogs served by a local HTTP server (their
distributions pointed at files served there too), harvested end to end; paged catalogs;
sources that break, each a clear error that leaves the catalog as it was."""

from __future__ import annotations

import json
import re
import urllib.parse
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner
from rdflib import RDF, BNode, Literal, URIRef
from sqlalchemy import select

from api.app import create_app
from api.cli import main
from catalog.errors import CatalogError
from catalog.models import Dataset
from catalog.review import review_detail
from harvesters import dcat
from harvesters.dcat import next_page
from harvesters.jobs import add_source, run_harvest
from harvesters.models import HarvestJob
from harvesters.rdfdoc import NotRdf, rdf_format
from publishers.services import add_publisher
from tests.support.servers import QuietHandler, serving

HYDRA = rdflib.Namespace("http://www.w3.org/ns/hydra/core#")
# What the catalogs' CSV distributions hold here: people (the screen masks them)
PERMITS = "permit_no,holder,phone,district\nP-001,Hamish Macleod,(415) 555-0132,North\n" \
          "P-002,Jane Doe,(415) 555-0199,South\n"
MAINTENANCE = b"<!DOCTYPE html><html><body>Scheduled maintenance until 6pm</body></html>"


class Site:
    """A web server's answers by path (and query): media type and body; 404 otherwise."""

    def __init__(self) -> None:
        self.routes: dict[str, tuple[str, bytes]] = {}
        self.requests: list[str] = []

    def put(self, path: str, body: str | bytes, kind: str) -> None:
        self.routes[path] = (kind, body.encode("utf-8") if isinstance(body, str) else body)


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(QuietHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            site.requests.append(self.path)
            if self.path not in site.routes:
                self.send(404, length=False)
                return
            kind, body = site.routes[self.path]
            self.send(200, body, {"Content-Type": kind} if kind else None)

    return Handler


@pytest.fixture
def site(fixtures_dir: Path) -> Iterator[tuple[Site, str]]:
    site = Site()
    with serving(_handler(site)) as base:
        for path in ("/datasets/1/resources/1.csv", "/files/data.csv", "/files/people.csv",
                     "/files/health.csv"):
            site.put(path, PERMITS, "text/csv")
        site.put("/datasets/1/resources/2.pdf", b"%PDF-1.4", "application/pdf")
        yield site, base


def _real(fixtures_dir: Path, name: str, base: str) -> str:
    """A real example catalog, its distributions' hosts replaced by the local server."""
    text = (fixtures_dir / "dcat" / "dcat" / name).read_text(encoding="utf-8")
    for remote, local in (
        ("https://data.some.org/the/actual/catalog", base),
        ("https://example.com/data.csv", f"{base}/files/data.csv"),
        ("http://example2.org/files/download.zip", f"{base}/files/people.csv"),
        ("http://example.test/dataset/1/resource/1.csv", f"{base}/files/health.csv"),
    ):
        text = text.replace(remote, local)
    return text


def _source(catalog, name: str, **config: object) -> None:
    add_publisher(catalog, "city", "示例市数据局")
    add_source(catalog, name, "dcat", "city", {**config, "allow_private_network": True})


def _datasets(catalog) -> dict[str, tuple[str | None, object]]:
    """Every dataset: its current revision and whether it is withdrawn."""
    with catalog.sessions() as session:
        return {d.name: (d.current_revision_id, d.withdrawn_at)
                for d in session.scalars(select(Dataset))}


def _download(client, dataset: dict) -> str:
    return client.get(urllib.parse.urlsplit(dataset["resources"][0]["download_url"]).path) \
        .data.decode("utf-8")


def test_an_rdf_xml_catalog_harvests_end_to_end(catalog, site, fixtures_dir):
    site_, base = site
    site_.put("/catalog.rdf", _real(fixtures_dir, "catalog.rdf", base), "application/rdf+xml")
    _source(catalog, "some-org", url=f"{base}/catalog.rdf")
    summary = run_harvest(catalog, "some-org")
    assert summary.status == "finished"
    assert summary.counts["added"] == 2 and not summary.errors, summary.counts
    client = create_app(catalog).test_client()
    dataset = client.get("/api/v1/datasets/example-dataset-1").get_json()
    assert dataset["title"] == "Example dataset 1"
    assert dataset["keywords"] == ["pollution", "stats"]
    assert (dataset["issued"], dataset["modified"]) == ("2013-04-26", "2013-04-26")
    assert dataset["license"] == "https://data.some.org/link/to/license"
    assert dataset["language"] == "en"
    assert dataset["provenance"]["source_id"] == "https://data.some.org/catalog/datasets/1"
    # the CSV is fetched and screened; the PDF and the API are links to the source
    assert [(r["name"], r["format"], r["screened"], r["url"]) for r in dataset["resources"]] \
        == [("1.csv", "CSV", True, None),
            ("A distribution for this dataset in PDF format", "PDF", False,
             f"{base}/datasets/1/resources/2.pdf"),
            ("A distribution for this dataset as an API", "LINK", False,
             f"{base}/link/to/an/api")]
    # dataset 2 lists a web page and a PDF: links only
    second = client.get("/api/v1/datasets/example-dataset-2").get_json()
    assert sorted((r["format"], r["url"]) for r in second["resources"]) == \
        [("HTML", "https://external.site.org/"), ("PDF", f"{base}/datasets/2/resources/2.pdf")]
    download = _download(client, dataset)
    assert "Hamish Macleod" not in download and "555-0132" not in download
    assert "P-001" in download and "North" in download
    assert "/datasets/1/resources/2.pdf" not in site_.requests  # never downloaded
    # the same catalog again: nothing changed
    again = run_harvest(catalog, "some-org")
    assert again.counts["unchanged"] == 2 and again.counts["added"] == 0


def test_links_only_and_remote_publishers(catalog, site, fixtures_dir):
    site_, base = site
    text = _real(fixtures_dir, "catalog.rdf", base).replace(
        "Publishing Organization for dataset 2", "杭州市统计局")
    site_.put("/catalog.rdf", text, "application/rdf+xml")
    # no --publisher: each dataset goes under the publisher its dct:publisher names
    add_source(catalog, "portal", "dcat", None, {"url": f"{base}/catalog.rdf",
                                                 "resources": "link",
                                                 "allow_private_network": True})
    assert run_harvest(catalog, "portal").counts["added"] == 2
    client = create_app(catalog).test_client()
    first = client.get("/api/v1/datasets/example-dataset-1").get_json()
    second = client.get("/api/v1/datasets/example-dataset-2").get_json()
    assert first["publisher"] == {"code": "publishing-organization-for-dataset-1",
                                  "name": "Publishing Organization for dataset 1"}
    assert second["publisher"]["code"].startswith("org-")  # a name that makes no code
    assert second["publisher"]["name"] == "杭州市统计局"
    # --resources link: the CSV is a link too, and never fetched
    assert [(r["format"], r["screened"]) for r in first["resources"]] == \
        [("CSV", False), ("PDF", False), ("LINK", False)]
    assert not any(p.endswith(".csv") for p in site_.requests)


def test_turtle_by_its_media_type_and_json_ld_by_its_content(catalog, site, fixtures_dir):
    site_, base = site
    site_.put("/dcat", _real(fixtures_dir, "dataset_multilingual.ttl", base), "text/turtle")
    site_.put("/graph", _real(fixtures_dir, "catalog_with_at_graph.jsonld", base),
              "application/octet-stream")
    _source(catalog, "turtle", url=f"{base}/dcat")
    assert run_harvest(catalog, "turtle").counts["added"] == 1
    add_source(catalog, "jsonld", "dcat", "city",
               {"url": f"{base}/graph", "allow_private_network": True})
    # its contact point is a person (a vcard:Individual) with her phone: held for review
    assert run_harvest(catalog, "jsonld").counts["held"] == 1
    findings = review_detail(catalog, "title-dataset")["findings"]
    assert {(f["field"], f["entity"]) for f in findings if f["needs_review"]} == \
        {("contact_point.name", "PERSON"), ("contact_point.phone", "PHONE_NUMBER")}
    client = create_app(catalog).test_client()
    turtle = client.get("/api/v1/datasets/test-dcat-dataset").get_json()
    assert turtle["description"] == "Some description"
    assert turtle["keywords"] == ["Oaks", "Pines", "Pinos", "Pins", "Robles", "Roures"]
    assert "Hamish Macleod" not in _download(client, turtle)


def test_a_dataset_that_breaks_the_standard_is_an_error_of_that_dataset(catalog, site,
                                                                       fixtures_dir):
    site_, base = site
    # a real DCAT-US catalog in JSON-LD whose dataset was modified before it was issued
    site_.put("/pod.jsonld", (fixtures_dir / "dcat" / "dcat" / "catalog_pod.jsonld")
              .read_bytes(), "application/ld+json")
    _source(catalog, "pod", url=f"{base}/pod.jsonld")
    summary = run_harvest(catalog, "pod")
    assert summary.status == "finished" and summary.counts["errored"] == 1
    assert summary.errors == [{
        "key": "http://www.agency.gov/datasets/widgets-data",
        "message": "dataset http://www.agency.gov/datasets/widgets-data: invalid metadata: "
                   "modified: must not be before issued"}]
    # a real HealthDCAT-AP dataset whose access rights are NON_PUBLIC: never published
    site_.put("/health.ttl", (fixtures_dir / "dcat" / "dcat" / "dataset_health_no_blank.ttl")
              .read_bytes(), "text/turtle")
    add_source(catalog, "health", "dcat", "city",
               {"url": f"{base}/health.ttl", "allow_private_network": True})
    [error] = run_harvest(catalog, "health").errors
    assert error["key"] == "http://example.healthdata.nl/set/dataset"
    assert "dct:accessRights says it is not_open, which is not harvested" in error["message"]
    assert _datasets(catalog) == {}


def _page(graph: rdflib.Graph, url: str, kind: URIRef, predicate: URIRef,
          following: str | None) -> rdflib.Graph:
    """graph as one page of a hydra-paged catalog."""
    view = URIRef(url)
    graph.add((view, RDF.type, kind))
    if following:
        graph.add((view, predicate, URIRef(following)))
    graph.add((view, HYDRA.totalItems, Literal(4)))
    return graph


def _three(fixtures_dir: Path, base: str) -> list[rdflib.Graph]:
    """Three real catalogs, each to be a page."""
    return [rdflib.Graph().parse(data=_real(fixtures_dir, name, base), format=fmt)
            for name, fmt in (("catalog.rdf", "xml"), ("dataset_multilingual.ttl", "turtle"),
                              ("dataset_health_multilingual.ttl", "turtle"))]


def test_a_paged_catalog_is_read_page_by_page(catalog, site, fixtures_dir):
    site_, base = site
    first, second, third = (f"{base}/catalog", f"{base}/catalog?page=2",
                            f"{base}/catalog?page=3")
    graphs = _three(fixtures_dir, base)
    # the old hydra:PagedCollection with hydra:nextPage, then the new hydra:next on a view
    site_.put("/catalog", _page(graphs[0], first, HYDRA.PagedCollection, HYDRA.nextPage,
                                second).serialize(format="turtle"), "text/turtle")
    site_.put("/catalog?page=2", _page(graphs[1], second, HYDRA.PartialCollectionView,
                                       HYDRA.next, third).serialize(format="xml"),
              "application/rdf+xml")
    site_.put("/catalog?page=3", _page(graphs[2], third, HYDRA.PartialCollectionView,
                                       HYDRA.next, None).serialize(format="json-ld"),
              "application/ld+json")
    _source(catalog, "paged", url=first)
    summary = run_harvest(catalog, "paged")
    assert [p for p in site_.requests if p.startswith("/catalog")] == \
        ["/catalog", "/catalog?page=2", "/catalog?page=3"]
    assert summary.counts["added"] == 4 and not summary.errors, summary.counts
    assert set(_datasets(catalog)) == {"example-dataset-1", "example-dataset-2",
                                       "test-dcat-dataset", "health-dataset"}


def test_pages_are_capped_in_number_and_in_size(catalog, site, fixtures_dir, monkeypatch):
    site_, base = site
    for number, graph in enumerate(_three(fixtures_dir, base), start=1):  # and more...
        site_.put(f"/catalog?page={number}", _page(
            graph, f"{base}/catalog?page={number}", HYDRA.PagedCollection, HYDRA.next,
            f"{base}/catalog?page={number + 1}").serialize(format="turtle"), "text/turtle")
    _source(catalog, "endless", url=f"{base}/catalog?page=1")
    monkeypatch.setattr(dcat, "MAX_PAGES", 2)
    with pytest.raises(CatalogError, match="more than 2 pages"):
        run_harvest(catalog, "endless")
    monkeypatch.setattr(dcat, "PAGE_BYTES", 1000)
    with pytest.raises(CatalogError, match="page=1: 4,[0-9]{3} bytes, over the cap of 1,000"):
        run_harvest(catalog, "endless")
    assert _datasets(catalog) == {}


def test_blank_node_datasets_are_known_by_their_identifier(catalog, site, fixtures_dir):
    site_, base = site
    iri = "<https://example.org/dataset/0112cf32-bce0-4071-9504-923375f9f2ad>"
    keyed = _real(fixtures_dir, "dataset_multilingual.ttl", base).replace(iri, "_:keyed")
    nameless = "_:nameless a dcat:Dataset ; dct:title \"A dataset without identity\" .\n"
    site_.put("/catalog.ttl", keyed + nameless, "text/turtle")
    _source(catalog, "blank", url=f"{base}/catalog.ttl")
    summary = run_harvest(catalog, "blank")
    assert summary.counts["added"] == 1 and summary.counts["errored"] == 1, summary.errors
    assert "a blank node without a dct:identifier" in summary.errors[0]["message"]
    with catalog.sessions() as session:
        [dataset] = session.scalars(select(Dataset))
        assert dataset.source_key == catalog.source_key_digest(
            "0112cf32-bce0-4071-9504-923375f9f2ad")


BAD = {
    "html": (MAINTENANCE, "text/html", "an HTML page \\(served as text/html\\), not RDF"),
    "html-said-to-be-rdf": (MAINTENANCE, "application/rdf+xml", "an HTML page"),
    "invalid-turtle": (None, "text/turtle", "not valid Turtle \\(line 158\\)"),
    "invalid-rdf-xml": (b"<?xml version='1.0'?><rdf:RDF xmlns:rdf='http://www.w3.org/1999/"
                        b"02/22-rdf-syntax-ns#'><rdf:Description>", "application/rdf+xml",
                        "not valid RDF/XML"),
    "404": (None, None, "HTTP 404"),
    "repeats": (None, "text/turtle", "page 2 repeats page 1"),
    "empty": (b"@prefix dcat: <http://www.w3.org/ns/dcat#> .\n<http://x.example/catalog> a "
              b"dcat:Catalog .\n", "text/turtle", "no dcat:Dataset in the catalog"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_sources_fail_the_job_and_change_nothing(catalog, site, fixtures_dir, case):
    site_, base = site
    good = _real(fixtures_dir, "catalog.rdf", base)
    site_.put("/catalog", good, "application/rdf+xml")
    _source(catalog, "bad", url=f"{base}/catalog")
    assert run_harvest(catalog, "bad").counts["added"] == 2
    before = _datasets(catalog)
    body, kind, message = BAD[case]
    if case == "404":
        del site_.routes["/catalog"]
    elif case == "invalid-turtle":
        site_.put("/catalog", (fixtures_dir / "dcat" / "dcat" / "dataset.ttl").read_bytes(),
                  kind)
    elif case == "repeats":  # a portal that ignores the page asked for
        graph = rdflib.Graph().parse(data=good, format="xml")
        paged = _page(graph, f"{base}/catalog", HYDRA.PagedCollection, HYDRA.next,
                      f"{base}/catalog?page=2").serialize(format="turtle")
        site_.put("/catalog", paged, kind)
        site_.put("/catalog?page=2", paged, kind)
    else:
        site_.put("/catalog", body, kind)
    with pytest.raises(CatalogError, match=message):
        run_harvest(catalog, "bad")
    with catalog.sessions() as session:
        job = session.scalars(select(HarvestJob).order_by(HarvestJob.started_at.desc())).first()
        assert job.status == "failed" and re.search(message, job.errors[-1]["message"])
        assert "maintenance" not in json.dumps(job.errors).lower()  # no body is quoted
    assert _datasets(catalog) == before  # same revisions, nothing withdrawn


def test_a_json_ld_context_is_loaded_through_the_guard(catalog, site, fixtures_dir):
    site_, base = site
    document = json.loads(_real(fixtures_dir, "catalog_with_at_graph.jsonld", base))
    site_.put("/context.jsonld", json.dumps({"@context": document["@context"]}),
              "application/ld+json")
    site_.put("/remote.jsonld", json.dumps({**document, "@context": "/context.jsonld"}),
              "application/ld+json")
    _source(catalog, "remote", url=f"{base}/remote.jsonld")
    assert run_harvest(catalog, "remote").counts["held"] == 1  # read (held: its contact)
    assert "/context.jsonld" in site_.requests
    # a context at the cloud metadata address is refused, as every request of a source is
    site_.put("/metadata.jsonld", json.dumps(
        {**document, "@context": "http://169.254.169.254/latest/context.jsonld"}),
        "application/ld+json")
    add_source(catalog, "ssrf", "dcat", "city",
               {"url": f"{base}/metadata.jsonld", "allow_private_network": True})
    with pytest.raises(CatalogError, match="169.254.169.254.*link-local"):
        run_harvest(catalog, "ssrf")


def test_a_catalog_file_by_path_and_from_the_command_line(site, fixtures_dir, tmp_path,
                                                          monkeypatch):
    _, base = site
    folder = tmp_path / "drop"
    folder.mkdir()
    (folder / "catalog.ttl").write_text(_real(fixtures_dir, "dataset_multilingual.ttl", base),
                                        encoding="utf-8")
    monkeypatch.setenv("GOVCAT_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("GOVCAT_DATABASE_URL", raising=False)
    monkeypatch.delenv("GOVCAT_SEARCH_URL", raising=False)
    runner = CliRunner()

    def run(*args: str):
        return runner.invoke(main, list(args), catch_exceptions=False)

    help_text = " ".join(run("source", "add", "--help").output.split())
    assert "dcat (a DCAT catalog" in help_text and "a DCAT catalog file" in help_text
    assert "a DCAT catalog's first page" in help_text
    run("init")
    run("publisher", "add", "city", "示例市数据局")
    added = run("source", "add", "drop", "--type", "dcat", "--path", str(folder),
                "--publisher", "city", "--allow-private-network")
    assert added.exit_code == 0, added.output
    result = run("harvest", "drop")
    assert result.exit_code == 0 and "added 1" in result.output, result.output
    shown = run("source", "show", "drop").output
    assert "catalog.ttl" in shown
    bad = run("source", "add", "nothing", "--type", "dcat", "--path", str(tmp_path / "home"),
              "--publisher", "city")
    assert bad.exit_code == 1 and "no catalog.ttl or catalog.rdf" in bad.output


def test_the_parser_is_chosen_by_media_type_then_suffix_then_content():
    turtle = b"@prefix dcat: <http://www.w3.org/ns/dcat#> .\n"
    assert rdf_format(turtle, "text/turtle", "https://x.example/c") == "turtle"
    assert rdf_format(b"<rdf:RDF/>", "application/rdf+xml", "https://x.example/c.ttl") == "xml"
    assert rdf_format(b"{}", "application/octet-stream", "https://x.example/c.jsonld") \
        == "json-ld"
    assert rdf_format(b"<x> <y> <z> .", "", "https://x.example/c.nt") == "nt"
    assert rdf_format(b"\xef\xbb\xbf<?xml version='1.0'?>", "", "https://x.example/c") == "xml"
    assert rdf_format(b'  {"@graph": []}', "text/plain", "https://x.example/c") == "json-ld"
    assert rdf_format(turtle, "text/plain", "https://x.example/c") == "turtle"
    with pytest.raises(NotRdf, match="not RDF"):
        rdf_format(b"PK\x03\x04", "application/zip", "https://x.example/c")
    graph = rdflib.Graph()
    view = BNode()
    graph.add((URIRef("https://x.example/c"), HYDRA.view, view))
    graph.add((view, HYDRA.next, Literal("https://x.example/c?page=2")))
    assert next_page(graph) == "https://x.example/c?page=2"  # ckanext-dcat writes literals
