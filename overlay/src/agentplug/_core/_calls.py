"""The escape hatch: any operation of a platform's spec by its operationId (`client.call(...)`).

This module finds the generated module of an operationId and types its answer; `AsyncOperations`
(`_async/_calls.py`, and its generated twin `Operations`) sends it.

An operation added to a spec is usable from the overlay client after `make generate` alone, with
the client's credentials, retries, timeouts and errors.
"""

from __future__ import annotations

import importlib
import re
from types import ModuleType
from typing import Any

import httpx2

from agentplug.errors import InvalidArgumentError

from ._errors import build_model, parse_json
from ._operations import operation_name

__all__ = ["OperationIndex", "typed_answer"]


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).replace("-", "_").lower()


class OperationIndex:
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


def typed_answer(operation: ModuleType, response: httpx2.Response, platform: str) -> Any:
    if not response.content.strip():
        return None
    data = parse_json(response, platform=platform)  # a body that is not JSON: ResponseValidationError
    return build_model(
        lambda _: operation.parse_response(response), data, response=response, model=operation_name(operation)
    )
