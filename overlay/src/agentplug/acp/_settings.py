"""The ACP client's settings, the environment variables they are read from, and its TLS helper."""

from __future__ import annotations

import ssl
from collections.abc import Mapping

from agentplug._core._config import Setting
from agentplug._core._environment import EnvTable, environment_arguments
from agentplug.errors import ConfigurationError

__all__ = ["ACP_ENV", "ACP_SETTINGS", "from_env_prefix", "trust_only"]


def trust_only(ca_cert_data: str | bytes) -> ssl.SSLContext:
    """A verifying TLS context that trusts the given CA certificates (PEM text or DER bytes)."""
    try:
        return ssl.create_default_context(cadata=ca_cert_data)
    except (ssl.SSLError, ValueError, TypeError) as exc:
        raise ConfigurationError(f"ca_cert_data holds no usable CA certificate: {exc}") from None


ACP_SETTINGS: tuple[Setting, ...] = (
    Setting("base_url", "ACP_BASE_URL", required=True, url=True, aliases=("ACP_HOST",)),
    Setting("api_key", "ACP_API_KEY", secret=True),
)

ACP_ENV = EnvTable("ACP_", ACP_SETTINGS)


def from_env_prefix(prefix: str, environ: Mapping[str, str] | None = None) -> dict[str, object]:
    """The ACP client arguments under `prefix` as separate values (`verify` a CA bundle path,
    `proxy`), for callers that build their own configuration from them (the compat facade)."""
    found = environment_arguments(ACP_ENV, prefix, environ)
    settings = found.pop("http_settings", None)
    if settings is not None:
        if settings.verify is not True:
            found["verify"] = settings.verify
        if settings.proxy is not None:
            found["proxy"] = settings.proxy
    return {name: value for name, value in found.items() if value != ""}
