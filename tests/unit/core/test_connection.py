"""TLS contexts: httpx2's meanings for `verify` and `cert`, shared verifying contexts, CAs loaded when first needed."""

from __future__ import annotations

import ssl
from pathlib import Path

import httpcore2
import pytest
import trustme
from agentplug._core._connection import _verifying_context, ssl_context


def _ca_count(context: ssl.SSLContext) -> int:
    return int(context.cert_store_stats()["x509_ca"])


def test_verify_false_checks_nothing() -> None:
    context = ssl_context(False)
    assert context.verify_mode == ssl.CERT_NONE
    assert not context.check_hostname


def test_a_given_context_is_used_as_is() -> None:
    given = ssl.create_default_context()
    assert ssl_context(given) is given


def test_default_context_is_shared_and_loads_its_cas_at_the_first_handshake(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    _verifying_context.cache_clear()  # a fresh context, as in a new process
    context = ssl_context(True)
    assert context is ssl_context(True)
    assert context.verify_mode == ssl.CERT_REQUIRED
    assert context.check_hostname
    assert _ca_count(context) == 0  # nothing loaded at construction
    context.wrap_bio(ssl.MemoryBIO(), ssl.MemoryBIO(), server_hostname="example.com")  # what asyncio and anyio call
    reference = httpcore2.default_ssl_context()  # the OS trust store, as httpx2 builds it
    assert _ca_count(context) == _ca_count(reference) > 0


def test_env_ca_file_and_ca_directory(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    bundle = tmp_path / "ca.pem"
    trustme.CA().cert_pem.write_to_path(str(bundle))
    monkeypatch.setenv("SSL_CERT_FILE", str(bundle))
    from_env = ssl_context(True)
    assert from_env is not ssl_context(str(tmp_path))  # a directory is a different CA location
    from_env.wrap_bio(ssl.MemoryBIO(), ssl.MemoryBIO(), server_hostname="example.com")
    assert _ca_count(from_env) > 0
    assert ssl_context(str(bundle)) is from_env  # the same file, given explicitly: the same shared context


def test_client_certificate_gets_its_own_context(tmp_path: Path) -> None:
    missing = tmp_path / "client.pem"
    with pytest.raises(FileNotFoundError):
        ssl_context(True, str(missing))  # loaded at once: a bad path fails at construction, not at the first call
