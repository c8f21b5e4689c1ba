"""APIBridgeAgentNode in a LangGraph graph, against a small API-bridge stand-in over loopback."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest

pytest.importorskip("langgraph")

from agentplug.acp.langgraph import APIBridgeAgentNode, APIBridgeInput, APIBridgeOutput
from agentplug.errors import AuthenticationError, ConfigurationError
from agentplug.sandbox._server import BackgroundServer
from langgraph.graph import END, START, StateGraph
from pydantic import BaseModel
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

TOKEN = "service-token"


async def github(request: Request) -> Response:
    """Answers like a bridge would: the query, read as natural language, echoed in a sentence."""
    if request.headers.get("authorization") != f"Bearer {TOKEN}":
        return PlainTextResponse('{"detail": "bad token"}', status_code=401, media_type="application/json")
    if request.headers.get("x-nl-query-enabled") != "yes" or not request.headers["content-type"].startswith(
        "text/plain"
    ):
        return PlainTextResponse("not a natural-language query", status_code=400)
    query = (await request.body()).decode()
    gateway = request.headers.get("x-api-key", "-")
    return PlainTextResponse(f"issues for: {query} (gateway key {gateway})")


async def silent(request: Request) -> Response:
    return Response(status_code=204)


@pytest.fixture(scope="module")
def bridge_url() -> Iterator[str]:
    app = Starlette(routes=[Route("/github", github, methods=["POST"]), Route("/silent", silent, methods=["POST"])])
    with BackgroundServer(app).running() as url:
        yield url


class State(BaseModel):
    question: APIBridgeInput
    answer: APIBridgeOutput | None = None


def run_graph(node: APIBridgeAgentNode, state: Any) -> Any:
    graph = StateGraph(State)
    graph.add_node(node)
    graph.add_edge(START, node.name or "")
    graph.add_edge(node.name or "", END)
    return graph.compile().invoke(state)


def test_query_in_result_out(bridge_url: str) -> None:
    node = APIBridgeAgentNode("github", bridge_url, "github", "question", "answer", TOKEN, apikey="gw")
    state = run_graph(node, State(question=APIBridgeInput(query="open bugs in tyk")))
    assert state["answer"] == APIBridgeOutput(result="issues for: open bugs in tyk (gateway key gw)")


def test_ainvoke_with_plain_dict_state(bridge_url: str) -> None:
    node = APIBridgeAgentNode("github", bridge_url, "/github/", "bridge.in", None, TOKEN)
    update = asyncio.run(node.ainvoke({"bridge": {"in": {"query": "héllo"}}}))
    assert update == {"result": "issues for: héllo (gateway key -)"}


def test_empty_answer_reports_the_status(bridge_url: str) -> None:
    node = APIBridgeAgentNode("silent", bridge_url, "silent", "q", "a", TOKEN)
    assert node.invoke({"q": {"query": "do it"}}) == {
        "a": APIBridgeOutput(result="Operation performed (HTTP 204 No Content)")
    }


def test_errors_are_typed(bridge_url: str) -> None:
    node = APIBridgeAgentNode("github", bridge_url, "github", "q", "a", "wrong-token")
    with pytest.raises(AuthenticationError) as caught:
        node.invoke({"q": {"query": "x"}})
    assert "wrong-token" not in str(caught.value)
    good = APIBridgeAgentNode("github", bridge_url, "github", "q", "a", TOKEN)
    with pytest.raises(ConfigurationError, match="input_path 'q' is not in the state"):
        good.invoke({})
    with pytest.raises(ConfigurationError, match="does not fit"):
        good.invoke({"q": {"question": "no query field"}})
    with pytest.raises(ConfigurationError, match="http"):
        APIBridgeAgentNode("x", "gateway:8080", "github", "q", "a", TOKEN)
