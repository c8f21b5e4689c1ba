# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""`client.call(operation_id, **arguments)`: any operation of the platform's spec, by its operationId."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._calls import OperationIndex, typed_answer
from ._http import HTTP

__all__ = ["Operations"]


class Operations:
    """Every operation of the platform's spec by its operationId, through the client's transport
    (credentials, retries, timeouts, error mapping): `client.call("get_agent", agent_id=...)`, awaited
    on an async client."""

    def __init__(self, http: HTTP, package: str, *, headers: Mapping[str, str] | None = None) -> None:
        self._http = http
        self._index = OperationIndex(package)
        self._headers = dict(headers) if headers else None  # with a caller's own httpx2 client

    def names(self) -> list[str]:
        """The operationIds this client can call."""
        return self._index.names()

    def call(self, operation_id: str, /, **arguments: Any) -> Any:
        """Send one operation with the generated module's own arguments (snake_case names, a model
        or a dict as `body`); answer its typed result (None for an empty body). Error statuses raise
        `agentplug.errors.APIStatusError` subclasses, as every other call."""
        operation = self._index.module(operation_id)
        options = {"headers": self._headers} if self._headers else {}
        response = self._http.send_operation(operation, arguments, **options)
        return typed_answer(operation, response, self._http.platform)
