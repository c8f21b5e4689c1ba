"""Authentication endpoints (sessions for people; API clients use their bearer token)."""

from __future__ import annotations

from agentplug_moderately_client.models import MessageResponse, SessionToken, WhoAmI

from ._base import AsyncResource

__all__ = ["AsyncAuthentication"]


class AsyncAuthentication(AsyncResource):
    async def whoami(self) -> WhoAmI:
        """The user the credentials belong to."""
        return await self._api.call(WhoAmI.from_dict, "GET", "/authentication/whoami")

    async def start_email_authentication(self, *, email: str) -> MessageResponse:
        """Send a sign-in link or code to `email`."""
        return await self._api.call(
            MessageResponse.from_dict, "POST", "/authentication/email/initialize", body={"email": email}
        )

    async def verify_email_authentication(self, *, token: str) -> SessionToken:
        """Exchange the emailed token for a session token."""
        return await self._api.call(
            SessionToken.from_dict, "POST", "/authentication/email/verify", body={"token": token}
        )

    async def login(self, *, email: str, password: str) -> object:
        """Password sign-in; answers the server's JSON (the API declares no body shape), None when empty."""
        return await self._api.call_json("POST", "/authentication/login", body={"email": email, "password": password})

    async def logout(self) -> None:
        await self._api.send("POST", "/authentication/logout")
