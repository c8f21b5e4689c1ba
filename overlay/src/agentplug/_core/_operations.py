"""Requests come from the spec: every call is built by its generated operation module.

Each generated package has one module per operation (`api/<tag>/<operation>.py`) with
`request_kwargs(...)` (method, escaped URL, query, body, headers as httpx2 arguments) and
`parse_response(response)` (the typed answer), and an `operations.py` index from operationId to
module. The overlay hands the caller's arguments to `request_kwargs` and adds behaviour around the
send; it never spells a path, a query name or a body layout itself (`_calls.py` reaches any
operation by its operationId).
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from types import ModuleType
from typing import Any, TypeVar

from agentplug.errors import InvalidArgumentError

__all__ = ["build_request", "given", "lazy_operations", "operation_name", "resolved"]

M = TypeVar("M")


class _LazyOperation(ModuleType):
    """A generated operation module, imported on its first use.

    Every attribute is read from (and written to) the module itself, found in `sys.modules`, so
    patching the generated module (`mock.patch("<package>.api.<tag>.<operation>.request_kwargs")`)
    reaches every overlay call. Importing a client therefore loads no operation module (nor the
    models they import): ACP has about thirty, most of a cold start.
    """

    def __getattr__(self, name: str) -> Any:
        return getattr(_imported(self.__name__), name)

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(_imported(self.__name__), name, value)


def _imported(name: str) -> ModuleType:
    return sys.modules.get(name) or importlib.import_module(name)


def resolved(operation: ModuleType) -> ModuleType:
    """The generated module itself: a lazy one is imported now (the request path reads it directly,
    which costs a dictionary lookup instead of a failed attribute lookup per call)."""
    if type(operation) is _LazyOperation:
        return _imported(operation.__name__)
    return operation


def lazy_operations(package: str, *names: str) -> tuple[ModuleType, ...]:
    """The operation modules `package.<name>` (a generated `api.<tag>` package), each imported on first use."""
    return tuple(_LazyOperation(f"{package}.{name}") for name in names)


def operation_name(operation: ModuleType) -> str:
    return operation.__name__.rpartition(".")[2]


def build_request(operation: ModuleType, arguments: Mapping[str, Any]) -> dict[str, Any]:
    """`operation.request_kwargs(**arguments)`, a caller's mistake raised as InvalidArgumentError.

    The generated layer refuses a path parameter that would change the route with its own
    `InvalidPathParameter` (a ValueError naming the parameter); an unknown or badly typed argument
    surfaces as TypeError or AttributeError. Both are the caller's to fix, before anything is sent.
    """
    try:
        kwargs: dict[str, Any] = resolved(operation).request_kwargs(**arguments)
    except ValueError as exc:
        parameter = getattr(exc, "parameter", None)
        raise InvalidArgumentError(
            f"{operation_name(operation)}: {exc}", argument=parameter if isinstance(parameter, str) else None
        ) from None
    except (TypeError, AttributeError) as exc:
        message = str(exc).replace("_get_kwargs()", operation_name(operation) + "()")
        raise InvalidArgumentError(f"{operation_name(operation)}: {message}") from None
    return kwargs


def given(model: Callable[..., M], /, **fields: Any) -> M:
    """A generated request model holding the fields the caller set: None means "not set", so the
    field stays UNSET and is not sent (the model spells the wire names and the layout)."""
    return model(**{name: value for name, value in fields.items() if value is not None})
