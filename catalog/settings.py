"""Every setting of govcat, declared once, read from environment variables."""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path


def _setting(env: str, default: str | None, help: str) -> object:
    return field(default=None, metadata={"env": env, "default": default, "help": help})


@dataclass(frozen=True)
class Settings:
    """Resolved settings; build with `Settings.from_env()`."""

    home: Path = _setting(  # type: ignore[assignment]
        "GOVCAT_HOME", "./govcat-data", "Folder of the embedded catalog: database, files, index."
    )
    host: str = _setting("GOVCAT_HOST", "127.0.0.1", "Address `govcat serve` listens on.")  # type: ignore[assignment]
    port: int = _setting("GOVCAT_PORT", "5000", "Port `govcat serve` listens on.")  # type: ignore[assignment]
    database_url: str = _setting(  # type: ignore[assignment]
        "GOVCAT_DATABASE_URL",
        None,
        "SQLAlchemy URL of the metadata store (default: SQLite file govcat.sqlite in GOVCAT_HOME).",
    )
    search_url: str | None = _setting(  # type: ignore[assignment]
        "GOVCAT_SEARCH_URL", None, "Elasticsearch URL; unset means the embedded SQLite FTS5 search."
    )
    secret_key: str = _setting(  # type: ignore[assignment]
        "GOVCAT_SECRET_KEY",
        None,
        "Secret for signing sessions; unset means a random key kept in GOVCAT_HOME/secret_key.",
    )
    pseudonym_key: str | None = _setting(  # type: ignore[assignment]
        "GOVCAT_PSEUDONYM_KEY",
        None,
        "Secret key of pseudonymisation (HMAC); a policy that pseudonymises needs it.",
    )
    review_threshold: float = _setting(  # type: ignore[assignment]
        "GOVCAT_REVIEW_THRESHOLD",
        "0.85",
        "Privacy findings scored below this confidence hold a revision for review.",
    )
    screen_workers: int | None = _setting(  # type: ignore[assignment]
        "GOVCAT_SCREEN_WORKERS",
        "auto",
        "Processes screening a large CSV file (8 MB or more) for personal information: "
        "a number, or auto (one per CPU); 1 screens every file in the calling process.",
    )

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: object) -> Settings:
        """Read settings from `environ` (default os.environ); keyword overrides win."""
        env = os.environ if environ is None else environ
        raw: dict[str, object] = {}
        for f in fields(cls):
            value = overrides.get(f.name)
            if value is None:
                value = env.get(f.metadata["env"]) or f.metadata["default"]
            raw[f.name] = value
        home = Path(str(raw["home"])).expanduser().resolve()
        try:
            port = int(str(raw["port"]))
            threshold = float(str(raw["review_threshold"]))
        except ValueError as exc:
            raise SettingsError(f"invalid number in settings: {exc}") from None
        workers = parse_workers(str(raw["screen_workers"]))
        if not 0 < port < 65536:
            raise SettingsError(f"GOVCAT_PORT must be between 1 and 65535, not {port}")
        database_url = str(raw["database_url"] or f"sqlite:///{home / 'govcat.sqlite'}")
        search_url = str(raw["search_url"] or "").strip() or None
        if search_url and not search_url.lower().startswith(("http://", "https://")):
            raise SettingsError(f"GOVCAT_SEARCH_URL must be an http(s):// URL, not {search_url!r}")
        return cls(
            home=home,
            host=str(raw["host"]),
            port=port,
            database_url=database_url,
            search_url=search_url,
            secret_key=str(raw["secret_key"]) if raw["secret_key"] else _home_secret(home),
            pseudonym_key=str(raw["pseudonym_key"]) if raw["pseudonym_key"] else None,
            review_threshold=threshold,
            screen_workers=workers,
        )

    @property
    def files_dir(self) -> Path:
        """Folder of the content-addressed file store."""
        return self.home / "files"


class SettingsError(ValueError):
    """A setting has a value govcat cannot use."""


def parse_workers(value: str) -> int | None:
    """GOVCAT_SCREEN_WORKERS: None for auto, else a positive number."""
    if value.strip().lower() == "auto":
        return None
    try:
        workers = int(value)
    except ValueError:
        workers = 0
    if workers < 1:
        raise SettingsError(f"GOVCAT_SCREEN_WORKERS must be auto or a number >= 1, not {value!r}")
    return workers


def _home_secret(home: Path) -> str:
    """The catalog's persistent random secret, created on first use."""
    path = home / "secret_key"
    if path.exists():
        return path.read_text(encoding="ascii").strip()
    home.mkdir(parents=True, exist_ok=True)
    key = secrets.token_hex(32)
    path.write_text(key, encoding="ascii")
    path.chmod(0o600)
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
