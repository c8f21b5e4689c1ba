"""The Agent Connect Protocol (ACP 0.2.3) client: `ACP` (blocking) and `AsyncACP`.

    from agentplug.acp import ACP

    with ACP(base_url="http://localhost:8000") as client:          # or ACP_BASE_URL / ACP_API_KEY
        agent = next(iter(client.agents.search(name="echo")))
        run = client.runs.create_and_wait(agent_id=agent.agent_id, input={"messages": [...]})
        print(run.status, run.values)

Runs on a thread: `client.threads.runs(thread_id)` has the same operations as `client.runs`.
Generated models (attrs) come from `agentplug_acp_client.models`; the common ones are re-exported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from agentplug_acp_client.models import (
    Agent,
    AgentACPDescriptor,
    CustomRunResultUpdate,
    RunError,
    RunInterrupt,
    RunResult,
    RunStatus,
    Thread,
    ThreadState,
    ValueRunErrorUpdate,
    ValueRunInterruptUpdate,
    ValueRunResultUpdate,
)

from ._async.client import AsyncACP
from ._async.run import AsyncRun
from ._async.runs import AsyncRuns, AsyncThreadRuns
from ._async.stream import AsyncRunEvent, AsyncRunStream
from ._sync.client import ACP
from ._sync.run import Run
from ._sync.runs import Runs, ThreadRuns
from ._sync.stream import RunEvent, RunStream
from ._wire import Interrupt, RunFinished, RunOptions, RunUpdate, UnknownRunEvent

if TYPE_CHECKING:
    from ._codegen import InvalidDescriptorError, codegen

__all__ = [
    "ACP",
    "Agent",
    "AgentACPDescriptor",
    "AsyncACP",
    "AsyncRun",
    "AsyncRunEvent",
    "AsyncRunStream",
    "AsyncRuns",
    "AsyncThreadRuns",
    "CustomRunResultUpdate",
    "Interrupt",
    "InvalidDescriptorError",
    "Run",
    "RunError",
    "RunEvent",
    "RunFinished",
    "RunInterrupt",
    "RunOptions",
    "RunResult",
    "RunStatus",
    "RunStream",
    "RunUpdate",
    "Runs",
    "Thread",
    "ThreadRuns",
    "ThreadState",
    "UnknownRunEvent",
    "ValueRunErrorUpdate",
    "ValueRunInterruptUpdate",
    "ValueRunResultUpdate",
    "codegen",
]


def __getattr__(name: str) -> Any:
    # Code generation needs the optional `codegen` extra: imported only when asked for.
    if name in ("codegen", "InvalidDescriptorError"):
        from . import _codegen

        return getattr(_codegen, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
