"""``APIBridgeAgentNode``: a natural-language query to an API Bridge Agent service, as a LangGraph node.

An API Bridge Agent (an API gateway plugin) turns a plain-text request into calls of the REST
service behind ``{hostname}/{service_name}`` and answers in text. The node posts the state's
``query`` there and writes the answer into the state as ``result``.
"""

from __future__ import annotations

from typing import Any

import pydantic
from langchain_core.runnables import Runnable, RunnableConfig

from agentplug._core._config import ClientConfig, Secret
from agentplug.errors import ConfigurationError

from ._async._bridge import async_send_query
from ._state import MISSING, read_path, state_update, validate_as
from ._sync._bridge import send_query

__all__ = ["APIBridgeAgentNode", "APIBridgeInput", "APIBridgeOutput"]


class APIBridgeInput(pydantic.BaseModel):
    """What the API bridge node reads from the state."""

    query: str = pydantic.Field(description="The request to the service, in natural language")


class APIBridgeOutput(pydantic.BaseModel):
    """What the API bridge node writes into the state."""

    result: str = pydantic.Field(description="The service's answer, as the bridge rendered it")


class APIBridgeAgentNode(Runnable[Any, dict[str, Any]]):
    """A LangGraph node that sends ``{query}`` to an API Bridge Agent service and returns ``{result}``.

        node = APIBridgeAgentNode("github", "http://gateway:8080", "github", "bridge_in", "bridge_out", token)

    The request is ``POST {hostname}/{service_name}`` with the query as a ``text/plain`` body,
    ``X-Nl-Query-Enabled: yes`` (ask the bridge to read natural language) and
    ``Authorization: Bearer {service_api_key}`` (the service's own credential, passed through);
    ``apikey``, when given, is sent as ``x-api-key`` for the gateway. The answer's text becomes
    ``result``; an empty answer becomes a short note of the HTTP status.

    Raises: ``APIStatusError`` subclasses for error statuses, ``APIConnectionError`` when the
    gateway cannot be reached, ``ConfigurationError`` when the state has no query.
    """

    def __init__(
        self,
        name: str,
        hostname: str,
        service_name: str,
        input_path: str | None,
        output_path: str | None,
        service_api_key: str | None,
        input_type: Any = APIBridgeInput,
        output_type: Any = APIBridgeOutput,
        apikey: str | None = None,
        *,
        timeout: float | None = 60.0,
    ) -> None:
        if not hostname.startswith(("http://", "https://")):
            raise ConfigurationError(f"APIBridgeAgentNode: hostname must be an http(s) URL, got {hostname!r}")
        self.name = name
        self._label = name
        self.input_path = input_path
        self.output_path = output_path
        self.input_type = input_type
        self.output_type = output_type
        self._path = "/" + service_name.strip("/")
        self._config = ClientConfig(
            api="acp",
            base_url=hostname.rstrip("/"),
            credential=Secret(service_api_key) if service_api_key else None,
            timeout=timeout,
        )
        self._auth: dict[str, str] = {}
        if service_api_key:
            self._auth["authorization"] = f"Bearer {service_api_key}"
        if apikey:
            self._auth["x-api-key"] = apikey

    def __repr__(self) -> str:
        return f"APIBridgeAgentNode(name={self.name!r}, service={self._path!r})"

    def invoke(self, input: Any, config: RunnableConfig | None = None, **kwargs: Any) -> dict[str, Any]:
        """Send the state's query to the service; answers the state update holding its ``result``."""

        response = send_query(self._config, self._auth, self._path, self._query(input))
        return self._update(input, response.text, response.status_code, response.reason_phrase)

    async def ainvoke(self, input: Any, config: RunnableConfig | None = None, **kwargs: Any) -> dict[str, Any]:
        """Like ``invoke``, without blocking the event loop."""

        response = await async_send_query(self._config, self._auth, self._path, self._query(input))
        return self._update(input, response.text, response.status_code, response.reason_phrase)

    def _query(self, state: Any) -> str:
        value = read_path(state, self.input_path)
        if value is MISSING:
            raise ConfigurationError(
                f"API bridge node {self.name!r}: input_path {self.input_path!r} is not in the state"
            )
        query = read_path(validate_as(self.input_type, value, what="input", node=self._label), "query")
        if not isinstance(query, str) or not query.strip():
            raise ConfigurationError(f"API bridge node {self._label!r}: the input has no query text")
        return query

    def _update(self, state: Any, text: str, status: int, reason: str) -> dict[str, Any]:
        result = text if text else f"Operation performed (HTTP {status} {reason})".rstrip()
        output = validate_as(self.output_type, {"result": result}, what="output", node=self._label)
        return state_update(state, self.output_path, output, node=self._label)
