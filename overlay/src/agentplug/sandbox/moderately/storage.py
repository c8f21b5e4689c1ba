"""Presigned object storage on its own origin, like S3: expiring HMAC-signed URLs, bytes on disk.

A URL signs the method, the object key, the expiry time and (for uploads) the exact
Content-Type the upload must carry; changing any of them, or using it after it expired, gets a
403. Requests carrying an ``Authorization`` header are refused, so a client that leaks the
platform's credentials to storage is caught. Bodies stream to and from disk in chunks, so
multi-gigabyte objects never sit in memory.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import os
import secrets
import shutil
import tempfile
import threading
import time
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Route

__all__ = ["ObjectStore", "StorageError", "StoredObject", "create_storage_app"]


@dataclass(frozen=True)
class StoredObject:
    key: str
    size: int
    sha256: str
    content_type: str
    path: Path


class StorageError(Exception):
    def __init__(self, status_code: int, code: str, message: str) -> None:
        super().__init__(status_code, code, message)
        self.status_code = status_code
        self.code = code
        self.message = message


class ObjectStore:
    """Objects by key, kept as files in one directory; presigns and checks URLs."""

    def __init__(self, directory: str | None = None, *, ttl_seconds: float = 900.0) -> None:
        self._owned = directory is None
        self._dir = Path(directory or tempfile.mkdtemp(prefix="agentplug-moderately-storage-"))
        self._dir.mkdir(parents=True, exist_ok=True)
        self._key = secrets.token_bytes(32)
        self._ttl = ttl_seconds
        self._lock = threading.Lock()
        self._objects: dict[str, StoredObject] = {}
        self.base_url = ""

    # -- URLs ------------------------------------------------------------------------------
    def _signature(self, method: str, key: str, expires: int, content_type: str) -> str:
        message = f"{method}\n{key}\n{expires}\n{content_type}".encode()
        return hmac.new(self._key, message, hashlib.sha256).hexdigest()

    def presign(
        self, method: str, key: str, *, content_type: str = "", ttl_seconds: float | None = None
    ) -> tuple[str, str]:
        """(URL, expiry as RFC 3339) for one method on one object."""
        expires = math.ceil(time.time() + (self._ttl if ttl_seconds is None else ttl_seconds))
        signature = self._signature(method, key, expires, content_type)
        url = f"{self.base_url}/objects/{quote(key, safe='/')}?expires={expires}&signature={signature}"
        expiry = datetime.fromtimestamp(expires, UTC).isoformat().replace("+00:00", "Z")
        return url, expiry

    def verify(self, method: str, key: str, query: Mapping[str, str], content_type: str) -> None:
        """Raise StorageError unless the query signs exactly this request and has not expired."""
        try:
            expires = int(query.get("expires", ""))
        except ValueError:
            raise StorageError(403, "AccessDenied", "The URL is not presigned") from None
        given = query.get("signature", "")
        expected = self._signature(method, key, expires, content_type)
        if not hmac.compare_digest(given.encode(), expected.encode()):
            raise StorageError(403, "SignatureDoesNotMatch", "The signature does not match this request")
        if time.time() > expires:
            raise StorageError(403, "ExpiredToken", "The URL has expired")

    # -- objects ---------------------------------------------------------------------------
    def _file(self, key: str) -> Path:
        return self._dir / hashlib.sha256(key.encode()).hexdigest()

    def info(self, key: str) -> StoredObject | None:
        with self._lock:
            return self._objects.get(key)

    async def receive(self, key: str, content_type: str, chunks: AsyncIterator[bytes]) -> StoredObject:
        """Store a streamed body (to a temporary file first, so a broken upload leaves nothing)."""
        digest = hashlib.sha256()
        size = 0
        fd, temp = tempfile.mkstemp(dir=self._dir, prefix=".upload-")
        try:
            with os.fdopen(fd, "wb") as out:
                async for chunk in chunks:
                    digest.update(chunk)
                    out.write(chunk)
                    size += len(chunk)
            target = self._file(key)
            os.replace(temp, target)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
        stored = StoredObject(key, size, digest.hexdigest(), content_type, target)
        with self._lock:
            self._objects[key] = stored
        return stored

    def put_bytes(self, key: str, data: bytes, content_type: str) -> StoredObject:
        target = self._file(key)
        target.write_bytes(data)
        stored = StoredObject(key, len(data), hashlib.sha256(data).hexdigest(), content_type, target)
        with self._lock:
            self._objects[key] = stored
        return stored

    def delete(self, key: str) -> None:
        with self._lock:
            stored = self._objects.pop(key, None)
        if stored is not None:
            stored.path.unlink(missing_ok=True)

    def close(self) -> None:
        with self._lock:
            self._objects.clear()
        if self._owned:
            shutil.rmtree(self._dir, ignore_errors=True)


def _error(exc: StorageError) -> Response:
    return JSONResponse({"error": {"code": exc.code, "message": exc.message}}, status_code=exc.status_code)


def create_storage_app(store: ObjectStore) -> Starlette:
    """The storage origin: ``PUT`` / ``GET`` / ``HEAD /objects/{key}`` with presigned query strings."""

    async def objects(request: Request) -> Response:
        key = str(request.path_params["key"])
        try:
            if "authorization" in request.headers:
                raise StorageError(400, "InvalidRequest", "Presigned requests must not carry an Authorization header")
            if request.method == "PUT":
                content_type = request.headers.get("content-type", "")
                store.verify("PUT", key, request.query_params, content_type)
                await store.receive(key, content_type, request.stream())
                return Response(status_code=200)
            store.verify("GET", key, request.query_params, "")
            stored = store.info(key)
            if stored is None:
                raise StorageError(404, "NoSuchKey", "The object does not exist")
        except StorageError as exc:
            return _error(exc)
        return FileResponse(stored.path, media_type=stored.content_type or "application/octet-stream")

    return Starlette(routes=[Route("/objects/{key:path}", objects, methods=["GET", "HEAD", "PUT"])])
