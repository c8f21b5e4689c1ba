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

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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
    from ._codegen import InvalidDescriptorError, codegen
    from ._sync.client import ACP
    from ._sync.run import Run
    from ._sync.runs import Runs, ThreadRuns
    from ._sync.stream import RunEvent, RunStream

# Every public name loads its module on first use (PEP 562): `import agentplug.acp` and `ACP(...)`
# import the blocking client only, not its async twin (and the reverse).
_HOMES = {
    "Agent": "agentplug_acp_client.models",
    "AgentACPDescriptor": "agentplug_acp_client.models",
    "CustomRunResultUpdate": "agentplug_acp_client.models",
    "RunError": "agentplug_acp_client.models",
    "RunInterrupt": "agentplug_acp_client.models",
    "RunResult": "agentplug_acp_client.models",
    "RunStatus": "agentplug_acp_client.models",
    "Thread": "agentplug_acp_client.models",
    "ThreadState": "agentplug_acp_client.models",
    "ValueRunErrorUpdate": "agentplug_acp_client.models",
    "ValueRunInterruptUpdate": "agentplug_acp_client.models",
    "ValueRunResultUpdate": "agentplug_acp_client.models",
    "AsyncACP": "._async.client",
    "AsyncRun": "._async.run",
    "AsyncRuns": "._async.runs",
    "AsyncThreadRuns": "._async.runs",
    "AsyncRunEvent": "._async.stream",
    "AsyncRunStream": "._async.stream",
    "ACP": "._sync.client",
    "Run": "._sync.run",
    "Runs": "._sync.runs",
    "ThreadRuns": "._sync.runs",
    "RunEvent": "._sync.stream",
    "RunStream": "._sync.stream",
    "Interrupt": "._wire",
    "RunFinished": "._wire",
    "RunOptions": "._wire",
    "RunUpdate": "._wire",
    "UnknownRunEvent": "._wire",
    "codegen": "._codegen",
    "InvalidDescriptorError": "._codegen",
}

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
    home = _HOMES.get(name)  # `codegen` needs the optional `codegen` extra: imported only when asked for
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(home, __name__), name)
    globals()[name] = value  # found once, then a plain attribute
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
