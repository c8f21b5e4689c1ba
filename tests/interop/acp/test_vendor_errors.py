"""Error statuses and the API key: which of its exception classes the vendor SDK raises for each."""

from __future__ import annotations

from typing import Any

import httpx2
import pytest
from agentplug.sandbox.acp import ECHO_AGENT_ID

from .conftest import API_KEY, Drive, Sandbox


@pytest.fixture(scope="module", params=["sync", "async"])
def failures(request: pytest.FixtureRequest, drive: Drive, sandbox: Sandbox) -> dict[str, Any]:
    result: dict[str, Any] = drive("errors", sandbox.base_url, mode=request.param)
    return result


@pytest.mark.parametrize(
    ("step", "status", "exception"),
    [
        ("404_agent", 404, "NotFoundException"),
        ("404_descriptor", 404, "NotFoundException"),
        ("404_run", 404, "NotFoundException"),
        ("404_thread", 404, "NotFoundException"),
        ("404_thread_runs", 404, "NotFoundException"),
        ("422_bad_config", 422, "UnprocessableEntityException"),
        ("409_resume_finished", 409, "ConflictException"),
        ("409_thread_exists", 409, "ConflictException"),
    ],
)
def test_status_maps_to_exception_class(failures: dict[str, Any], step: str, status: int, exception: str) -> None:
    failure = failures[step]
    assert failure["error"] == exception and failure["status"] == status
    assert failure["bases"][:1] == ["ApiException"]
    assert "detail" in failure["body"]  # the server's {"detail": ...} body is kept as text


def test_stream_error_surfaces_only_when_iterated(failures: dict[str, Any]) -> None:
    # Calling a streaming method sends nothing: the request (and its 404) waits for the first next().
    assert failures["stream_404_generator"] in ("generator", "async_generator")
    assert failures["stream_404_first_iteration"]["error"] == "NotFoundException"


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_api_key_is_sent_as_x_api_key(drive: Drive, keyed_sandbox: Sandbox, mode: str) -> None:
    with_key = drive("auth", keyed_sandbox.base_url, mode=mode, api_key=API_KEY)
    assert with_key["get_agent_by_id"]["agent_id"] == ECHO_AGENT_ID
    assert "x-api-key" in with_key["default_headers"]
    assert with_key["auth_settings"] == []  # the spec has no security scheme: the header is a special case
    wrong = drive("auth", keyed_sandbox.base_url, mode=mode, api_key="not-the-key")
    assert wrong["get_agent_by_id"]["error"] == "UnauthorizedException"
    missing = drive("auth", keyed_sandbox.base_url, mode=mode)
    assert missing["get_agent_by_id"]["error"] == "UnauthorizedException"
    assert "x-api-key" not in missing["default_headers"]
    # The same refusal over plain HTTP: the sandbox, not the SDK, decides.
    assert httpx2.get(f"{keyed_sandbox.base_url}/agents/{ECHO_AGENT_ID}").status_code == 401
