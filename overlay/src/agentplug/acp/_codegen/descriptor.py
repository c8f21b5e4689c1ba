"""Reading an ACP descriptor into the list of models to generate (sans I/O, no third-party imports)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ...errors import ConfigurationError
from .naming import agent_class_prefix, interrupt_class_stem

__all__ = ["InvalidDescriptorError", "ModelPlan", "PlannedModel", "plan_models"]


class InvalidDescriptorError(ConfigurationError):
    """The ACP descriptor given to codegen is malformed; the message names the offending field.

    Attributes:
        path: where in the descriptor the problem is, e.g. ``"specs.interrupts[0].resume_payload"``.
    """

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"invalid ACP descriptor: {path}: {problem}")
        self.path = path


@dataclass(frozen=True)
class PlannedModel:
    """One descriptor schema and the top-level name its model gets."""

    name: str
    path: str  # where the schema sits in the descriptor, for error messages
    schema: Mapping[str, Any]


@dataclass(frozen=True)
class ModelPlan:
    """Everything codegen needs from a descriptor, validated."""

    agent_name: str
    agent_version: str | None
    prefix: str
    models: tuple[PlannedModel, ...]
    interrupt_models: tuple[tuple[str, str, str], ...]  # (interrupt_type, interrupt model, resume model)


def plan_models(descriptor: object, *, name: str | None = None) -> ModelPlan:
    """Validate ``descriptor`` (an ``AgentACPDescriptor`` or its dict form) and name its models.

    ``name`` overrides the model prefix otherwise derived from ``metadata.ref.name``.
    """
    data = _as_mapping(descriptor)
    agent_name, agent_version = _agent_ref(data, required=name is None)
    prefix = agent_class_prefix(name if name is not None else agent_name)
    specs = _mapping(data.get("specs"), "specs")
    taken: set[str] = set()

    def claim(stem: str) -> str:
        candidate, counter = stem, 2
        while candidate in taken:
            candidate, counter = f"{stem}{counter}", counter + 1
        taken.add(candidate)
        return candidate

    models: list[PlannedModel] = []

    def add(key: str, suffix: str, *, required: bool) -> None:
        path = f"specs.{key}"
        if key not in specs or (specs[key] is None and not required):
            if required:
                raise InvalidDescriptorError(path, "missing (every agent declares its input and output schemas)")
            return
        models.append(PlannedModel(claim(prefix + suffix), path, _schema(specs[key], path)))

    add("input", "Input", required=True)
    add("output", "Output", required=True)
    add("config", "Config", required=False)
    add("thread_state", "ThreadState", required=False)
    add("custom_streaming_update", "CustomUpdate", required=False)
    interrupt_models: list[tuple[str, str, str]] = []
    for index, (interrupt_type, payload, resume) in enumerate(_interrupts(specs.get("interrupts"))):
        path = f"specs.interrupts[{index}]"
        base = stem = prefix + interrupt_class_stem(interrupt_type)
        counter = 2
        while stem + "Interrupt" in taken or stem + "Resume" in taken:  # the pair gets one number
            stem, counter = f"{base}{counter}", counter + 1
        interrupt_name, resume_name = claim(stem + "Interrupt"), claim(stem + "Resume")
        models.append(PlannedModel(interrupt_name, path + ".interrupt_payload", payload))
        models.append(PlannedModel(resume_name, path + ".resume_payload", resume))
        interrupt_models.append((interrupt_type, interrupt_name, resume_name))
    return ModelPlan(agent_name, agent_version, prefix, tuple(models), tuple(interrupt_models))


def _as_mapping(descriptor: object) -> Mapping[str, Any]:
    if isinstance(descriptor, Mapping):
        return descriptor
    to_dict = getattr(descriptor, "to_dict", None)
    if callable(to_dict):  # the generated attrs model (AgentACPDescriptor)
        data = to_dict()
        if isinstance(data, Mapping):
            return data
    raise InvalidDescriptorError("descriptor", f"expected an AgentACPDescriptor or a mapping, got {_kind(descriptor)}")


def _agent_ref(data: Mapping[str, Any], *, required: bool) -> tuple[str, str | None]:
    metadata = data.get("metadata")
    ref = metadata.get("ref") if isinstance(metadata, Mapping) else None
    agent_name = ref.get("name") if isinstance(ref, Mapping) else None
    version = ref.get("version") if isinstance(ref, Mapping) else None
    if not isinstance(agent_name, str) or not agent_name.strip():
        if required:
            raise InvalidDescriptorError(
                "metadata.ref.name", "missing or not a non-empty string (pass name=... to name the models)"
            )
        agent_name = ""
    return agent_name, version if isinstance(version, str) else None


def _mapping(value: object, path: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise InvalidDescriptorError(path, f"expected an object, got {_kind(value)}")
    return value


def _schema(value: object, path: str) -> Mapping[str, Any]:
    """A JSON Schema: an object, or ``true`` (anything); ``false`` admits no value and is refused."""
    if value is True:
        return {}
    if isinstance(value, Mapping) and all(isinstance(key, str) for key in value):
        return value
    raise InvalidDescriptorError(path, f"expected a JSON Schema object, got {_kind(value)}")


def _interrupts(value: object) -> list[tuple[str, Mapping[str, Any], Mapping[str, Any]]]:
    if value is None:
        return []
    if not isinstance(value, Sequence) or isinstance(value, (str, bytes)):
        raise InvalidDescriptorError("specs.interrupts", f"expected an array, got {_kind(value)}")
    seen: set[str] = set()
    result = []
    for index, item in enumerate(value):
        path = f"specs.interrupts[{index}]"
        entry = _mapping(item, path)
        interrupt_type = entry.get("interrupt_type")
        if not isinstance(interrupt_type, str) or not interrupt_type:
            raise InvalidDescriptorError(path + ".interrupt_type", "missing or not a non-empty string")
        if interrupt_type in seen:
            raise InvalidDescriptorError(path + ".interrupt_type", f"{interrupt_type!r} is declared twice")
        seen.add(interrupt_type)
        for key in ("interrupt_payload", "resume_payload"):
            if key not in entry:
                raise InvalidDescriptorError(f"{path}.{key}", "missing")
        payload = _schema(entry["interrupt_payload"], path + ".interrupt_payload")
        resume = _schema(entry["resume_payload"], path + ".resume_payload")
        result.append((interrupt_type, payload, resume))
    return result


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, (list, tuple)):
        return "an array"
    if isinstance(value, Mapping):
        return "an object"
    return type(value).__name__
