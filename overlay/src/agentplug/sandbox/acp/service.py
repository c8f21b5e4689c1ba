"""The sandbox's shared state and the look-ups every route needs."""

from __future__ import annotations

from typing import Any

from .agent import ECHO_AGENT, AgentSpec
from .agent_reference import REFERENCE_ECHO_AGENT
from .config import SandboxSettings
from .errors import ApiError, invalid, not_found
from .reference_history import reference_history
from .runs import RunEngine, spec_history
from .store import RunRecord, Store, ThreadRecord
from .validation import is_uuid, validate
from .wire import ReferenceWire, SpecWire, Wire

__all__ = ["AcpService", "paginate"]


def paginate(items: list[Any], limit: int, offset: int) -> list[Any]:
    """One page of items (a non-positive limit gives an empty page)."""
    start = max(int(offset), 0)
    return items[start : start + max(int(limit), 0)]


class AcpService:
    """Store, run engine and agents of one sandbox server."""

    def __init__(self, settings: SandboxSettings, agents: list[AgentSpec] | None = None) -> None:
        self.settings = settings
        self.reference = settings.profile == "reference"
        default = REFERENCE_ECHO_AGENT if self.reference else ECHO_AGENT
        self.agents: dict[str, AgentSpec] = {agent.agent_id: agent for agent in (agents or [default])}
        self.default_agent_id = next(iter(self.agents))
        self.store = Store()
        self.wire: Wire = ReferenceWire() if self.reference else SpecWire()
        history = reference_history if self.reference else spec_history
        self.engine = RunEngine(self.store, settings, self.agents, self.wire, history)

    def agent(self, agent_id: str | None) -> AgentSpec:
        """The agent with this id, the default agent for None; 404 otherwise."""
        if agent_id is None:
            return self.agents[self.default_agent_id]
        key = agent_id.lower() if is_uuid(agent_id) else agent_id
        agent = self.agents.get(key)
        if agent is None:
            raise not_found("Agent", agent_id)
        return agent

    def thread(self, thread_id: str) -> ThreadRecord:
        thread = self.store.threads.get(thread_id)
        if thread is None:
            raise ApiError(404, "Thread not found") if self.reference else not_found("Thread", thread_id)
        return thread

    def stateless_run(self, run_id: str) -> RunRecord:
        run = self.store.runs.get(run_id)
        if run is None or run.thread_id is not None:
            raise not_found("Run", run_id)
        return run

    def thread_run(self, thread_id: str, run_id: str) -> RunRecord:
        self.thread(thread_id)
        run = self.store.runs.get(run_id)
        if run is None or run.thread_id != thread_id:
            raise not_found("Run", run_id)
        return run

    def check_run_request(self, body: dict[str, Any]) -> AgentSpec:
        """The run's agent, after checking input and config against its descriptor (404/422)."""
        agent_id = body.get("agent_id")
        agent = self.agent(agent_id if isinstance(agent_id, str) else None)
        errors: list[dict[str, Any]] = []
        if "input" in body:
            errors += validate(body["input"], agent.input_schema, ("body", "input"))
        config = body.get("config")
        if isinstance(config, dict) and "configurable" in config:
            errors += validate(config["configurable"], agent.config_schema, ("body", "config", "configurable"))
        if errors:
            raise invalid(errors)
        modes = body.get("stream_mode")
        supported = agent.specs["capabilities"].get("streaming") or {}
        requested = [modes] if isinstance(modes, str) else (modes or [])
        for mode in requested:
            if not supported.get(mode):
                raise ApiError(422, f"Agent {agent.agent_id} does not support stream mode {mode!r}")
        return agent
