import os
from pathlib import Path

import pytest

from catalog.settings import Settings, SettingsError, home_secret, settings_help


def test_defaults_follow_the_documented_values(tmp_path: Path) -> None:
    settings = Settings.from_env({}, home=str(tmp_path))
    assert settings.host == "127.0.0.1"
    assert settings.port == 5000
    assert settings.search_url is None
    assert settings.database_url == f"sqlite:///{tmp_path / 'govcat.sqlite'}"
    assert settings.files_dir == tmp_path / "files"


def test_environment_variables_are_read(tmp_path: Path) -> None:
    env = {
        "GOVCAT_HOME": str(tmp_path / "h"),
        "GOVCAT_PORT": "8080",
        "GOVCAT_HOST": "0.0.0.0",
        "GOVCAT_DATABASE_URL": "sqlite:///x.sqlite",
        "GOVCAT_SECRET_KEY": "s3cret",
    }
    settings = Settings.from_env(env)
    assert settings.home == (tmp_path / "h").resolve()
    assert (settings.port, settings.host) == (8080, "0.0.0.0")
    assert settings.database_url == "sqlite:///x.sqlite"
    assert settings.secret_key == "s3cret"


def test_secret_key_is_generated_once_and_kept_private(tmp_path: Path) -> None:
    assert Settings.from_env({}, home=str(tmp_path)).secret_key is None  # reading writes nothing
    assert not (tmp_path / "secret_key").exists()
    assert home_secret(tmp_path, create=False) is None
    first = home_secret(tmp_path, create=True)
    second = home_secret(tmp_path, create=True)
    assert first == second and first is not None and len(first) == 64
    assert (tmp_path / "secret_key").stat().st_mode & 0o777 == 0o600


def test_secret_file_is_never_readable_by_others_even_briefly(tmp_path: Path,
                                                              monkeypatch) -> None:
    """The key file is created with mode 0600, not written and chmod-ed afterwards."""
    def no_chmod(*_args, **_kwargs):
        raise AssertionError("the secret was created with a wider mode and chmod-ed after")

    monkeypatch.setattr(Path, "chmod", no_chmod)
    monkeypatch.setattr(os, "chmod", no_chmod)
    old = os.umask(0)  # the most permissive umask: a plain write would create it 0666
    try:
        home_secret(tmp_path, create=True)
    finally:
        os.umask(old)
    assert (tmp_path / "secret_key").stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize("port", ["abc", "0", "70000"])
def test_bad_port_is_a_clear_error(tmp_path: Path, port: str) -> None:
    with pytest.raises(SettingsError, match="GOVCAT_PORT|invalid number"):
        Settings.from_env({"GOVCAT_PORT": port}, home=str(tmp_path))


def test_help_lists_every_variable() -> None:
    text = settings_help()
    for name in (
        "GOVCAT_HOME",
        "GOVCAT_HOST",
        "GOVCAT_PORT",
        "GOVCAT_DATABASE_URL",
        "GOVCAT_SEARCH_URL",
        "GOVCAT_SECRET_KEY",
    ):
        assert name in text


def test_screen_workers_auto_or_a_number(tmp_path: Path) -> None:
    assert Settings.from_env({}, home=str(tmp_path)).screen_workers is None
    env = {"GOVCAT_SCREEN_WORKERS": "3"}
    assert Settings.from_env(env, home=str(tmp_path)).screen_workers == 3
    for bad in ("0", "-2", "many"):
        with pytest.raises(SettingsError, match="GOVCAT_SCREEN_WORKERS"):
            Settings.from_env({"GOVCAT_SCREEN_WORKERS": bad}, home=str(tmp_path))
    assert "GOVCAT_SCREEN_WORKERS" in settings_help()


def test_the_elasticsearch_settings(tmp_path: Path) -> None:
    ca = tmp_path / "ca.pem"
    ca.write_text("-----BEGIN CERTIFICATE-----\n", encoding="ascii")
    env = {"GOVCAT_SEARCH_URL": " https://govcat:s3cret@es.example.org:9243 ",
           "GOVCAT_SEARCH_INDEX": "catalog_prod", "GOVCAT_SEARCH_API_KEY": "a2V5",
           "GOVCAT_SEARCH_CA_CERTS": str(ca)}
    settings = Settings.from_env(env, home=str(tmp_path))
    assert settings.search_url == "https://govcat:s3cret@es.example.org:9243"
    assert (settings.search_index, settings.search_api_key) == ("catalog_prod", "a2V5")
    assert settings.search_ca_certs == str(ca)
    assert Settings.from_env({}, home=str(tmp_path)).search_index == "govcat"
    for name in ("GOVCAT_SEARCH_INDEX", "GOVCAT_SEARCH_API_KEY", "GOVCAT_SEARCH_CA_CERTS"):
        assert name in settings_help()


@pytest.mark.parametrize(("env", "message"), [
    ({"GOVCAT_SEARCH_URL": "es.example.org:9200"}, "GOVCAT_SEARCH_URL must be an http"),
    ({"GOVCAT_SEARCH_URL": "ftp://govcat:s3cret@x:21"}, "GOVCAT_SEARCH_URL must be an http"),
    ({"GOVCAT_SEARCH_URL": "http://govcat:s3cret@es:port"}, "GOVCAT_SEARCH_URL must be an http"),
    ({"GOVCAT_SEARCH_URL": "http://govcat:s3cret@es"}, "GOVCAT_SEARCH_URL needs a port"),
    ({"GOVCAT_SEARCH_INDEX": "Govcat"}, "GOVCAT_SEARCH_INDEX must be lower-case"),
    ({"GOVCAT_ROWS_TIMEOUT": "0"}, "GOVCAT_ROWS_TIMEOUT must be a number of seconds > 0"),
    ({"GOVCAT_ROWS_TIMEOUT": "soon"}, "GOVCAT_ROWS_TIMEOUT must be a number of seconds > 0"),
    ({"GOVCAT_SEARCH_INDEX": "_govcat"}, "GOVCAT_SEARCH_INDEX must be lower-case"),
    ({"GOVCAT_SEARCH_INDEX": "gov*cat"}, "GOVCAT_SEARCH_INDEX must be lower-case"),
    ({"GOVCAT_SEARCH_CA_CERTS": "/no/such/ca.pem"}, "GOVCAT_SEARCH_CA_CERTS must name"),
])
def test_bad_elasticsearch_settings_are_clear_and_never_repeat_a_password(
    tmp_path: Path, env: dict[str, str], message: str
) -> None:
    with pytest.raises(SettingsError, match=message) as raised:
        Settings.from_env(env, home=str(tmp_path))
    assert "s3cret" not in str(raised.value)


def test_harvest_interval_is_seconds(tmp_path: Path) -> None:
    assert Settings.from_env({}, home=str(tmp_path)).harvest_interval == 0.2
    env = {"GOVCAT_HARVEST_INTERVAL": "0"}
    assert Settings.from_env(env, home=str(tmp_path)).harvest_interval == 0.0
    for bad in ("-1", "soon"):
        with pytest.raises(SettingsError, match="GOVCAT_HARVEST_INTERVAL"):
            Settings.from_env({"GOVCAT_HARVEST_INTERVAL": bad}, home=str(tmp_path))


def test_the_disclosure_request_settings(tmp_path: Path) -> None:
    holidays = tmp_path / "holidays.yaml"
    holidays.write_text("2027: {holidays: [2027-01-01]}\n", encoding="utf-8")
    settings = Settings.from_env({"GOVCAT_HOLIDAYS": str(holidays),
                                  "GOVCAT_REQUEST_RATE_LIMIT": "10/hour; 2 per 1 minute"},
                                 home=str(tmp_path))
    assert settings.holidays == str(holidays)
    assert settings.request_rate_limit == "10/hour; 2 per 1 minute"
    defaults = Settings.from_env({}, home=str(tmp_path))
    assert (defaults.holidays, defaults.request_rate_limit) == (None, "5 per minute; 50 per day")
    with pytest.raises(SettingsError, match="GOVCAT_HOLIDAYS must name an existing file"):
        Settings.from_env({"GOVCAT_HOLIDAYS": str(tmp_path / "none.yaml")}, home=str(tmp_path))
    for bad in ("many", "5 per fortnight", "per minute", ";"):
        with pytest.raises(SettingsError, match="GOVCAT_REQUEST_RATE_LIMIT must be limits"):
            Settings.from_env({"GOVCAT_REQUEST_RATE_LIMIT": bad}, home=str(tmp_path))
    for name in ("GOVCAT_HOLIDAYS", "GOVCAT_REQUEST_RATE_LIMIT"):
        assert name in settings_help()
