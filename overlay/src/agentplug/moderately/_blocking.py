"""Blocking work (reading a sample file, hashing) from both faces of the client.

The async source calls `async_run_blocking(func)`, which runs `func` in a worker thread; its
generated sync twin calls `run_blocking(func)`, which simply runs it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import anyio.to_thread

__all__ = ["async_run_blocking", "run_blocking"]

T = TypeVar("T")


async def async_run_blocking(func: Callable[[], T]) -> T:
    return await anyio.to_thread.run_sync(func)


def run_blocking(func: Callable[[], T]) -> T:
    return func()
