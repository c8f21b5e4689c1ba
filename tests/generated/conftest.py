"""Shared fixtures for the tests of the generated ACP client and of its generator pipeline."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

REPO_ROOT = Path(__file__).resolve().parents[2]
ACP_SPEC = REPO_ROOT / "specs" / "acp.yaml"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="session")
def acp_spec() -> dict[str, Any]:
    """specs/acp.yaml as written (not normalized)."""
    spec: dict[str, Any] = yaml.safe_load(ACP_SPEC.read_text())
    return spec
