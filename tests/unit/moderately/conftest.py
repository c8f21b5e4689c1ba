"""Shared fixtures and canned bodies for the Moderately client unit tests (pytest-httpx2)."""

from __future__ import annotations

from typing import Any

import pytest

BASE = "https://api.moderately.test"
TEAM = "team_1"
KEY = "mod-secret-key"
STORAGE = "https://storage.test/bucket/obj?X-Signature=abc"
STAMP = "2025-01-01T00:00:00Z"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def _no_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("MODERATELY_API_KEY", "MODERATELY_TEAM_ID", "MODERATELY_BASE_URL"):
        monkeypatch.delenv(name, raising=False)


def file_body(file_id: str = "f1", **changes: Any) -> dict[str, Any]:
    body = {
        "fileId": file_id,
        "teamId": TEAM,
        "fileName": "data.csv",
        "fileSize": 5,
        "mimeType": "text/csv",
        "fileHash": "0" * 64,
        "uploadStatus": "completed",
        "uploadedBy": None,
        "metadata": {},
        "createdAt": STAMP,
        "updatedAt": STAMP,
    }
    body.update(changes)
    return body


def page_body(items: list[dict[str, Any]], page: int, page_size: int, total: int) -> dict[str, Any]:
    pages = (total + page_size - 1) // page_size
    return {
        "items": items,
        "pagination": {
            "page": page,
            "pageSize": page_size,
            "totalItems": total,
            "totalPages": pages,
            "hasNextPage": page < pages,
            "hasPreviousPage": page > 1,
        },
    }


def execution_body(execution_id: str = "pe1", status: str = "pending", **changes: Any) -> dict[str, Any]:
    body = {
        "pipelineExecutionId": execution_id,
        "pipelineConfigurationVersionId": "pcv1",
        "pipelineInput": {"x": 1},
        "pipelineInputSummary": "x",
        "pipelineOutput": None,
        "pipelineOutputSummary": None,
        "status": status,
        "progressData": {},
        "pipelineOutputFileUri": None,
        "currentStep": None,
        "totalSteps": None,
        "createdAt": STAMP,
        "updatedAt": STAMP,
        "startedAt": None,
        "completedAt": None,
        "failedAt": None,
        "cancelledAt": None,
        "pausedAt": None,
    }
    body.update(changes)
    return body


def dataset_body(dataset_id: str = "d1", **changes: Any) -> dict[str, Any]:
    body = {
        "datasetId": dataset_id,
        "teamId": TEAM,
        "name": "Sales",
        "description": None,
        "createdAt": STAMP,
        "updatedAt": STAMP,
        "currentSchemaVersionId": None,
        "currentDataVersionId": None,
        "activeDataSchemaVersionId": None,
        "activeDataVersionId": None,
        "processingStatus": None,
    }
    body.update(changes)
    return body


def schema_version_body(columns: list[dict[str, Any]], status: str = "draft") -> dict[str, Any]:
    return {
        "datasetSchemaVersionId": "s1",
        "datasetId": "d1",
        "versionNo": 1,
        "columnsJson": columns,
        "status": status,
        "createdAt": STAMP,
        "updatedAt": STAMP,
    }
