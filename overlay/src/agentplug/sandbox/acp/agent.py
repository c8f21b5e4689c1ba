"""The built-in echo agent: its ACP descriptor and its behaviour.

It echoes the last human message of ``input.messages`` (``{"type": "human", "content": "hi"}``),
or a scalar/other input as given. ``config.configurable`` options:

- ``to_upper`` / ``to_lower``: change the case of the echoed text;
- ``interrupt_count``: interrupt that many times (interrupt type ``echo_interrupt``), each
  answered by a resume payload ``{"messages": [...]}`` whose messages join the conversation;
- ``sleep_secs``: take that long (before each interrupt and before the answer);
- ``raise_error``: fail with this message;
- ``extra_values``: emit that many more ``values`` updates after the first one (the
  conversation plus ``"step": 1..N``), all at once, before the answer: a chat run then streams
  N + 2 values events (load tests of streams).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from .schemas import MESSAGE

__all__ = [
    "CONFIG_SCHEMA",
    "ECHO_AGENT",
    "ECHO_AGENT_ID",
    "INPUT_SCHEMA",
    "INTERRUPT_TYPE",
    "AgentError",
    "AgentSpec",
    "Outcome",
    "RunContext",
    "echo_content",
    "echo_scalar",
    "fail_if_asked",
    "is_chat",
    "reply",
]

ECHO_AGENT_ID = "5a3b0c2e-7d41-4f6a-9e8b-1c2d3e4f5a6b"
INTERRUPT_TYPE = "echo_interrupt"

_CHAT_MESSAGE: dict[str, Any] = {
    "type": "object",
    "required": ["content"],
    "properties": {
        "type": {"type": "string"},
        "role": {"type": "string"},
        "content": MESSAGE["properties"]["content"],
    },
}
_CHAT: dict[str, Any] = {
    "type": "object",
    "required": ["messages"],
    "properties": {"messages": {"type": "array", "items": _CHAT_MESSAGE}},
}
_NOT_CHAT: dict[str, Any] = {"type": ["string", "number", "integer", "boolean", "array"]}
_OBJECT_WITHOUT_MESSAGES: dict[str, Any] = {"type": "object", "not": {"type": "object", "required": ["messages"]}}

_MAX_EXTRA_VALUES = 100_000
INPUT_SCHEMA: dict[str, Any] = {"anyOf": [_CHAT, _NOT_CHAT, _OBJECT_WITHOUT_MESSAGES]}
CONFIG_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "to_upper": {"type": "boolean"},
        "to_lower": {"type": "boolean"},
        "interrupt_count": {"type": "integer", "minimum": 0, "maximum": 100},
        "sleep_secs": {"type": "number", "minimum": 0, "maximum": 3600},
        "raise_error": {"type": "string"},
        "extra_values": {"type": "integer", "minimum": 0, "maximum": _MAX_EXTRA_VALUES},
    },
}
_CUSTOM_UPDATE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["echo"],
    "properties": {"echo": {}, "step": {"type": "string"}},
}


class AgentError(Exception):
    """The agent failed; the run ends with status ``error``."""


@dataclass(frozen=True)
class Outcome:
    """An agent's answer, with the thread state it leaves when that is more than the answer."""

    values: Any
    state: Any


class RunContext(Protocol):
    """What an agent sees of its run (implemented by the run engine)."""

    input: Any
    configurable: dict[str, Any]
    previous_values: Any

    async def emit_values(self, values: Any) -> None: ...

    async def emit_custom(self, update: dict[str, Any]) -> None: ...

    async def interrupt(self, interrupt_type: str, payload: Any) -> Any: ...

    async def sleep(self, seconds: float) -> None: ...


@dataclass(frozen=True)
class AgentSpec:
    """An agent the sandbox serves: identity, ACP descriptor specs, and its run function."""

    agent_id: str
    name: str
    version: str
    description: str
    specs: dict[str, Any]
    run: Callable[[RunContext], Awaitable[Any]]
    resume_schemas: dict[str, dict[str, Any]] = field(default_factory=dict)
    locator: str | None = None

    def to_agent(self) -> dict[str, Any]:
        return {"agent_id": self.agent_id, "metadata": self._metadata()}

    def to_descriptor(self) -> dict[str, Any]:
        return {"metadata": self._metadata(), "specs": self.specs}

    def _metadata(self) -> dict[str, Any]:
        ref = {"name": self.name, "version": self.version}
        if self.locator is not None:
            ref["url"] = self.locator
        return {"ref": ref, "description": self.description}

    @property
    def input_schema(self) -> dict[str, Any]:
        schema: dict[str, Any] = self.specs["input"]
        return schema

    @property
    def config_schema(self) -> dict[str, Any]:
        schema: dict[str, Any] = self.specs["config"]
        return schema


def _transform(text: str, options: dict[str, Any]) -> str:
    if options.get("to_upper") is True:
        return text.upper()
    if options.get("to_lower") is True:
        return text.lower()
    return text


def echo_content(content: Any, options: dict[str, Any]) -> Any:
    if isinstance(content, str):
        return _transform(content, options)
    if isinstance(content, list):
        return [
            {**block, "text": _transform(block["text"], options)}
            if isinstance(block, dict) and block.get("type") == "text" and isinstance(block.get("text"), str)
            else block
            for block in content
        ]
    return content


def _last_human(messages: list[dict[str, Any]]) -> dict[str, Any] | None:
    for message in reversed(messages):
        if message.get("type") == "human" or message.get("role") in ("human", "user"):
            found: dict[str, Any] = message
            return found
    return None


def reply(messages: list[dict[str, Any]], options: dict[str, Any]) -> dict[str, Any]:
    human = _last_human(messages)
    content = echo_content(human["content"], options) if human is not None else ""
    return {"type": "assistant", "content": content}


def is_chat(value: Any) -> bool:
    return isinstance(value, dict) and "messages" in value


async def echo_scalar(ctx: RunContext, *, custom: bool = True) -> Any:
    """A run whose input is not a chat: interrupts with no messages, then the input echoed."""
    options = ctx.configurable
    sleep_secs = float(options.get("sleep_secs", 0))
    for _ in range(int(options.get("interrupt_count", 0))):
        await ctx.sleep(sleep_secs)
        await ctx.interrupt(INTERRUPT_TYPE, {"messages": []})
    await ctx.sleep(sleep_secs)
    fail_if_asked(options)
    result = _transform(ctx.input, options) if isinstance(ctx.input, str) else ctx.input
    if custom:
        await ctx.emit_custom({"step": "echo", "echo": result})
    return result


async def _run_echo(ctx: RunContext) -> Any:
    options = ctx.configurable
    count = int(options.get("interrupt_count", 0))
    sleep_secs = float(options.get("sleep_secs", 0))
    if not is_chat(ctx.input):
        return await echo_scalar(ctx)
    previous = ctx.previous_values
    history = (
        list(previous["messages"]) if isinstance(previous, dict) and isinstance(previous.get("messages"), list) else []
    )
    messages = [*history, *ctx.input["messages"]]
    await ctx.emit_values({"messages": messages})
    for step in range(1, int(options.get("extra_values", 0)) + 1):
        await ctx.emit_values({"messages": messages, "step": step})
    for _ in range(count):
        await ctx.sleep(sleep_secs)
        answer = await ctx.interrupt(INTERRUPT_TYPE, {"messages": [*messages, reply(messages, options)]})
        messages = messages + list(answer["messages"])
        await ctx.emit_values({"messages": messages})
    await ctx.sleep(sleep_secs)
    fail_if_asked(options)
    answer = reply(messages, options)
    await ctx.emit_custom({"step": "echo", "echo": answer["content"]})
    return {"messages": [*messages, answer]}


def fail_if_asked(options: dict[str, Any]) -> None:
    message = options.get("raise_error")
    if isinstance(message, str):
        raise AgentError(message)


ECHO_AGENT = AgentSpec(
    agent_id=ECHO_AGENT_ID,
    name="agentplug.sandbox.echo",
    version="1.0.0",
    description=(
        "Echoes the last human message of input.messages (or a scalar input as given). "
        "config.configurable: to_upper, to_lower, interrupt_count, sleep_secs, raise_error, extra_values."
    ),
    specs={
        "capabilities": {
            "threads": True,
            "interrupts": True,
            "callbacks": True,
            "streaming": {"values": True, "custom": True},
        },
        "input": INPUT_SCHEMA,
        "output": INPUT_SCHEMA,
        "config": CONFIG_SCHEMA,
        "custom_streaming_update": _CUSTOM_UPDATE_SCHEMA,
        "thread_state": INPUT_SCHEMA,
        "interrupts": [
            {"interrupt_type": INTERRUPT_TYPE, "interrupt_payload": _CHAT, "resume_payload": _CHAT},
        ],
    },
    run=_run_echo,
    resume_schemas={INTERRUPT_TYPE: _CHAT},
)
