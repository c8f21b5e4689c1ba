"""The checkpoints a run leaves on its thread in the reference profile.

The reference server keeps its agent's graph checkpoints: four per run, numbered by one step
counter per thread (the input, the loop start, the config set-up, the agent's answer). Their
metadata says which node wrote what; their values are the agent's whole state.
"""

from __future__ import annotations

from typing import Any

from .store import Checkpoint, RunRecord, ThreadRecord

__all__ = ["reference_history"]


def _default(value: Any) -> Any:
    return False if isinstance(value, bool) else 0 if isinstance(value, int) else value


def _input_state(run: RunRecord, state: Any) -> Any:
    """The run's input as the graph's start node wrote it: the state's other keys at their defaults."""
    given = run.creation.get("input")
    if not isinstance(state, dict) or not isinstance(given, dict):
        return given
    return {"messages": given.get("messages"), **{k: _default(v) for k, v in state.items() if k != "messages"}}


def reference_history(thread: ThreadRecord, run: RunRecord, state: Any) -> list[Checkpoint]:
    first_step = len(thread.checkpoints) - 1
    previous = thread.values if thread.checkpoints else {}
    started = begun = state
    if isinstance(state, dict) and isinstance(run.creation.get("input"), dict):
        started = {**state, "messages": run.creation["input"].get("messages")}
        # Before the config set-up the state is the thread's with the new messages.
        begun = {**(previous if isinstance(previous, dict) else {}), "messages": started["messages"]}
    answer = {"messages": state.get("messages")} if isinstance(state, dict) else state
    config = run.creation.get("config")
    options = config.get("configurable") if isinstance(config, dict) else None
    options = {k: v for k, v in options.items() if k != "thread_id"} if isinstance(options, dict) else {}
    writes: list[tuple[Any, str, dict[str, Any] | None]] = [
        (previous, "input", {"__start__": _input_state(run, state)}),
        (begun, "loop", None),
        (started, "loop", {"setup_config": started}),
        (state, "loop", {"echo_agent": answer}),
    ]
    return [
        Checkpoint(
            values=values,
            metadata={
                "source": source,
                "writes": written,
                "step": first_step + index,
                "parents": {},
                **options,
                "thread_id": thread.thread_id,
            },
        )
        for index, (values, source, written) in enumerate(writes)
    ]
