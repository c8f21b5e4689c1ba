"""The primitives whose blocking and async forms differ by more than `await`: sleeping, and blocking work.

The core's `_async/` sources call the `async_` forms; their generated `_sync/` twins call the plain
ones (the naming rule of `scripts/unasync_overlay.py`), so this is the one hand-written pair.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

import anyio
import anyio.to_thread

__all__ = ["async_run_blocking", "async_sleep", "run_blocking", "sleep"]

T = TypeVar("T")


async def async_sleep(seconds: float) -> None:
    """Wait without blocking the event loop (asyncio and trio alike)."""
    await anyio.sleep(seconds)


def sleep(seconds: float) -> None:
    time.sleep(seconds)


async def async_run_blocking(func: Callable[[], T], *, in_thread: bool = True) -> T:
    """`func()` in a worker thread when it does blocking (file) work, else right here (no thread hop for memory)."""
    return await anyio.to_thread.run_sync(func) if in_thread else func()


def run_blocking(func: Callable[[], T], *, in_thread: bool = True) -> T:
    """`func()`, here: blocking code may block."""
    return func()
