"""`agentplug nat run` of an OAuth workflow, the consent given as a browser would give it.

The command prints the sign-in URL (--no-browser); the test follows it with an httpx2 client to
the sandbox's fake identity provider, which redirects to the server's /auth/redirect, and the run
completes. The command runs in a thread; the test waits for the URL's line (an event).
"""

from __future__ import annotations

import json
import sys
import threading
from collections.abc import Iterator

import httpx2
import pytest
from agentplug.cli import main
from agentplug.sandbox import nat

from .output import WAIT, WatchedOutput

_SIGN_IN = "Sign in to continue: "


@pytest.fixture(scope="module")
def nat_url() -> Iterator[str]:
    with nat.serve() as url:
        yield url


def _sign_in_url(text: str) -> str | None:
    for line in text.splitlines():
        if line.startswith(_SIGN_IN):
            return line.removeprefix(_SIGN_IN).strip()
    return None


def test_nat_run_completes_after_consent_in_the_browser(
    nat_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    stderr = WatchedOutput()
    monkeypatch.setattr(sys, "stderr", stderr)
    status: list[int] = []
    argv = ["nat", "run", "oauth_echo", "--base-url", nat_url, "--input", "hi", "--no-browser"]
    command = threading.Thread(target=lambda: status.append(main([*argv, "--session", "alice", "--json"])))
    command.start()
    try:
        url = stderr.wait_for(_sign_in_url)
        assert url.startswith(f"{nat_url}/idp/authorize?")
        with httpx2.Client(follow_redirects=True, timeout=WAIT) as browser:  # the user's browser
            page = browser.get(url)
        assert [hop.url.path for hop in page.history] == ["/idp/authorize"]
        assert page.url.path == "/auth/redirect" and page.status_code == 200
        assert "Authorisation complete" in page.text
    finally:
        command.join(WAIT)
    assert status == [0], stderr.getvalue()
    value = json.loads(capsys.readouterr().out)["value"]
    assert value.startswith("input='hi'; user=") and "access_token=" in value
    assert "execution: completed" in stderr.getvalue()


def test_nat_run_of_an_oauth_workflow_without_a_user_identity(nat_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["nat", "run", "oauth_echo", "--base-url", nat_url, "--input", "hi", "--no-browser"]
    assert main(argv) == 1  # the server knows no user to sign in: --session names one
    err = capsys.readouterr().err
    assert "No resolved user identity" in err and err.count("error: ") == 1
    assert main([*argv, "--session", "two words"]) == 2
    assert "Invalid session" in capsys.readouterr().err
