"""Typed models for one ACP agent, generated from its descriptor.

    from agentplug.acp import codegen

    source = codegen(client.agents.descriptor(agent_id))   # Python source, pydantic v2 models
    Path("echo_models.py").write_text(source)

The module holds ``<Agent>Input``, ``<Agent>Output``, ``<Agent>Config``, ``<Agent>ThreadState``,
``<Agent>CustomUpdate`` and, per interrupt type, ``<Agent><Type>Interrupt`` / ``<Agent><Type>Resume``
(those the descriptor declares), plus ``__all__`` and ``INTERRUPT_MODELS``. Scalar and union
schemas become type aliases. Needs the ``codegen`` extra: ``pip install 'agentplug[codegen]'``.
"""

from __future__ import annotations

from ...errors import ConfigurationError
from .descriptor import InvalidDescriptorError, plan_models
from .document import build_document
from .render import ModelType, render

__all__ = ["InvalidDescriptorError", "ModelType", "codegen"]


def codegen(
    descriptor: object,
    *,
    name: str | None = None,
    model_type: ModelType | str = ModelType.PYDANTIC,
) -> str:
    """Python source of typed models for the agent that ``descriptor`` describes.

    Args:
        descriptor: the agent's ACP descriptor: the ``AgentACPDescriptor`` returned by
            ``client.agents.descriptor(agent_id)`` or the same thing as a dict.
        name: the models' name prefix; by default the last dotted part of ``metadata.ref.name``
            in PascalCase (``org.agntcy.echo_agent`` -> ``EchoAgentInput``, ...).
        model_type: ``"pydantic"`` (default: pydantic v2 models that validate and serialise) or
            ``"typeddict"`` (TypedDicts and type aliases, for static typing of plain dicts).

    The same descriptor always gives the same source.

    Raises:
        InvalidDescriptorError: the descriptor is malformed (a ``ConfigurationError``).
        ConfigurationError: datamodel-code-generator is not installed, or ``model_type`` is unknown.
    """
    kind = _model_type(model_type)
    plan = plan_models(descriptor, name=name)
    return render(plan, build_document(plan), kind)


def _model_type(value: ModelType | str) -> ModelType:
    try:
        return ModelType(value)
    except ValueError:
        choices = ", ".join(repr(member.value) for member in ModelType)
        raise ConfigurationError(f"model_type must be one of {choices}, got {value!r}") from None
