"""Python class names for an agent's models, derived from descriptor names."""

from __future__ import annotations

import keyword
import re

__all__ = ["agent_class_prefix", "interrupt_class_stem", "pascal_case"]

_WORD = re.compile(r"[A-Za-z0-9]+")


def pascal_case(text: str) -> str:
    """``"echo_agent"`` -> ``"EchoAgent"``; inner capitals are kept (``"EchoAgent"`` stays)."""
    words = _WORD.findall(text)
    name = "".join(word[0].upper() + word[1:] for word in words)
    if name and name[0].isdigit():
        name = "_" + name
    return name


def agent_class_prefix(agent_name: str) -> str:
    """The prefix of every model of an agent: the last dotted segment of its name, in PascalCase.

    ``"org.agntcy.echo_agent"`` -> ``"EchoAgent"``; a name with no usable character -> ``"Agent"``.
    """
    segments = [segment for segment in agent_name.split(".") if pascal_case(segment)]
    prefix = pascal_case(segments[-1]) if segments else ""
    if not prefix or keyword.iskeyword(prefix):
        return "Agent" + prefix
    return prefix


def interrupt_class_stem(interrupt_type: str) -> str:
    """The part of the interrupt and resume model names that names the interrupt type.

    A trailing "interrupt" is dropped so ``"echo_interrupt"`` gives ``EchoAgentEchoInterrupt`` /
    ``EchoAgentEchoResume`` rather than ``EchoAgentEchoInterruptInterrupt``.
    """
    stem = pascal_case(interrupt_type)
    if stem.endswith("Interrupt") and len(stem) > len("Interrupt"):
        stem = stem[: -len("Interrupt")]
    return stem.lstrip("_")
