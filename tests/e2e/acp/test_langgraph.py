"""agentplug.acp.langgraph.ACPNode in real LangGraph graphs, against the ACP sandbox's echo agent."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest

pytest.importorskip("langgraph")

from agentplug.acp import ACP, AsyncACP
from agentplug.acp.langgraph import ACPNode
from agentplug.errors import ConfigurationError, OperationFailedError
from agentplug.sandbox import acp
from langgraph.checkpoint.memory import MemorySaver
from langgraph.graph import END, START, StateGraph
from langgraph.types import Command
from typing_extensions import TypedDict  # pydantic validates these on Python < 3.12


class State(TypedDict, total=False):
    echo_in: Any
    echo_out: Any


class Chat(TypedDict):
    messages: list[dict[str, Any]]


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with acp.serve(profile="spec") as url:
        yield url


@pytest.fixture
def client(base_url: str) -> Iterator[ACP]:
    with ACP(base_url=base_url) as acp_client:
        yield acp_client


def chat(text: str) -> dict[str, Any]:
    return {"messages": [{"type": "human", "content": text}]}


def graph_with(node: ACPNode, *, checkpointer: MemorySaver | None = None) -> Any:
    graph = StateGraph(State)
    graph.add_node(node)
    graph.add_edge(START, node.name or "")
    graph.add_edge(node.name or "", END)
    return graph.compile(checkpointer=checkpointer)


def last_text(state: dict[str, Any]) -> str:
    text: str = state["echo_out"]["messages"][-1]["content"]
    return text


def echo_node(client: ACP | AsyncACP | None = None, **options: Any) -> ACPNode:
    return ACPNode(
        "echo",
        acp.ECHO_AGENT_ID,
        client,
        input_path="echo_in",
        output_path="echo_out",
        config_path="echo",
        **options,
    )


def test_invoke_runs_the_agent_and_writes_its_output(client: ACP) -> None:
    app = graph_with(echo_node(client))
    state = app.invoke({"echo_in": chat("hello")}, {"configurable": {"echo": {"to_upper": True}}})
    assert last_text(state) == "HELLO"
    assert state["echo_in"] == chat("hello")


def test_scalar_input_and_typed_models(client: ACP) -> None:
    node = ACPNode("echo", acp.ECHO_AGENT_ID, client, "echo_in", str, "echo_out", str)
    state = graph_with(node).invoke({"echo_in": "plain text"})
    assert state["echo_out"] == "plain text"


def test_ainvoke(base_url: str) -> None:
    async def main() -> dict[str, Any]:
        async with AsyncACP(base_url=base_url) as async_client:
            app = graph_with(echo_node(async_client, output_type=Chat))
            result: dict[str, Any] = await app.ainvoke(
                {"echo_in": chat("async")}, {"configurable": {"echo": {"to_lower": True}}}
            )
            return result

    state = asyncio.run(main())
    assert last_text(state) == "async"


def test_node_opens_its_own_client_from_base_url(base_url: str) -> None:
    app = graph_with(echo_node(base_url=base_url))
    assert last_text(app.invoke({"echo_in": chat("own client")})) == "own client"


def test_streaming_forwards_remote_updates_to_the_custom_stream(client: ACP) -> None:
    app = graph_with(echo_node(client, streaming=True))
    chunks = list(app.stream({"echo_in": chat("stream me")}, stream_mode=["custom", "updates"]))

    custom = [chunk for mode, chunk in chunks if mode == "custom"]
    updates = [chunk for mode, chunk in chunks if mode == "updates"]
    assert custom, "the remote run's updates reach the graph's custom stream"
    assert {chunk["node"] for chunk in custom} == {"echo"}
    assert {chunk["event"]["type"] for chunk in custom} <= {"values", "custom"}
    assert custom[-1]["event"]["type"] in ("values", "custom")
    assert updates[-1]["echo"]["echo_out"]["messages"][-1]["content"] == "stream me"


@pytest.mark.parametrize("streaming", [False, True], ids=["wait", "stream"])
def test_interrupts_pause_the_graph_and_resume_the_same_run(client: ACP, streaming: bool) -> None:
    app = graph_with(echo_node(client, streaming=streaming), checkpointer=MemorySaver())
    config = {"configurable": {"thread_id": f"interrupts-{streaming}", "echo": {"interrupt_count": 2}}}

    first = app.invoke({"echo_in": chat("start")}, config)
    (pause,) = first["__interrupt__"]
    assert pause.value["interrupt_type"] == acp.INTERRUPT_TYPE
    assert pause.value["node"] == "echo"
    assert pause.value["payload"]["messages"][-1] == {"type": "assistant", "content": "start"}
    run_id = pause.value["run_id"]

    second = app.invoke(Command(resume=chat("first answer")), config)
    (pause,) = second["__interrupt__"]
    assert pause.value["run_id"] == run_id  # the same remote run carries on
    assert pause.value["payload"]["messages"][-1] == {"type": "assistant", "content": "first answer"}

    final = app.invoke(Command(resume=chat("second answer")), config)
    assert "__interrupt__" not in final
    texts = [message["content"] for message in final["echo_out"]["messages"]]
    assert texts == ["start", "first answer", "second answer", "second answer"]
    assert client.runs.get(run_id).status == "success"


def test_interrupts_with_ainvoke_and_astream(base_url: str) -> None:
    async def main() -> tuple[list[Any], dict[str, Any]]:
        async with AsyncACP(base_url=base_url) as async_client:
            app = graph_with(echo_node(async_client, streaming=True), checkpointer=MemorySaver())
            config = {"configurable": {"thread_id": "async-interrupts", "echo": {"interrupt_count": 2}}}
            pauses = []
            state = await app.ainvoke({"echo_in": chat("a")}, config)
            pauses.append(state["__interrupt__"][0].value)
            chunks = [chunk async for chunk in app.astream(Command(resume=chat("b")), config, stream_mode="updates")]
            pauses.append(chunks[-1]["__interrupt__"][0].value)
            final: dict[str, Any] = await app.ainvoke(Command(resume=chat("c")), config)
            return pauses, final

    pauses, final = asyncio.run(main())
    assert pauses[0]["run_id"] == pauses[1]["run_id"]
    assert [message["content"] for message in final["echo_out"]["messages"]] == ["a", "b", "c", "c"]


def test_failed_run_is_a_typed_error(client: ACP) -> None:
    app = graph_with(echo_node(client))
    with pytest.raises(OperationFailedError, match="boom") as caught:
        app.invoke({"echo_in": chat("x")}, {"configurable": {"echo": {"raise_error": "boom"}}})
    assert caught.value.result.status == "error"


def test_interrupt_outside_a_graph_is_a_typed_error(client: ACP) -> None:
    node = echo_node(client)
    with pytest.raises(OperationFailedError, match="inside a LangGraph graph with a checkpointer"):
        node.invoke({"echo_in": chat("x")}, {"configurable": {"echo": {"interrupt_count": 1}}})


def test_node_stream_called_directly_yields_the_update(client: ACP) -> None:
    (update,) = list(echo_node(client).stream({"echo_in": chat("direct")}))
    assert update["echo_out"]["messages"][-1]["content"] == "direct"


def test_settings_errors(client: ACP) -> None:
    with pytest.raises(ConfigurationError, match="input_path 'echo_in' is not in the state"):
        echo_node(client).invoke({"other": 1})
    with pytest.raises(ConfigurationError, match="only a blocking ACP client"):
        asyncio.run(echo_node(client).ainvoke({"echo_in": chat("x")}))
    with pytest.raises(ConfigurationError, match="the input does not fit"):
        ACPNode("echo", acp.ECHO_AGENT_ID, client, "echo_in", Chat, "echo_out").invoke({"echo_in": "not a chat"})
    with pytest.raises(ConfigurationError, match="not both"):
        ACPNode("echo", acp.ECHO_AGENT_ID, client, base_url="http://127.0.0.1:9")


def test_a_node_built_the_vendors_way_from_an_api_client_configuration(base_url: str) -> None:
    from agentplug.acp.compat import ApiClientConfiguration

    configuration = ApiClientConfiguration(host=base_url, retries=1)
    node = ACPNode("echo", acp.ECHO_AGENT_ID, configuration, "echo_in", None, "echo_out", None, "echo")
    state = graph_with(node).invoke({"echo_in": chat("cfg")}, {"configurable": {"echo": {"to_upper": True}}})
    assert last_text(state) == "CFG"
    keyword = ACPNode(
        "echo", acp.ECHO_AGENT_ID, client_config=configuration, input_path="echo_in", output_path="echo_out"
    )
    assert last_text(graph_with(keyword).invoke({"echo_in": chat("kw")})) == "kw"
    with pytest.raises(ConfigurationError, match="not both"):
        ACPNode("echo", acp.ECHO_AGENT_ID, configuration, client_config=configuration)
