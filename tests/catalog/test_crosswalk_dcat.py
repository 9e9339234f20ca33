"""The DCAT crosswalk on real catalogs (ckanext-dcat's examples: portal samples from Germany,
Spain and Sweden, DCAT-AP 2 and 3, HealthDCAT-AP), checked against what ckanext-dcat maps
them to, and both ways: from_dcat(to_dcat(x)) == x."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import rdflib

from catalog.crosswalk.dcat import (
    NO_DESCRIPTION,
    DcatCatalog,
    DcatDataset,
    DcatDistribution,
    add_catalog,
    add_dataset,
    dataset_nodes,
    from_dcat,
    to_dcat,
)
from catalog.crosswalk.rdfjson import bind_prefixes
from catalog.metadata import MetadataError, load_metadata

FORMATS = {".rdf": "xml", ".ttl": "turtle", ".jsonld": "json-ld"}
# every example of the folder but dataset.ttl, which is no valid Turtle (an unbound prefix)
READABLE = ["catalog.rdf", "catalog_datasets_list.rdf", "catalog_pod.jsonld",
            "catalog_with_at_graph.jsonld", "dataset.rdf", "dataset_afs.ttl",
            "dataset_deri.ttl", "dataset_gob_es.ttl", "dataset_gov_de.rdf",
            "dataset_health.ttl", "dataset_health_multilingual.ttl",
            "dataset_health_no_blank.ttl", "dataset_multilingual.ttl", "dataset_sweden.rdf"]


def _graph(path: Path) -> rdflib.Graph:
    graph = rdflib.Graph()
    graph.parse(path, format=FORMATS[path.suffix])
    return graph


def _read(path: Path) -> list[DcatDataset]:
    graph = _graph(path)
    return [from_dcat(graph, node) for node in dataset_nodes(graph)]


def _again(dataset: DcatDataset) -> DcatDataset:
    graph = to_dcat(dataset)
    [node] = dataset_nodes(graph)
    return from_dcat(graph, node)


def test_every_real_example_reads_and_round_trips(fixtures_dir):
    folder = fixtures_dir / "dcat" / "dcat"
    assert sorted(p.name for p in folder.iterdir()) == sorted([*READABLE, "dataset.ttl"])
    counts = {}
    for name in READABLE:
        datasets = _read(folder / name)
        counts[name] = len(datasets)
        for dataset in datasets:
            assert dataset.metadata["title"], name
            # every triple about the dataset is either a field or kept, and comes back
            assert _again(dataset) == dataset, name
    assert counts["catalog.rdf"] == 2 and sum(counts.values()) == 16
    with pytest.raises(SyntaxError):  # rdflib's BadSyntax: the invalid one stays invalid
        _graph(folder / "dataset.ttl")


def test_a_catalog_as_ckanext_dcat_reads_it(fixtures_dir):
    expected = json.loads((fixtures_dir / "dcat" / "ckan" / "catalog.json").read_text())
    for name in ("catalog.rdf", "catalog_datasets_list.rdf"):
        datasets = _read(fixtures_dir / "dcat" / "dcat" / name)
        assert [d.remote_id for d in datasets] == [e["identifier"] for e in expected["dataset"]]
        for dataset, want in zip(datasets, expected["dataset"], strict=True):
            metadata = dataset.metadata
            assert metadata["title"] == want["title"]
            assert metadata["description"] == want["description"]
            # RDF values have no order: the crosswalk sorts them (the same on every harvest)
            assert metadata["keywords"] == sorted(want["keyword"])
            assert (metadata["issued"], metadata["modified"]) == \
                (want["issued"][:10], want["modified"][:10])
            assert metadata["language"] == "en"
            assert dataset.provenance["identifier"] == want["identifier"]
            assert dataset.provenance["organization"]["title"] == want["publisher"]["name"]
            assert dataset.provenance["publisher"]["foaf:mbox"] == want["publisher"]["mbox"]
            assert sorted((d.download_url, d.access_url, d.title, d.description,
                           d.media_type or d.format) for d in dataset.distributions) == \
                sorted((w["downloadURL"], w["accessURL"], w["title"], w["description"],
                        w["format"]) for w in want["distribution"])
            load_metadata(dict(metadata))
    first = _read(fixtures_dir / "dcat" / "dcat" / "catalog.rdf")[0]
    assert first.metadata["license"] == "https://data.some.org/link/to/license"
    assert first.provenance["organization"] == {
        "name": "publishing-organization-for-dataset-1",
        "title": "Publishing Organization for dataset 1"}
    assert first.modified == "2013-04-26T00:00:00+00:00"


def test_multilingual_titles_keywords_and_contact(fixtures_dir):
    want = json.loads((fixtures_dir / "dcat" / "ckan" / "ckan_dataset_multilingual.json")
                      .read_text())
    [dataset] = _read(fixtures_dir / "dcat" / "dcat" / "dataset_multilingual.ttl")
    metadata = dataset.metadata
    assert metadata["title"] == want["title"] and "title_en" not in metadata
    assert metadata["description"] == want["notes"]
    assert sorted(metadata["keywords"]) == sorted(
        k for words in want["tags_translated"].values() for k in words)
    assert (metadata["issued"], metadata["modified"]) == (want["issued"], want["modified"])
    assert metadata["contact_point"]["email"] in {c["email"] for c in want["contact"]}
    assert [(d.download_url, d.title, d.format) for d in dataset.distributions] == \
        [(r["download_url"], r["name"], r["format"]) for r in want["resources"]]
    # the other languages' titles are kept, not dropped
    titles = dataset.provenance["extras"]["dct:title"]
    assert {t["@language"]: t["@value"] for t in titles} == \
        {k: v for k, v in want["title_translated"].items() if k != "en"}


def test_dcat_ap_vocabularies_map_onto_the_standard(fixtures_dir):
    folder = fixtures_dir / "dcat" / "dcat"
    [health] = _read(folder / "dataset_health.ttl")
    metadata = health.metadata
    assert metadata["theme"] == "卫生健康"  # EU data theme HEAL
    assert metadata["update_frequency"] == "daily"  # EU frequency DAILY
    assert metadata["license"] == "CC-BY-NC-ND-3.0"  # on the distribution, EU CC_BYNCND_3_0
    assert (metadata["temporal_start"], metadata["temporal_end"]) == ("2020-03-01", "2024-12-31")
    assert metadata["open_condition"] == "not_open"  # EU access right NON_PUBLIC
    assert metadata["contact_point"] == {"name": "Contact Point", "email": "contact@example.com"}
    # a not-open dataset needs a legal basis DCAT does not give: the standard refuses it
    with pytest.raises(MetadataError, match="legal_basis"):
        load_metadata(dict(metadata))
    assert health.provenance["extras"]["dct:spatial"] == {
        "@id": "http://publications.europa.eu/resource/authority/country/BEL"}
    [german] = _read(folder / "dataset_gov_de.rdf")
    assert german.metadata["license"] == "CC0-1.0"  # dcat-ap.de's cc-zero
    assert german.metadata["modified"] == "2024-05-08"  # from a dateTime
    assert "theme" not in german.metadata  # ECON spans two of the standard's themes
    assert german.provenance["extras"]["dcat:theme"]["@id"].endswith("/data-theme/ECON")
    formats = [(d.format, d.media_type) for d in german.distributions]
    assert ("CSV", "text/csv") in formats and ("WMS", "") in formats
    [swedish] = _read(folder / "dataset_sweden.rdf")
    assert swedish.metadata["temporal_start"] == "1905-03-01"  # schema:startDate
    assert swedish.metadata["update_frequency"] == "daily"  # purl.org/cld/freq/daily
    assert swedish.metadata["contact_point"]["email"] == "info@nobelmedia.org"  # adms:
    assert swedish.provenance["organization"]["title"] == "Nobel Media AB"
    [spanish] = _read(folder / "dataset_gob_es.ttl")
    assert spanish.provenance["organization"] == {"name": "ayuntamiento-de-madrid",
                                                  "title": "Ayuntamiento de Madrid"}
    assert spanish.distributions[0].url.endswith("deporte-encuesta-escuelas.xlsx")
    [london] = _read(folder / "dataset_deri.ttl")
    assert "issued" not in london.metadata  # 06/05/2009 is no ISO date: kept as it came
    assert london.provenance["extras"]["dct:issued"] == "06/05/2009"
    assert london.metadata["update_frequency"] == "annual"
    [first] = _read(folder / "dataset.rdf")[0].distributions[:1]
    assert (first.byte_size, first.checksum) == (
        12323, "sha1:4304cf2e751e6053c90b1804c89c0ebb758f395a")
    # a decimal byte size is read as the whole number it is; dcat-ap.de's own hash algorithm
    # IRIs are not SPDX's, so their checksums stay as they came
    sized = [d for d in german.distributions if d.byte_size]
    assert sized[0].byte_size == 60744 and not any(d.checksum for d in sized)
    assert all("spdx:checksum" in d.extras for d in sized)
    [graph_doc] = _read(folder / "catalog_with_at_graph.jsonld")
    assert graph_doc.metadata["license"] == "CC0-1.0"  # opendefinition.org's cc-zero
    assert graph_doc.provenance["organization"]["name"] == "organization-example-org"  # catalog's
    assert graph_doc.metadata["contact_point"]["phone"] == "+49 40 123 45678"


def _full() -> DcatDataset:
    """A dataset of the standard with every field DCAT knows."""
    return DcatDataset(
        "https://data.example.gov.cn/dataset/population",
        {"title": "常住人口统计年报", "title_en": "Resident population",
         "description": "全市常住人口。", "keywords": ["人口", "统计"], "theme": "财税金融",
         "license": "CC-BY-4.0", "update_frequency": "annual", "issued": "2024-01-15",
         "modified": "2025-02-01", "temporal_start": "2024-01-01",
         "temporal_end": "2024-12-31", "spatial": "110000", "language": "zh-CN",
         "open_condition": "unconditional",
         "contact_point": {"name": "统计局办公室", "email": "office@stats.example.gov.cn",
                           "phone": "010-12345678"}},
        # RDF values have no order: keywords and distributions are read back sorted
        [DcatDistribution(access_url="https://data.example.gov.cn/api/population",
                          title="API", format="Query API", license="ODbL-1.0"),
         DcatDistribution(download_url="https://data.example.gov.cn/files/population.csv",
                          title="人口表", format="CSV", media_type="text/csv",
                          byte_size=2048, checksum="sha256:" + "ab12" * 16)],
        {"identifier": "stats-2024-001",
         "organization": {"name": "stats", "title": "示例市统计局"},
         "publisher": {"@id": "https://data.example.gov.cn/publisher/stats"},
         "landing_page": "https://data.example.gov.cn/population"},
        modified="2025-02-01T08:30:00+08:00")


def test_the_standard_round_trips_through_dcat_ap():
    dataset = _full()
    load_metadata(dict(dataset.metadata))
    assert _again(dataset) == dataset
    for theme in ("卫生健康", "工业交通"):  # an EU theme, and one of the standard's own
        dataset.metadata["theme"] = theme
        assert _again(dataset).metadata["theme"] == theme
    # a publisher whose name makes no slug, and no IRI to take one from
    dataset.provenance["organization"] = {"name": "", "title": "杭州市统计局"}
    del dataset.provenance["publisher"]
    assert _again(dataset) == dataset
    turtle = to_dcat(dataset).serialize(format="turtle")
    again = rdflib.Graph().parse(data=turtle, format="turtle")
    assert from_dcat(again, dataset_nodes(again)[0]) == dataset


def test_open_conditions_legal_bases_and_gaps_round_trip():
    dataset = _full()
    dataset.metadata.update(open_condition="conditional", legal_basis="article_15",
                            access_conditions="科研用途申请，签署数据使用协议")
    load_metadata(dict(dataset.metadata))
    graph = to_dcat(dataset)
    rights = graph.value(rdflib.URIRef(dataset.remote_id), rdflib.namespace.DCTERMS.rights)
    labels = {str(label) for label in graph.objects(rights, rdflib.RDFS.label)}
    assert "《中华人民共和国政府信息公开条例》第十五条：商业秘密、个人隐私" in labels
    assert _again(dataset) == dataset
    dataset.metadata.update(open_condition="not_open", legal_basis="article_14")
    del dataset.metadata["access_conditions"]
    assert _again(dataset) == dataset
    # DCAT-AP requires a description: a dataset without one says so, and reads back without
    del dataset.metadata["description"]
    graph = to_dcat(dataset)
    descriptions = set(graph.objects(None, rdflib.namespace.DCTERMS.description))
    assert {str(d) for d in descriptions} == set(NO_DESCRIPTION.values())
    assert _again(dataset) == dataset
    # a checksum of an algorithm SPDX does not name, or no hex, is not written
    dataset.distributions[1].checksum = "crc32:ab12"
    assert _again(dataset).distributions[1].checksum == ""


def test_own_themes_under_the_catalogs_address():
    dataset = _full()
    dataset.metadata["theme"] = "工业交通"
    graph = to_dcat(dataset, themes="https://data.example.gov.cn/themes")
    concept = rdflib.URIRef("https://data.example.gov.cn/themes/industry-transport")
    assert (rdflib.URIRef(dataset.remote_id), rdflib.namespace.DCAT.theme, concept) in graph
    assert graph.value(concept, rdflib.namespace.SKOS.inScheme) == \
        rdflib.URIRef("https://data.example.gov.cn/themes")
    [node] = dataset_nodes(graph)
    assert from_dcat(graph, node) == dataset  # read back by its label
    dataset.metadata["theme"] = "卫生健康"  # an EU theme stays the EU's, in the EU's scheme
    graph = to_dcat(dataset, themes="https://data.example.gov.cn/themes")
    health = rdflib.URIRef("http://publications.europa.eu/resource/authority/data-theme/HEAL")
    assert graph.value(health, rdflib.namespace.SKOS.inScheme) == \
        rdflib.URIRef("http://publications.europa.eu/resource/authority/data-theme")


def _catalog_graph() -> rdflib.Graph:
    graph = bind_prefixes(rdflib.Graph())
    nodes = [add_dataset(graph, _full(), "https://data.example.gov.cn/themes")]
    add_catalog(graph, DcatCatalog(
        "https://data.example.gov.cn/catalog", {"zh": "示例市开放数据", "en": "Open data"},
        {"zh": "示例市政府数据开放目录。", "en": "The city's open data."},
        "https://data.example.gov.cn/operator", {"zh": "示例市大数据局"},
        "https://data.example.gov.cn/", license="CC-BY-4.0",
        modified="2025-02-01T08:30:00+00:00", languages=("zh-CN", "en"),
        themes={"http://publications.europa.eu/resource/authority/data-theme": {"en": "Data theme"},
                "https://data.example.gov.cn/themes": {"zh": "数据领域"}}), nodes)
    return graph


def test_what_to_dcat_writes_is_dcat_ap_3(fixtures_dir):
    pyshacl = pytest.importorskip("pyshacl")
    shapes = rdflib.Graph()
    for name in ("html_shacl_shapes.ttl", "html_shacl_range.ttl"):
        shapes.parse(fixtures_dir / "dcat-ap-shacl" / name, format="turtle")
    for graph in (to_dcat(_full()), _catalog_graph()):
        conforms, _, report = pyshacl.validate(graph, shacl_graph=shapes)
        assert conforms, report
    # and the check has teeth: a distribution without its accessURL is refused
    graph.remove((None, rdflib.URIRef("http://www.w3.org/ns/dcat#accessURL"), None))
    conforms, _, report = pyshacl.validate(graph, shacl_graph=shapes)
    assert not conforms and "accessURL" in report
