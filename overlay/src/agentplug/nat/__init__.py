"""NAT (NeMo Agent Toolkit) interactive HTTP: workflows that pause for a human or an OAuth sign-in.

    from agentplug.nat import NAT, answers

    with NAT(base_url="http://127.0.0.1:8000") as client:
        execution = client.run("hello")                      # 200 (done) or 202 (paused)
        result = execution.wait_for_completion(
            on_interaction=lambda i: "my note" if i.input_type == "text" else answers.approve(),
        )

`AsyncNAT` is the same with `await` / `async for`. Models: `agentplug.nat.models`; answer
builders: `agentplug.nat.answers`; terminal handlers: `agentplug.nat.console`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from agentplug._core._http import HTTPSettings

    from . import answers, console, models
    from ._async.client import AsyncNAT
    from ._async.execution import AsyncExecution
    from ._async.stream import AsyncWorkflowStream
    from ._errors import (
        ExecutionNotFoundError,
        InteractionNotFoundError,
        InteractionResolvedError,
        InvalidAnswerError,
        InvalidInputError,
        NoPendingInteractionError,
        StaleInteractionError,
    )
    from ._handlers import AsyncInteractionHandler, AsyncOAuthHandler, InteractionHandler, OAuthHandler
    from ._interactions import Interaction, OAuthRequest
    from ._sync.client import NAT
    from ._sync.execution import Execution
    from ._sync.stream import WorkflowStream
    from .events import InteractionRequired, OAuthRequired, Output, StreamEvent

# Every public name loads its module on first use (PEP 562): `import agentplug.nat` and building a
# client import neither httpx2 nor the models; they come with the first request.
_HOMES = {
    "NAT": "._sync.client",
    "Execution": "._sync.execution",
    "WorkflowStream": "._sync.stream",
    "AsyncNAT": "._async.client",
    "HTTPSettings": "agentplug._core._http",
    "AsyncExecution": "._async.execution",
    "AsyncWorkflowStream": "._async.stream",
    "ExecutionNotFoundError": "._errors",
    "InteractionNotFoundError": "._errors",
    "InteractionResolvedError": "._errors",
    "InvalidAnswerError": "._errors",
    "InvalidInputError": "._errors",
    "NoPendingInteractionError": "._errors",
    "StaleInteractionError": "._errors",
    "AsyncInteractionHandler": "._handlers",
    "AsyncOAuthHandler": "._handlers",
    "InteractionHandler": "._handlers",
    "OAuthHandler": "._handlers",
    "Interaction": "._interactions",
    "OAuthRequest": "._interactions",
    "InteractionRequired": ".events",
    "OAuthRequired": ".events",
    "Output": ".events",
    "StreamEvent": ".events",
}
_SUBMODULES = ("answers", "console", "models")

__all__ = [
    "NAT",
    "AsyncExecution",
    "AsyncInteractionHandler",
    "AsyncNAT",
    "AsyncOAuthHandler",
    "AsyncWorkflowStream",
    "Execution",
    "ExecutionNotFoundError",
    "HTTPSettings",
    "Interaction",
    "InteractionHandler",
    "InteractionNotFoundError",
    "InteractionRequired",
    "InteractionResolvedError",
    "InvalidAnswerError",
    "InvalidInputError",
    "NoPendingInteractionError",
    "OAuthHandler",
    "OAuthRequest",
    "OAuthRequired",
    "Output",
    "StaleInteractionError",
    "StreamEvent",
    "WorkflowStream",
    "answers",
    "console",
    "models",
]


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:
        return importlib.import_module(f"{__name__}.{name}")
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(home, __name__), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
