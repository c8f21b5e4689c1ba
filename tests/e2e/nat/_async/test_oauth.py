"""OAuth2 authorization code over HTTP: the handler gets the sign-in URL, the server resumes by itself."""

from __future__ import annotations

import uuid

import pytest
from agentplug.errors import OperationFailedError
from agentplug.nat import AsyncNAT
from agentplug.nat.models import ExecutionAcceptedOAuth, ExecutionOAuthRequiredStatus, ExecutionStatus

from ..scenario import Browser

pytestmark = pytest.mark.anyio


async def test_the_oauth_handler_signs_in_and_the_run_completes(nat_url: str) -> None:
    browser = Browser()
    async with AsyncNAT(base_url=nat_url, session=f"dave-{uuid.uuid4()}") as client:
        execution = await client.run("o1", endpoint="/oauth_echo")
        request = execution.oauth
        assert request is not None and isinstance(execution.last_status, ExecutionOAuthRequiredStatus)
        assert f"state={request.oauth_state}" in request.auth_url and "code_challenge_method=S256" in request.auth_url
        accepted = execution.accepted  # the typed 202, under the reference's name
        assert isinstance(accepted, ExecutionAcceptedOAuth) and accepted.status == ExecutionStatus.OAUTH_REQUIRED
        assert accepted.oauth_state == request.oauth_state and accepted.status_url == execution.status_url
        result = await execution.wait_for_completion(on_oauth=browser, timeout=30)
        assert browser.requests == [request]
        token = result["value"].split("access_token=")[1]
        # The token is cached for this user: the next run needs no sign-in and answers 200.
        again = await client.run("o2", endpoint="/oauth_echo")
        assert again.done and (await again.wait_for_completion())["value"].endswith(token)


async def test_a_refused_consent_fails_the_execution(nat_url: str) -> None:
    async with AsyncNAT(base_url=nat_url, session=f"refuser-{uuid.uuid4()}") as client:
        execution = await client.run("no", endpoint="/oauth_echo")
        with pytest.raises(OperationFailedError, match="Authorisation denied: access_denied"):
            await execution.wait_for_completion(on_oauth=Browser(deny=True), timeout=30)


async def test_oauth_needs_a_user_identity(nat_url: str) -> None:
    async with AsyncNAT(base_url=nat_url) as client:
        execution = await client.run("anonymous", endpoint="/oauth_echo")
        with pytest.raises(OperationFailedError, match="No resolved user identity"):
            await execution.wait_for_completion()


async def test_without_an_oauth_handler_the_wait_goes_on_until_someone_signs_in(nat_url: str) -> None:
    async with AsyncNAT(base_url=nat_url, token=f"bearer-{uuid.uuid4()}") as client:
        execution = await client.run("patient", endpoint="/oauth_echo")
        request = execution.oauth
        assert request is not None
        Browser()(request)  # someone else signs in
        result = await execution.wait_for_completion(timeout=30, poll_interval=0.05)
    assert "access_token='sandbox-at-" in result["value"]
