"""How to reach a server, shared by every transport: the TLS context and the pool limits."""

from __future__ import annotations

import functools
import os
import ssl
import sys
import threading
from typing import Any, TypeAlias

import httpx2

__all__ = ["DEFAULT_LIMITS", "CertTypes", "VerifyTypes", "ssl_context"]

VerifyTypes: TypeAlias = "bool | str | ssl.SSLContext"
CertTypes: TypeAlias = "str | tuple[str, str] | None"


# Connection pool limits of the clients agentplug builds (httpx2.Limits is never mutated). Every
# open connection may stay idle: with fewer idle slots than connections, a burst of calls closes
# and reopens connections all the time (2,000 connects for 10,000 calls), the pool's main cost.
DEFAULT_LIMITS = httpx2.Limits(max_connections=100, max_keepalive_connections=100)


class _DeferredCAContext(ssl.SSLContext):
    """A verifying client context that loads its CA bundle just before the first TLS handshake.

    Loading certifi's bundle takes about 15 ms; a client that only talks plain HTTP (a local
    sandbox) never pays it, and one that does pays it once per process (the context is shared).
    Every handshake goes through `wrap_socket` (blocking sockets) or `wrap_bio` (asyncio, anyio).
    """

    _ca: tuple[str | None, str | None]
    _loaded: bool
    _lock: threading.Lock

    @classmethod
    def verifying(cls, cafile: str | None, capath: str | None) -> _DeferredCAContext:
        """CERT_REQUIRED with hostname checks, as `ssl.create_default_context`, CAs not loaded yet."""
        context = cls(ssl.PROTOCOL_TLS_CLIENT)
        if sys.version_info >= (3, 13):  # what ssl.create_default_context adds from 3.13 on
            context.verify_flags |= ssl.VERIFY_X509_PARTIAL_CHAIN | ssl.VERIFY_X509_STRICT
        context._ca = (cafile, capath)
        context._loaded = False
        context._lock = threading.Lock()
        return context

    def _load_ca(self) -> None:
        if not self._loaded:
            with self._lock:
                if not self._loaded:
                    cafile, capath = self._ca
                    self.load_verify_locations(cafile=cafile, capath=capath)
                    self._loaded = True

    def wrap_socket(self, *args: Any, **kwargs: Any) -> ssl.SSLSocket:
        self._load_ca()
        return super().wrap_socket(*args, **kwargs)

    def wrap_bio(self, *args: Any, **kwargs: Any) -> ssl.SSLObject:
        self._load_ca()
        return super().wrap_bio(*args, **kwargs)


@functools.lru_cache(maxsize=8)
def _verifying_context(cafile: str | None, capath: str | None) -> ssl.SSLContext:
    return _DeferredCAContext.verifying(cafile, capath)  # one per CA location and process


def _default_ca() -> tuple[str | None, str | None]:
    """SSL_CERT_FILE / SSL_CERT_DIR when set, else the operating system's CA store (as httpx2 does)."""
    if os.environ.get("SSL_CERT_FILE"):
        return os.environ["SSL_CERT_FILE"], None
    if os.environ.get("SSL_CERT_DIR"):
        return None, os.environ["SSL_CERT_DIR"]
    paths = ssl.get_default_verify_paths()
    cafile = paths.openssl_cafile if paths.openssl_cafile and os.path.isfile(paths.openssl_cafile) else None
    capath = paths.openssl_capath if paths.openssl_capath and os.path.isdir(paths.openssl_capath) else None
    return cafile, capath


def _ca_from_env() -> bool:
    return bool(os.environ.get("SSL_CERT_FILE") or os.environ.get("SSL_CERT_DIR"))


def _os_trust_store() -> ssl.SSLContext:
    # Windows and macOS keep their roots outside OpenSSL: ask the OS itself (httpx2's truststore).
    import truststore

    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def ssl_context(verify: VerifyTypes = True, cert: CertTypes = None) -> ssl.SSLContext:
    """The TLS context httpx2 would build for `verify` and `cert` (without its deprecation warnings).

    `verify`: True (the operating system's trust store, or SSL_CERT_FILE / SSL_CERT_DIR when set), False (no
    verification: tests only), a CA bundle file or directory, or a ready `ssl.SSLContext` (used as
    is). `cert`: a client certificate (path, or (cert, key) paths), loaded into the context.

    Without a client certificate, verifying contexts are shared per CA location and load their
    CAs at the first handshake (see `_DeferredCAContext`).
    """
    if isinstance(verify, ssl.SSLContext):
        context = verify
    elif verify is False:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    elif verify is True and cert is None and sys.platform in ("win32", "darwin") and not _ca_from_env():
        return _os_trust_store()
    else:
        cafile, capath = (
            _default_ca() if verify is True else (None, verify) if os.path.isdir(verify) else (verify, None)
        )
        if cert is None:
            return _verifying_context(cafile, capath)
        context = ssl.create_default_context(cafile=cafile, capath=capath)
    if cert is not None:
        if isinstance(cert, str):
            context.load_cert_chain(cert)
        else:
            context.load_cert_chain(*cert)
    return context
