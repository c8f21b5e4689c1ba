"""Best-effort delivery of run status changes to the run's webhook URL."""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import logging
from typing import Any
from urllib.parse import urlsplit

import httpx2

__all__ = ["WebhookSender", "is_loopback_url"]

_logger = logging.getLogger("agentplug.sandbox.acp.webhooks")


def is_loopback_url(url: str) -> bool:
    """Whether url points at this machine (localhost, 127.0.0.0/8 or ::1)."""
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return False
    if host is None:
        return False
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class WebhookSender:
    """POSTs run snapshots in order, one at a time; failures are logged, never raised."""

    def __init__(self, *, timeout: float, allow_remote: bool) -> None:
        self._timeout = timeout
        self._allow_remote = allow_remote
        self._queue: asyncio.Queue[tuple[str, dict[str, Any]]] | None = None
        self._worker: asyncio.Task[None] | None = None

    def send(self, url: str, run: dict[str, Any]) -> None:
        """Queue a POST of run to url (call from the server's event loop)."""
        if not self._allow_remote and not is_loopback_url(url):
            _logger.warning("webhook skipped: only loopback hosts receive webhooks from this sandbox")
            return
        if self._queue is None:
            self._queue = asyncio.Queue()
        if self._worker is None or self._worker.done():
            self._worker = asyncio.create_task(self._deliver_all(self._queue))
        self._queue.put_nowait((url, run))

    async def _deliver_all(self, queue: asyncio.Queue[tuple[str, dict[str, Any]]]) -> None:
        async with httpx2.AsyncClient(timeout=self._timeout, follow_redirects=False, trust_env=False) as client:
            while True:
                url, run = await queue.get()
                try:
                    response = await client.post(url, json=run)
                    if response.status_code >= 300:
                        _logger.warning("webhook answered %s for run %s", response.status_code, run.get("run_id"))
                except httpx2.HTTPError as exc:
                    _logger.warning("webhook failed for run %s: %s", run.get("run_id"), type(exc).__name__)
                finally:
                    queue.task_done()

    async def drain(self, timeout: float = 5.0) -> None:
        """Wait until queued webhooks have been attempted (bounded)."""
        if self._queue is not None and self._worker is not None and not self._worker.done():
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._queue.join(), timeout)

    async def close(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._worker
            self._worker = None
