"""Client settings read from environment variables under a prefix (`ACP.from_env("MY_ACP_")`)."""

from __future__ import annotations

import os
import ssl
from collections.abc import Mapping

from agentplug.errors import ConfigurationError

__all__ = ["from_env_prefix", "trust_only"]


def trust_only(ca_cert_data: str | bytes) -> ssl.SSLContext:
    """A verifying TLS context that trusts the given CA certificates (PEM text or DER bytes)."""
    try:
        return ssl.create_default_context(cadata=ca_cert_data)
    except (ssl.SSLError, ValueError, TypeError) as exc:
        raise ConfigurationError(f"ca_cert_data holds no usable CA certificate: {exc}") from None


def _number(environ: Mapping[str, str], name: str, kind: type[int] | type[float]) -> int | float | None:
    text = environ.get(name)
    if not text:
        return None
    try:
        return kind(text)
    except ValueError:
        raise ConfigurationError(f"{name} must be a {kind.__name__}, got {text!r}") from None


def from_env_prefix(prefix: str, environ: Mapping[str, str] | None = None) -> dict[str, object]:
    """The client arguments found in `environ` (default: the process environment) under `prefix`."""
    env = os.environ if environ is None else environ
    found: dict[str, object] = {}
    base_url = env.get(f"{prefix}BASE_URL") or env.get(f"{prefix}HOST")
    if not base_url:
        raise ConfigurationError(f"Missing base URL: set {prefix}BASE_URL (or {prefix}HOST)")
    found["base_url"] = base_url
    for argument, variable in (("api_key", "API_KEY"), ("verify", "SSL_CA_CERT"), ("proxy", "PROXY")):
        if env.get(prefix + variable):
            found[argument] = env[prefix + variable]
    retries = _number(env, f"{prefix}RETRIES", int)
    if retries is not None:
        found["max_retries"] = retries
    timeout = _number(env, f"{prefix}TIMEOUT", float)
    if timeout is not None:
        found["timeout"] = timeout
    return found
