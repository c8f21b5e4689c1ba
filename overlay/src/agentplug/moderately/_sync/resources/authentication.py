# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""Authentication endpoints (sessions for people; API clients use their bearer token)."""

from __future__ import annotations

from agentplug_moderately_client.models import (
    EmailAuthenticationStart,
    EmailAuthenticationVerification,
    MessageResponse,
    PasswordLogin,
    SessionToken,
    WhoAmI,
)
from typing_extensions import Unpack

from agentplug._core._call_options import CallOptions
from agentplug._core._operations import lazy_operations

from ._base import Resource

login, logout, start_email_authentication, verify_email_authentication, whoami = lazy_operations(
    "agentplug_moderately_client.api.authentication",
    "login",
    "logout",
    "start_email_authentication",
    "verify_email_authentication",
    "whoami",
)

__all__ = ["Authentication"]


class Authentication(Resource):
    """Authentication endpoints (`client.authentication`)."""

    def whoami(self, **options: Unpack[CallOptions]) -> WhoAmI:
        """The user the credentials belong to."""
        return self._api.call(WhoAmI.from_dict, whoami)

    def start_email_authentication(self, *, email: str, **options: Unpack[CallOptions]) -> MessageResponse:
        """Send a sign-in link or code to `email`."""
        body = EmailAuthenticationStart(email=email)
        return self._api.call(MessageResponse.from_dict, start_email_authentication, {"body": body})

    def verify_email_authentication(self, *, token: str, **options: Unpack[CallOptions]) -> SessionToken:
        """Exchange the emailed token for a session token."""
        body = EmailAuthenticationVerification(token=token)
        return self._api.call(SessionToken.from_dict, verify_email_authentication, {"body": body})

    def login(self, *, email: str, password: str, **options: Unpack[CallOptions]) -> object:
        """Password sign-in; answers the server's JSON (the API declares no body shape), None when empty."""
        return self._api.call_json(login, {"body": PasswordLogin(email=email, password=password)})

    def logout(self, **options: Unpack[CallOptions]) -> None:
        """End the current session."""
        self._api.send(logout)
