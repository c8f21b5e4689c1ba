"""OAuth2 authorization code with PKCE: a fake identity provider and the server's pending flows.

The identity provider lives in the same app under `/idp/` and grants every request at once: its
authorize page redirects straight back to the server's `/auth/redirect` with a code (or with
`error=access_denied` when the URL carries `deny=1`). The code exchange happens in process and
checks what a real provider checks: the code was issued, for this client and redirect URI, once,
and the PKCE verifier matches the challenge.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import html
import secrets
from dataclasses import dataclass
from urllib.parse import urlencode

__all__ = ["CLIENT_ID", "IdentityProvider", "OAuthBroker", "PendingFlow", "page"]

CLIENT_ID = "sandbox-client"
SCOPES = "openid profile"


def _challenge(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


@dataclass(frozen=True)
class _Grant:
    client_id: str
    redirect_uri: str
    challenge: str


class IdentityProvider:
    """Issues codes on authorize and tokens on exchange."""

    def __init__(self) -> None:
        self._grants: dict[str, _Grant] = {}

    def authorize(self, client_id: str, redirect_uri: str, challenge: str) -> str:
        code = secrets.token_urlsafe(12)
        self._grants[code] = _Grant(client_id, redirect_uri, challenge)
        return code

    def exchange(self, code: str, *, verifier: str, redirect_uri: str) -> str:
        """The access token for `code`; ValueError (the provider's `invalid_grant`) otherwise."""
        grant = self._grants.pop(code, None)
        if grant is None:
            raise ValueError("invalid_grant: unknown or already used authorization code")
        if grant.client_id != CLIENT_ID or grant.redirect_uri != redirect_uri:
            raise ValueError("invalid_grant: the code was issued to another client or redirect URI")
        if grant.challenge != _challenge(verifier):
            raise ValueError("invalid_grant: PKCE verification failed")
        return f"sandbox-at-{code}"


@dataclass
class PendingFlow:
    state: str
    verifier: str
    redirect_uri: str
    token: asyncio.Future[str]


class OAuthBroker:
    """The server side: flows waiting for their callback, keyed by `state`; tokens cached per user."""

    def __init__(self) -> None:
        self.idp = IdentityProvider()
        self._flows: dict[str, PendingFlow] = {}
        self._tokens: dict[str, str] = {}

    def cached_token(self, user: str) -> str | None:
        return self._tokens.get(user)

    def remember(self, user: str, token: str) -> None:
        self._tokens[user] = token

    def begin(self, base_url: str) -> tuple[PendingFlow, str]:
        """A new flow and the authorization URL the user must open."""
        state = secrets.token_urlsafe(16)
        verifier = secrets.token_urlsafe(48)
        redirect_uri = f"{base_url}/auth/redirect"
        flow = PendingFlow(state, verifier, redirect_uri, asyncio.get_running_loop().create_future())
        self._flows[state] = flow
        query = urlencode(
            {
                "response_type": "code",
                "client_id": CLIENT_ID,
                "redirect_uri": redirect_uri,
                "scope": SCOPES,
                "state": state,
                "code_challenge": _challenge(verifier),
                "code_challenge_method": "S256",
            }
        )
        return flow, f"{base_url}/idp/authorize?{query}"

    def forget(self, state: str) -> None:
        self._flows.pop(state, None)

    def callback(self, state: str, code: str | None, error: str | None, description: str | None) -> tuple[int, str]:
        """Handle `/auth/redirect`: (status, HTML or text body)."""
        flow = self._flows.pop(state, None)
        if flow is None or flow.token.done():
            return 400, "Invalid or expired OAuth state"
        if error is not None:
            if error == "access_denied":
                flow.token.set_exception(PermissionError(f"Authorisation denied: access_denied ({description or ''})"))
                return 200, page(
                    "Authorisation cancelled", "You cancelled the authorisation. You can close this window."
                )
            flow.token.set_exception(PermissionError(f"Authorisation failed: {error} ({description or ''})"))
            return 200, page("Authorisation failed", f"The identity provider reported an error: {error}.")
        try:
            token = self.idp.exchange(code or "", verifier=flow.verifier, redirect_uri=flow.redirect_uri)
        except ValueError as exc:
            flow.token.set_exception(PermissionError(f"Token exchange failed: {exc}"))
            return 200, page("Authorisation failed", "The authorization code could not be exchanged for a token.")
        flow.token.set_result(token)
        return 200, page("Authorisation complete", "You are signed in. You can close this window.")


def page(title: str, message: str) -> str:
    return (
        f"<!doctype html><html><head><title>{html.escape(title)}</title></head>"
        f"<body><h1>{html.escape(title)}</h1><p>{html.escape(message)}</p></body></html>"
    )
