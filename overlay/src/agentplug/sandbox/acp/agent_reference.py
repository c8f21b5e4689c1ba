"""The echo agent as the reference server's echo agent behaves (recorded exchanges).

Same identity and options as `ECHO_AGENT`, with the reference agent's ways:

- the thread state carries the agent's internal keys (``to_upper``, ``to_lower``, ``sleep_secs``,
  ``interrupt_left``) next to ``messages``; the first values event shows that state, the answer
  (``output.values``) holds ``messages`` only;
- a run on a thread starts from its own input: the thread's earlier messages are not part of the
  conversation, but a case option once set stays set on the thread;
- it interrupts at once and sleeps ``sleep_secs`` after each resume (and, as an extension of
  this sandbox, before answering a run without interrupts, so that slow runs can be had);
- an answer to an interrupt replaces the conversation with the resume messages;
- the resume schema lets ``messages`` be null, and the agent then fails (``'NoneType' object is
  not iterable``);
- its descriptor declares ``callbacks: false``, ``streaming: null``, no custom update or thread
  state schema, and a scheme-less ``ref.url``.
"""

from __future__ import annotations

import copy
import dataclasses
from typing import Any

from .agent import (
    CONFIG_SCHEMA,
    ECHO_AGENT,
    INPUT_SCHEMA,
    INTERRUPT_TYPE,
    AgentError,
    Outcome,
    RunContext,
    echo_scalar,
    fail_if_asked,
    is_chat,
    reply,
)

__all__ = ["REFERENCE_ECHO_AGENT"]

_MESSAGE: dict[str, Any] = {
    "type": "object",
    "required": ["type", "content"],
    "properties": {"type": {"type": "string"}, "content": {"type": "string"}},
}
_NULLABLE_CHAT: dict[str, Any] = {
    "type": "object",
    "required": ["messages"],
    "properties": {"messages": {"anyOf": [{"type": "array", "items": _MESSAGE}, {"type": "null"}]}},
}
_STICKY = ("to_upper", "to_lower")
# Chat messages must say who speaks, with the reference agent's three originators.
_INPUT_SCHEMA = copy.deepcopy(INPUT_SCHEMA)
_CHAT_TYPE = _INPUT_SCHEMA["anyOf"][0]["properties"]["messages"]["items"]["properties"]["type"]
_CHAT_TYPE["enum"] = ["human", "assistant", "ai"]


def _state(ctx: RunContext) -> dict[str, Any]:
    options = ctx.configurable
    previous = ctx.previous_values if isinstance(ctx.previous_values, dict) else {}
    state: dict[str, Any] = {"messages": list(ctx.input["messages"])}
    for key in _STICKY:
        state[key] = options.get(key) is True or previous.get(key) is True
    state["sleep_secs"] = options.get("sleep_secs", 0)
    state["interrupt_left"] = int(options.get("interrupt_count", 0))
    return state


async def _run_reference_echo(ctx: RunContext) -> Any:
    if not is_chat(ctx.input):
        return await echo_scalar(ctx, custom=False)
    state = _state(ctx)
    options = {**ctx.configurable, **{key: state[key] for key in _STICKY}}
    sleep_secs = float(options.get("sleep_secs", 0))
    messages: list[dict[str, Any]] = state["messages"]
    await ctx.emit_values(dict(state))
    for step in range(1, int(options.get("extra_values", 0)) + 1):
        await ctx.emit_values({"messages": messages, "step": step})
    if state["interrupt_left"] == 0:
        await ctx.sleep(sleep_secs)  # (an extension: the reference agent sleeps after resumes only)
    while state["interrupt_left"] > 0:
        answer = await ctx.interrupt(INTERRUPT_TYPE, {"messages": [*messages, reply(messages, options)]})
        state["interrupt_left"] -= 1
        await ctx.sleep(sleep_secs)
        resumed = answer.get("messages") if isinstance(answer, dict) else None
        if not isinstance(resumed, list):
            raise AgentError(f"{type(resumed).__name__!r} object is not iterable")
        messages = list(resumed)
    fail_if_asked(options)
    final = [*messages, reply(messages, options)]
    await ctx.emit_values({"messages": final})
    return Outcome(values={"messages": final}, state={**state, "messages": final})


REFERENCE_ECHO_AGENT = dataclasses.replace(
    ECHO_AGENT,
    specs={
        "capabilities": {"threads": True, "interrupts": True, "callbacks": False, "streaming": None},
        "input": _INPUT_SCHEMA,
        "output": _INPUT_SCHEMA,
        "custom_streaming_update": None,
        "thread_state": None,
        "config": CONFIG_SCHEMA,
        "interrupts": [
            {"interrupt_type": INTERRUPT_TYPE, "interrupt_payload": _NULLABLE_CHAT, "resume_payload": _NULLABLE_CHAT}
        ],
    },
    run=_run_reference_echo,
    resume_schemas={INTERRUPT_TYPE: _NULLABLE_CHAT},
    locator="sandbox.agentplug.invalid/acp//echo-agent",
)
