"""`from_env(prefix)` on every client: the platform's variables, under its prefix or another one."""

from __future__ import annotations

import pytest
from agentplug._core._http import HTTPSettings
from agentplug.errors import ConfigurationError

from ..conftest import Target
from ._platforms import CLIENTS, probe

pytestmark = pytest.mark.anyio


async def test_from_env_reads_the_platform_variables(target: Target, clean_env: pytest.MonkeyPatch) -> None:
    for name, value in target.env.items():
        clean_env.setenv(name, value)
    async with CLIENTS[target.platform].from_env() as client:
        await probe(target.platform, client)


async def test_from_env_reads_another_prefix_only(target: Target, clean_env: pytest.MonkeyPatch) -> None:
    for name, value in target.env.items():
        clean_env.setenv("CONTRACT_" + name.removeprefix(target.prefix), value)
        clean_env.setenv(name, "http://wrong.invalid" if "URL" in name else "wrong")
    clean_env.setenv("CONTRACT_RETRIES", "0")
    clean_env.setenv("CONTRACT_TIMEOUT", "30")
    async with CLIENTS[target.platform].from_env("CONTRACT_") as client:
        await probe(target.platform, client)


async def test_keyword_arguments_beat_the_environment(target: Target, clean_env: pytest.MonkeyPatch) -> None:
    for name, value in target.env.items():
        clean_env.setenv(name, value)
    clean_env.setenv(target.prefix + ("API_URL" if target.platform == "prefactor" else "BASE_URL"), "http://x.invalid")
    async with CLIENTS[target.platform].from_env(**{target.url_argument: target.url}) as client:
        await probe(target.platform, client)


async def test_a_missing_variable_is_named(target: Target, clean_env: pytest.MonkeyPatch) -> None:
    if target.platform == "moderately":  # its base URL has a default: the API key is the first required
        missing = "CONTRACT_API_KEY"
    else:
        missing = "CONTRACT_" + ("API_URL" if target.platform == "prefactor" else "BASE_URL")
    with pytest.raises(ConfigurationError, match=missing):
        CLIENTS[target.platform].from_env("CONTRACT_")


async def test_a_bad_number_is_named(target: Target, clean_env: pytest.MonkeyPatch) -> None:
    for name, value in target.env.items():
        clean_env.setenv(name, value)
    clean_env.setenv(target.prefix + "RETRIES", "many")
    with pytest.raises(ConfigurationError, match=target.prefix + "RETRIES"):
        CLIENTS[target.platform].from_env()


async def test_proxy_and_ca_bundle_become_http_settings(target: Target, clean_env: pytest.MonkeyPatch) -> None:
    from agentplug._core._environment import environment_arguments

    env = {**target.env, target.prefix + "PROXY": "http://proxy.invalid:3128"}
    found = environment_arguments(CLIENTS[target.platform]._environment, environ=env)
    assert found["http_settings"] == HTTPSettings(proxy="http://proxy.invalid:3128")
