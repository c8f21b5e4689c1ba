"""`ApiResponse[T]`: the `{"status", "details"}` envelope of Prefactor's answers, typed.

The client's methods unwrap the envelope and return `details` as its model; this type is for
code that handles envelopes itself (a raw response, a bulk output, a webhook body).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar

from attrs import frozen

from agentplug.errors import ResponseValidationError

__all__ = ["ApiResponse"]

T = TypeVar("T")


@frozen
class ApiResponse(Generic[T]):
    """A successful answer: `status` ("success") and its `details`."""

    status: str
    details: T

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], details: Callable[[Any], T]) -> ApiResponse[T]:
        """Read an envelope, building `details` with `details` (e.g. `AgentInstance.from_dict`).

        Raises ResponseValidationError when the envelope or its details do not have the expected shape.
        """
        if not isinstance(data, Mapping) or not isinstance(data.get("status"), str) or "details" not in data:
            message = "not a Prefactor envelope: expected {'status': str, 'details': ...}"
            raise ResponseValidationError(message, body=data)
        try:
            return cls(status=data["status"], details=details(data["details"]))
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise ResponseValidationError(f"the envelope's details do not fit: {error}", body=data) from error

    def to_dict(self, details: Callable[[T], Any] | None = None) -> dict[str, Any]:
        """The envelope as JSON-ready data: `{"status": ..., "details": ...}`.

        `details` converts the details (default: their own `to_dict()`, when they have one).
        """

        inner: Any = self.details
        if details is not None:
            inner = details(self.details)
        elif hasattr(inner, "to_dict"):
            inner = inner.to_dict()
        return {"status": self.status, "details": inner}
