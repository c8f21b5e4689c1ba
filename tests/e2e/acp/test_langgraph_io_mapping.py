"""I/O-mapped edges between two ACP agents of the sandbox in one LangGraph graph.

The echo agent's output becomes the input of a second agent (a greeter with a strict input
schema) through a mapping node: a declarative FieldMapper, or an LLM mapper driven by
langchain_core's fake chat model (no network). The mapped input is checked against the
greeter's descriptor schema before it runs: a bad mapping never reaches the agent.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

pytest.importorskip("langgraph")

from agentplug.acp import ACP, AsyncACP
from agentplug.acp.langgraph import (
    ACPNode,
    FieldMapper,
    IOMappingAgentMetadata,
    IOMappingError,
    LLMMapper,
    add_io_mapped_conditional_edge,
    add_io_mapped_edge,
)
from agentplug.errors import ConfigurationError
from agentplug.sandbox import acp
from agentplug.sandbox._server import BackgroundServer
from agentplug.sandbox.acp.agent import AgentSpec, RunContext
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage
from langgraph.graph import END, START, StateGraph
from pydantic import BaseModel
from typing_extensions import TypedDict

GREETER_ID = "0b7f9a1e-2c3d-4e5f-8a9b-0c1d2e3f4a5b"
GREETER_INPUT: dict[str, Any] = {
    "type": "object",
    "required": ["name", "times"],
    "properties": {"name": {"type": "string", "minLength": 1}, "times": {"type": "integer", "minimum": 1}},
    "additionalProperties": False,
}
GREETER_OUTPUT: dict[str, Any] = {
    "type": "object",
    "required": ["greeting"],
    "properties": {"greeting": {"type": "string"}},
}


async def _greet(ctx: RunContext) -> Any:
    return {"greeting": " ".join([f"Hello {ctx.input['name']}!"] * int(ctx.input["times"]))}


GREETER = AgentSpec(
    agent_id=GREETER_ID,
    name="tests.greeter",
    version="1.0.0",
    description="Greets `name`, `times` times.",
    specs={
        "capabilities": {"threads": False, "interrupts": False, "callbacks": False, "streaming": {"values": True}},
        "input": GREETER_INPUT,
        "output": GREETER_OUTPUT,
        "config": {"type": "object"},
    },
    run=_greet,
)


class State(TypedDict, total=False):
    echo_in: Any
    echo_out: Any
    repeat: int
    greeter_in: Any
    greeter_out: Any
    route: str


class GreeterInput(BaseModel):  # what `python -m agentplug.acp codegen` writes for the greeter
    name: str
    times: int


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    app = acp.create_app(acp.SandboxSettings(), agents=[acp.ECHO_AGENT, GREETER])
    server = BackgroundServer(app, before_stop=app.state.service.engine.close)
    with server.running() as url:
        yield url


@pytest.fixture
def client(base_url: str) -> Iterator[ACP]:
    with ACP(base_url=base_url) as acp_client:
        yield acp_client


def nodes(client: ACP | AsyncACP, **greeter_options: Any) -> tuple[ACPNode, ACPNode]:
    echo = ACPNode("echo", acp.ECHO_AGENT_ID, client, input_path="echo_in", output_path="echo_out", config_path="echo")
    greeter = ACPNode(
        "greeter", GREETER_ID, client, input_path="greeter_in", output_path="greeter_out", **greeter_options
    )
    return echo, greeter


def graph_of(echo: ACPNode, greeter: ACPNode) -> StateGraph[Any]:
    graph: StateGraph[Any] = StateGraph(State)
    graph.add_node(echo)
    graph.add_node(greeter)
    graph.add_edge(START, "echo")
    graph.add_edge("greeter", END)
    return graph


def greeter_runs(client: ACP) -> int:
    return sum(1 for _ in client.runs.search(agent_id=GREETER_ID))


ECHO_CONFIG = {"configurable": {"echo": {"to_upper": True}}}


def test_a_field_mapping_carries_one_agents_output_into_the_next(client: ACP) -> None:
    echo, greeter = nodes(client, input_type=GreeterInput)
    graph = graph_of(echo, greeter)
    mapper_node = add_io_mapped_edge(graph, echo, greeter, {"field_mapping": {"name": "echo_out", "times": "repeat"}})
    assert mapper_node.name == "echo_to_greeter_io_mapper" and isinstance(mapper_node.mapper, FieldMapper)
    state = graph.compile().invoke({"echo_in": "alice", "repeat": 2}, ECHO_CONFIG)
    assert state["greeter_in"] == GreeterInput(name="ALICE", times=2)  # typed by the node's input_type
    assert state["greeter_out"] == {"greeting": "Hello ALICE! Hello ALICE!"}


def test_a_mapping_that_does_not_fit_the_descriptor_schema_never_reaches_the_agent(client: ACP) -> None:
    before = greeter_runs(client)
    echo, greeter = nodes(client)
    graph = graph_of(echo, greeter)
    add_io_mapped_edge(graph, "echo", "greeter", mapper=FieldMapper({"name": "echo_out"}))  # no `times`
    with pytest.raises(IOMappingError) as caught:
        graph.compile().invoke({"echo_in": "bob"}, ECHO_CONFIG)
    assert "'times' is a required property" in str(caught.value) and caught.value.value == {"name": "BOB"}
    assert greeter_runs(client) == before


def test_a_missing_source_field_is_named(client: ACP) -> None:
    echo, greeter = nodes(client)
    graph = graph_of(echo, greeter)
    add_io_mapped_edge(graph, echo, greeter, {"field_mapping": {"name": "echo_out", "times": "nowhere.count"}})
    with pytest.raises(IOMappingError, match=r"nowhere\.count"):
        graph.compile().invoke({"echo_in": "x"}, ECHO_CONFIG)


def test_an_llm_maps_and_a_bad_answer_is_sent_back_with_its_problems(client: ACP) -> None:
    answers = [
        AIMessage(content='{"name": "ALICE"}'),  # misses `times`: the problems go back to the model
        AIMessage(content='```json\n{"name": "ALICE", "times": 3}\n```'),
    ]
    llm = GenericFakeChatModel(messages=iter(answers))
    echo, greeter = nodes(client)
    graph = graph_of(echo, greeter)
    node = add_io_mapped_edge(
        graph,
        echo,
        greeter,
        IOMappingAgentMetadata(input_fields=["echo_out"], field_mapping={"times": "three"}),
        llm,
    )
    assert isinstance(node.mapper, LLMMapper)
    state = graph.compile().invoke({"echo_in": "alice"}, ECHO_CONFIG)
    assert state["greeter_out"] == {"greeting": "Hello ALICE! Hello ALICE! Hello ALICE!"}


def test_an_llm_that_never_fits_fails_the_mapping(client: ACP) -> None:
    llm = GenericFakeChatModel(messages=iter([AIMessage(content="Sure! Here it is."), AIMessage(content="[]")]))
    echo, greeter = nodes(client)
    graph = graph_of(echo, greeter)
    add_io_mapped_edge(graph, echo, greeter, None, llm)
    with pytest.raises(IOMappingError, match="after 2 attempt"):
        graph.compile().invoke({"echo_in": "alice"}, ECHO_CONFIG)


def test_a_conditional_io_mapped_edge_maps_each_branch(client: ACP) -> None:
    echo, greeter = nodes(client)
    graph = graph_of(echo, greeter)
    branches = add_io_mapped_conditional_edge(
        graph,
        echo,
        lambda state: state["route"],
        {
            "once": {"end": greeter, "metadata": {"field_mapping": {"name": "echo_out", "times": lambda s: 1}}},
            "skip": {"end": END},
        },
    )
    assert branches["skip"] == END and branches["once"] != END
    app = graph.compile()
    assert app.invoke({"echo_in": "cy", "route": "once"}, ECHO_CONFIG)["greeter_out"] == {"greeting": "Hello CY!"}
    skipped = app.invoke({"echo_in": "cy", "route": "skip"}, ECHO_CONFIG)
    assert skipped["echo_out"] == "CY" and "greeter_out" not in skipped


@pytest.mark.anyio
async def test_async_graphs_map_with_the_async_client(base_url: str) -> None:
    llm = GenericFakeChatModel(messages=iter([AIMessage(content='{"name": "DEE", "times": 1}')]))
    async with AsyncACP(base_url=base_url) as client:
        echo, greeter = nodes(client)
        graph = graph_of(echo, greeter)
        add_io_mapped_edge(graph, echo, greeter, {"input_fields": ["echo_out"]}, llm)
        state = await graph.compile().ainvoke({"echo_in": "dee"}, ECHO_CONFIG)
    assert state["greeter_out"] == {"greeting": "Hello DEE!"}


def test_configuration_mistakes_are_named(client: ACP) -> None:
    echo, greeter = nodes(client)
    graph = graph_of(echo, greeter)
    with pytest.raises(ConfigurationError, match="needs a way to map"):
        add_io_mapped_edge(graph, echo, greeter, {})
    with pytest.raises(ConfigurationError, match="unknown keys"):
        add_io_mapped_edge(graph, echo, greeter, {"fields": ["x"]}, GenericFakeChatModel(messages=iter([])))
    with pytest.raises(ConfigurationError, match="output_fields"):
        add_io_mapped_edge(graph, echo, "plain", {"field_mapping": {"a": "b"}})
