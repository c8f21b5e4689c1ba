"""pydantic v2 models equivalent to the ACP schemas that RunWaitResponseStateful touches.

The yardstick for scripts/bench/parse.py: same types (ids as text, datetimes, enums, discriminated
unions on `type`), unknown fields kept (extra="allow"), as the generated attrs models do.
"""

from __future__ import annotations

import datetime
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class _Model(BaseModel):
    model_config = ConfigDict(extra="allow")


class RunStatus(StrEnum):
    pending = "pending"
    error = "error"
    success = "success"
    timeout = "timeout"
    interrupted = "interrupted"


class StreamingMode(StrEnum):
    values = "values"
    custom = "custom"


class MessageTextBlock(_Model):
    type: Literal["text"]
    text: str
    metadata: dict[str, Any] | None = None


class MessageAnyBlock(_Model):
    type: str
    metadata: dict[str, Any] | None = None


def _block_tag(value: Any) -> str:
    tag = value.get("type") if isinstance(value, dict) else getattr(value, "type", None)
    return "text" if tag == "text" else "any"


from pydantic import Discriminator, Tag  # noqa: E402

MessageContentBlock = Annotated[
    Annotated[MessageTextBlock, Tag("text")] | Annotated[MessageAnyBlock, Tag("any")],
    Discriminator(_block_tag),
]


class Message(_Model):
    role: str
    content: str | list[MessageContentBlock]
    id: str | None = None
    metadata: dict[str, Any] | None = None


class RunConfig(_Model):
    tags: list[str] | None = None
    recursion_limit: int | None = None
    configurable: Any = None


class RunCreateStateful(_Model):
    agent_id: str | None = None
    input: Any = None
    metadata: dict[str, Any] | None = None
    config: RunConfig | None = None
    webhook: str | None = None
    stream_mode: list[StreamingMode] | StreamingMode | None = None
    on_disconnect: Literal["cancel", "continue"] = "cancel"
    multitask_strategy: Literal["reject", "rollback", "interrupt", "enqueue"] = "reject"
    after_seconds: int | None = None
    stream_subgraphs: bool = False
    if_not_exists: Literal["create", "reject"] = "reject"


class RunStateful(_Model):
    run_id: str
    thread_id: str | None = None
    agent_id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    status: RunStatus
    creation: RunCreateStateful


class RunResult(_Model):
    type: Literal["result"]
    values: Any = None
    messages: list[Message] | None = None


class RunInterrupt(_Model):
    type: Literal["interrupt"]
    interrupt: Any


class RunError(_Model):
    type: Literal["error"]
    run_id: str
    errcode: int
    description: str


class RunWaitResponseStateful(_Model):
    run: RunStateful | None = None
    output: Annotated[RunResult | RunInterrupt | RunError, Field(discriminator="type")] | None = None
