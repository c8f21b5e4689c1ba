"""How to reach a server, shared by every transport: the TLS context and the pool limits."""

from __future__ import annotations

import os
import ssl
from typing import TypeAlias

import httpx

__all__ = ["DEFAULT_LIMITS", "CertTypes", "VerifyTypes", "ssl_context"]

VerifyTypes: TypeAlias = "bool | str | ssl.SSLContext"
CertTypes: TypeAlias = "str | tuple[str, str] | None"


# Connection pool limits of the clients agentplug builds (httpx.Limits is never mutated).
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)


def ssl_context(verify: VerifyTypes = True, cert: CertTypes = None) -> ssl.SSLContext:
    """The TLS context httpx would build for `verify` and `cert` (without its deprecation warnings).

    `verify`: True (certifi's CA bundle, or SSL_CERT_FILE / SSL_CERT_DIR when set), False (no
    verification: tests only), a CA bundle file or directory, or a ready `ssl.SSLContext` (used as
    is). `cert`: a client certificate (path, or (cert, key) paths), loaded into the context.
    """
    if isinstance(verify, ssl.SSLContext):
        context = verify
    elif verify is True:
        if os.environ.get("SSL_CERT_FILE"):
            context = ssl.create_default_context(cafile=os.environ["SSL_CERT_FILE"])
        elif os.environ.get("SSL_CERT_DIR"):
            context = ssl.create_default_context(capath=os.environ["SSL_CERT_DIR"])
        else:
            import certifi  # an httpx dependency

            context = ssl.create_default_context(cafile=certifi.where())
    elif verify is False:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    elif os.path.isdir(verify):
        context = ssl.create_default_context(capath=verify)
    else:
        context = ssl.create_default_context(cafile=verify)
    if cert is not None:
        if isinstance(cert, str):
            context.load_cert_chain(cert)
        else:
            context.load_cert_chain(*cert)
    return context
