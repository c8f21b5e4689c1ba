"""Reading a node's input from LangGraph state and writing its output back (no I/O).

Paths are dot-separated (``"mail.input"``) and walk mappings by key and other objects (pydantic
models, dataclasses) by attribute, as the vendor's ACP node does.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Mapping
from typing import Any

from agentplug.errors import ConfigurationError

__all__ = ["MISSING", "dump_json", "read_path", "state_update", "validate_as"]

MISSING: Any = object()  # read_path's answer for a path that is not there


def read_path(container: Any, path: str | None) -> Any:
    """The value at ``path`` (the container itself for None), or MISSING."""
    if path is None:
        return container
    value = container
    for part in path.split("."):
        value = value.get(part, MISSING) if isinstance(value, Mapping) else getattr(value, part, MISSING)
        if value is MISSING:
            return MISSING
    return value


def state_update(state: Any, path: str | None, value: Any, *, node: str) -> dict[str, Any]:
    """The LangGraph update that puts ``value`` at ``path``: ``{top_key: new_top_value}``.

    Nested paths copy the containers on the way (never mutating the state LangGraph gave us), so
    the update replaces the top-level key as a whole.
    """
    if path is None:
        if isinstance(value, Mapping):
            return dict(value)
        if callable(getattr(value, "model_dump", None)):  # a pydantic model: its fields, shallow
            return dict(value)
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            return {item.name: getattr(value, item.name) for item in dataclasses.fields(value)}
        raise ConfigurationError(
            f"ACP node {node!r}: the agent's output is not an object ({type(value).__name__}); "
            "give output_path to put it under a key of the state"
        )
    top, *rest = path.split(".")
    if not rest:
        return {top: value}
    current = read_path(state, top)
    if current is MISSING or current is None:
        raise ConfigurationError(f"ACP node {node!r}: output_path {path!r}: the state has no {top!r}")
    return {top: _replaced(current, rest, value, path=path, node=node)}


def _replaced(container: Any, parts: list[str], value: Any, *, path: str, node: str) -> Any:
    head, *rest = parts
    if rest:
        child = read_path(container, head)
        if child is MISSING or child is None:
            raise ConfigurationError(f"ACP node {node!r}: output_path {path!r}: nothing at {head!r}")
        value = _replaced(child, rest, value, path=path, node=node)
    if isinstance(container, Mapping):
        return {**container, head: value}
    model_copy = getattr(container, "model_copy", None)
    if callable(model_copy):  # pydantic v2
        return model_copy(update={head: value})
    if dataclasses.is_dataclass(container) and not isinstance(container, type):
        return dataclasses.replace(container, **{head: value})
    duplicate = copy.copy(container)
    try:
        setattr(duplicate, head, value)
    except (AttributeError, TypeError) as error:
        raise ConfigurationError(f"ACP node {node!r}: output_path {path!r}: cannot set {head!r}: {error}") from None
    return duplicate


def validate_as(kind: Any, value: Any, *, what: str, node: str) -> Any:
    """``value`` as an instance of ``kind`` (a pydantic model, TypedDict, type alias...), validated."""
    if kind is None:
        return value
    if hasattr(kind, "model_validate") and isinstance(value, kind):  # already the pydantic model
        return value
    import pydantic

    try:
        adapter = pydantic.TypeAdapter(kind)
    except (pydantic.PydanticUserError, pydantic.PydanticSchemaGenerationError) as error:
        raise ConfigurationError(f"ACP node {node!r}: cannot validate the {what} as {_name(kind)}: {error}") from None
    try:
        return adapter.validate_python(value)
    except pydantic.ValidationError as error:
        raise ConfigurationError(f"ACP node {node!r}: the {what} does not fit {_name(kind)}: {error}") from None


def dump_json(value: Any) -> Any:
    """A JSON-ready copy of ``value``: pydantic models and dataclasses become dicts (by wire name)."""
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, Mapping):
        return {str(key): dump_json(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [dump_json(item) for item in value]
    model_dump = getattr(value, "model_dump", None)
    if callable(model_dump):
        return model_dump(mode="json", by_alias=True, exclude_unset=True)
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):  # generated attrs models
        return to_dict()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dump_json(dataclasses.asdict(value))
    return value  # the client rejects what JSON cannot carry, with a typed error


def _name(kind: Any) -> str:
    return str(getattr(kind, "__name__", kind))
