"""Settings of the NAT sandbox (every delay is configurable so tests can run in fractions of a second)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["DEFAULT_WORKFLOW", "SandboxSettings"]

DEFAULT_WORKFLOW = "hitl_echo"


@dataclass(frozen=True)
class SandboxSettings:
    """How the NAT sandbox behaves.

    Attributes:
        workflow: the scripted workflow served at `/v1/workflow` and the chat routes.
        prompt_grace: seconds the server waits past a prompt's own `timeout` before giving up
            (the real server adds 5 s).
        auth_timeout: seconds a workflow waits for the OAuth callback (the real server: 300 s).
        pre_delay: seconds the `slow` workflow works before its first prompt.
        identity_header: a request header trusted as the user's identity (besides the
            `nat-session` cookie and the Authorization header).
        stream_status: keep `GET /executions/{id}` right for streamed runs (the real server leaves
            them `running` or showing a stale prompt forever; False reproduces that).
    """

    workflow: str = DEFAULT_WORKFLOW
    prompt_grace: float = 5.0
    auth_timeout: float = 300.0
    pre_delay: float = 1.0
    identity_header: str | None = None
    stream_status: bool = True
