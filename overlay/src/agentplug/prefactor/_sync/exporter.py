# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""The telemetry exporter: sends the queue as bulk requests, one at a time, in order.

A full batch goes out as soon as it is complete; a partial one after `flush_interval`, on
`flush()` and at close. One request is in flight at a time, so batches reach the server in the
order their items were queued. Retries happen in the transport only (same body, same keys),
within `TelemetryConfig.request_timeout` per request. Consecutive server failures open the
buffer's circuit breaker: sending pauses for the cooldown, and close() does not wait for it.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from agentplug._core._options import use_options
from agentplug.errors import AgentplugError

from .._telemetry import Item, TelemetryBuffer, TelemetryConfig, server_failed
from .._workers import Worker
from .bulk import Bulk

__all__ = ["Exporter"]

logger = logging.getLogger("agentplug.prefactor")


class Exporter:
    def __init__(self, bulk: Bulk, buffer: TelemetryBuffer, config: TelemetryConfig, worker: Worker) -> None:
        self._bulk = bulk
        self._buffer = buffer
        self._config = config
        self._worker = worker
        self._requested = 0  # flush() calls so far
        self._served = 0  # flush() calls whose items have all been sent

    def ensure_started(self) -> None:
        self._worker.start(self._run)

    def _run(self) -> None:
        last_flush = time.monotonic()
        while True:
            self._worker.wait(self._config.flush_interval)
            requested = self._requested
            stopping = self._worker.stopping
            force = stopping or requested > self._served or time.monotonic() - last_flush >= self._config.flush_interval
            self._drain(force)
            if force:
                last_flush = time.monotonic()
                self._served = requested
                self._worker.drained()
            if stopping and (self._buffer.pending() == 0 or self._buffer.breaker.open):
                return  # an unanswering server is not waited for: close() drops what is left

    def _drain(self, force: bool) -> None:
        while True:
            pending = self._buffer.pending()
            if pending == 0 or (pending < self._config.batch_size and not force):
                return
            if not self._buffer.breaker.allow():
                return  # items wait in the queue (bounded) until the cooldown ends
            self._send(self._buffer.take())

    def _send(self, batch: list[Item]) -> None:
        items, body = self._buffer.wire_items(batch)
        if not items:
            return
        self._buffer.count_request()
        breaker = self._buffer.breaker
        try:
            with use_options(deadline=self._config.request_timeout):
                outputs: dict[str, Any] = self._bulk.send_items(body, retries=self._config.max_retries)
        except AgentplugError as exc:
            if server_failed(exc):
                breaker.failure()
            else:
                breaker.success()
            self._buffer.record_failure(items, exc)
            return
        except Exception as exc:  # never let the exporter die: the caller's program must go on
            logger.exception("prefactor telemetry: unexpected error while sending")
            self._buffer.record_failure(items, exc)
            return
        breaker.success()
        unprocessed = self._buffer.record_outputs(items, outputs)
        if unprocessed:
            self._buffer.requeue(unprocessed)

    def flush(self, timeout: float | None = None) -> bool:
        """Send everything queued so far; False when `timeout` seconds passed first."""
        if not self._worker.started:
            return self._buffer.pending() == 0
        self._requested += 1
        target = self._requested
        return self._worker.wait_drained(lambda: self._served >= target, timeout)

    def close(self) -> None:
        """Drain the queue (up to `shutdown_timeout`), then stop; what is left is dropped and counted."""
        if not self._worker.join(self._config.shutdown_timeout) or self._buffer.pending():
            self._buffer.drop_remaining()
