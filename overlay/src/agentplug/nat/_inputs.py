"""Sans-I/O building of workflow requests: which path, which body, for an input and an endpoint."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._errors import InvalidInputError

__all__ = ["DEFAULT_ENDPOINT", "request_for"]

DEFAULT_ENDPOINT = "/v1/workflow"
_CHAT_PATHS = ("/v1/chat", "/v1/chat/completions", "/chat")
_STREAM_SUFFIXES = ("/stream", "/full")


def _path(endpoint: str) -> str:
    if not isinstance(endpoint, str) or not endpoint.strip("/").strip():
        raise InvalidInputError(f"endpoint must be a path such as '/v1/workflow', got {endpoint!r}")
    if "://" in endpoint or "?" in endpoint or "#" in endpoint:
        raise InvalidInputError(f"endpoint must be a path on the server (no scheme, query or fragment): {endpoint!r}")
    return "/" + endpoint.strip().strip("/")


def request_for(endpoint: str, input: object, *, stream: bool) -> tuple[str, dict[str, Any]]:
    """(path, JSON body) to run `input` at `endpoint`, streamed or not.

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
    return path, body
