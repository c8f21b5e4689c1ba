"""NAT-specific exceptions, all within the `agentplug.errors` hierarchy."""

from __future__ import annotations

from typing import TypeVar

from agentplug.errors import AgentplugError, APIStatusError, BadRequestError, NotFoundError

__all__ = [
    "ExecutionNotFoundError",
    "InteractionNotFoundError",
    "InteractionResolvedError",
    "InvalidAnswerError",
    "InvalidInputError",
    "NoPendingInteractionError",
    "StaleInteractionError",
    "retyped",
]


class InvalidInputError(AgentplugError):
    """An argument cannot be turned into a request (e.g. a workflow input of an unusable type)."""


class InvalidAnswerError(InvalidInputError):
    """An answer does not fit its prompt (no such option, a bool for a text prompt, ...)."""


class NoPendingInteractionError(AgentplugError):
    """`respond()` was called while the execution is not waiting for a human answer."""


class StaleInteractionError(APIStatusError):
    """The prompt being answered is no longer waiting for this answer (answered, expired or moved on)."""


class InteractionNotFoundError(StaleInteractionError, NotFoundError):
    """404 on an answer: unknown execution or interaction; the execution may have moved on to a new prompt."""


class InteractionResolvedError(StaleInteractionError, BadRequestError):
    """400 on an answer: the prompt was already resolved (answered before, or its wait timed out)."""


class ExecutionNotFoundError(NotFoundError):
    """404 on an execution: the server does not know it (executions live in its memory: was it restarted?)."""


E = TypeVar("E", bound=APIStatusError)


def retyped(error: APIStatusError, cls: type[E], message: str) -> E:
    """`error` as an instance of the more precise `cls`, with a clearer message."""
    return cls(
        f"{message} (server said: {error.message})",
        status_code=error.status_code,
        headers=error.headers,
        body=error.body,
        code=error.code,
        request_id=error.request_id,
        method=error.method,
        url=error.url,
        request=error.request,
        response=error.response,
    )
