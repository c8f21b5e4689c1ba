"""Every operation by name, behind one idempotency ledger shared by the endpoints and bulk items.

An operation takes its parameters as one dict (body fields, path and query parameters merged)
and answers the success envelope or raises `ApiError`. A successful answer is stored under
(operation, idempotency key) with the parameters: the same key answers the stored envelope again
without acting, the same key with other parameters is a 409.
"""

from __future__ import annotations

import functools
import secrets
from collections.abc import Callable
from typing import Any

from .agents import AgentOperations
from .config import Deployment, SandboxSettings
from .errors import ApiError
from .instances import InstanceOperations
from .spans import SpanOperations
from .store import Store

__all__ = ["ACCOUNT_ONLY", "BULK_TYPES", "PrefactorService"]

Operation = Callable[[dict[str, Any]], dict[str, Any]]

# Bulk `_type` -> operation name (the same names the single endpoints use).
BULK_TYPES = {
    "agents/create": "agents.create",
    "agents/list": "agents.list",
    "agents/show": "agents.show",
    "agents/get": "agents.get",
    "agents/update": "agents.update",
    "agents/delete": "agents.delete",
    "agents/retire": "agents.retire",
    "agents/reinstate": "agents.reinstate",
    "agent_instances/register": "agent_instances.register",
    "agent_instances/get": "agent_instances.get",
    "agent_instances/start": "agent_instances.start",
    "agent_instances/finish": "agent_instances.finish",
    "agent_instances/record_quality": "agent_instances.record_quality",
    "agent_spans/create": "agent_spans.create",
    "agent_spans/finish": "agent_spans.finish",
}


# What Prefactor's own evaluation tool calls: reading runs back and controlling them takes an
# account-scoped token; a deployment-scoped one is refused with 401.
ACCOUNT_ONLY = frozenset(
    {"agent_instances.list", "agent_instances.update", "agent_instances.terminate", "agent_spans.list"}
)


def _without_key(params: dict[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in params.items() if name != "idempotency_key"}


class PrefactorService:
    def __init__(self, settings: SandboxSettings) -> None:
        self.settings = settings
        self.store = Store()
        self.agents = AgentOperations(self.store)
        self.instances = InstanceOperations(self.store, settings.environment_id)
        self.spans = SpanOperations(self.store, self.instances)
        self.operations: dict[str, Operation] = {
            "agents.create": self.agents.create,
            "agents.list": self.agents.list,
            "agents.show": self.agents.show,
            "agents.get": self.agents.get,
            "agents.update": self.agents.update,
            "agents.delete": self.agents.delete,
            "agents.retire": self.agents.retire,
            "agents.reinstate": self.agents.reinstate,
            "agent_instances.register": self.instances.register,
            "agent_instances.get": self.instances.get,
            "agent_instances.list": self.instances.list,
            "agent_instances.update": self.instances.update,
            "agent_instances.terminate": self.instances.terminate,
            "agent_instances.start": self.instances.start,
            "agent_instances.finish": self.instances.finish,
            "agent_instances.record_quality": self.instances.record_quality,
            "agent_spans.create": self.spans.create,
            "agent_spans.finish": self.spans.finish,
            "agent_spans.list": self.spans.list,
        }
        self.deployments: dict[str, Deployment] = {
            token: Deployment(agent_id, settings.environment_id)
            for token, agent_id in settings.deployment_tokens.items()
        }
        self._ledger: dict[tuple[str, str], tuple[dict[str, Any], dict[str, Any]]] = {}
        self.replays = 0  # answers served from the ledger

    def mint_deployment_token(self, agent_id: str, environment_id: str | None = None) -> str:
        """A new deployment-scoped token for the agent (in the sandbox's environment by default)."""
        if agent_id not in self.store.agents:
            raise ApiError(404, "not_found", "Agent not found")
        token = f"pfdt_{secrets.token_hex(12)}"
        self.deployments[token] = Deployment(agent_id, environment_id or self.settings.environment_id)
        return token

    def run(
        self, name: str, params: dict[str, Any], key: str | None, *, deployment: Deployment | None = None
    ) -> dict[str, Any]:
        """Run operation `name` once per idempotency key, for a caller with this deployment token (or none)."""
        if deployment is not None and name in ACCOUNT_ONLY:
            raise ApiError(
                401, "unauthorized", "This needs an account-scoped API token; a deployment-scoped token cannot do it"
            )
        if deployment is not None and name == "agent_instances.register":
            operation: Operation = functools.partial(self.instances.register, deployment=deployment)
        else:
            operation = self.operations[name]
        if not key:
            return operation(params)
        stored = self._ledger.get((name, key))
        if stored is not None:
            if stored[0] != _without_key(params):  # compared only when a key comes back
                raise ApiError(409, "idempotency_key_reused", "This idempotency key was used with a different request")
            self.replays += 1
            return stored[1]
        answer = operation(params)
        self._ledger[(name, key)] = (_without_key(params), answer)
        return answer

    def create_span(self, body: dict[str, Any], *, deployment: Deployment | None = None) -> dict[str, Any]:
        """`POST /agent_spans`: the span and its idempotency key sit inside `details`."""
        details = body.get("details")
        if not isinstance(details, dict):
            raise ApiError(
                422, "validation_errors", "Validation failed", {"details": ["is required and must be an object"]}
            )
        key = details.get("idempotency_key")
        return self.run("agent_spans.create", details, key if isinstance(key, str) else None, deployment=deployment)
