"""The typed events of a streamed run, with prompts answered as they arrive."""

from __future__ import annotations

import contextlib
from types import TracebackType
from typing import TYPE_CHECKING, Any

from agentplug._core._call_options import OpensLazily

from .._errors import StaleInteractionError
from .._handlers import AsyncInteractionHandler, AsyncOAuthHandler
from ..answers import to_response
from ..events import InteractionRequired, OAuthRequired, Output, StreamEvent
from ._api import AsyncNATAPI
from .execution import call_interaction_handler, call_oauth_handler

if TYPE_CHECKING:
    from agentplug._core._async._streaming import AsyncStream

__all__ = ["AsyncWorkflowStream"]


class AsyncWorkflowStream(OpensLazily):
    """Iterate it for the run's events, preferably inside a `with` block (which closes the connection).

    Events are `InteractionRequired`, `OAuthRequired` and `Output`. With `on_interaction`, each
    prompt is answered before its event is handed over (the server then resumes the stream);
    without it, answer with `client.respond(event.interaction, answer)`. `on_oauth` is called
    for each OAuth request. An `event: error` ends the stream with `OperationFailedError`.
    """

    def __init__(
        self,
        api: AsyncNATAPI,
        events: AsyncStream[StreamEvent],
        *,
        on_interaction: AsyncInteractionHandler | None,
        on_oauth: AsyncOAuthHandler | None,
    ) -> None:
        self._api = api
        self._events = events
        self._on_interaction = on_interaction
        self._on_oauth = on_oauth
        self.execution_id: str | None = None
        """The execution's id, once a prompt or OAuth event has named it."""
        self.last_output: Output | None = None
        """The last `Output` event seen."""

    async def open(self) -> AsyncWorkflowStream:
        """Send the request now (entering or iterating the stream does it too); the stream is returned."""
        await self._events.open()
        return self

    async def __aenter__(self) -> AsyncWorkflowStream:
        return await self.open()

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connection (the server keeps the workflow running until its prompt times out)."""
        await self._events.aclose()

    def __aiter__(self) -> AsyncWorkflowStream:
        return self

    async def __anext__(self) -> StreamEvent:
        event = await self._events.__anext__()
        if isinstance(event, InteractionRequired):
            self.execution_id = event.execution_id
            if self._on_interaction is not None:
                interaction = event.interaction
                answer = await call_interaction_handler(self._on_interaction, interaction)
                with contextlib.suppress(StaleInteractionError):  # expired meanwhile: the stream says so next
                    await self._api.answer(interaction, to_response(interaction.prompt, answer))
        elif isinstance(event, OAuthRequired):
            self.execution_id = event.execution_id
            if self._on_oauth is not None:
                await call_oauth_handler(self._on_oauth, event.request)
        else:
            self.last_output = event
        return event

    async def collect(self) -> Any:
        """Read the stream to its end; the data of the last `Output` (None if there was none).

        Raises OperationFailedError when the stream ends with `event: error`.
        """
        async with self:
            async for _ in self:
                pass
        return None if self.last_output is None else self.last_output.data
