"""The I/O mappers of agentplug.acp.langgraph, without a graph or a server."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

pytest.importorskip("langgraph")

from agentplug.acp.langgraph import FieldMapper, IOMappingAgentMetadata, IOMappingError, LLMMapper, MappingRequest
from agentplug.acp.langgraph._mappers import schema_problems
from agentplug.errors import ConfigurationError
from langchain_core.messages import AIMessage, BaseMessage

SCHEMA = {
    "type": "object",
    "required": ["name", "times"],
    "properties": {"name": {"type": "string"}, "times": {"type": "integer", "minimum": 1}},
}


class RecordingModel:
    """A chat model stand-in that answers from a script and keeps every prompt it was given."""

    def __init__(self, *answers: str) -> None:
        self.answers = list(answers)
        self.prompts: list[list[BaseMessage]] = []

    def invoke(self, messages: list[BaseMessage]) -> AIMessage:
        self.prompts.append(list(messages))
        return AIMessage(content=self.answers.pop(0))

    async def ainvoke(self, messages: list[BaseMessage]) -> AIMessage:
        return self.invoke(messages)


def request(state: Any, *, schema: dict[str, Any] | None = SCHEMA, **metadata: Any) -> MappingRequest:
    return MappingRequest(state, state, schema, IOMappingAgentMetadata(**metadata), "greeter")


def test_field_mapper_builds_nested_targets_from_paths_and_callables() -> None:
    mapper = FieldMapper({"who.name": "profile.name", "who.tag": lambda s: s["tag"].upper(), "times": "n"})
    value = mapper.map(request({"profile": {"name": "Ann"}, "tag": "x", "n": 2}))
    assert value == {"who": {"name": "Ann", "tag": "X"}, "times": 2}
    assert FieldMapper({"": "profile"}).map(request({"profile": {"name": "B"}})) == {"name": "B"}
    with pytest.raises(IOMappingError, match=r"nothing at 'profile\.age'"):
        FieldMapper({"age": "profile.age"}).map(request({"profile": {}}))
    with pytest.raises(ConfigurationError, match="field_mapping"):
        FieldMapper().map(request({}))


def test_llm_mapper_sends_the_schema_and_feeds_problems_back() -> None:
    model = RecordingModel('{"name": "Ann"}', '```json\n{"name": "Ann", "times": 2}\n```')
    mapper = LLMMapper(model, instructions="Use the profile's name.")
    value = mapper.map(request({"profile": {"name": "Ann"}}, field_mapping={"times": "twice"}))
    assert value == {"name": "Ann", "times": 2}
    first, second = model.prompts
    assert '"required"' in str(first[1].content) and "Use the profile's name." in str(first[1].content)
    assert '"times": "twice"' in str(first[1].content)
    assert second[2].content == '{"name": "Ann"}' and "'times' is a required property" in str(second[3].content)


def test_llm_mapper_gives_up_after_max_attempts() -> None:
    model = RecordingModel("not json", '{"name": 1, "times": 0}')
    with pytest.raises(IOMappingError) as caught:
        LLMMapper(model, max_attempts=2).map(request({}))
    assert len(model.prompts) == 2 and any("minimum" in problem for problem in caught.value.problems)
    with pytest.raises(ConfigurationError, match="chat model"):
        LLMMapper(object())


def test_llm_mapper_async() -> None:
    model = RecordingModel('{"name": "Z", "times": 1}')
    assert asyncio.run(LLMMapper(model).amap(request({}))) == {"name": "Z", "times": 1}


def test_schema_problems_and_metadata_checks() -> None:
    assert schema_problems(SCHEMA, {"name": "a", "times": 1}) == []
    assert schema_problems(SCHEMA, {"name": "a", "times": "x"}) == ["times: 'x' is not of type 'integer'"]
    with pytest.raises(ConfigurationError, match="invalid"):
        schema_problems({"type": "no-such-type"}, {})
    with pytest.raises(ConfigurationError, match="unknown keys"):
        IOMappingAgentMetadata.of({"inputs": []})
    with pytest.raises(ConfigurationError):
        IOMappingAgentMetadata.of(["input_fields"])  # type: ignore[arg-type]
