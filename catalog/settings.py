"""Every setting of govcat, declared once, read from environment variables."""

from __future__ import annotations

import os
import re
import secrets
import socket
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from urllib.parse import urlsplit

from privacy.limits import TableLimits

SECRET_FILE = "secret_key"
_SIZE = re.compile(r"(?i)^\s*(\d+)\s*([kmg]i?b?)?\s*$")
_SIZE_UNITS = {"k": 1 << 10, "m": 1 << 20, "g": 1 << 30}
_DEFAULT_LIMITS = TableLimits()
_RATE = re.compile(r"(?i)^\s*\d+\s*(/|per)\s*(\d+\s*)?(second|minute|hour|day|month|year)s?\s*$")


class SettingsError(ValueError):
    """A setting has a value govcat cannot use."""


def _setting(env: str, default: object, help: str, parse: Callable[[str, str], object] | None = None
             ) -> object:
    """A declared setting: its variable, default (as the environment would give it) and help."""
    return field(default=None, metadata={"env": env, "default": None if default is None
                                         else str(default), "help": help, "parse": parse})


def _text(value: str, _env: str) -> str:
    return value


def _whole(value: str, env: str) -> int:
    """A whole number >= 1."""
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise SettingsError(f"{env} must be a whole number >= 1, not {value!r}")
    return number


def _size(value: str, env: str) -> int:
    """A number of bytes >= 1, with an optional K, M or G (binary) suffix: 64K, 4M, 1G."""
    match = _SIZE.match(value)
    number = int(match.group(1)) * _SIZE_UNITS.get((match.group(2) or " ")[0].lower(), 1) \
        if match else 0
    if number < 1:
        raise SettingsError(f"{env} must be a size in bytes such as 65536, 64K or 4M, "
                            f"not {value!r}")
    return number


def _port(value: str, env: str) -> int:
    try:
        port = int(value)
    except ValueError:
        raise SettingsError(f"invalid number in settings: {env}={value!r}") from None
    if not 0 < port < 65536:
        raise SettingsError(f"{env} must be between 1 and 65535, not {port}")
    return port


def _fraction(value: str, env: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise SettingsError(f"invalid number in settings: {env}={value!r}") from None
    if not 0.0 <= number <= 1.0:
        raise SettingsError(f"{env} must be between 0 and 1, not {value!r}")
    return number


def _seconds(value: str, env: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if number < 0:
        raise SettingsError(f"{env} must be a number of seconds >= 0, not {value!r}")
    return number


def _positive_seconds(value: str, env: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = 0.0
    if not number > 0:
        raise SettingsError(f"{env} must be a number of seconds > 0, not {value!r}")
    return number


def _search_url(value: str, env: str) -> str | None:
    url = value.strip()
    if not url:
        return None
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        parts, port = None, None
    if parts is None or parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        # the URL may hold a password: it is never repeated
        raise SettingsError(f"{env} must be an http(s)://[user:password@]host:port URL "
                            "of Elasticsearch")
    if port is None and parts.scheme.lower() == "http":
        raise SettingsError(f"{env} needs a port, such as http://localhost:9200")
    return url


_INDEX_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,99}$")


def _index_name(value: str, env: str) -> str:
    name = value.strip()
    if not _INDEX_NAME.match(name):
        raise SettingsError(f"{env} must be lower-case letters, digits, '-' and '_' (at most 100,"
                            f" not starting with '-' or '_'), not {value[:100]!r}")
    return name


def _file(value: str, env: str) -> str:
    path = Path(value).expanduser()
    if not path.is_file():
        raise SettingsError(f"{env} must name an existing file, not {value!r}")
    return str(path)


def _rate_limit(value: str, env: str) -> str:
    """Rate limits such as '5 per minute; 50 per day' (the notation of the limits library)."""
    parts = [part for part in re.split(r"[;,|]", value) if part.strip()]
    if not parts or not all(_RATE.match(part) for part in parts):
        raise SettingsError(f"{env} must be limits such as '5 per minute; 50 per day', "
                            f"not {value[:100]!r}")
    return value


def _base_url(value: str, env: str) -> str | None:
    url = value.strip().rstrip("/")
    if not url:
        return None
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.query \
            or parts.fragment:
        raise SettingsError(f"{env} must be an http(s):// URL such as https://data.example.gov.cn,"
                            f" not {value!r}")
    return url


def parse_workers(value: str, env: str = "GOVCAT_SCREEN_WORKERS") -> int | None:
    """A number of processes (GOVCAT_SCREEN_WORKERS, GOVCAT_WEB_WORKERS): None for auto, else a
    positive number."""
    if value.strip().lower() == "auto":
        return None
    try:
        workers = int(value)
    except ValueError:
        workers = 0
    if workers < 1:
        raise SettingsError(f"{env} must be auto or a number >= 1, not {value!r}")
    return workers


def _limit(name: str, what: str, parse: Callable[[str, str], int] = _size) -> object:
    """A GOVCAT_MAX_* setting: one bound of TableLimits, with its default."""
    return _setting(f"GOVCAT_MAX_{name.upper()}", getattr(_DEFAULT_LIMITS, name), what, parse)


@dataclass(frozen=True)
class Settings:
    """Resolved settings; build with `Settings.from_env()`. Reading them writes nothing."""

    home: Path = _setting(  # type: ignore[assignment]
        "GOVCAT_HOME", "./govcat-data", "Folder of the embedded catalog: database, files, index.",
        lambda value, _env: Path(value).expanduser().resolve(),
    )
    host: str = _setting("GOVCAT_HOST", "127.0.0.1", "Address `govcat serve` listens on.",  # type: ignore[assignment]
                         _text)
    port: int = _setting("GOVCAT_PORT", 5000, "Port `govcat serve` listens on.", _port)  # type: ignore[assignment]
    base_url: str | None = _setting(  # type: ignore[assignment]
        "GOVCAT_BASE_URL", None,
        "Public URL of the catalog, which every absolute link is built from; when set, requests "
        "for any other host name are refused (default: http://GOVCAT_HOST:GOVCAT_PORT).",
        _base_url,
    )
    catalog_publisher: str = _setting(  # type: ignore[assignment]
        "GOVCAT_CATALOG_PUBLISHER", "政府数据开放目录运营单位",
        "Name of the body that runs the catalog: the publisher of its DCAT-AP catalog "
        "(each dataset's publisher is its department).",
        _text,
    )
    catalog_license: str = _setting(  # type: ignore[assignment]
        "GOVCAT_CATALOG_LICENSE", "CC-BY-4.0",
        "Licence of the catalog's own metadata (its DCAT-AP catalog's dct:license), as "
        "datasets name theirs: CC-BY-4.0, CC0-1.0, or a licence's URL.",
        _text,
    )
    dcat_page_size: int = _setting(  # type: ignore[assignment]
        "GOVCAT_DCAT_PAGE_SIZE", 100,
        "Datasets per page of the DCAT-AP catalog (/catalog.ttl?page=N).", _whole,
    )
    database_url: str = _setting(  # type: ignore[assignment]
        "GOVCAT_DATABASE_URL",
        None,
        "SQLAlchemy URL of the metadata store (default: SQLite file govcat.sqlite in GOVCAT_HOME).",
        _text,
    )
    search_url: str | None = _setting(  # type: ignore[assignment]
        "GOVCAT_SEARCH_URL", None,
        "Elasticsearch 8 URL, http(s)://[user:password@]host:port; unset means the embedded "
        "SQLite FTS5 search.", _search_url,
    )
    search_index: str = _setting(  # type: ignore[assignment]
        "GOVCAT_SEARCH_INDEX", "govcat",
        "Elasticsearch alias that searches use; each rebuild makes an index NAME-<n> behind it.",
        _index_name,
    )
    search_synonyms: str | None = _setting(  # type: ignore[assignment]
        "GOVCAT_SEARCH_SYNONYMS", None,
        "File of search synonyms, one group of equivalent terms per line, comma-separated "
        "(低保, 最低生活保障); it replaces the bundled list (an empty file: none).", _file,
    )
    search_api_key: str | None = _setting(  # type: ignore[assignment]
        "GOVCAT_SEARCH_API_KEY", None,
        "Elasticsearch API key (encoded form), instead of a user and password in the URL.", _text,
    )
    search_ca_certs: str | None = _setting(  # type: ignore[assignment]
        "GOVCAT_SEARCH_CA_CERTS", None,
        "CA certificate file (PEM) that signed an https:// Elasticsearch's certificate, when the "
        "system's CAs did not.", _file,
    )
    secret_key: str | None = _setting(  # type: ignore[assignment]
        "GOVCAT_SECRET_KEY",
        None,
        "Secret for signing sessions and keying the hashes of harvested items' source keys; "
        "keep it stable. Unset means a random key kept in GOVCAT_HOME/secret_key.",
        _text,
    )
    pseudonym_key: str | None = _setting(  # type: ignore[assignment]
        "GOVCAT_PSEUDONYM_KEY",
        None,
        "Secret key of pseudonymisation (HMAC); a policy that pseudonymises needs it.",
        _text,
    )
    review_threshold: float = _setting(  # type: ignore[assignment]
        "GOVCAT_REVIEW_THRESHOLD",
        0.85,
        "Privacy findings scored below this confidence hold a revision for review.",
        _fraction,
    )
    screen_workers: int | None = _setting(  # type: ignore[assignment]
        "GOVCAT_SCREEN_WORKERS",
        "auto",
        "Processes screening a large CSV file (8 MB or more) for personal information, "
        "validating one, or loading its rows into the row store: a number, or auto (one per "
        "CPU); 1 does it in the calling process.",
        parse_workers,
    )
    web_workers: int | None = _setting(  # type: ignore[assignment]
        "GOVCAT_WEB_WORKERS", "auto",
        "Worker processes of `govcat serve` (gunicorn, 4 threads each): a number, or auto "
        "(one per CPU).",
        parse_workers,
    )
    index_repair_seconds: float = _setting(  # type: ignore[assignment]
        "GOVCAT_INDEX_REPAIR_SECONDS", 60,
        "How often a running server compares the search index with the store and repairs it.",
        _seconds,
    )
    rows_timeout: float = _setting(  # type: ignore[assignment]
        "GOVCAT_ROWS_TIMEOUT", 5,
        "Longest a query of the row API (rows, datastore_search) may run, in seconds; a longer "
        "one is stopped and refused.",
        _positive_seconds,
    )
    max_header_bytes: int = _limit("header_bytes", "Largest header line of a table, in bytes.")  # type: ignore[assignment]
    max_cell_bytes: int = _limit("cell_bytes", "Largest cell of a table, in bytes.")  # type: ignore[assignment]
    max_line_bytes: int = _limit(  # type: ignore[assignment]
        "line_bytes", "Largest line of a CSV table (or row of a JSON array), in bytes.")
    max_columns: int = _limit("columns", "Most columns of a table.", _whole)  # type: ignore[assignment]
    max_rows: int = _limit("rows", "Most data rows of a table.", _whole)  # type: ignore[assignment]
    max_unzipped_bytes: int = _limit(  # type: ignore[assignment]
        "unzipped_bytes", "Largest size an XLSX or ODS workbook may expand to (and an XLS "
        "file may be), in bytes.")
    max_zip_ratio: int = _limit(  # type: ignore[assignment]
        "zip_ratio", "Most times a part of an XLSX or ODS workbook may expand.", _whole)
    max_json_document_bytes: int = _limit(  # type: ignore[assignment]
        "json_document_bytes",
        "Largest JSON table that is not a top-level array (such a document is read whole).")
    harvest_max_bytes: int = _setting(  # type: ignore[assignment]
        "GOVCAT_HARVEST_MAX_BYTES", "500M",
        "Largest resource file a harvester downloads, in bytes (a larger one is an item error).",
        _size,
    )
    harvest_interval: float = _setting(  # type: ignore[assignment]
        "GOVCAT_HARVEST_INTERVAL", 0.2,
        "Seconds a harvest waits between two requests to one host (politeness towards the "
        "source; 0 for a source on this machine or one that allows more).",
        _seconds,
    )
    holidays: str | None = _setting(  # type: ignore[assignment]
        "GOVCAT_HOLIDAYS", None,
        "YAML file of the State Council's holiday notices for the years chinesecalendar does "
        "not know yet: {2027: {holidays: [2027-01-01, ...], workdays: [2027-02-07, ...]}} "
        "(workdays: the weekend days worked, 调休). Disclosure deadlines in a year neither "
        "knows skip weekends only and are marked provisional.",
        _file,
    )
    request_rate_limit: str = _setting(  # type: ignore[assignment]
        "GOVCAT_REQUEST_RATE_LIMIT", "5 per minute; 50 per day",
        "How many disclosure requests one address may submit through POST /api/v1/requests "
        "(Flask-Limiter's notation: '5 per minute; 50 per day').",
        _rate_limit,
    )
    upload_max_bytes: int = _setting(  # type: ignore[assignment]
        "GOVCAT_UPLOAD_MAX_BYTES", "100M",
        "Largest file the write API takes in one upload, in bytes (a larger request is refused "
        "with 413).", _size,
    )
    max_index_bytes: int = _setting(  # type: ignore[assignment]
        "GOVCAT_MAX_INDEX_BYTES", "256K",
        "Most text indexed for search per dataset, in bytes (the rest is not searchable).",
        _size,
    )

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: object) -> Settings:
        """Read settings from `environ` (default os.environ); keyword overrides win."""
        env = os.environ if environ is None else environ
        values: dict[str, object] = {}
        for f in fields(cls):
            override = overrides.get(f.name)
            raw = override if override is not None else env.get(f.metadata["env"])
            raw = raw if raw not in (None, "") else f.metadata["default"]
            values[f.name] = None if raw is None else f.metadata["parse"](str(raw),
                                                                          f.metadata["env"])
        home = values["home"]
        assert isinstance(home, Path)
        values["database_url"] = values["database_url"] or f"sqlite:///{home / 'govcat.sqlite'}"
        return cls(**values)  # type: ignore[arg-type]

    @property
    def files_dir(self) -> Path:
        """Folder of the content-addressed file store."""
        return self.home / "files"

    @property
    def derived_dir(self) -> Path:
        """Folder of downloads derived from stored files (other formats, CSV for Excel)."""
        return self.home / "derived"

    @property
    def public_url(self) -> str:
        """The catalog's public URL: GOVCAT_BASE_URL, else where `govcat serve` listens."""
        if self.base_url:
            return self.base_url
        host = self.host
        if host in ("", "0.0.0.0", "::"):  # listening everywhere: name this machine
            host = socket.gethostname()
        if ":" in host:
            host = f"[{host}]"
        return f"http://{host}:{self.port}"

    @property
    def trusted_hosts(self) -> list[str] | None:
        """Host names requests may use: GOVCAT_BASE_URL's, when it is set (None: any)."""
        if not self.base_url:
            return None
        return [urlsplit(self.base_url).hostname or ""]

    @property
    def table_limits(self) -> TableLimits:
        """The bounds every table read by the catalog must keep (GOVCAT_MAX_*)."""
        return TableLimits(
            header_bytes=self.max_header_bytes, cell_bytes=self.max_cell_bytes,
            line_bytes=self.max_line_bytes, columns=self.max_columns, rows=self.max_rows,
            unzipped_bytes=self.max_unzipped_bytes, zip_ratio=self.max_zip_ratio,
            json_document_bytes=self.max_json_document_bytes,
        )


def home_secret(home: Path, *, create: bool) -> str | None:
    """The catalog's persistent random secret; created (mode 0600 from the start) if asked."""
    path = home / SECRET_FILE
    try:
        return path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        if not create:
            return None
    key = secrets.token_hex(32)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process made it first: use theirs
        return path.read_text(encoding="ascii").strip()
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(key)
    return key


def settings_help() -> str:
    """Text listing every environment variable with its default and help."""
    lines = []
    for f in fields(Settings):
        default = f.metadata["default"]
        lines.append(f"  {f.metadata['env']:<26} {f.metadata['help']}")
        if default is not None:
            lines.append(f"  {'':<26} (default: {default})")
    return "\n".join(lines)
