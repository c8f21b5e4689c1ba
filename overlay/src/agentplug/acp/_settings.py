"""The ACP client's settings, the environment variables they are read from, and its TLS helper."""

from __future__ import annotations

import ssl

from agentplug._core._config import Setting
from agentplug._core._environment import EnvTable
from agentplug.errors import ConfigurationError

__all__ = ["ACP_ENV", "ACP_SETTINGS", "trust_only"]


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
