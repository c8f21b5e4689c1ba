"""Errors the sandbox answers with: ``{"detail": ...}`` bodies and the spec's status codes."""

from __future__ import annotations

from typing import Any

__all__ = ["ApiError", "CrashError", "conflict", "invalid", "not_found", "not_implemented"]


class ApiError(Exception):
    """An error response: status code and the ``detail`` of the body."""

    def __init__(self, status_code: int, detail: str | list[dict[str, Any]]) -> None:
        super().__init__(status_code, detail)
        self.status_code = status_code
        self.detail = detail


def not_found(kind: str, ident: object) -> ApiError:
    return ApiError(404, f"{kind} with ID {ident} not found")


def conflict(message: str) -> ApiError:
    return ApiError(409, message)


def invalid(items: list[dict[str, Any]]) -> ApiError:
    return ApiError(422, items)


def not_implemented() -> ApiError:
    """The reference server's answer for the operations it does not implement."""
    return ApiError(500, "Not implemented")


class CrashError(Exception):
    """The reference server failed with an unhandled exception: a plain-text 500 answer."""
