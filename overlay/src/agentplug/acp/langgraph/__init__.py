"""ACP agents as LangGraph nodes (needs the ``langgraph`` extra: ``pip install 'agentplug[langgraph]'``).

    from agentplug.acp import ACP
    from agentplug.acp.langgraph import ACPNode

    node = ACPNode("echo", agent_id, ACP(base_url=...), input_path="echo_in", output_path="echo_out")
    graph.add_node(node)

``ACPNode`` runs a remote agent (interrupts become LangGraph interrupts, resumed with
``Command(resume=...)``, streaming included); ``APIBridgeAgentNode`` sends a natural-language
query to an API Bridge Agent service; ``add_io_mapped_edge`` / ``add_io_mapped_conditional_edge``
connect nodes through a mapping step (``FieldMapper``, ``LLMMapper`` or your own ``IOMapper``)
checked against the target agent's input schema.
"""

from __future__ import annotations

from agentplug.errors import ConfigurationError

try:
    import langgraph.types  # noqa: F401
except ImportError as exc:  # pragma: no cover - exercised in a venv without the extra
    raise ConfigurationError(
        "agentplug.acp.langgraph needs LangGraph, which is not installed: pip install 'agentplug[langgraph]'"
    ) from exc

from ._bridge import APIBridgeAgentNode, APIBridgeInput, APIBridgeOutput
from ._iomap import IOMappingNode, add_io_mapped_conditional_edge, add_io_mapped_edge
from ._mappers import FieldMapper, IOMapper, IOMappingAgentMetadata, IOMappingError, LLMMapper, MappingRequest
from ._node import ACPNode

__all__ = [
    "ACPNode",
    "APIBridgeAgentNode",
    "APIBridgeInput",
    "APIBridgeOutput",
    "FieldMapper",
    "IOMapper",
    "IOMappingAgentMetadata",
    "IOMappingError",
    "IOMappingNode",
    "LLMMapper",
    "MappingRequest",
    "add_io_mapped_conditional_edge",
    "add_io_mapped_edge",
]
