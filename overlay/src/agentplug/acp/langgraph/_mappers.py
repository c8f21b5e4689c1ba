"""How an I/O-mapped edge turns one node's output into the next agent's input (pluggable).

A mapper receives a ``MappingRequest`` (the source values read from the state, the target's
JSON Schema when known, the edge's metadata) and answers the target value. Two are provided:

- ``FieldMapper``: deterministic, a small declarative table ``{target path: source path}``
  (or a callable of the state), no model involved;
- ``LLMMapper``: any LangChain chat model the caller passes; it is asked for JSON only, and its
  answer is checked against the target schema, with the problems fed back for another attempt.

Any object with ``map(request)`` and ``amap(request)`` works (see ``IOMapper``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from agentplug.errors import AgentplugError, ConfigurationError

from ._state import MISSING, dump_json, read_path

__all__ = [
    "FieldMapper",
    "IOMapper",
    "IOMappingAgentMetadata",
    "IOMappingError",
    "LLMMapper",
    "MappingRequest",
    "schema_problems",
]


class IOMappingError(AgentplugError):
    """An I/O mapper could not produce an input the target agent accepts (nothing was sent to it).

    Attributes:
        value: the value the mapper produced (None when it produced none).
        problems: what the target's schema or type found wrong with it.
    """

    def __init__(self, message: str, *, value: Any = None, problems: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.value = value
        self.problems = list(problems)


@dataclass(frozen=True)
class IOMappingAgentMetadata:
    """What an I/O-mapped edge maps (the vendor's ``IOMappingAgentMetadata`` names).

    Attributes:
        input_fields: state paths (dot-separated) the mapper reads; None: the whole state.
        output_fields: the one state path the mapped value is written to; None: the target
            ACP node's ``input_path``.
        input_schema: the JSON Schema of the source, shown to an LLM mapper (optional).
        output_schema: the JSON Schema the mapped value must satisfy; None: the target agent's
            input schema from its ACP descriptor (when the target is an ``ACPNode``).
        field_mapping: ``{target path: source}``; a source is a state path or a callable of
            the state. ``FieldMapper`` follows it; an LLM mapper gets it as hints.
    """

    input_fields: Sequence[str] | None = None
    output_fields: Sequence[str] | None = None
    input_schema: Mapping[str, Any] | None = None
    output_schema: Mapping[str, Any] | None = None
    field_mapping: Mapping[str, Any] | None = None

    @classmethod
    def of(cls, value: IOMappingAgentMetadata | Mapping[str, Any] | None) -> IOMappingAgentMetadata:
        """The metadata from an instance, a mapping of its field names, or None (all defaults).

        Raises ``ConfigurationError`` for another type or unknown keys.
        """

        if value is None:
            return cls()
        if isinstance(value, cls):
            return value
        if not isinstance(value, Mapping):
            raise ConfigurationError(
                f"iomapper_config must be an IOMappingAgentMetadata or a mapping, not {type(value).__name__}"
            )
        unknown = set(value) - {"input_fields", "output_fields", "input_schema", "output_schema", "field_mapping"}
        if unknown:
            raise ConfigurationError(
                f"iomapper_config has unknown keys {sorted(unknown)}: use input_fields, output_fields, "
                "input_schema, output_schema, field_mapping"
            )
        return cls(**value)


@dataclass(frozen=True)
class MappingRequest:
    """One mapping to do: ``source`` (from the state), the whole ``state``, the target's schema."""

    source: Any
    state: Any
    target_schema: Mapping[str, Any] | None
    metadata: IOMappingAgentMetadata
    target: str


@runtime_checkable
class IOMapper(Protocol):
    """What an I/O-mapped edge calls to turn the state into the target's input (``FieldMapper``, ``LLMMapper``)."""

    def map(self, request: MappingRequest) -> Any:
        """The target's input value for ``request`` (raise ``IOMappingError`` when it cannot be made)."""
        ...

    async def amap(self, request: MappingRequest) -> Any:
        """The async form of ``map``."""
        ...


def schema_problems(schema: Mapping[str, Any], value: Any) -> list[str]:
    """What ``value`` gets wrong against the JSON Schema (its dialect, 2020-12 by default); [] when it fits."""
    from jsonschema import validators
    from jsonschema.exceptions import SchemaError

    schema = dict(schema)
    cls = validators.validator_for(schema, default=validators.Draft202012Validator)
    try:
        cls.check_schema(schema)
    except SchemaError as invalid:
        raise ConfigurationError(f"the target's JSON Schema is invalid: {invalid.message}") from None
    problems = []
    for error in sorted(cls(schema).iter_errors(value), key=lambda e: list(e.absolute_path)):
        where = "/".join(str(part) for part in error.absolute_path) or "(the value)"
        problems.append(f"{where}: {error.message}")
    return problems


# ------------------------------------------------------------------------------ deterministic


@dataclass(frozen=True)
class FieldMapper:
    """Builds the target from ``{target path: source}``: a state path (dot-separated) or a callable.

        FieldMapper({"name": "profile.name", "times": "repeat", "greeting": lambda s: "hi"})

    A target path of ``""`` sets the whole target value. The table defaults to the edge's
    ``field_mapping``. A source path missing from the state is a ``IOMappingError``.
    """

    field_mapping: Mapping[str, str | Callable[[Any], Any]] | None = None

    def map(self, request: MappingRequest) -> Any:
        """The target value built from the field table.

        Raises ``ConfigurationError`` without a table and ``IOMappingError`` for a source path the
        state does not have.
        """
        table = self.field_mapping if self.field_mapping is not None else request.metadata.field_mapping
        if not table:
            raise ConfigurationError(
                f"I/O mapping to {request.target!r}: FieldMapper needs a field_mapping {{target path: source path}}"
            )
        target: Any = {}
        for target_path, source in table.items():
            value = self._read(source, request)
            if target_path in ("", "."):
                target = dump_json(value)
            else:
                target = _put(target, target_path.split("."), dump_json(value))
        return target

    async def amap(self, request: MappingRequest) -> Any:
        """Same as ``map`` (nothing to await)."""
        return self.map(request)

    @staticmethod
    def _read(source: str | Callable[[Any], Any], request: MappingRequest) -> Any:
        if callable(source):
            return source(request.state)
        if not isinstance(source, str):
            raise ConfigurationError(f"field_mapping values are state paths or callables, not {source!r}")
        value = read_path(request.state, source)
        if value is MISSING:
            raise IOMappingError(f"I/O mapping to {request.target!r}: the state has nothing at {source!r}")
        return value


def _put(container: Any, parts: list[str], value: Any) -> dict[str, Any]:
    result = dict(container) if isinstance(container, Mapping) else {}
    head, *rest = parts
    result[head] = _put(result.get(head), rest, value) if rest else value
    return result


# ------------------------------------------------------------------------------ LLM


_SYSTEM = (
    "You translate data between two software agents. Answer with one JSON value and nothing else: "
    "no prose, no code fence. It must satisfy the target JSON Schema."
)


@dataclass
class LLMMapper:
    """Asks a LangChain chat model (any ``BaseChatModel``) to write the target value as JSON.

    The prompt holds the source values, the target's JSON Schema and the edge's field hints; the
    answer is parsed as JSON (a code fence around it is tolerated) and checked against the
    schema. A bad answer is sent back with its problems, up to ``max_attempts`` answers in all.
    """

    llm: Any
    instructions: str | None = None
    max_attempts: int = 2

    def __post_init__(self) -> None:
        if not (callable(getattr(self.llm, "invoke", None)) and callable(getattr(self.llm, "ainvoke", None))):
            raise ConfigurationError(
                "LLMMapper needs a LangChain chat model (with invoke/ainvoke), e.g. ChatOpenAI(...)"
            )
        if self.max_attempts < 1:
            raise ConfigurationError("LLMMapper: max_attempts must be at least 1")

    def map(self, request: MappingRequest) -> Any:
        """The target value the model writes, parsed as JSON and checked against the target's schema.

        Raises ``IOMappingError`` when no answer fits within ``max_attempts``.
        """
        messages = self._prompt(request)
        for attempt in range(1, self.max_attempts + 1):
            answer = _text(self.llm.invoke(messages))
            value, problems = self._read(answer, request)
            if not problems:
                return value
            messages = self._retry(messages, answer, problems, attempt, request)
        raise AssertionError("unreachable")  # pragma: no cover - _retry raises on the last attempt

    async def amap(self, request: MappingRequest) -> Any:
        """Like ``map``, with the model's ``ainvoke``."""
        messages = self._prompt(request)
        for attempt in range(1, self.max_attempts + 1):
            answer = _text(await self.llm.ainvoke(messages))
            value, problems = self._read(answer, request)
            if not problems:
                return value
            messages = self._retry(messages, answer, problems, attempt, request)
        raise AssertionError("unreachable")  # pragma: no cover

    def _prompt(self, request: MappingRequest) -> list[Any]:
        from langchain_core.messages import HumanMessage, SystemMessage

        meta = request.metadata
        parts = [f"Source data:\n{json.dumps(dump_json(request.source), indent=2, default=str)}"]
        if meta.input_schema is not None:
            parts.append(f"Source JSON Schema:\n{json.dumps(dict(meta.input_schema), indent=2)}")
        if request.target_schema is not None:
            parts.append(f"Target JSON Schema:\n{json.dumps(dict(request.target_schema), indent=2)}")
        if meta.field_mapping:
            hints = {key: value for key, value in meta.field_mapping.items() if isinstance(value, str)}
            parts.append(f"How target fields relate to the source:\n{json.dumps(hints, indent=2)}")
        if self.instructions:
            parts.append(self.instructions)
        return [SystemMessage(content=_SYSTEM), HumanMessage(content="\n\n".join(parts))]

    @staticmethod
    def _read(answer: str, request: MappingRequest) -> tuple[Any, list[str]]:
        text = answer.strip()
        if text.startswith("```"):
            text = text.split("\n", 1)[1] if "\n" in text else ""
            text = text.rsplit("```", 1)[0]
        try:
            value = json.loads(text)
        except ValueError as error:
            return None, [f"the answer is not JSON ({error})"]
        if request.target_schema is None:
            return value, []
        return value, schema_problems(request.target_schema, value)

    def _retry(
        self, messages: list[Any], answer: str, problems: list[str], attempt: int, request: MappingRequest
    ) -> list[Any]:
        from langchain_core.messages import AIMessage, HumanMessage

        if attempt >= self.max_attempts:
            raise IOMappingError(
                f"I/O mapping to {request.target!r}: the model's answer does not fit the target after "
                f"{attempt} attempt(s): {'; '.join(problems)}",
                problems=problems,
            )
        correction = "Your answer does not fit: " + "; ".join(problems) + ". Answer again with the JSON value only."
        return [*messages, AIMessage(content=answer), HumanMessage(content=correction)]


def _text(message: Any) -> str:
    content = getattr(message, "content", message)
    if isinstance(content, str):
        return content
    if isinstance(content, list):  # content blocks: keep the text ones
        return "".join(
            block if isinstance(block, str) else str(block.get("text", ""))
            for block in content
            if isinstance(block, (str, dict))
        )
    return str(content)
