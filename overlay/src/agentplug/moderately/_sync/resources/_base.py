# Generated from the async source by scripts/unasync_overlay.py: edit _async/, not this file.
"""What every resource holds: its client (for rich models) and the client's API caller."""

from __future__ import annotations

from typing import TYPE_CHECKING

from agentplug._core._sync._resource import ResourceBase
from agentplug.errors import ConfigurationError

if TYPE_CHECKING:
    from .._api import API
    from ..client import ModeratelyAI

__all__ = ["Resource", "check_page"]


def check_page(page: int | None, page_size: int | None, maximum: int) -> None:
    """Checks what the caller set (None: not sent, the server's default applies)."""
    if page is not None and (not isinstance(page, int) or page < 1):
        raise ConfigurationError(f"page must be an integer >= 1, got {page!r}")
    if page_size is not None and (not isinstance(page_size, int) or not 1 <= page_size <= maximum):
        raise ConfigurationError(f"page_size must be an integer from 1 to {maximum}, got {page_size!r}")


class Resource(ResourceBase):
    def __init__(self, client: ModeratelyAI, api: API) -> None:
        self._client = client  # for the rich models the resource answers, and sibling resources
        self._api = api  # the client's API caller, given by the client that owns it

    @property
    def _team_id(self) -> str:
        return self._api.team_id

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"
