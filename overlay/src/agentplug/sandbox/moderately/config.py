"""Settings of the Moderately AI sandbox: identities it seeds, credentials, timings, storage."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "DEFAULT_API_KEY",
    "DEFAULT_TEAM_ID",
    "DEFAULT_USER_EMAIL",
    "DEFAULT_USER_ID",
    "MEMBER_USER_ID",
    "SandboxSettings",
]

DEFAULT_TEAM_ID = "team_sandbox"
DEFAULT_USER_ID = "user_sandbox"
DEFAULT_USER_EMAIL = "owner@sandbox.invalid"
MEMBER_USER_ID = "user_member"
DEFAULT_API_KEY = "mod_sandbox_key"


@dataclass(frozen=True)
class SandboxSettings:
    """How the sandbox behaves. Timings are seconds; keep them small in tests.

    ``api_keys=None`` accepts any non-empty bearer token (API tokens created through the API are
    always checked: revoked, disabled or expired ones are refused).
    """

    api_keys: frozenset[str] | None = None
    team_id: str = DEFAULT_TEAM_ID
    password: str = "sandbox-password"
    email_code: str = "000000"
    # One step of an agent or pipeline execution, and the whole of a dataset processing run.
    step_seconds: float = 0.5
    processing_seconds: float = 0.5
    # Lifetime of presigned storage URLs.
    url_ttl_seconds: float = 900.0
    # Pipeline outputs whose JSON exceeds this many bytes are stored gzipped in object storage.
    inline_output_limit: int = 16 * 1024
    # Operations documented as "200 without a body" answer `{}` instead (for clients that need JSON).
    json_empty_bodies: bool = False
    # Where stored objects live (default: a temporary directory removed on shutdown).
    storage_dir: str | None = None
    storage_host: str = "127.0.0.1"
    storage_port: int = 0
