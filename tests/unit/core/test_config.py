"""Settings: explicit argument > environment variable > default, and no secret in any repr."""

from __future__ import annotations

import pytest
from agentplug._core._config import (
    ClientConfig,
    Secret,
    Setting,
    normalize_base_url,
    resolve,
)
from agentplug.acp._settings import ACP_SETTINGS
from agentplug.errors import ConfigurationError
from agentplug.moderately._settings import MODERATELY_DEFAULT_BASE_URL, MODERATELY_SETTINGS
from agentplug.nat._settings import NAT_SETTINGS
from agentplug.prefactor._settings import PREFACTOR_SETTINGS

TOKEN = "sk-live-0123456789abcdef"


def test_explicit_argument_wins_over_environment_and_default() -> None:
    settings = [Setting("base_url", "X_BASE_URL", default="http://default")]
    values = resolve(settings, {"base_url": "http://explicit"}, {"X_BASE_URL": "http://env"})
    assert values == {"base_url": "http://explicit"}


def test_environment_wins_over_default() -> None:
    settings = [Setting("base_url", "X_BASE_URL", default="http://default")]
    assert resolve(settings, {}, {"X_BASE_URL": "http://env"}) == {"base_url": "http://env"}
    assert resolve(settings, {"base_url": None}, {"X_BASE_URL": "http://env"}) == {"base_url": "http://env"}


def test_default_when_nothing_else_and_none_when_no_default() -> None:
    settings = [Setting("base_url", "X_BASE_URL", default="http://default"), Setting("team", "X_TEAM")]
    assert resolve(settings, {}, {}) == {"base_url": "http://default", "team": None}


def test_empty_environment_variable_counts_as_unset() -> None:
    settings = [Setting("base_url", "X_BASE_URL", default="http://default")]
    assert resolve(settings, {}, {"X_BASE_URL": ""}) == {"base_url": "http://default"}


def test_explicit_empty_string_switches_a_setting_off() -> None:
    values = resolve(ACP_SETTINGS, {"base_url": "http://acp", "api_key": ""}, {"ACP_API_KEY": TOKEN})
    assert values["api_key"] is None


def test_reads_os_environ_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NAT_BASE_URL", "http://nat.local:8000/")
    assert resolve(NAT_SETTINGS, {}) == {"base_url": "http://nat.local:8000"}


def test_explicit_secret_holder_and_url_objects_are_unwrapped() -> None:
    values = resolve(PREFACTOR_SETTINGS, {"api_url": "https://app.example", "api_token": Secret(TOKEN)}, {})
    assert values["api_token"] == TOKEN


@pytest.mark.parametrize(
    ("settings", "environ", "argument", "variable"),
    [
        (ACP_SETTINGS, {}, "base_url", "ACP_BASE_URL"),
        (NAT_SETTINGS, {"NAT_BASE_URL": ""}, "base_url", "NAT_BASE_URL"),
        (PREFACTOR_SETTINGS, {"PREFACTOR_API_TOKEN": "t"}, "api_url", "PREFACTOR_API_URL"),
        (PREFACTOR_SETTINGS, {"PREFACTOR_API_URL": "http://p"}, "api_token", "PREFACTOR_API_TOKEN"),
        (MODERATELY_SETTINGS, {"MODERATELY_TEAM_ID": "team"}, "api_key", "MODERATELY_API_KEY"),
        (MODERATELY_SETTINGS, {"MODERATELY_API_KEY": "k"}, "team_id", "MODERATELY_TEAM_ID"),
    ],
)
def test_missing_required_setting_names_argument_and_variable(
    settings: tuple[Setting, ...], environ: dict[str, str], argument: str, variable: str
) -> None:
    with pytest.raises(ConfigurationError) as caught:
        resolve(settings, {}, environ)
    assert f"{argument}=" in str(caught.value)
    assert variable in str(caught.value)


def test_acp_api_key_is_optional() -> None:
    assert resolve(ACP_SETTINGS, {}, {"ACP_BASE_URL": "http://acp/"}) == {"base_url": "http://acp", "api_key": None}


def test_moderately_base_url_has_the_documented_default() -> None:
    values = resolve(MODERATELY_SETTINGS, {}, {"MODERATELY_API_KEY": TOKEN, "MODERATELY_TEAM_ID": "t1"})
    assert values == {"api_key": TOKEN, "team_id": "t1", "base_url": MODERATELY_DEFAULT_BASE_URL}


def test_url_settings_are_normalised_and_validated_whatever_their_source() -> None:
    with pytest.raises(ConfigurationError, match="ACP_BASE_URL"):
        resolve(ACP_SETTINGS, {}, {"ACP_BASE_URL": "localhost:8000"})
    assert resolve(ACP_SETTINGS, {"base_url": "HTTPS://acp.example/v1//"}, {})["base_url"] == "HTTPS://acp.example/v1"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("http://localhost:8000/", "http://localhost:8000"),
        ("https://api.example.com/base/", "https://api.example.com/base"),
        ("  https://api.example.com  ", "https://api.example.com"),
        ("http://[::1]:8080", "http://[::1]:8080"),
    ],
)
def test_normalize_base_url_accepts_http_urls(value: str, expected: str) -> None:
    assert normalize_base_url(value, argument="base_url", env="X_BASE_URL") == expected


@pytest.mark.parametrize(
    "value",
    [
        "",
        "localhost:8000",
        "ftp://files.example.com",
        "http://",
        "https:///path-only",
        "http://host:notaport",
        "http://host:99999",
        "http://[::1",
        "http://exa mple.com",
        "https://api.example.com/?x=1",
        "https://api.example.com/#frag",
    ],
)
def test_normalize_base_url_rejects_invalid_values_naming_argument_and_variable(value: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        normalize_base_url(value, argument="base_url", env="X_BASE_URL")
    assert "base_url=" in str(caught.value)
    assert "X_BASE_URL" in str(caught.value)


def test_invalid_base_url_message_hides_the_userinfo_password_and_query_values() -> None:
    with pytest.raises(ConfigurationError) as caught:
        normalize_base_url(f"ftp://user:{TOKEN}@host/?token={TOKEN}", argument="base_url", env="X_BASE_URL")
    message = str(caught.value)
    assert TOKEN not in message
    assert "ftp://user:***@host/?token=***" in message


def test_missing_secret_message_never_contains_other_values() -> None:
    with pytest.raises(ConfigurationError) as caught:
        resolve(MODERATELY_SETTINGS, {"api_key": TOKEN}, {})
    assert TOKEN not in str(caught.value)


def _config() -> ClientConfig:
    return ClientConfig(
        api="moderately",
        base_url=f"https://user:{TOKEN}@api.example.com",
        credential=Secret(TOKEN),
        headers={"Authorization": f"Bearer {TOKEN}", "X-Api-Key": TOKEN, "X-Team": "t1"},
        timeout=30.0,
        max_retries=3,
    )


def test_client_config_repr_and_str_never_show_a_secret() -> None:
    config = _config()
    for text in (repr(config), str(config), f"{config}", repr(config.credential), str(config.credential)):
        assert TOKEN not in text
    assert "X-Team" in repr(config) and "'t1'" in repr(config)
    assert "api.example.com" in repr(config)


def test_client_config_keeps_the_credential_readable_on_purpose() -> None:
    config = _config()
    assert config.credential is not None
    assert config.credential.get_secret_value() == TOKEN


def test_client_config_is_frozen_and_its_headers_read_only() -> None:
    headers = {"X-Team": "t1"}
    config = ClientConfig(api="acp", base_url="http://acp", headers=headers)
    headers["X-Team"] = "changed"
    assert config.headers["X-Team"] == "t1"
    with pytest.raises(AttributeError):
        config.api = "nat"  # type: ignore[misc]
    with pytest.raises(TypeError):
        config.headers["X-Team"] = "x"  # type: ignore[index]


def test_client_config_defaults() -> None:
    config = ClientConfig(api="nat", base_url="http://nat")
    assert (config.credential, dict(config.headers), config.timeout, config.max_retries) == (None, {}, 60.0, 2)
