"""Packaging for govcat, an open-government data catalog."""

from pathlib import Path

from setuptools import Extension, find_packages, setup

setup(
    name="govcat",
    version="0.1.0",
    description="Open-government data catalog with a validation gate and a privacy screen",
    long_description=Path(__file__).with_name("README.md").read_text(encoding="utf-8"),
    long_description_content_type="text/markdown",
    python_requires=">=3.11",
    packages=find_packages(include=["catalog*", "privacy*", "publishers*", "harvesters*", "api*"]),
    # the packages lie at the project's root: an editable install is a path entry to it
    package_dir={"": "."},
    # the data folders are the packages' data, listed here (not packages of their own, and
    # not picked up from version control: setuptools warns of every such folder otherwise)
    include_package_data=False,
    package_data={
        "api": ["templates/*.html", "static/*", "demo_data/*", "demo_data/**/*",
                "migrations/*.py", "migrations/versions/*.py", "migrations/*.mako"],
        "catalog": ["search/data/*"],
        "privacy": ["data/*", "data/probes/*"],
        "publishers": ["templates/*.j2"],
    },
    install_requires=[
        "alembic>=1.13",
        "apispec>=6",  # the OpenAPI document, generated from marshmallow schemas (api/openapi.py)
        "argon2-cffi>=23.1",  # account password hashes (publishers/accounts.py)
        "charset-normalizer>=3.3",
        # the State Council's holidays, 2004-2026: disclosure deadlines in working days
        # (publishers/calendar.py); later years come from GOVCAT_HOLIDAYS
        "chinesecalendar>=1.11",
        "ckanapi>=4.7",  # CKAN portals (harvesters/ckan.py)
        "click>=8.1",
        # GOVCAT_SEARCH_URL's backend (catalog/search/elasticsearch.py); the 9.x client asks
        # for API version 9, which 8.x clusters refuse
        "elasticsearch>=8.13,<9",
        "flask>=3.0",
        "flask-cors>=4.0",  # CORS on the public read endpoints (api/http.py)
        "flask-limiter>=3.5",  # bounds POST /api/v1/requests per address (api/v1_requests.py)
        "limits>=5.0",  # its Storage: one count for all server processes (api/ratelimit.py)
        "flask-login>=0.6",  # the portal's signed-in sessions (api/sessions.py)
        "flask-wtf>=1.2",  # CSRF protection of the portal's forms (api/sessions.py)
        # the validation fast path (catalog/rowcheck.py) reports what 5.21's rows report;
        # tests/catalog/test_fast_validation.py compares them on every change of version
        "frictionless[excel]>=5.21,<6",
        "gunicorn>=23",  # govcat serve's production server (api/server.py)
        "jieba>=0.42",
        "jinja2>=3.1",  # reply letters and the annual report (publishers/templates)
        "marshmallow>=3.20",
        "numpy>=1.26",
        # its traditional-to-simplified character table: the screen reads Big5-era text as
        # simplified (privacy/traditional.py)
        "opencc-python-reimplemented>=0.1.7",
        "openpyxl>=3.1",
        "python-calamine>=0.3",  # ODS workbooks (privacy/workbooks.py)
        "presidio-analyzer>=2.2.350",
        "psycopg[binary]>=3.1",  # GOVCAT_DATABASE_URL=postgresql+psycopg://…
        "python-slugify>=8.0",  # dataset names from titles (catalog/pipeline.py)
        "python-stdnum>=1.19",
        "pypinyin>=0.50",  # pinyin queries find Chinese titles (catalog/search/pinyin.py)
        "pyyaml>=6.0",
        "rdflib>=7.0",  # DCAT catalogs in RDF/XML, Turtle, JSON-LD (catalog/crosswalk/dcat.py)
        "regex>=2023.0",  # Unicode letter classes (\\p{Lu}) for names in Latin script
        "requests>=2.31",  # the harvesters' guarded HTTP session (harvesters/network.py)
        "rich>=13.0",
        "spacy>=3.7",
        "sqlalchemy>=2.0",
        "tldextract>=5.1",
        "xlrd>=2.0",  # XLS (Excel 97-2003) workbooks (privacy/workbooks.py)
    ],
    extras_require={
        # python-crfsuite trains the name model (make train-names) and checks its decoder;
        # frictionless' CKAN adapter is one of the real clients the Action API is tested with;
        # pyshacl checks the DCAT-AP the crosswalk writes against the official SHACL shapes;
        # snowballstemmer: the tests' fake Elasticsearch stems as porter_stem does;
        # openapi-spec-validator checks the OpenAPI document, jsonschema real answers against it;
        # xlwt writes the XLS workbooks the tests read;
        # hypothesis holds the validation fast path to frictionless on random tables;
        # pytest-xdist runs the suite on every CPU (make test)
        "dev": ["faker>=24", "frictionless[ckan]>=5.16", "hypothesis>=6.100", "jsonschema>=4.18",
                "openapi-spec-validator>=0.7", "pyshacl>=0.26", "pytest>=8",
                "pytest-cov>=5", "pytest-xdist>=3.5", "python-crfsuite>=0.9.10", "ruff>=0.5",
                "snowballstemmer>=2.2", "xlwt>=1.3"],
    },
    # The person-name model's decoder, the rules' word table and the pre-filters' features of
    # a text: C, because they run on every free-text cell.
    ext_modules=[
        Extension("privacy.names._crf", ["privacy/names/_crf.c"], depends=["privacy/hashmix.h"],
                  extra_compile_args=["-O3", "-std=c11"]),
        Extension("privacy._lexicon", ["privacy/_lexicon.c"], depends=["privacy/hashmix.h"],
                  extra_compile_args=["-O3", "-std=c11"]),
        Extension("privacy._hints", ["privacy/_hints.c"], extra_compile_args=["-O3", "-std=c11"]),
    ],
    entry_points={"console_scripts": ["govcat=api.cli:main"]},
)
