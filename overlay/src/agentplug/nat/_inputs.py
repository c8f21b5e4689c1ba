"""Sans-I/O building of workflow requests: which path, which body, for an input and an endpoint."""

from __future__ import annotations

from collections.abc import Mapping
from types import ModuleType
from typing import Any, NamedTuple

from ._errors import InvalidInputError

__all__ = ["DEFAULT_ENDPOINT", "Route", "request_for"]

DEFAULT_ENDPOINT = "/v1/workflow"
_CHAT_PATHS = ("/v1/chat", "/v1/chat/completions", "/chat")
_STREAM_SUFFIXES = ("/stream", "/full")


def _path(endpoint: str) -> str:
    if not isinstance(endpoint, str) or not endpoint.strip("/").strip():
        raise InvalidInputError(f"endpoint must be a path such as '/v1/workflow', got {endpoint!r}")
    if "://" in endpoint or "?" in endpoint or "#" in endpoint:
        raise InvalidInputError(f"endpoint must be a path on the server (no scheme, query or fragment): {endpoint!r}")
    return "/" + endpoint.strip().strip("/")


class Route(NamedTuple):
    """Where a run goes: the spec's operation and its path arguments, and the resulting path.

    `operation` is None only for a custom endpoint of several segments, which the spec's
    one-segment `/{endpoint}` cannot name: it is sent to the path the caller gave.
    """

    operation: ModuleType | None
    arguments: dict[str, Any]
    path: str


def _route(path: str) -> Route:
    # Imported here: the package and a client stay importable without the generated layer.
    from agentplug_nat_client.api.chat import chat, chat_completions, chat_stream
    from agentplug_nat_client.api.workflow import (
        run_endpoint,
        run_workflow,
        stream_endpoint,
        stream_workflow,
        stream_workflow_full,
    )

    from agentplug._core._operations import build_request

    named = {
        module.PATH: module
        for module in (run_workflow, stream_workflow, stream_workflow_full, chat, chat_stream, chat_completions)
    }
    operation = named.get(path)
    arguments: dict[str, Any] = {}
    if operation is None:
        custom = path.removesuffix("/stream")
        if "/" in custom.strip("/"):
            return Route(None, {}, path)
        operation = stream_endpoint if custom != path else run_endpoint
        arguments["endpoint"] = custom.strip("/")
    built = build_request(operation, {**arguments, "body": {}})["url"]
    return Route(operation, arguments, built)


def request_for(endpoint: str, input: object, *, stream: bool) -> tuple[Route, dict[str, Any]]:
    """(route, JSON body) to run `input` at `endpoint`, streamed or not.

    A string becomes `{"input_message": ...}` (single-string workflows) or, on chat routes, one
    user message; a mapping is sent as it is. Streaming a non-chat endpoint uses its `/stream`
    variant unless the endpoint already names one (`/stream`, `/full`).
    """
    path = _path(endpoint)
    chat = path in _CHAT_PATHS or path.removesuffix("/stream") in _CHAT_PATHS
    if isinstance(input, str):
        body: dict[str, Any] = {"messages": [{"role": "user", "content": input}]} if chat else {"input_message": input}
    elif isinstance(input, Mapping):
        body = {str(key): value for key, value in input.items()}
    else:
        raise InvalidInputError(f"a workflow input is a str or a mapping (the JSON body), got {type(input).__name__}")
    if path == "/v1/chat/completions":
        if stream:  # non-streaming is the server's default: run() sends no `stream` unless given
            body.setdefault("stream", True)
        if body.get("stream", False) is not stream:
            raise InvalidInputError(f"use stream() for 'stream': true and run() for 'stream': false, on {path}")
    elif stream and not path.endswith(_STREAM_SUFFIXES):
        path += "/stream"
    elif not stream and path.endswith(_STREAM_SUFFIXES):
        raise InvalidInputError(f"{path} is a streaming route: use stream() for it")
    return _route(path), body
