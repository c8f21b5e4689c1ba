# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""The client of a NAT server's interactive HTTP routes."""

from __future__ import annotations

from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING

from typing_extensions import Unpack

from agentplug._core._call_options import CallOptions, RequestExtras
from agentplug._core._config import ClientConfig, Secret, resolve
from agentplug._core._contract import ClientContract, with_transport
from agentplug._core._logging import redact_url
from agentplug._core._secrets import SecretHeaders, check_header_value
from agentplug._core._sync._resource import ClientBase
from agentplug.errors import ConfigurationError, InvalidArgumentError

from .._inputs import DEFAULT_ENDPOINT, request_for
from .._settings import NAT_ENV, NAT_SETTINGS

if TYPE_CHECKING:
    # Only for annotations: httpx2 and the HTTP machinery load when the first request is made, so
    # that importing the package and building a client stay cheap.
    import httpx2

    from agentplug._core._http import HTTPSettings
    from agentplug._core._sync._calls import Operations
    from agentplug._core._sync._http import HTTP

    from .._handlers import InteractionHandler, OAuthHandler
    from .._interactions import Interaction
    from ..answers import Answer
    from ..models import ExecutionStatusResponse
    from ._api import NATAPI
    from .execution import Execution
    from .stream import WorkflowStream

__all__ = ["NAT"]

_SESSION_COOKIE = "nat-session"


def _identity_headers(token: str | None, session: str | None) -> dict[str, str]:
    headers: dict[str, str] = {}
    if token is not None:
        if not isinstance(token, str) or not token.strip() or any(c in token for c in "\r\n"):
            raise ConfigurationError("Invalid token: a non-empty string on one line is expected")
        headers["Authorization"] = f"Bearer {token.strip()}"
        check_header_value("Authorization", headers["Authorization"], argument="token")  # never quoted
    if session is not None:
        if not isinstance(session, str) or not session or any(c in session for c in ";,\r\n \t"):
            raise ConfigurationError("Invalid session: a cookie value without spaces, ';' or ',' is expected")
        headers["Cookie"] = f"{_SESSION_COOKIE}={session}"
    return headers


class NAT(ClientContract, ClientBase):
    """Run NAT workflows that may pause for a human, over plain HTTP.

    Args:
        base_url: the server's URL (or env NAT_BASE_URL), e.g. "http://127.0.0.1:8000".
        token: sent as `Authorization: Bearer ...`: a user identity (needed for OAuth workflows)
            or whatever an authenticating proxy in front of the server wants.
        session: sent as the `nat-session` cookie, the server's other way to name the user.
        headers: extra headers for every request (e.g. a trusted identity header).
        timeout: seconds per HTTP operation for status and answer calls (None: no limit). The
            POST that starts a run and stream reads wait as long as the workflow needs, unless
            `run(timeout=...)` says otherwise.
        max_retries: retries of idempotent calls on connection errors, 408, 429 and 5xx.
        http_settings: TLS, proxy, pool limits or a custom transport.
        transport: an inner httpx2 transport (replaces the one of `http_settings`).
        http_client: an httpx2 client of your own, never modified: `token`, `session` and
            `headers` go on each request (the identity only to `base_url`'s origin).
    """

    _environment = NAT_ENV

    def __init__(
        self,
        base_url: str | None = None,
        *,
        token: str | None = None,
        session: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | httpx2.Timeout | None = 60.0,
        max_retries: int = 2,
        http_settings: HTTPSettings | None = None,
        http_client: httpx2.Client | None = None,
        transport: httpx2.BaseTransport | None = None,
    ) -> None:
        http_settings = with_transport(http_settings, transport)
        values = resolve(NAT_SETTINGS, {"base_url": base_url})
        self._config = ClientConfig(
            api="nat",
            base_url=str(values["base_url"]),
            credential=Secret(token) if token else None,
            headers=dict(headers or {}),
            timeout=timeout,
            max_retries=max_retries,
        )
        # Masked in every repr (vars(client) included): it holds the token.
        self._auth_headers = SecretHeaders(_identity_headers(token, session))
        self._http_settings = http_settings
        self._http_client = http_client
        self._api_instance: NATAPI | None = None
        self._operations_instance: Operations | None = None
        if http_settings is not None or http_client is not None:
            _ = self._api  # built now: a wrong transport or client type is reported here

    @property
    def _api(self) -> NATAPI:
        """The wire calls over our HTTP client, built on first use."""
        if self._api_instance is None:
            from agentplug._core._sync._http import HTTP

            from ._api import NATAPI

            http = HTTP(
                self._config,
                auth_headers=self._auth_headers,
                settings=self._http_settings,
                http_client=self._http_client,
            )
            self._api_instance = NATAPI(http)
        return self._api_instance

    def _http_layer(self) -> HTTP:
        return self._api.http

    @property
    def _operations(self) -> Operations:
        from agentplug._core._sync._calls import Operations

        if self._operations_instance is None:
            self._operations_instance = Operations(self._api.http, "agentplug_nat_client")
        return self._operations_instance

    @property
    def base_url(self) -> str:
        """The server's base URL (credentials never appear in it)."""
        return self._config.base_url

    def run(
        self,
        input: str | Mapping[str, object],
        *,
        endpoint: str = DEFAULT_ENDPOINT,
        timeout: float | None = None,
        **options: Unpack[RequestExtras],
    ) -> Execution:
        """Start the workflow at `endpoint` and return its handle once the server answers.

        The server answers when the run first pauses (a prompt or an OAuth consent: 202), ends
        (200) or fails (422); the handle covers all three. A string `input` becomes
        `{"input_message": ...}` (a user message on chat routes); a mapping is the JSON body.

        Args:
            endpoint: `/v1/workflow`, `/v1/chat`, `/v1/chat/completions` or a custom endpoint.
            timeout: the longest wait for that first answer, in seconds (None: as long as it takes).

        Raises:
            UnprocessableEntityError: the server rejected the input (its `body` lists why).
            InvalidInputError: `input` or `endpoint` cannot make a request.
        """
        from .execution import Execution

        route, body = request_for(endpoint, input, stream=False)
        return Execution(self._api, self._api.start(route, body, timeout=timeout))

    def stream(
        self,
        input: str | Mapping[str, object],
        *,
        endpoint: str = DEFAULT_ENDPOINT,
        on_interaction: InteractionHandler | None = None,
        on_oauth: OAuthHandler | None = None,
        **options: Unpack[CallOptions],
    ) -> WorkflowStream:
        """Run the workflow through its streaming route; iterate the result for typed events.

        The request is sent when the stream is entered or first iterated. `endpoint` names the
        route as for `run` (its `/stream` variant is used; `/v1/chat/completions` streams with
        `"stream": true`; a path ending in `/stream` or `/full` is used as it is).
        """
        from agentplug._core._sync._streaming import Stream

        from ..events import StreamEvent, decode_event
        from .stream import WorkflowStream

        route, body = request_for(endpoint, input, stream=True)
        events: Stream[StreamEvent] = Stream(
            lambda headers: self._api.stream_response(route, body, headers), decode_event
        )
        return WorkflowStream(self._api, events, on_interaction=on_interaction, on_oauth=on_oauth)

    def execution(self, execution_id: str) -> Execution:
        """A handle on an execution started elsewhere (its status is fetched by `status()` or a wait)."""
        from agentplug_nat_client.api.executions import get_execution

        from agentplug._core._operations import build_request

        from ..models import ExecutionRunningStatus
        from ._api import Started
        from .execution import Execution

        if not isinstance(execution_id, str):
            raise InvalidArgumentError(f"execution_id must be a string, got {execution_id!r}", argument="execution_id")
        status_url = build_request(get_execution, {"execution_id": execution_id})["url"]
        status: ExecutionStatusResponse = ExecutionRunningStatus(execution_id=execution_id, status="running")
        return Execution(self._api, Started(status, status_url, None))

    def respond(self, interaction: Interaction, answer: Answer, **options: Unpack[CallOptions]) -> None:
        """Answer a prompt, e.g. one seen as a stream event (see `agentplug.nat.answers`).

        Raises:
            InvalidAnswerError: the answer does not fit the prompt.
            InteractionNotFoundError / InteractionResolvedError: the prompt moved on or expired.
        """
        from ..answers import to_response

        self._api.answer(interaction, to_response(interaction.prompt, answer))

    def health(self, **options: Unpack[CallOptions]) -> str:
        """The server's health status (e.g. "healthy")."""
        return self._api.health()

    def _operation_index(self) -> Operations:
        return self._operations

    def close(self) -> None:
        """Close the client and its connections."""
        if self._api_instance is not None:
            self._api_instance.http.close()

    def __enter__(self) -> NAT:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={redact_url(self.base_url)!r})"
