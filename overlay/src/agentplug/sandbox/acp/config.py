"""Settings of one ACP sandbox server."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["SandboxSettings"]


@dataclass(frozen=True)
class SandboxSettings:
    """How the sandbox behaves.

    api_key: when set, every request must carry it in ``x-api-key`` (else 401).
    wait_timeout: longest time a ``/wait`` request blocks or a stream stays open, in seconds;
        a wait that runs out answers with the still-pending run and no output.
    run_timeout: longest time a run may work (sleeping counts, waiting on an interrupt does
        not); past it the run ends with status ``timeout``. None: no limit.
    webhook_timeout: per-request timeout of webhook POSTs, in seconds.
    allow_remote_webhooks: deliver webhooks to any host; by default only loopback hosts
        (localhost, 127.0.0.0/8, ::1) receive them, the others are logged and skipped.
    """

    api_key: str | None = None
    wait_timeout: float = 60.0
    run_timeout: float | None = None
    webhook_timeout: float = 2.0
    allow_remote_webhooks: bool = False
