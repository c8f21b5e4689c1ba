"""Turning the combined JSON Schema document into Python source with datamodel-code-generator."""

from __future__ import annotations

import enum
import json
import warnings
from typing import Any

from ...errors import ConfigurationError
from .descriptor import InvalidDescriptorError, ModelPlan

__all__ = ["ModelType", "render"]

_INSTALL_HINT = "pip install 'agentplug[codegen]'"


class ModelType(enum.StrEnum):
    """What the generated models are."""

    PYDANTIC = "pydantic"  # pydantic v2 BaseModel / TypeAliasType: validation, constraints, model_dump()
    TYPEDDICT = "typeddict"  # typing TypedDict / TypeAlias: static types only, plain dicts at run time


def render(plan: ModelPlan, document: dict[str, Any], model_type: ModelType) -> str:
    generator = _import_generator()
    options = _generator_options(generator, plan, model_type)
    try:
        with warnings.catch_warnings():
            # The generator announces future changes of its defaults; our options are explicit.
            warnings.simplefilter("ignore", FutureWarning)
            warnings.simplefilter("ignore", DeprecationWarning)
            source = generator.generate(document, **options)
    except RecursionError:
        raise InvalidDescriptorError("specs", "a schema is nested too deeply to generate models from") from None
    except Exception as exc:  # the generator's own errors are not a stable API
        path, message = _locate(plan, _first_lines(str(exc)))
        raise InvalidDescriptorError(path, f"cannot generate models: {message}") from exc
    if not isinstance(source, str):
        raise InvalidDescriptorError("specs", "the generator did not return one module")
    return _with_exports(source, plan)


def _locate(plan: ModelPlan, message: str) -> tuple[str, str]:
    """The descriptor path of the schema a generator error names (it names our document's refs)."""
    path = "specs"
    for model in sorted(plan.models, key=lambda model: len(model.name), reverse=True):
        ref = f"#/$defs/{model.name}"
        if ref in message:
            path = path if path != "specs" else model.path
            message = message.replace(ref, model.path)
    return path, message


def _first_lines(message: str, lines: int = 6, chars: int = 600) -> str:
    """Generator errors can run to megabytes (one line per nested level); keep the head."""
    head = "\n".join(message.splitlines()[:lines])[:chars]
    return head if head == message else head + " ..."


def _import_generator() -> Any:
    try:
        import datamodel_code_generator
    except ImportError as exc:
        raise ConfigurationError(
            f"agentplug.acp.codegen needs datamodel-code-generator, which is not installed: {_INSTALL_HINT}"
        ) from exc
    return datamodel_code_generator


def _generator_options(generator: Any, plan: ModelPlan, model_type: ModelType) -> dict[str, Any]:
    from datamodel_code_generator.format import Formatter

    output_model_type = (
        generator.DataModelType.PydanticV2BaseModel
        if model_type is ModelType.PYDANTIC
        else generator.DataModelType.TypingTypedDict
    )
    return {
        "input_file_type": generator.InputFileType.JsonSchema,
        "output_model_type": output_model_type,
        "target_python_version": generator.PythonVersion.PY_310,
        "custom_file_header": _header(plan),
        "disable_timestamp": True,
        "formatters": [Formatter.BUILTIN],  # deterministic, no black/isort subprocess or config lookup
        "use_annotated": True,
        "field_constraints": True,
        "use_union_operator": True,
        "use_standard_collections": True,
        "use_type_alias": True,  # scalar and union schemas become type aliases, not wrapper classes
        "use_double_quotes": True,
        "enum_field_as_literal": "all",  # payloads are JSON: Literal["a", "b"] rather than Enum classes
        "use_schema_description": True,
        "reuse_model": True,  # identical nested models are written once
        "skip_root_model": True,  # the document's root holds only $defs
        "keep_model_order": False,
        "allow_remote_refs": False,
    }


def _header(plan: ModelPlan) -> str:
    who = plan.agent_name or plan.prefix
    if plan.agent_version:
        who += f" {plan.agent_version}"
    return (
        f"# Typed models of the ACP agent {who}, written by agentplug.acp.codegen from its descriptor.\n# Do not edit."
    )


def _with_exports(source: str, plan: ModelPlan) -> str:
    """Append ``__all__`` and the interrupt-type table, so callers can find the models by role."""
    names = [model.name for model in plan.models]
    lines = [source.rstrip("\n"), "", "", "__all__ = ["]
    lines += [f'    "{name}",' for name in names]
    lines += ["]", ""]
    if plan.interrupt_models:
        lines += ["", "# interrupt_type -> (interrupt payload model, resume payload model)", "INTERRUPT_MODELS = {"]
        lines += [f"    {json.dumps(kind)}: ({payload}, {resume})," for kind, payload, resume in plan.interrupt_models]
        lines += ["}", ""]
    return "\n".join(lines)
