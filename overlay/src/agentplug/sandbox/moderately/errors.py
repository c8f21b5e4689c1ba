"""Errors the sandbox answers with, as the platform's nested body ``{"error": {...}}``."""

from __future__ import annotations

from typing import Any

__all__ = ["ApiError", "bad_request", "conflict", "forbidden", "invalid", "not_found", "unauthorized"]


class ApiError(Exception):
    """An error response: HTTP status, machine-readable code, message and optional details."""

    def __init__(self, status_code: int, code: str, message: str, details: Any = None) -> None:
        super().__init__(status_code, code, message)
        self.status_code = status_code
        self.code = code
        self.message = message
        self.details = details


def not_found(kind: str, ident: object) -> ApiError:
    return ApiError(404, "not_found", f"{kind} {ident!s} was not found")


def forbidden(message: str) -> ApiError:
    return ApiError(403, "forbidden", message)


def conflict(message: str) -> ApiError:
    return ApiError(409, "conflict", message)


def bad_request(message: str, details: Any = None) -> ApiError:
    return ApiError(400, "bad_request", message, details)


def invalid(details: list[dict[str, Any]]) -> ApiError:
    return ApiError(400, "validation_error", "The request is invalid", details)


def unauthorized(message: str = "A valid bearer token is required") -> ApiError:
    return ApiError(401, "unauthorized", message)
