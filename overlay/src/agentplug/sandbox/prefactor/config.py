"""Settings of the Prefactor sandbox."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["SandboxSettings"]


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
    """

    api_token: str | None = None
    drop_rate: float = 0.0
    drop_seed: int | None = None
    environment_id: str = "env_sandbox"

    def __post_init__(self) -> None:
        if not 0.0 <= self.drop_rate <= 1.0:
            raise ValueError(f"drop_rate must lie between 0 and 1, got {self.drop_rate}")
