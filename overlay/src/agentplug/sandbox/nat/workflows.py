"""Scripted workflows (no model, no network) and the context through which they ask a human.

A workflow is an async function of a `WorkflowContext` returning its output. Every built-in one
takes a single string (`input_message`), like the real toolkit's single-string workflows.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from .config import SandboxSettings
from .executions import Execution
from .oauth import OAuthBroker
from .prompts import (
    WorkflowFailure,
    binary_prompt,
    choice_prompt,
    notification_prompt,
    option,
    selected_value,
    text_prompt,
)

__all__ = ["BUILTIN_WORKFLOWS", "Workflow", "WorkflowContext"]


class WorkflowContext:
    """What a running workflow may do: read its input, ask the human, authenticate, wait."""

    def __init__(
        self,
        execution: Execution,
        *,
        input_message: str,
        user: str | None,
        base_url: str,
        settings: SandboxSettings,
        oauth: OAuthBroker,
    ) -> None:
        self.execution = execution
        self.input_message = input_message
        self.user = user
        self.settings = settings
        self._base_url = base_url
        self._oauth = oauth

    async def ask(self, prompt: dict[str, Any]) -> Any:
        """Ask the human and return what the workflow reads from the answer (text or option value).

        Notifications are acknowledged at once and never reach the client. A prompt with a
        `timeout` fails the workflow once `timeout` + the grace period pass unanswered.
        """
        if prompt["input_type"] == "notification":
            return None
        interaction = self.execution.ask(prompt)
        timeout = prompt.get("timeout")
        try:
            if timeout is None:
                answer = await interaction.answer
            else:
                wait = timeout + self.settings.prompt_grace
                answer = await asyncio.wait_for(asyncio.shield(interaction.answer), wait)
        except TimeoutError:
            interaction.resolved = True
            raise WorkflowFailure(
                f"HITL prompt timed out after {timeout}s waiting for human response", "TimeoutError"
            ) from None
        self.execution.resumed()
        return selected_value(prompt, answer)

    async def authenticate(self) -> str:
        """An access token for the current user, through the OAuth2 flow when none is cached."""
        if self.user is None:
            raise WorkflowFailure("Authentication failed. No resolved user identity is available.", "RuntimeError")
        cached = self._oauth.cached_token(self.user)
        if cached is not None:
            return cached
        flow, auth_url = self._oauth.begin(self._base_url)
        self.execution.needs_oauth(auth_url, flow.state)
        try:
            token = await asyncio.wait_for(asyncio.shield(flow.token), self.settings.auth_timeout)
        except TimeoutError:
            self._oauth.forget(flow.state)
            raise WorkflowFailure(
                f"Authentication timed out after {self.settings.auth_timeout:g}s waiting for the OAuth callback",
                "TimeoutError",
            ) from None
        except PermissionError as exc:
            raise WorkflowFailure(str(exc), "RuntimeError") from None
        self._oauth.remember(self.user, token)
        self.execution.resumed()
        return token

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


Workflow = Callable[[WorkflowContext], Awaitable[Any]]

_APPROVE = option("approve", "Approve", True)
_REJECT = option("reject", "Reject", False)
_CHANNELS = [
    option("email", "Email", "email", "send by email"),
    option("sms", "SMS", "sms", "send by sms"),
    option("push", "Push", "push", "send a push notification"),
]


async def hitl_echo(ctx: WorkflowContext) -> str:
    """A notification, a note (text) and an approval (binary); echoes everything back."""
    message = ctx.input_message
    await ctx.ask(notification_prompt(f"Starting work on: {message}"))
    note = await ctx.ask(text_prompt(f"Please add a note for '{message}':", placeholder="type here"))
    approved = await ctx.ask(binary_prompt("Approve the result?", [_APPROVE, _REJECT]))
    return f"input={message!r}; note={note!r}; approved={approved!r}"


async def plain(ctx: WorkflowContext) -> str:
    """No interaction: the input upper-cased."""
    return ctx.input_message.upper()


async def choices(ctx: WorkflowContext) -> str:
    """Radio, checkbox and dropdown prompts in a row."""
    channel = await ctx.ask(choice_prompt("radio", "Pick a channel", _CHANNELS))
    extra = await ctx.ask(choice_prompt("checkbox", "Also notify?", _CHANNELS))
    priority = await ctx.ask(
        choice_prompt(
            "dropdown",
            "Priority?",
            [option("low", "Low", "low"), option("normal", "Normal", "normal"), option("high", "High", "high")],
        )
    )
    return f"input={ctx.input_message!r}; channel={channel!r}; extra={extra!r}; priority={priority!r}"


async def timed(ctx: WorkflowContext) -> str:
    """A note with a 1 s prompt timeout: unanswered, the run fails after 1 s + the grace period."""
    note = await ctx.ask(text_prompt(f"Quick! A note for '{ctx.input_message}':", timeout=1))
    return f"input={ctx.input_message!r}; note={note!r}"


async def slow(ctx: WorkflowContext) -> str:
    """Works `pre_delay` seconds before asking anything (the POST blocks meanwhile)."""
    await ctx.sleep(ctx.settings.pre_delay)
    return await hitl_echo(ctx)


async def fail(ctx: WorkflowContext) -> str:
    """Fails before any prompt (a 422 on the non-streaming routes)."""
    raise WorkflowFailure(f"scripted failure for {ctx.input_message!r}", "ValueError")


async def fail_after_note(ctx: WorkflowContext) -> str:
    """Asks for a note, then fails."""
    note = await ctx.ask(text_prompt(f"Please add a note for '{ctx.input_message}':"))
    raise WorkflowFailure(f"scripted failure after note {note!r}", "ValueError")


async def oauth_echo(ctx: WorkflowContext) -> str:
    """Authenticates the user (OAuth2 authorization code), then reports the token it got."""
    token = await ctx.authenticate()
    return f"input={ctx.input_message!r}; user={ctx.user!r}; access_token={token!r}"


BUILTIN_WORKFLOWS: Mapping[str, Workflow] = {
    "hitl_echo": hitl_echo,
    "plain": plain,
    "choices": choices,
    "timed": timed,
    "slow": slow,
    "fail": fail,
    "fail_after_note": fail_after_note,
    "oauth_echo": oauth_echo,
}
