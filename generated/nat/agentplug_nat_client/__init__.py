"""A client library for accessing NeMo Agent Toolkit interactive HTTP"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
