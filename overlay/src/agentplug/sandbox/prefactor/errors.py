"""The sandbox's error: raised by operations, rendered as Prefactor's error envelope."""

from __future__ import annotations

from typing import Any

__all__ = ["ApiError", "not_found", "validation_failed"]


class ApiError(Exception):
    """`{"status": "error", "code", "message", "errors"?}` with an HTTP status."""

    def __init__(self, status_code: int, code: str, message: str, errors: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.code = code
        self.message = message
        self.errors = errors

    def envelope(self) -> dict[str, Any]:
        body: dict[str, Any] = {"status": "error", "code": self.code, "message": self.message}
        if self.errors is not None:
            body["errors"] = self.errors
        return body


def not_found(what: str) -> ApiError:
    return ApiError(404, "not_found", f"{what} not found")


def validation_failed(errors: dict[str, list[str]]) -> ApiError:
    return ApiError(422, "validation_errors", "Validation failed", dict(errors))
