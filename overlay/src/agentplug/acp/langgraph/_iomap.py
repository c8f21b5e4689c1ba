"""I/O-mapped edges: a mapping node between two nodes of a LangGraph graph.

``add_io_mapped_edge(graph, start, end, iomapper_config, llm)`` inserts a node between ``start``
and ``end`` that reads the state (``input_fields``), maps it with a mapper (``FieldMapper`` for
a declarative table, ``LLMMapper`` with a chat model, or any ``IOMapper``), checks the result
against the target agent's input schema (from its ACP descriptor, or ``output_schema``) and its
``input_type`` (e.g. a codegen model) before the target runs, and writes it where the target
reads its input. Nothing reaches the target agent unless it fits.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from typing import Any

from langchain_core.runnables import Runnable, RunnableConfig

from agentplug.errors import ConfigurationError

from ._mappers import (
    FieldMapper,
    IOMapper,
    IOMappingAgentMetadata,
    IOMappingError,
    LLMMapper,
    MappingRequest,
    schema_problems,
)
from ._node import ACPNode
from ._state import MISSING, read_path, state_update, validate_as

__all__ = ["IOMappingNode", "add_io_mapped_conditional_edge", "add_io_mapped_edge"]

Endpoint = str | ACPNode


class IOMappingNode(Runnable[Any, dict[str, Any]]):
    """The node an I/O-mapped edge inserts: maps the state to the target's input, checked."""

    def __init__(
        self,
        name: str,
        mapper: IOMapper,
        metadata: IOMappingAgentMetadata,
        *,
        target: str,
        target_node: ACPNode | None = None,
    ) -> None:
        if not isinstance(mapper, IOMapper):
            raise ConfigurationError(f"an I/O mapper needs map() and amap(); got {type(mapper).__name__}")
        fields = list(metadata.output_fields or [])
        if len(fields) > 1:
            raise ConfigurationError(
                f"I/O mapping to {target!r}: one output field (where the target reads its input), got {fields}"
            )
        output = fields[0] if fields else (target_node.settings.input_path if target_node is not None else None)
        if output is None and target_node is None:
            raise ConfigurationError(
                f"I/O mapping to {target!r}: the target is not an ACPNode, so give output_fields=[state path]"
            )
        self.name: str = name
        self.mapper = mapper
        self.metadata = metadata
        self.target = target
        self.target_node = target_node
        self.output_path = output

    def __repr__(self) -> str:
        return f"IOMappingNode(name={self.name!r}, target={self.target!r}, mapper={type(self.mapper).__name__})"

    def invoke(self, input: Any, config: RunnableConfig | None = None, **kwargs: Any) -> dict[str, Any]:
        """Map the state to the target's input; answers the state update that holds it.

        The mapped value is checked against the target's input schema (and its ``input_type``);
        raises ``IOMappingError`` when it does not fit.
        """

        schema = self._explicit_schema()
        if schema is None and self.target_node is not None:
            schema = self.target_node.agent_input_schema()
        request = self._request(input, schema)
        return self._finish(input, request, self.mapper.map(request))

    async def ainvoke(self, input: Any, config: RunnableConfig | None = None, **kwargs: Any) -> dict[str, Any]:
        """Like ``invoke``, with the mapper's ``amap``."""

        schema = self._explicit_schema()
        if schema is None and self.target_node is not None:
            schema = await self.target_node.aagent_input_schema()
        request = self._request(input, schema)
        return self._finish(input, request, await self.mapper.amap(request))

    def _explicit_schema(self) -> Mapping[str, Any] | None:
        return self.metadata.output_schema

    def _request(self, state: Any, schema: Mapping[str, Any] | None) -> MappingRequest:
        fields = self.metadata.input_fields
        if fields is None:
            source = state
        else:
            source = {}
            for path in fields:
                value = read_path(state, path)
                if value is MISSING:
                    raise IOMappingError(f"I/O mapping to {self.target!r}: input field {path!r} is not in the state")
                source[path] = value
        return MappingRequest(source, state, schema, self.metadata, self.target)

    def _finish(self, state: Any, request: MappingRequest, value: Any) -> dict[str, Any]:
        if request.target_schema is not None:
            problems = schema_problems(request.target_schema, value)
            if problems:
                raise IOMappingError(
                    f"I/O mapping to {self.target!r}: the mapped input does not fit the agent's input schema: "
                    + "; ".join(problems),
                    value=value,
                    problems=problems,
                )
        kind = self.target_node.settings.input_type if self.target_node is not None else None
        if kind is not None:
            try:
                value = validate_as(kind, value, what="mapped input", node=self.target)
            except ConfigurationError as error:
                raise IOMappingError(str(error), value=value, problems=[str(error)]) from None
        return state_update(state, self.output_path, value, node=self.name)


def _resolve(graph: Any, endpoint: Endpoint, role: str) -> tuple[str, ACPNode | None]:
    if isinstance(endpoint, ACPNode):
        if not endpoint.name:
            raise ConfigurationError(f"the {role} ACPNode has no name")
        name: str = endpoint.name
        return name, endpoint
    if not isinstance(endpoint, str):
        raise ConfigurationError(f"the {role} of an I/O-mapped edge is a node name or an ACPNode, not {endpoint!r}")
    spec = getattr(graph, "nodes", {}).get(endpoint)
    runnable = getattr(spec, "runnable", None)
    return endpoint, runnable if isinstance(runnable, ACPNode) else None


def _mapper_for(metadata: IOMappingAgentMetadata, llm: Any, mapper: IOMapper | None) -> IOMapper:
    if mapper is not None:
        return mapper
    if llm is not None:
        return LLMMapper(llm)
    if metadata.field_mapping:
        return FieldMapper()
    raise ConfigurationError(
        "an I/O-mapped edge needs a way to map: llm=<a LangChain chat model>, a field_mapping in the "
        "config (deterministic), or mapper=<an IOMapper>"
    )


def _mapping_node(
    graph: Any,
    start: str,
    end: Endpoint,
    config: IOMappingAgentMetadata | Mapping[str, Any] | None,
    llm: Any,
    mapper: IOMapper | None,
) -> IOMappingNode:
    end_name, end_node = _resolve(graph, end, "end")
    metadata = IOMappingAgentMetadata.of(config)
    node = IOMappingNode(
        f"{start}_to_{end_name}_io_mapper",
        _mapper_for(metadata, llm, mapper),
        metadata,
        target=end_name,
        target_node=end_node,
    )
    graph.add_node(node.name, node)
    graph.add_edge(node.name, end_name)
    return node


def add_io_mapped_edge(
    g: Any,
    start: Endpoint,
    end: Endpoint,
    iomapper_config: IOMappingAgentMetadata | Mapping[str, Any] | None = None,
    llm: Any = None,
    *,
    mapper: IOMapper | None = None,
) -> IOMappingNode:
    """Connect ``start`` to ``end`` through a mapping node; answers that node.

    Args:
        g: the ``StateGraph``; ``start`` and ``end`` are node names or ``ACPNode`` s already added.
        iomapper_config: an ``IOMappingAgentMetadata`` (or a dict of its fields).
        llm: a LangChain chat model: map with ``LLMMapper(llm)``.
        mapper: any ``IOMapper`` (e.g. ``FieldMapper({...})``); without ``llm`` or ``mapper`` the
            config's ``field_mapping`` is followed by a ``FieldMapper``.

    The mapped value is checked against ``output_schema``, else the end agent's descriptor input
    schema, and the end node's ``input_type``, before the end node runs: ``IOMappingError`` when it
    does not fit.
    """
    start_name, _ = _resolve(g, start, "start")
    node = _mapping_node(g, start_name, end, iomapper_config, llm, mapper)
    g.add_edge(start_name, node.name)
    return node


def add_io_mapped_conditional_edge(
    g: Any,
    start: Endpoint,
    path: Callable[..., Hashable | list[Hashable]] | Runnable[Any, Any],
    iomapper_config_map: Mapping[Hashable, Mapping[str, Any]],
    llm: Any = None,
    *,
    mapper: IOMapper | None = None,
) -> dict[Hashable, IOMappingNode | str]:
    """Branch from ``start`` by ``path``; each branch goes through its own mapping node.

    ``iomapper_config_map`` is ``{branch: {"end": node or name, "metadata": config}}`` (the
    vendor's shape); a branch without ``metadata`` (e.g. to ``END``) is a plain edge. ``path``
    returns the branch keys, as LangGraph's ``add_conditional_edges`` expects. Answers
    ``{branch: mapping node}`` (the end's name for plain branches).
    """
    start_name, _ = _resolve(g, start, "start")
    if not iomapper_config_map:
        raise ConfigurationError("add_io_mapped_conditional_edge needs at least one branch in iomapper_config_map")
    nodes: dict[Hashable, IOMappingNode | str] = {}
    targets: dict[Hashable, str] = {}
    for branch, entry in iomapper_config_map.items():
        if not isinstance(entry, Mapping) or "end" not in entry:
            raise ConfigurationError(f"branch {branch!r}: expected {{'end': node, 'metadata': config}}, got {entry!r}")
        if entry.get("metadata") is None:
            plain = _resolve(g, entry["end"], "end")[0]
            nodes[branch] = targets[branch] = plain
            continue
        node = _mapping_node(g, f"{start_name}_{branch}", entry["end"], entry.get("metadata"), llm, mapper)
        nodes[branch] = node
        targets[branch] = node.name
    g.add_conditional_edges(start_name, path, targets)
    return nodes
