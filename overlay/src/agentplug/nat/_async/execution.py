"""The handle of one workflow run, whether it finished at once or paused."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from typing_extensions import Unpack

from agentplug._core._async._resource import AsyncResourceBase
from agentplug._core._call_options import CallOptions, RequestExtras
from agentplug.errors import APIConnectionError, WaitTimeoutError

from .._errors import NoPendingInteractionError, StaleInteractionError
from .._handlers import AsyncInteractionHandler, AsyncOAuthHandler, async_settle
from .._interactions import Interaction, OAuthRequest
from .._state import FINAL_STATUSES, failure_error, interaction_of, oauth_of
from ..answers import Answer, to_response
from ._api import AsyncNATAPI, Started

if TYPE_CHECKING:
    from ..models import ExecutionAcceptedResponse, ExecutionStatusResponse

__all__ = ["AsyncExecution"]

# How long polling rides out a server that cannot be reached (a restart, say) before giving up.
OUTAGE_TOLERANCE = 30.0


async def call_interaction_handler(handler: AsyncInteractionHandler, interaction: Interaction) -> Answer:
    return await async_settle(handler(interaction))


async def call_oauth_handler(handler: AsyncOAuthHandler, request: OAuthRequest) -> None:
    await async_settle(handler(request))


class AsyncExecution(AsyncResourceBase):
    """One run of a workflow: poll it, answer its prompts, wait for its result.

    A run the server finished at once (200) is already complete and has no `execution_id`;
    a paused one (202) is followed through `GET /executions/{id}`.
    """

    def __init__(self, api: AsyncNATAPI, started: Started) -> None:
        self._api = api
        self._status = started.status
        self._status_url = started.status_url
        self._failure = started.failure
        self._accepted = started.accepted
        self._answered: set[str] = set()
        self._oauth_seen: set[str] = set()
        self._outage_since: float | None = None

    @property
    def execution_id(self) -> str | None:
        """The server's id of the execution (None when the run finished in its first response)."""
        return self._status.execution_id or None

    @property
    def status_url(self) -> str | None:
        """Where the execution's status is read (the server's relative URL), None for a run that finished at once."""
        return self._status_url

    @property
    def accepted(self) -> ExecutionAcceptedResponse | None:
        """The typed 202 that started this run (`ExecutionAcceptedInteraction` / `ExecutionAcceptedOAuth`).

        None when the run finished in its first answer, when the handle was attached by id, or
        when the 202 was of a kind this client does not know.
        """
        return self._accepted

    @property
    def last_status(self) -> ExecutionStatusResponse:
        """The status seen last (no request)."""
        return self._status

    @property
    def done(self) -> bool:
        """Whether the last status seen is final (completed or failed)."""
        return str(self._status.status) in FINAL_STATUSES

    @property
    def interaction(self) -> Interaction | None:
        """The prompt waiting for an answer in the last status seen, unless this handle answered it."""
        interaction = interaction_of(self._status)
        if interaction is None or interaction.interaction_id in self._answered:
            return None
        return interaction

    @property
    def oauth(self) -> OAuthRequest | None:
        """The OAuth consent the last status seen asks for, if any."""
        return oauth_of(self._status)

    async def status(self, **options: Unpack[CallOptions]) -> ExecutionStatusResponse:
        """Fetch the current status (typed by `status`). A finished run answers without a request.

        Raises:
            ExecutionNotFoundError: the server does not know the execution (e.g. it restarted).
        """
        if self._status_url is None or self.done:
            return self._status
        self._status = await self._api.status(self._status_url, self._status.execution_id)
        return self._status

    async def refresh(self, **options: Unpack[CallOptions]) -> AsyncExecution:
        """Fetch the current status into this handle (`last_status`, `done`, `interaction`); answers the handle.

        A finished run answers without a request.

        Raises:
            ExecutionNotFoundError: the server does not know the execution (e.g. it restarted).
        """
        await self.status()
        return self

    async def respond(
        self, answer: Answer, *, interaction: Interaction | None = None, **options: Unpack[CallOptions]
    ) -> None:
        """Answer the pending prompt (or `interaction`): see `agentplug.nat.answers` for what `answer` may be.

        Raises:
            NoPendingInteractionError: no prompt is waiting.
            InvalidAnswerError: the answer does not fit the prompt.
            InteractionNotFoundError / InteractionResolvedError: the prompt moved on or expired.
        """
        target = interaction or self.interaction
        if target is None:
            target = interaction_of(await self.status())
        if target is None:
            raise NoPendingInteractionError(
                f"execution {self.execution_id} is not waiting for an answer (status {self._status.status!r})"
            )
        await self._api.answer(target, to_response(target.prompt, answer))
        self._answered.add(target.interaction_id)

    async def wait_for_completion(
        self,
        on_interaction: AsyncInteractionHandler | None = None,
        on_oauth: AsyncOAuthHandler | None = None,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        on_progress: Callable[[ExecutionStatusResponse], None] | None = None,
        **options: Unpack[RequestExtras],
    ) -> Any:
        """Poll until the execution ends and return its result (the JSON a 200 would have carried).

        `on_progress(status)` is called with every status fetched (the final one included).

        `on_interaction` is called once per new prompt and its answer posted at once;
        `on_oauth` once per OAuth request (open the URL, print it...), after which polling goes on
        until the server resumes. Without a handler a prompt is left to someone else to answer.
        Polling backs off from 0.1 s to 5 s (or uses `poll_interval`) and rides out a server that
        is briefly unreachable.

        Raises:
            OperationFailedError: the execution failed (`result` holds its final status).
            WaitTimeoutError: `timeout` seconds passed first (`last` holds the last status).
            ExecutionNotFoundError: the server forgot the execution (it restarted).
            Whatever a handler raises, unchanged (the prompt stays pending: wait again to retry).
        """
        from agentplug._core._async._polling import async_wait_until

        deadline = None if timeout is None else time.monotonic() + timeout

        def actionable(status: ExecutionStatusResponse) -> bool:
            return (
                str(status.status) in FINAL_STATUSES
                or (on_interaction is not None and self._new_interaction(status) is not None)
                or (on_oauth is not None and self._new_oauth(status) is not None)
            )

        async def poll() -> ExecutionStatusResponse:
            fetched = await self._poll()
            if on_progress is not None:
                on_progress(fetched)
            return fetched

        status = self._status
        while True:
            if str(status.status) in FINAL_STATUSES:
                return self._outcome(status)
            interaction = self._new_interaction(status) if on_interaction is not None else None
            if on_interaction is not None and interaction is not None:
                await self._answer_with(on_interaction, interaction)
                status = await poll()  # at once: the next prompt may be waiting already
                continue
            request = self._new_oauth(status) if on_oauth is not None else None
            if on_oauth is not None and request is not None:
                await call_oauth_handler(on_oauth, request)
                self._oauth_seen.add(request.oauth_state)
            remaining = None if deadline is None else deadline - time.monotonic()
            if remaining is not None and remaining <= 0:
                raise self._timed_out(timeout, status)
            try:
                status = await async_wait_until(
                    poll,
                    actionable,
                    timeout=remaining,
                    poll_interval=poll_interval,
                    describe=f"execution {self.execution_id}",
                )
            except WaitTimeoutError as error:
                raise self._timed_out(timeout, error.last) from None

    # ------------------------------------------------------------------------------ internals

    def _timed_out(self, timeout: float | None, last: Any) -> WaitTimeoutError:
        seconds = timeout or 0.0
        return WaitTimeoutError(
            f"execution {self.execution_id} did not finish within {seconds:g} s", timeout=seconds, last=last
        )

    def _new_interaction(self, status: ExecutionStatusResponse) -> Interaction | None:
        interaction = interaction_of(status)
        return None if interaction is None or interaction.interaction_id in self._answered else interaction

    def _new_oauth(self, status: ExecutionStatusResponse) -> OAuthRequest | None:
        request = oauth_of(status)
        return None if request is None or request.oauth_state in self._oauth_seen else request

    async def _answer_with(self, handler: AsyncInteractionHandler, interaction: Interaction) -> None:
        response = to_response(interaction.prompt, await call_interaction_handler(handler, interaction))
        with contextlib.suppress(StaleInteractionError):  # expired or moved on meanwhile: the next poll tells
            await self._api.answer(interaction, response)
        self._answered.add(interaction.interaction_id)

    async def _poll(self) -> ExecutionStatusResponse:
        try:
            status = await self.status()
        except APIConnectionError:
            now = time.monotonic()
            if self._outage_since is None:
                self._outage_since = now
            elif now - self._outage_since > OUTAGE_TOLERANCE:
                raise
            return self._status
        self._outage_since = None
        return status

    def _outcome(self, status: ExecutionStatusResponse) -> Any:
        if str(status.status) == "failed":
            failure = self._failure or {}
            code = failure.get("code")
            raise failure_error(status, code=code if isinstance(code, str) else None, details=failure.get("details"))
        return getattr(status, "result", None)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.execution_id or '(finished at once)'} {self._status.status}>"
