"""Where the telemetry exporter runs: a daemon thread (`Worker`) or an asyncio task (`AsyncWorker`).

Both offer the same small surface to the single exporter implementation in `_async/exporter.py`
(and its generated sync twin): `start(body)`, `wake()` from any thread, `wait(timeout)` inside the
body, `drained()` / `wait_drained(check, timeout)` for callers of `flush()`, and `join(timeout)`.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import Awaitable, Callable

__all__ = ["AsyncWorker", "Worker"]


class Worker:
    """The exporter's loop on a daemon thread."""

    def __init__(self, name: str) -> None:
        self._name = name
        self._event = threading.Event()
        self._condition = threading.Condition()
        self._thread: threading.Thread | None = None
        self.stopping = False

    @property
    def started(self) -> bool:
        return self._thread is not None

    def start(self, body: Callable[[], None]) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=body, name=self._name, daemon=True)
            self._thread.start()

    def wake(self) -> None:
        self._event.set()

    def wait(self, timeout: float) -> None:
        self._event.wait(timeout)
        self._event.clear()

    def drained(self) -> None:
        with self._condition:
            self._condition.notify_all()

    def wait_drained(self, check: Callable[[], bool], timeout: float | None) -> bool:
        self.wake()
        with self._condition:
            return self._condition.wait_for(check, timeout)

    def join(self, timeout: float | None) -> bool:
        self.stopping = True
        self.wake()
        if self._thread is None:
            return True
        self._thread.join(timeout)
        return not self._thread.is_alive()


class AsyncWorker:
    """The exporter's loop as a task on the event loop that started it."""

    def __init__(self, name: str) -> None:
        self._name = name
        self._loop: asyncio.AbstractEventLoop | None = None
        self._event: asyncio.Event | None = None
        self._condition: asyncio.Condition | None = None
        self._task: asyncio.Task[None] | None = None
        self.stopping = False

    @property
    def started(self) -> bool:
        return self._task is not None

    def start(self, body: Callable[[], Awaitable[None]]) -> None:
        if self._task is None:
            self._loop = asyncio.get_running_loop()
            self._event = asyncio.Event()
            self._condition = asyncio.Condition()

            async def run() -> None:
                await body()

            self._task = self._loop.create_task(run(), name=self._name)

    def wake(self) -> None:
        loop, event = self._loop, self._event
        if loop is None or event is None or loop.is_closed():
            return
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            event.set()
        else:  # another thread
            loop.call_soon_threadsafe(event.set)

    async def wait(self, timeout: float) -> None:
        assert self._event is not None
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(self._event.wait(), timeout)
        self._event.clear()

    async def drained(self) -> None:
        assert self._condition is not None
        async with self._condition:
            self._condition.notify_all()

    async def wait_drained(self, check: Callable[[], bool], timeout: float | None) -> bool:
        if self._condition is None:
            return check()
        self.wake()
        deadline = None if timeout is None else time.monotonic() + timeout
        async with self._condition:
            while not check():
                left = None if deadline is None else deadline - time.monotonic()
                if left is not None and left <= 0:
                    return False
                try:
                    await asyncio.wait_for(self._condition.wait(), left)
                except TimeoutError:
                    return check()
            return True

    async def join(self, timeout: float | None) -> bool:
        self.stopping = True
        self.wake()
        if self._task is None:
            return True
        done, _ = await asyncio.wait({self._task}, timeout=timeout)
        return bool(done)
