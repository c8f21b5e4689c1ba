# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""The typed events of a streamed run, with prompts answered as they arrive."""

from __future__ import annotations

import contextlib
from types import TracebackType
from typing import TYPE_CHECKING, Any

from agentplug._core._call_options import OpensLazily

from .._errors import StaleInteractionError
from .._handlers import InteractionHandler, OAuthHandler
from ..answers import to_response
from ..events import InteractionRequired, OAuthRequired, Output, StreamEvent
from ._api import NATAPI
from .execution import call_interaction_handler, call_oauth_handler

if TYPE_CHECKING:
    from agentplug._core._sync._streaming import Stream

__all__ = ["WorkflowStream"]


class WorkflowStream(OpensLazily):
    """Iterate it for the run's events, preferably inside a `with` block (which closes the connection).

    Events are `InteractionRequired`, `OAuthRequired` and `Output`. With `on_interaction`, each
    prompt is answered before its event is handed over (the server then resumes the stream);
    without it, answer with `client.respond(event.interaction, answer)`. `on_oauth` is called
    for each OAuth request. An `event: error` ends the stream with `OperationFailedError`.
    """

    def __init__(
        self,
        api: NATAPI,
        events: Stream[StreamEvent],
        *,
        on_interaction: InteractionHandler | None,
        on_oauth: OAuthHandler | None,
    ) -> None:
        self._api = api
        self._events = events
        self._on_interaction = on_interaction
        self._on_oauth = on_oauth
        self.execution_id: str | None = None
        """The execution's id, once a prompt or OAuth event has named it."""
        self.last_output: Output | None = None
        """The last `Output` event seen."""

    def open(self) -> WorkflowStream:
        """Send the request now (entering or iterating the stream does it too); the stream is returned."""
        self._events.open()
        return self

    def __enter__(self) -> WorkflowStream:
        return self.open()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection (the server keeps the workflow running until its prompt times out)."""
        self._events.close()

    def __iter__(self) -> WorkflowStream:
        return self

    def __next__(self) -> StreamEvent:
        event = self._events.__next__()
        if isinstance(event, InteractionRequired):
            self.execution_id = event.execution_id
            if self._on_interaction is not None:
                interaction = event.interaction
                answer = call_interaction_handler(self._on_interaction, interaction)
                with contextlib.suppress(StaleInteractionError):  # expired meanwhile: the stream says so next
                    self._api.answer(interaction, to_response(interaction.prompt, answer))
        elif isinstance(event, OAuthRequired):
            self.execution_id = event.execution_id
            if self._on_oauth is not None:
                call_oauth_handler(self._on_oauth, event.request)
        else:
            self.last_output = event
        return event

    def collect(self) -> Any:
        """Read the stream to its end; the data of the last `Output` (None if there was none).

        Raises OperationFailedError when the stream ends with `event: error`.
        """
        with self:
            for _ in self:
                pass
        return None if self.last_output is None else self.last_output.data
