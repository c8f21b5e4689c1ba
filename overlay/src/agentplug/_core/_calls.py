"""The escape hatch: any operation of a platform's spec by its operationId (`client.call(...)`).

An operation added to a spec is usable from the overlay client after `make generate` alone, with
the client's credentials, retries, timeouts and errors.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Mapping
from types import ModuleType
from typing import Any

import httpx2

from agentplug.errors import InvalidArgumentError

from ._errors import build_model, parse_json
from ._http import AsyncHTTP, SyncHTTP
from ._operations import operation_name

__all__ = ["AsyncOperations", "Operations"]


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).replace("-", "_").lower()


class _Index:
    """operationId → generated module, imported on first use."""

    def __init__(self, package: str) -> None:
        self._package = package
        self._modules: dict[str, ModuleType] = {}
        self._paths: dict[str, str] | None = None

    def names(self) -> list[str]:
        return sorted(self._load())

    def _load(self) -> dict[str, str]:
        if self._paths is None:
            index: dict[str, str] = importlib.import_module(self._package + ".operations").OPERATIONS
            # Reachable as written in the spec and in snake_case (listAgents or list_agents).
            self._paths = {**{_snake(key): value for key, value in index.items()}, **index}
        return self._paths

    def module(self, operation_id: str) -> ModuleType:
        found = self._modules.get(operation_id)
        if found is None:
            index = self._load()
            path = index.get(operation_id) or index.get(_snake(operation_id)) if isinstance(operation_id, str) else None
            if path is None:
                raise InvalidArgumentError(
                    f"{operation_id!r} is not an operation of this API; known: {', '.join(self.names())}",
                    argument="operation_id",
                )
            found = self._modules[operation_id] = importlib.import_module(f"{self._package}.{path}")
        return found


def _answer(operation: ModuleType, response: httpx2.Response, platform: str) -> Any:
    if not response.content.strip():
        return None
    data = parse_json(response, platform=platform)  # a body that is not JSON: ResponseValidationError
    return build_model(
        lambda _: operation.parse_response(response), data, response=response, model=operation_name(operation)
    )


class AsyncOperations:
    """Every operation of the platform's spec by its operationId, through the client's transport
    (credentials, retries, timeouts, error mapping). `await client.call("get_agent", agent_id=...)`."""

    def __init__(self, http: AsyncHTTP, package: str, *, headers: Mapping[str, str] | None = None) -> None:
        self._http = http
        self._index = _Index(package)
        self._headers = dict(headers) if headers else None  # with a caller's own httpx2 client

    def names(self) -> list[str]:
        """The operationIds this client can call."""
        return self._index.names()

    async def call(self, operation_id: str, /, **arguments: Any) -> Any:
        """Send one operation with the generated module's own arguments (snake_case names, a model
        or a dict as `body`); answer its typed result (None for an empty body). Error statuses raise
        `agentplug.errors.APIStatusError` subclasses, as every other call."""
        operation = self._index.module(operation_id)
        options = {"headers": self._headers} if self._headers else {}
        response = await self._http.send_operation(operation, arguments, **options)
        return _answer(operation, response, self._http.platform)


class Operations:
    """The blocking twin of `AsyncOperations`: `client.call("get_agent", agent_id=...)`."""

    def __init__(self, http: SyncHTTP, package: str, *, headers: Mapping[str, str] | None = None) -> None:
        self._http = http
        self._index = _Index(package)
        self._headers = dict(headers) if headers else None

    def names(self) -> list[str]:
        """The operationIds this client can call."""
        return self._index.names()

    def call(self, operation_id: str, /, **arguments: Any) -> Any:
        """Send one operation by its operationId; see `AsyncOperations.call`."""
        operation = self._index.module(operation_id)
        options = {"headers": self._headers} if self._headers else {}
        response = self._http.send_operation(operation, arguments, **options)
        return _answer(operation, response, self._http.platform)
