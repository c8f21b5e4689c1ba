"""The handler types: what `wait_for_completion` and `stream` call when a workflow needs the human."""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable
from typing import TypeAlias

from ._errors import InvalidInputError
from ._interactions import Interaction, OAuthRequest
from .answers import Answer

__all__ = [
    "AsyncInteractionHandler",
    "AsyncOAuthHandler",
    "InteractionHandler",
    "OAuthHandler",
    "async_settle",
    "settle",
]

InteractionHandler: TypeAlias = Callable[[Interaction], Answer]
"""Called once per new prompt; returns the answer (see `agentplug.nat.answers`)."""

AsyncInteractionHandler: TypeAlias = Callable[[Interaction], Answer | Awaitable[Answer]]
"""`InteractionHandler` for the async client: a plain function or a coroutine function."""

OAuthHandler: TypeAlias = Callable[[OAuthRequest], object]
"""Called once per OAuth consent request (e.g. to open `auth_url` in a browser); its result is ignored."""

AsyncOAuthHandler: TypeAlias = Callable[[OAuthRequest], object | Awaitable[object]]
"""`OAuthHandler` for the async client: a plain function or a coroutine function."""


async def async_settle(value: object) -> object:
    """A handler's return value, awaited when the handler is a coroutine function."""
    if inspect.isawaitable(value):
        return await value
    return value


def settle(value: object) -> object:
    """A sync handler's return value (a coroutine means an async handler given to the sync client)."""
    if inspect.isawaitable(value):
        close = getattr(value, "close", None)
        if callable(close):
            close()  # no "never awaited" warning for a mistake reported here
        raise InvalidInputError("this handler is a coroutine function: use it with the async client (AsyncNAT)")
    return value
