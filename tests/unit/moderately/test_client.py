"""The Moderately client over pytest-httpx2: configuration, wire format, errors, transfers, outputs, waits."""

from __future__ import annotations

import gzip
import hashlib
import io
import json
from pathlib import Path

import httpx2
import pytest
from agentplug.errors import (
    BadRequestError,
    ConfigurationError,
    NotFoundError,
    OperationFailedError,
    ResponseValidationError,
    WaitTimeoutError,
)
from agentplug.moderately import (
    AsyncFileModel,
    AsyncModeratelyAI,
    DatasetModel,
    FileModel,
    ModeratelyAI,
    UnsupportedOperationError,
)
from pytest_httpx2 import HTTPXMock

from .conftest import (
    BASE,
    KEY,
    STAMP,
    STORAGE,
    TEAM,
    dataset_body,
    execution_body,
    file_body,
    page_body,
    schema_version_body,
)


def client(**kwargs: object) -> ModeratelyAI:
    return ModeratelyAI(api_key=KEY, team_id=TEAM, base_url=BASE, max_retries=0, **kwargs)  # type: ignore[arg-type]


def json_of(request: httpx2.Request) -> object:
    return json.loads(request.content)


# -- configuration ------------------------------------------------------------------------


def test_settings_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MODERATELY_API_KEY", KEY)
    monkeypatch.setenv("MODERATELY_TEAM_ID", "team_env")
    monkeypatch.setenv("MODERATELY_BASE_URL", "http://localhost:9/")
    with ModeratelyAI() as sync_client:
        assert sync_client.team_id == "team_env"
        assert sync_client.base_url == "http://localhost:9"
        assert KEY not in repr(sync_client)


@pytest.mark.parametrize("missing", ["api_key", "team_id"])
def test_missing_settings_name_the_variable(missing: str) -> None:
    arguments = {"api_key": KEY, "team_id": TEAM, missing: None}
    with pytest.raises(ConfigurationError, match=f"MODERATELY_{missing.upper()}"):
        ModeratelyAI(**arguments)  # type: ignore[arg-type]


def test_default_base_url() -> None:
    with ModeratelyAI(api_key=KEY, team_id=TEAM) as sync_client:
        assert sync_client.base_url == "https://api.moderately.ai"


# -- wire format ------------------------------------------------------------------------------


def test_requests_carry_the_bearer_token_and_team_scope(httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_response(json=page_body([file_body()], 1, 20, 1))
    with client() as sync_client:
        files = list(sync_client.files.list(mime_type=["text/csv", "application/pdf"], status="completed"))
    request = httpx2_mock.get_request()
    assert request is not None
    assert request.headers["Authorization"] == f"Bearer {KEY}"
    assert request.url.params["teamIds"] == TEAM
    assert request.url.params["mimeTypes"] == "text/csv,application/pdf"
    assert request.url.params["uploadStatus"] == "completed"
    assert "pageSize" not in request.url.params and "page" not in request.url.params  # only what the caller set
    assert [type(f) for f in files] == [FileModel]
    assert files[0].is_ready() and files[0].is_csv() and files[0].get_extension() == "csv"


def test_a_callers_http_client_still_gets_the_credentials(httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_response(json={"status": "ok", "version": "1"})
    own = httpx2.Client(base_url=BASE)
    with client(http_client=own) as sync_client:
        assert sync_client.health().status == "ok"
    request = httpx2_mock.get_request()
    assert request is not None and request.headers["Authorization"] == f"Bearer {KEY}"


def test_lists_walk_every_page(httpx2_mock: HTTPXMock) -> None:
    # Only what the caller set is sent: no client-side orderBy / orderDirection defaults.
    for page in (1, 2, 3):
        items = [file_body(f"f{page}{i}") for i in range(2 if page < 3 else 1)]
        httpx2_mock.add_response(
            url=httpx2.URL(
                f"{BASE}/files",
                # only what the caller set: no page number on the first page, no ordering
                params={"teamIds": TEAM, **({"page": page} if page > 1 else {}), "pageSize": 2},
            ),
            json=page_body(items, page, 2, 5),
        )
    with client() as sync_client:
        ids = [f.file_id for f in sync_client.files.list(page_size=2)]
    assert ids == ["f10", "f11", "f20", "f21", "f30"]


def test_nested_error_bodies_become_typed_errors(httpx2_mock: HTTPXMock) -> None:
    error = {"error": {"code": "NOT_FOUND", "message": "File f9 not found", "timestamp": "t", "requestId": "r-1"}}
    httpx2_mock.add_response(status_code=404, json=error)
    with client() as sync_client, pytest.raises(NotFoundError) as caught:
        sync_client.files.retrieve("f9")
    assert caught.value.code == "NOT_FOUND"
    assert caught.value.message == "File f9 not found"
    assert caught.value.request_id == "r-1"


def test_malformed_success_bodies_raise_response_validation_error(httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_response(json={"fileId": "f1"})
    with client() as sync_client, pytest.raises(ResponseValidationError, match="File"):
        sync_client.files.retrieve("f1")


def test_a_bad_page_is_named_by_what_was_listed(httpx2_mock: HTTPXMock) -> None:
    # A version whose input block's json_schema is a string (the spec wants an object).
    version = {
        "pipelineConfigurationVersionId": "v1",
        "pipelineId": "p1",
        "configuration": {
            "id": "c",
            "name": "n",
            "blocks": {"in": {"id": "in", "type": "input", "config": {"json_schema": "nope"}}},
        },
        "version": 1,
        "status": "draft",
        "createdAt": STAMP,
        "updatedAt": STAMP,
    }
    httpx2_mock.add_response(json=page_body([version], 1, 10, 1))
    with client() as sync_client, pytest.raises(ResponseValidationError) as caught:
        list(sync_client.pipeline_configuration_versions.list(pipeline_ids=["p1"]))
    message = str(caught.value)
    assert "not a valid page of pipeline configuration versions" in message
    assert "json_schema" in message
    assert "<locals>" not in message and "lambda" not in message


def test_ids_cannot_escape_their_path_segment(httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_response(json=file_body())
    with client() as sync_client:
        sync_client.files.retrieve("../teams?x=1")
        with pytest.raises(ConfigurationError):
            sync_client.files.retrieve("")
    request = httpx2_mock.get_request()
    assert request is not None and request.url.raw_path == b"/files/..%2Fteams%3Fx%3D1"


def test_user_update_reads_the_user_back(httpx2_mock: HTTPXMock) -> None:
    user = {"userId": "u1", "fullName": "Jane Smith", "createdAt": None, "updatedAt": None}
    httpx2_mock.add_response(method="PATCH", url=f"{BASE}/users/u1", status_code=200)
    httpx2_mock.add_response(method="GET", url=f"{BASE}/users/u1", json=user)
    with client() as sync_client:
        updated = sync_client.users.update("u1", full_name="Jane Smith")
    assert updated.full_name == "Jane Smith" and updated.display_name() == "Jane Smith"
    patch = httpx2_mock.get_requests()[0]
    assert json_of(patch) == {"fullName": "Jane Smith"}


def test_operations_missing_from_the_api_raise_without_a_request() -> None:
    with client() as sync_client:
        with pytest.raises(UnsupportedOperationError, match=r"teams\.delete"):
            sync_client.teams.delete("t1")
        with pytest.raises(UnsupportedOperationError):
            sync_client.agent_executions.cancel("e1")
        with pytest.raises(UnsupportedOperationError):
            sync_client.files.update("f1", name="x")


# -- transfers ------------------------------------------------------------------------------


def test_upload_registers_puts_without_credentials_and_completes(httpx2_mock: HTTPXMock, tmp_path: Path) -> None:
    data = b"id,name\n1,a\n"
    digest = hashlib.sha256(data).hexdigest()
    path = tmp_path / "people.csv"
    path.write_bytes(data)
    pending = file_body("f1", fileName="people.csv", fileSize=len(data), fileHash=digest, uploadStatus="pending")
    httpx2_mock.add_response(
        method="POST",
        url=f"{BASE}/files/upload-url",
        status_code=201,
        json={"file": pending, "uploadUrl": STORAGE, "expiresAt": None},
    )
    httpx2_mock.add_response(method="PUT", url=STORAGE, status_code=200)
    httpx2_mock.add_response(
        method="POST", url=f"{BASE}/files/f1/complete", json={**pending, "uploadStatus": "completed"}
    )
    progress: list[tuple[int, int]] = []
    with client() as sync_client:
        uploaded = sync_client.files.upload(
            path, name="People", metadata={"k": "v"}, on_progress=lambda *a: progress.append(a)
        )
    register, put, complete = httpx2_mock.get_requests()
    assert json_of(register) == {
        "fileName": "People",
        "fileSize": len(data),
        "fileHash": digest,
        "mimeType": "text/csv",
        "teamId": TEAM,
        "metadata": {"k": "v"},
    }
    assert put.content == data
    assert put.headers["Content-Type"] == "text/csv"
    assert "Authorization" not in put.headers
    assert json_of(complete) == {"fileSize": len(data), "fileHash": digest}
    assert uploaded.is_ready()
    assert progress[-1] == (len(data), len(data))


def test_upload_of_bytes_takes_its_type_from_the_name_and_can_reuse_a_file(httpx2_mock: HTTPXMock) -> None:
    data = b"Hello, World!"
    digest = hashlib.sha256(data).hexdigest()
    httpx2_mock.add_response(
        method="GET", json=page_body([file_body("f7", fileHash=digest, fileSize=len(data))], 1, 1, 1)
    )
    with client() as sync_client:
        reused = sync_client.files.upload(io.BytesIO(data), name="greeting.txt", reuse_existing=True)
    assert reused.file_id == "f7"
    request = httpx2_mock.get_request()
    assert request is not None and request.url.params["fileHashes"] == digest


def test_download_streams_to_disk_and_checks_the_size(httpx2_mock: HTTPXMock, tmp_path: Path) -> None:
    httpx2_mock.add_response(
        method="GET", url=f"{BASE}/files/f1/download", json={"downloadUrl": STORAGE, "expiresAt": None}
    )
    httpx2_mock.add_response(method="GET", url=STORAGE, content=b"hello")
    httpx2_mock.add_response(
        method="GET", url=f"{BASE}/files/f1/download", json={"downloadUrl": STORAGE, "expiresAt": None}
    )
    httpx2_mock.add_response(method="GET", url=STORAGE, content=b"hello!")
    model = FileModel.from_dict(file_body(fileSize=5))
    with client() as sync_client:
        model._client = sync_client
        target = model.download(path=tmp_path / "out.csv")
        assert target.read_bytes() == b"hello"
        with pytest.raises(ResponseValidationError):
            model.download()  # one byte too many
    storage_requests = [r for r in httpx2_mock.get_requests() if r.url.host == "storage.test"]
    assert all("Authorization" not in r.headers for r in storage_requests)


# -- datasets ------------------------------------------------------------------------------


def test_schema_from_sample_sends_inferred_types(httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_response(method="GET", url=f"{BASE}/datasets/d1", json=dataset_body())
    httpx2_mock.add_response(
        method="POST",
        url=f"{BASE}/dataset-schema-versions",
        status_code=201,
        json=schema_version_body([{"name": "id", "type": "integer", "nullable": False}]),
    )
    with client() as sync_client:
        dataset = sync_client.datasets.retrieve("d1")
        dataset.create_schema_from_sample(b"id;when;ok\n1;2024-01-02;true\n2;;false\n", status="current")
    body = json_of(httpx2_mock.get_requests()[-1])
    assert body == {
        "datasetId": "d1",
        "columns": [
            {"pos": 1, "name": "id", "type": "integer", "nullable": False},
            {"pos": 2, "name": "when", "type": "datetime", "nullable": True},
            {"pos": 3, "name": "ok", "type": "boolean", "nullable": False},
        ],
        "status": "current",
        "parsingOptions": {"delimiter": ";", "headerRow": 1, "encoding": "utf-8"},
    }


def test_schema_builder_creates_what_it_was_told(httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_response(
        method="POST",
        url=f"{BASE}/dataset-schema-versions",
        status_code=201,
        json=schema_version_body([], status="current"),
    )
    with client() as sync_client:
        model = DatasetModel.from_dict(dataset_body())
        model._client = sync_client
        created = (
            model.schema_builder()
            .add_column("id", "int", required=True)
            .add_column("name", "string", description="User name", required=False)
            .with_parsing(delimiter=",", header_row=1)
            .as_current()
            .create()
        )
    assert created.status == "current"
    assert json_of(httpx2_mock.get_request()) == {  # type: ignore[arg-type]
        "datasetId": "d1",
        "columns": [
            {"pos": 1, "name": "id", "type": "integer", "nullable": False},
            {"pos": 2, "name": "name", "type": "string", "nullable": True, "description": "User name"},
        ],
        "status": "current",
        "parsingOptions": {"delimiter": ",", "headerRow": 1},
    }


# -- pipeline executions -------------------------------------------------------------------


def test_get_output_decodes_inline_and_stored_gzip_json(httpx2_mock: HTTPXMock) -> None:
    output_url = f"{BASE}/pipeline-executions/pe1/output"
    httpx2_mock.add_response(url=output_url, json={"type": "inline", "data": {"answer": 42}, "summary": None})
    stored = {
        "type": "s3",
        "downloadUrl": STORAGE,
        "expiresAt": None,
        "metadata": {"fileSizeBytes": None, "compressionType": "gzip", "fileType": "json", "outputSummary": None},
    }
    httpx2_mock.add_response(url=output_url, json=stored)
    httpx2_mock.add_response(url=STORAGE, content=gzip.compress(json.dumps({"rows": [1, 2]}).encode()))
    with client() as sync_client:
        assert sync_client.pipeline_executions.get_output("pe1") == {"answer": 42}
        assert sync_client.pipeline_executions.get_output("pe1") == {"rows": [1, 2]}
    storage_request = httpx2_mock.get_requests()[-1]
    assert "Authorization" not in storage_request.headers


def test_wait_for_completion_raises_on_failure_with_the_errors(httpx2_mock: HTTPXMock) -> None:
    url = f"{BASE}/pipeline-executions/pe1"
    httpx2_mock.add_response(url=url, json=execution_body(status="running"))
    httpx2_mock.add_response(url=url, json=execution_body(status="failed", progressData={"errors": ["bad block"]}))
    with client() as sync_client, pytest.raises(OperationFailedError, match="bad block") as caught:
        sync_client.pipeline_executions.wait_for_completion("pe1", poll_interval=0.01)
    assert caught.value.result.status == "failed"


def test_wait_for_completion_times_out_with_the_last_state(httpx2_mock: HTTPXMock) -> None:
    httpx2_mock.add_response(
        url=f"{BASE}/pipeline-executions/pe1", json=execution_body(status="paused"), is_reusable=True
    )
    with client() as sync_client, pytest.raises(WaitTimeoutError) as caught:
        sync_client.pipeline_executions.wait_for_completion("pe1", timeout=0.05, poll_interval=0.01)
    assert caught.value.last.status == "paused"


def test_cancel_sends_the_reason_and_maps_refusals(httpx2_mock: HTTPXMock) -> None:
    url = f"{BASE}/pipeline-executions/pe1/cancel"
    httpx2_mock.add_response(method="POST", url=url, json=execution_body(status="cancelled"))
    httpx2_mock.add_response(
        method="POST",
        url=url,
        status_code=400,
        json={"error": {"code": "INVALID_STATE", "message": "already finished", "timestamp": "t"}},
    )
    with client() as sync_client:
        assert sync_client.pipeline_executions.cancel("pe1", reason="no longer needed").status == "cancelled"
        with pytest.raises(BadRequestError, match="already finished"):
            sync_client.pipeline_executions.cancel("pe1")
    assert json_of(httpx2_mock.get_requests()[0]) == {"reason": "no longer needed"}
    assert json_of(httpx2_mock.get_requests()[1]) == {}


# -- async face -------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_async_client_lists_uploads_and_waits(httpx2_mock: HTTPXMock) -> None:
    data = b"a,b\n1,2\n"
    digest = hashlib.sha256(data).hexdigest()
    pending = file_body("f1", fileSize=len(data), fileHash=digest, uploadStatus="pending")
    httpx2_mock.add_response(
        method="POST",
        url=f"{BASE}/files/upload-url",
        status_code=201,
        json={"file": pending, "uploadUrl": STORAGE, "expiresAt": None},
    )
    httpx2_mock.add_response(method="PUT", url=STORAGE)
    httpx2_mock.add_response(
        method="POST", url=f"{BASE}/files/f1/complete", json={**pending, "uploadStatus": "completed"}
    )
    httpx2_mock.add_response(method="GET", json=page_body([file_body("f1")], 1, 20, 1))
    httpx2_mock.add_response(url=f"{BASE}/pipeline-executions/pe1", json=execution_body(status="completed"))
    async with AsyncModeratelyAI(api_key=KEY, team_id=TEAM, base_url=BASE, max_retries=0) as async_client:
        uploaded = await async_client.files.upload(data, name="table.csv")
        assert isinstance(uploaded, AsyncFileModel) and uploaded.is_ready()
        listed = [f.file_id async for f in async_client.files.list()]
        final = await async_client.pipeline_executions.wait_for_completion("pe1")
    assert listed == ["f1"]
    assert final.status == "completed"
    put = next(r for r in httpx2_mock.get_requests() if r.method == "PUT")
    assert put.content == data and "Authorization" not in put.headers
