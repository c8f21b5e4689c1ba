"""Settings of the Prefactor sandbox."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

__all__ = ["Deployment", "SandboxSettings"]


@dataclass(frozen=True)
class Deployment:
    """What a deployment-scoped token stands for: one agent in one environment."""

    agent_id: str
    environment_id: str


@dataclass(frozen=True)
class SandboxSettings:
    """How the sandbox behaves.

    Attributes:
        api_token: the bearer token every request must carry; None accepts any non-empty token
            (the header itself is always required).
        drop_rate: the fraction (0..1) of API responses lost after the request took effect: the
            connection is cut in the middle of the answer, as a proxy or a network would.
        drop_seed: seeds the choice of the dropped responses (None: random).
        environment_id: the environment instances land in when the request names none.
        deployment_tokens: deployment-scoped tokens, each mapped to the id of its agent (in
            `environment_id`): registering with one derives the agent from the token, and the
            read and control operations refuse it with 401. More can be minted at run time
            (`POST /_sandbox/deployment_tokens`). Any other accepted token is account-scoped.
    """

    api_token: str | None = None
    drop_rate: float = 0.0
    drop_seed: int | None = None
    environment_id: str = "env_sandbox"
    deployment_tokens: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not 0.0 <= self.drop_rate <= 1.0:
            raise ValueError(f"drop_rate must lie between 0 and 1, got {self.drop_rate}")
