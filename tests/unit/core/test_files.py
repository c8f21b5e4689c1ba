"""File transfer over pytest-httpx2: inspecting sources, streamed uploads, atomic checked downloads, no credentials."""

from __future__ import annotations

import errno
import hashlib
import io
import os
import stat
import sys
from pathlib import Path
from typing import Any

import httpx2
import pytest
from agentplug import __version__
from agentplug._core import _download
from agentplug._core._async._download import async_download_to_bytes, async_download_to_path
from agentplug._core._async._transfer import async_storage_client
from agentplug._core._async._transport import AsyncRetryTransport
from agentplug._core._async._upload import async_inspect_source, async_upload_to_url
from agentplug._core._files import DownloadResult, FileInfo, guess_content_type, storage_headers
from agentplug._core._options import use_options
from agentplug._core._retry import RetryPolicy
from agentplug._core._sync._download import download_to_bytes, download_to_path
from agentplug._core._sync._transfer import storage_client
from agentplug._core._sync._transport import RetryTransport
from agentplug._core._sync._upload import inspect_source, upload_to_url
from agentplug.errors import (
    APIConnectionError,
    APIStatusError,
    ConfigurationError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    ResponseValidationError,
    SourceFileError,
)
from pytest_httpx2 import HTTPXMock, IteratorStream

from .bodies import BrokenBody

SIGNATURE = "5e3b1c0ffee0ddba11"
STORAGE_URL = f"https://bucket.storage.test/files/f1?X-Amz-Expires=900&X-Amz-Signature={SIGNATURE}"
API_KEY = "sk-platform-secret"
NO_WAIT = RetryPolicy(initial_delay=0.0, max_delay=0.0)  # retries without sleeping
NO_RETRY = RetryPolicy(max_retries=0)

# 3.5 MiB of varied bytes: several 1 MiB chunks and a partial one.
DATA = hashlib.sha256(b"seed").digest() * (7 * 1024 * 1024 // 64)
DATA_SHA256 = hashlib.sha256(DATA).hexdigest()


def chunks_of(data: bytes, size: int = 64 * 1024) -> list[bytes]:
    return [data[start : start + size] for start in range(0, len(data), size)]


def platform_client() -> httpx2.Client:
    """A client set up for the platform API: everything here must stay away from storage hosts."""
    return httpx2.Client(
        base_url="https://api.platform.test/v1",
        headers={"Authorization": f"Bearer {API_KEY}", "X-Api-Key": API_KEY, "X-Team-Id": "team-1"},
        cookies={"session": API_KEY},
        auth=httpx2.BasicAuth("user", API_KEY),
    )


def assert_no_credentials(request: httpx2.Request) -> None:
    for name in ("authorization", "x-api-key", "cookie", "x-team-id", "x-session-token", "proxy-authorization"):
        assert name not in request.headers, name
    assert API_KEY not in str(request.headers.raw)


def listing(directory: Path) -> list[str]:
    return sorted(entry.name for entry in directory.iterdir())


# --- inspect_source -------------------------------------------------------------------------------


def test_inspect_a_path_streams_it_in_chunks(tmp_path: Path) -> None:
    path = tmp_path / "report.csv"
    path.write_bytes(DATA)
    info = inspect_source(path, chunk_size=100_000)
    assert info == FileInfo(size=len(DATA), sha256=DATA_SHA256, content_type="text/csv", filename="report.csv")
    assert inspect_source(str(path)) == info


def test_inspect_bytes_like_sources() -> None:
    expected = FileInfo(size=len(DATA), sha256=DATA_SHA256, content_type="application/octet-stream", filename=None)
    assert inspect_source(DATA) == expected
    assert inspect_source(bytearray(DATA)) == expected
    assert inspect_source(memoryview(DATA)) == expected
    assert inspect_source(b"") == FileInfo(0, hashlib.sha256(b"").hexdigest(), "application/octet-stream", None)


def test_inspect_a_file_object_from_its_position_and_restore_it() -> None:
    stream = io.BytesIO(b"HEADER" + DATA)
    stream.seek(6)
    info = inspect_source(stream, filename="blob.bin", chunk_size=65_536)
    assert (info.size, info.sha256, info.filename) == (len(DATA), DATA_SHA256, "blob.bin")
    assert stream.tell() == 6


def test_inspect_an_open_file_takes_its_name(tmp_path: Path) -> None:
    path = tmp_path / "photo.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    with path.open("rb") as file:
        info = inspect_source(file)
        assert file.tell() == 0
    assert (info.filename, info.content_type, info.size) == ("photo.png", "image/png", 108)


class Unseekable(io.RawIOBase):
    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        return 0


def test_a_non_seekable_stream_is_refused_clearly() -> None:
    with pytest.raises(ConfigurationError, match="seekable"):
        inspect_source(Unseekable())  # type: ignore[arg-type]


def test_a_text_mode_file_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello")
    with path.open() as file, pytest.raises(ConfigurationError, match="binary mode"):
        inspect_source(file)  # type: ignore[arg-type]


def test_unsupported_sources_and_arguments_are_configuration_errors(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match="Unsupported upload source int"):
        inspect_source(42)  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="chunk_size"):
        inspect_source(b"x", chunk_size=0)
    closed = io.BytesIO(b"x")
    closed.close()
    with pytest.raises(ConfigurationError, match="cannot be read"):
        inspect_source(closed)
    with pytest.raises(SourceFileError, match=r"file '.*missing\.bin' cannot be read: No such file") as missing:
        inspect_source(tmp_path / "missing.bin")
    assert isinstance(missing.value, OSError) and missing.value.argument == "file"
    assert missing.value.errno == errno.ENOENT and missing.value.filename == str(tmp_path / "missing.bin")
    with pytest.raises(SourceFileError, match="cannot be read: Is a directory"):
        inspect_source(tmp_path)


def test_overrides_win() -> None:
    info = inspect_source(b"%PDF-1.7", filename="x.bin", content_type="application/x-custom")
    assert (info.filename, info.content_type) == ("x.bin", "application/x-custom")


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b"%PDF-1.7\n", "application/pdf"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "image/png"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "image/jpeg"),
        (b"GIF89a\x01\x00", "image/gif"),
        (b"PK\x03\x04\x14\x00", "application/zip"),
        (b"\x1f\x8b\x08\x00", "application/gzip"),
        (b"PAR1\x15\x04", "application/vnd.apache.parquet"),
        (b"id,name\n1,caf\xc3\xa9\n", "text/plain"),
        ("\ufeffa,b\r\n".encode(), "text/plain"),
        (b"abc \xe2\x82", "text/plain"),  # a multi-byte character cut by the sample
        (b"abc\xff\xfe", "application/octet-stream"),  # not UTF-8
        (b"abc\x00def", "application/octet-stream"),
        (b"\x01\x02\x03", "application/octet-stream"),
        (b"", "application/octet-stream"),
    ],
)
def test_content_type_is_sniffed_when_the_name_says_nothing(head: bytes, expected: str) -> None:
    assert guess_content_type(None, head) == expected
    assert guess_content_type("no-extension", head) == expected


def test_content_type_from_the_name_first() -> None:
    assert guess_content_type("data.json", b"\x00") == "application/json"
    assert guess_content_type("scan.PDF", b"") == "application/pdf"
    assert guess_content_type("data.csv.gz", b"\x1f\x8b\x08") == "application/gzip"  # gzip bytes, not CSV


@pytest.mark.anyio
async def test_async_inspect_source(tmp_path: Path) -> None:
    path = tmp_path / "a.bin"
    path.write_bytes(DATA)
    info = await async_inspect_source(path, content_type="application/x-a")
    assert (info.size, info.sha256, info.content_type, info.filename) == (
        len(DATA),
        DATA_SHA256,
        "application/x-a",
        "a.bin",
    )


# --- headers and clients --------------------------------------------------------------------------


def test_storage_headers_drop_credentials_and_framing() -> None:
    kept = storage_headers(
        {
            "Authorization": "Bearer x",
            "X-API-Key": "k",
            "Cookie": "a=b",
            "X-Amz-Security-Token": "t",
            "x-session-token": "t",
            "Proxy-Authorization": "p",
            "Host": "api.platform.test",
            "Content-Length": "1",
            "Transfer-Encoding": "chunked",
            "x-amz-meta-owner": "me",
            "Content-Type": "text/csv",
        }
    )
    assert kept == {"x-amz-meta-owner": "me", "Content-Type": "text/csv"}
    assert storage_headers(None) == {}


def test_storage_client_is_bare() -> None:
    with storage_client() as client:
        assert isinstance(client._transport, RetryTransport)
        assert client.follow_redirects is False
        assert client.auth is None
        assert not client.cookies
        assert client.base_url == httpx2.URL("")
        assert "authorization" not in client.headers
        assert client.headers["User-Agent"] == f"agentplug/{__version__} storage"


@pytest.mark.anyio
async def test_async_storage_client_is_bare() -> None:
    async with async_storage_client() as client:
        assert isinstance(client._transport, AsyncRetryTransport)
        assert client.follow_redirects is False
        assert client.auth is None


def test_storage_urls_must_be_absolute(tmp_path: Path) -> None:
    with storage_client() as client:
        with pytest.raises(ConfigurationError, match="absolute"):
            upload_to_url(client, "/files/f1", b"x")
        with pytest.raises(ConfigurationError, match="absolute"):
            download_to_path(client, "ftp://host/x", tmp_path / "x")
    assert listing(tmp_path) == []


# --- upload ---------------------------------------------------------------------------------------


def test_upload_streams_the_body_with_its_length(httpx2_mock: HTTPXMock, tmp_path: Path) -> None:
    path = tmp_path / "data.csv"
    path.write_bytes(DATA)
    info = inspect_source(path)
    httpx2_mock.add_response(method="PUT", url=STORAGE_URL, status_code=200, headers={"ETag": '"abc"'})
    progress: list[tuple[int, int]] = []
    with storage_client() as client:
        response = upload_to_url(
            client, STORAGE_URL, path, info=info, on_progress=lambda *p: progress.append(p), chunk_size=1 << 20
        )
    assert response.status_code == 200
    assert response.headers["ETag"] == '"abc"'
    request = httpx2_mock.get_request()
    assert request is not None
    assert request.method == "PUT"
    assert request.content == DATA
    assert request.headers["Content-Length"] == str(len(DATA))
    assert "Transfer-Encoding" not in request.headers
    assert request.headers["Content-Type"] == "text/csv"
    assert request.headers["User-Agent"] == f"agentplug/{__version__} storage"
    assert [sent for sent, _ in progress] == [1 << 20, 2 << 20, 3 << 20, len(DATA)]
    assert all(total == len(DATA) for _, total in progress)


def test_upload_computes_the_info_and_restores_a_file_position(httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_response(method="PUT", url=STORAGE_URL)
    stream = io.BytesIO(b"skip" + b"%PDF-1.4 body")
    stream.seek(4)
    with storage_client() as client:
        upload_to_url(client, STORAGE_URL, stream, headers={"Content-Type": "application/x-override"})
    request = httpx2_mock.get_request()
    assert request is not None
    assert request.content == b"%PDF-1.4 body"
    assert request.headers["Content-Type"] == "application/x-override"  # the caller's wins
    assert stream.tell() == 4


def test_upload_of_an_empty_source(httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_response(method="PUT", url=STORAGE_URL)
    with storage_client() as client:
        upload_to_url(client, STORAGE_URL, b"")
    request = httpx2_mock.get_request()
    assert request is not None
    assert request.content == b""
    assert request.headers["Content-Length"] == "0"


def test_upload_never_sends_platform_credentials(httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_response(method="PUT", url=STORAGE_URL)
    with platform_client() as client:
        upload_to_url(
            client,
            STORAGE_URL,
            b"payload",
            headers={
                "Authorization": f"Bearer {API_KEY}",
                "x-api-key": API_KEY,
                "Cookie": f"session={API_KEY}",
                "X-Session-Token": API_KEY,
                "x-amz-meta-origin": "sdk",
            },
        )
    request = httpx2_mock.get_request()
    assert request is not None
    assert request.url.host == "bucket.storage.test"
    assert_no_credentials(request)
    assert request.headers["x-amz-meta-origin"] == "sdk"


def test_upload_retry_on_503_resends_the_whole_body(httpx2_mock: HTTPXMock, tmp_path: Path) -> None:
    path = tmp_path / "blob.bin"
    path.write_bytes(DATA)
    httpx2_mock.add_response(method="PUT", url=STORAGE_URL, status_code=503)
    httpx2_mock.add_response(method="PUT", url=STORAGE_URL, status_code=200)
    progress: list[int] = []
    with storage_client() as client:
        upload_to_url(client, STORAGE_URL, path, policy=NO_WAIT, on_progress=lambda sent, total: progress.append(sent))
    first, second = httpx2_mock.get_requests()
    assert first.content == second.content == DATA
    assert second.headers["Content-Length"] == str(len(DATA))
    assert progress.count(len(DATA)) == 2  # each attempt counts from zero up to the total


def test_upload_error_status_is_not_retried_and_names_no_signature(httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_response(
        method="PUT",
        url=STORAGE_URL,
        status_code=403,
        content=b"<Error><Code>SignatureDoesNotMatch</Code></Error>",
        headers={"Content-Type": "application/xml", "x-request-id": "REQ1"},
    )
    with storage_client() as client, pytest.raises(PermissionDeniedError) as caught:
        upload_to_url(client, STORAGE_URL, b"payload", policy=NO_WAIT)
    assert caught.value.request_id == "REQ1"
    assert SIGNATURE not in str(caught.value)
    assert "X-Amz-Signature=REDACTED" in str(caught.value)
    assert len(httpx2_mock.get_requests()) == 1


def test_upload_connection_errors_are_retried_then_raised(httpx2_mock: HTTPXMock) -> None:
    for _ in range(3):
        httpx2_mock.add_exception(httpx2.ConnectError("connection refused"), method="PUT", url=STORAGE_URL)
    with storage_client() as client, pytest.raises(APIConnectionError) as caught:
        upload_to_url(client, STORAGE_URL, b"payload", policy=NO_WAIT)
    assert SIGNATURE not in str(caught.value)
    assert len(httpx2_mock.get_requests()) == 3


def test_use_options_retries_applies_to_uploads(httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_response(method="PUT", url=STORAGE_URL, status_code=500)
    with storage_client() as client, use_options(retries=0), pytest.raises(InternalServerError):
        upload_to_url(client, STORAGE_URL, b"payload", policy=NO_WAIT)
    assert len(httpx2_mock.get_requests()) == 1


def test_upload_redirect_is_an_error_and_not_followed(httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_response(method="PUT", url=STORAGE_URL, status_code=307, headers={"Location": "https://evil.test/"})
    with platform_client() as client, pytest.raises(APIStatusError) as caught:
        upload_to_url(client, STORAGE_URL, b"payload")
    assert caught.value.status_code == 307
    assert len(httpx2_mock.get_requests()) == 1


def test_upload_refuses_a_source_that_does_not_match_its_info(httpx2_mock: HTTPXMock) -> None:
    info = inspect_source(b"original content")
    httpx2_mock.add_response(method="PUT", url=STORAGE_URL, is_optional=True)
    with storage_client() as client:
        with pytest.raises(ConfigurationError, match="ended after"):
            upload_to_url(client, STORAGE_URL, b"short", info=info)
        with pytest.raises(ConfigurationError, match="longer than"):
            upload_to_url(client, STORAGE_URL, b"original content, then more", info=info)
        with pytest.raises(ConfigurationError, match="sha256"):
            upload_to_url(client, STORAGE_URL, b"ORIGINAL CONTENT", info=info)
        with pytest.raises(ConfigurationError, match="sha256"):
            upload_to_url(client, STORAGE_URL, b"x", info=FileInfo(1, "not-a-hash", "text/plain"))


def test_upload_request_timeout(httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_response(method="PUT", url=STORAGE_URL)
    with httpx2.Client() as client:  # any client, even without the retry transport
        upload_to_url(client, STORAGE_URL, b"x", timeout=7.0)
    request = httpx2_mock.get_request()
    assert request is not None
    assert request.extensions["timeout"] == {"connect": 7.0, "read": 7.0, "write": 7.0, "pool": 7.0}


# --- download -------------------------------------------------------------------------------------


def test_download_to_path(httpx2_mock: HTTPXMock, tmp_path: Path) -> None:
    httpx2_mock.add_response(
        url=STORAGE_URL,
        stream=IteratorStream(chunks_of(DATA)),
        headers={"Content-Length": str(len(DATA)), "Content-Type": "text/csv"},
    )
    target = tmp_path / "out.csv"
    progress: list[tuple[int, int | None]] = []
    with storage_client() as client:
        result = download_to_path(
            client,
            STORAGE_URL,
            target,
            expected_sha256=DATA_SHA256.upper(),
            expected_size=len(DATA),
            on_progress=lambda *p: progress.append(p),
        )
    assert result == DownloadResult(path=target, size=len(DATA), sha256=DATA_SHA256, content_type="text/csv")
    assert target.read_bytes() == DATA
    assert listing(tmp_path) == ["out.csv"]
    assert progress[-1] == (len(DATA), len(DATA))
    assert [done for done, _ in progress] == sorted(done for done, _ in progress)
    request = httpx2_mock.get_request()
    assert request is not None
    assert request.headers["Accept-Encoding"] == "identity"


def test_download_without_content_length_or_expectations(httpx2_mock: HTTPXMock, tmp_path: Path) -> None:
    httpx2_mock.add_response(url=STORAGE_URL, stream=IteratorStream([b"abc", b"def"]))
    progress: list[tuple[int, int | None]] = []
    with storage_client() as client:
        result = download_to_path(client, STORAGE_URL, str(tmp_path / "x"), on_progress=lambda *p: progress.append(p))
    assert (result.size, result.sha256) == (6, None)  # nothing expected, nothing asked: no hashing
    assert progress == [(3, None), (6, None)]
    assert (tmp_path / "x").read_bytes() == b"abcdef"


def test_download_computes_the_sha256_when_asked(httpx2_mock: HTTPXMock, tmp_path: Path) -> None:
    httpx2_mock.add_response(url=STORAGE_URL, stream=IteratorStream([b"abc", b"def"]))
    with storage_client() as client:
        result = download_to_path(client, STORAGE_URL, tmp_path / "x", compute_sha256=True)
    assert result.sha256 == hashlib.sha256(b"abcdef").hexdigest()


@pytest.mark.parametrize("durable", [False, True])
def test_durable_downloads_fsync_the_file_and_its_directory(
    httpx2_mock: HTTPXMock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, durable: bool
) -> None:
    import os

    synced: list[int] = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(fd), real_fsync(fd))[1])
    httpx2_mock.add_response(url=STORAGE_URL, content=b"payload")
    with storage_client() as client:
        download_to_path(client, STORAGE_URL, tmp_path / "x", durable=durable)
    assert (tmp_path / "x").read_bytes() == b"payload"
    assert len(synced) == (2 if durable else 0)


def test_download_replaces_an_existing_file(httpx2_mock: HTTPXMock, tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    target.write_bytes(b"old content that is longer than the new one")
    httpx2_mock.add_response(url=STORAGE_URL, content=b"new")
    with storage_client() as client:
        download_to_path(client, STORAGE_URL, target)
    assert target.read_bytes() == b"new"
    assert listing(tmp_path) == ["out.bin"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_downloaded_file_gets_ordinary_permissions(httpx2_mock: HTTPXMock, tmp_path: Path) -> None:
    httpx2_mock.add_response(url=STORAGE_URL, content=b"x")
    umask = os.umask(0o022)
    try:
        with storage_client() as client:
            download_to_path(client, STORAGE_URL, tmp_path / "x")
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "x").stat().st_mode) == 0o644  # not mkstemp's 0o600


def test_download_failing_mid_stream_leaves_no_file(httpx2_mock: HTTPXMock, tmp_path: Path) -> None:
    target = tmp_path / "existing.bin"
    target.write_bytes(b"previous version")
    for _ in range(3):  # the first attempt and two retries all break
        httpx2_mock.add_response(
            url=STORAGE_URL,
            stream=BrokenBody(chunks_of(DATA)[:20]),
            headers={"Content-Length": str(len(DATA))},
        )
    with storage_client() as client, pytest.raises(APIConnectionError) as caught:
        download_to_path(client, STORAGE_URL, target, policy=NO_WAIT, chunk_size=256 * 1024)
    assert "ReadError" in str(caught.value)
    assert SIGNATURE not in str(caught.value)
    assert listing(tmp_path) == ["existing.bin"]  # no .part file
    assert target.read_bytes() == b"previous version"


def test_download_failing_mid_stream_without_retries(httpx2_mock: HTTPXMock, tmp_path: Path) -> None:
    httpx2_mock.add_response(
        url=STORAGE_URL, stream=BrokenBody([b"partial"], httpx2.RemoteProtocolError("peer closed"))
    )
    with storage_client() as client, pytest.raises(APIConnectionError):
        download_to_path(client, STORAGE_URL, tmp_path / "new.bin", policy=NO_RETRY)
    assert listing(tmp_path) == []


def test_download_broken_once_is_restarted(httpx2_mock: HTTPXMock, tmp_path: Path) -> None:
    httpx2_mock.add_response(url=STORAGE_URL, stream=BrokenBody(chunks_of(DATA)[:30]))
    httpx2_mock.add_response(url=STORAGE_URL, stream=IteratorStream(chunks_of(DATA)))
    progress: list[int] = []
    with storage_client() as client:
        result = download_to_path(
            client,
            STORAGE_URL,
            tmp_path / "out.bin",
            expected_sha256=DATA_SHA256,
            policy=NO_WAIT,
            on_progress=lambda done, total: progress.append(done),
        )
    assert result.sha256 == DATA_SHA256
    assert (tmp_path / "out.bin").read_bytes() == DATA
    assert progress.count(64 * 1024) == 2  # the second attempt counted from zero again
    assert listing(tmp_path) == ["out.bin"]


def test_download_checksum_mismatch_leaves_no_file(httpx2_mock: HTTPXMock, tmp_path: Path) -> None:
    target = tmp_path / "existing.bin"
    target.write_bytes(b"previous version")
    httpx2_mock.add_response(url=STORAGE_URL, stream=IteratorStream(chunks_of(DATA)))
    wrong = hashlib.sha256(b"something else").hexdigest()
    with storage_client() as client, pytest.raises(ResponseValidationError) as caught:
        download_to_path(client, STORAGE_URL, target, expected_sha256=wrong)
    assert DATA_SHA256 in str(caught.value) and wrong in str(caught.value)
    assert SIGNATURE not in str(caught.value)
    assert listing(tmp_path) == ["existing.bin"]
    assert target.read_bytes() == b"previous version"
    assert len(httpx2_mock.get_requests()) == 1  # a wrong body is not downloaded again


def test_download_announced_size_mismatch_fails_before_the_body(httpx2_mock: HTTPXMock, tmp_path: Path) -> None:
    httpx2_mock.add_response(
        url=STORAGE_URL, stream=IteratorStream(chunks_of(DATA)), headers={"Content-Length": str(len(DATA))}
    )
    with storage_client() as client, pytest.raises(ResponseValidationError, match=f"announced {len(DATA)} bytes"):
        download_to_path(client, STORAGE_URL, tmp_path / "x", expected_size=100)
    assert listing(tmp_path) == []


def test_download_size_mismatch_without_content_length(httpx2_mock: HTTPXMock, tmp_path: Path) -> None:
    httpx2_mock.add_response(url=STORAGE_URL, stream=IteratorStream([b"abc", b"def"]))
    httpx2_mock.add_response(url=STORAGE_URL, stream=IteratorStream([b"abc", b"def"]))
    with storage_client() as client:
        with pytest.raises(ResponseValidationError, match="more than the 4 bytes"):
            download_to_path(client, STORAGE_URL, tmp_path / "x", expected_size=4)
        with pytest.raises(ResponseValidationError, match="sent 6 bytes, expected 10"):
            download_to_path(client, STORAGE_URL, tmp_path / "x", expected_size=10)
    assert listing(tmp_path) == []


def test_download_error_status_leaves_no_file(httpx2_mock: HTTPXMock, tmp_path: Path) -> None:
    httpx2_mock.add_response(url=STORAGE_URL, status_code=404, content=b"<Error><Code>NoSuchKey</Code></Error>")
    with storage_client() as client, pytest.raises(NotFoundError) as caught:
        download_to_path(client, STORAGE_URL, tmp_path / "x")
    assert SIGNATURE not in str(caught.value)
    assert listing(tmp_path) == []


def test_download_retries_5xx(httpx2_mock: HTTPXMock, tmp_path: Path) -> None:
    httpx2_mock.add_response(url=STORAGE_URL, status_code=503)
    httpx2_mock.add_response(url=STORAGE_URL, content=b"data")
    with storage_client() as client:
        assert download_to_path(client, STORAGE_URL, tmp_path / "x", policy=NO_WAIT).size == 4
    assert len(httpx2_mock.get_requests()) == 2  # our loop only: the transport's retries are off


def test_download_disk_failure_leaves_no_file(
    httpx2_mock: HTTPXMock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    httpx2_mock.add_response(url=STORAGE_URL, stream=IteratorStream(chunks_of(DATA)))
    written: list[int] = []
    original = _download.PartFile.write

    def write(self: _download.PartFile, chunk: bytes) -> None:
        if sum(written) > 2 << 20:
            raise OSError(28, "No space left on device")
        written.append(len(chunk))
        original(self, chunk)

    monkeypatch.setattr(_download.PartFile, "write", write)
    with storage_client() as client, pytest.raises(OSError, match="No space left"):
        download_to_path(client, STORAGE_URL, tmp_path / "x", chunk_size=256 * 1024)
    assert listing(tmp_path) == []


def test_download_to_a_directory_is_refused(tmp_path: Path) -> None:
    with storage_client() as client, pytest.raises(ConfigurationError, match="is a directory"):
        download_to_path(client, STORAGE_URL, tmp_path)
    with storage_client() as client, pytest.raises(ConfigurationError, match="expected_sha256"):
        download_to_path(client, STORAGE_URL, tmp_path / "x", expected_sha256="abc")
    assert listing(tmp_path) == []


def test_download_never_sends_platform_credentials(httpx2_mock: HTTPXMock, tmp_path: Path) -> None:
    httpx2_mock.add_response(url=STORAGE_URL, content=b"data")
    httpx2_mock.add_response(url=STORAGE_URL, content=b"data")
    with platform_client() as client:
        download_to_path(client, STORAGE_URL, tmp_path / "x", headers={"Authorization": API_KEY, "Range": "bytes=0-"})
        download_to_bytes(client, STORAGE_URL, headers={"Cookie": f"session={API_KEY}"})
    for request in httpx2_mock.get_requests():
        assert request.url.host == "bucket.storage.test"
        assert_no_credentials(request)
    assert httpx2_mock.get_requests()[0].headers["Range"] == "bytes=0-"


def test_download_redirect_is_not_followed(httpx2_mock: HTTPXMock, tmp_path: Path) -> None:
    httpx2_mock.add_response(url=STORAGE_URL, status_code=302, headers={"Location": "https://elsewhere.test/x"})
    with platform_client() as client, pytest.raises(APIStatusError) as caught:
        download_to_path(client, STORAGE_URL, tmp_path / "x")
    assert caught.value.status_code == 302
    assert len(httpx2_mock.get_requests()) == 1
    assert listing(tmp_path) == []


def test_download_to_bytes(httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_response(url=STORAGE_URL, stream=IteratorStream(chunks_of(DATA)))
    httpx2_mock.add_response(url=STORAGE_URL, content=b"abc")
    with storage_client() as client:
        assert download_to_bytes(client, STORAGE_URL, expected_sha256=DATA_SHA256, expected_size=len(DATA)) == DATA
        with pytest.raises(ResponseValidationError, match="sha256"):
            download_to_bytes(client, STORAGE_URL, expected_sha256=DATA_SHA256)


# --- async ----------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_async_upload_streams_from_a_path(httpx2_mock: HTTPXMock, tmp_path: Path) -> None:
    path = tmp_path / "data.csv"
    path.write_bytes(DATA)
    httpx2_mock.add_response(method="PUT", url=STORAGE_URL, status_code=503)
    httpx2_mock.add_response(method="PUT", url=STORAGE_URL)
    progress: list[int] = []
    async with async_storage_client() as client:
        response = await async_upload_to_url(
            client, STORAGE_URL, path, policy=NO_WAIT, on_progress=lambda sent, total: progress.append(sent)
        )
    assert response.status_code == 200
    first, second = httpx2_mock.get_requests()
    assert first.content == second.content == DATA
    assert second.headers["Content-Length"] == str(len(DATA))
    assert "Transfer-Encoding" not in second.headers
    assert second.headers["Content-Type"] == "text/csv"
    assert progress[-1] == len(DATA)


@pytest.mark.anyio
async def test_async_upload_of_bytes_never_sends_credentials(httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_response(method="PUT", url=STORAGE_URL)
    async with httpx2.AsyncClient(headers={"Authorization": API_KEY}, cookies={"sid": API_KEY}) as client:
        await async_upload_to_url(client, STORAGE_URL, b"payload", headers={"X-Api-Key": API_KEY})
    request = httpx2_mock.get_request()
    assert request is not None
    assert request.content == b"payload"
    assert_no_credentials(request)


@pytest.mark.anyio
async def test_async_upload_mismatch_and_status(httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_response(method="PUT", url=STORAGE_URL, status_code=403, json={"error": "denied"})
    async with async_storage_client() as client:
        with pytest.raises(ConfigurationError, match="ended after"):
            await async_upload_to_url(client, STORAGE_URL, io.BytesIO(b"ab"), info=inspect_source(b"abc"))
        with pytest.raises(PermissionDeniedError, match="denied"):
            await async_upload_to_url(client, STORAGE_URL, b"payload")


@pytest.mark.anyio
async def test_async_download_to_path(httpx2_mock: HTTPXMock, tmp_path: Path) -> None:
    httpx2_mock.add_response(
        url=STORAGE_URL, stream=IteratorStream(chunks_of(DATA)), headers={"Content-Length": str(len(DATA))}
    )
    target = tmp_path / "out.bin"
    progress: list[tuple[int, int | None]] = []
    async with async_storage_client() as client:
        result = await async_download_to_path(
            client,
            STORAGE_URL,
            target,
            expected_sha256=DATA_SHA256,
            expected_size=len(DATA),
            on_progress=lambda *p: progress.append(p),
            chunk_size=300_000,
        )
    assert (result.size, result.sha256, result.path) == (len(DATA), DATA_SHA256, target)
    assert target.read_bytes() == DATA
    assert listing(tmp_path) == ["out.bin"]
    assert progress[-1] == (len(DATA), len(DATA))


@pytest.mark.anyio
async def test_async_download_failing_mid_stream_leaves_no_file(httpx2_mock: HTTPXMock, tmp_path: Path) -> None:
    target = tmp_path / "existing.bin"
    target.write_bytes(b"previous version")
    httpx2_mock.add_response(url=STORAGE_URL, stream=BrokenBody(chunks_of(DATA)[:20]))
    async with async_storage_client() as client:
        with pytest.raises(APIConnectionError):
            await async_download_to_path(client, STORAGE_URL, target, policy=NO_RETRY)
    assert listing(tmp_path) == ["existing.bin"]
    assert target.read_bytes() == b"previous version"


@pytest.mark.anyio
async def test_async_download_checksum_mismatch_leaves_no_file(httpx2_mock: HTTPXMock, tmp_path: Path) -> None:
    httpx2_mock.add_response(url=STORAGE_URL, stream=IteratorStream(chunks_of(DATA)))
    httpx2_mock.add_response(url=STORAGE_URL, status_code=404)
    async with async_storage_client() as client:
        with pytest.raises(ResponseValidationError, match="sha256"):
            await async_download_to_path(
                client, STORAGE_URL, tmp_path / "x", expected_sha256=hashlib.sha256().hexdigest()
            )
        with pytest.raises(NotFoundError):
            await async_download_to_path(client, STORAGE_URL, tmp_path / "x")
    assert listing(tmp_path) == []


@pytest.mark.anyio
async def test_async_download_to_bytes_without_credentials(httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_response(url=STORAGE_URL, stream=BrokenBody([b"par"]))
    httpx2_mock.add_response(url=STORAGE_URL, stream=IteratorStream([b"abc", b"def"]))
    async with httpx2.AsyncClient(headers={"X-Api-Key": API_KEY}) as client:
        data = await async_download_to_bytes(client, STORAGE_URL, expected_size=6, policy=NO_WAIT)
    assert data == b"abcdef"
    for request in httpx2_mock.get_requests():
        assert_no_credentials(request)
