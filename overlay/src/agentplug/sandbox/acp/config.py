"""Settings of one ACP sandbox server."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

__all__ = ["PROFILES", "Profile", "SandboxSettings"]

Profile = Literal["reference", "spec"]
PROFILES: tuple[Profile, ...] = get_args(Profile)


@dataclass(frozen=True)
class SandboxSettings:
    """How the sandbox behaves.

    profile: ``"reference"`` (default) answers like the ACP reference server (AGNTCY
        workflow-srv 0.3.0) as recorded, deviations included (tabled in ``docs/acp-sandbox.md``);
        ``"spec"`` answers strictly per ACP 0.2.3.
    api_key: when set, every request must carry it in ``x-api-key`` (else 401).
    wait_timeout: longest time a ``/wait`` request blocks or a stream stays open, in seconds;
        a wait that runs out answers with the still-pending run and no output.
    run_timeout: longest time a run may work (sleeping counts, waiting on an interrupt does
        not); past it the run ends with status ``timeout``. None: no limit.
    webhook_timeout: per-request timeout of webhook POSTs, in seconds.
    allow_remote_webhooks: deliver webhooks to any host; by default only loopback hosts
        (localhost, 127.0.0.0/8, ::1) receive them, the others are logged and skipped.
    keepalive_interval: reference profile: seconds of silence after which a stream writes its
        keep-alive (a bare ``:``, as the reference server does every 10 s).
    """

    profile: Profile = "reference"
    api_key: str | None = None
    wait_timeout: float = 60.0
    run_timeout: float | None = None
    webhook_timeout: float = 2.0
    allow_remote_webhooks: bool = False
    keepalive_interval: float = 10.0

    def __post_init__(self) -> None:
        if self.profile not in PROFILES:
            raise ValueError(f"profile must be one of {', '.join(PROFILES)}, got {self.profile!r}")
